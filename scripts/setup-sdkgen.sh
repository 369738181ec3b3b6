#!/usr/bin/env bash
# The SDK generator (scripts/sdkgen: Pulumi's own Python and Go code generators, from the Go module proxy at the
# CLI's version), which test/plugin/sdks.test.ts runs: built into the cache outside the repo, like the CLI, once per
# version of pulumi/pkg and of the generator's sources, and linked into .pulumi-local/bin, which the tests put on PATH.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
src="$root/scripts/sdkgen"
version="3.276.0"
log() { echo "[setup-sdkgen] $*" >&2; }
if ! grep -q "github.com/pulumi/pulumi/pkg/v3 v$version" "$src/go.mod"; then
  log "ERROR: scripts/sdkgen/go.mod does not require github.com/pulumi/pulumi/pkg/v3 v$version, the CLI's version"
  exit 1
fi
sources=$(cat "$src/go.mod" "$src/go.sum" "$src/main.go" | sha256sum | cut -c1-12)
cache="${PULUMI_TELNYX_SIP_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/pulumi-telnyx-sip}/sdkgen-$version-$sources"
bin="$cache/bin/sdkgen"
if [ -x "$bin" ]; then
  log "using cached sdkgen (pulumi/pkg v$version) ($bin)"
elif command -v go >/dev/null 2>&1; then
  log "building sdkgen against pulumi/pkg v$version from the Go module proxy (a minute or more the first time)"
  started=$(date +%s)
  mkdir -p "$cache/bin"
  (cd "$src" && go build -trimpath -ldflags "-s -w" -o "$bin.tmp" . && mv "$bin.tmp" "$bin")
  log "built $bin in $(( $(date +%s) - started ))s"
else
  log "ERROR: the SDK tests need Go >= 1.26 (https://go.dev/dl/) to build scripts/sdkgen"
  exit 1
fi
mkdir -p "$root/.pulumi-local/bin"
ln -sf "$bin" "$root/.pulumi-local/bin/telnyx-sip-sdkgen"
