"""Small helpers for messages shown to people (services and UI share them)."""

from __future__ import annotations

from resilience_desktop.core.i18n import format_signed, translate


def count_of(count: int, singular: str, plural: str | None = None) -> str:
    """'1 session', '3 sessions', '2 rows have' style counts: no '(s)'."""
    return f"{count} {singular if count == 1 else (plural or singular + 's')}"


def signed(value: int) -> str:
    """A mood or change with its sign: '+2', '-1', and plain '0' (never '+0')."""
    return f"{value:+d}" if value else "0"


def best_change_reading(changes: dict[str, list[float]], better_when_higher: bool = True) -> str:
    """changes: name -> after − before per session. The largest mean change in the
    direction that helps, with how many sessions it rests on."""
    means = {name: sum(values) / len(values) for name, values in changes.items() if values}
    if not means:
        return ""
    pick = max if better_when_higher else min
    name = pick(means, key=lambda key: means[key])
    mean = means[name]
    if better_when_higher:
        text = translate("Resilience", "Mood rose most after {name}: {mean} on average "
                         "(%n sessions).", "Mood rose most after {name}: {mean} on average "
                         "(%n session).", len(changes[name]))
    else:
        text = translate("Resilience", "Stress dropped most after {name}: {mean} on average "
                         "(%n practices).", "Stress dropped most after {name}: {mean} on "
                         "average (%n practice).", len(changes[name]))
    if (mean <= 0) if better_when_higher else (mean >= 0):
        return translate("Resilience", "No activity has raised the mood on average yet.") \
            if better_when_higher else translate("Resilience", "No practice has lowered the "
                                                 "stress on average yet.")
    return text.format(name=name, mean=format_signed(mean, 1))
