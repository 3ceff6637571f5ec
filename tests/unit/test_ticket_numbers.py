from hypothesis import given
from hypothesis import strategies as st

from app.rules.ticket_numbers import is_valid_ticket_number, ticket_number


@given(
    year=st.integers(2000, 2099), batch=st.integers(1, 99), level=st.integers(1, 5),
    seq=st.integers(1, 99999),
)
def test_composed_numbers_are_valid_and_carry_their_parts(year, batch, level, seq):
    number = ticket_number(year, "4501001", batch, level, seq)
    assert len(number) == 15
    assert is_valid_ticket_number(number)
    assert number[:2] == f"{year % 100:02d}"
    assert number[2:6] == "1001"
    assert number[8] == str(level)
    assert int(number[9:14]) == seq


@given(seq=st.integers(1, 99999), pos=st.integers(0, 14), delta=st.integers(1, 9))
def test_any_single_mistyped_digit_is_caught(seq, pos, delta):
    number = ticket_number(2026, "4501001", 3, 4, seq)
    wrong = number[:pos] + str((int(number[pos]) + delta) % 10) + number[pos + 1:]
    assert not is_valid_ticket_number(wrong)


def test_non_digits_and_wrong_length_are_invalid():
    assert not is_valid_ticket_number("")
    assert not is_valid_ticket_number("26100103400001")
    assert not is_valid_ticket_number("2610010340000１")
