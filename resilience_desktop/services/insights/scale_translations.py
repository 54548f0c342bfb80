"""Published, validated translations of the self-check questionnaires.

Questionnaire items are content, not interface (docs/translations.md): a scale is
shown in another language only in a published, validated version, word for word;
where none is included the scale stays in its original English and the window says
why. Scoring, answer values, bands and the stored version are the same in every
language, so answers given in German and in English read on one chart.

Included: the German WHO-5 (WHO-Fragebogen zum Wohlbefinden, Psychiatric Research
Unit, WHO Collaborating Centre in Mental Health, 1998). Not included (stay English):
the Spanish WHO-5 (no checked copy of the official text was at hand), and the BRS and
Rosenberg scales in either language.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from resilience_desktop.core.i18n import interface_language
from resilience_desktop.services.insights.scales import Scale


@dataclass(frozen=True)
class ScaleText:
    name: str
    stem: str
    items: tuple[str, ...]
    answer_labels: dict[int, str]  # answer value -> label
    citation: str


WHO5_DE = ScaleText(
    name="WHO-5-Fragebogen zum Wohlbefinden",
    stem="Die folgenden Aussagen betreffen Ihr Wohlbefinden in den letzten zwei Wochen. "
         "In den letzten zwei Wochen …",
    items=(
        "… war ich froh und guter Laune.",
        "… habe ich mich ruhig und entspannt gefühlt.",
        "… habe ich mich energisch und aktiv gefühlt.",
        "… habe ich mich beim Aufwachen frisch und ausgeruht gefühlt.",
        "… war mein Alltag voller Dinge, die mich interessieren.",
    ),
    answer_labels={5: "Die ganze Zeit", 4: "Meistens", 3: "Etwas mehr als die Hälfte der Zeit",
                   2: "Etwas weniger als die Hälfte der Zeit", 1: "Ab und zu",
                   0: "Zu keinem Zeitpunkt"},
    citation="WHO-Fragebogen zum Wohlbefinden (Version 1998), Psychiatric Research Unit, WHO "
             "Collaborating Centre in Mental Health, Frederiksborg General Hospital; Topp et al. "
             "2015, Psychother Psychosom 84:167-176.",
)

VALIDATED: dict[tuple[str, str], ScaleText] = {("who5", "de"): WHO5_DE}


def is_translated(scale: Scale, language: str | None = None) -> bool:
    return (scale.id, language or interface_language()) in VALIDATED


def shown_scale(scale: Scale, language: str | None = None) -> Scale:
    """The scale in the window's language when a validated version exists, else as is."""
    text = VALIDATED.get((scale.id, language or interface_language()))
    if text is None:
        return scale
    if len(text.items) != len(scale.items) or set(text.answer_labels) != set(scale.values):
        raise ValueError(f"the {scale.short_name} translation does not match the scale")
    return replace(scale, name=text.name, stem=text.stem, items=text.items,
                   answers=tuple((value, text.answer_labels[value]) for value, _ in scale.answers),
                   citation=text.citation)
