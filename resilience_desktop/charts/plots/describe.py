"""A chart's data as plain text, read back from the drawn Figure (Qt-free).

Every chart on a ChartCanvas gets this as its accessible description and in
its "Show data as text" view, so a person who cannot see the picture can
still read what it shows. It works from the artists matplotlib holds (titles,
labels, lines, bars, points, pixel grids), so any new chart is described
without extra code. The words are in the window's language and the numbers and dates
follow its locale (core/i18n), as on the chart itself.
"""

from __future__ import annotations

from datetime import date, datetime

from resilience_desktop.core.i18n import format_trimmed, month_name, translate

MAX_ROWS = 40  # rows listed per series; longer series are summarised


def describe_figure(figure) -> str:
    parts = [_describe_axes(ax) for ax in figure.axes if _has_content(ax)]
    return "\n\n".join(part for part in parts if part) or translate("Resilience",
                                                                     "Nothing is drawn yet.")


def chart_title(figure) -> str:
    for ax in figure.axes:
        title = _title(ax)
        if title:
            return title
    return ""


def _has_content(ax) -> bool:
    return bool(ax.lines or ax.patches or ax.collections or ax.images or ax.texts
                or _title(ax))


def _title(ax) -> str:
    for loc in ("center", "left", "right"):
        text = ax.get_title(loc=loc).replace("\n", " ").strip()
        if text:
            return text
    return ""


def _describe_axes(ax) -> str:
    lines = [_title(ax)] if _title(ax) else []
    if not ax.axison:  # an empty-state message drawn instead of a plot
        lines += [text.get_text().replace("\n", " ") for text in ax.texts]
        return "\n".join(lines)
    if ax.get_xlabel():
        lines.append(translate("Resilience", "Across: {label}").format(
            label=ax.get_xlabel().replace("\n", " ")))
    if ax.get_ylabel():
        lines.append(translate("Resilience", "Up: {label}").format(
            label=ax.get_ylabel().replace("\n", " ")))
    for line in ax.get_lines():
        lines += _describe_line(ax, line)
    for container in ax.containers:
        lines += _describe_bars(ax, container)
    for collection in ax.collections:
        bars = _describe_polygon_bars(ax, collection)
        if bars:
            lines += bars
            continue
        offsets = collection.get_offsets()
        if len(offsets) and collection.get_label() and not collection.get_label().startswith("_"):
            lines.append(f"{collection.get_label()}: {_points(len(offsets))}")
        elif len(offsets) > 1:
            lines.append(_points(len(offsets)))
    for image in ax.images:
        lines += _describe_image(image)
    lines += [text.get_text().replace("\n", " ") for text in ax.texts if text.get_text()]
    return "\n".join(lines)


def _describe_line(ax, line) -> list[str]:
    ys = [float(y) for y in line.get_ydata()]
    if len(ys) < 2 and not line.get_label().startswith("_"):
        return []
    xs = list(line.get_xdata())
    label = line.get_label()
    name = label if label and not label.startswith("_") else translate("Resilience", "series")
    if len(set(ys)) == 1 and len(ys) == 2 and _is_reference(xs):
        return [f"{name}: " + translate("Resilience", "reference line at {value}").format(
            value=_number(ys[0]))]
    categories = _category_labels(ax)
    if categories and all(round(y, 3) in categories for y in ys):  # values across, names up
        return [f"{name}: " + "; ".join(f"{categories[round(y, 3)]}: {_number(float(x))}"
                                        for x, y in zip(xs, ys))]
    if len(ys) <= MAX_ROWS:
        rows = ", ".join(f"{_x_text(ax, x)}: {_number(y)}" for x, y in zip(xs, ys))
        return [f"{name}: {rows}"]
    return [f"{name}: " + _summary(translate("Resilience", "%n values from {first} to {last}",
                                             "%n value from {first} to {last}", len(ys)),
                                   _x_text(ax, xs[0]), _x_text(ax, xs[-1]), ys)]


def _describe_polygon_bars(ax, collection) -> list[str]:
    """Bars drawn as one PolyCollection of rectangles (fast for many weeks)."""
    from matplotlib.collections import PolyCollection

    label = str(collection.get_label())
    if label.startswith("_") or type(collection) is not PolyCollection:
        return []
    rows = []
    for path in collection.get_paths():
        xs, ys = path.vertices[:, 0], path.vertices[:, 1]
        if len(xs) < 4:
            return []
        where = float(xs.min()) if _is_date_axis(ax) else float(xs.min() + xs.max()) / 2
        rows.append((where, float(ys.max() - ys.min())))  # a week's bar: from its first day
    if not rows:
        return []
    if len(rows) <= MAX_ROWS:
        return [f"{label}: " + "; ".join(f"{_x_text(ax, x)}: {_number(v)}" for x, v in rows)]
    values = [v for _, v in rows]
    return [f"{label}: " + _summary(translate("Resilience", "%n bars from {first} to {last}",
                                              "%n bar from {first} to {last}", len(rows)),
                                    _x_text(ax, rows[0][0]), _x_text(ax, rows[-1][0]), values)]


