"""Render every screen and dialog to PNG (offscreen) in Chinese and English, on a fresh demo.

Usage: python scripts/screenshots.py [OUT_DIR]   (default docs/screenshots)

The images feed the README and the user guide (docs/guide/), so they always show the current
screens. Every screen of the main window is shot (``window.screens``, whatever their number),
then the dialogs: import, tickets, seat draw, plan wizard and announcement, archive,
supervision, packages (when the screen is there), login, first-start setup, password change
and the lock screen. File names are stable: the guide links to them.
"""

from __future__ import annotations

import importlib
import inspect
import os
import pkgutil
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import (  # noqa: E402
    QCoreApplication,
    QEventLoop,
    QMessageLogContext,
    QSettings,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QDialog, QWidget  # noqa: E402
from sqlalchemy import select  # noqa: E402

from app.bootstrap import App, build_app  # noqa: E402
from app.clock import CHINA_TZ, FixedClock  # noqa: E402
from app.crypto.identity import Identity  # noqa: E402
from app.demo.builder import create_demo  # noqa: E402
from app.demo.users import DEMO_PASSWORD  # noqa: E402
from app.model import AdmissionTicket  # noqa: E402
from app.services import keys  # noqa: E402
from app.services.accounts import log_in  # noqa: E402
from app.services.staffing import assign_staff  # noqa: E402
from app.services.staffing_queries import assignment_rows  # noqa: E402
from app.services.supervision import add_note  # noqa: E402
from app.services.users import user_for_staff  # noqa: E402
from app.uow import Actor  # noqa: E402
from scripts.screenshot_operations import add_operations  # noqa: E402
from ui.appearance import Translations, register_cjk_font  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.screens.login.login import LoginDialog  # noqa: E402
from ui.screens.login.password import ChangePasswordDialog, SetupDialog  # noqa: E402

NOW = datetime(2026, 11, 23, 9, 30, tzinfo=CHINA_TZ)
CHECKIN_NOW = datetime(2026, 12, 3, 8, 52, tzinfo=CHINA_TZ)  # the theory session's desk is open

# Who is logged in for which pictures (demo badges; the status bar shows the user and roles).
SITE_MANAGER = "zk00001"
CHECKIN_CLERK = "zk00002"
EXAMINER = "zk00024"
SUPERVISOR = "zk00068"
SCORE_CLERK = "zk00070"
BODY_ADMIN = "jg00001"
SCREEN_USERS = {"checkin": CHECKIN_CLERK, "scoring": EXAMINER, "theory": SCORE_CLERK,
                "supervision": SUPERVISOR, "plan": BODY_ADMIN, "eligibility": BODY_ADMIN,
                "publicity": BODY_ADMIN, "certificates": BODY_ADMIN}
BATCH_ID = 1
# Where the first-start dialog says the data goes: the user data folder of a Windows laptop
# (the users' system). Only shown; the dialog writes nothing until a choice is taken.
FIRST_START_DIR = Path(r"C:\Users\考务\AppData\Local\ExamSite\ExamSite")

# Screens keep the file names they had before the navigation was iterated.
FILE_NAMES = {"seating": "seating-overview", "theory": "theory-entry"}


class Shooter:
    """One language's run: the main window, who is logged in, and where the PNGs go."""

    def __init__(self, app: App, window: MainWindow, out: Path, settings: QSettings) -> None:
        self.app, self.window, self.out, self.settings = app, window, out, settings
        self.actors: dict[str, Actor] = {}

    def settle(self, ms: int = 300) -> None:
        settle(self.window, ms)

    def shoot(self, widget: QWidget, name: str) -> None:
        shoot(widget, self.out / f"{name}.png")

    def become(self, username: str) -> Actor:
        """Log in as ``username`` (demo password); the status bar shows them."""
        if username not in self.actors:
            self.actors[username] = log_in(self.app.uow(), username, DEMO_PASSWORD)
        self.app.actor = self.actors[username]
        self.window.session.retranslate()  # the status bar's user line
        return self.app.actor

    def dialog(self, dialog: QDialog | None, name: str) -> None:
        """Shoot a dialog that its screen opened, then close it."""
        if dialog is None:
            print(f"note: no {name} dialog opened; skipped")
            return
        self.settle()
        self.shoot(dialog, name)
        dialog.close()
        self.settle(60)


def ticket_codes(app: App, first: int) -> list[str]:
    """The QR texts of two tickets not scanned yet (each language takes its own)."""
    with app.uow().read() as s:
        rows = s.execute(select(AdmissionTicket.payload).order_by(AdmissionTicket.id)
                         .offset(first).limit(2)).scalars().all()
    return [bytes(p).decode() for p in rows]


def settle(window: QWidget, ms: int = 300) -> None:
    """Let queued tasks finish and the event loop repaint."""
    runner = getattr(window, "runner", None)
    for _ in range(100):
        loop = QEventLoop()
        QTimer.singleShot(ms // 3, loop.quit)
        loop.exec()
        if runner is None or not runner.busy():
            break
    QCoreApplication.processEvents()


def shoot(widget: QWidget, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(path)


def nav_to(window: MainWindow, key: str) -> QWidget | None:
    """Show the screen ``key``; None when the main window has no such screen."""
    keys = [k for k, _s in window.screens]
    if key not in keys:
        return None
    window.nav.setCurrentRow(keys.index(key))
    return window.screen(key)


def prepare_demo(app: App) -> str:
    """What a site has a few days before the exam: staff assigned (so examiners have their
    candidates), this laptop's key and two trusted keys. Returns the first examiner's user."""
    uow = app.uow()
    assign_staff(uow, BATCH_ID, seed=1)
    keys.own_identity(uow, kind="site", name="南宁考点主机")
    for name, kind in (("广西职业技能鉴定中心", "body"), ("检录台1", "station")):
        public = Identity.generate(name, kind, now=NOW).public()
        keys.trust(uow, public, public.fingerprint)
    rows = assignment_rows(uow, BATCH_ID)
    supervisor = log_in(uow, SUPERVISOR, DEMO_PASSWORD)
    staff_id = next((r.staff_id for r in rows if user_for_staff(uow, r.staff_id) == SUPERVISOR),
                    None)
    add_note(app.uow(supervisor), BATCH_ID, "room_setup",
             "考点入口已张贴考场分布图和考生须知，各检录台已就位。", staff_id=staff_id,
             observed_at=NOW, rating="good")
    add_operations(app, log_in(uow, SITE_MANAGER, DEMO_PASSWORD), supervisor,
                   supervisor_staff=staff_id, now=NOW, exam_morning=CHECKIN_NOW)
    examiner = next(r for r in rows if r.role == "examiner")
    return user_for_staff(uow, examiner.staff_id) or EXAMINER


# -- the screens ------------------------------------------------------------------------------
def sign_in_examiner(sh: Shooter, screen: Any) -> None:
    """The scoring screen after the examiner signed in and opened the first candidate."""
    screen.sign_in(SCREEN_USERS["scoring"], DEMO_PASSWORD)
    sh.settle()
    if screen.model.rowCount() > 0:
        screen.open_row(0)


def shoot_screens(sh: Shooter) -> None:
    """Every screen of the navigation, as the site manager unless the screen is another role's."""
    prepare: dict[str, Callable[[Any], object]] = {
        "candidates": lambda s: s.table.selectRow(2),
        "scoring": lambda s: sign_in_examiner(sh, s),
        "rubrics": lambda s: s.subject_view.selectRow(1),
    }
    for key, screen in list(sh.window.screens):
        clock = sh.app.clock
        if key in ("checkin", "incidents"):  # the exam day
            sh.app.clock = FixedClock(CHECKIN_NOW)
        try:
            sh.become(SCREEN_USERS.get(key, SITE_MANAGER))
            nav_to(sh.window, key)
            screen.refresh()  # as the user now logged in (the app rebuilds screens instead)
            sh.settle()
            if key in prepare:
                prepare[key](screen)
                sh.settle()
            sh.shoot(sh.window, FILE_NAMES.get(key, key))
        finally:
            sh.app.clock = clock


def shoot_candidates_dialogs(sh: Shooter) -> None:
    sh.become(SITE_MANAGER)
    candidates = nav_to(sh.window, "candidates")
    if candidates is None:
        return
    candidates.open_import()  # type: ignore[attr-defined]
    sh.dialog(candidates.import_dialog, "import-dialog")  # type: ignore[attr-defined]
    candidates.open_print()  # type: ignore[attr-defined]
    sh.dialog(candidates.print_dialog, "print-dialog")  # type: ignore[attr-defined]


def shoot_seating(sh: Shooter) -> None:
    sh.become(SITE_MANAGER)
    seating: Any = nav_to(sh.window, "seating")
    if seating is None:
        return
    seating.open_room(seating.tiles[0].room_id)
    sh.settle()
    sh.shoot(sh.window, "seating-room")
    seating.open_draw()
    sh.dialog(seating.draw_dialog, "draw-dialog")


def shoot_plan(sh: Shooter) -> None:
    """The plan wizard (its first pages, filled in as a body would) and the announcement
    dialog, as the body administrator."""
    sh.become(BODY_ADMIN)
    plan: Any = nav_to(sh.window, "plan")
    if plan is None:
        return
    plan._on_new_clicked()
    wizard = plan.wizard
    wizard.resize(900, 620)
    sh.settle(600)
    wizard.basics.batch_no.setValue(4)
    sh.shoot(wizard, "plan-wizard")
    wizard.next()
    table = wizard.offerings.table
    table.item(0, 0).setText("6-31-01-03")
    table.item(0, 1).setText("电工")
    table.item(0, 3).setText("180")
    wizard.offerings.add_row()
    table.item(1, 0).setText("6-31-01-03")
    table.item(1, 1).setText("电工")
    table.cellWidget(1, 2).setCurrentIndex(3)  # level 2: the review is added
    table.item(1, 3).setText("300")
    sh.settle()
    sh.shoot(wizard, "plan-wizard-offerings")
    wizard.reject()
    plan._on_announce_clicked()
    sh.dialog(plan.dialog, "announcement-dialog")


def shoot_checkin(sh: Shooter, first: int) -> None:
    """The desk after an admission, after a second scan, and after a forged ticket."""
    app = sh.app
    clock = app.clock
    app.clock = FixedClock(CHECKIN_NOW)
    try:
        sh.become(CHECKIN_CLERK)
        checkin: Any = nav_to(sh.window, "checkin")
        if checkin is None:
            return
        checkin.refresh()
        sh.settle()
        codes = ticket_codes(app, first)
        checkin.check(codes[0])
        sh.settle()
        sh.shoot(sh.window, "checkin-admitted")
        checkin.confirm()
        checkin.check(codes[0])
        sh.settle()
        sh.shoot(sh.window, "checkin-already")
        checkin.check(codes[1][:-3] + ("AAA" if not codes[1].endswith("AAA") else "BBB"))
        sh.settle()
        sh.shoot(sh.window, "checkin-forged")
    finally:
        app.clock = clock


def shoot_results_review(sh: Shooter) -> None:
    """The results screen's review tab, where the score clerk and the reviewer verify."""
    sh.become(SCORE_CLERK)
    results: Any = nav_to(sh.window, "results")
    if results is None:
        return
    results.refresh()
    results.tabs.setCurrentIndex(1)
    sh.settle()
    sh.shoot(sh.window, "results-review")
    results.tabs.setCurrentIndex(0)


def shoot_archive_and_supervision(sh: Shooter) -> None:
    sh.become(SITE_MANAGER)
    overview: Any = nav_to(sh.window, "overview")
    if overview is not None:
        overview.open_archive()
        index = overview.archive_dialog.open_index()
        sh.settle()
        sh.dialog(index, "archive-index-dialog")
        sh.dialog(overview.archive_dialog, "archive-dialog")
    custody: Any = nav_to(sh.window, "custody")
    if custody is not None:
        custody.open_print()
        sh.settle()
        sh.dialog(custody.print_dialog, "custody-print-dialog")
    sh.become(SUPERVISOR)
    results: Any = nav_to(sh.window, "results")
    if results is not None:
        results.open_supervision()
        dialog = results.supervision_dialog
        sh.settle()
        dialog.resize(900, 600)
        sh.dialog(dialog, "supervision-dialog")


def shoot_transfer(sh: Shooter) -> None:
    """The packages screen and its export and trust dialogs, when the screen exists."""
    sh.become(SITE_MANAGER)
    screen: Any = nav_to(sh.window, "transfer")
    standalone = False
    if screen is None:
        try:
            view = importlib.import_module("ui.screens.transfer.view")
        except ImportError:
            print("note: no packages screen (ui/screens/transfer); skipped")
            return
        if not sh.window.screens or sh.window.batch is None:
            return
        # Not in the navigation yet: shoot the screen on its own, at the stack's size.
        screen = view.TransferScreen(sh.app, sh.window.runner, sh.window.batch.id)
        screen.resize(sh.window.stack.size())
        screen.show()
        screen.refresh()
        standalone = True
        print("note: the packages screen is not in the navigation; shot on its own")
    sh.settle()
    sh.shoot(screen if standalone else sh.window, "transfer")
    opened = screen.open_export()
    sh.dialog(opened, "transfer_export")
    sh.dialog(screen.open_trust(), "transfer_trust")
    if standalone:
        screen.close()
        screen.deleteLater()


# -- logging in --------------------------------------------------------------------------------
def shoot_login(sh: Shooter) -> None:
    """Login (filled in, then refused), first-start setup, password change, the lock screen."""
    window, runner = sh.window, sh.window.runner
    login = LoginDialog(sh.app, runner, None, settings=sh.settings)
    login.show()
    sh.settle()
    login.username.setText(CHECKIN_CLERK)
    sh.settle(60)
    sh.shoot(login, "login")
    login.password.setText("wrong-password")
    login.submit()
    sh.settle()
    sh.shoot(login, "login-failed")
    login.reject()
    login.deleteLater()
    setup = SetupDialog(sh.app, runner, None)
    setup.show()
    sh.settle(60)
    sh.shoot(setup, "setup-dialog")
    setup.reject()
    setup.deleteLater()
    actor = sh.become(SITE_MANAGER)
    change = ChangePasswordDialog(sh.app, runner, actor, None)
    change.show()
    sh.settle(60)
    sh.shoot(change, "change-password")
    change.reject()
    change.deleteLater()
    sh.become(CHECKIN_CLERK)
    nav_to(window, "checkin")
    window.session.lock()
    sh.settle()
    sh.shoot(window, "lock-screen")
    window.session.unlock()
    sh.settle(60)


def first_start_dialogs() -> list[type[QDialog]]:
    """The dialogs of ui/screens/first_start (whatever its modules are called), or none."""
    try:
        package = importlib.import_module("ui.screens.first_start")
    except ImportError:
        return []
    modules = [package]
    for info in pkgutil.iter_modules(getattr(package, "__path__", [])):
        modules.append(importlib.import_module(f"{package.__name__}.{info.name}"))
    found: dict[str, type[QDialog]] = {}
    for module in modules:
        for value in vars(module).values():
            if (isinstance(value, type) and issubclass(value, QDialog)
                    and value.__module__.startswith(package.__name__)):
                found[value.__qualname__] = value
    return list(found.values())


def shoot_first_start(sh: Shooter, data_dir: Path) -> None:
    """The first-start dialog (ui/screens/first_start), when that module has one by now.

    Its constructor is not known here: parameters are filled by name from what this script
    has (parent, data folder, settings, app, runner, clock); any other required parameter
    skips the dialog with a note.
    """
    dialogs = first_start_dialogs()
    if not dialogs:
        print("note: no first-start dialog (ui/screens/first_start) yet; skipped")
        return
    known: dict[str, object] = {
        "parent": None, "data_dir": data_dir, "settings": sh.settings, "app": sh.app,
        "runner": sh.window.runner, "clock": sh.app.clock}
    for number, cls in enumerate(dialogs):
        kwargs: dict[str, object] = {}
        missing = []
        for name, param in inspect.signature(cls.__init__).parameters.items():
            if name == "self" or param.kind in (param.VAR_POSITIONAL, param.VAR_KEYWORD):
                continue
            if name in known:
                kwargs[name] = known[name]
            elif param.default is param.empty:
                missing.append(name)
        if missing:
            print(f"note: {cls.__qualname__} needs {missing}; skipped")
            continue
        dialog = cls(**kwargs)
        dialog.show()
        sh.settle()
        sh.shoot(dialog, "first-start" if number == 0 else f"first-start-{number + 1}")
        dialog.close()
        dialog.deleteLater()


def _on_qt_message(_kind: QtMsgType, _context: QMessageLogContext, text: str) -> None:
    if "propagateSizeHints" not in text:  # the offscreen platform says so for every window
        print(text, file=sys.stderr)


# -- the run -----------------------------------------------------------------------------------
def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots")
    started = time.monotonic()
    qInstallMessageHandler(_on_qt_message)
    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    register_cjk_font(qapp)  # type: ignore[arg-type]
    translations = Translations(qapp)
    with tempfile.TemporaryDirectory() as tmp:
        # Our own settings file: the user's real settings (recent users, idle limit) stay out.
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        app = build_app(Path(tmp) / "demo.sqlite", data_dir=Path(tmp), clock=FixedClock(NOW))
        create_demo(app.uow(), candidates=200, seed=1, exam_date=date(2026, 12, 3))
        SCREEN_USERS["scoring"] = prepare_demo(app)
        for index, lang in enumerate(("zh_CN", "en")):
            translations.install(lang)
            app.actor = log_in(app.uow(), SITE_MANAGER, DEMO_PASSWORD)
            window = MainWindow(app, translations, lambda _p, exc, _i: print("error:", exc),
                                settings=settings)
            window.resize(1280, 800)
            window.show()
            settle(window)
            sh = Shooter(app, window, out / lang, settings)
            shoot_screens(sh)
            shoot_candidates_dialogs(sh)
            shoot_seating(sh)
            shoot_plan(sh)
            shoot_checkin(sh, first=2 * index)
            shoot_results_review(sh)
            shoot_archive_and_supervision(sh)
            shoot_transfer(sh)
            shoot_login(sh)
            shoot_first_start(sh, FIRST_START_DIR)
            window.close()
            settle(window, 60)
        app.close()
    print(f"done in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
