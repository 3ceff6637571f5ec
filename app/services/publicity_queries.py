"""Read side of 公示: the batch's publicities with their periods and states, the published lists
(masked), the objections, an objection's audit trail, and the document data for PDF and xlsx.

The lists are decided here:

* registration — the registrations the reviewer accepted (``eligibility == 'accepted'``); when
  no registration of the batch has been accepted or refused yet (no review was made), every
  registration of the batch.
* results — the candidates who **passed** (合格人员名单). 第十六条 publicizes the
  认定结果 before certificates are made, i.e. who is to be certified; the failed candidates'
  scores reach them through the score roster and are not put on a public notice (personal
  data on a public notice is kept to what the notice is for).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from app.clock import today
from app.errors import NotFoundError, ValidationError
from app.model import (
    AuditEvent,
    Batch,
    Candidate,
    Mark,
    Occupation,
    Publicity,
    PublicityObjection,
    Registration,
    ScoreReview,
    Subject,
)
from app.rules.profiles import get_profile
from app.rules.publicity import (
    KINDS,
    PeriodRule,
    check_kind,
    latest_start,
    mask_id_number,
    mask_name,
    period_rule,
)
from app.rules.workdays import WorkdayCalendar
from app.services.scoring import results
from app.services.scoring_queries import load_candidates
from app.services.staffing_queries import get_batch
from app.uow import UnitOfWork

TITLES_ZH = {"registration": "职业技能等级认定报名人员公示",
             "results": "职业技能等级认定结果公示"}
KIND_NAMES_ZH = {"registration": "报名公示", "results": "结果公示"}
OUTCOMES = ("upheld", "dismissed")
UNLOCKED = "marks.unlocked"  # audit action


@dataclass(frozen=True)
class PublicityRow:
    """One publicity with its state: ``scheduled`` (not started), ``open`` (in its period),
    ``ended`` (period over, not closed), ``closed``."""

    publicity_id: int
    uid: str
    kind: str
    starts_on: date
    ends_on: date
    workdays: int
    latest_start: date | None
    published_at: datetime
    published_by: str
    closed_at: datetime | None
    note: str
    state: str
    objections: int
    unsettled: int

    @property
    def late(self) -> bool:
        return self.latest_start is not None and self.starts_on > self.latest_start


@dataclass(frozen=True)
class KindRule:
    """A kind's rule under the batch's profile, with its latest start for this batch."""

    rule: PeriodRule
    latest_start: date | None


@dataclass(frozen=True)
class PublicityOverview:
    batch_id: int
    plan_name: str
    profile: str
    exam_date: date
    exam_end: date
    today: date
    results_locked: bool
    rules: dict[str, KindRule]
    publicities: tuple[PublicityRow, ...]  # newest first

    def current(self, kind: str) -> PublicityRow | None:
        """The newest publicity of a kind (closed or not)."""
        return next((p for p in self.publicities if p.kind == kind), None)


@dataclass(frozen=True)
class ListRow:
    """One line of a published list (masked as printed) with what the screen needs."""

    seq: int
    registration_id: int
    name: str
    name_masked: str
    id_masked: str
    occupation: str
    occupation_code: str
    level: int
    result: str  # "" on the registration list, "合格" on the results list


@dataclass(frozen=True)
class ObjectionRow:
    objection_id: int
    uid: str
    registration_id: int | None
    candidate: str  # the candidate as the list prints them (masked), or ""
    received_at: datetime
    from_name: str
    contact: str
    content: str
    outcome: str
    resolution: str
    resolved_at: datetime | None
    resolved_by: str


@dataclass(frozen=True)
class TrailEntry:
    at: datetime
    actor: str
    action: str
    object_type: str
    object_id: str
    summary: dict[str, object]


@dataclass(frozen=True)
class PublicityDocument:
    """Everything the notice (PDF) and the workbook print."""

    kind: str
    title: str
    body_name: str
    contact: str
    plan_name: str
    starts_on: date
    ends_on: date
    workdays: int
    rows: tuple[ListRow, ...]
    generated_at: datetime


def state_of(starts_on: date, last: date, closed_at: datetime | None, day: date) -> str:
    if closed_at is not None:
        return "closed"
    if day < starts_on:
        return "scheduled"
    return "open" if day <= last else "ended"


def results_locked(s: Session, batch_id: int) -> bool:
    """Whether every required subject result of every seated candidate is locked."""
    needed = {(c.registration_id, sid) for c in load_candidates(s, batch_id)
              for _kind, sid in c.subjects}
    if not needed:
        return False
    locked = {(r, sid) for r, sid in s.execute(
        select(ScoreReview.registration_id, ScoreReview.subject_id)
        .join(Registration, Registration.id == ScoreReview.registration_id)
        .where(Registration.batch_id == batch_id, ScoreReview.state == "locked"))}
    return needed <= locked


def get_publicity(s: Session, publicity_id: int) -> Publicity:
    publicity = s.get(Publicity, publicity_id)
    if publicity is None:
        raise NotFoundError("publicity.not_found", publicity_id=publicity_id)
    return publicity


def _latest(batch: Batch, kind: str, calendar: WorkdayCalendar) -> date | None:
    try:
        return latest_start(get_profile(batch.rule_profile), kind, batch.eval_date,
                            batch.end_date, calendar)
    except ValidationError as exc:  # an unknown calendar year only hides the late mark
        if exc.code != "calendar.unknown_year":
            raise
        return None


def _rows(s: Session, batch: Batch, day: date, calendar: WorkdayCalendar) -> list[PublicityRow]:
    counts = {uid: (n, unsettled) for uid, n, unsettled in s.execute(
        select(PublicityObjection.publicity_uid, func.count(),
               func.sum(case((PublicityObjection.outcome == "", 1), else_=0)))
        .join(Publicity, Publicity.uid == PublicityObjection.publicity_uid)
        .where(Publicity.batch_id == batch.id)
        .group_by(PublicityObjection.publicity_uid))}
    out = []
    for p in s.scalars(select(Publicity).where(Publicity.batch_id == batch.id)
                       .order_by(Publicity.published_at.desc(), Publicity.id.desc())):
        n, unsettled = counts.get(p.uid, (0, 0))
        out.append(PublicityRow(
            p.id, p.uid, p.kind, p.starts_on, p.ends_on, p.workdays,
            _latest(batch, p.kind, calendar), p.published_at, p.published_by, p.closed_at,
            p.note, state_of(p.starts_on, p.ends_on, p.closed_at, day), int(n),
            int(unsettled or 0)))
    return out


def publicity_overview(uow: UnitOfWork, batch_id: int,
                       calendar: WorkdayCalendar) -> PublicityOverview:
    """The batch's publicities (newest first), the rules of each kind and whether the
    results are locked.

    Raises:
        NotFoundError: ``batch.not_found``.
    """
    day = today(uow.clock)
    with uow.read() as s:
        batch = get_batch(s, batch_id)
        profile = get_profile(batch.rule_profile)
        rules = {kind: KindRule(period_rule(profile, kind), _latest(batch, kind, calendar))
                 for kind in KINDS}
        return PublicityOverview(
            batch.id, batch.plan_name, batch.rule_profile, batch.eval_date, batch.end_date,
            day, results_locked(s, batch.id), rules, tuple(_rows(s, batch, day, calendar)))


def _registration_rows(s: Session, batch_id: int) -> list[ListRow]:
    reviewed = s.scalar(select(func.count()).select_from(Registration).where(
        Registration.batch_id == batch_id,
        Registration.eligibility.in_(("accepted", "refused"))))
    query = (select(Registration.id, Candidate.name, Candidate.id_number, Occupation.name,
                    Occupation.code, Registration.level)
             .join(Candidate, Candidate.id == Registration.candidate_id)
             .join(Occupation, Occupation.id == Registration.occupation_id)
             .where(Registration.batch_id == batch_id)
             .order_by(Occupation.code, Registration.level.desc(), Registration.id))
    if reviewed:
        query = query.where(Registration.eligibility == "accepted")
    return [ListRow(i, reg_id, name, mask_name(name), mask_id_number(id_number), occ, code,
                    level, "")
            for i, (reg_id, name, id_number, occ, code, level)
            in enumerate(s.execute(query), start=1)]


def _results_rows(uow: UnitOfWork, batch_id: int) -> list[ListRow]:
    passed = [c for c in results(uow, batch_id).candidates if c.passed]
    with uow.read() as s:
        codes: dict[str, str] = {n: c for n, c in s.execute(
            select(Occupation.name, Occupation.code))}
        ids = dict(s.execute(select(Registration.id, Candidate.id_number).join(
            Candidate, Candidate.id == Registration.candidate_id).where(
            Registration.batch_id == batch_id)).all())
    passed.sort(key=lambda c: (codes.get(c.occupation, ""), -c.level, c.ticket_no,
                               c.registration_id))
    return [ListRow(i, c.registration_id, c.candidate_name, mask_name(c.candidate_name),
                    mask_id_number(ids.get(c.registration_id, c.id_number)), c.occupation,
                    codes.get(c.occupation, ""), c.level, "合格")
            for i, c in enumerate(passed, start=1)]


def publicity_list(uow: UnitOfWork, batch_id: int, kind: str) -> list[ListRow]:
    """The list a publicity of this kind prints, in print order (by occupation, level).

    Raises:
        ValidationError: ``publicity.bad_kind``.
        NotFoundError: ``batch.not_found``.
    """
    check_kind(kind)
    if kind == "results":
        with uow.read() as s:
            get_batch(s, batch_id)
        return _results_rows(uow, batch_id)
    with uow.read() as s:
        get_batch(s, batch_id)
        return _registration_rows(s, batch_id)


def _aware(at: datetime | None) -> datetime | None:
    if at is not None and at.tzinfo is None:
        return at.replace(tzinfo=UTC)
    return at


def objections(uow: UnitOfWork, publicity_id: int) -> list[ObjectionRow]:
    """The objections of a publicity, oldest first.

    Raises:
        NotFoundError: ``publicity.not_found``.
    """
    with uow.read() as s:
        publicity = get_publicity(s, publicity_id)
        names = dict(s.execute(select(Registration.id, Candidate.name).join(
            Candidate, Candidate.id == Registration.candidate_id).where(
            Registration.batch_id == publicity.batch_id)).all())
        out = []
        for o in s.scalars(select(PublicityObjection).where(
                PublicityObjection.publicity_uid == publicity.uid)
                .order_by(PublicityObjection.received_at, PublicityObjection.id)):
            name = names.get(o.registration_id, "") if o.registration_id else ""
            out.append(ObjectionRow(
                o.id, o.uid, o.registration_id, mask_name(name), o.received_at, o.from_name,
                o.contact, o.content, o.outcome, o.resolution, o.resolved_at, o.resolved_by))
        return out


def objection_trail(uow: UnitOfWork, objection_id: int) -> list[TrailEntry]:
    """The audit trail of an objection: its own events, and the events of the marks its
    settlement names (unlock, item marks, submission, verification, lock) since it was
    received, in order.

    Raises:
        NotFoundError: ``publicity.objection_not_found``.
    """
    with uow.read() as s:
        objection = s.get(PublicityObjection, objection_id)
        if objection is None:
            raise NotFoundError("publicity.objection_not_found", objection_id=objection_id)
        own = list(s.scalars(select(AuditEvent).where(
            AuditEvent.object_type == "publicity_objection",
            AuditEvent.object_id == objection.uid).order_by(AuditEvent.id)))
        mark_uids: set[str] = set()
        for event in own:
            mark_uids.update(str(m) for m in (event.summary or {}).get("marks", []))
        events = list(own)
        if mark_uids:
            first = own[0].id if own else 0
            marks = list(s.execute(select(Mark.uid, Mark.registration_id, Mark.subject_id)
                                   .where(Mark.uid.in_(sorted(mark_uids)))))
            reviews = {str(r) for r in s.scalars(select(ScoreReview.id).where(
                ScoreReview.registration_id.in_([m[1] for m in marks]),
                ScoreReview.subject_id.in_([m[2] for m in marks])))}
            events += s.scalars(select(AuditEvent).where(
                AuditEvent.id > first,
                ((AuditEvent.object_type == "mark") & AuditEvent.object_id.in_(
                    sorted(mark_uids)))
                | ((AuditEvent.object_type == "score_review")
                   & AuditEvent.object_id.in_(sorted(reviews))))).all()
        events.sort(key=lambda e: e.id)
        return [TrailEntry(_aware(e.at) or e.at, e.actor, e.action, e.object_type,
                           e.object_id, dict(e.summary or {})) for e in events]


def publicity_document(uow: UnitOfWork, publicity_id: int) -> PublicityDocument:
    """The notice of a publicity: title, body and its complaints contact, period, list.

    Raises:
        NotFoundError: ``publicity.not_found``.
    """
    with uow.read() as s:
        publicity = get_publicity(s, publicity_id)
        batch = get_batch(s, publicity.batch_id)
        kind, batch_id = publicity.kind, batch.id
        head = (TITLES_ZH[kind], batch.body.name, batch.body.contact, batch.plan_name,
                publicity.starts_on, publicity.ends_on, publicity.workdays)
    rows = publicity_list(uow, batch_id, kind)
    return PublicityDocument(kind, *head, tuple(rows), uow.clock.now())


@dataclass(frozen=True)
class CorrectedMark:
    """A mark of the objection's candidate unlocked for correction since it was received."""

    mark_id: int
    subject_kind: str
    state: str
    unlocked_at: datetime
    reason: str


