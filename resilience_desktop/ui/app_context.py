"""What every tab receives: where files live and the shared signals."""

from __future__ import annotations

from dataclasses import dataclass

from resilience_desktop.paths import AppPaths
from resilience_desktop.ui.app_signals import AppSignals


@dataclass
class AppContext:
    paths: AppPaths
    signals: AppSignals

    @property
    def session(self):
        """The data session open for these paths (core/session.py)."""
        from resilience_desktop.core.session import active_session

        return active_session(self.paths)
