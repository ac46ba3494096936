#!/usr/bin/env bash
# Installs the Debian 12 packages Renkei Viewer needs to build, run and test. The one list of
# them lives here. Installs only what is missing; safe to run again.
set -euo pipefail

packages=(
    # toolchain
    cmake ninja-build g++ git pkg-config
    # Qt 6.4 (Debian 12) and its tools
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-charts-dev libqt6opengl6-dev qt6-pdf-dev qt6-networkauth-dev
    libqt6sql6-sqlite qt6-translations-l10n
    # secrets, crypto, compression
    qtkeychain-qt6-dev libssl-dev zlib1g-dev openssl
    libgl-dev
    # packaging: dpkg-shlibdeps works out the .deb's dependencies (tools/package-check.sh)
    dpkg-dev
    # headless GUI, keychain in tests, Japanese fonts, PDF checks
    xvfb xauth dbus-x11 gnome-keyring libsecret-tools fonts-ipafont-gothic poppler-utils
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} Debian packages are present."
    exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        sudo="sudo"
    else
        echo "install-deps: these packages are missing and you are not root (no sudo):" >&2
        echo "  ${missing[*]}" >&2
        echo "Run as root: apt-get install ${missing[*]}" >&2
        exit 1
    fi
fi

echo "install-deps: installing ${#missing[@]} package(s): ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
