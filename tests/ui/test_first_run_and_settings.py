"""First run (a page in the window, once), Settings (persist and take effect),
and reminders (at the set time with a controllable clock, never when off)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from resilience_desktop.services import reminders as reminder_rules
from resilience_desktop.services import settings
from resilience_desktop.services.preferences import get_preference
from tests.inspection import first_run_needed
from resilience_desktop.ui.settings.reminders import NO_TRAY_NOTE, ReminderService
from resilience_desktop.ui.settings.settings_dialog import SettingsDialog


@pytest.fixture(autouse=True)
def system_theme_afterwards():
    yield
    from resilience_desktop.ui.settings.theme import apply_theme

    apply_theme("system")


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_first_run_page_shows_once_inside_the_window(main_window, qtbot):
    assert first_run_needed()
    demos = []
    page = main_window.show_first_run(start_demo=lambda: demos.append(1) or True)
    assert main_window.centralWidget().currentWidget() is page  # a page, not a dialog
    assert "stays on this computer" in page.findChild(type(page.status_label),
                                                      "privacy_promise").text()
    click(qtbot, page.demo_button)
    assert demos == [1] and "window of its own" in page.status_label.text()
    qtbot.keyClicks(page.name_edit, "Sam")
    page.region_combo.setCurrentIndex(page.region_combo.findData("nz"))
    click(qtbot, page.start_button)
    assert main_window.centralWidget().currentWidget() is main_window.tab_widget
    assert main_window.current_tab_title() == "Today"
    assert main_window.tab("Today").greeting_label.text().endswith(", Sam")
    assert get_preference(settings.REGION) == "nz"
    assert not first_run_needed()  # never again


def test_first_run_lock_button_opens_the_lock_dialog(main_window, qtbot):
    page = main_window.show_first_run(start_demo=lambda: True)
    click(qtbot, page.lock_button)
    dialog = main_window.findChild(type(main_window), "lock_settings_dialog") or next(
        w for w in main_window.children() if w.objectName() == "lock_settings_dialog")
    assert dialog.isVisible()
    dialog.close()


def test_settings_persist_take_effect_and_dark_reaches_a_chart(main_window, qtbot, context):
    seen = []
    context.signals.preferences_changed.connect(seen.append)
    opened = []
    dialog = SettingsDialog(context, main_window, open_folder=opened.append)
    qtbot.addWidget(dialog)
    dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData("dark"))
    dialog.date_format_combo.setCurrentIndex(dialog.date_format_combo.findData("iso"))
    dialog.cadence_spins["family"].setValue(10)
    click(qtbot, dialog.open_folder_button)
    assert opened == [context.paths.data_dir]
    click(qtbot, dialog.button_box.button(QDialogButtonBox.StandardButton.Save))
    assert {settings.THEME, settings.DATE_FORMAT, settings.CADENCES} <= set(seen)
    stored = settings.load_settings()
    assert (stored[settings.THEME], stored[settings.DATE_FORMAT]) == ("dark", "iso")
    assert stored[settings.CADENCES] == {"family": 10}
    again = SettingsDialog(context, main_window)  # reopened: the saved choices
    qtbot.addWidget(again)
    assert again.theme_combo.currentData() == "dark"
    assert again.cadence_spins["family"].value() == 10
    QApplication.processEvents()  # the new palette reaches widgets through events
    assert main_window.palette().window().color().lightness() < 128
    main_window.show_tab("Exercise")
    canvas = main_window.tab("Exercise").findChildren(
        __import__("resilience_desktop.charts.canvas", fromlist=["ChartCanvas"]).ChartCanvas)[0]
    canvas.draw_now()
    face = canvas.figure.get_facecolor()
    assert sum(face[:3]) / 3 < 0.3  # a dark figure
    title = canvas.figure.axes[0].title.get_color()
    assert title == "#e6e6e6"  # light text on it


def test_settings_say_when_there_is_no_tray_and_reminders_stay_off(context, qtbot):
    dialog = SettingsDialog(context, tray=lambda: False)
    qtbot.addWidget(dialog)
    assert dialog.tray_note.text() == NO_TRAY_NOTE
    assert not dialog.daily_choice.isEnabled() and not dialog.tray_check.isEnabled()
    assert dialog.values()[settings.DAILY_REMINDER] == ""


def test_settings_dialog_opens_with_ctrl_comma(main_window, qtbot):
    qtbot.keyClick(main_window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = main_window.findChild(SettingsDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.close()


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def test_reminders_fire_at_the_set_time_and_never_when_off(context, qtbot):
    clock = Clock(datetime(2026, 6, 15, 8, 0))  # a Monday
    sent = []
    service = ReminderService(context, clock=clock, notify=sent.append, available=lambda: True)
    clock.now += timedelta(hours=2)
    assert service.check() == [] and sent == []  # off by default
    settings.save_settings({settings.DAILY_REMINDER: "20:30", settings.WEEKLY_REMINDER: "09:00"})
    context.signals.preferences_changed.emit(settings.DAILY_REMINDER)
    assert service.timer.isActive()
    clock.now = datetime(2026, 6, 15, 20, 29)
    assert service.check() == []
    clock.now = datetime(2026, 6, 15, 20, 31)
    assert [r.kind for r in service.check()] == ["daily"]
    assert sent[0].title == "A minute for yourself?"
    clock.now = datetime(2026, 6, 22, 9, 0, 30)  # next Monday, after 09:00: weekly too
    assert sorted(r.kind for r in service.check()) == ["daily", "weekly"]
    settings.save_settings({settings.DAILY_REMINDER: "", settings.WEEKLY_REMINDER: ""})
    context.signals.preferences_changed.emit(settings.DAILY_REMINDER)
    assert not service.timer.isActive()
    clock.now += timedelta(days=3)
    assert service.check() == []


def test_no_tray_means_no_reminders(context):
    clock = Clock(datetime(2026, 6, 15, 8, 0))
    sent = []
    settings.save_settings({settings.DAILY_REMINDER: "09:00"})
    service = ReminderService(context, clock=clock, notify=sent.append, available=lambda: False)
    clock.now += timedelta(hours=2)
    assert service.check() == [] and sent == [] and not service.timer.isActive()


def test_reminder_words_are_kind():
    for reminder in reminder_rules.REMINDERS.values():
        text = f"{reminder.title} {reminder.message}".lower()
        assert not any(word in text for word in ("missed", "forgot", "streak", "should"))


def test_keep_in_tray_hides_instead_of_quitting(main_window, context, qtbot):
    settings.save_settings({settings.KEEP_IN_TRAY: True})
    service = ReminderService(context, lambda: main_window, notify=lambda r: None,
                              available=lambda: True)
    service.tray = object()  # stands in for the icon: offscreen has no tray
    main_window.keeps_in_tray = service.keeps_in_tray
    main_window.close()
    assert main_window.isHidden() and not main_window.quitting


def test_screenshots_of_a_fresh_data_dir_start_with_the_first_run_page(tmp_path):
    from tests.conftest import run_cli

    result = run_cli("--data-dir", str(tmp_path / "data"), "--screenshot", str(tmp_path / "shots"))
    assert result.returncode == 0, result.stderr
    written = [line.rsplit("/", 1)[-1] for line in result.stdout.split()]
    assert written[0] == "first-run.png" and "today.png" in written and "settings.png" in written
    smoke = run_cli("--data-dir", str(tmp_path / "data"), "--smoke")
    assert smoke.returncode == 0, smoke.stderr


def test_date_format_reaches_every_tab_without_restart(main_window, qtbot, context):
    from datetime import date

    from resilience_desktop.services.journal import entries as journal
    from resilience_desktop.ui.journal.entry_list_model import HTML_ROLE

    journal.save_entry(journal.EntryInput(entry_date=date(2026, 3, 4), body="A walk."))
    main_window.show_tab("Journal")
    browser = main_window.tab("Journal").browser
    browser.refresh()
    first = next(i for i in range(browser.model.rowCount())
                 if "A walk" in (browser.model.index(i).data(HTML_ROLE) or ""))
    assert "Wed 4 Mar 2026" in browser.model.index(first).data(HTML_ROLE)
    dialog = SettingsDialog(context, main_window)
    qtbot.addWidget(dialog)
    dialog.date_format_combo.setCurrentIndex(dialog.date_format_combo.findData("iso"))
    click(qtbot, dialog.button_box.button(QDialogButtonBox.StandardButton.Save))
    assert "2026-03-04" in browser.model.index(first).data(HTML_ROLE)
