"""Theory scores: the computer-based exam import and the double entry of paper scores.

Mark rows (subject = the candidate's theory subject, no scorer):
- ``cbt``: one per candidate from an imported results file, state submitted;
- ``entry1`` / ``entry2``: what clerk 1 and clerk 2 typed (clerk's username in
  ``item_marks["_clerk"]``);
- ``theory``: the paper score that counts, written only when both entries agree or when a
  mismatch was resolved (``item_marks["_resolved"]``, the reason in ``note``).
A theory score counts when a ``cbt`` or ``theory`` mark exists. Absent (缺考) marks have status
``absent`` and no total.
"""

from __future__ import annotations

import unicodedata
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from app.errors import ConflictError, NotFoundError, ValidationError
from app.io.rubric_sheet import centi_text, points_to_centi
from app.io.theory_scores import ABSENT_WORDS, THEORY_HEADER, TheoryRow, read_theory_file
from app.model import AdmissionTicket, Batch, Candidate, Mark, Registration, Subject
from app.services.access import require
from app.services.audit import AuditEntry, record, record_many
from app.uow import UnitOfWork

COUNTED = ("cbt", "theory")
ENTRY_SOURCES = {1: "entry1", 2: "entry2"}
STATUSES = ("normal", "absent", "misconduct")
FULL = 10_000


@dataclass(frozen=True)
class TheoryProblem:
    """A problem in one cell of the file: row number and the column's header."""

    row: int
    column: str
    code: str
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ImportReport:
    """What a theory import did: ``applied`` is False when nothing was written."""

    file_name: str
    total_rows: int
    imported: int
    absent: int
    problems: tuple[TheoryProblem, ...]
    applied: bool


@dataclass(frozen=True)
class _Candidate:
    registration_id: int
    candidate_id: int
    ticket_no: str
    name: str
    id_number: str
    subject_id: int | None


@dataclass(frozen=True)
class EntryResult:
    """After a clerk's entry: ``agreed`` None while the other entry is missing."""

    registration_id: int
    ticket_no: str
    name: str
    clerk: int
    score_centi: int | None
    status: str
    agreed: bool | None
    counted: bool


@dataclass(frozen=True)
class EntryRow:
    registration_id: int
    ticket_no: str
    name: str
    score_centi: int | None
    status: str
    clerk_username: str
    updated_at: datetime


@dataclass(frozen=True)
class Mismatch:
    """A candidate whose two entries differ, or who has only one (``problem``: differ,
    missing_1, missing_2)."""

    registration_id: int
    ticket_no: str
    name: str
    entry1_centi: int | None
    entry1_status: str | None
    entry2_centi: int | None
    entry2_status: str | None
    problem: str


@dataclass(frozen=True)
class TheoryScore:
    """The theory score that counts for a registration."""

    registration_id: int
    source: str  # cbt or theory
    total_centi: int | None
    status: str
    resolved: bool


@dataclass(frozen=True)
class EntrySummary:
    candidates: int
    entered_1: int
    entered_2: int
    agreed: int
    resolved: int
    open: int
    imported: int


def _norm_name(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split()).replace("·", "").replace(".", "")


def _norm_id(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split()).upper()


def _candidates(s: Session, batch_id: int, *, ticket_no: str | None = None,
                registration_id: int | None = None) -> dict[str, _Candidate]:
    """The batch's candidates by ticket number, with their theory subject."""
    q = (select(Registration.id, Candidate.id, AdmissionTicket.ticket_no, Candidate.name,
                Candidate.id_number, Subject.id, AdmissionTicket.revoked_at)
         .join(Candidate, Candidate.id == Registration.candidate_id)
         .join(AdmissionTicket, AdmissionTicket.registration_id == Registration.id)
         .outerjoin(Subject, (Subject.occupation_id == Registration.occupation_id)
                    & (Subject.level == Registration.level) & (Subject.kind == "theory"))
         .where(Registration.batch_id == batch_id)
         .order_by(AdmissionTicket.revoked_at.is_not(None)))
    if ticket_no is not None:
        q = q.where(AdmissionTicket.ticket_no == ticket_no)
    if registration_id is not None:
        q = q.where(Registration.id == registration_id)
    out: dict[str, _Candidate] = {}
    for rid, cid, tno, name, idn, sid, _revoked in s.execute(q):
        out.setdefault(tno.upper(), _Candidate(rid, cid, tno, name, idn, sid))
    return out


