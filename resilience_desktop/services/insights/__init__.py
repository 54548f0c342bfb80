"""Insights: self-check questionnaires, "what helps me", strengths, the summary (Qt-free)."""


def due_checks(today):
    """The self-checks due on `today` (the Today tab lists them); see rhythm.due_checks."""
    from resilience_desktop.services.insights.rhythm import due_checks as _due_checks

    return _due_checks(today)
