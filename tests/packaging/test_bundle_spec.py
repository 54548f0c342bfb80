"""The PyInstaller spec never leaves out a Qt module the app imports."""

from __future__ import annotations

import ast
import re

from tests.packaging.conftest import PACKAGING, ROOT

SPEC = PACKAGING / "resilience-desktop.spec"


def excluded_qt_modules() -> set[str]:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "QT_EXCLUDES":
            names = node.value.generators[0].iter
            return {"PySide6." + element.value for element in names.elts}
    raise AssertionError("QT_EXCLUDES not found in the spec")


def qt_modules_the_app_imports() -> set[str]:
    found = set()
    for module in (ROOT / "resilience_desktop").rglob("*.py"):
        found |= set(re.findall(r"PySide6\.Qt\w+", module.read_text(encoding="utf-8")))
    return found


def test_the_spec_keeps_every_qt_module_the_app_imports():
    excluded, used = excluded_qt_modules(), qt_modules_the_app_imports()
    assert {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets"} <= used
    assert used & excluded == set()


def test_the_spec_keeps_calms_sound_and_speech_modules():
    excluded = excluded_qt_modules()
    assert "PySide6.QtWebEngineCore" in excluded
    assert not {"PySide6.QtMultimedia", "PySide6.QtTextToSpeech", "PySide6.QtSvg"} & excluded


def test_the_spec_collects_every_submodule_and_the_resources():
    text = SPEC.read_text(encoding="utf-8")
    assert 'collect_submodules("resilience_desktop")' in text
    assert '"resilience_desktop/resources"' in text
    assert "upx=False" in text and "upx=True" not in text
