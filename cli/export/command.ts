import * as fs from "node:fs";
import * as path from "node:path";
import { TelnyxClient } from "../../sdk/client";
import { generateProject, type GeneratedProject } from "./generate";
import { mergeGitignore, stackConfigIgnores } from "./gitignore";
import { ownedElsewhere } from "./owned-elsewhere";
import { printable } from "./printable";
import { readAccount } from "./read-account";
import { SECRETS_SCRIPT, secretsScript } from "./secrets";

export interface ExportOptions {
  /**
   * Folder the project is written to (created when missing; index.ts, Pulumi.yaml and README.md are overwritten, an
   * existing .gitignore gets the lines it lacks appended, an existing package.json or tsconfig.json is kept).
   */
  out: string;
  /** Environment variable holding the API key (default TELNYX_API_KEY). */
  apiKeyEnv?: string;
  /** Default: TELNYX_BASE_URL, else the real API. */
  baseUrl?: string;
  /** Pulumi project name (default telnyx-sip-account). */
  project?: string;
}

export interface CommandIo {
  env: NodeJS.ProcessEnv;
  /** Results: the path of the secrets script, when there is one. */
  stdout: (line: string) => void;
  /** Progress and warnings. */
  stderr: (line: string) => void;
}

/** `telnyx-sip export`: reads the account, writes the project, prints the path of the secrets script if any. */
export async function runExport(opts: ExportOptions, cmd: CommandIo): Promise<GeneratedProject> {
  // Lines quote account data (ids, names, API messages): never let it drive the terminal.
  const io = { ...cmd, stderr: (line: string) => cmd.stderr(printable(line)) };
  const keyEnv = opts.apiKeyEnv ?? "TELNYX_API_KEY";
  const apiKey = io.env[keyEnv];
  if (!apiKey) throw new Error(`No Telnyx API key: set ${keyEnv}${opts.apiKeyEnv ? "" : " (or name another variable with --api-key-env)"}.`);
  const baseUrl = opts.baseUrl ?? io.env.TELNYX_BASE_URL;
  const client = new TelnyxClient({ apiKey, baseUrl });

  io.stderr(`Reading the account at ${baseUrl ?? "the Telnyx API"}...`);
  const account = await readAccount(client, (line) => io.stderr(`  ${line}`));
  const project = generateProject(account, opts.project);
  for (const line of ownedElsewhere(account)) io.stderr(line);

  fs.mkdirSync(opts.out, { recursive: true });
  const { ".gitignore": gitignore, "package.json": pkg, "tsconfig.json": tsconfig, ...files } = project.files;
  for (const [file, text] of Object.entries(files)) fs.writeFileSync(path.join(opts.out, file), text);
  // The user's own package.json and tsconfig.json (dependencies, a lock file's name, compiler options) win.
  const kept: string[] = [];
  for (const [file, text] of Object.entries({ "package.json": pkg, "tsconfig.json": tsconfig })) {
    if (fs.existsSync(path.join(opts.out, file))) {
      kept.push(file);
    } else {
      fs.writeFileSync(path.join(opts.out, file), text);
      files[file] = text;
    }
  }
  const ignoreFile = path.join(opts.out, ".gitignore");
  const existing = fs.existsSync(ignoreFile) ? fs.readFileSync(ignoreFile, "utf8") : undefined;
  const ignore = mergeGitignore(existing, gitignore);
  if (ignore.text !== existing) fs.writeFileSync(ignoreFile, ignore.text);
  const ignored = existing === undefined ? ".gitignore" : ignore.added.length > 0 ? `.gitignore (appended ${ignore.added.join(", ")})` : undefined;
  const wrote = [...Object.keys(files), ...(ignored ? [ignored] : [])];
  io.stderr(`Wrote ${wrote.join(", ")} to ${opts.out}: ${project.summary.join(", ") || "no objects"}.`);
  if (kept.length > 0) io.stderr(`Kept the existing ${kept.join(" and ")} of ${opts.out}.`);
  for (const line of project.skipped) io.stderr(`warning: left out ${line}`);
  for (const line of stackConfigIgnores(ignore.text)) {
    io.stderr(
      `warning: ${ignoreFile} has "${line}": remove that line and commit Pulumi.<stack>.yaml (its secrets are ` +
        "encrypted); CI needs it, or `pulumi stack select` writes a new one without the stack's secret config.",
    );
  }

  // Secret values go to an owner-only file, never to stdout or stderr, which end up in CI logs.
  const script = path.join(opts.out, SECRETS_SCRIPT);
  fs.rmSync(script, { force: true });
  const revealed = project.secrets.filter((s) => s.value !== undefined);
  if (revealed.length > 0) {
    fs.writeFileSync(script, secretsScript(project.secrets), { mode: 0o600 });
    io.stderr(`${revealed.length} secret(s) the account revealed are in ${script} (owner-only): run it after \`pulumi stack init\`, then delete it.`);
    io.stdout(script);
  }
  const hidden = project.secrets.filter((s) => s.value === undefined);
  if (hidden.length > 0) {
    io.stderr(
      `${hidden.length} secret(s) Telnyx did not reveal: adopting keeps them as they are; a clone into another account ` +
        `needs each set by someone who knows it: ${hidden.map((s) => `${s.key} (${s.usedBy})`).join("; ")}.`,
    );
  }
  return project;
}
