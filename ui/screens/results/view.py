"""成绩: the batch's results — pass/fail per candidate with the reasons, counts and pass rates
per occupation and level, the lists below 60 and from 90 — and the score documents."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QEvent,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import App
from app.errors import DomainError
from app.io.roster_xlsx import write_roster_xlsx
from app.progress import Progress
from app.reports.evaluation_report_pdf import write_evaluation_report_pdf
from app.reports.score_documents import record_document, roster_document
from app.reports.score_record_pdf import write_record_pdf
from app.reports.score_roster_pdf import write_roster_pdf
from app.reports.score_summary import evaluation_report
from app.services.scoring import lock_batch, results
from app.services.scoring_queries import BatchResults
from ui.dialogs import ask_confirm, error_text
from ui.pdf_output import documents_folder, open_file
from ui.screens.results.models import ResultsGroupsModel, ResultsModel
from ui.screens.results.review import ReviewPanel
from ui.screens.supervision.dialog import SupervisionDialog
from ui.tasks import TaskRunner

FILTERS = ("all", "passed", "failed", "pending")
RULES = {"mean": QT_TRANSLATE_NOOP("ResultsScreen", "mean of the examiners"),
         "median": QT_TRANSLATE_NOOP("ResultsScreen", "median of the examiners"),
         "trimmed_mean": QT_TRANSLATE_NOOP("ResultsScreen",
                                           "mean without the highest and lowest")}


def _table(parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSortingEnabled(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class _OutcomeFilter(QSortFilterProxyModel):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.wanted = "all"

    def filterAcceptsRow(self, row: int, parent: object) -> bool:
        if self.wanted == "all":
            return True
        model = self.sourceModel()
        assert isinstance(model, ResultsModel)
        passed = model.row_at(row).passed
        return {"passed": passed is True, "failed": passed is False,
                "pending": passed is None}[self.wanted]


class ResultsScreen(QWidget):
    data_changed = Signal()

    def __init__(self, app: App, runner: TaskRunner, batch_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app, self.runner, self.batch_id = app, runner, batch_id
        self.result: BatchResults | None = None
        self.written: Path | None = None
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-size: 12pt; font-weight: bold;")
        self.filter_combo = QComboBox(self)
        self.filter_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.buttons = {key: QPushButton(self) for key in (
            "roster", "records", "report", "xlsx", "supervision", "lock")}
        self.buttons["roster"].clicked.connect(lambda: self.ask_and_write("roster"))
        self.buttons["records"].clicked.connect(lambda: self.ask_and_write("records"))
        self.buttons["report"].clicked.connect(lambda: self.ask_and_write("report"))
        self.buttons["xlsx"].clicked.connect(lambda: self.ask_and_write("xlsx"))
        self.buttons["supervision"].clicked.connect(self.open_supervision)
        self.buttons["lock"].clicked.connect(self.lock)
        self.groups = ResultsGroupsModel(self)
        self.candidates = ResultsModel(self)
        self.proxy = _OutcomeFilter(self)
        self.proxy.setSourceModel(self.candidates)
        self.group_view, self.candidate_view = _table(self), _table(self)
        self.group_view.setModel(self.groups)
        self.candidate_view.setModel(self.proxy)
        self.lists = QLabel(self)
        self.lists.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.linkActivated.connect(self._open_written)
        self.review = ReviewPanel(app, runner, batch_id, self)
        self.review.changed.connect(self._on_review_changed)
        self.tabs = QTabWidget(self)
        self._build_layout()
        QShortcut(QKeySequence("F5"), self, self.refresh)
        self.retranslate()

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.filter_combo)
        actions = QHBoxLayout()
        for key in ("roster", "records", "report", "xlsx", "supervision"):
            actions.addWidget(self.buttons[key])
        actions.addStretch(1)
        actions.addWidget(self.buttons["lock"])
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.group_view)
        self.tabs.addTab(self.candidate_view, "")
        self.tabs.addTab(self.review, "")
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.lists)
        layout.addWidget(self.status)

    def retranslate(self) -> None:
        texts = {"roster": self.tr("Score roster PDF..."),
                 "records": self.tr("Scoring records PDF..."),
                 "report": self.tr("Evaluation report PDF..."),
                 "xlsx": self.tr("Roster as Excel..."),
                 "supervision": self.tr("Supervision notes..."),
                 "lock": self.tr("Lock the results...")}
        for key, text in texts.items():
            self.buttons[key].setText(text)
        current = self.filter_combo.currentIndex()
        self.filter_combo.blockSignals(True)
        self.filter_combo.clear()
        for text in (self.tr("Everybody"), self.tr("Passed"), self.tr("Failed"),
                     self.tr("Pending")):
            self.filter_combo.addItem(text)
        self.filter_combo.setCurrentIndex(max(current, 0))
        self.filter_combo.blockSignals(False)
        self.tabs.setTabText(0, self.tr("Candidates"))
        self.tabs.setTabText(1, self.tr("Review and verification"))
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- data ---------------------------------------------------------------------------
    def refresh(self) -> None:
        self.review.refresh()
        self._load_results()

    def _on_review_changed(self) -> None:
        self._load_results()
        self.data_changed.emit()

    def _load_results(self) -> None:
        uow, batch_id = self.app.uow(), self.batch_id
        self.runner.task(lambda _p: results(uow, batch_id)).on_success(self._on_loaded) \
            .on_failure(self._on_failed).run()

    def _on_loaded(self, result: BatchResults) -> None:
        self.result = result
        self.groups.set_rows(list(result.groups))
        self.candidates.set_rows(list(result.candidates))
        self.group_view.resizeColumnsToContents()
        self.candidate_view.resizeColumnsToContents()
        self._show()

    def _show(self) -> None:
        r = self.result
        if r is None:
            self.summary.setText("")
            self.lists.setText("")
            return
        self.summary.setText(
            self.tr("%1 candidates: %2 passed, %3 failed, %4 pending (aggregation: %5)")
            .replace("%1", str(len(r.candidates))).replace("%2", str(r.passed))
            .replace("%3", str(r.failed)).replace("%4", str(r.pending))
            .replace("%5", self.tr(RULES[r.aggregation_rule])
                     if r.aggregation_rule in RULES else r.aggregation_rule))
        self.lists.setText(
            self.tr("Below 60: %1 subject scores · 90 and above: %2 · bands: %3")
            .replace("%1", str(len(r.below_60))).replace("%2", str(len(r.above_90)))
            .replace("%3", ", ".join(f"{b.band} {b.count}" for b in r.bands
                                     if b.kind == "practical" and b.count) or "—"))

    def _on_filter_changed(self, index: int) -> None:
        self.proxy.wanted = FILTERS[max(index, 0)]
        self.proxy.invalidate()

    def _on_failed(self, exc: BaseException) -> None:
        self.status.setStyleSheet("color: #c62828;")
        self.status.setText(error_text(exc) if isinstance(exc, DomainError) else str(exc))

    # -- documents ----------------------------------------------------------------------
    def ask_and_write(self, what: str) -> None:
        names = {"roster": "成绩花名册.pdf", "records": "考核评分记录表.pdf",
                 "report": "考评报告.pdf", "xlsx": "成绩花名册.xlsx"}
        suggested = str(documents_folder() / names[what])
        pattern = self.tr("Excel workbook (*.xlsx)") if what == "xlsx" else \
            self.tr("PDF (*.pdf)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as"), suggested, pattern)
        if path:
            self.write(what, Path(path))

    def write(self, what: str, out: Path) -> None:
        """Write one score document to ``out`` off the GUI thread."""
        uow, batch_id = self.app.uow(), self.batch_id
        jobs: dict[str, Callable[[Progress], int]] = {
            "roster": lambda p: write_roster_pdf(roster_document(uow, batch_id), out, p),
            "records": lambda p: write_record_pdf(record_document(uow, batch_id), out, p),
            "report": lambda _p: write_evaluation_report_pdf(evaluation_report(uow, batch_id),
                                                             out),
            "xlsx": lambda _p: write_roster_xlsx(roster_document(uow, batch_id), out),
        }
        self.status.setText("")
        self.runner.task(jobs[what]).on_success(lambda _n: self._on_written(out)).on_failure(
            self._on_failed).with_progress(self.tr("Writing the document..."), self).run()

    def _on_written(self, out: Path) -> None:
        self.written = out
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Saved to %1 (<a href=\"open\">open</a>)")
                            .replace("%1", str(out)))

    def _open_written(self, _link: str) -> None:
        open_file(self.written)

    def open_supervision(self) -> None:
        dialog = SupervisionDialog(self.app, self.runner, self.batch_id, self)
        dialog.refresh()  # the notes so far, the batch's supervisors and rooms
        dialog.open()
        self.supervision_dialog = dialog

    def lock(self) -> None:
        """Lock every verified result of the batch (the site manager, after the review)."""
        if not ask_confirm(self, self.tr(
                "Lock every verified result? Locked results change only through an unlock by "
                "the chief examiner or the site manager, with a reason.")):
            return
        uow, batch_id = self.app.uow(), self.batch_id
        self.runner.task(lambda _p: lock_batch(uow, batch_id)).on_success(
            self._on_locked).on_failure(self._on_failed).run()

    def _on_locked(self, count: int) -> None:
        self.status.setStyleSheet("")
        self.status.setText(self.tr("%1 results locked.").replace("%1", str(count)))
        self.refresh()
        self.data_changed.emit()
