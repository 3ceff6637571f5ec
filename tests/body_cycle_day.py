"""Steps 7–10 of the body's cycle (``tests.body_cycle``): the site day through the site's
services, the results back at the body, the results publicity and the certificates.

At the site the candidates of the first theory rooms are checked in at the door (a few stay
away and are marked absent after the cutoff); the computer-based theory results of everybody
are imported from the exam platform's file; the examiners of one workshop and the experts of
one review room enter their items and submit with their passwords, and the score clerk and the
reviewer verify those results. The other panels' submitted (signed) marks and the other
results' verification are written as rows (``bulk_marks``, ``verify_and_lock``): doing ~1,000
of them one service call at a time (each a durable commit, each submit an Argon2id password
check) would take minutes, and it is the same path as the sampled ones. The site manager then
locks the batch through the service.
"""

from __future__ import annotations

import csv
import uuid
from dataclasses import dataclass
from datetime import date

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from app.bootstrap import App
from app.errors import ValidationError
from app.io.certificate_export import write_certificates_csv, write_certificates_xlsx
from app.io.publicity_xlsx import write_publicity_xlsx
from app.model import (
    AdmissionTicket,
    Candidate,
    ExamSession,
    Mark,
    Registration,
    Room,
    ScoreReview,
    SeatAssignment,
    StaffAssignment,
    Subject,
)
from app.reports.certificate_pdf import write_certificates_pdf
from app.reports.publicity_pdf import write_publicity_pdf
from app.reports.score_documents import roster_document
from app.reports.score_roster_pdf import write_roster_pdf
from app.services.audit_verify import verify_chain
from app.services.certificate_queries import (
    EXPORT_COLUMNS,
    certificate_documents,
    export_rows,
    list_certificates,
)
from app.services.certificates import issue_certificates
from app.services.checkin import Desk, check_in
from app.services.checkin_actions import mark_absentees
from app.services.checkin_rules import Verdict
from app.services.marks import save_item, set_status, sign_mark, submit
from app.services.publicity import close_publicity, publish
from app.services.publicity_queries import publicity_document, publicity_list, publicity_overview
from app.services.scoring import lock_batch, results, subject_results, verify
from app.services.scoring_queries import panels
from app.services.theory_scores import import_theory_scores
from app.services.transfer import export_package, import_package
from app.services.users import create_user
from app.uow import Actor
from tests.body_cycle import ADMIN, EXAM, EXAM_END, Cycle, at, flat, key_id, pdf_text, set_time

PASSWORD = "kaowu2026"
ABSENT_EVERY = 97  # one admitted candidate in 97 stays away
CHECKIN_ROOMS = ("T01", "T02", "T03")  # the doors checked in through the service
SAMPLE_PRACTICAL = 8  # candidates of workshop W01 whose examiners enter marks by hand
SAMPLE_REVIEW = 4


@dataclass(frozen=True)
class Person:
    staff_id: int
    actor: Actor


def skill(registration_id: int) -> int:
    """A candidate's level as points out of 100 (deterministic; some below 60)."""
    return 48 + (registration_id * 37) % 51


def people(c: Cycle, role: str) -> list[Person]:
    """Accounts for the site's staff in ``role`` (the site manager creates them)."""
    with c.site.uow().read() as s:
        found = s.execute(select(StaffAssignment.staff_id).where(
            StaffAssignment.batch_id == c.batch_id, StaffAssignment.role == role)
            .distinct().order_by(StaffAssignment.staff_id)).scalars().all()
    out = []
    for staff_id in found:
        username = f"{role[:6]}{staff_id}"
        create_user(c.site.uow(), username, f"{role}{staff_id}", [role], PASSWORD, staff_id)
        out.append(Person(staff_id, Actor(username, f"{role}{staff_id}", frozenset({role}))))
    return out


def seated_in(c: Cycle, room: str, kind: str) -> list[tuple[int, int, int]]:
    """(registration, subject, session) seated in ``room`` for a ``kind`` subject, by seat."""
    with c.site.uow().read() as s:
        return [tuple(r) for r in s.execute(
            select(SeatAssignment.registration_id, ExamSession.subject_id, ExamSession.id)
            .join(ExamSession, ExamSession.id == SeatAssignment.exam_session_id)
            .join(Room, Room.id == ExamSession.room_id)
            .join(Subject, Subject.id == ExamSession.subject_id)
            .where(Room.code == room, Subject.kind == kind)
            .order_by(ExamSession.starts_at, SeatAssignment.seat_id)).all()]


