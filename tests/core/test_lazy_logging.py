"""core/log: a logger made on first use still logs where the run chose (issue 20).

Each case runs in a fresh interpreter: the test runner itself has imported logging."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

DEFERRED_THEN_LOGGED = """
import sys
from pathlib import Path
from resilience_desktop.core.log import get_logger
from resilience_desktop.logging_setup import setup_logging
from resilience_desktop.core.log import defer_setup

log_dir = Path(sys.argv[1])
log = get_logger("resilience_desktop.example")
defer_setup(lambda: setup_logging(log_dir))
print("before", "logging" in sys.modules, (log_dir / "resilience.log").exists())
log.warning("export finished: %d entries", 3)
print("after", "logging" in sys.modules)
"""


def run_python(code: str, *args: str) -> list[str]:
    result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


def test_a_deferred_setup_runs_before_the_first_record_and_keeps_it(tmp_path: Path):
    log_dir = tmp_path / "logs"
    lines = run_python(DEFERRED_THEN_LOGGED, str(log_dir))
    assert lines == ["before False False", "after True"]
    written = (log_dir / "resilience.log").read_text(encoding="utf-8")
    assert "WARNING resilience_desktop.example: export finished: 3 entries" in written
    assert (log_dir / "resilience.log").stat().st_mode & 0o077 == 0


def test_a_read_only_verb_with_logs_in_its_data_folder_writes_no_log(tmp_path: Path):
    """search --data-dir: the logs would be inside the data folder, which a read-only
    command never writes, even when something is logged (a record is dropped)."""
    code = """
import sys
from pathlib import Path
from resilience_desktop.logging_setup import start_logging
from resilience_desktop.paths import AppPaths
from resilience_desktop.core.log import get_logger

paths = AppPaths.resolve(sys.argv[1])
start_logging("search", paths)
get_logger("resilience_desktop.example").error("the journal could not be read")
print(sorted(p.name for p in Path(sys.argv[1]).rglob("*")))
"""
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    assert run_python(code, str(data_dir)) == ["[]"]
