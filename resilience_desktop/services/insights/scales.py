"""The three self-check questionnaires exactly as PRODUCT.md gives them.

Answers are stored as the published answer values (BRS 1-5, WHO-5 0-5,
Rosenberg 3 = strongly agree ... 0 = strongly disagree); scoring applies the
reverse items. Bands are the published ones; Rosenberg has none (trend only).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple
from functools import cached_property
from resilience_desktop.core.i18n import QT_TRANSLATE_NOOP, format_decimal, translate

NOT_A_DIAGNOSIS = QT_TRANSLATE_NOOP("Resilience", "This is not a diagnosis.")  # interface, not an item


class Band(NamedTuple):  # not a frozen dataclass: ~0.5 ms less at start-up
    label: str
    low: float  # inclusive, on the displayed (rounded) score
    high: float  # inclusive
    colour: str


@dataclass(frozen=True)
class Scale:
    id: str
    name: str
    short_name: str
    version: str
    citation: str
    stem: str
    items: tuple[str, ...]
    reverse_items: frozenset[int]  # 1-based item numbers
    answers: tuple[tuple[int, str], ...]  # (value, label) in the order shown
    score_range: tuple[float, float]
    bands: tuple[Band, ...] = ()

    @cached_property  # asked for every answer scored (thousands in a century's journal)
    def values(self) -> tuple[int, ...]:
        return tuple(sorted(value for value, _ in self.answers))

    def label_for(self, value: int) -> str:
        return dict(self.answers)[value]

    def keys_hint(self) -> str:
        return f"{min(self.values)}–{max(self.values)}"


BRS = Scale(
    id="brs", name="Brief Resilience Scale", short_name="BRS", version="BRS-2008",
    citation=("Smith BW, Dalen J, Wiggins K, Tooley E, Christopher P, Bernard J. The brief "
              "resilience scale: assessing the ability to bounce back. Int J Behav Med "
              "2008;15(3):194-200."),
    stem="How much do you agree with each statement?",
    items=(
        "I tend to bounce back quickly after hard times",
        "I have a hard time making it through stressful events",
        "It does not take me long to recover from a stressful event",
        "It is hard for me to snap back when something bad happens",
        "I usually come through difficult times with little trouble",
        "I tend to take a long time to get over set-backs in my life",
    ),
    reverse_items=frozenset({2, 4, 6}),
    answers=((1, "Strongly disagree"), (2, "Disagree"), (3, "Neutral"), (4, "Agree"),
             (5, "Strongly agree")),
    score_range=(1.0, 5.0),
    bands=(Band(QT_TRANSLATE_NOOP("Resilience", "low"), 1.00, 2.99, "#f2c4c4"),
           Band(QT_TRANSLATE_NOOP("Resilience", "normal"), 3.00, 4.30, "#d9ead3"),
           Band(QT_TRANSLATE_NOOP("Resilience", "high"), 4.31, 5.00, "#b6d7a8")),
)

WHO5 = Scale(
    id="who5", name="WHO-5 Well-Being Index", short_name="WHO-5", version="WHO-5-1998",
    citation=("WHO Regional Office for Europe, 1998 (Psychiatric Research Unit, Mental Health "
              "Centre North Zealand); Topp et al. 2015, Psychother Psychosom 84:167-176."),
    stem="Over the last two weeks…",
    items=(
        "I have felt cheerful and in good spirits.",
        "I have felt calm and relaxed.",
        "I have felt active and vigorous.",
        "I woke up feeling fresh and rested.",
        "My daily life has been filled with things that interest me.",
    ),
    reverse_items=frozenset(),
    answers=((5, "All of the time"), (4, "Most of the time"), (3, "More than half of the time"),
             (2, "Less than half of the time"), (1, "Some of the time"), (0, "At no time")),
    score_range=(0.0, 100.0),
    bands=(Band(QT_TRANSLATE_NOOP("Resilience", "suggests likely depression"), 0, 28, "#f2c4c4"),
           Band(QT_TRANSLATE_NOOP("Resilience", "suggests poor well-being"), 29, 50, "#fce5cd"),
           Band(QT_TRANSLATE_NOOP("Resilience", "above 50"), 51, 100, "#d9ead3")),
)

RSES = Scale(
    id="rses", name="Rosenberg Self-Esteem Scale", short_name="Rosenberg", version="RSES-1965",
    citation=("Rosenberg M. Society and the Adolescent Self-Image. Princeton University "
              "Press, 1965."),
    stem="How much do you agree with each statement?",
    items=(
        "On the whole, I am satisfied with myself.",
        "At times I think I am no good at all.",
        "I feel that I have a number of good qualities.",
        "I am able to do things as well as most other people.",
        "I feel I do not have much to be proud of.",
        "I certainly feel useless at times.",
        "I feel that I'm a person of worth, at least on an equal plane with others.",
        "I wish I could have more respect for myself.",
        "All in all, I am inclined to feel that I am a failure.",
        "I take a positive attitude toward myself.",
    ),
    reverse_items=frozenset({2, 5, 6, 8, 9}),
    answers=((3, "Strongly agree"), (2, "Agree"), (1, "Disagree"), (0, "Strongly disagree")),
    score_range=(0.0, 30.0),
)

SCALES: dict[str, Scale] = {scale.id: scale for scale in (BRS, WHO5, RSES)}


def get_scale(scale_id: str) -> Scale:
    try:
        return SCALES[scale_id]
    except KeyError:
        raise ValueError(f"Unknown questionnaire: {scale_id}.") from None


def item_score(scale: Scale, item: int, value: int) -> int:
    """The scored value of one answer (reverse items flipped)."""
    if item in scale.reverse_items:
        return min(scale.values) + max(scale.values) - value
    return value


def check_answers(scale: Scale, answers: Sequence[int | None]) -> None:
    """Raise ValueError naming the first missing or invalid item."""
    if len(answers) != len(scale.items):
        raise ValueError(f"{scale.short_name} has {len(scale.items)} items, "
                         f"got {len(answers)} answers.")
    for number, value in enumerate(answers, start=1):
        if value is None:
            raise ValueError(f"Please answer item {number} before saving.")
        if value not in scale.values:
            raise ValueError(f"Item {number}: {value!r} is not an answer "
                             f"({scale.keys_hint()}).")


def score(scale: Scale, answers: list[int]) -> float:
    """BRS: mean to two decimals (1.00-5.00); WHO-5: raw sum x 4 (0-100);
    Rosenberg: sum (0-30)."""
    check_answers(scale, answers)
    scored = [item_score(scale, n, v) for n, v in enumerate(answers, start=1)]
    if scale.id == "brs":
        return round(sum(scored) / len(scored), 2)
    if scale.id == "who5":
        return float(sum(scored) * 4)
    return float(sum(scored))


def band_for(scale: Scale, value: float) -> Band | None:
    """The published band of a (rounded) score; None for Rosenberg."""
    shown = round(value, 2)
    for band in scale.bands:
        if shown <= band.high:
            return band
    return scale.bands[-1] if scale.bands else None


def score_places(scale: Scale) -> int:
    """Decimals a score is shown with: the BRS is a mean (3.50), the others sums."""
    return 2 if scale.id == "brs" else 0


def format_score(scale: Scale, value: float) -> str:
    """A score as a person reads it, in the interface locale ("3,50" in German)."""
    return format_decimal(value, score_places(scale))


def chart_bands(scale: Scale) -> list[tuple[float, float, str, str]]:
    """Shading for a chart: each band from its low edge to the next band's (no gaps),
    its label in the interface language (the stored key stays English)."""
    bands = list(scale.bands)
    shaded = []
    for index, band in enumerate(bands):
        top = bands[index + 1].low if index + 1 < len(bands) else scale.score_range[1]
        shaded.append((band.low, top, band.colour, translate("Resilience", band.label)))
    return shaded
