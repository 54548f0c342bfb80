"""The list of backups as a Qt table model (date, kind, size)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from resilience_desktop.core.backup import BackupFile

KIND_LABELS = {
    "auto": "Automatic",
    "manual": "Made by you",
    "before-restore": "Before a restore",
    "before-migration": "Before an update",
}


def human_size(size: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024
    return str(size)


class BackupTableModel(QAbstractTableModel):
    HEADERS = ("Date", "Kind", "Size")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[BackupFile] = []

    def set_rows(self, rows: list[BackupFile]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def backup_at(self, row: int) -> BackupFile:
        return self._rows[row]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.HEADERS[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        backup = self._rows[index.row()]
        column = index.column()
        if column == 0:
            return backup.created.strftime("%Y-%m-%d %H:%M:%S")
        if column == 1:
            return KIND_LABELS.get(backup.kind, backup.kind)
        return human_size(backup.size)
