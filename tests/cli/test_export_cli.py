"""`export` never overwrites without --force, never writes into the data folder,
names the path the person gave, and writes 0600 files."""

import stat

from tests.conftest import make_journal, run_cli


def _export(tmp_path, target, *extra):
    make_journal(tmp_path / "data")
    return run_cli("export", "--format", "json", str(target), *extra,
                   "--data-dir", str(tmp_path / "data"))


def test_export_refuses_an_existing_file_without_force(tmp_path):
    target = tmp_path / "mine.json"
    target.write_text("precious")
    result = _export(tmp_path, target)
    assert result.returncode == 1
    assert f"{target} already exists; use --force" in result.stderr
    assert target.read_text() == "precious"
    forced = _export(tmp_path, target, "--force")
    assert forced.returncode == 0, forced.stderr
    assert target.read_text().startswith("{")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_export_never_writes_inside_the_data_folder(tmp_path):
    data = tmp_path / "data"
    assert run_cli("demo", "--years", "0.1", "--data-dir", str(data)).returncode == 0
    database = data / "resilience.sqlite3"
    before = database.read_bytes()
    for target in (database, data / "vault.json", data / "copy.json"):
        result = _export(tmp_path, target, "--force")
        assert result.returncode == 1
        assert "inside the data folder" in result.stderr and str(target) in result.stderr
    assert database.read_bytes() == before
    assert not (data / "vault.json").exists() and not (data / "copy.json").exists()


def test_a_missing_folder_is_named_as_given_without_internal_names(tmp_path):
    target = tmp_path / "nowhere" / "out.json"
    result = _export(tmp_path, target)
    assert result.returncode == 1
    assert str(target) in result.stderr and "does not exist" in result.stderr
    assert ".partial" not in result.stderr and "Traceback" not in result.stderr


def test_csv_export_refuses_a_folder_with_files_without_force(tmp_path):
    folder = tmp_path / "csv"
    folder.mkdir()
    (folder / "keep.txt").write_text("x")
    make_journal(tmp_path / "d")
    result = run_cli("export", "--format", "csv", str(folder), "--data-dir", str(tmp_path / "d"))
    assert result.returncode == 1 and "--force" in result.stderr
    forced = run_cli("export", "--format", "csv", str(folder), "--force",
                     "--data-dir", str(tmp_path / "d"))
    assert forced.returncode == 0
    assert stat.S_IMODE((folder / "preference.csv").stat().st_mode) == 0o600


def test_importing_a_journals_own_export_from_the_command_line_adds_nothing(tmp_path):
    data = tmp_path / "data"
    assert run_cli("demo", "--years", "0.2", "--data-dir", str(data)).returncode == 0
    target = tmp_path / "own.json"
    assert _export(tmp_path, target).returncode == 0
    again = run_cli("import", "--format", "json", str(target), "--data-dir", str(data))
    assert again.returncode == 0, again.stderr
    assert again.stdout.startswith("0 added")
    broken = tmp_path / "broken.json"
    broken.write_text(target.read_text().replace("-01\"", "-99\"", 1))  # a day 99
    refused = run_cli("import", "--format", "json", str(broken), "--data-dir", str(data))
    assert refused.returncode == 1 and "Nothing was imported" in refused.stderr
    assert "is not a real date" in refused.stderr
    assert str(broken) in refused.stderr and "Traceback" not in refused.stderr
