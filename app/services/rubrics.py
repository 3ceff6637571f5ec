"""Scoring rubrics (评分表): one per subject, edited in the GUI or imported from the workbook.

A rubric is a list of items with a maximum and a step in hundredths of a point, some of them
veto items (否决项); the maxima of a rubric sum to exactly 100 points. Saving replaces the
subject's items in place; once an examiner has entered a mark for the subject the rubric is
frozen (marks refer to items by position).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from app.errors import ConflictError, NotFoundError, ValidationError
from app.io.rubric_sheet import (
    RUBRIC_HEADER,
    RubricExportItem,
    RubricSheet,
    centi_text,
    points_to_centi,
    read_rubric_sheet,
    subject_kind,
    veto_flag,
    write_rubric_sheet,
)
from app.model import Batch, BatchOffering, Mark, Occupation, Rubric, RubricItem, Subject
from app.rules.levels import Level, level_label_zh, parse_level
from app.services.access import require
from app.services.audit import AuditEntry, record, record_many
from app.uow import UnitOfWork

TOTAL_CENTI = 10_000
MAX_NAME = 200
KIND_ORDER = {"theory": 0, "practical": 1, "review": 2}
SUBJECT_ZH = {"theory": "理论知识", "practical": "技能操作", "review": "综合评审"}


@dataclass(frozen=True)
class RubricItemSpec:
    """An item as typed or imported: points in hundredths."""

    name: str
    max_centi: int
    step_centi: int = 100
    veto: bool = False


@dataclass(frozen=True)
class RubricItemView:
    position: int
    name: str
    max_centi: int
    step_centi: int
    veto: bool


@dataclass(frozen=True)
class RubricView:
    rubric_id: int
    subject_id: int
    version: int
    name: str
    items: tuple[RubricItemView, ...]

    @property
    def total_centi(self) -> int:
        return sum(i.max_centi for i in self.items)


@dataclass(frozen=True)
class SubjectRubric:
    """A subject of the batch and its rubric, if any (the rubric list of the GUI)."""

    subject_id: int
    occupation_code: str
    occupation: str
    level: int
    kind: str
    rubric_id: int | None
    rubric_name: str
    items: int
    total_centi: int
    frozen: bool  # examiners have entered marks: the rubric cannot change


@dataclass(frozen=True)
class ItemProblem:
    """A problem of one item (``position`` 1-based; 0 for the rubric as a whole)."""

    position: int
    column: str  # name, max, step, total
    code: str
    params: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class RubricProblem:
    """An import problem in one cell: 1-based sheet row and the column's header."""

    row: int
    column: str
    code: str
    params: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class RubricImportReport:
    file_name: str
    total_rows: int
    rubrics: int
    items: int
    problems: tuple[RubricProblem, ...]
    applied: bool


def subject_label(occupation: str, level: int, kind: str) -> str:
    """e.g. ``电工 四级/中级工 技能操作`` (data shown in messages and sheets)."""
    return f"{occupation} {level_label_zh(Level(level))} {SUBJECT_ZH.get(kind, kind)}"


def check_items(items: Sequence[RubricItemSpec]) -> list[ItemProblem]:
    """Every problem of a list of items (pure): names, maxima, steps and the 100-point sum."""
    problems: list[ItemProblem] = []
    if not items:
        return [ItemProblem(0, "total", "rubrics.no_items")]
    for pos, it in enumerate(items, start=1):
        if not it.name.strip():
            problems.append(ItemProblem(pos, "name", "rubrics.item_name_required",
                                        {"position": pos}))
        elif len(it.name.strip()) > MAX_NAME:
            problems.append(ItemProblem(pos, "name", "rubrics.name_too_long",
                                        {"position": pos, "limit": MAX_NAME}))
        if it.max_centi <= 0 or it.max_centi > TOTAL_CENTI:
            problems.append(ItemProblem(pos, "max", "rubrics.bad_max",
                                        {"position": pos, "value": centi_text(it.max_centi)}))
        if it.step_centi <= 0:
            problems.append(ItemProblem(pos, "step", "rubrics.bad_step",
                                        {"position": pos, "value": centi_text(it.step_centi)}))
        elif it.max_centi > 0 and it.max_centi % it.step_centi:
            problems.append(ItemProblem(pos, "step", "rubrics.step_not_dividing", {
                "position": pos, "max": centi_text(it.max_centi),
                "step": centi_text(it.step_centi)}))
    total = sum(it.max_centi for it in items)
    if total != TOTAL_CENTI:
        problems.append(ItemProblem(0, "total", "rubrics.bad_total",
                                    {"total": centi_text(total)}))
    return problems


