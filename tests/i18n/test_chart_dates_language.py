"""Month names on charts follow the interface language (QLocale), as the tables' dates do:
"Mär", "Okt" in a German window, never strftime's English "Mar", "Oct"."""

from __future__ import annotations

from datetime import date

import pytest
from matplotlib.figure import Figure
from PySide6.QtCore import QLocale

from resilience_desktop.charts import plots
from resilience_desktop.charts.plots.style import set_date_ticks


@pytest.fixture
def german(qapp):
    from resilience_desktop.ui.i18n import install_translators, remove_translators

    install_translators(qapp, "de", qm_dir="/nonexistent")  # QLocale only, no words needed
    yield
    remove_translators(qapp)
    QLocale.setDefault(QLocale("en_US"))



def test_date_ticks_and_the_pixel_chart_name_months_in_the_locale(german):
    ax = Figure().add_subplot()
    set_date_ticks(ax, date(2026, 1, 1), date(2026, 12, 31))
    shown = " ".join(ax.xaxis.get_major_formatter().seq)
    assert "Mär" in shown and "Mai" in shown and "Mar" not in shown and "May" not in shown
    ax = Figure().add_subplot()
    set_date_ticks(ax, date(2026, 3, 1), date(2026, 3, 31))  # a few weeks: day and month
    assert "1 Mär" in ax.xaxis.get_major_formatter().seq
    ax = Figure(figsize=(8, 3)).add_subplot()
    plots.draw_year_in_pixels(ax, {date(2026, 3, 2): 1.0}, date(2026, 1, 1), date(2026, 12, 31))
    months = [text.get_text() for text in ax.texts]
    assert "Mär" in months and "Okt" in months and "Oct" not in months


def test_english_months_are_unchanged():
    ax = Figure().add_subplot()
    set_date_ticks(ax, date(2026, 1, 1), date(2026, 12, 31))
    assert "Mar" in ax.xaxis.get_major_formatter().seq
