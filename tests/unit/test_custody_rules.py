"""The custody chain as data: the next step, what flags a chain, the packet codes."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from app.clock import CHINA_TZ
from app.rules.custody import (
    CHAIN_BREAK,
    CODE_MAX,
    COLLECT_GRACE,
    MISSING_STEP,
    NOT_RETURNED,
    OUT_OF_ORDER,
    SEAL_BROKEN,
    STEP_CODES,
    STEPS,
    Flag,
    Handover,
    next_step,
    packet_code,
    packet_flags,
    return_due,
)

T0 = datetime(2026, 12, 2, 8, 0, tzinfo=CHINA_TZ)
ENDS = datetime(2026, 12, 3, 10, 30, tzinfo=CHINA_TZ)
DUE = return_due(ENDS, date(2026, 12, 4))


def chain(*steps: str, people: tuple[int, ...] | None = None) -> list[Handover]:
    """Handovers one hour apart, each giver the previous receiver (1 -> 2 -> 3 ...)."""
    ids = people or tuple(range(1, len(steps) + 2))
    return [Handover(step, T0 + timedelta(hours=i), ids[i], ids[i + 1])
            for i, step in enumerate(steps)]


def test_the_steps_run_from_printing_to_the_return_to_the_body():
    assert STEP_CODES == ("printed", "secure_room", "room", "collected", "returned")
    assert [s.name_zh for s in STEPS] == ["印制封装", "入保密室", "发放至考场", "考后回收",
                                          "交回评价机构"]
    room = STEPS[2]
    assert room.giver_roles == {"site_manager"} and room.receiver_roles == {"proctor"}


def test_the_next_step_follows_the_furthest_step_scanned():
    assert next_step([]) == "printed"
    assert next_step(["printed"]) == "secure_room"
    assert next_step(["printed", "room"]) == "collected"  # past a gap: the gap is a flag
    assert next_step(list(STEP_CODES)) is None


def test_a_complete_chain_in_order_has_no_flag():
    assert packet_flags(chain(*STEP_CODES), ENDS + timedelta(days=5), DUE) == ()


def test_a_chain_with_a_missing_step_is_flagged_at_that_step():
    flags = packet_flags(chain("printed", "room"), T0, DUE)
    assert flags == (Flag(MISSING_STEP, "secure_room"),)


def test_a_step_scanned_after_a_later_one_is_out_of_order():
    handovers = [Handover("printed", T0, 1, 2), Handover("room", T0 + timedelta(hours=2), 3, 4),
                 Handover("secure_room", T0 + timedelta(hours=3), 2, 3)]
    assert packet_flags(handovers, T0, DUE) == (Flag(OUT_OF_ORDER, "secure_room"),)


def test_a_broken_seal_is_flagged_at_its_step():
    handovers = chain("printed", "secure_room")
    handovers[1] = Handover("secure_room", handovers[1].at, 2, 3, seal_intact=False)
    assert packet_flags(handovers, T0, DUE) == (Flag(SEAL_BROKEN, "secure_room"),)


def test_a_giver_who_never_received_the_packet_breaks_the_chain():
    handovers = chain("printed", "secure_room")
    handovers[1] = Handover("secure_room", handovers[1].at, 9, 3)
    assert packet_flags(handovers, T0, DUE) == (Flag(CHAIN_BREAK, "secure_room"),)


def test_a_packet_not_back_after_its_session_is_flagged_not_returned():
    handovers = chain("printed", "secure_room", "room")
    assert packet_flags(handovers, ENDS + COLLECT_GRACE, DUE) == ()
    late = ENDS + COLLECT_GRACE + timedelta(minutes=1)
    assert packet_flags(handovers, late, DUE) == (Flag(NOT_RETURNED, "collected"),)
    collected = chain("printed", "secure_room", "room", "collected")
    after_batch = datetime(2026, 12, 5, 0, 1, tzinfo=CHINA_TZ)
    assert packet_flags(collected, late, DUE) == ()
    assert packet_flags(collected, after_batch, DUE) == (Flag(NOT_RETURNED, "returned"),)


def test_a_missing_collection_past_a_return_is_one_flag_not_two():
    handovers = chain("printed", "secure_room", "room", "returned")
    assert packet_flags(handovers, ENDS + timedelta(days=9), DUE) == (
        Flag(MISSING_STEP, "collected"),)


def test_the_code_carries_the_batch_session_room_and_sequence():
    code = packet_code("4501001", date(2026, 12, 3), 3, session_code="S00001",
                       room_code="T001", seq=1)
    assert code == "4501001-261203-03-S00001-T001-1"


@given(session=st.text(min_size=1, max_size=32), room=st.text(min_size=1, max_size=32),
       seq=st.integers(1, 9999))
def test_every_code_fits_its_column_and_scans_in_any_keyboard_layout(session, room, seq):
    code = packet_code("4501001", date(2026, 12, 3), 3, session_code=session, room_code=room,
                       seq=seq)
    assert len(code) <= CODE_MAX
    assert all(ch.isascii() and (ch.isalnum() or ch == "-") for ch in code)
    assert code.endswith(f"-{seq}")


@given(a=st.tuples(st.text("ST0123456789", min_size=1, max_size=30),
                   st.text("TPR0123456789", min_size=1, max_size=30), st.integers(1, 999)),
       b=st.tuples(st.text("ST0123456789", min_size=1, max_size=30),
                   st.text("TPR0123456789", min_size=1, max_size=30), st.integers(1, 999)))
def test_different_sessions_rooms_or_sequences_give_different_codes(a, b):
    def code(parts: tuple[str, str, int]) -> str:
        return packet_code("4501001", date(2026, 12, 3), 3, session_code=parts[0],
                           room_code=parts[1], seq=parts[2])

    if a != b:
        assert code(a) != code(b)


def test_handovers_at_the_same_moment_keep_the_order_they_were_recorded_in():
    room_first = [Handover("printed", T0, 1, 2), Handover("room", T0, 3, 4),
                  Handover("secure_room", T0, 2, 3)]
    assert packet_flags(room_first, T0, DUE) == (Flag(OUT_OF_ORDER, "secure_room"),)
