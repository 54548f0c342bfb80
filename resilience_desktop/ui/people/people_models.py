"""Qt item models for the People tab, fed by set_rows() with service rows."""

from __future__ import annotations

from PySide6.QtGui import QBrush

from resilience_desktop.services.people.records import GROUP_KINDS, relationship_label
from resilience_desktop.services.people.contacts import CHANNELS
from resilience_desktop.services.people.status import DUE, OVERDUE, STATUS_LABELS
from resilience_desktop.ui.settings.theme import DARK_ERROR, on_base
from resilience_desktop.ui.widgets.rows_table_model import RowsTableModel
from resilience_desktop.services.dates import format_day
from resilience_desktop.services.wording import signed
from resilience_desktop.core.i18n import QT_TRANSLATE_NOOP, translate

# status -> (on a light Base, on a dark Base): each at least 4.5:1 on its rows
STATUS_COLOURS = {DUE: ("#8a5a00", "#e0b050"), OVERDUE: ("#b03a2e", DARK_ERROR)}


class PersonTableModel(RowsTableModel):
    """Rows are PersonStatus (services/people/status.py)."""

    HEADERS = (QT_TRANSLATE_NOOP("Resilience", "Name"), QT_TRANSLATE_NOOP("Resilience", "Relationship"), QT_TRANSLATE_NOOP("Resilience", "Closeness"), QT_TRANSLATE_NOOP("Resilience", "Last contact"), QT_TRANSLATE_NOOP("Resilience", "Status"), QT_TRANSLATE_NOOP("Resilience", "Next contact due"))
    STATUS_COLUMN = 4

    def display(self, row, column: int):
        if column == 0:
            return row.name
        if column == 1:
            return relationship_label(row.relationship)
        if column == 2:
            return "●" * row.closeness
        if column == 3:
            return format_day(row.last_contact, empty=translate("Resilience", "never"))
        if column == 4:
            text = translate("Resilience", STATUS_LABELS[row.status])
            snoozed = row.snoozed_until and row.status != "ok"
            return translate("Resilience", "{status} (snoozed)").format(status=text) if snoozed \
                else text
        return format_day(row.due_on)

    def foreground(self, row, column: int):
        if column == self.STATUS_COLUMN and row.status in STATUS_COLOURS:
            return QBrush(on_base(*STATUS_COLOURS[row.status]))
        return None

    def tooltip(self, row, column: int):
        return (translate("Resilience", "Keep in touch every {cadence_days}; {days_since} on the clock").format(cadence_days=translate('Resilience', '%n days', '%n day', row.cadence_days), days_since=translate('Resilience', '%n days', '%n day', row.days_since)))


class GroupTableModel(RowsTableModel):
    """Rows are (SocialGroup, member count)."""

    HEADERS = (QT_TRANSLATE_NOOP("Resilience", "Name"), QT_TRANSLATE_NOOP("Resilience", "Kind"), QT_TRANSLATE_NOOP("Resilience", "Schedule"), QT_TRANSLATE_NOOP("Resilience", "Members"))

    def display(self, row, column: int):
        group, members = row
        kind = translate("Resilience", GROUP_KINDS[group.kind]) if group.kind in GROUP_KINDS \
            else group.kind
        return (group.name, kind, group.schedule,
                str(members))[column]


def _or_blank(value, shown) -> str:
    """shown(value), or nothing where the value was not recorded."""
    return "" if value is None else shown(value)


def _channel_name(channel: str) -> str:
    return translate("Resilience", CHANNELS[channel]) if channel in CHANNELS else channel


# What each column of the contacts log shows of a ContactRow (ContactTableModel.HEADERS).
_CONTACT_CELLS = (
    lambda row: format_day(row.day),
    lambda row: ", ".join(row.people),
    lambda row: row.group,
    lambda row: _channel_name(row.channel),
    lambda row: _or_blank(row.duration_minutes, str),
    lambda row: _or_blank(row.felt_supported, "{}/5".format),
    lambda row: _or_blank(row.mood_after, signed),
    lambda row: row.note.splitlines()[0] if row.note else "",
)


class ContactTableModel(RowsTableModel):
    """Rows are ContactRow (services/people/contacts.py), newest first."""

    HEADERS = (QT_TRANSLATE_NOOP("Resilience", "Date"), QT_TRANSLATE_NOOP("Resilience", "Who"), QT_TRANSLATE_NOOP("Resilience", "Group"), QT_TRANSLATE_NOOP("Resilience", "How"), QT_TRANSLATE_NOOP("Resilience", "Minutes"), QT_TRANSLATE_NOOP("Resilience", "Felt supported"), QT_TRANSLATE_NOOP("Resilience", "Mood after"), QT_TRANSLATE_NOOP("Resilience", "Note"))

    def display(self, row, column: int):
        return _CONTACT_CELLS[column](row)

    def tooltip(self, row, column: int):
        if column == 1 and len(row.people) > 1:
            return ", ".join(row.people)
        return row.note or None
