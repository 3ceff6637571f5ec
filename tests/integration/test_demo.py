"""The demo batch: deterministic, valid, complete, and refused where it would overwrite data."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.bootstrap import App, build_app
from app.clock import CHINA_TZ, FixedClock
from app.demo.builder import create_demo
from app.errors import ConflictError, ValidationError
from app.model import (
    AdmissionTicket,
    AuditEvent,
    Batch,
    BatchOffering,
    Candidate,
    CandidatePhoto,
    ExamSession,
    Occupation,
    Registration,
    Room,
    Seat,
    SeatAssignment,
    Staff,
    StaffRole,
    Subject,
)
from app.rules.id_documents import check_id
from app.rules.ticket_numbers import is_valid_ticket_number
from app.rules.workdays import WorkdayCalendar
from tests.conftest import DEMO_EXAM, NOW


@pytest.fixture
def demo_app(body_demo_app: App) -> App:
    """The body's tests run on a SQLite file and on PostgreSQL (tests/conftest.py)."""
    return body_demo_app

ROLES = ("site_manager", "checkin_clerk", "proctor", "examiner", "chief_examiner", "expert",
         "internal_supervisor", "technician", "score_clerk", "reviewer")


def _fresh_app(folder: Path) -> App:
    folder.mkdir(parents=True, exist_ok=True)
    return build_app(folder / "demo.sqlite", data_dir=folder / "data", clock=FixedClock(NOW),
                     calendar=WorkdayCalendar())


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[App]:
    app = _fresh_app(tmp_path / "fresh")
    yield app
    app.close()


def _digest(folder: Path, *, seed: int, candidates: int = 200) -> str:
    """A digest of every candidate's name, ID number and photo, in id order."""
    app = _fresh_app(folder)
    try:
        create_demo(app.uow(), candidates=candidates, seed=seed, exam_date=DEMO_EXAM)
        digest = hashlib.sha256()
        with app.uow().read() as s:
            for name, number, photo in s.execute(
                    select(Candidate.name, Candidate.id_number, CandidatePhoto.data)
                    .join(CandidatePhoto, CandidatePhoto.candidate_id == Candidate.id)
                    .order_by(Candidate.id)):
                digest.update(f"{name}|{number}|".encode())
                digest.update(hashlib.sha256(photo).digest())
        return digest.hexdigest()
    finally:
        app.close()


def test_same_seed_gives_identical_data(tmp_path: Path) -> None:
    assert _digest(tmp_path / "a", seed=5) == _digest(tmp_path / "b", seed=5)


def test_different_seed_gives_different_data(tmp_path: Path) -> None:
    assert _digest(tmp_path / "a", seed=5) != _digest(tmp_path / "b", seed=6)


def test_every_candidate_id_number_is_valid(demo_app: App) -> None:
    with demo_app.uow().read() as s:
        rows = s.execute(select(Candidate.id_number, Candidate.gender, Candidate.birth_date,
                                Candidate.id_type)).all()
    assert len(rows) == 200
    for number, gender, birth, id_type in rows:
        result = check_id(number, today=DEMO_EXAM)
        assert result.ok, (number, result.reason)
        assert (result.id_type, result.gender, result.birth_date) == (id_type, gender, birth)
    assert len({r[0] for r in rows}) == 200


def test_every_candidate_has_a_photo(demo_app: App) -> None:
    with demo_app.uow().read() as s:
        photos = s.execute(select(CandidatePhoto.data, CandidatePhoto.sha256)).all()
        cands = s.scalar(select(func.count()).select_from(Candidate))
    assert len(photos) == cands
    assert all(hashlib.sha256(data).hexdigest() == sha for data, sha in photos)
    assert len({sha for _, sha in photos}) == len(photos)  # every photo differs


def test_every_offering_has_candidates_and_every_occupation_at_least_20(demo_app: App) -> None:
    with demo_app.uow().read() as s:
        per_offering = {(occ, level): n for occ, level, n in s.execute(
            select(BatchOffering.occupation_id, BatchOffering.level,
                   func.count(Registration.id))
            .outerjoin(Registration, (Registration.batch_id == BatchOffering.batch_id)
                       & (Registration.occupation_id == BatchOffering.occupation_id)
                       & (Registration.level == BatchOffering.level))
            .group_by(BatchOffering.occupation_id, BatchOffering.level))}
        names = dict(s.execute(select(Occupation.id, Occupation.name)).all())
    assert all(n > 0 for n in per_offering.values()), per_offering
    per_occupation: Counter[str] = Counter()
    for (occ, _level), n in per_offering.items():
        per_occupation[names[occ]] += n
    assert set(per_occupation) == {"电工", "焊工", "中式烹调师", "育婴员"}
    assert min(per_occupation.values()) >= 20, per_occupation
    assert sum(per_occupation.values()) == 200


