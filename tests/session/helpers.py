"""Shared pieces for the data-session tests: journals with canaries, file hashes."""

from __future__ import annotations

import hashlib
from pathlib import Path

from resilience_desktop.core import vault
from resilience_desktop.core.session import DataSession
from resilience_desktop.paths import AppPaths

FAST_KDF = {"time_cost": 1, "memory_cost": 1024, "parallelism": 1}
PASSPHRASE = "correct horse battery"
CANARY = "zebra-canary-4471"


def file_hashes(directory: Path, skip_logs: bool = True) -> dict[str, str]:
    """sha256 of every file under directory (the lock file holds only a PID)."""
    return {str(p.relative_to(directory)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(Path(directory).rglob("*"))
            if p.is_file() and not (skip_logs and "logs" in p.parts)
            and p.name != "resilience.lock"}


def files_containing(directory: Path, needle: str) -> list[str]:
    data = needle.encode("utf-8")
    return [str(p) for p in Path(directory).rglob("*") if p.is_file() and data in p.read_bytes()]


def key_provider(passphrase: str = PASSPHRASE):
    return lambda session: vault.unlock_with_passphrase(session.paths, passphrase)


def writer(paths: AppPaths, passphrase: str = PASSPHRASE, **options) -> DataSession:
    session = DataSession(paths, key_provider=key_provider(passphrase))
    session.open_writer(**options)
    return session


def journal_with_canary(paths: AppPaths, rows: int = 200, backups: int = 2) -> DataSession:
    """A writer session on a new journal holding the canary in every row, with backups."""
    from resilience_desktop.services.preferences import set_preference

    session = writer(paths, create=True)
    for n in range(rows):
        set_preference(f"canary.{n}", f"{CANARY} {n} " + "words " * 10)
    for _ in range(backups):
        session.backup()
    return session


def read_canary(n: int = 0):
    from resilience_desktop.services.preferences import get_preference

    return get_preference(f"canary.{n}")
