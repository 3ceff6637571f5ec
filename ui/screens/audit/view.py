"""The audit viewer: filter the trail by person, candidate, action and time; verify the hash
chain; export the filtered events to Excel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, QEvent, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import App
from app.clock import CHINA_TZ
from app.errors import UserCancelled
from app.messages import render
from app.rules.permissions import allowed
from app.services.audit_queries import (
    AuditChoices,
    AuditFilter,
    AuditPage,
    audit_choices,
    audit_rows,
    iter_audit_rows,
)
from app.services.audit_verify import ChainReport, verify_chain
from ui.audit_actions import action_label
from ui.dialogs import qt_translate, show_error
from ui.formats import edit_china_time
from ui.screens.audit.export import write_audit_xlsx
from ui.screens.audit.models import AuditModel, Columns, headers
from ui.tasks import TaskRunner


class AuditScreen(QWidget):
    """Newest events first; filters query the database (the trail can hold 100,000 events)."""

    data_changed = Signal()
    verified = Signal(object)
    exported = Signal(str)

    def __init__(self, app: App, runner: TaskRunner, batch_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app, self.runner, self.batch_id = app, runner, batch_id
        self.page: AuditPage | None = None
        self.report: ChainReport | None = None
        self.model = AuditModel(self)
        self._build_filters()
        self._build_table()
        self._build_layout()
        self.retranslate()

    def _build_filters(self) -> None:
        self.actor = QComboBox(self)
        self.action = QComboBox(self)
        for combo in (self.actor, self.action):
            combo.addItem("", "")
            combo.setMinimumContentsLength(12)
            combo.currentIndexChanged.connect(self._on_filter_changed)
        self.candidate = QLineEdit(self)
        self.candidate.setClearButtonEnabled(True)
        self.candidate.textChanged.connect(self._on_filter_changed)
        self.since_on, self.until_on = QCheckBox(self), QCheckBox(self)
        self.since, self.until = QDateTimeEdit(self), QDateTimeEdit(self)
        # The app's clock in China time, not the laptop's zone (tests run on a fixed clock).
        local = self.app.clock.now().astimezone(CHINA_TZ)
        now = QDateTime(QDate(local.year, local.month, local.day),
                        QTime(local.hour, local.minute))
        for check, edit in ((self.since_on, self.since), (self.until_on, self.until)):
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
            edit.setCalendarPopup(True)
            edit.setDateTime(now)
            edit.setEnabled(False)
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(self._on_filter_changed)
            edit.dateTimeChanged.connect(self._on_filter_changed)
        # Typing in the candidate box must not run a query per keystroke.
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self._load_rows)

    def _build_table(self) -> None:
        self.count = QLabel(self)
        self.verify_button = QPushButton(self)
        self.verify_button.clicked.connect(self.verify)
        self.export_button = QPushButton(self)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.chain = QLabel(self)
        self.chain.setWordWrap(True)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().hide()

    def _build_layout(self) -> None:
        self.labels = {k: QLabel(self) for k in ("actor", "action", "candidate")}
        filters = QHBoxLayout()
        filters.addWidget(self.labels["actor"])
        filters.addWidget(self.actor)
        filters.addWidget(self.labels["action"])
        filters.addWidget(self.action)
        filters.addWidget(self.labels["candidate"])
        filters.addWidget(self.candidate, 1)
        times = QHBoxLayout()
        times.addWidget(self.since_on)
        times.addWidget(self.since)
        times.addWidget(self.until_on)
        times.addWidget(self.until)
        times.addStretch(1)
        times.addWidget(self.count)
        times.addWidget(self.export_button)
        chain = QHBoxLayout()
        chain.addWidget(self.verify_button)
        chain.addWidget(self.chain, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(times)
        layout.addWidget(self.table, 1)
        layout.addLayout(chain)

    def retranslate(self) -> None:
        self.labels["actor"].setText(self.tr("Person"))
        self.labels["action"].setText(self.tr("Action"))
        self.labels["candidate"].setText(self.tr("Candidate"))
        self.actor.setItemText(0, self.tr("Everyone"))
        self.action.setItemText(0, self.tr("All actions"))
        for i in range(1, self.action.count()):  # the actions' names follow the language
            self.action.setItemText(i, action_label(str(self.action.itemData(i))))
        self.candidate.setPlaceholderText(self.tr("Name, ID number or ticket number"))
        self.since_on.setText(self.tr("From"))
        self.until_on.setText(self.tr("Until"))
        self.verify_button.setText(self.tr("Verify the chain"))
        self.export_button.setText(self.tr("Export to Excel..."))
        self._show_report()
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def current_filter(self) -> AuditFilter:
        return AuditFilter(
            actor=str(self.actor.currentData() or ""), action=str(self.action.currentData() or ""),
            candidate=self.candidate.text().strip(),
            since=edit_china_time(self.since) if self.since_on.isChecked() else None,
            until=edit_china_time(self.until) if self.until_on.isChecked() else None)

    def _may_view(self) -> bool:
        """Only some roles may read the trail: others see why instead of an error box."""
        ok = allowed(self.app.actor.roles, "audit.view")
        for widget in (self.verify_button, self.export_button, self.table):
            widget.setEnabled(ok)
        if not ok:
            self.model.set_rows([])
            self.count.setText(self.tr(
                "Only the site manager, the internal quality supervisor and the certification "
                "body's administrator may view the audit trail."))
        return ok

    def refresh(self) -> None:
        if not self._may_view():
            return
        uow = self.app.uow()
        self.runner.task(lambda _p: audit_choices(uow)).on_success(self._on_choices_loaded).run()
        self._load_rows()

    def _on_choices_loaded(self, choices: AuditChoices) -> None:
        for combo, values in ((self.actor, choices.actors), (self.action, choices.actions)):
            current = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for value in values:
                combo.addItem(action_label(value) if combo is self.action else value, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    def _on_filter_changed(self, *_args: object) -> None:
        self._debounce.start()

    def _load_rows(self) -> None:
        self._debounce.stop()
        if not self._may_view():
            return
        uow, f = self.app.uow(), self.current_filter()
        self.runner.task(lambda _p: audit_rows(uow, f)).on_success(self._on_rows_loaded).run()

    def _on_rows_loaded(self, page: AuditPage) -> None:
        self.page = page
        self.model.set_rows(page.rows)
        for col in (Columns.ID, Columns.TIME, Columns.ACTOR, Columns.ACTION, Columns.OBJECT,
                    Columns.CANDIDATE):
            self.table.resizeColumnToContents(col)
        self._update_count()

    def _update_count(self) -> None:
        if self.page is None:
            self.count.clear()
        elif len(self.page.rows) < self.page.total:
            self.count.setText(self.tr("Newest %1 of %2 events (narrow the filters)")
                               .replace("%1", str(len(self.page.rows)))
                               .replace("%2", str(self.page.total)))
        else:
            self.count.setText(self.tr("%n event(s)", "", self.page.total))

    def verify(self) -> None:
        uow = self.app.uow()
        self.verify_button.setEnabled(False)
        self.runner.task(lambda _p: verify_chain(uow)).on_success(
            self._on_verify_done).on_failure(self._on_verify_failed).with_progress(
            self.tr("Verifying the audit trail..."), self).run()

    def _on_verify_done(self, report: ChainReport) -> None:
        self.verify_button.setEnabled(True)
        self.report = report
        self._show_report()
        self.verified.emit(report)

    def _on_verify_failed(self, exc: BaseException) -> None:
        self.verify_button.setEnabled(True)
        show_error(self, str(exc))

    def _show_report(self) -> None:
        if self.report is None:
            self.chain.setText(self.tr("The chain has not been verified yet."))
            self.chain.setStyleSheet("")
            return
        self.chain.setText(render(self.report.code, self.report.params, qt_translate))
        color = "#1b5e20" if self.report.intact else "#b71c1c"
        self.chain.setStyleSheet(f"color: {color}; font-weight: bold;")

    def _on_export_button_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the audit trail"), "audit.xlsx", self.tr("Excel (*.xlsx)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        """Write every event matching the filters (not only the page shown) to ``path``."""
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        uow, f, titles = self.app.uow(), self.current_filter(), headers()
        total = self.page.total if self.page is not None else 0
        self.runner.task(
            lambda p: write_audit_xlsx(path, titles, iter_audit_rows(uow, f), total, p)
        ).on_success(lambda _n: self.exported.emit(str(path))).on_failure(
            self._on_export_failed).with_progress(self.tr("Exporting the audit trail..."),
                                                  self).run()

    def _on_export_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, UserCancelled):
            show_error(self, self.tr("The export failed: %1").replace("%1", str(exc)))
