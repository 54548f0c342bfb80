"""Side panels of the People tab: the losing-touch list and the support map."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (QGroupBox, QHBoxLayout, QLabel, QListView, QPushButton, QSpinBox,
                               QVBoxLayout, QWidget)

from resilience_desktop.services.people.records import relationship_label
from resilience_desktop.services.dates import format_day
from resilience_desktop.core.i18n import translate

MAX_NAMES = 6  # support map: names shown per kind before "and N more"


class LosingTouchListModel(QAbstractListModel):
    """Rows are overdue PersonStatus, most overdue first."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list = []

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        status = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            last = format_day(status.last_contact, empty=translate("Resilience", "never"))
            return (translate("Resilience", "{name} — {days_overdue} overdue\n    {lower}, last contact {last}").format(name=status.name, days_overdue=translate('Resilience', '%n days', '%n day', status.days_overdue), lower=relationship_label(status.relationship), last=last))
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate("Resilience", "Aim: every {cadence_days}").format(cadence_days=translate('Resilience', '%n days', '%n day', status.cadence_days))
        return None


class LosingTouchPanel(QGroupBox):
    log_requested = Signal(int)  # person id
    snooze_requested = Signal(int, int)  # person id, days

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("Resilience", "Losing touch"), parent)
        layout = QVBoxLayout(self)
        self.empty_label = QLabel(translate("Resilience", "Nobody is overdue. You are keeping in touch."))
        self.empty_label.setObjectName("empty_label")
        self.empty_label.setWordWrap(True)
        self.list_model = LosingTouchListModel(self)
        self.list_view = QListView()
        self.list_view.setObjectName("list_view")
        self.list_view.setAccessibleName(translate("Resilience", "Losing touch: people overdue for contact"))
        self.list_view.setModel(self.list_model)
        self.list_view.setAlternatingRowColors(True)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.list_view, 1)
        row = QHBoxLayout()
        self.log_button = QPushButton(translate("Resilience", "Log contact…"))
        self.log_button.setObjectName("log_button")
        self.log_button.setAccessibleName(self.tr("Log a contact with the person chosen above"))
        self.log_button.clicked.connect(self._on_log_button_clicked)
        self.snooze_button = QPushButton(translate("Resilience", "Snooze"))
        self.snooze_button.setObjectName("snooze_button")
        self.snooze_button.clicked.connect(self._on_snooze_button_clicked)
        self.snooze_days_spin = QSpinBox()
        self.snooze_days_spin.setObjectName("snooze_days_spin")
        self.snooze_days_spin.setRange(1, 365)
        self.snooze_days_spin.setValue(14)
        self.snooze_days_spin.setSuffix(translate("Resilience", " days"))
        self.snooze_days_spin.setAccessibleName(translate("Resilience", "Snooze for how many days"))
        row.addWidget(self.log_button)
        row.addStretch(1)
        row.addWidget(self.snooze_button)
        row.addWidget(self.snooze_days_spin)
        layout.addLayout(row)

    def set_rows(self, rows: list) -> None:
        self.list_model.set_rows(rows)
        self.empty_label.setVisible(not rows)
        self.list_view.setVisible(bool(rows))
        self.log_button.setEnabled(bool(rows))
        self.snooze_button.setEnabled(bool(rows))
        if rows:
            self.list_view.setCurrentIndex(self.list_model.index(0, 0))

    def names(self) -> list[str]:
        return [self.list_model.row_at(i).name for i in range(self.list_model.rowCount())]

    def _selected_id(self) -> int | None:
        status = self.list_model.row_at(self.list_view.currentIndex().row())
        return None if status is None else status.person_id

    def _on_log_button_clicked(self) -> None:
        person_id = self._selected_id()
        if person_id is not None:
            self.log_requested.emit(person_id)

    def _on_snooze_button_clicked(self) -> None:
        person_id = self._selected_id()
        if person_id is not None:
            self.snooze_requested.emit(person_id, self.snooze_days_spin.value())


class SupportMapPanel(QGroupBox):
    """For each kind of support, who gives it; a gentle note where nobody does yet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("Resilience", "Who supports me"), parent)
        layout = QVBoxLayout(self)
        self.map_label = QLabel()
        self.map_label.setObjectName("map_label")
        self.map_label.setWordWrap(True)
        self.map_label.setTextFormat(Qt.TextFormat.RichText)
        self.map_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.map_label)

    def set_entries(self, entries: list) -> None:
        parts = []
        for entry in entries:
            if entry.names:
                shown = ", ".join(escape(name) for name in entry.names[:MAX_NAMES])
                more = len(entry.names) - MAX_NAMES
                if more > 0:
                    shown += translate("Resilience", " and {more} more").format(more=more)
                parts.append(f"<b>{translate('Resilience', entry.label)}</b>: {shown}")
            else:
                parts.append(f"<b>{translate('Resilience', entry.label)}</b>: <i style='color:#8a5a00'>"
                             f"{escape(translate('Resilience', entry.note))}</i>")
        self.map_label.setText("<br>".join(parts))
