"""File → Sync…, the sync status line and when the window syncs (issue 18)."""
