"""The pseudo locale: every string ~40 % longer, accented and in ⟦ ⟧ (tools/pseudo_locale.py).

With it loaded, every tab and every dialog is shown; a visible text without the
⟦ mark is a string that does not go through translate() (an untranslated string),
and a label or button whose text is wider than the widget is clipped (German and
Spanish run 20-35 % longer than English).
"""

from __future__ import annotations

import re
import sys

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialogButtonBox,
                               QGroupBox, QLabel, QLineEdit, QTabBar, QWidget)

from resilience_desktop.core import i18n
from resilience_desktop.services.insights.scales import SCALES
from resilience_desktop.ui.tab_registry import TAB_TITLES
from tests.i18n.helpers import ROOT, TS_DIR, lrelease
from tests.ui.dialog_catalogue import DIALOG_NAMES, build_dialog

sys.path.insert(0, str(ROOT / "tools"))
from pseudo_locale import OPEN, pseudo_ts  # noqa: E402

# Text that is the person's data or a name, not interface wording: never translated.
NOT_WORDING = re.compile(
    r"^(Resilience( \d[\w.]*)?|[\d\s.,:;/+−\-–%()×·→←↑↓…]*|.*/.*|[\w.+-]+@[\w.-]+|Ada)$")
# Widgets whose text is content, not interface (docs/translations.md): the questionnaire
# scales stay in English until a validated translation is added (their names and
# citations with them); the names of the built-in breathing techniques are names;
# a date is written by QLocale, not translated.
CONTENT = {"pattern_combo", "date_label", "date_format_combo", "questionnaire_dialog"} | {f"{scale_id}_{part}" for scale_id in SCALES
                                             for part in ("title", "citation")}
ANSWER = re.compile(r"^item_\d+_answer_\d+$")  # a questionnaire's answer labels (content)


def _qt_own(widget: QWidget) -> bool:
    """A standard button (Save, Cancel, Close...): Qt translates it (qtbase_<lang>.qm)."""
    box = widget.parent()
    return isinstance(widget, QAbstractButton) and isinstance(box, QDialogButtonBox) \
        and box.standardButton(widget) != QDialogButtonBox.StandardButton.NoButton


@pytest.fixture
def pseudo_locale(qapp, tmp_path):
    pseudo_ts(TS_DIR / "resilience_de.ts", tmp_path / "pseudo.ts")
    translator = QTranslator(qapp)
    assert translator.load(str(lrelease(tmp_path / "pseudo.ts", tmp_path / "pseudo.qm")))
    qapp.installTranslator(translator)
    i18n.install(lambda c, t, d, n: QCoreApplication.translate(c, t, d, n))
    yield
    qapp.removeTranslator(translator)
    i18n.install(None)
    QLocale.setDefault(QLocale("en_US"))


def _plain(text: str) -> str:
    text = re.sub(r"<[^<>]*>", " ", text or "")
    return re.sub(r"&[a-z]+;|&#\d+;", " ", text).replace("&", "").strip()


def _texts(widget: QWidget):
    """(what, text) for every piece of interface text the widget shows."""
    if isinstance(widget, QLabel):
        yield "label", widget.text()
    elif isinstance(widget, QAbstractButton):
        yield "button", widget.text()
    elif isinstance(widget, QGroupBox):
        yield "group box", widget.title()
    elif isinstance(widget, QTabBar):
        for index in range(widget.count()):
            yield "tab", widget.tabText(index)
    elif isinstance(widget, QLineEdit):
        yield "placeholder", widget.placeholderText()
    elif isinstance(widget, QComboBox) and widget.count() and not widget.isEditable():
        yield "combo", widget.currentText()
    if widget.isWindow():
        yield "window title", widget.windowTitle()


def untranslated(root: QWidget) -> list[str]:
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.objectName() in CONTENT \
                or ANSWER.match(widget.objectName()) or _qt_own(widget):
            continue
        for what, text in _texts(widget):
            plain = _plain(text)
            if re.search(r"[A-Za-z]{2}", plain) and OPEN not in plain \
                    and not NOT_WORDING.match(plain):
                found.append(f"{what} {widget.objectName() or type(widget).__name__}: {plain!r}")
    return found


def clipped(root: QWidget) -> list[str]:
    found = []
    for widget in root.findChildren(QLabel) + root.findChildren(QAbstractButton):
        if not widget.isVisible() or widget.width() <= 1:
            continue
        if isinstance(widget, QLabel) and (widget.wordWrap() or not widget.text()):
            continue
        if isinstance(widget, QLabel):
            needed = widget.sizeHint().width()
        else:  # the text itself (a button's own minimum width is not clipping)
            text = widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
            needed = widget.fontMetrics().horizontalAdvance(text) + widget.iconSize().width() \
                * (not widget.icon().isNull()) + 6
        if needed > widget.width() + 1:
            found.append(f"{widget.objectName() or type(widget).__name__} "
                         f"{_plain(widget.text())[:40]!r}: "
                         f"needs {needed} px, has {widget.width()}")
    return found


def test_every_tab_shows_only_translated_text_and_nothing_clipped(pseudo_locale, context, qtbot):
    from resilience_desktop.ui.main_window import MainWindow

    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    problems = []
    for title in TAB_TITLES:
        window.show_tab(title)
        qtbot.waitUntil(window.tab(title).isVisible)
        QApplication.processEvents()
        problems += [f"[{title}] {p}" for p in untranslated(window) + clipped(window)]
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(sorted(set(problems)))


@pytest.mark.parametrize("name", DIALOG_NAMES)
def test_every_dialog_shows_only_translated_text_and_nothing_clipped(pseudo_locale, main_window,
                                                                      name, qtbot):
    dialog = build_dialog(name, main_window.context, main_window)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    problems = untranslated(dialog) + clipped(dialog)
    dialog.close()
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(sorted(set(problems)))
