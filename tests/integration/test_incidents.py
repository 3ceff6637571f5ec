"""考场记录 on a real copy of the demo: recording and voiding incidents, who may do which, and
misconduct in the result state, the results and the score roster PDF."""

from __future__ import annotations

import subprocess
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.bootstrap import App
from app.clock import CHINA_TZ, FixedClock
from app.errors import ConflictError, NotFoundError, PermissionDenied, ValidationError
from app.model import (
    AdmissionTicket,
    CheckinEvent,
    ExamSession,
    Incident,
    Registration,
    ScoreReview,
)
from app.reports.score_documents import roster_document
from app.reports.score_roster_pdf import write_roster_pdf
from app.services.checkin_actions import mark_absentees
from app.services.incidents import IncidentInput, record_incident, void_incident
from app.services.incidents_queries import (
    RoomCandidate,
    candidate_incidents,
    incident_rows,
    registration_for_scan,
    room_candidates,
    session_choices,
)
from app.services.scoring import results
from tests.integration.test_marks import actor_for, events, staff_with_role
from tests.score_data import fill_demo_marks

DURING_THEORY = datetime(2026, 12, 3, 9, 40, tzinfo=CHINA_TZ)
BATCH = 1


@pytest.fixture
def app(demo_app: App) -> App:
    demo_app.clock = FixedClock(DURING_THEORY)
    return demo_app


def first_session(app: App) -> int:
    return session_choices(app.uow(), BATCH)[0].session_id


def sitter(app: App, n: int = 0) -> RoomCandidate:
    return room_candidates(app.uow(), first_session(app))[n]


def misconduct(app: App, who: RoomCandidate, rule: str = "prohibited_items",
               actor_role: str = "proctor") -> int:
    uow = app.uow(actor_for(app, staff_with_role(app, actor_role)))
    done = record_incident(uow, BATCH, IncidentInput(
        "misconduct", first_session(app), who.registration_id, rule,
        description="开考后发现携带手机", action_taken="收缴手机，责令停止考试"))
    return done.incident_id


def state_of(app: App, registration_id: int) -> str:
    with app.uow().read() as s:
        reg = s.get(Registration, registration_id)
        assert reg is not None
        return reg.result_state


def roster_text(app: App, tmp_path: Path) -> str:
    out = tmp_path / "roster.pdf"
    write_roster_pdf(roster_document(app.uow(), BATCH), out)
    return subprocess.run(["pdftotext", "-enc", "UTF-8", "-layout", str(out), "-"],
                          check=True, capture_output=True, text=True).stdout


def roster_line(text: str, ticket_no: str) -> str:
    return next(line for line in text.splitlines() if ticket_no in line)


def test_misconduct_sets_the_result_state_the_results_and_the_roster_and_void_undoes_it(
        app: App, tmp_path: Path) -> None:
    fill_demo_marks(app)
    who = sitter(app)
    before = next(c for c in results(app.uow(), BATCH).candidates
                  if c.registration_id == who.registration_id)
    theory_before = next(x for x in before.scores if x.kind == "theory")
    assert theory_before.status == "normal" and theory_before.final_centi is not None
    assert "违纪" not in roster_line(roster_text(app, tmp_path), who.ticket_no)

    incident_id = misconduct(app, who)
    assert state_of(app, who.registration_id) == "misconduct"
    after = next(c for c in results(app.uow(), BATCH).candidates
                 if c.registration_id == who.registration_id)
    theory = next(x for x in after.scores if x.kind == "theory")
    practical = next(x for x in after.scores if x.kind == "practical")
    assert theory.status == "misconduct" and theory.final_centi is None
    assert practical == next(x for x in before.scores if x.kind == "practical")  # kept
    assert after.passed is False
    assert ("scoring.reason.misconduct", "theory") in [(r.code, r.kind) for r in after.reasons]
    line = roster_line(roster_text(app, tmp_path), who.ticket_no)
    assert "违纪" in line and "理论知识违纪" in line and "不合格" in line

    manager = app.uow(actor_for(app, staff_with_role(app, "site_manager")))
    assert void_incident(manager, incident_id, "误记：手机为考务人员所有") == "normal"
    assert state_of(app, who.registration_id) == "normal"
    back = next(c for c in results(app.uow(), BATCH).candidates
                if c.registration_id == who.registration_id)
    assert back.scores == before.scores and back.passed == before.passed
    assert "违纪" not in roster_line(roster_text(app, tmp_path), who.ticket_no)


