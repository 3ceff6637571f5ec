"""Every staffing rule broken on purpose, with the exact message it produces."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from app.clock import CHINA_TZ
from app.messages import render
from app.rules.profiles import GUANGXI
from app.rules.staffing import (
    RULES,
    Duty,
    Person,
    PreviousDuty,
    Relation,
    SessionInfo,
    Severity,
    StaffInfo,
    StaffingPlan,
    Status,
    check_plan,
    finding_message,
    recusal,
    sittings,
    worst,
)
from app.services.staffing import plan_assignment

NINE = datetime(2026, 12, 3, 9, 0, tzinfo=CHINA_TZ)
TWO = datetime(2026, 12, 3, 14, 0, tzinfo=CHINA_TZ)


def people(n: int, start: int = 1, unit: str = "") -> tuple[Person, ...]:
    return tuple(Person(start + i, f"考生{start + i}", f"45010219900101{start + i:04d}", unit,
                        f"T{start + i:04d}") for i in range(n))


def session(sid: int, room: int, kind: str, cands: tuple[Person, ...], *,
            at: datetime = NINE, level: int = 4, minutes: int = 90) -> SessionInfo:
    return SessionInfo(sid, f"S{sid}", room, f"R{room}", 1, kind, level, at,
                       at + timedelta(minutes=minutes), cands)


def staff(sid: int, *roles: str, unit: str = "某学院", relations: tuple[Relation, ...] = ()
          ) -> StaffInfo:
    return StaffInfo(sid, f"员工{sid}", f"ZK{sid:03d}", unit, frozenset(roles), relations)


def plan(sessions: list[SessionInfo], members: list[StaffInfo], duties: list[Duty],
         previous: tuple[PreviousDuty, ...] = ()) -> StaffingPlan:
    return StaffingPlan(tuple(sessions), {m.id: m for m in members}, tuple(duties), previous,
                        {1: "示范考点"})


def results(p: StaffingPlan) -> dict[str, object]:
    return {r.rule: r for r in check_plan(p, GUANGXI)}


def messages(p: StaffingPlan, rule: str) -> list[str]:
    result = results(p)[rule]
    return [render(f.code, f.params) for f in result.findings]  # type: ignore[attr-defined]


def supervised(duties: list[Duty], members: list[StaffInfo]) -> tuple[list[Duty], list[StaffInfo]]:
    """Add a supervisor so only the rule under test fails."""
    return [*duties, Duty(999, 99, "internal_supervisor")], [
        *members, staff(99, "internal_supervisor")]


def test_a_theory_room_with_one_proctor_is_blocked_with_the_numbers():
    s = session(1, 1, "theory", people(20))
    p = plan([s], [staff(1, "proctor")], [Duty(1, 1, "proctor", 1, 1)])
    assert messages(p, "proctors") == [
        "Room R1, session S1 (12-03 09:00): 20 candidates need 2 proctors; 1 assigned."]
    assert results(p)["proctors"].status is Status.BLOCK  # type: ignore[attr-defined]


def test_31_candidates_need_three_proctors_and_30_need_two():
    two = [staff(1, "proctor"), staff(2, "proctor")]
    duties = [Duty(1, 1, "proctor", 1, 1), Duty(2, 2, "proctor", 1, 1)]
    assert messages(plan([session(1, 1, "theory", people(31))], two, duties), "proctors") == [
        "Room R1, session S1 (12-03 09:00): 31 candidates need 3 proctors; 2 assigned."]
    assert messages(plan([session(1, 1, "theory", people(30))], two, duties), "proctors") == []


def test_sessions_sharing_a_room_and_time_form_one_sitting_for_proctors():
    a = session(1, 1, "theory", people(10, 1))
    b = session(2, 1, "theory", people(10, 11), level=5)
    later = session(3, 1, "theory", people(5, 21), at=TWO)
    found = sittings([a, b, later], "theory")
    assert [t.code for t in found] == ["S1+S2", "S3"]
    # One proctor on session 2 covers the whole 20-candidate sitting: still short of 2.
    p = plan([a, b], [staff(1, "proctor")], [Duty(1, 1, "proctor", None, 2)])
    assert messages(p, "proctors") == [
        "Room R1, session S1+S2 (12-03 09:00): 20 candidates need 2 proctors; 1 assigned."]


@pytest.mark.parametrize("panel", [2, 4])
def test_a_practical_panel_of_two_or_four_examiners_is_blocked(panel: int):
    s = session(1, 1, "practical", people(6))
    members = [staff(i, "examiner") for i in range(1, panel + 1)]
    duties = [Duty(i, i, "examiner", 1, 1) for i in range(1, panel + 1)]
    assert messages(plan([s], members, duties), "examiners") == [
        f"Room R1, session S1: the 6 candidates have {panel} examiners; at least 3, an odd "
        "number, are needed."]


def test_three_or_five_examiners_including_a_chief_examiner_are_fine():
    s = session(1, 1, "practical", people(6))
    members = [staff(1, "examiner"), staff(2, "examiner"), staff(3, "chief_examiner")]
    duties = [Duty(1, 1, "examiner", 1, 1), Duty(2, 2, "examiner", 1, 1),
              Duty(3, 3, "chief_examiner", 1, 1)]
    assert messages(plan([s], members, duties), "examiners") == []
    members += [staff(4, "examiner"), staff(5, "examiner")]
    duties += [Duty(4, 4, "examiner", 1, 1), Duty(5, 5, "examiner", 1, 1)]
    assert messages(plan([s], members, duties), "examiners") == []


def test_one_candidate_with_an_extra_examiner_is_named():
    s = session(1, 1, "practical", people(3))
    members = [staff(i, "examiner") for i in range(1, 5)]
    duties = [Duty(i, i, "examiner", 1, 1) for i in range(1, 4)]
    duties.append(Duty(4, 4, "examiner", registration_id=2))
    assert messages(plan([s], members, duties), "examiners") == [
        "Candidate 考生2 (T0002) in room R1, session S1 has 4 examiners; at least 3, an odd "
        "number, are needed."]


def test_a_review_with_one_expert_is_blocked():
    s = session(1, 1, "review", people(4), level=2)
    p = plan([s], [staff(1, "expert")], [Duty(1, 1, "expert", 1, 1)])
    assert messages(p, "experts") == [
        "Room R1, session S1: the 4 candidates have 1 experts; at least 3, an odd number, "
        "are needed."]


def test_a_batch_without_an_internal_supervisor_is_blocked():
    p = plan([], [staff(1, "internal_supervisor")], [])
    assert messages(p, "supervisor") == [
        "The batch has 0 internal quality supervisors; at least 1 needed."]
    ok = plan([], [staff(1, "internal_supervisor")], [Duty(1, 1, "internal_supervisor")])
    assert messages(ok, "supervisor") == []


def test_a_proctor_from_a_candidates_work_unit_must_recuse():
    cands = (*people(2), Person(3, "王五", "450102199001010003", "南宁 电力 公司", "T0003"))
    s = session(1, 1, "theory", cands)
    p = plan([s], [staff(1, "proctor", unit="南宁电力公司")], [Duty(1, 1, "proctor", 1, 1)])
    assert messages(p, "recusal") == [
        "员工1 (ZK001, proctor) faces candidate 王五 (T0003) in room R1, session S1: both are "
        "from 南宁 电力 公司."]
    finding = results(p)["recusal"].findings[0]  # type: ignore[attr-defined]
    assert (finding.room, finding.session, finding.registration_id, finding.staff_id) == (
        "R1", "S1", 3, 1)
    # The GUI shows the role by its translated name.
    assert "(ZK001, 监考员)" in finding_message(
        finding, lambda _c, s: {"Proctor": "监考员"}.get(s, s))


def test_empty_work_units_never_match():
    assert recusal(staff(1, "proctor", unit=""), people(1)[0]) is None


def test_an_examiner_with_a_declared_relation_must_recuse():
    cand = Person(7, "李四", "450102199001010007", "柳州机械厂", "T0007")
    s = session(1, 1, "practical", (cand, *people(2)))
    relative = staff(1, "examiner", relations=(Relation("配偶", "李四", "450102199001010007"),))
    members = [relative, staff(2, "examiner"), staff(3, "examiner")]
    duties = [Duty(i, i, "examiner", 1, 1) for i in range(1, 4)]
    assert messages(plan([s], members, duties), "recusal") == [
        "员工1 (ZK001, examiner) faces candidate 李四 (T0007) in room R1, session S1: declared "
        "relation \"配偶\"."]


def test_relations_match_by_id_number_else_name_and_unit():
    cand = Person(7, "李四", "450102199001010007", "柳州机械厂", "T0007")

    def who(*rels: Relation) -> StaffInfo:
        return staff(1, "examiner", relations=rels)

    assert recusal(who(Relation("亲属", "李四", "450102199001010099")), cand) is None
    assert recusal(who(Relation("师生", "李四")), cand) is not None
    assert recusal(who(Relation("师生", "李四", related_work_unit="别的厂")), cand) is None
    assert recusal(who(Relation("原单位", related_work_unit="柳州机械厂")), cand) == (
        "staffing.recusal_relation", {"relation": "原单位"})


def test_nobody_may_be_in_two_rooms_at_once():
    a, b = session(1, 1, "theory", people(10)), session(2, 2, "theory", people(10, 11))
    p = plan([a, b], [staff(1, "proctor")],
             [Duty(1, 1, "proctor", 1, 1), Duty(2, 1, "proctor", 2, 2)])
    assert messages(p, "double_booking") == [
        "员工1 (ZK001) is assigned to rooms R1 and R2 at the same time (12-03 09:00)."]
    later = session(2, 2, "theory", people(10, 11), at=TWO)
    assert messages(plan([a, later], [staff(1, "proctor")],
                         [Duty(1, 1, "proctor", 1, 1), Duty(2, 1, "proctor", 2, 2)]),
                    "double_booking") == []


def test_an_assignment_needs_the_role():
    p = plan([], [staff(1, "proctor")], [Duty(1, 1, "expert")])
    assert messages(p, "qualification") == [
        "员工1 (ZK001) is assigned as expert but does not hold that role."]


def test_the_same_examiner_at_the_same_site_as_last_batch_is_a_warning():
    s = session(1, 1, "practical", people(3))
    members = [staff(i, "examiner") for i in range(1, 4)]
    duties = [Duty(i, i, "examiner", 1, 1) for i in range(1, 4)]
    prev = (PreviousDuty(2, 1, "examiner", "2026-09-12示范学校第2批"),
            PreviousDuty(3, 9, "examiner", "别处的批次"))
    duties, members = supervised(duties, members)
    p = plan([s], members, duties, prev)
    assert messages(p, "rotation") == [
        "员工2 (ZK002) was examiner at 示范考点 in the previous batch 2026-09-12示范学校第2批, and "
        "works there again (room R1)."]
    rotation = results(p)["rotation"]
    assert rotation.status is Status.WARN and rotation.severity is Severity.WARN  # type: ignore[attr-defined]
    assert worst(check_plan(p, GUANGXI)) is Status.WARN


def test_every_rule_is_reported_in_order_and_a_clean_plan_is_ok():
    s = session(1, 1, "theory", people(10))
    duties, members = supervised([Duty(1, 1, "proctor", 1, 1), Duty(2, 2, "proctor", 1, 1)],
                                 [staff(1, "proctor"), staff(2, "proctor")])
    out = check_plan(plan([s], members, duties), GUANGXI)
    assert [r.rule for r in out] == [r.code for r in RULES]
    assert all(r.status is Status.OK for r in out)
    assert worst(out) is Status.OK


def test_automatic_assignment_avoids_recusal_and_keeps_the_rules():
    theory = session(1, 1, "theory", (*people(20, 1), *people(1, 21, unit="甲公司")))
    practical = session(2, 2, "practical", people(5, 1), at=TWO)
    members = [staff(1, "proctor", unit="甲公司"), staff(2, "proctor"), staff(3, "proctor"),
               *(staff(i, "examiner") for i in range(4, 8)), staff(8, "internal_supervisor")]
    p = plan([theory, practical], members, [])
    new, short = plan_assignment(p, GUANGXI, seed=5)
    assert short == []
    assert 1 not in {d.staff_id for d in new if d.role == "proctor"}
    full = StaffingPlan(p.sessions, p.staff, tuple(new), (), p.site_names)
    assert worst(check_plan(full, GUANGXI)) is Status.OK
    assert plan_assignment(p, GUANGXI, seed=5)[0] == new  # same seed, same plan


def test_automatic_assignment_says_exactly_what_is_missing():
    # Both rooms sit at 09:00 and both have a candidate from 甲公司, as has proctor 3.
    rooms = [session(1, 1, "theory", (*people(19, 1), *people(1, 20, unit="甲公司"))),
             session(2, 2, "theory", (*people(19, 21), *people(1, 40, unit="甲公司")))]
    members = [staff(1, "proctor"), staff(2, "proctor"), staff(3, "proctor", unit="甲公司")]
    new, short = plan_assignment(plan(rooms, members, []), GUANGXI, seed=1)
    assert sorted((d.staff_id, d.room_id) for d in new) == [(1, 1), (2, 1)]
    assert [render(x.code, x.params) for x in short] == [
        "Room R2, session S2 (12-03 09:00) needs 2 more proctors: 0 of 2 assigned, no eligible "
        "proctor left (2 busy elsewhere at that time, 1 excluded by recusal).",
        "The batch needs 1 more internal quality supervisors; nobody else holds that role."]
