#!/usr/bin/env bash
# Puts Node.js $1 at $2/bin/node, from the npm registry's `node-<platform>-<arch>` package (its tarball carries the
# official binary), so the compatibility matrix runs on Node versions this machine does not have.
set -euo pipefail
version="$1"
dest="$2"
if [ -x "$dest/bin/node" ] && [ "$("$dest/bin/node" --version)" = "v$version" ]; then exit 0; fi
package="node-$(node -p 'process.platform')-$(node -p 'process.arch')@$version"
echo "[setup] fetching Node.js $version ($package)" >&2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tarball=$(cd "$work" && npm pack "$package" --silent)
tar xzf "$work/$tarball" -C "$work" package/bin/node
mkdir -p "$dest/bin"
mv "$work/package/bin/node" "$dest/bin/node.tmp" && mv "$dest/bin/node.tmp" "$dest/bin/node"
[ "$("$dest/bin/node" --version)" = "v$version" ] || { echo "[setup] ERROR: $dest/bin/node is not v$version" >&2; exit 1; }
