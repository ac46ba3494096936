#!/usr/bin/env bash
# Runs a test inside a private D-Bus session with an unlocked gnome-keyring (Secret Service),
# as DESIGN.md's platform facts describe; HOME and XDG folders are temporary. The daemon's
# output goes to a file: it outlives the command substitution and would otherwise hold CTest's
# pipe open. It exits with the private bus.
set -euo pipefail
tmp=$(mktemp -d)
export HOME="$tmp" XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config" XDG_CACHE_HOME="$tmp/cache"
export XDG_RUNTIME_DIR="$tmp/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
status=0
dbus-run-session -- bash -c '
    eval "$(printf "renkei-test-keyring" \
        | gnome-keyring-daemon --unlock --components=secrets 2>"$HOME/keyring.log")"
    "$@"' bash "$@" 2> >(grep -v "Failed to set fd limit" >&2) || status=$?
rm -rf "$tmp"
exit $status
