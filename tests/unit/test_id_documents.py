"""Behaviour of identity document validation (app/rules/id_documents.py)."""

from __future__ import annotations

import string
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.rules.id_documents import (
    REASON_TEXT_EN,
    REASON_TEXT_ZH,
    IdCheck,
    IdType,
    check_id,
    convert_15_to_18,
    gb11643_check_digit,
    id_type_label_key,
    is_chinese_passport,
    mask_id,
    normalize_id_text,
)

TODAY = date(2025, 6, 1)
PROVINCES = [
    "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
    "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
    "65", "71", "81", "82",
]  # fmt: skip
# Example numbers printed in GB 11643-1999 itself.
GB_EXAMPLE_X = "11010519491231002X"
GB_EXAMPLE_1880 = "440524188001010014"
REJECTIONS = {
    "id.empty",
    "id.bad_characters",
    "id.bad_length",
    "id.bad_check_digit",
    "id.bad_birth_date",
    "id.birth_date_in_future",
    "id.birth_date_too_old",
    "id.bad_hmt_prefix",
    "id.bad_format",
    "id.type_mismatch",
}
WARNINGS = {"id.unknown_region", "id.converted_from_15"}
FAST = settings(database=None, deadline=None)


def mod11_2_check(first17: str) -> str:
    """Independent ISO 7064 MOD 11-2: weights are 2**(17 - i) mod 11."""
    total = sum(int(d) * pow(2, 17 - i, 11) for i, d in enumerate(first17))
    value = (12 - total % 11) % 11
    return "X" if value == 10 else str(value)


def with_check(first17: str) -> str:
    return first17 + mod11_2_check(first17)


birth_dates = st.dates(min_value=date(1900, 1, 1), max_value=TODAY)
sequences = st.integers(0, 999)


@st.composite
def resident_numbers(draw: st.DrawFn) -> tuple[str, date, int]:
    """A valid 18-digit resident number with its birth date and sequence."""
    # The last 4 region digits are never 0000, so 81/82 never collide with HMT prefixes.
    region = draw(st.sampled_from(PROVINCES)) + f"{draw(st.integers(100, 9999)):04d}"
    birth = draw(birth_dates)
    seq = draw(sequences)
    return with_check(f"{region}{birth:%Y%m%d}{seq:03d}"), birth, seq


@st.composite
def hmt_numbers(draw: st.DrawFn) -> tuple[str, date, int]:
    prefix = draw(st.sampled_from(["810000", "820000", "830000"]))
    birth = draw(birth_dates)
    seq = draw(sequences)
    return with_check(f"{prefix}{birth:%Y%m%d}{seq:03d}"), birth, seq


def corruptions(number: str) -> list[str]:
    """Every single-character substitution of ``number`` by another valid character."""
    out = []
    for pos, old in enumerate(number):
        alphabet = string.digits + ("X" if pos == 17 else "")
        out += [number[:pos] + new + number[pos + 1 :] for new in alphabet if new != old]
    return out


def assert_rejected(result: IdCheck, reason: str) -> None:
    assert not result.ok, result
    assert result.reason == reason, result
    assert REASON_TEXT_EN[reason].format(**result.params)
    assert REASON_TEXT_ZH[reason].format(**result.params)


# --- check digit and conversion -------------------------------------------------------------


def test_check_digit_matches_examples_in_the_standard() -> None:
    assert gb11643_check_digit(GB_EXAMPLE_X[:17]) == "X"
    assert gb11643_check_digit(GB_EXAMPLE_1880[:17]) == "4"


@given(st.text(string.digits, min_size=17, max_size=17))
@FAST
def test_check_digit_agrees_with_power_of_two_formulation(first17: str) -> None:
    assert gb11643_check_digit(first17) == mod11_2_check(first17)


@pytest.mark.parametrize("bad", ["", "1" * 16, "1" * 18, "1101051949123100A", "١" * 17])
def test_check_digit_refuses_anything_but_17_ascii_digits(bad: str) -> None:
    with pytest.raises(ValueError):
        gb11643_check_digit(bad)


def test_15_digit_number_converts_to_the_18_digit_form_of_the_standard_example() -> None:
    assert convert_15_to_18("110105491231002") == GB_EXAMPLE_X


@pytest.mark.parametrize("bad", ["11010549123100", "1101054912310021", "11010549123100A"])
def test_conversion_refuses_anything_but_15_digits(bad: str) -> None:
    with pytest.raises(ValueError):
        convert_15_to_18(bad)


