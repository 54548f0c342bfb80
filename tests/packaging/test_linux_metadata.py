"""The .desktop file and AppStream metainfo describe the same app, completely."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest

from resilience_desktop import APP_ID, DESKTOP_ID, __version__
from tests.packaging.conftest import PACKAGING, ROOT

DESKTOP_FILE = PACKAGING / "linux" / f"{DESKTOP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{DESKTOP_ID}.metainfo.xml"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_launcher_names_the_app_its_icon_and_command():
    entry = desktop_entry()
    assert entry["Name"] == "Resilience"
    assert entry["Icon"] == DESKTOP_ID
    assert entry["Exec"] == APP_ID
    assert entry["Terminal"] == "false"
    assert entry["StartupWMClass"] == APP_ID


def test_the_metainfo_has_what_a_software_centre_shows():
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == DESKTOP_ID
    assert root.find("launchable").text == DESKTOP_FILE.name
    assert root.findtext("project_license") == "GPL-3.0-or-later"
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("name") == "Resilience"
    assert len(root.findall("description/p")) >= 2
    assert root.find("content_rating").get("type") == "oars-1.1"
    assert root.find("requires") is None
    assert root.find("releases/release").get("version") == __version__


def test_every_screenshot_is_one_of_the_readmes_images():
    root = ET.parse(METAINFO).getroot()
    images = [image.text for image in root.iter("image")]
    assert images
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for url in images:
        relative = url.split("/main/", 1)[1]
        assert (ROOT / relative).is_file(), relative
        assert relative in readme


@pytest.mark.skipif(not shutil.which("desktop-file-validate"),
                    reason="desktop-file-utils not installed (CI installs it)")
def test_desktop_file_validate_accepts_the_launcher():
    result = subprocess.run(["desktop-file-validate", str(DESKTOP_FILE)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and "error" not in result.stdout, result.stdout


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstream not installed (CI installs it)")
def test_appstreamcli_accepts_the_metainfo_offline():
    result = subprocess.run(["appstreamcli", "validate", "--no-net", "--pedantic", str(METAINFO)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
