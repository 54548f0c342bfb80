"""Helpers for the packaging scripts in packaging/ (not an importable package)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"
ROOT = PACKAGING.parent
sys.path.insert(0, str(PACKAGING))


@pytest.fixture(scope="session")
def rendered_icons(tmp_path_factory) -> dict:
    from make_icons import render_icons

    return render_icons(ROOT / "resources" / "icons" / "resilience.svg",
                        tmp_path_factory.mktemp("icons"))
