"""Every service, called as every role: allowed or refused exactly as the matrix says.

A refused call must fail before it changes anything (the audit trail and the file stay as they
were). An allowed call may still fail for its own reasons (the ids given here mostly do not
exist); only ``auth.denied`` counts as a refusal. The documented table (docs/permissions.md)
must be the one ``scripts/permissions_table.py`` generates from the same matrix.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.bootstrap import App
from app.errors import DomainError, PermissionDenied
from app.model import ExamSession
from app.rules.batch_plan import PlanDraft, PlanOffering, PlanSite
from app.rules.permissions import ACCOUNT_ROLES, PERMISSIONS, allowed
from app.rules.workdays import WorkdayCalendar
from app.services import (
    archive,
    audit_queries,
    audit_verify,
    batches,
    certificates,
    changes,
    checkin,
    checkin_actions,
    custody,
    eligibility,
    eligibility_import,
    incidents,
    keys,
    marks,
    meeting,
    plan,
    publicity,
    readiness,
    registration,
    rooms,
    rubrics,
    scoring,
    seat_moves,
    seating,
    staffing,
    supervision,
    theory_scores,
    tickets,
    transfer,
    users,
)
from app.services.audit import event_count
from app.services.checkin_rules import Verdict
from app.uow import Actor, UnitOfWork

ROOT = Path(__file__).resolve().parents[2]
Call = Callable[[UnitOfWork, dict[str, Any]], object]

PLAN = PlanDraft("4501001", "权限测试机构", 9, date(2027, 1, 16), date(2027, 1, 16), "national",
                 (PlanOffering("6-31-01-03", "电工", 4),), date(2026, 11, 24),
                 date(2026, 12, 20), date(2026, 11, 23), (PlanSite("考点"),),
                 contact_phone="0771-5551234", complaints="0771-5559876")


CALLS: dict[str, Call] = {
    "candidates.import": lambda u, x: registration.import_candidates(u, 1, x["missing"]),
    "tickets.issue": lambda u, x: tickets.issue_tickets(u, 1),
    "tickets.revoke": lambda u, x: tickets.revoke_ticket(u, 1, "000000000000000", "遗失",
                                                         reissue=False),
    "timeline.mark_done": lambda u, x: batches.mark_step_done(u, 1, "no_such_step"),
    "rooms.edit": lambda u, x: rooms.create_site(u, f"T{x['role'][:3]}", "测试考点"),
    "seating.draw": lambda u, x: seating.allocate_seats(u, 1, x["session"], seed=1),
    "seating.move": lambda u, x: seat_moves.move_seat(u, 0, 0, "调换座位"),
    "staffing.assign": lambda u, x: staffing.unassign(u, 0, "调整"),
    "checkin.scan": lambda u, x: checkin.check_in(u, 1, "not-a-ticket", checkin.Desk("1号台")),
    "checkin.reverse": lambda u, x: checkin_actions.reverse_admission(
        u, 0, Verdict.REFUSED, "人证不符", "1号台"),
    "checkin.mark_absent": lambda u, x: checkin_actions.mark_absentees(u, 0),
    "supervision.note": lambda u, x: supervision.add_note(u, 1, "no_such_topic", "巡查"),
    "supervision.visit": lambda u, x: supervision.add_visit(u, 1, "外部督导"),
    "readiness.check": lambda u, x: readiness.record_check(u, 1, "no_such_item", passed=True,
                                                           staff_id=0),
    "readiness.seal": lambda u, x: readiness.unseal_room(u, 1, 0, "测试"),
    "incidents.record": lambda u, x: incidents.record_incident(
        u, 1, incidents.IncidentInput("other", None, description="x")),
    "incidents.void": lambda u, x: incidents.void_incident(u, 0, "x"),
    "custody.register": lambda u, x: custody.register_packets(u, 1),
    "custody.scan": lambda u, x: custody.record_handover(u, 1, "NO-SUCH-PACKET", "ZK00001",
                                                         "ZK00002"),
    "publicity.publish": lambda u, x: publicity.publish(u, 1, "registration", date(2026, 11, 23),
                                                        WorkdayCalendar()),
    "publicity.objection": lambda u, x: publicity.record_objection(u, 0, "异议"),
    "eligibility.conditions": lambda u, x: eligibility_import.import_conditions(u, x["missing"]),
    "eligibility.review": lambda u, x: eligibility.decide(u, [0], "accepted", ""),
    "certificates.issue": lambda u, x: certificates.issue_certificates(u, 1),
    "plan.create": lambda u, x: plan.create_plan(u, PLAN, WorkdayCalendar()),
    "meeting.record": lambda u, x: meeting.close_meeting(u, 0),
    "changes.request": lambda u, x: changes.request_change(u, 0, kind="place", reason="漏水",
                                                           new_place="实训楼"),
    "changes.decide": lambda u, x: changes.apply_change(u, 0),
    "rubrics.edit": lambda u, x: rubrics.save_rubric(u, 0, "评分表", []),
    "marks.enter": lambda u, x: marks.save_item(u, 0, 0, 0, 1, 100),
    "marks.unlock": lambda u, x: marks.unlock(u, 0, "登分错误"),
    "theory.import": lambda u, x: theory_scores.import_theory_scores(u, 1, x["missing"]),
    "theory.enter": lambda u, x: theory_scores.save_entry(u, 1, 1, "000000000000000", 8000),
    "theory.resolve": lambda u, x: theory_scores.resolve_mismatch(u, 0, 8000, "复核"),
    "scoring.resolve_flag": lambda u, x: scoring.resolve_flag(u, 0, 0, 8000, "取中间值"),
    "scoring.verify": lambda u, x: scoring.verify(u, 0, 0, "clerk"),
    "scoring.lock": lambda u, x: scoring.lock_batch(u, 1),
    "audit.view": lambda u, x: (audit_queries.audit_choices(u), audit_verify.verify_chain(u)),
    "users.manage": lambda u, x: users.create_user(u, f"new.{x['role']}", "新用户",
                                                   ["proctor"], "secret123"),
    "archive.export": lambda u, x: archive.export_archive(u, 1, x["out"], "short"),
    "archive.purge": lambda u, x: archive.purge_batch(u, 1, "wrong-code"),
    "keys.manage": lambda u, x: keys.revoke(u, "0000000000000000", "遗失"),
    "transfer.export_site": lambda u, x: transfer.export_package(u, "site", 1, ["nokey"],
                                                                 x["out"]),
    "transfer.export_results": lambda u, x: transfer.export_package(u, "results", 1, ["nokey"],
                                                                    x["out"]),
    "transfer.export_station": lambda u, x: transfer.export_package(u, "station", 1, ["nokey"],
                                                                    x["out"]),
    "transfer.import": lambda u, x: transfer.preview_import(u, x["missing"]),
}
"""One real service call per action (for an action with several services, a representative)."""

def actor(role: str) -> Actor:
    return Actor(f"user.{role}", role, frozenset({role}))


def fingerprint(app: App) -> tuple[int, str]:
    """The audit trail's length and the database file's bytes: what a refusal must not change."""
    with app.uow().read() as s:
        count = event_count(s)
    return count, hashlib.sha256(Path(app.db.path).read_bytes()).hexdigest()


@pytest.mark.parametrize("action", sorted(CALLS))
def test_each_role_is_allowed_or_refused_as_the_matrix_says(
        demo_app: App, tmp_path: Path, action: str) -> None:
    with demo_app.uow().read() as s:
        session_code = s.scalars(select(ExamSession.code).order_by(ExamSession.id)).first()
    outcome: dict[str, bool] = {}
    for role in ACCOUNT_ROLES:
        before = fingerprint(demo_app)
        extra = {"role": role, "missing": tmp_path / "missing.xlsx", "session": session_code,
                 "out": tmp_path / f"{role}.out"}
        try:
            CALLS[action](demo_app.uow(actor(role)), extra)
        except PermissionDenied as exc:
            if exc.code != "auth.denied":  # a refusal of the service's own (e.g. not assigned)
                outcome[role] = True
                continue
            assert exc.params == {"user": f"user.{role}", "action": action}
            assert fingerprint(demo_app) == before, f"{role} was refused {action} after a change"
            outcome[role] = False
        except DomainError:
            outcome[role] = True
        else:
            outcome[role] = True
    assert outcome == {role: allowed({role}, action) for role in ACCOUNT_ROLES}


def test_every_action_of_the_matrix_is_called() -> None:
    assert set(CALLS) == set(PERMISSIONS)


def test_nobody_may_do_an_unknown_action_and_the_system_may_do_every_known_one() -> None:
    assert not any(allowed({role}, "no.such.action") for role in ACCOUNT_ROLES)
    assert all(allowed({"system"}, action) for action in PERMISSIONS)
    assert all(any(allowed({role}, action) for role in ACCOUNT_ROLES) for action in PERMISSIONS)


def test_the_documented_table_is_the_matrix() -> None:
    generated = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "permissions_table.py")],
        check=True, capture_output=True, text=True, cwd=ROOT).stdout
    doc = (ROOT / "docs" / "permissions.md").read_text(encoding="utf-8")
    begin, end = "<!-- matrix:begin -->\n", "<!-- matrix:end -->"
    assert doc[doc.index(begin) + len(begin):doc.index(end)] == generated
