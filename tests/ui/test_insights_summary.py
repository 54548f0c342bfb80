"""The summary PDF holds the chosen entries and not the others; the summary verb."""

import stat
from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from resilience_desktop.core import clock
from resilience_desktop.services.insights.responses import save_response
from resilience_desktop.services.journal.entries import EntryInput, save_entry
from tests.conftest import run_cli
from tests.inspection import tick_entry


def _pdf_text(path) -> str:
    return " ".join(" ".join((page.extract_text() or "").split())
                    for page in PdfReader(str(path)).pages)


def test_pdf_contains_the_ticked_entry_and_not_the_others(context, qtbot, tmp_path):
    from resilience_desktop.ui.insights.summary_dialog import SummaryDialog

    today = clock.today()
    chosen = save_entry(EntryInput(entry_date=today - timedelta(days=3), title="Shared",
                                   body="Talked about Harbourwalk with my sister.",
                                   pleasantness=2, energy=1))
    save_entry(EntryInput(entry_date=today - timedelta(days=2), title="Private",
                          body="Something about Quillfeather I keep to myself.",
                          pleasantness=-1, energy=0))
    save_response("brs", [4, 2, 4, 3, 5, 1], today - timedelta(days=1))
    dialog = SummaryDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.entry_list.count() == 2 and dialog.ticked_entry_ids() == []
    tick_entry(dialog, chosen)
    dialog.update_preview()
    assert "Harbourwalk" in dialog.preview.toPlainText()
    assert "Quillfeather" not in dialog.preview.toPlainText()
    path = tmp_path / "summary.pdf"
    assert dialog.save_to(path)
    text = _pdf_text(path)
    assert "Harbourwalk" in text and "Quillfeather" not in text
    assert "This is not a diagnosis." in text and "Brief Resilience Scale" in text
    assert "4.17" in text
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert not dialog.save_to(path)  # no silent overwrite
    assert "already exists" in dialog.message_label.text()


def test_file_menu_opens_the_summary_dialog(main_window, qtbot):
    assert main_window.summary_action in main_window.file_menu.actions()
    main_window.summary_action.trigger()
    dialog = main_window.summary_dialog
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Export summary (PDF)"
    dialog.close()


@pytest.mark.slow
def test_summary_verb_writes_a_private_pdf_without_entries(tmp_path):
    data = tmp_path / "data"
    end = date.today()
    start = end - timedelta(days=60)
    made = run_cli("demo", "--years", "0.2", "--data-dir", str(data))
    assert made.returncode == 0, made.stderr
    path = tmp_path / "out.pdf"
    args = ["summary", "--from", start.isoformat(), "--to", end.isoformat(), str(path),
            "--data-dir", str(data)]
    result = run_cli(*args)
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    text = _pdf_text(path)
    assert "Mood over time" in text and "Journal entries" not in text
    again = run_cli(*args)
    assert again.returncode == 1 and "already exists" in again.stderr
    assert "Traceback" not in again.stderr
    assert run_cli(*args, "--force").returncode == 0
    bad = run_cli("summary", "--from", end.isoformat(), "--to", start.isoformat(),
                  str(tmp_path / "x.pdf"), "--data-dir", str(data))
    assert bad.returncode == 1 and "before the start" in bad.stderr
