"""``verify_chain`` on real database files: an intact trail verifies, and every direct-SQL
tampering (edit, delete, swap, renumber, truncate) is caught naming the tampered event."""

from __future__ import annotations

import json
import random
import secrets
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.bootstrap import App, build_app
from app.clock import FixedClock
from app.db import Database
from app.errors import ValidationError
from app.services.audit import GENESIS_HASH, AuditEntry, event_hash, record, record_many
from app.services.audit_verify import (
    ChainHead,
    ChainReport,
    chain_head,
    parse_head,
    verify_chain,
    verify_rows,
)
from app.uow import Actor, UnitOfWork
from tests.conftest import NOW


@pytest.fixture
def demo_app(body_demo_app: App) -> App:
    """The body's tests run on a SQLite file and on PostgreSQL (tests/conftest.py)."""
    return body_demo_app


@pytest.fixture
def empty_app(body_empty_app: App) -> App:
    """The body's tests run on a SQLite file and on PostgreSQL (tests/conftest.py)."""
    return body_empty_app

EVENTS = 40
ACTORS = [Actor("zhangsan", "张三", desk="A1"), Actor("lisi", "李四"), Actor("wangwu", "王五")]


def fill_trail(app: App, rng: random.Random) -> None:
    """EVENTS events over several transactions, actors, times, candidates and summaries."""
    n = 0
    while n < EVENTS:
        actor = rng.choice(ACTORS)
        size = min(rng.randint(1, 6), EVENTS - n)
        entries = [AuditEntry(
            rng.choice(["checkin.admitted", "marks.entered", "seat.moved"]), "registration",
            str(n + i), {"name": rng.choice(["张三", "欧阳娜娜", "O'Brien \"x\""]),
                         "mark": rng.choice([58.5, 60, 100]), "desk": f"门口{i}",
                         "before": {"seat": "03"}, "after": None},
            candidate_id=rng.choice([None, rng.randint(1, 200)])) for i in range(size)]
        with app.uow(actor).write() as s:
            at = NOW + timedelta(minutes=n, microseconds=rng.randint(0, 999_999))
            if size == 1:
                record(s, actor, at, entries[0])
            else:
                record_many(s, actor, at, entries)
        n += size


@pytest.fixture(scope="module")
def trail_bytes(tmp_path_factory: pytest.TempPathFactory, empty_template: Path) -> bytes:
    folder = tmp_path_factory.mktemp("trail")
    path = folder / "trail.sqlite"
    path.write_bytes(empty_template.read_bytes())
    app = build_app(path, data_dir=folder, clock=FixedClock(NOW))
    fill_trail(app, random.Random(7))
    app.close()
    with sqlite3.connect(path) as conn:  # one self-contained file to copy per case
        conn.execute("PRAGMA journal_mode=DELETE")
    return path.read_bytes()


def verify_file(path: Path, head: ChainHead | None = None) -> ChainReport:
    db = Database.open(path, migrate=False)
    try:
        return verify_chain(UnitOfWork(db, FixedClock(NOW)), expected_head=head)
    finally:
        db.close()


def test_an_intact_demo_trail_verifies(demo_app: App) -> None:
    head = chain_head(demo_app.uow())
    report = verify_chain(demo_app.uow(), expected_head=str(head))
    assert report.intact and report.code == "audit.intact"
    assert report.head == head and report.events == head.event_id >= 1
    assert report.event_id is None


def test_an_empty_trail_is_intact_with_the_genesis_head(empty_app: App) -> None:
    report = verify_chain(empty_app.uow())
    assert report.intact and report.events == 0
    assert chain_head(empty_app.uow()) == ChainHead(0, "0" * 64)


def test_a_malformed_head_is_a_validation_error() -> None:
    with pytest.raises(ValidationError) as err:
        parse_head("12:abc")
    assert err.value.code == "audit.bad_head"
    assert parse_head(f" 3:{'AB' * 32} ") == ChainHead(3, "ab" * 32)


# --- random tampering ------------------------------------------------------------------------

