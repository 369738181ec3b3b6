import { z } from "zod";
import type { ResourceSpec } from "../resource-spec";
import { routes } from "../routes";
import { createOnly, describe } from "../schema-meta";
import { cidrBlock } from "./formats";
import { lenient } from "./lenient";

/* §11: an entry of the account's API-access allow-list. No GET by id and no PATCH. */

const fieldsShape = {
  cidr_block: describe(createOnly(cidrBlock()), "Allowed source range in CIDR notation."),
  description: describe(createOnly(z.string().optional()), "Free-text description."),
};

export const accessIpRange = {
  ...routes.accessIpRange,
  fields: z.strictObject(fieldsShape),
  response: lenient(
    z.object({
      ...fieldsShape,
      id: describe(z.string(), "Range id."),
      status: describe(z.enum(["pending", "added"]), "Propagation state: pending or added."),
      user_id: describe(z.string(), "Owning account."),
      created_at: describe(z.string(), "Creation time (ISO-8601)."),
      updated_at: describe(z.string(), "Last update time (ISO-8601)."),
    }),
  ),
  envelope: "bare",
  createStatus: 200,
  updatable: false,
  gettable: false,
  defaultPageSize: 20,
  maxPageSize: 250,
} satisfies ResourceSpec;

export type AccessIpRange = z.infer<typeof accessIpRange.response>;
export type AccessIpRangeCreate = z.input<typeof accessIpRange.fields>;
