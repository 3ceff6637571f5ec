"""Steps 5 and 6 of the body's cycle (``tests.body_cycle``): the site's rooms and sessions,
the seat draws (refused while the review is pending and the registration window open), the
admission tickets (refused until the seating is done) and their PDF, the staff on duty, the
rubrics, and the site package read in on the site's laptop.

Staff records are written as rows (``add_staff``): no service creates a staff member yet (the
demo builder inserts them the same way); everything else goes through the services.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select

from app.demo import pools
from app.errors import ConflictError
from app.model import (
    AdmissionTicket,
    Candidate,
    CandidatePhoto,
    Registration,
    SeatAssignment,
    Staff,
    StaffAssignment,
    StaffRole,
    Subject,
)
from app.reports.ticket_documents import ticket_documents
from app.reports.tickets_pdf import write_tickets_pdf
from app.services.rooms import RoomSpec, SessionSpec, create_room, create_session, create_site
from app.services.rubrics import RubricItemSpec, save_rubric
from app.services.seating import allocate_seats, draw_targets
from app.services.staffing import assign_staff
from app.services.tickets import issue_tickets
from app.services.transfer import export_package, import_package
from tests.body_cycle import (
    ADMIN,
    EXAM,
    EXAM_END,
    OFFERINGS,
    SITE_ADDRESS,
    SITE_CODE,
    SITE_NAME,
    Cycle,
    at,
    count,
    flat,
    key_id,
    pdf_text,
    review,
    set_time,
)
from tests.data_builders import resident_id

THEORY_ROOMS, WORKSHOPS, REVIEW_ROOMS = 16, 5, 2


# -- 5. rooms, sessions, seats, tickets, staff, rubrics ---------------------------------------
SITTINGS = (  # (subject kind, occupation, levels, room prefix, rooms, day, start, minutes)
    ("theory", None, None, "T", THEORY_ROOMS, EXAM, 9, 90),
    ("practical", "6-31-01-03", (4, 2), "W", WORKSHOPS, EXAM, 14, 180),
    ("practical", "6-18-02-04", (5, 4), "W", WORKSHOPS, EXAM_END, 9, 180),
    ("practical", "4-03-02-01", (4,), "W", 3, EXAM_END, 14, 180),
    ("review", "6-31-01-03", (2,), "R", REVIEW_ROOMS, EXAM_END, 14, 60),
)
PRACTICAL_ITEMS = (RubricItemSpec("安全文明生产", 1000, 500, veto=True),
                   RubricItemSpec("操作技能与作品质量", 9000, 50))
REVIEW_ITEMS = (RubricItemSpec("业绩评审", 4000, 100), RubricItemSpec("答辩", 6000, 100))


def make_rooms(c: Cycle) -> None:
    """The site and its rooms, then one session per room of every sitting (the papers of a
    sitting in turn), all through the rooms service."""
    set_time(c.body, at(date(2026, 11, 30), 15))
    uow = c.body.uow(ADMIN)
    site_id = create_site(uow, SITE_CODE, SITE_NAME, SITE_ADDRESS)
    layouts = {"T": ("理论考场", "theory", 6, 6, 30, THEORY_ROOMS),
               "W": ("技能操作车间", "practical", 6, 8, 45, WORKSHOPS),
               "R": ("综合评审室", "theory", 4, 6, 24, REVIEW_ROOMS)}
    for prefix, (name, kind, rows, cols, capacity, rooms) in layouts.items():
        for n in range(1, rooms + 1):
            code = f"{prefix}{n:02d}"
            c.rooms[code] = create_room(uow, RoomSpec(site_id, code, f"{name}{n:02d}", kind,
                                                      rows, cols, capacity))
    theory_papers = [c.subjects[(code, level, "theory")] for code, _n, level, _f in OFFERINGS]
    for kind, occupation, levels, prefix, rooms, day, hour, minutes in SITTINGS:
        papers = theory_papers if occupation is None else [
            c.subjects[(occupation, level, kind)] for level in levels or ()]
        start = at(day, hour)
        for n in range(rooms):
            create_session(uow, c.batch_id, SessionSpec(
                papers[n % len(papers)], c.rooms[f"{prefix}{n + 1:02d}"], start,
                start + timedelta(minutes=minutes)))


def sitting_codes(c: Cycle) -> list[str]:
    targets = draw_targets(c.body.uow(), c.batch_id)
    assert len(targets) == len(SITTINGS)
    return [t.session_code for t in targets]


def gate_code(call: Any) -> str:
    try:
        call()
    except ConflictError as exc:
        assert exc.params.get("overridable") is True
        return exc.code
    raise AssertionError("the gate let it through")


def seats_wait_for_the_review(c: Cycle) -> None:
    """Before the review the draw is refused; after it, while registration is open, too."""
    first = sitting_codes(c)[0]
    draw = lambda: allocate_seats(c.body.uow(ADMIN), c.batch_id, first, seed=1)  # noqa: E731
    assert gate_code(draw) == "gate.reviews_pending"
    review(c)
    assert gate_code(draw) == "gate.registration_open"  # 12-01: the window closes 12-02


def draw_seats_and_issue_tickets(c: Cycle) -> None:
    set_time(c.body, at(date(2026, 12, 3), 9))
    uow = c.body.uow(ADMIN)
    codes = sitting_codes(c)
    theory = allocate_seats(uow, c.batch_id, codes[0], mode="shuffled", seed=17)
    assert theory.seated == len(c.admitted) and not theory.overflow_rooms
    assert gate_code(lambda: issue_tickets(c.body.uow(ADMIN), c.batch_id)) \
        == "gate.seating_incomplete"  # the practical sittings are not drawn yet
    for n, code in enumerate(codes[1:], start=1):
        drawn = allocate_seats(uow, c.batch_id, code, seed=17 + n)
        assert drawn.seated > 0 and not drawn.overflow_rooms
    early = c.file("usb") / "too-early.espkg"
    assert gate_code(lambda: export_package(c.body.uow(ADMIN), "site", c.batch_id,
                                            [key_id(c.site)], early)) == "gate.tickets_missing"
    assert issue_tickets(uow, c.batch_id).issued == len(c.admitted)
    with c.body.uow().read() as s:
        seated = set(s.scalars(select(SeatAssignment.registration_id)))
        signed = dict(s.execute(select(AdmissionTicket.registration_id,
                                       AdmissionTicket.ticket_no).where(
            AdmissionTicket.payload.is_not(None))).all())
        refused_names = set(s.scalars(select(Candidate.name).join(
            Registration, Registration.candidate_id == Candidate.id).where(
            Registration.id.in_(c.refused))))
    assert seated == set(signed) == c.admitted and not seated & c.refused
    docs = ticket_documents(c.body.uow(), c.batch_id)
    assert sorted(d.ticket_no for d in docs) == sorted(signed.values())
    room = ticket_documents(c.body.uow(), c.batch_id, "T01")
    out = c.file("准考证_T01.pdf")
    assert write_tickets_pdf(room, out, "a4x2") == (len(room) + 1) // 2
    text = pdf_text(out)
    assert "职业技能等级认定准考证" in text and "09:00" in text
    for doc in room:
        assert doc.ticket_no in text and doc.name in flat(text), doc.ticket_no
    assert not any(name in flat(text) for name in refused_names - {d.name for d in room})


STAFF = (("site_manager", 1), ("checkin_clerk", 2), ("proctor", 2 * THEORY_ROOMS + 2),
         ("examiner", 3 * WORKSHOPS + 2), ("chief_examiner", 1), ("expert", 3 * REVIEW_ROOMS + 1),
         ("internal_supervisor", 1), ("technician", 1), ("score_clerk", 1), ("reviewer", 1))


def add_staff(c: Cycle) -> None:
    """The body's pool of examination staff, written as rows: no service creates a staff
    member yet (the demo builder inserts them the same way)."""
    given = pools.GIVEN_MALE + pools.GIVEN_FEMALE
    with c.body.uow().write() as s:
        n = 0
        for role, how_many in STAFF:
            for _ in range(how_many):
                n += 1
                name = pools.SURNAMES[n % len(pools.SURNAMES)] + given[(n * 7) % len(given)] \
                    + pools.GIVEN_ANY[n % len(pools.GIVEN_ANY)]
                staff = Staff(name=name, gender="M" if n % 2 else "F", id_type="resident_id",
                              id_number=resident_id("450103", date(1975, 1, 1)
                                                    + timedelta(days=97 * n), n),
                              work_unit=pools.STAFF_UNITS[n % len(pools.STAFF_UNITS)],
                              phone=f"1377100{n:04d}", badge_no=f"ZK{n:05d}")
                s.add(staff)
                s.flush()
                s.add(StaffRole(staff_id=staff.id, role=role))


def arrange_staff_and_rubrics(c: Cycle) -> None:
    add_staff(c)
    uow = c.body.uow(ADMIN)
    result = assign_staff(uow, c.batch_id, seed=3)
    assert result.shortfalls == () and not result.report.blocked, result.shortfalls
    for (_code, _level, kind), subject_id in sorted(c.subjects.items()):
        if kind != "theory":
            save_rubric(uow, subject_id, "", PRACTICAL_ITEMS if kind == "practical"
                        else REVIEW_ITEMS)


# -- 6. the site package ----------------------------------------------------------------------
def send_site_package(c: Cycle) -> None:
    set_time(c.body, at(date(2026, 12, 4), 10))
    set_time(c.site, at(date(2026, 12, 4), 15))
    out = c.file("usb") / "site.espkg"
    out.parent.mkdir(exist_ok=True)
    sent = export_package(c.body.uow(ADMIN), "site", c.batch_id, [key_id(c.site)], out)
    done = import_package(c.site.uow(), out)
    assert done.added == sent.records - 1, (done.added, sent.records)  # less the batch ref
    for model in (SeatAssignment, AdmissionTicket, Subject):
        assert count(c.site, model) == count(c.body, model), model.__tablename__
    with c.body.uow().read() as s:  # only the staff on duty in the batch go
        on_duty = set(s.scalars(select(StaffAssignment.staff_id)))
    with c.site.uow().read() as s:
        assert set(s.scalars(select(AdmissionTicket.registration_id))) == c.admitted
        # the refused applicants' data stays at the body
        assert set(s.scalars(select(Registration.id))) == c.admitted
        assert s.scalar(select(func.count()).select_from(Candidate)) == len(c.admitted)
        assert set(s.scalars(select(Staff.id))) == on_duty
        photos = s.scalar(select(func.count()).select_from(CandidatePhoto).join(
            Registration, Registration.candidate_id == CandidatePhoto.candidate_id).where(
            Registration.id.in_(c.admitted)))
    assert photos == len(c.admitted)