COLS = ("at", "actor", "action", "object_type", "object_id", "candidate_id", "summary",
        "prev_hash", "hash")


@dataclass
class Tamper:
    kind: str
    event_id: int  # the event the check must name
    head_needed: bool = False


def _shift_time(text: str, rng: random.Random) -> str:
    when = datetime.fromisoformat(text) + timedelta(
        seconds=rng.choice([-1, 1]) * rng.randint(1, 86_400), microseconds=rng.randint(0, 9))
    return when.strftime("%Y-%m-%d %H:%M:%S.%f")


def _edit(conn: sqlite3.Connection, rng: random.Random, k: int) -> Tamper:
    at, actor, summary, cand = conn.execute(
        "select at, actor, summary, candidate_id from audit_event where id=?", (k,)).fetchone()
    column = rng.choice(["summary", "actor", "at", "candidate_id", "action", "hash",
                         "prev_hash", "object_id"])
    if column == "summary":
        doc = json.loads(summary)
        key = rng.choice([*doc, "added"])
        old = doc.get(key, "absent")
        doc[key] = rng.choice([v for v in ("篡改", 99.5, None, [1], "张三 ") if v != old])
        value: object = json.dumps(doc, ensure_ascii=False)
    elif column == "actor":
        value = rng.choice([a.username for a in ACTORS if a.username != actor] + [actor + " "])
    elif column == "at":
        value = _shift_time(at, rng)
    elif column == "candidate_id":
        value = rng.choice([None, 0]) if cand is not None else rng.randint(1, 200)
    elif column in ("hash", "prev_hash"):
        value = secrets.token_hex(32)
    else:
        value = "tampered"
    conn.execute(f"update audit_event set {column}=? where id=?", (value, k))
    return Tamper(f"edit {column}", k)


def _swap(conn: sqlite3.Connection, i: int, j: int) -> None:
    rows = {r[0]: r[1:] for r in conn.execute(
        f"select id, {', '.join(COLS)} from audit_event where id in (?, ?)", (i, j))}
    sets = ", ".join(f"{c}=?" for c in COLS)
    conn.execute("update audit_event set hash='tmp' where id=?", (j,))
    conn.execute(f"update audit_event set {sets} where id=?", (*rows[j], i))
    conn.execute(f"update audit_event set {sets} where id=?", (*rows[i], j))


def tamper(conn: sqlite3.Connection, rng: random.Random) -> Tamper:
    n = EVENTS
    kind = rng.choice(["edit", "edit", "delete", "swap", "move", "renumber", "truncate"])
    k = rng.randint(1, n)
    if kind == "edit":
        return _edit(conn, rng, k)
    if kind == "delete":
        conn.execute("delete from audit_event where id=?", (k,))
        return Tamper("delete", k, head_needed=k == n)
    if kind == "swap":
        i, j = sorted(rng.sample(range(1, n + 1), 2))
        _swap(conn, i, j)
        return Tamper("swap", i)
    if kind == "move":  # reorder: an event moved to the end of the trail
        k = rng.randint(1, n - 1)
        conn.execute("update audit_event set id=? where id=?", (n + 1, k))
        return Tamper("move", k)
    if kind == "renumber":  # delete and close the gap, so ids stay consecutive
        conn.execute("delete from audit_event where id=?", (k,))
        conn.execute("update audit_event set id=-id where id>?", (k,))
        conn.execute("update audit_event set id=-id-1 where id<0")
        return Tamper("renumber", k, head_needed=k == n)
    keep = rng.randint(0, n - 1)
    conn.execute("delete from audit_event where id>?", (keep,))
    return Tamper("truncate", keep + 1, head_needed=True)


def run_case(base: bytes, path: Path, head: ChainHead, rng: random.Random) -> tuple[
        Tamper, ChainReport]:
    path.write_bytes(base)
    with sqlite3.connect(path) as conn:
        done = tamper(conn, rng)
    give_head = done.head_needed or rng.random() < 0.5
    report = verify_file(path, head if give_head else None)
    for extra in ("-wal", "-shm", "-journal"):
        path.with_name(path.name + extra).unlink(missing_ok=True)
    return done, report


