"""Numbers a person reads follow the interface locale (QLocale): "+2,0" and "4,17" in a
German window, PDF and command line; English is unchanged; what scripts and other
programs read (the CSV and JSON exports) keeps its decimal point in every language.
docs/translations.md, "Numbers"."""

from __future__ import annotations

import io
import re
import unicodedata
from datetime import timedelta

from pypdf import PdfReader
from PySide6.QtCore import QLocale

from resilience_desktop.core import clock, i18n
from resilience_desktop.services.exercise import sessions as ex
from resilience_desktop.services.insights import responses
from resilience_desktop.ui.widgets import background
from tests.cli.test_cli_language import run
from tests.ui.main_window_helpers import shown_main_window

GERMAN = {"LANGUAGE": "de", "LC_ALL": "de_DE.UTF-8"}


def test_without_a_locale_installed_numbers_are_written_as_before():
    assert i18n.format_decimal(2.0) == "2.0"
    assert i18n.format_decimal(1234.56, 1, grouped=True) == "1,234.6"
    assert i18n.format_signed(1.96) == "+2.0" and i18n.format_signed(-1.26) == "−1.3"
    assert i18n.format_trimmed(3.5) == "3.5" and i18n.format_trimmed(8.0) == "8"
    assert i18n.format_int(12345) == "12,345"


def test_german_and_spanish_write_the_locale_s_decimal_comma_and_groups(speak):
    speak("de")
    assert i18n.format_decimal(2.0) == "2,0"
    assert i18n.format_signed(-0.5) == "−0,5" and i18n.format_signed(2) == "+2,0"
    assert i18n.format_decimal(1234.5, 1, grouped=True) == "1.234,5"
    assert i18n.format_trimmed(3.5) == "3,5" and i18n.format_int(12345) == "12.345"
    speak("es")  # Spanish groups from five digits on (CLDR): 1234, 12.345
    assert i18n.format_decimal(1234.5, 1, grouped=True) == "1234,5"
    assert i18n.format_decimal(12345.5, 1, grouped=True) == "12.345,5"
    assert i18n.format_signed(-1.26) == "−1,3"
    speak("en")
    assert i18n.format_decimal(1234.5, 1, grouped=True) == "1,234.5"


def test_a_german_window_shows_decimal_commas(speak, context, qtbot):
    speak("de")
    responses.save_response("brs", [3, 3, 3, 3, 3, 3])
    responses.save_response("brs", [4, 2, 4, 3, 5, 1])  # 4.17, up 1.17
    jogging = next(a.id for a in ex.list_activities() if a.name == "Jogging")
    ex.add_session(ex.SessionInput(clock.now() - timedelta(hours=2), jogging, 40,
                                   distance_km=5.25))
    window = shown_main_window(context, qtbot)
    window.show_tab("Insights")
    card = window.tab("Insights").selfcheck_page.cards["brs"]
    qtbot.waitUntil(background.idle, timeout=30_000)
    qtbot.waitUntil(lambda: "4,17" in card.score_label.text(), timeout=30_000)
    assert "1,17" in card.change_label.text() and "4.17" not in card.score_label.text()
    window.show_tab("Exercise")
    model = window.tab("Exercise").session_view.model()
    assert [model.index(row, 6).data() for row in range(model.rowCount())] == ["5,25 km"]


def test_chart_tick_labels_follow_the_locale(speak, qapp):
    from resilience_desktop.charts.canvas import ChartCanvas

    def draw(figure):
        figure.add_subplot().plot([0, 1, 2], [0.5, 1.5, 2.5])

    speak("de")
    canvas = ChartCanvas(draw)
    canvas.draw_now()
    labels = [t.get_text() for t in canvas.figure.axes[0].get_yticklabels()]
    assert "1,50" in labels and not any("." in label for label in labels), labels
    speak("en")
    canvas.mark_stale()
    canvas.draw_now()
    assert "1.50" in [t.get_text() for t in canvas.figure.axes[0].get_yticklabels()]
    canvas.deleteLater()


