"""The pseudo-locale walk on a journal with a year of data: the screens an empty journal
never shows (findings, table cells and headers, chart text, filled lists) must be
translated too. Content stays as written: the person's own words and names, activity
and technique names from the catalogues, questionnaire text (docs/translations.md)."""

from __future__ import annotations

import re
import unicodedata

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHeaderView, QTableView,
                               QTabWidget)

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
# Table columns whose cells are the person's data, names from the catalogues, or dates
# and distances written by QLocale (by view and English header); every other cell is
# interface wording (a status, an intensity, a kind) and must be translated. Lists of
# the person's entries, strengths and examples, and the emotion words (content,
# docs/translations.md) are content throughout.
CONTENT_COLUMNS = {
    "people_table": {"Name", "Last contact", "Next contact due"},
    "contacts_table": {"Date", "Group", "Who"},
    "groups_table": {"Name", "Schedule"},
    "session_view": {"Date", "Activity", "With", "Distance"},
}
CONTENT_LISTS = {"entry_list", "examples_list", "strength_list", "word_list"}
CELLS_READ = 40  # rows of each view: enough to meet every kind of cell in a year of data


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


def _english(header: str) -> str:
    """A pseudo-translated header back to its English source ("⟦Dáté ·⟧" -> "Date")."""
    plain = unicodedata.normalize("NFKD", header.replace(OPEN, "").replace("⟧", ""))
    return "".join(c for c in plain if not unicodedata.combining(c)).replace("·", "").strip()


def _cells(root) -> list[str]:
    """The cells of every visible table and list that hold interface wording: a status
    or a kind shown in English slipped past the walk of labels and buttons (session 8)."""
    found = []
    for view in root.findChildren(QAbstractItemView):
        name = view.objectName()
        if isinstance(view, QHeaderView) or not view.isVisible() or view.model() is None \
                or name in CONTENT_LISTS:
            continue
        model = view.model()
        columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
        content = CONTENT_COLUMNS.get(name, set())
        for column in range(columns):
            header = _english(str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
            if header in content:
                continue
            for row in range(min(model.rowCount(QModelIndex()), CELLS_READ)):
                text = _plain(str(model.data(model.index(row, column)) or ""))
                if re.search(r"[A-Za-z]{2}", text) and OPEN not in text \
                        and not NOT_WORDING.match(text):
                    found.append(f"cell {name or type(view).__name__} [{header}]: {text!r}")
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
                     + _cells(window) + _chart_text(window)]
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(sorted(set(problems)))
