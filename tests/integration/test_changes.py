"""考务变更 on a copy of the demo: request, the authority's decision, application (time; room
with the seats moved), every refusal, the re-signed tickets, the audit trail, and the notice
PDF read back with pdftotext."""

from __future__ import annotations

import subprocess
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from app.clock import CHINA_TZ, FixedClock
from app.crypto.ticket_codec import verify_ticket
from app.crypto.ticket_keys import verification_keys
from app.errors import ConflictError, DomainError, NotFoundError, ValidationError
from app.messages import MESSAGES
from app.model import (
    AdmissionTicket,
    AuditEvent,
    ChangeRequest,
    ExamSession,
    Seat,
    SeatAssignment,
)
from app.reports.change_notice_documents import change_notice
from app.reports.change_notice_pdf import write_change_notice_pdf
from app.services.changes import (
    apply_change,
    decide_change,
    request_change,
    withdraw_change,
)
from app.services.changes_queries import change_choices, change_rows
from app.services.checkin import Desk, check_in
from app.services.checkin_rules import Verdict
from app.services.staffing import assign_staff
from app.uow import Actor

THEORY_OPEN = datetime(2026, 12, 3, 8, 30, tzinfo=CHINA_TZ)
AUTHORITY, APPROVER = "南宁市人力资源和社会保障局", "李建国"
# Demo: S00001 (5 seated) and S00002/S00003 share T001 at 09:00; S00008 (18) is in T003;
# R001 (room 20, 12 seats) is free on the first day.
S1, S5, S8, S43 = 1, 5, 8, 43
R001, T001, P1_001 = 20, 1, 8


def refused(fn, code: str, kind: type[DomainError] = ConflictError) -> DomainError:
    with pytest.raises(kind) as err:
        fn()
    assert err.value.code == code and code in MESSAGES
    return err.value


@pytest.fixture
def app(demo_app):
    demo_app.clock = FixedClock(THEORY_OPEN)
    return demo_app


def approved(app, session_id: int, **kw) -> int:
    change_id = request_change(app.uow(), session_id, reason="原考场漏水", **kw)
    decide_change(app.uow(), change_id, approved=True, authority=AUTHORITY,
                  approver_name=APPROVER)
    return change_id


def seats_of(app, session_id: int) -> dict[int, tuple[int, str]]:
    with app.uow().read() as s:
        return {reg: (room, label) for reg, room, label in s.execute(
            select(SeatAssignment.registration_id, Seat.room_id, Seat.label)
            .join(Seat, Seat.id == SeatAssignment.seat_id)
            .where(SeatAssignment.exam_session_id == session_id))}


def qrs(app, registration_ids) -> dict[int, str]:
    with app.uow().read() as s:
        return {reg: payload.decode() for reg, payload in s.execute(
            select(AdmissionTicket.registration_id, AdmissionTicket.payload)
            .where(AdmissionTicket.registration_id.in_(registration_ids)))}


def events(app, prefix: str) -> list[AuditEvent]:
    with app.uow().read() as s:
        rows = list(s.scalars(select(AuditEvent).where(AuditEvent.action.like(prefix + "%"))
                              .order_by(AuditEvent.id)))
        s.expunge_all()
    return rows


def state(app, change_id: int) -> str:
    with app.uow().read() as s:
        return s.get(ChangeRequest, change_id).state


