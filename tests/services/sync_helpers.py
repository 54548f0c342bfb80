"""Simulated computers for the sync tests: each its own data folder, opened in turn
(the database handle is one per process), syncing with a folder path."""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

from resilience_desktop.core.db import database
from resilience_desktop.paths import AppPaths

#: Argon2id at its cheapest: the tests are about sync, not key derivation.
CHEAP_KDF = {"time_cost": 1, "memory_cost": 8, "parallelism": 1}
PASSPHRASE = "correct horse battery"


@contextmanager
def opened(data_dir: Path):
    from resilience_desktop.core.session import DataSession

    session = DataSession(AppPaths.resolve(Path(data_dir)))
    session.open_writer(create=True, take_lock=False)
    try:
        yield session
    finally:
        session.close()


def sync(data_dir: Path, folder: Path, name: str = "", now_ms=None, secret=PASSPHRASE):
    from resilience_desktop.services.sync.engine import sync_with_folder
    from resilience_desktop.services.sync.hlc import wall_ms

    with opened(data_dir):
        return sync_with_folder(folder, secret, device_name=name or Path(data_dir).name,
                                now_ms=now_ms or wall_ms, kdf=CHEAP_KDF)


def snapshot() -> dict[str, set]:
    """Every synced table of the open journal: {table: {(uid, row as sorted items)}}."""
    from tests.inspection import read_row
    from resilience_desktop.services.sync.schema import load_schema
    from resilience_desktop.services.sync.store import Store

    store, tables = Store(database), {}
    for name, info in load_schema(database).items():
        uids = [uid for (uid,) in database.execute_sql(f'SELECT uid FROM "{name}"')]
        tables[name] = {(uid, tuple(sorted(read_row(store, info, uid).items()))) for uid in uids}
    return tables


def rows_of(data_dir: Path) -> dict[str, set]:
    with opened(data_dir):
        return snapshot()


def state_of(data_dir: Path, key: str):
    """A value of the journal's sync state (sync_state), e.g. "seq" or "device"."""
    from resilience_desktop.services.sync.store import Store

    with opened(data_dir):
        return Store(database).get(key)


def folder_bytes(folder: Path) -> bytes:
    return b"".join(path.read_bytes() for path in sorted(Path(folder).rglob("*"))
                    if path.is_file() and "inbox" not in path.relative_to(folder).parts)


def settle(computers, folder: Path, now_ms=None, rounds: int = 4) -> None:
    """Sync every computer in turn until a whole round sends nothing."""
    for _ in range(rounds):
        if sum(sync(computer, folder, now_ms=now_ms).sent for computer in computers) == 0:
            return
    raise AssertionError("the computers kept sending changes: no convergence")
