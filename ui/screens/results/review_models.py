"""The review panel's rows: every subject result with its examiners by name, what it still
needs (the chief examiner's decision, missing marks, the two verifications), and its table;
and the signed run of an action over the selected rows (worker code, no widgets)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
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

from app.errors import DomainError, PermissionDenied, ValidationError
from app.messages import render
from app.progress import Progress
from app.services.scoring import SubjectResult, subject_results
from app.services.staffing_queries import assignment_rows
from app.services.users import verify_password
from app.uow import UnitOfWork
from ui.dialogs import qt_translate
from ui.labels import LEVELS, SUBJECTS, label
from ui.screens.results.models import points

Index = QModelIndex | QPersistentModelIndex
CTX = "ReviewModel"

HEADERS = (
    QT_TRANSLATE_NOOP("ReviewModel", "Ticket number"),
    QT_TRANSLATE_NOOP("ReviewModel", "Name"),
    QT_TRANSLATE_NOOP("ReviewModel", "Occupation"),
    QT_TRANSLATE_NOOP("ReviewModel", "Level"),
    QT_TRANSLATE_NOOP("ReviewModel", "Subject"),
    QT_TRANSLATE_NOOP("ReviewModel", "Needs"),
    QT_TRANSLATE_NOOP("ReviewModel", "Examiners' totals"),
    QT_TRANSLATE_NOOP("ReviewModel", "Score"),
    QT_TRANSLATE_NOOP("ReviewModel", "Score clerk"),
    QT_TRANSLATE_NOOP("ReviewModel", "Reviewer"),
    QT_TRANSLATE_NOOP("ReviewModel", "Flag and decision"),
)
NEEDS_COLUMN, TOTALS_COLUMN, DETAILS_COLUMN = 5, 6, 10
TEXTS = {
    "flag": QT_TRANSLATE_NOOP("ReviewModel", "Chief examiner's decision"),
    "both": QT_TRANSLATE_NOOP("ReviewModel", "Score clerk and reviewer"),
    "clerk": QT_TRANSLATE_NOOP("ReviewModel", "Score clerk"),
    "reviewer": QT_TRANSLATE_NOOP("ReviewModel", "Reviewer"),
    "verified": QT_TRANSLATE_NOOP("ReviewModel", "Verified"),
    "locked": QT_TRANSLATE_NOOP("ReviewModel", "Locked"),
    "absent": QT_TRANSLATE_NOOP("ReviewModel", "Absent"),
    "misconduct": QT_TRANSLATE_NOOP("ReviewModel", "Misconduct"),
    "draft": QT_TRANSLATE_NOOP("ReviewModel", "draft"),
    "not_submitted": QT_TRANSLATE_NOOP("ReviewModel", "not submitted"),
    "vetoed": QT_TRANSLATE_NOOP("ReviewModel", "veto"),
    "decided": QT_TRANSLATE_NOOP("ReviewModel", "Decided %1 by %2: %3"),
}
TINT = {"flag": "#ffcdd2", "blocked": "#fff3c4", "done": "#dcedc8"}
Job = tuple[str, Callable[[UnitOfWork], Any]]  # a row's name and what to do as the signer
FILTERS = ("attention", "flag", "blocked", "clerk", "reviewer", "all")


@dataclass(frozen=True)
class ExaminerTotal:
    """One panel member's mark as the review shows it."""

    mark_id: int | None
    name: str
    total_centi: int | None
    state: str  # draft, submitted, verified, locked; "missing" when nothing was entered
    status: str
    vetoed: bool


@dataclass(frozen=True)
class ReviewRow:
    result: SubjectResult
    examiners: tuple[ExaminerTotal, ...]

    @property
    def need(self) -> str:
        """flag, blocked, verify or done."""
        r = self.result
        if r.blocked_by == "scoring.block.flagged":
            return "flag"
        if r.blocked_by is not None:
            return "blocked"
        return "verify" if r.state == "open" else "done"

    @property
    def key(self) -> tuple[int, int]:
        return self.result.registration_id, self.result.subject_id

    def unlockable(self) -> tuple[ExaminerTotal, ...]:
        """The examiners' marks an unlock can return to their examiners."""
        return tuple(x for x in self.examiners if x.mark_id is not None
                     and x.state not in ("draft", "missing"))


def load_review_rows(uow: UnitOfWork, batch_id: int) -> list[ReviewRow]:
    """Every subject result of the batch with its examiners' names (runs on the worker)."""
    names = {a.staff_id: a.name for a in assignment_rows(uow, batch_id)}
    rows = []
    for r in subject_results(uow, batch_id):
        examiners = [ExaminerTotal(m.mark_id, names.get(m.staff_id or 0, str(m.staff_id)),
                                   m.total_centi, m.state, m.status, m.vetoed)
                     for m in r.marks if m.source == "examiner"]
        entered = {m.staff_id for m in r.marks}
        examiners += [ExaminerTotal(None, names.get(sid, str(sid)), None, "missing",
                                    "normal", False)
                      for sid in r.missing if sid not in entered]
        rows.append(ReviewRow(r, tuple(examiners)))
    order = {"flag": 0, "blocked": 1, "verify": 2, "done": 3}
    return sorted(rows, key=lambda row: order[row.need])  # stable: candidates stay in order


