"""Messages of the incidents area (codes raised by its services), merged into ``app.messages``."""

from __future__ import annotations

from app.messages import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "incident.bad_kind": QT_TRANSLATE_NOOP("messages", "Choose what kind of incident it is."),
    "incident.rule_required": QT_TRANSLATE_NOOP(
        "messages", "Choose the rule the candidate broke."),
    "incident.bad_rule": QT_TRANSLATE_NOOP(
        "messages", "That rule is not in the list of exam-room rules."),
    "incident.session_required": QT_TRANSLATE_NOOP(
        "messages", "Misconduct is recorded in an exam session: choose the session."),
    "incident.candidate_required": QT_TRANSLATE_NOOP(
        "messages", "Scan the candidate's admission ticket or pick the candidate."),
    "incident.description_required": QT_TRANSLATE_NOOP(
        "messages", "Describe what happened."),
    "incident.text_too_long": QT_TRANSLATE_NOOP(
        "messages", "The text is too long (at most {limit} characters)."),
    "incident.in_future": QT_TRANSLATE_NOOP(
        "messages", "The time {at} has not come yet."),
    "incident.session_not_found": QT_TRANSLATE_NOOP(
        "messages", "The exam session no longer exists."),
    "incident.candidate_not_found": QT_TRANSLATE_NOOP(
        "messages", "The candidate is not registered in this batch."),
    "incident.not_in_room": QT_TRANSLATE_NOOP(
        "messages", "{name} does not sit in this room at this time (session {session})."),
    "incident.result_closed": QT_TRANSLATE_NOOP(
        "messages", "The candidate's result in this subject is already verified or locked; "
        "reopen it before recording or voiding misconduct."),
    "incident.reason_required": QT_TRANSLATE_NOOP(
        "messages", "Give the reason for voiding the record."),
    "incident.not_found": QT_TRANSLATE_NOOP("messages", "The incident record no longer exists."),
    "incident.already_voided": QT_TRANSLATE_NOOP(
        "messages", "The incident record is already void."),
    "incident.bad_ticket": QT_TRANSLATE_NOOP(
        "messages", "The scan is not an admission ticket of this batch."),
    "incident.ticket_not_found": QT_TRANSLATE_NOOP(
        "messages", "No candidate has the ticket number {ticket_no}."),
}
