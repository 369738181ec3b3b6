#!/usr/bin/env bash
# The Node.js that `npm start` and `npm test` run on: the newest leg of scripts/compat-matrix.json (the current LTS).
# The machine's own `node` when its major version is at least that one, else that version fetched from the npm
# registry into the cache outside the repo. Linked as .pulumi-local/bin/node, first on PATH for the npm scripts and
# for the Pulumi engine's plugins (scripts/pulumi-env.js), so programs and the dynamic provider run on it too.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cache="${PULUMI_TELNYX_SIP_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/pulumi-telnyx-sip}"
want=$(node -p 'require(process.argv[1]).newest.node' "$root/scripts/compat-matrix.json")
mkdir -p "$root/.pulumi-local/bin"
if [ "$(node -p 'process.versions.node.split(".")[0]')" -ge "${want%%.*}" ]; then
  node_path=$(command -v node)
else
  bash "$root/scripts/fetch-node.sh" "$want" "$cache/node-$want"
  node_path="$cache/node-$want/bin/node"
fi
ln -sf "$node_path" "$root/.pulumi-local/bin/node"
echo "[setup] node $("$root/.pulumi-local/bin/node" --version) ($node_path)" >&2
