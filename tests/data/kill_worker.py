"""The kill harness (tests/integration/test_kill_harness.py, benchmarks/kill_test.py):
acknowledged check-ins and mark entries in a child process, killed with SIGKILL at random
moments, many times; then the database is checked against every acknowledgement.

Usage: python tests/data/kill_worker.py DB EXAMINER_STAFF_ID EXAMINER_USERNAME

Start-up (Python, SQLAlchemy, the services, alembic) costs far more than a kill cycle, so this
process is a fork server: it imports everything and reads the plan once, then for every ``run``
line on stdin forks a fresh child that opens the database itself (``build_app``, as the app
does), resumes where the database says the previous child stopped, and writes until it is
killed. Stdout (one shared pipe, every line flushed at once):

``pid P``                   the child P is about to open the database;
``open MODE``               it has, in journal mode MODE (``wal``, or ``delete``: safe mode);
``ack K checkin EVENT_ID``  write K, a check-in, has committed (``check_in`` returned);
``ack K mark REG POS VALUE`` write K, an item mark, has committed (``save_item`` returned);
``dead P STATUS``           the server reaped child P (STATUS is -9 after a SIGKILL);
``error TEXT``              the child failed (the parent fails the test).

Write K is a check-in when K is even and a mark entry when K is odd; K itself comes from the
database (how many of these writes it holds), so a write that committed but was killed before
its acknowledgement is not done twice. Check-in K is recorded at desk ``kill-K``; the plan of
mark entries is ``mark_plan``; the parent checks the database against both.

The parent side is ``prepare`` (once per database copy), ``run_kills`` and ``check``.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
import traceback
from contextlib import closing
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sqlalchemy import func, select  # noqa: E402

from app.bootstrap import build_app  # noqa: E402
from app.clock import CHINA_TZ, FixedClock  # noqa: E402
from app.db import Database  # noqa: E402
from app.model import AdmissionTicket, AuditEvent, CheckinEvent  # noqa: E402
from app.rules.workdays import WorkdayCalendar  # noqa: E402
from app.services.checkin import Desk, check_in  # noqa: E402
from app.services.marks import my_tasks, save_item  # noqa: E402
from app.services.scoring_queries import require_rubric  # noqa: E402
from app.uow import Actor, UnitOfWork  # noqa: E402

BATCH_ID = 1
EXAM_MORNING = datetime(2026, 12, 3, 8, 30, tzinfo=CHINA_TZ)
DESK_PREFIX = "kill-"
MARK_ACTION = "marks.item_saved"
CLERK = Actor("kill-clerk", "检录员", frozenset({"checkin_clerk"}), desk="kill")
LIMIT = 100_000  # a child never killed stops here
ROOT = Path(__file__).resolve().parents[2]
WORKER = Path(__file__).resolve()


@dataclass(frozen=True)
class ItemField:
    registration_id: int
    subject_id: int
    position: int
    max_centi: int
    step_centi: int


@dataclass(frozen=True)
class MarkWrite:
    registration_id: int
    subject_id: int
    position: int
    value: int


def load_plan(db: Database, staff_id: int) -> tuple[list[str], list[ItemField]]:
    """The ticket QR texts, and every item field of the examiner's candidates."""
    from app.bootstrap import App
    from app.paths import data_paths

    app = App(db, FixedClock(EXAM_MORNING), data_paths(db.path.parent), WorkdayCalendar())
    with db.read() as s:
        qrs = [p.decode() for p in s.scalars(select(AdmissionTicket.payload)
                                             .order_by(AdmissionTicket.id))]
        fields = []
        for task in my_tasks(app.uow(), BATCH_ID, staff_id):
            for item in require_rubric(s, task.subject_id).items:
                fields.append(ItemField(task.registration_id, task.subject_id, item.position,
                                    item.max_centi, item.step_centi))
    return qrs, fields


