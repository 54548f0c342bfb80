"""Entry point: parse arguments, then run a command-line verb or the window."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from resilience_desktop.cli import build_parser, mentions_a_verb
from resilience_desktop.cli.common import CommandError, fail
from resilience_desktop.core.errors import UserFacingError
from resilience_desktop.core.files import set_private_umask
from resilience_desktop.core.data_folder import (disk_full_error, disk_full_message,
                                                 disk_is_full,
                                                 unwritable_message)
from resilience_desktop.logging_setup import logs_inside_data_folder, start_logging
from resilience_desktop.paths import AppPaths
from resilience_desktop.core.i18n import translate

if TYPE_CHECKING:
    from tempfile import TemporaryDirectory


def main(argv: list[str] | None = None) -> int:
    _ensure_standard_streams()
    argv = sys.argv[1:] if argv is None else argv
    args = build_parser(with_verbs=mentions_a_verb(argv), argv=argv).parse_args(argv)
    refused = _no_display_exit(args)
    if refused is not None:
        return refused
    demo_dir = _demo_folder(args)
    paths = AppPaths.resolve(getattr(args, "data_dir", None))
    if args.command is not None:  # the window installs its own (ui/i18n), with Qt's strings
        from resilience_desktop.qt_translation import install_command_line_language

        install_command_line_language(paths)
    set_private_umask()  # every file and folder we create is the owner's only
    refused = _unusable_data_folder_exit(args, paths)
    if refused is not None:
        return refused
    try:
        return _run_command_or_window(args, paths, demo=demo_dir is not None)
    except (CommandError, UserFacingError) as error:
        return fail(str(error))
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # noqa: BLE001 - a full disk is a sentence, not a traceback
        full = disk_full_error(error, paths.data_dir if paths.data_dir.exists()
                               else paths.data_dir.parent)
        if full is None:
            raise
        return fail(str(full))
    finally:
        if demo_dir is not None:
            demo_dir.cleanup()


def _no_display_exit(args: argparse.Namespace) -> int | None:
    """The window cannot be shown here: say why and give the exit code (checked before
    Qt, and before anything is created). None for a verb or a usable display."""
    if args.command is not None:
        return None
    from resilience_desktop.ui.display import NO_DISPLAY_EXIT, prepare_display

    no_display = prepare_display(headless_ok=bool(args.smoke or args.screenshot))
    return fail(no_display, NO_DISPLAY_EXIT) if no_display else None


def _demo_folder(args: argparse.Namespace) -> TemporaryDirectory[str] | None:
    """The window's --demo runs in a temporary data folder (args.data_dir points at it)."""
    if not (args.demo and args.command is None):
        return None
    import tempfile

    demo_dir = tempfile.TemporaryDirectory(prefix="resilience-demo-")
    args.data_dir = demo_dir.name
    return demo_dir


def _unusable_data_folder_exit(args: argparse.Namespace, paths: AppPaths) -> int | None:
    """The data folder is a file, or the log cannot be written: say so, give the exit code."""
    if paths.data_dir.exists() and not paths.data_dir.is_dir():
        message = (translate("Resilience", "--data-dir (or RESILIENCE_DATA_DIR) must be a "
                             "folder; {path} is a file.") if paths.data_dir.is_file() else
                   translate("Resilience", "--data-dir (or RESILIENCE_DATA_DIR) must be a "
                             "folder; {path} is not a folder."))
        return fail(message.format(path=paths.data_dir), getattr(args, "no_journal_code", 1))
    try:
        start_logging(args.command, paths)
    except OSError as error:
        inside = logs_inside_data_folder(paths)
        return fail(unwritable_message(paths.data_dir if inside else paths.log_dir, error))
    return None


def _run_command_or_window(args: argparse.Namespace, paths: AppPaths, demo: bool) -> int:
    if args.command is not None:
        return _run_verb(args, paths)
    from resilience_desktop.core.startup import prefetch_check, take_start_lock

    # The writer lock first: another window's journal is not read, and this one's
    # shell preferences may be (the window shell is shown before the data layer).
    held = None if (demo or args.screenshot) else take_start_lock(paths)
    if held is not False:
        prefetch_check(paths, shell=bool(held))  # overlaps the Qt imports (or the data layer's)
    from resilience_desktop.ui.application import run_gui

    return run_gui(args, paths, demo=demo)


def _ensure_standard_streams() -> None:
    """Windows: a windowed build (PyInstaller console=False) starts with
    sys.stdout and sys.stderr set to None, and `.isatty()`/`.write()` on them
    would crash a verb. Point them at the null device: the window needs no
    console, and the verbs have the console twin resilience-desktop-cli.exe.
    On Linux and macOS the streams always exist and this does nothing."""
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            import os

            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 - for the process's life


def _quiet_broken_pipe() -> int:
    """The reader went away (`... | head`): end quietly, exit 0, as terminal tools do.

    stdout is pointed at /dev/null so the interpreter's final flush cannot fail again."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    return 0
def _run_verb(args, paths: AppPaths) -> int:
    try:
        code = args.func(args, paths)
        sys.stdout.flush()  # a closed pipe shows here, not at exit
        return code
    except BrokenPipeError:
        return _quiet_broken_pipe()
    except OSError as error:  # a path the user gave cannot be read or written
        if disk_is_full(error, paths.data_dir):
            where = Path(error.filename).parent if error.filename else paths.data_dir
            return fail(disk_full_message(where))
        where = f"{error.filename}: " if error.filename else ""
        return fail(f"{where}{error.strerror or error}")


if __name__ == "__main__":
    sys.exit(main())
