"""Table models of the results screen: candidates (pass/fail with reasons) and the counts
and pass rates per occupation and level."""

from __future__ import annotations

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

from app.messages import render
from app.services.scoring_queries import CandidateResult, GroupStats
from ui.dialogs import qt_translate
from ui.formats import number_text, percent_text
from ui.labels import LEVELS, SUBJECTS, label

Index = QModelIndex | QPersistentModelIndex
KINDS = ("theory", "practical", "review")

CANDIDATE_HEADERS = (
    QT_TRANSLATE_NOOP("ResultsModel", "Ticket number"),
    QT_TRANSLATE_NOOP("ResultsModel", "Name"),
    QT_TRANSLATE_NOOP("ResultsModel", "Occupation"),
    QT_TRANSLATE_NOOP("ResultsModel", "Level"),
    QT_TRANSLATE_NOOP("ResultsModel", "Theory"),
    QT_TRANSLATE_NOOP("ResultsModel", "Practical"),
    QT_TRANSLATE_NOOP("ResultsModel", "Review"),
    QT_TRANSLATE_NOOP("ResultsModel", "Result"),
    QT_TRANSLATE_NOOP("ResultsModel", "Why"),
)
OUTCOME = {True: QT_TRANSLATE_NOOP("ResultsModel", "Pass"),
           False: QT_TRANSLATE_NOOP("ResultsModel", "Fail"),
           None: QT_TRANSLATE_NOOP("ResultsModel", "Pending")}
STATUS = {"absent": QT_TRANSLATE_NOOP("ResultsModel", "Absent"),
          "misconduct": QT_TRANSLATE_NOOP("ResultsModel", "Misconduct")}
TINT = {True: "#dcedc8", False: "#ffcdd2", None: "#fff3c4"}
GROUP_HEADERS = (
    QT_TRANSLATE_NOOP("ResultsGroupsModel", "Occupation"),
    QT_TRANSLATE_NOOP("ResultsGroupsModel", "Level"),
    QT_TRANSLATE_NOOP("ResultsGroupsModel", "Candidates"),
    QT_TRANSLATE_NOOP("ResultsGroupsModel", "Sat"),
    QT_TRANSLATE_NOOP("ResultsGroupsModel", "Passed"),
    QT_TRANSLATE_NOOP("ResultsGroupsModel", "Failed"),
    QT_TRANSLATE_NOOP("ResultsGroupsModel", "Pending"),
    QT_TRANSLATE_NOOP("ResultsGroupsModel", "Absent"),
    QT_TRANSLATE_NOOP("ResultsGroupsModel", "Pass rate"),
)


def points(centi: int | None) -> str:
    if centi is None:
        return ""
    return number_text(centi / 100)


class ResultsModel(QAbstractTableModel):
    """One row per candidate; scores per subject kind, outcome and the reasons."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[CandidateResult] = []

    def set_rows(self, rows: list[CandidateResult]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> CandidateResult:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(CANDIDATE_HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.BackgroundRole and col == 7:
            return QBrush(QColor(TINT[r.passed]))
        if role == Qt.ItemDataRole.TextAlignmentRole and 4 <= col <= 6:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == 0:
            return r.ticket_no
        if col == 1:
            return r.candidate_name
        if col == 2:
            return r.occupation
        if col == 3:
            return label(LEVELS, r.level)
        if 4 <= col <= 6:
            return self._score(r, KINDS[col - 4])
        if col == 7:
            return QCoreApplication.translate("ResultsModel", OUTCOME[r.passed])
        return "  ".join(f"{label(SUBJECTS, x.kind)}：{render(x.code, {}, qt_translate)}"
                         for x in r.reasons)

    @staticmethod
    def _score(r: CandidateResult, kind: str) -> str:
        score = next((x for x in r.scores if x.kind == kind), None)
        if score is None:
            return ""
        if score.status in STATUS:
            return QCoreApplication.translate("ResultsModel", STATUS[score.status])
        return points(score.final_centi)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(CANDIDATE_HEADERS)):
            return QCoreApplication.translate("ResultsModel", CANDIDATE_HEADERS[section])
        return None


class ResultsGroupsModel(QAbstractTableModel):
    """Counts and pass rate per occupation and level."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[GroupStats] = []

    def set_rows(self, rows: list[GroupStats]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(GROUP_HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        g, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values: tuple[Any, ...] = (g.occupation, label(LEVELS, g.level), g.candidates, g.sat,
                                   g.passed, g.failed, g.pending, g.absent)
        if col < len(values):
            return values[col]
        return "" if g.pass_rate is None else percent_text(g.pass_rate)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(GROUP_HEADERS)):
            return QCoreApplication.translate("ResultsGroupsModel", GROUP_HEADERS[section])
        return None
