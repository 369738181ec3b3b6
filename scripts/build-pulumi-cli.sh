#!/usr/bin/env bash
# Builds the Pulumi CLI from the Go module proxy into $1 (a cache folder outside the repo).
# The CLI's own go.mod holds `replace` directives, so `go install pkg@version` refuses it:
# a wrapper module that requires it and repeats its non-local replaces builds it instead.
set -euo pipefail
version="$1"   # e.g. 3.248.0
dest="$2"
work="$dest/wrapper"
mkdir -p "$work" "$dest/bin"
cd "$work"
cat > go.mod <<MOD
module pulumi-telnyx-sip/pulumi-cli

go 1.25.11

require (
	github.com/pulumi/pulumi/pkg/v3 v$version
	github.com/pulumi/pulumi/sdk/v3 v$version
)

replace github.com/atotto/clipboard => github.com/tgummerer/clipboard v0.0.0-20241001131231-d02d263e614e
MOD
cat > tools.go <<'GO'
//go:build tools

package tools

import _ "github.com/pulumi/pulumi/pkg/v3/cmd/pulumi"
GO
echo "[setup] resolving modules for pulumi v$version (first run downloads a lot)..." >&2
GOFLAGS=-mod=mod go mod tidy -e >&2 2>&1 | tail -5 >&2 || true
GOFLAGS=-mod=mod go get github.com/pulumi/pulumi/pkg/v3/cmd/pulumi@v$version >&2
echo "[setup] compiling pulumi (many minutes on 2 cores the first time)..." >&2
GOFLAGS=-mod=mod go build -o "$dest/bin/pulumi" \
  -ldflags "-s -w -X github.com/pulumi/pulumi/sdk/v3/go/common/version.Version=v$version" \
  github.com/pulumi/pulumi/pkg/v3/cmd/pulumi
echo "[setup] built $dest/bin/pulumi" >&2
