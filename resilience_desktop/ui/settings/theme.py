"""Theme: system, light or dark. Widgets get a QPalette; charts follow the
palette (charts/plots/style.py's chart_rc, applied by ChartCanvas)."""

from __future__ import annotations

import copy

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

_SYSTEM_PALETTE: QPalette | None = None
LIGHT_ERROR, DARK_ERROR = "#b02a2a", "#ff9e9e"
# Error messages: "color: palette(bright-text)" follows the theme, live switches too
# (every theme sets BrightText to an error red readable on its window colour).
ERROR_STYLE = "color: palette(bright-text); font-weight: 600;"
# Selected rows: white text on it is 4.76:1 (the accent #3f7f93 gave 4.498, under AA).
HIGHLIGHT = "#3b7b8f"


def on_base(light: str, dark: str) -> QColor:
    """A text colour for list and table rows: ``light`` on a light Base, ``dark`` on a
    dark one (read when a row is painted, so live theme switches follow)."""
    app = QApplication.instance()
    base = (app.palette() if isinstance(app, QApplication) else QPalette()).color(
        QPalette.ColorRole.Base)
    return QColor(dark if base.lightness() < 128 else light)

_DARK = {
    QPalette.ColorRole.Window: "#2b2d31",
    QPalette.ColorRole.WindowText: "#e6e6e6",
    QPalette.ColorRole.Base: "#1f2023",
    QPalette.ColorRole.AlternateBase: "#2f3136",
    QPalette.ColorRole.ToolTipBase: "#3a3d42",
    QPalette.ColorRole.ToolTipText: "#f0f0f0",
    QPalette.ColorRole.PlaceholderText: "#b4b8bf",  # 4.5:1 on a tab page (#44474c) too
    QPalette.ColorRole.Text: "#e6e6e6",
    QPalette.ColorRole.Button: "#34373c",
    QPalette.ColorRole.ButtonText: "#e6e6e6",
    QPalette.ColorRole.BrightText: DARK_ERROR,  # error text (ERROR_STYLE): 4.5:1 on a tab page
    QPalette.ColorRole.Light: "#4a4d52",
    QPalette.ColorRole.Midlight: "#3d4045",
    QPalette.ColorRole.Mid: "#5a5e66",
    QPalette.ColorRole.Dark: "#1a1b1e",
    QPalette.ColorRole.Shadow: "#000000",
    QPalette.ColorRole.Highlight: HIGHLIGHT,
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#7cc4da",
    QPalette.ColorRole.LinkVisited: "#b39ddb",
}

_LIGHT = {
    QPalette.ColorRole.Window: "#f3f3f3",
    QPalette.ColorRole.WindowText: "#1e1e1e",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#f5f7f8",
    QPalette.ColorRole.Text: "#1e1e1e",
    QPalette.ColorRole.Button: "#ececec",
    QPalette.ColorRole.ButtonText: "#1e1e1e",
    QPalette.ColorRole.PlaceholderText: "#5f6368",
    QPalette.ColorRole.Mid: "#b8bcc2",
    QPalette.ColorRole.Highlight: HIGHLIGHT,
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#2a6a7e",
    QPalette.ColorRole.BrightText: LIGHT_ERROR,
}


# Palettes are copied with copy.copy(), not QPalette(other): PySide weighs that constructor's
# QPalette(Qt.GlobalColor) overload too, which builds the Python enums of Qt's whole
# namespace (~15 ms) before the start-up shell's first frame (ui/shell.py).


def _palette(colours: dict) -> QPalette:
    palette = copy.copy(_SYSTEM_PALETTE) if _SYSTEM_PALETTE is not None else QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour).darker(130)
                         if colours is _LIGHT else QColor(colour).lighter(60))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Window,
                     QColor(colours[QPalette.ColorRole.Window]))
    return palette


def apply_theme(name: str, app: QApplication | None = None, indicators: bool = True) -> None:
    """Give the application the theme's palette ("system": the one it started with), and
    check boxes that show on it (indicator_style.py). indicators=False: the palette only
    (the start-up shell has no check box: it installs the style after its first frame,
    as QStyle's Python enums cost ~6 ms)."""
    global _SYSTEM_PALETTE
    app = app or QApplication.instance()
    if app is None:
        return
    if indicators:
        from resilience_desktop.ui.settings.indicator_style import install_indicator_style

        install_indicator_style(app)
    if _SYSTEM_PALETTE is None:
        _SYSTEM_PALETTE = copy.copy(app.palette())
    if name == "dark":
        app.setPalette(_palette(_DARK))
    elif name == "light":
        app.setPalette(_palette(_LIGHT))
    else:
        app.setPalette(_with_error_colour(copy.copy(_SYSTEM_PALETTE)))


def _with_error_colour(palette: QPalette) -> QPalette:
    """The system's palette with an error red that reads on its window colour."""
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    palette.setColor(QPalette.ColorRole.BrightText, QColor(DARK_ERROR if dark else LIGHT_ERROR))
    return palette
