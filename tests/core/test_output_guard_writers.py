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
    ("core/key_copies.py", "open-for-writing"): "a backup's key copy appended to its "
                                                 "temporary file in backups/ (data folder)",
    ("instance_lock.py", "os.open"): "the single-instance lock file in the data folder",
    ("__main__.py", "os.open"): "stdout pointed at os.devnull after a broken pipe",
    ("__main__.py", "open-for-writing"): "missing stdout/stderr of a windowed app -> devnull",
    ("cli/edit_file.py", "os.open"): "`edit`'s private 0600 file in a private 0700 folder",
    ("cli/edit_file.py", "fdopen"): "`edit`'s private 0600 file in a private 0700 folder",
    ("charts/plots/images.py", "savefig"): "a chart rendered into an in-memory buffer",
    ("services/sync/inbox.py", "rename"): "sync moves an imported phone note from the sync "
                                          "folder's inbox/ to inbox/imported/ (its own "
                                          "folder layout, never a path the person types)",
    ("services/safety/recovery.py", "copyfile"): "salvage reads a scratch copy made in a "
                                                 "private folder inside the data folder",
    ("ui/screenshots.py", "write_bytes"): "--screenshot pictures, written to the guard's "
                                          "temporary path (core.output_path.guarded_path)",
    ("charts/summary_pdf.py", "QPdfWriter"): "the summary PDF drawn into an in-memory "
                                                  "buffer; its bytes go through the guard",
    ("core/output_path.py", "rename"): "the guard's temporary file renamed onto the target",
    ("core/files.py", "rename"): "the data session's durable writes inside the data folder",
    ("core/backup.py", "rename"): "a verified backup renamed into the data folder's backups/",
    ("core/restore_transition.py", "rename"): "restore: files moved within the data folder",
    ("cli/demo.py", "rename"): "demo builds a journal aside and moves it into the data "
                               "folder (--data-dir), never over a journal",
    ("cli/new_journal.py", "rename"): "an import into a new data folder moves the journal "
                                      "built aside into it, never over a journal",
    ("rotating_log.py", "rename"): "the app's own log files rotated (resilience.log -> .1 "
                                   "...) in its log folder, never a path the person types",
}

WRITING_NAMES = {"write_text", "write_bytes", "savefig", "copyfile", "copy2", "copytree",
                 "copyfileobj", "fdopen", "mkfifo", "symlink_to", "hardlink_to",
                 "QPdfWriter", "QSaveFile", "QImageWriter", "QFile"}
SHUTIL_ONLY = {"copy", "move"}  # shutil.copy/move, not list.copy() or window.move()
RENAMES = {"rename", "replace"}  # os.rename/os.replace(a, b), Path.rename/replace(b)


def _mode(call: ast.Call) -> object:
    """The mode of open(path, mode) or path.open(mode), or None."""
    on_a_path = isinstance(call.func, ast.Attribute)
    position = 0 if on_a_path else 1
    for keyword in call.keywords:
        if keyword.arg == "mode":
            return keyword.value.value if isinstance(keyword.value, ast.Constant) else "?"
    if len(call.args) > position:
        argument = call.args[position]
        return argument.value if isinstance(argument, ast.Constant) else "?"
    return None


def _kind(call: ast.Call) -> str | None:
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
    owner = getattr(func.value, "id", "<expr>") if isinstance(func, ast.Attribute) else ""
    if name == "open":
        if owner == "os":
            return "os.open"
        mode = _mode(call)  # open(path, mode_variable) counts as writing
        if mode == "?" and owner:
            return None  # something.open(argument): not a file mode the scan can read
        if isinstance(mode, str) and any(flag in mode for flag in "wax+?"):
            return "open-for-writing"
        return None
    if name in WRITING_NAMES or (name in SHUTIL_ONLY and owner in ("shutil", "")):
        return name
    if name in RENAMES and isinstance(func, ast.Attribute) and not call.keywords and (
            owner == "os" or len(call.args) == 1):  # not str.replace(a, b)
        return "rename"
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


@pytest.mark.parametrize("snippet, kind", [
    ('Path(p).open("w")', "open-for-writing"), ("open(p, mode)", "open-for-writing"),
    ('open(p, "ab")', "open-for-writing"), ("shutil.move(a, b)", "move"),
    ("os.replace(a, b)", "rename"), ("path.rename(b)", "rename"), ("p.write_text(t)", "write_text"),
    ('w.grab().save("x.png")', "grab-save"), ("QPdfWriter(name)", "QPdfWriter"),
    ('open(p)', None), ('"a".replace("a", "b")', None), ("window.move(point)", None),
    ("self._reader.open(key)", None), ("d.replace(year=1)", None)])
def test_the_scan_recognises_writing_calls(snippet, kind):
    assert _kind(ast.parse(snippet).body[0].value) == kind


#: Every writer of a file the person chooses, and the guard call that protects it.
#: (What each one refuses is tested as a process in tests/cli/test_output_guard_cli.py
#: and through the window in tests/ui/test_output_guard_window.py.)
USER_CHOSEN_WRITERS = [
    ("services/transfer/document.py", "guarded_file"),       # export JSON and CSV files
    ("services/transfer/document.py", "make_output_folder"),  # the CSV folder
    ("services/safety/recovery.py", "check_output_file"),    # salvage export (window)
    ("services/safety/recovery.py", "write_json_atomically"),  # ...written by the guard
    ("charts/summary_pdf.py", "write_guarded_bytes"),       # summary PDF (verb and window)
    ("ui/screenshots.py", "guarded_path"),                   # --screenshot pictures
    ("ui/screenshots.py", "make_output_folder"),             # the --screenshot folder
    ("cli/export_cmd.py", "check_output_file"),              # checked before asking anything
    ("cli/export_cmd.py", "check_output_folder"),
    ("cli/summary_cmd.py", "check_output_file"),
    ("ui/application.py", "check_output_folder"),            # --screenshot, before opening
    ("ui/safety/transfer_dialogs.py", "confirm_output"),     # File > Export...
    ("ui/insights/summary_dialog.py", "confirm_output"),     # Save summary
    ("ui/safety/recovery_window.py", "confirm_output"),      # Save what can be read
]


def _names_used(module: str) -> set[str]:
    source = (PACKAGE / module).read_text(encoding="utf-8")
    tree = ast.parse(source)
    return ({node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
            | {node.attr for node in ast.walk(tree) if isinstance(node, ast.Attribute)})


@pytest.mark.parametrize("module, guard_call", USER_CHOSEN_WRITERS)
def test_each_writer_of_a_user_chosen_file_calls_the_guard(module, guard_call):
    assert guard_call in _names_used(module)


def test_every_save_dialog_of_the_window_asks_through_the_guard():
    """A file or folder dialog for saving lives only in ui/widgets/output_choice.py, and
    every module that asks where to save also asks the guard (confirm_output)."""
    dialogs = {"getSaveFileName", "getSaveFileUrl", "getExistingDirectory",
               "getExistingDirectoryUrl"}
    askers, outside = set(), set()
    for path in sorted(PACKAGE.rglob("*.py")):
        module = path.relative_to(PACKAGE).as_posix()
        used = _names_used(module)
        if used & dialogs and module != "ui/widgets/output_choice.py":
            outside.add(module)
        if "ask_save_path" in used and module != "ui/widgets/output_choice.py":
            askers.add(module)
    assert not outside, f"save dialogs outside ui/widgets/output_choice.py: {sorted(outside)}"
    assert askers == {m for m, call in USER_CHOSEN_WRITERS if call == "confirm_output"}
    assert all("confirm_output" in _names_used(module) for module in askers)
