"""The list of backups as a Qt table model (date, kind, size)."""

from __future__ import annotations

from resilience_desktop.core.backup import BackupFile
from resilience_desktop.ui.widgets.rows_table_model import RowsTableModel
from resilience_desktop.core.i18n import QT_TRANSLATE_NOOP, format_decimal, translate

KIND_LABELS = {
    "auto": QT_TRANSLATE_NOOP("Resilience", "Automatic"),
    "manual": QT_TRANSLATE_NOOP("Resilience", "Made by you"),
    "before-restore": QT_TRANSLATE_NOOP("Resilience", "Before a restore"),
    "before-migration": QT_TRANSLATE_NOOP("Resilience", "Before an update"),
}


def human_size(size: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size} {unit}" if unit == "bytes" else f"{format_decimal(size, 1)} {unit}"
        size /= 1024
    return str(size)


class BackupTableModel(RowsTableModel):
    HEADERS = (QT_TRANSLATE_NOOP("Resilience", "Date"), QT_TRANSLATE_NOOP("Resilience", "Kind"), QT_TRANSLATE_NOOP("Resilience", "Size"))

    def backup_at(self, row: int) -> BackupFile:
        return self._rows[row]

    def display(self, backup: BackupFile, column: int):
        if column == 0:
            return backup.created.strftime("%Y-%m-%d %H:%M:%S")
        if column == 1:
            return translate("Resilience", KIND_LABELS[backup.kind]) if backup.kind in KIND_LABELS \
                else backup.kind
        return human_size(backup.size)
