"""Every message of every shipped translation is finished, and keeps its placeholders.

A new string in the code arrives in the .ts files unfinished (`make translations`);
this test then fails until it is translated. See docs/translations.md.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest

from tests.i18n.helpers import ROOT, TS_DIR

TS_FILES = sorted(TS_DIR.glob("resilience_*.ts"))
FIELD = re.compile(r"\{(\w*)[^{}]*\}|(%n)")  # a field's name (its format may differ), %n


def _messages(ts):
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        forms = [form.text or "" for form in translation.iter("numerusform")] \
            if message.get("numerus") == "yes" else [translation.text or ""]
        yield message.findtext("source"), translation.get("type"), forms


def _fields(text: str) -> set[str]:
    return {name or percent for name, percent in FIELD.findall(text)}


def test_german_and_spanish_are_shipped():
    assert {ts.stem for ts in TS_FILES} >= {"resilience_de", "resilience_es"}


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda path: path.stem)
def test_every_message_is_finished_and_not_empty(ts):
    open_ones = [source for source, kind, forms in _messages(ts)
                 if kind in ("unfinished", "vanished", "obsolete")
                 or not all(form.strip() for form in forms)]
    assert not open_ones, f"{len(open_ones)} unfinished in {ts.name}, e.g. {open_ones[:5]}"


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda path: path.stem)
def test_every_translation_keeps_the_placeholders(ts):
    wrong = []
    for source, _kind, forms in _messages(ts):
        wanted = _fields(source)
        for form in forms:
            if _fields(form) != wanted:
                wrong.append((source, form))
    assert not wrong, f"{len(wrong)} in {ts.name} change a placeholder, e.g. {wrong[:3]}"


def test_every_plural_message_is_listed_for_lupdate():
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "plural_messages.py"),
                             "--check"], cwd=ROOT)
    assert result.returncode == 0, "run `make translations` (core/plural_messages.py is stale)"


def test_no_code_comment_reaches_the_translators():
    """lupdate turns a `#:` comment before a translate() call into a translator note
    (<extracomment>): code comments are plain `#` (a note for translators would be one
    deliberately written, and none is)."""
    marked = [f"{path.relative_to(ROOT)}:{number}"
              for path in sorted((ROOT / "resilience_desktop").rglob("*.py"))
              for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
              if line.lstrip().startswith("#:")]
    assert not marked, f"`#:` comments become translator notes; use `#`: {marked[:5]}"
    noted = [ts.name for ts in TS_FILES if "<extracomment>" in ts.read_text(encoding="utf-8")]
    assert not noted, f"translator notes from code comments in {noted}: run `make translations`"