def test_the_state_goes_back_only_when_the_last_misconduct_is_voided(app: App) -> None:
    who = sitter(app, 1)
    first = misconduct(app, who, "prohibited_items")
    second = misconduct(app, who, "communication")
    manager = app.uow(actor_for(app, staff_with_role(app, "site_manager")))
    assert void_incident(manager, first, "重复记录") == "misconduct"
    assert state_of(app, who.registration_id) == "misconduct"
    assert void_incident(manager, second, "误记") == "normal"
    with pytest.raises(ConflictError) as err:
        void_incident(manager, second, "再次作废")
    assert err.value.code == "incident.already_voided"


def test_misconduct_needs_a_known_rule_a_candidate_and_a_description(app: App) -> None:
    uow, session = app.uow(), first_session(app)
    reg = sitter(app).registration_id
    cases = [
        (IncidentInput("misconduct", session, reg, "", description="x"), "incident.rule_required"),
        (IncidentInput("misconduct", session, reg, "smoking", description="x"),
         "incident.bad_rule"),
        (IncidentInput("misconduct", session, None, "copying", description="x"),
         "incident.candidate_required"),
        (IncidentInput("misconduct", None, reg, "copying", description="x"),
         "incident.session_required"),
        (IncidentInput("misconduct", session, reg, "copying"), "incident.description_required"),
        (IncidentInput("late", session, None), "incident.candidate_required"),
        (IncidentInput("power", session, None), "incident.description_required"),
        (IncidentInput("flood", session, None, description="x"), "incident.bad_kind"),
        (IncidentInput("other", session, None, description="x",
                       occurred_at=DURING_THEORY + timedelta(hours=1)), "incident.in_future"),
    ]
    for given, code in cases:
        with pytest.raises(ValidationError) as err:
            record_incident(uow, BATCH, given)
        assert err.value.code == code, given
    with app.uow().read() as s:
        assert s.scalar(select(func.count()).select_from(Incident)) == 0


def test_the_incident_is_stored_against_the_candidates_own_session_of_the_sitting(
        app: App) -> None:
    choices = session_choices(app.uow(), BATCH)
    first = choices[0]
    sitting = [c.session_id for c in choices
               if c.room_id == first.room_id and c.starts_at == first.starts_at]
    assert len(sitting) > 1  # T001 seats several occupations at once
    others = [c for c in room_candidates(app.uow(), first.session_id)
              if c.session_id != first.session_id]
    done = record_incident(app.uow(), BATCH, IncidentInput(
        "late", first.session_id, others[0].registration_id, description="迟到10分钟"))
    assert done.session_id == others[0].session_id != first.session_id
    elsewhere = next(c for c in choices if c.room_id != first.room_id)
    outsider = room_candidates(app.uow(), elsewhere.session_id)[0]
    with pytest.raises(ConflictError) as err:
        record_incident(app.uow(), BATCH, IncidentInput(
            "misconduct", first.session_id, outsider.registration_id, "copying",
            description="x"))
    assert err.value.code == "incident.not_in_room"
    assert err.value.params["name"] == outsider.name


