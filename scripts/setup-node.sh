#!/usr/bin/env bash
# The Node.js that `npm start` and `npm test` run on: the newest leg of scripts/compat-matrix.json (the current LTS).
# The machine's own `node` when its major version is at least that one, else that version fetched from the npm
# registry into the cache outside the repo. Linked as .pulumi-local/bin/node, first on PATH for the npm scripts and
# for the Pulumi engine's plugins (scripts/pulumi-env.js), so programs and the dynamic provider run on it too.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cache="${PULUMI_TELNYX_SIP_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/pulumi-telnyx-sip}"
bin="$root/.pulumi-local/bin"
mkdir -p "$bin"
# A link left pointing at itself by an older setup breaks every `node` on PATH: start over.
if [ -L "$bin/node" ] && [ ! -e "$bin/node" ]; then rm -f "$bin/node"; fi

# The machine's node, looked up on PATH without our own bin folder: with it on PATH (after
# `eval "$(node scripts/pulumi-env.js)"`, say), `command -v node` is our link, which would then be linked to itself.
machine_node=""
IFS=: read -r -a path_dirs <<< "$PATH"
for dir in "${path_dirs[@]}"; do
  [ -n "$dir" ] && [ -d "$dir" ] || continue
  [ "$(cd "$dir" && pwd -P)" = "$(cd "$bin" && pwd -P)" ] && continue
  if [ -x "$dir/node" ] && [ ! -d "$dir/node" ]; then machine_node="$dir/node"; break; fi
done
[ -n "$machine_node" ] || { echo "[setup] ERROR: no node on PATH (outside $bin): install Node.js >= 20.18" >&2; exit 1; }

want=$("$machine_node" -p 'require(process.argv[1]).newest.node' "$root/scripts/compat-matrix.json")
if [ "$("$machine_node" -p 'process.versions.node.split(".")[0]')" -ge "${want%%.*}" ]; then
  node_path="$machine_node"
else
  bash "$root/scripts/fetch-node.sh" "$want" "$cache/node-$want"
  node_path="$cache/node-$want/bin/node"
fi
[ "$(readlink "$bin/node" 2>/dev/null)" = "$node_path" ] || ln -sfn "$node_path" "$bin/node"
echo "[setup] node $("$bin/node" --version) ($node_path)" >&2
