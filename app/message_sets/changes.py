"""Messages of the changes area (codes raised by its services), merged into ``app.messages``."""

from __future__ import annotations

from app.messages import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "change.not_found": QT_TRANSLATE_NOOP("messages", "Change request {change_id} does not exist."),
    "change.session_not_found": QT_TRANSLATE_NOOP(
        "messages", "Exam session {session_id} does not exist."),
    "change.room_not_found": QT_TRANSLATE_NOOP("messages", "Room {room_id} does not exist."),
    "change.bad_kind": QT_TRANSLATE_NOOP(
        "messages", "A change is of the exam time or of the place (got {kind})."),
    "change.reason_required": QT_TRANSLATE_NOOP(
        "messages", "Give the reason for the change."),
    "change.times_required": QT_TRANSLATE_NOOP(
        "messages", "Enter the new start and end time."),
    "change.bad_times": QT_TRANSLATE_NOOP(
        "messages", "The new end time must be after the new start time."),
    "change.same_time": QT_TRANSLATE_NOOP(
        "messages", "The new time is the session's current time."),
    "change.place_required": QT_TRANSLATE_NOOP(
        "messages", "Choose the new room or enter the new place."),
    "change.same_room": QT_TRANSLATE_NOOP(
        "messages", "Session {session} is already in room {room}."),
    "change.room_kind": QT_TRANSLATE_NOOP(
        "messages", "Room {room} does not suit the exam of session {session}: theory and "
        "review exams are held in theory or computer rooms, practical exams in workshops."),
    "change.pending_exists": QT_TRANSLATE_NOOP(
        "messages", "Session {session} already has an open change request; decide or "
        "withdraw it first."),
    "change.already_decided": QT_TRANSLATE_NOOP(
        "messages", "The request was already decided or withdrawn."),
    "change.authority_required": QT_TRANSLATE_NOOP(
        "messages", "Enter the supervising authority and the name of who approved or refused."),
    "change.decided_in_future": QT_TRANSLATE_NOOP(
        "messages", "The time of the decision cannot be in the future."),
    "change.not_approved": QT_TRANSLATE_NOOP(
        "messages", "The change is not approved yet: record the supervising authority's "
        "approval first."),
    "change.already_applied": QT_TRANSLATE_NOOP(
        "messages", "The change was already applied."),
    "change.closed": QT_TRANSLATE_NOOP(
        "messages", "The change was refused or withdrawn: it is never applied."),
    "change.checked_in": QT_TRANSLATE_NOOP(
        "messages", "{count} candidates are already checked in for session {session}; the "
        "room can no longer be changed."),
    "change.room_too_small": QT_TRANSLATE_NOOP(
        "messages", "Room {room} has {free} free usable seats at that time; session {session} "
        "needs {needed}."),
    "change.time_clash": QT_TRANSLATE_NOOP(
        "messages", "At the new time seat {seat} of room {room} is taken by session {other}."),
    "change.no_notice": QT_TRANSLATE_NOOP(
        "messages", "A notice is printed only for an approved or applied change."),
    "change.naive_time": QT_TRANSLATE_NOOP("messages", "A time of the change has no time zone."),
    "change.candidate_clash": QT_TRANSLATE_NOOP(
        "messages", "At the new time {name} already sits session {other}."),
}
