"""One owner for each thing, checked on the source (issue 21): the data folder's side-file
names are spelled in core/files.py only, and only the data session opens or closes the
journal's connection; only core/clock.py reads the wall clock."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "resilience_desktop"

#: The names that must be spelled in one place (core/files.py).
FILE_NAMES = ("-wal", "-shm", "-journal", "transition.json")


def _modules():
    for path in sorted(PACKAGE.rglob("*.py")):
        yield path.relative_to(PACKAGE.parent).as_posix(), ast.parse(path.read_text("utf-8"))


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def _spellings(tree: ast.AST):
    docstrings = _docstrings(tree)
    for node in ast.walk(tree):
        if (isinstance(node, ast.Constant) and isinstance(node.value, str)
                and id(node) not in docstrings):
            for name in FILE_NAMES:
                if node.value == name or node.value.endswith(name):
                    yield node.lineno, node.value


def test_side_file_names_are_spelled_only_in_core_files():
    spelled = [f"{module}:{line} {value!r}" for module, tree in _modules()
               if module != "resilience_desktop/core/files.py"
               for line, value in _spellings(tree)]
    assert spelled == [], "use the names in core/files.py (WAL, SHM, ROLLBACK_JOURNAL, " \
                          "INTENT_FILENAME, side_file):\n" + "\n".join(spelled)


def test_only_the_data_session_opens_or_closes_the_journal_connection():
    """open_database/close_database (core/db.py) are called from core/session/ only; the
    window, verbs and services ask the session (close_thread_connection, begin_replacement)."""
    callers = []
    for module, tree in _modules():
        if module.startswith("resilience_desktop/core/session/") or module.endswith("core/db.py"):
            continue
        for node in ast.walk(tree):
            name = (node.id if isinstance(node, ast.Name)
                    else node.attr if isinstance(node, ast.Attribute) else None)
            if name in ("open_database", "close_database"):
                callers.append(f"{module}:{node.lineno} {name}")
    assert callers == [], "\n".join(callers)


def test_nothing_looks_the_session_up():
    """The session is passed (AppContext.session, a verb's own): no lookup function and no
    fallback session built where one was expected."""
    for module, tree in _modules():
        for node in ast.walk(tree):
            if isinstance(node, ast.Name):
                assert node.id not in ("active_session", "current_session"), module


# ---- one writer per table ------------------------------------------------------------
S = "resilience_desktop/services/"
#: table -> the modules that write it (its one owner: the one-at-a-time door and, where
#: there is one, its bulk door for importers and the demo). Names as the database knows them.
OWNERS: dict[str, set[str]] = {
    "journal_entry": {S + "journal/entries.py", S + "journal/bulk.py"},
    "journal_entry_tag": {S + "journal/entries.py", S + "journal/bulk.py"},
    "journal_entry_emotion": {S + "journal/entries.py", S + "journal/bulk.py"},
    "journal_entry_fts": {S + "journal/search.py", S + "journal/bulk.py"},
    "journal_draft": {S + "journal/drafts.py"},
    "emotion_word": {S + "journal/emotions.py"},
    "journal_revision": {S + "journal/revisions.py"},
    "journal_review": {S + "journal/revisions.py"},
    "inbox_import": {S + "sync/inbox_note.py"},
    "note_revision": {S + "sync/note_revisions.py"},
    "exercise_activity": {S + "exercise/catalogue.py"},
    "exercise_session": {S + "exercise/sessions.py", S + "exercise/bulk.py"},
    "exercise_heart_minutes": {S + "exercise/heart_minutes.py"},
    "exercise_session_person": {S + "exercise/sessions.py"},
    "exercise_session_group": {S + "exercise/sessions.py"},
    "calm_pattern": {S + "calm/custom.py"},
    "calm_session": {S + "calm/sessions.py"},
    "insights_response": {S + "insights/responses.py"},
    "insights_answer": {S + "insights/responses.py"},
    "insights_strength": {S + "insights/strengths.py"},
    "insights_strength_example": {S + "insights/strengths.py"},
    "person": {S + "people/records.py", S + "people/bulk.py"},
    "social_group": {S + "people/records.py", S + "people/bulk.py"},
    "group_membership": {S + "people/records.py", S + "people/bulk.py"},
    "contact": {S + "people/contacts.py", S + "people/bulk.py"},
    "contact_person": {S + "people/contacts.py", S + "people/bulk.py"},
    "preference": {S + "preferences.py"},
}
#: Sync's own bookkeeping tables belong to the sync engine (and the capture triggers).
SYNC_OWNERS = {S + "sync/store.py", S + "sync/engine.py", S + "sync/merge.py",
               S + "sync/outbox.py", "resilience_desktop/core/sync_capture.py"}
#: Modules that write rows of any table by name, and why that is not a second writer.
GENERIC_WRITERS = {
    # The JSON import merges a whole exported journal row by row, keyed by uid, into
    # every table: the rows were written by their owners when first made and are copied
    # column for column (format checks in merge_checks.py).
    S + "transfer/merge.py": "JSON import: copies exported rows as they are, by uid",
    # Sync applies another computer's changes the same way (column values by uid).
    S + "sync/merge.py": "sync: applies another computer's column changes by uid",
    S + "sync/merge_batch.py": "sync: the new rows merge.py applies, many at a time",
    # The demo's uids are re-derived from the seed after every table is filled.
    S + "demo/__init__.py": "demo: sets every row's uid from the seed (same seed, same uids)",
    # A table's bulk door that names its models through model._meta.
    S + "people/bulk.py": "people's bulk door: table names from its own models",
    # Sync moves a row to its canonical uid (built-in rows every computer shares).
    S + "sync/canonical.py": "sync: renames a row's uid to the one every computer gives it",
}
WRITE_METHODS = {"insert", "insert_many", "insert_from", "create", "update", "delete",
                 "replace", "replace_many", "bulk_create", "bulk_update", "get_or_create",
                 "delete_by_id", "set_by_id"}


def _model_tables() -> dict[str, str]:
    from resilience_desktop.core.models import all_models

    return {model.__name__: model._meta.table_name for model in all_models()}


def _sql_writes(text: str):
    import re

    for match in re.finditer(r"\b(?:INSERT(?: OR \w+)? INTO|UPDATE|DELETE FROM|REPLACE INTO)"
                             r"\s+\"?([A-Za-z_{][\w{}.\[\]]*)", text):
        yield match.group(1)


def _writes(tree: ast.AST, tables: dict[str, str]):
    """(line, table or '*' for a table chosen at run time) for every write in a module."""
    docstrings = _docstrings(tree)
    for node in ast.walk(tree):
        if id(node) in docstrings:
            continue
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr in WRITE_METHODS and isinstance(node.func.value, ast.Name)
                and node.func.value.id in tables):
            yield node.lineno, tables[node.func.value.id]
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            for table in _sql_writes(node.value):
                yield node.lineno, table
        elif isinstance(node, ast.JoinedStr):
            text = "".join(part.value if isinstance(part, ast.Constant) else "{}"
                           for part in node.values)
            for table in _sql_writes(text):
                yield node.lineno, "*" if "{" in table else table


def test_every_table_is_written_by_its_one_owner():
    """Window, verbs, importers, demo and sync all go through a table's owner module."""
    tables = _model_tables()
    assert set(tables.values()) <= set(OWNERS), "a new table needs its owner in OWNERS"
    strays = []
    for module, tree in _modules():
        if "/core/migrations/" in module:
            continue  # frozen history: each step writes the schema of its day
        for line, table in _writes(tree, tables):
            if table == "*":
                allowed = module in GENERIC_WRITERS
            elif table.startswith("sync_"):
                allowed = module in SYNC_OWNERS
            elif table in OWNERS:
                allowed = module in OWNERS[table]
            else:
                continue  # not the journal's (the one table of a sealed file, a temp table)
            if not allowed:
                strays.append(f"{module}:{line} writes {table}")
    assert strays == [], "write through the table's owner (OWNERS):\n" + "\n".join(strays)


def test_the_window_and_the_verbs_never_touch_the_models():
    """ui/ and cli/ reach tables only through services (charts may read model constants)."""
    strays = [f"{module}:{node.lineno}" for module, tree in _modules()
              if module.startswith(("resilience_desktop/ui/", "resilience_desktop/cli/"))
              for node in ast.walk(tree)
              if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
                  "resilience_desktop.core.models")]
    assert strays == [], strays


