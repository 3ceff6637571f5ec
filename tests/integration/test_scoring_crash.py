"""Killing the scoring screen while an examiner types loses at most the field being typed.

A child process runs the real screen offscreen and types marks with the keyboard at a person's
speed (tests/data/scoring_typist.py); it is SIGKILLed at a random moment, several times, each
run going on where the last one stopped. Afterwards the database holds every field whose Enter
was pressed, except at most the very last one (still on its way to the worker), and nothing
that was not typed.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import select

from app.bootstrap import build_app
from app.clock import FixedClock
from app.db import Database
from app.model import Mark
from app.rules.workdays import WorkdayCalendar
from tests.conftest import NOW
from tests.data.scoring_setup import prepare_examiner

ROOT = Path(__file__).resolve().parents[2]
TYPIST = ROOT / "tests" / "data" / "scoring_typist.py"
Field = tuple[int, int, int]  # registration, item position, centi


def run_until_killed(db: Path, username: str, password: str, rng: random.Random,
                     ) -> tuple[list[Field], list[Field]]:
    """One run of the typist, killed a random while into typing a field; returns what it
    reported as entered (Enter pressed) and as saved."""
    entered: list[Field] = []
    saved: list[Field] = []
    with subprocess.Popen(
            [sys.executable, str(TYPIST), str(db), username, password], cwd=ROOT,
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
            env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
    ) as child:
        assert child.stdout is not None
        fields_to_type = rng.randint(2, 6)
        typing = 0
        for line in child.stdout:
            if line.startswith("typing"):
                typing += 1
                if typing > fields_to_type:
                    time.sleep(rng.uniform(0, 0.25))  # somewhere in this field, or after
                    break
            _collect(line, entered, saved)
        child.send_signal(signal.SIGKILL)  # no chance to clean up or checkpoint
        child.wait()
        for line in child.stdout:  # what it printed before it died
            _collect(line, entered, saved)
    return entered, saved


def _collect(line: str, entered: list[Field], saved: list[Field]) -> None:
    kind, *values = line.split()
    if kind == "error":
        raise AssertionError(line)
    if kind in ("entered", "saved"):
        field = (int(values[0]), int(values[1]), int(values[2]))
        (entered if kind == "entered" else saved).append(field)


def test_a_kill_while_typing_loses_at_most_the_field_being_typed(demo_template, tmp_path):
    db = tmp_path / "site.sqlite"
    shutil.copy(demo_template, db)
    app = build_app(db, data_dir=tmp_path, clock=FixedClock(NOW), calendar=WorkdayCalendar())
    examiner = prepare_examiner(app)
    app.close()
    rng = random.Random(11)
    entered: list[Field] = []
    saved: list[Field] = []
    lost: list[Field] = []
    for _round in range(4):
        round_entered, round_saved = run_until_killed(db, examiner.username,
                                                      examiner.password, rng)
        assert round_entered, "the typist never got to type"
        stored = _stored(db, examiner.staff_id)
        missing = [f for f in round_entered if stored.get(f[:2]) != f[2]]
        # At most the last field finished before the kill is missing.
        assert missing in ([], [round_entered[-1]]), missing
        lost += missing
        entered += round_entered
        saved += round_saved
    stored = _stored(db, examiner.staff_id)
    assert len(entered) >= 10
    assert all(stored.get(f[:2]) == f[2] for f in saved)  # every acknowledged save is there
    typed = {f[:2]: f[2] for f in entered}
    assert all(typed.get(key) == value for key, value in stored.items())  # nothing untyped
    assert all(f[:2] in stored for f in entered if f not in lost)
    database = Database.open(db)
    try:
        assert database.integrity_check() == "ok"
    finally:
        database.close()


def _stored(db: Path, staff_id: int) -> dict[tuple[int, int], int]:
    database = Database.open(db)
    try:
        with database.read() as s:
            rows = s.execute(select(Mark.registration_id, Mark.item_marks)
                             .where(Mark.scorer_staff_id == staff_id)).all()
    finally:
        database.close()
    return {(reg, int(pos)): value for reg, items in rows for pos, value in items.items()
            if not pos.startswith("_")}
