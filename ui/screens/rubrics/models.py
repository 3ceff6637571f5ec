"""Table models of the rubrics screen: the batch's subjects, and the editable item table."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from app.io.rubric_sheet import centi_text, points_to_centi
from app.services.rubrics import (
    ItemProblem,
    RubricItemSpec,
    RubricView,
    SubjectRubric,
    check_items,
)
from ui.labels import LEVELS, SUBJECTS, label

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
BAD_BACKGROUND = "#ffebee"


class SubjectColumns(IntEnum):
    OCCUPATION = 0
    LEVEL = 1
    SUBJECT = 2
    RUBRIC = 3
    ITEMS = 4
    STATE = 5


SUBJECT_HEADERS = {
    SubjectColumns.OCCUPATION: QT_TRANSLATE_NOOP("RubricSubjectsModel", "Occupation"),
    SubjectColumns.LEVEL: QT_TRANSLATE_NOOP("RubricSubjectsModel", "Level"),
    SubjectColumns.SUBJECT: QT_TRANSLATE_NOOP("RubricSubjectsModel", "Subject"),
    SubjectColumns.RUBRIC: QT_TRANSLATE_NOOP("RubricSubjectsModel", "Rubric"),
    SubjectColumns.ITEMS: QT_TRANSLATE_NOOP("RubricSubjectsModel", "Items"),
    SubjectColumns.STATE: QT_TRANSLATE_NOOP("RubricSubjectsModel", "State"),
}
STATE_TEXT = {
    "none": QT_TRANSLATE_NOOP("RubricSubjectsModel", "No rubric"),
    "optional": QT_TRANSLATE_NOOP("RubricSubjectsModel", "Optional"),
    "ready": QT_TRANSLATE_NOOP("RubricSubjectsModel", "Ready"),
    "bad_total": QT_TRANSLATE_NOOP("RubricSubjectsModel", "Total is not 100"),
    "frozen": QT_TRANSLATE_NOOP("RubricSubjectsModel", "In use (marks entered)"),
}


def subject_state(row: SubjectRubric) -> str:
    if row.rubric_id is None:
        return "optional" if row.kind == "theory" else "none"
    if row.frozen:
        return "frozen"
    return "ready" if row.total_centi == 10_000 else "bad_total"


class RubricSubjectsModel(QAbstractTableModel):
    """The batch's subjects with their rubric (read-only)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[SubjectRubric] = []

    def set_rows(self, rows: list[SubjectRubric]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> SubjectRubric:
        return self._rows[row]

    def row_of(self, subject_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.subject_id == subject_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(SubjectColumns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        col = SubjectColumns(index.column())
        if role == ROW_ROLE:
            return r
        if role == Qt.ItemDataRole.ForegroundRole and col is SubjectColumns.STATE:
            colours = {"ready": "#1b5e20", "frozen": "#1b5e20", "optional": "#757575"}
            return QBrush(QColor(colours.get(subject_state(r), "#b71c1c")))
        if role == Qt.ItemDataRole.ToolTipRole and col is SubjectColumns.OCCUPATION:
            return r.occupation_code
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = {
            SubjectColumns.OCCUPATION: r.occupation,
            SubjectColumns.LEVEL: label(LEVELS, r.level),
            SubjectColumns.SUBJECT: label(SUBJECTS, r.kind),
            SubjectColumns.RUBRIC: r.rubric_name,
            SubjectColumns.ITEMS: str(r.items) if r.rubric_id is not None else "",
            SubjectColumns.STATE: QCoreApplication.translate(
                "RubricSubjectsModel", str(STATE_TEXT[subject_state(r)])),
        }
        return values[col]

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(SubjectColumns):
            return QCoreApplication.translate("RubricSubjectsModel",
                                              str(SUBJECT_HEADERS[SubjectColumns(section)]))
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None


class ItemColumns(IntEnum):
    NAME = 0
    MAX = 1
    STEP = 2
    VETO = 3


ITEM_HEADERS = {
    ItemColumns.NAME: QT_TRANSLATE_NOOP("RubricItemsModel", "Item"),
    ItemColumns.MAX: QT_TRANSLATE_NOOP("RubricItemsModel", "Max points"),
    ItemColumns.STEP: QT_TRANSLATE_NOOP("RubricItemsModel", "Step"),
    ItemColumns.VETO: QT_TRANSLATE_NOOP("RubricItemsModel", "Veto item"),
}
_FIELD = {ItemColumns.NAME: "name", ItemColumns.MAX: "max", ItemColumns.STEP: "step"}


@dataclass
class EditItem:
    """An item as being edited: the points as typed."""

    name: str
    max_text: str
    step_text: str
    veto: bool


class RubricItemsModel(QAbstractTableModel):
    """The items of the rubric being edited; every change re-checks the whole list."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[EditItem] = []
        self.read_only = False
        self.problems: list[ItemProblem] = []

    # --- content -----------------------------------------------------------------------------
    def set_rubric(self, rubric: RubricView | None, *, read_only: bool = False) -> None:
        self.beginResetModel()
        self.read_only = read_only
        self._items = [EditItem(i.name, centi_text(i.max_centi), centi_text(i.step_centi),
                                i.veto) for i in (rubric.items if rubric else ())]
        self.endResetModel()
        self._check()

    def add_item(self) -> int:
        row = len(self._items)
        self.beginInsertRows(QModelIndex(), row, row)
        self._items.append(EditItem("", "", "1", False))
        self.endInsertRows()
        self._check()
        return row

    def remove_item(self, row: int) -> None:
        if 0 <= row < len(self._items):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._items[row]
            self.endRemoveRows()
            self._check()

    def move_item(self, row: int, delta: int) -> int:
        target = row + delta
        if not (0 <= row < len(self._items) and 0 <= target < len(self._items)):
            return row
        self.beginResetModel()
        self._items[row], self._items[target] = self._items[target], self._items[row]
        self.endResetModel()
        self._check()
        return target

    def specs(self) -> list[RubricItemSpec]:
        """The items with their points (unreadable points as 0; ``problems`` says so)."""
        return [RubricItemSpec(i.name, points_to_centi(i.max_text) or 0,
                               points_to_centi(i.step_text or "1") or 0, i.veto)
                for i in self._items]

    def total_centi(self) -> int:
        return sum(s.max_centi for s in self.specs())

    def _check(self) -> None:
        unreadable = []
        for pos, it in enumerate(self._items, start=1):
            for key, text in (("max", it.max_text), ("step", it.step_text or "1")):
                if points_to_centi(text) is None:
                    unreadable.append(ItemProblem(pos, key, "rubrics.bad_points", {"value": text}))
        self.problems = unreadable + [p for p in check_items(self.specs())
                                      if (p.position, p.column) not in
                                      {(u.position, u.column) for u in unreadable}]
        if self._items:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._items) - 1, len(ItemColumns) - 1))

    # --- Qt ----------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(ItemColumns)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.read_only:
            return base
        if ItemColumns(index.column()) is ItemColumns.VETO:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        it = self._items[index.row()]
        col = ItemColumns(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return {ItemColumns.NAME: it.name, ItemColumns.MAX: it.max_text,
                    ItemColumns.STEP: it.step_text, ItemColumns.VETO: None}[col]
        if role == Qt.ItemDataRole.CheckStateRole and col is ItemColumns.VETO:
            return Qt.CheckState.Checked if it.veto else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.BackgroundRole and col in _FIELD:
            if any(p.position == index.row() + 1 and p.column == _FIELD[col]
                   for p in self.problems):
                return QBrush(QColor(BAD_BACKGROUND))
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (ItemColumns.MAX,
                                                                ItemColumns.STEP):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self.read_only or not 0 <= index.row() < len(self._items):
            return False
        it = self._items[index.row()]
        col = ItemColumns(index.column())
        if col is ItemColumns.VETO and role == Qt.ItemDataRole.CheckStateRole:
            it.veto = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role == Qt.ItemDataRole.EditRole and col is not ItemColumns.VETO:
            text = str(value or "").strip()
            if col is ItemColumns.NAME:
                it.name = text
            elif col is ItemColumns.MAX:
                it.max_text = text
            else:
                it.step_text = text
        else:
            return False
        self.dataChanged.emit(index, index)
        self._check()
        return True

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(ItemColumns):
            return QCoreApplication.translate("RubricItemsModel",
                                              str(ITEM_HEADERS[ItemColumns(section)]))
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None
