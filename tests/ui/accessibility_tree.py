"""Read a window the way a screen reader does: through Qt's own QAccessible interfaces.

``read_tree(window)`` walks ``QAccessible.queryAccessibleInterface(window)`` and
its ``child(i)`` nodes (what the AT-SPI bridge hands Orca on Linux), skipping
invisible ones, and ``problems(nodes)`` lists what a screen-reader user would
trip over:

- an interactive node (button, check box, edit, combo, slider, link, progress
  bar, tab, a focusable label...) without a name;
- two interactive nodes with the same name and role on one screen (which
  "Remove" is which?; repeated plain text such as a disclaimer is fine);
- a tab list whose selected tab is not the page that shows;
- a custom-painted control of the app without a value interface (the mood
  pad), or a painted display (a chart) without a name.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QTabBar, QTabWidget, QWidget

Role = QAccessible.Role

#: Roles a person acts on: each must have a name, and no two alike on one screen.
INTERACTIVE = {Role.Button, Role.CheckBox, Role.RadioButton, Role.EditableText, Role.ComboBox,
               Role.Slider, Role.SpinBox, Role.Link, Role.ProgressBar, Role.Dial,
               Role.PageTab, Role.ButtonMenu, Role.ButtonDropDown, Role.List, Role.Table,
               Role.Tree}
#: Roles whose items are data (rows, cells, list entries): names may repeat there.
DATA_ROLES = {Role.ListItem, Role.Cell, Role.Row, Role.TreeItem, Role.ColumnHeader,
              Role.RowHeader, Role.MenuItem}
#: Qt base classes a custom control is built on directly (no accessible role of its own).
PLAIN_BASES = {"QWidget", "QFrame", "QAbstractButton"}
MAX_DEPTH = 60


@dataclass
class Node:
    role: QAccessible.Role
    name: str
    focusable: bool
    selected: bool
    has_value: bool
    widget: object  # the QObject behind the node (None for virtual children)
    path: str

    def describe(self) -> str:
        kind = type(self.widget).__name__ if self.widget is not None else "item"
        object_name = self.widget.objectName() if isinstance(self.widget, QWidget) else ""
        return f"{self.role.name} {self.name!r} ({kind} '{object_name}') at {self.path}"


def read_tree(root: QWidget) -> list[Node]:
    """Every visible node under root's accessible interface, depth first."""
    nodes: list[Node] = []
    _visit(QAccessible.queryAccessibleInterface(root), "", nodes, 0)
    return nodes


def _visit(interface, path: str, nodes: list[Node], depth: int) -> None:
    if interface is None or not interface.isValid() or depth > MAX_DEPTH:
        return
    state = interface.state()
    if state.invisible:
        return
    role = interface.role()
    name = _name(interface, role)
    here = f"{path}/{role.name}:{name[:30]}" if path else role.name
    nodes.append(Node(role, name, bool(state.focusable), bool(state.selected),
                      interface.valueInterface() is not None, interface.object(), here))
    for index in range(interface.childCount()):
        _visit(interface.child(index), here, nodes, depth + 1)


def _name(interface, role) -> str:
    """The name Orca reads. A label linked to the node (a buddy, a form row's label)
    names it. On Linux a combo box's own name is its current value, so there its
    name is the linked label, else its accessibleName (what Windows and macOS read;
    Orca reads such a combo box by its value: see docs/accessibility.md)."""
    labels = " ".join(other.text(QAccessible.Text.Name) or "" for other, _flag in
                      interface.relations(QAccessible.Relation.Label)).strip()
    if role == Role.ComboBox:
        widget = interface.object()
        return labels or (widget.accessibleName() if isinstance(widget, QWidget) else "")
    return (interface.text(QAccessible.Text.Name) or "").strip() or labels


def _is_interactive(node: Node) -> bool:
    if isinstance(node.widget, QWidget) and node.widget.focusProxy() is not None:
        return False  # focus goes to the proxy (a tab widget's tab bar), which is read
    if node.role in INTERACTIVE:
        return True
    return node.focusable and node.role in {Role.StaticText, Role.Graphic, Role.Client}


def unnamed(nodes: list[Node]) -> list[str]:
    return [f"no name: {n.describe()}" for n in nodes if _is_interactive(n) and not n.name]


def duplicates(nodes: list[Node]) -> list[str]:
    seen: dict[tuple, Node] = {}
    found = []
    for node in nodes:
        if node.role not in INTERACTIVE or node.role in DATA_ROLES or not node.name:
            continue
        key = (node.role, node.name.casefold())
        if key in seen and seen[key].widget is not node.widget:
            found.append(f"same name and role twice: {node.describe()} and "
                         f"{seen[key].describe()}")
        seen.setdefault(key, node)
    return found


def wrong_tabs(root: QWidget) -> list[str]:
    """Tab bars whose selected accessible tab is not the tab that shows."""
    found = []
    for bar in root.findChildren(QTabBar):
        if not bar.isVisible() or bar.count() == 0:
            continue
        interface = QAccessible.queryAccessibleInterface(bar)
        selected = [interface.child(i) for i in range(interface.childCount())
                    if interface.child(i).state().selected]
        shown = bar.tabText(bar.currentIndex()).replace("&", "")
        names = [s.text(QAccessible.Text.Name) for s in selected]
        where = bar.objectName() or bar.parent().objectName()
        if names != [shown]:
            found.append(f"tab list {where!r} selects {names} while {shown!r} shows")
        if interface.text(QAccessible.Text.Name) not in (shown, bar.accessibleName()):
            found.append(f"tab list {where!r} is named "
                         f"{interface.text(QAccessible.Text.Name)!r} while {shown!r} shows")
        owner = bar.parent()
        if isinstance(owner, QTabWidget) and not owner.currentWidget().isVisible():
            found.append(f"tab widget {owner.objectName()!r}: the current page is hidden")
    return found


def _painted_by_the_app(widget) -> bool:
    """A control the app draws itself (its own paintEvent on a plain QWidget base)."""
    if not type(widget).__module__.startswith("resilience_desktop"):
        return False
    qt_base = next(c for c in type(widget).__mro__ if c.__module__.startswith("PySide6"))
    return qt_base.__name__ in PLAIN_BASES and any(
        "paintEvent" in vars(c) for c in type(widget).__mro__
        if c.__module__.startswith("resilience_desktop"))


def valueless_custom_controls(nodes: list[Node]) -> list[str]:
    """A painted control a person sets (it has value() and set_value(), like the mood
    pad) needs a value interface; a painted display (a chart, the week ring) needs a
    name that says what it shows."""
    found = []
    for node in nodes:
        if not isinstance(node.widget, QWidget) or not _painted_by_the_app(node.widget):
            continue
        adjustable = hasattr(node.widget, "value") and hasattr(node.widget, "set_value")
        if adjustable and not node.has_value:
            found.append(f"custom control without a value: {node.describe()}")
        elif not node.name:
            found.append(f"custom display without a name: {node.describe()}")
    return found


def problems(root: QWidget) -> list[str]:
    nodes = read_tree(root)
    return (unnamed(nodes) + duplicates(nodes) + wrong_tabs(root)
            + valueless_custom_controls(nodes))
