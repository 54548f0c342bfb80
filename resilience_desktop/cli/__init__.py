"""The command line: GUI flags on the top level, verbs as sub-commands.

Every module named in ``VERB_MODULES`` defines ``register(subparsers, parents)``
and adds one verb (an explicit list, not a package scan: a frozen app has no
package folder to list); its parser sets ``func(args, paths) -> int`` (the exit code).
"""

from __future__ import annotations

import argparse

from resilience_desktop import APP_ID, __version__


def _data_dir_parent() -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    # SUPPRESS: a verb's --data-dir only overrides when given.
    parent.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS,
                        help="use DIR for the database instead of the default "
                             "(or set RESILIENCE_DATA_DIR)")
    return parent


#: The modules that each add one or more verbs, in the order `--help` lists them.
VERB_MODULES = ("backup", "check", "checkin", "demo", "export_cmd", "import_cmd", "search", "summary_cmd",
                "sync_cmd", "vault_cmd", "write_cmd", "edit_cmd")

#: Top-level options that take a value (so their value is not mistaken for a verb).
_VALUE_OPTIONS = ("--data-dir", "--screenshot")


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


def build_parser(with_verbs: bool = True) -> argparse.ArgumentParser:
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
        formatter_class=argparse.RawDescriptionHelpFormatter,
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
    if not with_verbs:
        parser.set_defaults(command=None)
        return parser
    from importlib import import_module

    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    parents = [_data_dir_parent()]
    for name in VERB_MODULES:
        import_module(f"{__name__}.{name}").register(subparsers, parents)
    return parser
