"""Draw functions for the people charts: the network, contacts per week, feeling supported.

``draw_people_network`` puts the user at the centre and people on rings by
closeness (5 = innermost), each ring ordered by relationship so colours cluster;
groups sit on an outer ring near their members, linked to them. Node size
follows contacts in the last 90 days. Only the most important people get a
label when there are many (see ``MAX_LABELS``); the returned NetworkLayout
lets the window show the rest on hover and in a side list.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from matplotlib.collections import LineCollection
from matplotlib.lines import Line2D

from resilience_desktop.charts.plots.style import (ACCENT, MUTED, empty_message, ink,
                                                   set_date_ticks, themed)
from resilience_desktop.core.models.people import RELATIONSHIPS
from resilience_desktop.core.i18n import translate

__all__ = ["draw_people_network", "draw_contacts_per_week", "draw_felt_supported",
           "update_contacts_per_week", "update_felt_supported"]

RELATIONSHIP_COLOURS = {
    "family": "#d9534f", "partner": "#c2185b", "close_friend": "#f0ad4e",
    "friend": "#5cb85c", "colleague": "#5b7db1", "neighbour": "#8d6e63",
    "mentor": "#7e57c2", "professional": "#26a69a", "online_friend": "#29b6f6",
    "other": "#9e9e9e",
}
RING_RADIUS = {5: 1.0, 4: 1.8, 3: 2.6, 2: 3.4, 1: 4.2}
GROUP_RADIUS = 5.3
MAX_LABELS = 12  # at most this many people get a label (the rest: hover, side list)
MAX_GROUP_LABELS = 8  # the biggest groups get a label
GROUP_COLOUR = "#455a64"
YOU_COLOUR = "#38758a"  # the accent a little darker: white "You" on it at 5:1
GROUP_LABEL_DARK = "#a9bcc6"  # group names on a dark chart (GROUP_COLOUR is too dark there)
# Where the network axes go in its figure (left, bottom, width, height); the
# legend sits in the empty top-left corner. A fixed rectangle instead of
# constrained layout keeps a 200-person picture well inside its time budget.
NETWORK_AXES_RECT = (0.0, 0.0, 1.0, 1.0)


@dataclass
class NetworkLayout:
    """Where each node went, for hover lookups: (x, y, text) in data coordinates."""
    nodes: list[tuple[float, float, str]] = field(default_factory=list)
    labelled: set[str] = field(default_factory=set)


def _person_angles(people) -> dict[int, float]:
    """Each ring is spread evenly, people ordered by relationship so colours cluster."""
    order = {key: i for i, key in enumerate(RELATIONSHIPS)}
    rings = defaultdict(list)
    for person in people:
        rings[person.closeness].append(person)
    angles = {}
    for ring, members in rings.items():
        members.sort(key=lambda p: (order.get(p.relationship, len(order)), p.name))
        step = 2 * math.pi / len(members)
        for i, person in enumerate(members):
            angles[person.id] = math.pi / 2 + step * (i + 0.5 * (ring % 2))
    return angles


def _group_angles(groups, angles: dict[int, float]) -> dict[int, float]:
    wanted = {}
    for i, group in enumerate(groups):
        members = [angles[m] for m in group.member_ids if m in angles]
        if members:
            wanted[group.id] = math.atan2(sum(map(math.sin, members)),
                                          sum(map(math.cos, members))) % (2 * math.pi)
        else:
            wanted[group.id] = 2 * math.pi * i / max(1, len(groups))
    gap = min(0.45, 2 * math.pi / max(1, len(groups)))
    placed, last = {}, -10.0
    for gid in sorted(wanted, key=wanted.get):  # keep groups apart, in order
        angle = max(wanted[gid], last + gap)
        placed[gid] = last = angle
    return placed


def _importance(person) -> float:
    return person.closeness * 2 + person.recent_contacts


def _labelled_people(people, pos) -> list:
    """The most important people whose labels do not land on one another (greedy)."""
    if len(people) <= MAX_LABELS:
        return list(people)
    chosen, taken = [], []
    for person in sorted(people, key=_importance, reverse=True):
        x, y = pos[person.id]
        if all(abs(x - tx) > 1.3 or abs(y - ty) > 0.38 for tx, ty in taken):
            chosen.append(person)
            taken.append((x, y))
            if len(chosen) == MAX_LABELS:
                break
    return chosen


def _label(ax, x, y, text, **style) -> None:
    """A label just outside the node, pointing away from the centre (plain text: fast)."""
    angle = math.atan2(y, x)
    ax.text(x + 0.16 * math.cos(angle), y + 0.16 * math.sin(angle), text, fontsize=7.5,
            ha="left" if math.cos(angle) >= 0 else "right", va="center", clip_on=False,
            **style)


def draw_people_network(ax, data) -> NetworkLayout:
    """data: .people (id, name, relationship, closeness, recent_contacts), .groups (id, name, member_ids)."""
    layout = NetworkLayout()
    if not data.people and not data.groups:
        empty_message(ax, translate("Resilience", "Add the people who matter to you to see your network here."))
        return layout
    angles = _person_angles(data.people)
    pos = {p.id: (RING_RADIUS.get(p.closeness, 4.2) * math.cos(angles[p.id]),
                  RING_RADIUS.get(p.closeness, 4.2) * math.sin(angles[p.id])) for p in data.people}
    gpos = {gid: (GROUP_RADIUS * math.cos(a), GROUP_RADIUS * math.sin(a))
            for gid, a in _group_angles(data.groups, angles).items()}
    for radius in RING_RADIUS.values():
        ax.add_patch(_ring(radius))
    spokes = [[(0, 0), xy] for xy in pos.values()]
    links = [[gpos[g.id], pos[m]] for g in data.groups for m in g.member_ids if m in pos]
    ax.add_collection(LineCollection(spokes, colors=MUTED, linewidths=0.4, alpha=0.25, zorder=1))
    ax.add_collection(LineCollection(links, colors=GROUP_COLOUR, linewidths=0.5, alpha=0.3,
                                     linestyles="dashed", zorder=1))
    people = data.people
    people_dots = ax.scatter([pos[p.id][0] for p in people], [pos[p.id][1] for p in people],
                             s=[22 + 18 * math.sqrt(p.recent_contacts) for p in people],
                             c=[RELATIONSHIP_COLOURS.get(p.relationship, "#9e9e9e") for p in people],
                             edgecolors="white", linewidths=0.6, zorder=3)
    people_dots.set_gid("people")
    group_dots = ax.scatter([gpos[g.id][0] for g in data.groups], [gpos[g.id][1] for g in data.groups],
                            s=90, marker="s", c=GROUP_COLOUR, edgecolors="white", zorder=3)
    group_dots.set_gid("groups")
    ax.scatter([0], [0], s=480, c=YOU_COLOUR, zorder=4, edgecolors="white")
    ax.text(0, 0, translate("Resilience", "You"), ha="center", va="center", color="white", fontsize=8,
            fontweight="bold", zorder=5)
    for person in _labelled_people(people, pos):
        _label(ax, *pos[person.id], person.name, color=ink())
        layout.labelled.add(person.name)
    biggest = sorted(data.groups, key=lambda g: -len(g.member_ids))[:MAX_GROUP_LABELS]
    for group in biggest:
        _label(ax, *gpos[group.id], group.name, color=themed(GROUP_COLOUR, GROUP_LABEL_DARK),
               style="italic")
        layout.labelled.add(group.name)
    layout.nodes = ([(*pos[p.id], _hover_text(p)) for p in people]
                    + [(*gpos[g.id], translate("Resilience", "{name} (group, %n members)", "{name} (group, %n member)",
                                                 len(g.member_ids)).format(name=g.name))
                       for g in data.groups])
    _finish_network(ax, people)
    return layout


def _ring(radius):
    from matplotlib.patches import Circle
    return Circle((0, 0), radius, fill=False, color=themed("#dddddd", "#5a5e66"), linewidth=0.6,
                  zorder=0)


def _hover_text(person) -> str:
    label = translate("Resilience", RELATIONSHIPS.get(person.relationship, (person.relationship,))[0])
    return translate("Resilience", "{name}: {relationship}, closeness {closeness}, %n contacts in"
                     " 90 days", "{name}: {relationship}, closeness {closeness}, %n contact in 90"
                     " days", person.recent_contacts).format(
        name=person.name, relationship=label.lower(), closeness=person.closeness)


def _finish_network(ax, people) -> None:
    half_height = GROUP_RADIUS + 0.6
    half_width = half_height + 1.8  # room for the labels of the outer nodes
    # Autoscaled limits (not fixed) so "equal" aspect can widen either axis to fill
    # the box at any window size.
    ax.update_datalim([(-half_width, -half_height), (half_width, half_height)])
    ax.margins(0)
    ax.set_aspect("equal", adjustable="datalim")
    ax.autoscale_view()
    ax.set_axis_off()
    present = [key for key in RELATIONSHIPS if any(p.relationship == key for p in people)]
    handles = [Line2D([], [], marker="o", linestyle="", color=RELATIONSHIP_COLOURS[key],
                      label=translate("Resilience", RELATIONSHIPS[key][0]).split(" (")[0]) for key in present]
    handles.append(Line2D([], [], marker="s", linestyle="", color=GROUP_COLOUR, label=translate("Resilience", "Group")))
    ax.legend(handles=handles, loc="upper left", fontsize=7.5,
              frameon=False, title=translate("Resilience", "Inner rings: closer"), title_fontsize=7.5)


def draw_contacts_per_week(ax, weeks) -> None:
    """weeks: items with .week_start, .in_person, .online (stacked bars).

    The bars are two PolyCollections (in person, online) rather than two Rectangles a
    week: moved in place on a period change (``update_contacts_per_week``), two years of
    weeks draw and update as fast as three months."""
    if not _has_contacts(weeks):
        empty_message(ax, translate("Resilience", "Log a call, a message or a meeting to see your contacts per week."))
        return
    from matplotlib.collections import PolyCollection

    for colour, label in ((ACCENT, translate("Resilience", "In person")),
                          ("#9ecae1", translate("Resilience", "Online, call or message"))):
        ax.add_collection(PolyCollection([], facecolors=colour, edgecolors="none", label=label))
    _contact_bars(ax, weeks)
    ax.set_ylabel(translate("Resilience", "Contacts per week"))
    ax.legend(loc="upper left", fontsize=8, frameon=False)
    ax.spines[["top", "right"]].set_visible(False)


def _has_contacts(weeks) -> bool:
    return bool(weeks) and any(w.in_person or w.online for w in weeks)


def _contact_bars(ax, weeks) -> None:
    """The two stacks' bars, the y limits (5 % above the tallest week, as autoscaling
    gives bars) and the date ticks, on the kept collections."""
    from matplotlib.dates import date2num

    starts = [w.week_start for w in weeks]
    lefts = date2num(starts)
    in_person = [w.in_person for w in weeks]
    totals = [p + w.online for p, w in zip(in_person, weeks)]
    for collection, bottoms, tops in zip(ax.collections[:2], ([0] * len(weeks), in_person),
                                         (in_person, totals)):
        collection.set_verts([((x, b), (x, t), (x + 6, t), (x + 6, b))
                              for x, b, t in zip(lefts, bottoms, tops) if t > b])
    ax.set_ylim(0, max(totals) * 1.05)
    set_date_ticks(ax, starts[0], starts[-1] + timedelta(days=6))


def update_contacts_per_week(ax, weeks) -> bool:
    """New weeks on a drawn contacts chart: the two bar collections moved, the Axes,
    legend and labels kept; False when it must be drawn anew (empty <-> bars)."""
    if not _has_contacts(weeks) or not ax.axison or len(ax.collections) != 2:
        return False
    _contact_bars(ax, weeks)
    return True


def draw_felt_supported(ax, points: list[tuple[date, int]]) -> None:
    """points: (day, how supported 1-5); dots per contact and a 30-day average line."""
    if not points:
        empty_message(ax, translate("Resilience", "When you log a contact, note how supported you felt to see it here."))
        return
    days = [day for day, _ in points]
    values = [value for _, value in points]
    ax.scatter(days, values, s=10, color=MUTED, alpha=0.35, label=translate("Resilience", "A contact"))
    ax.plot(*_rolling_mean(points, 30), color=ACCENT, linewidth=2, label=translate("Resilience", "30-day average"))
    ax.set_ylim(0.5, 5.5)
    ax.set_yticks([1, 2, 3, 4, 5], [translate("Resilience", "1 not at all"), "2", "3", "4", translate("Resilience", "5 very")])
    ax.set_ylabel(translate("Resilience", "How supported I felt"))
    ax.legend(loc="lower left", fontsize=8, frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    set_date_ticks(ax, min(days), max(days))


def update_felt_supported(ax, points: list[tuple[date, int]]) -> bool:
    """New points on a drawn chart (its limits are fixed: y here, x by the caller);
    False when it must be drawn anew (empty <-> points)."""
    if not points or not ax.axison or len(ax.collections) != 1 or len(ax.lines) != 1:
        return False
    import numpy as np
    from matplotlib.dates import date2num

    days = [day for day, _ in points]
    ax.collections[0].set_offsets(np.column_stack([date2num(days), [v for _, v in points]]))
    ax.lines[0].set_data(*_rolling_mean(points, 30))
    set_date_ticks(ax, min(days), max(days))
    return True


def _rolling_mean(points, window: int):
    """Average of the last `window` days, evaluated at each day with a contact."""
    xs, ys, start, total = [], [], 0, 0
    for end, (day, value) in enumerate(points):
        total += value
        while points[start][0] <= day - timedelta(days=window):
            total -= points[start][1]
            start += 1
        if xs and xs[-1] == day:
            xs.pop()
            ys.pop()
        xs.append(day)
        ys.append(total / (end - start + 1))
    return xs, ys