# -- 7. the site day --------------------------------------------------------------------------
def check_in_theory(c: Cycle) -> set[int]:
    """The doors of the first theory rooms: everybody seated there is checked in but the
    absentees, who are marked absent after the cutoff. Returns every absentee of the day
    (absent candidates of the other rooms are known from the theory results and the marks)."""
    set_time(c.site, at(EXAM, 8, 20))
    with c.site.uow().read() as s:
        tickets = s.execute(select(AdmissionTicket.registration_id, AdmissionTicket.payload)
                            .order_by(AdmissionTicket.ticket_no)).all()
    absent = {rid for n, (rid, _qr) in enumerate(tickets) if n % ABSENT_EVERY == 5}
    absent.add(seated_in(c, "W01", "practical")[2][0])  # one the sampled examiners mark absent
    absent.add(seated_in(c, "T01", "theory")[4][0])  # one the clerk marks absent
    sessions: set[int] = set()
    at_doors: set[int] = set()
    for room in CHECKIN_ROOMS:
        for rid, _subject, session_id in seated_in(c, room, "theory"):
            at_doors.add(rid)
            sessions.add(session_id)
    clerk = Actor("jl01", "检录员", frozenset({"checkin_clerk"}))
    desk = c.site.uow(clerk)
    for rid, qr in tickets:
        if rid in at_doors - absent:
            result = check_in(desk, c.batch_id, qr.decode(), Desk("考点入口检录台1"))
            assert result.verdict is Verdict.ADMITTED, (rid, result.detail)
    set_time(c.site, at(EXAM, 9, 20))
    marked = sum(mark_absentees(c.site.uow(clerk), session_id) for session_id in sessions)
    assert marked == len(absent & at_doors)
    return absent


def import_theory(c: Cycle) -> None:
    """The exam platform's results file (CSV) through the theory import."""
    set_time(c.site, at(EXAM, 12, 0))
    with c.site.uow().read() as s:
        rows = s.execute(select(AdmissionTicket.ticket_no, Candidate.id_number, Candidate.name,
                                Registration.id)
                         .join(Registration, Registration.id == AdmissionTicket.registration_id)
                         .join(Candidate, Candidate.id == Registration.candidate_id)
                         .order_by(AdmissionTicket.ticket_no)).all()
    path = c.file("机考成绩.csv")
    with path.open("w", newline="", encoding="utf-8-sig") as fh:
        out = csv.writer(fh)
        out.writerow(["准考证号", "证件号码", "姓名", "成绩"])
        for ticket, number, name, rid in rows:
            out.writerow([ticket, number, name,
                          "缺考" if rid in c.absent else f"{skill(rid) + rid % 3 - 1}.5"])
    clerk = c.site.uow(Actor("tf01", "统分员", frozenset({"score_clerk"})))
    report = import_theory_scores(clerk, c.batch_id, path)
    assert report.applied and not report.problems, report.problems[:3]
    assert (report.imported, report.absent) == (len(rows), len(c.absent))


def enter_marks(c: Cycle, kind: str, sample: list[tuple[int, int, int]],
                panel_of: dict[tuple[int, int], set[int]], accounts: dict[int, Person]) -> None:
    """Each panel member of the sample types the items and submits with their password."""
    for rid, subject_id, _session in sample:
        for n, staff_id in enumerate(sorted(panel_of[(rid, subject_id)])):
            uow = c.site.uow(accounts[staff_id].actor)
            if rid in c.absent:
                set_status(uow, staff_id, rid, subject_id, "absent", "考生未到场")
            else:
                first, second = item_marks(rid, n, kind)
                save_item(uow, staff_id, rid, subject_id, 1, first)
                save_item(uow, staff_id, rid, subject_id, 2, second)
            submit(uow, staff_id, rid, subject_id, PASSWORD)


def item_marks(rid: int, examiner: int, kind: str) -> tuple[int, int]:
    """The two items in centi (practical: the veto item of 10 and one of 90; review: 40 and
    60), the examiners of a panel a point or two apart."""
    points = min(100, max(10, skill(rid) + examiner - 1))
    if kind == "review":
        first = points * 40 // 100 * 100
        return first, points * 100 - first
    return 1000, points * 100 - 1000


