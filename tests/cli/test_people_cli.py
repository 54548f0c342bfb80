"""`resilience-desktop import --format vcard FILE` as a whole process."""

import sqlite3

import pytest

from tests.conftest import run_cli

CARDS = ("BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;J=C3=BCrgen\r\n"
         "END:VCARD\r\nBEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ann Lee\r\nEND:VCARD\r\n")


@pytest.mark.slow
def test_import_vcard_then_again_skips_existing(tmp_path):
    data = tmp_path / "data"
    path = tmp_path / "contacts.vcf"
    path.write_bytes(CARDS.encode("utf-8"))
    first = run_cli("import", "--format", "vcard", str(path), "--data-dir", str(data))
    assert first.returncode == 0, first.stderr
    assert "2 added, 0 skipped" in first.stdout
    second = run_cli("import", "--format", "vcard", str(path), "--data-dir", str(data))
    assert "0 added, 2 skipped" in second.stdout and "Ann Lee" in second.stdout
    names = sqlite3.connect(data / "resilience.sqlite3").execute("SELECT name FROM person").fetchall()
    assert sorted(n for (n,) in names) == ["Ann Lee", "Jürgen Müller"]


@pytest.mark.slow
def test_import_broken_vcard_fails_plainly(tmp_path):
    path = tmp_path / "broken.vcf"
    path.write_text("BEGIN:VCARD\nFN:Ann\n", encoding="utf-8")
    result = run_cli("import", "--format", "vcard", str(path), "--data-dir", str(tmp_path / "d"))
    assert result.returncode == 1
    assert "never ends" in result.stderr and "Traceback" not in result.stderr
