"""No block of code graded too complex by radon (tools/check_complexity.py; `make test`
runs the tool too): D or worse anywhere, C or worse in the folders it lists."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _tool():
    spec = importlib.util.spec_from_file_location("check_complexity",
                                                  ROOT / "tools" / "check_complexity.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_no_block_is_graded_worse_than_its_folder_allows():
    assert _tool().too_complex(ROOT / "resilience_desktop") == []


def test_a_tangled_function_is_caught(tmp_path):
    tool = _tool()
    branches = "\n".join(f"    if x == {n}:\n        return {n}" for n in range(25))
    tangled = tmp_path / "tangled.py"
    tangled.write_text(f"def tangled(x):\n{branches}\n    return -1\n", encoding="utf-8")
    tool.REPO = tmp_path
    assert [line.split(" - ")[1][:1] for line in tool.too_complex(tmp_path)] == ["D"]
