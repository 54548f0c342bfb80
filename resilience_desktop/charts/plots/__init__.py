"""Qt-free draw functions: ``draw_x(ax, data)`` on a matplotlib Axes.

One module per domain (journal.py, exercise.py, people.py, calm.py); everything is
re-exported here so callers write ``from resilience_desktop.charts import plots``
then ``plots.draw_mood_over_time(ax, series)``. Draw functions import only
matplotlib pieces that need no GUI and are tested on a bare ``Figure``.

The domain modules (and so matplotlib) load on the first ``plots.draw_…``
lookup, not when this package is imported: the mood pad needs only
``style.QUADRANT_COLOURS`` and sits on the start-up path (Today).
"""

from importlib import import_module

from resilience_desktop.charts.plots.style import QUADRANT_COLOURS, empty_message  # noqa: F401

_DOMAINS = ("journal", "exercise", "people", "insights", "calm")


def __getattr__(name: str):
    for domain in _DOMAINS:
        module = import_module(f"{__name__}.{domain}")
        if name in module.__all__:
            value = getattr(module, name)
            globals()[name] = value
            return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
