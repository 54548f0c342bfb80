"""The Support tab: the disclaimer, help lines by region, finding a therapist.

``HelpLinesView`` is the page itself; the tab and the help-lines dialog
(F1 from any dialog, the Support button on the unlock and recovery screens)
both show it. It works before the database is open (then the region is not
remembered).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QFrame, QHBoxLayout, QLabel, QScrollArea,
                               QVBoxLayout, QWidget)

from resilience_desktop.services import help_resources as hr
from peewee import DatabaseError

from resilience_desktop.core.db import database, is_bound
from resilience_desktop.services.preferences import get_preference, set_preference
from resilience_desktop.ui.widgets.base_tab import BaseTab
from resilience_desktop.core.i18n import translate

REGION_PREFERENCE = hr.REGION_PREFERENCE


def _label(text: str, object_name: str = "", bold: bool = False, scale: float = 1.0) -> QLabel:
    label = QLabel(translate("Resilience", text))
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if object_name:
        label.setObjectName(object_name)
    font = label.font()
    font.setBold(bold)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


def _database_usable() -> bool:
    """False before the journal is open (unlock) or when it is damaged (recovery)."""
    return is_bound() and not database.is_closed()


def _remembered_region() -> str:
    if not _database_usable():
        return hr.system_region()
    try:
        return hr.known_region(get_preference(REGION_PREFERENCE, ""))
    except DatabaseError:  # a damaged file: show the system locale's region
        return hr.system_region()


class HelpLinesView(QWidget):
    """The disclaimer, the help lines (chosen region first) and finding a therapist."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("help_lines_view")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setObjectName("support_scroll")
        scroll.setAccessibleName(translate("Resilience", "Support and help lines"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        page = QWidget()
        scroll.setWidget(page)
        self._page_layout = QVBoxLayout(page)
        self._page_layout.setContentsMargins(32, 24, 32, 24)
        self._page_layout.setSpacing(12)
        self._build_header()
        self.lines_box = QVBoxLayout()
        self.lines_box.setSpacing(10)
        self._page_layout.addLayout(self.lines_box)
        self._build_therapist_section()
        self._page_layout.addStretch(1)
        region = _remembered_region()
        index = max(0, hr.region_keys().index(region) if region in hr.region_keys() else 0)
        self.region_combo.setCurrentIndex(index)
        self._show_regions(self.region_combo.currentData())
        self.region_combo.currentIndexChanged.connect(self._on_region_combo_changed)

    def _build_header(self) -> None:
        layout = self._page_layout
        layout.addWidget(_label(translate("Resilience", "Support"), "support_title", bold=True, scale=1.6))
        disclaimer = _label(hr.DISCLAIMER, "disclaimer_label", bold=True)
        disclaimer.setStyleSheet(
            "QLabel { background: #fff4e5; color: #5c3d00; border: 1px solid #f0c36d;"
            " border-radius: 6px; padding: 10px; }")
        layout.addWidget(disclaimer)
        layout.addWidget(_label(hr.EMERGENCY, "emergency_label", bold=True))
        row = QHBoxLayout()
        region_label = QLabel(translate("Resilience", "Show help lines &for:"))
        row.addWidget(region_label)
        self.region_combo = QComboBox()
        self.region_combo.setObjectName("region_combo")
        self.region_combo.setAccessibleName(translate("Resilience", "Show help lines for"))
        region_label.setBuddy(self.region_combo)
        for region in hr.REGIONS:
            self.region_combo.addItem(translate("Resilience", region.name), region.key)
        row.addWidget(self.region_combo)
        row.addStretch(1)
        layout.addLayout(row)

    def _build_therapist_section(self) -> None:
        layout = self._page_layout
        layout.addSpacing(8)
        layout.addWidget(_label(translate("Resilience", "Finding a therapist"), "therapist_title", bold=True, scale=1.25))
        for title, text in hr.FINDING_A_THERAPIST:
            layout.addWidget(_label(f"<b>{translate('Resilience', title)}.</b> "
                                    f"{translate('Resilience', text)}"))
        layout.addWidget(_label(hr.FIND_A_HELPLINE, "find_a_helpline_label"))
        checked = _label(translate("Resilience", "Help lines last checked {last_checked}. Numbers change: if one does not work, use findahelpline.com.").format(last_checked=hr.LAST_CHECKED), "last_checked_label")
        checked.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(checked)

    def _show_regions(self, first: str) -> None:
        while self.lines_box.count():
            item = self.lines_box.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for position, region in enumerate(hr.ordered_regions(first)):
            self.lines_box.addWidget(self._region_card(region, highlighted=position == 0))

    def _region_card(self, region: hr.Region, highlighted: bool) -> QFrame:
        card = QFrame()
        card.setObjectName(f"region_card_{region.key}")
        card.setProperty("region_key", region.key)
        card.setFrameShape(QFrame.Shape.StyledPanel)
        if highlighted:
            card.setStyleSheet(f"QFrame#region_card_{region.key} {{ border: 2px solid #3f7f93;"
                               " border-radius: 6px; }")
        layout = QVBoxLayout(card)
        layout.addWidget(_label(region.name, bold=True, scale=1.1))
        for line in region.lines:
            # The service's name as published; how to reach it in the interface language.
            layout.addWidget(_label(f"<b>{line.name}</b>: {translate('Resilience', line.how)}"))
        return card

    def region_order(self) -> list[str]:
        """Region keys in the order the page shows them (for tests)."""
        keys = []
        for i in range(self.lines_box.count()):
            widget = self.lines_box.itemAt(i).widget()
            if widget is not None:
                keys.append(widget.property("region_key"))
        return keys

    def _on_region_combo_changed(self, _index: int) -> None:
        key = self.region_combo.currentData()
        if _database_usable():
            set_preference(REGION_PREFERENCE, key)
        self._show_regions(key)


class SupportTab(BaseTab):
    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        self.view = HelpLinesView(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.region_combo = self.view.region_combo

        self.listen(context.signals.preferences_changed, self._on_signals_preferences_changed)
        self.region_combo.currentIndexChanged.connect(self._on_region_combo_changed)

    def region_order(self) -> list[str]:
        return self.view.region_order()

    def _on_region_combo_changed(self, _index: int) -> None:
        self.context.signals.preferences_changed.emit(REGION_PREFERENCE)

    def _on_signals_preferences_changed(self, key: str) -> None:
        """The region was chosen elsewhere (first run, Settings): show it first."""
        region = _remembered_region()
        if key == REGION_PREFERENCE and region != self.region_combo.currentData():
            self.region_combo.blockSignals(True)
            self.region_combo.setCurrentIndex(hr.region_keys().index(region))
            self.region_combo.blockSignals(False)
            self.view._show_regions(region)
