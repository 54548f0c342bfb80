"""Buttons that act on a selection are enabled only while something is selected."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QAbstractButton


def enable_with_selection(view: QAbstractItemView, *buttons: QAbstractButton) -> None:
    """Keep buttons enabled exactly while view has a selected row (also after a reset)."""

    def update(*_args) -> None:
        try:
            selection = view.selectionModel()
            selected = selection is not None and selection.hasSelection()
            for button in buttons:
                button.setEnabled(selected)
        except RuntimeError:  # the view is being destroyed (its model empties itself)
            return

    view.selectionModel().selectionChanged.connect(update)
    model = view.model()
    for signal in (model.modelReset, model.rowsRemoved, model.layoutChanged):
        signal.connect(update)
    update()
