"""Insights: self-check questionnaires, "what helps me", strengths, the summary (Qt-free)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from resilience_desktop.services.insights.rhythm import DueCheck


def due_checks(today: date) -> list[DueCheck]:
    """The self-checks due on `today` (the Today tab lists them); see rhythm.due_checks."""
    from resilience_desktop.services.insights.rhythm import due_checks as _due_checks

    return _due_checks(today)
