#!/usr/bin/env python3
"""Regenerates the Windows (.ico) and macOS (.icns) icons from the PNG renderings in
resources/icons/ (which come from resources/icons/renkei.svg, see ui/CMakeLists.txt).

Both formats may hold PNG data as is (Windows Vista and later, macOS 10.7 and later), so no
image library is needed. Run from the top of the repository after changing the icon:

    python3 installer/make-platform-icons.py
"""

import pathlib
import struct

ROOT = pathlib.Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"


def png(size: int) -> bytes:
    return (ICONS / f"renkei-{size}.png").read_bytes()


def write_ico(path: pathlib.Path) -> None:
    sizes = [16, 24, 32, 48, 64, 128, 256]
    images = [png(s) for s in sizes]
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries = b""
    for size, data in zip(sizes, images):
        dim = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    path.write_bytes(header + entries + b"".join(images))


def write_icns(path: pathlib.Path) -> None:
    # OSType of each PNG size (Apple's Icon Services types).
    types = [(b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256)]
    body = b""
    for ostype, size in types:
        data = png(size)
        body += ostype + struct.pack(">I", len(data) + 8) + data
    path.write_bytes(b"icns" + struct.pack(">I", len(body) + 8) + body)


if __name__ == "__main__":
    write_ico(ROOT / "installer" / "windows" / "renkei.ico")
    write_icns(ROOT / "installer" / "macos" / "renkei.icns")
