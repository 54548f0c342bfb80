"""Export, import and backup keep calm practice sessions and custom patterns."""

import sqlite3
from datetime import datetime

from resilience_desktop.core.backup import write_verified_backup
from resilience_desktop.core.db import close_database
from resilience_desktop.core.models.calm import CalmSession
from resilience_desktop.core.startup import open_app_database
from resilience_desktop.paths import AppPaths
from resilience_desktop.services.calm import custom
from resilience_desktop.services.calm.sessions import (PracticeInput, list_practices,
                                                       log_practice, set_stress_after)
from resilience_desktop.services.transfer.document import export_json_file, import_json_file


def _log_some():
    custom.save_pattern(custom.PatternInput("Evening", 4, 2, 6.5, 0))
    first = log_practice(PracticeInput("breathing", "Evening", datetime(2026, 3, 1, 21), 130.0,
                                       160, stress_before=6))
    set_stress_after(first, 3)
    log_practice(PracticeInput("grounding", "5-4-3-2-1", datetime(2026, 3, 2, 9), 240,
                               notes="5 see: the kettle"))


def test_json_export_and_import_keep_practice_sessions(db, tmp_path):
    _log_some()
    before = list_practices()
    uids = sorted(row.uid for row in CalmSession.select())
    exported = export_json_file(tmp_path / "calm.json")
    close_database()
    open_app_database(AppPaths.resolve(tmp_path / "elsewhere"))
    import_json_file(exported)
    assert list_practices() == before
    assert sorted(row.uid for row in CalmSession.select()) == uids
    assert custom.find_pattern("Evening").exhale == 6.5
    import_json_file(exported)  # importing again adds nothing
    assert len(list_practices()) == 2


def test_a_backup_holds_the_practice_sessions(db, tmp_path):
    _log_some()
    backup = sqlite3.connect(write_verified_backup(tmp_path / "backup.sqlite3"))
    rows = backup.execute("SELECT kind, actual_seconds, stress_before, stress_after, notes "
                          "FROM calm_session ORDER BY started_at").fetchall()
    backup.close()
    assert rows == [("breathing", 130, 6, 3, ""), ("grounding", 240, None, None,
                                                     "5 see: the kettle")]
