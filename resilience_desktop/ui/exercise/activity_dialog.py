"""ActivityCatalogueDialog: the activities and their METs; add your own."""

from __future__ import annotations

from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QDoubleSpinBox,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout)

from resilience_desktop.core.errors import ValidationError
from resilience_desktop.services.exercise import sessions as ex
from resilience_desktop.core.i18n import QT_TRANSLATE_NOOP, format_decimal, translate
from resilience_desktop.ui.settings.theme import ERROR_STYLE
from resilience_desktop.services.exercise.intensity import intensity_name

COMPENDIUM_SOURCE = (QT_TRANSLATE_NOOP("Resilience", "MET values: Ainsworth BE et al., 2011 Compendium of Physical Activities, "
                     "Med Sci Sports Exerc 43(8):1575-81. Intensity: light < 3.0, moderate "
                     "3.0–5.9, vigorous ≥ 6.0 METs (WHO 2020)."))


class ActivityCatalogueDialog(QDialog):
    """A short list (about 30 rows), so a QTableWidget is enough here."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("activity_catalogue_dialog")
        self.setWindowTitle(translate("Resilience", "Activities"))
        self.resize(640, 560)
        self.changed = False
        self.activity_table = QTableWidget(0, 4)
        self.activity_table.setObjectName("activity_table")
        self.activity_table.setAccessibleName(translate("Resilience", "Activities"))
        self.activity_table.setHorizontalHeaderLabels([translate("Resilience", "Activity"), translate("Resilience", "MET"), translate("Resilience", "Intensity"), translate("Resilience", "Strength")])
        self.activity_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.activity_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.activity_table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.activity_table.verticalHeader().setVisible(False)
        source = QLabel(translate("Resilience", COMPENDIUM_SOURCE))
        source.setObjectName("source_label")
        source.setWordWrap(True)
        source.setStyleSheet("color: palette(placeholder-text);")
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("name_edit")
        self.name_edit.setAccessibleName(translate("Resilience", "New activity's name"))
        self.name_edit.setPlaceholderText(translate("Resilience", "New activity, e.g. Rowing"))
        self.met_spin = QDoubleSpinBox()
        self.met_spin.setObjectName("met_spin")
        self.met_spin.setAccessibleName(translate("Resilience", "New activity's MET value"))
        self.met_spin.setRange(0.0, 30.0)  # the service refuses outside 1.0–23.0, with a message
        self.met_spin.setDecimals(1)
        self.met_spin.setValue(4.0)
        self.met_spin.setPrefix(translate("Resilience", "MET "))
        self.strength_check = QCheckBox(translate("Resilience", "muscle-strengthening"))
        self.strength_check.setObjectName("strength_check")
        self.add_button = QPushButton(translate("Resilience", "Add"))
        self.add_button.setObjectName("add_button")
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.delete_button = QPushButton(translate("Resilience", "Delete selected"))
        self.delete_button.setObjectName("delete_button")
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.message_label = QLabel()
        self.message_label.setObjectName("message_label")
        self.message_label.setWordWrap(True)
        add_row = QHBoxLayout()
        for widget in (self.name_edit, self.met_spin, self.strength_check, self.add_button):
            add_row.addWidget(widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        table_row = QHBoxLayout()
        table_row.addWidget(self.delete_button)
        table_row.addStretch(1)
        layout.addWidget(self.activity_table)
        layout.addLayout(table_row)
        layout.addWidget(source)
        layout.addLayout(add_row)
        layout.addWidget(self.message_label)
        from resilience_desktop.ui.widgets.selection_buttons import enable_with_selection

        enable_with_selection(self.activity_table, self.delete_button)
        layout.addWidget(buttons)
        self._activities: list[ex.ActivityRow] = []
        self.reload()

    def reload(self) -> None:
        self._activities = ex.list_activities()
        self.activity_table.setRowCount(len(self._activities))
        for row, activity in enumerate(self._activities):
            # activity names are content (the MET catalogue's own words), the rest interface
            yours = "" if activity.built_in else "  " + translate("Resilience", "(yours)")
            cells = (activity.name + yours, format_decimal(activity.met, 1),
                     intensity_name(activity.intensity),
                     translate("Resilience", "yes") if activity.muscle_strengthening else "")
            for column, text in enumerate(cells):
                self.activity_table.setItem(row, column, QTableWidgetItem(text))

    def _on_add_button_clicked(self) -> None:
        try:
            ex.add_activity(self.name_edit.text(), self.met_spin.value(),
                            self.strength_check.isChecked())
        except ValidationError as error:
            self._say(str(error), error=True)
            return
        self._say(translate("Resilience", "Added “{name}”.").format(name=self.name_edit.text().strip()))
        self.name_edit.clear()
        self.changed = True
        self.reload()

    def _on_delete_button_clicked(self) -> None:
        row = self.activity_table.currentRow()
        if row < 0:
            self._say(translate("Resilience", "Select an activity to delete."), error=True)
            return
        try:
            ex.delete_activity(self._activities[row].id)
        except ValidationError as error:
            self._say(str(error), error=True)
            return
        self._say(translate("Resilience", "Deleted “{name}”.").format(name=self._activities[row].name))
        self.changed = True
        self.reload()

    def _say(self, text: str, error: bool = False) -> None:
        self.message_label.setStyleSheet(ERROR_STYLE if error else "")
        self.message_label.setText(translate("Resilience", text))
