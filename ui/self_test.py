"""``examsite --self-test``: does this installation work? (from source or from the bundle)

Everything happens in a temporary folder and offscreen: a small plain demo database is made
(migrations run, so alembic and the migration scripts are there), an encrypted one is opened
(SQLCipher), the main window is built once in Chinese (fonts and translations found), a ticket
PDF is rendered (reportlab with the embedded CJK font) and a package goes from one database to
another (identities, age encryption, signatures). One line per check; exit 0 when all passed,
1 with the failing check named.

A windowed Windows executable has no console: ``--self-test-log FILE`` writes the same lines to
a file as well (the CI workflow reads it).

``EXAMSITE_STARTUP_PROBE`` (used by ``benchmarks/startup.py``) is the other diagnostic here:
``StartupProbe`` prints monotonic timestamps when the login dialog and the main window are shown
and, given ``EXAMSITE_PROBE_LOGIN=user:password``, logs in by itself.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path
from typing import Any, TextIO

from PySide6.QtCore import QEvent, QObject

SELF_TEST_CANDIDATES = 30
PROBE_ENV = "EXAMSITE_STARTUP_PROBE"
PROBE_LOGIN_ENV = "EXAMSITE_PROBE_LOGIN"
SCREENSHOT_ENV = "EXAMSITE_SELF_TEST_SCREENSHOT"  # a PNG of the main window, when set


class CheckFailed(Exception):
    """A check found something wrong (the message says what)."""


class SelfTest:
    def __init__(self, folder: Path, write: Callable[[str], None]) -> None:
        self.folder, self.write = folder, write
        self.stack = ExitStack()
        self.demo: Any = None  # the demo App
        self.batch_id = 0
        self.qapp: Any = None

    # -- checks: each returns a short detail for its line, or raises ----------------------

    def resources(self) -> str:
        from app.migrations import MIGRATIONS_DIR
        from app.paths import cjk_font_path, resources_dir, translations_dir, ts_source

        wanted = [cjk_font_path(), translations_dir() / "examsite_zh_CN.qm",
                  MIGRATIONS_DIR / "env.py", MIGRATIONS_DIR / "script.py.mako",
                  MIGRATIONS_DIR / "versions", ts_source("zh_CN")]
        missing = [str(p) for p in wanted if not p.exists()]
        if missing:
            raise CheckFailed("missing: " + ", ".join(missing))
        return str(resources_dir())

    def database(self) -> str:
        from app.bootstrap import open_new
        from app.demo.builder import create_demo
        from app.services.queries import candidate_rows

        data = self.folder / "data"
        self.demo = open_new(self.folder / "demo.sqlite", plain=True, data_dir=data)
        self.stack.callback(self.demo.close)
        summary = create_demo(self.demo.uow(), candidates=SELF_TEST_CANDIDATES)
        self.batch_id = summary.batch_id
        n = len(candidate_rows(self.demo.uow(), self.batch_id))
        if n != SELF_TEST_CANDIDATES:
            raise CheckFailed(f"{n} candidates in the demo, {SELF_TEST_CANDIDATES} expected")
        return f"demo with {n} candidates"

    def encryption(self) -> str:
        from app.bootstrap import build_app
        from app.crypto.db_keyring import new_key
        from app.services.users import hash_password, password_matches

        path = self.folder / "encrypted.sqlite"
        key = new_key()  # whatever EXAMSITE_PLAIN_DB says: SQLCipher must work
        build_app(path, key=key, data_dir=self.folder / "data").close()
        build_app(path, key=key, data_dir=self.folder / "data").close()  # opens again
        with path.open("rb") as fh:
            if fh.read(16) == b"SQLite format 3\x00":
                raise CheckFailed("the encrypted database is plain SQLite")
        hashed = hash_password("self-test")
        if not password_matches("self-test", hashed) or password_matches("wrong", hashed):
            raise CheckFailed("password hashing does not verify")
        return "SQLCipher file, password hash verified"

    def main_window(self) -> str:
        from PySide6.QtCore import QEventLoop, QLibraryInfo, QTimer, QTranslator
        from PySide6.QtWidgets import QApplication

        from ui.appearance import Translations, register_cjk_font
        from ui.main_window import MainWindow

        qapp = QApplication.instance() or QApplication([sys.argv[0], "-platform", "offscreen"])
        self.qapp = qapp
        family = register_cjk_font(qapp)  # type: ignore[arg-type]
        if "WenQuanYi" not in family:
            raise CheckFailed(f"the CJK font was not loaded (font: {family})")
        translations = Translations(qapp)
        if not translations.install("zh_CN"):
            raise CheckFailed("the Chinese translation was not found")
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if not QTranslator().load("qtbase_zh_CN", qt_dir):
            raise CheckFailed(f"Qt's own Chinese translation is missing in {qt_dir}")
        errors: list[BaseException] = []
        window = MainWindow(self.demo, translations, lambda _p, exc, _i: errors.append(exc))
        try:
            window.show()
            loop = QEventLoop()
            deadline = time.monotonic() + 30

            def poll() -> None:
                if (window.screens and not window.runner.busy()) or errors \
                        or time.monotonic() > deadline:
                    loop.quit()

            timer = QTimer()
            timer.timeout.connect(poll)
            timer.start(20)
            loop.exec()
            timer.stop()
            if errors:
                raise CheckFailed(f"a screen failed: {errors[0]!r}")
            if not window.screens:
                raise CheckFailed("the screens were not built within 30 s")
            shot = os.environ.get(SCREENSHOT_ENV)
            if shot:  # to look at what the bundle shows (fonts, translations)
                window.grab().save(shot)
            if "考点考务" not in window.windowTitle():
                raise CheckFailed("the window title is not in Chinese")
            return f"{len(window.screens)} screens built, Chinese title"
        finally:
            window.runner.shutdown()
            window.close()
            window.deleteLater()
            qapp.processEvents()
            translations.install("en")  # no translators left behind (a test's QApplication)

    def ticket_pdf(self) -> str:
        from app.reports.ticket_documents import ticket_documents
        from app.reports.tickets_pdf import write_tickets_pdf

        docs = ticket_documents(self.demo.uow(), self.batch_id)
        out = self.folder / "tickets.pdf"
        pages = write_tickets_pdf(docs, out, layout="a4x2")
        data = out.read_bytes()
        if not data.startswith(b"%PDF") or pages < 1:
            raise CheckFailed("no PDF was written")
        if b"FontFile2" not in data:
            raise CheckFailed("the CJK font is not embedded in the PDF")
        return f"{len(docs)} tickets, {pages} pages, {len(data) // 1024} KB"

    def package_round_trip(self) -> str:
        from app.bootstrap import open_new
        from app.services import keys
        from app.services.queries import candidate_rows
        from app.services.transfer import export_package, import_package

        body = self.demo
        site = open_new(self.folder / "site.sqlite", plain=True, data_dir=self.folder / "data")
        self.stack.callback(site.close)
        keys.own_identity(body.uow(), kind="body", name="自检 鉴定机构")
        keys.own_identity(site.uow(), kind="site", name="自检 考点")
        for a, b in ((body, site), (site, body)):  # a trusts b (fingerprint as shown at b)
            request = keys.export_request(b.uow())
            keys.enrol_request(a.uow(), request, keys.read_public(request).fingerprint)
        out = self.folder / "usb" / "site.espkg"
        out.parent.mkdir()
        site_key = keys.own_identity(site.uow()).key_id
        sent = export_package(body.uow(), "site", self.batch_id, [site_key], out)
        done = import_package(site.uow(), out)

        def counts(app: Any) -> int:  # registrations with their candidates
            return len(candidate_rows(app.uow(), self.batch_id))

        if counts(site) != counts(body):
            raise CheckFailed(f"the site has {counts(site)} registrations, "
                              f"the body {counts(body)}")
        return f"{sent.records} records sent, {done.added} added"

    # -- running ---------------------------------------------------------------------------

    def run(self) -> int:
        checks: list[tuple[str, Callable[[], str]]] = [
            ("resources", self.resources),
            ("database", self.database),
            ("encryption", self.encryption),
            ("main window", self.main_window),
            ("ticket pdf", self.ticket_pdf),
            ("package round trip", self.package_round_trip),
        ]
        with self.stack:
            for name, check in checks:
                started = time.perf_counter()
                try:
                    detail = check()
                except Exception as exc:  # noqa: BLE001 - a self-test reports every failure
                    self.write(f"self-test: {name}: FAILED: {type(exc).__name__}: {exc}")
                    self.write(f"self-test FAILED ({name})")
                    return 1
                ms = (time.perf_counter() - started) * 1000
                self.write(f"self-test: {name}: ok ({detail}) [{ms:.0f} ms]")
        self.write("self-test passed")
        return 0


def run_self_test(log_file: str | None = None) -> int:
    """Run every check in a temporary folder; 0 when all passed, 1 otherwise."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a self-test never shows a window
    sinks: list[TextIO] = []
    if sys.stdout is not None:  # None in a windowed Windows executable
        if hasattr(sys.stdout, "reconfigure"):  # a cp1252 pipe must not end the self-test
            sys.stdout.reconfigure(errors="replace")
        sinks.append(sys.stdout)
    with ExitStack() as stack:
        if log_file:
            sinks.append(stack.enter_context(open(log_file, "w", encoding="utf-8")))  # noqa: SIM115

        def write(line: str) -> None:
            for sink in sinks:
                sink.write(line + "\n")
                sink.flush()

        write(f"self-test: ExamSite {_version()}, Python {sys.version.split()[0]}, "
              f"{'bundle' if getattr(sys, 'frozen', False) else 'source'}")
        with tempfile.TemporaryDirectory(prefix="examsite-selftest-",
                                         ignore_cleanup_errors=True) as tmp:
            return SelfTest(Path(tmp), write).run()
    return 1  # not reached


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("examsite")
    except PackageNotFoundError:
        return "(not installed)"