def _frozen_subjects(s: Session, subject_ids: Sequence[int]) -> set[int]:
    return set(s.scalars(select(Mark.subject_id).where(
        Mark.subject_id.in_(subject_ids), Mark.source == "examiner").distinct()))


def _current(s: Session, subject_id: int) -> Rubric | None:
    return s.scalars(select(Rubric).where(Rubric.subject_id == subject_id)
                     .order_by(Rubric.version.desc()).limit(1)).first()


def _view(s: Session, rubric: Rubric) -> RubricView:
    items = s.scalars(select(RubricItem).where(RubricItem.rubric_id == rubric.id)
                      .order_by(RubricItem.position)).all()
    return RubricView(rubric.id, rubric.subject_id, rubric.version, rubric.name, tuple(
        RubricItemView(i.position, i.name, i.max_centi, i.step_centi, i.veto) for i in items))


def rubric_subjects(uow: UnitOfWork, batch_id: int) -> list[SubjectRubric]:
    """The batch's subjects (by occupation, level, kind) with their current rubric."""
    with uow.read() as s:
        subjects = s.execute(
            select(Subject.id, Occupation.code, Occupation.name, Subject.level, Subject.kind)
            .join(Occupation, Occupation.id == Subject.occupation_id)
            .join(BatchOffering, (BatchOffering.occupation_id == Subject.occupation_id)
                  & (BatchOffering.level == Subject.level))
            .where(BatchOffering.batch_id == batch_id)).all()
        subjects = sorted(subjects, key=lambda r: (r[1], -r[3], KIND_ORDER.get(r[4], 9)))
        ids = [row[0] for row in subjects]
        latest = (select(Rubric.subject_id, func.max(Rubric.version).label("v"))
                  .where(Rubric.subject_id.in_(ids)).group_by(Rubric.subject_id).subquery())
        rubrics = {sid: (rid, name) for rid, sid, name in s.execute(
            select(Rubric.id, Rubric.subject_id, Rubric.name).join(
                latest, (latest.c.subject_id == Rubric.subject_id)
                & (latest.c.v == Rubric.version)))}
        sums = {rid: (n, total) for rid, n, total in s.execute(
            select(RubricItem.rubric_id, func.count(), func.sum(RubricItem.max_centi))
            .where(RubricItem.rubric_id.in_([r for r, _ in rubrics.values()]))
            .group_by(RubricItem.rubric_id))}
        frozen = _frozen_subjects(s, ids)
    out = []
    for sid, code, occ, level, kind in subjects:
        rid, name = rubrics.get(sid, (None, ""))
        n, total = sums.get(rid, (0, 0)) if rid is not None else (0, 0)
        out.append(SubjectRubric(sid, code, occ, level, kind, rid, name, n, total or 0,
                                 sid in frozen))
    return out


def current_rubric(uow: UnitOfWork, subject_id: int) -> RubricView | None:
    """The subject's rubric (its latest version), or ``None`` if it has none."""
    with uow.read() as s:
        rubric = _current(s, subject_id)
        return _view(s, rubric) if rubric is not None else None


def _replace(s: Session, subject: Subject, name: str,
             items: Sequence[RubricItemSpec]) -> Rubric:
    rubric = _current(s, subject.id)
    if rubric is None:
        rubric = Rubric(subject_id=subject.id, version=1, name=name)
        s.add(rubric)
        s.flush()
    else:
        rubric.name = name
        s.execute(delete(RubricItem).where(RubricItem.rubric_id == rubric.id))
    s.execute(insert(RubricItem), [
        {"rubric_id": rubric.id, "position": pos, "name": it.name.strip(),
         "max_centi": it.max_centi, "step_centi": it.step_centi, "veto": it.veto}
        for pos, it in enumerate(items, start=1)])
    return rubric


def _summary(items: Sequence[RubricItemSpec]) -> list[list[Any]]:
    return [[it.name.strip(), it.max_centi, it.step_centi, it.veto] for it in items]


