"""The read side of the score documents: what the roster (成绩花名册) and the scoring record
sheets (评分记录表) show, as plain dataclasses, plus each page's canonical data for its seal.

Everything is read in a few bulk queries per batch. A page's *content* (lists of text, integers
and ``None``) is what its QR digest covers; ``page_content`` rebuilds it from the database for
``verify_page``, with exactly the code that printed it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.crypto.page_seal import seal_key, seal_text
from app.crypto.ticket_codec import batch_tag
from app.errors import ConflictError, NotFoundError
from app.model import (
    AdmissionTicket,
    Batch,
    Candidate,
    CertBody,
    Mark,
    Occupation,
    Registration,
    Rubric,
    RubricItem,
    ScoreReview,
    Staff,
    Subject,
)
from app.reports.ticket_documents import natural_key
from app.rules.id_documents import mask_id
from app.uow import UnitOfWork

ROSTER_ROWS_PER_PAGE = 20
KIND_ORDER = ("theory", "practical", "review")


def required_kinds(level: int) -> tuple[str, ...]:
    """The subjects a level must pass: theory and practical; levels 2 and 1 also the review."""
    return KIND_ORDER if level <= 2 else KIND_ORDER[:2]


@dataclass(frozen=True)
class SubjectScore:
    """A candidate's final score in one subject.

    ``status``: ``normal`` (``final_centi`` set), ``absent``, ``misconduct``, ``missing``
    (marks not all in: blocks the result) or ``not_required`` (review below level 2).
    """

    kind: str
    final_centi: int | None
    status: str


@dataclass
class ScoreFacts:
    """Everything the score documents of one batch are made from (read in one transaction)."""

    batch_id: int
    plan_name: str
    body_name: str
    rule: str
    tickets: dict[int, str]
    registrations: list[Any]  # (reg id, level, occupation id, code, name, cand. name, gender, id)
    subjects: dict[tuple[int, int, str], int]
    marks: dict[tuple[int, int], list[Mark]]
    reviews: dict[tuple[int, int], ScoreReview]
    rubrics: dict[int, tuple[str, tuple[RubricLine, ...]]]
    staff: dict[int, tuple[str, str]]
    finals: dict[tuple[int, str], SubjectScore] = field(default_factory=dict)
    outcomes: dict[int, str] = field(default_factory=dict)  # pass | fail | pending
    results: Any = None  # the scoring service's BatchResults


def _subject_score(kind: str, status: str, final_centi: int | None) -> SubjectScore:
    if status in ("absent", "misconduct"):
        return SubjectScore(kind, None, status)
    return SubjectScore(kind, final_centi, "missing" if final_centi is None else "normal")


def final_scores(facts: ScoreFacts) -> dict[tuple[int, str], SubjectScore]:
    """Every registration's final score per subject kind its level requires."""
    return facts.finals


@dataclass(frozen=True)
class RosterRow:
    seq: int
    registration_id: int
    ticket_no: str
    name: str
    gender: str
    id_masked: str
    scores: tuple[SubjectScore, ...]  # theory, practical, review (review "not_required" 5-3)
    result: str  # pass | fail | pending


@dataclass(frozen=True)
class RosterPage:
    occupation: str
    occupation_code: str
    level: int
    page: int  # within the occupation and level
    pages: int
    rows: tuple[RosterRow, ...]
    qr_text: str


@dataclass(frozen=True)
class RosterDocument:
    plan_name: str
    body_name: str
    pages: tuple[RosterPage, ...]
    audit_head: str = ""  # "event id:hash" of the audit chain when the roster was made


@dataclass(frozen=True)
class RubricLine:
    position: int
    name: str
    max_centi: int
    veto: bool


@dataclass(frozen=True)
class ScorerMarks:
    """One scorer's column on a record sheet."""

    scorer: str  # the examiner's name, or the source ("cbt") for a theory result
    badge_no: str
    state: str
    status: str
    note: str
    items: dict[int, int]
    total_centi: int | None


@dataclass(frozen=True)
class RecordPage:
    registration_id: int
    ticket_no: str
    name: str
    id_masked: str
    occupation: str
    level: int
    subject_kind: str
    rubric_name: str
    rubric: tuple[RubricLine, ...]
    scorers: tuple[ScorerMarks, ...]
    score: SubjectScore
    aggregation_rule: str
    decided_by: str
    decision_reason: str
    verified_by_clerk: str
    verified_by_reviewer: str
    qr_text: str


@dataclass(frozen=True)
class RecordDocument:
    plan_name: str
    body_name: str
    pages: tuple[RecordPage, ...]


# --- loading ------------------------------------------------------------------------------
def _batch(s: Session, batch_id: int) -> tuple[Batch, str]:
    batch = s.get(Batch, batch_id)
    if batch is None:
        raise NotFoundError("batch.not_found", batch_id=batch_id)
    body = s.get(CertBody, batch.body_id)
    return batch, body.name if body else ""


