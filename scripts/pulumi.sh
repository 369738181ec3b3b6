#!/usr/bin/env bash
# `npm run pulumi -- <args>`: the project's Pulumi CLI on the root Pulumi.yaml, with the same backend, passphrase
# and PATH as `npm start` (preview, refresh, stack export, destroy by hand).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bash "$root/scripts/setup.sh" >/dev/null 2>&1 || bash "$root/scripts/setup.sh"
eval "$(node "$root/scripts/pulumi-env.js")"
cd "$root"
exec pulumi "$@"
