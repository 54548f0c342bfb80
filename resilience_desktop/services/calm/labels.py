"""How practices are named in lists and the Today suggestion (inside a sentence and in
the charts' legends: core/kind_names). No imports: this sits on the start-up path
through the Today tab."""

from resilience_desktop.core.i18n import QT_TRANSLATE_NOOP, translate

KIND_LABELS = {"breathing": QT_TRANSLATE_NOOP("Resilience", "Breathing"), "meditation": QT_TRANSLATE_NOOP("Resilience", "Meditation"), "imagery": QT_TRANSLATE_NOOP("Resilience", "Imagery"),
               "grounding": QT_TRANSLATE_NOOP("Resilience", "Grounding")}


def practice_label(kind: str, name: str) -> str:
    """"Breathing: Box", "Imagery: A safe place", "Meditation", "Grounding": the kind in
    the window's language, the pattern's or script's own name after it."""
    label = translate("Resilience", KIND_LABELS[kind]) if kind in KIND_LABELS else kind
    return f"{label}: {name}" if kind in ("breathing", "imagery") else label
