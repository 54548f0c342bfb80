"""Render every tab to PNG (``--screenshot DIR``), for the README and for review."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from resilience_desktop.charts.canvas import ChartCanvas
from resilience_desktop.ui.tab_registry import TAB_TITLES

SIZE = (1280, 800)


def render_all_tabs(window, out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    window.resize(*SIZE)
    window.show()
    written = _render_first_run(window, out_dir)
    for title in TAB_TITLES:
        window.show_tab(title)
        _settle()
        for canvas in window.tab(title).findChildren(ChartCanvas):
            if canvas.isVisible():
                canvas.draw_now()
        _settle()
        path = out_dir / f"{title.lower()}.png"
        if not window.grab().save(str(path)):
            raise OSError(f"could not write {path}")
        written.append(path)
    written.append(_render_settings(window, out_dir))
    return written


def _render_first_run(window, out_dir: Path) -> list[Path]:
    """A fresh data folder opens on the first-run page: that is the first picture."""
    page = getattr(window, "first_run_page", None)
    if page is None:
        return []
    _settle()
    path = out_dir / "first-run.png"
    if not window.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    window.stack.setCurrentWidget(window.tab_widget)  # the tabs behind it, for the rest
    return [path]


def _render_settings(window, out_dir: Path) -> Path:
    dialog = window.open_settings()
    _settle()
    path = out_dir / "settings.png"
    if not dialog.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    dialog.close()
    return path


def _settle() -> None:
    for _ in range(5):
        QApplication.processEvents()
