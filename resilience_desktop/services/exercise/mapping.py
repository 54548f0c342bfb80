"""Map activity names from files (Strava types, plain CSV) to catalogue activities."""

from __future__ import annotations

from dataclasses import dataclass

from resilience_desktop.core.models.exercise import Activity

# Strava activity type (normalised: lower case, no spaces/dashes) -> catalogue name.
# Runs, rides and walks are refined by speed when a distance is known.
STRAVA_TYPES = {
    "run": "Running, 5 mph", "trailrun": "Running, 5 mph", "virtualrun": "Running, 5 mph",
    "ride": "Cycling, leisure (< 10 mph)", "virtualride": "Cycling, general",
    "mountainbikeride": "Cycling, general", "gravelride": "Cycling, general",
    "ebikeride": "Cycling, leisure (< 10 mph)", "walk": "Walking for pleasure",
    "hike": "Walking, very brisk (4 mph)", "swim": "Swimming laps, slow",
    "yoga": "Yoga, Hatha", "weighttraining": "Resistance training",
    "workout": "Circuit training", "crossfit": "Circuit training",
    "highintensityintervaltraining": "Circuit training", "pilates": "Pilates",
    "dance": "Dancing, general", "basketball": "Basketball, general",
    "jog": "Jogging", "stretching": "Stretching", "meditation": "Meditating",
}
# (upper km/h limit, catalogue name) steps; the last applies above every limit.
SPEED_STEPS = {
    "run": ((8.05, "Jogging"), (9.66, "Running, 5 mph"), (None, "Running, 6 mph")),
    "ride": ((16.09, "Cycling, leisure (< 10 mph)"), (None, "Cycling, general")),
    "walk": ((5.63, "Walking for pleasure"), (6.44, "Walking, brisk (3.5 mph)"),
             (None, "Walking, very brisk (4 mph)")),
}
SPEED_FAMILY = {"run": "run", "trailrun": "run", "ride": "ride", "walk": "walk"}


def normalise(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalnum())


@dataclass(frozen=True)
class ResolvedActivity:
    id: int
    name: str


class ActivityResolver:
    """Looks names up in the catalogue once, then resolves rows without queries."""

    def __init__(self) -> None:
        self._by_name = {normalise(a.name): ResolvedActivity(a.id, a.name)
                         for a in Activity.select(Activity.id, Activity.name)}

    def by_name(self, text: str) -> ResolvedActivity:
        """A catalogue name (any case) or a common type such as “run” or “Weight Training”."""
        if not text:
            raise ValueError("the activity is missing.")
        key = normalise(text)
        found = self._by_name.get(key) or self.find(STRAVA_TYPES.get(key))
        if found is None:
            raise ValueError(f"unknown activity “{text}”: add it in Activities… first "
                             "(or use a name from the catalogue).")
        return found

    def for_strava(self, strava_type: str, km: float | None, minutes: int) -> ResolvedActivity:
        key = normalise(strava_type)
        family = SPEED_FAMILY.get(key)
        if family and km and minutes and key in STRAVA_TYPES and key not in self._by_name:
            speed = km / (minutes / 60)
            for limit, name in SPEED_STEPS[family]:
                if limit is None or speed < limit:
                    found = self.find(name)
                    if found is not None:
                        return found
                    break
        return self.by_name(strava_type)

    def find(self, name: str | None) -> ResolvedActivity | None:
        """The catalogue activity with this name (any case or spacing), else None."""
        return self._by_name.get(normalise(name)) if name else None
