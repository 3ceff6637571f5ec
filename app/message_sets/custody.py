"""Messages of the custody area (codes raised by its services), merged into ``app.messages``."""

from __future__ import annotations

from app.messages import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "custody.bad_spare": QT_TRANSLATE_NOOP(
        "messages", "Spare copies per packet must be between 0 and {max} (got {spare})."),
    "custody.bad_content": QT_TRANSLATE_NOOP(
        "messages", "Unknown packet content: {content}."),
    "custody.no_paper_sessions": QT_TRANSLATE_NOOP(
        "messages", "This batch has no paper-based theory session with candidates seated: "
        "there are no paper packets to register."),
    "custody.packet_not_found": QT_TRANSLATE_NOOP(
        "messages", "No paper packet with the code {packet} in this batch."),
    "custody.badge_not_found": QT_TRANSLATE_NOOP(
        "messages", "No staff badge {badge}: scan the badge of a registered staff member."),
    "custody.same_person": QT_TRANSLATE_NOOP(
        "messages", "The giver and the receiver must be two different people (both scans "
        "were badge {badge})."),
    "custody.unknown_step": QT_TRANSLATE_NOOP("messages", "Unknown custody step: {step}."),
    "custody.seal_note_required": QT_TRANSLATE_NOOP(
        "messages", "The seal of packet {packet} is reported broken: describe what was found "
        "in the note."),
    "custody.note_too_long": QT_TRANSLATE_NOOP(
        "messages", "The note is too long (at most {max} characters)."),
    "custody.step_repeated": QT_TRANSLATE_NOOP(
        "messages", "Packet {packet} already has the step {step} (scanned {at}); "
        "a step is recorded only once."),
    "custody.chain_complete": QT_TRANSLATE_NOOP(
        "messages", "Packet {packet} is already back with the certification body: its chain "
        "is complete."),
}
