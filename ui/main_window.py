"""The main window: header with the batch and demo marker, navigation, and the screens."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QEvent, QSettings, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import App
from app.demo.builder import create_demo
from app.services.queries import BatchRow, list_batches
from ui.appearance import Translations
from ui.dialogs import report_error
from ui.screens.audit.view import AuditScreen
from ui.screens.candidates.view import CandidatesScreen
from ui.screens.checkin.view import CheckinScreen
from ui.screens.login.session import UserSession
from ui.screens.overview.view import OverviewScreen
from ui.screens.results.view import ResultsScreen
from ui.screens.rooms.view import RoomsScreen
from ui.screens.rubrics.view import RubricsScreen
from ui.screens.scoring.view import ScoringScreen
from ui.screens.seating.view import SeatingScreen
from ui.screens.staffing.view import StaffingScreen
from ui.screens.theory_entry.view import TheoryEntryScreen
from ui.screens.transfer.view import TransferScreen
from ui.screens.users.view import UsersScreen
from ui.tasks import ErrorSink, TaskRunner


class EmptyState(QWidget):
    """Shown when the database has no batch yet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.demo_button = QPushButton(self)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.text)
        layout.addWidget(self.demo_button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.text.setText(self.tr("This database holds no exam batch yet."))
        self.demo_button.setText(self.tr("Fill it with demo data"))


SCREEN_KEYS = ("overview", "candidates", "checkin", "seating", "rooms", "staffing", "scoring",
               "theory", "results", "rubrics", "audit", "transfer", "users")
"""The screens of a database that holds a batch, in navigation order."""


class MainWindow(QMainWindow):
    def __init__(self, app: App, translations: Translations,
                 error_sink: ErrorSink = report_error, *, idle_limit: timedelta | None = None,
                 settings: QSettings | None = None) -> None:
        super().__init__()
        self.app, self.translations = app, translations
        self.runner = TaskRunner(error_sink, self)
        # The logged-in user (app.actor), the User menu, the idle lock and the lock screen.
        self.session = UserSession(self, app, self.runner, idle_limit=idle_limit,
                                   settings=settings)
        self.session.user_changed.connect(lambda _actor: self.load_batch())
        self.batch: BatchRow | None = None
        self.screens: list[tuple[str, QWidget]] = []
        self.header_title = QLabel(self)
        self.header_title.setStyleSheet("font-size: 13pt; font-weight: bold; color: white;")
        self.demo_badge = QLabel(self)
        self.demo_badge.setStyleSheet(
            "background: #ffd54f; color: #4e342e; font-weight: bold; padding: 3px 10px;"
            "border-radius: 4px;")
        self.demo_badge.hide()
        header = QWidget(self)
        header.setStyleSheet("background: #1f4e79;")
        header_layout = QHBoxLayout(header)
        header_layout.addWidget(self.header_title, 1)
        header_layout.addWidget(self.demo_badge)
        self.nav = QListWidget(self)
        self.nav.setFixedWidth(150)
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setStyleSheet(
            "QListWidget { font-size: 12pt; } QListWidget::item { padding: 8px; }")
        self.stack = QStackedWidget(self)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        body = QHBoxLayout()
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(header)
        layout.addLayout(body, 1)
        self.setCentralWidget(central)
        self.empty = EmptyState(self)
        self.empty.demo_button.clicked.connect(self._create_demo)
        self._build_menus()
        self.retranslate()
        self.resize(1280, 800)
        self.load_batch()

    # -- menus and language -------------------------------------------------------------
    def _build_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.quit_action = QAction(self)
        self.quit_action.setShortcut("Ctrl+Q")
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)
        self.user_menu = self.session.build_menu(self.menuBar())
        self.language_menu = self.menuBar().addMenu("")
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in (("zh_CN", "简体中文"), ("en", "English")):
            action = QAction(name, self, checkable=True)
            action.setChecked(self.translations.language == code)
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action

    def set_language(self, code: str) -> None:
        """Switch language in place; screens keep their state (search text, selection)."""
        self.translations.install(code)
        self.language_actions[code].setChecked(True)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        demo = f" [{self.tr('DEMO DATA')}]" if self.batch and self.batch.is_demo else ""
        self.setWindowTitle(self.tr("ExamSite") + (f" — {self.batch.plan_name}"
                                                   if self.batch else "") + demo)
        self.file_menu.setTitle(self.tr("&File"))
        self.quit_action.setText(self.tr("&Quit"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.session.retranslate()
        self.demo_badge.setText(self.tr("DEMO DATA"))
        self.demo_badge.setToolTip(self.tr("Synthetic people, not real candidates"))
        self.header_title.setText(self.batch.plan_name if self.batch else self.tr("ExamSite"))
        titles = {"overview": self.tr("Overview"), "candidates": self.tr("Candidates"),
                  "checkin": self.tr("Check-in"), "seating": self.tr("Seating map"),
                  "rooms": self.tr("Rooms and sessions"), "staffing": self.tr("Staffing"),
                  "scoring": self.tr("Examiner scoring"), "theory": self.tr("Theory scores"),
                  "results": self.tr("Results"), "rubrics": self.tr("Scoring rubrics"),
                  "audit": self.tr("Audit trail"), "transfer": self.tr("Packages and keys"),
                  "users": self.tr("User accounts"), "start": self.tr("Start")}
        for i, (key, _screen) in enumerate(self.screens):
            item = self.nav.item(i)
            if item is not None:
                item.setText(titles.get(key, key))
        widest = max((self.nav.fontMetrics().horizontalAdvance(self.nav.item(i).text())
                      for i in range(self.nav.count())), default=0)
        self.nav.setFixedWidth(max(150, widest + 40))
        self.empty.retranslate()

    # -- batch and screens --------------------------------------------------------------
    def load_batch(self) -> None:
        uow = self.app.uow()
        self.runner.task(lambda _p: list_batches(uow)).on_success(self._on_batches_loaded).run()

    def _on_batches_loaded(self, batches: list[BatchRow]) -> None:
        self.batch = batches[0] if batches else None
        self._build_screens()
        self.retranslate()

    def _build_screens(self) -> None:
        self._shutdown_screens()
        self.nav.clear()
        while self.stack.count():
            widget = self.stack.widget(0)
            self.stack.removeWidget(widget)
            if widget is not self.empty:
                widget.deleteLater()
        self.screens = []
        self.demo_badge.setVisible(bool(self.batch and self.batch.is_demo))
        if self.batch is None:  # a new site laptop: its keys and its first site package
            transfer = TransferScreen(self.app, self.runner, 0, self)
            transfer.data_changed.connect(self.load_batch)
            users = UsersScreen(self.app, self.runner, 0, self)
            self.screens = [("start", self.empty), ("transfer", transfer), ("users", users)]
            for _key, screen in self.screens:
                self.nav.addItem(QListWidgetItem())
                self.stack.addWidget(screen)
            transfer.refresh()
            users.refresh()
            self.nav.setCurrentRow(0)
            return
        overview = OverviewScreen(self.app, self.runner, self.batch.id, self)
        candidates = CandidatesScreen(self.app, self.runner, self.batch.id, self)
        checkin = CheckinScreen(self.app, self.runner, self.batch.id, self)
        seating = SeatingScreen(self.app, self.runner, self.batch.id, self)
        rooms = RoomsScreen(self.app, self.runner, self.batch.id, self)
        staffing = StaffingScreen(self.app, self.runner, self.batch.id, self)
        scoring = ScoringScreen(self.app, self.runner, self.batch.id, self)
        theory = TheoryEntryScreen(self.app, self.runner, self.batch.id, self)
        results = ResultsScreen(self.app, self.runner, self.batch.id, self)
        rubrics = RubricsScreen(self.app, self.runner, self.batch.id, self)
        audit = AuditScreen(self.app, self.runner, self.batch.id, self)
        transfer = TransferScreen(self.app, self.runner, self.batch.id, self)
        users = UsersScreen(self.app, self.runner, self.batch.id, self)
        self.screens = [("overview", overview), ("candidates", candidates),
                        ("checkin", checkin), ("seating", seating), ("rooms", rooms),
                        ("staffing", staffing), ("scoring", scoring), ("theory", theory),
                        ("results", results), ("rubrics", rubrics), ("audit", audit),
                        ("transfer", transfer), ("users", users)]
        # A change on one screen refreshes the screens that show the same data.
        for source, targets in ((candidates, (overview, checkin, seating, staffing)),
                                (checkin, (overview, seating)),
                                (seating, (overview, candidates, checkin)),
                                (rooms, (overview, seating, checkin, staffing)),
                                (staffing, (overview, scoring, results)),
                                (scoring, (results,)), (theory, (results,)),
                                (rubrics, (scoring,)), (results, (scoring,)),
                                (transfer, (overview, candidates, checkin, seating, scoring,
                                            results, audit)),
                                (users, (audit,))):
            for target in targets:
                source.data_changed.connect(target.refresh)
        for _key, screen in self.screens:
            self.nav.addItem(QListWidgetItem())
            self.stack.addWidget(screen)
            screen.refresh()  # type: ignore[attr-defined]
        self.nav.setCurrentRow(0)

    def screen(self, key: str) -> QWidget:
        return dict(self.screens)[key]

    def _create_demo(self) -> None:
        uow = self.app.uow()
        self.runner.task(lambda p: create_demo(uow, progress=p)).on_success(
            lambda _s: self.load_batch()).with_progress(self.tr("Creating demo data..."),
                                                        self).run()

    def _shutdown_screens(self) -> None:
        for _key, screen in self.screens:
            stop = getattr(screen, "shutdown", None)
            if stop is not None:
                stop()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.session.shutdown()
        self._shutdown_screens()
        self.runner.shutdown()
        super().closeEvent(event)