def _theory_marks(s: Session, reg_ids: list[int] | None,
                  batch_id: int | None = None) -> dict[tuple[int, str], Mark]:
    q = select(Mark).join(Subject, Subject.id == Mark.subject_id).where(
        Subject.kind == "theory", Mark.source.in_((*COUNTED, *ENTRY_SOURCES.values())))
    if reg_ids is not None:
        q = q.where(Mark.registration_id.in_(reg_ids))
    if batch_id is not None:
        q = q.join(Registration, Registration.id == Mark.registration_id).where(
            Registration.batch_id == batch_id)
    return {(m.registration_id, m.source): m for m in s.scalars(q)}


# --- the computer-based exam import --------------------------------------------------------

def _check_row(r: TheoryRow, cands: dict[str, _Candidate], taken: set[int],
               seen: dict[str, int]) -> tuple[list[TheoryProblem], _Candidate | None,
                                              int | None, str]:
    problems: list[TheoryProblem] = []

    def bad(key: str, code: str, **params: Any) -> None:
        problems.append(TheoryProblem(r.row, THEORY_HEADER[key], code, params))

    v = r.values
    for key in ("ticket_no", "id_number", "name", "score"):
        if not v.get(key):
            bad(key, "import.required_missing")
    ticket = v.get("ticket_no", "").upper()
    cand = cands.get(ticket) if ticket else None
    if ticket and cand is None:
        bad("ticket_no", "theory.unknown_ticket", value=v["ticket_no"])
    elif ticket in seen:
        bad("ticket_no", "theory.duplicate_in_file", value=v["ticket_no"], first_row=seen[ticket])
    if ticket:
        seen.setdefault(ticket, r.row)
    if cand is not None:
        if v.get("id_number") and _norm_id(v["id_number"]) != _norm_id(cand.id_number):
            bad("id_number", "theory.id_mismatch", ticket_no=cand.ticket_no)
        if v.get("name") and _norm_name(v["name"]) != _norm_name(cand.name):
            bad("name", "theory.name_mismatch", value=v["name"], registered=cand.name)
        if cand.subject_id is None:
            bad("ticket_no", "theory.no_theory_subject", ticket_no=cand.ticket_no)
        elif cand.registration_id in taken:
            bad("ticket_no", "theory.already_scored", ticket_no=cand.ticket_no)
    status, score = "normal", None
    text = v.get("score", "")
    if text and text.lower() in ABSENT_WORDS:
        status = "absent"
    elif text:
        score = points_to_centi(text)
        if score is None or not 0 <= score <= FULL:
            bad("score", "theory.bad_score", value=text)
    return problems, cand, score, status


