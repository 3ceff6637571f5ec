"""The two forms of the change approvals screen: a new request, and the decision on the
selected one. They only hold and show values; the screen runs the services."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from app.services.changes_queries import ChangeChoices, SessionChoice
from ui.formats import day_text, edit_china_time, set_edit_china_time, time_range_text
from ui.labels import ROOM_KINDS, SUBJECTS, label


def _datetime_edit(parent: QWidget) -> QDateTimeEdit:
    edit = QDateTimeEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    return edit


class RequestForm(QGroupBox):
    """Session, kind (time or place), the new time or room/place, and the reason."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices = ChangeChoices((), ())
        self.session_combo = QComboBox(self)
        self.session_combo.currentIndexChanged.connect(self._on_session_combo_changed)
        self.time_radio, self.place_radio = QRadioButton(self), QRadioButton(self)
        self.kind_group = QButtonGroup(self)
        self.kind_group.addButton(self.time_radio)
        self.kind_group.addButton(self.place_radio)
        self.time_radio.setChecked(True)
        self.time_radio.toggled.connect(self._on_time_radio_toggled)
        self.starts_edit, self.ends_edit = _datetime_edit(self), _datetime_edit(self)
        self.room_combo = QComboBox(self)
        self.place_edit = QLineEdit(self)
        self.place_edit.setMaxLength(300)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setMaxLength(1000)
        self.submit_button = QPushButton(self)
        kinds = QHBoxLayout()
        kinds.addWidget(self.time_radio)
        kinds.addWidget(self.place_radio)
        kinds.addStretch(1)
        times = QHBoxLayout()
        times.addWidget(self.starts_edit, 1)
        self.to_label = QLabel(self)
        times.addWidget(self.to_label)
        times.addWidget(self.ends_edit, 1)
        self.labels = [QLabel(self) for _ in range(6)]
        form = QFormLayout(self)
        for lab, row in zip(self.labels, (self.session_combo, kinds, times, self.room_combo,
                                          self.place_edit, self.reason_edit), strict=True):
            form.addRow(lab, row)
        form.addRow(self.submit_button)
        for lab, buddy in zip(self.labels, (self.session_combo, self.time_radio,
                                            self.starts_edit, self.room_combo, self.place_edit,
                                            self.reason_edit), strict=True):
            lab.setBuddy(buddy)
        self.retranslate()
        self._on_time_radio_toggled(True)

    def retranslate(self) -> None:
        self.setTitle(self.tr("New change request"))
        for lab, text in zip(self.labels, (
                self.tr("&Session:"), self.tr("Change of:"), self.tr("New &time:"),
                self.tr("New &room:"), self.tr("Or new p&lace:"), self.tr("Rea&son:")),
                strict=True):
            lab.setText(text)
        self.time_radio.setText(self.tr("exam time"))
        self.place_radio.setText(self.tr("exam place"))
        self.to_label.setText(self.tr("to"))
        self.place_edit.setPlaceholderText(self.tr("a place outside the site's rooms, "
                                                   "e.g. training building, lecture hall 2"))
        self.reason_edit.setPlaceholderText(self.tr("why the change is needed"))
        self.submit_button.setText(self.tr("Su&bmit request"))
        self.set_choices(self.choices)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_choices(self, choices: ChangeChoices) -> None:
        self.choices = choices
        session, room = self.session_combo.currentData(), self.room_combo.currentData()
        self.session_combo.blockSignals(True)
        self.session_combo.clear()
        for x in choices.sessions:
            text = (f"{x.code}  {day_text(x.starts_at)} {time_range_text(x.starts_at, x.ends_at)}"
                    f"  {x.room}  {x.occupation} {label(SUBJECTS, x.subject_kind)}  "
                    + self.tr("%1 seated").replace("%1", str(x.seated)))
            self.session_combo.addItem(text, x.session_id)
        self.session_combo.setCurrentIndex(max(self.session_combo.findData(session), 0))
        self.session_combo.blockSignals(False)
        self.room_combo.clear()
        self.room_combo.addItem(self.tr("(no room of the site: see the place)"), None)
        for r in choices.rooms:
            seats = self.tr("%1 seats").replace("%1", str(r.usable_seats))
            self.room_combo.addItem(f"{r.code} {r.name} · {label(ROOM_KINDS, r.kind)} · {seats}",
                                    r.room_id)
        self.room_combo.setCurrentIndex(max(self.room_combo.findData(room), 0))
        if session is None:
            self._on_session_combo_changed(self.session_combo.currentIndex())

    def session(self) -> SessionChoice | None:
        sid = self.session_combo.currentData()
        return next((x for x in self.choices.sessions if x.session_id == sid), None)

    def kind(self) -> str:
        return "time" if self.time_radio.isChecked() else "place"

    def new_times(self) -> tuple[datetime, datetime]:
        return edit_china_time(self.starts_edit), edit_china_time(self.ends_edit)

    def _on_session_combo_changed(self, _index: int) -> None:
        chosen = self.session()
        if chosen is not None:  # start from the current window: usually one end moves
            set_edit_china_time(self.starts_edit, chosen.starts_at)
            set_edit_china_time(self.ends_edit, chosen.ends_at)

    def _on_time_radio_toggled(self, checked: bool) -> None:
        for widget in (self.starts_edit, self.ends_edit):
            widget.setEnabled(checked)
        for widget in (self.room_combo, self.place_edit):
            widget.setEnabled(not checked)


