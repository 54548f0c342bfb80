"""`export --format json|csv PATH` and `import --format json|daylio|jrnl FILE` as processes."""

import json

import pytest

from tests.conftest import run_cli


@pytest.mark.slow
def test_export_import_round_trip_through_the_command_line(tmp_path):
    source, target = tmp_path / "source", tmp_path / "target"
    assert run_cli("demo", "--years", "0.2", "--data-dir", str(source)).returncode == 0
    exported = run_cli("export", "--format", "json", str(tmp_path / "a.json"), "--data-dir", str(source))
    assert exported.returncode == 0, exported.stderr
    imported = run_cli("import", "--format", "json", str(tmp_path / "a.json"), "--data-dir", str(target))
    assert imported.returncode == 0, imported.stderr and "added" in imported.stdout
    again = run_cli("export", "--format", "json", str(tmp_path / "b.json"), "--data-dir", str(target))
    assert again.returncode == 0
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()
    assert json.loads((tmp_path / "a.json").read_text())["tables"]["journal_entry"]["rows"]
    csv_run = run_cli("export", "--format", "csv", str(tmp_path / "csv"), "--data-dir", str(source))
    assert csv_run.returncode == 0 and (tmp_path / "csv" / "journal_entry.csv").exists()


@pytest.mark.slow
def test_import_of_a_broken_file_is_a_plain_error(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("full_date,time,mood,activities,note_title,note\nnope,,,,,\n")
    result = run_cli("import", "--format", "daylio", str(bad), "--data-dir", str(tmp_path / "d"))
    assert result.returncode == 1
    assert 'Line 2, field "full_date"' in result.stderr and "Nothing was imported" in result.stderr
    assert "Traceback" not in result.stderr
