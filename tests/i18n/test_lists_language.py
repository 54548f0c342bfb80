"""Tables and lists in German: People's relationships, statuses, group kinds, contact
channels and "never", the Journal list's months and entry kinds, Calm's practice names
and backup kinds are German words, as the rest of the window (they were English)."""

from __future__ import annotations

from datetime import date, datetime
from types import SimpleNamespace

import pytest

from resilience_desktop.ui.people.people_models import (ContactTableModel, GroupTableModel,
                                                        PersonTableModel)


def _person(**changes):
    row = dict(name="Ada", relationship="close_friend", closeness=3, last_contact=None,
               status="overdue", snoozed_until=date(2026, 12, 20), due_on=date(2026, 12, 1))
    return SimpleNamespace(**{**row, **changes})


def test_people_tables_show_german_words_in_a_german_window(german, qapp):
    people = PersonTableModel()
    person = _person()
    assert people.display(person, 1) == "Enge Freundin oder enger Freund"
    assert people.display(person, 3) == "nie"
    assert people.display(person, 4) == "Überfällig (verschoben)"
    assert people.display(_person(snoozed_until=None, status="due"), 4) == "Fällig"
    groups = GroupTableModel()
    group = SimpleNamespace(name="Lesekreis", kind="book_club", schedule="")
    assert groups.display((group, 4), 1) == "Buchclub"
    contacts = ContactTableModel()
    contact = SimpleNamespace(channel="in_person")
    assert contacts.display(contact, 3) == "Persönlich"


def test_people_tables_in_english_are_unchanged(qapp):
    people = PersonTableModel()
    assert people.display(_person(), 1) == "Close friend"
    assert people.display(_person(), 4) == "Overdue (snoozed)"
    assert people.display(_person(), 3) == "never"


def test_journal_calm_and_backup_lists_speak_german(german, qapp):
    """The Journal list's month headings, Calm's practice names and reading, and the
    backup kinds were English in a German window."""
    from pathlib import Path

    from resilience_desktop.core.backup import BackupFile
    from resilience_desktop.services.calm.chart_readings import practice_reading
    from resilience_desktop.services.calm.charts import PracticeWeek
    from resilience_desktop.services.calm.labels import practice_label
    from resilience_desktop.ui.journal.entry_list_model import month_label
    from resilience_desktop.ui.safety.backup_table_model import BackupTableModel

    assert month_label(date(2026, 12, 5)) == "Dezember 2026"
    assert practice_label("breathing", "Box") == "Atmung: Box"
    weeks = [PracticeWeek(date(2026, 11, 30), {"breathing": 21.0, "meditation": 5.0}, 3)]
    assert "das meiste davon Atmung (21 Minuten)" in practice_reading(weeks)
    backup = BackupFile(Path("x.sqlite3"), datetime(2026, 12, 5, 9, 0), 2048, "auto")
    assert BackupTableModel().display(backup, 1) == "Automatisch"


def test_journal_and_calm_lists_in_english_are_unchanged(qapp):
    from resilience_desktop.services.calm.labels import practice_label
    from resilience_desktop.ui.journal.entry_list_model import month_label

    assert month_label(date(2026, 12, 5)) == "December 2026"
    assert practice_label("breathing", "Box") == "Breathing: Box"


def test_today_s_looking_back_and_due_self_checks_speak_german(german, qapp):
    """"11 days ago" and "Rosenberg: due (last taken …)" were English on a German Today."""
    from resilience_desktop.services.insights.rhythm import DueCheck
    from resilience_desktop.services.journal.followups import how_long_ago

    today = date(2026, 12, 5)
    assert how_long_ago(date(2026, 11, 24), today) == "vor 11 Tagen"
    assert how_long_ago(date(2026, 12, 4), today) == "gestern"
    assert how_long_ago(date(2024, 12, 1), today) == "vor 2 Jahren"
    due = DueCheck("rses", "Rosenberg", date(2026, 1, 27), today)
    assert due.label().startswith("Rosenberg: fällig (zuletzt ausgefüllt ")
    assert DueCheck("rses", "Rosenberg", None, today).label() == \
        "Rosenberg: noch nicht ausgefüllt"


def test_the_output_guard_refuses_in_german(german, tmp_path):
    """A file the person chose that cannot be written is refused in their language."""
    from resilience_desktop.core.output_path import OutputRefused, check_output_file

    target = tmp_path / "export.json"
    target.write_text("{}", encoding="utf-8")
    with pytest.raises(OutputRefused) as refused:
        check_output_file(target, None, force=False)
    assert str(refused.value).startswith(f"{target} gibt es schon; mit --force wird")
    with pytest.raises(OutputRefused) as refused:
        check_output_file(tmp_path, None, force=True)
    assert str(refused.value).startswith(f"{tmp_path} ist ein Ordner, keine Datei")
