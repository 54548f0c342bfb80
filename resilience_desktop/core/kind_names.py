"""What a person reads for the fixed kinds the journal stores: exercise intensity classes
and calm practice kinds, as messages (translated where shown). One home for the services'
tables and sentences and the charts' legends (charts/plots take plain data, no services);
no imports but i18n: Today's start-up path reads them."""

from __future__ import annotations

from resilience_desktop.core.i18n import QT_TRANSLATE_NOOP

LIGHT, MODERATE, VIGOROUS = "light", "moderate", "vigorous"
INTENSITY_NAMES = {LIGHT: QT_TRANSLATE_NOOP("Resilience", "light"),
                   MODERATE: QT_TRANSLATE_NOOP("Resilience", "moderate"),
                   VIGOROUS: QT_TRANSLATE_NOOP("Resilience", "vigorous")}

# A calm practice's kind inside a sentence ("most of it breathing") and in the charts'
# legends: their own messages, since only the translator knows the case ("Atmung" stays
# capitalised in German).
CALM_KIND_IN_SENTENCE = {"breathing": QT_TRANSLATE_NOOP("Resilience", "breathing"),
                         "meditation": QT_TRANSLATE_NOOP("Resilience", "meditation"),
                         "imagery": QT_TRANSLATE_NOOP("Resilience", "imagery"),
                         "grounding": QT_TRANSLATE_NOOP("Resilience", "grounding")}
