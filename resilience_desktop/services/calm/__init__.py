"""Calm practices: breathing patterns and their timeline, the meditation timer's
schedule, guided-imagery scripts, grounding steps, logging and chart data (Qt-free)."""
