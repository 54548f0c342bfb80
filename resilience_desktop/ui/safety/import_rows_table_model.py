"""The first entries an import would add (date, title or first words), read-only."""

from __future__ import annotations

from resilience_desktop.ui.widgets.rows_table_model import RowsTableModel


class ImportRowsTableModel(RowsTableModel):
    """Rows are services.transfer_preview_rows.PreviewRow."""

    HEADERS = ("Date", "Entry")

    def display(self, row, column: int):
        return row.day if column == 0 else row.text

    def tooltip(self, row, column: int):
        return self.display(row, column)