def import_theory_scores(uow: UnitOfWork, batch_id: int, path: Path) -> ImportReport:
    """Import a computer-based exam results file: every row or nothing.

    Every row is checked against the registered candidates (ticket number, ID number, name);
    a candidate may not already have a theory score or entries. Problems name the row and the
    column. Creates ``cbt`` marks in state submitted.

    Raises:
        ValidationError: the file itself cannot be used (see ``read_theory_file``).
        NotFoundError: ``batch.not_found``.
    """
    require(uow, "theory.import")
    sheet = read_theory_file(Path(path))
    now = uow.clock.now()
    with uow.write() as s:
        if s.get(Batch, batch_id) is None:
            raise NotFoundError("batch.not_found", batch_id=batch_id)
        cands = _candidates(s, batch_id)
        taken = {rid for rid, _src in _theory_marks(s, None, batch_id)}
        problems: list[TheoryProblem] = []
        good: list[tuple[TheoryRow, _Candidate, int | None, str]] = []
        seen: dict[str, int] = {}
        for r in sheet.rows:
            row_problems, cand, score, status = _check_row(r, cands, taken, seen)
            problems += row_problems
            if not row_problems and cand is not None:
                good.append((r, cand, score, status))
        if problems:
            problems.sort(key=lambda p: (p.row, p.column))
            return ImportReport(sheet.file_name, len(sheet.rows), 0, 0, tuple(problems), False)
        rows, entries = [], []
        for r, cand, score, status in good:
            uid = str(uuid.uuid4())
            rows.append({"uid": uid, "registration_id": cand.registration_id,
                         "subject_id": cand.subject_id, "source": "cbt",
                         "scorer_staff_id": None, "item_marks": {}, "total_centi": score,
                         "state": "submitted", "status": status,
                         "note": r.values.get("note", "")[:500], "updated_at": now,
                         "submitted_at": now, "signature": None})
            entries.append(AuditEntry("theory.imported", "mark", uid, {
                "file": sheet.file_name, "row": r.row, "ticket_no": cand.ticket_no,
                "total_centi": score, "status": status}, candidate_id=cand.candidate_id))
        s.execute(insert(Mark), rows)
        absent = sum(1 for *_x, status in good if status == "absent")
        entries.append(AuditEntry("theory.file_imported", "batch", str(batch_id), {
            "file": sheet.file_name, "imported": len(good), "absent": absent}))
        record_many(s, uow.actor, now, entries)
    return ImportReport(sheet.file_name, len(sheet.rows), len(good), absent, (), True)


# --- double entry of paper scores ----------------------------------------------------------

def _check_value(score_centi: int | None, status: str) -> int | None:
    if status not in STATUSES:
        raise ValidationError("theory.bad_status", status=status)
    if status != "normal":
        return None
    if score_centi is None or not 0 <= score_centi <= FULL:
        raise ValidationError("theory.bad_score",
                              value="" if score_centi is None else centi_text(score_centi))
    return score_centi


def _same(a: Mark, b: Mark) -> bool:
    return a.status == b.status and a.total_centi == b.total_centi


def _upsert(s: Session, marks: dict[tuple[int, str], Mark], cand: _Candidate, source: str,
            now: datetime, **values: Any) -> Mark:
    mark = marks.get((cand.registration_id, source))
    if mark is None:
        assert cand.subject_id is not None
        mark = Mark(uid=str(uuid.uuid4()), registration_id=cand.registration_id,
                    subject_id=cand.subject_id, source=source, scorer_staff_id=None,
                    state="submitted", submitted_at=now, updated_at=now)
        s.add(mark)
        marks[(cand.registration_id, source)] = mark
    for key, value in values.items():
        setattr(mark, key, value)
    mark.updated_at = now
    return mark


