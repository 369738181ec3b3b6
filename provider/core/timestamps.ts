// An object never updated has `updatedAt` equal to `createdAt`: the state keeps it only once they differ, and the
// resource class reads it back from `createdAt` (read-back.ts). Every byte a resource stores is paid again at
// each step, since Pulumi rewrites the whole state after every one.

type Obj = Record<string, unknown>;

export const UPDATED_AT = "updatedAt";
export const CREATED_AT = "createdAt";

/** `outputs` without `updatedAt` where it equals `createdAt`. */
export function withoutUnchangedTimestamp(outputs: Obj): Obj {
  if (outputs[UPDATED_AT] === undefined || outputs[UPDATED_AT] !== outputs[CREATED_AT]) return outputs;
  const { [UPDATED_AT]: _same, ...rest } = outputs;
  return rest;
}

/** `updatedAt` as the API has it. */
export const updatedAt = (stored: unknown, created: unknown): unknown => stored ?? created;
