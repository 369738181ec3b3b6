import type { z } from "zod";
import { expect } from "vitest";

/** Parses and returns "path: message" lines; asserts no message repeats `offered` (it may be a secret). */
export function issues(schema: z.ZodType, input: unknown, offered?: string): string[] {
  const result = schema.safeParse(input);
  if (result.success) return [];
  const lines = result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  if (offered !== undefined) for (const line of lines) expect(line).not.toContain(offered);
  expect(JSON.stringify(result.error.issues)).not.toContain(offered ?? "\u0000never");
  return lines;
}

/** Expects exactly one issue, at `path`, and returns its message. */
export function onlyIssue(schema: z.ZodType, input: unknown, path: string, offered?: string): string {
  const lines = issues(schema, input, offered);
  expect(lines).toHaveLength(1);
  expect(lines[0]!.startsWith(`${path}: `)).toBe(true);
  return lines[0]!.slice(path.length + 2);
}
