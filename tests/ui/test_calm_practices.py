"""Meditate, Imagery, Grounding and Progress pages, and the whole tab from the keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from resilience_desktop.core.models.calm import CalmSession
from resilience_desktop.services.calm.imagery import all_scripts
from resilience_desktop.ui.calm import sound as calm_sound
from tests.ui.calm_helpers import calm, clock, run_for, sounds  # noqa: F401 (fixtures)


def _meditation(calm, minutes=10, warmup=30, interval_index=3):
    page = calm.meditate_page
    calm.pages.setCurrentWidget(page)
    page.minutes_spin.setValue(minutes)
    page.warmup_spin.setValue(warmup)
    page.interval_combo.setCurrentIndex(interval_index)  # every 3 minutes
    return page


def test_interval_and_end_bells_ring_at_the_right_moments(calm, clock, sounds):
    page = _meditation(calm)
    assert page.remaining_label.text() == "10:30"
    page.start_button.click()
    start = clock.now()
    run_for(page, clock, 631, step=0.5)
    assert [(round(at - start, 1), name) for at, name in sounds.played] == [
        (30.0, "bell"), (210.0, "bell_soft"), (390.0, "bell_soft"), (570.0, "bell_soft"),
        (630.0, "bell")]
    assert not page.active and page.stage_label.text() == "Done"
    session = CalmSession.get()
    assert (session.kind, session.planned_seconds, session.actual_seconds) == \
        ("meditation", 630, 630)


def test_the_timer_ends_correctly_with_no_audio_device(calm, clock, monkeypatch, sounds):
    monkeypatch.undo()  # the real sound module: QtMultimedia missing or no output here
    monkeypatch.setattr(calm_sound, "_player", None)
    monkeypatch.setattr(calm_sound._Player, "available", lambda self: False)
    page = _meditation(calm, minutes=1, warmup=0, interval_index=0)
    page.start_button.click()
    run_for(page, clock, 30, step=1)
    assert page.remaining_label.text() == "0:30"
    run_for(page, clock, 31, step=1)
    assert not page.active
    assert page.cue_label.text() == "◉ Bell: the end (shown, not heard)"
    assert CalmSession.get().actual_seconds == 60


def test_meditation_pause_and_early_stop_log_the_time_actually_sat(calm, clock, qtbot):
    page = _meditation(calm, minutes=20, warmup=0, interval_index=0)
    page.start_button.setFocus()
    qtbot.keyClick(page.start_button, Qt.Key.Key_Space)
    run_for(page, clock, 120, step=1)
    qtbot.keyClick(page.start_button, Qt.Key.Key_Space)  # pause
    assert page.stage_label.text() == "Paused"
    clock.advance(600)
    page.tick()
    assert page.remaining_label.text() == "18:00"
    qtbot.keyClick(page.start_button, Qt.Key.Key_Space)
    run_for(page, clock, 65, step=1)
    qtbot.keyClick(page.start_button, Qt.Key.Key_Escape)
    assert page.stage_label.text() == "Ended early"
    assert CalmSession.get().actual_seconds == 185


def test_imagery_advances_at_a_readable_pace_or_by_key(calm, clock, qtbot, sounds):
    page = calm.imagery_page
    calm.pages.setCurrentWidget(page)
    page.script_combo.setCurrentIndex(1)
    script = all_scripts()[1]
    page.bell_check.setChecked(True)
    page.start_button.setFocus()
    qtbot.keyClick(page.start_button, Qt.Key.Key_Space)
    assert page.text_label.text() == script.sections[0]
    run_for(page, clock, script.section_seconds(0) - 1)
    assert page.section == 0
    run_for(page, clock, 1.5)
    assert page.section == 1 and page.progress_bar.value() == 2
    assert sounds.names() == ["bell_soft"]
    qtbot.keyClick(page.start_button, Qt.Key.Key_Right)
    assert page.section == 2
    qtbot.keyClick(page.start_button, Qt.Key.Key_Left)
    assert page.section == 1 and page.text_label.text() == script.sections[1]
    for _ in range(len(script.sections)):
        qtbot.keyClick(page.start_button, Qt.Key.Key_Right)
    assert not page.active
    session = CalmSession.get()
    assert (session.kind, session.name) == ("imagery", "A walk by the sea")


def test_read_aloud_is_silently_unavailable_without_a_voice(calm):
    page = calm.imagery_page
    page.speak_check.setChecked(True)  # no QtTextToSpeech voice on a test machine
    if page.speaker is None:
        assert not page.speak_check.isChecked() and not page.speak_check.isEnabled()


def test_grounding_notes_are_kept_only_when_saved(calm, clock, qtbot):
    page = calm.grounding_page
    calm.pages.setCurrentWidget(page)
    for keep in (False, True):
        page.start_button.click()
        assert page.title_label.text() == "5 things you can see"
        qtbot.keyClicks(page.notes_edit, "the lamp, a mug")
        for _ in range(4):
            clock.advance(20)
            page.next_button.click()
        assert page.title_label.text() == "1 thing you can taste"
        page.keep_notes_check.setChecked(keep)
        page.next_button.click()
        page.stress_after.skip_button.click()
    first, second = CalmSession.select().order_by(CalmSession.id)
    assert first.notes == "" and second.notes == "5 see: the lamp, a mug"
    assert (second.kind, second.planned_seconds, second.actual_seconds) == \
        ("grounding", None, 80)
    assert page.notes_edit.toPlainText() == ""


def test_progress_page_shows_practice_and_charts(calm, clock):
    page = calm.breathe_page
    page.stress_before.buttons[6].click()
    page.start_button.click()
    run_for(page, clock, 30)
    page.stop_button.click()
    page.stress_after.buttons[2].click()
    calm.pages.setCurrentWidget(calm.progress_page)
    progress = calm.progress_page
    assert "<b>1</b> practice." in progress.summary_label.text()
    assert "stress 6→2" in progress.recent_list.item(0).text()
    progress.weekly_canvas.draw_now()
    progress.chart_tabs.setCurrentIndex(1)
    progress.stress_canvas.draw_now()
    labels = [t.get_text() for t in progress.stress_canvas.figure.axes[0].get_yticklabels()]
    assert labels == ["Breathing: Box (n=1)"]
    uid = CalmSession.get().uid
    assert not progress.delete_button.isEnabled()  # nothing chosen yet
    progress.recent_list.setCurrentRow(0)
    assert progress.delete_button.isEnabled()
    progress.delete_button.click()
    assert CalmSession.select().count() == 0 and progress.recent_list.count() == 0
    assert "Deleted Breathing: Box of 11 Mar 2026" in progress.status_label.text()
    assert "No practice yet this week" in progress.summary_label.text()
    progress.undo_button.click()
    restored = CalmSession.get()
    assert (restored.uid, restored.stress_after) == (uid, 2) and progress.recent_list.count() == 1


def test_the_whole_tab_works_from_the_keyboard(calm, clock, qtbot, main_window):
    """Tab moves through every control; Alt+letters pick sub-pages; Space and Esc run."""
    qtbot.keyClick(main_window, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    assert calm.pages.currentWidget() is calm.meditate_page
    qtbot.keyClick(main_window, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    page = calm.breathe_page
    assert calm.pages.currentWidget() is page
    reached = set()
    widget = QApplication.focusWidget()
    for _ in range(40):
        qtbot.keyClick(QApplication.focusWidget() or main_window, Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        if widget is not None:
            reached.add(widget.objectName())
    for name in ("pattern_combo", "length_spin", "unit_combo", "tones_check", "reduced_check",
                 "breathing_start_button", "breathing_safety_button", "breathing_stress_before_0"):
        assert name in reached, name
    page.stress_before.buttons[0].setFocus()
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)  # presses the focused rating
    assert page.stress_before.value == 4 and not page.active
    page.start_button.setFocus()
    qtbot.keyClick(page.start_button, Qt.Key.Key_Space)
    run_for(page, clock, 20)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    session = CalmSession.get()
    assert (session.actual_seconds, session.stress_before) == (20, 4)
