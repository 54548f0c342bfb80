"""The pseudo-locale walk on a journal with a year of data: the screens an empty journal
never shows (findings, table cells and headers, chart text, filled lists) must be
translated too. Content stays as written: the person's own words and names, activity
and technique names from the catalogues, questionnaire text (docs/translations.md)."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView, QTabWidget

from resilience_desktop.services.insights.scales import SCALES
from resilience_desktop.ui.tab_registry import TAB_TITLES
from tests.i18n import test_pseudo_locale as walk
from tests.i18n.test_pseudo_locale import OPEN, NOT_WORDING, _plain, pseudo_locale  # noqa: F401
from tests.ui.main_window_helpers import shown_main_window

# Content shown only with data (docs/translations.md): a scale's short name is a name,
# the research citation under the naming-a-feeling chart is a citation, and the guided
# imagery scripts stay English by decision.
SCALE_NAMES = {scale.short_name for scale in SCALES.values()}
DATA_CONTENT = {"source_label", "script_combo"}


def _headers(root) -> list[str]:
    """Column headers of every visible table: interface wording, never content."""
    found = []
    for view in root.findChildren(QTableView):
        if not view.isVisible():
            continue
        model = view.model()
        for column in range(model.columnCount()):
            text = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            if re.search(r"[A-Za-z]{2}", text) and OPEN not in text and not NOT_WORDING.match(text):
                found.append(f"header {view.objectName() or type(view).__name__}: {text!r}")
    return found


def _chart_text(root) -> list[str]:
    """Titles, axis labels and legends of every visible chart (tick labels are numbers
    and dates, written by the locale)."""
    from resilience_desktop.charts.canvas import ChartCanvas

    found = []
    for canvas in root.findChildren(ChartCanvas):
        if not canvas.isVisible():
            continue
        canvas.draw_now()
        for axes in (canvas.figure.axes if canvas.figure is not None else []):
            texts = [axes.get_title(), axes.get_xlabel(), axes.get_ylabel()]
            legend = axes.get_legend()
            if legend is not None:
                texts += [t.get_text() for t in legend.get_texts()]
            for text in texts:
                plain = _plain(text)
                if re.search(r"[A-Za-z]{2}", plain) and OPEN not in plain \
                        and not NOT_WORDING.match(plain) and plain not in SCALE_NAMES:
                    found.append(f"chart {canvas.objectName()}: {plain!r}")
    return found


def _pages(window):
    """Every tab and every page of the tab widgets inside it, shown in turn."""
    for title in TAB_TITLES:
        window.show_tab(title)
        QApplication.processEvents()
        yield title
        for inner in window.tab(title).findChildren(QTabWidget):
            for index in range(inner.count()):
                inner.setCurrentIndex(index)
                QApplication.processEvents()
                if inner.isVisible():
                    yield f"{title} › {inner.tabText(index)}"


def test_screens_with_data_show_only_translated_wording_and_nothing_clipped(
        pseudo_locale, context, qtbot, monkeypatch):
    monkeypatch.setattr(walk, "CONTENT", walk.CONTENT | DATA_CONTENT)
    window = shown_main_window(context, qtbot, demo_years=1)
    problems = []
    for page in _pages(window):
        problems += [f"[{page}] {p}"
                     for p in walk.untranslated(window) + walk.clipped(window) + _headers(window)
                     + _chart_text(window)]
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(sorted(set(problems)))
