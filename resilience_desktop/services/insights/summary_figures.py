"""Figures the therapist summary states in words and tables (Qt-free, pure).

Exercise counts only the days inside the chosen range: a week cut by the range's
first or last day is a *partial* week (its minutes are only those of its days in
range), and the weekly average is the range's minutes over its length in weeks.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from resilience_desktop.core.i18n import format_signed, translate

if TYPE_CHECKING:
    from resilience_desktop.services.exercise.stats import WeekSummary
    from resilience_desktop.services.journal.stats import MoodDay

GUIDELINE_MINUTES = 150


@dataclass(frozen=True)
class ExerciseFigures:
    minutes: int  # guideline minutes (moderate + 2 × vigorous) on days in range
    per_week: float  # minutes / (days in range / 7)
    weeks: int  # weeks touching the range
    partial_weeks: int  # of those, weeks cut by the range's first or last day
    reached: int  # weeks (counting only their days in range) with 150+ minutes


def is_partial(week_start: date, start: date, end: date) -> bool:
    return week_start < start or week_start + timedelta(days=6) > end


def exercise_figures(weeks: list[WeekSummary], start: date, end: date) -> ExerciseFigures:
    """`weeks`: WeekSummary rows built from sessions on start..end only."""
    minutes = sum(w.guideline_minutes for w in weeks)
    days = (end - start).days + 1
    return ExerciseFigures(
        minutes, minutes * 7 / days, len(weeks),
        sum(1 for w in weeks if is_partial(w.start, start, end)),
        sum(1 for w in weeks if w.guideline_minutes >= GUIDELINE_MINUTES))


def exercise_sentence(figures: ExerciseFigures, sessions: int) -> str:
    parts = [
        translate("Resilience", "%n sessions.", "%n session.", sessions),
        translate("Resilience", "On average {per_week} guideline minutes a week (moderate + 2 × "
                  "vigorous); {reached} of %n weeks reached the WHO guideline of {guideline} "
                  "minutes.", "On average {per_week} guideline minutes a week (moderate + 2 × "
                  "vigorous); {reached} of %n week reached the WHO guideline of {guideline} "
                  "minutes.", figures.weeks).format(
            per_week=f"{figures.per_week:.0f}", reached=figures.reached,
            guideline=GUIDELINE_MINUTES)]
    if figures.partial_weeks:
        parts.append(translate(
            "Resilience", "%n of these weeks are partial (cut by the start or end of the period, "
            "hatched in the chart): only their days in the period count.",
            "%n of these weeks is partial (cut by the start or end of the period, hatched in "
            "the chart): only its days in the period count.", figures.partial_weeks))
    return " ".join(parts)


@dataclass(frozen=True)
class MoodFigures:
    days: int
    pleasantness: float | None
    energy: float | None


def mood_figures(mood: list[MoodDay]) -> MoodFigures:
    """`mood`: MoodDay rows (one per day with a check-in)."""
    if not mood:
        return MoodFigures(0, None, None)
    return MoodFigures(len(mood), sum(m.pleasantness for m in mood) / len(mood),
                       sum(m.energy for m in mood) / len(mood))


def signed(value: float) -> str:
    """+1.2 / −0.4 in the interface locale ("+1,2" in German)."""
    return format_signed(value, 1)


def mood_sentence(figures: MoodFigures) -> str:
    if not figures.days or figures.pleasantness is None or figures.energy is None:
        return translate("Resilience", "No mood check-ins in this period.")
    return " ".join([
        translate("Resilience", "%n days with a mood check-in (pleasantness and energy, −5 to +5).",
                  "%n day with a mood check-in (pleasantness and energy, −5 to +5).",
                  figures.days),
        translate("Resilience", "Average pleasantness {pleasantness}, average energy {energy}.")
        .format(pleasantness=signed(figures.pleasantness), energy=signed(figures.energy))])


def figures_table(rows: list[tuple[str, str]]) -> str:
    """A short two-column HTML table of figures (label, value); labels are plain text."""
    import html

    cells = "".join(f"<tr><td>{html.escape(label)}</td><td align='right'>{html.escape(value)}"
                    "</td></tr>" for label, value in rows)
    return f"<table border='1' cellpadding='3' cellspacing='0'>{cells}</table>"
