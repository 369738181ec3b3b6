#!/usr/bin/env bash
# The compatibility matrix's runtimes (scripts/compat-matrix.json): for each leg, Node.js from the npm registry and a
# Pulumi CLI with its two plugins, all cached outside the repo beside the CLI setup.sh uses. Cheap once cached.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cache="${PULUMI_TELNYX_SIP_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/pulumi-telnyx-sip}"
for leg in $(node -p 'Object.keys(require(process.argv[1])).join(" ")' "$root/scripts/compat-matrix.json"); do
  read -r node_version pulumi_version < <(node -p 'const l = require(process.argv[1])[process.argv[2]]; `${l.node} ${l.pulumi}`' \
    "$root/scripts/compat-matrix.json" "$leg")
  bash "$root/scripts/fetch-node.sh" "$node_version" "$cache/node-$node_version"
  cli="$cache/pulumi-$pulumi_version"
  if ! { [ -x "$cli/bin/pulumi" ] && [ "$("$cli/bin/pulumi" version 2>/dev/null)" = "v$pulumi_version" ]; }; then
    command -v go >/dev/null 2>&1 || {
      echo "[setup] ERROR: the compatibility matrix needs the Pulumi CLI v$pulumi_version in $cli/bin; install Go >= 1.25" >&2
      echo "[setup] (https://go.dev/dl/) so this script can build it, or put that CLI there." >&2
      exit 1
    }
    echo "[setup] building pulumi v$pulumi_version for the compatibility leg '$leg'" >&2
    bash "$root/scripts/build-pulumi-cli.sh" "$pulumi_version" "$cli"
  fi
  # The plugins a real Pulumi install ships beside `pulumi`; the dynamic-provider host script is the same in every
  # @pulumi/pulumi (it runs the program's own copy), and the language host is this repo's (see setup.sh).
  cp "$root/node_modules/@pulumi/pulumi/pulumi-resource-pulumi-nodejs" "$cli/bin/"
  cp "$root/scripts/language-host/pulumi-language-nodejs.js" "$root/scripts/language-host/pulumi-language-nodejs" "$cli/bin/"
done
