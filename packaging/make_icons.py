"""Render the app icon from resources/icons/resilience.svg for every platform.

    python packaging/make_icons.py [OUT_DIR]      (default: build/icons)

Writes, with Qt's SVG renderer and the standard library only:
- ``hicolor/<N>x<N>/apps/<ICON_NAME>.png`` for N in 16..512 and
  ``hicolor/scalable/apps/<ICON_NAME>.svg`` (Linux, freedesktop icon theme);
- ``resilience.ico`` (Windows: PNG-compressed entries 16..256 px);
- ``resilience.icns`` (macOS: PNG entries 16..1024 px incl. @2x).
The PyInstaller spec calls ``render_icons`` so one command builds everywhere.
"""

from __future__ import annotations

import os
import shutil
import struct
import sys
from pathlib import Path

ICON_NAME = "io.github.resilience_desktop"  # = the AppStream id and .desktop file name
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# OSType -> pixel size; every entry is PNG data (macOS 10.7+).
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
    (b"ic09", 512), (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256),
    (b"ic14", 512),
)
ROOT = Path(__file__).resolve().parent.parent


def _qt_application():
    """Qt needs a Gui application to paint; off-screen works without a display."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication([])


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn on a transparent size x size canvas, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _qt_application()
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg}: not a readable SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding one PNG per size (a 256 px entry is written as 0)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        data = pngs[size]
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset + len(blobs))
        blobs += data
    return header + entries + blobs


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns: 'icns' + length, then (OSType, length, PNG) chunks."""
    chunks = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
                      for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(chunks)) + chunks


def render_icons(svg: Path, out_dir: Path) -> dict:
    """Write every icon under out_dir; returns where the platform icons are."""
    out_dir = Path(out_dir)
    sizes = sorted(set(HICOLOR_SIZES) | set(ICO_SIZES) | {size for _, size in ICNS_TYPES})
    pngs = {size: render_png(svg, size) for size in sizes}
    hicolor = out_dir / "hicolor"
    for size in HICOLOR_SIZES:
        target = hicolor / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(pngs[size])
    scalable = hicolor / "scalable" / "apps" / f"{ICON_NAME}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, scalable)
    ico = out_dir / "resilience.ico"
    ico.write_bytes(ico_bytes({size: pngs[size] for size in ICO_SIZES}))
    icns = out_dir / "resilience.icns"
    icns.write_bytes(icns_bytes(pngs))
    return {"hicolor": hicolor, "windows": str(ico), "macos": str(icns)}


def main(argv: list[str]) -> int:
    out_dir = Path(argv[0]) if argv else ROOT / "build" / "icons"
    written = render_icons(ROOT / "resources" / "icons" / "resilience.svg", out_dir)
    print(f"icons written to {out_dir} ({written['windows']}, {written['macos']}, hicolor PNGs)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
