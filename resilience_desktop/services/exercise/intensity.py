"""Intensity classes from METs (WHO 2020; Compendium of Physical Activities 2011)."""

from __future__ import annotations

from resilience_desktop.core.i18n import translate
from resilience_desktop.core.kind_names import INTENSITY_NAMES, LIGHT, MODERATE, VIGOROUS

__all__ = ["INTENSITY_NAMES", "LIGHT", "MODERATE", "VIGOROUS", "intensity_class", "intensity_name"]
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
