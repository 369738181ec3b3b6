#!/usr/bin/env bash
# Does the Telnyx account still match what Pulumi deployed? Run it in the Pulumi project folder (logged in, API key set).
#   drift-check.sh [stack]
# Runs `pulumi preview --refresh` (reads the account, changes nothing) and prints every field changed outside Pulumi,
# declared in the program or not, with its value as last deployed and as now; never a secret's value.
# Exit 0: no drift. 1: drift (printed). 2: the preview failed (its errors are printed).
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
stack=()
[ $# -gt 0 ] && stack=(--stack "$1")

report="$(mktemp)"
errors="$(mktemp)"
trap 'rm -f "$report" "$errors"' EXIT

# The streamed JSON carries the refresh's before and after values, which the plain JSON summary does not.
if ! PULUMI_ENABLE_STREAMING_JSON_PREVIEW=true pulumi preview "${stack[@]}" --refresh --json --non-interactive >"$report" 2>"$errors"; then
  # The program's errors are in the report (the summary prints them); the CLI's own (no such stack, no
  # credentials, ...) in its stderr.
  node "$here/drift-summary.js" "$report" >/dev/null || true
  cat "$errors" >&2
  exit 2
fi
node "$here/drift-summary.js" "$report"