def load_facts(s: Session, batch_id: int) -> ScoreFacts:
    """Every registration, subject, mark, review and rubric of the batch."""
    batch, body_name = _batch(s, batch_id)
    tickets = dict(s.execute(
        select(AdmissionTicket.registration_id, AdmissionTicket.ticket_no)
        .where(AdmissionTicket.batch_id == batch_id, AdmissionTicket.revoked_at.is_(None))).all())
    regs = s.execute(
        select(Registration.id, Registration.level, Registration.occupation_id, Occupation.code,
               Occupation.name, Candidate.name, Candidate.gender, Candidate.id_number)
        .join(Candidate, Candidate.id == Registration.candidate_id)
        .join(Occupation, Occupation.id == Registration.occupation_id)
        .where(Registration.batch_id == batch_id, Registration.eligibility == "accepted")).all()
    occupations = {r[2] for r in regs}
    subjects = {(occ, level, kind): sid for sid, occ, level, kind in s.execute(
        select(Subject.id, Subject.occupation_id, Subject.level, Subject.kind))
        if occ in occupations}
    marks: dict[tuple[int, int], list[Mark]] = defaultdict(list)
    for m in s.scalars(select(Mark).join(Registration, Registration.id == Mark.registration_id)
                       .where(Registration.batch_id == batch_id)):
        marks[(m.registration_id, m.subject_id)].append(m)
    reviews = {(r.registration_id, r.subject_id): r for r in s.scalars(
        select(ScoreReview).join(Registration, Registration.id == ScoreReview.registration_id)
        .where(Registration.batch_id == batch_id))}
    rubrics: dict[int, tuple[str, tuple[RubricLine, ...]]] = {}
    for rubric in s.scalars(select(Rubric).order_by(Rubric.subject_id, Rubric.version)):
        items = s.scalars(select(RubricItem).where(RubricItem.rubric_id == rubric.id)
                          .order_by(RubricItem.position)).all()
        rubrics[rubric.subject_id] = (rubric.name, tuple(
            RubricLine(i.position, i.name, i.max_centi, i.veto) for i in items))
    staff = {sid: (name, badge) for sid, name, badge in s.execute(
        select(Staff.id, Staff.name, Staff.badge_no))}
    s.expunge_all()
    return ScoreFacts(
        batch_id=batch_id, plan_name=batch.plan_name, body_name=body_name,
        rule=batch.aggregation_rule, tickets=tickets, registrations=list(regs),
        subjects=subjects, marks=dict(marks), reviews=reviews, rubrics=rubrics, staff=staff)


def read_facts(uow: UnitOfWork, batch_id: int) -> ScoreFacts:
    """``load_facts`` plus the scoring service's results: final scores (aggregation, tolerance
    flags and the chief examiner's decisions are its business) and pass/fail, so the documents
    say exactly what ``examsite-cli results`` says."""
    from app.services.scoring import results  # services sit above reports

    with uow.read() as s:
        facts = load_facts(s, batch_id)
    facts.results = results(uow, batch_id)
    for c in facts.results.candidates:
        for x in c.scores:
            facts.finals[(c.registration_id, x.kind)] = _subject_score(
                x.kind, x.status, x.final_centi)
        facts.outcomes[c.registration_id] = (
            "pending" if c.passed is None else "pass" if c.passed else "fail")
    return facts


def _sorted_regs(facts: ScoreFacts) -> list[Any]:
    return sorted(facts.registrations, key=lambda r: (
        natural_key(r[3]), -r[1], facts.tickets.get(r[0], ""), r[0]))


# --- the roster ---------------------------------------------------------------------------
def _score_cell(score: SubjectScore) -> list[Any]:
    return [score.kind, score.final_centi, score.status]


def roster_pages(facts: ScoreFacts) -> list[tuple[list[Any], list[Any], RosterPage]]:
    """(page key, page content, page without QR) for every roster page, in print order."""
    finals = final_scores(facts)
    groups: dict[tuple[str, int], list[RosterRow]] = defaultdict(list)
    names: dict[tuple[str, int], str] = {}
    for reg_id, level, _occ, occ_code, occ_name, name, gender, id_number in _sorted_regs(facts):
        group = groups[(occ_code, level)]
        names[(occ_code, level)] = occ_name
        scores = tuple(finals.get((reg_id, kind)) or SubjectScore(
            kind, None, "not_required" if kind not in required_kinds(level) else "missing")
            for kind in KIND_ORDER)
        group.append(RosterRow(
            len(group) + 1, reg_id, facts.tickets.get(reg_id, ""), name, gender,
            mask_id(id_number), scores, facts.outcomes.get(reg_id, "pending")))
    out = []
    for (code, level), rows in groups.items():
        chunks = [rows[i:i + ROSTER_ROWS_PER_PAGE]
                  for i in range(0, len(rows), ROSTER_ROWS_PER_PAGE)]
        for n, chunk in enumerate(chunks, start=1):
            key: list[Any] = [code, level, n]
            content = [[r.ticket_no, r.name, r.id_masked, [_score_cell(x) for x in r.scores],
                        r.result] for r in chunk]
            out.append((key, content, RosterPage(names[(code, level)], code, level, n,
                                                 len(chunks), tuple(chunk), "")))
    return out


