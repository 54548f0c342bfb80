"""ExerciseSummaryPanel: this week against the WHO guideline, and habit strength."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from resilience_desktop.core import clock
from resilience_desktop.services.exercise import stats
from resilience_desktop.services.dates import format_day


def guideline_text(week: stats.WeekSummary) -> str:
    minutes = week.guideline_minutes
    if minutes > stats.GUIDELINE_HIGH:
        verdict = "above the 300-minute upper range: great"
    elif minutes >= stats.GUIDELINE_LOW:
        verdict = "within the 150–300 range"
    else:
        verdict = f"{stats.GUIDELINE_LOW - minutes} to go for 150; some activity is better than none"
    return (f"<b>This week</b> (from {format_day(week.start)}): <b>{minutes}</b> guideline minutes "
            f"({week.moderate_minutes} moderate + 2 × {week.vigorous_minutes} vigorous), {verdict}. "
            f"{strength_text(week.strength_days)} "
            f"MET-minutes: {week.met_minutes:,.0f}.")


def strength_text(days: int) -> str:
    """'Strength days: 1 of the 2 a week' until the goal is met, then 'goal met'."""
    goal = stats.STRENGTH_DAYS
    if days >= goal:
        return f"Strength days: <b>{days}</b> (goal of {goal} a week met)."
    return f"Strength days: <b>{days}</b> of the {goal} a week."


def habit_text(habits: stats.HabitStrengths) -> str:
    top = ", ".join(f"{name} {score:.0%}" for name, score in list(habits.per_activity.items())[:3])
    return (f"<b>Habit strength</b>: {habits.overall:.0%} overall"
            + (f" · {top}" if top else "")
            + f" <span style='color:gray'>({stats.HABIT_EXPLANATION})</span>")


class ExerciseSummaryPanel(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("summary_panel")
        self.week_label = QLabel()
        self.week_label.setObjectName("week_label")
        self.week_label.setWordWrap(True)
        self.habit_label = QLabel()
        self.habit_label.setObjectName("habit_label")
        self.habit_label.setWordWrap(True)
        self.week_start_combo = QComboBox()
        self.week_start_combo.setObjectName("week_start_combo")
        self.week_start_combo.setAccessibleName("First day of the week")
        self.week_start_combo.addItem("Weeks start on Monday", "monday")
        self.week_start_combo.addItem("Weeks start on Sunday", "sunday")
        text = QVBoxLayout()
        text.addWidget(self.week_label)
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
        self.week_label.setText(guideline_text(stats.current_week(week_start)))
        self.habit_label.setText(habit_text(stats.habit_strengths(stats.load_facts(None, today),
                                                                  today)))
