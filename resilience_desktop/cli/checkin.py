"""`resilience-desktop checkin --scale brs|who5|rses`: answer a self-check in a terminal.

On a terminal it asks item by item. Otherwise it reads one answer per line
from stdin, as the published answer values (BRS 1-5, WHO-5 0-5, Rosenberg
3 = strongly agree ... 0 = strongly disagree); anything else is rejected
with the item number and nothing is stored. Ends with ``score: X`` and the band.
"""

from __future__ import annotations

import re
import sys
from typing import TYPE_CHECKING

from resilience_desktop.cli.common import CommandError, opened_data, read_stdin_text
from resilience_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from resilience_desktop.cli import HelpFormatter

if TYPE_CHECKING:
    import argparse

    from resilience_desktop.cli import Subparsers
    from resilience_desktop.paths import AppPaths
    from resilience_desktop.services.insights.scales import Scale

EXAMPLES = """\
examples:
  resilience-desktop checkin --scale brs          (asks item by item)
  printf '4\\n2\\n4\\n2\\n4\\n2\\n' | resilience-desktop checkin --scale brs

exit codes: 0 stored, 1 refused (nothing was stored)."""


def register(subparsers: Subparsers, parents: list[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "checkin", parents=parents,
        help="answer a self-check questionnaire (BRS, WHO-5 or Rosenberg) and store it",
        epilog=EXAMPLES, formatter_class=HelpFormatter)
    parser.add_argument("--scale", required=True, choices=("brs", "who5", "rses"),
                        help="brs: Brief Resilience Scale; who5: WHO-5 Well-Being Index; "
                             "rses: Rosenberg Self-Esteem Scale")
    parser.set_defaults(func=run)


def parse_answer(scale: Scale, number: int, text: str) -> int:
    """One answer line -> its value; CommandError naming the item otherwise."""
    cleaned = text.strip()
    # ASCII digits only: "²".isdigit() is True and "--3".lstrip("-") too, but int() refuses both
    if re.fullmatch(r"-?[0-9]{1,3}", cleaned) and int(cleaned) in scale.values:
        return int(cleaned)
    shown = repr(cleaned) if cleaned else translate("Resilience", "an empty line")
    raise CommandError(translate("Resilience", "item {number}: {shown} is not an answer; use a "
                                 "whole number {keys}. Nothing was stored.").format(
        number=number, shown=shown, keys=scale.keys_hint()))


def read_piped_answers(scale: Scale, lines: list[str]) -> list[int]:
    while lines and not lines[-1].strip():
        lines = lines[:-1]
    answers = [parse_answer(scale, n, line) for n, line in enumerate(lines, start=1)
               if n <= len(scale.items)]
    if len(lines) > len(scale.items):
        raise CommandError(translate("Resilience", "the {scale} has {items} items but {lines} "
                                     "lines were given. Nothing was stored.").format(
            scale=scale.short_name, items=len(scale.items), lines=len(lines)))
    if len(answers) < len(scale.items):
        raise CommandError(translate("Resilience", "item {number}: no answer given. Nothing was "
                                     "stored.").format(number=len(answers) + 1))
    return answers


def ask_answers(scale: Scale) -> list[int]:
    from resilience_desktop.services.insights.scale_translations import shown_scale

    scale = shown_scale(scale)  # the validated translation in the person's language, if any
    print(f"{scale.name}. {scale.stem}")
    print("  " + "   ".join(f"{value} = {label}" for value, label in scale.answers))
    answers: list[int] = []
    for number, text in enumerate(scale.items, start=1):
        while True:
            try:
                line = input(f"{number}/{len(scale.items)}. {text} [{scale.keys_hint()}]: ")
            except EOFError:
                raise CommandError(translate("Resilience", "stopped before the last item. "
                                             "Nothing was stored.")) from None
            except UnicodeDecodeError:  # bytes that are not text: ask again
                line = ""
            try:
                answers.append(parse_answer(scale, number, line))
                break
            except CommandError:
                print("  " + translate("Resilience", "Please type one of {values}.").format(
                    values=", ".join(map(str, scale.values))))
    return answers


def run(args: argparse.Namespace, paths: AppPaths) -> int:
    from resilience_desktop.services.insights import readings, responses
    from resilience_desktop.services.insights.scales import (NOT_A_DIAGNOSIS, get_scale,
                                                              score_places)

    scale = get_scale(args.scale)
    with opened_data(paths, write=True):
        if sys.stdin.isatty():
            answers = ask_answers(scale)
        else:
            answers = read_piped_answers(scale, read_stdin_text(QT_TRANSLATE_NOOP("Resilience", "answers")).splitlines())
        response_id = responses.save_response(scale.id, answers)
        scored = next(r for r in responses.latest(scale.id, 50) if r.id == response_id)
        care = readings.care_note_due()
    print(f"score: {scored.score:.{score_places(scale)}f}")  # for scripts: always "."
    if scored.band is not None:
        print(f"band: {scored.band.label}")
    print(translate("Resilience", NOT_A_DIAGNOSIS))
    if care:  # the same gentle note as the window (care rule in services/insights/readings.py)
        print()
        print(translate("Resilience", readings.CARE_NOTE))
        print(translate("Resilience", "Help lines: open Resilience and press F1, or see "
                        "findahelpline.com."))
    return 0