def test_a_room_change_is_applied_only_after_approval_and_moves_every_seat(app):
    before = seats_of(app, S1)
    old_qrs = qrs(app, before)
    change_id = request_change(app.uow(), S1, kind="place", reason="原考场漏水",
                               new_room_id=R001)
    refused(lambda: apply_change(app.uow(), change_id), "change.not_approved")
    decide_change(app.uow(), change_id, approved=True, authority=AUTHORITY,
                  approver_name=APPROVER, note="同意调整")
    result = apply_change(app.uow(), change_id)

    assert (result.kind, result.moved, result.tickets_resigned) == ("place", 5, 5)
    after = seats_of(app, S1)
    assert after.keys() == before.keys()
    assert {room for room, _label in after.values()} == {R001}
    # Old seat order kept, new seats in R001's numbering order from its first seat.
    order = sorted(before, key=lambda reg: before[reg][1])
    assert [after[reg][1] for reg in order] == ["01", "02", "03", "04", "05"]
    with app.uow().read() as s:
        assert s.get(ExamSession, S1).room_id == R001
        keys = verification_keys(s)
    new_qrs = qrs(app, before)
    for reg in before:
        claims = verify_ticket(new_qrs[reg], keys).claims
        assert ("S00001", "R001", after[reg][1]) in {
            (x.session_code, x.room_code, x.seat_label) for x in claims.seats}
    reg = order[0]
    assert check_in(app.uow(), 1, old_qrs[reg], Desk("检录台1", "R001")).verdict \
        is Verdict.REVOKED
    assert check_in(app.uow(), 1, new_qrs[reg], Desk("检录台1", "R001")).verdict \
        is Verdict.ADMITTED

    trail = events(app, "change.")
    assert [e.action for e in trail] == ["change.requested", "change.approved",
                                         "change.applied"]
    assert trail[0].summary == {"session": "S00001", "kind": "place", "reason": "原考场漏水",
                                "to_room": "R001", "to_place": ""}
    assert trail[1].summary["authority"] == AUTHORITY and trail[1].summary["approver"] == APPROVER
    assert trail[2].summary["seats_moved"] == 5
    assert sorted(s[1] for s in trail[2].summary["seats"]) == sorted(
        label for _room, label in before.values())
    [row] = change_rows(app.uow(), 1)
    assert (row.state, row.new_room, row.approver_name, row.candidates) == (
        "applied", "R001 综合评审室001", APPROVER, 5)
    assert row.decided_at == THEORY_OPEN and row.applied_at == THEORY_OPEN
    refused(lambda: apply_change(app.uow(), change_id), "change.already_applied")
    refused(lambda: withdraw_change(app.uow(), change_id), "change.already_applied")


def test_a_refused_or_withdrawn_change_is_never_applied(app):
    refused_id = request_change(app.uow(), S1, kind="place", reason="原考场漏水",
                                new_room_id=R001)
    decide_change(app.uow(), refused_id, approved=False, authority=AUTHORITY,
                  approver_name=APPROVER, note="不同意")
    refused(lambda: apply_change(app.uow(), refused_id), "change.closed")
    refused(lambda: decide_change(app.uow(), refused_id, approved=True, authority=AUTHORITY,
                                  approver_name=APPROVER), "change.already_decided")
    refused(lambda: withdraw_change(app.uow(), refused_id), "change.closed")
    withdrawn = approved(app, S1, kind="place", new_room_id=R001)
    withdraw_change(app.uow(), withdrawn, "考场已修复")
    refused(lambda: apply_change(app.uow(), withdrawn), "change.closed")
    assert {room for room, _l in seats_of(app, S1).values()} == {T001}
    assert [e.action for e in events(app, "change.")] == [
        "change.requested", "change.refused", "change.requested", "change.approved",
        "change.withdrawn"]
    assert (state(app, refused_id), state(app, withdrawn)) == ("refused", "withdrawn")
    refused(lambda: change_notice(app.uow(), refused_id), "change.no_notice")


def test_a_room_without_enough_free_seats_is_refused_and_nothing_moves(app):
    before = seats_of(app, S8)
    # T001 has 36 seats; 30 are taken by its own three sessions at that time.
    change_id = approved(app, S8, kind="place", new_room_id=T001)
    err = refused(lambda: apply_change(app.uow(), change_id), "change.room_too_small")
    assert err.params == {"room": "T001", "free": 6, "session": "S00008", "needed": 18}
    assert seats_of(app, S8) == before and state(app, change_id) == "approved"
    assert [e.action for e in events(app, "change.")][-1] == "change.approved"


def test_a_time_change_moves_the_window_and_re_signs_the_tickets(app):
    regs = seats_of(app, S5)
    change_id = approved(app, S5, kind="time",
                         new_starts_at=datetime(2026, 12, 3, 10, 0, tzinfo=CHINA_TZ),
                         new_ends_at=datetime(2026, 12, 3, 11, 30, tzinfo=CHINA_TZ))
    result = apply_change(app.uow(), change_id)
    assert (result.kind, result.moved, result.tickets_resigned) == ("time", 0, len(regs))
    with app.uow().read() as s:
        session = s.get(ExamSession, S5)
        assert session.starts_at == datetime(2026, 12, 3, 10, 0, tzinfo=CHINA_TZ)
        keys = verification_keys(s)
    assert seats_of(app, S5) == regs
    claims = verify_ticket(next(iter(qrs(app, regs).values())), keys).claims
    assert claims.issue_no == 2


