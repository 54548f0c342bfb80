"""Fail on code blocks that radon grades too complex (`make test` runs this).

    python tools/check_complexity.py [ROOT]

radon's cyclomatic complexity (the same grades as `radon cc`: A 1–5, B 6–10, C 11–20,
D 21–30, E 31–40, F 41+) of every function, method and class under ROOT
(resilience_desktop/ by default). A block graded worse than its folder allows is
printed with its grade and the run exits 1. Everywhere the worst grade allowed is C;
the folders and files in STRICTER allow less (their blocks were split into named helpers,
issue 21: keep them so, and add a folder once radon grades all of it B).
"""

from __future__ import annotations

import sys
from pathlib import Path

from radon.complexity import cc_rank, cc_visit, sorted_results

REPO = Path(__file__).resolve().parent.parent
WORST_ALLOWED = "C"
#: folder (relative to the repository) -> the worst grade allowed in it
#: (core/ and services/ grade B or better everywhere since session 8, cli/ and ui/ since
#: session 9: their C blocks were split into named helpers. charts/ still holds C blocks:
#: add it here once radon grades all of it B.)
STRICTER = {
    "resilience_desktop/core": "B",
    "resilience_desktop/services": "B",
    "resilience_desktop/cli": "B",
    "resilience_desktop/ui": "B",
}


def allowed_grade(relative: str) -> str:
    """The worst grade allowed for a file (the deepest STRICTER entry holding it, else C)."""
    matches = [folder for folder in STRICTER
               if relative == folder or relative.startswith(folder + "/")]
    return STRICTER[max(matches, key=len)] if matches else WORST_ALLOWED


def too_complex(root: Path) -> list[str]:
    """'path:line name - grade (complexity), at most X here' for every block over its limit."""
    found = []
    for path in sorted(root.rglob("*.py")):
        relative = path.resolve().relative_to(REPO).as_posix()
        worst = allowed_grade(relative)
        for block in sorted_results(cc_visit(path.read_text(encoding="utf-8"))):
            grade = cc_rank(block.complexity)
            if grade > worst:
                found.append(f"{relative}:{block.lineno} {block.fullname} - {grade} "
                             f"({block.complexity}), at most {worst} here")
    return found


def main(argv: list[str]) -> int:
    root = Path(argv[0]) if argv else REPO / "resilience_desktop"
    found = too_complex(root)
    for line in found:
        print(line)
    if found:
        print(f"{len(found)} blocks too complex (radon cc): split them into named helpers "
              "(tools/check_complexity.py).", file=sys.stderr)
        return 1
    print("complexity: every block within its grade (radon cc)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
