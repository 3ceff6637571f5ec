"""Every user-facing message, by the stable code the core raises or reports.

English templates live here, marked for Qt's ``lupdate`` (context ``messages`` and
``columns``); the Simplified Chinese text lives in ``ui/i18n/examsite_zh_CN.ts``. The GUI
translates through Qt; the CLI (no Qt) reads the same ``.ts`` file through ``app.i18n``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks ``source`` for extraction by ``pyside6-lupdate``; returns it unchanged."""
    return source


Translate = Callable[[str, str], str]


def identity(_context: str, source: str) -> str:
    return source


MESSAGES: dict[str, str] = {
    # database and batch
    "db.not_a_database": QT_TRANSLATE_NOOP(
        "messages", "The file {path} is not an ExamSite database."),
    "batch.not_found": QT_TRANSLATE_NOOP("messages", "Batch {batch_id} does not exist."),
    "batch.none": QT_TRANSLATE_NOOP(
        "messages", "This database has no batch yet. Create the demo or import a site package."),
    "candidate.not_found": QT_TRANSLATE_NOOP(
        "messages", "Candidate {candidate_id} does not exist."),
    "demo.bad_count": QT_TRANSLATE_NOOP(
        "messages", "The number of demo candidates must be between 1 and 100000 (got {count})."),
    "demo.not_empty": QT_TRANSLATE_NOOP(
        "messages", "This database already holds a batch; create the demo in a new file."),
    # rules
    "profile.unknown": QT_TRANSLATE_NOOP("messages", "Unknown rule profile: {profile}."),
    "staffing.negative_candidates": QT_TRANSLATE_NOOP(
        "messages", "The number of candidates cannot be negative."),
    "profile.unknown_step": QT_TRANSLATE_NOOP(
        "messages", "Rule profile {profile} has no step {step}."),
    "calendar.unknown_year": QT_TRANSLATE_NOOP(
        "messages", "The official holiday schedule of {year} is not known; add it to the "
        "calendar override file."),
    "calendar.bad_override": QT_TRANSLATE_NOOP(
        "messages", "The calendar override file {path} cannot be used: {detail}"),
    "deadline.bad_exam_end": QT_TRANSLATE_NOOP(
        "messages", "The last exam day is before the first."),
    "plan.empty_body_name": QT_TRANSLATE_NOOP(
        "messages", "The certification body's name is empty."),
    "plan.bad_body_name": QT_TRANSLATE_NOOP(
        "messages", "The certification body's name contains line breaks or control characters."),
    "plan.bad_batch_no": QT_TRANSLATE_NOOP(
        "messages", "The batch number must be 1 or more (got {batch_no})."),
    "plan.bad_name": QT_TRANSLATE_NOOP(
        "messages", "This is not a plan name of the form date + body name + batch number."),
    # ID documents
    "id.empty": QT_TRANSLATE_NOOP("messages", "The ID number is empty."),
    "id.bad_characters": QT_TRANSLATE_NOOP(
        "messages", "The ID number contains characters that are not allowed: {chars}"),
    "id.bad_length": QT_TRANSLATE_NOOP(
        "messages", "The ID number has {length} characters; expected {expected}."),
    "id.bad_check_digit": QT_TRANSLATE_NOOP(
        "messages", "Wrong check digit: it should be {expected} but is {actual}."),
    "id.bad_birth_date": QT_TRANSLATE_NOOP(
        "messages", "The birth date {value} in the ID number is not a real date."),
    "id.birth_date_in_future": QT_TRANSLATE_NOOP(
        "messages", "The birth date {value} in the ID number is in the future."),
    "id.birth_date_too_old": QT_TRANSLATE_NOOP(
        "messages", "The birth date {value} in the ID number is before 1900."),
    "id.bad_hmt_prefix": QT_TRANSLATE_NOOP(
        "messages", "A Hong Kong, Macao or Taiwan residence permit number starts with 810000, "
        "820000 or 830000, not {prefix}."),
    "id.bad_format": QT_TRANSLATE_NOOP(
        "messages", "The number does not have the format of this document type ({id_type})."),
    "id.type_mismatch": QT_TRANSLATE_NOOP(
        "messages", "The document type chosen is {expected} but the number is a {detected}."),
    "id.unknown_region": QT_TRANSLATE_NOOP(
        "messages", "The region code is not a known province; please double-check it."),
    "id.converted_from_15": QT_TRANSLATE_NOOP(
        "messages", "The old 15-digit number was converted to the 18-digit form."),
    # seat draw
    "seating.bad_mode": QT_TRANSLATE_NOOP(
        "messages", "Unknown seating mode {mode}: use ordinary or shuffled."),
    "seating.session_not_found": QT_TRANSLATE_NOOP(
        "messages", "There is no exam session {session} in this batch."),
    "seating.checked_in": QT_TRANSLATE_NOOP(
        "messages", "Candidates already checked in for the sitting of {session}: its seats "
        "can no longer be drawn again (move single seats instead)."),
    "seating.no_candidates": QT_TRANSLATE_NOOP(
        "messages", "Nobody is registered for the papers of the sitting of {session}."),
    "seating.no_capacity": QT_TRANSLATE_NOOP(
        "messages", "Not enough seats for the sitting of {session}: {needed} candidates, "
        "{available} seats in its rooms and the free rooms. Add a room first."),
    "seating.drawn": QT_TRANSLATE_NOOP(
        "messages", "{seated} candidates seated in {rooms} rooms ({mode} draw, seed {seed})."),
    "seating.overflow": QT_TRANSLATE_NOOP("messages", "Overflow rooms used: {rooms}."),
    "seating.unseparated": QT_TRANSLATE_NOOP(
        "messages", "Could not separate in room {room}: seat {first} and seat {second} "
        "({value})."),
    "seating.reprint": QT_TRANSLATE_NOOP(
        "messages", "{count} admission tickets were signed again with their new seats: "
        "print them again."),
    # tickets and check-in
    "ticket.unreadable": QT_TRANSLATE_NOOP(
        "messages", "This is not an admission ticket code, or it is damaged."),
    "ticket.unknown_key": QT_TRANSLATE_NOOP(
        "messages", "The ticket is signed by a key this laptop does not trust ({kid})."),
    "ticket.bad_signature": QT_TRANSLATE_NOOP(
        "messages", "The ticket's signature does not match: it was edited or forged."),
    "ticket.other_batch": QT_TRANSLATE_NOOP(
        "messages", "The ticket belongs to another batch."),
    "ticket.revoked": QT_TRANSLATE_NOOP(
        "messages", "The ticket was cancelled or replaced by a reissued one."),
    "ticket.not_found": QT_TRANSLATE_NOOP(
        "messages", "No ticket with this number in this batch."),
    "tickets.no_seats": QT_TRANSLATE_NOOP(
        "messages", "Nobody is seated yet: arrange the rooms before issuing tickets."),
    "tickets.not_issued": QT_TRANSLATE_NOOP(
        "messages", "No signed tickets yet: issue the tickets first."),
    "tickets.room_empty": QT_TRANSLATE_NOOP(
        "messages", "Nobody with a signed ticket sits in room {room_code}."),
    "tickets.reason_required": QT_TRANSLATE_NOOP(
        "messages", "Give a reason for cancelling or reissuing the ticket."),
    "tickets.not_found": QT_TRANSLATE_NOOP(
        "messages", "Ticket {ticket_no} does not exist or is already cancelled."),
    # room documents: door lists, seat charts, sign-in sheets (app/reports/room_documents.py)
    "roomdocs.room_not_in_batch": QT_TRANSLATE_NOOP(
        "messages", "Room {room_code} has no session in this batch."),
    "roomdocs.room_empty": QT_TRANSLATE_NOOP(
        "messages", "Nobody is seated in room {room_code}."),
    "roomdocs.nobody_seated": QT_TRANSLATE_NOOP(
        "messages", "Nobody is seated yet: arrange the rooms first."),
    "checkin.id_mismatch": QT_TRANSLATE_NOOP(
        "messages", "The ID document does not belong to the ticket's candidate."),
    "checkin.not_on_this_laptop": QT_TRANSLATE_NOOP(
        "messages", "Genuine ticket, but the candidate is not in this laptop's data."),
    "checkin.reason_required": QT_TRANSLATE_NOOP("messages", "A reason is required."),
    "checkin.bad_reversal": QT_TRANSLATE_NOOP(
        "messages", "An admission can only be refused or undone."),
    "checkin.not_found": QT_TRANSLATE_NOOP("messages", "Check-in {event_id} does not exist."),
    "checkin.not_an_admission": QT_TRANSLATE_NOOP(
        "messages", "Only an admission can be refused or undone."),
    "checkin.already_reversed": QT_TRANSLATE_NOOP(
        "messages", "This admission was already refused or undone."),
    "checkin.session_not_found": QT_TRANSLATE_NOOP(
        "messages", "Session {session_id} does not exist."),
    "checkin.cutoff_not_passed": QT_TRANSLATE_NOOP(
        "messages", "Absentees can be marked only after the late-entry cutoff ({cutoff})."),
    # seat moves (moving or swapping a seat after allocation)
    "seat_move.reason_required": QT_TRANSLATE_NOOP(
        "messages", "Give a reason for moving or swapping the seat."),
    "seat_move.assignment_not_found": QT_TRANSLATE_NOOP(
        "messages", "Seat assignment {assignment_id} does not exist."),
    "seat_move.seat_not_found": QT_TRANSLATE_NOOP("messages", "Seat {seat_id} does not exist."),
    "seat_move.room_not_found": QT_TRANSLATE_NOOP("messages", "Room {room_id} does not exist."),
    "seat_move.same_seat": QT_TRANSLATE_NOOP(
        "messages", "{name} already sits at seat {seat}."),
    "seat_move.same_candidate": QT_TRANSLATE_NOOP(
        "messages", "Choose two different candidates to swap."),
    "seat_move.seat_unusable": QT_TRANSLATE_NOOP(
        "messages", "Seat {seat} of room {room} is out of use."),
    "seat_move.seat_taken": QT_TRANSLATE_NOOP(
        "messages", "Seat {seat} of room {room} is taken by {name}; swap the two candidates "
        "instead."),
    "seat_move.no_session_in_room": QT_TRANSLATE_NOOP(
        "messages", "Room {room} does not hand out {name}'s paper at this time: a candidate can "
        "only move to a room holding a session of the same subject and start time."),
    "seat_move.different_sitting": QT_TRANSLATE_NOOP(
        "messages", "{name_a} and {name_b} sit at different times; only candidates of the same "
        "sitting can swap seats."),
    "seat_move.papers_differ": QT_TRANSLATE_NOOP(
        "messages", "{name_a} (room {room_a}) and {name_b} (room {room_b}) sit different papers "
        "and each room hands out only its own: they cannot swap."),
    "seat_move.checked_in": QT_TRANSLATE_NOOP(
        "messages", "{name} has already checked in for session {session}: the seat cannot be "
        "changed any more."),
    # the candidate workbook
    "import.file_missing": QT_TRANSLATE_NOOP("messages", "The file {file} does not exist."),
    "import.not_xlsx": QT_TRANSLATE_NOOP(
        "messages", "The file {file} is not an Excel workbook (.xlsx). Save it as .xlsx from "
        "Excel or WPS and try again."),
    "import.empty_sheet": QT_TRANSLATE_NOOP(
        "messages", "The sheet {sheet} of {file} holds no candidates."),
    "import.missing_headers": QT_TRANSLATE_NOOP(
        "messages", "The sheet {sheet} of {file} lacks the required columns: {missing}. Use the "
        "template."),
    "import.merged_cells": QT_TRANSLATE_NOOP(
        "messages", "The sheet {sheet} of {file} has merged cells ({cells}); unmerge them so "
        "each candidate is on one row."),
    "import.too_many_rows": QT_TRANSLATE_NOOP(
        "messages", "The file {file} has more than {limit} rows; split it."),
    "import.required_missing": QT_TRANSLATE_NOOP("messages", "Required, but empty."),
    "import.name_too_long": QT_TRANSLATE_NOOP(
        "messages", "The name is longer than {limit} characters."),
    "import.bad_gender": QT_TRANSLATE_NOOP(
        "messages", "\"{value}\" is not a gender; write 男 or 女."),
    "import.gender_mismatch": QT_TRANSLATE_NOOP(
        "messages", "The gender \"{value}\" does not match the ID number."),
    "import.id_number_as_number": QT_TRANSLATE_NOOP(
        "messages", "The ID number is stored as a number, so Excel may have changed its last "
        "digits; format the column as text and type it again."),
    "import.bad_id_type": QT_TRANSLATE_NOOP(
        "messages", "\"{value}\" is not a known document type."),
    "import.duplicate_in_file": QT_TRANSLATE_NOOP(
        "messages", "The same ID number is already on row {first_row} of this file."),
    "import.already_registered": QT_TRANSLATE_NOOP(
        "messages", "This person is already registered in this batch."),
    "import.bad_date": QT_TRANSLATE_NOOP(
        "messages", "\"{value}\" is not a date (write it as 1990-01-31)."),
    "import.birth_date_mismatch": QT_TRANSLATE_NOOP(
        "messages", "The birth date {value} differs from the one in the ID number ({expected})."),
    "import.unknown_occupation": QT_TRANSLATE_NOOP(
        "messages", "\"{value}\" is not an occupation of this batch."),
    "import.bad_level": QT_TRANSLATE_NOOP(
        "messages", "\"{value}\" is not a level (write e.g. 四级 or 中级工)."),
    "import.level_not_offered": QT_TRANSLATE_NOOP(
        "messages", "Level \"{value}\" of {occupation} is not offered in this batch."),
    "import.bad_phone": QT_TRANSLATE_NOOP("messages", "\"{value}\" is not a phone number."),
    "import.photo_missing": QT_TRANSLATE_NOOP(
        "messages", "No photo: neither in the sheet nor as a file named {file}.jpg/.png."),
    "photo.too_large": QT_TRANSLATE_NOOP(
        "messages", "The photo is larger than 5 MB."),
    "photo.not_an_image": QT_TRANSLATE_NOOP(
        "messages", "The photo is not a JPEG or PNG image."),
    # rooms: sites, room layouts, seats and sessions (app/services/rooms.py)
    "rooms.code_required": QT_TRANSLATE_NOOP("messages", "The code must not be empty."),
    "rooms.name_required": QT_TRANSLATE_NOOP("messages", "The name must not be empty."),
    "rooms.site_code_taken": QT_TRANSLATE_NOOP(
        "messages", "There is already a site with the code {site}."),
    "rooms.site_not_found": QT_TRANSLATE_NOOP("messages", "Site {site_id} does not exist."),
    "rooms.not_found": QT_TRANSLATE_NOOP("messages", "Room {room_id} does not exist."),
    "rooms.code_taken": QT_TRANSLATE_NOOP(
        "messages", "The site already has a room with the code {room}."),
    "rooms.bad_kind": QT_TRANSLATE_NOOP(
        "messages", "Room {room}: \"{kind}\" is not a room kind (theory, computer or "
        "practical)."),
    "rooms.bad_grid": QT_TRANSLATE_NOOP(
        "messages", "Room {room}: rows and columns must be between 1 and {max} (got {rows} x "
        "{cols})."),
    "rooms.bad_numbering": QT_TRANSLATE_NOOP(
        "messages", "Room {room}: \"{numbering}\" is not a seat numbering order."),
    "rooms.bad_aisle_col": QT_TRANSLATE_NOOP(
        "messages", "Room {room}: an aisle after column {value} is not between two columns."),
    "rooms.bad_aisle_row": QT_TRANSLATE_NOOP(
        "messages", "Room {room}: an aisle after row {value} is not between two rows."),
    "rooms.seat_outside_grid": QT_TRANSLATE_NOOP(
        "messages", "Room {room}: the seat at row {row}, column {col} is outside the grid."),
    "rooms.capacity_too_small": QT_TRANSLATE_NOOP(
        "messages", "Room {room}: the exam capacity must be at least 1 (got {capacity})."),
    "rooms.capacity_too_large": QT_TRANSLATE_NOOP(
        "messages", "Room {room}: the exam capacity {capacity} is more than the {usable} usable "
        "seats."),
    "rooms.capacity_below_seated": QT_TRANSLATE_NOOP(
        "messages", "Room {room}: {seated} candidates are already seated at one time, more "
        "than the exam capacity {capacity}."),
    "rooms.seat_removed_seated": QT_TRANSLATE_NOOP(
        "messages", "Room {room}: seat {seat} would disappear, but {candidate} is seated there "
        "(session {session}). Move the candidate first."),
    "rooms.seat_unusable_seated": QT_TRANSLATE_NOOP(
        "messages", "Room {room}: seat {seat} cannot be taken out of use, {candidate} is seated "
        "there (session {session}). Move the candidate first."),
    "rooms.kind_conflicts_session": QT_TRANSLATE_NOOP(
        "messages", "Room {room} cannot change its kind: session {session} needs the current "
        "kind."),
    "rooms.room_has_sessions": QT_TRANSLATE_NOOP(
        "messages", "Room {room} has {count} sessions; delete or move them first."),
    "rooms.room_has_staff": QT_TRANSLATE_NOOP(
        "messages", "Room {room} has {count} staff duties; remove them first."),
    "rooms.session_not_found": QT_TRANSLATE_NOOP(
        "messages", "Session {session_id} does not exist."),
    "rooms.subject_not_found": QT_TRANSLATE_NOOP(
        "messages", "Subject {subject_id} does not exist."),
    "rooms.subject_not_offered": QT_TRANSLATE_NOOP(
        "messages", "{occupation} level {level} is not offered in this batch."),
    "rooms.written_needs_room": QT_TRANSLATE_NOOP(
        "messages", "Room {room} is a practical workshop: theory exams and reviews need a "
        "theory or computer room."),
    "rooms.practical_needs_workshop": QT_TRANSLATE_NOOP(
        "messages", "Room {room} is not a practical workshop: practical exams need one."),
    "rooms.session_bad_window": QT_TRANSLATE_NOOP(
        "messages", "The session must end after it starts ({start}–{end})."),
    "rooms.session_outside_days": QT_TRANSLATE_NOOP(
        "messages", "The session must lie within the batch's exam days ({first} to {last})."),
    "rooms.session_overlap": QT_TRANSLATE_NOOP(
        "messages", "Room {room} is taken by session {session} ({start}–{end}); several papers "
        "may share a room only in the same time window."),
    "rooms.session_duplicate": QT_TRANSLATE_NOOP(
        "messages", "Session {session} already holds this subject in room {room} at this time."),
    "rooms.session_code_taken": QT_TRANSLATE_NOOP(
        "messages", "There is already a session with the code {session}."),
    "rooms.bad_late_entry": QT_TRANSLATE_NOOP(
        "messages", "Late entry must be between 0 and 120 minutes (got {minutes})."),
    "rooms.session_move_seated": QT_TRANSLATE_NOOP(
        "messages", "Session {session} has {count} seated candidates: its room and subject "
        "cannot change."),
    "rooms.session_has_seats": QT_TRANSLATE_NOOP(
        "messages", "Session {session} has {count} seated candidates; it cannot be deleted."),
    "rooms.session_has_checkins": QT_TRANSLATE_NOOP(
        "messages", "Session {session} has {count} check-ins; it cannot be deleted."),
    "rooms.session_has_staff": QT_TRANSLATE_NOOP(
        "messages", "Session {session} has {count} staff duties; remove them first."),
    # staffing (考务编排): rules, findings, automatic assignment, manual changes
    "staffing.rule.proctors": QT_TRANSLATE_NOOP(
        "messages", "Proctors per theory room: at least 2, and 1 per 15 candidates"),
    "staffing.rule.examiners": QT_TRANSLATE_NOOP(
        "messages", "Examiners per practical candidate: at least 3, an odd number"),
    "staffing.rule.experts": QT_TRANSLATE_NOOP(
        "messages", "Experts per comprehensive review candidate: at least 3, an odd number"),
    "staffing.rule.supervisor": QT_TRANSLATE_NOOP(
        "messages", "At least one internal quality supervisor for the batch"),
    "staffing.rule.recusal": QT_TRANSLATE_NOOP(
        "messages", "Recusal: nobody faces a candidate from their own work unit or a relation"),
    "staffing.rule.double_booking": QT_TRANSLATE_NOOP(
        "messages", "Nobody is in two rooms at the same time"),
    "staffing.rule.qualification": QT_TRANSLATE_NOOP(
        "messages", "Everybody holds the role they are assigned"),
    "staffing.rule.rotation": QT_TRANSLATE_NOOP(
        "messages", "Rotation: examiners and experts change from one batch to the next"),
    "staffing.proctors_short": QT_TRANSLATE_NOOP(
        "messages", "Room {room}, session {session} ({start}): {candidates} candidates need "
        "{required} proctors; {assigned} assigned."),
    "staffing.examiners_session": QT_TRANSLATE_NOOP(
        "messages", "Room {room}, session {session}: the {candidates} candidates have "
        "{assigned} examiners; at least {minimum}, an odd number, are needed."),
    "staffing.examiners_candidate": QT_TRANSLATE_NOOP(
        "messages", "Candidate {candidate} ({ticket_no}) in room {room}, session {session} has "
        "{assigned} examiners; at least {minimum}, an odd number, are needed."),
    "staffing.experts_session": QT_TRANSLATE_NOOP(
        "messages", "Room {room}, session {session}: the {candidates} candidates have "
        "{assigned} experts; at least {minimum}, an odd number, are needed."),
    "staffing.experts_candidate": QT_TRANSLATE_NOOP(
        "messages", "Candidate {candidate} ({ticket_no}) in room {room}, session {session} has "
        "{assigned} experts; at least {minimum}, an odd number, are needed."),
    "staffing.supervisor_short": QT_TRANSLATE_NOOP(
        "messages", "The batch has {assigned} internal quality supervisors; at least {minimum} "
        "needed."),
    "staffing.recusal_unit": QT_TRANSLATE_NOOP(
        "messages", "{staff} ({badge_no}, {role}) faces candidate {candidate} ({ticket_no}) in "
        "room {room}, session {session}: both are from {work_unit}."),
    "staffing.recusal_relation": QT_TRANSLATE_NOOP(
        "messages", "{staff} ({badge_no}, {role}) faces candidate {candidate} ({ticket_no}) in "
        "room {room}, session {session}: declared relation \"{relation}\"."),
    "staffing.double_booked": QT_TRANSLATE_NOOP(
        "messages", "{staff} ({badge_no}) is assigned to rooms {room} and {other_room} at the "
        "same time ({start})."),
    "staffing.role_not_held": QT_TRANSLATE_NOOP(
        "messages", "{staff} ({badge_no}) is assigned as {role} but does not hold that role."),
    "staffing.rotation": QT_TRANSLATE_NOOP(
        "messages", "{staff} ({badge_no}) was {role} at {site} in the previous batch "
        "{previous}, and works there again (room {room})."),
    "staffing.missing_proctors": QT_TRANSLATE_NOOP(
        "messages", "Room {room}, session {session} ({start}) needs {missing} more proctors: "
        "{assigned} of {required} assigned, no eligible proctor left ({busy} busy elsewhere at "
        "that time, {recused} excluded by recusal)."),
    "staffing.missing_examiners": QT_TRANSLATE_NOOP(
        "messages", "Room {room}, session {session} ({start}) needs {missing} more examiners: "
        "{assigned} of {required} assigned, no eligible examiner left ({busy} busy elsewhere "
        "at that time, {recused} excluded by recusal)."),
    "staffing.missing_experts": QT_TRANSLATE_NOOP(
        "messages", "Room {room}, session {session} ({start}) needs {missing} more experts: "
        "{assigned} of {required} assigned, no eligible expert left ({busy} busy elsewhere at "
        "that time, {recused} excluded by recusal)."),
    "staffing.missing_supervisor": QT_TRANSLATE_NOOP(
        "messages", "The batch needs {missing} more internal quality supervisors; nobody else "
        "holds that role."),
    "staffing.staff_not_found": QT_TRANSLATE_NOOP(
        "messages", "Staff member {staff_id} does not exist."),
    "staffing.assignment_not_found": QT_TRANSLATE_NOOP(
        "messages", "Staff assignment {assignment_id} does not exist."),
    "staffing.not_qualified": QT_TRANSLATE_NOOP(
        "messages", "{staff} does not hold the role {role}."),
    "staffing.unknown_role": QT_TRANSLATE_NOOP("messages", "Unknown staff role: {role}."),
    "staffing.target_required": QT_TRANSLATE_NOOP(
        "messages", "A {role} must be assigned to a room, a session or a candidate."),
    "staffing.session_not_in_batch": QT_TRANSLATE_NOOP(
        "messages", "Session {session_id} is not part of this batch (or not in that room)."),
    "staffing.room_not_in_batch": QT_TRANSLATE_NOOP(
        "messages", "Room {room_id} has no session in this batch."),
    "staffing.registration_not_in_batch": QT_TRANSLATE_NOOP(
        "messages", "Registration {registration_id} is not part of this batch."),
    "staffing.already_assigned": QT_TRANSLATE_NOOP(
        "messages", "{staff} already has this assignment."),
    "staffing.reason_required": QT_TRANSLATE_NOOP(
        "messages", "Give a reason for removing the assignment."),
    "staffing.nobody_assigned": QT_TRANSLATE_NOOP(
        "messages", "Nobody is assigned in this batch yet: run the staff assignment first."),
}

