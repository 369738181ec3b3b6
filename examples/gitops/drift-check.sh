#!/usr/bin/env bash
# Does the Telnyx account still match the program? Run it in the Pulumi project folder (logged in, API key set).
#   drift-check.sh [stack]
# Runs `pulumi preview --refresh --expect-no-changes --diff` (as JSON) and prints every resource and field that
# drifted. Exit 0: no drift. 1: drift (printed). 2: the preview failed for another reason (its errors are printed).
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
stack=()
[ $# -gt 0 ] && stack=(--stack "$1")

report="$(mktemp)"
errors="$(mktemp)"
trap 'rm -f "$report" "$errors"' EXIT

if pulumi preview "${stack[@]}" --refresh --expect-no-changes --diff --json --non-interactive >"$report" 2>"$errors"; then
  echo "No drift: the account matches the program."
  exit 0
fi
node "$here/drift-summary.js" "$report"
status=$?
# 2: the preview failed; what the CLI itself said (no such stack, no credentials, ...) is in its stderr.
[ "$status" -eq 1 ] || cat "$errors" >&2
exit "$status"
