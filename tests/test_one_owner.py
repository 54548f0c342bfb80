"""One owner for each thing, checked on the source (issue 21): the data folder's side-file
names are spelled in core/files.py only, and only the data session opens or closes the
journal's connection."""

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