class DecisionForm(QGroupBox):
    """The supervising authority's decision on the selected request, and the next steps."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.authority_edit, self.approver_edit = QLineEdit(self), QLineEdit(self)
        self.authority_edit.setMaxLength(200)
        self.approver_edit.setMaxLength(100)
        self.decided_edit = _datetime_edit(self)
        self.note_edit = QLineEdit(self)
        self.note_edit.setMaxLength(500)
        self.approve_button, self.refuse_button = QPushButton(self), QPushButton(self)
        self.withdraw_button, self.apply_button = QPushButton(self), QPushButton(self)
        self.notice_button, self.open_button = QPushButton(self), QPushButton(self)
        self.open_button.setEnabled(False)
        self.labels = [QLabel(self) for _ in range(4)]
        form = QFormLayout(self)
        form.addRow(self.summary)
        for lab, field in zip(self.labels, (self.authority_edit, self.approver_edit,
                                            self.decided_edit, self.note_edit), strict=True):
            lab.setBuddy(field)
            form.addRow(lab, field)
        decide = QHBoxLayout()
        for b in (self.approve_button, self.refuse_button, self.withdraw_button):
            decide.addWidget(b)
        decide.addStretch(1)
        form.addRow(decide)
        after = QHBoxLayout()
        for b in (self.apply_button, self.notice_button, self.open_button):
            after.addWidget(b)
        after.addStretch(1)
        form.addRow(after)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Selected request"))
        for lab, text in zip(self.labels, (
                self.tr("Supervising &authority:"), self.tr("Approved/refused &by:"),
                self.tr("Decided &at:"), self.tr("N&ote:")), strict=True):
            lab.setText(text)
        self.authority_edit.setPlaceholderText(self.tr("e.g. the city human resources and "
                                                       "social security bureau"))
        self.approve_button.setText(self.tr("A&pprove"))
        self.refuse_button.setText(self.tr("Re&fuse"))
        self.withdraw_button.setText(self.tr("&Withdraw"))
        self.apply_button.setText(self.tr("Appl&y the change"))
        self.notice_button.setText(self.tr("Print &notice..."))
        self.open_button.setText(self.tr("Open noti&ce"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_state(self, state: str | None, now: datetime) -> None:
        """Enable what the request's state allows (None: nothing selected)."""
        pending, approved = state == "pending", state == "approved"
        for w in (self.authority_edit, self.approver_edit, self.decided_edit, self.note_edit,
                  self.approve_button, self.refuse_button):
            w.setEnabled(pending)
        self.withdraw_button.setEnabled(pending or approved)
        self.apply_button.setEnabled(approved)
        self.notice_button.setEnabled(state in ("approved", "applied"))
        if pending:
            set_edit_china_time(self.decided_edit, now - timedelta(seconds=now.second))
