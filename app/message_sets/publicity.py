"""Messages of the publicity area (codes raised by its services), merged into ``app.messages``."""

from __future__ import annotations

from app.messages import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "publicity.bad_kind": QT_TRANSLATE_NOOP(
        "messages", "Unknown kind of publicity: {kind}."),
    "publicity.bad_length": QT_TRANSLATE_NOOP(
        "messages", "A publicity lasts at least one working day (not {workdays})."),
    "publicity.too_short": QT_TRANSLATE_NOOP(
        "messages", "{workdays} working days is too short: at least {minimum} ({source})."),
    "publicity.too_long": QT_TRANSLATE_NOOP(
        "messages", "{workdays} working days is too long: at most {maximum}."),
    "publicity.starts_in_past": QT_TRANSLATE_NOOP(
        "messages", "The publicity cannot start in the past ({starts_on})."),
    "publicity.ends_after_exam": QT_TRANSLATE_NOOP(
        "messages", "The registration publicity would end on {ends_on}, not before the exam "
        "on {exam_date}: start it earlier or shorten it."),
    "publicity.before_exam_end": QT_TRANSLATE_NOOP(
        "messages", "The results publicity must start after the exam (last day {exam_end}), "
        "not on {starts_on}."),
    "publicity.nobody_listed": QT_TRANSLATE_NOOP(
        "messages", "Nobody would be on the list of this publicity."),
    "publicity.already_open": QT_TRANSLATE_NOOP(
        "messages", "A publicity of this kind ({starts_on} to {ends_on}) is not closed yet; "
        "close it before publishing another."),
    "publicity.results_not_locked": QT_TRANSLATE_NOOP(
        "messages", "The results are not all verified and locked yet."),
    "publicity.not_found": QT_TRANSLATE_NOOP(
        "messages", "The publicity was not found (id {publicity_id})."),
    "publicity.closed": QT_TRANSLATE_NOOP(
        "messages", "The publicity was closed at {closed_at}; it can no longer be changed."),
    "publicity.content_required": QT_TRANSLATE_NOOP(
        "messages", "Write down what the objection says."),
    "publicity.content_too_long": QT_TRANSLATE_NOOP(
        "messages", "The text is too long (at most {limit} characters)."),
    "publicity.outside_period": QT_TRANSLATE_NOOP(
        "messages", "Objections are recorded during the publicity period ({starts_on} to "
        "{ends_on}); today is {day}."),
    "publicity.not_listed": QT_TRANSLATE_NOOP(
        "messages", "That candidate is not registered in this batch."),
    "publicity.objection_not_found": QT_TRANSLATE_NOOP(
        "messages", "The objection was not found (id {objection_id})."),
    "publicity.bad_outcome": QT_TRANSLATE_NOOP(
        "messages", "An objection is either upheld or dismissed (not {outcome})."),
    "publicity.resolution_required": QT_TRANSLATE_NOOP(
        "messages", "Write down how the objection was settled."),
    "publicity.already_settled": QT_TRANSLATE_NOOP(
        "messages", "The objection is already settled ({outcome})."),
    "publicity.marks_need_upheld": QT_TRANSLATE_NOOP(
        "messages", "Only an upheld objection can lead to corrected marks."),
    "publicity.mark_not_candidates": QT_TRANSLATE_NOOP(
        "messages", "Mark {mark_id} is not a mark of the candidate the objection is about."),
    "publicity.mark_not_corrected": QT_TRANSLATE_NOOP(
        "messages", "Mark {mark_id} was not unlocked for correction since the objection was "
        "received: the chief examiner unlocks it first."),
    "publicity.period_not_over": QT_TRANSLATE_NOOP(
        "messages", "The publicity period runs until {ends_on}; close it after that day."),
    "publicity.unsettled": QT_TRANSLATE_NOOP(
        "messages", "{count} objection(s) are not settled yet."),
}
