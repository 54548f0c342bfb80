"""Settings (Ctrl+,): name, theme, date format, help-line region, week start,
stay-in-touch defaults, reminders, idle lock, and the data folder.

Save writes everything in one transaction and emits ``preferences_changed``
for each changed key; the main window makes each take effect (ui/settings/apply.py)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QTime, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QScrollArea, QSpinBox, QTimeEdit, QVBoxLayout,
                               QWidget)

from resilience_desktop.core import vault
from resilience_desktop.core.errors import UserFacingError
from resilience_desktop.services import dates, settings
from resilience_desktop.services.people.records import (MAX_CADENCE_DAYS, RELATIONSHIPS,
                                                        default_cadences)
from resilience_desktop.ui.settings.common import (language_combo, region_combo,
                                                   save_and_announce, save_language)
from resilience_desktop.ui.settings.reminders import NO_TRAY_NOTE, tray_available
from resilience_desktop.core.i18n import translate
from resilience_desktop.ui.settings.theme import ERROR_STYLE


def _combo(name: str, items: dict, current: str, accessible: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setAccessibleName(accessible)
    for key, label in items.items():
        combo.addItem(translate("Resilience", label), key)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class TimeChoice(QWidget):
    """A tick box and a time: "" when unticked, "HH:MM" when ticked."""

    def __init__(self, name: str, text: str, value: str, enabled: bool) -> None:
        super().__init__()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox(translate("Resilience", text))
        self.check.setObjectName(f"{name}_check")
        self.time_edit = QTimeEdit()
        self.time_edit.setObjectName(f"{name}_time")
        self.time_edit.setAccessibleName(translate("Resilience", "{text}: time").format(text=text))
        self.time_edit.setDisplayFormat("HH:mm")
        parsed = settings.parse_time(value) if value else None
        self.check.setChecked(parsed is not None and enabled)
        self.time_edit.setTime(QTime(*(parsed or (9, 0))))
        row.addWidget(self.check)
        row.addWidget(self.time_edit)
        row.addStretch(1)
        self.setEnabled(enabled)

    def value(self) -> str:
        return self.time_edit.time().toString("HH:mm") if self.check.isChecked() else ""


class SettingsDialog(QDialog):
    def __init__(self, context, parent=None, open_folder=None, tray=tray_available) -> None:
        super().__init__(parent)
        self.context = context
        self._open_folder = open_folder or (lambda path: QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(path))))
        self._tray = tray()
        self.setObjectName("settings_dialog")
        self.setWindowTitle(translate("Resilience", "Settings"))
        self.current = settings.load_settings()
        outer = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setAccessibleName(translate("Resilience", "Settings"))
        scroll.setWidgetResizable(True)
        page = QWidget()
        scroll.setWidget(page)
        layout = QVBoxLayout(page)
        layout.addWidget(self._general_box())
        layout.addWidget(self._people_box())
        layout.addWidget(self._reminders_box())
        layout.addWidget(self._privacy_box())
        outer.addWidget(scroll)
        self.error_label = QLabel()
        self.error_label.setObjectName("error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        outer.addWidget(self.error_label)
        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                           | QDialogButtonBox.StandardButton.Cancel)
        self.button_box.setObjectName("button_box")
        self.button_box.accepted.connect(self.save)
        self.button_box.rejected.connect(self.reject)
        outer.addWidget(self.button_box)
        self.resize(620, 720)

    # -- building ---------------------------------------------------------------
    def _general_box(self) -> QGroupBox:
        box = QGroupBox(translate("Resilience", "You and the look of things"))
        form = QFormLayout(box)
        c = self.current
        self.name_edit = QLineEdit(c[settings.FIRST_NAME])
        self.name_edit.setObjectName("first_name_edit")
        self.name_edit.setAccessibleName(translate("Resilience", "First name"))
        self.name_edit.setPlaceholderText(translate("Resilience", "optional: used only to greet you"))
        form.addRow(translate("Resilience", "First name"), self.name_edit)
        self.summary_name_edit = QLineEdit(c[settings.SUMMARY_NAME])
        self.summary_name_edit.setObjectName("summary_name_edit")
        self.summary_name_edit.setPlaceholderText(translate("Resilience", "optional, e.g. Alex Morgan"))
        self.summary_name_edit.setAccessibleName(translate("Resilience", "Name on the therapist summary"))
        form.addRow(translate("Resilience", "Name on summary"), self.summary_name_edit)
        self.theme_combo = _combo("theme_combo", settings.THEMES, c[settings.THEME], translate("Resilience", "Theme"))
        form.addRow(translate("Resilience", "Theme"), self.theme_combo)
        # Each format shown on one example day, in the interface language.
        formats = {key: dates.format_day(date(2026, 12, 1), key) for key in dates.DATE_FORMATS}
        self.date_format_combo = _combo("date_format_combo", formats, c[settings.DATE_FORMAT],
                                        translate("Resilience", "Date format"))
        form.addRow(translate("Resilience", "Dates"), self.date_format_combo)
        self.week_start_combo = _combo("week_start_combo", {"monday": translate("Resilience", "Monday"),
                                                            "sunday": translate("Resilience", "Sunday")},
                                       c[settings.WEEK_START], translate("Resilience", "Week starts on"))
        form.addRow(translate("Resilience", "Week starts on"), self.week_start_combo)
        self.region_combo = region_combo(c[settings.REGION])
        form.addRow(translate("Resilience", "Help lines for"), self.region_combo)
        self.language_combo = language_combo(self.context.paths)
        form.addRow(translate("Resilience", "Language"), self.language_combo)
        self.language_note = QLabel(translate("Resilience", "A new language shows the next time Resilience starts."))
        self.language_note.setObjectName("language_note")
        self.language_note.setWordWrap(True)
        form.addRow("", self.language_note)
        return box

    def _people_box(self) -> QGroupBox:
        box = QGroupBox(translate("Resilience", "Stay in touch: default cadence by relationship"))
        grid = QGridLayout(box)
        defaults = default_cadences()
        self.cadence_spins: dict[str, QSpinBox] = {}
        for index, (key, (label, _days)) in enumerate(RELATIONSHIPS.items()):
            spin = QSpinBox()
            spin.setObjectName(f"cadence_spin_{key}")
            spin.setAccessibleName(translate("Resilience", "{label}: keep in touch every … days").format(label=label))
            spin.setRange(1, MAX_CADENCE_DAYS)
            spin.setSuffix(translate("Resilience", " days"))
            spin.setValue(defaults[key])
            self.cadence_spins[key] = spin
            row, column = divmod(index, 2)
            grid.addWidget(QLabel(translate("Resilience", label)), row, column * 2)
            grid.addWidget(spin, row, column * 2 + 1)
        return box

    def _reminders_box(self) -> QGroupBox:
        box = QGroupBox(translate("Resilience", "Reminders (off unless you turn them on)"))
        layout = QVBoxLayout(box)
        c = self.current
        self.daily_choice = TimeChoice("daily", translate("Resilience", "A daily check-in at"), c[settings.DAILY_REMINDER],
                                       self._tray)
        self.weekly_choice = TimeChoice("weekly", translate("Resilience", "A weekly review, first day of the week, at"),
                                        c[settings.WEEKLY_REMINDER], self._tray)
        self.tray_check = QCheckBox(translate("Resilience", "Keep Resilience in the tray when its window closes"))
        self.tray_check.setObjectName("keep_in_tray_check")
        self.tray_check.setChecked(bool(c[settings.KEEP_IN_TRAY]) and self._tray)
        self.tray_check.setEnabled(self._tray)
        for widget in (self.daily_choice, self.weekly_choice, self.tray_check):
            layout.addWidget(widget)
        self.tray_note = QLabel(translate("Resilience", NO_TRAY_NOTE) if not self._tray else
                                translate("Resilience", "Reminders appear as a quiet notification; nothing is sent "
                                "anywhere."))
        self.tray_note.setObjectName("tray_note")
        self.tray_note.setWordWrap(True)
        layout.addWidget(self.tray_note)
        return box

    def _privacy_box(self) -> QGroupBox:
        box = QGroupBox(translate("Resilience", "Privacy and your data"))
        form = QFormLayout(box)
        self.autolock_spin = QSpinBox()
        self.autolock_spin.setObjectName("autolock_spin")
        self.autolock_spin.setAccessibleName(translate("Resilience", "Lock after idle minutes"))
        self.autolock_spin.setRange(0, 240)
        self.autolock_spin.setSuffix(translate("Resilience", " min (0 = never)"))
        self.autolock_spin.setValue(self.current[settings.AUTOLOCK_MINUTES])
        locked = vault.is_locked(self.context.paths)
        form.addRow(translate("Resilience", "Lock after idle"), self.autolock_spin)
        self.lock_button = QPushButton(translate("Resilience", "Passphrase lock…"))
        self.lock_button.setObjectName("lock_button")
        self.lock_button.setToolTip(translate("Resilience", "Locked ✔") if locked else
                                    translate("Resilience", "Idle locking works once the passphrase lock is on."))
        self.lock_button.clicked.connect(self._on_lock_button_clicked)
        form.addRow(translate("Resilience", "Passphrase"), self.lock_button)
        row = QHBoxLayout()
        self.folder_label = QLabel(str(self.context.paths.data_dir))
        self.folder_label.setObjectName("data_folder_label")
        self.folder_label.setWordWrap(True)
        self.open_folder_button = QPushButton(translate("Resilience", "Open folder"))
        self.open_folder_button.setObjectName("open_folder_button")
        self.open_folder_button.clicked.connect(
            lambda: self._open_folder(self.context.paths.data_dir))
        row.addWidget(self.folder_label, 1)
        row.addWidget(self.open_folder_button)
        form.addRow(translate("Resilience", "Data folder"), row)
        return box

    # -- actions ------------------------------------------------------------------
    def values(self) -> dict:
        return {
            settings.FIRST_NAME: self.name_edit.text(),
            settings.SUMMARY_NAME: self.summary_name_edit.text(),
            settings.THEME: self.theme_combo.currentData(),
            settings.DATE_FORMAT: self.date_format_combo.currentData(),
            settings.WEEK_START: self.week_start_combo.currentData(),
            settings.REGION: self.region_combo.currentData(),
            settings.CADENCES: {key: spin.value() for key, spin in self.cadence_spins.items()
                                if spin.value() != RELATIONSHIPS[key][1]},
            settings.DAILY_REMINDER: self.daily_choice.value() if self._tray else "",
            settings.WEEKLY_REMINDER: self.weekly_choice.value() if self._tray else "",
            settings.KEEP_IN_TRAY: self.tray_check.isChecked() and self._tray,
            settings.AUTOLOCK_MINUTES: self.autolock_spin.value(),
        }

    def save(self) -> bool:
        try:  # the main window applies what changed (theme, dates...)
            save_and_announce(self.context, self.values())
            save_language(self.context.paths, self.language_combo.currentData())
        except UserFacingError as error:
            self.error_label.setText(str(error))
            self.error_label.show()
            return False
        self.accept()
        return True

    def _on_lock_button_clicked(self) -> None:
        from resilience_desktop.ui.safety.actions import open_lock_settings_dialog

        open_lock_settings_dialog(self.parent() or self, self.context)
