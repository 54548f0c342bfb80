"""Intensity classes from METs (WHO 2020; Compendium of Physical Activities 2011)."""

from __future__ import annotations

LIGHT, MODERATE, VIGOROUS = "light", "moderate", "vigorous"
MODERATE_MET = 3.0
VIGOROUS_MET = 6.0


def intensity_class(met: float) -> str:
    """light < 3.0 METs, moderate 3.0–5.9, vigorous ≥ 6.0."""
    if met >= VIGOROUS_MET:
        return VIGOROUS
    if met >= MODERATE_MET:
        return MODERATE
    return LIGHT
