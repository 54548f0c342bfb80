"""Data-safety UI: backups, export/import, recovery screen, passphrase lock."""