def save_entry(uow: UnitOfWork, batch_id: int, clerk: int, ticket_no: str,  # noqa: PLR0917
               score_centi: int | None, status: str = "normal") -> EntryResult:
    """Record what clerk 1 or 2 typed for a candidate (the latest entry replaces theirs).

    When both entries agree the ``theory`` mark that counts is written; when they disagree any
    such mark not yet verified is withdrawn until the mismatch is resolved.

    Raises:
        ValidationError: ``theory.bad_clerk``, ``theory.bad_status``, ``theory.bad_score``.
        NotFoundError: ``theory.unknown_ticket``.
        ConflictError: ``theory.no_theory_subject``, ``theory.already_scored`` (imported from
            a computer-based exam), ``theory.final_locked``.
    """
    require(uow, "theory.enter")
    if clerk not in ENTRY_SOURCES:
        raise ValidationError("theory.bad_clerk", clerk=clerk)
    score = _check_value(score_centi, status)
    now = uow.clock.now()
    ticket = ticket_no.strip().upper()
    with uow.write() as s:
        cand = _candidates(s, batch_id, ticket_no=ticket).get(ticket)
        if cand is None:
            raise NotFoundError("theory.unknown_ticket", value=ticket_no.strip())
        if cand.subject_id is None:
            raise ConflictError("theory.no_theory_subject", ticket_no=cand.ticket_no)
        marks = _theory_marks(s, [cand.registration_id])
        if (cand.registration_id, "cbt") in marks:
            raise ConflictError("theory.already_scored", ticket_no=cand.ticket_no)
        final = marks.get((cand.registration_id, "theory"))
        if final is not None and final.state in ("verified", "locked"):
            raise ConflictError("theory.final_locked", ticket_no=cand.ticket_no)
        source = ENTRY_SOURCES[clerk]
        previous = marks.get((cand.registration_id, source))
        before = None if previous is None else [previous.total_centi, previous.status]
        mine = _upsert(s, marks, cand, source, now, total_centi=score, status=status,
                       item_marks={"_clerk": uow.actor.username})
        audit = [AuditEntry("theory.entry", "mark", mine.uid, {
            "clerk": clerk, "ticket_no": cand.ticket_no, "total_centi": score,
            "status": status, "previous": before}, candidate_id=cand.candidate_id)]
        other = marks.get((cand.registration_id, ENTRY_SOURCES[3 - clerk]))
        agreed = None if other is None else _same(mine, other)
        if agreed:
            final = _upsert(s, marks, cand, "theory", now, total_centi=score, status=status,
                            item_marks={"_from": "double_entry"}, note="")
            audit.append(AuditEntry("theory.agreed", "mark", final.uid, {
                "ticket_no": cand.ticket_no, "total_centi": score, "status": status},
                candidate_id=cand.candidate_id))
        elif final is not None:  # a resolution covered the entries as they were
            audit.append(AuditEntry("theory.withdrawn", "mark", final.uid, {
                "ticket_no": cand.ticket_no, "total_centi": final.total_centi,
                "status": final.status}, candidate_id=cand.candidate_id))
            s.execute(delete(Mark).where(Mark.id == final.id))
            final = None
        s.flush()
        record_many(s, uow.actor, now, audit)
        counted = bool(agreed) or final is not None
        return EntryResult(cand.registration_id, cand.ticket_no, cand.name, clerk, score,
                           status, agreed, counted)


def entries(uow: UnitOfWork, batch_id: int, clerk: int) -> list[EntryRow]:
    """What clerk 1 or 2 has typed in the batch, the latest first."""
    with uow.read() as s:
        rows = s.execute(
            select(Mark, AdmissionTicket.ticket_no, Candidate.name)
            .join(Registration, Registration.id == Mark.registration_id)
            .join(Candidate, Candidate.id == Registration.candidate_id)
            .join(AdmissionTicket, (AdmissionTicket.registration_id == Registration.id)
                  & AdmissionTicket.revoked_at.is_(None))
            .where(Registration.batch_id == batch_id, Mark.source == ENTRY_SOURCES[clerk])
            .order_by(Mark.updated_at.desc(), Mark.id.desc())).all()
        return [EntryRow(m.registration_id, tno, name, m.total_centi, m.status,
                         str(m.item_marks.get("_clerk", "")), m.updated_at)
                for m, tno, name in rows]


def mismatches(uow: UnitOfWork, batch_id: int) -> list[Mismatch]:
    """Every candidate with entries whose two entries differ or where one is missing, and
    whose score does not count yet (no agreement, no resolution)."""
    with uow.read() as s:
        marks = _theory_marks(s, None, batch_id)
        regs = sorted({rid for rid, src in marks if src in ENTRY_SOURCES.values()}
                      - {rid for rid, src in marks if src in COUNTED})
        if not regs:
            return []
        names = {rid: (tno, name) for rid, tno, name in s.execute(
            select(Registration.id, AdmissionTicket.ticket_no, Candidate.name)
            .join(Candidate, Candidate.id == Registration.candidate_id)
            .join(AdmissionTicket, (AdmissionTicket.registration_id == Registration.id)
                  & AdmissionTicket.revoked_at.is_(None))
            .where(Registration.id.in_(regs)))}
        out = []
        for rid in regs:
            e1, e2 = marks.get((rid, "entry1")), marks.get((rid, "entry2"))
            problem = "missing_1" if e1 is None else "missing_2" if e2 is None else "differ"
            tno, name = names.get(rid, ("", ""))
            out.append(Mismatch(rid, tno, name, e1.total_centi if e1 else None,
                                e1.status if e1 else None, e2.total_centi if e2 else None,
                                e2.status if e2 else None, problem))
    return sorted(out, key=lambda m: m.ticket_no)


