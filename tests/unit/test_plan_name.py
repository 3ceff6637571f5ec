from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.errors import ValidationError
from app.rules.plan_name import parse_plan_name, plan_name


def test_example_from_the_domain_doc() -> None:
    name = plan_name(date(2026, 12, 12), "南宁市XX职业培训学校", 3)
    assert name == "2026-12-12南宁市XX职业培训学校第3批"
    assert parse_plan_name(name) == (date(2026, 12, 12), "南宁市XX职业培训学校", 3)


def test_body_name_is_stripped_and_dates_are_zero_padded() -> None:
    name = plan_name(date(2027, 1, 5), "  柳州市技工学校\u3000", 12)
    assert name == "2027-01-05柳州市技工学校第12批"
    at_time = plan_name(datetime(2027, 1, 5, 8, 30), "柳州市技工学校", 1)
    assert at_time == "2027-01-05柳州市技工学校第1批"


@pytest.mark.parametrize("body", ["", "   ", "\u3000", "\t"])
def test_empty_body_name(body: str) -> None:
    with pytest.raises(ValidationError) as info:
        plan_name(date(2026, 12, 12), body, 1)
    assert info.value.code == "plan.empty_body_name"


def test_body_name_with_line_break() -> None:
    with pytest.raises(ValidationError) as info:
        plan_name(date(2026, 12, 12), "南宁市\nXX学校", 1)
    assert info.value.code == "plan.bad_body_name"


@pytest.mark.parametrize("batch", [0, -1, True])
def test_bad_batch_number(batch: int) -> None:
    with pytest.raises(ValidationError) as info:
        plan_name(date(2026, 12, 12), "南宁市XX职业培训学校", batch)
    assert info.value.code == "plan.bad_batch_no"


def test_body_names_that_look_like_batches_still_parse() -> None:
    name = plan_name(date(2026, 12, 12), "XX学校第2分校第3批", 4)
    assert parse_plan_name(name) == (date(2026, 12, 12), "XX学校第2分校第3批", 4)


def test_surrounding_whitespace_is_tolerated() -> None:
    assert parse_plan_name(" 2026-12-12 南宁市XX学校 第3批\n") == (
        date(2026, 12, 12),
        "南宁市XX学校",
        3,
    )


@pytest.mark.parametrize(
    "text",
    [
        "",
        "南宁市XX学校第3批",
        "2026-12-12第3批",
        "2026-12-12  第3批",
        "2026-12-12南宁市XX学校",
        "2026-12-12南宁市XX学校第0批",
        "2026-12-12南宁市XX学校第03批",
        "2026-12-12南宁市XX学校第三批",
        "2026-12-12南宁市XX学校第3批次",
        "2026-13-12南宁市XX学校第3批",
        "2026-02-30南宁市XX学校第3批",
        "20261212南宁市XX学校第3批",
        "2026-12-12南宁市\nXX学校第3批",
    ],
)
def test_bad_names(text: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_plan_name(text)
    assert info.value.code == "plan.bad_name"


body_names = st.text(
    alphabet=st.characters(blacklist_categories=("Cc", "Cf", "Cs", "Co", "Cn")),
    min_size=1,
    max_size=40,
).filter(lambda s: s.strip() != "")


@given(
    d=st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)),
    body=body_names,
    batch=st.integers(1, 10_000),
)
def test_round_trip(d: date, body: str, batch: int) -> None:
    name = plan_name(d, body, batch)
    assert parse_plan_name(name) == (d, body.strip(), batch)
    assert plan_name(*parse_plan_name(name)) == name
