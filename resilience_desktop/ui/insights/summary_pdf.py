"""The summary PDF: the summary HTML laid out by Qt's QTextDocument and written
by QPdfWriter (real text), with the charts drawn by the same matplotlib draw
functions as the tabs, as images. Used by File → Export summary (PDF)… and by
`resilience-desktop summary`. The file is written user-only (0600)."""

from __future__ import annotations

import os
from pathlib import Path

from resilience_desktop.charts.plots.images import render_png
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


def _draw_scales(figure, data: SummaryData) -> None:
    from resilience_desktop.charts import plots

    axes = figure.subplots(1, len(SCALES))
    for ax, (scale_id, scale) in zip(axes, SCALES.items()):
        points = [(r.taken_on, r.score) for r in data.scales[scale_id]]
        plots.draw_scale_history(ax, plots.ScaleSeries(
            scale.short_name, scale.score_range, points, chart_bands(scale), data.start,
            data.end))


def summary_charts(data: SummaryData) -> dict[str, bytes]:
    """PNG images by name: mood, scales, exercise."""
    from resilience_desktop.charts import plots

    return {
        "mood": render_png(lambda f: plots.draw_mood_over_time(f.add_subplot(), data.mood)),
        "scales": render_png(lambda f: _draw_scales(f, data), height=2.4, width=7.5),
        "exercise": render_png(
            lambda f: plots.draw_weekly_guideline(f.add_subplot(), data.weeks)),
    }


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


def pdf_bytes(document, title: str = "Resilience summary") -> bytes:
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QPageSize, QPdfWriter

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setTitle(title)
    writer.setCreator("Resilience")
    document.print_(writer)
    del writer  # finishes the PDF
    buffer.close()
    return bytes(buffer.data())


def write_private_file(path: Path, content: bytes, force: bool = False) -> Path:
    """Write content to path with permissions 0600, atomically; refuse to overwrite
    unless force (FileExistsError)."""
    path = Path(path)
    if path.exists() and not force:
        raise FileExistsError(f"{path} already exists.")
    temporary = path.with_name(f".{path.name}.part")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, 0o600)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return path


def write_summary_pdf(data: SummaryData, path: Path, force: bool = False) -> Path:
    return write_private_file(path, pdf_bytes(build_document(data)), force=force)
