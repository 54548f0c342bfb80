"""The window hands core/i18n its week start as a function, asked when first needed:
QLocale's answer is a Qt.DayOfWeek, and the first one builds the Python enums of Qt's
whole namespace (~15 ms), which the start-up shell's first frame does without."""

from resilience_desktop.core import i18n


def test_a_week_start_given_as_a_function_is_asked_once_when_first_needed():
    asked = []

    def sunday() -> str:
        asked.append(1)
        return "sunday"

    try:
        i18n.install(None, week_start=sunday)
        assert asked == []
        assert i18n.locale_week_start() == "sunday"
        assert i18n.locale_week_start() == "sunday" and asked == [1]
        i18n.install(None, week_start=lambda: "friday")  # not a week start: Monday
        assert i18n.locale_week_start() == "monday"
    finally:
        i18n.install(None)
