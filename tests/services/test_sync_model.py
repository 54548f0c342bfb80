"""Model-based test of sync (issue 18): 2-4 simulated computers, each with its own data
folder and its own copy of the sync folder, and a stand-in file-sync engine that copies
files between the copies in random order (duplicates, truncated files, conflict copies),
clocks skewed by days, one computer offline for most of the run. Compaction runs early
(every few segments) and the stand-in engine carries deletions too; in some runs the
sync tool "loses" the offline computer's files for a while, so the others compact
without it and it catches up from a snapshot at the end.

At the end every computer converges (every synced table, row by row), no text is lost
(each body ever written exists as the entry's text or one of its revisions) and a canary
word never appears in any copy of the folder outside inbox/.
"""

from __future__ import annotations

import random
import shutil
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from resilience_desktop.services.sync import compaction, segments
from tests.services.sync_helpers import folder_bytes, opened, snapshot, sync

CANARY = "quokkacanary"
DAY_MS = 24 * 3600 * 1000
DEFAULT_COMPACT_AFTER = compaction.COMPACT_AFTER


class Computer:
    def __init__(self, root: Path, number: int, skew_days: int) -> None:
        self.data, self.folder = root / f"c{number}", root / f"folder{number}"
        self.skew_ms = skew_days * DAY_MS
        self.device: str | None = None

    def now_ms(self) -> int:
        return int(time.time() * 1000) + self.skew_ms


class SyncMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.root = Path(tempfile.mkdtemp(prefix="sync-model-"))
        self.written: dict[str, set[str]] = {}  # entry uid -> every body written
        self.rng = random.Random(0)
        self.counter = 0

    @initialize(count=st.integers(2, 4), skews=st.lists(st.sampled_from([-3, 0, 0, 2]),
                                                        min_size=4, max_size=4),
                seed=st.integers(0, 10_000), forgotten=st.booleans())
    def start(self, count, skews, seed, forgotten):
        compaction.COMPACT_AFTER = 3  # restored in teardown
        self.rng = random.Random(seed)
        self.computers = [Computer(self.root, n, skews[n]) for n in range(count)]
        self.offline = self.computers[-1]  # syncs only at the end
        first = self.computers[0]
        sync(first.data, first.folder, now_ms=first.now_ms)
        for other in self.computers[1:]:
            other.folder.mkdir(parents=True)
            shutil.copy2(first.folder / "journal.json", other.folder / "journal.json")
        for number in range(count):  # a shared start: every computer has these entries
            self.write_entry(number, ["a"])
        for _round in range(2):
            for computer in self.computers:
                sync(computer.data, computer.folder, now_ms=computer.now_ms)
                self.carry_everything()
        # from here on the last computer is offline until the end (it still writes)
        if forgotten:  # the others no longer see it: they compact without waiting for it
            lost = self.own_dir(self.offline)
            for computer in self.online():
                shutil.rmtree(computer.folder / lost, ignore_errors=True)

    # ---- writes on one computer ---------------------------------------------------
    def text(self) -> str:
        self.counter += 1
        return f"{CANARY} note {self.counter} {self.rng.choice(['sea', 'walk', 'rain'])}"

    def entry_uids(self, computer) -> list[str]:
        from resilience_desktop.core.models.journal import JournalEntry

        with opened(computer.data):
            return sorted(row.uid for row in JournalEntry.select(JournalEntry.uid))

    @rule(which=st.integers(0, 3), tags=st.lists(st.sampled_from(["a", "b", "c"]), max_size=2))
    def write_entry(self, which, tags):
        from resilience_desktop.core.models.journal import JournalEntry
        from resilience_desktop.services.journal.entries import EntryInput, save_entry

        computer, body = self.computers[which % len(self.computers)], self.text()
        with opened(computer.data):
            entry_id = save_entry(EntryInput(entry_date=date(2026, 3, 1), title=CANARY,
                                             body=body, tags=tags, emotions=["calm"]))
            self.written[JournalEntry.get_by_id(entry_id).uid] = {body}

    @rule(which=st.integers(0, 3), pick=st.integers(0, 50), field=st.sampled_from(
        ["body", "title", "tags", "mood"]))
    def edit_one(self, which, pick, field):
        self.edit_entry(which, pick, field)

    def edit_entry(self, which, pick, field):
        from resilience_desktop.core.models.journal import JournalEntry
        from resilience_desktop.services.journal.entries import get_entry, save_entry

        computer = self.computers[which % len(self.computers)]
        uids = self.entry_uids(computer)
        if not uids:
            return
        uid = uids[pick % len(uids)]
        with opened(computer.data):
            entry = get_entry(JournalEntry.get(JournalEntry.uid == uid).id)
            if field == "body":
                entry.body = self.text()
                self.written.setdefault(uid, set()).add(entry.body)
            elif field == "title":
                entry.title = f"{CANARY} title {self.counter}"
            elif field == "tags":
                entry.tags = self.rng.sample(["a", "b", "c", "d"], 2)
            else:
                entry.pleasantness, entry.energy = self.rng.randint(-5, 5), self.rng.randint(-5, 5)
            save_entry(entry, entry.id)

    @rule(pick=st.integers(0, 50), field=st.sampled_from(["body", "body", "title", "mood"]))
    def edit_everywhere(self, pick, field):
        """The same entry edited on every computer that has it, before any sync."""
        holders = {id(c): set(self.entry_uids(c)) for c in self.computers}
        shared = sorted(uid for uid in self.written
                        if sum(uid in uids for uids in holders.values()) >= 2)
        if not shared:
            return
        uid = shared[pick % len(shared)]
        for number, computer in enumerate(self.computers):
            if uid in holders[id(computer)]:
                self.edit_entry(number, self.entry_uids(computer).index(uid), field)

    @rule(which=st.integers(0, 3), pick=st.integers(0, 50))
    def delete_entry(self, which, pick):
        from resilience_desktop.core.models.journal import JournalEntry
        from resilience_desktop.services.journal.entries import delete_entry, delete_forever

        computer = self.computers[which % len(self.computers)]
        uids = self.entry_uids(computer)
        if not uids:
            return
        with opened(computer.data):
            entry_id = JournalEntry.get(JournalEntry.uid == uids[pick % len(uids)]).id
            delete_entry(entry_id)
            if self.rng.random() < 0.5:
                delete_forever(entry_id)

    @rule(which=st.integers(0, 3))
    def other_tables(self, which):
        from resilience_desktop.core.models.calm import CalmSession
        from resilience_desktop.core.models.exercise import Activity, ExerciseSession, ExerciseSessionPerson
        from resilience_desktop.core.models.insights import QuestionnaireAnswer, QuestionnaireResponse
        from resilience_desktop.core.models.people import Contact, ContactPerson, GroupMembership, Person, SocialGroup

        computer, now = self.computers[which % len(self.computers)], datetime(2026, 3, 1, 9)
        with opened(computer.data):
            person = Person.create(name=f"{CANARY} friend {self.counter}", notes=self.text())
            group = SocialGroup.create(name=f"{CANARY} club")
            GroupMembership.create(group=group, person=person)
            contact = Contact.create(day=date(2026, 3, 1), note=self.text())
            ContactPerson.create(contact=contact, person=person)
            session = ExerciseSession.create(started_at=now, activity=Activity.select().first(),
                                             minutes=30, notes=self.text(), created_at=now)
            ExerciseSessionPerson.create(session=session, person=person)
            CalmSession.create(started_at=now, kind="breathing", name="Box", actual_seconds=60)
            response = QuestionnaireResponse.create(scale="who5", version="1", taken_on=date(2026, 3, 1),
                                                    created_at=now)
            QuestionnaireAnswer.create(response=response, item=1, value=3)
            if self.rng.random() < 0.5:
                Person.update(notes=self.text()).where(Person.id == person.id).execute()

    # ---- the stand-in sync engine and the sync itself ---------------------------------
    def online(self):
        return [c for c in self.computers if c is not self.offline]

    @rule(which=st.integers(0, 3))
    def sync_one(self, which):
        online = self.online()
        computer = online[which % len(online)]
        sync(computer.data, computer.folder, now_ms=computer.now_ms)

    def own_dir(self, computer):
        if computer.device is None:
            with opened(computer.data):
                from resilience_desktop.services.sync.store import Store
                from resilience_desktop.core.db import database

                computer.device = Store(database).get("device")
        return f"devices/{computer.device}" if computer.device else None

    def carry_file(self, source, target, relative: str, mode: str) -> None:
        own = self.own_dir(target)
        if own and relative.startswith(own + "/") or relative == "journal.json":
            return  # a computer's own files are only ever written by itself
        data = (source.folder / relative).read_bytes()
        destination = target.folder / relative
        destination.parent.mkdir(parents=True, exist_ok=True)
        if mode == "truncated" and not destination.exists():
            destination.write_bytes(data[: max(1, len(data) // 3)])
        elif mode == "conflict":
            stem, _dot, suffix = destination.name.partition(".")
            destination.with_name(f"{stem}.sync-conflict-20261204-{self.counter:06d}-X.{suffix}"
                                  ).write_bytes(data)
        else:
            destination.write_bytes(data)

    @rule(src=st.integers(0, 3), dst=st.integers(0, 3), count=st.integers(1, 6),
          mode=st.sampled_from(["whole", "whole", "whole", "truncated", "conflict"]))
    def carry(self, src, dst, count, mode):
        online = self.online()
        source, target = online[src % len(online)], online[dst % len(online)]
        if source is target:
            return
        files = sorted(str(p.relative_to(source.folder)) for p in source.folder.rglob("*")
                       if p.is_file() and "inbox" not in p.parts and ".tmp" not in p.name)
        for relative in self.rng.sample(files, min(count, len(files))):
            self.carry_file(source, target, relative, mode)
        self.carry_deletions(source, target)

    def carry_deletions(self, source, target) -> None:
        """Segments the source removed from its own folder (compaction) go on the target
        too, conflict copies included; nothing else is ever deleted."""
        own = self.own_dir(source)
        if not own or not (target.folder / own / "segments").is_dir():
            return
        kept = set(segments.own_segment_numbers(source.folder, source.device))
        for path in (target.folder / own / "segments").iterdir():
            match = segments.SEGMENT_NAME.match(path.name)
            if match and int(match.group(1)) not in kept:
                path.unlink()

    @invariant()
    def canary_never_in_the_folder(self):
        for computer in getattr(self, "computers", []):
            if computer.folder.exists():
                assert CANARY.encode() not in folder_bytes(computer.folder)

    # ---- the end: everyone online, every file carried whole -----------------------------
    def carry_everything(self):
        for source in self.computers:
            own = self.own_dir(source)
            if not own or not (source.folder / own).exists():
                continue
            for path in (source.folder / own).rglob("*"):
                if path.is_file() and ".tmp" not in path.name:
                    for target in self.computers:
                        if target is not source:
                            self.carry_file(source, target, str(path.relative_to(source.folder)),
                                            "whole")
            for target in self.computers:
                if target is not source:
                    self.carry_deletions(source, target)

    def teardown(self):
        try:
            if hasattr(self, "computers"):
                self.converge()
        finally:
            compaction.COMPACT_AFTER = DEFAULT_COMPACT_AFTER
            shutil.rmtree(self.root, ignore_errors=True)

    def converge(self):
        from resilience_desktop.services.journal import revisions

        for _ in range(6):
            sent = 0
            for computer in self.computers:
                sent += sync(computer.data, computer.folder, now_ms=computer.now_ms).sent
                self.carry_everything()
            if sent == 0:
                break
        else:
            raise AssertionError("no convergence after six rounds")
        snapshots = []
        for computer in self.computers:
            with opened(computer.data):
                snapshots.append(snapshot())
                for uid, bodies in self.written.items():
                    current = [row for u, row in snapshots[-1]["journal_entry"] if u == uid]
                    if not current:
                        continue  # deleted for good: its texts went with it
                    kept = {dict(current[0])["body"]} | {
                        r.body for r in revisions.list_revisions(uid)}
                    assert bodies <= kept, f"text lost on {computer.data.name}: {bodies - kept}"
        for other in snapshots[1:]:
            for table in snapshots[0]:
                assert other[table] == snapshots[0][table], (
                    f"{table} differs: {sorted(other[table] ^ snapshots[0][table])[:4]}")
            assert any(snapshots[0].values())


SyncMachine.TestCase.settings = settings(
    max_examples=10, stateful_step_count=40, deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
test_sync_model = SyncMachine.TestCase
