/**
 * How the API answers for a secret it will not tell: masked whole ("***", "********") or in part ("abc***"),
 * or not at all (null, "", omitted). None of these is a value: it never counts as a change.
 */
export const isHiddenSecret = (v: unknown): boolean =>
  v === undefined || v === null || v === "" || (typeof v === "string" && /\*{3,}/.test(v));
