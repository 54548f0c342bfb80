"""The summary for a therapist: what goes into it for a date range (Qt-free).

Only the journal entries the person ticks are included (nothing else from
the journal: no other text, no emotion words). ``summary_html`` writes the
document as simple HTML whose images are named ``chart:<name>``; the Qt
renderer (charts/summary_pdf.py) turns it into a PDF with real text.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING

from resilience_desktop import APP_NAME
from resilience_desktop.core.db import database
from resilience_desktop.core.i18n import format_decimal, translate
from resilience_desktop.services.dates import format_day
from resilience_desktop.services.insights import helps, responses
from resilience_desktop.services.insights.summary_figures import (
    exercise_figures, exercise_sentence, figures_table, mood_figures, mood_sentence, signed)
from resilience_desktop.services.insights.scale_translations import shown_scale
from resilience_desktop.services.insights.scales import (NOT_A_DIAGNOSIS, SCALES, format_score)
from resilience_desktop.services.journal.entries import Entry, get_entry
from resilience_desktop.services.journal.stats import MoodDay, mood_by_day

if TYPE_CHECKING:
    from resilience_desktop.services.exercise.stats import WeekSummary

MAX_RANGE_DAYS = 366 * 20
IMAGE_WIDTH = 560  # px: fits the preview pane and the PDF page


@dataclass(frozen=True)
class ContactSummary:
    in_person: int
    online: int
    people: int


@dataclass(frozen=True)
class CalmSummary:
    sessions: int
    minutes: float
    mean_stress_drop: float | None
    rated: int


@dataclass
class SummaryData:
    start: date
    end: date
    mood: list[MoodDay]
    scales: dict[str, list[responses.ScoredResponse]]  # scale id -> its responses
    weeks: list[WeekSummary]  # exercise WeekSummary per week
    sessions: int
    contacts: ContactSummary
    calm: CalmSummary | None
    entries: list[Entry] = field(default_factory=list)
    name: str = ""  # Settings → Name on summary (optional)
    generated_on: date | None = None

    @property
    def weeks_meeting_guideline(self) -> int:
        return exercise_figures(self.weeks, self.start, self.end).reached

    @property
    def period(self) -> str:
        return translate("Resilience", "{start} to {end}").format(
            start=format_day(self.start), end=format_day(self.end))


def check_range(start: date, end: date) -> None:
    if end < start:
        raise ValueError(translate("Resilience", "The end date is before the start date."))
    if (end - start).days > MAX_RANGE_DAYS:
        raise ValueError(translate("Resilience", "Choose a range of at most twenty years."))


def _contacts(start: date, end: date) -> ContactSummary:
    row = database.execute_sql(
        "SELECT SUM(channel = 'in_person'), SUM(channel <> 'in_person'),"
        " (SELECT COUNT(DISTINCT p.person_id) FROM contact_person p JOIN contact c2"
        "  ON c2.id = p.contact_id WHERE c2.day >= ? AND c2.day <= ?)"
        " FROM contact WHERE day >= ? AND day <= ?",
        (start.isoformat(), end.isoformat()) * 2).fetchone()
    return ContactSummary(row[0] or 0, row[1] or 0, row[2] or 0)


def _calm(start: date, end: date) -> CalmSummary | None:
    if not helps.table_exists("calm_session"):
        return None
    row = database.execute_sql(
        "SELECT COUNT(*), COALESCE(SUM(actual_seconds), 0) / 60.0,"
        " AVG(stress_before - stress_after), COUNT(stress_before - stress_after)"
        " FROM calm_session WHERE started_at >= ? AND started_at < ?",
        (start.isoformat(), (end + timedelta(days=1)).isoformat())).fetchone()
    return CalmSummary(row[0], row[1], row[2], row[3])


def gather(start: date, end: date, entry_ids: Sequence[int] = ()) -> SummaryData:
    """Everything the summary shows for start..end; entries only those ticked."""
    from resilience_desktop.core import clock
    from resilience_desktop.services import settings
    from resilience_desktop.services.exercise import stats

    check_range(start, end)
    # only sessions on start..end: the first and last weeks may be partial
    weeks = stats.summarize_weeks(stats.load_facts(start, end), stats.week_start_preference(),
                                  start, end)
    sessions = database.execute_sql(
        "SELECT COUNT(*) FROM exercise_session WHERE started_at >= ? AND started_at < ?",
        (start.isoformat(), (end + timedelta(days=1)).isoformat())).fetchone()[0]
    entries = sorted((get_entry(i) for i in entry_ids), key=lambda e: (e.entry_date, e.id))
    return SummaryData(
        start, end, mood_by_day(start, end),
        {scale_id: responses.history(scale_id, start, end) for scale_id in SCALES},
        weeks, sessions, _contacts(start, end), _calm(start, end),
        [e for e in entries if e.deleted_at is None],
        settings.read_setting(settings.SUMMARY_NAME), clock.today())


def _p(text: str) -> str:
    return f"<p>{html.escape(text)}</p>"


def _scale_rows(data: SummaryData) -> str:
    rows = []
    for scale_id, scale in SCALES.items():
        history = data.scales[scale_id]
        name = html.escape(shown_scale(scale).name)
        if not history:
            none = _t(translate("Resilience", "no answers in this period"))
            rows.append(f"<tr><td>{name}</td><td colspan='3'>{none}</td></tr>")
            continue
        last = history[-1]
        band = (translate("Resilience", last.band.label) if last.band
                else translate("Resilience", "no cut-offs (trend only)"))
        scores = ", ".join(format_score(scale, r.score) for r in history[-6:])
        latest = f"{format_score(scale, last.score)} ({format_day(last.taken_on)}), {band}"
        rows.append(f"<tr><td>{name}</td><td>{len(history)}</td>"
                    f"<td>{html.escape(latest)}</td><td>{scores}</td></tr>")
    headings = (translate("Resilience", "Questionnaire"), translate("Resilience", "Answers"),
                translate("Resilience", "Latest"), translate("Resilience", "Last scores"))
    return ("<table border='1' cellpadding='3' cellspacing='0'><tr>"
            + "".join(f"<th>{_t(heading)}</th>" for heading in headings) + "</tr>"
            + "".join(rows) + "</table>")


def _exercise_text(data: SummaryData) -> str:
    figures = exercise_figures(data.weeks, data.start, data.end)
    return _p(exercise_sentence(figures, data.sessions)) + figures_table([
        (translate("Resilience", "Sessions"), str(data.sessions)),
        (translate("Resilience", "Guideline minutes a week (average)"), f"{figures.per_week:.0f}"),
        (translate("Resilience", "Weeks reaching 150 minutes"),
         translate("Resilience", "{reached} of {weeks}").format(reached=figures.reached,
                                                                weeks=figures.weeks)),
        (translate("Resilience", "Partial weeks at the period's edges"),
         str(figures.partial_weeks))])


def _mood_text(data: SummaryData) -> str:
    figures = mood_figures(data.mood)
    if not figures.days:
        return _p(mood_sentence(figures))
    return _p(mood_sentence(figures)) + figures_table([
        (translate("Resilience", "Days with a check-in"), str(figures.days)),
        (translate("Resilience", "Average pleasantness (−5 to +5)"), signed(figures.pleasantness or 0.0)),
        (translate("Resilience", "Average energy (−5 to +5)"), signed(figures.energy or 0.0))])


def _title(data: SummaryData) -> str:
    title = translate("Resilience", "{app}: summary {period}").format(app=APP_NAME,
                                                                     period=data.period)
    lines = [f"<h1>{html.escape(title)}</h1>"]
    if data.name:
        lines.append(_p(translate("Resilience", "For: {name}").format(name=data.name)))
    if data.generated_on:
        lines.append(_p(translate("Resilience", "Generated on {day}").format(
            day=format_day(data.generated_on))))
    return "".join(lines)


def _calm_text(calm: CalmSummary | None) -> str:
    if calm is None:
        return ""
    heading = _h2(translate("Resilience", "Calm practice"))
    if not calm.sessions:
        return heading + _p(translate("Resilience", "No calm practice logged in this period."))
    minutes = f"{calm.minutes:.0f}"
    text = translate("Resilience", "%n calm practices, {minutes} minutes in all.",
                     "%n calm practice, {minutes} minutes in all.", calm.sessions).format(
        minutes=minutes)
    rows = [(translate("Resilience", "Practices"), str(calm.sessions)),
            (translate("Resilience", "Minutes"), minutes)]
    if calm.rated:
        drop = format_decimal(calm.mean_stress_drop or 0.0, 1)
        text += " " + translate(
            "Resilience", "Stress dropped by {drop} points on average (0–10) across %n rated "
            "practices.", "Stress dropped by {drop} points on average (0–10) across %n rated "
            "practice.", calm.rated).format(drop=drop)
        rows += [(translate("Resilience", "Practices rated before and after"), str(calm.rated)),
                 (translate("Resilience", "Average drop in stress (0–10)"), drop)]
    return heading + _p(text) + figures_table(rows)


def _entries_html(entries: list[Entry]) -> str:
    if not entries:
        return ""
    parts = [_h2(translate("Resilience", "Journal entries I chose to share"))]
    for entry in entries:
        title = html.escape(entry.title) if entry.title else ""
        parts.append(f"<h3>{format_day(entry.entry_date)} {title}</h3>")
        parts.extend(_p(paragraph) for paragraph in entry.body.split("\n") if paragraph.strip())
    return "".join(parts)


def _t(text: str) -> str:
    """Plain text (a translated phrase) escaped for the summary's HTML."""
    return html.escape(text)


