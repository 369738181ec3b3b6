// The package.json and tsconfig.json of a TypeScript project that uses this package: written here once, shown in the
// README's "Use it in your project" (test/cli/user-project-files.test.ts checks that the README shows exactly these)
// and written by `export` beside the program it generates. No `"main"`: Pulumi.yaml names the program, and npm
// init's `"main": "index.js"` makes every run print `Could not find entry point 'index.js'` and DEP0128.

/** `tarball`: where the project installs pulumi-telnyx-sip's packed tarball from, relative to the project. */
export function userPackageJson(name: string, tarball: string): string {
  const pkg = {
    name,
    private: true,
    dependencies: { "@pulumi/pulumi": "^3.276.0", "pulumi-telnyx-sip": `file:${tarball}` },
    devDependencies: { "@types/node": "^26", typescript: "~6.0.3" },
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

export function userTsconfig(): string {
  const tsconfig = {
    compilerOptions: { strict: true, target: "es2022", module: "nodenext", moduleResolution: "nodenext" },
    files: ["index.ts"],
  };
  return `${JSON.stringify(tsconfig, null, 2).replace('[\n    "index.ts"\n  ]', '["index.ts"]')}\n`;
}
