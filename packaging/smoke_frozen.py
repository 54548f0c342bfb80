"""Start the frozen bundle the ways a user and CI do; fail on any traceback.

    python packaging/smoke_frozen.py [dist/resilience-desktop]

Runs, offscreen, on a throw-away data folder: --version, demo --years 1,
check, --smoke, --screenshot DIR, then lock (Argon2 + SQLCipher) and a search
of the locked journal. Each must exit 0, print no traceback,
and do what it says (a version line, a quick_check "ok", one PNG per tab).
Then installs the bundle for a throw-away HOME, starts the installed launcher's
command and uninstalls it. Standard library only.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BAD_OUTPUT = ("Traceback (most recent call last)", "ModuleNotFoundError", "ImportError",
              "Could not load the Qt platform plugin")


class SmokeFailure(Exception):
    pass


def run(argv: list[str], env: dict, expect: str = "", stdin: str | None = None) -> str:
    shown = " ".join(Path(argv[0]).name if i == 0 else arg for i, arg in enumerate(argv))
    result = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=300, input=stdin)
    output = result.stdout + result.stderr
    if result.returncode != 0:
        raise SmokeFailure(f"`{shown}` exited {result.returncode}:\n{output[-3000:]}")
    bad = [marker for marker in BAD_OUTPUT if marker in output]
    if bad:
        raise SmokeFailure(f"`{shown}` printed {bad[0]}:\n{output[-3000:]}")
    if expect not in output:
        raise SmokeFailure(f"`{shown}` did not print {expect!r}:\n{output[-3000:]}")
    print(f"ok: {shown}")
    return output


def check_bundle(app: Path, work: Path, env: dict) -> None:
    from_version = run([str(app), "--version"], env, expect="resilience-desktop ")
    data = work / "data"
    run([str(app), "demo", "--years", "1", "--data-dir", str(data)], env, expect="Demo data")
    run([str(app), "check", "--data-dir", str(data)], env, expect="quick_check: ok")
    run([str(app), "--smoke", "--data-dir", str(data)], env)
    shots = work / "shots"
    run([str(app), "--screenshot", str(shots), "--data-dir", str(data)], env)
    pngs = sorted(shots.glob("*.png"))
    if len(pngs) < 5 or any(png.stat().st_size < 5000 for png in pngs):
        raise SmokeFailure(f"--screenshot wrote {[p.name for p in pngs]}: expected a PNG per tab")
    # The passphrase lock: Argon2 (cffi) and SQLCipher, both compiled extensions.
    passphrase = "frozen smoke passphrase 4 tests\n"
    run([str(app), "lock", "--data-dir", str(data)], env, expect="recovery key", stdin=passphrase)
    run([str(app), "search", "walk", "--data-dir", str(data)], env, stdin=passphrase)
    print(f"ok: {len(pngs)} screenshots of tabs and views; {from_version.strip()}")


def check_desktop_install(bundle: Path, work: Path, env: dict) -> None:
    """install-desktop into a throw-away HOME, start the launcher's command, uninstall."""
    sys.path.insert(0, str(ROOT / "packaging"))
    from make_icons import render_icons

    icons = render_icons(ROOT / "resources" / "icons" / "resilience.svg", work / "icons")
    home_env = dict(env, HOME=str(work / "home"))
    home_env.pop("XDG_DATA_HOME", None)
    installer = [sys.executable, str(ROOT / "packaging" / "install_desktop.py")]
    run(installer + ["install", "--bundle", str(bundle), "--icons", str(icons["hicolor"].parent)], home_env)
    launcher = work / "home/.local/share/applications/io.github.resilience_desktop.desktop"
    if shutil.which("desktop-file-validate"):
        run(["desktop-file-validate", str(launcher)], home_env)
    command = next(line[5:] for line in launcher.read_text().splitlines() if line.startswith("Exec="))
    run([command.strip('"'), "--version"], home_env, expect="resilience-desktop ")
    run(installer + ["uninstall"], home_env, expect="untouched")
    left = [str(p) for p in (work / "home").rglob("*") if not p.is_dir()]
    if left:
        raise SmokeFailure(f"uninstall-desktop left files behind: {left}")


def bundle_problems(bundle: Path) -> list[str]:
    """Files the frozen app needs that a spec change could silently drop."""
    internal = bundle / "_internal"
    needed = [internal / "resilience_desktop" / "resources" / "icons" / "resilience.svg"]
    sounds = ROOT / "resources" / "sounds"
    if sounds.is_dir():  # Calm's cues, and the Qt Multimedia that plays them
        needed += [internal / "resilience_desktop" / "resources" / "sounds" / wav.name
                   for wav in sounds.glob("*.wav")]
        qt = internal / "PySide6"
        if not list(qt.glob("QtMultimedia.*")):
            return ["PySide6.QtMultimedia is not in the bundle"]
        if not list((qt / "Qt" / "plugins" / "multimedia").glob("*")):
            return ["no Qt Multimedia backend plugin in the bundle"]
    # The interface translations (make qm) and Qt's own for the same languages.
    for ts in sorted((ROOT / "resources" / "translations").glob("resilience_*.ts")):
        lang = ts.stem.split("_", 1)[1]
        needed += [internal / "resilience_desktop" / "resources" / "translations" / f"{ts.stem}.qm",
                   internal / "PySide6" / "Qt" / "translations" / f"qtbase_{lang}.qm"]
    return [f"missing from the bundle: {path.relative_to(bundle)}" for path in needed if not path.is_file()]


def main(argv: list[str]) -> int:
    bundle = Path(argv[0]) if argv else ROOT / "dist" / "resilience-desktop"
    app = bundle / ("resilience-desktop.exe" if sys.platform == "win32" else "resilience-desktop")
    if not app.is_file():
        print(f"smoke_frozen: no frozen app at {app}: run `make package` first", file=sys.stderr)
        return 2
    problems = bundle_problems(bundle)
    if problems:
        print("smoke_frozen: FAILED: " + "; ".join(problems), file=sys.stderr)
        return 1
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("RESILIENCE_DATA_DIR", None)
    with tempfile.TemporaryDirectory(prefix="resilience-frozen-") as work:
        try:
            check_bundle(app, Path(work), env)
            if sys.platform.startswith("linux"):
                check_desktop_install(bundle, Path(work), env)
        except SmokeFailure as failure:
            print(f"smoke_frozen: FAILED: {failure}", file=sys.stderr)
            return 1
    print("smoke_frozen: the frozen app starts and works")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
