"""``create_demo``: a whole, realistic batch in an empty database, in one transaction.

Everything is bulk-inserted (ORM bulk ``insert``), because 100,000 candidates must be created in
well under a minute; the demo is deterministic for a seed and an exam date.
"""

from __future__ import annotations

import hashlib
import itertools
import random
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from app.clock import CHINA_TZ, today
from app.db_server import sync_id_sequences
from app.demo import pools
from app.demo.eligibility_facts import demo_facts
from app.demo.people import PersonFactory, work_units
from app.demo.rubrics import add_demo_rubrics
from app.demo.users import create_demo_users
from app.errors import ConflictError, ValidationError
from app.model import (
    AdmissionTicket,
    Batch,
    BatchMilestone,
    BatchOffering,
    BatchPlan,
    Candidate,
    CandidatePhoto,
    CertBody,
    EligibilityFacts,
    ExamSession,
    Occupation,
    Registration,
    Room,
    Seat,
    SeatAssignment,
    Site,
    Staff,
    StaffRole,
    Subject,
)
from app.progress import NullProgress, Progress, check_cancel
from app.rules.batch_plan import PlanDraft, PlanOffering, PlanSite, draft_to_json
from app.rules.levels import Level, required_subjects
from app.rules.plan_name import plan_name
from app.rules.profiles import Direction, get_profile
from app.rules.seat_plan import PlanCandidate, PlanRoom, PlanSeat, arrange_room
from app.rules.ticket_numbers import ticket_number
from app.services.audit import AuditEntry, record
from app.services.tickets import issue_tickets
from app.uow import UnitOfWork

THEORY_CAPACITY, THEORY_ROWS, THEORY_COLS = 30, 6, 6
STATION_ROWS, STATION_COLS = 4, 5
REVIEW_CAPACITY = 12
_LEVEL_WEIGHT = {5: 5, 4: 4, 3: 2, 2: 1, 1: 1}


@dataclass(frozen=True)
class DemoSummary:
    batch_id: int
    plan_name: str
    exam_date: date
    candidates: int
    rooms: int
    sessions: int
    staff: int


class _Ids:
    """Explicit primary keys, so related rows can be bulk-inserted without a read back."""

    def __init__(self) -> None:
        self._next: dict[str, int] = defaultdict(lambda: 1)

    def take(self, table: str) -> int:
        value = self._next[table]
        self._next[table] = value + 1
        return value


def create_demo(
    uow: UnitOfWork, *, candidates: int = 200, seed: int = 1, exam_date: date | None = None,
    profile: str = "guangxi", progress: Progress | None = None,
    first_session_at: datetime | None = None,
) -> DemoSummary:
    """Create a demo batch with ``candidates`` candidates in an empty database.

    The theory sessions start at 09:00 on the exam date (practical at 14:00, the review the
    next morning) unless ``first_session_at`` moves them, e.g. to just after now so a
    check-in desk can be tried at once.

    Raises:
        ValidationError: ``demo.bad_count`` when the count is outside 1..100000.
        ConflictError: ``demo.not_empty`` when the database already holds a batch.
    """
    if not 1 <= candidates <= 100_000:
        raise ValidationError("demo.bad_count", count=candidates)
    progress = progress or NullProgress()
    now = uow.clock.now()
    if first_session_at is not None:
        exam_date = first_session_at.astimezone(CHINA_TZ).date()
    exam_date = exam_date or today(uow.clock)
    first = first_session_at or datetime.combine(exam_date, time(9, 0), tzinfo=CHINA_TZ)
    with uow.write() as session:
        if session.scalar(select(func.count()).select_from(Batch)):
            raise ConflictError("demo.not_empty")
        builder = _Builder(session, random.Random(seed), now, exam_date, profile=profile,
                           progress=progress)
        builder.first_start = first
        summary = builder.build(candidates)
        create_demo_users(session, now)
        sync_id_sequences(session)  # the builder chose its ids itself (PostgreSQL)
        record(session, uow.actor, now, AuditEntry(
            "demo.created", "batch", str(summary.batch_id),
            {"candidates": candidates, "seed": seed, "exam_date": exam_date.isoformat()},
        ))
    issue_tickets(uow, summary.batch_id)
    return summary


