"""SessionDialog: log or edit one exercise session (calls services; never SQL)."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (QComboBox, QDateTimeEdit, QDialog, QDialogButtonBox,
                               QDoubleSpinBox, QFormLayout, QLabel, QListWidget,
                               QListWidgetItem, QPlainTextEdit, QSpinBox, QVBoxLayout)

from resilience_desktop.core import clock
from resilience_desktop.core.errors import ValidationError
from resilience_desktop.services.exercise import sessions as ex
from resilience_desktop.services.dates import qt_display_format
from resilience_desktop.ui.widgets.date_fields import limit_to_date_range
from resilience_desktop.core.i18n import QT_TRANSLATE_NOOP, format_trimmed, translate
from resilience_desktop.ui.settings.theme import ERROR_STYLE
from resilience_desktop.services.exercise.intensity import intensity_name

NOT_SET = QT_TRANSLATE_NOOP("Resilience", "not recorded")
KIND_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _optional_spin(low: int, high: int, name: str) -> QSpinBox:
    """A spin box whose lowest value (low − 1) means “not recorded”."""
    spin = QSpinBox()
    spin.setObjectName(name)
    spin.setRange(low - 1, high)
    spin.setSpecialValueText(translate("Resilience", NOT_SET))
    spin.setValue(low - 1)
    return spin


def _set_value(spin: QSpinBox | QDoubleSpinBox) -> float | None:
    """The spin box's value, or None at its lowest value, which means “not recorded”
    (its special value text)."""
    return None if spin.value() <= spin.minimum() else spin.value()


class SessionDialog(QDialog):
    """Fills a SessionInput; save() writes it and reports problems in error_label."""

    def __init__(self, parent=None, session: ex.SessionRow | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("session_dialog")
        self.session = session
        self.saved_id: int | None = None
        self.setWindowTitle(translate("Resilience", "Edit session") if session else translate("Resilience", "Log a session"))
        self._build()
        self._fill(session)

    def _build(self) -> None:
        form = QFormLayout()
        self.started_edit = QDateTimeEdit()
        self.started_edit.setObjectName("started_edit")
        self.started_edit.setCalendarPopup(True)
        limit_to_date_range(self.started_edit)
        self.started_edit.setDisplayFormat(f"{qt_display_format()}  HH:mm")
        self.activity_combo = QComboBox()
        self.activity_combo.setObjectName("activity_combo")
        for activity in ex.list_activities():
            self.activity_combo.addItem(translate("Resilience", "{name}  ({met} MET, {intensity})").format(name=activity.name, met=format_trimmed(activity.met, 2), intensity=intensity_name(activity.intensity)), activity.id)
        self.minutes_spin = QSpinBox()
        self.minutes_spin.setObjectName("minutes_spin")
        self.minutes_spin.setRange(1, 1440)
        self.minutes_spin.setValue(30)
        self.minutes_spin.setSuffix(translate("Resilience", " min"))
        self.effort_spin = _optional_spin(0, 10, "effort_spin")
        self.distance_spin = QDoubleSpinBox()
        self.distance_spin.setObjectName("distance_spin")
        self.distance_spin.setRange(-0.01, 2000)
        self.distance_spin.setDecimals(2)
        self.distance_spin.setSpecialValueText(translate("Resilience", NOT_SET))
        self.distance_spin.setSuffix(translate("Resilience", " km"))
        self.distance_spin.setValue(-0.01)
        self.mood_before_spin = _optional_spin(-5, 5, "mood_before_spin")
        self.mood_after_spin = _optional_spin(-5, 5, "mood_after_spin")
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setObjectName("notes_edit")
        self.notes_edit.setMaximumHeight(80)
        form.addRow(translate("Resilience", "Date and start"), self.started_edit)
        form.addRow(translate("Resilience", "Activity"), self.activity_combo)
        form.addRow(translate("Resilience", "Minutes"), self.minutes_spin)
        form.addRow(translate("Resilience", "Perceived effort (0–10)"), self.effort_spin)
        form.addRow(translate("Resilience", "Distance"), self.distance_spin)
        form.addRow(translate("Resilience", "Mood before (−5 … +5)"), self.mood_before_spin)
        form.addRow(translate("Resilience", "Mood after (−5 … +5)"), self.mood_after_spin)
        form.addRow(translate("Resilience", "With whom"), self._build_company())
        form.addRow(translate("Resilience", "Notes"), self.notes_edit)
        from resilience_desktop.ui.exercise.activity_dialog import COMPENDIUM_SOURCE

        self.source_label = QLabel(translate("Resilience", COMPENDIUM_SOURCE))
        self.source_label.setObjectName("source_label")
        self.source_label.setWordWrap(True)
        self.source_label.setStyleSheet("color: palette(placeholder-text); font-size: 9pt;")
        self.error_label = QLabel()
        self.error_label.setObjectName("error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                           | QDialogButtonBox.StandardButton.Cancel)
        self.button_box.setObjectName("button_box")
        self.button_box.accepted.connect(self._on_button_box_accepted)
        self.button_box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.source_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.button_box)

    def _build_company(self):
        self.company_list = QListWidget()
        self.company_list.setObjectName("company_list")
        self.company_list.setMaximumHeight(110)
        for kind, items in (("person", ex.list_people()), ("group", ex.list_groups())):
            for item in items:
                entry = QListWidgetItem(item.name if kind == "person" else translate("Resilience", "{name} (group)").format(name=item.name))
                entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                entry.setCheckState(Qt.CheckState.Unchecked)
                entry.setData(KIND_ROLE, kind)
                entry.setData(ID_ROLE, item.id)
                self.company_list.addItem(entry)
        if self.company_list.count():
            return self.company_list
        self.company_hint = QLabel(translate("Resilience", "Add people and groups in the People tab to note who you "
                                   "exercised with."))
        self.company_hint.setObjectName("company_hint")
        self.company_hint.setWordWrap(True)
        return self.company_hint

    def _fill(self, session: ex.SessionRow | None) -> None:
        now = clock.now_to_second()
        if session is None:
            self.started_edit.setDateTime(QDateTime(now))
            return
        self.started_edit.setDateTime(QDateTime(session.started_at))
        self.activity_combo.setCurrentIndex(self.activity_combo.findData(session.activity_id))
        self.minutes_spin.setValue(session.minutes)
        self.effort_spin.setValue(-1 if session.effort is None else session.effort)
        self.distance_spin.setValue(-0.01 if session.distance_km is None else session.distance_km)
        self.mood_before_spin.setValue(-6 if session.mood_before is None else session.mood_before)
        self.mood_after_spin.setValue(-6 if session.mood_after is None else session.mood_after)
        self.notes_edit.setPlainText(session.notes)
        chosen = {("person", i) for i in session.person_ids} | {("group", i) for i in session.group_ids}
        for row in range(self.company_list.count()):
            entry = self.company_list.item(row)
            if (entry.data(KIND_ROLE), entry.data(ID_ROLE)) in chosen:
                entry.setCheckState(Qt.CheckState.Checked)

    def session_input(self) -> ex.SessionInput:
        return ex.SessionInput(
            started_at=self.started_edit.dateTime().toPython().replace(second=0, microsecond=0),
            activity_id=self.activity_combo.currentData(),
            minutes=self.minutes_spin.value(),
            effort=_set_value(self.effort_spin),
            distance_km=_set_value(self.distance_spin),
            notes=self.notes_edit.toPlainText(),
            mood_before=_set_value(self.mood_before_spin),
            mood_after=_set_value(self.mood_after_spin),
            person_ids=self._checked_company("person"),
            group_ids=self._checked_company("group"))

    def _checked_company(self, kind: str) -> tuple[int, ...]:
        """The ids of the people or groups (kind) ticked in the company list."""
        items = (self.company_list.item(row) for row in range(self.company_list.count()))
        return tuple(item.data(ID_ROLE) for item in items
                     if item.checkState() == Qt.CheckState.Checked and item.data(KIND_ROLE) == kind)

    def save(self) -> bool:
        """Write the session; on a problem show it in the dialog and return False."""
        try:
            data = self.session_input()
            if self.session is None:
                self.saved_id = ex.add_session(data)
            else:
                ex.update_session(self.session.id, data)
                self.saved_id = self.session.id
        except ValidationError as error:
            self.error_label.setText(str(error))
            return False
        return True

    def _on_button_box_accepted(self) -> None:
        if self.save():
            self.accept()
