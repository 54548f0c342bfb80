"""Every week begins on the same day: Settings → Week starts on, and until one is chosen the
locale's first day of the week (QLocale: Sunday in the US, Monday in Germany). Exercise
weeks, Calm's minutes per week, People's contacts per week, the Today card, the journal's
pixel chart and the calendar pop-ups all follow it."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QLocale, Qt

from resilience_desktop.services import settings
from resilience_desktop.services.calm import charts as calm_charts
from resilience_desktop.services.calm.sessions import PracticeInput, log_practice
from resilience_desktop.services.people import records as people
from resilience_desktop.services.people.charts import weekly_contacts
from resilience_desktop.services.people.contacts import ContactInput, log_contact

SUNDAY, MONDAY, TUESDAY = date(2026, 3, 8), date(2026, 3, 9), date(2026, 3, 10)


@pytest.fixture
def locale(qapp):
    """locale("en_US") starts the window's translators for that locale (no .qm needed)."""
    from resilience_desktop.ui.i18n import install_translators, remove_translators

    yield lambda code: install_translators(qapp, code, qm_dir="/nonexistent")
    remove_translators(qapp)
    QLocale.setDefault(QLocale("en_US"))


def _practice_and_contact_on(*days: date) -> None:
    person = people.add_person(people.PersonInput("Ann"))
    for day in days:
        log_practice(PracticeInput("breathing", "Box", datetime.combine(day, datetime.min.time()),
                                   300))
        log_contact(ContactInput(day=day, person_ids=[person]), today=TUESDAY)


def _calm_weeks() -> list[tuple[date, int]]:
    return [(w.start, w.sessions) for w in calm_charts.weekly_minutes(2, today=TUESDAY)]


def _contact_weeks() -> list[tuple[date, int]]:
    return [(w.week_start, w.in_person) for w in weekly_contacts(date(2026, 3, 1), TUESDAY)]


def test_weekly_figures_begin_on_the_locale_s_day_then_on_the_chosen_one(db, locale):
    _practice_and_contact_on(SUNDAY, MONDAY)
    locale("de")  # Monday: the Sunday belongs to the week before
    assert _calm_weeks() == [(date(2026, 3, 2), 1), (MONDAY, 1)]
    assert _contact_weeks() == [(date(2026, 2, 23), 0), (date(2026, 3, 2), 1), (MONDAY, 1)]
    locale("en_US")  # Sunday: both in the week from Sunday 8 March
    assert _calm_weeks() == [(date(2026, 3, 1), 0), (SUNDAY, 2)]
    assert _contact_weeks() == [(date(2026, 3, 1), 0), (SUNDAY, 2)]
    assert calm_charts.this_week_summary(TUESDAY) == (10, 2)
    settings.save_settings({settings.WEEK_START: "monday"})  # a chosen day wins
    assert _calm_weeks() == [(date(2026, 3, 2), 1), (MONDAY, 1)]
    assert _contact_weeks()[-1] == (MONDAY, 1)


def test_the_today_card_s_week_follows_the_locale(db, locale):
    from resilience_desktop.services.today.snapshot import load_today

    locale("en_US")
    assert load_today(TUESDAY).week.start == SUNDAY
    locale("de")
    assert load_today(TUESDAY).week.start == MONDAY


def test_the_pixel_chart_s_weeks_run_from_the_first_day():
    from matplotlib.figure import Figure

    from resilience_desktop.charts import plots
    from resilience_desktop.charts.plots.journal import pixel_position

    # (week start, the first shown week's first day, Sunday's and Monday's rows, labels)
    for week_start, week_one, rows, ends in (
            ("sunday", date(2026, 3, 1), (1, 2), ["Sun", "Sat"]),
            ("monday", date(2026, 2, 23), (7, 1), ["Mon", "Sun"])):
        ax = Figure(figsize=(8, 3)).add_subplot()
        plots.draw_year_in_pixels(ax, {SUNDAY: 2.0, MONDAY: -2.0}, date(2026, 3, 1),
                                  date(2026, 3, 31), week_start=week_start)
        grid = ax.images[0].get_array()
        for day, row, value in zip((SUNDAY, MONDAY), rows, (2.0, -2.0)):
            where = pixel_position(day, week_one, grid.shape[1])
            assert where[0] % 8 == row and grid[where] == value, (week_start, day)
        assert [t.get_text() for t in ax.get_yticklabels()][:2] == ends


def test_calendar_pop_ups_start_on_the_locale_s_day_then_on_the_chosen_one(db, locale, qtbot):
    from resilience_desktop.ui.exercise.session_dialog import SessionDialog

    def first_day() -> Qt.DayOfWeek:
        dialog = SessionDialog()
        qtbot.addWidget(dialog)
        return dialog.started_edit.calendarWidget().firstDayOfWeek()

    locale("en_US")
    assert first_day() == Qt.DayOfWeek.Sunday
    locale("de")
    assert first_day() == Qt.DayOfWeek.Monday
    settings.save_settings({settings.WEEK_START: "sunday"})
    assert first_day() == Qt.DayOfWeek.Sunday
