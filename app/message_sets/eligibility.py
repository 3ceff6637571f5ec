"""Messages of the eligibility area (codes raised by its services), merged into ``app.messages``."""

from __future__ import annotations

from app.messages import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    # reasons (app.rules.eligibility), stored with each registration
    "eligibility.reason.no_conditions": QT_TRANSLATE_NOOP(
        "messages", "No eligibility conditions are defined for this occupation and level."),
    "eligibility.reason.age_unknown": QT_TRANSLATE_NOOP(
        "messages", "Birth date unknown: the applicant must be at least {years}."),
    "eligibility.reason.too_young": QT_TRANSLATE_NOOP(
        "messages", "Aged {age}, at least {years} required."),
    "eligibility.reason.work_years": QT_TRANSLATE_NOOP(
        "messages", "{have} years of work in the occupation, {years} required."),
    "eligibility.reason.prior_certificate": QT_TRANSLATE_NOOP(
        "messages", "No certificate of this or a related occupation at level {level} or higher."),
    "eligibility.reason.education": QT_TRANSLATE_NOOP(
        "messages", "Education {have}, at least {min} required."),
    "eligibility.reason.training": QT_TRANSLATE_NOOP(
        "messages", "The occupation's training is not completed."),
    "eligibility.reason.student": QT_TRANSLATE_NOOP(
        "messages", "Not a current student of a technical school or vocational college "
        "(at least {min})."),
    "eligibility.route_prefix": QT_TRANSLATE_NOOP("messages", "Route {route}: {message}"),
    # errors
    "eligibility.bad_set": QT_TRANSLATE_NOOP(
        "messages", "\"{name}\" is not a condition set: use national or the name of an "
        "enterprise evaluation standard."),
    "eligibility.bad_level": QT_TRANSLATE_NOOP("messages", "\"{level}\" is not a level (1 to 5)."),
    "eligibility.bad_route": QT_TRANSLATE_NOOP(
        "messages", "Condition {position}: the route \"{route}\" must be a number from 1."),
    "eligibility.bad_kind": QT_TRANSLATE_NOOP(
        "messages", "\"{kind}\" is not a kind of condition."),
    "eligibility.bad_value": QT_TRANSLATE_NOOP(
        "messages", "The value \"{value}\" does not fit a condition of kind {kind}."),
    "eligibility.bad_education": QT_TRANSLATE_NOOP(
        "messages", "\"{value}\" is not a known education (e.g. 初中, 高中, 中专, 大专, 本科)."),
    "eligibility.occupation_not_found": QT_TRANSLATE_NOOP(
        "messages", "The occupation \"{occupation}\" is not known."),
    "eligibility.bad_decision": QT_TRANSLATE_NOOP(
        "messages", "\"{decision}\" is not a decision: accept or refuse."),
    "eligibility.note_required": QT_TRANSLATE_NOOP(
        "messages", "A refusal needs a note giving the reason."),
    "eligibility.note_too_long": QT_TRANSLATE_NOOP(
        "messages", "The note is too long (at most {limit} characters)."),
    "eligibility.nothing_selected": QT_TRANSLATE_NOOP(
        "messages", "Select the applications to decide first."),
    "eligibility.registration_not_found": QT_TRANSLATE_NOOP(
        "messages", "Registration {registration_id} does not exist."),
    "eligibility.bad_facts": QT_TRANSLATE_NOOP(
        "messages", "The declared facts of registration {registration_id} are out of range."),
    "eligibility.bad_prior_level": QT_TRANSLATE_NOOP(
        "messages", "\"{value}\" is not a certificate level."),
    "eligibility.bad_work_years": QT_TRANSLATE_NOOP(
        "messages", "\"{value}\" is not a number of years (0 to 60)."),
    "eligibility.bad_flag": QT_TRANSLATE_NOOP(
        "messages", "\"{value}\" is not yes or no (是/否)."),
}
