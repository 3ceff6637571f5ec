"""The timeline's blocking checks (app.services.gates): seats wait for the review and the
registration window, tickets for the seating, the site package for the tickets; an override
needs a reason and lands in the audit trail."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import delete, func, select, update

from app.bootstrap import App
from app.errors import ConflictError, ValidationError
from app.model import (
    AdmissionTicket,
    AuditEvent,
    BatchMilestone,
    BatchPlan,
    ExamSession,
    Registration,
    SeatAssignment,
    Subject,
)
from app.services.plan import overrides
from app.services.seating import allocate_seats
from app.services.tickets import issue_tickets
from app.services.transfer import export_package
from tests.transfer_world import key_id, make_world


@pytest.fixture
def demo_app(body_demo_app: App) -> App:
    """The body's tests run on a SQLite file and on PostgreSQL (tests/conftest.py)."""
    return body_demo_app


def theory_code(app) -> str:
    with app.uow().read() as s:
        return s.scalar(select(ExamSession.code).join(Subject).where(Subject.kind == "theory")
                        .order_by(ExamSession.id).limit(1))


def audit_count(app, action: str) -> int:
    with app.uow().read() as s:
        return s.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action == action)) or 0


def seats(app) -> list[tuple[int, int]]:
    with app.uow().read() as s:
        return s.execute(select(SeatAssignment.registration_id, SeatAssignment.seat_id)
                         .order_by(SeatAssignment.id)).all()


def test_seats_wait_for_the_review_unless_a_reason_is_given(demo_app):
    with demo_app.uow().write() as s:
        ids = list(s.scalars(select(Registration.id).order_by(Registration.id).limit(3)))
        s.execute(update(Registration).where(Registration.id.in_(ids))
                  .values(eligibility="pending"))
    before = seats(demo_app)
    with pytest.raises(ConflictError) as caught:
        allocate_seats(demo_app.uow(), 1, theory_code(demo_app), seed=4)
    assert caught.value.code == "gate.reviews_pending"
    assert caught.value.params == {"count": 3, "overridable": True}
    assert seats(demo_app) == before
    with pytest.raises(ConflictError):  # a blank reason is no reason
        allocate_seats(demo_app.uow(), 1, theory_code(demo_app), seed=4, override_reason=" ")
    with pytest.raises(ValidationError) as short:
        allocate_seats(demo_app.uow(), 1, theory_code(demo_app), seed=4, override_reason="先排")
    assert short.value.code == "gate.reason_too_short"
    assert seats(demo_app) == before
    result = allocate_seats(demo_app.uow(), 1, theory_code(demo_app), seed=4,
                            override_reason="三人补交材料待审，先排座")
    assert result.seated > 0
    [o] = overrides(demo_app.uow(), 1)
    assert (o.check, o.reason) == ("seating.draw", "三人补交材料待审，先排座")
    assert o.blockers == ({"code": "gate.reviews_pending", "count": 3},)


def test_seats_wait_for_the_registration_window_to_close(demo_app):
    with demo_app.uow().write() as s:
        plan = s.scalar(select(BatchPlan).where(BatchPlan.batch_id == 1))
        plan.details = {**plan.details, "registration_closes": "2026-11-23"}  # today
    with pytest.raises(ConflictError) as caught:
        allocate_seats(demo_app.uow(), 1, theory_code(demo_app), seed=4)
    assert caught.value.code == "gate.registration_open"
    assert caught.value.params["closes"] == "2026-11-23"


def test_tickets_wait_for_the_seating(demo_app):
    with demo_app.uow().write() as s:
        reg = s.scalar(select(Registration.id).order_by(Registration.id).limit(1))
        s.execute(delete(SeatAssignment).where(SeatAssignment.registration_id == reg))
        s.execute(delete(BatchMilestone).where(BatchMilestone.step == "rooms_and_tickets"))
    issued = audit_count(demo_app, "tickets.issued")
    with pytest.raises(ConflictError) as caught:
        issue_tickets(demo_app.uow(), 1)
    assert caught.value.code == "gate.seating_incomplete"
    assert caught.value.params["count"] == 1
    assert audit_count(demo_app, "tickets.issued") == issued
    issue_tickets(demo_app.uow(), 1, override_reason="该考生改期，另行安排")
    assert audit_count(demo_app, "gate.overridden") == 1
    with demo_app.uow().read() as s:  # not every admitted candidate holds a seat: not done
        assert s.scalar(select(BatchMilestone).where(
            BatchMilestone.step == "rooms_and_tickets")) is None


def test_a_complete_issue_records_the_timeline_step(demo_app):
    with demo_app.uow().write() as s:
        s.execute(delete(BatchMilestone).where(BatchMilestone.step == "rooms_and_tickets"))
    issue_tickets(demo_app.uow(), 1)
    with demo_app.uow().read() as s:
        done = s.scalar(select(BatchMilestone.done_on).where(
            BatchMilestone.step == "rooms_and_tickets"))
    assert str(done) == "2026-11-23"


def test_the_site_package_waits_for_the_tickets(demo_template, empty_template,
                                                tmp_path: Path):
    world = make_world(demo_template, empty_template, tmp_path / "w", stations=0)
    try:
        body = world.body
        with body.uow().write() as s:
            tid = s.scalar(select(AdmissionTicket.id).order_by(AdmissionTicket.id).limit(1))
            s.execute(update(AdmissionTicket).where(AdmissionTicket.id == tid)
                      .values(payload=None))
        out = tmp_path / "site.espkg"
        with pytest.raises(ConflictError) as caught:
            export_package(body.uow(), "site", 1, [key_id(world.site)], out)
        assert caught.value.code == "gate.tickets_missing"
        assert caught.value.params["count"] == 1
        assert not out.exists()
        export_package(body.uow(), "site", 1, [key_id(world.site)], out,
                       override_reason="一名考生准考证补签后另行送达")
        assert out.exists()
        [o] = overrides(body.uow(), 1)
        assert o.check == "transfer.export_site"
    finally:
        world.close()
