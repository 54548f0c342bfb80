"""People charts drawn on a bare Figure (no Qt, no pyplot)."""

import io
from datetime import date, timedelta

import numpy as np
from matplotlib.figure import Figure

from resilience_desktop.charts import plots
from resilience_desktop.charts.plots import people as people_plots
from resilience_desktop.services.people.charts import NetworkData, NetworkGroup, NetworkPerson, WeekCount

RELS = ["family", "friend", "close_friend", "colleague", "online_friend"]


def _network(people: int, groups: int) -> NetworkData:
    persons = [NetworkPerson(i, f"Person {i}", RELS[i % len(RELS)], 1 + (i * 7 // 3) % 5, i % 7)
               for i in range(1, people + 1)]
    clubs = [NetworkGroup(100 + g, f"Group {g}", [p.id for p in persons if p.id % groups == g])
             for g in range(groups)]
    return NetworkData(persons, clubs)


def _collection(ax, gid):
    return next(c for c in ax.collections if c.get_gid() == gid)


def test_network_has_one_node_per_person_and_group():
    fig = Figure()
    ax = fig.add_subplot()
    layout = plots.draw_people_network(ax, _network(12, 3))
    assert len(_collection(ax, "people").get_offsets()) == 12
    assert len(_collection(ax, "groups").get_offsets()) == 3
    assert len(layout.nodes) == 15
    texts = {t.get_text() for t in ax.texts}
    assert {"You", "Person 1", "Person 12", "Group 0"} <= texts  # few people: all labelled


def test_big_network_labels_only_the_most_important():
    fig = Figure(figsize=(9, 7))
    ax = fig.add_subplot()
    layout = plots.draw_people_network(ax, _network(200, 20))
    assert len(_collection(ax, "people").get_offsets()) == 200
    assert len(_collection(ax, "groups").get_offsets()) == 20
    person_labels = [t for t in ax.texts if t.get_text().startswith("Person")]
    assert 5 <= len(person_labels) <= people_plots.MAX_LABELS
    group_labels = [t for t in ax.texts if t.get_text().startswith("Group")]
    assert len(group_labels) == people_plots.MAX_GROUP_LABELS < 20
    assert any("Person" in text for *_xy, text in layout.nodes[-200:])  # hover text for all
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png")  # renders without errors
    assert buffer.getvalue().startswith(b"\x89PNG")


def test_empty_network_shows_a_message():
    ax = Figure().add_subplot()
    plots.draw_people_network(ax, NetworkData([], []))
    assert "Add the people" in ax.texts[0].get_text()


def test_contacts_per_week_stacks_in_person_and_online():
    ax = Figure().add_subplot()
    monday = date(2026, 3, 2)
    plots.draw_contacts_per_week(ax, [WeekCount(monday, 2, 3), WeekCount(monday + timedelta(7), 1, 0)])
    in_person, online = ax.collections  # one PolyCollection of bars per kind
    heights = [[float(np.ptp(path.vertices[:, 1])) for path in bars.get_paths()] for bars in ax.collections]
    assert heights == [[2, 1], [3]]  # a week without online contacts has no online bar
    assert [bars.get_label() for bars in (in_person, online)] == ["In person", "Online, call or message"]


def test_felt_supported_draws_points_and_average():
    ax = Figure().add_subplot()
    day = date(2026, 1, 1)
    plots.draw_felt_supported(ax, [(day, 2), (day + timedelta(1), 4), (day + timedelta(40), 5)])
    assert len(ax.collections[0].get_offsets()) == 3
    assert list(ax.lines[0].get_ydata()) == [2, 3, 5]
    ax2 = Figure().add_subplot()
    plots.draw_felt_supported(ax2, [])
    assert ax2.texts