@pytest.mark.parametrize("seed", [2, 3, 4, 5, 6])
def test_every_occupation_gets_at_least_20_of_200_for_any_seed(tmp_path: Path, seed: int) -> None:
    app = _fresh_app(tmp_path)
    try:
        create_demo(app.uow(), candidates=200, seed=seed, exam_date=DEMO_EXAM)
        with app.uow().read() as s:
            per_occupation = s.execute(select(Registration.occupation_id, func.count())
                                       .group_by(Registration.occupation_id)).all()
            offerings = s.scalar(select(func.count()).select_from(BatchOffering))
            covered = s.scalar(select(func.count()).select_from(
                select(Registration.occupation_id, Registration.level).distinct().subquery()))
    finally:
        app.close()
    assert len(per_occupation) == 4
    assert min(n for _, n in per_occupation) >= 20, per_occupation
    assert covered == offerings


def test_offerings_are_the_documented_occupations_and_levels(demo_app: App) -> None:
    with demo_app.uow().read() as s:
        offered = s.execute(select(Occupation.code, Occupation.name, BatchOffering.level)
                            .join(BatchOffering, BatchOffering.occupation_id == Occupation.id)
                            ).all()
    by_occupation: dict[tuple[str, str], set[int]] = {}
    for code, name, level in offered:
        by_occupation.setdefault((code, name), set()).add(level)
    assert by_occupation == {
        ("6-31-01-03", "电工"): {5, 4, 3, 2},
        ("6-18-02-04", "焊工"): {5, 4, 3},
        ("4-03-02-01", "中式烹调师"): {5, 4, 3, 2},
        ("4-10-01-02", "育婴员"): {5, 4, 3},
    }


def test_seats_are_within_room_capacity_and_never_used_twice(demo_app: App) -> None:
    with demo_app.uow().read() as s:
        sessions = s.execute(
            select(ExamSession.id, ExamSession.room_id, ExamSession.starts_at, Subject.kind,
                   Room.kind, Room.exam_capacity)
            .join(Subject, Subject.id == ExamSession.subject_id)
            .join(Room, Room.id == ExamSession.room_id)).all()
        seats = s.execute(select(SeatAssignment.exam_session_id, SeatAssignment.seat_id,
                                 Seat.room_id, SeatAssignment.registration_id)
                          .join(Seat, Seat.id == SeatAssignment.seat_id)).all()
    by_session: dict[int, list[tuple[int, int, int]]] = {}
    for session_id, seat_id, room_id, reg_id in seats:
        by_session.setdefault(session_id, []).append((seat_id, room_id, reg_id))
    theory = [row for row in sessions if row[3] == "theory"]
    assert theory
    # at one time in one room, a seat holds one candidate (sessions share a room's seats)
    used_at: Counter[tuple[int, object, int]] = Counter()
    for session_id, room_id, starts, _kind, _room_kind, capacity in sessions:
        taken = by_session.get(session_id, [])
        assert taken, f"session {session_id} has nobody seated"
        assert len(taken) <= capacity
        assert all(seat_room == room_id for _, seat_room, _ in taken)
        assert len({seat for seat, _, _ in taken}) == len(taken)
        for seat, _, _ in taken:
            used_at[(room_id, starts, seat)] += 1
    assert max(used_at.values()) == 1
    per_room_time = Counter((room, starts) for room, starts, _ in used_at)
    capacity_of = {row[1]: row[5] for row in sessions}
    assert all(n <= capacity_of[room] for (room, _), n in per_room_time.items())
    for row in theory:
        assert row[4] == "theory"


def test_every_registration_sits_each_of_its_subjects_once(demo_app: App) -> None:
    with demo_app.uow().read() as s:
        regs = s.execute(select(Registration.id, Registration.level)).all()
        sat = Counter(s.execute(
            select(SeatAssignment.registration_id, Subject.kind)
            .join(ExamSession, ExamSession.id == SeatAssignment.exam_session_id)
            .join(Subject, Subject.id == ExamSession.subject_id)).all())
    for reg_id, level in regs:
        kinds = {"theory", "practical"} | ({"review"} if level <= 2 else set())
        assert {k for (r, k) in sat if r == reg_id} == kinds
        assert all(sat[(reg_id, k)] == 1 for k in kinds)