def roster_document(uow: UnitOfWork, batch_id: int) -> RosterDocument:
    """The score roster of a batch, one group of pages per occupation and level, sealed.

    Raises:
        NotFoundError: ``batch.not_found``.
        ConflictError: ``reports.no_candidates`` when the batch has no accepted candidate.
    """
    from app.services.audit_verify import chain_head  # services sit above reports

    facts = read_facts(uow, batch_id)
    planned = roster_pages(facts)
    if not planned:
        raise ConflictError("reports.no_candidates", batch_id=batch_id)
    key = seal_key(uow, facts.body_name)
    tag = batch_tag(facts.plan_name)
    pages = tuple(_with_qr(page, seal_text("roster", tag, k, content, key))
                  for k, content, page in planned)
    return RosterDocument(facts.plan_name, facts.body_name, pages, str(chain_head(uow)))


def _with_qr(page: Any, qr_text: str) -> Any:
    return replace(page, qr_text=qr_text)


# --- the record sheets --------------------------------------------------------------------
def _scorer(facts: ScoreFacts, m: Mark) -> ScorerMarks:
    name, badge = facts.staff.get(m.scorer_staff_id or 0, (m.source, ""))
    items = {int(k): int(v) for k, v in (m.item_marks or {}).items()
             if str(k).isdigit() and v is not None}
    return ScorerMarks(name, badge, m.state, m.status, m.note, items, m.total_centi)


def record_pages(facts: ScoreFacts) -> list[tuple[list[Any], list[Any], RecordPage]]:
    """(page key, page content, page without QR): one page per candidate and subject."""
    finals = final_scores(facts)
    out = []
    for reg_id, level, occ_id, _code, occ_name, name, _gender, id_number in _sorted_regs(facts):
        ticket_no = facts.tickets.get(reg_id, "")
        for kind in required_kinds(level):
            subject_id = facts.subjects.get((occ_id, level, kind))
            if subject_id is None:
                continue
            marks = sorted(facts.marks.get((reg_id, subject_id), []),
                           key=lambda m: (m.source != "examiner", m.source,
                                          facts.staff.get(m.scorer_staff_id or 0, ("", ""))[1]))
            if kind == "theory":
                marks = [m for m in marks if m.source not in ("entry1", "entry2")] or marks
            scorers = tuple(_scorer(facts, m) for m in marks)
            rubric_name, lines = facts.rubrics.get(subject_id, ("", ()))
            review = facts.reviews.get((reg_id, subject_id))
            score = finals.get((reg_id, kind)) or SubjectScore(kind, None, "missing")
            key: list[Any] = [ticket_no, kind]
            content = [name, [[x.badge_no, x.status, sorted(x.items.items()), x.total_centi]
                              for x in scorers], _score_cell(score)]
            out.append((key, content, RecordPage(
                reg_id, ticket_no, name, mask_id(id_number), occ_name, level, kind, rubric_name,
                lines, scorers, score, facts.rule,
                review.decided_by if review else "", review.decision_reason if review else "",
                review.verified_by_clerk if review else "",
                review.verified_by_reviewer if review else "", "")))
    return out


def record_document(uow: UnitOfWork, batch_id: int,
                    ticket_no: str | None = None) -> RecordDocument:
    """The scoring record sheets of a batch (or of one candidate), sealed.

    Raises:
        NotFoundError: ``batch.not_found``.
        ConflictError: ``reports.no_candidates`` when nothing is left to print.
    """
    facts = read_facts(uow, batch_id)
    planned = [p for p in record_pages(facts) if ticket_no is None or p[0][0] == ticket_no]
    if not planned:
        raise ConflictError("reports.no_candidates", batch_id=batch_id)
    key = seal_key(uow, facts.body_name)
    tag = batch_tag(facts.plan_name)
    pages = tuple(_with_qr(page, seal_text("record", tag, k, content, key))
                  for k, content, page in planned)
    return RecordDocument(facts.plan_name, facts.body_name, pages)


# --- verification -------------------------------------------------------------------------
def page_content(uow: UnitOfWork, kind: str, tag: bytes,
                 page_key: Sequence[Any]) -> tuple[str, Any] | None:
    """``(plan name, content)`` of the page as the database has it now; ``None`` when no batch
    has the tag; content ``None`` when the document has no such page."""
    from app.reports.score_summary import report_pages
    from app.reports.supervision_documents import supervision_pages

    with uow.read() as s:
        batches = s.execute(select(Batch.id, Batch.plan_name)).all()
    match = next((bid for bid, name in batches if batch_tag(name) == tag), None)
    if match is None:
        return None
    facts = read_facts(uow, match)
    if kind == "roster":
        planned: list[tuple[list[Any], Any, Any]] = list(roster_pages(facts))
    elif kind == "record":
        planned = list(record_pages(facts))
    elif kind == "report":
        planned = list(report_pages(facts))
    else:
        with uow.read() as s:
            planned = list(supervision_pages(s, facts))
    wanted = list(page_key)
    content = next((c for k, c, _page in planned if k == wanted), None)
    return facts.plan_name, content