COLUMN_LABELS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("columns", "Name"),
    "gender": QT_TRANSLATE_NOOP("columns", "Gender"),
    "id_type": QT_TRANSLATE_NOOP("columns", "Document type"),
    "id_number": QT_TRANSLATE_NOOP("columns", "ID number"),
    "birth_date": QT_TRANSLATE_NOOP("columns", "Birth date"),
    "occupation": QT_TRANSLATE_NOOP("columns", "Occupation"),
    "level": QT_TRANSLATE_NOOP("columns", "Level"),
    "education": QT_TRANSLATE_NOOP("columns", "Education"),
    "work_unit": QT_TRANSLATE_NOOP("columns", "Work unit"),
    "training_class": QT_TRANSLATE_NOOP("columns", "Training class"),
    "phone": QT_TRANSLATE_NOOP("columns", "Phone"),
    "photo": QT_TRANSLATE_NOOP("columns", "Photo"),
}

ROW_PREFIX = QT_TRANSLATE_NOOP("messages", "Row {row}, {column}: {message}")


def render(code: str, params: Mapping[str, Any], translate: Translate = identity) -> str:
    """The message for ``code`` in the translator's language; unknown codes show as is."""
    template = MESSAGES.get(code)
    if template is None:
        return code + ("" if not params else " " + repr(dict(params)))
    text = translate("messages", template)
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        return text


def render_problem(row: int, column: str, code: str, params: Mapping[str, Any],
                   translate: Translate = identity) -> str:
    """``Row 7, ID number: <message>``; a whole-file problem (row 0) is the message alone."""
    message = render(code, params, translate)
    if row <= 0:
        return message
    label = translate("columns", COLUMN_LABELS.get(column, column))
    return translate("messages", ROW_PREFIX).format(row=row, column=label, message=message)
