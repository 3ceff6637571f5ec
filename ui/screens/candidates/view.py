"""The candidates screen: instant search, the table, and a detail pane with the photo."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QEvent, QItemSelection, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import App
from app.clock import CHINA_TZ
from app.errors import DomainError
from app.rules.id_documents import mask_id
from app.services.queries import CandidateDetail, candidate_detail, candidate_rows
from app.services.tickets import IssueResult, issue_tickets
from ui.dialogs import error_text, show_error, show_info
from ui.formats import date_text, day_text, time_text
from ui.gate_override import ask_override_reason, is_overridable
from ui.labels import ELIGIBILITY, GENDERS, ID_TYPES, LEVELS, SUBJECTS, label
from ui.screens.candidates.import_dialog import ImportDialog
from ui.screens.candidates.models import ROW_ROLE, CandidateFilter, CandidatesModel, Columns
from ui.screens.tickets.print_dialog import PrintTicketsDialog
from ui.tasks import TaskRunner
from ui.widgets.photo_view import PhotoView


class CandidateDetailPane(QWidget):
    """Photo, identity and registration of the selected candidate, with their sessions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.photo = PhotoView(self)
        layout.addWidget(self.photo, 3)
        self.box = QGroupBox(self)
        form = QFormLayout(self.box)
        self.fields: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        for key in ("name", "gender", "id_type", "id_number", "birth_date", "occupation",
                    "level", "ticket_no", "work_unit", "training_class", "phone", "eligibility"):
            value = QLabel(self.box)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            caption = QLabel(self.box)
            form.addRow(caption, value)
            self.fields[key], self.captions[key] = value, caption
        layout.addWidget(self.box)
        self.sessions_title = QLabel(self)
        layout.addWidget(self.sessions_title)
        self.sessions = QListWidget(self)
        self.sessions.setMaximumHeight(150)
        self.sessions.setWordWrap(True)
        layout.addWidget(self.sessions)
        self.retranslate()
        self.show_detail(None)

    def retranslate(self) -> None:
        captions = {
            "name": self.tr("Name"), "gender": self.tr("Gender"),
            "id_type": self.tr("Document"), "id_number": self.tr("ID number"),
            "birth_date": self.tr("Birth date"), "occupation": self.tr("Occupation"),
            "level": self.tr("Level"), "ticket_no": self.tr("Ticket number"),
            "work_unit": self.tr("Work unit"), "training_class": self.tr("Training class"),
            "phone": self.tr("Phone"), "eligibility": self.tr("Eligibility"),
        }
        for key, text in captions.items():
            self.captions[key].setText(text)
        self.box.setTitle(self.tr("Candidate"))
        self.sessions_title.setText(self.tr("Sessions and seats"))
        if hasattr(self, "detail"):  # the shown candidate's labels follow the language
            self.show_detail(self.detail)

    def show_detail(self, detail: CandidateDetail | None) -> None:
        self.detail = detail
        if detail is None:
            self.photo.set_photo(None, self.tr("Select a candidate"))
            for value in self.fields.values():
                value.clear()
            self.sessions.clear()
            return
        r = detail.row
        self.photo.set_photo(detail.photo, self.tr("No photo"))
        values = {
            "name": r.name, "gender": label(GENDERS, r.gender),
            "id_type": label(ID_TYPES, r.id_type), "id_number": r.id_number,
            "birth_date": date_text(detail.birth_date),
            "occupation": r.occupation, "level": label(LEVELS, r.level),
            "ticket_no": r.ticket_no, "work_unit": r.work_unit,
            "training_class": r.training_class, "phone": detail.phone,
            "eligibility": label(ELIGIBILITY, r.eligibility),
        }
        for key, text in values.items():
            self.fields[key].setText(text)
        self.fields["id_number"].setToolTip(mask_id(r.id_number))
        self.sessions.clear()
        for s in detail.sessions:
            # Exam times are China Standard Time wherever the laptop's clock is set.
            start, end = s.starts_at.astimezone(CHINA_TZ), s.ends_at.astimezone(CHINA_TZ)
            self.sessions.addItem(self.tr("%1  %2 %3–%4\n    %5, seat %6")
                                  .replace("%1", label(SUBJECTS, s.subject_kind))
                                  .replace("%2", day_text(start))
                                  .replace("%3", time_text(start))
                                  .replace("%4", time_text(end))
                                  .replace("%5", s.room_name).replace("%6", s.seat_label))


