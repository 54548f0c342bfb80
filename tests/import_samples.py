"""The sample exports under tests/fixtures/import/, zipped into a tmp folder as the apps ship them."""

from __future__ import annotations

import zipfile
from pathlib import Path

SAMPLES = Path(__file__).parent / "fixtures" / "import"


def zipped(folder: str, dest: Path) -> Path:
    """SAMPLES/folder as a zip (members relative to the folder) at dest."""
    source = SAMPLES / folder
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(source.rglob("*")):
            if path.is_file():
                archive.write(path, path.relative_to(source).as_posix())
    return dest


def truncated(path: Path) -> Path:
    """The first two thirds of path's bytes, as a download cut off would leave them."""
    cut = path.with_name("cut-" + path.name)
    data = path.read_bytes()
    cut.write_bytes(data[: len(data) * 2 // 3])
    return cut
