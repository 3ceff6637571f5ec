"""An examiner's marks on a real copy of the demo: saved per field, submitted with the password
and signed, frozen for the examiner afterwards, unlocked by the chief examiner with a reason."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.bootstrap import App, build_app
from app.clock import FixedClock
from app.db import Database
from app.errors import ConflictError, PermissionDenied, ValidationError
from app.model import (
    AuditEvent,
    Mark,
    Registration,
    Rubric,
    RubricItem,
    Staff,
    StaffRole,
    Subject,
    User,
)
from app.rules.workdays import WorkdayCalendar
from app.services.marks import (
    mark_view,
    my_tasks,
    rubric_for,
    save_item,
    set_status,
    signature_valid,
    submit,
    unlock,
)
from app.services.scoring_queries import panels
from app.services.staffing import assign_staff
from app.services.users import create_user, verify_password
from app.uow import Actor
from tests.conftest import NOW

ROOT = Path(__file__).resolve().parents[2]

PASSWORD = "demo1234"
# (name, max, step, veto) in centi; the maxima add up to 100 points.
ITEMS = (("安全文明生产", 1000, 500, True), ("工艺规范", 4000, 50, False),
         ("作品质量", 5000, 100, False))


@dataclass(frozen=True)
class Case:
    """A practical candidate with their panel."""

    registration_id: int
    subject_id: int
    panel: tuple[int, ...]


def add_rubric(app: App, subject_id: int, items=ITEMS) -> int:
    """A new (newest) rubric version for the subject, written directly as rows."""
    with app.uow().write() as s:
        version = (s.scalar(select(func.max(Rubric.version))
                            .where(Rubric.subject_id == subject_id)) or 0) + 1
        rubric = Rubric(subject_id=subject_id, version=version, name=f"测试评分表 v{version}")
        s.add(rubric)
        s.flush()
        for pos, (name, max_c, step, veto) in enumerate(items, start=1):
            s.add(RubricItem(rubric_id=rubric.id, position=pos, name=name, max_centi=max_c,
                             step_centi=step, veto=veto))
        return rubric.id


def staffed_cases(app: App, kind: str = "practical") -> list[Case]:
    """Assign the demo's staff (fixed seed), give every subject of ``kind`` a rubric, and
    return its candidates with their panels."""
    assign_staff(app.uow(), 1, seed=7)
    with app.uow().read() as s:
        subjects = {sid for sid, k in s.execute(select(Subject.id, Subject.kind)) if k == kind}
        found = panels(s, 1)
    for sid in sorted(subjects):
        add_rubric(app, sid)
    return [Case(reg, subj, tuple(sorted(staff)))
            for (reg, subj), staff in sorted(found.items()) if subj in subjects]


def actor_for(app: App, staff_id: int) -> Actor:
    with app.uow().read() as s:
        user = s.scalar(select(User).where(User.staff_id == staff_id))
        assert user is not None
        return Actor(user.username, user.display_name, frozenset(user.roles))


def staff_with_role(app: App, role: str) -> int:
    with app.uow().read() as s:
        return int(s.scalar(select(StaffRole.staff_id).where(StaffRole.role == role)
                            .order_by(StaffRole.staff_id).limit(1)))


def fill(app: App, staff_id: int, case: Case, values: tuple[int, ...]) -> None:
    uow = app.uow(actor_for(app, staff_id))
    for pos, value in enumerate(values, start=1):
        save_item(uow, staff_id, case.registration_id, case.subject_id, pos, value)


@dataclass(frozen=True)
class Event:
    actor: str
    summary: dict
    candidate_id: int | None


def events(app: App, action: str) -> list[Event]:
    """The audit events of one action, oldest first."""
    with app.uow().read() as s:
        return [Event(*row) for row in s.execute(
            select(AuditEvent.actor, AuditEvent.summary, AuditEvent.candidate_id)
            .where(AuditEvent.action == action).order_by(AuditEvent.id))]


@pytest.fixture
def case(demo_app: App) -> Case:
    cases = staffed_cases(demo_app)
    assert cases and all(len(c.panel) >= 3 for c in cases)
    return cases[0]


def test_each_field_is_saved_at_once_and_the_running_total_follows(demo_app: App, case: Case):
    examiner = case.panel[0]
    uow = demo_app.uow(actor_for(demo_app, examiner))
    save_item(uow, examiner, case.registration_id, case.subject_id, 2, 3550)
    # A fresh read (another transaction) already sees the draft: nothing waits for a save.
    view = mark_view(demo_app.uow(), examiner, case.registration_id, case.subject_id)
    assert view.state == "draft" and view.item_marks == {2: 3550} and view.total_centi == 3550
    save_item(uow, examiner, case.registration_id, case.subject_id, 1, 1000)
    save_item(uow, examiner, case.registration_id, case.subject_id, 3, 4800)
    save_item(uow, examiner, case.registration_id, case.subject_id, 2, None)  # cleared
    view = mark_view(demo_app.uow(), examiner, case.registration_id, case.subject_id)
    assert view.item_marks == {1: 1000, 3: 4800} and view.total_centi == 5800
    saved = events(demo_app, "marks.item_saved")
    assert [(e.summary["position"], e.summary["value"], e.summary["previous"]) for e in saved] \
        == [(2, 3550, None), (1, 1000, None), (3, 4800, None), (2, None, 3550)]
    assert {e.actor for e in saved} == {actor_for(demo_app, examiner).username}
    # Saving the same value again is no change and no event.
    save_item(uow, examiner, case.registration_id, case.subject_id, 1, 1000)
    assert len(events(demo_app, "marks.item_saved")) == 4


def test_marks_outside_the_maximum_or_step_are_refused_and_not_stored(demo_app: App,
                                                                       case: Case):
    examiner = case.panel[0]
    uow = demo_app.uow()
    args = (uow, examiner, case.registration_id, case.subject_id)
    with pytest.raises(ValidationError) as above:
        save_item(*args, 2, 4050)
    assert above.value.code == "marks.above_max"
    assert above.value.params == {"item": "工艺规范", "value": "40.5", "max": "40", "step": "0.5"}
    with pytest.raises(ValidationError) as step:
        save_item(*args, 1, 700)
    assert step.value.code == "marks.bad_step"
    with pytest.raises(ValidationError) as unknown:
        save_item(*args, 9, 100)
    assert unknown.value.code == "marks.unknown_item"
    # Clearing a field never typed leaves no empty draft behind.
    assert save_item(*args, 2, None).mark_id is None
    assert mark_view(uow, examiner, case.registration_id, case.subject_id).mark_id is None
    assert events(demo_app, "marks.item_saved") == []


def test_submit_needs_every_item_and_the_examiners_own_password(demo_app: App, case: Case):
    examiner = case.panel[0]
    uow = demo_app.uow(actor_for(demo_app, examiner))
    reg, subj = case.registration_id, case.subject_id
    save_item(uow, examiner, reg, subj, 1, 1000)
    with pytest.raises(ValidationError) as incomplete:
        submit(uow, examiner, reg, subj, PASSWORD)
    assert incomplete.value.code == "marks.incomplete"
    assert incomplete.value.params == {"count": 2, "items": "工艺规范、作品质量"}
    save_item(uow, examiner, reg, subj, 2, 3650)
    save_item(uow, examiner, reg, subj, 3, 4700)
    with pytest.raises(PermissionDenied) as wrong:
        submit(uow, examiner, reg, subj, "not-my-password")
    assert wrong.value.code == "users.bad_password"
    assert mark_view(uow, examiner, reg, subj).state == "draft"
    assert len(events(demo_app, "users.password_failed")) == 1

    view = submit(uow, examiner, reg, subj, PASSWORD)
    assert view.state == "submitted" and view.total_centi == 9350 and not view.vetoed
    with demo_app.uow().read() as s:
        mark = s.get(Mark, view.mark_id)
        assert mark is not None and mark.submitted_at is not None
        assert signature_valid(s, mark)
    [event] = events(demo_app, "marks.submitted")
    assert event.actor == actor_for(demo_app, examiner).username
    assert event.summary["total"] == 9350 and len(event.summary["digest"]) == 64


def test_the_signature_no_longer_verifies_after_a_mark_is_changed_in_the_database(
        demo_app: App, case: Case):
    examiner = case.panel[1]
    fill(demo_app, examiner, case, (1000, 3000, 4000))
    view = submit(demo_app.uow(), examiner, case.registration_id, case.subject_id, PASSWORD)
    with demo_app.uow().write() as s:
        mark = s.get(Mark, view.mark_id)
        assert mark is not None
        mark.item_marks = {**mark.item_marks, "3": 5000}
        mark.total_centi = 9000
    with demo_app.uow().read() as s:
        mark = s.get(Mark, view.mark_id)
        assert mark is not None and not signature_valid(s, mark)


def test_the_examiner_cannot_change_submitted_marks(demo_app: App, case: Case):
    examiner = case.panel[0]
    uow = demo_app.uow(actor_for(demo_app, examiner))
    fill(demo_app, examiner, case, (1000, 3000, 4000))
    submit(uow, examiner, case.registration_id, case.subject_id, PASSWORD)
    with pytest.raises(ConflictError) as changed:
        save_item(uow, examiner, case.registration_id, case.subject_id, 3, 5000)
    assert changed.value.code == "marks.submitted"
    with pytest.raises(ConflictError):
        set_status(uow, examiner, case.registration_id, case.subject_id, "absent", "没来")
    with pytest.raises(ConflictError):
        submit(uow, examiner, case.registration_id, case.subject_id, PASSWORD)
    assert mark_view(uow, examiner, case.registration_id, case.subject_id).total_centi == 8000


def test_unlock_needs_the_chief_examiner_or_site_manager_and_a_reason(demo_app: App,
                                                                      case: Case):
    examiner = case.panel[0]
    as_examiner = demo_app.uow(actor_for(demo_app, examiner))
    fill(demo_app, examiner, case, (1000, 3000, 4000))
    view = submit(as_examiner, examiner, case.registration_id, case.subject_id, PASSWORD)
    assert view.mark_id is not None
    with pytest.raises(PermissionDenied) as denied:
        unlock(as_examiner, view.mark_id, "我填错了")
    assert denied.value.code == "auth.denied"
    chief = demo_app.uow(actor_for(demo_app, staff_with_role(demo_app, "chief_examiner")))
    with pytest.raises(ValidationError) as no_reason:
        unlock(chief, view.mark_id, "  ")
    assert no_reason.value.code == "marks.reason_required"

    unlocked = unlock(chief, view.mark_id, "考评员录入第3项有误，经组长核实退回")
    assert unlocked.state == "draft" and unlocked.total_centi == 8000
    with demo_app.uow().read() as s:
        mark = s.get(Mark, view.mark_id)
        assert mark is not None and mark.signature is None and mark.submitted_at is None
    [event] = events(demo_app, "marks.unlocked")
    assert event.actor == chief.actor.username
    assert event.summary["reason"] == "考评员录入第3项有误，经组长核实退回"
    assert event.summary["previous_state"] == "submitted"
    # The examiner corrects the item and submits again; the site manager may unlock too.
    save_item(as_examiner, examiner, case.registration_id, case.subject_id, 3, 4500)
    again = submit(as_examiner, examiner, case.registration_id, case.subject_id, PASSWORD)
    assert again.total_centi == 8500
    manager = demo_app.uow(actor_for(demo_app, staff_with_role(demo_app, "site_manager")))
    assert unlock(manager, view.mark_id, "复核发现问题").state == "draft"
    with pytest.raises(ConflictError) as not_submitted:
        unlock(manager, view.mark_id, "再次退回")
    assert not_submitted.value.code == "marks.not_submitted"
    with demo_app.uow().write() as s:
        theory = Mark(uid="cbt-1", registration_id=case.registration_id,
                      subject_id=case.subject_id, source="cbt", scorer_staff_id=None,
                      item_marks={}, total_centi=7000, state="submitted", status="normal",
                      note="", updated_at=NOW, submitted_at=NOW)
        s.add(theory)
        s.flush()
        theory_id = theory.id
    with pytest.raises(ValidationError) as not_examiner:
        unlock(manager, theory_id, "理论成绩有误")
    assert not_examiner.value.code == "marks.not_examiner_mark"


def test_absent_and_misconduct_are_recorded_with_a_note(demo_app: App, case: Case):
    first, second = case.panel[0], case.panel[1]
    reg, subj = case.registration_id, case.subject_id
    uow = demo_app.uow(actor_for(demo_app, first))
    with pytest.raises(ValidationError) as no_note:
        set_status(uow, first, reg, subj, "absent", " ")
    assert no_note.value.code == "marks.note_required"
    with pytest.raises(ValidationError):
        set_status(uow, first, reg, subj, "misconduct", "")
    with pytest.raises(ValidationError) as bad:
        set_status(uow, first, reg, subj, "late", "迟到")
    assert bad.value.code == "marks.bad_status"

    save_item(uow, first, reg, subj, 1, 500)
    view = set_status(uow, first, reg, subj, "absent", "开考30分钟未到场")
    assert view.status == "absent" and view.total_centi is None and view.item_marks == {1: 500}
    with pytest.raises(ConflictError) as typed:
        save_item(uow, first, reg, subj, 2, 1000)
    assert typed.value.code == "marks.status_set"
    submitted = submit(uow, first, reg, subj, PASSWORD)  # no items needed when absent
    assert submitted.state == "submitted" and submitted.note == "开考30分钟未到场"

    other = demo_app.uow(actor_for(demo_app, second))
    view = set_status(other, second, reg, subj, "misconduct", "携带违规资料")
    assert view.status == "misconduct"
    back = set_status(other, second, reg, subj, "normal", "")
    assert back.status == "normal"
    statuses = [(e.summary["status"], e.summary["note"]) for e in events(demo_app,
                                                                         "marks.status_set")]
    assert statuses == [("absent", "开考30分钟未到场"), ("misconduct", "携带违规资料"),
                        ("normal", "")]


def test_an_examiner_sees_and_scores_only_the_candidates_assigned_to_them(demo_app: App):
    cases = staffed_cases(demo_app)
    examiner = cases[0].panel[0]
    mine = {(c.registration_id, c.subject_id) for c in cases if examiner in c.panel}
    tasks = my_tasks(demo_app.uow(), 1, examiner)
    assert {(t.registration_id, t.subject_id) for t in tasks} == mine
    assert all(t.subject_kind == "practical" and t.state == "draft" and t.mark_id is None
               for t in tasks)
    assert all(t.candidate_name and t.ticket_no and t.room_code and t.seat_label
               for t in tasks)
    with demo_app.uow().read() as s:
        levels = {r: lv for r, lv in s.execute(select(Registration.id, Registration.level))}
    assert all(t.level == levels[t.registration_id] for t in tasks)

    other = next(c for c in cases if examiner not in c.panel)
    with pytest.raises(PermissionDenied) as denied:
        save_item(demo_app.uow(), examiner, other.registration_id, other.subject_id, 1, 500)
    assert denied.value.code == "marks.not_assigned"
    assert my_tasks(demo_app.uow(), 1, staff_with_role(demo_app, "proctor")) == []

    first = tasks[0]
    save_item(demo_app.uow(), examiner, first.registration_id, first.subject_id, 2, 2000)
    updated = my_tasks(demo_app.uow(), 1, examiner)[0]
    assert updated.mark_id is not None and updated.total_centi == 2000


def test_the_rubric_is_the_newest_version(demo_app: App, case: Case):
    rubric = rubric_for(demo_app.uow(), case.subject_id)
    assert [(i.position, i.name, i.max_centi, i.step_centi, i.veto) for i in rubric.items] == [
        (1, "安全文明生产", 1000, 500, True), (2, "工艺规范", 4000, 50, False),
        (3, "作品质量", 5000, 100, False)]
    assert rubric.max_total_centi == 10000


def test_every_demo_staff_member_has_an_account_with_the_demo_password(demo_app: App):
    with demo_app.uow().read() as s:
        staff = s.scalar(select(func.count()).select_from(Staff))
        users = s.execute(select(User.username, User.staff_id, User.roles)).all()
        badge = s.scalar(select(Staff.badge_no).where(Staff.id == 1))
        roles = set(s.scalars(select(StaffRole.role).where(StaffRole.staff_id == 1)))
    assert len(users) == staff + 1  # and the certification body's administrator
    assert len({u.staff_id for u in users if u.staff_id is not None}) == staff
    assert [(u.username, u.roles) for u in users if u.staff_id is None] == [
        ("jg00001", ["body_admin"])]
    actor = verify_password(demo_app.uow(), badge.lower(), PASSWORD)
    assert actor.username == badge.lower() and actor.roles == frozenset(roles)


def test_five_wrong_passwords_lock_the_account(demo_app: App):
    create_user(demo_app.uow(), "Clerk.Li", "李统分", ["score_clerk"], "s3cret-pass")
    with pytest.raises(ConflictError):
        create_user(demo_app.uow(), "clerk.li", "李统分", ["score_clerk"], "s3cret-pass")
    with pytest.raises(ValidationError) as weak:
        create_user(demo_app.uow(), "clerk.wang", "王", ["score_clerk"], "123")
    assert weak.value.code == "users.weak_password"
    with pytest.raises(ValidationError):
        create_user(demo_app.uow(), "clerk.wang", "王", ["janitor"], "s3cret-pass")
    for _ in range(5):
        with pytest.raises(PermissionDenied) as wrong:
            verify_password(demo_app.uow(), "clerk.li", "guess")
        assert wrong.value.code == "users.bad_password"
    with pytest.raises(PermissionDenied) as locked:
        verify_password(demo_app.uow(), "clerk.li", "s3cret-pass")
    assert locked.value.code == "users.locked"
    assert len(events(demo_app, "users.password_failed")) == 4
    assert len(events(demo_app, "users.locked")) == 1
    with pytest.raises(PermissionDenied) as unknown:
        verify_password(demo_app.uow(), "nobody", "s3cret-pass")
    assert unknown.value.code == "users.bad_password"


CHILD = textwrap.dedent("""
    import sys
    from pathlib import Path
    from app.bootstrap import build_app
    from app.clock import FixedClock
    from app.rules.workdays import WorkdayCalendar
    from app.services.marks import my_tasks, save_item
    from tests.conftest import NOW

    db, examiner = Path(sys.argv[1]), int(sys.argv[2])
    app = build_app(db, data_dir=db.parent, calendar=WorkdayCalendar(), clock=FixedClock(NOW))
    for i, t in enumerate(my_tasks(app.uow(), 1, examiner)):
        for pos, value in ((1, 500 * (i % 3)), (2, 50 * (i % 81)), (3, 100 * (i * 7 % 51))):
            save_item(app.uow(), examiner, t.registration_id, t.subject_id, pos, value)
            # The field counts as typed only once save_item returned, i.e. after the commit.
            print(t.registration_id, t.subject_id, pos, value, flush=True)
