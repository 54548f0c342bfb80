"""People item models without a window."""

from datetime import date

from PySide6.QtCore import Qt

from resilience_desktop.services.people.contacts import ContactRow
from resilience_desktop.services.people.status import PersonStatus
from resilience_desktop.ui.people.people_models import ContactTableModel, PersonTableModel


def _status(**kw):
    base = dict(person_id=1, name="Ann", relationship="close_friend", closeness=4, supports=[],
                cadence_days=30, last_contact=None, days_since=50, status="overdue",
                due_on=date(2026, 1, 31), snoozed_until=None)
    base.update(kw)
    return PersonStatus(**base)


def test_person_table_model_rows(qapp):
    model = PersonTableModel()
    model.set_rows([_status(), _status(name="Bo", status="ok", last_contact=date(2026, 3, 1),
                                       snoozed_until=date(2026, 4, 1))])
    assert model.rowCount() == 2 and model.columnCount() == 6
    cells = [model.data(model.index(0, c)) for c in range(6)]
    assert cells == ["Ann", "Close friend", "●●●●", "never", "Overdue", "Sat 31 Jan 2026"]
    assert model.data(model.index(1, 4)) == "OK"
    assert model.data(model.index(0, 4), Qt.ItemDataRole.ForegroundRole) is not None
    model.set_rows([_status(snoozed_until=date(2026, 4, 1))])
    assert model.data(model.index(0, 4)) == "Overdue (snoozed)"


def test_contact_table_model_rows(qapp):
    model = ContactTableModel()
    model.set_rows([ContactRow(7, date(2026, 2, 3), ["Ann", "Bo"], "Choir", "video", 30, 4, -2,
                               "first line\nsecond")])
    assert [model.data(model.index(0, c)) for c in range(8)] == [
        "Tue 3 Feb 2026", "Ann, Bo", "Choir", "Video", "30", "4/5", "-2", "first line"]