def _summary(counted: str, first: str, last: str, values: list[float]) -> str:
    """"N values from A to B; lowest L, highest H, last Z" for a long series."""
    return counted.format(first=first, last=last) + "; " + translate(
        "Resilience", "lowest {low}, highest {high}, last {last}").format(
        low=_number(min(values)), high=_number(max(values)), last=_number(values[-1]))


def _points(count: int) -> str:
    return translate("Resilience", "%n points", "%n point", count)


def _category_labels(ax) -> dict:
    """y position -> label when the y axis names categories (a horizontal chart)."""
    labels = {}
    for tick, text in zip(ax.get_yticks(), ax.get_yticklabels()):
        if any(character.isalpha() for character in text.get_text()):
            labels[round(float(tick), 3)] = text.get_text()
    return labels


def _is_reference(xs) -> bool:
    try:
        return float(xs[0]) == 0.0 and float(xs[1]) == 1.0  # axhline spans axes 0..1
    except (TypeError, ValueError):
        return False


def _describe_bars(ax, container) -> list[str]:
    values = getattr(container, "datavalues", None)
    patches = getattr(container, "patches", [])
    if values is None or not len(patches):
        return []
    horizontal = getattr(container, "orientation", "vertical") == "horizontal"
    names = _tick_names(ax, horizontal)  # once: each look-up formats every tick label
    rows = []
    for patch, value in list(zip(patches, values))[:MAX_ROWS]:
        where = (patch.get_y() + patch.get_height() / 2 if horizontal
                 else patch.get_x() + patch.get_width() / 2)
        rows.append(f"{_tick_label(ax, where, horizontal, names)}: {_number(float(value))}")
    more = len(patches) - len(rows)
    label = container.get_label() if not str(container.get_label()).startswith("_") else ""
    head = f"{label}: " if label else translate("Resilience", "Bars:") + " "
    tail = "; " + translate("Resilience", "and %n more", "and %n more", more) if more > 0 else ""
    return [head + "; ".join(rows) + tail]


def _tick_names(ax, horizontal: bool) -> tuple[list, list]:
    """The category axis' tick places and their labels."""
    axis = ax.yaxis if horizontal else ax.xaxis
    ticks = list(axis.get_majorticklocs())
    labels = [t.get_text() for t in (ax.get_yticklabels() if horizontal else ax.get_xticklabels())]
    return ticks, labels


def _tick_label(ax, where: float, horizontal: bool, names: tuple[list, list]) -> str:
    if not horizontal and _is_date_axis(ax):
        return _x_text(ax, where)
    ticks, labels = names
    if ticks and len(labels) == len(ticks):
        nearest = min(range(len(ticks)), key=lambda i: abs(ticks[i] - where))
        if abs(ticks[nearest] - where) < 0.5 and labels[nearest]:
            return labels[nearest].replace("\n", " ")
    return _x_text(ax, where)


def _describe_image(image) -> list[str]:
    data = image.get_array()
    if data is None or data.ndim == 3:  # colours already (RGB/RGBA): no values to tell
        return []
    try:
        values = [float(v) for v in data.compressed()]
    except AttributeError:
        values = [float(v) for v in data.ravel()]
    if not values or len(set(values)) == 1:
        return []
    return [translate("Resilience", "%n coloured squares: mean {mean}, lowest {low}, highest "
                      "{high}", "%n coloured square: mean {mean}, lowest {low}, highest {high}",
                      len(values)).format(mean=_number(sum(values) / len(values)),
                                          low=_number(min(values)), high=_number(max(values)))]


def _x_text(ax, x) -> str:
    if isinstance(x, (date, datetime)):
        return _day_text(x)
    text = str(x)
    if text[:4].isdigit() and len(text) >= 10 and text[4] == "-":  # numpy datetime64
        return text[:10]
    if _is_date_axis(ax):
        from matplotlib.dates import num2date

        try:
            return _day_text(num2date(float(x)))
        except (ValueError, OverflowError):
            pass
    return _number(float(x)) if isinstance(x, (int, float)) or hasattr(x, "__float__") else text


def _is_date_axis(ax) -> bool:
    low, high = ax.get_xlim()
    return ax.xaxis.get_units() is not None or (7000 < low < 40000 and 7000 < high < 40000)


def _day_text(day: date) -> str:
    """"05 Mar 2026", the month in the window's language."""
    return f"{day.day:02d} {month_name(day.month, short=True)} {day.year}"


def _number(value: float) -> str:
    """At most two decimals, no trailing zeros, in the window's locale ("2.5", "2,5")."""
    return format_trimmed(float(value), 2)
