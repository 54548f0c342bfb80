"""A writer killed at any moment while replacing a file through the output guard leaves
the old file whole or the new one whole, never a mix; the data folder is never touched."""

from __future__ import annotations

import random

import pytest

from tests.kill_helpers import run_and_kill

pytestmark = pytest.mark.slow

WRITER = """
import sys
from pathlib import Path
from resilience_desktop.core.output_path import guarded_file
target, data = Path(sys.argv[1]), Path(sys.argv[2])
print("ready", flush=True)
for version in range(1, 10_000):
    with guarded_file(target, data, force=True) as handle:
        handle.write(f"start {version}\\n")
        for _ in range(2_000):
            handle.write("x" * 500 + "\\n")
        handle.write(f"end {version}\\n")
    print(version, flush=True)
"""


def _version(text: str) -> int:
    first, last = text.splitlines()[0], text.splitlines()[-1]
    assert first.startswith("start ") and last == "end " + first.removeprefix("start ")
    return int(first.removeprefix("start "))


def test_a_kill_while_writing_leaves_a_whole_file_and_nothing_inside_the_data_folder(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "vault.json").write_text("key")
    target = tmp_path / "out" / "export.json"
    target.parent.mkdir()
    target.write_text("start 0\nend 0\n")
    rng = random.Random(17)
    for _run in range(8):
        acknowledged = run_and_kill(WRITER, [target, data], rng, max_delay=0.6)
        version = _version(target.read_text())  # whole, never half
        assert version >= max(acknowledged, default=0)
        leftovers = [p.name for p in target.parent.iterdir() if p != target]
        assert all(name.startswith(".export.json.") and name.endswith(".partial")
                   for name in leftovers)  # beside the target, hidden, never elsewhere
    assert [p.name for p in data.iterdir()] == ["vault.json"]
    assert (data / "vault.json").read_text() == "key"