def test_proctors_record_only_the_site_manager_voids_with_a_reason(app: App) -> None:
    proctor = app.uow(actor_for(app, staff_with_role(app, "proctor")))
    clerk_of_scores = app.uow(actor_for(app, staff_with_role(app, "score_clerk")))
    given = IncidentInput("equipment", first_session(app), description="3号座位桌椅损坏",
                          action_taken="更换桌椅")
    with pytest.raises(PermissionDenied):
        record_incident(clerk_of_scores, BATCH, given)
    done = record_incident(proctor, BATCH, given)
    with pytest.raises(PermissionDenied):
        void_incident(proctor, done.incident_id, "误记")
    manager = app.uow(actor_for(app, staff_with_role(app, "site_manager")))
    with pytest.raises(ValidationError) as err:
        void_incident(manager, done.incident_id, "  ")
    assert err.value.code == "incident.reason_required"
    with pytest.raises(NotFoundError):
        void_incident(manager, 9999, "误记")
    assert void_incident(manager, done.incident_id, "误记") is None
    row = incident_rows(app.uow(), BATCH, first_session(app))[0]
    assert row.voided and row.void_reason == "误记" and row.kind == "equipment"
    assert row.recorded_by == proctor.actor.username
    assert row.recorded_by_name == proctor.actor.display_name
    assert row.occurred_at == DURING_THEORY and row.room_code == "T001"


def test_every_record_and_void_is_in_the_audit_trail(app: App) -> None:
    who = sitter(app)
    incident_id = misconduct(app, who, "copying")
    void_incident(app.uow(), incident_id, "误记")
    recorded, voided = events(app, "incidents.recorded"), events(app, "incidents.voided")
    assert len(recorded) == len(voided) == 1
    assert recorded[0].candidate_id == who.candidate_id == voided[0].candidate_id
    assert recorded[0].summary["rule"] == "copying"
    assert recorded[0].summary["result_state"] == "misconduct"
    assert voided[0].summary == {"kind": "misconduct", "rule": "copying", "reason": "误记",
                                 "result_state": "normal"}


def test_misconduct_on_a_locked_result_is_refused(app: App) -> None:
    who = sitter(app)
    with app.uow().write() as s:
        subject_id = s.scalar(select(ExamSession.subject_id).where(
            ExamSession.id == who.session_id))
        s.add(ScoreReview(registration_id=who.registration_id, subject_id=subject_id,
                          state="locked", flagged=False, flag_reason="", decided_by="",
                          decision_reason="", verified_by_clerk="a", verified_by_reviewer="b",
                          updated_at=DURING_THEORY))
    with pytest.raises(ConflictError) as err:
        misconduct(app, who)
    assert err.value.code == "incident.result_closed"
    assert state_of(app, who.registration_id) == "normal"


def test_an_absent_incident_is_a_record_only(app: App) -> None:
    who = sitter(app)
    with app.uow().read() as s:
        before = s.scalar(select(func.count()).select_from(CheckinEvent))
    done = record_incident(app.uow(), BATCH, IncidentInput(
        "absent", first_session(app), who.registration_id))
    assert done.result_state == "normal"
    with app.uow().read() as s:
        assert s.scalar(select(func.count()).select_from(CheckinEvent)) == before
    assert [r.kind for r in candidate_incidents(app.uow(), who.registration_id)] == ["absent"]
    assert events(app, "incidents.recorded")[0].summary["checkin_absent"] is False
    mark_absentees(app.uow(), who.session_id)  # after the cutoff: check-in's own 缺考
    record_incident(app.uow(), BATCH, IncidentInput(
        "absent", first_session(app), who.registration_id, description="开考15分钟后未到"))
    assert events(app, "incidents.recorded")[1].summary["checkin_absent"] is True


def test_a_ticket_scan_or_number_finds_the_candidate(app: App) -> None:
    who = sitter(app)
    with app.uow().read() as s:
        payload = s.scalar(select(AdmissionTicket.payload).where(
            AdmissionTicket.registration_id == who.registration_id))
    assert payload is not None
    assert registration_for_scan(app.uow(), BATCH, payload.decode()) == who.registration_id
    assert registration_for_scan(app.uow(), BATCH, who.ticket_no) == who.registration_id
    for bad in ("hello", payload.decode()[:-6] + "AAAAAA"):
        with pytest.raises(ValidationError):
            registration_for_scan(app.uow(), BATCH, bad)
