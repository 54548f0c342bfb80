"""Calm practices: breathing patterns and their timeline, the meditation timer's
schedule, guided-imagery scripts, grounding steps, logging and chart data (Qt-free)."""

from resilience_desktop.services.calm.suggestion import suggested_practice  # noqa: F401
