"""The certificate number rule: parsing, formatting, the prefix counted under, and numbers that
stay unique forever across batches, years, revocations and rule changes."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.crypto.certificate_seal import CertificateClaims, check_seal, id_hash, seal_text
from app.rules.certificate_numbers import (
    DEFAULT_RULE,
    DEFAULT_TEMPLATE,
    RuleError,
    allocate,
    example,
    format_number,
    parse_rule,
    prefix,
    site_digits,
)


def test_default_rule_is_site_year_level_and_six_digits() -> None:
    assert DEFAULT_RULE.template == DEFAULT_TEMPLATE
    assert format_number(DEFAULT_RULE, "450100-01", 2026, 4, 17) == "4501000120264000017"
    assert prefix(DEFAULT_RULE, "450100-01", 2026, 4) == "450100012026" + "4"
    assert example(DEFAULT_RULE) == "450100120264000001"


def test_two_digit_year_and_level_and_fixed_text() -> None:
    rule = parse_rule("GX-{year:2}{level:2}{site}-{seq:5}")
    assert format_number(rule, "ab12", 2027, 5, 3) == "GX-2705AB12-00003"
    assert rule.template == "GX-{year:2}{level:2}{site}-{seq:5}"
    assert parse_rule(rule.template) == rule  # the template round-trips


@pytest.mark.parametrize(("template", "code"), [
    ("", "certificate.rule.empty"),
    ("{site}{year}", "certificate.rule.no_sequence"),
    ("{seq:6}{seq:6}", "certificate.rule.no_sequence"),
    ("{seq:6}{year}", "certificate.rule.sequence_not_last"),
    ("{month}{seq:6}", "certificate.rule.unknown_part"),
    ("{year:3}{seq:6}", "certificate.rule.bad_digits"),
    ("{seq}", "certificate.rule.bad_digits"),
    ("{seq:2}", "certificate.rule.bad_digits"),
    ("{site:4}{seq:6}", "certificate.rule.bad_digits"),
    ("证{seq:6}", "certificate.rule.bad_text"),
    ("A B{seq:6}", "certificate.rule.bad_text"),
    ("X" * 35 + "{seq:9}", "certificate.rule.too_long"),
])
def test_bad_rules_are_refused_with_a_reason(template: str, code: str) -> None:
    with pytest.raises(RuleError) as info:
        parse_rule(template)
    assert info.value.code == code


def test_format_refuses_out_of_range_parts() -> None:
    with pytest.raises(ValueError):
        format_number(DEFAULT_RULE, "4501", 2026, 6, 1)
    with pytest.raises(ValueError):
        format_number(DEFAULT_RULE, "4501", 2026, 1, 1_000_000)
    with pytest.raises(ValueError):
        prefix(DEFAULT_RULE, "--", 2026, 1)
    assert site_digits("450100-01") == "45010001"


def test_allocate_skips_used_numbers_and_stops_when_full() -> None:
    rule = parse_rule("A{seq:3}")
    assert allocate(rule, "A", 0, set()) == ("A001", 1)
    assert allocate(rule, "A", 0, {"A001", "A002"}) == ("A003", 3)
    with pytest.raises(OverflowError):
        allocate(rule, "A", 998, {"A999"})


# --- the property: unique forever ---------------------------------------------------------------
TEMPLATES = ("{site}{year}{level}{seq:6}", "{site}{year}{seq:7}", "{site}{year:2}{level:2}{seq:5}",
             "{year}{level}{seq:3}", "{site}{year}{level}0{seq:5}")

operation = st.one_of(
    st.tuples(st.just("issue"), st.sampled_from(("4501", "4501001", "45010")),
              st.integers(2025, 2028), st.lists(st.integers(1, 5), min_size=1, max_size=12),
              st.randoms(use_true_random=False)),
    st.tuples(st.just("revoke"), st.integers(0, 10_000)),
    st.tuples(st.just("rule"), st.sampled_from(TEMPLATES)),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(operation, min_size=1, max_size=30))
def test_numbers_stay_unique_across_batches_years_revocations_and_rule_changes(ops) -> None:  # type: ignore[no-untyped-def]
    """A model of the service: counters by prefix that only grow, issued numbers never deleted
    (revoking keeps them), the rule changed at any time; candidates issued in random order."""
    rule = DEFAULT_RULE
    counters: dict[str, int] = {}
    issued: list[str] = []
    revoked: set[str] = set()
    for op in ops:
        if op[0] == "rule":
            rule = parse_rule(op[1])
        elif op[0] == "revoke":
            if issued:
                revoked.add(issued[op[1] % len(issued)])
        else:
            _kind, site, year, levels, rnd = op
            rnd.shuffle(levels)
            used = set(issued)
            for level in levels:
                key = prefix(rule, site, year, level)
                number, counters[key] = allocate(rule, key, counters.get(key, 0), used)
                assert number.startswith(key) and len(number) == len(key) + rule.seq_digits
                used.add(number)
                issued.append(number)
    assert len(issued) == len(set(issued))
    assert revoked <= set(issued)
    assert all(last >= 1 for last in counters.values())


@given(st.text(min_size=0, max_size=30))
def test_any_template_text_parses_or_is_refused_with_a_code(text: str) -> None:
    try:
        rule = parse_rule(text)
    except RuleError as exc:
        assert exc.code.startswith("certificate.rule.")
    else:
        assert len(example(rule)) <= 40 and parse_rule(rule.template) == rule


def test_seal_binds_name_and_number() -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from app.crypto.ticket_codec import key_id

    key = Ed25519PrivateKey.generate()
    keys = {key_id(key.public_key()): key.public_key()}
    from datetime import date
    claims = CertificateClaims("4501000120264000001", "张三", id_hash("x", "resident_id", "1"),
                               "4-03-02-01", 4, date(2026, 12, 20), "4501001")
    text = seal_text(claims, key)
    ok = check_seal(text, keys)
    assert ok.ok and ok.claims == claims
    assert check_seal(text, {}).reason == "certificate.check.unknown_key"
    assert check_seal("hello", keys).reason == "certificate.check.unreadable"
    # re-signed by a stranger with the same claims but another name: unknown key
    other = Ed25519PrivateKey.generate()
    forged = seal_text(CertificateClaims(claims.number, "李四", *list(vars(claims).values())[2:]),
                       other)
    assert check_seal(forged, keys).reason == "certificate.check.unknown_key"