class CandidatesScreen(QWidget):
    """All registrations of the batch; type to filter by name, ID number or ticket number."""

    data_changed = Signal()

    def __init__(self, app: App, runner: TaskRunner, batch_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app, self.runner, self.batch_id = app, runner, batch_id
        self.model = CandidatesModel(self)
        self.proxy = CandidateFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.count = QLabel(self)
        self.import_button = QPushButton(self)
        self.import_button.clicked.connect(self.open_import)
        self.issue_button = QPushButton(self)
        self.issue_button.clicked.connect(self._on_issue_clicked)
        self.print_button = QPushButton(self)
        self.print_button.clicked.connect(self.open_print)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Columns.TICKET, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.detail = CandidateDetailPane(self)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        top.addWidget(self.import_button)
        top.addWidget(self.issue_button)
        top.addWidget(self.print_button)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        QShortcut(QKeySequence("Ctrl+F"), self, self.search.setFocus)
        self.retranslate()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(
            self.tr("Search by name, ID number or ticket number (Ctrl+F)"))
        self.import_button.setText(self.tr("Import from Excel..."))
        self.issue_button.setText(self.tr("Issue admission tickets"))
        self.issue_button.setToolTip(self.tr("Sign the QR code of every seated candidate's "
                                             "ticket (after the seating)"))
        self.print_button.setText(self.tr("Print admission tickets..."))
        self.detail.retranslate()
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        uow, batch_id = self.app.uow(), self.batch_id
        self.runner.task(lambda _p: candidate_rows(uow, batch_id)).on_success(
            self._on_rows_loaded).run()

    def _on_rows_loaded(self, rows: list) -> None:  # type: ignore[type-arg]
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self._update_count()

    def _update_count(self) -> None:
        self.count.setText(self.tr("%1 of %2").replace("%1", str(self.proxy.rowCount()))
                           .replace("%2", str(self.model.rowCount())))

    def _on_search_text_changed(self, text: str) -> None:
        self.proxy.set_needle(unicodedata.normalize("NFKC", text))
        self._update_count()
        if self.proxy.rowCount() == 1:
            self.table.selectRow(0)

    def _on_table_selection_changed(self, selected: QItemSelection, _old: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        row = self.proxy.data(indexes[0], ROW_ROLE)
        uow = self.app.uow()
        self.runner.task(lambda _p: candidate_detail(uow, row.registration_id)).on_success(
            self.detail.show_detail).run()

    def open_import(self) -> None:
        dialog = ImportDialog(self.app, self.runner, self.batch_id, self)
        dialog.imported.connect(self._on_import_dialog_imported)
        dialog.open()
        self.import_dialog = dialog

    def _on_issue_clicked(self) -> None:
        self.issue_tickets()

    def issue_tickets(self, reason: str = "") -> None:
        """Sign every seated candidate's ticket; a blocked issue asks for the override."""
        uow, batch_id = self.app.uow(), self.batch_id
        self.issue_button.setEnabled(False)
        self.runner.task(lambda p: issue_tickets(uow, batch_id, progress=p,
                                                 override_reason=reason)).on_success(
            self._on_issued).on_failure(self._on_issue_failed).with_progress(
            self.tr("Signing the admission tickets..."), self).run()

    def _on_issued(self, result: IssueResult) -> None:
        self.issue_button.setEnabled(True)
        self.issued_text = self.tr("%1 admission tickets signed.").replace(
            "%1", str(result.issued))
        show_info(self, self.issued_text)
        self.refresh()
        self.data_changed.emit()

    def _on_issue_failed(self, exc: BaseException) -> None:
        self.issue_button.setEnabled(True)
        if isinstance(exc, DomainError) and is_overridable(exc):
            reason = ask_override_reason(self, exc)
            if reason:
                self.issue_tickets(reason)
            return
        show_error(self, error_text(exc) if isinstance(exc, DomainError) else str(exc))

    def open_print(self) -> None:
        dialog = PrintTicketsDialog(self.app, self.runner, self.batch_id, self)
        dialog.open()
        self.print_dialog = dialog

    def _on_import_dialog_imported(self) -> None:
        self.refresh()
        self.data_changed.emit()
