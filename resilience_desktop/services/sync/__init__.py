"""Sync through a shared folder (issue 18): see docs/sync.md."""
