"""The one-tap mood check-in: the journal's mood pad and emotion words.

Tapping the pad saves a check-in entry on its own (after a short pause, so
dragging the point is one save); ticking words updates it. "Write more…"
opens it in the Journal tab to grow into a full entry.
"""

from __future__ import annotations


from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from resilience_desktop.core import clock
from resilience_desktop.core.errors import UserFacingError
from resilience_desktop.services.today import checkin
from resilience_desktop.ui.journal.mood_pad import MoodPadWidget
from resilience_desktop.ui.today.parts import TodayCard, text_label
from resilience_desktop.services.wording import signed
from resilience_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from resilience_desktop.ui.settings.theme import ERROR_STYLE
from resilience_desktop.core.log import get_logger

log = get_logger(__name__)
SAVE_DELAY_MS = 600
PROMPT = QT_TRANSLATE_NOOP("Resilience", "How are you right now? Tap the pad: how pleasant, how much energy.")
HINT = (QT_TRANSLATE_NOOP("Resilience", "It is saved to your journal as you tap. Then you can pick words for the feeling: "
        "putting feelings into words can take some of their edge off."))


class CheckInCard(TodayCard):
    saved = Signal(int)  # entry id
    write_more_requested = Signal(int)  # entry id

    def __init__(self, parent=None) -> None:
        super().__init__("checkin_card", translate("Resilience", "Mood check-in"), parent=parent)
        self.entry_id: int | None = None
        self._day = clock.today()
        row = QHBoxLayout()
        self.mood_pad = MoodPadWidget()
        self.mood_pad.setObjectName("today_mood_pad")
        row.addWidget(self.mood_pad)
        column = QVBoxLayout()
        self.mood_label = text_label(PROMPT, "today_mood_label")
        column.addWidget(self.mood_label)
        self.hint_label = text_label(HINT, "checkin_hint_label", muted=True)
        column.addWidget(self.hint_label)
        column.addStretch(1)
        self._column = column
        self.emotion_picker = None  # the words come once the mood is placed (and off the start path)
        row.addLayout(column, 1)
        self.body.addLayout(row)
        bottom = QHBoxLayout()
        self.status_label = text_label("", "checkin_status_label", muted=True)
        self.write_more_button = QPushButton(translate("Resilience", "Write more…"))
        self.write_more_button.setObjectName("write_more_button")
        self.write_more_button.setAccessibleName(translate("Resilience", "Write more in the Journal"))
        self.write_more_button.setEnabled(False)
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.write_more_button)
        self.body.addLayout(bottom)
        self.save_timer = QTimer(self)
        self.save_timer.setSingleShot(True)
        self.save_timer.setInterval(SAVE_DELAY_MS)
        self.save_timer.timeout.connect(self.save_now)
        self.mood_pad.changed.connect(self._on_mood_pad_changed)
        self.write_more_button.clicked.connect(self._on_write_more_button_clicked)

    def _ensure_emotion_picker(self):
        if self.emotion_picker is not None:
            self.emotion_picker.show()
            self.hint_label.hide()
        else:
            from resilience_desktop.ui.journal.emotion_picker import EmotionPickerPanel

            self.emotion_picker = EmotionPickerPanel()
            self.emotion_picker.setObjectName("today_emotion_picker")
            self.emotion_picker.setAccessibleName(translate("Resilience", "Name the feeling"))
            self.emotion_picker.setFixedHeight(150)
            self.hint_label.hide()
            self._column.insertWidget(1, self.emotion_picker)
            self.emotion_picker.changed.connect(self._on_emotion_picker_changed)
            self.emotion_picker.problem.connect(self._show_problem)
            self._order_tab_stops()
        return self.emotion_picker

    def _order_tab_stops(self) -> None:
        """Tab from the pad goes through the words, "Your own word…" and Add before
        "Write more…" (the picker is built after the button, so Qt's order had it last)."""
        picker = self.emotion_picker
        chain = [self.mood_pad, picker.word_list, picker.own_word_edit, picker.add_word_button,
                 self.write_more_button]
        for before, after in zip(chain, chain[1:]):
            QWidget.setTabOrder(before, after)

    def _on_mood_pad_changed(self) -> None:
        from resilience_desktop.services.journal import emotions

        picker = self._ensure_emotion_picker()
        value = self.mood_pad.value()
        quadrant = emotions.quadrant_of(*value) if value else None
        picker.set_quadrant(quadrant)
        if value is not None:
            self.mood_label.setText(translate("Resilience", "Pleasantness {value} · energy {value2}: {quadrant}. Any words for it?").format(value=signed(value[0]), value2=signed(value[1]), quadrant=emotions.QUADRANT_LABELS[quadrant]))
        self.save_timer.start()

    def _on_emotion_picker_changed(self) -> None:
        if self.mood_pad.value() is not None:
            self.save_timer.start()

    def save_now(self) -> bool:
        """Save the check-in now (the pause timer calls this); True when saved."""
        self.save_timer.stop()
        value = self.mood_pad.value()
        if value is None:
            return False
        if clock.today() != self._day:  # a new day: a new check-in
            self.entry_id, self._day = None, clock.today()
        try:
            words = self.emotion_picker.checked_words() if self.emotion_picker else []
            self.entry_id = checkin.save_check_in(value[0], value[1], words, self.entry_id,
                                                  self._day)
        except UserFacingError as error:
            self._show_problem(translate("Resilience", "Not saved: {error}").format(error=error))
            return False
        except Exception as error:  # the database: say so, keep the choice on screen
            log.error("check-in save failed: %s", type(error).__name__)
            self._show_problem(translate("Resilience", "Not saved: {error}. Tap again to retry.").format(error=error))
            return False
        self.status_label.setStyleSheet("color: palette(placeholder-text);")
        self.status_label.setText(translate("Resilience", "Saved to your journal at {now_to_second:%H:%M}.").format(now_to_second=clock.now_to_second()))
        self.write_more_button.setEnabled(True)
        self.saved.emit(self.entry_id)
        return True

    def _show_problem(self, message: str) -> None:
        self.status_label.setStyleSheet(ERROR_STYLE)
        self.status_label.setText(translate("Resilience", message))

    def _on_write_more_button_clicked(self) -> None:
        if self.save_timer.isActive():
            self.save_now()
        if self.entry_id is None:
            return
        entry_id = self.entry_id
        self.start_over()  # the entry now belongs to the Journal
        self.write_more_requested.emit(entry_id)

    def start_over(self) -> None:
        self.entry_id = None
        self.mood_pad.set_value(None)
        if self.emotion_picker is not None:
            self.emotion_picker.set_checked_words([])
            self.emotion_picker.set_quadrant(None)
        self.mood_label.setText(translate("Resilience", PROMPT))
        self.write_more_button.setEnabled(False)
        if self.emotion_picker is not None:
            self.emotion_picker.hide()  # back with the next tap
        self.hint_label.show()

    def flush(self) -> None:
        if self.save_timer.isActive():
            self.save_now()


