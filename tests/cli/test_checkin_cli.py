"""`resilience-desktop checkin --scale ...` with answers piped on stdin."""

import sqlite3

import pytest

from tests.conftest import make_journal, run_cli


def _responses(data):
    db = data / "resilience.sqlite3"
    if not db.exists():
        return []
    with sqlite3.connect(db) as conn:
        try:
            return conn.execute("SELECT r.scale, group_concat(a.value, '') FROM insights_response r"
                                " JOIN insights_answer a ON a.response_id = r.id"
                                " GROUP BY r.id ORDER BY r.id").fetchall()
        except sqlite3.OperationalError:
            return []


@pytest.mark.slow
@pytest.mark.parametrize("scale, lines, score, band", [
    ("brs", "4\n2\n4\n3\n5\n1\n", "score: 4.17", "band: normal"),
    ("brs", "3\n3\n3\n3\n3\n4\n", "score: 2.83", "band: low"),
    ("who5", "2\n1\n1\n1\n2\n", "score: 28", "band: suggests likely depression"),
    ("rses", "3\n0\n3\n3\n0\n0\n3\n0\n0\n3\n", "score: 30", None),
])
def test_piped_answers_are_stored_and_scored(tmp_path, scale, lines, score, band):
    data = make_journal(tmp_path / "data")
    result = run_cli("checkin", "--scale", scale, "--data-dir", str(data), input=lines)
    assert result.returncode == 0, result.stderr
    out = result.stdout.splitlines()
    assert score in out
    assert (band in out) if band else not any(line.startswith("band:") for line in out)
    assert "This is not a diagnosis." in out
    care = "You don't have to carry them alone" in result.stdout
    assert care is (score == "score: 28")  # the care note, gently, only at WHO-5 <= 28 here
    assert _responses(data) == [(scale, lines.replace("\n", ""))]


@pytest.mark.slow
@pytest.mark.parametrize("scale, lines, message", [
    ("brs", "4\n2\n0\n3\n5\n1\n", "item 3"),  # 0 is not a BRS answer
    ("who5", "5\n6\n5\n5\n5\n", "item 2"),
    ("rses", "3\n0\n3\n3\n0\n0\nagree\n0\n0\n3\n", "item 7"),
    ("brs", "4\n2\n4\n", "item 4: no answer"),
    ("who5", "1\n1\n1\n1\n1\n1\n", "5 items but 6 lines"),
    ("brs", "4\n\n4\n3\n5\n1\n", "item 2"),
])
def test_bad_answers_name_the_item_and_store_nothing(tmp_path, scale, lines, message):
    data = make_journal(tmp_path / "data")
    result = run_cli("checkin", "--scale", scale, "--data-dir", str(data), input=lines)
    assert result.returncode == 1
    assert message in result.stderr and "Nothing was stored" in result.stderr
    assert "Traceback" not in result.stderr
    assert _responses(data) == []


def test_asked_item_by_item_in_german_the_who5_is_the_validated_german_text(monkeypatch,
                                                                             capsys):
    """In a terminal, a German person reads the validated German WHO-5, as in the window
    (the scale's items are content: only the published translation is used)."""
    from resilience_desktop.cli import checkin
    from resilience_desktop.core import i18n
    from resilience_desktop.services.insights.scale_translations import WHO5_DE
    from resilience_desktop.services.insights.scales import get_scale

    i18n.install(lambda context, text, disambiguation=None, n=-1: text, language="de")
    monkeypatch.setattr("builtins.input", lambda prompt: print(prompt) or "3")
    try:
        answers = checkin.ask_answers(get_scale("who5"))
    finally:
        i18n.install(None)
    shown = capsys.readouterr().out
    assert answers == [3, 3, 3, 3, 3]
    assert WHO5_DE.stem in shown and all(item in shown for item in WHO5_DE.items)
    assert "Die ganze Zeit" in shown
