"""Hypothesis fuzz of every importer's VALUES (the outline stays valid): dates, times,
numbers, references, encodings and field counts. Each file imports or is refused
with a plain ImportFailed, and a refused file leaves the database byte-identical."""

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from resilience_desktop.cli.import_cmd import importer_for
from resilience_desktop.core.db import database
from resilience_desktop.services.reading.report import ImportFailed
from tests.services.import_state import database_bytes, every_row

FUZZ = settings(max_examples=25, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

dates = st.one_of(st.dates().map(str), st.sampled_from(
    ["2024-02-30", "2024-13-01", "0000-00-00", "not-a-date", "", "2024-1-1", "9999-12-31"]),
    st.text(max_size=12))
times = st.one_of(st.times().map(lambda t: t.strftime("%H:%M")), st.sampled_from(
    ["99:99", "24:00", "12:60", "8:15 PM", "13:00 PM", "0:00 AM", "", "noon"]), st.text(max_size=8))
numbers = st.one_of(st.integers(-10**20, 10**20), st.floats(allow_nan=True, allow_infinity=True),
                    st.sampled_from([0, -1, 1, 30, 1440, 1441, 2**63, -(2**63) - 1]))
texts = st.text(max_size=30)  # may hold lone surrogates


def _run(db, tmp_path, fmt: str, payload: bytes) -> None:
    path = tmp_path / f"fuzz.{fmt}"
    path.write_bytes(payload)
    rows, raw = every_row(), database_bytes(db)
    try:
        importer_for(fmt)(path)
    except ImportFailed as error:
        assert str(error).strip()
        assert every_row() == rows and database_bytes(db) == raw
    assert not database.obj.in_transaction()


def _encode(text: str, data) -> bytes:
    encoding = data.draw(st.sampled_from(["utf-8", "utf-8", "utf-8-sig", "utf-16", "cp1252"]))
    return text.encode(encoding, errors="surrogatepass" if encoding.startswith("utf") else "replace")


def _csv_cell(value) -> str:
    text = str(value)
    return '"' + text.replace('"', '""') + '"' if any(c in text for c in ',"\n\r') else text


def _row(cells: list, data) -> str:
    cut = data.draw(st.integers(0, len(cells)))  # field counts: sometimes fewer or more cells
    cells = cells[:cut] if data.draw(st.booleans()) and cut else cells
    if data.draw(st.integers(0, 9)) == 0:
        cells = cells + ["extra"]
    return ",".join(_csv_cell(c) for c in cells)


@FUZZ
@given(data=st.data())
def test_json_export_values(db, tmp_path, data):
    entry = [1, data.draw(dates), data.draw(texts), data.draw(numbers), data.draw(dates) + " 10:00:00",
             data.draw(st.sampled_from([None, 1, 2, 99, -1])), "0123456789abcdef" * 2,
             "2024-01-01 10:00:00"]
    session = [1, data.draw(dates) + " " + data.draw(times), data.draw(st.sampled_from([1, 5, 999])),
               data.draw(numbers), data.draw(numbers), "2024-01-01 10:00:00"]
    document = {"format": "resilience-export", "format_version": data.draw(st.sampled_from([1, 2])),
                "schema_version": 5, "tables": {
                    "journal_entry": {"columns": ["id", "entry_date", "body", "pleasantness",
                                                  "created_at", "follow_up_of_id", "uid",
                                                  "updated_at"],
                                      "rows": [entry]},
                    "exercise_session": {"columns": ["id", "started_at", "activity_id", "minutes",
                                                     "distance_km", "created_at"],
                                         "rows": [session]}}}
    text = json.dumps(document, allow_nan=True)
    _run(db, tmp_path, "json", _encode(text, data))


@FUZZ
@given(data=st.data())
def test_daylio_values(db, tmp_path, data):
    head = "full_date,date,weekday,time,mood,activities,note_title,note\n"
    rows = [_row([data.draw(dates), "x", "y", data.draw(times), data.draw(texts),
                  data.draw(texts), data.draw(texts), data.draw(texts)], data) for _ in range(2)]
    _run(db, tmp_path, "daylio", _encode(head + "\n".join(rows), data))


@FUZZ
@given(data=st.data())
def test_jrnl_values(db, tmp_path, data):
    entry = {"date": data.draw(dates), "time": data.draw(times), "title": data.draw(texts),
             "body": data.draw(texts), "tags": data.draw(st.lists(texts, max_size=5)),
             "starred": data.draw(st.booleans())}
    _run(db, tmp_path, "jrnl", _encode(json.dumps({"entries": [entry]}, ensure_ascii=False), data))


@FUZZ
@given(data=st.data())
def test_strava_values(db, tmp_path, data):
    head = "Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance\n"
    moment = data.draw(st.one_of(st.datetimes().map(lambda d: d.strftime("%b %d, %Y, %I:%M:%S %p")),
                                 texts))
    row = _row([1, moment, data.draw(texts), data.draw(st.sampled_from(["Run", "Walk", "x"])),
                data.draw(numbers), data.draw(numbers)], data)
    _run(db, tmp_path, "strava-csv", _encode(head + row + "\n", data))


@FUZZ
@given(data=st.data())
def test_exercise_csv_values(db, tmp_path, data):
    row = _row([data.draw(dates) + " " + data.draw(times), "Jogging", data.draw(numbers),
                data.draw(texts)], data)
    _run(db, tmp_path, "exercise-csv", _encode("date,activity,minutes,notes\n" + row + "\n", data))


@FUZZ
@given(data=st.data())
def test_vcard_values(db, tmp_path, data):
    card = (f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{data.draw(texts)}\r\n"
            f"BDAY:{data.draw(dates)}\r\nNOTE:{data.draw(texts)}\r\nEND:VCARD\r\n")
    _run(db, tmp_path, "vcard", _encode(card, data))


@pytest.mark.parametrize("fmt", ["json", "jrnl", "daylio", "vcard", "strava-csv", "exercise-csv"])
def test_every_importer_accepts_an_empty_or_whitespace_file_plainly(db, tmp_path, fmt):
    _run(db, tmp_path, fmt, b"\xef\xbb\xbf  \n")
