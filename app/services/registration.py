"""Registering candidates: the Excel import (all-or-nothing by default).

``import_candidates`` reads the workbook and the photos first (outside any transaction), then
checks every row against the rules and the batch inside one write transaction and either
writes every good row or nothing at all. Each registration written leaves an audit event.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, insert, select, tuple_, update
from sqlalchemy.orm import Session

from app.clock import today
from app.errors import NotFoundError, ValidationError
from app.io.candidate_sheet import Sheet, read_candidate_sheet
from app.io.photos import find_photo, normalize_photo
from app.model import Batch, BatchOffering, Candidate, CandidatePhoto, Occupation, Registration
from app.progress import NullProgress, Progress, check_cancel
from app.rules.eligibility import Facts
from app.rules.id_documents import normalize_id_text
from app.services.access import require
from app.services.audit import AuditEntry, record_many
from app.services.eligibility import apply_in_session, store_facts
from app.services.eligibility_import import facts_from_row
from app.services.import_checks import (
    CandidateRecord,
    ImportProblem,
    Offerings,
    RowChecker,
    id_number_is_numeric,
    norm_key,
)
from app.uow import UnitOfWork


@dataclass(frozen=True)
class ImportReport:
    """What an import did: ``applied`` is False when nothing was written."""

    file_name: str
    total_rows: int
    imported: int
    skipped: int
    problems: tuple[ImportProblem, ...]
    applied: bool

    @property
    def bad_rows(self) -> int:
        return len({p.row for p in self.problems})


def _offerings(session: Session, batch_id: int) -> Offerings:
    by_key: dict[str, int] = {}
    levels: dict[int, set[int]] = {}
    rows = session.execute(
        select(Occupation.id, Occupation.code, Occupation.name, BatchOffering.level)
        .join(BatchOffering, BatchOffering.occupation_id == Occupation.id)
        .where(BatchOffering.batch_id == batch_id)
    )
    for occ_id, code, name, level in rows:
        by_key[norm_key(code)] = occ_id
        by_key[norm_key(name)] = occ_id
        levels.setdefault(occ_id, set()).add(level)
    return Offerings(by_key, {k: frozenset(v) for k, v in levels.items()})


def _registered(session: Session, batch_id: int) -> set[tuple[str, str]]:
    rows = session.execute(
        select(Candidate.id_type, Candidate.id_number)
        .join(Registration, Registration.candidate_id == Candidate.id)
        .where(Registration.batch_id == batch_id)
    )
    return {(t, n) for t, n in rows}


def _photo_folders(sheet_path: Path, photos_dir: Path | None) -> list[Path]:
    if photos_dir is not None:
        return [photos_dir]
    base = sheet_path.parent
    return [p for p in (base / "照片", base / "photos", base) if p.is_dir()]


def _load_photos(sheet: Sheet, folders: list[Path],
                 progress: Progress) -> tuple[dict[int, tuple[bytes, str]], list[ImportProblem]]:
    """Photo bytes by sheet row, from the sheet itself or from the photo folders."""
    photos: dict[int, tuple[bytes, str]] = {}
    problems: list[ImportProblem] = []
    for i, row in enumerate(sheet.rows):
        if i % 200 == 0:
            progress.report(i, len(sheet.rows) * 2)
            check_cancel(progress)
        data = row.photo
        if data is None and id_number_is_numeric(row) and not row.values.get("photo"):
            continue  # the number lost digits in Excel: no file is named by it (row check says so)
        if data is None:
            # The canonical form, as the row check stores it (spaces, full-width digits, x).
            number = normalize_id_text(row.values.get("id_number", ""))
            path = next((p for f in folders
                         if (p := find_photo(f, number, row.values.get("photo", "")))), None)
            if path is None:
                problems.append(ImportProblem(row.row, "photo", "import.photo_missing",
                                              {"file": row.values.get("photo") or number}))
                continue
            data = path.read_bytes()
        try:
            photos[row.row] = normalize_photo(data)
        except ValidationError as exc:
            problems.append(ImportProblem(row.row, "photo", exc.code, exc.params))
    return photos, problems


def import_candidates(
    uow: UnitOfWork, batch_id: int, path: Path, *, photos_dir: Path | None = None,
    skip_invalid: bool = False, progress: Progress | None = None,
) -> ImportReport:
    """Import the candidate workbook ``path`` into batch ``batch_id``.

    With any bad row nothing is written, unless ``skip_invalid`` is set, in which case the good
    rows are written and the bad ones reported.

    Raises:
        ValidationError: the file itself cannot be used (see ``read_candidate_sheet``).
        NotFoundError: ``batch.not_found``.
    """
    require(uow, "candidates.import")
    progress = progress or NullProgress()
    sheet = read_candidate_sheet(Path(path))
    photos, photo_problems = _load_photos(sheet, _photo_folders(Path(path), photos_dir), progress)
    with uow.write() as session:
        if session.get(Batch, batch_id) is None:
            raise NotFoundError("batch.not_found", batch_id=batch_id)
        checker = RowChecker(_offerings(session, batch_id), _registered(session, batch_id),
                             today(uow.clock))
        good: list[CandidateRecord] = []
        problems = list(photo_problems)
        facts: dict[int, Facts] = {}
        for i, row in enumerate(sheet.rows):
            if i % 500 == 0:
                progress.report(len(sheet.rows) + i, len(sheet.rows) * 2)
                check_cancel(progress)
            record, row_problems = checker.check(row)
            row_facts, fact_problems = facts_from_row(row.row, row.values, row.raw,
                                                      row.values.get("education", ""))
            problems += row_problems + fact_problems
            if fact_problems:
                record = None
            if row_facts is not None:
                facts[row.row] = row_facts
            if record is not None and row.row in photos:
                good.append(record)
        problems.sort(key=lambda p: (p.row, p.column))
        report = ImportReport(sheet.file_name, len(sheet.rows), 0, len(sheet.rows), tuple(problems),
                              applied=False)
        if (problems and not skip_invalid) or not good:
            return report  # nothing was written in this transaction
        reg_ids = _write(session, uow, batch_id, good, photos=photos, file_name=sheet.file_name)
        if facts:  # rows declaring eligibility facts: store them and apply the conditions
            now = uow.clock.now()
            declared = {rid: facts[r.row] for r, rid in zip(good, reg_ids, strict=True)
                        if r.row in facts}
            store_facts(session, declared, now)
            apply_in_session(session, uow, batch_id, registration_ids=declared)
    progress.report(1, 1)
    return ImportReport(sheet.file_name, len(sheet.rows), len(good), len(sheet.rows) - len(good),
                        tuple(problems), applied=True)


def _write(session: Session, uow: UnitOfWork, batch_id: int, records: list[CandidateRecord], *,
           photos: dict[int, tuple[bytes, str]], file_name: str) -> list[int]:
    now = uow.clock.now()
    keys = [(r.id_type, r.id_number) for r in records]
    existing: dict[tuple[str, str], int] = {}
    for start in range(0, len(keys), 500):
        chunk = keys[start:start + 500]
        found = session.execute(select(Candidate.id, Candidate.id_type, Candidate.id_number)
                                .where(tuple_(Candidate.id_type, Candidate.id_number).in_(chunk)))
        for cid, t, n in found:
            existing[(t, n)] = cid
    new = [r for r in records if (r.id_type, r.id_number) not in existing]
    # A set, not the list: membership tests over a 50,000-row import must not be quadratic.
    new_keys = {(r.id_type, r.id_number) for r in new}
    if new:
        ids = session.scalars(
            insert(Candidate).returning(Candidate.id, sort_by_parameter_order=True),
            [_candidate_row(r, now) for r in new]).all()
        existing.update({(r.id_type, r.id_number): cid for r, cid in zip(new, ids, strict=True)})
    photo_rows: list[dict[str, object]] = []
    for r in records:
        cid = existing[(r.id_type, r.id_number)]
        if (r.id_type, r.id_number) not in new_keys:
            # A returning candidate: refresh what may have changed and replace the photo.
            session.execute(update(Candidate).where(Candidate.id == cid).values(
                name=r.name, education=r.education, work_unit=r.work_unit,
                training_class=r.training_class, phone=r.phone))
            session.execute(delete(CandidatePhoto).where(CandidatePhoto.candidate_id == cid))
        data, mime = photos[r.row]
        photo_rows.append({"candidate_id": cid, "data": data, "mime": mime,
                           "sha256": hashlib.sha256(data).hexdigest()})
    for start in range(0, len(photo_rows), 5000):
        session.execute(insert(CandidatePhoto), photo_rows[start:start + 5000])
    reg_ids = session.scalars(
        insert(Registration).returning(Registration.id, sort_by_parameter_order=True),
        [{"batch_id": batch_id, "candidate_id": existing[(r.id_type, r.id_number)],
          "occupation_id": r.occupation_id, "level": r.level, "eligibility": "pending",
          "eligibility_reasons": [], "result_state": "normal", "created_at": now}
         for r in records]).all()
    entries = [AuditEntry("registration.imported", "registration", str(rid),
                          {"file": file_name, "row": r.row, "occupation_id": r.occupation_id,
                           "level": r.level}, candidate_id=existing[(r.id_type, r.id_number)])
               for r, rid in zip(records, reg_ids, strict=True)]
    entries.append(AuditEntry("candidates.imported", "batch", str(batch_id),
                              {"file": file_name, "imported": len(records)}))
    record_many(session, uow.actor, now, entries)
    return list(reg_ids)


def _candidate_row(r: CandidateRecord, now: object) -> dict[str, object]:
    return {"id_type": r.id_type, "id_number": r.id_number, "name": r.name, "gender": r.gender,
            "birth_date": r.birth_date, "education": r.education, "work_unit": r.work_unit,
            "training_class": r.training_class, "phone": r.phone, "created_at": now}
