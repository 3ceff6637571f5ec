"""Test data: marks for the demo batch written straight into the tables.

Staff are assigned first (the real ``assign_staff``) when nobody is, so every practical and
review candidate has a panel of three; then a rubric per practical and review subject (when none
exists), one submitted mark per panel member with item marks (within the default tolerance),
and a computer-based theory result per candidate; a few candidates absent. Deterministic for a
seed.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass

from sqlalchemy import select

from app.bootstrap import App
from app.model import (
    Mark,
    Registration,
    Rubric,
    RubricItem,
    Staff,
    StaffAssignment,
    Subject,
)
from app.services.scoring_queries import panels
from app.services.staffing import assign_staff

ITEMS = (("操作准备与安全文明生产", 1000, 50, True), ("工艺与操作规范", 3000, 50, False),
         ("操作过程", 4000, 50, False), ("成品质量与结果", 2000, 50, False))


@dataclass(frozen=True)
class FilledMarks:
    theory: int
    practical: int
    review: int
    absent_registration_ids: tuple[int, ...]


def _rubric(s, subject_id: int, kind: str) -> list[tuple[int, int, int]]:  # type: ignore[no-untyped-def]
    rubric = s.scalar(select(Rubric).where(Rubric.subject_id == subject_id)
                      .order_by(Rubric.version.desc()).limit(1))
    if rubric is None:
        rubric = Rubric(subject_id=subject_id, version=1,
                        name="技能操作评分表" if kind == "practical" else "综合评审评分表")
        s.add(rubric)
        s.flush()
        for pos, (name, max_centi, step, veto) in enumerate(ITEMS, start=1):
            s.add(RubricItem(rubric_id=rubric.id, position=pos, name=name, max_centi=max_centi,
                             step_centi=step, veto=veto))
        s.flush()
    items = s.scalars(select(RubricItem).where(RubricItem.rubric_id == rubric.id)
                      .order_by(RubricItem.position)).all()
    return [(i.position, i.max_centi, i.step_centi) for i in items]


def fill_demo_marks(app: App, batch_id: int = 1, seed: int = 7,
                    absent: int = 2) -> FilledMarks:
    """Write submitted marks for every accepted candidate of the batch."""
    rng = random.Random(seed)
    now = app.clock.now()
    counts = {"theory": 0, "practical": 0, "review": 0}
    with app.uow().read() as s:
        assigned = s.scalar(select(StaffAssignment.id).where(
            StaffAssignment.batch_id == batch_id).limit(1))
    if assigned is None:
        assign_staff(app.uow(), batch_id, seed=seed)
    with app.uow().write() as s:
        panel = panels(s, batch_id)
        subjects = {(o, lv, k): sid for sid, o, lv, k in s.execute(
            select(Subject.id, Subject.occupation_id, Subject.level, Subject.kind))}
        regs = s.execute(select(Registration.id, Registration.occupation_id, Registration.level)
                         .where(Registration.batch_id == batch_id,
                                Registration.eligibility == "accepted")
                         .order_by(Registration.id)).all()
        absent_ids = tuple(r[0] for r in regs[3:3 + absent])
        rubrics: dict[int, list[tuple[int, int, int]]] = {}
        for reg_id, occ, level in regs:
            skill = rng.random() * 0.55 + 0.45  # how good this candidate is
            s.add(Mark(uid=str(uuid.uuid4()), registration_id=reg_id,
                       subject_id=subjects[(occ, level, "theory")], source="cbt",
                       scorer_staff_id=None, item_marks={},
                       total_centi=min(10000, int(skill * 10000) + rng.randrange(-800, 800, 50)),
                       state="submitted", status="normal", updated_at=now, submitted_at=now))
            counts["theory"] += 1
            for kind in ("practical", "review"):
                subject_id = subjects.get((occ, level, kind))
                if subject_id is None or (kind == "review" and level > 2):
                    continue
                items = rubrics.setdefault(subject_id, _rubric(s, subject_id, kind))
                for staff_id in sorted(panel[(reg_id, subject_id)]):
                    marks: dict[str, int] = {}
                    status = "absent" if reg_id in absent_ids and kind == "practical" else "normal"
                    if status == "normal":
                        for pos, max_centi, step in items:
                            raw = max_centi * min(1.0, skill + rng.uniform(-0.025, 0.025))
                            marks[str(pos)] = int(raw // step * step)
                    s.add(Mark(uid=str(uuid.uuid4()), registration_id=reg_id,
                               subject_id=subject_id, source="examiner",
                               scorer_staff_id=staff_id, item_marks=marks,
                               total_centi=sum(marks.values()) if marks else None,
                               state="submitted", status=status,
                               note="未到场" if status == "absent" else "",
                               updated_at=now, submitted_at=now))
                counts[kind] += 1
    return FilledMarks(counts["theory"], counts["practical"], counts["review"], absent_ids)


def staff_name(app: App, staff_id: int) -> str:
    with app.uow().read() as s:
        staff = s.get(Staff, staff_id)
        assert staff is not None
        return staff.name