def bulk_marks(c: Cycle, panel_of: dict[tuple[int, int], set[int]]) -> int:
    """Every other panel's submitted (signed) marks, as the examiners' laptops store them."""
    now = c.site.clock.now()
    added = 0
    with c.site.uow().write() as s:
        done = set(s.execute(select(Mark.registration_id, Mark.subject_id, Mark.scorer_staff_id)
                             .where(Mark.source == "examiner")).all())
        kinds = dict(s.execute(select(Subject.id, Subject.kind)).all())
        for (rid, subject_id), staff in sorted(panel_of.items()):
            for n, staff_id in enumerate(sorted(staff)):
                if (rid, subject_id, staff_id) in done:
                    continue
                items = {} if rid in c.absent else dict(zip(("1", "2"), item_marks(
                    rid, n, kinds[subject_id]), strict=True))
                mark = Mark(uid=str(uuid.uuid4()), registration_id=rid, subject_id=subject_id,
                            source="examiner", scorer_staff_id=staff_id, item_marks=items,
                            total_centi=sum(items.values()) if items else None,
                            state="submitted", status="absent" if rid in c.absent else "normal",
                            note="考生未到场" if rid in c.absent else "", updated_at=now,
                            submitted_at=now)
                s.add(mark)
                s.flush()
                mark.signature = sign_mark(s, mark, now)
                added += 1
    return added


def verify_and_lock(c: Cycle, sample: list[tuple[int, int]]) -> int:
    """The clerk and the reviewer verify the sample through the service, the rest as rows;
    the site manager locks the batch. Returns how many subject results were locked."""
    clerk, reviewer, manager = (people(c, role)[0] for role in
                                ("score_clerk", "reviewer", "site_manager"))
    for rid, subject_id in sample:
        verify(c.site.uow(clerk.actor), rid, subject_id, "clerk")
        verify(c.site.uow(reviewer.actor), rid, subject_id, "reviewer")
    pending = subject_results(c.site.uow(), c.batch_id)
    by_key = {(r.registration_id, r.subject_id): r for r in pending}
    assert {by_key[key].state for key in sample} == {"verified"}
    assert {by_key[key].status for key in sample} == {"normal", "absent"}
    assert all(r.blocked_by is None for r in pending), {r.blocked_by for r in pending}
    now = c.site.clock.now()
    with c.site.uow().write() as s:
        for r in pending:
            if r.state == "open":
                s.add(ScoreReview(registration_id=r.registration_id, subject_id=r.subject_id,
                                  state="verified", flagged=False, flag_reason="",
                                  decided_by="", decision_reason="",
                                  verified_by_clerk=clerk.actor.username,
                                  verified_by_reviewer=reviewer.actor.username, updated_at=now))
        for mark in s.scalars(select(Mark).where(Mark.state == "submitted")):
            mark.state = "verified"
    return lock_batch(c.site.uow(manager.actor), c.batch_id)


def site_day(c: Cycle) -> None:
    c.absent = check_in_theory(c)
    import_theory(c)
    with c.site.uow().read() as s:
        panel_of = panels(s, c.batch_id)
    accounts = {p.staff_id: p for role in ("examiner", "chief_examiner", "expert")
                for p in people(c, role)}
    practical = seated_in(c, "W01", "practical")[:SAMPLE_PRACTICAL]
    review = seated_in(c, "R01", "review")[:SAMPLE_REVIEW]
    assert practical and review
    set_time(c.site, at(EXAM, 17, 10))
    enter_marks(c, "practical", practical, panel_of, accounts)
    set_time(c.site, at(EXAM_END, 15, 10))
    enter_marks(c, "review", review, panel_of, accounts)
    set_time(c.site, at(EXAM_END, 17, 30))
    assert bulk_marks(c, panel_of) > 0
    sample = [(rid, subject) for rid, subject, _s in practical + review]
    locked = verify_and_lock(c, sample)
    assert locked == len(subject_results(c.site.uow(), c.batch_id))
    roster = roster_document(c.site.uow(), c.batch_id)
    out = c.file("成绩花名册.pdf")
    assert write_roster_pdf(roster, out) == len(roster.pages)
    text = pdf_text(out, 1, 1)
    assert "职业技能等级认定成绩花名册" in text and roster.pages[0].occupation in text
    for row in roster.pages[0].rows:
        assert row.ticket_no in text and row.name in flat(text)


# -- 8. the results package -------------------------------------------------------------------
def bring_results_back(c: Cycle) -> None:
    set_time(c.site, at(EXAM_END, 18, 0))
    set_time(c.body, at(EXAM_END, 20, 0))
    manager = Actor("kdfzr", "考点负责人", frozenset({"site_manager"}))
    out = c.file("usb") / "results.espkg"
    export_package(c.site.uow(manager), "results", c.batch_id, [key_id(c.body)], out)
    back = import_package(c.body.uow(ADMIN), out)
    assert back.trail_ok is True
    got = outcome(c.body, c.batch_id)
    assert got == outcome(c.site, c.batch_id) and len(got) == len(c.admitted)
    assert all(passed is False for rid, passed, _s in got if rid in c.absent)
    assert verify_chain(c.body.uow()).intact and verify_chain(c.site.uow()).intact


