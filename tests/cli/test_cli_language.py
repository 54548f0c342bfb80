"""The command line speaks the person's language: Settings → Language, else the system
locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), as the window does. A German or Spanish run
loads the shipped translation with Qt Core only (no QtGui, no QtWidgets); an English run
imports no Qt at all. Lines scripts read (`check`'s "key: value") stay as they are."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from resilience_desktop.qt_translation import system_languages, wanted_translation
from tests.conftest import make_journal
from tests.i18n.helpers import compile_shipped

# The verb run in a fresh interpreter with the translations compiled for the test (the
# shipped .qm files are built by `make install`/`make package`, not kept in the repo);
# it prints which Qt modules the run imported on a last line.
RUN = """\
import sys
from resilience_desktop import qt_translation
qt_translation.translations_dir = lambda: sys.argv[1]
from resilience_desktop.__main__ import main
try:
    code = main(sys.argv[2:])
finally:
    qt = sorted(m for m in sys.modules if m.startswith("PySide6"))
    print("QT-MODULES:" + ",".join(qt))
sys.exit(code)
"""
ENGLISH = {"LANG": "en_US.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": ""}


@pytest.fixture(scope="module")
def qm_dir(tmp_path_factory):
    return compile_shipped(tmp_path_factory.mktemp("qm"))


def run(qm_dir, *args: str, env: dict | None = None, stdin: str = ""):
    import os

    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **ENGLISH, **(env or {})}
    done = subprocess.run([sys.executable, "-c", RUN, str(qm_dir), *args], capture_output=True,
                          text=True, env=environment, input=stdin, timeout=120)
    *lines, last = done.stdout.rstrip("\n").split("\n")
    assert last.startswith("QT-MODULES:")
    return done.returncode, "\n".join(lines), done.stderr, [m for m in last[11:].split(",") if m]


def test_a_german_locale_gets_german_messages_from_qt_core_only(qm_dir, tmp_path):
    german = {"LANGUAGE": "de", "LC_ALL": "de_DE.UTF-8"}
    code, out, err, qt = run(qm_dir, "check", "--data-dir", str(tmp_path / "none"), env=german)
    assert code == 3
    assert err.strip() == (f"resilience-desktop: Kein Tagebuch in {tmp_path / 'none'}; "
                           "es wurde nichts geprüft.")
    assert "PySide6.QtCore" in qt
    assert not any(m.startswith(("PySide6.QtGui", "PySide6.QtWidgets")) for m in qt)

    make_journal(tmp_path / "journal")
    code, out, err, _ = run(qm_dir, "search", "walk", "--data-dir", str(tmp_path / "journal"),
                            env=german)
    assert code == 1 and out == "Keine Einträge passen zu 'walk'."
    code, out, err, _ = run(qm_dir, "write", "--data-dir", str(tmp_path / "journal"),
                            env={"LC_ALL": "de_DE.UTF-8"}, stdin="  \n")
    assert code == 1 and "Der Eintrag ist leer: Es wurde nichts geschrieben." in err


def test_check_keeps_its_key_value_lines_for_scripts(qm_dir, tmp_path):
    journal = make_journal(tmp_path / "journal")
    code, out, err, _ = run(qm_dir, "check", "--data-dir", str(journal),
                            env={"LC_ALL": "de_DE.UTF-8"})
    english_code, english_out, _, _ = run(qm_dir, "check", "--data-dir", str(journal))
    assert code == english_code == 0 and out == english_out
    assert "quick_check: ok" in out and "journal_entry: 0" in out


def test_the_language_chosen_in_settings_wins_over_the_system(qm_dir, tmp_path):
    journal = make_journal(tmp_path / "journal")
    (journal / "language.json").write_text(json.dumps({"language": "es"}), encoding="utf-8")
    code, out, err, _ = run(qm_dir, "search", "paseo", "--data-dir", str(journal),
                            env={"LC_ALL": "de_DE.UTF-8"})
    assert code == 1 and out == "Ninguna entrada coincide con 'paseo'."
    (journal / "language.json").write_text(json.dumps({"language": "en"}), encoding="utf-8")
    code, out, err, qt = run(qm_dir, "search", "walk", "--data-dir", str(journal),
                             env={"LC_ALL": "de_DE.UTF-8"})
    assert out == "No entries match 'walk'." and qt == []


def test_an_english_run_imports_no_qt(qm_dir, tmp_path):
    journal = make_journal(tmp_path / "journal")
    code, out, err, qt = run(qm_dir, "search", "walk", "--data-dir", str(journal))
    assert code == 1 and out == "No entries match 'walk'."
    assert qt == []
    code, out, err, qt = run(qm_dir, "check", "--data-dir", str(journal),
                             env={"LANG": "fr_FR.UTF-8"})  # no French translation: English
    assert code == 0 and "quick_check: ok" in out and qt == []


@pytest.mark.parametrize(("environ", "expected"), [
    ({"LANG": "de_DE.UTF-8"}, "de"),
    ({"LC_ALL": "es_MX.UTF-8", "LANG": "de_DE.UTF-8"}, "es"),  # LC_ALL before LANG
    ({"LC_MESSAGES": "es_ES", "LANG": "en_GB.UTF-8"}, "es"),
    ({"LANGUAGE": "fr:de", "LANG": "fr_FR.UTF-8"}, "de"),  # the first one translated, as Qt
    ({"LANGUAGE": "", "LANG": "C.UTF-8"}, "en"),
    ({"LANG": "fr_FR.UTF-8"}, "en"),
    ({"LANG": "de_AT@euro"}, "de"),
])
def test_the_system_language_is_read_as_qt_reads_it(environ, expected):
    assert wanted_translation("system", environ) == expected


def test_a_chosen_language_ignores_the_system():
    assert wanted_translation("en", {"LANG": "de_DE.UTF-8"}) == "en"
    assert wanted_translation("de", {"LANG": "en_US.UTF-8"}) == "de"
    assert system_languages({"LANGUAGE": "de_CH:es", "LANG": "POSIX"}) == ["de", "es"]
