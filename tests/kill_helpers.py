"""Shared by the SIGKILL tests: run a writer process and kill it at a random moment."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable


def run_and_kill(writer: str, args: list, rng, max_delay: float,
                 parse: Callable[[str], object] = int, ready_probability: float = 1.0,
                 ready_timeout: float = 60) -> list:
    """Start ``python -c writer *args``; once it prints "ready" (with probability
    ``ready_probability``; otherwise during its start-up), wait a random 0..max_delay
    seconds and SIGKILL it. Returns every acknowledged line (whole lines after
    "ready"), parsed with ``parse``: what the writer said was saved."""
    process = subprocess.Popen([sys.executable, "-c", writer, *map(str, args)],
                               stdout=subprocess.PIPE, text=True)
    acknowledged: list = []
    ready = threading.Event()

    def read() -> None:
        for line in process.stdout:
            text = line.strip()
            if not line.endswith("\n") or not text:
                continue  # a line cut by the kill was not acknowledged
            if text == "ready":
                ready.set()
            else:
                acknowledged.append(parse(text))

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    if rng.random() < ready_probability:
        ready.wait(ready_timeout)
    time.sleep(rng.uniform(0.0, max_delay))  # a random moment to kill at, not a wait
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    reader.join(10)
    return acknowledged
