"""Random and mutated files into every importer: success or a clear ImportFailed, never
a crash or a hang, and the database unchanged whenever the import failed."""

import io
import json
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from resilience_desktop.cli.import_cmd import IMPORT_FORMATS, importer_for
from resilience_desktop.core.db import database
from resilience_desktop.services.reading.report import ImportFailed
from tests.services.import_state import every_row

SEEDS = {
    "json": json.dumps({"format": "resilience-export", "format_version": 1, "schema_version": 1,
                        "tables": {"preference": {"columns": ["key", "value"],
                                                  "rows": [["a", "1"], ["b", '"x"']]},
                                   "person": {"columns": ["id", "name"], "rows": [[7, "Ann"]]}}}),
    "daylio": "full_date,date,weekday,time,mood,activities,note_title,note\n"
              "2024-03-02,March 2,Saturday,8:15 PM,rad,friends | walking,Day,Walk<br>ok\n"
              "2024-03-01,March 1,Friday,21:00,meh,,,\"Tired, ok\"\n",
    "jrnl": json.dumps({"entries": [{"title": "T", "body": "B @x", "date": "2024-02-01",
                                     "time": "09:00", "tags": ["@x"], "starred": True}]}),
    "vcard": "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Example\r\nBDAY:1990-04-01\r\nEND:VCARD\r\n",
    "strava-csv": "Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance\n"
                  "1,\"Mar 1, 2024, 7:00:00 AM\",Morning Run,Run,1800,5.0\n",
    "exercise-csv": "date,activity,minutes\n2024-03-01,walking,30\n",
}
#: Issue 22's importers read zips and XML: small realistic seed files, a folder standing
#: for the zip the app exports (one member is mutated, then the folder is zipped).
SEED_FILES = Path(__file__).resolve().parents[1] / "fixtures" / "fuzz_seeds"
FILE_SEEDS = {"dayone": "dayone", "apple-health": "apple-health.xml", "google-fit": "google-fit",
              "bearable": "bearable.csv", "journey": "journey"}
FUZZ = settings(max_examples=40, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


def _mutate(text: str, data) -> bytes:
    raw = bytearray(text.encode("utf-8"))
    for _ in range(data.draw(st.integers(1, 6))):
        action = data.draw(st.sampled_from(["flip", "delete", "insert", "truncate", "duplicate"]))
        position = data.draw(st.integers(0, max(0, len(raw) - 1)))
        if action == "flip" and raw:
            raw[position] = data.draw(st.integers(0, 255))
        elif action == "delete" and raw:
            del raw[position:position + data.draw(st.integers(1, 20))]
        elif action == "insert":
            raw[position:position] = data.draw(st.binary(max_size=20)) or b","
        elif action == "truncate":
            del raw[position:]
        elif action == "duplicate":
            raw[position:position] = raw[position:position + 40]
    return bytes(raw)


def _seed(fmt: str) -> Path:
    return SEED_FILES / FILE_SEEDS[fmt]


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def _mutated_seed(fmt: str, data) -> tuple[bytes, str]:
    """(a mutated copy of fmt's seed, the file suffix it goes under)."""
    if fmt in SEEDS:
        return _mutate(SEEDS[fmt], data), ""
    seed = _seed(fmt)
    if seed.is_file():
        return _mutate(seed.read_text("utf-8"), data), seed.suffix
    members = sorted(seed.iterdir())
    target = data.draw(st.sampled_from(members))
    return _zip({m.name: _mutate(m.read_text("utf-8"), data) if m == target else m.read_bytes()
                 for m in members}), ".zip"


def _unmutated_seed(fmt: str) -> tuple[bytes, str]:
    seed = _seed(fmt)
    if seed.is_file():
        return seed.read_bytes(), seed.suffix
    return _zip({m.name: m.read_bytes() for m in sorted(seed.iterdir())}), ".zip"


def _run(fmt: str, payload: bytes, tmp_path, suffix: str = ""):
    path = tmp_path / f"fuzz.{fmt}{suffix}"
    path.write_bytes(payload)
    before = every_row()
    try:
        importer_for(fmt)(path)
    except ImportFailed as error:
        assert str(error).strip()
        assert every_row() == before  # every row of every table, search index included
    assert not database.obj.in_transaction()


@pytest.mark.parametrize("fmt", sorted(IMPORT_FORMATS))
@FUZZ
@given(payload=st.binary(max_size=400))
def test_random_bytes(db, tmp_path, fmt, payload):
    _run(fmt, payload, tmp_path)


@pytest.mark.parametrize("fmt", sorted(IMPORT_FORMATS))
@FUZZ
@given(data=st.data())
def test_mutated_valid_files(db, tmp_path, fmt, data):
    payload, suffix = _mutated_seed(fmt, data)
    _run(fmt, payload, tmp_path, suffix)


def test_every_format_has_a_seed():
    assert set(IMPORT_FORMATS) == set(SEEDS) | set(FILE_SEEDS)


@pytest.mark.parametrize("fmt", sorted(FILE_SEEDS))
def test_each_seed_file_imports_as_it_is(db, tmp_path, fmt):
    """A seed that does not import would only ever fuzz the first check."""
    payload, suffix = _unmutated_seed(fmt)
    path = tmp_path / f"seed{suffix}"
    path.write_bytes(payload)
    report = importer_for(fmt)(path)
    assert report.added, f"{fmt}: the seed adds nothing"
