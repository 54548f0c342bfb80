"""Data-safety UI: backups, export/import, recovery screen, passphrase lock."""

from __future__ import annotations

from resilience_desktop.ui.safety.actions import install_safety_actions

__all__ = ["install_safety_actions"]
