"""内部督导记录: the supervisor enters observations; the list shows them; the record prints to
PDF (内部督导情况记录表). All database work goes through the task runner."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import App
from app.errors import DomainError
from app.progress import Progress
from app.reports.score_summary import supervision_record
from app.reports.supervision_pdf import write_supervision_pdf
from app.services.supervision import (
    TOPICS,
    NoteView,
    SupervisionChoices,
    add_note,
    list_notes,
    supervision_choices,
)
from ui.dialogs import error_text
from ui.pdf_output import documents_folder
from ui.screens.supervision.models import NoteColumns, NotesModel, topic_label
from ui.tasks import TaskRunner

FILE_NAME = "内部督导情况记录表.pdf"


class SupervisionDialog(QDialog):
    """Enter supervision notes and print the record."""

    data_changed = Signal()

    def __init__(self, app: App, runner: TaskRunner, batch_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app, self.runner, self.batch_id = app, runner, batch_id
        self.written: Path | None = None
        self.model = NotesModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NoteColumns.TEXT, QHeaderView.ResizeMode.Stretch)
        self.topic_combo = QComboBox(self)
        self.room_combo = QComboBox(self)
        self.supervisor_combo = QComboBox(self)
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setMaximumHeight(140)
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.add)
        self.print_button = QPushButton(self)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.accept)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.labels = [QLabel(self) for _ in range(4)]
        form = QFormLayout()
        for label, field in zip(self.labels, (self.topic_combo, self.room_combo,
                                              self.supervisor_combo, self.text_edit),
                                strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.choices = SupervisionChoices((), ())
        self.resize(900, 620)
        self.retranslate()

    # --- texts --------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Internal supervision record"))
        for label, text in zip(self.labels, (self.tr("&Topic:"), self.tr("&Room:"),
                                             self.tr("&Supervisor:"), self.tr("&Observation:")),
                               strict=True):
            label.setText(text)
        current = self.topic_combo.currentData()
        self.topic_combo.clear()
        for topic in TOPICS:
            self.topic_combo.addItem(topic_label(topic), topic)
        self.topic_combo.setCurrentIndex(max(self.topic_combo.findData(current), 0))
        self._fill_choices()
        self.text_edit.setPlaceholderText(self.tr("What did you observe? Where, who, what "
                                                  "was done about it."))
        self.add_button.setText(self.tr("&Add note"))
        self.print_button.setText(self.tr("&Print record..."))
        self.close_button.setText(self.tr("Close"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(NoteColumns) - 1)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _fill_choices(self) -> None:
        room, who = self.room_combo.currentData(), self.supervisor_combo.currentData()
        self.room_combo.clear()
        self.room_combo.addItem(self.tr("(whole site)"), None)
        for room_id, name in self.choices.rooms:
            self.room_combo.addItem(name, room_id)
        self.supervisor_combo.clear()
        for staff_id, name in self.choices.supervisors:
            self.supervisor_combo.addItem(name, staff_id)
        if not self.choices.supervisors:
            self.supervisor_combo.addItem(self.tr("(not recorded)"), None)
        self.room_combo.setCurrentIndex(max(self.room_combo.findData(room), 0))
        self.supervisor_combo.setCurrentIndex(max(self.supervisor_combo.findData(who), 0))

    # --- data ---------------------------------------------------------------------------
    def refresh(self) -> None:
        app, batch_id = self.app, self.batch_id

        def load(_p: Progress) -> tuple[SupervisionChoices, list[NoteView]]:
            return supervision_choices(app.uow(), batch_id), list_notes(app.uow(), batch_id)

        self.runner.task(load).on_success(self._on_loaded).run()

    def _on_loaded(self, result: tuple[SupervisionChoices, list[NoteView]]) -> None:
        self.choices, notes = result
        self._fill_choices()
        self.model.set_rows(notes)
        self.table.resizeRowsToContents()
        self.table.scrollToBottom()

    def add(self) -> None:
        text = self.text_edit.toPlainText()
        topic = self.topic_combo.currentData()
        room_id, staff_id = self.room_combo.currentData(), self.supervisor_combo.currentData()
        app, batch_id = self.app, self.batch_id
        self.add_button.setEnabled(False)

        def work(_p: Progress) -> int:
            return add_note(app.uow(), batch_id, topic, text, staff_id=staff_id, room_id=room_id)

        self.runner.task(work).on_success(self._on_added).on_failure(self._on_failed).run()

    def _on_added(self, _note_id: int) -> None:
        self.add_button.setEnabled(True)
        self.text_edit.clear()
        self.status.setText(self.tr("Note saved."))
        self.data_changed.emit()
        self.refresh()

    def _on_failed(self, exc: DomainError) -> None:
        self.add_button.setEnabled(True)
        self.print_button.setEnabled(True)
        self.status.setText(error_text(exc))

    def _on_print_button_clicked(self) -> None:
        self.print_record()

    def print_record(self, out: Path | None = None) -> None:
        """Write the record to ``out`` (default: 内部督导情况记录表.pdf in Documents)."""
        if out is None:
            out = documents_folder() / FILE_NAME
        app, batch_id, target = self.app, self.batch_id, out
        self.print_button.setEnabled(False)

        def work(p: Progress) -> int:
            return write_supervision_pdf(supervision_record(app.uow(), batch_id), target, p)

        self.runner.task(work).on_success(lambda pages: self._on_printed(target, pages)) \
            .on_failure(self._on_failed).with_progress(self.tr("Creating the PDF..."), self).run()

    def _on_printed(self, out: Path, pages: int) -> None:
        self.print_button.setEnabled(True)
        self.written = out
        self.status.setText(self.tr("%1 pages saved to %2").replace("%1", str(pages))
                            .replace("%2", str(out)))
