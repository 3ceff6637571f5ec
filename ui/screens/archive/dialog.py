"""档案保管: the batch's retention dates, the encrypted archive export and the purge.

The export runs on the task runner with a progress bar; "saved and verified" is shown only
when the service has read the written file back and checked it. Purging stays disabled, with
the reason, until the electronic retention period is over; then the batch code must be typed.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import App
from app.errors import DomainError, ValidationError
from app.progress import Progress
from app.services.archive import (
    ExportResult,
    PurgeResult,
    Retention,
    export_archive,
    purge_batch,
    retention_of,
)
from ui.dialogs import error_text
from ui.formats import date_text, datetime_text
from ui.pdf_output import documents_folder
from ui.screens.archive.index_dialog import ArchiveIndexDialog
from ui.tasks import TaskRunner

SUFFIX = ".age"


def _day(d: date) -> str:
    return date_text(d)


def _moment(at: datetime | None) -> str:
    return datetime_text(at, empty="—")


def archive_path(text: str) -> Path | None:
    """The typed path with the ``.age`` suffix, or None when no file name was given."""
    out = Path(text.strip())
    if not text.strip() or not out.name:
        return None
    return out if out.suffix.lower() == SUFFIX else out.with_name(out.name + SUFFIX)


class ArchiveDialog(QDialog):
    """Retention dates, "Export archive" and "Purge batch" for one batch."""

    data_changed = Signal()

    def __init__(self, app: App, runner: TaskRunner, batch_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app, self.runner, self.batch_id = app, runner, batch_id
        self.retention: Retention | None = None
        self.exported: ExportResult | None = None
        self.values = {key: QLabel(self) for key in (
            "plan", "code", "exam_end", "start", "paper", "electronic", "purge", "export",
            "purged")}
        for value in self.values.values():
            value.setWordWrap(True)
        self.info_box = QGroupBox(self)
        self.info = QFormLayout(self.info_box)
        self.info_labels = {key: QLabel(self) for key in self.values}
        for key, value in self.values.items():
            self.info.addRow(self.info_labels[key], value)
        self._build_export()
        self._build_purge()
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.accept)
        self.index_button = QPushButton(self)
        self.index_button.clicked.connect(self.open_index)
        self.index_dialog: ArchiveIndexDialog | None = None
        buttons = QHBoxLayout()
        buttons.addWidget(self.index_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info_box)
        layout.addWidget(self.export_box)
        layout.addWidget(self.purge_box)
        layout.addLayout(buttons)
        self.resize(680, 560)
        # A cancelled export calls neither callback: give the button back when work is done.
        runner.idle.connect(self._on_runner_idle)
        self.retranslate()
        self.refresh()

    def _build_export(self) -> None:
        self.export_box = QGroupBox(self)
        self.out_edit = QLineEdit(self)
        self.browse = QPushButton(self)
        self.browse.clicked.connect(self._choose_file)
        self.pass_edit = QLineEdit(self)
        self.pass_again = QLineEdit(self)
        for edit in (self.pass_edit, self.pass_again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.export_button = QPushButton(self)
        self.export_button.clicked.connect(self.start_export)
        self.export_status = QLabel(self)
        self.export_status.setWordWrap(True)
        self.export_labels = [QLabel(self) for _ in range(3)]
        out_row = QHBoxLayout()
        out_row.addWidget(self.out_edit, 1)
        out_row.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(self.export_labels[0], out_row)
        form.addRow(self.export_labels[1], self.pass_edit)
        form.addRow(self.export_labels[2], self.pass_again)
        export_layout = QVBoxLayout(self.export_box)
        export_layout.addLayout(form)
        export_row = QHBoxLayout()
        export_row.addWidget(self.export_status, 1)
        export_row.addWidget(self.export_button)
        export_layout.addLayout(export_row)

    def _build_purge(self) -> None:
        self.purge_box = QGroupBox(self)
        self.purge_reason = QLabel(self)
        self.purge_reason.setWordWrap(True)
        self.confirm_label = QLabel(self)
        self.confirm_edit = QLineEdit(self)
        self.confirm_edit.textChanged.connect(self._update_purge)
        self.purge_button = QPushButton(self)
        self.purge_button.setStyleSheet("QPushButton:enabled { color: #b71c1c; }")
        self.purge_button.clicked.connect(self.start_purge)
        purge_layout = QVBoxLayout(self.purge_box)
        purge_layout.addWidget(self.purge_reason)
        confirm_row = QHBoxLayout()
        confirm_row.addWidget(self.confirm_label)
        confirm_row.addWidget(self.confirm_edit, 1)
        confirm_row.addWidget(self.purge_button)
        purge_layout.addLayout(confirm_row)

    # --- text ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Archive and retention"))
        self.info_box.setTitle(self.tr("Retention of the batch's records"))
        self.index_button.setText(self.tr("Archive &index..."))
        names = {"plan": self.tr("Batch:"), "code": self.tr("Batch code:"),
                 "exam_end": self.tr("Last exam day:"),
                 "start": self.tr("Retention counted from:"),
                 "paper": self.tr("Paper records kept until:"),
                 "electronic": self.tr("Electronic records kept until:"),
                 "purge": self.tr("Purge:"), "export": self.tr("Last archive export:"),
                 "purged": self.tr("Purged:")}
        for key, text in names.items():
            self.info_labels[key].setText(text)
        self.export_box.setTitle(self.tr("Export the batch archive (encrypted)"))
        self.export_labels[0].setText(self.tr("Save as:"))
        self.export_labels[1].setText(self.tr("Passphrase:"))
        self.export_labels[2].setText(self.tr("Passphrase again:"))
        self.browse.setText(self.tr("Browse..."))
        self.export_button.setText(self.tr("Export archive..."))
        self.purge_box.setTitle(self.tr("Purge the batch"))
        self.confirm_label.setText(self.tr("Type the batch code:"))
        self.purge_button.setText(self.tr("Purge batch..."))
        self.close_button.setText(self.tr("Close"))
        if self.retention is not None:
            self.show_retention(self.retention)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- data ---------------------------------------------------------------------------
    def open_index(self) -> ArchiveIndexDialog:
        """The archive index: what is kept, until when and where."""
        self.index_dialog = ArchiveIndexDialog(self.app, self.runner, self.batch_id, self)
        self.index_dialog.open()
        return self.index_dialog

    def refresh(self) -> None:
        uow, batch_id = self.app.uow(), self.batch_id
        self.runner.task(lambda _p: retention_of(uow, batch_id)).on_success(
            self.show_retention).run()

    def show_retention(self, r: Retention) -> None:
        first = self.retention is None
        self.retention = r
        d = r.dates
        v = self.values
        v["plan"].setText(r.plan_name)
        v["code"].setText(r.batch_code)
        v["exam_end"].setText(_day(r.exam_end))
        v["start"].setText(_day(d.start))
        v["paper"].setText(self.tr("%1 (%2 years)").replace("%1", _day(d.paper_keep_until))
                           .replace("%2", str(d.paper_years)))
        v["electronic"].setText(self.tr("%1 (%2 years)").replace(
            "%1", _day(d.electronic_keep_until)).replace("%2", str(d.electronic_years)))
        v["purge"].setText(self.tr("allowed") if r.purge_allowed else self.tr(
            "not before %1").replace("%1", _day(d.purge_from)))
        v["export"].setText(_moment(r.last_export_at))
        v["purged"].setText(_moment(r.purged_at) if r.purged_at else self.tr("no"))
        if first and not self.out_edit.text():
            self.out_edit.setText(str(documents_folder() / f"{r.plan_name}-档案{SUFFIX}"))
        self._update_purge()

    def _update_purge(self) -> None:
        r = self.retention
        if r is None:
            self.purge_button.setEnabled(False)
            return
        if r.purged_at is not None:
            reason = self.tr("This batch was purged on %1.").replace("%1", _moment(r.purged_at))
        elif not r.purge_allowed:
            reason = self.tr("The batch's electronic records must be kept until %1: purging is "
                             "possible from %2, by the site manager, after an archive export."
                             ).replace("%1", _day(r.dates.electronic_keep_until)).replace(
                "%2", _day(r.dates.purge_from))
        elif r.last_export_at is None:
            reason = self.tr("Export an archive of the batch before purging it.")
        else:
            reason = self.tr("The retention period is over. Purging deletes the batch's "
                             "candidates, registrations, tickets, check-ins and marks for good; "
                             "the audit trail stays. Type the batch code %1 to confirm."
                             ).replace("%1", r.batch_code)
        self.purge_reason.setText(reason)
        usable = r.purge_allowed and r.purged_at is None
        self.confirm_edit.setEnabled(usable)
        self.purge_button.setEnabled(
            usable and self.confirm_edit.text().strip() == r.batch_code)

    # --- export -------------------------------------------------------------------------
    def _choose_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the archive as"), self.out_edit.text(),
            self.tr("Encrypted archive (*.age)"))
        if path:
            self.out_edit.setText(path)

    def start_export(self) -> None:
        out = archive_path(self.out_edit.text())
        if out is None:
            self.export_status.setText(self.tr("Choose where to save the archive."))
            return
        passphrase = self.pass_edit.text()
        if passphrase != self.pass_again.text():
            self.export_status.setText(error_text(ValidationError("archive.passphrases_differ")))
            return
        uow, batch_id = self.app.uow(), self.batch_id
        self.export_button.setEnabled(False)
        self.export_status.setStyleSheet("")
        self.export_status.setText(self.tr("Exporting..."))

        def work(p: Progress) -> ExportResult:
            return export_archive(uow, batch_id, out, passphrase, progress=p)

        self.runner.task(work).on_success(self._on_exported).on_failure(
            self._on_export_failed).with_progress(
            self.tr("Writing and verifying the encrypted archive..."), self).run()

    def _on_runner_idle(self) -> None:
        self.export_button.setEnabled(True)

    def _on_exported(self, result: ExportResult) -> None:
        self.exported = result
        self.export_button.setEnabled(True)
        self.pass_edit.clear()
        self.pass_again.clear()
        self.export_status.setStyleSheet("color: #1b5e20;")
        self.export_status.setText(self.tr("Saved and verified: %1 (%2 files inside, SHA-256 %3)")
                                   .replace("%1", str(result.path))
                                   .replace("%2", str(result.members))
                                   .replace("%3", result.sha256[:16] + "…"))
        self.refresh()
        self.data_changed.emit()

    def _on_export_failed(self, exc: BaseException) -> None:
        self.export_button.setEnabled(True)
        self.export_status.setStyleSheet("color: #b71c1c;")
        self.export_status.setText(error_text(exc) if isinstance(exc, DomainError) else "")

    # --- purge --------------------------------------------------------------------------
    def start_purge(self) -> None:
        uow, batch_id, code = self.app.uow(), self.batch_id, self.confirm_edit.text()
        self.purge_button.setEnabled(False)
        self.runner.task(lambda _p: purge_batch(uow, batch_id, code)).on_success(
            self._on_purged).on_failure(self._on_purge_failed).run()

    def _on_purged(self, result: PurgeResult) -> None:
        self.confirm_edit.clear()
        total = sum(result.deleted.values())
        self.purge_reason.setText(self.tr("Purged: %1 records deleted; the audit trail is %2.")
                                  .replace("%1", str(total))
                                  .replace("%2", self.tr("intact") if result.chain_intact
                                           else self.tr("broken")))
        self.refresh()
        self.data_changed.emit()

    def _on_purge_failed(self, exc: BaseException) -> None:
        self._update_purge()
        self.purge_reason.setText(error_text(exc) if isinstance(exc, DomainError) else "")
