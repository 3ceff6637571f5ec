"""Eligibility conditions (申报条件) checked against declared facts: pure rules, no database."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.messages import MESSAGES
from app.rules.eligibility import (
    KINDS,
    NATIONAL_STANDARDS,
    Applicant,
    Condition,
    Facts,
    check,
    education_rank,
    is_valid_set_name,
    national_defaults,
    validate_condition,
)

ELECTRICIAN = "6-31-01-03"
ON = date(2026, 12, 3)


def applicant(level: int, birth: date | None = date(1990, 5, 1)) -> Applicant:
    return Applicant(ELECTRICIAN, "电工", level, birth, ON)


def test_level_4_by_a_level_5_certificate_and_four_years() -> None:
    facts = Facts(prior_occupation=ELECTRICIAN, prior_level=5, work_years=4.0)
    outcome = check(national_defaults(ELECTRICIAN, 4), facts, applicant(4))
    assert outcome.eligible is True
    assert outcome.route == 1
    assert outcome.reasons == ()


def test_level_4_by_six_years_of_work_alone() -> None:
    outcome = check(national_defaults(ELECTRICIAN, 4), Facts(work_years=6), applicant(4))
    assert (outcome.eligible, outcome.route) == (True, 2)


def test_level_4_as_a_technical_school_student() -> None:
    facts = Facts(education="中专", is_student=True)
    outcome = check(national_defaults(ELECTRICIAN, 4), facts, applicant(4))
    assert (outcome.eligible, outcome.route) == (True, 3)


def test_a_junior_high_student_is_not_a_technical_school_student() -> None:
    facts = Facts(education="初中", is_student=True)
    outcome = check(national_defaults(ELECTRICIAN, 4), facts, applicant(4))
    assert outcome.eligible is False
    assert {"code": "eligibility.reason.student", "route": 3,
            "params": {"min": "中专"}} in [r.as_json() for r in outcome.reasons]


def test_short_years_give_the_reason_of_every_route() -> None:
    facts = Facts(prior_occupation=ELECTRICIAN, prior_level=5, work_years=2.5)
    outcome = check(national_defaults(ELECTRICIAN, 4), facts, applicant(4))
    assert outcome.eligible is False
    assert [(r.route, r.code, dict(r.params)) for r in outcome.reasons] == [
        (1, "eligibility.reason.work_years", {"have": "2.5", "years": "4"}),
        (2, "eligibility.reason.work_years", {"have": "2.5", "years": "6"}),
        (3, "eligibility.reason.student", {"min": "中专"}),
    ]


def test_a_certificate_of_another_occupation_does_not_count() -> None:
    facts = Facts(prior_occupation="6-18-02-04", prior_level=5, work_years=4)
    outcome = check(national_defaults(ELECTRICIAN, 4), facts, applicant(4))
    assert outcome.eligible is False
    assert outcome.reasons[0].code == "eligibility.reason.prior_certificate"


def test_a_related_occupation_counts_when_the_condition_names_it() -> None:
    conditions = (Condition(1, "prior_certificate", {"level": 5, "related": ["焊工"]}),)
    facts = Facts(prior_occupation="焊工", prior_level=5)
    assert check(conditions, facts, applicant(4)).eligible is True


def test_a_higher_certificate_satisfies_a_lower_requirement_and_name_matches_too() -> None:
    conditions = (Condition(1, "prior_certificate", {"level": 4}),)
    assert check(conditions, Facts(prior_occupation="电工", prior_level=3),
                 applicant(3)).eligible is True
    assert check(conditions, Facts(prior_occupation="电工", prior_level=5),
                 applicant(3)).eligible is False


def test_level_3_by_college_education_with_two_years() -> None:
    facts = Facts(prior_occupation=ELECTRICIAN, prior_level=4, work_years=2, education="本科")
    outcome = check(national_defaults(ELECTRICIAN, 3), facts, applicant(3))
    assert (outcome.eligible, outcome.route) == (True, 2)


def test_age_is_judged_on_the_exam_date() -> None:
    conditions = (Condition(1, "min_age", {"years": 16}),)
    assert check(conditions, Facts(), applicant(5, date(2010, 12, 3))).eligible is True
    young = check(conditions, Facts(), applicant(5, date(2010, 12, 4)))
    assert young.eligible is False
    assert young.reasons[0].params == {"age": 15, "years": 16}
    unknown = check(conditions, Facts(), applicant(5, None))
    assert unknown.reasons[0].code == "eligibility.reason.age_unknown"


def test_no_conditions_leaves_the_application_undecided() -> None:
    outcome = check((), Facts(work_years=30), applicant(4))
    assert outcome.eligible is None
    assert outcome.reasons[0].code == "eligibility.reason.no_conditions"


def test_education_ranks_follow_the_usual_order() -> None:
    ranks = [education_rank(n) for n in ("初中", "高中", "中专", "大专", "本科", "硕士")]
    assert ranks == sorted(ranks)
    assert education_rank("中专") == education_rank("技工学校")
    assert education_rank("大学本科") == education_rank("本科")
    assert education_rank("") == 0
    assert education_rank("幼儿园") is None


@pytest.mark.parametrize(("kind", "params", "code"), [
    ("height", {}, "eligibility.bad_kind"),
    ("work_years", {"years": "many"}, "eligibility.bad_value"),
    ("work_years", {"years": 80}, "eligibility.bad_value"),
    ("prior_certificate", {"level": 6}, "eligibility.bad_value"),
    ("prior_certificate", {}, "eligibility.bad_value"),
    ("min_age", {"years": 5}, "eligibility.bad_value"),
    ("education", {"min": "幼儿园"}, "eligibility.bad_education"),
    ("student", {"min": "幼儿园"}, "eligibility.bad_education"),
])
def test_unusable_conditions_are_named(kind: str, params: dict[str, object], code: str) -> None:
    problem = validate_condition(kind, params)
    assert problem is not None
    assert problem[0] == code


def test_every_built_in_condition_is_valid_and_every_reason_has_a_message() -> None:
    for code, levels in NATIONAL_STANDARDS.items():
        for level in levels:
            conditions = national_defaults(code, level)
            assert conditions, (code, level)
            assert all(validate_condition(c.kind, c.params) is None for c in conditions)
            assert all(c.text for c in conditions)
    assert national_defaults("9-99-99-99", 4) == ()
    assert national_defaults("4-10-01-02", 2) == ()  # 育婴员 has no 技师 level
    reasons = {c for c in MESSAGES if c.startswith("eligibility.reason.")}
    assert len(reasons) == 8
    assert len(KINDS) == 6


def test_set_names() -> None:
    assert is_valid_set_name("national")
    assert is_valid_set_name("enterprise:广西电网企业评价规范")
    assert not is_valid_set_name("enterprise:  ")
    assert not is_valid_set_name("provincial")


facts_strategy = st.builds(
    Facts,
    prior_occupation=st.sampled_from(["", ELECTRICIAN, "6-18-02-04"]),
    prior_level=st.one_of(st.none(), st.integers(1, 5)),
    work_years=st.floats(0, 40, allow_nan=False).map(lambda y: round(y, 1)),
    education=st.sampled_from(["", "初中", "高中", "中专", "大专", "本科"]),
    training_done=st.booleans(),
    is_student=st.booleans(),
)


@given(facts_strategy, st.integers(1, 5), st.floats(0, 10, allow_nan=False))
def test_more_years_of_work_never_make_an_eligible_applicant_ineligible(
        facts: Facts, level: int, extra: float) -> None:
    conditions = national_defaults(ELECTRICIAN, level)
    before = check(conditions, facts, applicant(level))
    more = Facts(facts.prior_occupation, facts.prior_level, None, facts.work_years + extra,
                 facts.education, facts.training_done, facts.is_student)
    after = check(conditions, more, applicant(level))
    if before.eligible:
        assert after.eligible
    # Eligible exactly when no reason is given.
    assert (after.eligible is True) == (after.reasons == ())
