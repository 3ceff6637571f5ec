"""Pure check-in decisions: which of a ticket's sessions a scan concerns, and the verdict.

No database here, so every branch is easy to test; ``app.services.checkin`` feeds it rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from app.clock import CHINA_TZ


class Verdict(StrEnum):
    """Stable verdict codes; the UI maps each to its banner, text and sound."""

    ADMITTED = "admitted"
    WRONG_SESSION = "wrong_session"
    WRONG_ROOM = "wrong_room"
    ALREADY_CHECKED_IN = "already_checked_in"
    NOT_REGISTERED = "not_registered"
    FORGED = "forged"
    UNREADABLE = "unreadable"
    REVOKED = "revoked"
    ID_MISMATCH = "id_mismatch"
    TOO_EARLY = "too_early"
    TOO_LATE = "too_late"
    # Recorded by a clerk or the system after a scan:
    REFUSED = "refused"
    UNDONE = "undone"
    ABSENT = "absent"


class VerdictClass(StrEnum):
    OK = "ok"          # let the candidate in
    WARN = "warn"      # send them elsewhere or to wait
    REFUSE = "refuse"  # keep them out, call the site manager


VERDICT_CLASS = {
    Verdict.ADMITTED: VerdictClass.OK,
    Verdict.WRONG_SESSION: VerdictClass.WARN, Verdict.WRONG_ROOM: VerdictClass.WARN,
    Verdict.ALREADY_CHECKED_IN: VerdictClass.WARN, Verdict.TOO_EARLY: VerdictClass.WARN,
    Verdict.NOT_REGISTERED: VerdictClass.REFUSE, Verdict.FORGED: VerdictClass.REFUSE,
    Verdict.UNREADABLE: VerdictClass.REFUSE, Verdict.REVOKED: VerdictClass.REFUSE,
    Verdict.ID_MISMATCH: VerdictClass.REFUSE, Verdict.TOO_LATE: VerdictClass.REFUSE,
    Verdict.REFUSED: VerdictClass.REFUSE, Verdict.UNDONE: VerdictClass.WARN,
    Verdict.ABSENT: VerdictClass.WARN,
}


@dataclass(frozen=True)
class SeatSlot:
    """One session a ticket admits to, with its room, seat and time window."""

    session_id: int | None  # None when the session is unknown on this laptop
    session_code: str
    subject_kind: str
    room_code: str
    room_name: str
    seat_label: str
    starts_at: datetime | None
    ends_at: datetime | None
    late_entry_minutes: int


def _local_day(moment: datetime) -> object:
    return moment.astimezone(CHINA_TZ).date()


@dataclass(frozen=True)
class _Timed:
    slot: SeatSlot
    opens_at: datetime
    starts_at: datetime
    cutoff: datetime
    ends_at: datetime


def _timed(slots: list[SeatSlot], opens: timedelta) -> list[_Timed]:
    return [_Timed(s, s.starts_at - opens, s.starts_at,
                   s.starts_at + timedelta(minutes=s.late_entry_minutes), s.ends_at)
            for s in slots if s.starts_at is not None and s.ends_at is not None]


def choose_slot(slots: list[SeatSlot], now: datetime, desk_room: str | None,
                opens: timedelta) -> tuple[Verdict, SeatSlot | None]:
    """The timing/room verdict for a genuine ticket, and the slot it concerns.

    ``ADMITTED`` here means "right place, right time": the caller still checks the ID
    document and earlier admissions.
    """

    def here(items: list[_Timed]) -> list[_Timed]:
        return [t for t in items if desk_room is None or t.slot.room_code == desk_room]

    timed = _timed(slots, opens)
    if not timed:
        # A signed ticket whose sessions this laptop does not know: trust its room.
        mine = [s for s in slots if desk_room is None or s.room_code == desk_room]
        if mine:
            return Verdict.ADMITTED, mine[0]
        return Verdict.WRONG_ROOM, slots[0] if slots else None
    on_time = [t for t in timed if t.opens_at <= now <= t.cutoff]
    if on_time:
        at_desk = here(on_time)
        return (Verdict.ADMITTED, at_desk[0].slot) if at_desk else (
            Verdict.WRONG_ROOM, on_time[0].slot)
    running = [t for t in timed if t.cutoff < now <= t.ends_at]
    if running:
        return Verdict.TOO_LATE, (here(running) or running)[0].slot
    upcoming = sorted((t for t in timed if now < t.opens_at), key=lambda t: t.starts_at)
    today = [t for t in upcoming if _local_day(t.starts_at) == _local_day(now)]
    if today:
        at_desk = here(today)
        return (Verdict.TOO_EARLY, at_desk[0].slot) if at_desk else (
            Verdict.WRONG_ROOM, today[0].slot)
    if upcoming:
        return Verdict.WRONG_SESSION, upcoming[0].slot
    return Verdict.TOO_LATE, max(timed, key=lambda t: t.ends_at).slot
