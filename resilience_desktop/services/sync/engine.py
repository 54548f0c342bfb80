"""One sync with a folder: send this computer's changes, apply everyone else's.

``sync_with_folder(folder, secret)`` runs inside an open writer session. All local
effects are one transaction, committed after this computer's new segment and manifest
are renamed into place (a kill before the commit only means the changes are sent again;
a duplicate applies idempotently). Refusals (another journal's folder, wrong passphrase)
happen before anything is written. docs/sync.md explains the design.
"""

from __future__ import annotations

import json
import platform
import secrets
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from collections.abc import Callable

from resilience_desktop.core import sync_capture, triggers
from resilience_desktop.core.db import database
from resilience_desktop.services.journal import bulk
from resilience_desktop.services.sync import (canonical, compaction, folder_key, inbox, inbound,
                                             merge_batch, note_revisions, segments)
from resilience_desktop.services.sync.folder_key import FolderKey, FolderRefused
from resilience_desktop.services.sync.hlc import HybridClock, wall_ms
from resilience_desktop.services.sync.merge import Merger
from resilience_desktop.services.sync.merge_result import Conflict
from resilience_desktop.services.sync.outbox import build_records
from resilience_desktop.services.sync.schema import TableInfo, load_schema
from resilience_desktop.services.sync.shapes import Payload, Record
from resilience_desktop.services.sync.store import Store
from resilience_desktop.core.i18n import translate
from resilience_desktop.core.log import get_logger

log = get_logger(__name__)
RECORDS_PER_SEGMENT = 4000
RECORD_FORMAT = 1


@dataclass
class SyncReport:
    sent: int = 0
    received: int = 0
    computers: set[str] = field(default_factory=set)  # device ids records came from
    from_names: set[str] = field(default_factory=set)  # and those computers' names
    edited_on_two: int = 0  # entries
    notes_edited_on_two: int = 0  # other notes (their losing texts are in note_revision)
    recovery_key: str | None = None  # a folder created by this sync: show it once
    joined: bool = False
    waiting_files: int = 0  # files that did not authenticate yet (still arriving?)
    newer: set[str] = field(default_factory=set)  # computers on a newer Resilience
    clocks_ahead: set[str] = field(default_factory=set)
    notes_imported: int = 0
    caught_up: bool = False  # segments it never read were compacted: merged a snapshot
    compacted: bool = False  # this sync wrote a snapshot (compaction.py)
    notes_refused: list[str] = field(default_factory=list)


def schema_version() -> int:
    from resilience_desktop.core.migrations import latest_version

    return latest_version()


@dataclass(frozen=True)
class NewFolder:
    """No sync folder there yet: this passphrase creates one."""

    secret: str


def folder_access(folder: Path, secret: str | None, kdf: dict[str, int] | None = None
                  ) -> FolderKey | NewFolder:
    """Check the folder against this journal before any write: its key, or NewFolder.
    FolderRefused: another journal's folder, no passphrase, or a wrong one."""
    store = Store(database)
    joined, stored = store.text("folder_id"), store.text("folder_key")
    if not folder_key.has_folder(folder):
        if joined:
            raise FolderRefused(translate("Resilience", "{folder} holds no sync folder file (journal.json), but this journal syncs with another folder. Nothing was changed.").format(folder=folder))
        if not secret:
            raise FolderRefused(translate("Resilience", "A passphrase for the new sync folder is needed."))
        return NewFolder(secret)
    folder_id = folder_key.read_folder_id(folder)
    if joined and joined != folder_id:
        raise FolderRefused(translate("Resilience", "{folder} belongs to another journal. Nothing was changed.").format(folder=folder))
    if joined and stored:
        return FolderKey(folder_id, bytes.fromhex(stored))
    if not secret:
        raise FolderRefused(translate("Resilience", "The sync folder's passphrase is needed to join it."))
    return folder_key.open_folder(folder, secret)


