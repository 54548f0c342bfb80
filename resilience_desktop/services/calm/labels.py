"""How practices are named in charts, lists and the Today suggestion (no imports:
this sits on the start-up path through the Today tab)."""

from resilience_desktop.core.i18n import QT_TRANSLATE_NOOP

KIND_LABELS = {"breathing": QT_TRANSLATE_NOOP("Resilience", "Breathing"), "meditation": QT_TRANSLATE_NOOP("Resilience", "Meditation"), "imagery": QT_TRANSLATE_NOOP("Resilience", "Imagery"),
               "grounding": QT_TRANSLATE_NOOP("Resilience", "Grounding")}


def practice_label(kind: str, name: str) -> str:
    """"Breathing: Box", "Imagery: A safe place", "Meditation", "Grounding"."""
    if kind in ("breathing", "imagery"):
        return f"{KIND_LABELS[kind]}: {name}"
    return KIND_LABELS.get(kind, kind)