def _h2(text: str) -> str:
    return f"<h2>{_t(text)}</h2>"


def _contacts_text(contacts: ContactSummary) -> str:
    return _p(translate(
        "Resilience", "{in_person} contacts in person and {online} online, with %n different "
        "people.", "{in_person} contacts in person and {online} online, with %n person.",
        contacts.people).format(in_person=contacts.in_person, online=contacts.online)
    ) + figures_table([(translate("Resilience", "In person"), str(contacts.in_person)),
                       (translate("Resilience", "Online"), str(contacts.online)),
                       (translate("Resilience", "Different people"), str(contacts.people))])


def summary_html(data: SummaryData, charts: list[str]) -> str:
    """The whole document; `charts` names the images present (chart:<name>)."""
    image = {name: f"<p><img src='chart:{name}' width='{IMAGE_WIDTH}'></p>" for name in charts}
    not_a_diagnosis = translate("Resilience", NOT_A_DIAGNOSIS)
    return "".join([
        _title(data),
        _p(translate("Resilience", "Made by the person on their own computer to share with "
                     "their therapist. Questionnaire scores are self-reports. {not_a_diagnosis}")
           .format(not_a_diagnosis=not_a_diagnosis)),
        _h2(translate("Resilience", "Mood over time")), _mood_text(data),
        image.get("mood", ""),
        _h2(translate("Resilience", "Self-check questionnaires")), _scale_rows(data),
        image.get("scales", ""),
        _p(not_a_diagnosis + " " + translate(
            "Resilience", "Bands: BRS 1.00–2.99 low, 3.00–4.30 normal, 4.31–5.00 high; WHO-5 ≤ 50 "
            "suggests poor well-being, ≤ 28 suggests likely depression; Rosenberg has no "
            "cut-offs.")),
        _h2(translate("Resilience", "Exercise")), _exercise_text(data),
        image.get("exercise", ""),
        _h2(translate("Resilience", "Contact with people")), _contacts_text(data.contacts),
        _calm_text(data.calm),
        _entries_html(data.entries),
        _h2(translate("Resilience", "Sources")),
        "".join(_p(f"{s.short_name}: {shown_scale(s).citation}") for s in SCALES.values()),
        _p("WHO guidelines on physical activity and sedentary behaviour, 2020."),
    ])
