"""Makes a copy of the demo database ready for an examiner to score, through the services:
examiners assigned, a rubric on every practical subject (unless the demo has one), and the
examiner's account (the demo's own when there is one: badge number in lower case, demo1234).

Used by the scoring screen's GUI test and by the crash test's child process.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.bootstrap import App
from app.services.marks import ScoringTask, my_tasks
from app.services.rubrics import RubricItemSpec, current_rubric, save_rubric
from app.services.staffing import assign_staff
from app.services.staffing_queries import assignment_rows
from app.services.users import create_user, user_for_staff
from app.uow import Actor

BATCH_ID = 1
PASSWORD = "demo1234"
CHIEF = Actor("chief", "考评组长", frozenset({"chief_examiner"}))
ITEMS = (
    RubricItemSpec("操作准备", 2000, 50),
    RubricItemSpec("工艺操作", 4000, 100),
    RubricItemSpec("质量检测", 3000, 50),
    RubricItemSpec("安全文明生产", 1000, 100, veto=True),
)


@dataclass(frozen=True)
class Examiner:
    staff_id: int
    name: str
    username: str
    password: str
    tasks: list[ScoringTask]


def prepare_examiner(app: App) -> Examiner:
    """The first practical examiner of the demo batch, with a scoring list ready."""
    uow = app.uow()
    rows = assignment_rows(uow, BATCH_ID)
    if not any(r.role == "examiner" for r in rows):
        assign_staff(uow, BATCH_ID, seed=1)
        rows = assignment_rows(uow, BATCH_ID)
    examiner = next(r for r in rows if r.role == "examiner")
    tasks = my_tasks(uow, BATCH_ID, examiner.staff_id)
    for subject_id in dict.fromkeys(t.subject_id for t in tasks):
        if current_rubric(uow, subject_id) is None:
            save_rubric(uow, subject_id, "", ITEMS)
    username = user_for_staff(uow, examiner.staff_id)
    if username is None:
        username = examiner.badge_no.lower()
        create_user(uow, username, examiner.name, ["examiner"], PASSWORD, examiner.staff_id)
    return Examiner(examiner.staff_id, examiner.name, username, PASSWORD,
                    my_tasks(uow, BATCH_ID, examiner.staff_id))
