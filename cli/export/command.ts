import * as fs from "node:fs";
import * as path from "node:path";
import { TelnyxClient } from "../../sdk/client";
import { generateProject, type GeneratedProject } from "./generate";
import { readAccount } from "./read-account";
import { configSetLines } from "./secrets";

export interface ExportOptions {
  /** Folder the project is written to (created when missing; index.ts, Pulumi.yaml and README.md are overwritten). */
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
  /** Results: the config commands to run. */
  stdout: (line: string) => void;
  /** Progress and warnings. */
  stderr: (line: string) => void;
}

/** `telnyx-sip export`: reads the account, writes the project, prints the secret config commands. */
export async function runExport(opts: ExportOptions, io: CommandIo): Promise<GeneratedProject> {
  const keyEnv = opts.apiKeyEnv ?? "TELNYX_API_KEY";
  const apiKey = io.env[keyEnv];
  if (!apiKey) throw new Error(`No Telnyx API key: set ${keyEnv}${opts.apiKeyEnv ? "" : " (or name another variable with --api-key-env)"}.`);
  const baseUrl = opts.baseUrl ?? io.env.TELNYX_BASE_URL;
  const client = new TelnyxClient({ apiKey, baseUrl });

  io.stderr(`Reading the account at ${baseUrl ?? "the Telnyx API"}...`);
  const account = await readAccount(client, (line) => io.stderr(`  ${line}`));
  const project = generateProject(account, opts.project);

  fs.mkdirSync(opts.out, { recursive: true });
  for (const [file, text] of Object.entries(project.files)) fs.writeFileSync(path.join(opts.out, file), text);
  io.stderr(`Wrote ${Object.keys(project.files).join(", ")} to ${opts.out}: ${project.summary.join(", ") || "no objects"}.`);
  for (const line of project.skipped) io.stderr(`warning: left out ${line}`);

  if (project.secrets.length > 0) {
    const redacted = project.secrets.filter((s) => s.value === undefined).length;
    io.stderr(`Set the secrets in ${opts.out} after \`pulumi stack init\` (stdout holds secret values: keep it out of shared logs).`);
    if (redacted > 0) io.stderr(`${redacted} value(s) show <set-me>: Telnyx redacts them, so get each one from whoever set it.`);
    const lines = configSetLines(project.secrets);
    project.secrets.forEach((s, i) => io.stdout(s.value === undefined ? `${lines[i]}   # ${s.usedBy}: redacted by Telnyx` : lines[i]));
  }
  return project;
}
