"""The seven tabs in PRODUCT.md order: title -> (module, class). Built lazily."""

TAB_SPECS: tuple[tuple[str, str, str], ...] = (
    ("Today", "resilience_desktop.ui.today.today_tab", "TodayTab"),
    ("Journal", "resilience_desktop.ui.journal.journal_tab", "JournalTab"),
    ("Exercise", "resilience_desktop.ui.exercise.exercise_tab", "ExerciseTab"),
    ("People", "resilience_desktop.ui.people.people_tab", "PeopleTab"),
    ("Calm", "resilience_desktop.ui.calm.calm_tab", "CalmTab"),
    ("Insights", "resilience_desktop.ui.insights.insights_tab", "InsightsTab"),
    ("Support", "resilience_desktop.ui.support.support_tab", "SupportTab"),
)

TAB_TITLES = tuple(spec[0] for spec in TAB_SPECS)
