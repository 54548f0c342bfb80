"""A pseudo translation of the interface, for finding untranslated and clipped text.

    python tools/pseudo_locale.py resources/translations/resilience_de.ts OUT.ts

reads the source texts of a .ts file and writes a .ts whose every translation is
the source with its letters accented, about 40 % longer (German and Spanish run
20-35 % longer than English) and wrapped in ⟦ ⟧, so a string that is not
translated shows plain ASCII and one that is clipped loses its closing ⟧.
Placeholders ({name}, %n, %1), HTML tags and entities are kept as they are.
tests/ui/test_pseudo_locale.py compiles it (pyside6-lrelease) and walks every screen.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

OPEN, CLOSE = "⟦", "⟧"
GROWTH = 0.4
_ACCENTS = str.maketrans("aeiouycnsAEIOUYCNS", "áéíöüýçñšÁÉÍÖÜÝÇÑŠ")
# Kept as written: format fields, Qt's %n/%1, tags, entities, and a mnemonic's '&'.
_KEEP = re.compile(r"(\{[^{}]*\}|%n|%L?\d|<[^<>]*>|&[a-zA-Z]+;|&#\d+;|&&|&(?=\w))")


def pseudo(text: str) -> str:
    """'Save {count} entries' -> '⟦Šávé {count} éñtríéš ·····⟧'."""
    if not text.strip():
        return text
    parts = _KEEP.split(text)
    out = "".join(part if index % 2 else part.translate(_ACCENTS)
                  for index, part in enumerate(parts))
    visible = sum(len(part) for index, part in enumerate(parts) if not index % 2)
    padding = "·" * max(1, round(visible * GROWTH) - 2)
    return f"{OPEN}{out} {padding}{CLOSE}"


def pseudo_ts(source: Path, target: Path) -> int:
    """Write target: source's messages, every one 'translated' by pseudo(); their count."""
    tree = ET.parse(source)
    root = tree.getroot()
    root.set("language", "en_US")
    count = 0
    for message in root.iter("message"):
        text = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            translation.text = None
            for _ in range(2):
                ET.SubElement(translation, "numerusform").text = pseudo(text)
        else:
            translation.text = pseudo(text)
        count += 1
    tree.write(target, encoding="utf-8", xml_declaration=True)
    return count


if __name__ == "__main__":
    print(pseudo_ts(Path(sys.argv[1]), Path(sys.argv[2])), "messages")
