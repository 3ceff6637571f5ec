"""An examiner typing marks on the real scoring screen (offscreen), for the crash test.

Usage: python tests/data/scoring_typist.py DB USERNAME PASSWORD

Signs in, then fills every empty item of the assigned candidates in list order with the keyboard
at a person's speed (Enter after each value, which also moves on to the next candidate after
the last item), printing one line per step, flushed at once:
``typing REG POS CENTI`` before the first key of a field, ``entered REG POS CENTI`` after its
Enter, ``saved REG POS CENTI`` when the screen reports the field committed. The parent kills
the process at a random moment.
"""

from __future__ import annotations

import os
import sys
import time
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.bootstrap import build_app  # noqa: E402
from app.clock import CHINA_TZ, FixedClock  # noqa: E402
from app.rules.workdays import WorkdayCalendar  # noqa: E402
from ui.screens.scoring.view import ScoringScreen  # noqa: E402
from ui.tasks import TaskRunner  # noqa: E402
from ui.widgets.points_edit import format_points  # noqa: E402

KEY_DELAY_MS = 60  # a person: slower than the scanner filter's 50 ms burst gap


def planned(registration_id: int, position: int, max_centi: int, step_centi: int) -> int:
    """A valid, varied value for one item of one candidate."""
    steps = max_centi // step_centi
    return ((registration_id * 7 + position * 3) % (steps + 1)) * step_centi


def wait_for(condition, timeout_ms: int = 10000) -> None:
    """Run the event loop until ``condition()``; sleeping in Python lets the worker thread
    have the GIL (QTest's own waits keep it, which no person at a keyboard does)."""
    deadline = QDeadlineTimer(timeout_ms)
    while not condition():
        if deadline.hasExpired():
            raise SystemExit("timed out")
        QCoreApplication.processEvents()
        time.sleep(0.005)


def pause(ms: int) -> None:
    deadline = QDeadlineTimer(ms)
    wait_for(deadline.hasExpired, ms + 1000)


def type_text(field, text: str) -> None:
    for char in text:
        QTest.keyClick(field, char)
        pause(KEY_DELAY_MS)


def say(*parts: object) -> None:
    print(*parts, flush=True)


def main(db: Path, username: str, password: str) -> None:
    qapp = QApplication([])
    app = build_app(db, data_dir=db.parent, calendar=WorkdayCalendar(),
                    clock=FixedClock(datetime(2026, 12, 3, 10, 0, tzinfo=CHINA_TZ)))

    def sink(_parent, exc, _info) -> None:
        say("error", repr(exc))
        os._exit(3)

    runner = TaskRunner(sink)
    screen = ScoringScreen(app, runner, 1)
    screen.resize(1100, 700)
    screen.show()
    screen.item_saved.connect(lambda reg, _subj, pos, value: say("saved", reg, pos, value))
    opened: list[int] = []
    screen.candidate_opened.connect(lambda: opened.append(screen.current.registration_id))
    screen.sign_in(username, password)
    wait_for(lambda: screen.model.rowCount() > 0)
    first = screen.model.row_at(0)
    screen.open_task(first.registration_id, first.subject_id)
    wait_for(lambda: bool(opened))
    while True:
        reg = screen.current.registration_id
        seen = len(opened)
        items = screen.form.items
        typed_last = False
        for item in items:
            field = screen.form.fields[item.position]
            if field.text():
                continue  # typed before a previous kill
            value = planned(reg, item.position, item.max_centi, item.step_centi)
            field.setFocus()
            say("typing", reg, item.position, value)
            type_text(field, format_points(value))
            QTest.keyClick(field, Qt.Key.Key_Return)  # after the last item: next candidate
            say("entered", reg, item.position, value)
            typed_last = item is items[-1]
            pause(80)
        if screen.model.find(reg, screen.current.subject_id) + 1 >= screen.model.rowCount():
            break
        if not typed_last:
            screen.next_candidate()
        wait_for(lambda s=seen: len(opened) > s)
    runner.shutdown()
    qapp.quit()


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2], sys.argv[3])
