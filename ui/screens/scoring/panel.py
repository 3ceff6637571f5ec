"""The right side of the scoring screen: the open candidate, their rubric form, the running
total and the absent / misconduct / submit buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.services.marks import MarkView, ScoringTask
from ui.labels import LEVELS, SUBJECTS, label
from ui.screens.scoring.form import RubricForm
from ui.screens.scoring.models import state_text

EDITABLE_STATES = ("", "draft")
STATE_STYLE = "font-size: 13pt; font-weight: bold; padding: 2px 8px; "


class CandidatePanel(QWidget):
    """Shows one task and this examiner's mark; editable only while it is a draft."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.task: ScoringTask | None = None
        self.view: MarkView | None = None
        self.signed_in = False
        self.name = QLabel(self)
        self.name.setStyleSheet("font-size: 20pt; font-weight: bold;")
        self.details = QLabel(self)
        self.details.setStyleSheet("font-size: 11pt; color: #37474f;")
        self.state = QLabel(self)
        head = QHBoxLayout()
        head.addWidget(self.name)
        head.addWidget(self.state)
        head.addStretch(1)
        self.form = RubricForm(self)
        self.form.total_changed.connect(self.show_total)
        self.total = QLabel(self)
        self.total.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.veto = QLabel(self)
        self.veto.setStyleSheet("color: #c62828; font-weight: bold;")
        self.absent_button, self.misconduct_button = QPushButton(self), QPushButton(self)
        self.submit_button = QPushButton(self)
        actions = QHBoxLayout()
        actions.addWidget(self.total)
        actions.addWidget(self.veto, 1)
        for button in (self.absent_button, self.misconduct_button, self.submit_button):
            button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab stays in the items
            actions.addWidget(button)
        box = QVBoxLayout(self)
        box.setContentsMargins(8, 0, 0, 0)
        box.addLayout(head)
        box.addWidget(self.details)
        box.addWidget(self.form, 1)
        box.addLayout(actions)

    def retranslate(self) -> None:
        self.form.retranslate()
        self.show_mark(self.task, self.view, signed_in=self.signed_in)

    def editable(self) -> bool:
        return self.view is not None and self.submit_button.isEnabled()

    def show_mark(self, task: ScoringTask | None, view: MarkView | None, *,
                  signed_in: bool) -> None:
        self.task, self.view, self.signed_in = task, view, signed_in
        status = view.status if view is not None else "normal"
        self.absent_button.setText(self.tr("Not absent... (F7)") if status == "absent"
                                   else self.tr("Absent... (F7)"))
        self.misconduct_button.setText(self.tr("No misconduct... (F8)")
                                       if status == "misconduct"
                                       else self.tr("Misconduct... (F8)"))
        self.submit_button.setText(self.tr("Submit and sign... (F9)"))
        if task is None or view is None:
            for widget in (self.name, self.details, self.state):
                widget.setText("")
            self.state.setStyleSheet("")
            hint = self.tr("Choose a candidate in the list, or scan the admission ticket.")
            self.form.show_empty(hint if signed_in else "")
            for button in (self.absent_button, self.misconduct_button, self.submit_button):
                button.setEnabled(False)
            self.show_total()
            return
        self.name.setText(task.candidate_name)
        self.details.setText("   ".join(x for x in (
            self.tr("Ticket %1").replace("%1", task.ticket_no), task.occupation,
            label(LEVELS, task.level), label(SUBJECTS, task.subject_kind),
            " ".join(y for y in (task.room_code, task.seat_label) if y)) if x))
        state = view.state if view.mark_id is not None else ""
        editable = state in EDITABLE_STATES
        self.state.setStyleSheet(STATE_STYLE + ("background: #fff8e1;" if editable
                                                else "background: #c8e6c9; color: #1b5e20;"))
        self.state.setText(state_text(state, view.status))
        self.state.adjustSize()
        self.form.set_editable(editable and view.status == "normal")
        for button in (self.absent_button, self.misconduct_button, self.submit_button):
            button.setEnabled(editable)
        self.show_total()

    def show_total(self) -> None:
        self.total.setText(self.form.total_text() if self.form.items else "")
        vetoed = self.view is not None and self.view.vetoed and self.task is not None
        self.veto.setText(self.tr("A veto item is scored 0: this subject fails.")
                          if vetoed else "")
