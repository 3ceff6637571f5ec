"""Labels and the request table of the change approvals screen."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.services.changes_queries import ChangeRow
from ui.formats import day_text, day_time_text, time_range_text
from ui.labels import SUBJECTS, label
from ui.models.rows_model import RowsModel

CTX = "ChangesModel"
KINDS = {"time": QT_TRANSLATE_NOOP("ChangesModel", "Time"),
         "place": QT_TRANSLATE_NOOP("ChangesModel", "Place")}
STATES = {
    "pending": QT_TRANSLATE_NOOP("ChangesModel", "Awaiting approval"),
    "approved": QT_TRANSLATE_NOOP("ChangesModel", "Approved, not applied"),
    "refused": QT_TRANSLATE_NOOP("ChangesModel", "Refused"),
    "applied": QT_TRANSLATE_NOOP("ChangesModel", "Applied"),
    "withdrawn": QT_TRANSLATE_NOOP("ChangesModel", "Withdrawn"),
}
STATE_COLOURS = {"pending": "#fff3e0", "approved": "#e3f2fd", "refused": "#ffebee",
                 "applied": "#e8f5e9", "withdrawn": "#eeeeee"}
HEADERS = [
    (CTX, QT_TRANSLATE_NOOP("ChangesModel", "Requested")),
    (CTX, QT_TRANSLATE_NOOP("ChangesModel", "Session")),
    (CTX, QT_TRANSLATE_NOOP("ChangesModel", "Subject")),
    (CTX, QT_TRANSLATE_NOOP("ChangesModel", "Change")),
    (CTX, QT_TRANSLATE_NOOP("ChangesModel", "Now")),
    (CTX, QT_TRANSLATE_NOOP("ChangesModel", "Becomes")),
    (CTX, QT_TRANSLATE_NOOP("ChangesModel", "Reason")),
    (CTX, QT_TRANSLATE_NOOP("ChangesModel", "State")),
    (CTX, QT_TRANSLATE_NOOP("ChangesModel", "Decision")),
    (CTX, QT_TRANSLATE_NOOP("ChangesModel", "Candidates")),
]
STATE_COLUMN = 7


def tr(source: str) -> str:
    return QCoreApplication.translate(CTX, source)


def when(start: datetime, end: datetime) -> str:
    return f"{day_text(start)} {time_range_text(start, end)}"


def was_text(row: ChangeRow) -> str:
    if row.kind == "time":
        return when(row.old_starts_at, row.old_ends_at)
    return row.old_room


def becomes_text(row: ChangeRow) -> str:
    if row.kind == "time" and row.new_starts_at and row.new_ends_at:
        return when(row.new_starts_at, row.new_ends_at)
    return row.new_where


def decision_text(row: ChangeRow) -> str:
    if row.decided_at is None:
        return ""
    return f"{row.authority} {row.approver_name} {day_time_text(row.decided_at)}"


def subject_text(row: ChangeRow) -> str:
    return f"{row.occupation} {label(SUBJECTS, row.subject_kind)}"


def display_rows(rows: Sequence[ChangeRow]) -> list[tuple[str, ...]]:
    return [(day_time_text(r.requested_at), r.session_code, subject_text(r),
             tr(KINDS[r.kind]), was_text(r), becomes_text(r), r.reason, tr(STATES[r.state]),
             decision_text(r), str(r.candidates)) for r in rows]


class ChangesModel(RowsModel):
    """The batch's change requests, newest first, the state cell coloured."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(HEADERS, parent, colour=self._state_colour)
        self.changes: list[ChangeRow] = []

    def set_changes(self, rows: Sequence[ChangeRow]) -> None:
        self.changes = list(rows)
        self.set_rows(display_rows(rows))

    def _state_colour(self, row: int, column: int) -> str | None:
        if column != STATE_COLUMN or not 0 <= row < len(self.changes):
            return None
        return STATE_COLOURS.get(self.changes[row].state)

    def retranslate(self) -> None:
        self.set_rows(display_rows(self.changes))
        super().retranslate()
