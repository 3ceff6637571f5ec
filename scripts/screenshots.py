"""Render every screen to PNG (offscreen) in Chinese and English, on a fresh demo database.

Usage: python scripts/screenshots.py [OUT_DIR]   (default docs/screenshots)
The images feed the README and the user guide, so they always show the current screens.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402
from sqlalchemy import select  # noqa: E402

from app.bootstrap import App, build_app  # noqa: E402
from app.clock import CHINA_TZ, FixedClock  # noqa: E402
from app.demo.builder import create_demo  # noqa: E402
from app.model import AdmissionTicket  # noqa: E402
from ui.appearance import Translations, register_cjk_font  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402

NOW = datetime(2026, 11, 23, 9, 30, tzinfo=CHINA_TZ)
CHECKIN_NOW = datetime(2026, 12, 3, 8, 52, tzinfo=CHINA_TZ)  # the theory session's desk is open


def ticket_codes(app: App, first: int) -> list[str]:
    """The QR texts of two tickets not scanned yet (each language takes its own)."""
    with app.uow().read() as s:
        rows = s.execute(select(AdmissionTicket.payload).order_by(AdmissionTicket.id)
                         .offset(first).limit(2)).scalars().all()
    return [bytes(p).decode() for p in rows]


def shoot_checkin(window: MainWindow, app: App, out: Path, first: int) -> None:
    """The desk after an admission, and after a scan at the wrong desk."""
    clock = app.clock
    app.clock = FixedClock(CHECKIN_NOW)
    try:
        window.nav.setCurrentRow(2)
        checkin = window.screen("checkin")
        checkin.refresh()
        settle(window)
        codes = ticket_codes(app, first)
        checkin.check(codes[0])
        settle(window)
        shoot(window, out / "checkin-admitted.png")
        checkin.confirm()
        checkin.check(codes[0])
        settle(window)
        shoot(window, out / "checkin-already.png")
        checkin.check(codes[1][:-3] + ("AAA" if not codes[1].endswith("AAA") else "BBB"))
        settle(window)
        shoot(window, out / "checkin-forged.png")
    finally:
        app.clock = clock


def settle(window: MainWindow, ms: int = 300) -> None:
    """Let queued tasks finish and the event loop repaint."""
    for _ in range(100):
        loop = QEventLoop()
        QTimer.singleShot(ms // 3, loop.quit)
        loop.exec()
        if not window.runner.busy():
            break
    QCoreApplication.processEvents()


def shoot(widget: QWidget, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(path)


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots")
    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    register_cjk_font(qapp)  # type: ignore[arg-type]
    translations = Translations(qapp)
    with tempfile.TemporaryDirectory() as tmp:
        app = build_app(Path(tmp) / "demo.sqlite", data_dir=Path(tmp), clock=FixedClock(NOW))
        create_demo(app.uow(), candidates=200, seed=1, exam_date=date(2026, 12, 3))
        done: list[str] = []
        for lang in ("zh_CN", "en"):
            translations.install(lang)
            window = MainWindow(app, translations, lambda _p, exc, _i: print("error:", exc))
            window.resize(1280, 800)
            window.show()
            settle(window)
            steps: list[tuple[str, Callable[[MainWindow], object]]] = [
                ("overview", lambda w: w.nav.setCurrentRow(0)),
                ("candidates", lambda w: (w.nav.setCurrentRow(1),
                                          w.screen("candidates").table.selectRow(2))),
            ]
            for name, action in steps:
                action(window)
                settle(window)
                shoot(window, out / lang / f"{name}.png")
            candidates = window.screen("candidates")
            candidates.open_import()
            settle(window)
            shoot(candidates.import_dialog, out / lang / "import-dialog.png")
            candidates.import_dialog.close()
            candidates.open_print()
            settle(window)
            shoot(candidates.print_dialog, out / lang / "print-dialog.png")
            candidates.print_dialog.close()
            for row, name in ((3, "seating-overview"), (4, "rooms"), (5, "staffing"),
                              (6, "scoring"), (7, "theory-entry"), (8, "results"),
                              (9, "rubrics")):
                window.nav.setCurrentRow(row)
                settle(window)
                shoot(window, out / lang / f"{name}.png")
            seating = window.screen("seating")
            window.nav.setCurrentRow(3)
            seating.open_room(seating.tiles[0].room_id)
            settle(window)
            shoot(window, out / lang / "seating-room.png")
            seating.open_draw()
            settle(window)
            shoot(seating.draw_dialog, out / lang / "draw-dialog.png")
            seating.draw_dialog.close()
            shoot_checkin(window, app, out / lang, first=2 * len(done))
            done.append(lang)
            window.close()
        app.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
