"""make install-desktop / uninstall-desktop for the current user, with HOME in a tmp dir."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.packaging.conftest import PACKAGING

DESKTOP_ID = "io.github.resilience_desktop"


@pytest.fixture
def home(tmp_path) -> Path:
    home = tmp_path / "home"
    (home / ".local" / "share" / "applications").mkdir(parents=True)
    # Someone else's launcher and the user's Resilience data: both must survive.
    (home / ".local" / "share" / "applications" / "other.desktop").write_text("[Desktop Entry]\n")
    data = home / ".local" / "share" / "resilience-desktop"
    data.mkdir()
    (data / "resilience.sqlite3").write_bytes(b"my journal")
    return home


@pytest.fixture
def bundle(tmp_path) -> Path:
    bundle = tmp_path / "dist" / "resilience-desktop"
    (bundle / "_internal").mkdir(parents=True)
    executable = bundle / "resilience-desktop"
    executable.write_text("#!/bin/sh\necho resilience-desktop 0.1.0\n")
    executable.chmod(0o755)
    (bundle / "_internal" / "libQt6Core.so.6").write_bytes(b"\0" * 10)
    return bundle


def run_installer(home: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "XDG_DATA_HOME"}
    env["HOME"] = str(home)
    result = subprocess.run([sys.executable, str(PACKAGING / "install_desktop.py"), *args],
                            env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return result


def files_under(root: Path) -> set[str]:
    return {str(path.relative_to(root)) for path in root.rglob("*") if not path.is_dir()}


def test_install_puts_bundle_launcher_and_icons_in_the_users_folders(home, bundle, rendered_icons):
    run_installer(home, "install", "--bundle", str(bundle), "--icons", str(rendered_icons["hicolor"].parent))
    opt = home / ".local" / "opt" / "resilience-desktop"
    assert os.access(opt / "resilience-desktop", os.X_OK)
    assert (opt / "_internal" / "libQt6Core.so.6").is_file()
    launcher = (home / ".local/share/applications" / f"{DESKTOP_ID}.desktop").read_text()
    assert f"Exec={opt}/resilience-desktop\n" in launcher
    assert f"Icon={DESKTOP_ID}\n" in launcher
    hicolor = home / ".local/share/icons/hicolor"
    for size in (16, 48, 256, 512):
        assert (hicolor / f"{size}x{size}" / "apps" / f"{DESKTOP_ID}.png").is_file()
    assert (hicolor / "scalable" / "apps" / f"{DESKTOP_ID}.svg").is_file()
    assert (home / ".local/share/metainfo" / f"{DESKTOP_ID}.metainfo.xml").is_file()


def test_the_installed_launcher_starts_the_installed_bundle(home, bundle, rendered_icons):
    run_installer(home, "install", "--bundle", str(bundle), "--icons", str(rendered_icons["hicolor"].parent))
    launcher = (home / ".local/share/applications" / f"{DESKTOP_ID}.desktop").read_text()
    command = next(line for line in launcher.splitlines() if line.startswith("Exec="))[5:]
    result = subprocess.run([command], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "resilience-desktop 0.1.0"


def test_uninstall_removes_exactly_what_install_added_and_keeps_the_data(home, bundle, rendered_icons):
    before = files_under(home)
    run_installer(home, "install", "--bundle", str(bundle), "--icons", str(rendered_icons["hicolor"].parent))
    assert len(files_under(home)) > len(before) + 10
    result = run_installer(home, "uninstall")
    assert files_under(home) == before
    assert (home / ".local/share/resilience-desktop/resilience.sqlite3").read_bytes() == b"my journal"
    assert "data folder is untouched" in result.stdout


def test_reinstalling_replaces_the_old_bundle(home, bundle, rendered_icons):
    icons = str(rendered_icons["hicolor"].parent)
    run_installer(home, "install", "--bundle", str(bundle), "--icons", icons)
    (bundle / "_internal" / "libQt6Core.so.6").unlink()
    (bundle / "_internal" / "libQt6Core.so.7").write_bytes(b"new")
    run_installer(home, "install", "--bundle", str(bundle), "--icons", icons)
    internal = home / ".local/opt/resilience-desktop/_internal"
    assert sorted(p.name for p in internal.iterdir()) == ["libQt6Core.so.7"]


def test_install_without_a_bundle_says_so(home, tmp_path):
    env = dict(os.environ, HOME=str(home))
    result = subprocess.run([sys.executable, str(PACKAGING / "install_desktop.py"), "install",
                             "--bundle", str(tmp_path / "nothing")], env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode != 0
    assert "make package" in result.stderr
    assert "Traceback" not in result.stderr


def test_exec_paths_with_spaces_and_quotes_are_escaped():
    from install_desktop import exec_argument

    assert exec_argument("/home/ann/.local/opt/resilience-desktop/resilience-desktop") == \
        "/home/ann/.local/opt/resilience-desktop/resilience-desktop"
    assert exec_argument("/home/a b/x") == '"/home/a b/x"'
    assert exec_argument('/h/a"b') == '"/h/a\\\\"b"'
    assert exec_argument("/h/100%") == "/h/100%%"
