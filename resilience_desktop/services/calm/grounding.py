"""The 5-4-3-2-1 grounding exercise: five steps, one sense each."""

from __future__ import annotations

from dataclasses import dataclass

NAME = "5-4-3-2-1"


@dataclass(frozen=True)
class GroundingStep:
    count: int
    sense: str
    prompt: str


STEPS = (
    GroundingStep(5, "see", "Look around you. Name five things you can see."),
    GroundingStep(4, "touch", "Notice four things you can touch or feel: your clothes, the "
                              "chair, the floor under your feet, the air."),
    GroundingStep(3, "hear", "Listen. Name three things you can hear, near or far."),
    GroundingStep(2, "smell", "Notice two things you can smell. If nothing comes, recall two "
                              "smells you like."),
    GroundingStep(1, "taste", "Notice one thing you can taste, or take a sip of water and "
                              "notice that."),
)


def notes_text(notes: list[str]) -> str:
    """The person's notes per step as one text ("5 see: ..."), empty steps left out."""
    lines = []
    for step, note in zip(STEPS, notes):
        note = " ".join((note or "").split())
        if note:
            lines.append(f"{step.count} {step.sense}: {note}")
    return "\n".join(lines)
