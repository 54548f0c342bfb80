"""The offline list of help lines and ways to find a therapist (PRODUCT.md).

Kept as data so the Support page, the About box and tests share one source.
Check these at every release and update LAST_CHECKED.
"""

from __future__ import annotations

from dataclasses import dataclass
from resilience_desktop.core.i18n import QT_TRANSLATE_NOOP

LAST_CHECKED = "2026-11"

DISCLAIMER = (
    QT_TRANSLATE_NOOP("Resilience", "Resilience is not a substitute for diagnosis, treatment or professional advice. "
    "If you are in danger, call your local emergency number.")
)

EMERGENCY = QT_TRANSLATE_NOOP("Resilience", "Emergency: call your local emergency number (911, 999, 112, 000).")

FIND_A_HELPLINE = QT_TRANSLATE_NOOP("Resilience", "findahelpline.com lists verified helplines by country.")


@dataclass(frozen=True)
class HelpLine:
    name: str  # as the service publishes it (never translated)
    how: str  # how to reach it, in plain words (translated where shown)


@dataclass(frozen=True)
class Region:
    key: str
    name: str
    lines: tuple[HelpLine, ...]


REGIONS: tuple[Region, ...] = (
    Region("us", QT_TRANSLATE_NOOP("Resilience", "United States"), (
        HelpLine("988 Suicide & Crisis Lifeline", QT_TRANSLATE_NOOP("Resilience", "Call or text 988, or chat at 988lifeline.org.")),
        HelpLine("Crisis Text Line", QT_TRANSLATE_NOOP("Resilience", "Text HOME to 741741.")),
    )),
    Region("uk", QT_TRANSLATE_NOOP("Resilience", "United Kingdom"), (
        HelpLine("Samaritans", QT_TRANSLATE_NOOP("Resilience", "Call 116 123 (free, 24/7) or email jo@samaritans.org.")),
        HelpLine("Shout", QT_TRANSLATE_NOOP("Resilience", "Text SHOUT to 85258.")),
    )),
    Region("ie", QT_TRANSLATE_NOOP("Resilience", "Ireland"), (
        HelpLine("Samaritans", QT_TRANSLATE_NOOP("Resilience", "Call 116 123 (free, 24/7) or email jo@samaritans.org.")),
        HelpLine("Text line", QT_TRANSLATE_NOOP("Resilience", "Text 50808.")),
    )),
    Region("ca", QT_TRANSLATE_NOOP("Resilience", "Canada"), (
        HelpLine("9-8-8 Suicide Crisis Helpline", QT_TRANSLATE_NOOP("Resilience", "Call or text 988 (24/7).")),
        HelpLine("Kids Help Phone (young people)",
                 QT_TRANSLATE_NOOP("Resilience", "Call 1-800-668-6868, or text CONNECT to 686868.")),
    )),
    Region("au", QT_TRANSLATE_NOOP("Resilience", "Australia"), (
        HelpLine("Lifeline", QT_TRANSLATE_NOOP("Resilience", "Call 13 11 14, or text 0477 13 11 14.")),
    )),
    Region("nz", QT_TRANSLATE_NOOP("Resilience", "New Zealand"), (
        HelpLine("Need to talk?", QT_TRANSLATE_NOOP("Resilience", "Call or text 1737.")),
    )),
    Region("de", QT_TRANSLATE_NOOP("Resilience", "Germany"), (
        HelpLine("TelefonSeelsorge", QT_TRANSLATE_NOOP("Resilience", "Call 0800 111 0 111 or 0800 111 0 222 (free, 24/7).")),
    )),
    Region("fr", QT_TRANSLATE_NOOP("Resilience", "France"), (
        HelpLine("3114", QT_TRANSLATE_NOOP("Resilience", "Call 3114 (numéro national de prévention du suicide, 24/7).")),
    )),
    Region("in", QT_TRANSLATE_NOOP("Resilience", "India"), (
        HelpLine("Tele-MANAS", QT_TRANSLATE_NOOP("Resilience", "Call 14416.")),
    )),
    Region("other", QT_TRANSLATE_NOOP("Resilience", "Anywhere else"), (
        HelpLine("Find A Helpline", QT_TRANSLATE_NOOP("Resilience", "Visit findahelpline.com for verified helplines in your country.")),
    )),
)

DEFAULT_REGION = "us"  # only until the window has read the system's locale
REGION_PREFERENCE = "support.region"
# ISO 3166 territory code (as in the system locale "de_DE") -> region key.
TERRITORY_REGIONS = {"US": "us", "GB": "uk", "IE": "ie", "CA": "ca", "AU": "au", "NZ": "nz",
                     "DE": "de", "FR": "fr", "IN": "in"}
_system_region = DEFAULT_REGION
# Keys used by earlier versions -> the region they now mean.
_OLD_KEYS = {"uk_ie": "uk"}


def region_keys() -> list[str]:
    return [region.key for region in REGIONS]


def region_for_locale(locale_name: str) -> str:
    """The region of a locale name such as "de_DE", "en-GB" or "fr_CA.UTF-8"; a
    territory with no help lines of its own -> "other" (Find A Helpline); a locale
    with no territory at all ("C", "en") -> the default."""
    parts = locale_name.split(".")[0].replace("-", "_").split("_")
    territory = parts[1].upper() if len(parts) > 1 and len(parts[1]) == 2 else ""
    if not territory:
        return DEFAULT_REGION
    return TERRITORY_REGIONS.get(territory, "other")


def use_system_locale(locale_name: str) -> str:
    """Make the system locale's region the default for someone who has not chosen one
    (the window calls this at start-up with QLocale.system().name()); returns it."""
    global _system_region
    _system_region = region_for_locale(locale_name)
    return _system_region


def system_region() -> str:
    """The help-line region of this computer's locale (the default until one is chosen)."""
    return _system_region


def known_region(key: object) -> str:
    """A stored region key made current (old keys mapped; unknown or not yet chosen ->
    the system locale's region)."""
    key = _OLD_KEYS.get(key, key) if isinstance(key, str) else None
    return key if key in region_keys() else _system_region


def region_named(key: str) -> Region:
    key = known_region(key)
    return next(region for region in REGIONS if region.key == key)


def ordered_regions(first: str | None) -> list[Region]:
    """All regions, the chosen one first, the rest in their usual order."""
    chosen = [region for region in REGIONS if region.key == first]
    return chosen + [region for region in REGIONS if region.key != first]


FINDING_A_THERAPIST: tuple[tuple[str, str], ...] = (
    (QT_TRANSLATE_NOOP("Resilience", "Your family doctor"),
     QT_TRANSLATE_NOOP("Resilience", "A GP or primary-care doctor can talk things through, rule out physical causes "
     "and refer you to a psychologist, counsellor or psychiatrist.")),
    (QT_TRANSLATE_NOOP("Resilience", "Professional directories"),
     QT_TRANSLATE_NOOP("Resilience", "National associations of psychologists, counsellors and psychotherapists keep "
     "searchable directories of registered practitioners; look for one near you or "
     "one who works online.")),
    (QT_TRANSLATE_NOOP("Resilience", "Work or study"),
     QT_TRANSLATE_NOOP("Resilience", "Many employers offer a confidential Employee Assistance Programme with a few free "
     "sessions; universities and colleges have counselling services.")),
    (QT_TRANSLATE_NOOP("Resilience", "Online therapy"),
     QT_TRANSLATE_NOOP("Resilience", "Licensed therapists also work by video, phone or message. Check that the "
     "therapist is registered with a professional body where you live.")),
)
