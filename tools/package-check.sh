#!/usr/bin/env bash
# Packages an already-built tree as a .deb (no compiling), unpacks it into a clean directory with
# `dpkg -x` and runs the installed binaries from there: `renkei-cli --version`, `renkei --version`
# and `renkei-cli inspect` on a sample file. Prints the package's control data (dependencies) and
# checks the files a desktop needs are in it. Called by tools/test.sh after the ci tests;
# docs/installing.md explains it.
#
#   tools/package-check.sh [BUILD_DIR]      (default: build/ci)
set -euo pipefail
cd "$(dirname "$0")/.."

build="${1:-build/ci}"
if [ ! -f "$build/CPackConfig.cmake" ]; then
    echo "package-check: no $build/CPackConfig.cmake: configure and build that tree first" >&2
    exit 1
fi
for tool in cpack dpkg-deb dpkg; do
    command -v "$tool" >/dev/null || { echo "package-check: $tool is missing" >&2; exit 1; }
done

work="$(mktemp -d "${TMPDIR:-/tmp}/renkei-package-check.XXXXXX")"
trap 'rm -rf "$work"' EXIT
fail() {
    echo "package-check: FAILED: $*" >&2
    exit 1
}

start=$SECONDS
echo "-- cpack -G DEB ($build)"
if ! cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    fail "cpack could not build the .deb"
fi
debs=("$work"/out/renkei_*.deb)
[ -f "${debs[0]}" ] || { cat "$work/cpack.log" >&2; fail "cpack made no renkei_*.deb"; }
deb="${debs[0]}"
echo "-- $(basename "$deb") ($(du -h "$deb" | cut -f1), $((SECONDS - start)) s)"

echo "-- dpkg-deb -I"
dpkg-deb -I "$deb"
version="$(dpkg-deb -f "$deb" Version)"
# The package names in Depends, one a line (versions and alternatives' bars dropped).
depends="$(dpkg-deb -f "$deb" Depends | sed 's/([^)]*)//g; s/[,|]/\n/g' | tr -d ' ')"
root="$work/root"
dpkg -x "$deb" "$root"

# Every library the binaries link (NEEDED) must come from a package the .deb depends on (what
# `apt-get install ./renkei_*.deb` pulls), and so must the SQLite driver Qt loads as a plugin.
owner_of() { # the Debian package holding a file, trying the /usr-merged and unmerged paths
    local path="$1" alt
    alt="${path#/usr}"
    [ "$alt" = "$path" ] && alt="/usr$path"
    { dpkg -S "$path" 2>/dev/null || dpkg -S "$alt" 2>/dev/null; } | head -n 1 | cut -d: -f1
}
direct=()
for exe in renkei renkei-cli; do
    while read -r soname; do
        case "$soname" in ld-linux*) continue ;; esac # the loader, part of libc6
        path="$(ldd "$root/usr/bin/$exe" | awk -v s="$soname" '$1 == s { print $3 }')"
        [ -n "$path" ] || fail "/usr/bin/$exe: $soname not found"
        package="$(owner_of "$(readlink -f "$path")")"
        [ -n "$package" ] || package="$(owner_of "$path")"
        [ -n "$package" ] || fail "/usr/bin/$exe links $path, which no Debian package holds"
        direct+=("$package")
    done < <(readelf -d "$root/usr/bin/$exe" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
done
readarray -t direct < <(printf '%s\n' "${direct[@]}" libqt6sql6-sqlite | sort -u)
for package in "${direct[@]}"; do
    grep -Fxq "$package" <<<"$depends" || fail "Depends lacks $package"
done
echo "-- Depends covers the ${#direct[@]} packages the binaries link or load: ${direct[*]}"

for file in usr/bin/renkei usr/bin/renkei-cli \
    usr/share/applications/jp.renkei.Viewer.desktop \
    usr/share/metainfo/jp.renkei.Viewer.metainfo.xml \
    usr/share/icons/hicolor/48x48/apps/jp.renkei.Viewer.png \
    usr/share/icons/hicolor/256x256/apps/jp.renkei.Viewer.png \
    usr/share/icons/hicolor/scalable/apps/jp.renkei.Viewer.svg \
    usr/share/doc/renkei/README.md usr/share/doc/renkei/docs/installing.md; do
    [ -f "$root/$file" ] || fail "the package lacks /$file"
done
echo "-- contents: $(find "$root" -type f | wc -l) files, $(du -sh "$root" | cut -f1) installed"

# The installed binaries must not reach back into the build tree (RUNPATH), nor miss a library.
for exe in renkei renkei-cli; do
    dynamic="$(readelf -d "$root/usr/bin/$exe")"
    if grep -Eq 'R(UN)?PATH' <<<"$dynamic"; then
        fail "/usr/bin/$exe has an RPATH: $(grep -E 'R(UN)?PATH' <<<"$dynamic")"
    fi
    libraries="$(ldd "$root/usr/bin/$exe")"
    if grep -q 'not found' <<<"$libraries"; then
        grep 'not found' <<<"$libraries" >&2
        fail "/usr/bin/$exe misses libraries"
    fi
done

# Run them from the unpacked tree with a home of their own (nothing read from or left in ours).
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
export XDG_CACHE_HOME="$work/home/.cache" QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME"

echo "-- /usr/bin/renkei-cli --version"
"$root/usr/bin/renkei-cli" --version | tee "$work/version.txt" || fail "renkei-cli --version"
grep -q "^Renkei Viewer $version " "$work/version.txt" \
    || fail "renkei-cli --version does not say $version (the package's version)"
grep -q "^OpenSSL 3" "$work/version.txt" || fail "renkei-cli --version names no OpenSSL 3"
echo "-- /usr/bin/renkei --version"
"$root/usr/bin/renkei" --version >"$work/gui-version.txt" || fail "renkei --version"
cmp -s "$work/version.txt" "$work/gui-version.txt" || fail "renkei and renkei-cli disagree on --version"

sample="tests/data/jp-clins/Bundle-Bundle-CLINS-Referral-Example-01.json"
echo "-- /usr/bin/renkei-cli inspect $sample"
"$root/usr/bin/renkei-cli" inspect "$sample" >"$work/inspect.txt" 2>&1 || {
    cat "$work/inspect.txt" >&2
    fail "renkei-cli inspect"
}
head -n 8 "$work/inspect.txt"
"$root/usr/bin/renkei-cli" inspect --json "$sample" >"$work/inspect.json" || fail "inspect --json"
[ "$(head -c 1 "$work/inspect.json")" = "{" ] || fail "inspect --json printed no JSON object"

# Desktop metadata, where the validators are installed (appstream, desktop-file-utils).
if command -v appstreamcli >/dev/null; then
    echo "-- appstreamcli validate"
    appstreamcli validate --no-net "$root/usr/share/metainfo/jp.renkei.Viewer.metainfo.xml" \
        || fail "appstreamcli validate"
fi
if command -v desktop-file-validate >/dev/null; then
    echo "-- desktop-file-validate"
    desktop-file-validate "$root/usr/share/applications/jp.renkei.Viewer.desktop" \
        || fail "desktop-file-validate"
fi
if command -v lintian >/dev/null; then
    echo "-- lintian (advisory)"
    lintian --tag-display-limit 0 "$deb" 2>&1 | grep -v "running with root privileges" || true
fi

echo "package-check: OK: $(basename "$deb") installs and runs ($((SECONDS - start)) s)"
