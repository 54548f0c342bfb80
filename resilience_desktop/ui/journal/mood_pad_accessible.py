"""What a screen reader gets from the mood pad: an adjustable control (role
Slider) whose value reads "pleasant 3, energy −2".

Qt builds accessible interfaces through factories; ``install()`` adds one that
answers for MoodPadWidget (once per process). The value interface speaks for
pleasantness (the left/right axis, −5…+5); the value text carries both axes,
and the pad sends a QAccessibleValueChangeEvent with every step, so Orca reads
the new point as the arrow keys move it.

Lifetime: Qt's accessibility cache owns each interface and deletes it with its
pad. One still alive when Python exits would be deleted by Qt after the
interpreter is gone (a crash at exit), so ``_release_all`` hands those back to
Qt for deletion while Python still runs (atexit).
"""

from __future__ import annotations

import atexit

import shiboken6
from PySide6.QtGui import QAccessible, QAccessibleValueInterface
from PySide6.QtWidgets import QAccessibleWidget

_installed = False
_made: list = []  # every interface made; Qt deletes each with its pad


class MoodPadAccessible(QAccessibleWidget, QAccessibleValueInterface):
    def __init__(self, pad) -> None:
        QAccessibleWidget.__init__(self, pad, QAccessible.Role.Slider)
        QAccessibleValueInterface.__init__(self)
        self._pad = pad

    def text(self, kind):  # noqa: D102 (Qt API)
        if kind == QAccessible.Text.Value:
            return self._pad.value_text()
        return super().text(kind)

    def interface_cast(self, kind):  # noqa: D102 (Qt API)
        if kind == QAccessible.InterfaceType.ValueInterface:
            return self
        return super().interface_cast(kind)

    def currentValue(self):  # noqa: N802 (Qt API)
        value = self._pad.value()
        return 0 if value is None else value[0]

    def setCurrentValue(self, value) -> None:  # noqa: N802 (Qt API)
        energy = (self._pad.value() or (0, 0))[1]
        self._pad.set_value((int(value), energy), emit=True)

    def maximumValue(self):  # noqa: N802 (Qt API)
        return self._pad.RANGE

    def minimumValue(self):  # noqa: N802 (Qt API)
        return -self._pad.RANGE

    def minimumStepSize(self):  # noqa: N802 (Qt API)
        return 1


def _factory(_class_name: str, obj):
    from resilience_desktop.ui.journal.mood_pad import MoodPadWidget

    if not isinstance(obj, MoodPadWidget):
        return None
    _made[:] = [made for made in _made if shiboken6.isValid(made)]
    _made.append(MoodPadAccessible(obj))
    return _made[-1]


def _release_all() -> None:
    for made in _made:
        if shiboken6.isValid(made):
            QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(made))
    _made.clear()


def install() -> None:
    """Register the factory (idempotent; called when the first pad is built)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        atexit.register(_release_all)
        _installed = True
