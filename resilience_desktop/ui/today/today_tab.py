"""The Today tab: a greeting, the one-tap mood check-in, this week's activity,
the mood trend, people due a contact, looking back, and one suggestion.

It reads one TodaySnapshot (services/today) and refreshes when another tab
changes data (the app signals), or, if hidden then, the next time it shows.
Everything links to its tab through ``show_tab_requested``.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from resilience_desktop.core import clock
from resilience_desktop.services import dates
from resilience_desktop.services.journal import followups
from resilience_desktop.services.today.snapshot import load_today
from resilience_desktop.ui.today.cards import (LookingBackCard, MoodTrendCard, PeopleCard,
                                               PracticeCard, WeekCard)
from resilience_desktop.ui.today.checkin_card import CheckInCard
from resilience_desktop.ui.widgets.base_tab import BaseTab
from resilience_desktop.core.i18n import translate


def greeting(hour: int, first_name: str) -> str:
    part = translate("Resilience", "Good morning") if 5 <= hour < 12 else translate("Resilience", "Good afternoon") if 12 <= hour < 18 \
        else translate("Resilience", "Good evening")
    return f"{part}, {first_name}" if first_name else part


class TodayTab(BaseTab):
    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        self._stale = True
        self.snapshot = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setObjectName("today_scroll")
        scroll.setAccessibleName(translate("Resilience", "Today"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        page = QWidget()
        page.setObjectName("today_page")
        scroll.setWidget(page)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(28, 18, 28, 18)
        layout.setSpacing(12)
        layout.addWidget(self._build_header())
        columns = QHBoxLayout()
        columns.setSpacing(14)
        left, right = QVBoxLayout(), QVBoxLayout()
        self.checkin_card = CheckInCard()
        self.looking_back_card = LookingBackCard()
        self.people_card = PeopleCard()
        self.week_card = WeekCard()
        self.mood_trend_card = MoodTrendCard()
        self.practice_card = PracticeCard()
        for column, cards in ((left, (self.checkin_card, self.looking_back_card, self.people_card)),
                              (right, (self.week_card, self.mood_trend_card, self.practice_card))):
            for card in cards:
                column.addWidget(card)
                card.link_clicked.connect(context.signals.show_tab_requested)
            column.addStretch(1)
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        layout.addLayout(columns)
        layout.addStretch(1)
        self._connect()
        # Left open overnight: the greeting follows the hour, the cards the new day.
        self.clock_timer = QTimer(self)
        self.clock_timer.setInterval(60_000)
        self.clock_timer.timeout.connect(self.check_clock)
        self.clock_timer.start()
        self.refresh()

    def _build_header(self) -> QWidget:
        header = QWidget()
        box = QVBoxLayout(header)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        self.greeting_label = QLabel()
        self.greeting_label.setObjectName("greeting_label")
        font = self.greeting_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setBold(True)
        self.greeting_label.setFont(font)
        self.date_label = QLabel()
        self.date_label.setObjectName("date_label")
        box.addWidget(self.greeting_label)
        box.addWidget(self.date_label)
        return header

    def _connect(self) -> None:
        signals = self.context.signals
        for signal in (signals.journal_changed, signals.exercise_changed, signals.people_changed,
                       signals.calm_changed, signals.insights_changed, signals.data_replaced):
            self.listen(signal, self.mark_stale)
        self.listen(signals.preferences_changed, self._on_signals_preferences_changed)
        self.checkin_card.saved.connect(self._on_checkin_card_saved)
        self.checkin_card.write_more_requested.connect(self._open_journal_entry)
        self.looking_back_card.entry_chosen.connect(self._open_journal_entry)
        self.looking_back_card.answer_requested.connect(self._on_looking_back_answer)
        self.looking_back_card.put_off_requested.connect(self._on_looking_back_put_off)
        self.people_card.log_contact_requested.connect(self.open_contact_dialog)

    # -- refreshing ------------------------------------------------------------
    def mark_stale(self, *_args) -> None:
        """Data changed somewhere: refresh now if shown, else when next shown."""
        self._stale = True
        if self.isVisible():
            self.refresh()

    def _on_signals_preferences_changed(self, _key: str) -> None:
        self.mark_stale()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        if self._stale or (self.snapshot and self.snapshot.day != clock.today()):
            self.refresh()

    def check_clock(self) -> None:
        now = clock.now_to_second()
        if self.snapshot is not None and self.snapshot.day != now.date():
            self.mark_stale()
        elif self.snapshot is not None:
            self.greeting_label.setText(greeting(now.hour, self.snapshot.first_name))

    def refresh(self) -> None:
        now = clock.now_to_second()
        self.snapshot = snapshot = load_today(now.date())
        self.greeting_label.setText(greeting(now.hour, snapshot.first_name))
        self.date_label.setText(dates.long_day(snapshot.day))
        for card in (self.looking_back_card, self.people_card, self.week_card,
                     self.mood_trend_card, self.practice_card):
            card.show_snapshot(snapshot)
        self._stale = False

    # -- actions -----------------------------------------------------------------
    def _on_checkin_card_saved(self, _entry_id: int) -> None:
        self.context.signals.journal_changed.emit()  # our own refresh comes with it

    def _open_journal_entry(self, entry_id: int) -> None:
        self.context.signals.show_tab_requested.emit("Journal")
        self.context.signals.journal_entry_requested.emit(entry_id)

    def _on_looking_back_answer(self, card) -> None:
        self.context.signals.show_tab_requested.emit("Journal")
        self.context.signals.reflection_requested.emit(card)

    def _on_looking_back_put_off(self, card) -> None:
        followups.put_off(card, clock.today())
        self.refresh()

    def open_contact_dialog(self, person_id: int):
        from resilience_desktop.services.people import contacts
        from resilience_desktop.services.people import records
        from resilience_desktop.ui.people.contact_dialog import ContactDialog

        today = clock.today()
        members = records.memberships()
        groups = [(g.id, g.name, members.get(g.id, [])) for g in records.list_groups()]
        people = [(p.id, p.name) for p in records.list_people()]

        def save(value):
            contacts.log_contact(value, today=today)
            self.context.signals.people_changed.emit()

        dialog = ContactDialog(save, people, groups, today,
                               contacts.ContactInput(day=today, person_ids=[person_id]), self)
        dialog.open()
        return dialog

    def can_close(self) -> bool:
        self.checkin_card.flush()
        return True
