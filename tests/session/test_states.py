"""The data session's states: the one table of moves, and what each door and change leads to."""

import pytest

from resilience_desktop.core.session import (TRANSITIONS, DataSession, SessionBusyError,
                                             SessionState, SessionStateError)
from resilience_desktop.core.session.state import check_move
from tests.session.helpers import PASSPHRASE, journal_with_canary, key_provider, read_canary

S = SessionState
EVERY_MOVE = [(a, b) for a in S for b in S]


@pytest.mark.parametrize("current,to", [m for m in EVERY_MOVE if m[1] not in TRANSITIONS[m[0]]],
                         ids=lambda s: s.name)
def test_every_move_not_in_the_table_is_refused(current, to):
    with pytest.raises(SessionStateError, match=f"from {current.name} to {to.name}"):
        check_move(current, to)


@pytest.mark.parametrize("current,to", [m for m in EVERY_MOVE if m[1] in TRANSITIONS[m[0]]],
                         ids=lambda s: s.name)
def test_every_move_in_the_table_is_allowed(current, to):
    check_move(current, to)


def test_the_table_names_every_state_and_every_state_can_be_left_and_closed():
    assert set(TRANSITIONS) == set(S)
    for state, targets in TRANSITIONS.items():
        assert targets, state
        assert state is S.CLOSED or S.CLOSED in targets


def test_a_writer_goes_open_suspended_open_closed(paths):
    session = journal_with_canary(paths, rows=1, backups=0)
    assert session.state is S.OPEN and session.writer
    session.suspend()
    assert session.state is S.SUSPENDED and session.key is None
    with pytest.raises(SessionStateError):
        session.backup()  # nothing may touch a suspended journal
    session.resume(None)
    assert session.state is S.OPEN and read_canary(0) is not None
    session.close()
    assert session.state is S.CLOSED and not session.writer
    session.close()  # closing twice is harmless


def test_a_lock_goes_through_changing_and_back_to_open(paths):
    session = journal_with_canary(paths, rows=1, backups=0)
    seen = []
    session.lock(PASSPHRASE, progress=lambda done, total, what: seen.append(session.state))
    assert S.CHANGING in seen and session.state is S.OPEN


def test_a_reader_is_reading_and_cannot_change_anything(paths):
    journal_with_canary(paths, rows=1, backups=0).close()
    reader = DataSession(paths)
    reader.open_reader()
    assert reader.state is S.READING and not reader.writer
    for change in (reader.backup, reader.suspend, lambda: reader.lock(PASSPHRASE)):
        with pytest.raises(SessionStateError):
            change()
    reader.close()
    assert reader.state is S.CLOSED


def test_a_damaged_journal_leaves_the_writer_damaged_holding_the_folder(paths):
    journal_with_canary(paths, rows=1, backups=0).close()
    paths.db_path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 300)
    session = DataSession(paths)
    session.open_writer(allow_damaged=True)
    assert session.state is S.DAMAGED and session.damage and session.writer
    with pytest.raises(SessionStateError):
        session.suspend()
    session.close()


def test_a_second_session_is_refused_and_the_first_stays_open(paths, tmp_path):
    from resilience_desktop.paths import AppPaths

    first = journal_with_canary(paths, rows=1, backups=0)
    other = AppPaths.resolve(tmp_path / "other")
    for door in ("open_writer", "open_reader"):
        with pytest.raises(SessionBusyError, match="close it before opening another"):
            getattr(DataSession(other, key_provider=key_provider()), door)()
    assert first.state is S.OPEN and read_canary(0) is not None
    first.close()
    second = DataSession(other)
    second.open_writer(create=True)  # once the first is closed
    assert second.state is S.OPEN
    second.close()


def test_a_session_opens_only_from_closed(paths):
    session = journal_with_canary(paths, rows=1, backups=0)
    with pytest.raises(SessionStateError):
        session.open_writer()
    with pytest.raises(SessionStateError):
        session.open_reader()
    assert session.state is S.OPEN
    session.close()
