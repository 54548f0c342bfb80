"""resource_path() finds the bundled files from a checkout, a wheel and a frozen bundle."""

from __future__ import annotations

import sys
from pathlib import Path

from resilience_desktop import paths

ICON = ("icons", "resilience.svg")


def _resources_at(root: Path) -> Path:
    icon = root.joinpath("resilience_desktop", "resources", *ICON)
    icon.parent.mkdir(parents=True)
    icon.write_text("<svg/>", encoding="utf-8")
    return icon


def test_a_source_checkout_finds_the_real_icon():
    icon = paths.resource_path(*ICON)
    assert icon.is_file()
    assert icon.read_text(encoding="utf-8").startswith("<svg")


def test_a_frozen_bundle_finds_resources_under_meipass(monkeypatch, tmp_path):
    icon = _resources_at(tmp_path / "_internal")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "_internal"), raising=False)
    assert paths.resource_path(*ICON) == icon


def test_a_frozen_bundle_without_meipass_looks_beside_the_executable(monkeypatch, tmp_path):
    icon = _resources_at(tmp_path)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "resilience-desktop"))
    assert paths.resource_path(*ICON) == icon


def test_an_installed_wheel_finds_resources_inside_the_package(monkeypatch, tmp_path):
    site_packages = tmp_path / "site-packages"
    icon = _resources_at(site_packages)
    monkeypatch.setattr(paths, "__file__", str(site_packages / "resilience_desktop" / "paths.py"))
    assert paths.resource_path(*ICON) == icon


def test_no_module_loads_files_relative_to_its_own_source():
    """Every resource goes through resource_path (frozen apps have no source tree)."""
    package = Path(paths.__file__).resolve().parent
    offenders = [str(module.relative_to(package)) for module in package.rglob("*.py")
                 if "__file__" in module.read_text(encoding="utf-8") and module.name != "paths.py"]
    assert offenders == []


def test_no_module_discovers_code_or_metadata_on_disk():
    """Frozen, there is no package tree to scan and no dist-info for the app:
    registries are explicit lists, the version is __version__."""
    package = Path(paths.__file__).resolve().parent
    scanners = ("pkgutil", "walk_packages", "iter_modules", "importlib.metadata", "pkg_resources")
    offenders = [f"{module.relative_to(package)}: {word}" for module in package.rglob("*.py")
                 for word in scanners if word in module.read_text(encoding="utf-8")]
    assert offenders == []
