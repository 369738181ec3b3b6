// Text from the account (names, descriptions, messages quoting them) is written to the terminal and the export's
// README, where control characters would act instead of showing: escape sequences drive the terminal, a newline
// starts a line of its own in a shell block someone copies. Each is shown as its \u escape instead.

// C0 and C1 controls, DEL, line and paragraph separators, and the bidirectional overrides that reorder what is shown.
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export const printable = (text: string): string =>
  text.replace(CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