def corrected_marks(uow: UnitOfWork, objection_id: int) -> list[CorrectedMark]:
    """The marks an upheld objection can name: the candidate's marks unlocked (``marks.unlock``)
    since the objection was received, oldest unlock first.

    Raises:
        NotFoundError: ``publicity.objection_not_found``.
    """
    with uow.read() as s:
        objection = s.get(PublicityObjection, objection_id)
        if objection is None:
            raise NotFoundError("publicity.objection_not_found", objection_id=objection_id)
        if objection.registration_id is None:
            return []
        marks = {m.uid: m for m in s.scalars(select(Mark).where(
            Mark.registration_id == objection.registration_id))}
        out: dict[int, CorrectedMark] = {}
        for event in s.scalars(select(AuditEvent).where(
                AuditEvent.action == UNLOCKED, AuditEvent.object_type == "mark",
                AuditEvent.object_id.in_(sorted(marks)),
                AuditEvent.at >= objection.received_at).order_by(AuditEvent.id)):
            mark = marks[event.object_id]
            kind = s.scalar(select(Subject.kind).where(Subject.id == mark.subject_id)) or ""
            out.setdefault(mark.id, CorrectedMark(
                mark.id, kind, mark.state, _aware(event.at) or event.at,
                str((event.summary or {}).get("reason", ""))))
        return list(out.values())
