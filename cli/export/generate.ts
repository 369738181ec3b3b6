import type { ResourceSpec } from "../../sdk/resource-spec";
import { resources, type ResourceKind } from "../../sdk/resources";
import { planProgram } from "./plan";
import { programText } from "./program-text";
import { packageVersion } from "./package-version";
import { pulumiYaml, readme } from "./project-files";
import { userPackageJson, userTsconfig } from "./user-project";
import { SECRETS_SCRIPT, type SecretSetting } from "./secrets";
import type { AccountSnapshot } from "./snapshot";

export interface GeneratedProject {
  /** File name -> content: index.ts, Pulumi.yaml, README.md, .gitignore, package.json, tsconfig.json. */
  files: Record<string, string>;
  /** What to `pulumi config set --secret` before `up`. */
  secrets: SecretSetting[];
  /** Values left out, each naming the object and the field. */
  skipped: string[];
  /** Declared objects per resource kind. */
  counts: Partial<Record<ResourceKind, number>>;
  /** The same counts in words: "2 IP connections", ... */
  summary: string[];
}

const plural = (n: number, title: string) => `${n} ${title}${n === 1 ? "" : "s"}`;

/** Pure: an account snapshot in, the files of a Pulumi project that adopts it out. Same account, same text. */
export function generateProject(account: AccountSnapshot, project = "telnyx-sip-account"): GeneratedProject {
  const plan = planProgram(account);
  const counts: Partial<Record<ResourceKind, number>> = {};
  for (const d of plan.declarations) counts[d.kind] = (counts[d.kind] ?? 0) + 1;
  const summary = Object.entries(counts).map(([kind, n]) =>
    plural(n, (resources[kind as ResourceKind] as unknown as ResourceSpec).title),
  );
  const secrets = plan.secrets.settings;
  return {
    files: {
      "index.ts": programText(plan.declarations),
      "Pulumi.yaml": pulumiYaml(project),
      "README.md": readme({ project, counts: summary, secrets, skipped: plan.skipped }),
      // The secrets script holds secrets in clear: never committed by accident. Pulumi.<stack>.yaml is committed: its
      // secrets are encrypted, and CI needs it (without it, `pulumi stack select` writes a new one with another salt).
      ".gitignore": `${SECRETS_SCRIPT}\nnode_modules/\n`,
      // The package's tarball in the repository's vendor/, beside the exported folder, as README.md says.
      "package.json": userPackageJson(project, `../vendor/pulumi-telnyx-sip-${packageVersion()}.tgz`),
      "tsconfig.json": userTsconfig(),
    },
    secrets,
    skipped: plan.skipped,
    counts,
    summary,
  };
}