@dataclass(frozen=True)
class Outcome:
    """What a signed action did: who, how many rows, and the rows refused with why."""

    username: str
    done: int
    refused: tuple[tuple[str, DomainError], ...]


def run_signed(uow: UnitOfWork, username: str, password: str, jobs: Sequence[Job],
               progress: Progress | None = None) -> Outcome:
    """Check the password, then run every job as that person (on the worker), each in its
    own transaction; a cancel stops before the next job.

    Errors about the person or the input (wrong password, missing role, no reason) stop the
    action and go back to the dialog; other refusals are collected per row.
    """
    actor = verify_password(uow, username, password)
    signed = uow.as_actor(actor)
    done, refused = 0, []
    for number, (name, job) in enumerate(jobs):
        if progress is not None:
            if progress.cancelled():
                break
            progress.report(number, len(jobs))
        try:
            job(signed)
        except (PermissionDenied, ValidationError):
            raise
        except DomainError as exc:
            refused.append((name, exc))
        else:
            done += 1
    return Outcome(actor.username, done, tuple(refused))


def _tr(text: object) -> str:  # QT_TRANSLATE_NOOP is typed as returning object
    return QCoreApplication.translate(CTX, str(text))


def examiner_text(x: ExaminerTotal) -> str:
    if x.state == "missing":
        return f"{x.name} ({_tr(TEXTS['not_submitted'])})"
    if x.status in ("absent", "misconduct"):
        value = _tr(TEXTS[x.status])
    else:
        value = points(x.total_centi) or "—"
        if x.vetoed:
            value += f" ({_tr(TEXTS['vetoed'])})"
    if x.state == "draft":
        value += f" ({_tr(TEXTS['draft'])})"
    return f"{x.name} {value}"


def needs_text(row: ReviewRow) -> str:
    r, need = row.result, row.need
    if need == "flag":
        return _tr(TEXTS["flag"])
    if need == "blocked":
        return render(r.blocked_by or "", {}, qt_translate)
    if need == "done":
        return _tr(TEXTS["locked" if r.state == "locked" else "verified"])
    if not r.verified_by_clerk and not r.verified_by_reviewer:
        return _tr(TEXTS["both"])
    return _tr(TEXTS["reviewer" if r.verified_by_clerk else "clerk"])


def details_text(row: ReviewRow) -> str:
    r = row.result
    parts = [render(f.code, f.params, qt_translate) for f in r.flags]
    if r.decided_centi is not None:
        parts.append(_tr(TEXTS["decided"]).replace("%1", points(r.decided_centi))
                     .replace("%2", r.decided_by).replace("%3", r.decision_reason))
    return "  ".join(parts)


class ReviewModel(QAbstractTableModel):
    """One row per registration and subject."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ReviewRow] = []

    def set_rows(self, rows: list[ReviewRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> ReviewRow:
        return self._rows[row]

    def rows(self) -> list[ReviewRow]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.BackgroundRole and col == NEEDS_COLUMN:
            tint = TINT.get(row.need)
            return QBrush(QColor(tint)) if tint else None
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 7:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col in (NEEDS_COLUMN, TOTALS_COLUMN,
                                                          DETAILS_COLUMN):
            return self._text(row, col)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._text(row, col)

    @staticmethod
    def _text(row: ReviewRow, col: int) -> str:
        r = row.result
        if col == 7:
            if r.status in ("absent", "misconduct"):
                return _tr(TEXTS[r.status])
            return points(r.final_centi)
        values: dict[int, Any] = {
            0: r.ticket_no, 1: r.candidate_name, 2: r.occupation, 3: label(LEVELS, r.level),
            4: label(SUBJECTS, r.kind), 8: r.verified_by_clerk, 9: r.verified_by_reviewer}
        if col in values:
            return str(values[col])
        if col == NEEDS_COLUMN:
            return needs_text(row)
        if col == TOTALS_COLUMN:
            return " · ".join(examiner_text(x) for x in row.examiners)
        return details_text(row)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(HEADERS)):
            return _tr(HEADERS[section])
        return None


class ReviewFilter(QSortFilterProxyModel):
    """Shows the rows that still need somebody (or one kind of them, or all)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.wanted = "attention"

    def set_wanted(self, wanted: str) -> None:
        self.wanted = wanted
        self.invalidate()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, ReviewModel)
        row = model.row_at(source_row)
        need, r = row.need, row.result
        return {"attention": need != "done", "flag": need == "flag",
                "blocked": need == "blocked",
                "clerk": need == "verify" and not r.verified_by_clerk,
                "reviewer": need == "verify" and not r.verified_by_reviewer,
                "all": True}.get(self.wanted, True)
