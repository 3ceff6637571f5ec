"""What the banner says for each verdict: translated title, the clerk's instruction built from
the result (room, seat, time, previous desk...), and the colour/sound class."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.messages import render
from app.services.checkin import CheckinResult
from app.services.checkin_rules import VERDICT_CLASS, SeatSlot, Verdict
from ui.dialogs import qt_translate
from ui.formats import day_text, time_text
from ui.labels import SUBJECTS, label

CONTEXT = "verdicts"

TITLES = {
    Verdict.ADMITTED: QT_TRANSLATE_NOOP("verdicts", "Admitted"),
    Verdict.WRONG_SESSION: QT_TRANSLATE_NOOP("verdicts", "Not this session"),
    Verdict.WRONG_ROOM: QT_TRANSLATE_NOOP("verdicts", "Wrong room"),
    Verdict.ALREADY_CHECKED_IN: QT_TRANSLATE_NOOP("verdicts", "Already checked in"),
    Verdict.NOT_REGISTERED: QT_TRANSLATE_NOOP("verdicts", "Not registered"),
    Verdict.FORGED: QT_TRANSLATE_NOOP("verdicts", "Forged ticket"),
    Verdict.UNREADABLE: QT_TRANSLATE_NOOP("verdicts", "Unreadable ticket"),
    Verdict.REVOKED: QT_TRANSLATE_NOOP("verdicts", "Ticket cancelled"),
    Verdict.ID_MISMATCH: QT_TRANSLATE_NOOP("verdicts", "ID document does not match"),
    Verdict.TOO_EARLY: QT_TRANSLATE_NOOP("verdicts", "Too early"),
    Verdict.TOO_LATE: QT_TRANSLATE_NOOP("verdicts", "Too late"),
    Verdict.REFUSED: QT_TRANSLATE_NOOP("verdicts", "Entry refused"),
    Verdict.UNDONE: QT_TRANSLATE_NOOP("verdicts", "Check-in undone"),
    Verdict.ABSENT: QT_TRANSLATE_NOOP("verdicts", "Absent"),
}
TEXTS = {
    "seat": QT_TRANSLATE_NOOP("verdicts", "Seat %1"),
    "admitted": QT_TRANSLATE_NOOP("verdicts", "Seat %1  ·  %2 %3"),
    "admitted_detail": QT_TRANSLATE_NOOP(
        "verdicts", "%1 %2–%3. Check the face and the ID card, then press Enter to let them in "
        "(F4 refuses entry)."),
    "wrong_room": QT_TRANSLATE_NOOP("verdicts", "Go to %1 %2, seat %3"),
    "wrong_session": QT_TRANSLATE_NOOP("verdicts", "Their exam is on %1 at %2: %3 %4, seat %5"),
    "already": QT_TRANSLATE_NOOP("verdicts", "Checked in at %1 at %2"),
    "already_detail": QT_TRANSLATE_NOOP(
        "verdicts", "By %1. If this is not the same person, call the site manager."),
    "not_registered": QT_TRANSLATE_NOOP(
        "verdicts", "Ticket %1 is not in this batch: send the candidate to the exam office"),
    "forged": QT_TRANSLATE_NOOP(
        "verdicts", "Forged or unreadable ticket: call the site manager"),
    "unreadable": QT_TRANSLATE_NOOP(
        "verdicts", "Scan again or type the ticket number; if it still fails, search by name "
        "(F3)"),
    "revoked": QT_TRANSLATE_NOOP(
        "verdicts", "This ticket was cancelled or replaced: keep it and call the site manager"),
    "id_mismatch": QT_TRANSLATE_NOOP(
        "verdicts", "The ID card is not the registered candidate's: refuse entry and call the "
        "site manager"),
    "too_early": QT_TRANSLATE_NOOP(
        "verdicts", "Check-in opens later: the exam starts at %1 (%2, seat %3)"),
    "too_late": QT_TRANSLATE_NOOP(
        "verdicts", "Entry closed at %1 (the exam started at %2): entry is not allowed"),
    "refused": QT_TRANSLATE_NOOP("verdicts", "Not let in; the ticket stays valid. Reason: %1"),
    "undone": QT_TRANSLATE_NOOP("verdicts", "The admission of %1 was undone. Reason: %2"),
    "unknown_key": QT_TRANSLATE_NOOP("verdicts", "unknown"),
    "ticket_no": QT_TRANSLATE_NOOP("verdicts", "Ticket number %1"),
}


def tr(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def text(key: str, *args: str) -> str:
    """The translated ``TEXTS[key]`` with ``%1``, ``%2``... filled in."""
    out = tr(TEXTS[key])
    for i in range(len(args), 0, -1):  # %10 before %1
        out = out.replace(f"%{i}", args[i - 1])
    return out


def title(verdict: Verdict | str) -> str:
    try:
        return tr(TITLES[Verdict(verdict)])
    except ValueError:
        return str(verdict)


def verdict_class(verdict: Verdict | str) -> str:
    try:
        return VERDICT_CLASS[Verdict(verdict)].value
    except ValueError:
        return "refuse"


def hhmm(moment: datetime | None) -> str:
    return time_text(moment, empty="?")


def day(moment: datetime | None) -> str:
    return day_text(moment, empty="?")


def slot_text(slot: SeatSlot | None) -> str:
    """e.g. "Theory 09:00–10:30 · T001 理论考场001 · seat 05"."""
    if slot is None:
        return ""
    parts = [label(SUBJECTS, slot.subject_kind) if slot.subject_kind else slot.session_code]
    if slot.starts_at and slot.ends_at:
        parts[0] += f" {day(slot.starts_at)} {hhmm(slot.starts_at)}–{hhmm(slot.ends_at)}"
    parts.append(room(slot))
    parts.append(text("seat", slot.seat_label))
    return "  ·  ".join(parts)


def room(slot: SeatSlot) -> str:
    return slot.room_code if slot.room_name in ("", slot.room_code) else \
        f"{slot.room_code} {slot.room_name}"


def detail_message(code: str) -> str:
    return render(code, {"kid": tr(TEXTS["unknown_key"])}, qt_translate) if code else ""


@dataclass(frozen=True)
class Shown:
    """What the banner shows for one verdict."""

    verdict: Verdict
    cls: str
    title: str
    instruction: str
    detail: str


def present(result: CheckinResult) -> Shown:
    """The banner for a check-in result."""
    v, slot = result.verdict, result.slot
    instruction, detail = "", detail_message(result.detail)
    if v is Verdict.ADMITTED and slot is not None:
        instruction = text("admitted", slot.seat_label, slot.room_code, slot.room_name)
        extra = text("admitted_detail", label(SUBJECTS, slot.subject_kind),
                     hhmm(slot.starts_at), hhmm(slot.ends_at))
        detail = f"{detail}\n{extra}" if detail else extra
    elif v is Verdict.WRONG_ROOM and slot is not None:
        instruction = text("wrong_room", slot.room_code, slot.room_name, slot.seat_label)
    elif v is Verdict.WRONG_SESSION and slot is not None:
        instruction = text("wrong_session", day(slot.starts_at), hhmm(slot.starts_at),
                           slot.room_code, slot.room_name, slot.seat_label)
    elif v is Verdict.ALREADY_CHECKED_IN and result.previous is not None:
        instruction = text("already", hhmm(result.previous.at), result.previous.desk)
        detail = text("already_detail", result.previous.clerk)
    elif v is Verdict.NOT_REGISTERED:
        instruction = text("not_registered", result.ticket_no)
    elif v in (Verdict.FORGED, Verdict.UNREADABLE, Verdict.REVOKED, Verdict.ID_MISMATCH):
        instruction = text(v.value)
    elif v is Verdict.TOO_EARLY and slot is not None:
        instruction = text("too_early", hhmm(slot.starts_at), room(slot), slot.seat_label)
    elif v is Verdict.TOO_LATE and slot is not None and slot.starts_at is not None:
        cutoff = slot.starts_at + timedelta(minutes=slot.late_entry_minutes)
        instruction = text("too_late", hhmm(cutoff), hhmm(slot.starts_at))
    return Shown(v, verdict_class(v), title(v), instruction, detail)


def present_reversal(verdict: Verdict, name: str, reason: str) -> Shown:
    """The banner after a refusal (``REFUSED``) or an undo (``UNDONE``)."""
    instruction = text("refused", reason) if verdict is Verdict.REFUSED else text(
        "undone", name, reason)
    return Shown(verdict, verdict_class(verdict), title(verdict), instruction, "")
