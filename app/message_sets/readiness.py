"""Messages of the readiness area (codes raised by its services), merged into ``app.messages``."""

from __future__ import annotations

from app.messages import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "readiness.unknown_item": QT_TRANSLATE_NOOP(
        "messages", "Unknown readiness checklist item {item}."),
    "readiness.room_required": QT_TRANSLATE_NOOP(
        "messages", "Checklist item {item} is checked per room: choose the room."),
    "readiness.site_item": QT_TRANSLATE_NOOP(
        "messages", "{item} is checked once for the whole site, not per room."),
    "readiness.not_applicable": QT_TRANSLATE_NOOP(
        "messages", "{item} does not apply to {place}."),
    "readiness.room_not_in_batch": QT_TRANSLATE_NOOP(
        "messages", "Room {room_id} has no session in this batch."),
    "readiness.site_not_in_batch": QT_TRANSLATE_NOOP(
        "messages", "Site {site_id} has no room in this batch."),
    "readiness.staff_not_found": QT_TRANSLATE_NOOP(
        "messages", "Staff member {staff_id} does not exist."),
    "readiness.badge_not_found": QT_TRANSLATE_NOOP(
        "messages", "No staff member has the badge number {badge_no}."),
    "readiness.problem_required": QT_TRANSLATE_NOOP(
        "messages", "Describe what is wrong: a failed item opens a rectification that must "
        "be closed before the room can be sealed."),
    "readiness.photo_too_large": QT_TRANSLATE_NOOP(
        "messages", "The photo is too large ({size} KB); at most {limit} KB."),
    "readiness.photo_unreadable": QT_TRANSLATE_NOOP(
        "messages", "The photo {path} cannot be read: {reason}."),
    "readiness.text_too_long": QT_TRANSLATE_NOOP(
        "messages", "The text is too long: at most {limit} characters."),
    "readiness.room_sealed": QT_TRANSLATE_NOOP(
        "messages", "Room {room} is sealed: unseal it before changing its checklist."),
    "readiness.closing_note_required": QT_TRANSLATE_NOOP(
        "messages", "Say what was put right before closing the rectification."),
    "readiness.rectification_not_found": QT_TRANSLATE_NOOP(
        "messages", "The rectification does not exist."),
    "readiness.rectification_already_closed": QT_TRANSLATE_NOOP(
        "messages", "This rectification is already closed."),
    "readiness.already_sealed": QT_TRANSLATE_NOOP(
        "messages", "Room {room} is already sealed."),
    "readiness.not_ready": QT_TRANSLATE_NOOP(
        "messages", "Room {room} cannot be sealed: {count} checklist items of the room or its "
        "site are not done (passed, or failed with the rectification closed): {items}."),
    "readiness.not_sealed": QT_TRANSLATE_NOOP(
        "messages", "Room {room} is not sealed."),
    "readiness.reason_required": QT_TRANSLATE_NOOP(
        "messages", "Give the reason for lifting the seal."),
}
