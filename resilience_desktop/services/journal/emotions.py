"""The emotion vocabulary (PRODUCT.md's own grouping on the pleasantness x
energy plane), one plain-language definition per word, the mood quadrants,
and the user's own words.
"""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple, overload

from resilience_desktop.core import clock
from resilience_desktop.core.db import database
from resilience_desktop.core.errors import ValidationError
from resilience_desktop.core.models.journal import EmotionWord

HIGH_UNPLEASANT = "high_unpleasant"
HIGH_PLEASANT = "high_pleasant"
LOW_UNPLEASANT = "low_unpleasant"
LOW_PLEASANT = "low_pleasant"
NEUTRAL = "neutral"
QUADRANTS = (HIGH_UNPLEASANT, HIGH_PLEASANT, LOW_UNPLEASANT, LOW_PLEASANT, NEUTRAL)
QUADRANT_LABELS = {
    HIGH_UNPLEASANT: "High energy, unpleasant",
    HIGH_PLEASANT: "High energy, pleasant",
    LOW_UNPLEASANT: "Low energy, unpleasant",
    LOW_PLEASANT: "Low energy, pleasant",
    NEUTRAL: "Mixed / neutral",
}


class Emotion(NamedTuple):  # not a frozen dataclass: ~0.5 ms less at start-up
    word: str
    quadrant: str
    definition: str
    custom: bool = False


_VOCABULARY = {
    HIGH_UNPLEASANT: (
        ("angry", "strong displeasure at something that feels wrong or unfair"),
        ("frustrated", "blocked from something you want or are trying to do"),
        ("irritated", "mildly annoyed by small, repeated things"),
        ("anxious", "worried and uneasy about what might happen"),
        ("stressed", "under pressure, with more demands than you can meet"),
        ("overwhelmed", "too much at once to handle or think clearly"),
        ("nervous", "jittery and unsure before something that matters"),
        ("afraid", "sensing danger or a threat to you or someone you care about"),
        ("panicked", "sudden intense fear that makes it hard to think"),
        ("jealous", "afraid of losing someone or something to another person"),
        ("resentful", "bitter about being treated unfairly, held on to over time"),
        ("embarrassed", "self-conscious after others saw something awkward"),
    ),
    HIGH_PLEASANT: (
        ("excited", "eager and energised about something coming"),
        ("joyful", "full of happiness that lifts you up"),
        ("enthusiastic", "keen and wholehearted about doing something"),
        ("energized", "full of energy and ready to act"),
        ("proud", "pleased with something you or someone close achieved"),
        ("confident", "trusting that you can handle what is in front of you"),
        ("hopeful", "expecting that things can turn out well"),
        ("inspired", "moved by something to create or to do better"),
        ("amused", "finding something funny"),
        ("curious", "wanting to know or explore more"),
        ("playful", "light-hearted and ready to have fun"),
        ("determined", "set on reaching a goal despite difficulty"),
    ),
    LOW_UNPLEASANT: (
        ("sad", "down and heavy-hearted after a loss or disappointment"),
        ("lonely", "missing closeness or connection with others"),
        ("disappointed", "let down because something did not turn out as hoped"),
        ("discouraged", "losing the confidence or will to keep trying"),
        ("hopeless", "feeling that nothing will get better"),
        ("guilty", "regretting something you did or failed to do"),
        ("ashamed", "feeling bad about who you are, not just what you did"),
        ("hurt", "emotionally wounded by what someone said or did"),
        ("left out", "excluded from a group or from plans"),
        ("bored", "restless for lack of interest or challenge"),
        ("exhausted", "drained of physical or emotional energy"),
        ("numb", "cut off from feelings, as if nothing reaches you"),
    ),
    LOW_PLEASANT: (
        ("calm", "settled and quiet inside"),
        ("content", "satisfied with how things are right now"),
        ("relaxed", "free of tension in body and mind"),
        ("peaceful", "undisturbed and at ease with the world"),
        ("grateful", "thankful for something or someone"),
        ("relieved", "easier after a worry or burden lifted"),
        ("secure", "safe and steady, protected from threat"),
        ("connected", "close to other people and part of something"),
        ("loved", "cared for and valued by someone"),
        ("satisfied", "pleased that a need or effort has been met"),
        ("serene", "deeply calm and clear"),
        ("accepted", "welcomed as you are"),
    ),
    NEUTRAL: (
        ("surprised", "caught off guard by something unexpected"),
        ("confused", "unsure what is going on or what to think"),
        ("nostalgic", "a bittersweet longing for the past"),
        ("ambivalent", "pulled between opposite feelings at once"),
    ),
}

VOCABULARY: tuple[Emotion, ...] = tuple(
    Emotion(word, quadrant, definition)
    for quadrant, words in _VOCABULARY.items() for word, definition in words
)
_BY_WORD = {emotion.word: emotion for emotion in VOCABULARY}


@overload
def quadrant_of(pleasantness: int, energy: int) -> str: ...
@overload
def quadrant_of(pleasantness: int | None, energy: int | None) -> str | None: ...
def quadrant_of(pleasantness: int | None, energy: int | None) -> str | None:
    """The quadrant of a mood point; None without a check-in.

    Pleasantness 0 is neutral; energy above 0 is "high", 0 and below "low".
    """
    if pleasantness is None or energy is None:
        return None
    if pleasantness == 0:
        return NEUTRAL
    if pleasantness > 0:
        return HIGH_PLEASANT if energy > 0 else LOW_PLEASANT
    return HIGH_UNPLEASANT if energy > 0 else LOW_UNPLEASANT


def custom_emotions() -> list[Emotion]:
    return [Emotion(row.word, row.quadrant, row.definition, custom=True)
            for row in EmotionWord.select().order_by(EmotionWord.word)]


def all_emotions() -> list[Emotion]:
    return list(VOCABULARY) + [e for e in custom_emotions() if e.word not in _BY_WORD]


def emotion_lookup() -> dict[str, Emotion]:
    return {emotion.word: emotion for emotion in all_emotions()}


def ordered_for_quadrant(quadrant: str | None) -> list[Emotion]:
    """Every word, the chosen quadrant's words first (all stay reachable)."""
    emotions = all_emotions()
    if quadrant is None:
        return emotions
    return ([e for e in emotions if e.quadrant == quadrant]
            + [e for e in emotions if e.quadrant != quadrant])


def normalise_word(word: str) -> str:
    return " ".join(word.split()).lower()


def add_custom_word(word: str, quadrant: str = NEUTRAL, definition: str = "",
                    created_at: datetime | None = None) -> Emotion:
    """Add the user's own word (returns the existing one if already known). created_at:
    when it was added (the demo chooses it; default now)."""
    clean = normalise_word(word)
    if not clean:
        raise ValidationError("Type a word to add.")
    if len(clean) > 64:
        raise ValidationError("That word is too long (64 characters at most).")
    if quadrant not in QUADRANTS:
        raise ValidationError("Choose where the word belongs on the mood map.")
    known = emotion_lookup().get(clean)
    if known is not None:
        return known
    with database.atomic():
        EmotionWord.create(word=clean, quadrant=quadrant, definition=definition.strip(),
                           created_at=created_at or clock.now())
    return Emotion(clean, quadrant, definition.strip(), custom=True)
