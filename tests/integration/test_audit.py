"""The audit trail on a real database: consecutive ids, a hash chain that recomputes exactly."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from app.bootstrap import App
from app.clock import CHINA_TZ
from app.model import AuditEvent
from app.services.audit import (
    GENESIS_HASH,
    AuditEntry,
    event_count,
    event_hash,
    record,
    record_many,
)
from app.services.registration import import_candidates
from app.uow import Actor
from tests.conftest import NOW
from tests.data_builders import write_candidate_file


@pytest.fixture
def demo_app(body_demo_app: App) -> App:
    """The body's tests run on a SQLite file and on PostgreSQL (tests/conftest.py)."""
    return body_demo_app


@pytest.fixture
def empty_app(body_empty_app: App) -> App:
    """The body's tests run on a SQLite file and on PostgreSQL (tests/conftest.py)."""
    return body_empty_app


CLERK = Actor("zhangsan", "张三", frozenset({"checkin_clerk"}), desk="A1")


def stored_events(app: App) -> list[AuditEvent]:
    with app.uow().read() as s:
        events = list(s.scalars(select(AuditEvent).order_by(AuditEvent.id)))
        for e in events:
            s.expunge(e)
    return events


def recomputed(e: AuditEvent) -> str:
    entry = AuditEntry(e.action, e.object_type, e.object_id, e.summary, e.candidate_id)
    return event_hash(e.id, e.at, e.actor, entry, e.prev_hash)


def assert_chain_intact(events: list[AuditEvent]) -> None:
    assert [e.id for e in events] == list(range(1, len(events) + 1))
    prev = GENESIS_HASH
    for e in events:
        assert e.prev_hash == prev, e.id
        assert recomputed(e) == e.hash, e.id
        prev = e.hash


RICH_SUMMARY: dict[str, Any] = {
    "name": "张三",
    "work_unit": "南宁市邕江电力工程有限公司（第1分公司）",
    "checked_in_at": datetime(2026, 12, 3, 8, 31, 7, 123456, tzinfo=CHINA_TZ),
    "birth_date": date(1990, 1, 31),
    "marks": [58.5, 60, {"科目": "理论", "分数": 61.25}],
    "before": {"seat": "03", "room": "理论考场001"},
    "after": None,
    "ratio": Decimal("0.75"),
    "emoji_and_quotes": "“引号” 'single' \"double\" \\ \n 𠀀",
}


def test_events_from_several_transactions_chain_with_consecutive_ids(empty_app: App) -> None:
    for i in range(5):
        with empty_app.uow(CLERK).write() as s:
            record(s, CLERK, NOW + timedelta(minutes=i),
                   AuditEntry("checkin.admitted", "registration", str(i), {"n": i},
                              candidate_id=i or None))

    events = stored_events(empty_app)

    assert_chain_intact(events)
    assert events[0].prev_hash == GENESIS_HASH
    assert [e.actor for e in events] == ["zhangsan"] * 5
    assert [e.candidate_id for e in events] == [None, 1, 2, 3, 4]


def test_stored_events_recompute_to_their_hash_with_chinese_text_and_datetimes(
        empty_app: App) -> None:
    at = datetime(2026, 12, 3, 8, 31, 7, 654321, tzinfo=CHINA_TZ)
    with empty_app.uow().write() as s:
        record(s, CLERK, at, AuditEntry("candidate.updated", "candidate", "42", RICH_SUMMARY,
                                        candidate_id=42))
        record(s, CLERK, at, AuditEntry("candidate.updated", "candidate", "43",
                                        {"姓名": "李四", "when": at}))

    events = stored_events(empty_app)

    assert_chain_intact(events)
    first = events[0]
    assert first.at == at  # microseconds and the instant survive the round trip
    assert first.summary["name"] == "张三"
    assert first.summary["checked_in_at"] == str(RICH_SUMMARY["checked_in_at"])
    assert first.summary["birth_date"] == "1990-01-31"
    assert first.summary["marks"][2] == {"科目": "理论", "分数": 61.25}


def test_the_hash_returned_at_write_time_equals_the_recomputed_one(empty_app: App) -> None:
    with empty_app.uow().write() as s:
        ids = record_many(s, CLERK, NOW, [
            AuditEntry("a", "t", "1", RICH_SUMMARY),
            AuditEntry("b", "t", "2", {"at": NOW, "day": NOW.date()}),
        ])

    events = stored_events(empty_app)

    assert [e.id for e in events] == ids == [1, 2]
    assert_chain_intact(events)


def test_editing_a_stored_summary_no_longer_recomputes(empty_app: App) -> None:
    with empty_app.uow().write() as s:
        record_many(s, CLERK, NOW, [AuditEntry("mark.entered", "mark", str(i), {"score": 59})
                                    for i in range(3)])
    with empty_app.uow().write() as s:
        s.execute(update(AuditEvent).where(AuditEvent.id == 2).values(summary={"score": 60}))

    events = stored_events(empty_app)

    assert [recomputed(e) == e.hash for e in events] == [True, False, True]


def test_record_many_of_1000_entries_chains_correctly(empty_app: App) -> None:
    with empty_app.uow().write() as s:
        record(s, CLERK, NOW, AuditEntry("first", "batch", "1", {}))
    entries = [AuditEntry("registration.imported", "registration", str(i),
                          {"file": "考生.xlsx", "row": i + 2}, candidate_id=i)
               for i in range(1000)]

    with empty_app.uow().write() as s:
        ids = record_many(s, CLERK, NOW, entries)
        assert event_count(s) == 1001

    assert ids == list(range(2, 1002))
    events = stored_events(empty_app)
    assert len(events) == 1001
    assert_chain_intact(events)
    assert len({e.hash for e in events}) == 1001


def test_record_many_of_nothing_writes_nothing(empty_app: App) -> None:
    with empty_app.uow().write() as s:
        assert record_many(s, CLERK, NOW, []) == []
        assert event_count(s) == 0


def test_demo_and_import_events_form_one_intact_chain(demo_app: App, tmp_path: Path) -> None:
    path, _ = write_candidate_file(tmp_path, 30)
    with demo_app.uow().read() as s:
        before = event_count(s)

    import_candidates(demo_app.uow(), 1, path)

    events = stored_events(demo_app)
    assert len(events) == before + 31
    assert_chain_intact(events)
    assert events[0].action == "demo.created"
    assert events[-1].action == "candidates.imported"
