"""`import --format dayone|apple-health|google-fit|bearable|journey` as a whole process."""

import sqlite3

import pytest

from tests.conftest import run_cli
from tests.import_samples import SAMPLES, zipped

NEW_FORMATS = ("dayone", "apple-health", "google-fit", "bearable", "journey")


def _count(data_dir, table):
    with sqlite3.connect(data_dir / "resilience.sqlite3") as connection:
        return connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def test_help_documents_every_new_format():
    result = run_cli("import", "--help")
    assert result.returncode == 0
    for name in NEW_FORMATS:
        assert f"  {name} " in result.stdout, name
    assert "counted and listed in the report" in result.stdout
    assert "docs/import-formats.md" in result.stdout


@pytest.mark.parametrize("name", ["dayone", "journey"])
def test_import_twice_adds_nothing_the_second_time(tmp_path, name):
    path = zipped(name, tmp_path / f"{name}.zip")
    data_dir = tmp_path / "data"
    first = run_cli("import", "--format", name, str(path), "--data-dir", str(data_dir))
    assert first.returncode == 0, first.stderr
    assert "Not kept" in first.stdout and "photos" in first.stdout
    entries = _count(data_dir, "journal_entry")
    again = run_cli("import", "--format", name, str(path), "--data-dir", str(data_dir))
    assert again.returncode == 0 and again.stdout.startswith("0 added")
    assert _count(data_dir, "journal_entry") == entries > 0


def test_google_fit_takes_the_takeout_folder(tmp_path):
    data_dir = tmp_path / "data"
    result = run_cli("import", "--format", "google-fit", str(SAMPLES / "google_fit"),
                     "--data-dir", str(data_dir))
    assert result.returncode == 0, result.stderr
    assert _count(data_dir, "exercise_session") == 2 and "Heart Minutes" in result.stdout


def test_wrong_format_is_a_plain_message_and_creates_nothing(tmp_path):
    data_dir = tmp_path / "data"
    result = run_cli("import", "--format", "apple-health", str(SAMPLES / "bearable.csv"),
                     "--data-dir", str(data_dir))
    assert result.returncode == 1
    assert "Nothing was imported" in result.stderr and "Traceback" not in result.stderr
    assert not (data_dir / "resilience.sqlite3").exists()
