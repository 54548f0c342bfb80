"""What a screen reader gets from the mood pad: an adjustable control (role
Slider) whose value reads "pleasant 3, energy −2".

Qt builds accessible interfaces through factories; ``install()`` adds one that
answers for MoodPadWidget (once per process). The value interface speaks for
pleasantness (the left/right axis, −5…+5); the value text carries both axes,
and the pad sends a QAccessibleValueChangeEvent with every step, so Orca reads
the new point as the arrow keys move it.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleValueInterface
from PySide6.QtWidgets import QAccessibleWidget

_installed = False


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

    return MoodPadAccessible(obj) if isinstance(obj, MoodPadWidget) else None


def install() -> None:
    """Register the factory (idempotent; called when the first pad is built)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True
