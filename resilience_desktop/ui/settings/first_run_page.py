"""The first-run page, inside the main window (not a modal): the privacy
promise, an optional first name, the help-line region, an optional
passphrase lock, "Explore with demo data", and Start. Shown once; Settings
(Ctrl+,) holds the same choices afterwards."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QScrollArea, QVBoxLayout, QWidget)

from resilience_desktop.core import vault
from resilience_desktop.core.errors import UserFacingError
from resilience_desktop.services import help_resources as hr
from resilience_desktop.services import settings
from resilience_desktop.ui.settings.common import region_combo, save_and_announce, start_demo_process
from resilience_desktop.core.i18n import QT_TRANSLATE_NOOP, translate

PROMISE = (
    QT_TRANSLATE_NOOP("Resilience", "<b>Everything stays on this computer.</b> There is no account to make and Resilience "
    "never uses the network: what you write, log and feel is kept in one file in your own "
    "data folder, backed up there, and nowhere else."))


def _label(text: str, name: str, scale: float = 1.0, bold: bool = False) -> QLabel:
    label = QLabel(translate("Resilience", text))
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    if scale != 1.0 or bold:
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * scale)
        font.setBold(bold)
        label.setFont(font)
    return label


class FirstRunPage(QWidget):
    finished = Signal()

    def __init__(self, context, window=None, start_demo=start_demo_process, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self._window = window
        self._start_demo = start_demo
        self.setObjectName("first_run_page")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setAccessibleName(translate("Resilience", "Welcome"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        holder = QWidget()
        scroll.setWidget(holder)
        centre = QHBoxLayout(holder)
        column = QWidget()
        column.setMaximumWidth(620)
        centre.addStretch(1)
        centre.addWidget(column, 4)
        centre.addStretch(1)
        self._build(QVBoxLayout(column))

    def _build(self, layout: QVBoxLayout) -> None:
        layout.setSpacing(14)
        layout.addSpacing(24)
        layout.addWidget(_label(translate("Resilience", "Welcome to Resilience"), "welcome_title", 1.8, True))
        layout.addWidget(_label(translate("Resilience", "A private place to name what you feel, move, keep in touch "
                                "with the people who matter, and look back on hard times you "
                                "came through."), "welcome_intro"))
        promise = _label(PROMISE, "privacy_promise")
        promise.setStyleSheet("QLabel { border: 1px solid palette(mid); border-radius: 8px;"
                              " padding: 12px; background: palette(base); }")
        layout.addWidget(promise)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        current = settings.load_settings()
        self.name_edit = QLineEdit(current[settings.FIRST_NAME])
        self.name_edit.setObjectName("first_name_edit")
        self.name_edit.setAccessibleName(translate("Resilience", "First name (optional)"))
        self.name_edit.setPlaceholderText(translate("Resilience", "optional: used only to greet you"))
        self.name_edit.setMaxLength(settings.MAX_FIRST_NAME)
        form.addRow(translate("Resilience", "Your first name"), self.name_edit)
        self.region_combo = region_combo(current[settings.REGION])
        form.addRow(translate("Resilience", "Help lines for"), self.region_combo)
        layout.addLayout(form)
        self.region_hint = _label(self._region_hint(), "region_hint", 0.9)
        layout.addWidget(self.region_hint)
        # Once the person picks a region themselves, the hint no longer applies.
        self.region_combo.currentIndexChanged.connect(
            lambda: self.region_hint.setVisible(
                self.region_combo.currentData() == hr.system_region()))
        layout.addWidget(_label(translate("Resilience", "Help is one key away: press F1 anywhere for the help lines. ")
                                + translate("Resilience", hr.DISCLAIMER), "first_run_disclaimer"))
        layout.addLayout(self._lock_row())
        layout.addSpacing(8)
        layout.addLayout(self._button_row())
        self.status_label = _label("", "first_run_status")
        layout.addWidget(self.status_label)
        layout.addWidget(_label(translate("Resilience", "You can change all of this later in Settings (Ctrl+,)."),
                                "first_run_later", 0.9))
        layout.addStretch(1)

    def _region_hint(self) -> str:
        """Say where the region came from, so the person confirms or corrects it."""
        if self.region_combo.currentData() == "other":
            return translate("Resilience", "This computer's region settings name a country with no help "
                           "lines listed here, so Find A Helpline is shown. If your country "
                           "is in the list above, choose it.")
        region = translate("Resilience", hr.region_named(self.region_combo.currentData()).name)
        return translate("Resilience", "Help lines for {region} were chosen from this computer's region "
                       "settings. If you live somewhere else, choose your country above."
                       ).format(region=region)

    def _lock_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.lock_label = _label("", "lock_label")
        self.lock_button = QPushButton(translate("Resilience", "Lock with a passphrase…"))
        self.lock_button.setObjectName("first_run_lock_button")
        self.lock_button.setAccessibleName(translate("Resilience", "Optional: lock the journal with a passphrase"))
        self.lock_button.clicked.connect(self._on_lock_button_clicked)
        row.addWidget(self.lock_label, 1)
        row.addWidget(self.lock_button)
        self._show_lock_state()
        return row

    def _button_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.demo_button = QPushButton(translate("Resilience", "Explore with demo data"))
        self.demo_button.setObjectName("demo_button")
        self.demo_button.setToolTip(translate("Resilience", "Opens a second window on made-up data that is thrown "
                                    "away when it closes; your own data stays empty."))
        self.start_button = QPushButton(translate("Resilience", "Start"))
        self.start_button.setObjectName("start_button")
        self.start_button.setDefault(True)
        self.start_button.setAutoDefault(True)
        row.addWidget(self.demo_button)
        row.addStretch(1)
        row.addWidget(self.start_button)
        self.demo_button.clicked.connect(self._on_demo_button_clicked)
        self.start_button.clicked.connect(self._on_start_button_clicked)
        return row

    def _show_lock_state(self) -> None:
        locked = vault.is_locked(self.context.paths)
        self.lock_label.setText(
            translate("Resilience", "Your journal is locked with a passphrase ✔") if locked else
            translate("Resilience", "Optional: encrypt your journal and its backups with a passphrase."))
        self.lock_button.setText(translate("Resilience", "Passphrase lock…") if locked else translate("Resilience", "Lock with a passphrase…"))

    def _on_lock_button_clicked(self) -> None:
        from resilience_desktop.ui.safety.actions import open_lock_settings_dialog

        dialog = open_lock_settings_dialog(self._window or self.window(), self.context)
        dialog.finished.connect(lambda _result: self._show_lock_state())

    def _on_demo_button_clicked(self) -> None:
        if self._start_demo():
            self.status_label.setText(translate("Resilience", "The demo opens in a window of its own. Your own data "
                                      "here stays as it is."))
        else:
            self.status_label.setText(translate("Resilience", "The demo could not be started. Try "
                                      "`resilience-desktop --demo` from a terminal."))

    def _on_start_button_clicked(self) -> None:
        try:
            save_and_announce(self.context, {settings.FIRST_NAME: self.name_edit.text(),
                                             settings.REGION: self.region_combo.currentData(),
                                             settings.FIRST_RUN_DONE: True})
        except UserFacingError as error:
            self.status_label.setText(str(error))
            return
        self.finished.emit()
