"""What every tab receives: where files live, the shared signals and the data session."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from resilience_desktop.paths import AppPaths
from resilience_desktop.ui.app_signals import AppSignals

if TYPE_CHECKING:
    from resilience_desktop.core.session import DataSession


@dataclass
class AppContext:
    paths: AppPaths
    signals: AppSignals
    # The window's data session (core/session/): passed to whatever changes the journal
    # as a whole (backup, lock, restore, auto-lock). Nothing else finds it.
    session: DataSession
