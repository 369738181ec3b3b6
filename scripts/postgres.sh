#!/usr/bin/env bash
# Prints the folder of PostgreSQL's server binaries (initdb, postgres, pg_isready), installing Debian's `postgresql`
# package first when they are missing. The tests of the shared PostgreSQL state backend call it; nothing else needs
# PostgreSQL, so `npm start` never installs it. No cluster or system service is created: the tests run their own.
set -euo pipefail
log() { echo "[postgres] $*" >&2; }

find_bin() {
  local initdb
  initdb=$(ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1 || true)
  [ -n "$initdb" ] || initdb=$(command -v initdb || true)
  [ -n "$initdb" ] && dirname "$(readlink -f "$initdb")"
}

bin=$(find_bin || true)
if [ -z "$bin" ]; then
  if [ "$(id -u)" != 0 ]; then
    log "ERROR: PostgreSQL's server binaries (initdb, postgres) are missing. Install them, e.g."
    log "'sudo apt-get install -y postgresql' on Debian/Ubuntu, then run the tests again."
    exit 1
  fi
  log "installing Debian's postgresql package (initdb and postgres are missing)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  # A policy-rc.d that refuses every start keeps the package from starting a system cluster: the tests run their own.
  guard=""
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    guard=/usr/sbin/policy-rc.d
    printf '#!/bin/sh\nexit 101\n' > "$guard" && chmod +x "$guard"
  fi
  status=0
  apt-get install -y -qq --no-install-recommends postgresql >&2 || status=$?
  [ -z "$guard" ] || rm -f "$guard"
  [ "$status" = 0 ] || exit "$status"
  bin=$(find_bin)
fi
# PostgreSQL refuses to run as root: root runs it as the `postgres` user, which the package creates.
if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
  useradd --system --no-create-home --shell /usr/sbin/nologin postgres
fi
echo "$bin"
