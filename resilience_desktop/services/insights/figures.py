"""What each Insights sub-page shows for one date range, gathered in one call (Qt-free).

The window computes these on a worker thread (ui/insights/figures_loader.py) and keeps
them per date range until the data changes (issue 20): ``selfcheck_figures`` for the
Self-checks page, ``helps_figures`` for What helps me. Plain frozen values: nothing in
them touches the database after they are made.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from resilience_desktop.services.insights import findings, helps, readings, responses, rhythm
from resilience_desktop.services.insights.scales import BRS, SCALES, WHO5


@dataclass(frozen=True)
class ScaleFigures:
    scale_id: str
    last_two: tuple[responses.ScoredResponse, ...]  # oldest first; empty: never answered
    points: tuple[tuple[date, float], ...]  # (day, score) inside the range, oldest first


@dataclass(frozen=True)
class SelfCheckFigures:
    start: date | None
    end: date
    scales: dict[str, ScaleFigures]
    intervals: dict[str, int]  # scale id -> days between suggestions (0: off)
    due: tuple[rhythm.DueCheck, ...]
    care_note: bool  # the gentle note linking to Support is shown


@dataclass(frozen=True)
class HelpsFigures:
    start: date | None
    end: date
    results: tuple[helps.FactorResult, ...]
    findings: tuple[findings.Finding, ...]


def selfcheck_figures(start: date | None, end: date, today: date) -> SelfCheckFigures:
    """Each questionnaire's last two answers and its scores inside [start, end]."""
    scales = {}
    for scale_id in SCALES:
        in_range, last_two = responses.in_range_and_latest(scale_id, start, end)
        scales[scale_id] = ScaleFigures(scale_id, tuple(last_two),
                                        tuple((r.taken_on, r.score) for r in in_range))
    who5, brs = scales[WHO5.id].last_two, scales[BRS.id].last_two
    care_note = readings.needs_care_note(who5[-1] if who5 else None, list(brs))
    return SelfCheckFigures(start, end, scales, rhythm.rhythm(), tuple(rhythm.due_checks(today)),
                            care_note)


def helps_figures(start: date | None, end: date) -> HelpsFigures:
    """The with/without comparisons and the other findings inside [start, end]."""
    return HelpsFigures(start, end, tuple(helps.what_helps(start, end)),
                        tuple(findings.all_findings(start, end)))