def test_every_registration_has_a_valid_unique_ticket_number(demo_app: App) -> None:
    with demo_app.uow().read() as s:
        regs = set(s.scalars(select(Registration.id)))
        tickets = s.execute(select(AdmissionTicket.registration_id,
                                   AdmissionTicket.ticket_no)).all()
    assert {reg for reg, _ in tickets} == regs
    assert len(tickets) == len(regs)
    numbers = [t for _, t in tickets]
    assert all(is_valid_ticket_number(t) for t in numbers), numbers[:5]
    assert len(set(numbers)) == len(numbers)


def test_staff_exist_for_every_role(demo_app: App) -> None:
    with demo_app.uow().read() as s:
        roles = Counter(s.scalars(select(StaffRole.role)))
        staff = s.execute(select(Staff.id_number, Staff.badge_no)).all()
    assert set(ROLES) <= set(roles), set(ROLES) - set(roles)
    assert all(check_id(number, today=DEMO_EXAM).ok for number, _ in staff)
    assert len({badge for _, badge in staff}) == len(staff)


def test_demo_records_its_creation_and_the_ticket_issue(demo_app: App) -> None:
    with demo_app.uow().read() as s:
        events = s.execute(select(AuditEvent.action, AuditEvent.summary)
                           .order_by(AuditEvent.id)).all()
    assert [a for a, _ in events] == ["demo.created", "tickets.issued"]
    assert (events[0][1]["candidates"], events[0][1]["seed"]) == (200, 1)
    assert events[1][1]["issued"] == 200


def test_demo_on_a_database_with_a_batch_is_refused(demo_app: App) -> None:
    with demo_app.uow().read() as s:
        before = s.scalar(select(func.count()).select_from(Candidate))

    with pytest.raises(ConflictError) as exc:
        create_demo(demo_app.uow(), candidates=10, seed=2, exam_date=DEMO_EXAM)

    assert exc.value.code == "demo.not_empty"
    with demo_app.uow().read() as s:
        assert s.scalar(select(func.count()).select_from(Candidate)) == before
        assert s.scalar(select(func.count()).select_from(Batch)) == 1


@pytest.mark.parametrize("count", [0, -5, 100_001])
def test_demo_with_a_bad_count_is_refused(fresh: App, count: int) -> None:
    with pytest.raises(ValidationError) as exc:
        create_demo(fresh.uow(), candidates=count, seed=1, exam_date=DEMO_EXAM)

    assert exc.value.code == "demo.bad_count"
    assert exc.value.params == {"count": count}
    with fresh.uow().read() as s:
        assert s.scalar(select(func.count()).select_from(Batch)) == 0


def test_a_single_candidate_demo_works(fresh: App) -> None:
    summary = create_demo(fresh.uow(), candidates=1, seed=1, exam_date=DEMO_EXAM)

    assert summary.candidates == 1
    with fresh.uow().read() as s:
        assert s.scalar(select(func.count()).select_from(Registration)) == 1
        assert s.scalar(select(func.count()).select_from(SeatAssignment)) >= 2


def test_the_default_exam_is_today_at_nine_with_every_ticket_signed(fresh: App) -> None:
    summary = create_demo(fresh.uow(), candidates=5, seed=1)

    assert summary.exam_date == date(2026, 11, 23)
    with fresh.uow().read() as s:
        assert s.scalar(select(func.min(ExamSession.starts_at))) == datetime(
            2026, 11, 23, 9, 0, tzinfo=CHINA_TZ)
        assert s.scalar(select(func.count()).select_from(AdmissionTicket)
                        .where(AdmissionTicket.payload.is_(None))) == 0


def test_the_first_session_can_be_moved_to_just_after_now(fresh: App) -> None:
    start = datetime(2026, 11, 23, 19, 40, tzinfo=CHINA_TZ)
    summary = create_demo(fresh.uow(), candidates=5, seed=1, first_session_at=start)

    assert summary.exam_date == date(2026, 11, 23)
    with fresh.uow().read() as s:
        assert s.scalar(select(func.min(ExamSession.starts_at))) == start


def test_20000_candidates_demo_is_complete(fresh: App) -> None:
    """Its speed is measured by benchmarks/demo.py, not asserted here."""
    summary = create_demo(fresh.uow(), candidates=20_000, seed=3, exam_date=DEMO_EXAM)

    assert summary.candidates == 20_000
    with fresh.uow().read() as s:
        assert s.scalar(select(func.count()).select_from(Candidate)) == 20_000
        assert s.scalar(select(func.count(func.distinct(Candidate.id_number)))) == 20_000
        assert s.scalar(select(func.count(func.distinct(AdmissionTicket.ticket_no)))) == 20_000
