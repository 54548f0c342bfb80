"""Application-wide signals: tabs refresh from these, never by reaching into each other."""

from PySide6.QtCore import QObject, Signal


class AppSignals(QObject):
    journal_changed = Signal()
    exercise_changed = Signal()
    people_changed = Signal()
    preferences_changed = Signal(str)  # key
    #: The whole data set was replaced or merged (import, restore): refresh everything.
    data_replaced = Signal()
    #: Ask the main window to show a tab by its title ("Support", "Journal", ...).
    show_tab_requested = Signal(str)