def mark_plan(fields: list[ItemField], j: int) -> MarkWrite:
    """Mark entry number ``j``: fields in turn, each round a different valid value."""
    index = j % len(fields)
    field = fields[index]
    steps = field.max_centi // field.step_centi
    value = ((j // len(fields) + index) % (steps + 1)) * field.step_centi
    return MarkWrite(field.registration_id, field.subject_id, field.position, value)


def written(db: Database, examiner: str) -> tuple[int, int]:
    """How many check-ins and mark entries of the harness the database holds."""
    with db.read() as s:
        checkins = s.scalar(select(func.count()).select_from(CheckinEvent)
                            .where(CheckinEvent.desk.like(DESK_PREFIX + "%")))
        marks = s.scalar(select(func.count()).select_from(AuditEvent)
                         .where(AuditEvent.action == MARK_ACTION, AuditEvent.actor == examiner))
    return int(checkins or 0), int(marks or 0)


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def child(db_path: Path, staff_id: int, examiner: Actor, qrs: list[str],
          fields: list[ItemField]) -> None:
    app = build_app(db_path, data_dir=db_path.parent / "data", clock=FixedClock(EXAM_MORNING),
                    calendar=WorkdayCalendar())
    with app.db.engine.connect() as conn:
        say(f"open {conn.exec_driver_sql('PRAGMA journal_mode').scalar()}")
    checkins, marks = written(app.db, examiner.username)
    assert checkins in (marks, marks + 1), (checkins, marks)
    first = checkins + marks
    for k in range(first, first + LIMIT):
        if k % 2 == 0:
            result = check_in(app.uow(CLERK), BATCH_ID, qrs[(k // 2) % len(qrs)],
                              Desk(f"{DESK_PREFIX}{k}"))
            say(f"ack {k} checkin {result.event_id}")
        else:
            w = mark_plan(fields, k // 2)
            save_item(app.uow(examiner), staff_id, w.registration_id, w.subject_id,
                      w.position, w.value)
            say(f"ack {k} mark {w.registration_id} {w.position} {w.value}")
    app.close()


def main() -> None:
    db_path, staff_id, username = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    examiner = Actor(username, username, frozenset({"examiner"}))
    logging.basicConfig(level=logging.ERROR)  # not the journal-mode line on every start
    db = Database.open(db_path)  # also imports and runs the migration check once
    qrs, fields = load_plan(db, staff_id)
    db.close()  # no connection may cross a fork
    for command in sys.stdin:
        if command.strip() != "run":
            break
        sys.stdout.flush()
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                say(f"pid {os.getpid()}")
                child(db_path, staff_id, examiner, qrs, fields)
            except BaseException:  # noqa: BLE001 - reported to the parent, which fails
                say("error " + traceback.format_exc().replace("\n", " | "))
                code = 1
            os._exit(code)
        _, status = os.waitpid(pid, 0)
        say(f"dead {pid} {os.waitstatus_to_exitcode(status)}")


# --- the parent side ----------------------------------------------------------------------------
@dataclass(frozen=True)
class Examiner:
    staff_id: int
    username: str
    audit_head: str | None = None  # the chain head before the kills ("ID:HASH")


def prepare(db_path: Path) -> Examiner:
    """Make a demo copy ready: an examiner with candidates and rubrics (scoring_setup)."""
    from tests.data.scoring_setup import prepare_examiner

    app = build_app(db_path, data_dir=db_path.parent / "data", clock=FixedClock(EXAM_MORNING),
                    calendar=WorkdayCalendar())
    try:
        examiner = prepare_examiner(app)
        checkins, marks = written(app.db, examiner.username)
        assert (checkins, marks) == (0, 0), "the copy already holds harness writes"
        head = _audit_head(app.db)
    finally:
        app.close()
    return Examiner(examiner.staff_id, examiner.username, head)


@dataclass
class KillRun:
    kills: int = 0
    seconds: float = 0.0
    acks: dict[int, tuple[str, ...]] = field(default_factory=dict)  # write K → ack fields
    duplicate_acks: list[int] = field(default_factory=list)
    exits: list[int] = field(default_factory=list)  # child exit codes (-9: killed)
    journal_modes: set[str] = field(default_factory=set)  # as the children opened the file


def run_kills(db_path: Path, examiner: Examiner, kills: int, *, seed: int = 1,
              max_delay: float = 0.2) -> KillRun:
    """Start, SIGKILL after a seeded random delay, restart: ``kills`` times."""
    rng = random.Random(seed)
    run = KillRun()
    started = time.perf_counter()
    with subprocess.Popen(
            [sys.executable, str(WORKER), str(db_path), str(examiner.staff_id),
             examiner.username], cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            text=True, bufsize=1, env={**os.environ, "PYTHONPATH": str(ROOT)}) as server:
        assert server.stdin is not None and server.stdout is not None
        for _ in range(kills):
            server.stdin.write("run\n")
            server.stdin.flush()
            line = server.stdout.readline()
            if not line.startswith("pid "):
                raise AssertionError(f"the worker did not start a child: {line!r}")
            pid = int(line.split()[1])
            time.sleep(rng.uniform(0, max_delay))  # anywhere: opening, writing, committing
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:  # it already ended (an error): reported below
                pass
            for line in server.stdout:  # everything it printed before it died
                kind, *values = line.split()
                if kind == "dead":
                    run.exits.append(int(values[1]))
                    break
                if kind == "error":
                    raise AssertionError(line)
                if kind == "open":
                    run.journal_modes.add(values[0])
                    continue
                k = int(values[0])
                if k in run.acks:
                    run.duplicate_acks.append(k)
                run.acks[k] = tuple(values[1:])
            run.kills += 1
        server.stdin.close()
        server.wait()
    run.seconds = time.perf_counter() - started
    return run


@dataclass
class Outcome:
    written: int  # writes the database holds
    lost: list[int]  # acknowledged writes missing or different
    duplicates: list[str]  # a harness write stored more than once
    integrity: str
    audit_chain: str  # "ok", a problem, or "not checked" (no app/services/audit_verify.py)


def check(db_path: Path, examiner: Examiner, run: KillRun) -> Outcome:
    """The database against the acknowledgements, after the last kill."""
    db = Database.open(db_path)
    try:
        integrity = db.integrity_check()
        _, fields = load_plan(db, examiner.staff_id)
        with db.read() as s:
            desks = list(s.execute(select(CheckinEvent.id, CheckinEvent.desk)
                                   .where(CheckinEvent.desk.like(DESK_PREFIX + "%"))
                                   .order_by(CheckinEvent.id)))
            mark_events = list(s.execute(select(AuditEvent.summary)
                                         .where(AuditEvent.action == MARK_ACTION,
                                                AuditEvent.actor == examiner.username)
                                         .order_by(AuditEvent.id)))
        chain = _audit_chain(db, examiner.audit_head)
    finally:
        db.close()
    duplicates: list[str] = []
    seen: set[str] = set()
    for _id, desk in desks:
        if desk in seen:
            duplicates.append(desk)
        seen.add(desk)
    checkin_k = {int(desk.removeprefix(DESK_PREFIX)): event_id for event_id, desk in desks}
    # The database holds writes 0..N-1 in order: check-ins at even K, mark entries at odd K.
    stored_marks = [(m["position"], m["value"]) for (m,) in mark_events]
    planned_marks = [(w.position, w.value)
                     for w in (mark_plan(fields, j) for j in range(len(stored_marks)))]
    if stored_marks != planned_marks:
        duplicates.append("mark entries out of plan")
    if sorted(checkin_k) != list(range(0, 2 * len(checkin_k), 2)):
        duplicates.append("check-ins out of plan")
    total = len(checkin_k) + len(stored_marks)
    lost = []
    for k, ack in run.acks.items():
        if k % 2 == 0:
            ok = ack[0] == "checkin" and checkin_k.get(k) == int(ack[1])
        else:
            w = mark_plan(fields, k // 2)
            ok = (ack[0] == "mark" and k < total
                  and tuple(map(int, ack[1:])) == (w.registration_id, w.position, w.value))
        if not ok:
            lost.append(k)
    return Outcome(total, sorted(lost), duplicates + [f"ack {k}" for k in run.duplicate_acks],
                   integrity, chain)


def _audit_verify() -> Any:
    """app/services/audit_verify.py (issue 6, written beside this harness), or None."""
    if importlib.util.find_spec("app.services.audit_verify") is None:
        return None
    return importlib.import_module("app.services.audit_verify")


def _audit_head(db: Database) -> str | None:
    audit_verify = _audit_verify()
    if audit_verify is None:
        return None
    return str(audit_verify.chain_head(UnitOfWork(db, FixedClock(EXAM_MORNING))))


def _audit_chain(db: Database, head_before: str | None) -> str:
    """The audit chain verdict, the head from before the kills included (a truncated chain
    shows), when app/services/audit_verify.py exists."""
    audit_verify = _audit_verify()
    if audit_verify is None:
        return "not checked"
    report = audit_verify.verify_chain(UnitOfWork(db, FixedClock(EXAM_MORNING)),
                                       expected_head=head_before)
    return "ok" if report.intact else f"broken: {report.code} at event {report.event_id}"

def fresh_copy(template: Path, folder: Path) -> Path:
    """A single-file copy of a demo database (its WAL folded in first)."""
    with closing(sqlite3.connect(template)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "kill.sqlite"
    with closing(sqlite3.connect(template)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)
    return target


if __name__ == "__main__":
    main()
