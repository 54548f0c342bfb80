"""The summary for a therapist: what goes into it for a date range (Qt-free).

Only the journal entries the person ticks are included (nothing else from
the journal: no other text, no emotion words). ``summary_html`` writes the
document as simple HTML whose images are named ``chart:<name>``; the Qt
renderer (charts/summary_pdf.py) turns it into a PDF with real text.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from datetime import date, timedelta

from resilience_desktop import APP_NAME
from resilience_desktop.core.db import database
from resilience_desktop.services.dates import format_day
from resilience_desktop.services.insights import helps, responses
from resilience_desktop.services.insights.summary_figures import (
    exercise_figures, exercise_sentence, figures_table, mood_figures, mood_sentence)
from resilience_desktop.services.insights.scales import (NOT_A_DIAGNOSIS, SCALES, format_score)
from resilience_desktop.services.journal.entries import Entry, get_entry
from resilience_desktop.services.journal.stats import MoodDay, mood_by_day

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
    scales: dict  # scale id -> [ScoredResponse]
    weeks: list  # exercise WeekSummary per week
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
        return f"{format_day(self.start)} to {format_day(self.end)}"


def check_range(start: date, end: date) -> None:
    if end < start:
        raise ValueError("The end date is before the start date.")
    if (end - start).days > MAX_RANGE_DAYS:
        raise ValueError("Choose a range of at most twenty years.")


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


def gather(start: date, end: date, entry_ids: list[int] = ()) -> SummaryData:
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
        if not history:
            rows.append(f"<tr><td>{scale.name}</td><td colspan='3'>no answers in this period"
                        "</td></tr>")
            continue
        last = history[-1]
        band = last.band.label if last.band else "no cut-offs (trend only)"
        scores = ", ".join(format_score(scale, r.score) for r in history[-6:])
        rows.append(f"<tr><td>{scale.name}</td><td>{len(history)}</td>"
                    f"<td>{format_score(scale, last.score)} ({format_day(last.taken_on)}), {band}"
                    f"</td><td>{scores}</td></tr>")
    return ("<table border='1' cellpadding='3' cellspacing='0'><tr><th>Questionnaire</th>"
            "<th>Answers</th><th>Latest</th><th>Last scores</th></tr>" + "".join(rows)
            + "</table>")


def _exercise_text(data: SummaryData) -> str:
    figures = exercise_figures(data.weeks, data.start, data.end)
    return _p(exercise_sentence(figures, data.sessions)) + figures_table([
        ("Sessions", str(data.sessions)),
        ("Guideline minutes a week (average)", f"{figures.per_week:.0f}"),
        ("Weeks reaching 150 minutes", f"{figures.reached} of {figures.weeks}"),
        ("Partial weeks at the period's edges", str(figures.partial_weeks))])


def _mood_text(data: SummaryData) -> str:
    figures = mood_figures(data.mood)
    if not figures.days:
        return _p(mood_sentence(figures))
    return _p(mood_sentence(figures)) + figures_table([
        ("Days with a check-in", str(figures.days)),
        ("Average pleasantness (−5 to +5)", f"{figures.pleasantness:+.1f}"),
        ("Average energy (−5 to +5)", f"{figures.energy:+.1f}")])


def _title(data: SummaryData) -> str:
    lines = [f"<h1>{APP_NAME}: summary {data.period}</h1>"]
    if data.name:
        lines.append(_p(f"For: {data.name}"))
    if data.generated_on:
        lines.append(_p(f"Generated on {format_day(data.generated_on)}"))
    return "".join(lines)


def _calm_text(calm: CalmSummary | None) -> str:
    if calm is None:
        return ""
    if not calm.sessions:
        return "<h2>Calm practice</h2>" + _p("No calm practice logged in this period.")
    text = f"{calm.sessions} calm practices, {calm.minutes:.0f} minutes in all."
    rows = [("Practices", str(calm.sessions)), ("Minutes", f"{calm.minutes:.0f}")]
    if calm.rated:
        text += (f" Stress dropped by {calm.mean_stress_drop:.1f} points on average (0–10) "
                 f"across {calm.rated} rated practices.")
        rows += [("Practices rated before and after", str(calm.rated)),
                 ("Average drop in stress (0–10)", f"{calm.mean_stress_drop:.1f}")]
    return "<h2>Calm practice</h2>" + _p(text) + figures_table(rows)


def _entries_html(entries: list[Entry]) -> str:
    if not entries:
        return ""
    parts = ["<h2>Journal entries I chose to share</h2>"]
    for entry in entries:
        title = html.escape(entry.title) if entry.title else ""
        parts.append(f"<h3>{format_day(entry.entry_date)} {title}</h3>")
        parts.extend(_p(paragraph) for paragraph in entry.body.split("\n") if paragraph.strip())
    return "".join(parts)


def summary_html(data: SummaryData, charts: list[str]) -> str:
    """The whole document; `charts` names the images present (chart:<name>)."""
    image = {name: f"<p><img src='chart:{name}' width='{IMAGE_WIDTH}'></p>" for name in charts}
    contacts = data.contacts
    return "".join([
        _title(data),
        _p("Made by the person on their own computer to share with their therapist. "
           f"Questionnaire scores are self-reports. {NOT_A_DIAGNOSIS}"),
        "<h2>Mood over time</h2>", _mood_text(data),
        image.get("mood", ""),
        "<h2>Self-check questionnaires</h2>", _scale_rows(data), image.get("scales", ""),
        _p(NOT_A_DIAGNOSIS + " Bands: BRS 1.00–2.99 low, 3.00–4.30 normal, 4.31–5.00 high; "
           "WHO-5 ≤ 50 suggests poor well-being, ≤ 28 suggests likely depression; Rosenberg has no "
           "cut-offs."),
        "<h2>Exercise</h2>", _exercise_text(data), image.get("exercise", ""),
        "<h2>Contact with people</h2>",
        _p(f"{contacts.in_person} contacts in person and {contacts.online} online, with "
           f"{contacts.people} different people."),
        figures_table([("In person", str(contacts.in_person)), ("Online", str(contacts.online)),
                       ("Different people", str(contacts.people))]),
        _calm_text(data.calm),
        _entries_html(data.entries),
        "<h2>Sources</h2>",
        "".join(_p(f"{s.short_name}: {s.citation}") for s in SCALES.values()),
        _p("WHO guidelines on physical activity and sedentary behaviour, 2020."),
    ])