def save_rubric(uow: UnitOfWork, subject_id: int, name: str,
                items: Sequence[RubricItemSpec]) -> RubricView:
    """Create or replace the subject's rubric with ``items`` (in order).

    Raises:
        NotFoundError: ``rubrics.subject_not_found``.
        ValidationError: the first problem found by ``check_items``.
        ConflictError: ``rubrics.marks_exist`` once examiners have entered marks.
    """
    require(uow, "rubrics.edit")
    problems = check_items(items)
    if problems:
        raise ValidationError(problems[0].code, **problems[0].params)
    now = uow.clock.now()
    with uow.write() as s:
        subject = s.get(Subject, subject_id)
        if subject is None:
            raise NotFoundError("rubrics.subject_not_found", subject_id=subject_id)
        label = subject_label(subject.occupation.name, subject.level, subject.kind)
        if _frozen_subjects(s, [subject_id]):
            raise ConflictError("rubrics.marks_exist", subject=label)
        name = name.strip() or f"{label}评分表"
        rubric = _replace(s, subject, name[:MAX_NAME], items)
        record(s, uow.actor, now, AuditEntry("rubric.saved", "rubric", str(rubric.id), {
            "subject": label, "name": rubric.name, "items": _summary(items)}))
        s.flush()
        return _view(s, rubric)


# --- the workbook --------------------------------------------------------------------------

@dataclass
class _Group:
    subject_id: int
    label: str
    name: str
    first_row: int
    items: list[RubricItemSpec]
    rows: list[int]


def _subject_index(s: Session, batch_id: int) -> dict[tuple[str, int, str], tuple[int, str]]:
    rows = s.execute(
        select(Subject.id, Occupation.code, Occupation.name, Subject.level, Subject.kind)
        .join(Occupation, Occupation.id == Subject.occupation_id)
        .join(BatchOffering, (BatchOffering.occupation_id == Subject.occupation_id)
              & (BatchOffering.level == Subject.level))
        .where(BatchOffering.batch_id == batch_id))
    return {(code.strip().upper(), level, kind): (sid, subject_label(occ, level, kind))
            for sid, code, occ, level, kind in rows}


def _parse_row(values: dict[str, str], row: int, occupations: set[str],
               problems: list[RubricProblem]) -> tuple[tuple[str, int, str] | None,
                                                       RubricItemSpec | None]:
    def bad(key: str, code: str, **params: Any) -> None:
        problems.append(RubricProblem(row, RUBRIC_HEADER[key], code, params))

    before = len(problems)
    for key in ("occupation", "level", "subject", "item", "max"):
        if not values.get(key, ""):
            bad(key, "import.required_missing")
    code = values.get("occupation", "").strip().upper()
    if code and code not in occupations:
        bad("occupation", "rubrics.unknown_occupation", value=values["occupation"])
    level: int | None = None
    if values.get("level"):
        try:
            level = int(parse_level(values["level"]))
        except ValueError:
            bad("level", "rubrics.bad_level", value=values["level"])
    kind = subject_kind(values.get("subject", "")) if values.get("subject") else None
    if values.get("subject") and kind is None:
        bad("subject", "rubrics.bad_subject", value=values["subject"])
    item = values.get("item", "").strip()
    if len(item) > MAX_NAME:
        bad("item", "rubrics.name_too_long", position=row, limit=MAX_NAME)
    max_c = points_to_centi(values["max"]) if values.get("max") else None
    if values.get("max") and (max_c is None or not 0 < max_c <= TOTAL_CENTI):
        bad("max", "rubrics.bad_points", value=values["max"])
    step_c = points_to_centi(values["step"]) if values.get("step") else 100
    if step_c is None or step_c <= 0:
        bad("step", "rubrics.bad_points", value=values.get("step", ""))
    elif max_c and max_c > 0 and max_c % step_c:
        bad("step", "rubrics.step_not_dividing", position=row, max=centi_text(max_c),
            step=centi_text(step_c))
    veto = veto_flag(values.get("veto", ""))
    if veto is None:
        bad("veto", "rubrics.bad_veto", value=values.get("veto", ""))
    if len(problems) > before or level is None or kind is None or max_c is None:
        return None, None
    return (code, level, kind), RubricItemSpec(item, max_c, step_c or 100, bool(veto))