#: Reading the wall clock: (object, method) pairs that only core/clock.py may call.
WALL_CLOCK_READS = {("datetime", "now"), ("datetime", "today"), ("datetime", "utcnow"),
                    ("date", "today"), ("time", "time"), ("time", "time_ns"),
                    ("time", "localtime"), ("time", "gmtime"), ("QDateTime", "currentDateTime"),
                    ("QDate", "currentDate"), ("QTime", "currentTime")}


def _wall_clock_reads(tree: ast.AST):
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name)
                and (node.func.value.id, node.func.attr) in WALL_CLOCK_READS):
            yield node.lineno, f"{node.func.value.id}.{node.func.attr}()"


def test_only_core_clock_reads_the_wall_clock():
    """One clock: "now" and "today" come from core/clock.py, so a test that sets the
    wall_clock fixture sets it for every reader (elapsed time uses time.monotonic)."""
    sample = ast.parse("from datetime import date\nday = date.today()\nclock.today()\n")
    assert list(_wall_clock_reads(sample)) == [(2, "date.today()")]
    reads = [f"{module}:{line} {call}" for module, tree in _modules()
             if module != "resilience_desktop/core/clock.py"
             for line, call in _wall_clock_reads(tree)]
    assert reads == [], "read core/clock.py (clock.now(), clock.today()):\n" + "\n".join(reads)
