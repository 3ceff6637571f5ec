"""Making a batch from a plan (app.services.plan): what it creates, the late plan's audited
override, the refusals that leave the database as it was."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.bootstrap import App
from app.errors import ConflictError, ValidationError
from app.model import (
    AuditEvent,
    Batch,
    BatchMilestone,
    BatchOffering,
    BatchPlan,
    CertBody,
    Occupation,
    Subject,
)
from app.rules.batch_plan import PlanDraft, PlanOffering, PlanSite
from app.services.plan import create_plan, known_bodies, overrides, stored_plan


@pytest.fixture
def demo_app(body_demo_app: App) -> App:
    """The body's tests run on a SQLite file and on PostgreSQL (tests/conftest.py)."""
    return body_demo_app


@pytest.fixture
def empty_app(body_empty_app: App) -> App:
    """The body's tests run on a SQLite file and on PostgreSQL (tests/conftest.py)."""
    return body_empty_app

EXAM = date(2026, 12, 19)  # the clock says 2026-11-23: 26 days ahead


def draft(**changes: object) -> PlanDraft:
    base = PlanDraft(
        body_code="4501001", body_name="南宁市示范职业技能培训学校", batch_no=5,
        eval_date=EXAM, end_date=date(2026, 12, 20), rule_profile="national",
        offerings=(PlanOffering("6-31-01-03", "电工", 4, Decimal("180")),
                   PlanOffering("6-31-01-03", "电工", 2, Decimal("300")),
                   PlanOffering("4-10-01-02", "育婴员", 5, Decimal("150"))),
        registration_opens=date(2026, 11, 24), registration_closes=date(2026, 12, 5),
        announce_on=date(2026, 11, 23), sites=(PlanSite("南宁考点", "大学路1号"),),
        contact_person="黄老师", contact_phone="0771-5551234", complaints="监督电话 0771-5559876")
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def counts(app) -> tuple[int, ...]:
    with app.uow().read() as s:
        return tuple(s.scalar(select(func.count()).select_from(m)) or 0 for m in (
            Batch, BatchOffering, BatchPlan, Occupation, Subject, CertBody, BatchMilestone,
            AuditEvent))


def test_a_plan_makes_its_batch_offerings_subjects_plan_and_steps(empty_app):
    made = create_plan(empty_app.uow(), draft(), empty_app.calendar)
    assert made.plan_name == "2026-12-19南宁市示范职业技能培训学校第5批"
    assert made.flags == ()
    with empty_app.uow().read() as s:
        batch = s.get(Batch, made.batch_id)
        assert (batch.eval_date, batch.end_date, batch.rule_profile, batch.is_demo) == (
            EXAM, date(2026, 12, 20), "national", False)
        offered = s.execute(select(Occupation.code, BatchOffering.level).join(
            Occupation, Occupation.id == BatchOffering.occupation_id)
            .order_by(Occupation.code, BatchOffering.level)).all()
        assert offered == [("4-10-01-02", 5), ("6-31-01-03", 2), ("6-31-01-03", 4)]
        subjects = s.execute(select(Occupation.code, Subject.level, Subject.kind).join(
            Occupation).order_by(Occupation.code, Subject.level, Subject.kind)).all()
        assert ("6-31-01-03", 2, "review") in subjects
        assert ("6-31-01-03", 4, "review") not in subjects
        assert len(subjects) == 7
        steps = dict(s.execute(select(BatchMilestone.step, BatchMilestone.done_on)).all())
        assert steps == {"plan_created": date(2026, 11, 23)}
        actions = list(s.scalars(select(AuditEvent.action)))
    assert actions == ["plan.created"]
    stored = stored_plan(empty_app.uow(), made.batch_id)
    assert stored is not None and stored.draft == draft() and stored.flags == ()
    assert known_bodies(empty_app.uow())[0].next_batch_no == 6


def test_a_late_plan_needs_a_reason_which_is_audited(empty_app):
    late = draft(eval_date=date(2026, 12, 1), end_date=date(2026, 12, 1),
                 registration_closes=date(2026, 11, 25))
    before = counts(empty_app)
    with pytest.raises(ConflictError) as caught:
        create_plan(empty_app.uow(), late, empty_app.calendar)
    assert caught.value.code == "plan.needs_reason"
    assert "plan_created" in caught.value.params["steps"]
    with pytest.raises(ValidationError) as short:
        create_plan(empty_app.uow(), late, empty_app.calendar, override_reason="急")
    assert short.value.code == "gate.reason_too_short"
    assert counts(empty_app) == before
    made = create_plan(empty_app.uow(), late, empty_app.calendar,
                       override_reason="人社局通知补充开设本批次")
    assert {f.step for f in made.flags} == {"plan_created", "registration_closed"}
    stored = stored_plan(empty_app.uow(), made.batch_id)
    assert stored is not None and stored.override_reason == "人社局通知补充开设本批次"
    assert {f.step for f in stored.flags} == {"plan_created", "registration_closed"}
    [override] = overrides(empty_app.uow(), made.batch_id)
    assert (override.check, override.reason) == ("plan.timeline", "人社局通知补充开设本批次")
    assert {b["step"] for b in override.blockers} == {"plan_created", "registration_closed"}


def test_a_second_plan_of_the_same_batch_and_a_renamed_occupation_change_nothing(empty_app):
    create_plan(empty_app.uow(), draft(), empty_app.calendar)
    before = counts(empty_app)
    with pytest.raises(ConflictError) as caught:
        create_plan(empty_app.uow(), draft(), empty_app.calendar)
    assert caught.value.code == "plan.exists"
    renamed = draft(batch_no=6, offerings=(PlanOffering("6-31-01-03", "维修电工", 4),))
    with pytest.raises(ConflictError) as caught:
        create_plan(empty_app.uow(), renamed, empty_app.calendar)
    assert caught.value.code == "plan.occupation_name_differs"
    assert caught.value.params == {"occupation": "6-31-01-03", "stored": "电工",
                                   "given": "维修电工"}
    assert counts(empty_app) == before


def test_a_bad_draft_is_refused_with_its_first_problem(empty_app):
    with pytest.raises(ValidationError) as caught:
        create_plan(empty_app.uow(), draft(sites=()), empty_app.calendar)
    assert caught.value.code == "plan.no_site"
    assert counts(empty_app)[0] == 0


def test_the_next_plan_of_the_body_reuses_its_occupations_and_subjects(empty_app):
    create_plan(empty_app.uow(), draft(), empty_app.calendar)
    made = create_plan(empty_app.uow(), draft(batch_no=6), empty_app.calendar)
    with empty_app.uow().read() as s:
        assert s.scalar(select(func.count()).select_from(Occupation)) == 2
        assert s.scalar(select(func.count()).select_from(Subject)) == 7
        assert s.scalar(select(func.count()).select_from(CertBody)) == 1
        assert s.scalar(select(func.count()).select_from(BatchOffering).where(
            BatchOffering.batch_id == made.batch_id)) == 3


def test_a_demo_batch_carries_the_plan_it_was_made_from(demo_app):
    stored = stored_plan(demo_app.uow(), 1)
    assert stored is not None
    assert stored.plan_name.endswith("第3批")
    assert {o.occupation_name for o in stored.draft.offerings} == {
        "电工", "焊工", "中式烹调师", "育婴员"}