def _group_rows(s: Session, batch_id: int,
                sheet: RubricSheet) -> tuple[dict[int, _Group], list[RubricProblem]]:
    """The sheet's rows checked and grouped into rubrics by subject."""
    index = _subject_index(s, batch_id)
    occupations = {code.strip().upper() for code in s.scalars(select(Occupation.code))}
    problems: list[RubricProblem] = []
    groups: dict[int, _Group] = {}
    for r in sheet.rows:
        key, spec = _parse_row(r.values, r.row, occupations, problems)
        if key is None or spec is None:
            continue
        found = index.get(key)
        if found is None:
            problems.append(RubricProblem(r.row, RUBRIC_HEADER["subject"],
                                          "rubrics.subject_not_offered", {
                "occupation": r.values["occupation"], "level": r.values["level"],
                "subject": r.values["subject"]}))
            continue
        sid, label = found
        group = groups.setdefault(sid, _Group(sid, label, "", r.row, [], []))
        group.name = group.name or r.values.get("rubric_name", "").strip()
        if any(it.name == spec.name for it in group.items):
            problems.append(RubricProblem(r.row, RUBRIC_HEADER["item"],
                                          "rubrics.duplicate_item", {"value": spec.name}))
        group.items.append(spec)
        group.rows.append(r.row)
    frozen = _frozen_subjects(s, list(groups))
    for g in groups.values():
        total = sum(it.max_centi for it in g.items)
        if total != TOTAL_CENTI and not any(p.row in g.rows for p in problems):
            problems.append(RubricProblem(g.first_row, RUBRIC_HEADER["max"],
                                          "rubrics.bad_group_total",
                                          {"subject": g.label, "total": centi_text(total)}))
        if g.subject_id in frozen:
            problems.append(RubricProblem(g.first_row, RUBRIC_HEADER["subject"],
                                          "rubrics.marks_exist", {"subject": g.label}))
    return groups, problems


def import_rubrics(uow: UnitOfWork, batch_id: int, path: Path) -> RubricImportReport:
    """Import the rubric workbook: all of it, or nothing if any row has a problem.

    Each rubric in the file replaces the subject's rubric. Problems name the sheet row and the
    column; a wrong total is reported on the rubric's first row, column 配分.

    Raises:
        ValidationError: the file itself cannot be used (see ``read_rubric_sheet``).
        NotFoundError: ``batch.not_found``.
    """
    require(uow, "rubrics.edit")
    sheet = read_rubric_sheet(Path(path))
    now = uow.clock.now()
    with uow.write() as s:
        if s.get(Batch, batch_id) is None:
            raise NotFoundError("batch.not_found", batch_id=batch_id)
        groups, problems = _group_rows(s, batch_id, sheet)
        problems.sort(key=lambda p: (p.row, p.column))
        n_items = sum(len(g.items) for g in groups.values())
        if problems:
            return RubricImportReport(sheet.file_name, len(sheet.rows), 0, 0, tuple(problems),
                                      applied=False)
        entries = []
        for g in groups.values():
            subject = s.get(Subject, g.subject_id)
            assert subject is not None
            rubric = _replace(s, subject, (g.name or f"{g.label}评分表")[:MAX_NAME], g.items)
            entries.append(AuditEntry("rubric.saved", "rubric", str(rubric.id), {
                "subject": g.label, "name": rubric.name, "file": sheet.file_name,
                "items": _summary(g.items)}))
        entries.append(AuditEntry("rubrics.imported", "batch", str(batch_id), {
            "file": sheet.file_name, "rubrics": len(groups), "items": n_items}))
        record_many(s, uow.actor, now, entries)
    return RubricImportReport(sheet.file_name, len(sheet.rows), len(groups), n_items, (),
                              applied=True)


def export_rubrics(uow: UnitOfWork, batch_id: int, path: Path) -> int:
    """Write every current rubric of the batch's subjects to ``path`` (the import format).
    Returns the number of item rows."""
    items: list[RubricExportItem] = []
    with uow.read() as s:
        for sid, code, _occ, level, kind in s.execute(
                select(Subject.id, Occupation.code, Occupation.name, Subject.level, Subject.kind)
                .join(Occupation, Occupation.id == Subject.occupation_id)
                .join(BatchOffering, (BatchOffering.occupation_id == Subject.occupation_id)
                      & (BatchOffering.level == Subject.level))
                .where(BatchOffering.batch_id == batch_id)
                .order_by(Occupation.code, Subject.level.desc(), Subject.id)):
            rubric = _current(s, sid)
            if rubric is None:
                continue
            view = _view(s, rubric)
            items += [RubricExportItem(code, level, kind, view.name, i.name, i.max_centi,
                                       i.step_centi, i.veto) for i in view.items]
    return write_rubric_sheet(Path(path), items)


def write_rubric_template(path: Path) -> None:
    """The empty rubric workbook with its instructions sheet."""
    write_rubric_sheet(Path(path), [])
