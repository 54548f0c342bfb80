"""Install the bundle for the current user, or remove exactly what was installed.

    python packaging/install_desktop.py install --bundle dist/resilience-desktop --icons build/icons
    python packaging/install_desktop.py uninstall

Installs (XDG_DATA_HOME defaults to ~/.local/share):
- the bundle folder as ~/.local/opt/resilience-desktop/
- the launcher $XDG_DATA_HOME/applications/io.github.resilience_desktop.desktop
- the icons $XDG_DATA_HOME/icons/hicolor/<N>x<N>/apps/io.github.resilience_desktop.png
  and .../scalable/apps/io.github.resilience_desktop.svg
- the AppStream file $XDG_DATA_HOME/metainfo/io.github.resilience_desktop.metainfo.xml

Uninstall removes those paths and nothing else: the data folder
(~/.local/share/resilience-desktop) and the logs stay where they are.
Standard library only, so it runs with any Python 3.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import sys
from pathlib import Path

DESKTOP_ID = "io.github.resilience_desktop"
BUNDLE_NAME = "resilience-desktop"
EXECUTABLE = "resilience-desktop"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
LINUX_DIR = Path(__file__).resolve().parent / "linux"


def data_home() -> Path:
    configured = os.environ.get("XDG_DATA_HOME")
    return Path(configured) if configured and os.path.isabs(configured) else Path.home() / ".local" / "share"


def bundle_home() -> Path:
    return Path.home() / ".local" / "opt" / BUNDLE_NAME


def installed_files() -> list[Path]:
    """Every file install() writes outside the bundle folder."""
    icons = data_home() / "icons" / "hicolor"
    files = [
        data_home() / "applications" / f"{DESKTOP_ID}.desktop",
        data_home() / "metainfo" / f"{DESKTOP_ID}.metainfo.xml",
        icons / "scalable" / "apps" / f"{DESKTOP_ID}.svg",
    ]
    files += [icons / f"{size}x{size}" / "apps" / f"{DESKTOP_ID}.png" for size in ICON_SIZES]
    return files


def exec_argument(path: str) -> str:
    """path as one Exec= argument (Desktop Entry spec: quoting, then string escapes)."""
    path = path.replace("%", "%%")
    if re.fullmatch(r"[A-Za-z0-9_./+%-]+", path):
        return path
    inner = re.sub(r'(["`$\\])', r"\\\1", path)
    return '"' + inner.replace("\\", "\\\\") + '"'


def launcher_text(executable: Path) -> str:
    """The packaged .desktop file with Exec/TryExec pointing at the installed bundle."""
    quoted = exec_argument(str(executable))
    lines = []
    for line in (LINUX_DIR / f"{DESKTOP_ID}.desktop").read_text(encoding="utf-8").splitlines():
        if line.startswith("Exec="):
            line = f"Exec={quoted}"
        elif line.startswith("TryExec="):
            line = f"TryExec={executable}"
        lines.append(line)
    return "\n".join(lines) + "\n"


def _copy_file(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    target.chmod(0o644)


def install(bundle: Path, icons: Path) -> None:
    if not (bundle / EXECUTABLE).is_file():
        raise SystemExit(f"install-desktop: no {EXECUTABLE} in {bundle}: run `make package` first")
    target = bundle_home()
    staging = target.with_name(target.name + ".installing")
    shutil.rmtree(staging, ignore_errors=True)
    shutil.copytree(bundle, staging, symlinks=True)
    shutil.rmtree(target, ignore_errors=True)  # an older version of the bundle
    staging.rename(target)
    launcher = data_home() / "applications" / f"{DESKTOP_ID}.desktop"
    launcher.parent.mkdir(parents=True, exist_ok=True)
    launcher.write_text(launcher_text(target / EXECUTABLE), encoding="utf-8")
    launcher.chmod(0o644)
    _copy_file(LINUX_DIR / f"{DESKTOP_ID}.metainfo.xml", data_home() / "metainfo" / f"{DESKTOP_ID}.metainfo.xml")
    for path in installed_files():
        if "hicolor" in path.parts:
            _copy_file(icons / "hicolor" / path.relative_to(data_home() / "icons" / "hicolor"), path)
    print(f"installed {target} and its launcher {launcher}")


def uninstall() -> None:
    removed = 0
    for path in installed_files():
        if path.is_file() or path.is_symlink():
            path.unlink()
            removed += 1
    target = bundle_home()
    if target.is_dir():
        shutil.rmtree(target)
        removed += 1
    print(f"removed {removed} installed item(s); your data folder is untouched")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("install", "uninstall"))
    parser.add_argument("--bundle", type=Path, default=Path("dist") / BUNDLE_NAME)
    parser.add_argument("--icons", type=Path, default=Path("build") / "icons")
    args = parser.parse_args(argv)
    if args.action == "install":
        install(args.bundle.resolve(), args.icons.resolve())
    else:
        uninstall()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
