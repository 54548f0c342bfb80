"""The first entries an import would add (date, title or first words), read-only."""

from __future__ import annotations

from resilience_desktop.ui.widgets.rows_table_model import RowsTableModel
from resilience_desktop.core.i18n import QT_TRANSLATE_NOOP


class ImportRowsTableModel(RowsTableModel):
    """Rows are services.transfer_preview_rows.PreviewRow."""

    HEADERS = (QT_TRANSLATE_NOOP("Resilience", "Date"), QT_TRANSLATE_NOOP("Resilience", "Entry"))

    def display(self, row, column: int):
        return row.day if column == 0 else row.text

    def tooltip(self, row, column: int):
        return self.display(row, column)
