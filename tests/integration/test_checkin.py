"""Every check-in verdict through the service, on the real demo database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

import cbor2
import pytest
from sqlalchemy import delete, func, select

from app.clock import CHINA_TZ, FixedClock
from app.crypto.base45 import b45decode, b45encode
from app.crypto.ticket_codec import PREFIX, TicketClaims, batch_tag, sign_ticket
from app.errors import ConflictError, ValidationError
from app.model import AdmissionTicket, AuditEvent, Candidate, CheckinEvent, Registration
from app.rules.ticket_numbers import ticket_number
from app.services.checkin import Desk, check_in
from app.services.checkin_actions import mark_absentees, reverse_admission
from app.services.checkin_queries import sessions_on
from app.services.checkin_rules import Verdict
from app.services.tickets import revoke_ticket
from tests.conftest import DEMO_EXAM

THEORY_OPEN = datetime(2026, 12, 3, 8, 30, tzinfo=CHINA_TZ)


@dataclass(frozen=True)
class Sitter:
    registration_id: int
    candidate_id: int
    ticket_no: str
    qr: str
    id_number: str
    level: int


def sitters(app) -> list[Sitter]:
    with app.uow().read() as s:
        rows = s.execute(
            select(Registration.id, Candidate.id, AdmissionTicket.ticket_no,
                   AdmissionTicket.payload, Candidate.id_number, Registration.level)
            .join(Candidate, Candidate.id == Registration.candidate_id)
            .join(AdmissionTicket, AdmissionTicket.registration_id == Registration.id)
            .order_by(Registration.id)).all()
    return [Sitter(r, c, t, p.decode(), i, lv) for r, c, t, p, i, lv in rows]


@pytest.fixture
def desk_app(demo_app):
    demo_app.clock = FixedClock(THEORY_OPEN)
    return demo_app


def theory_room(app, sitter: Sitter) -> str:
    first = check_in(app.uow(), 1, sitter.qr, Desk("probe"))
    reverse_admission(app.uow(), first.event_id, Verdict.UNDONE, "probe", "probe")
    return first.slot.room_code


def events(app) -> int:
    with app.uow().read() as s:
        return s.scalar(select(func.count()).select_from(CheckinEvent))


def test_a_genuine_ticket_on_time_at_the_right_door_is_admitted_and_recorded(desk_app):
    who = sitters(desk_app)[0]
    before = events(desk_app)
    result = check_in(desk_app.uow(), 1, who.qr, Desk("检录台1", "T001"))
    assert result.verdict is Verdict.ADMITTED
    assert result.slot.subject_kind == "theory" and result.slot.room_code == "T001"
    assert result.slot.seat_label
    assert result.candidate.registration_id == who.registration_id
    assert events(desk_app) == before + 1
    with desk_app.uow().read() as s:
        action, candidate_id = s.execute(select(AuditEvent.action, AuditEvent.candidate_id)
                                         .order_by(AuditEvent.id.desc()).limit(1)).one()
    assert action == "checkin.admitted" and candidate_id == who.candidate_id


def test_the_site_entrance_desk_admits_to_the_session_happening_now(desk_app):
    result = check_in(desk_app.uow(), 1, sitters(desk_app)[5].qr, Desk("入口"))
    assert result.verdict is Verdict.ADMITTED


def test_the_wrong_door_names_the_right_room_and_seat(desk_app):
    who = sitters(desk_app)[0]
    result = check_in(desk_app.uow(), 1, who.qr, Desk("检录台9", "T005"))
    assert result.verdict is Verdict.WRONG_ROOM
    assert result.slot.room_code == "T001" and result.slot.seat_label


def test_a_second_scan_says_when_and_where_it_was_first_checked_in(desk_app):
    who = sitters(desk_app)[1]
    check_in(desk_app.uow(), 1, who.qr, Desk("检录台1", "T001"))
    desk_app.clock.advance(timedelta(minutes=3))
    again = check_in(desk_app.uow(), 1, who.qr, Desk("检录台2", "T001"))
    assert again.verdict is Verdict.ALREADY_CHECKED_IN
    assert again.previous.desk == "检录台1"
    assert again.previous.at == THEORY_OPEN


def test_refusing_entry_after_the_id_check_keeps_the_ticket_valid(desk_app):
    who = sitters(desk_app)[2]
    first = check_in(desk_app.uow(), 1, who.qr, Desk("检录台1"))
    reverse_admission(desk_app.uow(), first.event_id, Verdict.REFUSED, "照片与本人不符", "检录台1")
    again = check_in(desk_app.uow(), 1, who.qr, Desk("检录台1"))
    assert again.verdict is Verdict.ADMITTED


def test_undo_needs_a_reason_and_only_reverses_an_admission_once(desk_app):
    who = sitters(desk_app)[3]
    first = check_in(desk_app.uow(), 1, who.qr, Desk("检录台1"))
    with pytest.raises(ValidationError) as err:
        reverse_admission(desk_app.uow(), first.event_id, Verdict.UNDONE, "  ", "检录台1")
    assert err.value.code == "checkin.reason_required"
    reverse_admission(desk_app.uow(), first.event_id, Verdict.UNDONE, "扫错了人", "检录台1")
    with pytest.raises(ConflictError) as err:
        reverse_admission(desk_app.uow(), first.event_id, Verdict.UNDONE, "again", "检录台1")
    assert err.value.code == "checkin.already_reversed"
    bad = check_in(desk_app.uow(), 1, "nonsense", Desk("检录台1"))
    with pytest.raises(ConflictError) as err:
        reverse_admission(desk_app.uow(), bad.event_id, Verdict.REFUSED, "x", "检录台1")
    assert err.value.code == "checkin.not_an_admission"


def test_an_unknown_ticket_number_is_not_registered(desk_app):
    result = check_in(desk_app.uow(), 1, ticket_number(2026, "4501001", 3, 5, 99999),
                      Desk("检录台1"))
    assert result.verdict is Verdict.NOT_REGISTERED


def test_an_edited_ticket_is_forged(desk_app):
    who = sitters(desk_app)[0]
    tag = cbor2.loads(b45decode(who.qr[len(PREFIX):]))
    protected, unprotected, payload, signature = tag.value
    claims = cbor2.loads(payload)
    claims[1] = sitters(desk_app)[7].ticket_no  # someone else's ticket number
    edited = cbor2.dumps(cbor2.CBORTag(18, [protected, unprotected, cbor2.dumps(claims),
                                            signature]))
    result = check_in(desk_app.uow(), 1, PREFIX + b45encode(edited), Desk("检录台1"))
    assert result.verdict is Verdict.FORGED and result.detail == "ticket.bad_signature"


def test_a_ticket_signed_by_an_untrusted_key_is_forged(desk_app):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    who = sitters(desk_app)[0]
    claims = TicketClaims(who.ticket_no, batch_tag("x"), (), b"\0" * 8, b"\0" * 8,
                          THEORY_OPEN, THEORY_OPEN + timedelta(hours=2))
    fake = sign_ticket(claims, Ed25519PrivateKey.generate())
    result = check_in(desk_app.uow(), 1, fake, Desk("检录台1"))
    assert result.verdict is Verdict.FORGED and result.detail == "ticket.unknown_key"


def test_garbage_is_unreadable_and_still_recorded(desk_app):
    before = events(desk_app)
    for junk in ("hello", "ES1:%%%", "12345"):
        assert check_in(desk_app.uow(), 1, junk, Desk("检录台1")).verdict is Verdict.UNREADABLE
    assert events(desk_app) == before + 3


def test_cancelled_and_replaced_tickets_are_revoked_and_the_reissue_admits(desk_app):
    a, b = sitters(desk_app)[10], sitters(desk_app)[11]
    revoke_ticket(desk_app.uow(), 1, a.ticket_no, "考生放弃考试", reissue=False)
    assert check_in(desk_app.uow(), 1, a.qr, Desk("检录台1")).verdict is Verdict.REVOKED
    assert check_in(desk_app.uow(), 1, a.ticket_no, Desk("检录台1")).verdict is Verdict.REVOKED
    new_qr = revoke_ticket(desk_app.uow(), 1, b.ticket_no, "准考证遗失补办", reissue=True)
    assert check_in(desk_app.uow(), 1, b.qr, Desk("检录台1")).verdict is Verdict.REVOKED
    assert check_in(desk_app.uow(), 1, new_qr, Desk("检录台1")).verdict is Verdict.ADMITTED


def test_an_id_document_of_someone_else_is_refused(desk_app):
    who, other = sitters(desk_app)[4], sitters(desk_app)[40]
    wrong = check_in(desk_app.uow(), 1, who.qr, Desk("检录台1"), id_number=other.id_number)
    assert wrong.verdict is Verdict.ID_MISMATCH
    right = check_in(desk_app.uow(), 1, who.qr, Desk("检录台1"),
                     id_number=who.id_number.lower())
    assert right.verdict is Verdict.ADMITTED


def test_too_early_too_late_and_another_day(desk_app):
    who = sitters(desk_app)[6]
    desk_app.clock = FixedClock(datetime(2026, 12, 3, 7, 0, tzinfo=CHINA_TZ))
    assert check_in(desk_app.uow(), 1, who.qr, Desk("d")).verdict is Verdict.TOO_EARLY
    desk_app.clock = FixedClock(datetime(2026, 12, 3, 9, 16, tzinfo=CHINA_TZ))
    late = check_in(desk_app.uow(), 1, who.qr, Desk("d"))
    assert late.verdict is Verdict.TOO_LATE and late.slot.subject_kind == "theory"
    desk_app.clock = FixedClock(datetime(2026, 12, 2, 8, 30, tzinfo=CHINA_TZ))
    other_day = check_in(desk_app.uow(), 1, who.qr, Desk("d"))
    assert other_day.verdict is Verdict.WRONG_SESSION
    assert other_day.slot.starts_at == datetime(2026, 12, 3, 9, 0, tzinfo=CHINA_TZ)


def test_the_afternoon_practical_admits_at_its_own_door(desk_app):
    who = sitters(desk_app)[6]
    desk_app.clock = FixedClock(datetime(2026, 12, 3, 13, 40, tzinfo=CHINA_TZ))
    result = check_in(desk_app.uow(), 1, who.qr, Desk("实操门口"))
    assert result.verdict is Verdict.ADMITTED and result.slot.subject_kind == "practical"


def test_a_signed_ticket_works_on_a_laptop_without_the_candidate(desk_app):
    who = sitters(desk_app)[8]
    with desk_app.uow().write() as s:
        s.execute(delete(AdmissionTicket).where(AdmissionTicket.ticket_no == who.ticket_no))
    result = check_in(desk_app.uow(), 1, who.qr, Desk("检录台1"), id_number=who.id_number)
    assert result.verdict is Verdict.ADMITTED
    assert result.missing_locally and result.detail == "checkin.not_on_this_laptop"
    assert result.slot.room_code.startswith("T")
    mismatch = check_in(desk_app.uow(), 1, who.qr, Desk("检录台1"),
                        id_number=sitters(desk_app)[0].id_number)
    assert mismatch.verdict is Verdict.ID_MISMATCH


def test_absentees_are_marked_once_after_the_cutoff_and_counts_follow(desk_app):
    group = [s for s in sitters(desk_app)][:30]
    room = theory_room(desk_app, group[0])
    admitted = 0
    for who in group:
        if check_in(desk_app.uow(), 1, who.qr, Desk("d", room)).verdict is Verdict.ADMITTED:
            admitted += 1
        if admitted == 10:
            break
    session = next(x for x in sessions_on(desk_app.uow(), 1, THEORY_OPEN)
                   if x.room_code == room and x.present)
    with pytest.raises(ConflictError) as err:
        mark_absentees(desk_app.uow(), session.session_id)
    assert err.value.code == "checkin.cutoff_not_passed"
    desk_app.clock = FixedClock(datetime(2026, 12, 3, 9, 16, tzinfo=CHINA_TZ))
    marked = mark_absentees(desk_app.uow(), session.session_id)
    assert marked == session.expected - session.present
    assert mark_absentees(desk_app.uow(), session.session_id) == 0
    after = next(x for x in sessions_on(desk_app.uow(), 1, THEORY_OPEN)
                 if x.session_id == session.session_id)
    assert after.absent == marked and after.waiting == 0
    assert DEMO_EXAM == THEORY_OPEN.date()
