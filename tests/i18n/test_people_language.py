"""People's tables in German: relationships, statuses, group kinds, how a contact was
made and "never" are German words, as the rest of the window (they were English)."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QLocale

from resilience_desktop.ui.people.people_models import (ContactTableModel, GroupTableModel,
                                                        PersonTableModel)
from tests.i18n.helpers import compile_shipped


@pytest.fixture(scope="module")
def qm_dir(tmp_path_factory):
    return compile_shipped(tmp_path_factory.mktemp("qm"))


@pytest.fixture
def german(qapp, qm_dir):
    from resilience_desktop.ui.i18n import install_translators, remove_translators

    install_translators(qapp, "de", qm_dir=qm_dir)
    yield
    remove_translators(qapp)
    QLocale.setDefault(QLocale("en_US"))


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
