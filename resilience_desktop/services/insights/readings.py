"""Plain-language readings of a score, of the change since last time, and the care note."""

from __future__ import annotations

from resilience_desktop.services.insights.responses import ScoredResponse
from resilience_desktop.services.insights.scales import (BRS, WHO5, get_scale, format_score)
from resilience_desktop.core.i18n import QT_TRANSLATE_NOOP, format_decimal, month_name, translate

WHO5_MEANINGFUL_CHANGE = 10  # points (PRODUCT.md)
WHO5_CARE_AT_OR_BELOW = 28
BRS_LOW_BELOW = 3.00

CARE_NOTE = (QT_TRANSLATE_NOOP("Resilience", "Things may have been heavy lately. You don't have to carry them alone: "
             "talking with a doctor, a therapist or someone you trust can help, and the "
             "Support page has people you can reach any time."))

_READINGS = {
    ("brs", "low"): QT_TRANSLATE_NOOP("Resilience", "Your answers suggest that bouncing back from hard times feels difficult "
                    "at the moment."),
    ("brs", "normal"): QT_TRANSLATE_NOOP("Resilience", "Your answers suggest you bounce back from hard times about as well "
                       "as most people."),
    ("brs", "high"): QT_TRANSLATE_NOOP("Resilience", "Your answers suggest you bounce back from hard times more easily than "
                     "most people."),
    ("who5", "suggests likely depression"): QT_TRANSLATE_NOOP("Resilience", "Your answers suggest your well-being has been very low "
                                   "over the last two weeks."),
    ("who5", "suggests poor well-being"): QT_TRANSLATE_NOOP("Resilience", "Your answers suggest your well-being has been on the low "
                                 "side over the last two weeks."),
    ("who5", "above 50"): QT_TRANSLATE_NOOP("Resilience", "Your answers suggest your well-being has been reasonably good over "
                          "the last two weeks."),
}


def reading(response: ScoredResponse) -> str:
    """One or two sentences about a score, in plain words."""
    scale = get_scale(response.scale_id)
    shown = format_score(scale, response.score)
    low, high = scale.score_range
    if response.band is None:
        return translate("Resilience", "Your self-esteem score is {score} out of {high}. This "
                         "questionnaire has no official cut-offs: what matters is how it moves "
                         "over time for you.").format(score=shown, high=f"{high:.0f}")
    text = translate("Resilience", _READINGS[(scale.id, response.band.label)])
    if scale.id == "who5":
        return translate("Resilience", "Your well-being score is {score} out of 100. {reading}"
                         ).format(score=shown, reading=text)
    return translate("Resilience", "Your resilience score is {score} (from {low} to {high}). "
                     "{reading}").format(score=shown, low=f"{low:.0f}", high=f"{high:.0f}",
                                         reading=text)


def change_reading(previous: ScoredResponse | None, current: ScoredResponse) -> str:
    """How the latest score compares with the one before."""
    if previous is None:
        return translate("Resilience", "This is your first answer to this questionnaire: next "
                         "time you will see the change.")
    scale = get_scale(current.scale_id)
    difference = round(current.score - previous.score, 2)
    day = previous.taken_on
    since = f"{day.day} {month_name(day.month)} {day.year}"
    if difference == 0:
        return translate("Resilience", "The same score as last time (since {since})."
                         ).format(since=since)
    if scale.id == "brs":
        amount = format_decimal(abs(difference), 2)
        text = (translate("Resilience", "Up {amount} since {since}.") if difference > 0
                else translate("Resilience", "Down {amount} since {since}.")
                ).format(amount=amount, since=since)
    else:
        points = round(abs(difference))
        text = (translate("Resilience", "Up %n points since {since}.", "Up %n point since {since}.",
                          points) if difference > 0
                else translate("Resilience", "Down %n points since {since}.",
                               "Down %n point since {since}.", points)).format(since=since)
    if scale.id == WHO5.id:
        if abs(difference) >= WHO5_MEANINGFUL_CHANGE:
            text += " " + translate("Resilience", "A change of 10 points or more is considered "
                                    "meaningful.")
        else:
            text += " " + translate("Resilience", "Changes under 10 points are within the usual "
                                    "ups and downs.")
    return text


def needs_care_note(who5_latest: ScoredResponse | None,
                    brs_last_two: list[ScoredResponse]) -> bool:
    """WHO-5 at or below 28, or BRS below 3.00 on the last two answers in a row."""
    if who5_latest is not None and who5_latest.score <= WHO5_CARE_AT_OR_BELOW:
        return True
    return (len(brs_last_two) >= 2
            and all(round(r.score, 2) < BRS_LOW_BELOW for r in brs_last_two[-2:]))


def care_note_due() -> bool:
    """The care rule on the stored answers."""
    from resilience_desktop.services.insights.responses import latest

    who5 = latest(WHO5.id, 1)
    return needs_care_note(who5[-1] if who5 else None, latest(BRS.id, 2))
