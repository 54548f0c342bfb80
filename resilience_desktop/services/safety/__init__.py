"""Backups, the passphrase lock and salvage of a damaged journal."""