class _Builder:
    def __init__(self, session: Session, rng: random.Random, now: datetime, exam_date: date, *,
                 profile: str, progress: Progress) -> None:
        self.s, self.rng, self.now, self.exam_date = session, rng, now, exam_date
        self.profile, self.progress, self.ids = profile, progress, _Ids()
        self.people = PersonFactory(rng)
        self.subject_ids: dict[tuple[int, int, str], int] = {}
        self.first_start = datetime.combine(exam_date, time(9, 0), tzinfo=CHINA_TZ)
        self.occ_names: dict[int, str] = {}
        self.occ_codes: dict[int, str] = {}
        self.rooms = 0
        self.sessions = 0
        self.traits: dict[int, tuple[str, str]] = {}  # registration -> work unit, class
        self.cells: dict[int, tuple[int, int]] = {}  # seat -> row, col

    def _bulk(self, model: Any, rows: list[dict[str, Any]]) -> None:
        for start in range(0, len(rows), 20_000):
            self.s.execute(insert(model), rows[start:start + 20_000])

    def build(self, count: int) -> DemoSummary:
        body_id, batch_id, name = self._batch()
        offerings = self._occupations(batch_id)
        add_demo_rubrics(self.s)
        self.progress.report(1, 10)
        regs = self._candidates(batch_id, offerings, count)
        self.progress.report(5, 10)
        check_cancel(self.progress)
        site_id = self._site()
        self._theory(batch_id, site_id, regs)
        self._practical(batch_id, site_id, regs)
        self._review(batch_id, site_id, regs)
        self.progress.report(8, 10)
        staff = self._staff()
        self._milestones(batch_id)
        self._plan(batch_id)
        self.progress.report(10, 10)
        return DemoSummary(batch_id, name, self.exam_date, count, self.rooms, self.sessions, staff)

    def _batch(self) -> tuple[int, int, str]:
        code, body_name = pools.BODY
        body = CertBody(code=code, name=body_name, contact="0771-5551234")
        self.s.add(body)
        self.s.flush()
        has_review = True
        name = plan_name(self.exam_date, body_name, 3)
        batch = Batch(
            body_id=body.id, batch_no=3, eval_date=self.exam_date,
            end_date=self.exam_date + timedelta(days=1 if has_review else 0), plan_name=name,
            rule_profile=self.profile, created_at=self.now, is_demo=True,
        )
        self.s.add(batch)
        self.s.flush()
        return body.id, batch.id, name

    def _occupations(self, batch_id: int) -> list[tuple[int, int]]:
        offerings: list[tuple[int, int]] = []
        for code, name, levels in pools.OCCUPATIONS:
            occ = Occupation(code=code, name=name)
            self.s.add(occ)
            self.s.flush()
            self.occ_names[occ.id] = name
            self.occ_codes[occ.id] = code
            for level in levels:
                self.s.add(BatchOffering(batch_id=batch_id, occupation_id=occ.id, level=level))
                for kind in required_subjects(Level(level)):
                    subject = Subject(occupation_id=occ.id, level=level, kind=kind.value,
                                      duration_minutes=90 if kind.value == "theory" else 180)
                    self.s.add(subject)
                    self.s.flush()
                    self.subject_ids[(occ.id, level, kind.value)] = subject.id
                offerings.append((occ.id, level))
        return offerings

    def _candidates(self, batch_id: int, offerings: list[tuple[int, int]],
                    count: int) -> list[tuple[int, int, int, int]]:
        """Insert candidates, photos and registrations; returns (reg, cand, occ, level)."""
        rng = self.rng
        units = work_units(rng, max(8, count // 8))
        # A few large employers and a long tail, like a real batch (Zipf-like shares).
        unit_cum = list(itertools.accumulate(1 / (i + 1) ** 0.8 for i in range(len(units))))
        weights = [_LEVEL_WEIGHT[level] for _, level in offerings]
        # Every offering gets a share first, then the rest by weight.
        picks = [offerings[i % len(offerings)] for i in range(min(count, len(offerings)))]
        picks += rng.choices(offerings, weights=weights, k=count - len(picks))
        picks.sort()
        cands, photos, regs_rows, regs = [], [], [], []
        for occ_id, level in picks:
            p = self.people.person(18, 55, self.exam_date)
            cid, rid = self.ids.take("candidate"), self.ids.take("registration")
            unit = "" if rng.random() < 0.12 else rng.choices(units, cum_weights=unit_cum)[0]
            klass = pools.TRAINING_CLASS.format(n=rng.randint(1, 12),
                                                occupation=self.occ_names[occ_id])
            self.traits[rid] = (unit, klass)
            cands.append({
                "id": cid, "id_type": "resident_id", "id_number": p.id_number, "name": p.name,
                "gender": p.gender, "birth_date": p.birth_date,
                "education": rng.choice(pools.EDUCATION), "work_unit": unit,
                "training_class": klass, "phone": p.phone, "created_at": self.now,
            })
            photos.append({"candidate_id": cid, "data": p.photo, "mime": "image/png",
                           "sha256": hashlib.sha256(p.photo).hexdigest()})
            regs_rows.append({"id": rid, "batch_id": batch_id, "candidate_id": cid,
                              "occupation_id": occ_id, "level": level,
                              "eligibility": "accepted", "eligibility_reasons": [],
                              "result_state": "normal", "created_at": self.now})
            regs.append((rid, cid, occ_id, level))
        self._bulk(Candidate, cands)
        self._bulk(CandidatePhoto, photos)
        self._bulk(Registration, regs_rows)
        self._bulk(EligibilityFacts, demo_facts(regs, self.occ_codes, self.exam_date, self.now,
                                                len(regs)))
        self._tickets(batch_id, regs)
        return regs

    def _tickets(self, batch_id: int, regs: list[tuple[int, int, int, int]]) -> None:
        seqs: dict[int, int] = defaultdict(int)
        rows = []
        for rid, _c, _o, level in regs:
            seqs[level] += 1
            rows.append({
                "batch_id": batch_id, "registration_id": rid, "issued_at": self.now,
                "ticket_no": ticket_number(self.exam_date.year, pools.BODY[0], 3, level,
                                           seqs[level]),
                "revoke_reason": "",
            })
        self._bulk(AdmissionTicket, rows)

    def _site(self) -> int:
        code, name, address = pools.SITE
        site = Site(code=code, name=name, address=address)
        self.s.add(site)
        self.s.flush()
        return site.id

    def _room(self, site_id: int, code: str, name: str, kind: str, *, rows: int, cols: int,
              capacity: int, prefix: str = "") -> tuple[int, list[int]]:
        room_id = self.ids.take("room")
        self._bulk(Room, [{"id": room_id, "site_id": site_id, "code": code, "name": name,
                           "kind": kind, "rows": rows, "cols": cols, "exam_capacity": capacity,
                           "layout": {"numbering": "row_major", "aisles_after_cols": []}}])
        seats, seat_rows = [], []
        for r in range(rows):
            for c in range(cols):
                sid = self.ids.take("seat")
                self.cells[sid] = (r, c)
                seat_rows.append({"id": sid, "room_id": room_id, "row": r, "col": c,
                                  "label": f"{prefix}{r * cols + c + 1:02d}"})
                seats.append(sid)
        self._bulk(Seat, seat_rows)
        self.rooms += 1
        return room_id, seats

    def _sessions_for(self, batch_id: int, room_id: int, seats: list[int], kind: str, *,
                      group: list[tuple[int, int, int, int]], start: datetime,
                      minutes: int) -> None:
        """One session per subject in the room, ``group`` seated by the seat planner (papers
        together, no same-unit or same-class neighbours where the room allows it)."""
        by_subject: dict[int, list[int]] = defaultdict(list)
        for rid, _cid, occ_id, level in group:
            by_subject[self.subject_ids[(occ_id, level, kind)]].append(rid)
        # Only the first seats, as many as the group: the rest of the room stays free.
        room = PlanRoom(room_id, tuple(PlanSeat(sid, *self.cells[sid])
                                       for sid in seats[:len(group)]), len(group))
        placed, _pairs = arrange_room(room, [
            PlanCandidate(rid, (occ_id, level), *self.traits.get(rid, ("", "")))
            for rid, _cid, occ_id, level in group])
        rows: list[dict[str, Any]] = []
        for subject_id, reg_ids in by_subject.items():
            sid = self.ids.take("exam_session")
            self._bulk(ExamSession, [{
                "id": sid, "batch_id": batch_id, "subject_id": subject_id, "room_id": room_id,
                "code": f"S{sid:05d}", "starts_at": start,
                "ends_at": start + timedelta(minutes=minutes), "late_entry_minutes": None,
            }])
            self.sessions += 1
            rows += [{"exam_session_id": sid, "registration_id": rid, "seat_id": placed[rid][1]}
                     for rid in reg_ids]
        self._bulk(SeatAssignment, rows)

    def _theory(self, batch_id: int, site_id: int, regs: list[tuple[int, int, int, int]]) -> None:
        for n, start in enumerate(range(0, len(regs), THEORY_CAPACITY), start=1):
            group = regs[start:start + THEORY_CAPACITY]
            room_id, seats = self._room(site_id, f"T{n:03d}", f"理论考场{n:03d}", "theory",
                                        rows=THEORY_ROWS, cols=THEORY_COLS,
                                        capacity=THEORY_CAPACITY)
            self._sessions_for(batch_id, room_id, seats, "theory", group=group,
                               start=self.first_start, minutes=90)

    def _practical(self, batch_id: int, site_id: int,
                   regs: list[tuple[int, int, int, int]]) -> None:
        stations = STATION_ROWS * STATION_COLS
        occ_names = self.occ_names
        by_occ: dict[int, list[tuple[int, int, int, int]]] = defaultdict(list)
        for reg in regs:
            by_occ[reg[2]].append(reg)
        for occ_id, group in by_occ.items():
            for n, start in enumerate(range(0, len(group), stations), start=1):
                room_id, seats = self._room(
                    site_id, f"P{occ_id}-{n:03d}", f"{occ_names[occ_id]}实操场地{n:03d}",
                    "practical", rows=STATION_ROWS, cols=STATION_COLS, capacity=stations,
                    prefix="G")
                self._sessions_for(batch_id, room_id, seats, "practical",
                                   group=group[start:start + stations],
                                   start=self.first_start + timedelta(hours=5), minutes=180)

    def _review(self, batch_id: int, site_id: int, regs: list[tuple[int, int, int, int]]) -> None:
        group = [r for r in regs if r[3] <= 2]
        for n, start in enumerate(range(0, len(group), REVIEW_CAPACITY), start=1):
            room_id, seats = self._room(site_id, f"R{n:03d}", f"综合评审室{n:03d}", "theory",
                                        rows=3, cols=4, capacity=REVIEW_CAPACITY)
            self._sessions_for(batch_id, room_id, seats, "review",
                               group=group[start:start + REVIEW_CAPACITY],
                               start=self.first_start + timedelta(days=1),
                               minutes=180)

    def _staff(self) -> int:
        theory = self.s.scalar(select(func.count()).select_from(Room).where(
            Room.kind == "theory")) or 0
        practical = self.s.scalar(select(func.count()).select_from(Room).where(
            Room.kind == "practical")) or 0
        # Review rooms sit at the same time: each needs its own panel of 3 experts.
        review = self.s.scalar(select(func.count(func.distinct(ExamSession.room_id))).join(
            Subject, Subject.id == ExamSession.subject_id).where(Subject.kind == "review")) or 0
        plan = [("site_manager", 1), ("checkin_clerk", 4), ("proctor", 2 * theory + 2),
                ("examiner", 3 * practical + 2), ("chief_examiner", 1),
                ("expert", 3 * review + 2),
                ("internal_supervisor", 1), ("technician", 1), ("score_clerk", 1),
                ("reviewer", 1)]
        staff_rows, role_rows = [], []
        for role, n in plan:
            for _ in range(n):
                p = self.people.person(28, 60, self.exam_date)
                sid = self.ids.take("staff")
                staff_rows.append({
                    "id": sid, "name": p.name, "gender": p.gender, "id_type": "resident_id",
                    "id_number": p.id_number, "work_unit": self.rng.choice(pools.STAFF_UNITS),
                    "phone": p.phone, "badge_no": f"ZK{sid:05d}", "photo": p.photo,
                })
                role_rows.append({"staff_id": sid, "role": role})
        self._bulk(Staff, staff_rows)
        self._bulk(StaffRole, role_rows)
        return len(staff_rows)

    def _plan(self, batch_id: int) -> None:
        """The plan the demo batch was made from, as the plan wizard stores it."""
        exam = self.exam_date
        code, body_name = pools.BODY
        _site_code, site_name, address = pools.SITE
        draft = PlanDraft(
            body_code=code, body_name=body_name, batch_no=3, eval_date=exam,
            end_date=exam + timedelta(days=1), rule_profile=self.profile,
            offerings=tuple(PlanOffering(occ, name, level, pools.FEES[level])
                            for occ, name, levels in pools.OCCUPATIONS for level in levels),
            registration_opens=exam - timedelta(days=40),
            registration_closes=exam - timedelta(days=14),
            announce_on=exam - timedelta(days=45), sites=(PlanSite(site_name, address),),
            contact_person="黄老师", contact_phone="0771-5551234",
            complaints="监督电话 0771-5559876；电子信箱 jiandu@example.cn",
            registration_way="携带身份证原件、学历及工作年限证明到本机构报名处现场报名。",
            fee_basis="桂价费〔2020〕12号")
        details = draft_to_json(draft) | {"flags": [], "override_reason": ""}
        self.s.add(BatchPlan(batch_id=batch_id, condition_set=draft.condition_set,
                             details=details, updated_at=self.now))

    def _milestones(self, batch_id: int) -> None:
        """Every pre-exam step of the profile done comfortably on time, if that is past."""
        today = self.now.astimezone(CHINA_TZ).date()
        for rule in get_profile(self.profile).deadlines:
            if rule.direction is not Direction.BEFORE:
                continue
            done_on = self.exam_date - timedelta(days=rule.days * 2 + 2)
            if done_on <= today:
                self.s.add(BatchMilestone(batch_id=batch_id, step=rule.step, done_on=done_on))
