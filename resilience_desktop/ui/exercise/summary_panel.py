"""ExerciseSummaryPanel: this week against the WHO guideline, and habit strength."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from resilience_desktop.core import clock
from resilience_desktop.services.exercise import heart_minutes, stats
from resilience_desktop.services.dates import format_day
from resilience_desktop.core.i18n import format_decimal, translate


def guideline_text(week: stats.WeekSummary) -> str:
    minutes = week.guideline_minutes
    if minutes > stats.GUIDELINE_HIGH:
        verdict = translate("Resilience", "above the 300-minute upper range: great")
    elif minutes >= stats.GUIDELINE_LOW:
        verdict = translate("Resilience", "within the 150–300 range")
    else:
        verdict = translate("Resilience", "{minutes} to go for 150; some activity is better than none").format(minutes=stats.GUIDELINE_LOW - minutes)
    return (translate("Resilience", "<b>This week</b> (from {start}): <b>{minutes}</b> guideline minutes ({moderate_minutes} moderate + 2 × {vigorous_minutes} vigorous), {verdict}. {strength_days} MET-minutes: {met_minutes}.").format(start=format_day(week.start), minutes=minutes, moderate_minutes=week.moderate_minutes, vigorous_minutes=week.vigorous_minutes, verdict=verdict, strength_days=strength_text(week.strength_days), met_minutes=format_decimal(week.met_minutes, 0, grouped=True)))


def strength_text(days: int) -> str:
    """'Strength days: 1 of the 2 a week' until the goal is met, then 'goal met'."""
    goal = stats.STRENGTH_DAYS
    if days >= goal:
        return translate("Resilience", "Strength days: <b>{days}</b> (goal of {goal} a week met).").format(days=days, goal=goal)
    return translate("Resilience", "Strength days: <b>{days}</b> of the {goal} a week.").format(days=days, goal=goal)


def habit_text(habits: stats.HabitStrengths) -> str:
    top = ", ".join(f"{name} {score:.0%}" for name, score in list(habits.per_activity.items())[:3])
    return (translate("Resilience", "<b>Habit strength</b>: {overall:.0%} overall").format(overall=habits.overall)
            + (f" · {top}" if top else "")
            + f" <i>({translate('Resilience', stats.HABIT_EXPLANATION)})</i>")


class ExerciseSummaryPanel(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("summary_panel")
        self.week_label = QLabel()
        self.week_label.setObjectName("week_label")
        self.week_label.setWordWrap(True)
        self.heart_label = QLabel()
        self.heart_label.setObjectName("heart_minutes_label")
        self.heart_label.setWordWrap(True)
        self.heart_label.hide()  # shown for a week with imported Heart Minutes
        self.habit_label = QLabel()
        self.habit_label.setObjectName("habit_label")
        self.habit_label.setWordWrap(True)
        self.week_start_combo = QComboBox()
        self.week_start_combo.setObjectName("week_start_combo")
        self.week_start_combo.setAccessibleName(translate("Resilience", "First day of the week"))
        self.week_start_combo.addItem(translate("Resilience", "Weeks start on Monday"), "monday")
        self.week_start_combo.addItem(translate("Resilience", "Weeks start on Sunday"), "sunday")
        text = QVBoxLayout()
        text.addWidget(self.week_label)
        text.addWidget(self.heart_label)
        text.addWidget(self.habit_label)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(text, 1)
        layout.addWidget(self.week_start_combo)

    def refresh(self) -> None:
        week_start = stats.week_start_preference()
        self.week_start_combo.blockSignals(True)
        self.week_start_combo.setCurrentIndex(self.week_start_combo.findData(week_start))
        self.week_start_combo.blockSignals(False)
        today = clock.today()
        week = stats.current_week(week_start)
        self.week_label.setText(guideline_text(week))
        heart = heart_minutes.week_text(heart_minutes.week_heart_minutes(week.start))
        self.heart_label.setText(heart)
        self.heart_label.setVisible(bool(heart))
        self.habit_label.setText(habit_text(stats.current_habit_strengths(today)))
