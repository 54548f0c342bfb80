"""The Breathe page: the pacer follows the clock, tones, early stop, stress, custom patterns."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from resilience_desktop.core.models.calm import CalmPattern, CalmSession
from resilience_desktop.services.calm import custom
from resilience_desktop.ui.calm.pattern_dialog import PatternDialog
from tests.ui.calm_helpers import calm, clock, run_for, sounds  # noqa: F401 (fixtures)


def _press(qtbot, widget, key) -> None:
    qtbot.keyClick(widget, key)


def test_safety_line_shows_before_the_first_session_and_stays_reachable(calm, qtbot):
    page = calm.breathe_page
    assert page.safety_banner.isVisible()
    assert "Stop if dizzy" in page.safety_label.text()
    qtbot.mouseClick(page.findChild(type(page.start_button), "breathing_safety_ok_button"),
                     Qt.MouseButton.LeftButton)
    assert not page.safety_banner.isVisible()
    qtbot.mouseClick(page.safety_button, Qt.MouseButton.LeftButton)
    assert page.safety_banner.isVisible()


def test_the_pacer_shows_the_phase_at_chosen_clock_times(calm, clock, qtbot):
    page = calm.breathe_page
    page.select_pattern("Box")
    page.start_button.setFocus()
    _press(qtbot, page.start_button, Qt.Key.Key_Space)
    assert page.active and page.pacer.frame_timer.isActive()
    shown = {}
    for at in (0.5, 5.0, 9.0, 13.5, 16.2, 40.0):
        run_for(page, clock, at - page.pacer.elapsed())
        shown[at] = page.pacer.caption()
    assert shown[0.5][:2] == ("Breathe in", "4")
    assert shown[5.0][:2] == ("Hold", "3")
    assert shown[9.0][:2] == ("Breathe out", "3")
    assert shown[13.5][:2] == ("Hold", "3")
    assert shown[16.2][0] == "Breathe in" and shown[16.2][2].startswith("1 of 15 breaths done")
    assert shown[40.0][0] == "Breathe out" and "3:20 left" in shown[40.0][2]
    page.pacer.grab()  # paints without error, in both modes
    page.reduced_check.setChecked(True)
    page.pacer.grab()
    assert page.pacer.frames_painted >= 2


def test_space_pauses_the_clock_and_a_finished_session_is_logged(calm, clock, qtbot, sounds):
    page = calm.breathe_page
    page.select_pattern("4-7-8")
    assert page.plan()[0] == 4  # beginners: at most four cycles
    page.tones_check.setChecked(True)
    page.stress_before.buttons[7].click()
    page.start_button.setFocus()
    _press(qtbot, page.start_button, Qt.Key.Key_Space)
    run_for(page, clock, 10)
    _press(qtbot, page.pacer, Qt.Key.Key_Space)  # pause
    assert not page.pacer.running and page.pacer.caption()[0] == "Paused"
    assert not page.pacer.frame_timer.isActive()  # no repaints while paused
    clock.advance(300)  # a long pause does not count
    _press(qtbot, page.pacer, Qt.Key.Key_Space)
    run_for(page, clock, 76 - 10 + 1)
    assert not page.active
    session = CalmSession.get()
    assert (session.kind, session.name, session.planned_seconds, session.actual_seconds,
            session.stress_before) == ("breathing", "4-7-8", 76, 76, 7)
    # one tone in, two tones out (tone_out), a quiet one for the hold, phase by phase
    assert sounds.names()[:4] == ["tone_in", "tone_hold", "tone_out", "tone_in"]
    assert len(sounds.played) == 12
    page.stress_after.buttons[3].click()
    assert CalmSession.get().stress_after == 3
    assert not page.stress_after.isVisible()
    assert custom.last_used_pattern().name == "4-7-8"


def test_esc_ends_early_and_logs_the_seconds_breathed(calm, clock, qtbot):
    page = calm.breathe_page
    page.select_pattern("Resonance")
    page.start_button.setFocus()
    _press(qtbot, page.start_button, Qt.Key.Key_Space)
    run_for(page, clock, 42.5)
    _press(qtbot, page.pacer, Qt.Key.Key_Escape)
    session = CalmSession.get()
    assert (session.actual_seconds, session.planned_seconds) == (42, 308)  # 5 min = 28 whole breaths of 11 s
    assert session.stress_before is None
    assert "Logged 0:42 of 5:08" in page.status_label.text()
    page.stress_after.skip_button.click()
    assert CalmSession.get().stress_after is None
    assert "This week: 1 min" in page.week_label.text()


def test_no_audio_device_still_runs_with_words_instead(calm, clock, qtbot, sounds):
    sounds.audible = False
    page = calm.breathe_page
    page.tones_check.setChecked(True)
    page.start_button.click()
    run_for(page, clock, 2)
    assert "No sound output here" in page.status_label.text()
    page.stop_button.click()
    assert CalmSession.select().count() == 0  # 2 s: an accidental start is not logged
    assert "nothing was logged" in page.status_label.text()


def test_custom_patterns_are_made_in_the_dialog_and_offered(calm, clock, qtbot, monkeypatch):
    def script(dialog: PatternDialog):
        dialog.show()
        qtbot.keyClicks(dialog.name_edit, "Evening")
        dialog.spins["inhale"].setValue(4.5)
        dialog.spins["exhale"].setValue(0)
        dialog.save_button.click()
        assert "in-breath and an out-breath" in dialog.message_label.text()
        dialog.spins["exhale"].setValue(7.5)
        dialog.save_button.click()
        assert dialog.message_label.text() == "" and dialog.pattern_list.count() == 1
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(PatternDialog, "exec", script)
    page = calm.breathe_page
    page.patterns_button.click()
    assert CalmPattern.get().exhale == 7.5
    page.select_pattern("Evening")
    assert page.pattern().timing_text() == "in 4.5, out 7.5 s"
    page.start_button.click()
    run_for(page, clock, 5)
    assert page.pacer.caption()[0] == "Breathe out"


def test_ctrl_b_opens_the_pacer_on_the_last_used_pattern(calm, main_window, qtbot):
    custom.remember_pattern("Cyclic sighing")
    main_window.show_tab("Journal")
    qtbot.keyClick(main_window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert main_window.current_tab_title() == "Calm"
    assert calm.pages.currentWidget() is calm.breathe_page
    assert calm.breathe_page.pattern().name == "Cyclic sighing"
