"""Import matplotlib while the window sits idle, so the first chart a person opens is quick.

Importing matplotlib and its Qt backend costs ~0.3–0.6 s of CPU (less the keyword
docs of every Artist class's set(), skipped: ``skip_artist_docs``), which would otherwise
land on the first click on Exercise, People, Journal › Charts or Insights
(benchmarks/tabs.py: "cold" against "warm"). ``start_warm_up()`` runs those imports
on one plain thread, started a moment after the window is up and idle: nothing is
drawn and no Qt object is made there, only modules are loaded (Python's import
lock makes a tab that needs matplotlib meanwhile wait for the same import instead of
doing it twice). The thread is not a daemon, so quitting waits for the import to end
instead of tearing it down half-way; it is started only in interactive runs, never
for ``--smoke`` or ``--screenshot``, which measure and draw everything themselves
(``--screenshot`` calls ``warm_up()`` on its own thread before it freezes the window's
objects out of the garbage collector: ui/screenshots.py).
"""

from __future__ import annotations

import threading
from importlib import import_module
from resilience_desktop.core.log import get_logger

log = get_logger(__name__)

# What the first chart needs, in import order (the canvas, the figure, the pieces
# every chart module imports, and the font list read at the first draw).
MODULES = (
    "matplotlib",
    "matplotlib.figure",
    "matplotlib.backends.backend_agg",
    "matplotlib.backends.backend_qtagg",
    "matplotlib.dates",
    "matplotlib.ticker",
    "matplotlib.collections",
    "matplotlib.patches",
    "matplotlib.layout_engine",
    "matplotlib.font_manager",
)

_started: list[threading.Thread] = []


def skip_artist_docs() -> None:
    """Before matplotlib's Artist classes are made: as each is made, matplotlib writes the
    keyword docs of its set() method (~0.1 s of CPU, a quarter of importing the figure
    modules), read only by help(). Here they stay empty; nothing else changes."""
    import matplotlib.artist

    if callable(getattr(matplotlib.artist, "kwdoc", None)):
        matplotlib.artist.kwdoc = _no_docs


def _no_docs(_artist) -> str:
    return ""


def warm_up() -> None:
    """Import MODULES (any failure is logged and left for the chart to report)."""
    try:
        skip_artist_docs()
    except Exception:  # noqa: BLE001 - only a saving; the imports below say what failed
        log.debug("artist docs left as they are", exc_info=True)
    for name in MODULES:
        try:
            import_module(name)
        except Exception:  # noqa: BLE001 - a chart imports it again and shows the error
            log.warning("chart warm-up stopped at %s", name, exc_info=True)
            return


def start_warm_up() -> threading.Thread:
    """Start warm_up on its thread once per process; returns that thread."""
    if not _started:
        thread = threading.Thread(target=warm_up, name="chart-warm-up")
        _started.append(thread)
        thread.start()
    return _started[0]
