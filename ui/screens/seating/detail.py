"""The selected seat: the candidate's photo and data, why the seat is flagged, their check-in
history and the audit history of their seat moves."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from app.rules.id_documents import mask_id
from app.services.checkin_rules import Verdict
from app.services.seating_queries import SAME_CLASS, SAME_UNIT, SeatDetail
from ui.formats import day_time_text
from ui.labels import GENDERS, LEVELS, SUBJECTS, label
from ui.screens.checkin.verdicts import TITLES
from ui.widgets.photo_view import PhotoView
from ui.widgets.seat_map import STATE_NAMES

FLAG_TEXTS = {
    SAME_UNIT: QT_TRANSLATE_NOOP(
        "SeatDetailPane", "Sits next to a candidate of the same work unit"),
    SAME_CLASS: QT_TRANSLATE_NOOP(
        "SeatDetailPane", "Sits next to a candidate of the same training class"),
}


def _verdict(code: str) -> str:
    try:
        return QCoreApplication.translate("verdicts", TITLES[Verdict(code)])
    except (KeyError, ValueError):
        return code


class SeatDetailPane(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: SeatDetail | None = None
        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.photo = PhotoView(self, QSize(150, 200))
        self.photo.setMaximumHeight(260)
        self.form = QFormLayout()
        self.captions: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for key in ("name", "ticket", "id", "paper", "session", "unit", "klass"):
            caption, value = QLabel(self), QLabel(self)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.captions[key], self.values[key] = caption, value
            self.form.addRow(caption, value)
        self.flags = QLabel(self)
        self.flags.setWordWrap(True)
        self.flags.setStyleSheet("color: #bf360c; font-weight: bold;")
        self.history_title, self.history = QLabel(self), QLabel(self)
        self.moves_title, self.moves = QLabel(self), QLabel(self)
        for title in (self.history_title, self.moves_title):
            title.setStyleSheet("font-weight: bold; margin-top: 6px;")
        for text in (self.history, self.moves):
            text.setWordWrap(True)
            text.setTextFormat(Qt.TextFormat.RichText)
            text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.photo)
        layout.addLayout(self.form)
        layout.addWidget(self.flags)
        layout.addWidget(self.history_title)
        layout.addWidget(self.history)
        layout.addWidget(self.moves_title)
        layout.addWidget(self.moves)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        for key, text in (("name", self.tr("Name")), ("ticket", self.tr("Ticket number")),
                          ("id", self.tr("ID number")), ("paper", self.tr("Occupation, level")),
                          ("session", self.tr("Session")), ("unit", self.tr("Work unit")),
                          ("klass", self.tr("Training class"))):
            self.captions[key].setText(text)
        self.history_title.setText(self.tr("Check-in history"))
        self.moves_title.setText(self.tr("Seat changes"))
        self.show_detail(self.detail)

    def show_detail(self, detail: SeatDetail | None) -> None:
        self.detail = detail
        cell = detail.cell if detail else None
        occ = cell.occupant if cell else None
        if detail is None or cell is None:
            self.title.setText(self.tr("No seat selected"))
        else:
            state = QCoreApplication.translate("SeatMap", STATE_NAMES[cell.state])
            self.title.setText(self.tr("Seat %1 · %2").replace("%1", cell.label)
                               .replace("%2", state))
        self.photo.set_photo(detail.photo if detail else None,
                             self.tr("No candidate") if occ is None else self.tr("No photo"))
        if occ is None or detail is None:
            for value in self.values.values():
                value.clear()
            self.flags.clear()
            self.history.clear()
            self.moves.clear()
            return
        gender = label(GENDERS, detail.gender)
        self.values["name"].setText(f"{occ.name}（{gender}）")
        self.values["ticket"].setText(occ.ticket_no)
        self.values["id"].setText(mask_id(detail.id_number))
        self.values["paper"].setText(f"{occ.occupation} · {label(LEVELS, occ.level)}")
        self.values["session"].setText(f"{occ.session_code} · {label(SUBJECTS, occ.subject_kind)}")
        self.values["unit"].setText(occ.work_unit or "—")
        self.values["klass"].setText(occ.training_class or "—")
        flags = [self.tr(FLAG_TEXTS[f]) if f in FLAG_TEXTS else _verdict(f) for f in cell.flags]
        self.flags.setText("\n".join(f"⚠ {f}" for f in flags))
        self.history.setText(self._history_html(detail) or self.tr("No scans yet."))
        self.moves.setText(self._moves_html(detail) or self.tr("Never moved."))

    def _history_html(self, detail: SeatDetail) -> str:
        lines = []
        for row in detail.checkins:
            at = day_time_text(row.at)
            text = f"{at} {escape(_verdict(row.verdict))} · {escape(row.desk)}"
            if row.note and not row.note.startswith(("ticket.", "checkin.")):
                text += f" · {escape(row.note)}"
            lines.append(f"<s>{text}</s>" if row.reversed else text)
        return "<br>".join(lines)

    def _moves_html(self, detail: SeatDetail) -> str:
        lines = []
        for move in detail.moves:
            at = day_time_text(move.at)
            src, dst = move.summary.get("from", {}), move.summary.get("to", {})
            text = self.tr("%1 %2 seat %3 → %4 seat %5 · %6 (%7)").replace(
                "%1", at).replace("%2", str(src.get("room", ""))).replace(
                "%3", str(src.get("seat", ""))).replace("%4", str(dst.get("room", ""))).replace(
                "%5", str(dst.get("seat", ""))).replace(
                "%6", str(move.summary.get("reason", ""))).replace("%7", move.actor)
            lines.append(escape(text))
        return "<br>".join(lines)