""")


def test_killing_the_process_while_typing_loses_at_most_the_field_being_typed(
        demo_template: Path, tmp_path: Path):
    db = tmp_path / "site.sqlite"
    shutil.copy(demo_template, db)
    app = build_app(db, data_dir=tmp_path, clock=FixedClock(NOW), calendar=WorkdayCalendar())
    panel = staffed_cases(app)[0].panel
    app.close()
    rng = random.Random(5)
    acknowledged: dict[tuple[int, int, int, int], int] = {}
    for examiner in panel:
        with subprocess.Popen(
                [sys.executable, "-c", CHILD, str(db), str(examiner)], cwd=ROOT,
                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                env={**os.environ, "PYTHONPATH": str(ROOT)}) as child:
            assert child.stdout is not None
            lines = [child.stdout.readline() for _ in range(rng.randint(4, 20))]
            child.send_signal(signal.SIGKILL)  # no chance to clean up or checkpoint
            child.wait()
            lines += child.stdout.read().splitlines()  # printed before the kill
        for line in lines:
            reg, subj, pos, value = map(int, line.split())
            acknowledged[(examiner, reg, subj, pos)] = value
    database = Database.open(db)
    try:
        assert database.integrity_check() == "ok"
        with database.read() as s:
            stored = {(m.scorer_staff_id, m.registration_id, m.subject_id, int(pos)): value
                      for m in s.scalars(select(Mark)) for pos, value in m.item_marks.items()}
    finally:
        database.close()
    assert len(acknowledged) >= 12
    assert {k: stored.get(k) for k in acknowledged} == acknowledged
    # Beyond what was acknowledged only the one field in flight per examiner may be written.
    assert len(set(stored) - set(acknowledged)) <= len(panel)