def test_time_changes_that_clash_with_seats_or_candidates_are_refused(app):
    # Move S00001 into R001 on day one, then try to bring R001's day-two review there.
    apply_change(app.uow(), approved(app, S1, kind="place", new_room_id=R001))
    clash = approved(app, S43, kind="time",
                     new_starts_at=datetime(2026, 12, 3, 9, 0, tzinfo=CHINA_TZ),
                     new_ends_at=datetime(2026, 12, 3, 12, 0, tzinfo=CHINA_TZ))
    err = refused(lambda: apply_change(app.uow(), clash), "change.time_clash")
    assert err.params["room"] == "R001" and err.params["other"] == "S00001"
    withdraw_change(app.uow(), clash)
    # S00005's candidates sit their practical exam at 14:00.
    busy = approved(app, S5, kind="time",
                    new_starts_at=datetime(2026, 12, 3, 14, 0, tzinfo=CHINA_TZ),
                    new_ends_at=datetime(2026, 12, 3, 15, 30, tzinfo=CHINA_TZ))
    err = refused(lambda: apply_change(app.uow(), busy), "change.candidate_clash")
    assert err.params["other"].startswith("S000")


def test_a_room_change_is_refused_once_candidates_are_checked_in(app):
    reg = next(iter(seats_of(app, S1)))
    assert check_in(app.uow(), 1, qrs(app, [reg])[reg], Desk("检录台1", "T001")).verdict \
        is Verdict.ADMITTED
    change_id = approved(app, S1, kind="place", new_room_id=R001)
    err = refused(lambda: apply_change(app.uow(), change_id), "change.checked_in")
    assert err.params == {"count": 1, "session": "S00001"}


def test_requests_are_checked_before_anything_is_written(app):
    def ask(**kw):
        return lambda: request_change(app.uow(), S1, **{"reason": "原考场漏水", **kw})

    refused(ask(kind="date"), "change.bad_kind", ValidationError)
    refused(ask(kind="place", new_room_id=R001, reason=" "), "change.reason_required",
            ValidationError)
    refused(ask(kind="time"), "change.times_required", ValidationError)
    start = datetime(2026, 12, 3, 10, 0, tzinfo=CHINA_TZ)
    refused(ask(kind="time", new_starts_at=start, new_ends_at=start), "change.bad_times",
            ValidationError)
    refused(ask(kind="time", new_starts_at=start.replace(tzinfo=None), new_ends_at=start),
            "change.naive_time", ValidationError)
    refused(ask(kind="time", new_starts_at=datetime(2026, 12, 3, 9, 0, tzinfo=CHINA_TZ),
                new_ends_at=datetime(2026, 12, 3, 10, 30, tzinfo=CHINA_TZ)),
            "change.same_time", ValidationError)
    refused(ask(kind="place"), "change.place_required", ValidationError)
    refused(ask(kind="place", new_room_id=T001), "change.same_room", ValidationError)
    err = refused(ask(kind="place", new_room_id=P1_001), "change.room_kind", ValidationError)
    assert err.params["room"] == "P1-001"
    refused(ask(kind="place", new_room_id=999), "change.room_not_found", NotFoundError)
    refused(lambda: request_change(app.uow(), 999, kind="place", reason="x", new_place="y"),
            "change.session_not_found", NotFoundError)
    assert events(app, "change.") == []
    first = request_change(app.uow(), S1, kind="place", reason="原考场漏水",
                           new_place="实训楼二楼阶梯教室")
    refused(ask(kind="place", new_room_id=R001), "change.pending_exists")
    refused(lambda: decide_change(app.uow(), first, approved=True, authority=" ",
                                  approver_name=APPROVER), "change.authority_required",
            ValidationError)
    refused(lambda: decide_change(app.uow(), first, approved=True, authority=AUTHORITY,
                                  approver_name=APPROVER,
                                  decided_at=datetime(2026, 12, 4, tzinfo=CHINA_TZ)),
            "change.decided_in_future", ValidationError)
    # An outside place changes no seat when applied; the notice says seats are given there.
    decide_change(app.uow(), first, approved=True, authority=AUTHORITY, approver_name=APPROVER)
    before = seats_of(app, S1)
    assert apply_change(app.uow(), first).moved == 0
    assert seats_of(app, S1) == before
    assert {c.new_seat for c in change_notice(app.uow(), first).candidates} == {"现场安排"}


