"""Offline and private: no network connection, and no user text in the logs."""

import subprocess
import sys

import pytest

pytestmark = pytest.mark.slow

NO_NETWORK = r"""
import os, socket, sys
os.environ['QT_QPA_PLATFORM'] = 'offscreen'
attempts = []
_real_connect = socket.socket.connect
def guarded_connect(self, address):
    if self.family in (socket.AF_INET, socket.AF_INET6):
        attempts.append(repr(address))
        raise OSError('network use is forbidden in Resilience')
    return _real_connect(self, address)
socket.socket.connect = guarded_connect
socket.socket.connect_ex = guarded_connect
_real_getaddrinfo = socket.getaddrinfo
def guarded_getaddrinfo(*args, **kwargs):
    attempts.append('getaddrinfo %r' % (args[:1],))
    raise OSError('name lookups are forbidden in Resilience')
socket.getaddrinfo = guarded_getaddrinfo
from resilience_desktop.__main__ import main
rc = main(['--demo', '--screenshot', sys.argv[1]])
print('RC', rc)
print('ATTEMPTS', len(attempts), attempts[:5])
"""


def test_every_tab_renders_on_demo_data_without_touching_the_network(tmp_path):
    result = subprocess.run([sys.executable, "-c", NO_NETWORK, str(tmp_path / "shots")],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "RC 0" in result.stdout
    assert "ATTEMPTS 0 []" in result.stdout, result.stdout
    assert len(list((tmp_path / "shots").glob("*.png"))) >= 8  # tabs, sub-tabs and Settings


def test_logs_never_contain_what_the_user_wrote(data_session, db, tmp_path):
    """Write, search, delete, restore, back up and export with the log at DEBUG:
    the log records events, never the words, names or notes themselves."""
    import logging
    from datetime import date

    from resilience_desktop.logging_setup import setup_logging
    from resilience_desktop.services.journal import entries as journal
    from resilience_desktop.services.journal import search as journal_search
    from resilience_desktop.services.people import records as people
    from resilience_desktop.services.safety.backups import make_backup
    from resilience_desktop.services.preferences import set_preference

    log_dir = tmp_path / "logs"
    setup_logging(log_dir, level=logging.DEBUG)
    secret = "zebracanary"
    try:
        entry_id = journal.save_entry(journal.EntryInput(
            entry_date=date(2026, 11, 1), title=f"{secret} title",
            body=f"my {secret} body text", tags=[f"{secret}tag"]))
        assert journal_search.search_entries(secret)
        journal.save_entry(journal.EntryInput(entry_date=date(2026, 11, 1),
                                              body=f"edited {secret}"), entry_id=entry_id)
        journal.delete_entry(entry_id)
        journal.restore_entry(entry_id)
        people.add_person(people.PersonInput(name=f"Ann {secret}", notes=f"{secret} notes"))
        set_preference("support.region", "uk_ie")
        make_backup(data_session, "manual")
        logging.getLogger("resilience_desktop").info("marker: the log file is written")
    finally:
        logger = logging.getLogger("resilience_desktop")
        for handler in list(logger.handlers):
            handler.close()
            logger.removeHandler(handler)
    text = "".join(path.read_text(errors="replace") for path in log_dir.glob("*.log*"))
    assert "marker: the log file is written" in text
    assert secret not in text.lower()
