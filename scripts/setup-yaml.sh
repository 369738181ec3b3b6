#!/usr/bin/env bash
# The Pulumi YAML language host, which the YAML end-to-end tests run: not shipped with the CLI that setup.sh builds,
# so it is built from the Go module proxy into the cache outside the repo (like the CLI), only when missing, and
# linked next to `pulumi` in .pulumi-local/bin.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
version="1.25.0"
log() { echo "[setup-yaml] $*" >&2; }
cache="${PULUMI_TELNYX_SIP_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/pulumi-telnyx-sip}/pulumi-language-yaml-$version"
host="$cache/bin/pulumi-language-yaml"
if [ -x "$host" ]; then
  log "using cached pulumi-language-yaml v$version ($host)"
elif command -v go >/dev/null 2>&1; then
  log "building pulumi-language-yaml v$version from the Go module proxy (minutes on 2 cores the first time)"
  started=$(date +%s)
  mkdir -p "$cache/bin"
  # Its go.mod has no replace directives, so `go install` at a version works (unlike the CLI, scripts/build-pulumi-cli.sh).
  GOBIN="$cache/bin" go install -ldflags "-s -w" "github.com/pulumi/pulumi-yaml/cmd/pulumi-language-yaml@v$version" >&2
  log "built $host in $(( $(date +%s) - started ))s"
else
  log "ERROR: the YAML tests need pulumi-language-yaml v$version: install Go >= 1.25 (https://go.dev/dl/) so this"
  log "script can build it, or put a pulumi-language-yaml on PATH."
  exit 1
fi
# Next to `pulumi` when that is the CLI setup.sh built into the cache (the engine warns about a language host found
# elsewhere on PATH, on every run); otherwise in .pulumi-local/bin, which the tests put first on PATH.
mkdir -p "$root/.pulumi-local/bin"
pulumi_dir=$(dirname "$(readlink -f "$root/.pulumi-local/bin/pulumi")")
case "$pulumi_dir" in
  "${PULUMI_TELNYX_SIP_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/pulumi-telnyx-sip}"/*)
    ln -sf "$host" "$pulumi_dir/pulumi-language-yaml"
    rm -f "$root/.pulumi-local/bin/pulumi-language-yaml" ;;
  *) ln -sf "$host" "$root/.pulumi-local/bin/pulumi-language-yaml" ;;
esac
