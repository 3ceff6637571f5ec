"""The certificates screen (证书核发): the number rule with a live example, issuing the batch's
certificates after the lock, the list with revoking, the platform export (xlsx/CSV), printing
the certificates and checking a scanned certificate code.

Keys: F5 refresh · Ctrl+P print.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import App
from app.clock import today
from app.errors import DomainError
from app.io.certificate_export import write_certificates_csv, write_certificates_xlsx
from app.messages import render
from app.progress import Progress
from app.reports.certificate_pdf import write_certificates_pdf
from app.rules.certificate_numbers import RuleError, example, parse_rule
from app.services.certificate_queries import (
    CertificateCheck,
    CertificateRow,
    certificate_documents,
    current_rule,
    export_rows,
    list_certificates,
    verify_certificate,
)
from app.services.certificates import (
    IssueOutcome,
    issue_certificates,
    revoke_certificate,
    set_rule,
)
from ui.dialogs import ask_confirm, error_text, qt_translate
from ui.pdf_output import documents_folder, open_file
from ui.screens.certificates.models import ROW_ROLE, CertificateColumns, CertificatesModel
from ui.tasks import TaskRunner

ERROR_STYLE = "color: #c62828;"
OK_STYLE = "color: #2e7d32;"
FILE_NAMES = {"xlsx": "证书数据.xlsx", "csv": "证书数据.csv", "pdf": "职业技能等级证书.pdf"}


class CertificatesScreen(QWidget):
    """Rule and issue on top, the batch's certificates in the middle, actions below."""

    data_changed = Signal()

    def __init__(self, app: App, runner: TaskRunner, batch_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app, self.runner, self.batch_id = app, runner, batch_id
        self.loaded = False
        self.written: Path | None = None
        self.last_check: CertificateCheck | None = None
        self.rule_box, self.issue_box = QGroupBox(self), QGroupBox(self)
        self.rule_caption, self.rule_edit = QLabel(self), QLineEdit(self)
        self.rule_edit.textChanged.connect(self._on_rule_edit_changed)
        self.rule_example, self.rule_help = QLabel(self), QLabel(self)
        self.rule_help.setWordWrap(True)
        self.save_rule_button = QPushButton(self)
        self.save_rule_button.clicked.connect(self.save_rule)
        self.date_caption, self.date_edit = QLabel(self), QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        day = today(app.clock)
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.issue_button = QPushButton(self)
        self.issue_button.clicked.connect(self.ask_issue)
        self.summary = QLabel(self)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setMinimumWidth(280)
        self.model = CertificatesModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = self._table()
        self.buttons: dict[str, QPushButton] = {
            key: QPushButton(self) for key in ("revoke", "xlsx", "csv", "pdf")}
        self.buttons["revoke"].clicked.connect(self.ask_revoke)
        for key in ("xlsx", "csv", "pdf"):
            self.buttons[key].clicked.connect(lambda _c=False, k=key: self.ask_and_write(k))
        self.verify_edit, self.verify_button = QLineEdit(self), QPushButton(self)
        self.verify_button.clicked.connect(self.check_code)
        self.verify_edit.returnPressed.connect(self.check_code)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setOpenExternalLinks(False)
        self.status.linkActivated.connect(lambda _l: open_file(self.written))
        self._build_layout()
        QShortcut(QKeySequence("F5"), self, self.refresh)
        QShortcut(QKeySequence("Ctrl+P"), self, lambda: self.ask_and_write("pdf"))
        self.retranslate()

    def _table(self) -> QTableView:
        view = QTableView(self)
        view.setModel(self.proxy)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSortingEnabled(True)
        view.sortByColumn(CertificateColumns.NUMBER, Qt.SortOrder.AscendingOrder)
        view.verticalHeader().hide()
        view.horizontalHeader().setStretchLastSection(True)
        view.setAlternatingRowColors(True)
        return view

    def _build_layout(self) -> None:
        rule = QVBoxLayout(self.rule_box)
        line = QHBoxLayout()
        for w in (self.rule_caption, self.rule_edit, self.save_rule_button):
            line.addWidget(w, 1 if w is self.rule_edit else 0)
        rule.addLayout(line)
        rule.addWidget(self.rule_example)
        rule.addWidget(self.rule_help)
        issue = QHBoxLayout(self.issue_box)
        for w in (self.date_caption, self.date_edit, self.issue_button):
            issue.addWidget(w)
        issue.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.rule_box, 3)
        top.addWidget(self.issue_box, 2)
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.summary, 1)
        filter_row.addWidget(self.filter_edit)
        actions = QHBoxLayout()
        for key in ("revoke", "xlsx", "csv", "pdf"):
            actions.addWidget(self.buttons[key])
        actions.addStretch(1)
        actions.addWidget(self.verify_edit, 1)
        actions.addWidget(self.verify_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filter_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.status)

    # --- language ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.rule_box.setTitle(self.tr("Certificate number rule"))
        self.rule_caption.setText(self.tr("&Rule:"))
        self.rule_caption.setBuddy(self.rule_edit)
        self.rule_help.setText(self.tr(
            "Parts: {site} site code, {year} year (or {year:2}), {level} level code 1-5 (or "
            "{level:2} for 01-05), {seq:N} an N-digit sequence, last; other text is copied. "
            "Numbers already issued keep theirs and are never given again."))
        self.save_rule_button.setText(self.tr("&Save rule"))
        self.issue_box.setTitle(self.tr("Issue certificates"))
        self.date_caption.setText(self.tr("Date of &issue:"))
        self.date_caption.setBuddy(self.date_edit)
        self.issue_button.setText(self.tr("Issue to every &passing candidate..."))
        self.filter_edit.setPlaceholderText(self.tr("Filter by number, name, ID..."))
        self.buttons["revoke"].setText(self.tr("Re&voke..."))
        self.buttons["xlsx"].setText(self.tr("Export &xlsx..."))
        self.buttons["csv"].setText(self.tr("Export &CSV..."))
        self.buttons["pdf"].setText(self.tr("&Print certificates... (Ctrl+P)"))
        self.verify_edit.setPlaceholderText(self.tr("Scan a certificate code to check it"))
        self.verify_button.setText(self.tr("Chec&k"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                          len(CertificateColumns) - 1)
        self._on_rule_edit_changed(self.rule_edit.text())
        self._show_summary()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- loading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        app, batch_id = self.app, self.batch_id

        def load(_p: Progress) -> tuple[str, list[CertificateRow]]:
            return current_rule(app.uow()), list_certificates(app.uow(), batch_id)

        self.runner.task(load).on_success(self._on_loaded).on_failure(self._on_failed).run()

    def _on_loaded(self, loaded: tuple[str, list[CertificateRow]]) -> None:
        template, rows = loaded
        if not self.loaded or not self.rule_edit.isModified():
            self.rule_edit.setText(template)
            self.rule_edit.setModified(False)
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.loaded = True
        self._show_summary()

    def _show_summary(self) -> None:
        rows = self.model.rows()
        revoked = sum(1 for r in rows if r.state == "revoked")
        if not self.loaded:
            self.summary.setText("")
        elif not rows:
            self.summary.setText(self.tr(
                "No certificate issued for this batch yet: they are issued once the results "
                "are locked."))
        else:
            self.summary.setText(self.tr("%1 certificates, %2 revoked.").replace(
                "%1", str(len(rows))).replace("%2", str(revoked)))
        self.buttons["revoke"].setEnabled(bool(rows))
        for key in ("xlsx", "csv", "pdf"):
            self.buttons[key].setEnabled(len(rows) > revoked)

    def _say(self, text: str, style: str = "") -> None:
        self.status.setStyleSheet(style)
        self.status.setText(text)

    def _on_failed(self, exc: BaseException) -> None:
        self._say(error_text(exc) if isinstance(exc, DomainError) else str(exc), ERROR_STYLE)

    # --- the rule ----------------------------------------------------------------------------
    def _on_rule_edit_changed(self, text: str) -> None:
        try:
            rule = parse_rule(text)
        except RuleError as exc:
            self.rule_example.setStyleSheet(ERROR_STYLE)
            self.rule_example.setText(render(exc.code, exc.params, qt_translate))
            self.save_rule_button.setEnabled(False)
            return
        self.rule_example.setStyleSheet("")
        self.rule_example.setText(self.tr("Example: %1").replace("%1", example(rule)))
        self.save_rule_button.setEnabled(True)

    def save_rule(self) -> None:
        uow, template = self.app.uow(), self.rule_edit.text()
        self.runner.task(lambda _p: set_rule(uow, template)).on_success(
            self._on_rule_saved).on_failure(self._on_failed).run()

    def _on_rule_saved(self, template: str) -> None:
        self.rule_edit.setText(template)
        self.rule_edit.setModified(False)
        self._say(self.tr("Rule saved: new certificates are numbered by it."), OK_STYLE)

    # --- issuing and revoking ----------------------------------------------------------------
    def issued_on(self) -> date:
        d = self.date_edit.date()
        return date(d.year(), d.month(), d.day())

    def ask_issue(self) -> None:
        if ask_confirm(self, self.tr(
                "Issue a certificate, dated %1, to every candidate of the batch who passed and "
                "has none yet? Numbers are given once and forever.").replace(
                "%1", self.issued_on().isoformat())):
            self.issue()

    def issue(self) -> None:
        uow, batch_id, day = self.app.uow(), self.batch_id, self.issued_on()
        self.runner.task(lambda _p: issue_certificates(uow, batch_id, day)).on_success(
            self._on_issued).on_failure(self._on_failed) \
            .with_progress(self.tr("Issuing certificates..."), self).run()

    def _on_issued(self, outcome: IssueOutcome) -> None:
        self._say(self.tr("%1 certificates issued; %2 candidates already had one.").replace(
            "%1", str(outcome.issued)).replace("%2", str(outcome.already)), OK_STYLE)
        self.refresh()
        if outcome.issued:
            self.data_changed.emit()

    def current(self) -> CertificateRow | None:
        selected = self.table.selectionModel().selectedRows()
        if not selected:
            return None
        row: CertificateRow = selected[0].data(ROW_ROLE)
        return row

    def ask_revoke(self) -> None:
        row = self.current()
        if row is None:
            self._say(self.tr("Choose the certificate to revoke first."), ERROR_STYLE)
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Revoke certificate"),
            self.tr("Reason for revoking %1 (%2):").replace("%1", row.number)
            .replace("%2", row.name))
        if ok:
            self.revoke(row.certificate_id, reason)

    def revoke(self, certificate_id: int, reason: str) -> None:
        uow = self.app.uow()
        self.runner.task(lambda _p: revoke_certificate(uow, certificate_id, reason)) \
            .on_success(self._on_revoked).on_failure(self._on_failed).run()

    def _on_revoked(self, _none: object) -> None:
        self._say(self.tr("Certificate revoked; its number stays used."), OK_STYLE)
        self.refresh()
        self.data_changed.emit()

    # --- export, print, check ----------------------------------------------------------------
    def ask_and_write(self, what: str) -> None:
        patterns = {"xlsx": self.tr("Excel workbook (*.xlsx)"), "csv": self.tr("CSV (*.csv)"),
                    "pdf": self.tr("PDF (*.pdf)")}
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as"), str(documents_folder() / FILE_NAMES[what]),
            patterns[what])
        if path:
            self.write(what, Path(path))

    def write(self, what: str, out: Path) -> None:
        """Write the export or the certificates PDF to ``out`` off the GUI thread."""
        uow, batch_id = self.app.uow(), self.batch_id
        jobs: dict[str, Callable[[Progress], int]] = {
            "xlsx": lambda _p: write_certificates_xlsx(export_rows(uow, batch_id), out),
            "csv": lambda _p: write_certificates_csv(export_rows(uow, batch_id), out),
            "pdf": lambda p: write_certificates_pdf(certificate_documents(uow, batch_id),
                                                    out, p),
        }
        self._say("")
        self.runner.task(jobs[what]).on_success(lambda _n: self._on_written(out)).on_failure(
            self._on_failed).with_progress(self.tr("Writing %1...").replace("%1", out.name),
                                           self).run()

    def _on_written(self, out: Path) -> None:
        self.written = out
        self._say(self.tr("Saved to %1 (<a href=\"open\">open</a>)").replace("%1", str(out)))

    def check_code(self) -> None:
        uow, text = self.app.uow(), self.verify_edit.text()
        if not text.strip():
            return
        self.runner.task(lambda _p: verify_certificate(uow, text)).on_success(
            self._on_checked).on_failure(self._on_failed).run()

    def _on_checked(self, check: CertificateCheck) -> None:
        self.last_check = check
        message = render(check.reason, {}, qt_translate)
        if check.number:
            message += " — " + self.tr("%1, %2").replace("%1", check.number).replace(
                "%2", check.name)
        self._say(message, OK_STYLE if check.ok else ERROR_STYLE)
        self.verify_edit.selectAll()
