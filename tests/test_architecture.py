"""Layer rules: the data and logic layers never load Qt; start-up never loads matplotlib."""

import pkgutil
import subprocess
import sys

import resilience_desktop

QT_FREE_PACKAGES = ("resilience_desktop.core", "resilience_desktop.services",
                    "resilience_desktop.charts.plots")


def _modules_under(prefix):
    package = __import__(prefix, fromlist=["_"])
    names = [prefix]
    for info in pkgutil.walk_packages(package.__path__, prefix + "."):
        names.append(info.name)
    return names


def test_core_services_and_plots_import_no_qt_in_a_fresh_interpreter():
    modules = [m for prefix in QT_FREE_PACKAGES for m in _modules_under(prefix)]
    assert len(modules) > 10
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] == 'PySide6')\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"Qt loaded by the Qt-free layers: {result.stdout}"


def test_opening_the_window_does_not_import_matplotlib(tmp_path):
    code = (
        "import os, sys\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from resilience_desktop.__main__ import main\n"
        f"rc = main(['--data-dir', {str(tmp_path)!r}, '--smoke'])\n"
        "print(rc, 'matplotlib' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-2:] == ["0", "False"]


def test_package_version_is_exposed():
    assert resilience_desktop.__version__.count(".") == 2


def test_the_wall_clock_is_read_in_one_place_only():
    """Every "now"/"today" comes from core/clock.py, so tests and sync set it once."""
    import re
    from pathlib import Path

    package = Path(resilience_desktop.__file__).parent
    reads = re.compile(r"\b(datetime\.now|datetime\.utcnow|datetime\.today|date\.today|time\.time"
                       r"|QDate\.currentDate|QDateTime\.currentDateTime|QTime\.currentTime)\b")
    offenders = [f"{path.relative_to(package)}:{number}"
                 for path in package.rglob("*.py") if path != package / "core" / "clock.py"
                 for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                 if reads.search(line.split("#")[0])]
    assert offenders == []


def test_every_module_gets_its_logger_from_core_log():
    """One logger factory (core/log.get_logger): the logging package is imported on the
    first record, and a read-only verb's log destination is applied before it. A module
    holding logging.getLogger would log before that choice, and cost `search` ~8 ms."""
    from pathlib import Path

    package = Path(resilience_desktop.__file__).parent
    allowed = {package / "core" / "log.py", package / "logging_setup.py"}
    offenders = [str(path.relative_to(package)) for path in package.rglob("*.py")
                 if path not in allowed and "logging.getLogger" in path.read_text(encoding="utf-8")]
    assert offenders == []
