"""packaging/make_icons.py: hicolor PNGs, .ico and .icns drawn from the one SVG."""

from __future__ import annotations

import struct

import make_icons
from PySide6.QtGui import QImage

from resilience_desktop import DESKTOP_ID


def test_every_hicolor_size_is_a_square_png_of_that_size(rendered_icons):
    for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
        image = QImage(str(rendered_icons["hicolor"] / f"{size}x{size}" / "apps" / f"{DESKTOP_ID}.png"))
        assert (image.width(), image.height()) == (size, size)
    assert (rendered_icons["hicolor"] / "scalable" / "apps" / f"{DESKTOP_ID}.svg").is_file()


def test_the_icon_is_drawn_not_blank(rendered_icons):
    image = QImage(str(rendered_icons["hicolor"] / "64x64" / "apps" / f"{DESKTOP_ID}.png"))
    centre, corner = image.pixelColor(32, 40), image.pixelColor(0, 0)
    assert centre.alpha() == 255  # the rounded square is opaque
    assert corner.alpha() == 0  # outside its rounded corner is transparent


def test_the_windows_ico_lists_png_entries_up_to_256(rendered_icons):
    data = open(rendered_icons["windows"], "rb").read()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, len(make_icons.ICO_SIZES))
    widths = []
    for index in range(count):
        width, _, _, _, _, bpp, size, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * index)
        assert bpp == 32
        assert data[offset:offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert offset + size <= len(data)
        widths.append(width or 256)
    assert widths == sorted(make_icons.ICO_SIZES)
    image = QImage()
    assert image.loadFromData(data, "ICO") and image.width() in make_icons.ICO_SIZES


def test_the_macos_icns_chunks_add_up_and_hold_pngs(rendered_icons):
    data = open(rendered_icons["macos"], "rb").read()
    assert data[:4] == b"icns" and struct.unpack_from(">I", data, 4)[0] == len(data)
    offset, kinds = 8, []
    while offset < len(data):
        kind, length = data[offset:offset + 4], struct.unpack_from(">I", data, offset + 4)[0]
        assert data[offset + 8:offset + 16] == b"\x89PNG\r\n\x1a\n"
        kinds.append(kind)
        offset += length
    assert offset == len(data)
    assert b"ic10" in kinds and b"icp4" in kinds  # 1024 px (512@2x) down to 16 px


def test_the_icon_name_is_the_desktop_id():
    assert make_icons.ICON_NAME == DESKTOP_ID
