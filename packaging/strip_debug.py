"""Drop debug sections from the bundle's Linux libraries that carry them.

The system libpython and the sqlcipher3 extension ship ~35 MB of DWARF data.
PyInstaller's own `strip=True` strips *every* library, which corrupts the
auditwheel-repaired ones in `numpy.libs/`, `pillow.libs/`... ("ELF load
command address/offset not page-aligned"), so only files that have a
`.debug_info` section, outside `*.libs` folders, are touched, and only with
`strip --strip-debug` (symbols stay).
"""

from __future__ import annotations

import shutil
import struct
import subprocess
from pathlib import Path


def has_debug_info(path: Path) -> bool:
    """True for a 64-bit little-endian ELF file with a .debug_info section."""
    with open(path, "rb") as handle:
        header = handle.read(64)
        if header[:4] != b"\x7fELF" or header[4] != 2 or header[5] != 1:
            return False
        shoff, = struct.unpack_from("<Q", header, 0x28)
        shentsize, shnum, shstrndx = struct.unpack_from("<HHH", header, 0x3A)
        if not shoff or not shnum or shstrndx >= shnum:
            return False
        handle.seek(shoff)
        table = handle.read(shentsize * shnum)
        names_offset, names_size = struct.unpack_from("<QQ", table, shstrndx * shentsize + 0x18)
        handle.seek(names_offset)
        names = handle.read(names_size)
    return b"\0.debug_info\0" in b"\0" + names


def strip_debug_info(folder: Path) -> list[Path]:
    """Strip the debug sections in place; returns the files stripped."""
    strip = shutil.which("strip")
    if strip is None:
        return []
    stripped = []
    for path in sorted(Path(folder).rglob("*.so*")):
        if path.is_symlink() or not path.is_file() or any(part.endswith(".libs") for part in path.parts):
            continue
        if has_debug_info(path):
            subprocess.run([strip, "--strip-debug", str(path)], check=True)
            stripped.append(path)
    return stripped
