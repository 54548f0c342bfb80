"""Focus mode for practice (issue 19, part 4): the pacer or the timer fills the screen,
nothing else shows, Esc returns to where the person was, the practice goes on."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from resilience_desktop.core.models.calm import CalmSession
from tests.ui.accessibility_tree import problems
from tests.ui.calm_helpers import calm, clock, run_for, sounds  # noqa: F401 (fixtures)


def _breathe(calm, pattern="Box"):
    page = calm.breathe_page
    calm.pages.setCurrentWidget(page)
    page.safety_banner.hide()
    page.select_pattern(pattern)
    return page


def _shows_only_the_practice(window, page) -> None:
    view = page.focus_mode.view
    assert window.stack.currentWidget() is view and view.isVisible()
    assert not window.tab_widget.isVisible()  # no tabs, no form, no menus
    assert not window.menuBar().isVisible()
    assert not page.isVisible()
    assert window.isFullScreen()
    display = page.focus_display()
    assert display.isVisible() and view.isAncestorOf(display)


def test_f11_shows_the_pacer_alone_and_esc_returns_with_it_still_breathing(calm, clock, qtbot):
    window = calm.window()
    page = _breathe(calm)
    size_before = window.size()
    page.start_button.setFocus()
    qtbot.keyClick(page.start_button, Qt.Key.Key_F11)
    _shows_only_the_practice(window, page)
    view = page.focus_mode.view
    assert page.pacer.width() > 0.9 * view.width()  # the pacer fills the view
    assert page.pacer.height() > 0.6 * view.height()
    assert QApplication.focusWidget() is view.start_button
    qtbot.keyClick(view.start_button, Qt.Key.Key_Space)  # Space starts, in focus mode too
    assert page.active and page.pacer.running
    assert view.start_button.text() == "Pause (Space)"
    run_for(page, clock, 5.0)
    assert page.pacer.caption()[:2] == ("Hold", "3")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    # back exactly where the person was, and the pacer never stopped
    assert not page.in_focus and page.active and page.pacer.running
    assert window.stack.currentWidget() is window.tab_widget
    assert window.current_tab_title() == "Calm" and calm.pages.currentWidget() is page
    assert window.menuBar().isVisible() and not window.isFullScreen()
    assert window.size() == size_before
    assert page.pacer.isVisible() and page.isAncestorOf(page.pacer)
    assert QApplication.focusWidget() is page.start_button
    run_for(page, clock, 4.0)
    assert page.pacer.caption()[0] == "Breathe out"
    qtbot.keyClick(page.start_button, Qt.Key.Key_F11)  # and in again, mid-breath
    assert page.in_focus and page.pacer.running
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F11)  # F11 leaves too
    assert not page.in_focus and page.active
    page.stop()
    assert CalmSession.get().actual_seconds == 9


def test_the_focus_button_and_a_practice_that_ends_in_focus_mode_is_logged(calm, clock, qtbot):
    window = calm.window()
    page = _breathe(calm, "4-7-8")
    page.stress_before.buttons[6].click()
    qtbot.mouseClick(page.focus_button, Qt.MouseButton.LeftButton)
    _shows_only_the_practice(window, page)
    view = page.focus_mode.view
    assert not view.stop_button.isEnabled()  # nothing to end yet
    qtbot.mouseClick(view.start_button, Qt.MouseButton.LeftButton)
    assert view.stop_button.isEnabled()
    run_for(page, clock, 20)
    assert page.in_focus and page.pacer.running
    run_for(page, clock, 60)  # four beginner breaths of 4-7-8 are 76 s
    session = CalmSession.get()
    assert (session.name, session.actual_seconds, session.stress_before) == ("4-7-8", 76, 6)
    # the end leaves focus mode by itself: the "Logged" line and the after rating show
    assert not page.in_focus and window.stack.currentWidget() is window.tab_widget
    assert page.status_label.isVisible() and page.status_label.text().startswith("Logged 1:16")
    assert page.stress_after.isVisible()
    assert QApplication.focusWidget() is page.stress_after.buttons[0]
    assert not window.isFullScreen() and window.menuBar().isVisible()


def test_the_meditation_timer_in_focus_mode_rings_and_end_and_log_logs(calm, clock, qtbot, sounds):
    window = calm.window()
    page = calm.meditate_page
    calm.pages.setCurrentWidget(page)
    page.minutes_spin.setValue(5)
    page.warmup_spin.setValue(10)
    normal_size = page.remaining_label.font().pointSizeF()
    page.focus_button.setFocus()
    qtbot.keyClick(page.focus_button, Qt.Key.Key_F11)
    _shows_only_the_practice(window, page)
    view = page.focus_mode.view
    assert page.remaining_label.text() == "5:10" and page.remaining_label.isVisible()
    assert page.remaining_label.font().pointSizeF() == 2 * normal_size
    assert not page.minutes_spin.isVisible()  # the form stays behind
    qtbot.keyClick(view.start_button, Qt.Key.Key_Space)
    run_for(page, clock, 71, step=0.5)
    assert sounds.names() == ["bell"]  # the start bell after the warm-up, in focus mode
    assert page.stage_label.text() == "Sitting" and page.remaining_label.text() == "3:59"
    qtbot.keyClick(view.start_button, Qt.Key.Key_Space)  # pause
    assert page.stage_label.text() == "Paused" and view.start_button.text() == "Resume (Space)"
    clock.advance(100)
    qtbot.mouseClick(view.stop_button, Qt.MouseButton.LeftButton)
    assert CalmSession.get().actual_seconds == 71
    assert not page.in_focus and page.minutes_spin.isVisible()
    assert page.remaining_label.font().pointSizeF() == normal_size


def test_focus_mode_reads_well_and_every_control_is_a_tab_press_away(calm, qtbot):
    window = calm.window()
    page = _breathe(calm)
    page.enter_focus()
    view = page.focus_mode.view
    assert problems(window) == []
    assert view.accessibleName() == "Focus mode: Breathing pacer"
    assert [b.accessibleName() for b in (view.start_button, view.stop_button, view.leave_button)] \
        == ["Start", "End and log", "Leave focus"]
    reached = []
    for _ in range(4):
        reached.append(QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert view.leave_button in reached and window.tab_widget not in reached
    view.leave_button.setFocus()
    qtbot.keyClick(view.leave_button, Qt.Key.Key_Space)  # Space presses the focused button
    assert not page.in_focus and not page.active


def test_closing_the_window_in_focus_mode_logs_the_practice(calm, clock, qtbot):
    window = calm.window()
    page = _breathe(calm)
    page.enter_focus()
    page.toggle()
    run_for(page, clock, 30)
    window.close()
    assert CalmSession.get().actual_seconds == 30
    assert not page.in_focus
