"""The summary PDF: the summary HTML laid out by Qt's QTextDocument and written
by QPdfWriter (real text), with the charts drawn by the same matplotlib draw
functions as the tabs, as images. Used by File → Export summary (PDF)… and by
`resilience-desktop summary`. The file is written user-only (0600).

It lives in charts/ (below ui/ and cli/, which both use it) because it draws with
QtGui only (QTextDocument, QPdfWriter, QImage: no widgets); charts/plots/ stays
Qt-free. The import-linter layers contract (pyproject.toml) keeps cli/ off ui/."""

from __future__ import annotations

import os
from pathlib import Path

from resilience_desktop.charts.plots.images import render_png
from resilience_desktop.core.i18n import translate
from resilience_desktop.services.insights.scales import SCALES, chart_bands
from resilience_desktop.services.insights.summary import SummaryData, summary_html


def ensure_gui_application():
    """QTextDocument and QPdfWriter need a QGuiApplication (fonts); headless is fine."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication([])
    return app


# Charts are drawn on a figure narrower than the printed width (IMAGE_WIDTH) so their text
# prints about 1.3 times the size it has in the window: 8 pt legends read as 10 pt on paper.
FIGURE_WIDTH = 4.8  # inches; printed about 6.3 inches wide
SCALE_ROW_HEIGHT = 1.5  # room for the two-line band labels of WHO-5
PDF_DPI = 200  # sharp on paper (the window draws at the screen's)


def _answered(data: SummaryData) -> list[str]:
    return [scale_id for scale_id in SCALES if data.scales[scale_id]]


def _draw_scales(figure, data: SummaryData) -> None:
    """One full-width row per questionnaire answered in the period (the table names the
    others), so its band labels stay readable."""
    from resilience_desktop.charts import plots

    answered = _answered(data)
    axes = figure.subplots(len(answered), 1, squeeze=False)[:, 0]
    for ax, scale_id in zip(axes, answered):
        scale = SCALES[scale_id]
        points = [(r.taken_on, r.score) for r in data.scales[scale_id]]
        plots.draw_scale_history(ax, plots.ScaleSeries(
            scale.short_name, scale.score_range, points, chart_bands(scale), data.start,
            data.end))


def _draw_mood(figure, data: SummaryData) -> None:
    from resilience_desktop.charts import plots

    ax = figure.add_subplot()
    plots.draw_mood_over_time(ax, data.mood)
    ax.set_title("", loc="left")  # the section heading says it (and the legend needs room)


def _draw_exercise(figure, data: SummaryData) -> None:
    from resilience_desktop.charts import plots
    from resilience_desktop.services.insights.summary_figures import is_partial

    ax = figure.add_subplot()
    plots.draw_weekly_guideline(ax, data.weeks)
    ax.set_title("")  # the section heading above says it
    plots.mark_partial_weeks(ax, data.weeks, [w.start for w in data.weeks
                                              if is_partial(w.start, data.start, data.end)])


def summary_charts(data: SummaryData) -> dict[str, bytes]:
    """PNG images by name: mood, scales (when any was answered), exercise."""

    charts = {"mood": render_png(lambda f: _draw_mood(f, data), width=FIGURE_WIDTH, height=2.2,
                                 dpi=PDF_DPI)}
    answered = len(_answered(data))
    if answered:
        charts["scales"] = render_png(lambda f: _draw_scales(f, data), width=FIGURE_WIDTH,
                                      height=SCALE_ROW_HEIGHT * answered + 0.2, dpi=PDF_DPI)
    charts["exercise"] = render_png(lambda f: _draw_exercise(f, data), width=FIGURE_WIDTH,
                                    height=2.3, dpi=PDF_DPI)
    return charts


def summary_header(data: SummaryData) -> str:
    if data.name:
        return translate("Resilience", "Resilience summary: {name}, {period}").format(
            name=data.name, period=data.period)
    return translate("Resilience", "Resilience summary: {period}").format(period=data.period)


def build_document(data: SummaryData):
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QImage, QTextDocument

    ensure_gui_application()
    charts = summary_charts(data)
    document = QTextDocument()
    document.setDefaultStyleSheet("body { font-size: 10pt; } h1 { font-size: 16pt; }"
                                  " h2 { font-size: 13pt; } td, th { font-size: 9pt; }")
    for name, png in charts.items():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"chart:{name}"),
                             QImage.fromData(png))
    document.setHtml(summary_html(data, list(charts)))
    return document


def pdf_bytes(document, title: str = "", header: str = "") -> bytes:
    """A4 pages with `header` (the period) on top and "Page n of m" at the bottom of each."""
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QPageSize, QPdfWriter

    from resilience_desktop.charts.summary_pages import paint_pages

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setTitle(title or translate("Resilience", "Resilience summary"))
    writer.setCreator("Resilience")
    paint_pages(document, writer, header)
    del writer  # finishes the PDF
    buffer.close()
    return bytes(buffer.data())


def write_summary_pdf(data: SummaryData, path: Path, data_dir: Path, force: bool = False) -> Path:
    """The PDF at path through the output guard (core/output_path): never inside the
    data folder, never over a device, pipe or folder, an existing file only with force."""
    from resilience_desktop.core.output_path import check_output_file, write_guarded_bytes

    check_output_file(path, data_dir, force)  # before the PDF is built
    pdf = pdf_bytes(build_document(data), header=summary_header(data))
    return write_guarded_bytes(path, data_dir, pdf, force)
