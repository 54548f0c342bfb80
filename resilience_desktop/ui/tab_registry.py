"""The seven tabs in PRODUCT.md order: title -> (module, class). Built lazily.
The titles are the tabs' keys (show_tab("Calm")); the window shows them translated."""

from resilience_desktop.core.i18n import QT_TRANSLATE_NOOP

TAB_SPECS: tuple[tuple[str, str, str], ...] = (
    (QT_TRANSLATE_NOOP("Resilience", "Today"), "resilience_desktop.ui.today.today_tab", "TodayTab"),
    (QT_TRANSLATE_NOOP("Resilience", "Journal"), "resilience_desktop.ui.journal.journal_tab", "JournalTab"),
    (QT_TRANSLATE_NOOP("Resilience", "Exercise"), "resilience_desktop.ui.exercise.exercise_tab", "ExerciseTab"),
    (QT_TRANSLATE_NOOP("Resilience", "People"), "resilience_desktop.ui.people.people_tab", "PeopleTab"),
    (QT_TRANSLATE_NOOP("Resilience", "Calm"), "resilience_desktop.ui.calm.calm_tab", "CalmTab"),
    (QT_TRANSLATE_NOOP("Resilience", "Insights"), "resilience_desktop.ui.insights.insights_tab", "InsightsTab"),
    (QT_TRANSLATE_NOOP("Resilience", "Support"), "resilience_desktop.ui.support.support_tab", "SupportTab"),
)

TAB_TITLES = tuple(spec[0] for spec in TAB_SPECS)
