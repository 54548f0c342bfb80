"""A windowed Windows build starts with no stdout/stderr; the verbs must still run."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import run_cli

WINDOWED = (
    "import sys\n"
    "sys.stdout = None; sys.stderr = None  # what a console=False .exe gets\n"
    "from resilience_desktop.__main__ import main\n"
    "rc = main(sys.argv[2:])\n"
    "open(sys.argv[1], 'w').write(str(rc))\n"
)


def run_windowed(result_file, *args: str) -> str:
    done = subprocess.run([sys.executable, "-c", WINDOWED, str(result_file), *args],
                          capture_output=True, text=True, timeout=120)
    assert "Traceback" not in done.stderr, done.stderr
    return result_file.read_text()


def test_search_and_check_run_without_standard_streams(tmp_path):
    data = tmp_path / "data"
    assert run_cli("demo", "--years", "1", "--data-dir", str(data)).returncode == 0
    assert run_windowed(tmp_path / "search.rc", "search", "walk", "--data-dir", str(data)) == "0"
    assert run_windowed(tmp_path / "check.rc", "check", "--data-dir", str(data)) == "0"


def test_a_bad_argument_without_standard_streams_exits_cleanly(tmp_path):
    done = subprocess.run([sys.executable, "-c", WINDOWED.replace("rc = main", "rc = 'x'; rc = main"),
                           str(tmp_path / "rc"), "no-such-verb"], capture_output=True, text=True, timeout=120)
    assert "Traceback" not in done.stderr
    assert done.returncode == 2  # argparse's usage error, written nowhere, no crash