def test_the_pristine_copy_verifies(trail_bytes: bytes, tmp_path: Path) -> None:
    path = tmp_path / "case.sqlite"
    path.write_bytes(trail_bytes)
    report = verify_file(path)
    assert report.intact and report.events == EVENTS
    assert verify_file(path, report.head).intact


def test_1000_random_tamperings_are_all_detected_naming_the_event(
        trail_bytes: bytes, tmp_path: Path) -> None:
    path = tmp_path / "case.sqlite"
    path.write_bytes(trail_bytes)
    head = verify_file(path).head
    rng = random.Random(20261203)
    kinds: dict[str, int] = {}
    started = time.perf_counter()
    for case in range(1000):
        done, report = run_case(trail_bytes, path, head, rng)
        assert not report.intact, (case, done)
        assert report.event_id == done.event_id, (case, done, report)
        assert report.params["event_id"] == done.event_id
        kinds[done.kind.split()[0]] = kinds.get(done.kind.split()[0], 0) + 1
    assert set(kinds) == {"edit", "delete", "swap", "move", "renumber", "truncate"}
    assert time.perf_counter() - started < 120


def test_each_kind_of_tampering_reports_its_own_code(trail_bytes: bytes, tmp_path: Path) -> None:
    path = tmp_path / "case.sqlite"
    path.write_bytes(trail_bytes)
    head = verify_file(path).head
    cases: list[tuple[Callable[[sqlite3.Connection], None], ChainHead | None, str, int]] = [
        (lambda c: c.execute("update audit_event set actor='x' where id=5"), None,
         "audit.edited", 5),
        (lambda c: c.execute("delete from audit_event where id=9"), None, "audit.missing", 9),
        (lambda c: c.execute("update audit_event set summary='{oops' where id=3"), None,
         "audit.unreadable", 3),
        (lambda c: c.execute("update audit_event set at='yesterday' where id=4"), None,
         "audit.unreadable", 4),
        (lambda c: c.execute("delete from audit_event where id>30"), head,
         "audit.truncated", 31),
    ]
    for change, given, code, event_id in cases:
        path.write_bytes(trail_bytes)
        with sqlite3.connect(path) as conn:
            change(conn)
        report = verify_file(path, given)
        assert (report.code, report.event_id) == (code, event_id)
    # Without the recorded head, a trail cut at the end looks whole: that is what the head is for.
    path.write_bytes(trail_bytes)
    with sqlite3.connect(path) as conn:
        conn.execute("delete from audit_event where id>30")
    assert verify_file(path).intact


def test_a_rewritten_tail_with_recomputed_hashes_is_caught_by_the_head(
        trail_bytes: bytes, tmp_path: Path) -> None:
    """Someone who edits event 20 and recomputes every later hash leaves a valid chain; the
    head printed before (a different hash at the same id) still shows it."""
    path = tmp_path / "case.sqlite"
    path.write_bytes(trail_bytes)
    head = verify_file(path).head
    with sqlite3.connect(path) as conn:
        conn.execute("update audit_event set actor='mallory' where id=20")
        prev = GENESIS_HASH
        rows = conn.execute(
            "select id, at, actor, action, object_type, object_id, candidate_id, summary "
            "from audit_event order by id").fetchall()
        for r in rows:
            entry = AuditEntry(r[3], r[4], r[5], json.loads(r[7]), r[6])
            at = datetime.fromisoformat(r[1]).replace(tzinfo=UTC)
            digest = event_hash(r[0], at, r[2], entry, prev)
            conn.execute("update audit_event set prev_hash=?, hash=? where id=?",
                         (prev, digest, r[0]))
            prev = digest
    assert verify_file(path).intact
    report = verify_file(path, head)
    assert (report.code, report.event_id) == ("audit.head_mismatch", EVENTS)
    assert verify_rows([], head).code == "audit.truncated"
