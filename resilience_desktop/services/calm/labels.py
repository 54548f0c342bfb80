"""How practices are named in charts, lists and the Today suggestion (no imports:
this sits on the start-up path through the Today tab)."""

KIND_LABELS = {"breathing": "Breathing", "meditation": "Meditation", "imagery": "Imagery",
               "grounding": "Grounding"}


def practice_label(kind: str, name: str) -> str:
    """"Breathing: Box", "Imagery: A safe place", "Meditation", "Grounding"."""
    if kind in ("breathing", "imagery"):
        return f"{KIND_LABELS[kind]}: {name}"
    return KIND_LABELS.get(kind, kind)
