"""The mood pad as a screen reader gets it: an adjustable control with a value."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from resilience_desktop.ui.journal.mood_pad import MoodPadWidget


def _pad(qtbot) -> MoodPadWidget:
    pad = MoodPadWidget()
    qtbot.addWidget(pad)
    pad.show()
    qtbot.waitExposed(pad)
    pad.setFocus()
    qtbot.waitUntil(pad.hasFocus)
    return pad


def _read(pad) -> tuple[str, str, str]:
    node = QAccessible.queryAccessibleInterface(pad)
    return node.role().name, node.text(QAccessible.Text.Name), node.text(QAccessible.Text.Value)


def test_arrow_keys_move_the_point_and_the_value_read_out_follows(qtbot):
    pad = _pad(qtbot)
    assert _read(pad) == ("Slider", "Mood pad", "not placed yet")
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Right,
                Qt.Key.Key_Down, Qt.Key.Key_Down):
        qtbot.keyClick(pad, key)
    assert pad.value() == (3, -2)
    assert _read(pad)[2] == "pleasant 3, energy −2"
    qtbot.keyClick(pad, Qt.Key.Key_Left)
    qtbot.keyClick(pad, Qt.Key.Key_Up)
    assert _read(pad)[2] == "pleasant 2, energy −1"


def test_the_value_interface_reads_and_sets_pleasantness(qtbot):
    pad = _pad(qtbot)
    pad.set_value((-4, 5))
    value = QAccessible.queryAccessibleInterface(pad).valueInterface()
    assert (value.minimumValue(), value.currentValue(), value.maximumValue()) == (-5, -4, 5)
    with qtbot.waitSignal(pad.changed):
        value.setCurrentValue(1)  # a screen reader's own "set value"
    assert pad.value() == (1, 5)


def test_a_step_is_announced_while_a_screen_reader_listens(qtbot):
    QAccessible.setActive(True)
    try:
        pad = _pad(qtbot)
        qtbot.keyClick(pad, Qt.Key.Key_Right)  # sends a value-change event; must not fail
        assert _read(pad)[2] == "pleasant 1, energy 0"
    finally:
        QAccessible.setActive(False)