def sync_with_folder(folder: Path, secret: str | None = None, device_name: str | None = None,
                     now_ms: Callable[[], int] = wall_ms, kdf: dict[str, int] | None = None
                     ) -> SyncReport:
    folder = Path(folder)
    access = folder_access(folder, secret, kdf)
    report = SyncReport()
    if isinstance(access, NewFolder):
        access, report.recovery_key = folder_key.create_folder(folder, access.secret, kdf)
    notes = inbox.waiting_notes(folder)
    # IMMEDIATE: the write lock from the start. The window syncs on a worker thread while
    # its GUI thread may write; a deferred transaction that read first would then fail
    # (SQLITE_BUSY_SNAPSHOT) instead of waiting its turn.
    with database.atomic("IMMEDIATE"):
        store = Store(database)
        if store.get("device") is None:
            join(store, access, device_name or platform.node() or "computer", now_ms())
            report.joined = True
        sync_capture.install_if_stale(database)
        clock = HybridClock(store.text("device") or "", store.text("clock") or "", now_ms)
        schema = load_schema(database)
        offset = now_ms() - sqlite_wall_ms()  # the triggers' times are SQLite's wall time
        report.sent = send(store, schema, clock, folder, access, offset)
        receive(store, schema, clock, folder, access, report)
        inbox.import_notes(notes, report)  # after receiving: a note another computer took
        report.sent += send(store, schema, clock, folder, access, offset)  # notes, revisions
        report.compacted = compact_if_due(store, schema, folder, access, now_ms())
        store.put("clock", clock.value())
        store.put("last_sync", now_ms())
        write_manifest(store, folder, access, now_ms())
    inbox.move_imported(folder, notes)
    compaction.remove_read_segments(Store(database), folder, access, now_ms())
    return report


def compact_if_due(store: Store, schema: dict[str, TableInfo], folder: Path, access: FolderKey,
                   now: int) -> bool:
    own = store.text("device") or ""
    found = compaction.holding_back(compaction.manifests(
        folder, access, [d for d in segments.device_ids(folder) if d != own]), now)
    if not compaction.due(store, folder, own, found):
        return False
    compaction.write_snapshot(store, schema, folder, access,
                              lambda seq, records: payload(store, seq, records))
    return True


def payload(store: Store, seq: int, records: list[Record]) -> Payload:
    return {"format": RECORD_FORMAT, "schema": schema_version(),
            "device": store.text("device") or "", "seq": seq, "records": records}


def sqlite_wall_ms() -> int:
    return int(database.execute_sql(f"SELECT {sync_capture.WALL_MS}").fetchone()[0])


def join(store: Store, access: FolderKey, name: str, now: int) -> None:
    """Remember the folder and start capturing: every row that exists now is sent."""
    store.put("folder_id", access.folder_id)
    store.put("folder_key", access.key.hex())
    store.put("device", secrets.token_hex(16))
    store.put("name", name)
    store.sql("DELETE FROM sync_change")
    canonical.canonicalise_all(store, load_schema(database))
    for table in sync_capture.synced_tables(database):
        store.sql(f"INSERT INTO sync_change (tbl, uid, col, wall_ms) SELECT ?, uid, '*', ? "
                  f"FROM \"{table}\" WHERE uid != '' ORDER BY rowid",  # rowid: zlib likes it
                  (table, now))
    log.info("joined a sync folder")


def next_seq(store: Store, folder: Path, device: str) -> int:
    files = segments.own_segment_numbers(folder, device)
    return max([store.number("seq", 0)] + files) + 1


def send(store: Store, schema: dict[str, TableInfo], clock: HybridClock, folder: Path,
         access: FolderKey, offset: int) -> int:
    records, last = build_records(store, schema, clock, offset)
    device = store.text("device") or ""
    for start in range(0, len(records), RECORDS_PER_SEGMENT):
        seq = next_seq(store, folder, device)
        segments.write_segment(folder, access.folder_id, access.key, device, seq,
                               payload(store, seq, records[start:start + RECORDS_PER_SEGMENT]))
        store.put("seq", seq)
    store.sql("DELETE FROM sync_change WHERE seq <= ?", (last,))
    return len(records)


