"""The pre-exam staff meeting (考前工作会): open it with time, place and chair; each staff
member scans their badge (a USB scanner types into the badge field and presses Enter); the
duties handed out default to their assignments and can be edited; the assigned staff not yet
scanned are listed as absent; close the meeting. All database work goes through the runner."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QEvent,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import App
from app.errors import DomainError
from app.progress import Progress
from app.services.meeting import close_meeting, open_meeting, scan_badge, set_duty
from app.services.meeting_queries import AttendeeRow, MeetingOverview, meeting_overview
from ui.dialogs import error_text
from ui.formats import datetime_text, edit_china_time, set_edit_china_time, time_text
from ui.models.rows_model import RowsModel
from ui.tasks import TaskRunner
from ui.widgets.rows_table import rows_table

CTX = "MeetingScreen"
ATTENDEE_HEADERS = [(CTX, QT_TRANSLATE_NOOP("MeetingScreen", "Scanned")),
                    (CTX, QT_TRANSLATE_NOOP("MeetingScreen", "Name")),
                    (CTX, QT_TRANSLATE_NOOP("MeetingScreen", "Badge")),
                    (CTX, QT_TRANSLATE_NOOP("MeetingScreen", "Duties"))]
ABSENT_HEADERS = [(CTX, QT_TRANSLATE_NOOP("MeetingScreen", "Name")),
                  (CTX, QT_TRANSLATE_NOOP("MeetingScreen", "Badge")),
                  (CTX, QT_TRANSLATE_NOOP("MeetingScreen", "Phone")),
                  (CTX, QT_TRANSLATE_NOOP("MeetingScreen", "Duties"))]
OK_COLOUR, ERROR_COLOUR = "#1b5e20", "#b71c1c"


class MeetingScreen(QWidget):
    """Open, attend (badge scans), hand out duties, close."""

    data_changed = Signal()

    def __init__(self, app: App, runner: TaskRunner, batch_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app, self.runner, self.batch_id = app, runner, batch_id
        self.overview: MeetingOverview | None = None
        self.chosen_id: int | None = None
        self._build()
        self.retranslate()

    # --- layout ------------------------------------------------------------------------
    def _build(self) -> None:
        self.meeting_combo = QComboBox(self)
        self.meeting_combo.activated.connect(self._on_meeting_combo_activated)
        self.meeting_info = QLabel(self)
        self.meeting_info.setWordWrap(True)
        self.held_edit = QDateTimeEdit(self)
        self.held_edit.setCalendarPopup(True)
        self.held_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        set_edit_china_time(self.held_edit, self.app.clock.now())
        self.place_edit = QLineEdit(self)
        self.place_edit.setMaxLength(200)
        self.chair_combo = QComboBox(self)
        self.notes_edit = QLineEdit(self)
        self.notes_edit.setMaxLength(2000)
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(self.open_new)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.close_current)
        self.badge_edit = QLineEdit(self)
        self.badge_edit.setMaxLength(32)
        self.badge_edit.returnPressed.connect(self.scan)
        self.scan_button = QPushButton(self)
        self.scan_button.clicked.connect(self.scan)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._build_tables()
        self._build_layout()

    def _build_tables(self) -> None:
        self.attendees = RowsModel(ATTENDEE_HEADERS, self)
        self.attendee_view = rows_table(self, self.attendees)
        self.attendee_view.selectionModel().currentRowChanged.connect(
            self._on_attendee_view_current_row_changed)
        self.absent = RowsModel(ABSENT_HEADERS, self)
        self.absent_view = rows_table(self, self.absent)
        self.duty_edit = QLineEdit(self)
        self.duty_edit.setMaxLength(300)
        self.duty_edit.returnPressed.connect(self.save_duty)
        self.duty_button = QPushButton(self)
        self.duty_button.clicked.connect(self.save_duty)
        self._rows: list[AttendeeRow] = []

    def _build_layout(self) -> None:
        self.new_box, self.current_box = QGroupBox(self), QGroupBox(self)
        self.present_box, self.absent_box = QGroupBox(self), QGroupBox(self)
        self.form_labels = [QLabel(self) for _ in range(4)]
        form = QFormLayout(self.new_box)
        for label, field in zip(self.form_labels, (self.held_edit, self.place_edit,
                                                   self.chair_combo, self.notes_edit),
                                strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow(self.open_button)
        current = QVBoxLayout(self.current_box)
        pick = QHBoxLayout()
        pick.addWidget(self.meeting_combo, 1)
        pick.addWidget(self.close_button)
        current.addLayout(pick)
        current.addWidget(self.meeting_info)
        self.badge_label = QLabel(self)
        self.badge_label.setBuddy(self.badge_edit)
        scan_row = QHBoxLayout()
        scan_row.addWidget(self.badge_label)
        scan_row.addWidget(self.badge_edit, 1)
        scan_row.addWidget(self.scan_button)
        current.addLayout(scan_row)
        current.addWidget(self.status)
        current.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.new_box, 2)
        top.addWidget(self.current_box, 3)

        self.duty_label = QLabel(self)
        self.duty_label.setBuddy(self.duty_edit)
        duty_row = QHBoxLayout()
        duty_row.addWidget(self.duty_label)
        duty_row.addWidget(self.duty_edit, 1)
        duty_row.addWidget(self.duty_button)
        present = QVBoxLayout(self.present_box)
        present.addWidget(self.attendee_view, 1)
        present.addLayout(duty_row)
        QVBoxLayout(self.absent_box).addWidget(self.absent_view)
        splitter = QSplitter(self)
        splitter.addWidget(self.present_box)
        splitter.addWidget(self.absent_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    # --- language ----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.new_box.setTitle(self.tr("New meeting"))
        self.current_box.setTitle(self.tr("Meeting"))
        self.present_box.setTitle(self.tr("Present"))
        self.absent_box.setTitle(self.tr("Assigned staff not present"))
        for label, text in zip(self.form_labels, (
                self.tr("&Time:"), self.tr("&Place:"), self.tr("C&hair:"), self.tr("&Notes:")),
                strict=True):
            label.setText(text)
        self.place_edit.setPlaceholderText(self.tr("e.g. exam office"))
        self.open_button.setText(self.tr("&Open meeting"))
        self.close_button.setText(self.tr("C&lose meeting"))
        self.badge_label.setText(self.tr("&Badge:"))
        self.badge_edit.setPlaceholderText(self.tr("Scan a staff badge, or type its number "
                                                   "and press Enter"))
        self.scan_button.setText(self.tr("&Record"))
        self.duty_label.setText(self.tr("&Duties:"))
        self.duty_button.setText(self.tr("&Save duties"))
        self.attendees.retranslate()
        self.absent.retranslate()
        self._show()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- data --------------------------------------------------------------------------
    def refresh(self) -> None:
        app, batch_id, chosen = self.app, self.batch_id, self.chosen_id

        def load(_p: Progress) -> MeetingOverview:
            return meeting_overview(app.uow(), batch_id, chosen)

        self.runner.task(load).on_success(self._on_loaded).on_failure(self._on_failed).run()

    def _on_loaded(self, overview: MeetingOverview) -> None:
        self.overview = overview
        detail = overview.detail
        self.chosen_id = detail.meeting.meeting_id if detail is not None else None
        self._show()

    def _show(self) -> None:
        overview = self.overview
        if overview is None:
            return
        chair = self.chair_combo.currentData()
        self.chair_combo.clear()
        self.chair_combo.addItem(self.tr("(none)"), None)
        for person in overview.staff:
            self.chair_combo.addItem(f"{person.name} {person.badge_no}", person.staff_id)
        self.chair_combo.setCurrentIndex(max(self.chair_combo.findData(chair), 0))
        self.meeting_combo.clear()
        for m in overview.meetings:
            text = f"{datetime_text(m.held_at)} {m.place}"
            state = self.tr("(open)") if m.is_open else self.tr("(closed)")
            self.meeting_combo.addItem(f"{text} {state}", m.meeting_id)
        if not overview.meetings:
            self.meeting_combo.addItem(self.tr("(no meeting yet)"), None)
        self.meeting_combo.setCurrentIndex(max(self.meeting_combo.findData(self.chosen_id), 0))
        detail = overview.detail
        is_open = detail is not None and detail.meeting.is_open
        for widget in (self.badge_edit, self.scan_button, self.close_button, self.duty_edit,
                       self.duty_button):
            widget.setEnabled(is_open)
        self.open_button.setEnabled(not any(m.is_open for m in overview.meetings))
        if detail is None:
            self.meeting_info.setText(self.tr("No staff meeting has been opened yet."))
            self._rows = []
            self.attendees.set_rows([])
            self.absent.set_rows([])
            return
        m = detail.meeting
        info = self.tr("Held %1 at %2, chaired by %3. %4 present, %5 absent.")
        for key, value in (("%1", datetime_text(m.held_at)), ("%2", m.place),
                           ("%3", m.chair_name or self.tr("nobody recorded")),
                           ("%4", str(len(detail.attendees))), ("%5", str(len(detail.absent)))):
            info = info.replace(key, value)
        if m.closed_at is not None:
            info += " " + self.tr("Closed at %1.").replace("%1", datetime_text(m.closed_at))
        self.meeting_info.setText(info)
        self._rows = list(detail.attendees)
        self.attendees.set_rows([(time_text(a.scanned_at), a.name, a.badge_no, a.duty)
                                 for a in detail.attendees])
        self.absent.set_rows([(a.name, a.badge_no, a.phone, a.duty) for a in detail.absent])
        for view in (self.attendee_view, self.absent_view):
            view.resizeColumnsToContents()

    def selected_attendee(self) -> AttendeeRow | None:
        row = self.attendee_view.currentIndex().row()
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # --- actions -----------------------------------------------------------------------
    def _on_meeting_combo_activated(self, _index: int) -> None:
        self.chosen_id = self.meeting_combo.currentData()
        self.refresh()

    def _on_attendee_view_current_row_changed(self, current: QModelIndex,
                                              _previous: QModelIndex) -> None:
        row = current.row()
        self.duty_edit.setText(self._rows[row].duty if 0 <= row < len(self._rows) else "")

    def open_new(self) -> None:
        app, batch_id = self.app, self.batch_id
        held_at, place = edit_china_time(self.held_edit), self.place_edit.text()
        chair, notes = self.chair_combo.currentData(), self.notes_edit.text()

        def work(_p: Progress) -> int:
            return open_meeting(app.uow(), batch_id, held_at=held_at, place=place,
                                chair_staff_id=chair, notes=notes)

        self.runner.task(work).on_success(self._on_opened).on_failure(self._on_failed).run()

    def _on_opened(self, meeting_id: int) -> None:
        self.chosen_id = meeting_id
        self._say(self.tr("Meeting opened: scan the badges of the staff present."), ok=True)
        self.badge_edit.setFocus()
        self._changed()

    def scan(self) -> None:
        text, meeting_id = self.badge_edit.text(), self.chosen_id
        if meeting_id is None or not text.strip():
            return
        self.badge_edit.clear()
        app = self.app

        def work(_p: Progress) -> int:
            return scan_badge(app.uow(), meeting_id, text)

        self.runner.task(work).on_success(self._on_scanned).on_failure(self._on_failed).run()

    def _on_scanned(self, _attendance_id: int) -> None:
        self._say(self.tr("Recorded as present."), ok=True)
        self._changed()

    def save_duty(self) -> None:
        who = self.selected_attendee()
        if who is None:
            return
        app, duty = self.app, self.duty_edit.text()

        def work(_p: Progress) -> None:
            set_duty(app.uow(), who.attendance_id, duty)

        self.runner.task(work).on_success(lambda _r: self._on_duty_saved(who.name)) \
            .on_failure(self._on_failed).run()

    def _on_duty_saved(self, name: str) -> None:
        self._say(self.tr("Duties of %1 saved.").replace("%1", name), ok=True)
        self._changed()

    def close_current(self) -> None:
        meeting_id, app = self.chosen_id, self.app
        if meeting_id is None:
            return

        def work(_p: Progress) -> int:
            return close_meeting(app.uow(), meeting_id)

        self.runner.task(work).on_success(self._on_closed).on_failure(self._on_failed).run()

    def _on_closed(self, absent: int) -> None:
        self._say(self.tr("Meeting closed; %1 assigned staff were absent.")
                  .replace("%1", str(absent)), ok=True)
        self._changed()

    def _changed(self) -> None:
        self.data_changed.emit()
        self.refresh()

    def _on_failed(self, exc: BaseException) -> None:
        self._say(error_text(exc) if isinstance(exc, DomainError) else str(exc), ok=False)

    def _say(self, text: str, *, ok: bool) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {OK_COLOUR if ok else ERROR_COLOUR}; "
                                  "font-weight: bold;")
