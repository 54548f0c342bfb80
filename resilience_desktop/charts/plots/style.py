"""Colours and small helpers shared by every chart."""

from __future__ import annotations

from functools import cache

# Mood-quadrant colours (pleasantness x energy), used by pads and charts alike.
QUADRANT_COLOURS = {
    "high_unpleasant": "#d9534f",  # red: angry, anxious...
    "high_pleasant": "#f0ad4e",  # amber: excited, joyful...
    "low_unpleasant": "#5b7db1",  # blue: sad, tired...
    "low_pleasant": "#5cb85c",  # green: calm, content...
    "neutral": "#9e9e9e",
}

ACCENT = "#3f7f93"
MUTED = "#8a8f98"

# Chart colours per theme (Settings → Theme): the figure takes the window's
# background; text, axes and grid follow these.
# "muted" is for secondary text (empty-chart messages): still 4.5:1 on the face and
# the window colour (tests/ui/test_contrast.py measures every chart text).
CHART_THEMES = {
    "light": {"text": "#1e1e1e", "axes": "#555555", "grid": "#dddddd", "face": "#ffffff",
              "muted": "#5f6368"},
    "dark": {"text": "#e6e6e6", "axes": "#a0a4ab", "grid": "#44474d", "face": "#1f2023",
             "muted": "#a0a4ab"},
}


def chart_rc(dark: bool, background: str | None = None) -> dict:
    """matplotlib rcParams for a light or dark chart (use with rc_context while drawing)."""
    theme = CHART_THEMES["dark" if dark else "light"]
    rc = {"text.color": theme["text"], "axes.labelcolor": theme["text"],
          "axes.titlecolor": theme["text"], "xtick.color": theme["axes"],
          "ytick.color": theme["axes"], "axes.edgecolor": theme["axes"],
          "grid.color": theme["grid"], "axes.facecolor": theme["face"],
          "legend.facecolor": theme["face"], "legend.edgecolor": theme["grid"],
          "legend.labelcolor": theme["text"]}
    if background:
        rc["figure.facecolor"] = background
        rc["savefig.facecolor"] = background
    return rc


def is_dark() -> bool:
    """True while a dark chart is drawn (chart_rc's colours are in matplotlib's rcParams)."""
    from matplotlib import rcParams
    from matplotlib.colors import to_rgb

    red, green, blue = to_rgb(rcParams["axes.facecolor"])
    return 0.299 * red + 0.587 * green + 0.114 * blue < 0.5


def themed(light: str, dark: str) -> str:
    """The colour for the theme being drawn: light on a light chart, dark on a dark one."""
    return dark if is_dark() else light


def ink() -> str:
    """The theme's text colour while a chart draws."""
    return CHART_THEMES["dark" if is_dark() else "light"]["text"]


def muted_ink() -> str:
    """The theme's secondary text colour (still 4.5:1) while a chart draws."""
    return CHART_THEMES["dark" if is_dark() else "light"]["muted"]


def line_ink() -> str:
    """The theme's colour for axes lines and whiskers while a chart draws."""
    return CHART_THEMES["dark" if is_dark() else "light"]["axes"]


def empty_message(ax, text: str | None = None) -> None:
    """Draw a friendly centred message instead of an empty plot."""
    if text is None:
        from resilience_desktop.core.i18n import translate

        text = translate("Resilience", "Nothing to show yet")
    ax.clear()
    ax.set_axis_off()
    ax.text(0.5, 0.5, text, ha="center", va="center", color=muted_ink(), fontsize=11,
            transform=ax.transAxes, wrap=True)


def localise_tick_numbers(figure) -> None:
    """Number tick labels in the interface locale ("2,5" in German, core.i18n's symbols):
    each axis still on matplotlib's default ScalarFormatter gets one that writes them so.
    Called once a figure is drawn (ChartCanvas, render_png); English changes nothing."""
    from resilience_desktop.core.i18n import ENGLISH_NUMBERS, number_symbols

    if number_symbols() == ENGLISH_NUMBERS:
        return
    from matplotlib.ticker import ScalarFormatter

    for ax in figure.axes:
        for axis in (ax.xaxis, ax.yaxis):
            if type(axis.get_major_formatter()) is ScalarFormatter:
                axis.set_major_formatter(_local_scalar_formatter()())


@cache
def _local_scalar_formatter():
    """The formatter class (made once, on first use: matplotlib loads lazily here)."""
    from matplotlib.ticker import ScalarFormatter

    from resilience_desktop.core.i18n import localise_number_text

    class LocalScalarFormatter(ScalarFormatter):
        """matplotlib's labels ("2.5", "−1.0") with the locale's decimal point."""

        def __call__(self, x, pos=None):
            return localise_number_text(super().__call__(x, pos))

    return LocalScalarFormatter


def in_date_range(day):
    """A date (or datetime) moved into the years every stored date falls in (1900–2200):
    a value an older version let in (9999-12-31) draws at the edge, never crashes."""
    from datetime import datetime

    from resilience_desktop.core import date_range

    if isinstance(day, datetime):
        return date_range.clamp_moment(day)
    return date_range.clamp_day(day)


def set_date_ticks(ax, first, last, max_ticks: int = 8) -> None:
    """Label a date x-axis (matplotlib date numbers) with fixed month ticks.

    matplotlib's AutoDateLocator and ConciseDateFormatter recompute rrules on
    every layout pass and made up half of a chart redraw; these ticks are
    computed once, in plain Python. Labels are short ("Mar", "2026") and never
    rotated. first/last are datetime.date.
    """
    from datetime import date

    from matplotlib.dates import date2num
    from matplotlib.ticker import FixedFormatter, FixedLocator, NullLocator

    from resilience_desktop.core.i18n import month_name

    first, last = in_date_range(first), in_date_range(last)  # 9999-12-31 from an old file
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    if months <= 2:  # a few weeks: label Mondays... simply every 7 days from first
        ticks = [date.fromordinal(o) for o in range(first.toordinal(), last.toordinal() + 1, 7)]
        labels = [f"{d.day} {month_name(d.month, short=True)}" for d in ticks]
    else:
        step = next((s for s in (1, 2, 3, 6, 12, 24, 60, 120, 240, 600)
                     if months / s <= max_ticks), 1200)
        ticks = []
        index = first.year * 12 + first.month - 1
        if date(first.year, first.month, 1) < first:
            index += 1
        end = last.year * 12 + last.month - 1
        while index <= end:
            if index % step == 0:
                ticks.append(date(index // 12, index % 12 + 1, 1))
            index += 1
        if step >= 12:
            labels = [f"{d.year}" for d in ticks]
        else:
            labels = [month_name(d.month, short=True) if d.month != 1 and i
                      else f"{month_name(d.month, short=True)}\n{d.year}"
                      for i, d in enumerate(ticks)]
    ax.xaxis.set_major_locator(FixedLocator(date2num(ticks) if ticks else []))
    ax.xaxis.set_major_formatter(FixedFormatter(labels))
    ax.xaxis.set_minor_locator(NullLocator())
