"""Crash safety: check-ins and mark entries in a child process, SIGKILLed at random moments
hundreds of times; every acknowledged write survives exactly once and the file stays sound.

The harness is tests/data/kill_worker.py (a fork server, so a kill cycle costs ~0.1 s instead of
a ~0.8 s Python start); benchmarks/kill_test.py runs it with more kills.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from app.sqlite_safety import FORCE_WAL_ENV, WAL, choose_journal
from tests.data import kill_worker as harness


def _kill_test(demo_template: Path, folder: Path, kills: int, seed: int) -> harness.KillRun:
    db = harness.fresh_copy(demo_template, folder)  # one small demo copy per run
    examiner = harness.prepare(db)
    run = harness.run_kills(db, examiner, kills, seed=seed, max_delay=0.15)
    outcome = harness.check(db, examiner, run)

    assert run.kills == kills
    assert set(run.exits) == {-9}  # every child died by SIGKILL, none by an error
    assert len(run.acks) >= kills  # the children got to write before the kills
    assert {a[0] for a in run.acks.values()} == {"checkin", "mark"}
    assert outcome.lost == []
    assert outcome.duplicates == []
    assert outcome.integrity == "ok"
    assert outcome.audit_chain in ("ok", "not checked")
    # The database holds every acknowledged write, and at most one unacknowledged write per
    # kill (committed, killed before it could say so), never more.
    assert max(run.acks) < outcome.written <= len(run.acks) + kills
    return run


def test_200_kills_lose_no_acknowledged_write(demo_template: Path, tmp_path: Path) -> None:
    run = _kill_test(demo_template, tmp_path, kills=200, seed=20261203)

    assert run.journal_modes == {choose_journal().mode}  # the mode app.sqlite_safety chose


def test_kills_in_forced_wal_mode_lose_nothing_either(demo_template: Path, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(FORCE_WAL_ENV, "1")  # the child inherits it

    run = _kill_test(demo_template, tmp_path, kills=60, seed=7)

    assert run.journal_modes == {WAL}



def test_the_check_sees_a_lost_or_doubled_write(demo_template: Path, tmp_path: Path) -> None:
    """The harness is not blind: a removed acknowledged check-in, a mark entry stored twice."""
    db = harness.fresh_copy(demo_template, tmp_path)
    examiner = harness.prepare(db)
    run = harness.run_kills(db, examiner, 5, seed=1, max_delay=0.15)
    k = min(k for k, ack in run.acks.items() if ack[0] == "checkin")
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.execute("delete from checkin_event where id = ?", (int(run.acks[k][1]),))
        conn.execute("insert into audit_event (id, at, actor, action, object_type, object_id,"
                     " summary, prev_hash, hash) select (select max(id) + 1 from audit_event),"
                     " at, actor, action, object_type, object_id, summary, prev_hash, hash || 'x'"
                     " from audit_event where action = 'marks.item_saved' order by id limit 1")

    outcome = harness.check(db, examiner, run)

    assert k in outcome.lost
    assert "mark entries out of plan" in outcome.duplicates
    assert outcome.integrity == "ok"  # the file itself is sound: only the content is wrong
    assert outcome.audit_chain.startswith("broken") or outcome.audit_chain == "not checked"