def resolve_mismatch(uow: UnitOfWork, registration_id: int, score_centi: int | None,
                     reason: str, *, status: str | None = None) -> TheoryScore:
    """Decide a mismatched (or half-entered) paper theory score, with a reason.

    ``score_centi`` None means absent unless ``status`` says otherwise.

    Raises:
        ValidationError: ``theory.reason_required``, ``theory.bad_score``,
            ``theory.bad_status``.
        NotFoundError: ``theory.registration_not_found``.
        ConflictError: ``theory.no_mismatch`` (nothing to resolve: no entries, or the score
            already counts).
    """
    require(uow, "theory.resolve")
    if not reason.strip():
        raise ValidationError("theory.reason_required")
    status = status or ("normal" if score_centi is not None else "absent")
    score = _check_value(score_centi, status)
    now = uow.clock.now()
    with uow.write() as s:
        reg = s.get(Registration, registration_id)
        if reg is None:
            raise NotFoundError("theory.registration_not_found", registration_id=registration_id)
        cand = next(iter(_candidates(s, reg.batch_id,
                                     registration_id=registration_id).values()), None)
        marks = _theory_marks(s, [registration_id])
        has_entries = any((registration_id, src) in marks for src in ENTRY_SOURCES.values())
        counted = any((registration_id, src) in marks for src in COUNTED)
        if cand is None or not has_entries or counted:
            raise ConflictError("theory.no_mismatch", registration_id=registration_id)
        e1, e2 = marks.get((registration_id, "entry1")), marks.get((registration_id, "entry2"))
        final = _upsert(s, marks, cand, "theory", now, total_centi=score, status=status,
                        item_marks={"_resolved": True}, note=reason.strip()[:500])
        s.flush()
        record(s, uow.actor, now, AuditEntry("theory.resolved", "mark", final.uid, {
            "ticket_no": cand.ticket_no, "total_centi": score, "status": status,
            "reason": reason.strip(),
            "entry1": None if e1 is None else [e1.total_centi, e1.status],
            "entry2": None if e2 is None else [e2.total_centi, e2.status]},
            candidate_id=cand.candidate_id))
        return TheoryScore(registration_id, "theory", score, status, True)


def counted_theory_scores(uow: UnitOfWork, batch_id: int) -> dict[int, TheoryScore]:
    """The theory scores that count, by registration: imported, agreed or resolved."""
    with uow.read() as s:
        marks = _theory_marks(s, None, batch_id)
        return {rid: TheoryScore(rid, src, m.total_centi, m.status,
                                 bool(m.item_marks.get("_resolved")))
                for (rid, src), m in marks.items() if src in COUNTED}


def entry_summary(uow: UnitOfWork, batch_id: int) -> EntrySummary:
    """Progress of the double entry (and imported scores) for the batch."""
    with uow.read() as s:
        marks = _theory_marks(s, None, batch_id)
        total = len(_candidates(s, batch_id))
        resolved = {rid for (rid, src), m in marks.items()
                    if src == "theory" and m.item_marks.get("_resolved")}
    by_src: dict[str, set[int]] = {}
    for rid, src in marks:
        by_src.setdefault(src, set()).add(rid)
    theory = by_src.get("theory", set())
    entered = by_src.get("entry1", set()) | by_src.get("entry2", set())
    return EntrySummary(total, len(by_src.get("entry1", ())), len(by_src.get("entry2", ())),
                        len(theory - resolved), len(resolved), len(entered - theory),
                        len(by_src.get("cbt", ())))