def _pdf_text(path) -> str:
    pages = PdfReader(io.BytesIO(path.read_bytes())).pages
    text = " ".join(" ".join(page.extract_text().split()) for page in pages)
    return unicodedata.normalize("NFKC", text)


def test_a_german_command_line_writes_comma_decimals_and_exports_stay_plain(qm_dir, tmp_path):
    journal = tmp_path / "journal"
    code, out, err, _ = run(qm_dir, "demo", "--years", "0.5", "--data-dir", str(journal),
                            env=GERMAN)
    assert code == 0 and out.startswith("Demodaten für 0,5 Jahre"), (out, err)
    today = clock.today()
    period = ("--from", (today - timedelta(days=200)).isoformat(), "--to", today.isoformat())
    code, out, err, _ = run(qm_dir, "summary", "--data-dir", str(journal), *period,
                            str(tmp_path / "de.pdf"), env=GERMAN)
    assert code == 0, err
    text = _pdf_text(tmp_path / "de.pdf")
    assert re.search(r"Mittleres Wohlbefinden [+−]\d+,\d, mittlere Energie [+−]\d+,\d", text), text
    code, out, err, _ = run(qm_dir, "summary", "--data-dir", str(journal), *period,
                            str(tmp_path / "en.pdf"))
    assert re.search(r"Average pleasantness [+−]\d+\.\d, average energy [+−]\d+\.\d",
                     _pdf_text(tmp_path / "en.pdf"))
    for language, env in (("de", GERMAN), ("en", None)):
        for kind, target in (("csv", f"csv-{language}"), ("json", f"{language}.json")):
            code, out, err, _ = run(qm_dir, "export", "--data-dir", str(journal), "--format",
                                    kind, str(tmp_path / target), env=env)
            assert code == 0, err
    assert (tmp_path / "de.json").read_bytes() == (tmp_path / "en.json").read_bytes()
    sessions = (tmp_path / "csv-de" / "exercise_session.csv").read_text(encoding="utf-8")
    assert sessions == (tmp_path / "csv-en" / "exercise_session.csv").read_text(encoding="utf-8")
    assert re.search(r",\d+\.\d+,", sessions)  # distance_km with its decimal point
    for csv in (tmp_path / "csv-de").iterdir():
        assert csv.read_bytes() == (tmp_path / "csv-en" / csv.name).read_bytes(), csv.name


def test_a_chart_read_by_a_screen_reader_speaks_the_window_s_language(speak, qapp):
    """The chart's text description (its accessible description and "Show data as
    text") is in German with German numbers and month names, as the chart itself."""
    from datetime import date

    from resilience_desktop.charts.canvas import ChartCanvas

    days = [date(2026, 3, 1) + timedelta(days=n) for n in range(60)]

    def draw(figure):
        ax = figure.add_subplot()
        ax.plot(days, [1.25 + n % 3 for n in range(60)], label="Stimmung")
        ax.set_ylabel("Angenehm")
        ax.scatter([days[0], days[1]], [1, 2])

    speak("de")
    canvas = ChartCanvas(draw)
    canvas.draw_now()
    text = canvas.text_summary
    assert "Senkrecht: Angenehm" in text, text
    assert ("Stimmung: 60 Werte von 01 Mär 2026 bis 29 Apr 2026; niedrigster 1,25, "
            "höchster 3,25, letzter 3,25") in text, text
    assert "2 Punkte" in text, text
    assert canvas.accessibleDescription().startswith(text[:40])
    speak("en")
    canvas.mark_stale()
    canvas.draw_now()
    assert "Up: Angenehm" in canvas.text_summary
    assert "60 values from 01 Mar 2026 to 29 Apr 2026; lowest 1.25, highest 3.25" in \
        canvas.text_summary, canvas.text_summary
    canvas.deleteLater()
