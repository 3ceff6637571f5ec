"""The batch plan's checks and timing flags (app.rules.batch_plan)."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

import pytest

from app.errors import ValidationError
from app.rules.batch_plan import (
    PlanDraft,
    PlanOffering,
    PlanSite,
    check,
    draft_from_json,
    draft_to_json,
    fee_text,
    problems,
    timing_flags,
)
from app.rules.workdays import WorkdayCalendar

EXAM = date(2026, 12, 19)  # a Saturday


def draft(**changes: object) -> PlanDraft:
    base = PlanDraft(
        body_code="4501001", body_name="南宁市示范职业技能培训学校", batch_no=5,
        eval_date=EXAM, end_date=EXAM, rule_profile="national",
        offerings=(PlanOffering("6-31-01-03", "电工", 4, Decimal("180")),
                   PlanOffering("6-31-01-03", "电工", 2, Decimal("300.5"),
                                (("review", "业绩评审"),))),
        registration_opens=date(2026, 11, 20), registration_closes=date(2026, 12, 5),
        announce_on=date(2026, 11, 18), sites=(PlanSite("南宁考点", "大学路1号"),),
        contact_person="黄老师", contact_phone="0771-5551234", complaints="监督电话 0771-5559876")
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def codes(d: PlanDraft) -> list[tuple[str, str]]:
    return [(p.field, p.code) for p in problems(d)]


def test_a_complete_draft_has_no_problem():
    assert problems(draft()) == []
    check(draft())


@pytest.mark.parametrize(("changes", "expected"), [
    ({"body_code": "45 01"}, ("body_code", "plan.bad_body_code")),
    ({"body_name": "  "}, ("body_name", "plan.empty_body_name")),
    ({"batch_no": 100}, ("batch_no", "plan.batch_no_range")),
    ({"rule_profile": "hainan"}, ("rule_profile", "profile.unknown")),
    ({"end_date": date(2026, 12, 18)}, ("end_date", "deadline.bad_exam_end")),
    ({"offerings": ()}, ("offerings", "plan.no_offering")),
    ({"registration_closes": date(2026, 11, 19)},
     ("registration_closes", "plan.registration_reversed")),
    ({"registration_closes": EXAM}, ("registration_closes", "plan.registration_after_exam")),
    ({"announce_on": date(2026, 11, 21)}, ("announce_on", "plan.announce_after_registration")),
    ({"sites": (PlanSite(" "),)}, ("sites", "plan.no_site")),
    ({"contact_phone": ""}, ("contact_phone", "plan.no_contact")),
    ({"complaints": ""}, ("complaints", "plan.no_complaints")),
])
def test_each_problem_names_its_field(changes, expected):
    assert codes(draft(**changes)) == [expected]
    with pytest.raises(ValidationError) as caught:
        check(draft(**changes))
    assert caught.value.code == expected[1]


def test_offering_rows_are_checked_one_by_one_with_their_row_number():
    rows = (PlanOffering("631-01", "电工", 4), PlanOffering("6-31-01-03", "", 4),
            PlanOffering("6-18-02-04", "焊工", 6), PlanOffering("6-18-02-04", "电焊工", 5),
            PlanOffering("6-18-02-04", "焊工", 6, Decimal("-1")),
            PlanOffering("4-03-02-01", "中式烹调师", 3),
            PlanOffering("4-03-02-01", "中式烹调师", 3))
    found = [(p.code, p.params.get("row")) for p in problems(draft(offerings=rows))]
    assert found == [("plan.bad_occupation_code", 1), ("plan.empty_occupation_name", 2),
                     ("plan.bad_level", 3), ("plan.occupation_two_names", 4),
                     ("plan.bad_level", 5), ("plan.bad_fee", 5),
                     ("plan.duplicate_offering", 7)]


def test_the_subjects_and_methods_follow_the_level():
    four, two = draft().offerings
    assert four.subject_kinds == ("theory", "practical")
    assert two.subject_kinds == ("theory", "practical", "review")
    assert two.method_of("review") == "业绩评审"
    assert four.method_of("theory").startswith("理论知识考试")


def test_a_plan_on_time_has_no_flag_and_a_late_one_names_each_step():
    calendar = WorkdayCalendar()
    assert timing_flags(draft(), date(2026, 11, 23), calendar) == []
    # National: plan 15 days before (Dec 4), registration closed 10 days before (Dec 9).
    late = timing_flags(draft(registration_closes=date(2026, 12, 12)), date(2026, 12, 6),
                        calendar)
    assert [(f.step, f.due, f.actual) for f in late] == [
        ("plan_created", date(2026, 12, 4), date(2026, 12, 6)),
        ("registration_closed", date(2026, 12, 9), date(2026, 12, 12))]


def test_guangxi_counts_working_days_and_flags_a_late_announcement():
    calendar = WorkdayCalendar()
    due = calendar.add_workdays(EXAM, -15)  # the announcement's last day
    on_time = draft(rule_profile="guangxi", announce_on=due)
    assert timing_flags(on_time, date(2026, 11, 23), calendar) == []
    late_day = calendar.add_workdays(due, 1)
    late = draft(rule_profile="guangxi", announce_on=late_day,
                 registration_opens=late_day)
    assert [(f.step, f.due, f.actual) for f in timing_flags(late, date(2026, 11, 23),
                                                            calendar)] == [
        ("announcement_published", due, late_day)]


def test_the_draft_survives_its_stored_form():
    d = draft(registration_way="现场报名", fee_basis="桂价费〔2020〕12号")
    assert draft_from_json(draft_to_json(d)) == d


def test_fees_print_without_needless_decimals():
    assert fee_text(Decimal("180")) == "180"
    assert fee_text(Decimal("180.00")) == "180"
    assert fee_text(Decimal("300.5")) == "300.50"
