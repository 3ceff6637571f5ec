"""The read-only table of a summary screen: whole rows selected one at a time, no editing, no
row numbers, the last column stretched."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


def rows_table(parent: QWidget, model: QAbstractItemModel, *,
               resize: QHeaderView.ResizeMode = QHeaderView.ResizeMode.Interactive
               ) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(resize)
    return view
