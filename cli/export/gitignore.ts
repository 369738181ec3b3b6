// The export's .gitignore keeps its secrets script and node_modules out of Git. --out may be an existing
// repository folder with a .gitignore of its own: that one is kept, and only the lines it lacks are appended.

/** The lines of `wanted` that `existing` lacks (compared line by line, trimmed), and the text with them appended. */
export function mergeGitignore(existing: string | undefined, wanted: string): { text: string; added: string[] } {
  const wantedLines = wanted.split("\n").filter((l) => l.trim() !== "");
  if (existing === undefined) return { text: wanted, added: wantedLines };
  const present = new Set(existing.split(/\r?\n/).map((l) => l.trim()));
  const added = wantedLines.filter((l) => !present.has(l.trim()));
  if (added.length === 0) return { text: existing, added };
  const separator = existing === "" || existing.endsWith("\n") ? "" : "\n";
  return { text: `${existing}${separator}${added.join("\n")}\n`, added };
}

/**
 * The lines of an existing .gitignore that leave stack config files out (`Pulumi.*.yaml`, as earlier exports
 * wrote): such a repository loses its per-stack secrets in CI, where `pulumi stack select` writes a new file.
 */
export function stackConfigIgnores(existing: string | undefined): string[] {
  return (existing ?? "").split(/\r?\n/).map((l) => l.trim()).filter((l) => /^\/?Pulumi\.[^/]*\.ya?ml$/.test(l));
}
