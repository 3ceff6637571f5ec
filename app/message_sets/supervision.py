"""Messages of the supervision area (codes raised by its services), merged into ``app.messages``."""

from __future__ import annotations

from app.messages import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "supervision.bad_rating": QT_TRANSLATE_NOOP(
        "messages", "Unknown rating: {rating}. Choose good, acceptable or problem."),
    "supervision.follow_up_needed": QT_TRANSLATE_NOOP(
        "messages", "A problem needs a follow-up action: say what must be done about it."),
    "supervision.field_too_long": QT_TRANSLATE_NOOP(
        "messages", "The text is too long (at most {limit} characters)."),
    "supervision.in_future": QT_TRANSLATE_NOOP(
        "messages", "The time is in the future: check the date and time."),
    "supervision.naive_time": QT_TRANSLATE_NOOP(
        "messages", "The time has no time zone."),
    "supervision.no_note": QT_TRANSLATE_NOOP(
        "messages", "Supervision note {note_id} does not exist."),
    "supervision.follow_up_closed": QT_TRANSLATE_NOOP(
        "messages", "This follow-up is already closed."),
    "supervision.follow_up_empty": QT_TRANSLATE_NOOP(
        "messages", "Write the follow-up action."),
    "supervision.no_follow_up": QT_TRANSLATE_NOOP(
        "messages", "This note asks for no follow-up action: there is nothing to close."),
    "supervision.result_empty": QT_TRANSLATE_NOOP(
        "messages", "Write what was done: the result of the follow-up."),
    "supervision.visitor_needed": QT_TRANSLATE_NOOP(
        "messages", "Enter the external supervisor's name."),
    "supervision.no_visit": QT_TRANSLATE_NOOP(
        "messages", "Supervision visit {visit_id} does not exist."),
    "supervision.visit_closed": QT_TRANSLATE_NOOP(
        "messages", "The departure of this visit is already recorded."),
    "supervision.left_before_arrival": QT_TRANSLATE_NOOP(
        "messages", "The departure time is before the arrival time."),
}
