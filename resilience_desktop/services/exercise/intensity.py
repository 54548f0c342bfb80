"""Intensity classes from METs (WHO 2020; Compendium of Physical Activities 2011)."""

from __future__ import annotations

from resilience_desktop.core.i18n import QT_TRANSLATE_NOOP, translate

LIGHT, MODERATE, VIGOROUS = "light", "moderate", "vigorous"
# What a person reads for each class (the charts' legends use the same messages).
INTENSITY_NAMES = {LIGHT: QT_TRANSLATE_NOOP("Resilience", "light"),
                   MODERATE: QT_TRANSLATE_NOOP("Resilience", "moderate"),
                   VIGOROUS: QT_TRANSLATE_NOOP("Resilience", "vigorous")}
MODERATE_MET = 3.0
VIGOROUS_MET = 6.0


def intensity_class(met: float) -> str:
    """light < 3.0 METs, moderate 3.0–5.9, vigorous ≥ 6.0."""
    if met >= VIGOROUS_MET:
        return VIGOROUS
    if met >= MODERATE_MET:
        return MODERATE
    return LIGHT


def intensity_name(kind: str) -> str:
    """"moderate" in the window's language ("mäßig"); an unknown class as it is."""
    return translate("Resilience", INTENSITY_NAMES[kind]) if kind in INTENSITY_NAMES else kind