def test_15_digit_number_is_accepted_as_converted_with_a_warning() -> None:
    result = check_id("110105491231002", today=TODAY)
    assert result.ok
    assert result.id_type is IdType.RESIDENT
    assert result.normalized == GB_EXAMPLE_X
    assert result.birth_date == date(1949, 12, 31)
    assert result.warnings == ("id.converted_from_15",)


def test_15_digit_number_with_impossible_date_keeps_the_typed_text() -> None:
    result = check_id("110105491331002", today=TODAY)
    assert_rejected(result, "id.bad_birth_date")
    assert result.normalized == "110105491331002"
    assert result.params == {"value": "19491331"}


# --- resident IDs ---------------------------------------------------------------------------


@given(resident_numbers())
@settings(database=None, deadline=None, max_examples=400)
def test_generated_resident_numbers_are_accepted_with_birth_date_and_gender(
    case: tuple[str, date, int],
) -> None:
    number, birth, seq = case
    result = check_id(number, today=TODAY)
    assert result.ok, result
    assert result.id_type is IdType.RESIDENT
    assert result.normalized == number
    assert result.birth_date == birth
    assert result.gender == ("M" if seq % 2 else "F")
    assert result.region_code == number[:6]
    assert result.reason is None
    assert result.warnings == ()
    assert check_id(number, IdType.RESIDENT, today=TODAY) == result


@given(resident_numbers())
@settings(database=None, deadline=None, max_examples=60)
def test_every_single_character_substitution_is_rejected(case: tuple[str, date, int]) -> None:
    number = case[0]
    for corrupted in corruptions(number):
        # The check character itself changes: MOD 11-2 detects every single substitution.
        assert gb11643_check_digit(corrupted[:17]) != corrupted[17]
        result = check_id(corrupted, today=TODAY)
        assert not result.ok, corrupted
        assert result.reason in {"id.bad_check_digit", "id.bad_birth_date"}, result


@given(resident_numbers())
@settings(database=None, deadline=None, max_examples=60)
def test_every_adjacent_transposition_of_different_digits_is_rejected(
    case: tuple[str, date, int],
) -> None:
    number = case[0]
    for pos in range(17):
        a, b = number[pos], number[pos + 1]
        if a == b or not (a.isdigit() and b.isdigit()):
            continue
        swapped = number[:pos] + b + a + number[pos + 2 :]
        result = check_id(swapped, today=TODAY)
        assert not result.ok, swapped
        assert result.reason in {"id.bad_check_digit", "id.bad_birth_date"}, result


def test_wrong_check_digit_reports_expected_and_actual() -> None:
    result = check_id("110105194912310021", today=TODAY)
    assert_rejected(result, "id.bad_check_digit")
    assert result.params == {"expected": "X", "actual": "1"}


def test_impossible_birth_date_is_rejected_with_the_date_digits() -> None:
    result = check_id(with_check("11010519900230123"), today=TODAY)
    assert_rejected(result, "id.bad_birth_date")
    assert result.params == {"value": "19900230"}


def test_birth_date_after_the_given_today_is_rejected() -> None:
    number = with_check("11010520250602123")
    result = check_id(number, today=TODAY)
    assert_rejected(result, "id.birth_date_in_future")
    assert result.params == {"value": "2025-06-02"}
    assert check_id(number, today=TODAY + timedelta(days=1)).ok


def test_birth_date_on_the_given_today_is_accepted() -> None:
    assert check_id(with_check("11010520250601123"), today=TODAY).ok


def test_birth_date_before_1900_is_rejected_even_with_valid_check_digit() -> None:
    result = check_id(GB_EXAMPLE_1880, today=TODAY)
    assert_rejected(result, "id.birth_date_too_old")
    assert result.params == {"value": "1880-01-01"}


def test_unknown_province_gives_a_warning_but_is_accepted() -> None:
    result = check_id(with_check("79010519900101123"), today=TODAY)
    assert result.ok
    assert result.id_type is IdType.RESIDENT
    assert result.warnings == ("id.unknown_region",)


def test_hmt_like_prefix_840000_is_a_resident_number_with_unknown_region_when_undeclared() -> None:
    result = check_id(with_check("84000019900101123"), today=TODAY)
    assert result.ok
    assert result.id_type is IdType.RESIDENT
    assert "id.unknown_region" in result.warnings


