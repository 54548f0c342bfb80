"""Quitting while work runs on a worker thread: the window closed (File → Quit, `--smoke`)
while Insights was still working out a period. The journal was closed under that read,
and the read's report went to objects Python had already torn down: one start in seven
aborted ("Signal source has been deleted"). Quitting now stops and waits for the
workers before the journal closes (ui/widgets/background.end_all)."""

import os
import subprocess
import sys

import pytest

from resilience_desktop.core.startup import open_script_session
from resilience_desktop.services.preferences import set_preference
from resilience_desktop.services.settings import FIRST_NAME, FIRST_RUN_DONE, save_settings
from resilience_desktop.ui.main_window import LAST_TAB_PREFERENCE

pytestmark = pytest.mark.slow

# The real entry point, with Insights' self-check figures slowed down so that they are
# still being worked out when `--smoke` closes the window; it says when the work ended
# and when the journal closed.
DRIVER = r"""
import sys, time
from resilience_desktop.core.session import session as data_session
from resilience_desktop.services.insights import figures

slow = figures.selfcheck_figures

def selfcheck_figures(*args):
    time.sleep(0.5)
    result = slow(*args)
    print("work ended", flush=True)
    return result

figures.selfcheck_figures = selfcheck_figures
close = data_session.DataSession.close

def closed(self):
    print("journal closed", flush=True)
    close(self)

data_session.DataSession.close = closed
from resilience_desktop.__main__ import main
sys.exit(main(sys.argv[1:]))
"""


def test_quitting_while_insights_works_waits_for_it_then_closes_the_journal(paths):
    session = open_script_session(paths)
    save_settings({FIRST_NAME: "Ada", FIRST_RUN_DONE: True})
    set_preference(LAST_TAB_PREFERENCE, "Insights")
    session.close()
    result = subprocess.run([sys.executable, "-c", DRIVER, "--data-dir", str(paths.data_dir),
                             "--smoke"], capture_output=True, text=True, timeout=120,
                            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-2:] == ["work ended", "journal closed"], result.stdout
    assert "Traceback" not in result.stderr and "failed" not in result.stderr
