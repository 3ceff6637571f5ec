"""The main window: header with the batch and demo marker, navigation, and the screens."""

from __future__ import annotations

import importlib
from datetime import timedelta
from typing import Any

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
from ui.screens.login.session import UserSession
from ui.tasks import ErrorSink, TaskRunner


def screen_class(key: str) -> Any:
    """The class of the screen ``key`` (its module imported now if not yet)."""
    module, name = SCREEN_CLASSES[key].split(":")
    return getattr(importlib.import_module(f"ui.screens.{module}"), name)


class EmptyState(QWidget):
    """Shown when the database has no batch yet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.plan_button = QPushButton(self)
        self.demo_button = QPushButton(self)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.text)
        layout.addWidget(self.plan_button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.demo_button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.text.setText(self.tr("This database holds no exam batch yet. A certification body "
                                  "starts with a plan; a site receives its batch in a package "
                                  "(Packages and keys)."))
        self.plan_button.setText(self.tr("New certification plan..."))
        self.demo_button.setText(self.tr("Fill it with demo data"))


SCREEN_CLASSES: dict[str, str] = {
    "overview": "overview.view:OverviewScreen",
    "candidates": "candidates.view:CandidatesScreen",
    "checkin": "checkin.view:CheckinScreen",
    "incidents": "incidents.view:IncidentsScreen",
    "supervision": "supervision.view:SupervisionScreen",
    "seating": "seating.view:SeatingScreen",
    "rooms": "rooms.view:RoomsScreen",
    "staffing": "staffing.view:StaffingScreen",
    "readiness": "readiness.view:ReadinessScreen",
    "meeting": "meeting.view:MeetingScreen",
    "custody": "custody.view:CustodyScreen",
    "changes": "changes.view:ChangesScreen",
    "scoring": "scoring.view:ScoringScreen",
    "theory": "theory_entry.view:TheoryEntryScreen",
    "results": "results.view:ResultsScreen",
    "plan": "plan.view:PlanScreen",
    "eligibility": "eligibility.view:EligibilityScreen",
    "publicity": "publicity.view:PublicityScreen",
    "certificates": "certificates.view:CertificatesScreen",
    "rubrics": "rubrics.view:RubricsScreen",
    "audit": "audit.view:AuditScreen",
    "transfer": "transfer.view:TransferScreen",
    "users": "users.view:UsersScreen",
}
"""The screens of a database that holds a batch, in navigation order, as ``module:Class`` under
``ui.screens`` — imported when first shown, so the window opens without loading all of them."""
SCREEN_KEYS = tuple(SCREEN_CLASSES)
EMPTY_KEYS = ("start", "transfer", "users")
"""Without a batch: what a new laptop needs (its keys, its first package, its accounts)."""
_AFTER_PACKAGE = ("overview", "candidates", "checkin", "seating", "scoring", "results", "audit",
                  "incidents", "supervision", "readiness", "meeting", "custody", "changes",
                  "publicity", "eligibility", "certificates")
REFRESHES: dict[str, tuple[str, ...]] = {
    "eligibility": ("overview", "candidates", "seating", "publicity"),
    "plan": ("overview", "audit"),
    "candidates": ("overview", "checkin", "seating", "staffing"),
    "checkin": ("overview", "seating", "incidents"),
    "incidents": ("overview", "scoring", "results"),
    "supervision": ("audit",),
    "seating": ("overview", "candidates", "checkin", "incidents", "custody"),
    "rooms": ("overview", "seating", "checkin", "staffing", "readiness", "custody", "changes"),
    "staffing": ("overview", "scoring", "results", "readiness", "meeting"),
    "readiness": ("overview", "audit"),
    "meeting": ("overview", "audit"),
    "custody": ("audit",),
    "changes": ("overview", "seating", "checkin", "staffing", "candidates", "incidents",
                "custody"),
    "scoring": ("results", "publicity"), "theory": ("results", "publicity"),
    "rubrics": ("scoring",), "results": ("scoring", "publicity", "certificates"),
    "certificates": ("audit",),
    "transfer": _AFTER_PACKAGE,
    "users": ("audit",),
}
"""A change on the key's screen refreshes these screens."""


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
        self._keys: list[str] = []  # the navigation's screens, in order
        self._built: dict[str, QWidget] = {}  # those made so far (a screen is made when shown)
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
        self.nav.currentRowChanged.connect(self._on_nav_row_changed)
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
        self.empty.plan_button.clicked.connect(self._new_plan)
        self._wanted_batch: int | None = None  # shown after the next load (a new plan's)
        self.plan_wizard: QWidget | None = None
        self._build_menus()
        self.retranslate()
        self.resize(1280, 800)
        self.load_batch()

    # -- menus and language -------------------------------------------------------------
    def _build_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.new_plan_action = QAction(self)
        self.new_plan_action.triggered.connect(self._new_plan)
        self.file_menu.addAction(self.new_plan_action)
        self.batch_menu = self.file_menu.addMenu("")
        self.file_menu.addSeparator()
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
        self.new_plan_action.setText(self.tr("&New certification plan..."))
        self.batch_menu.setTitle(self.tr("&Batch"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.session.retranslate()
        self.demo_badge.setText(self.tr("DEMO DATA"))
        self.demo_badge.setToolTip(self.tr("Synthetic people, not real candidates"))
        self.header_title.setText(self.batch.plan_name if self.batch else self.tr("ExamSite"))
        titles = {"overview": self.tr("Overview"), "plan": self.tr("Certification plan"),
                  "candidates": self.tr("Candidates"),
                  "checkin": self.tr("Check-in"), "seating": self.tr("Seating map"),
                  "rooms": self.tr("Rooms and sessions"), "staffing": self.tr("Staffing"),
                  "scoring": self.tr("Examiner scoring"), "theory": self.tr("Theory scores"),
                  "results": self.tr("Results"), "rubrics": self.tr("Scoring rubrics"),
                  "audit": self.tr("Audit trail"), "transfer": self.tr("Packages and keys"),
                  "users": self.tr("User accounts"), "start": self.tr("Start"),
                  "incidents": self.tr("Incident records"),
                  "supervision": self.tr("Supervision"),
                  "readiness": self.tr("Room readiness"), "meeting": self.tr("Staff meeting"),
                  "custody": self.tr("Paper custody"), "changes": self.tr("Changes"),
                  "publicity": self.tr("Publicity"),
                  "eligibility": self.tr("Eligibility review"),
                  "certificates": self.tr("Certificates")}
        for i, key in enumerate(self._keys):
            item = self.nav.item(i)
            if item is not None:
                item.setText(titles.get(key, key))
        widest = max((self.nav.fontMetrics().horizontalAdvance(self.nav.item(i).text())
                      for i in range(self.nav.count())), default=0)
        self.nav.setFixedWidth(max(150, widest + 40))
        self.empty.retranslate()

    # -- batch and screens --------------------------------------------------------------
    def load_batch(self, prefer: int | None = None) -> None:
        """Load the batches and show ``prefer`` (else the current one, else the latest)."""
        self._wanted_batch = prefer if prefer is not None else (
            self.batch.id if self.batch is not None else None)
        uow = self.app.uow()
        self.runner.task(lambda _p: list_batches(uow)).on_success(self._on_batches_loaded).run()

    def _on_batches_loaded(self, batches: list[BatchRow]) -> None:
        wanted = [b for b in batches if b.id == self._wanted_batch]
        self.batch = wanted[0] if wanted else (batches[0] if batches else None)
        self._fill_batch_menu(batches)
        self._build_screens()
        self.retranslate()

    def _build_screens(self) -> None:
        """Navigation for the batch (or, without one, for a new laptop); a screen itself is
        made the first time it is shown, so the window is usable at once on a large batch."""
        self._shutdown_screens()
        self.nav.blockSignals(True)
        self.nav.clear()
        while self.stack.count():
            widget = self.stack.widget(0)
            self.stack.removeWidget(widget)
            if widget is not self.empty:
                widget.deleteLater()
        self._built = {}
        self.demo_badge.setVisible(bool(self.batch and self.batch.is_demo))
        self._keys = list(SCREEN_KEYS) if self.batch is not None else list(EMPTY_KEYS)
        for _key in self._keys:
            self.nav.addItem(QListWidgetItem())
            self.stack.addWidget(QWidget(self))  # stands in until the screen is made
        self.nav.blockSignals(False)
        self.nav.setCurrentRow(0)

    def _on_nav_row_changed(self, row: int) -> None:
        if 0 <= row < len(self._keys):
            self.screen(self._keys[row])
            self.stack.setCurrentIndex(row)

    @property
    def shown_screen(self) -> QWidget | None:
        """The screen on show, once it has been made (None before the batch is loaded)."""
        current = self.stack.currentWidget()
        return current if current in self._built.values() else None

    @property
    def screens(self) -> list[tuple[str, QWidget]]:
        """Every screen of the navigation (made now if not yet)."""
        return [(key, self.screen(key)) for key in list(self._keys)]

    def screen(self, key: str) -> QWidget:
        """The screen ``key``, made (and loaded) the first time it is asked for."""
        built = self._built.get(key)
        if built is not None:
            return built
        index = self._keys.index(key)
        widget = self._make_screen(key)
        placeholder = self.stack.widget(index)
        current = self.stack.currentIndex()
        self.stack.insertWidget(index, widget)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self.stack.setCurrentIndex(current)
        self._built[key] = widget
        refresh = getattr(widget, "refresh", None)
        if refresh is not None:
            refresh()
        return widget

    def _make_screen(self, key: str) -> QWidget:
        if key == "start":
            return self.empty
        batch_id = self.batch.id if self.batch is not None else 0
        screen: QWidget = screen_class(key)(self.app, self.runner, batch_id, self)
        changed = getattr(screen, "data_changed", None)
        if changed is not None:
            if self.batch is None and key == "transfer":  # the first site package arrived
                changed.connect(self.load_batch)
            else:
                changed.connect(lambda key=key: self._refresh_after(key))
        created = getattr(screen, "plan_created", None)
        if created is not None:  # a new plan: show its batch
            created.connect(self.load_batch)
        return screen

    def _refresh_after(self, source: str) -> None:
        """A change on one screen refreshes the screens (made so far) showing the same data."""
        for target in REFRESHES.get(source, ()):
            screen = self._built.get(target)
            if screen is not None:
                screen.refresh()  # type: ignore[attr-defined]

    def _new_plan(self) -> None:
        from ui.screens.plan.wizard import PlanWizard

        wizard = PlanWizard(self.app, self.runner, self)
        wizard.created.connect(self.load_batch)
        self.plan_wizard = wizard
        wizard.open()

    def _fill_batch_menu(self, batches: list[BatchRow]) -> None:
        """File > Batch: every batch of the database (a body's holds many); pick one."""
        self.batch_menu.clear()
        group = QActionGroup(self.batch_menu)
        for b in batches:
            action = QAction(b.plan_name, self.batch_menu, checkable=True)
            action.setChecked(self.batch is not None and b.id == self.batch.id)
            action.triggered.connect(lambda _=False, bid=b.id: self.load_batch(bid))
            group.addAction(action)
            self.batch_menu.addAction(action)
        self.batch_menu.setEnabled(bool(batches))

    def _create_demo(self) -> None:
        uow = self.app.uow()
        self.runner.task(lambda p: create_demo(uow, progress=p)).on_success(
            lambda _s: self.load_batch()).with_progress(self.tr("Creating demo data..."),
                                                        self).run()

    def _shutdown_screens(self) -> None:
        for screen in self._built.values():
            stop = getattr(screen, "shutdown", None)
            if stop is not None:
                stop()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.session.shutdown()
        self._shutdown_screens()
        self.runner.shutdown()
        super().closeEvent(event)