def test_only_the_site_manager_or_the_body_requests_and_decides(app):
    proctor = app.uow(Actor("proctor", "监考员", frozenset({"proctor"})))
    refused(lambda: request_change(proctor, S1, kind="place", reason="x", new_room_id=R001),
            "auth.denied", DomainError)
    change_id = approved(app, S1, kind="place", new_room_id=R001)
    refused(lambda: apply_change(proctor, change_id), "auth.denied", DomainError)
    manager = app.uow(Actor("zk00001", "龚健平", frozenset({"site_manager"})))
    assert apply_change(manager, change_id).moved == 5


def test_choices_list_the_sessions_and_the_rooms_of_the_site(app):
    choices = change_choices(app.uow(), 1)
    assert len(choices.sessions) == 44
    s1 = next(x for x in choices.sessions if x.session_id == S1)
    assert (s1.code, s1.room, s1.seated) == ("S00001", "T001 理论考场001", 5)
    assert {r.room_id for r in choices.rooms} >= {T001, R001, P1_001}
    assert next(r for r in choices.rooms if r.room_id == R001).usable_seats == 12


def test_the_notice_lists_every_candidate_and_the_staff_with_old_and_new_places(
        app, tmp_path: Path):
    assign_staff(app.uow(), 1)
    change_id = approved(app, S1, kind="place", new_room_id=R001)
    pending = change_notice(app.uow(), change_id)  # before applying: the planned seats
    apply_change(app.uow(), change_id)
    notice = change_notice(app.uow(), change_id)
    assert [(c.ticket_no, c.old_seat, c.new_seat) for c in notice.candidates] == [
        (c.ticket_no, c.old_seat, c.new_seat) for c in pending.candidates]
    assert len(notice.candidates) == 5 and notice.state == "已执行"
    roles = {x.role for x in notice.staff}
    assert {"考点负责人", "检录员", "监考员"} <= roles
    out = tmp_path / "notice.pdf"
    assert write_change_notice_pdf(notice, out) == 1
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                          text=True, check=True).stdout
    for needle in ("考务变更通知", "S00001", "考试地点变更", "理论考场001（T001）",
                   "综合评审室001（R001）", AUTHORITY, APPROVER, "原考场漏水",
                   "须通知的考生（5 人）", f"须通知的考务人员（{len(notice.staff)} 人）"):
        assert needle in text, needle
    for c in notice.candidates:
        assert c.ticket_no in text and c.name in text
    for x in notice.staff:
        assert x.name in text and x.badge_no in text
    reader = PdfReader(out)
    assert "考务变更通知" in (reader.metadata.title or "")


def test_a_long_notice_continues_on_more_pages_with_its_headings(app, tmp_path: Path):
    assign_staff(app.uow(), 1)
    change_id = approved(app, S5, kind="time",
                         new_starts_at=datetime(2026, 12, 3, 10, 0, tzinfo=CHINA_TZ),
                         new_ends_at=datetime(2026, 12, 3, 11, 30, tzinfo=CHINA_TZ))
    out = tmp_path / "notice.pdf"
    pages = write_change_notice_pdf(change_notice(app.uow(), change_id), out)
    assert pages == 2
    reader = PdfReader(out)
    texts = [page.extract_text() for page in reader.pages]
    assert "准考证号" in texts[1] and "第 2 页 / 共 2 页" in texts[1].replace("\n", " ")
    assert "2026年12月3日（周四） 10:00-11:30" in texts[0]
    with app.uow().read() as s:
        seated = s.scalar(select(func.count()).select_from(SeatAssignment).where(
            SeatAssignment.exam_session_id == S5))
    assert sum(t.count("2610010") for t in texts) == seated
