"""Size and start-up of the PyInstaller bundle (run by `make package`).

Prints the bundle folder's size, writes the `.tar.gz` archive next to it and
prints its size, then times `--smoke` on a 10-year demo data dir, frozen app
against the source run (`python -m resilience_desktop`), alternated, median of
RUNS whole-process runs each, Qt offscreen. "Cold" means a new process every
run; the file cache is warm for both (dropping it needs root on the host).

Targets: folder <= 300 MB, archive <= 120 MB, frozen start <= 1.3 x source.
Exits 1 if a size target is missed (sizes are deterministic); start-up on a
shared 2-core machine is noisy, so a miss there is printed, not fatal.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
from pathlib import Path

from _common import PYTHON, ROOT, demo_data_dir, median, run_measured

FOLDER_LIMIT_MB = 300
ARCHIVE_LIMIT_MB = 120
START_RATIO_LIMIT = 1.3
MB = 1_000_000


def folder_bytes(folder: Path) -> int:
    """Bytes of every regular file under folder (symlinks counted once, as links)."""
    return sum(path.lstat().st_size for path in folder.rglob("*") if not path.is_dir())


def write_archive(bundle: Path) -> Path:
    """dist/resilience-desktop-<version>-<os>-<arch>.tar.gz of the bundle folder."""
    from resilience_desktop import __version__

    system = platform.system().lower()
    archive = bundle.parent / f"{bundle.name}-{__version__}-{system}-{platform.machine()}.tar.gz"
    archive.unlink(missing_ok=True)
    # tar + gzip -6: the format every Linux user can unpack; ~2x faster than tarfile.
    subprocess.run(["tar", "-czf", str(archive), "-C", str(bundle.parent), bundle.name], check=True)
    return archive


def compare_start(frozen: Path, data_dir: Path, runs: int) -> tuple[float, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    frozen_cmd = [str(frozen), "--smoke", "--data-dir", str(data_dir)]
    source_cmd = [PYTHON, "-m", "resilience_desktop", "--smoke", "--data-dir", str(data_dir)]
    run_measured(frozen_cmd, env)  # warm the file cache for both
    run_measured(source_cmd, env)
    frozen_times, source_times = [], []
    for _ in range(runs):
        frozen_times.append(run_measured(frozen_cmd, env)[0])
        source_times.append(run_measured(source_cmd, env)[0])
    return median(frozen_times), median(source_times)


def verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "resilience-desktop")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--years", type=int, default=10)
    args = parser.parse_args()
    frozen = args.bundle / ("resilience-desktop.exe" if sys.platform == "win32" else "resilience-desktop")
    if not frozen.is_file():
        print(f"no bundle at {args.bundle}: run `make package` first", file=sys.stderr)
        return 2
    folder_mb = folder_bytes(args.bundle) / MB
    print(f"bundle folder {args.bundle}: {folder_mb:.0f} MB (target <= {FOLDER_LIMIT_MB} MB: "
          f"{verdict(folder_mb <= FOLDER_LIMIT_MB)})")
    archive = write_archive(args.bundle)
    archive_mb = archive.stat().st_size / MB
    print(f"archive {archive.name}: {archive_mb:.0f} MB (target <= {ARCHIVE_LIMIT_MB} MB: "
          f"{verdict(archive_mb <= ARCHIVE_LIMIT_MB)})")
    data_dir = demo_data_dir(args.years)
    frozen_s, source_s = compare_start(frozen, data_dir, args.runs)
    ratio = frozen_s / source_s
    print(f"--smoke on the {args.years}-year demo, median of {args.runs} runs each: "
          f"frozen {frozen_s * 1000:.0f} ms, source {source_s * 1000:.0f} ms, "
          f"ratio {ratio:.2f} (target <= {START_RATIO_LIMIT}: {verdict(ratio <= START_RATIO_LIMIT)})")
    return 0 if folder_mb <= FOLDER_LIMIT_MB and archive_mb <= ARCHIVE_LIMIT_MB else 1


if __name__ == "__main__":
    sys.exit(main())
