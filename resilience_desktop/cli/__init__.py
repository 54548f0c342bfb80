"""The command line: GUI flags on the top level, verbs as sub-commands.

Every module named in ``VERB_MODULES`` defines ``register(subparsers, parents)``
and adds one verb (an explicit list, not a package scan: a frozen app has no
package folder to list); its parser sets ``func(args, paths) -> int`` (the exit code).
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING

from resilience_desktop import APP_ID, __version__

if TYPE_CHECKING:
    from typing import TypeAlias

    # What build_parser hands each verb module's register(subparsers, parents).
    Subparsers: TypeAlias = argparse._SubParsersAction[argparse.ArgumentParser]


class HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """Every parser's help layout: descriptions and examples as written, wrapped to the
    terminal. The width is read here, as ``shutil.get_terminal_size`` would (COLUMNS,
    then the terminal, else 80): argparse would import shutil for it while a parser is
    built, ~3 ms of every verb (`search` is measured against jrnl)."""

    def __init__(self, prog: str, **options: int) -> None:
        options.setdefault("width", _terminal_columns() - 2)  # argparse leaves 2 spare
        super().__init__(prog, **options)


def _terminal_columns() -> int:
    try:
        columns = int(os.environ.get("COLUMNS", "0"))
    except ValueError:
        columns = 0
    if columns <= 0:
        stdout = sys.__stdout__  # None where Python has no console (pythonw on Windows)
        try:
            columns = os.get_terminal_size(stdout.fileno()).columns if stdout is not None else 80
        except (ValueError, OSError):
            columns = 80
    return columns


def _data_dir_parent() -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False, formatter_class=HelpFormatter)
    # SUPPRESS: a verb's --data-dir only overrides when given.
    parent.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS,
                        help="use DIR for the database instead of the default "
                             "(or set RESILIENCE_DATA_DIR)")
    return parent


# The modules that each add one or more verbs, in the order `--help` lists them.
VERB_MODULES = ("backup", "check", "checkin", "demo", "export_cmd", "import_cmd", "search", "summary_cmd",
                "sync_cmd", "vault_cmd", "write_cmd", "edit_cmd")

# Which module adds each verb: a verb named on the command line imports only its own
# module (the others cost ~100 ms of imports; `search` is measured against jrnl).
VERB_OWNERS = {"backup": "backup", "restore": "backup", "check": "check", "checkin": "checkin",
               "demo": "demo", "export": "export_cmd", "import": "import_cmd",
               "search": "search", "summary": "summary_cmd", "lock": "vault_cmd",
               "unlock": "vault_cmd", "passphrase": "vault_cmd", "write": "write_cmd",
               "edit": "edit_cmd"}

# Top-level options that take a value (so their value is not mistaken for a verb).
_VALUE_OPTIONS = ("--data-dir", "--screenshot")


def named_verb(argv: list[str]) -> str | None:
    """The verb argv names (its first word that is not an option or an option's value)."""
    expecting_value = False
    for token in argv:
        if expecting_value:
            expecting_value = False
        elif token in _VALUE_OPTIONS:
            expecting_value = True
        elif not token.startswith("-"):
            return token
    return None


def mentions_a_verb(argv: list[str]) -> bool:
    """True when argv may name a verb (or asks for help).

    Plain GUI launches skip importing the verb modules: start-up time is a
    feature (see benchmarks/startup.py).
    """
    expecting_value = False
    for token in argv:
        if expecting_value:
            expecting_value = False
        elif token in ("-h", "--help"):
            return True
        elif token in _VALUE_OPTIONS:
            expecting_value = True
        elif not token.startswith("-"):
            return True
    return False


def _modules_for(argv: list[str] | None) -> tuple[str, ...]:
    if argv is None:
        return VERB_MODULES
    verb = named_verb(argv)
    if verb not in VERB_OWNERS or any(a in ("-h", "--help") for a in argv[:argv.index(verb)]):
        return VERB_MODULES  # the top-level --help lists them all; a typo is told apart
    return (VERB_OWNERS[verb],)


def build_parser(with_verbs: bool = True, argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The whole parser; with argv naming a known verb (and no top-level --help), only
    that verb's module is imported and registered."""
    parser = argparse.ArgumentParser(
        prog=APP_ID,
        description="Resilience: an offline companion for building emotional resilience. "
                    "Without a command it opens the window.",
        epilog="examples:\n"
               "  resilience-desktop                        open the window\n"
               "  resilience-desktop search walk            find journal entries\n"
               "  resilience-desktop export --format json ~/resilience.json\n"
               "  resilience-desktop backup --list\n\n"
               "`resilience-desktop COMMAND --help` explains each command, with examples.",
        formatter_class=HelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", default=None,
                        help="use DIR for the database instead of the default "
                             "(or set RESILIENCE_DATA_DIR)")
    gui = parser.add_mutually_exclusive_group()
    gui.add_argument("--smoke", action="store_true",
                     help="open the database and the window, wait until idle, exit 0")
    gui.add_argument("--screenshot", metavar="DIR",
                     help="render every tab at 1280x800 to DIR/<tab>.png and exit")
    parser.add_argument("--demo", action="store_true",
                        help="open on a throw-away demo data set in a temporary directory")
    parser.add_argument("--theme", choices=("light", "dark", "system"), default=None,
                        help="show the window in this theme for this run only (the theme "
                             "chosen in Settings stays as it is); with --screenshot, the "
                             "pictures are taken in it")
    if not with_verbs:
        parser.set_defaults(command=None)
        return parser
    from importlib import import_module

    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    parents = [_data_dir_parent()]
    for name in _modules_for(argv):
        import_module(f"{__name__}.{name}").register(subparsers, parents)
    return parser