class StartupProbe:
    """Timestamps for ``benchmarks/startup.py``: ``probe <event> <time.monotonic()>`` lines,
    on stdout and, when ``EXAMSITE_STARTUP_PROBE`` names a file rather than ``1``, in that file.

    Installed by ``ui/main.py`` only when ``EXAMSITE_STARTUP_PROBE`` is set. The login dialog
    being shown is noted (and, with ``EXAMSITE_PROBE_LOGIN=user:password``, filled in and
    submitted as a user would); after the main window is shown, the time it is shown and the
    time its screens are built are printed, then the application quits.
    """

    def __init__(self) -> None:
        from PySide6.QtWidgets import QApplication

        value = os.environ.get(PROBE_ENV, "")
        self.out_file = value if value not in ("", "1") else None  # a file: lines go there too
        login = os.environ.get(PROBE_LOGIN_ENV, "")
        self.username, _, self.password = login.partition(":")
        self.filter = _ShowFilter(self)
        qapp = QApplication.instance()
        assert isinstance(qapp, QObject)
        qapp.installEventFilter(self.filter)

    def note(self, event: str) -> None:
        line = f"probe {event} {time.monotonic():.6f}"
        if sys.stdout is not None:  # None in a windowed Windows executable
            print(line, flush=True)
        if self.out_file:
            with open(self.out_file, "a", encoding="utf-8") as fh:
                fh.write(line + "\n")

    def login_shown(self, dialog: Any) -> None:
        from PySide6.QtCore import QTimer

        self.note("login_shown")
        if not self.username:
            return

        def submit_when_ready() -> None:  # the dialog may still be loading its choices
            if not dialog.isVisible():
                return
            if dialog.busy:
                QTimer.singleShot(5, submit_when_ready)
                return
            dialog.username.setText(self.username)
            dialog.password.setText(self.password)
            dialog.submit()
            QTimer.singleShot(5, check)

        def check() -> None:  # a refused login would wait for a user for ever
            if not dialog.isVisible():
                return
            if dialog.busy:
                QTimer.singleShot(5, check)
                return
            self.note(f"login_failed:{dialog.message.text()!r}")
            dialog.reject()

        QTimer.singleShot(0, submit_when_ready)

    def window_shown(self, window: Any) -> None:
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        def shown() -> None:
            self.note("window_shown")
            poll()

        def poll() -> None:
            if window.shown_screen is not None and not window.runner.busy():
                self.note("screens_ready")
                QApplication.quit()
            else:
                QTimer.singleShot(5, poll)

        QTimer.singleShot(0, shown)


class _ShowFilter(QObject):
    """Tells the probe when the login dialog or the main window is first shown."""

    def __init__(self, probe: StartupProbe) -> None:
        super().__init__()
        self.probe = probe
        self.seen: set[int] = set()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and id(obj) not in self.seen:
            kind = type(obj).__name__
            if kind == "LoginDialog":
                self.seen.add(id(obj))
                self.probe.login_shown(obj)
            elif kind == "MainWindow":
                self.seen.add(id(obj))
                self.probe.window_shown(obj)
        return False


def install_startup_probe() -> StartupProbe | None:
    """The probe when ``EXAMSITE_STARTUP_PROBE`` is set (keep the result alive), else None."""
    return StartupProbe() if os.environ.get(PROBE_ENV) else None