@pytest.mark.parametrize("length", [13, 14, 16, 17, 19])
def test_digit_runs_near_resident_length_are_rejected_not_taken_for_passports(
    length: int,
) -> None:
    result = check_id("1" * length, today=TODAY)
    assert_rejected(result, "id.bad_length")
    assert result.id_type is IdType.RESIDENT
    assert result.params == {"length": length, "expected": "15/18"}


def test_resident_type_refuses_letters_in_the_body() -> None:
    result = check_id("11010519491231A02X", IdType.RESIDENT, today=TODAY)
    assert_rejected(result, "id.bad_format")
    assert result.params == {"id_type": "resident_id"}


def test_resident_type_refuses_a_passport_number_by_length() -> None:
    result = check_id("E12345678", IdType.RESIDENT, today=TODAY)
    assert_rejected(result, "id.bad_length")


# --- normalization --------------------------------------------------------------------------


def test_full_width_digits_lower_case_x_and_spaces_are_normalized_and_accepted() -> None:
    typed = "１１０１０５\u3000１９４９１２３１ ００２ｘ"
    result = check_id(typed, today=TODAY)
    assert result.ok
    assert result.normalized == GB_EXAMPLE_X


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("11010519491231002x", GB_EXAMPLE_X),
        (" 110105-19491231-002X\n", GB_EXAMPLE_X),
        ("110105\u201419491231\uff0d002X", GB_EXAMPLE_X),
        ("\ufeff110105\u200b19491231002X\t", GB_EXAMPLE_X),
        ("ｅ１２３４５６７８", "E12345678"),
        ("usa 1100 850101 12", "USA110085010112"),
    ],
)
def test_normalize_id_text(raw: str, expected: str) -> None:
    assert normalize_id_text(raw) == expected


@given(resident_numbers(), st.lists(st.sampled_from([" ", "\u3000", "-", "\t"]), max_size=5))
@FAST
def test_separators_anywhere_do_not_change_the_outcome(
    case: tuple[str, date, int], separators: list[str]
) -> None:
    number = case[0]
    padded = number
    for i, sep in enumerate(separators):
        pos = (i * 5) % len(padded)
        padded = padded[:pos] + sep + padded[pos:]
    assert check_id(padded, today=TODAY) == check_id(number, today=TODAY)


@pytest.mark.parametrize("raw", ["", "   ", "\u3000\u3000", "--"])
def test_blank_input_is_empty(raw: str) -> None:
    assert_rejected(check_id(raw, today=TODAY), "id.empty")


def test_disallowed_characters_are_listed_once_each() -> None:
    result = check_id("1101中05194国9中1231002X", today=TODAY)
    assert_rejected(result, "id.bad_characters")
    assert result.params == {"chars": "中国"}


def test_non_ascii_digits_are_bad_characters() -> None:
    result = check_id("١١٠١٠٥١٩٤٩١٢٣١٠٠٢X", today=TODAY)
    assert_rejected(result, "id.bad_characters")


# --- Hong Kong, Macao and Taiwan residence permits ------------------------------------------


@given(hmt_numbers())
@settings(database=None, deadline=None, max_examples=200)
def test_hmt_permits_are_detected_and_accepted(case: tuple[str, date, int]) -> None:
    number, birth, seq = case
    for requested in (None, IdType.HMT_PERMIT):
        result = check_id(number, requested, today=TODAY)
        assert result.ok, result
        assert result.id_type is IdType.HMT_PERMIT
        assert result.birth_date == birth
        assert result.gender == ("M" if seq % 2 else "F")
        assert result.region_code == number[:6]
        assert result.warnings == ()


def test_hmt_permit_with_prefix_840000_is_rejected() -> None:
    result = check_id(with_check("84000019900101123"), IdType.HMT_PERMIT, today=TODAY)
    assert_rejected(result, "id.bad_hmt_prefix")
    assert result.params == {"prefix": "840000"}


def test_hmt_permit_with_bad_check_digit_is_rejected() -> None:
    good = with_check("81000019900101123")
    bad = good[:17] + ("0" if good[17] != "0" else "1")
    assert_rejected(check_id(bad, today=TODAY), "id.bad_check_digit")


