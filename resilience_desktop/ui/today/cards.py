"""Today's cards: the week's exercise, the mood trend, people due for contact,
looking back, self-checks and the suggested practice. Each card is fed a
TodaySnapshot by ``show_snapshot`` and asks for things with signals only."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from resilience_desktop.services import dates
from resilience_desktop.services.exercise.heart_minutes import week_text as heart_minutes_text
from resilience_desktop.services.exercise.stats import GUIDELINE_LOW, STRENGTH_DAYS
from resilience_desktop.services.journal import followups
from resilience_desktop.services.people.records import relationship_label
from resilience_desktop.ui.today.painted import MoodSparkline, WeekRing
from resilience_desktop.ui.today.parts import TodayCard, set_shown, text_label
from resilience_desktop.ui.widgets.text import shorten
from resilience_desktop.core.i18n import translate


def _clear(layout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item.widget() is not None:
            item.widget().deleteLater()
        elif item.layout() is not None:
            _clear(item.layout())


class WeekCard(TodayCard):
    def __init__(self, parent=None) -> None:
        super().__init__("week_card", translate("Resilience", "This week's activity"), translate("Resilience", "Exercise"), translate("Resilience", "Exercise →"), parent)
        row = QHBoxLayout()
        self.ring = WeekRing(GUIDELINE_LOW)
        row.addWidget(self.ring)
        self.summary_label = text_label("", "week_summary_label")
        row.addWidget(self.summary_label, 1)
        self.body.addLayout(row)
        # Shown only for a week with imported Heart Minutes (Google Fit's own measure).
        self.heart_minutes_label = text_label("", "week_heart_minutes_label", muted=True)
        set_shown(self.heart_minutes_label, False)
        self.body.addWidget(self.heart_minutes_label)

    def show_snapshot(self, snapshot) -> None:
        week = snapshot.week
        minutes = week.guideline_minutes
        self.ring.set_minutes(minutes)
        if minutes >= GUIDELINE_LOW:
            aim = translate("Resilience", "You have reached the WHO guideline's 150 minutes this week.")
        elif minutes:
            aim = translate("Resilience", "{minutes} minutes to the guideline's 150. Every bit counts.").format(minutes=GUIDELINE_LOW - minutes)
        else:
            aim = translate("Resilience", "Nothing logged yet this week. Some activity is better than none.")
        strength = min(week.strength_days, STRENGTH_DAYS)
        self.summary_label.setText(
            translate("Resilience", "<b>{minutes}</b> guideline minutes since {start}.<br>{aim}<br>Muscle strengthening: {strength} of {strength_days} days{value}.").format(minutes=minutes, start=dates.format_day(week.start), aim=aim, strength=strength, strength_days=STRENGTH_DAYS, value=' ✔' if week.strength_days >= STRENGTH_DAYS else ''))
        heart = heart_minutes_text(snapshot.heart_minutes)
        self.heart_minutes_label.setText(heart)
        set_shown(self.heart_minutes_label, bool(heart))


class MoodTrendCard(TodayCard):
    def __init__(self, parent=None) -> None:
        super().__init__("mood_trend_card", translate("Resilience", "Mood, last 30 days"), translate("Resilience", "Journal"), translate("Resilience", "Journal →"), parent)
        self.sparkline = MoodSparkline(30)
        self.body.addWidget(self.sparkline)
        self.caption_label = text_label("", "mood_trend_caption", muted=True)
        self.body.addWidget(self.caption_label)

    def show_snapshot(self, snapshot) -> None:
        self.sparkline.set_points(snapshot.day, {m.day: m.pleasantness for m in snapshot.mood})
        days = len(snapshot.mood)
        self.caption_label.setText(
            translate("Resilience", "Pleasantness from −5 to +5, {days} with a check-in.").format(days=translate('Resilience', '%n days', '%n day', days))
            if days else translate("Resilience", "Your check-ins will draw a line here."))


class PeopleCard(TodayCard):
    log_contact_requested = Signal(int)  # person id

    def __init__(self, parent=None) -> None:
        super().__init__("people_card", translate("Resilience", "Stay in touch"), translate("Resilience", "People"), translate("Resilience", "People →"), parent)
        self.rows = QVBoxLayout()
        self.body.addLayout(self.rows)

    def show_snapshot(self, snapshot) -> None:
        _clear(self.rows)
        if not snapshot.people_due:
            text = (translate("Resilience", "Nobody is due a contact. Well kept in touch.") if snapshot.people_count else
                    translate("Resilience", "Add the people who matter to you on the People tab, and Today will "
                    "remind you gently when it has been a while."))
            self.rows.addWidget(text_label(text, "people_none_label", muted=True))
            return
        for status in snapshot.people_due:
            row = QHBoxLayout()
            last = (translate("Resilience", "last contact {last_contact}").format(last_contact=dates.format_day(status.last_contact))
                    if status.last_contact else translate("Resilience", "no contact logged yet"))
            row.addWidget(text_label(
                f"<b>{html.escape(status.name)}</b> · "
                f"{html.escape(relationship_label(status.relationship))}, {last}"), 1)
            button = QPushButton(translate("Resilience", "Log contact…"))
            button.setObjectName(f"log_contact_button_{status.person_id}")
            button.setAccessibleName(translate("Resilience", "Log a contact with {name}").format(name=status.name))
            button.clicked.connect(lambda _=False, pid=status.person_id:
                                   self.log_contact_requested.emit(pid))
            row.addWidget(button)
            self.rows.addLayout(row)


class LookingBackCard(TodayCard):
    answer_requested = Signal(object)  # FollowUp
    put_off_requested = Signal(object)  # FollowUp
    entry_chosen = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__("looking_back_card", translate("Resilience", "Looking back"), parent=parent)
        self.card = None
        self.on_this_day_buttons: list[QPushButton] = []
        self.follow_up_box = QWidget()
        box = QVBoxLayout(self.follow_up_box)
        box.setContentsMargins(0, 0, 0, 0)
        self.card_label = text_label("", "card_label")
        box.addWidget(self.card_label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.answer_button = QPushButton(translate("Resilience", "Write a reflection"))
        self.answer_button.setObjectName("answer_button")
        self.later_button = QPushButton(translate("Resilience", "Not now"))
        self.later_button.setObjectName("later_button")
        self.later_button.setToolTip(translate("Resilience", "Hide this until the next look back is due"))
        buttons.addWidget(self.answer_button)
        buttons.addWidget(self.later_button)
        box.addLayout(buttons)
        self.body.addWidget(self.follow_up_box)
        # One flat button per earlier entry: each is its own Tab stop with its own
        # name, so a screen reader lists them and Space or Enter opens one.
        self.on_this_day_box = QWidget()
        self.on_this_day_box.setObjectName("on_this_day_box")
        self.on_this_day_box.setAccessibleName(self.tr("On this day"))
        on_this_day = QVBoxLayout(self.on_this_day_box)
        on_this_day.setContentsMargins(0, 0, 0, 0)
        on_this_day.setSpacing(0)
        on_this_day.addWidget(text_label(f"<b>{html.escape(self.tr('On this day'))}</b>",
                                         "on_this_day_label"))
        self.on_this_day_rows = QVBoxLayout()
        on_this_day.addLayout(self.on_this_day_rows)
        self.body.addWidget(self.on_this_day_box)
        self.answer_button.clicked.connect(lambda: self.card and self.answer_requested.emit(self.card))
        self.later_button.clicked.connect(lambda: self.card and self.put_off_requested.emit(self.card))

    def show_snapshot(self, snapshot) -> None:
        self.card = snapshot.follow_up
        set_shown(self.follow_up_box, self.card is not None)
        if self.card is not None:
            what = html.escape(self.card.title or shorten(self.card.preview, 80))
            self.card_label.setText(
                translate("Resilience", "<b>A hard time {day}</b> ({entry_date}: <i>{what}</i>)<br>{follow_up_questions}").format(day=followups.how_long_ago(self.card.entry_date, snapshot.day), entry_date=dates.format_day(self.card.entry_date), what=what, follow_up_questions=translate("Resilience", followups.FOLLOW_UP_QUESTIONS)))
        entries = snapshot.on_this_day
        set_shown(self.on_this_day_box, bool(entries))
        _clear(self.on_this_day_rows)
        self.on_this_day_buttons = [self._on_this_day_button(e) for e in entries]
        for button in self.on_this_day_buttons:
            self.on_this_day_rows.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        set_shown(self, self.card is not None or bool(entries))

    def _on_this_day_button(self, entry) -> QPushButton:
        what = entry.title or shorten(entry.preview, 60) or self.tr("untitled")
        button = QPushButton(f"{entry.entry_date.year}: {what}".replace("&", "&&"))
        button.setObjectName(f"on_this_day_{entry.id}")
        button.setFlat(True)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.setStyleSheet("QPushButton { color: palette(link); text-decoration: underline;"
                             " text-align: left; }")
        button.setAccessibleName(self.tr("Open the entry of {0}: {1}").format(
            dates.format_day(entry.entry_date), what))
        button.clicked.connect(lambda _=False, entry_id=entry.id: self.entry_chosen.emit(entry_id))
        return button


class PracticeCard(TodayCard):
    """The suggested practice, and any self-checks due."""

    def __init__(self, parent=None) -> None:
        super().__init__("practice_card", translate("Resilience", "Something for today"), parent=parent)
        self.suggestion_label = text_label("", "suggestion_label")
        self.body.addWidget(self.suggestion_label)
        self.go_button = QPushButton()
        self.go_button.setObjectName("suggestion_button")
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.go_button)
        self.body.addLayout(row)
        self.checks_label = text_label("", "due_checks_label")
        self.body.addWidget(self.checks_label)
        self.checks_button = QPushButton(translate("Resilience", "Insights →"))
        self.checks_button.setObjectName("due_checks_button")
        self.checks_button.setAccessibleName(translate("Resilience", "Open the Insights tab"))
        checks_row = QHBoxLayout()
        checks_row.addStretch(1)
        checks_row.addWidget(self.checks_button)
        self.body.addLayout(checks_row)
        self.go_button.clicked.connect(lambda: self.link_clicked.emit(self._tab))
        self.checks_button.clicked.connect(lambda: self.link_clicked.emit("Insights"))
        self._tab = translate("Resilience", "Exercise")

    def show_snapshot(self, snapshot) -> None:
        suggestion = snapshot.suggestion
        set_shown(self.suggestion_label, suggestion is not None)
        set_shown(self.go_button, suggestion is not None)
        if suggestion is not None:
            self._tab = suggestion.tab
            tab = translate("Resilience", suggestion.tab)  # the key is the English title
            self.suggestion_label.setText(
                f"<b>{html.escape(translate('Resilience', suggestion.title))}</b><br>"
                f"{html.escape(translate('Resilience', suggestion.why))}")
            self.go_button.setText(f"{tab} →")
            self.go_button.setAccessibleName(
                translate("Resilience", "Open the {tab} tab").format(tab=tab))
        checks = snapshot.due_checks
        set_shown(self.checks_label, bool(checks))
        set_shown(self.checks_button, bool(checks))
        if checks:
            names = ", ".join(html.escape(_check_name(c)) for c in checks)
            self.checks_label.setText(translate("Resilience", "<b>Self-checks due:</b> {names}").format(names=names))


def _check_name(check) -> str:
    label = getattr(check, "label", None)
    if callable(label):
        return str(label())
    return str(getattr(check, "name", None) or check)
