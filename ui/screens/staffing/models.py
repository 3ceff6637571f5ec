"""Table models of the staffing screen: the assignments, and the rule check with its findings."""

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
from PySide6.QtGui import QBrush, QColor, QFont

from app.messages import render
from app.rules.staffing import RULES_BY_CODE, Finding, RuleResult, finding_message, role_label
from app.services.staffing_queries import AssignmentRow
from ui.dialogs import qt_translate
from ui.formats import day_time_text
from ui.labels import SUBJECTS, label

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 3

# (background, text) per status: green ok, amber warning, red block.
STATUS_COLOURS = {"ok": ("#e8f5e9", "#1b5e20"), "warn": ("#fff3e0", "#e65100"),
                  "block": ("#ffebee", "#b71c1c")}
STATUS_TEXT = {
    "ok": QT_TRANSLATE_NOOP("StaffingChecksModel", "OK"),
    "warn": QT_TRANSLATE_NOOP("StaffingChecksModel", "Warning"),
    "block": QT_TRANSLATE_NOOP("StaffingChecksModel", "Blocks"),
}


class AssignmentColumns(IntEnum):
    TIME = 0
    ROOM = 1
    SESSION = 2
    SUBJECT = 3
    ROLE = 4
    NAME = 5
    BADGE = 6
    WORK_UNIT = 7
    CANDIDATE = 8


ASSIGNMENT_HEADERS = {
    AssignmentColumns.TIME: QT_TRANSLATE_NOOP("StaffingAssignmentsModel", "Time"),
    AssignmentColumns.ROOM: QT_TRANSLATE_NOOP("StaffingAssignmentsModel", "Room"),
    AssignmentColumns.SESSION: QT_TRANSLATE_NOOP("StaffingAssignmentsModel", "Session"),
    AssignmentColumns.SUBJECT: QT_TRANSLATE_NOOP("StaffingAssignmentsModel", "Subject"),
    AssignmentColumns.ROLE: QT_TRANSLATE_NOOP("StaffingAssignmentsModel", "Role"),
    AssignmentColumns.NAME: QT_TRANSLATE_NOOP("StaffingAssignmentsModel", "Name"),
    AssignmentColumns.BADGE: QT_TRANSLATE_NOOP("StaffingAssignmentsModel", "Badge number"),
    AssignmentColumns.WORK_UNIT: QT_TRANSLATE_NOOP("StaffingAssignmentsModel", "Work unit"),
    AssignmentColumns.CANDIDATE: QT_TRANSLATE_NOOP("StaffingAssignmentsModel", "Candidate"),
}


class StaffingAssignmentsModel(QAbstractTableModel):
    """Read-only rows from ``app.services.staffing_queries.assignment_rows``."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[AssignmentRow] = []

    def set_rows(self, rows: list[AssignmentRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> AssignmentRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(AssignmentColumns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        if role == ROW_ROLE:
            return r
        col = AssignmentColumns(index.column())
        if role == SORT_ROLE:  # batch-wide duties first, then by time
            if col is AssignmentColumns.TIME:
                return r.starts_at.isoformat() if r.starts_at else ""
            return self.data(index)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col is AssignmentColumns.TIME:
            if r.starts_at is None:
                return QCoreApplication.translate("StaffingAssignmentsModel", "Whole batch")
            return day_time_text(r.starts_at)
        values = {
            AssignmentColumns.ROOM: f"{r.room_code} {r.room_name}".strip(),
            AssignmentColumns.SESSION: r.session_code,
            AssignmentColumns.SUBJECT: label(SUBJECTS, r.subject_kind) if r.subject_kind else "",
            AssignmentColumns.ROLE: role_label(r.role, qt_translate),
            AssignmentColumns.NAME: r.name,
            AssignmentColumns.BADGE: r.badge_no,
            AssignmentColumns.WORK_UNIT: r.work_unit,
            AssignmentColumns.CANDIDATE: f"{r.candidate} {r.ticket_no}".strip(),
        }
        return values[col]

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(AssignmentColumns):
            return QCoreApplication.translate("StaffingAssignmentsModel",
                                              ASSIGNMENT_HEADERS[AssignmentColumns(section)])
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None


@dataclass(frozen=True)
class CheckLine:
    """A rule line (finding is None) or one of its findings."""

    rule: RuleResult
    finding: Finding | None

    @property
    def status(self) -> str:
        if self.finding is None:
            return self.rule.status.value
        return self.finding.severity.value


class StaffingChecksModel(QAbstractTableModel):
    """Every rule with its status, each followed by its findings (status, message)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._lines: list[CheckLine] = []

    def set_results(self, results: tuple[RuleResult, ...]) -> None:
        self.beginResetModel()
        self._lines = []
        for r in results:
            self._lines.append(CheckLine(r, None))
            self._lines += [CheckLine(r, f) for f in r.findings]
        self.endResetModel()

    def line_at(self, row: int) -> CheckLine:
        return self._lines[row]

    def text_at(self, row: int) -> str:
        return str(self.data(self.index(row, 1)))

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        status = line.status
        if role == STATUS_ROLE:
            return status
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                text = QCoreApplication.translate("StaffingChecksModel", STATUS_TEXT[status])
                return text if line.finding is None else "    " + text
            if line.finding is None:
                return render(RULES_BY_CODE[line.rule.rule].title, {}, qt_translate)
            return "    " + finding_message(line.finding, qt_translate)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(STATUS_COLOURS[status][0]))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(STATUS_COLOURS[status][1]))
        if role == Qt.ItemDataRole.FontRole and line.finding is None:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            return self.data(index)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section == 0:
            return QCoreApplication.translate("StaffingChecksModel", "Status")
        if section == 1:
            return QCoreApplication.translate("StaffingChecksModel", "Rule / finding")
        return None