def test_hmt_permit_of_wrong_length_is_rejected() -> None:
    result = check_id("8100001990010112", IdType.HMT_PERMIT, today=TODAY)
    assert_rejected(result, "id.bad_length")
    assert result.params == {"length": 16, "expected": "18"}


def test_mainland_number_declared_as_hmt_permit_is_a_type_mismatch() -> None:
    result = check_id(GB_EXAMPLE_X, IdType.HMT_PERMIT, today=TODAY)
    assert_rejected(result, "id.type_mismatch")
    assert result.params == {"expected": "hmt_permit", "detected": "resident_id"}


def test_hmt_permit_declared_as_resident_id_is_a_type_mismatch() -> None:
    result = check_id(with_check("82000019900101123"), IdType.RESIDENT, today=TODAY)
    assert_rejected(result, "id.type_mismatch")
    assert result.params == {"expected": "resident_id", "detected": "hmt_permit"}


# --- foreign permanent residence IDs --------------------------------------------------------


def test_foreign_permanent_2017_format_is_accepted_with_its_birth_date() -> None:
    result = check_id("USA110085010112", today=TODAY)
    assert result.ok
    assert result.id_type is IdType.FOREIGN_PERMANENT
    assert result.birth_date == date(1985, 1, 1)
    assert result.warnings == ()


@pytest.mark.parametrize(
    ("yymmdd", "expected"),
    [
        ("150312", date(2015, 3, 12)),
        ("250601", date(2025, 6, 1)),
        ("250602", date(1925, 6, 2)),
        ("300101", date(1930, 1, 1)),
        ("000229", date(2000, 2, 29)),
    ],
)
def test_foreign_permanent_2017_century_is_the_latest_not_in_the_future(
    yymmdd: str, expected: date
) -> None:
    result = check_id(f"CAN3100{yymmdd}01", IdType.FOREIGN_PERMANENT, today=TODAY)
    assert result.ok, result
    assert result.birth_date == expected


def test_foreign_permanent_2017_with_impossible_date_is_rejected() -> None:
    result = check_id("GBR110085023101", today=TODAY)
    assert_rejected(result, "id.bad_birth_date")
    assert result.params == {"value": "850231"}


def test_foreign_permanent_2017_leap_day_only_valid_in_the_future_is_rejected() -> None:
    # 1900-02-29 does not exist and 2000-02-29 is after this "today".
    result = check_id("FRA110000022901", today=date(1999, 12, 31))
    assert_rejected(result, "id.birth_date_in_future")


def test_foreign_permanent_2017_with_unknown_issuing_province_warns() -> None:
    result = check_id("DEU990085010112", today=TODAY)
    assert result.ok
    assert result.warnings == ("id.unknown_region",)


@given(birth_dates, sequences, st.sampled_from(PROVINCES), st.integers(4, 894))
@FAST
def test_foreign_permanent_2023_format_is_accepted(
    birth: date, seq: int, province: str, nationality: int
) -> None:
    number = with_check(f"9{province}{nationality:03d}{birth:%Y%m%d}{seq:03d}")
    for requested in (None, IdType.FOREIGN_PERMANENT):
        result = check_id(number, requested, today=TODAY)
        assert result.ok, result
        assert result.id_type is IdType.FOREIGN_PERMANENT
        assert result.birth_date == birth
        assert result.gender == ("M" if seq % 2 else "F")


def test_foreign_permanent_2023_with_bad_check_digit_is_rejected() -> None:
    good = with_check("91184019850101001")
    bad = good[:17] + ("0" if good[17] != "0" else "1")
    result = check_id(bad, today=TODAY)
    assert_rejected(result, "id.bad_check_digit")
    assert result.id_type is IdType.FOREIGN_PERMANENT


def test_foreign_permanent_declared_with_a_resident_number_is_a_type_mismatch() -> None:
    result = check_id(GB_EXAMPLE_X, IdType.FOREIGN_PERMANENT, today=TODAY)
    assert_rejected(result, "id.type_mismatch")
    assert result.params == {"expected": "foreign_permanent", "detected": "resident_id"}


def test_foreign_permanent_number_declared_as_resident_is_a_type_mismatch() -> None:
    result = check_id("USA110085010112", IdType.RESIDENT, today=TODAY)
    assert_rejected(result, "id.type_mismatch")
    assert result.params == {"expected": "resident_id", "detected": "foreign_permanent"}


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("US1110085010112", "id.bad_format"),
        ("123456789012345678X", "id.bad_length"),
        ("E12345678", "id.bad_length"),
    ],
)
def test_foreign_permanent_malformed_numbers_are_rejected(raw: str, reason: str) -> None:
    assert_rejected(check_id(raw, IdType.FOREIGN_PERMANENT, today=TODAY), reason)


