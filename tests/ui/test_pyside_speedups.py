"""ui/pyside_speedups.py replaces PySide's "does this module use PySide6?" check (run
for every module imported after PySide) with a cheaper one: it must answer the same
for every module a window start loads."""

import json
import os
import subprocess
import sys

CHECK = r"""
import json, sys
import PySide6.QtCore
feature = sys.modules["shibokensupport.feature"]
original = feature._mod_uses_pyside
from resilience_desktop.ui import pyside_speedups
import resilience_desktop.ui.application, resilience_desktop.ui.main_window
import resilience_desktop.ui.today.today_tab  # the data layer and the services too
differ = [name for name, module in list(sys.modules.items())
          if module is not None and original(module) != pyside_speedups.fast_mod_uses_pyside(module)]
print(json.dumps({"replaced": feature._mod_uses_pyside is pyside_speedups.fast_mod_uses_pyside,
                  "modules": len(sys.modules), "differ": differ,
                  "ours_use_pyside": pyside_speedups.fast_mod_uses_pyside(resilience_desktop.ui.main_window),
                  "peewee_uses_pyside": pyside_speedups.fast_mod_uses_pyside(sys.modules["peewee"])}))
"""


def test_the_cheaper_check_answers_as_pysides_own_for_every_module_loaded():
    result = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True,
                            timeout=120, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["replaced"]
    assert seen["modules"] > 300 and seen["differ"] == []
    assert seen["ours_use_pyside"] and not seen["peewee_uses_pyside"]
