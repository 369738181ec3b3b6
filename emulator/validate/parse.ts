import type { z } from "zod";
import { fieldError, invalid } from "../errors";
import { isPlainObject } from "../merge";
import type { Rec } from "../store";

/** A JSON pointer built from a zod issue path: ["inbound","timeout_1xx_secs"] -> /inbound/timeout_1xx_secs. */
export function pointer(path: readonly PropertyKey[]): string {
  return "/" + path.map(String).join("/");
}

/**
 * Validates a request body with zod and answers 422 (code 10015) listing every problem with
 * its source.pointer. Unknown keys are dropped, as Telnyx ignores fields it does not know.
 */
export function parseBody<T extends z.ZodType>(schema: T, body: unknown): z.output<T> & Rec {
  if (!isPlainObject(body)) throw invalid([fieldError("/", "The request body must be a JSON object.")]);
  const result = schema.safeParse(body, {
    error: (issue) => (issue.input === undefined && issue.code === "invalid_type" ? "This field is required." : undefined),
  });
  if (result.success) return result.data as z.output<T> & Rec;
  throw invalid(
    result.error.issues.map((issue) => {
      const path = issue.code === "unrecognized_keys" ? [...issue.path, issue.keys[0]] : issue.path;
      return fieldError(pointer(path), issue.message);
    }),
  );
}
