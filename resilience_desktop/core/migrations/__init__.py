"""Numbered, append-only schema migrations tracked in PRAGMA user_version.

Each step is a module ``mNNNN_<what>.py`` in this package with a function
``apply(db, migrator)``, listed in ``STEP_MODULES`` below (an explicit list,
not a directory scan: a frozen app has no package folder to list). Steps write explicit SQL so that they stay frozen
while the models evolve. Never edit a step that has shipped: add a new one.

``migrate_database`` runs the pending steps, each in its own transaction
inside ``migrator.migration_context()`` (foreign keys off during table
rebuilds so ``ON DELETE CASCADE`` cannot fire), after a verified backup of
the existing file.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import import_module
from pathlib import Path
from typing import Any

from resilience_desktop.core import clock
from resilience_desktop.core import sync_capture
from resilience_desktop.core.backup import write_verified_backup
from resilience_desktop.core import schema_version
from resilience_desktop.core.db import database
from resilience_desktop.core.schema_version import STEP_MODULES, check_not_too_new
from resilience_desktop.core.log import get_logger

__all__ = ["STEP_MODULES", "MigrationReport", "MigrationStep", "check_not_too_new",
           "current_version", "discover_steps", "latest_version", "migrate_database"]

log = get_logger(__name__)
_STEP_NAME = re.compile(r"^m(\d{4})_\w+$")

# STEP_MODULES (every step, in order) lives in core/schema_version.py: readers need the
# latest version without importing peewee and the steps.


@dataclass(frozen=True)
class MigrationStep:
    number: int
    name: str
    apply: Callable[[Any, Any], None]  # apply(db, migrator)


@dataclass
class MigrationReport:
    from_version: int
    to_version: int
    backup: Path | None = None
    applied: list[str] = field(default_factory=list)


def discover_steps() -> list[MigrationStep]:
    steps = []
    for name in STEP_MODULES:
        match = _STEP_NAME.match(name)
        if not match:
            raise RuntimeError(f"bad migration module name: {name}")
        module = import_module(f"{__name__}.{name}")
        steps.append(MigrationStep(int(match.group(1)), name, module.apply))
    steps.sort(key=lambda step: step.number)
    numbers = [step.number for step in steps]
    if numbers != list(range(1, len(steps) + 1)):
        raise RuntimeError(f"migration numbers must be 1..n without gaps: {numbers}")
    return steps


def latest_version() -> int:
    return len(discover_steps())


def current_version() -> int:
    return int(database.pragma("user_version"))


def migrate_database(backups_dir: Path) -> MigrationReport:
    """Bring the open database up to the latest schema."""
    start = current_version()
    check_not_too_new(start)
    report = MigrationReport(from_version=start, to_version=start)
    # Up to date (every start but the first after an update): the step modules are not
    # loaded (discover_steps checks they are numbered 1..latest_version()).
    steps = discover_steps() if start < schema_version.latest_version() else []
    pending = [step for step in steps if step.number > start]
    if not pending:
        sync_capture.install_if_stale(database)  # a schema changed by hand or by an older step
        return report
    if start > 0:
        stamp = clock.now().strftime("%Y%m%d-%H%M%S")
        name = f"before-migration-v{start}-to-v{pending[-1].number}-{stamp}.sqlite3"
        report.backup = write_verified_backup(Path(backups_dir) / name)
    from playhouse.migrate import SqliteMigrator  # only when there is work to do

    migrator = SqliteMigrator(database.obj)
    for step in pending:
        with migrator.migration_context():
            step.apply(database, migrator)
            database.pragma("user_version", step.number)
        problems = database.execute_sql("PRAGMA foreign_key_check").fetchall()
        if problems:
            raise RuntimeError(f"migration {step.name} left broken references: {problems[:3]}")
        report.applied.append(step.name)
        report.to_version = step.number
        log.info("applied migration %s", step.name)
    sync_capture.install_if_stale(database)  # capture every synced table and column
    return report
