"""Every place in the app that writes a file is known, and every writer of a file the
person chooses goes through the one output-path guard (core/output_path).

The scan lists each call that can write a file (open for writing, os.open, fdopen,
write_text/write_bytes, savefig, shutil copies, an image saved from a grab). Each
must be listed below with why it is safe. A new one fails here until it is routed
through core/output_path (a user-chosen file) or listed (a file of the app's own).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "resilience_desktop"

#: (module, kind of write) -> why it is not a user-chosen file, or that it is the guard.
KNOWN_WRITERS = {
    ("core/output_path.py", "os.open"): "the guard's own private temporary file",
    ("core/output_path.py", "open-for-writing"): "the guard's own private temporary file",
    ("core/files.py", "os.open"): "the data session's durable writes inside the data folder",
    ("core/files.py", "fdopen"): "the data session's durable writes inside the data folder",
    ("core/files.py", "copyfile"): "backups inside the data folder",
    ("core/conversion.py", "open-for-writing"): "a decrypted copy beside the journal "
                                                "during unlock (inside the data folder)",
    ("instance_lock.py", "os.open"): "the single-instance lock file in the data folder",
    ("__main__.py", "os.open"): "stdout pointed at os.devnull after a broken pipe",
    ("__main__.py", "open-for-writing"): "missing stdout/stderr of a windowed app -> devnull",
    ("cli/edit_file.py", "os.open"): "`edit`'s private 0600 file in a private 0700 folder",
    ("cli/edit_file.py", "fdopen"): "`edit`'s private 0600 file in a private 0700 folder",
    ("charts/plots/images.py", "savefig"): "a chart rendered into an in-memory buffer",
    ("services/safety/recovery.py", "copyfile"): "salvage reads a scratch copy made in a "
                                                 "private folder inside the data folder",
    ("ui/screenshots.py", "grab-save"): "--screenshot pictures, saved to the guard's "
                                        "temporary path (core.output_path.guarded_path)",
}

WRITING_NAMES = {"write_text", "write_bytes", "savefig", "copyfile", "copy2", "copytree",
                 "fdopen", "mkfifo"}


def _mode(call: ast.Call) -> str | None:
    if len(call.args) >= 2 and isinstance(call.args[1], ast.Constant):
        return call.args[1].value
    for keyword in call.keywords:
        if keyword.arg == "mode" and isinstance(keyword.value, ast.Constant):
            return keyword.value.value
    return None


def _kind(call: ast.Call) -> str | None:
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
    if name == "open":
        if isinstance(func, ast.Attribute) and getattr(func.value, "id", "") == "os":
            return "os.open"
        mode = _mode(call)
        if isinstance(mode, str) and any(flag in mode for flag in "wax+"):
            return "open-for-writing"
        return None
    if name in WRITING_NAMES:
        return name
    if name == "save" and isinstance(func, ast.Attribute) and isinstance(func.value, ast.Call):
        return "grab-save"  # widget.grab().save(path), QImage(...).save(path)
    return None


def writers_in_package() -> dict[tuple[str, str], list[int]]:
    found: dict[tuple[str, str], list[int]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        module = path.relative_to(PACKAGE).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and (kind := _kind(node)):
                found.setdefault((module, kind), []).append(node.lineno)
    return found


def test_every_file_writer_in_the_app_is_known_and_user_chosen_ones_use_the_guard():
    found = writers_in_package()
    unknown = {f"{module}:{lines} ({kind})" for (module, kind), lines in found.items()
               if (module, kind) not in KNOWN_WRITERS}
    assert not unknown, ("a new place writes files; if the person chooses the path, route "
                         "it through core/output_path, else list it in KNOWN_WRITERS with "
                         f"why it is safe: {sorted(unknown)}")


def test_the_list_of_known_writers_holds_nothing_stale():
    stale = set(KNOWN_WRITERS) - set(writers_in_package())
    assert not stale, f"listed but no longer in the code (remove them): {sorted(stale)}"


@pytest.mark.parametrize("module, guard_call", [
    ("services/transfer/document.py", "guarded_file"),       # export JSON and CSV files
    ("services/transfer/document.py", "make_output_folder"),  # the CSV folder
    ("services/safety/recovery.py", "check_output_file"),    # salvage export
    ("charts/summary_pdf.py", "write_guarded_bytes"),       # summary PDF (verb and window)
    ("ui/screenshots.py", "guarded_path"),                   # --screenshot pictures
    ("ui/screenshots.py", "make_output_folder"),             # the --screenshot folder
    ("cli/export_cmd.py", "check_output_file"),              # checked before asking anything
    ("cli/summary_cmd.py", "check_output_file"),
    ("ui/application.py", "check_output_folder"),            # --screenshot, before opening
])
def test_each_writer_of_a_user_chosen_file_calls_the_guard(module, guard_call):
    source = (PACKAGE / module).read_text(encoding="utf-8")
    used = {node.id for node in ast.walk(ast.parse(source)) if isinstance(node, ast.Name)}
    assert guard_call in used  # (what each one refuses is tested as a process in
    #                             tests/cli/test_output_guard_cli.py)
