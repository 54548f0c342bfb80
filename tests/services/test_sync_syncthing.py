"""Sync through a real Syncthing (issue 18): two Syncthing instances on 127.0.0.1 with
separate homes share the folder between two computers' copies; an entry written on one
arrives on the other once Syncthing has carried the files. Skipped (saying why) only
where Syncthing is not installed or cannot start; `.ci/run` installs it."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import time
from datetime import date
from pathlib import Path

import pytest

from tests.services.sync_helpers import opened, sync

#: How long Syncthing may take to connect and carry the files (it stops by itself then).
CARRY_LIMIT_S = 180

CONFIG = """<configuration version="36">
  <folder id="resilience" label="resilience" path="{path}" type="sendreceive"
          rescanIntervalS="1" fsWatcherEnabled="false" ignorePerms="false">
    <device id="{me}"></device>
    <device id="{other}"></device>
  </folder>
  <device id="{me}" name="{name}" compression="metadata"><address>dynamic</address></device>
  <device id="{other}" name="other" compression="metadata">
    <address>tcp://127.0.0.1:{other_port}</address>
  </device>
  <gui enabled="false" tls="false"><address>127.0.0.1:0</address></gui>
  <options>
    <listenAddress>tcp://127.0.0.1:{port}</listenAddress>
    <globalAnnounceEnabled>false</globalAnnounceEnabled>
    <localAnnounceEnabled>false</localAnnounceEnabled>
    <relaysEnabled>false</relaysEnabled>
    <natEnabled>false</natEnabled>
    <urAccepted>-1</urAccepted>
    <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
    <crashReportingEnabled>false</crashReportingEnabled>
    <startBrowser>false</startBrowser>
    <reconnectionIntervalS>1</reconnectionIntervalS>
  </options>
</configuration>
"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def generate(home: Path) -> str:
    done = subprocess.run(["syncthing", "generate", f"--home={home}", "--no-default-folder",
                           "--skip-port-probing"], capture_output=True, text=True, timeout=60)
    found = re.search(r"Device ID: ([A-Z0-9-]+)", done.stdout + done.stderr)
    if done.returncode != 0 or not found:
        pytest.skip(f"syncthing cannot generate its keys here: {done.stderr[-300:]}")
    return found.group(1)


def files_of(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*")
            if p.is_file() and ".stfolder" not in p.parts and not p.name.startswith(".syncthing")}


def wait_until_carried(source: Path, target: Path, logs) -> None:
    deadline = time.monotonic() + CARRY_LIMIT_S
    while time.monotonic() < deadline:
        wanted, have = files_of(source), files_of(target)
        if wanted and all(have.get(name) == data for name, data in wanted.items()):
            return
        time.sleep(0.5)
    tails = "\n".join(log.read_text(errors="replace")[-1500:] for log in logs if log.exists())
    raise AssertionError(f"Syncthing did not carry the files within {CARRY_LIMIT_S} s:\n{tails}")


@pytest.fixture
def two_syncthings(tmp_path):
    if shutil.which("syncthing") is None:
        pytest.skip("syncthing is not installed (Debian package `syncthing`; .ci/run installs it)")
    homes = [tmp_path / "st-laptop", tmp_path / "st-desktop"]
    folders = [tmp_path / "folder-laptop", tmp_path / "folder-desktop"]
    ids, ports = [generate(home) for home in homes], [free_port(), free_port()]
    processes = []
    env = dict(os.environ, STNOUPGRADE="1", STNODEFAULTFOLDER="1")
    try:
        for me in (0, 1):
            (folders[me] / ".stfolder").mkdir(parents=True)
            (homes[me] / "config.xml").write_text(CONFIG.format(
                path=folders[me], me=ids[me], other=ids[1 - me], name=homes[me].name,
                port=ports[me], other_port=ports[1 - me]))
            processes.append(subprocess.Popen(
                ["syncthing", "serve", f"--home={homes[me]}", "--no-browser", "--no-restart",
                 f"--logfile={homes[me] / 'log'}"], env=env,
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        time.sleep(1)
        if any(process.poll() is not None for process in processes):
            pytest.skip("syncthing could not start here (see its log in the test's temp folder)")
        yield folders, [home / "log" for home in homes]
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def test_an_entry_travels_through_syncthing(two_syncthings, tmp_path):
    from resilience_desktop.core.models.journal import JournalEntry
    from resilience_desktop.services.journal.entries import EntryInput, save_entry

    (laptop_folder, desktop_folder), logs = two_syncthings
    laptop, desktop = tmp_path / "laptop", tmp_path / "desktop"
    with opened(laptop):
        save_entry(EntryInput(entry_date=date(2026, 11, 1), body="Carried by Syncthing."))
    sync(laptop, laptop_folder, "laptop")
    wait_until_carried(laptop_folder, desktop_folder, logs)
    report = sync(desktop, desktop_folder, "desktop")
    assert len(report.computers) == 1
    with opened(desktop):
        assert [row.body for row in JournalEntry.select()] == ["Carried by Syncthing."]
