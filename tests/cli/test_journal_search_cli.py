"""`resilience-desktop search WORDS` as a whole process."""

from __future__ import annotations

from datetime import date

import pytest

from resilience_desktop.core.db import close_database
from resilience_desktop.services.journal import entries as journal
from tests.conftest import run_cli

pytestmark = pytest.mark.slow


def test_search_prints_date_title_and_snippet(db):
    journal.save_entry(journal.EntryInput(entry_date=date(2024, 3, 2), title="Harbour",
                                          body="We watched the boats in the harbour."))
    journal.save_entry(journal.EntryInput(entry_date=date(2024, 3, 3), body="Nothing here."))
    close_database()
    result = run_cli("search", "harbour", "--data-dir", str(db.data_dir))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "2024-03-02  Harbour"
    assert "boats in the harbour" in lines[1]
    assert len(lines) == 2


def test_search_with_no_match_or_no_words_says_so(db):
    close_database()
    result = run_cli("search", "zebra", "--data-dir", str(db.data_dir))
    assert result.returncode == 1 and "No entries match 'zebra'" in result.stdout
    result = run_cli("search", '"', "--data-dir", str(db.data_dir))
    assert result.returncode == 1
    assert "at least one word" in result.stderr and "Traceback" not in result.stderr


def test_search_without_a_journal_is_a_plain_error(tmp_path):
    result = run_cli("search", "x", "--data-dir", str(tmp_path / "none"))
    assert result.returncode == 1 and "no journal" in result.stderr.lower()


def test_search_of_a_plain_journal_never_loads_the_models(tmp_path):
    """The reader door's plain connection: peewee (~70 ms) is not imported, nor logging
    (made on first record, core/log), dataclasses (~10 ms with inspect) or shutil (the
    help formatter reads the terminal's width itself): `search` is measured against jrnl
    as a whole process (issue 20)."""
    import subprocess
    import sys

    from tests.conftest import make_journal

    data_dir = make_journal(tmp_path / "data")
    code = ("import sys; from resilience_desktop.__main__ import main; "
            "code = main(['search', 'nothing-like-this', '--data-dir', sys.argv[1]]); "
            "print(*(m in sys.modules for m in ('peewee', 'logging', 'dataclasses', 'shutil')), "
            "code)")
    result = subprocess.run([sys.executable, "-c", code, str(data_dir)], capture_output=True,
                            text=True, timeout=120)
    assert result.stdout.splitlines()[-1] == "False False False False 1", \
        result.stdout + result.stderr


def test_search_help_is_wrapped_to_the_terminal_width():
    """COLUMNS (or the terminal) sets the width of --help, as argparse's own would."""
    narrow = run_cli("search", "--help", env_extra={"COLUMNS": "50"})
    wide = run_cli("search", "--help", env_extra={"COLUMNS": "200"})
    assert narrow.returncode == 0 and wide.returncode == 0
    text = narrow.stdout
    arguments = text[text.index("positional arguments:"):text.index("Every word must")]
    assert max(map(len, arguments.splitlines())) <= 48, text  # the examples stay as written
    assert "--limit N" in narrow.stdout
    assert len(wide.stdout.splitlines()) < len(narrow.stdout.splitlines())


def test_search_checks_and_reads_the_journal_on_one_connection(db, monkeypatch, capsys):
    """The reader door hands the cheap check's connection on to the search: SQLite parses
    the journal's schema once (~2.6 ms of a ~60 ms `search`, issue 20), and what SQLite
    made for that connection (-wal/-shm) is gone afterwards."""
    import sqlite3

    from resilience_desktop.__main__ import main
    from tests.session.helpers import file_hashes

    journal.save_entry(journal.EntryInput(entry_date=date(2024, 3, 2), title="Harbour",
                                          body="We watched the boats in the harbour."))
    close_database()
    before = file_hashes(db.data_dir)
    opened = []
    real_connect = sqlite3.connect
    monkeypatch.setattr(sqlite3, "connect",
                        lambda *args, **kwargs: opened.append(args[0]) or real_connect(*args, **kwargs))
    assert main(["search", "harbour", "--data-dir", str(db.data_dir)]) == 0
    assert "2024-03-02  Harbour" in capsys.readouterr().out
    assert len(opened) == 1 and "mode=ro" in opened[0]
    assert file_hashes(db.data_dir) == before
