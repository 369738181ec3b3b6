// docs/resources.md is generated from the schemas; this fails when someone changes a schema and not the docs.
import { describe, expect, it } from "vitest";
import * as fs from "node:fs";
import { docsPath, resourcesMarkdown } from "../scripts/gen-docs";

describe("generated resource docs", () => {
  it("match the schemas (regenerate with `npm run docs`)", () => {
    expect(fs.readFileSync(docsPath, "utf8")).toBe(resourcesMarkdown());
  });
});
