"""Compiling translations for tests (pyside6-lrelease from the venv, into tmp dirs)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"


def lrelease(ts: Path, qm: Path) -> Path:
    tool = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(tool), "-silent", str(ts), "-qm", str(qm)], check=True,
                   capture_output=True)
    return qm


def compile_shipped(folder: Path) -> Path:
    """resilience_<lang>.qm for every shipped .ts, into folder; returns folder."""
    for ts in TS_DIR.glob("resilience_*.ts"):
        lrelease(ts, folder / f"{ts.stem}.qm")
    return folder