def receive(store: Store, schema: dict[str, TableInfo], clock: HybridClock, folder: Path,
            access: FolderKey, report: SyncReport) -> None:
    records = inbound.read_new_segments(store, clock, folder, access, report,
                                        schema_version(), RECORD_FORMAT)
    waiting = [json.loads(text) for (text,) in store.sql("SELECT record FROM sync_pending")]
    store.sql("DELETE FROM sync_pending")
    store.capture_off()
    saved = search_index_off(records)
    idle = merge_batch.idle_triggers_off(database, waiting + records)
    try:
        result = Merger(store, schema).apply_all(waiting + records)
    finally:
        store.capture_on()
    triggers.restore(database.connection(), idle)  # before the losing texts are written
    # rows indexed by the update triggers meanwhile are indexed again here
    bulk.reindex_all_and_resume(saved)
    for record in result.waiting:
        store.sql("INSERT INTO sync_pending (device, record) VALUES (?, ?)",
                  (record[2].split(".", 2)[2], json.dumps(record)))
    report.received = len(records)
    keep_losing_texts(result.conflicts, store)
    report.edited_on_two = len({c.uid for c in result.conflicts if c.table == "journal_entry"})
    report.notes_edited_on_two = len({(c.table, c.uid) for c in result.conflicts
                                      if c.table != "journal_entry"})
    note_revisions.remove_orphans(set(schema))


def search_index_off(records: list[Record]) -> list[str]:
    """A journal created from the folder (no entries yet) receiving many: index them for
    search in one statement afterwards (as the bulk importer does), not row by row."""
    if database.execute_sql("SELECT EXISTS (SELECT 1 FROM journal_entry)").fetchone()[0]:
        return []
    return bulk.suspend_search_triggers(sum(record[0] == "journal_entry" for record in records))


def keep_losing_texts(conflicts: list[Conflict], store: Store) -> None:
    """Each losing text becomes a revision; an entry is marked "edited on two computers"
    (ordinary captured writes: every computer ends with the same history). Other notes'
    losing texts go to note_revision."""
    from resilience_desktop.services.journal import revisions

    names = {device: value["name"] for device, value in store.cursors().items()}
    names[store.text("device") or ""] = store.text("name") or ""
    for conflict in conflicts:
        if store.sql(f'SELECT 1 FROM "{conflict.table}" WHERE uid = ?',
                     (conflict.uid,)).fetchone() is None:
            continue  # deleted for good in the same sync: its texts went with it
        device = names.get(conflict.device) or conflict.device[:8]
        at = datetime.fromtimestamp(conflict.at_ms / 1000)
        if conflict.table != "journal_entry":
            note_revisions.keep_note_revision(conflict.table, conflict.uid, conflict.column,
                                              conflict.body, device=device, at=at)
            continue
        revisions.keep_revision(conflict.uid, conflict.title, conflict.body,
                                reason="sync-conflict", device=device, at=at)
        revisions.mark_edited_on_two_computers(conflict.uid, device)


def write_manifest(store: Store, folder: Path, access: FolderKey, now: int) -> None:
    """This computer's state; the snapshot it announces stays announced (also when the
    sync that wrote it was killed after the manifest, before its commit)."""
    read = {device: value["seq"] for device, value in store.cursors().items()}
    device = store.text("device") or ""
    before = segments.read_manifest(folder, access.folder_id, access.key, device) or {}
    segments.write_manifest(folder, access.folder_id, access.key, device, {
        "device": device, "name": store.get("name"), "seq": store.number("seq", 0),
        "read": read, "synced_at": now, "schema": schema_version(),
        "snapshot": store.get("snapshot") or before.get("snapshot")})

