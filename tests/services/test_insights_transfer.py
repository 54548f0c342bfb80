"""Insights rows survive JSON export and import: scores, strengths and their examples."""

from datetime import date

from resilience_desktop.core.db import close_database
from resilience_desktop.core.startup import open_app_database
from resilience_desktop.paths import AppPaths
from resilience_desktop.services.insights import responses
from resilience_desktop.services.insights import strengths as st
from resilience_desktop.services.journal.entries import EntryInput, save_entry
from resilience_desktop.services.transfer.document import export_json_file, import_json_file


def _snapshot():
    scores = {s: [(r.taken_on, r.answers, r.score) for r in responses.history(s)]
              for s in ("brs", "who5", "rses")}
    kept = [(s.name, s.description, [(x.entry_date, x.excerpt) for x in s.examples])
            for s in st.list_strengths()]
    return scores, kept


def test_export_then_import_into_an_empty_folder_and_again(db, tmp_path):
    entry = save_entry(EntryInput(entry_date=date(2026, 10, 3), body="Kept going on the hill."))
    responses.save_response("brs", [4, 2, 4, 3, 5, 1], date(2026, 10, 1))
    responses.save_response("who5", [3, 3, 3, 2, 2], date(2026, 10, 2))
    responses.save_response("rses", [3, 0, 3, 3, 0, 0, 3, 0, 0, 3], date(2026, 10, 3))
    st.add_example(st.save_strength("Perseverance", "I keep going."), entry)
    before = _snapshot()
    document = export_json_file(tmp_path / "all.json")
    close_database()
    open_app_database(AppPaths.resolve(tmp_path / "fresh"))
    import_json_file(document)
    assert _snapshot() == before
    import_json_file(document)  # the same file again changes nothing
    assert _snapshot() == before
