#!/usr/bin/env bash
# The README's first command: install what is missing, build, and start Renkei Viewer on its
# built-in demo network. Extra arguments go to the app (e.g. --lang en).
set -euo pipefail
cd "$(dirname "$0")/.."

tools/install-deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev --target renkei renkei-cli

app=build/dev/app/renkei
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    exec "$app" --demo "$@"
fi

# No display (a server, a container, an SSH session without -X): the app cannot open a window
# here. Start it on a virtual screen instead, save what it shows, and say how to see it for real.
shot="$PWD/build/dev/renkei-demo.png"
echo
echo "No display found (DISPLAY and WAYLAND_DISPLAY are unset)."
echo "Starting Renkei Viewer on a virtual screen (xvfb-run) and saving a screenshot to:"
echo "  $shot"
xvfb-run -a -s "-screen 0 1600x1000x24" "$app" --demo --screenshot "$shot" "$@"
echo
echo "To use the app itself, run this command from a desktop session, or over SSH with X"
echo "forwarding (ssh -X), or start it directly: $app --demo"