def outcome(app: App, batch_id: int) -> list[tuple[int, bool | None, tuple[object, ...]]]:
    return [(r.registration_id, r.passed, tuple((x.kind, x.final_centi, x.status)
                                                for x in r.scores))
            for r in results(app.uow(), batch_id).candidates]


# -- 9. the results publicity -----------------------------------------------------------------
def publicize_results(c: Cycle) -> None:
    set_time(c.body, at(date(2026, 12, 21), 9))
    passed = {r.registration_id for r in results(c.body.uow(), c.batch_id).candidates
              if r.passed}
    assert 0 < len(passed) < len(c.admitted)
    uow = c.body.uow(ADMIN)
    with pytest.raises(ValidationError) as short:  # Guangxi 第十六条: at least 5 working days
        publish(uow, c.batch_id, "results", date(2026, 12, 21), c.body.calendar, workdays=4)
    assert short.value.code == "publicity.too_short"
    pid = publish(uow, c.batch_id, "results", date(2026, 12, 21), c.body.calendar)
    row = publicity_overview(c.body.uow(), c.batch_id, c.body.calendar).current("results")
    assert row is not None and row.workdays >= 5 and row.ends_on == date(2026, 12, 25)
    listed = publicity_list(c.body.uow(), c.batch_id, "results")
    assert {r.registration_id for r in listed} == passed
    doc = publicity_document(c.body.uow(), pid)
    assert write_publicity_xlsx(doc, c.file("结果公示.xlsx")) == len(passed)
    ws = load_workbook(c.file("结果公示.xlsx")).active
    assert [x.value for x in ws[4]][:5] == ["序号", "姓名", "证件号码", "职业（工种）", "等级"]
    masked = {(ws.cell(r, 2).value, ws.cell(r, 3).value) for r in range(5, 5 + len(passed))}
    assert masked == {(r.name_masked, r.id_masked) for r in listed}
    pages = write_publicity_pdf(doc, c.file("结果公示.pdf"))
    text = flat(pdf_text(c.file("结果公示.pdf")))
    assert "职业技能等级认定结果公示" in text and f"第1页共{pages}页" in text
    assert "2026年12月21日至2026年12月25日（5个工作日）" in text
    assert all(r.id_masked in text for r in listed)
    set_time(c.body, at(date(2026, 12, 28), 9))
    close_publicity(c.body.uow(ADMIN), pid)
    c.passed = passed


# -- 10. the certificates ---------------------------------------------------------------------
def certify(c: Cycle) -> None:
    uow, passed = c.body.uow(ADMIN), c.passed
    issued = issue_certificates(uow, c.batch_id, date(2026, 12, 28))
    assert issued.issued == len(passed)
    certs = list_certificates(uow, c.batch_id)
    assert {x.registration_id for x in certs} == passed
    assert len({x.number for x in certs}) == len(certs)
    rows = export_rows(uow, c.batch_id)
    assert write_certificates_xlsx(rows, c.file("证书.xlsx")) == len(certs)
    assert write_certificates_csv(rows, c.file("证书.csv")) == len(certs)
    with c.file("证书.csv").open(encoding="utf-8-sig", newline="") as fh:
        back = list(csv.reader(fh))
    book = load_workbook(c.file("证书.xlsx"), read_only=True)
    sheet = [tuple(x.value for x in r) for r in book.active.iter_rows()]
    book.close()
    assert tuple(back[0]) == sheet[0] == EXPORT_COLUMNS
    assert [tuple(r) for r in back[1:]] == sheet[1:]
    assert {r[0] for r in sheet[1:]} == {x.number for x in certs}
    docs = certificate_documents(uow, c.batch_id, [certs[0].certificate_id,
                                                   certs[-1].certificate_id])
    out = c.file("证书.pdf")
    assert write_certificates_pdf(docs, out) == 2
    text = flat(pdf_text(out, 2, 2))
    for needle in ("职业技能等级证书", docs[1].row.name, docs[1].row.number,
                   docs[1].row.occupation_name, "2026年12月28日"):
        assert needle in text, needle
    c.certificates = len(certs)


