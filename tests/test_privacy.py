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
    assert len(list((tmp_path / "shots").glob("*.png"))) == 7
