"""Qt-free draw functions: ``draw_x(ax, data)`` on a matplotlib Axes.

One module per domain (journal.py, exercise.py, people.py); everything is
re-exported here so callers write ``from resilience_desktop.charts import plots``
then ``plots.draw_mood_over_time(ax, series)``. Draw functions import only
matplotlib pieces that need no GUI and are tested on a bare ``Figure``.
"""

from resilience_desktop.charts.plots.style import QUADRANT_COLOURS, empty_message  # noqa: F401
from resilience_desktop.charts.plots.journal import *  # noqa: F401,F403
from resilience_desktop.charts.plots.exercise import *  # noqa: F401,F403
from resilience_desktop.charts.plots.people import *  # noqa: F401,F403