def test_foreign_permanent_18_characters_not_starting_with_9_is_bad_format() -> None:
    result = check_id("A1184019850101001X", IdType.FOREIGN_PERMANENT, today=TODAY)
    assert_rejected(result, "id.bad_format")


# --- passports ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "number", ["E12345678", "EA1234567", "G12345678", "X1234567", "123456789", "AB12345"]
)
def test_passport_numbers_of_valid_shape_are_accepted(number: str) -> None:
    result = check_id(number, today=TODAY)
    assert result.ok
    assert result.id_type is IdType.PASSPORT
    assert check_id(number, IdType.PASSPORT, today=TODAY).ok


@pytest.mark.parametrize(
    ("number", "chinese"),
    [("E12345678", True), ("EA1234567", True), ("G12345678", True), ("EI1234567", False),
     ("EO1234567", False), ("E1234567", False), ("X12345678", False)],
)  # fmt: skip
def test_chinese_passport_shape(number: str, chinese: bool) -> None:
    assert is_chinese_passport(number) is chinese


def test_passport_type_accepts_a_number_that_looks_like_a_resident_id() -> None:
    result = check_id(GB_EXAMPLE_X, IdType.PASSPORT, today=TODAY)
    assert result.ok
    assert result.id_type is IdType.PASSPORT
    assert result.birth_date is None


@pytest.mark.parametrize(
    ("number", "reason", "params"),
    [
        ("A123", "id.bad_length", {"length": 4, "expected": "5-20"}),
        ("A" * 20 + "1", "id.bad_length", {"length": 21, "expected": "5-20"}),
        ("ABCDEFGH", "id.bad_format", {"id_type": "passport"}),
    ],
)
def test_passport_of_bad_shape_is_rejected(
    number: str, reason: str, params: dict[str, str | int]
) -> None:
    result = check_id(number, IdType.PASSPORT, today=TODAY)
    assert_rejected(result, reason)
    assert result.params == params


def test_undetectable_text_is_rejected_without_a_type() -> None:
    no_digit = check_id("ABCDEFGH", today=TODAY)
    assert_rejected(no_digit, "id.bad_format")
    assert no_digit.id_type is None
    too_short = check_id("A1", today=TODAY)
    assert_rejected(too_short, "id.bad_length")
    assert too_short.id_type is None


# --- reason texts and masking ---------------------------------------------------------------


def test_every_reason_and_warning_has_english_and_chinese_text() -> None:
    assert set(REASON_TEXT_EN) == REJECTIONS | WARNINGS
    assert set(REASON_TEXT_ZH) == set(REASON_TEXT_EN)
    for code in WARNINGS:
        assert REASON_TEXT_EN[code].format() and REASON_TEXT_ZH[code].format()


def test_every_rejection_code_is_produced_by_some_input() -> None:
    samples = [
        ("", None),
        ("中", None),
        ("1" * 17, None),
        ("110105194912310021", None),
        ("110105199002301231", None),
        (with_check("11010520990101123"), None),
        (GB_EXAMPLE_1880, None),
        (with_check("84000019900101123"), IdType.HMT_PERMIT),
        ("ABCDEFGH", None),
        (GB_EXAMPLE_X, IdType.HMT_PERMIT),
    ]
    produced = {check_id(raw, kind, today=TODAY).reason for raw, kind in samples}
    assert produced == REJECTIONS


@pytest.mark.parametrize(
    ("number", "masked"),
    [
        ("45010219900101123X", "4501**********123X"),
        ("4501 0219 9001 0112 3x", "4501**********123X"),
        ("USA110085010112", "USA1*******0112"),
        ("E12345678", "E123*5678"),
        ("E1234567", "******67"),
        ("AB123", "***23"),
        ("12", "**"),
        ("", ""),
    ],
)
def test_mask_id(number: str, masked: str) -> None:
    assert mask_id(number) == masked


def test_label_keys_are_distinct_per_type() -> None:
    keys = {id_type_label_key(kind) for kind in IdType}
    assert keys == {f"id_type.{kind.value}" for kind in IdType}
