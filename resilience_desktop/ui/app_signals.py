"""Application-wide signals: tabs refresh from these, never by reaching into each other."""

from PySide6.QtCore import QObject, Signal


class AppSignals(QObject):
    journal_changed = Signal()
    exercise_changed = Signal()
    people_changed = Signal()
    # A calm practice (breathing, meditation, imagery, grounding) was logged or changed.
    calm_changed = Signal()
    # A self-check questionnaire, strength or reflection was saved or changed.
    insights_changed = Signal()
    preferences_changed = Signal(str)  # key
    # The whole data set was replaced or merged (import, restore): refresh everything.
    data_replaced = Signal()
    # Ask the main window to show a tab by its title ("Support", "Journal", ...).
    show_tab_requested = Signal(str)
    # Ask the Journal tab to open an entry by id (after show_tab_requested("Journal")).
    journal_entry_requested = Signal(int)
    # Ask the Journal tab to start a reflection answering a follow-up card (a FollowUp).
    reflection_requested = Signal(object)
