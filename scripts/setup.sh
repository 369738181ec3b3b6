#!/usr/bin/env bash
# Makes everything `npm start` and `npm test` need, idempotently: npm packages, the compiled package, and a Pulumi CLI
# matching @pulumi/pulumi (from PATH, from the cache outside the repo, or built from the Go module proxy).
set -euo pipefail
started=$(date +%s.%N)
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
log() { echo "[setup] $*" >&2; }

# The Node.js that npm start and npm test run on: the current LTS, fetched when the machine's is older. First, since it
# also repairs a broken .pulumi-local/bin/node that would fail every later `node` and `npm` with it on PATH.
bash "$root/scripts/setup-node.sh"

# 1. npm packages, reinstalled only when the lockfile changed.
stamp="node_modules/.lock-stamp"
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  log "installing npm packages (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error >&2
  echo "$want" > "$stamp"
fi

# 2. The package itself, compiled to CommonJS in dist/, only when something tsc reads changed since the last build
# (a file or folder of its sources newer than the stamp: an edit, a new or removed file, a checkout; new packages).
built="dist/.setup-stamp"
sources=(index.ts sdk provider emulator scripts cli policy plugin tsconfig.json package.json node_modules/.lock-stamp)
newer() { find "${sources[@]}" -path '*/node_modules' -prune -o \( -type d -o -name '*.ts' -o -name '*.json' \) -newer "$1" -print -quit; }
if [ ! -f "$built" ] || [ -n "$(newer "$built")" ]; then
  log "compiling TypeScript"
  # The stamp is taken before compiling, so an edit made while tsc runs is seen next time.
  touch "$built.next"
  npx tsc -p tsconfig.json
  mv "$built.next" "$built"
fi

# Programs in this repo (the root program, examples, tests) import the package by name from node_modules, as users
# do after `npm install`: a copy, not a link, because Pulumi serializes a provider that lives under node_modules as a
# small `require("pulumi-telnyx-sip/...")` and one that lives anywhere else by value (see provider/core/dispatch.ts).
# Copied again only when the build or the package's other files changed since the last copy.
installed="node_modules/pulumi-telnyx-sip"
copied="$installed/.setup-stamp"
if [ ! -f "$copied" ] || [ -n "$(find "$built" package.json policy -newer "$copied" -print -quit)" ]; then
  rm -rf "$installed" && mkdir -p "$installed" && cp -r package.json dist policy "$installed/"
  touch "$copied"
fi

# 3. The Pulumi CLI, at the version of @pulumi/pulumi.
version=$(node -p 'require("@pulumi/pulumi/package.json").version')
cache="${PULUMI_TELNYX_SIP_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/pulumi-telnyx-sip}/pulumi-$version"
bin="$root/.pulumi-local/bin"
mkdir -p "$bin"
pulumi_path=""
if command -v pulumi >/dev/null 2>&1 && [ "$(pulumi version 2>/dev/null)" = "v$version" ]; then
  pulumi_path=$(command -v pulumi)
  log "using pulumi v$version from PATH ($pulumi_path)"
elif [ -x "$cache/bin/pulumi" ] && [ "$("$cache/bin/pulumi" version 2>/dev/null)" = "v$version" ]; then
  pulumi_path="$cache/bin/pulumi"
  log "using cached pulumi v$version ($pulumi_path)"
elif command -v go >/dev/null 2>&1; then
  log "no pulumi v$version on PATH or in $cache: building it from the Go module proxy"
  bash "$root/scripts/build-pulumi-cli.sh" "$version" "$cache"
  pulumi_path="$cache/bin/pulumi"
else
  log "ERROR: need the Pulumi CLI v$version. Either install it (https://www.pulumi.com/docs/install/) so that"
  log "'pulumi version' prints v$version, or install Go >= 1.25 (https://go.dev/dl/) so this script can build it."
  exit 1
fi
ln -sf "$pulumi_path" "$bin/pulumi"
# The engine wants two plugins next to `pulumi` (elsewhere on PATH it warns on every run): the dynamic-provider host
# shipped inside @pulumi/pulumi, and a Node.js language host. A real Pulumi install has both; our build gets them here.
pulumi_dir=$(dirname "$(readlink -f "$pulumi_path")")
if [ "$pulumi_dir" = "$cache/bin" ]; then
  # Copied only when they differ: the cache is shared by every checkout, whose engines may be running them.
  for plugin in node_modules/@pulumi/pulumi/pulumi-resource-pulumi-nodejs scripts/language-host/pulumi-language-nodejs.js \
    scripts/language-host/pulumi-language-nodejs; do
    cmp -s "$root/$plugin" "$pulumi_dir/$(basename "$plugin")" || cp "$root/$plugin" "$pulumi_dir/"
  done
else
  [ -x "$pulumi_dir/pulumi-language-nodejs" ] ||
    ln -sf "$root/scripts/language-host/pulumi-language-nodejs" "$bin/pulumi-language-nodejs"
  [ -x "$pulumi_dir/pulumi-resource-pulumi-nodejs" ] ||
    ln -sf "$root/node_modules/@pulumi/pulumi/pulumi-resource-pulumi-nodejs" "$bin/pulumi-resource-pulumi-nodejs"
fi
mkdir -p "$root/.pulumi-local/state" "$root/.pulumi-local/home"
log "ready in $(printf '%.1f' "$(echo "$(date +%s.%N) - $started" | bc)")s (pulumi $("$bin/pulumi" version))"
