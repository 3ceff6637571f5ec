"""Messages of the batch plan and of the timeline's blocking checks (``gate.*``), merged into
``app.messages``."""

from __future__ import annotations

from app.messages import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "plan.bad_body_code": QT_TRANSLATE_NOOP(
        "messages", "The body code must be 2 to 32 letters or digits (got \"{body_code}\")."),
    "plan.batch_no_range": QT_TRANSLATE_NOOP(
        "messages", "The batch number must be 1 to 99 (got {batch_no})."),
    "plan.registration_reversed": QT_TRANSLATE_NOOP(
        "messages", "Registration closes ({closes}) before it opens ({opens})."),
    "plan.registration_after_exam": QT_TRANSLATE_NOOP(
        "messages", "Registration must close before the exam: it closes on {closes}, the exam "
        "is on {exam_date}."),
    "plan.announce_after_registration": QT_TRANSLATE_NOOP(
        "messages", "The announcement ({announce_on}) must come out before registration opens "
        "({opens})."),
    "plan.no_site": QT_TRANSLATE_NOOP("messages", "Name at least one exam site."),
    "plan.no_contact": QT_TRANSLATE_NOOP("messages", "Give a contact telephone number."),
    "plan.no_complaints": QT_TRANSLATE_NOOP(
        "messages", "Give the complaints channel (telephone, mailbox or address)."),
    "plan.no_offering": QT_TRANSLATE_NOOP(
        "messages", "Add at least one occupation and level."),
    "plan.bad_occupation_code": QT_TRANSLATE_NOOP(
        "messages", "Row {row}: \"{occupation}\" is not an occupation code such as 6-31-01-03."),
    "plan.empty_occupation_name": QT_TRANSLATE_NOOP(
        "messages", "Row {row}: the occupation's name is missing."),
    "plan.occupation_two_names": QT_TRANSLATE_NOOP(
        "messages", "Row {row}: occupation {occupation} is already named \"{name}\"."),
    "plan.bad_level": QT_TRANSLATE_NOOP(
        "messages", "Row {row}: the level must be 1 to 5 (got {level})."),
    "plan.duplicate_offering": QT_TRANSLATE_NOOP(
        "messages", "Row {row}: occupation {occupation} at level {level} is listed twice."),
    "plan.bad_fee": QT_TRANSLATE_NOOP(
        "messages", "Row {row}: the fee cannot be negative ({fee})."),
    "plan.exists": QT_TRANSLATE_NOOP(
        "messages", "There is already a plan \"{plan_name}\"."),
    "plan.occupation_name_differs": QT_TRANSLATE_NOOP(
        "messages", "Occupation {occupation} is registered here as \"{stored}\", not \"{given}\"."),
    "plan.needs_reason": QT_TRANSLATE_NOOP(
        "messages", "The plan breaks the timeline ({steps}): give the reason to make it anyway."),
    "plan.not_found": QT_TRANSLATE_NOOP(
        "messages", "This batch has no plan made in the plan wizard."),
    "gate.seating_incomplete": QT_TRANSLATE_NOOP(
        "messages", "The seating is not done: {count} admitted candidates have no seat yet. "
        "Tickets are issued after the seating."),
    "gate.reviews_pending": QT_TRANSLATE_NOOP(
        "messages", "{count} applications still wait for the eligibility review: seats are "
        "drawn for reviewed candidates."),
    "gate.registration_open": QT_TRANSLATE_NOOP(
        "messages", "Registration is open until {closes}: seats are drawn after it closes."),
    "gate.tickets_missing": QT_TRANSLATE_NOOP(
        "messages", "{count} seated candidates have no issued admission ticket: the site "
        "package carries the tickets."),
    "gate.reason_too_short": QT_TRANSLATE_NOOP(
        "messages", "Say why the check is overridden (at least {minimum} characters)."),
}
