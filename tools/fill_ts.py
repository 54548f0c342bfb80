"""Fill a .ts file from 'source<TAB>translation' pairs (a translator's helper).

    python tools/fill_ts.py resources/translations/resilience_de.ts PAIRS.json

PAIRS.json is a list of [source, comment, translation] ([..., [one, other]] for a
plural). Messages whose source (and comment) match get the translation and lose
type="unfinished"; others are left as they are. Prints how many are still open.
Run `make translations` afterwards: lupdate writes the file back in its own layout
(so the next regeneration does not show every line as changed).
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def fill(ts: Path, pairs: list) -> tuple[int, int]:
    tree = ET.parse(ts)
    known = {(source, comment or None): text for source, comment, text in pairs}
    filled = unfinished = 0
    for message in tree.getroot().iter("message"):
        key = (message.findtext("source"), message.findtext("comment") or None)
        translation = message.find("translation")
        text = known.get(key)
        if text is not None:
            for child in list(translation):
                translation.remove(child)
            if message.get("numerus") == "yes":
                forms = text if isinstance(text, list) else [text, text]
                translation.text = None
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = text if isinstance(text, str) else text[-1]
            translation.attrib.pop("type", None)
            filled += 1
        if translation.get("type") == "unfinished":
            unfinished += 1
    ET.indent(tree, space="    ")
    with open(ts, "wb") as handle:
        handle.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(handle, encoding="utf-8", xml_declaration=False)
        handle.write(b"\n")
    return filled, unfinished


if __name__ == "__main__":
    done, still_open = fill(Path(sys.argv[1]), json.loads(Path(sys.argv[2]).read_text("utf-8")))
    print(f"{done} filled, {still_open} unfinished")
