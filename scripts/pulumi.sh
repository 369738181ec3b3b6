#!/usr/bin/env bash
# `npm run pulumi -- <args>`: see scripts/run-pulumi.ts.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bash "$root/scripts/setup.sh" 2>/dev/null || bash "$root/scripts/setup.sh"
exec "$root/.pulumi-local/bin/node" "$root/dist/scripts/run-pulumi.js" "$@"
