"""Messages of the meeting area (codes raised by its services), merged into ``app.messages``."""

from __future__ import annotations

from app.messages import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "meeting.not_found": QT_TRANSLATE_NOOP(
        "messages", "Staff meeting {meeting_id} does not exist."),
    "meeting.already_open": QT_TRANSLATE_NOOP(
        "messages", "A staff meeting is still open (held at {held_at}); close it before "
        "opening another."),
    "meeting.place_required": QT_TRANSLATE_NOOP(
        "messages", "Enter where the staff meeting is held."),
    "meeting.closed": QT_TRANSLATE_NOOP(
        "messages", "The staff meeting was closed at {closed_at}; its attendance can no longer "
        "be changed."),
    "meeting.badge_empty": QT_TRANSLATE_NOOP("messages", "The scanned badge is empty."),
    "meeting.unknown_badge": QT_TRANSLATE_NOOP(
        "messages", "Badge {badge_no} belongs to nobody on the staff list."),
    "meeting.not_assigned": QT_TRANSLATE_NOOP(
        "messages", "{name} (badge {badge_no}) has no duty in this batch and cannot attend "
        "its staff meeting."),
    "meeting.already_present": QT_TRANSLATE_NOOP(
        "messages", "{name} (badge {badge_no}) was already recorded at {scanned_at}."),
    "meeting.chair_not_assigned": QT_TRANSLATE_NOOP(
        "messages", "The chair must be a staff member assigned to this batch."),
    "meeting.attendance_not_found": QT_TRANSLATE_NOOP(
        "messages", "Attendance record {attendance_id} does not exist."),
    "meeting.duty_too_long": QT_TRANSLATE_NOOP(
        "messages", "The duties may be at most {limit} characters long."),
    "meeting.naive_time": QT_TRANSLATE_NOOP("messages", "The meeting time has no time zone."),
}
