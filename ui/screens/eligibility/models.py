"""Table models of the eligibility screen: the applications (filtered by state and text) and
the editable conditions of one occupation and level."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from app.rules.eligibility import KINDS, Condition
from app.services.eligibility_import import reasons_text
from app.services.eligibility_queries import ApplicationRow
from ui.dialogs import qt_translate
from ui.labels import ELIGIBILITY, LEVELS, label

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
STATE_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3

KIND_LABELS = {
    "min_age": QT_TRANSLATE_NOOP("EligibilityLabels", "Minimum age"),
    "work_years": QT_TRANSLATE_NOOP("EligibilityLabels", "Years of work in the occupation"),
    "prior_certificate": QT_TRANSLATE_NOOP("EligibilityLabels", "Prior certificate"),
    "education": QT_TRANSLATE_NOOP("EligibilityLabels", "Minimum education"),
    "training": QT_TRANSLATE_NOOP("EligibilityLabels", "Training completed"),
    "student": QT_TRANSLATE_NOOP("EligibilityLabels", "Current student"),
}
_STATE_COLORS = {"ineligible": "#b71c1c", "refused": "#b71c1c", "eligible": "#1b5e20",
                 "accepted": "#1b5e20"}


def kind_label(kind: str) -> str:
    return QCoreApplication.translate("EligibilityLabels", KIND_LABELS.get(kind, kind))


class AppColumns(IntEnum):
    NAME = 0
    ID_NUMBER = 1
    OCCUPATION = 2
    LEVEL = 3
    STATE = 4
    FACTS = 5
    REASONS = 6
    NOTE = 7


APP_HEADERS = {
    AppColumns.NAME: QT_TRANSLATE_NOOP("ApplicationsModel", "Name"),
    AppColumns.ID_NUMBER: QT_TRANSLATE_NOOP("ApplicationsModel", "ID number"),
    AppColumns.OCCUPATION: QT_TRANSLATE_NOOP("ApplicationsModel", "Occupation"),
    AppColumns.LEVEL: QT_TRANSLATE_NOOP("ApplicationsModel", "Level"),
    AppColumns.STATE: QT_TRANSLATE_NOOP("ApplicationsModel", "State"),
    AppColumns.FACTS: QT_TRANSLATE_NOOP("ApplicationsModel", "Declared"),
    AppColumns.REASONS: QT_TRANSLATE_NOOP("ApplicationsModel", "Reasons"),
    AppColumns.NOTE: QT_TRANSLATE_NOOP("ApplicationsModel", "Reviewer's note"),
}


def facts_text(r: ApplicationRow) -> str:
    """A short summary of what the application declares."""
    parts = [QCoreApplication.translate("ApplicationsModel", "%1 years")
             .replace("%1", f"{r.work_years:g}")]
    if r.prior_level is not None:
        parts.append(QCoreApplication.translate("ApplicationsModel", "certificate %1 level %2")
                     .replace("%1", r.prior_occupation or "-").replace("%2", str(r.prior_level)))
    if r.education:
        parts.append(r.education)
    if r.training_done:
        parts.append(QCoreApplication.translate("ApplicationsModel", "trained"))
    if r.is_student:
        parts.append(QCoreApplication.translate("ApplicationsModel", "student"))
    if not r.has_facts:
        parts = [QCoreApplication.translate("ApplicationsModel", "nothing declared")]
    return ", ".join(parts)


class ApplicationsModel(QAbstractTableModel):
    """Read-only rows from ``app.services.eligibility_queries.application_rows``."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ApplicationRow] = []
        self._reasons: list[str] = []

    def set_rows(self, rows: list[ApplicationRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self._reasons = [reasons_text(r.reasons, qt_translate) for r in rows]
        self.endResetModel()

    def retranslate(self) -> None:
        self.set_rows(self._rows)

    def row_at(self, row: int) -> ApplicationRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(AppColumns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        if role == ROW_ROLE:
            return r
        if role == STATE_ROLE:
            return r.eligibility
        if role == SEARCH_ROLE:
            return f"{r.name}\t{r.id_number}\t{r.occupation}".upper()
        col = AppColumns(index.column())
        if role == Qt.ItemDataRole.ForegroundRole and col is AppColumns.STATE:
            color = _STATE_COLORS.get(r.eligibility)
            return QBrush(QColor(color)) if color else None
        if role == Qt.ItemDataRole.ToolTipRole and col is AppColumns.REASONS:
            return self._reasons[index.row()] or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = {
            AppColumns.NAME: r.name, AppColumns.ID_NUMBER: r.id_number,
            AppColumns.OCCUPATION: r.occupation, AppColumns.LEVEL: label(LEVELS, r.level),
            AppColumns.STATE: label(ELIGIBILITY, r.eligibility),
            AppColumns.REASONS: self._reasons[index.row()], AppColumns.NOTE: r.note,
        }
        if col is AppColumns.FACTS:
            return facts_text(r)
        return values[col]

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(AppColumns):
            return QCoreApplication.translate("ApplicationsModel",
                                              APP_HEADERS[AppColumns(section)])
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None


class ApplicationFilter(QSortFilterProxyModel):
    """Keeps the rows in the chosen state (all when empty) that contain the search text."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._state = ""
        self._needle = ""

    def set_state(self, state: str) -> None:
        if state != self._state:
            self.beginFilterChange()
            self._state = state
            self.endFilterChange()

    def set_needle(self, text: str) -> None:
        needle = text.strip().upper()
        if needle != self._needle:
            self.beginFilterChange()
            self._needle = needle
            self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if self._state and model.data(index, STATE_ROLE) != self._state:
            return False
        return not self._needle or self._needle in model.data(index, SEARCH_ROLE)


class CondColumns(IntEnum):
    ROUTE = 0
    KIND = 1
    VALUE = 2
    TEXT = 3


COND_HEADERS = {
    CondColumns.ROUTE: QT_TRANSLATE_NOOP("ConditionsModel", "Route"),
    CondColumns.KIND: QT_TRANSLATE_NOOP("ConditionsModel", "Condition"),
    CondColumns.VALUE: QT_TRANSLATE_NOOP("ConditionsModel", "Value"),
    CondColumns.TEXT: QT_TRANSLATE_NOOP("ConditionsModel", "As published"),
}
_VALUE_KEY = {"min_age": "years", "work_years": "years", "prior_certificate": "level",
              "education": "min", "student": "min"}


class ConditionsModel(QAbstractTableModel):
    """The conditions of one occupation and level, edited in place; ``conditions()`` gives
    them back for saving (values as typed; the service checks them)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = []
        self.dirty = False

    def set_conditions(self, conditions: tuple[Condition, ...]) -> None:
        self.beginResetModel()
        self._rows = [{"route": c.route, "kind": c.kind, "params": dict(c.params),
                       "text": c.text} for c in conditions]
        self.dirty = False
        self.endResetModel()

    def conditions(self) -> list[Condition]:
        return [Condition(r["route"], r["kind"], dict(r["params"]), r["text"])
                for r in self._rows]

    def add(self, route: int) -> None:
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
        self._rows.append({"route": route, "kind": "work_years", "params": {"years": 1},
                           "text": ""})
        self.endInsertRows()
        self.dirty = True

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()
            self.dirty = True

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(CondColumns)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        r = self._rows[index.row()]
        if index.column() == CondColumns.VALUE and r["kind"] not in _VALUE_KEY:
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        r = self._rows[index.row()]
        col = CondColumns(index.column())
        if col is CondColumns.ROUTE:
            return r["route"]
        if col is CondColumns.KIND:
            return r["kind"] if role == Qt.ItemDataRole.EditRole else kind_label(r["kind"])
        if col is CondColumns.VALUE:
            key = _VALUE_KEY.get(r["kind"])
            value = r["params"].get(key, "") if key else ""
            if r["kind"] == "prior_certificate" and role == Qt.ItemDataRole.DisplayRole:
                return label(LEVELS, int(value)) if str(value).isdigit() else str(value)
            return str(value)
        return r["text"]

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        r = self._rows[index.row()]
        col = CondColumns(index.column())
        if col is CondColumns.ROUTE:
            try:
                r["route"] = int(value)
            except (TypeError, ValueError):
                return False
        elif col is CondColumns.KIND:
            if value not in KINDS:
                return False
            if value != r["kind"]:
                r["kind"], r["params"] = value, {}
        elif col is CondColumns.VALUE:
            key = _VALUE_KEY[r["kind"]]
            text = str(value).strip()
            r["params"][key] = int(text) if key in ("level",) and text.isdigit() else (
                float(text) if r["kind"] == "work_years" and _is_number(text) else
                int(text) if r["kind"] == "min_age" and text.isdigit() else text)
        else:
            r["text"] = str(value)
        self.dirty = True
        top, bottom = self.index(index.row(), 0), self.index(index.row(), len(CondColumns) - 1)
        self.dataChanged.emit(top, bottom)
        return True

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(CondColumns):
            return QCoreApplication.translate("ConditionsModel",
                                              COND_HEADERS[CondColumns(section)])
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True
