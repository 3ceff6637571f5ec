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
    # encryption at rest (app/db.py, app/crypto/db_keyring.py, app/bootstrap.py)
    "db.wrong_key": QT_TRANSLATE_NOOP(
        "messages", "The database {path} cannot be opened with this key: the key ring beside "
        "it does not belong to it."),
    "db.needs_login": QT_TRANSLATE_NOOP(
        "messages", "The database {path} is encrypted: open it with a user name and password."),
    "db.keyring_missing": QT_TRANSLATE_NOOP(
        "messages", "The key ring {keyring} of the encrypted database is missing; without it "
        "the database cannot be opened."),
    "db.keyring_unreadable": QT_TRANSLATE_NOOP(
        "messages", "The key ring {path} is damaged or of an unknown version."),
    "db.exists": QT_TRANSLATE_NOOP(
        "messages", "The database {path} already exists; choose a new file."),
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
    # scoring (marks, subject results, users; app/services/marks.py, scoring.py, users.py)
    "marks.no_rubric": QT_TRANSLATE_NOOP(
        "messages", "Subject {subject_id} has no rubric yet: import or create one first."),
    "marks.subject_not_found": QT_TRANSLATE_NOOP(
        "messages", "Subject {subject_id} does not exist."),
    "marks.unknown_item": QT_TRANSLATE_NOOP(
        "messages", "The rubric has no item {position}."),
    "marks.negative": QT_TRANSLATE_NOOP(
        "messages", "{item}: the mark {value} is negative."),
    "marks.above_max": QT_TRANSLATE_NOOP(
        "messages", "{item}: the mark {value} is above the maximum of {max} points."),
    "marks.bad_step": QT_TRANSLATE_NOOP(
        "messages", "{item}: the mark {value} is not a multiple of the step {step}."),
    "marks.not_assigned": QT_TRANSLATE_NOOP(
        "messages", "You are not assigned to score this candidate in this subject."),
    "marks.submitted": QT_TRANSLATE_NOOP(
        "messages", "These marks are submitted and can no longer be changed; ask the chief "
        "examiner or the site manager to unlock them."),
    "marks.status_set": QT_TRANSLATE_NOOP(
        "messages", "The candidate is recorded as absent or for misconduct; set the state back "
        "to normal before entering marks."),
    "marks.bad_status": QT_TRANSLATE_NOOP("messages", "Unknown candidate state: {status}."),
    "marks.note_required": QT_TRANSLATE_NOOP(
        "messages", "Write a note on what happened when recording absence or misconduct."),
    "marks.incomplete": QT_TRANSLATE_NOOP(
        "messages", "{count} item(s) have no mark yet: {items}."),
    "marks.no_account": QT_TRANSLATE_NOOP(
        "messages", "This examiner has no user account to sign the marks with."),
    "marks.reason_required": QT_TRANSLATE_NOOP(
        "messages", "Give a reason for unlocking the marks."),
    "marks.not_found": QT_TRANSLATE_NOOP("messages", "Mark {mark_id} does not exist."),
    "marks.not_examiner_mark": QT_TRANSLATE_NOOP(
        "messages", "Only an examiner's marks can be unlocked; theory scores are corrected "
        "through their import or double entry."),
    "marks.not_submitted": QT_TRANSLATE_NOOP(
        "messages", "These marks are not submitted: there is nothing to unlock."),
    "auth.denied": QT_TRANSLATE_NOOP(
        "messages", "The account {user} may not do this ({action}): it needs another role."),
    "users.bad_username": QT_TRANSLATE_NOOP(
        "messages", "\"{username}\" is not a valid user name (2-64 lower-case letters, digits, "
        "dots, dashes or underscores)."),
    "users.weak_password": QT_TRANSLATE_NOOP(
        "messages", "The password must have at least {minimum} characters."),
    "users.unknown_role": QT_TRANSLATE_NOOP("messages", "Unknown role: {role}."),
    "users.exists": QT_TRANSLATE_NOOP("messages", "The user {username} already exists."),
    "users.bad_password": QT_TRANSLATE_NOOP(
        "messages", "Wrong user name or password."),
    "users.locked": QT_TRANSLATE_NOOP(
        "messages", "Too many wrong passwords: the account is locked until {until}."),
    # accounts: first-start setup, login, lock screen, own password (app/services/accounts.py)
    "accounts.already_set_up": QT_TRANSLATE_NOOP(
        "messages", "A site manager's account already exists; log in with it instead."),
    "accounts.not_own_account": QT_TRANSLATE_NOOP(
        "messages", "{user} can change only their own password."),
    "accounts.same_password": QT_TRANSLATE_NOOP(
        "messages", "The new password is the same as the old one."),
    "accounts.no_such_user": QT_TRANSLATE_NOOP(
        "messages", "The account {username} does not exist."),
    "scoring.reason_required": QT_TRANSLATE_NOOP(
        "messages", "Give a reason for the decision."),
    "scoring.bad_score": QT_TRANSLATE_NOOP(
        "messages", "The score must be between 0 and 100 (got {score})."),
    "scoring.not_found": QT_TRANSLATE_NOOP(
        "messages", "Registration {registration_id} has no result in subject {subject_id}."),
    "scoring.not_flagged": QT_TRANSLATE_NOOP(
        "messages", "This score is not flagged: there is nothing for the chief examiner to "
        "decide."),
    "scoring.not_open": QT_TRANSLATE_NOOP(
        "messages", "This result is already verified or locked; unlock a mark to reopen it."),
    "scoring.bad_role": QT_TRANSLATE_NOOP(
        "messages", "Verify as score clerk or reviewer (got {role})."),
    "scoring.verify_denied": QT_TRANSLATE_NOOP(
        "messages", "You do not hold the role needed for this verification."),
    "scoring.not_ready": QT_TRANSLATE_NOOP(
        "messages", "This result cannot be verified yet: marks are missing or a flag is "
        "undecided."),
    "scoring.already_verified": QT_TRANSLATE_NOOP(
        "messages", "{by} has already verified this result in that role."),
    "scoring.same_person": QT_TRANSLATE_NOOP(
        "messages", "The score clerk and the reviewer must be two different people."),
    "scoring.bad_signature": QT_TRANSLATE_NOOP(
        "messages", "Mark {mark_id} no longer matches its examiner's signature: it was changed "
        "outside ExamSite. Do not use it; have the chief examiner look into it."),
    "scoring.flag.total": QT_TRANSLATE_NOOP(
        "messages", "The examiners' totals are {spread_points} points apart (tolerance "
        "{tolerance_points})."),
    "scoring.flag.item": QT_TRANSLATE_NOOP(
        "messages", "Item {item}: the examiners' marks are {spread_points} points apart "
        "(tolerance {tolerance_points})."),
    "scoring.flag.status": QT_TRANSLATE_NOOP(
        "messages", "Some examiners recorded the candidate absent and others gave marks."),
    "scoring.block.no_panel": QT_TRANSLATE_NOOP(
        "messages", "No examiner is assigned to this candidate."),
    "scoring.block.missing": QT_TRANSLATE_NOOP(
        "messages", "Not every examiner has submitted marks."),
    "scoring.block.no_theory": QT_TRANSLATE_NOOP("messages", "No theory score yet."),
    "scoring.block.flagged": QT_TRANSLATE_NOOP(
        "messages", "Flagged: waiting for the chief examiner's decision."),
    "scoring.reason.below_pass": QT_TRANSLATE_NOOP("messages", "Below 60 points."),
    "scoring.reason.vetoed": QT_TRANSLATE_NOOP("messages", "A veto item was failed."),
    "scoring.reason.absent": QT_TRANSLATE_NOOP("messages", "Absent."),
    "scoring.reason.misconduct": QT_TRANSLATE_NOOP("messages", "Misconduct."),
    "scoring.reason.pending": QT_TRANSLATE_NOOP("messages", "No final score yet."),
    # rubrics and theory scores
    "rubrics.no_items": QT_TRANSLATE_NOOP("messages", "A rubric needs at least one item."),
    "rubrics.item_name_required": QT_TRANSLATE_NOOP(
        "messages", "Item {position}: the name is empty."),
    "rubrics.name_too_long": QT_TRANSLATE_NOOP(
        "messages", "Item {position}: the name is longer than {limit} characters."),
    "rubrics.bad_max": QT_TRANSLATE_NOOP(
        "messages", "Item {position}: the maximum must be more than 0 and at most 100 "
        "(got {value})."),
    "rubrics.bad_step": QT_TRANSLATE_NOOP(
        "messages", "Item {position}: the step must be more than 0 (got {value})."),
    "rubrics.step_not_dividing": QT_TRANSLATE_NOOP(
        "messages", "The maximum {max} is not a whole number of steps of {step}."),
    "rubrics.bad_total": QT_TRANSLATE_NOOP(
        "messages", "The item maxima add up to {total} points; they must add up to 100."),
    "rubrics.bad_group_total": QT_TRANSLATE_NOOP(
        "messages", "The items of the rubric {subject} add up to {total} points; they must add "
        "up to 100."),
    "rubrics.subject_not_found": QT_TRANSLATE_NOOP(
        "messages", "Subject {subject_id} does not exist."),
    "rubrics.marks_exist": QT_TRANSLATE_NOOP(
        "messages", "Examiners have already entered marks for {subject}: its rubric cannot "
        "be changed any more."),
    "rubrics.unknown_occupation": QT_TRANSLATE_NOOP(
        "messages", "No occupation has the code \"{value}\"."),
    "rubrics.bad_level": QT_TRANSLATE_NOOP("messages", "\"{value}\" is not a level."),
    "rubrics.bad_subject": QT_TRANSLATE_NOOP(
        "messages", "\"{value}\" is not a subject; write 理论知识, 技能操作 or 综合评审."),
    "rubrics.subject_not_offered": QT_TRANSLATE_NOOP(
        "messages", "This batch has no subject {subject} for {occupation} at level {level}."),
    "rubrics.bad_points": QT_TRANSLATE_NOOP(
        "messages", "\"{value}\" is not a number of points between 0 and 100 with at most two "
        "decimals."),
    "rubrics.bad_veto": QT_TRANSLATE_NOOP(
        "messages", "\"{value}\" is not yes or no; write 是 or 否."),
    "rubrics.duplicate_item": QT_TRANSLATE_NOOP(
        "messages", "The item \"{value}\" appears twice in this rubric."),
    "theory.bad_encoding": QT_TRANSLATE_NOOP(
        "messages", "The file {file} is neither UTF-8 nor GB18030 text; save it as CSV UTF-8."),
    "theory.unknown_ticket": QT_TRANSLATE_NOOP(
        "messages", "No candidate of this batch has the ticket number \"{value}\"."),
    "theory.duplicate_in_file": QT_TRANSLATE_NOOP(
        "messages", "The ticket number \"{value}\" already appears in row {first_row}."),
    "theory.id_mismatch": QT_TRANSLATE_NOOP(
        "messages", "The ID number does not match the candidate registered under ticket "
        "{ticket_no}."),
    "theory.name_mismatch": QT_TRANSLATE_NOOP(
        "messages", "The name \"{value}\" does not match the registered candidate "
        "\"{registered}\"."),
    "theory.no_theory_subject": QT_TRANSLATE_NOOP(
        "messages", "Candidate {ticket_no} has no theory subject."),
    "theory.already_scored": QT_TRANSLATE_NOOP(
        "messages", "Candidate {ticket_no} already has a theory score or typed entries."),
    "theory.bad_score": QT_TRANSLATE_NOOP(
        "messages", "\"{value}\" is not a score from 0 to 100 with at most two decimals, "
        "nor 缺考."),
    "theory.bad_status": QT_TRANSLATE_NOOP("messages", "Unknown score status: {status}."),
    "theory.bad_clerk": QT_TRANSLATE_NOOP(
        "messages", "The entry must be by clerk 1 or clerk 2 (got {clerk})."),
    "theory.final_locked": QT_TRANSLATE_NOOP(
        "messages", "The theory score of candidate {ticket_no} is verified or locked; its "
        "entries cannot change any more."),
    "theory.reason_required": QT_TRANSLATE_NOOP(
        "messages", "Give a reason for the decision."),
    "theory.registration_not_found": QT_TRANSLATE_NOOP(
        "messages", "Registration {registration_id} does not exist."),
    "theory.no_mismatch": QT_TRANSLATE_NOOP(
        "messages", "There is nothing to resolve for this candidate: no entries, or the score "
        "already counts."),
    # score documents (app/reports/score_*.py, app/crypto/page_seal.py, app/services/supervision.py)
    "pages.ok": QT_TRANSLATE_NOOP(
        "messages", "The page matches the database: its data has not changed since printing."),
    "pages.unreadable": QT_TRANSLATE_NOOP(
        "messages", "This is not an ExamSite page code, or it is damaged."),
    "pages.unknown_key": QT_TRANSLATE_NOOP(
        "messages", "The page was sealed by a key this database does not know."),
    "pages.bad_signature": QT_TRANSLATE_NOOP(
        "messages", "The page code's signature is wrong: the code was edited or forged."),
    "pages.unknown_batch": QT_TRANSLATE_NOOP(
        "messages", "The page belongs to a batch that is not in this database."),
    "pages.unknown_page": QT_TRANSLATE_NOOP(
        "messages", "The database has no such page any more (the candidates on it changed)."),
    "pages.changed": QT_TRANSLATE_NOOP(
        "messages", "The data on this page has changed since it was printed: do not use it."),
    "reports.no_candidates": QT_TRANSLATE_NOOP(
        "messages", "Nothing to print: the batch has no accepted candidates."),
    "reports.written": QT_TRANSLATE_NOOP("messages", "{file}: {pages} pages."),
    "supervision.bad_topic": QT_TRANSLATE_NOOP(
        "messages", "Unknown supervision topic: {topic}."),
    "supervision.empty": QT_TRANSLATE_NOOP("messages", "Write what you observed."),
    "supervision.too_long": QT_TRANSLATE_NOOP(
        "messages", "The note is too long (at most {limit} characters)."),
    "supervision.no_staff": QT_TRANSLATE_NOOP(
        "messages", "Staff member {staff_id} does not exist."),
    "supervision.no_room": QT_TRANSLATE_NOOP("messages", "Room {room_id} does not exist."),
    # archive: retention, encrypted batch archive, purge (app/services/archive.py)
    "archive.weak_passphrase": QT_TRANSLATE_NOOP(
        "messages", "The passphrase is too short: use at least {minimum} characters."),
    "archive.cannot_decrypt": QT_TRANSLATE_NOOP(
        "messages", "The archive cannot be opened: wrong passphrase, or the file is damaged."),
    "archive.not_an_archive": QT_TRANSLATE_NOOP(
        "messages", "The file is not an ExamSite batch archive."),
    "archive.file_missing": QT_TRANSLATE_NOOP("messages", "The file {path} does not exist."),
    "archive.verify_failed": QT_TRANSLATE_NOOP(
        "messages", "The archive written to {path} did not check out when read back; it was "
        "not kept. Try again or choose another folder."),
    "archive.retention_not_over": QT_TRANSLATE_NOOP(
        "messages", "The batch must be kept until {keep_until}: it can be purged from "
        "{purge_from}."),
    "archive.wrong_confirmation": QT_TRANSLATE_NOOP(
        "messages", "The confirmation does not match: type the batch code {batch_code}."),
    "archive.not_exported": QT_TRANSLATE_NOOP(
        "messages", "Export an archive of the batch before purging it."),
    "archive.export_outdated": QT_TRANSLATE_NOOP(
        "messages", "The batch's records changed after the last archive export ({exported_at}): "
        "export a new archive before purging."),
    "archive.already_purged": QT_TRANSLATE_NOOP(
        "messages", "The batch has already been purged."),
    "archive.passphrase_env_empty": QT_TRANSLATE_NOOP(
        "messages", "The environment variable {var} holds no passphrase."),
    "archive.passphrases_differ": QT_TRANSLATE_NOOP(
        "messages", "The two passphrases differ."),
    # the archive index (app/services/archive_index.py)
    "archive.unknown_record": QT_TRANSLATE_NOOP(
        "messages", "The archive index has no record kind {record}."),
    "archive.place_too_long": QT_TRANSLATE_NOOP(
        "messages", "A place or note may have at most {limit} characters."),
    # audit (the hash chain check: app/services/audit_verify.py)
    "audit.intact": QT_TRANSLATE_NOOP(
        "messages", "The audit trail is intact: {events} events, head {head}."),
    "audit.edited": QT_TRANSLATE_NOOP(
        "messages", "Audit event {event_id} was changed after it was recorded: its content no "
        "longer matches its hash."),
    "audit.missing": QT_TRANSLATE_NOOP(
        "messages", "Audit event {event_id} is missing: it was removed (the next event present "
        "is {next_id})."),
    "audit.relinked": QT_TRANSLATE_NOOP(
        "messages", "Audit event {event_id} does not follow the event before it: an earlier "
        "event was removed, replaced or reordered."),
    "audit.unreadable": QT_TRANSLATE_NOOP(
        "messages", "Audit event {event_id} cannot be read (field {field}): it was edited "
        "directly in the database."),
    "audit.truncated": QT_TRANSLATE_NOOP(
        "messages", "The audit trail ends at event {last_id} but the recorded head is event "
        "{head_id}: events from {event_id} on were removed."),
    "audit.head_mismatch": QT_TRANSLATE_NOOP(
        "messages", "Audit event {event_id} differs from the recorded head: the trail was "
        "rewritten at or before that event."),
    "audit.bad_head": QT_TRANSLATE_NOOP(
        "messages", "A head is written as EVENT_ID:HASH (64 hex digits); got {head}."),
    # package format and installation identities (app/crypto/identity.py, package*.py)
    "identity.bad_kind": QT_TRANSLATE_NOOP(
        "messages", "\"{kind}\" is not a kind of installation (site, body or station)."),
    "identity.empty_passphrase": QT_TRANSLATE_NOOP(
        "messages", "The key file needs a passphrase to protect it."),
    "identity.not_an_identity_file": QT_TRANSLATE_NOOP(
        "messages", "This is not an ExamSite key file, or the file is damaged."),
    "identity.wrong_passphrase": QT_TRANSLATE_NOOP(
        "messages", "The key file cannot be opened with this passphrase."),
    "identity.bad_request": QT_TRANSLATE_NOOP(
        "messages", "This is not a readable enrolment request."),
    "identity.bad_statement": QT_TRANSLATE_NOOP(
        "messages", "This is not a readable key rotation or revocation statement."),
    "identity.bad_signature": QT_TRANSLATE_NOOP(
        "messages", "The signature of key {key_id} does not match: the file was altered or "
        "forged."),
    "identity.unknown_signer": QT_TRANSLATE_NOOP(
        "messages", "The statement is signed by key {key_id}, which this installation does "
        "not trust."),
    "identity.revoke_not_allowed": QT_TRANSLATE_NOOP(
        "messages", "Only a key itself or the certification body may revoke it."),
    "package.not_a_package": QT_TRANSLATE_NOOP(
        "messages", "This file is not an ExamSite package."),
    "package.file_not_found": QT_TRANSLATE_NOOP(
        "messages", "The package file {path} does not exist."),
    "package.not_for_this_laptop": QT_TRANSLATE_NOOP(
        "messages", "This package is not addressed to this computer."),
    "package.needs_passphrase": QT_TRANSLATE_NOOP(
        "messages", "This package is protected by a passphrase; enter it to open the package."),
    "package.wrong_passphrase": QT_TRANSLATE_NOOP(
        "messages", "The passphrase does not open this package."),
    "package.unknown_sender": QT_TRANSLATE_NOOP(
        "messages", "The package comes from {name} (key {key_id}, fingerprint {fingerprint}), "
        "which this installation does not trust."),
    "package.damaged": QT_TRANSLATE_NOOP(
        "messages", "The package is damaged or incomplete (at: {part}); copy it again from "
        "the sender."),
    "package.bad_signature": QT_TRANSLATE_NOOP(
        "messages", "The package's signature does not match its sender: it was altered or "
        "forged."),
    "package.unsupported_version": QT_TRANSLATE_NOOP(
        "messages", "The package has format version {version}, which this version of ExamSite "
        "cannot read."),
    "package.no_recipients": QT_TRANSLATE_NOOP(
        "messages", "A package needs either recipients or a passphrase (not both)."),
    "package.duplicate_member": QT_TRANSLATE_NOOP(
        "messages", "A package cannot hold two parts with the same name."),
    "package.verify_failed": QT_TRANSLATE_NOOP(
        "messages", "The package file read back differs from what was written ({reason}); "
        "use another USB stick."),
    "package.no_such_member": QT_TRANSLATE_NOOP(
        "messages", "The package has no part named {name}."),
    "package.closed": QT_TRANSLATE_NOOP(
        "messages", "The package was already closed."),
    # package import/export and trusted keys (app/services/transfer.py, keys.py)
    "package.bad_content": QT_TRANSLATE_NOOP(
        "messages", "The package is damaged: its part {member} cannot be read."),
    "transfer.bad_kind": QT_TRANSLATE_NOOP("messages", "Unknown package type: {kind}."),
    "transfer.already_imported": QT_TRANSLATE_NOOP(
        "messages", "This package was already imported ({at}); nothing was changed."),
    "transfer.older_package": QT_TRANSLATE_NOOP(
        "messages", "This package is older than what is here (number {sequence}; number "
        "{last} was already imported): nothing was changed."),
    "transfer.wrong_kind": QT_TRANSLATE_NOOP(
        "messages", "A {kind} package cannot be imported on this installation ({own})."),
    "transfer.batch_mismatch": QT_TRANSLATE_NOOP(
        "messages", "The package is about the batch \"{plan_name}\", which this database "
        "does not hold: import the site package first."),
    "transfer.exported_summary": QT_TRANSLATE_NOOP(
        "messages", "Saved and verified: {path} ({records} records, {size} bytes)."),
    "transfer.import_summary": QT_TRANSLATE_NOOP(
        "messages", "{kind} package from {sender} (fingerprint {fingerprint}): {added} "
        "added, {changed} changed."),
    "keys.bad_kind": QT_TRANSLATE_NOOP("messages", "Unknown installation kind: {kind}."),
    "keys.not_trusted": QT_TRANSLATE_NOOP(
        "messages", "The key {key_id} is not trusted here: enrol or trust it first."),
    "keys.not_found": QT_TRANSLATE_NOOP("messages", "There is no key {key_id}."),
    "keys.no_identity": QT_TRANSLATE_NOOP(
        "messages", "This installation has no key yet."),
    "keys.fingerprint_mismatch": QT_TRANSLATE_NOOP(
        "messages", "The fingerprint does not match. Do not trust this key: compare it again "
        "with the one shown on the other computer or its printout."),
    "keys.is_own": QT_TRANSLATE_NOOP("messages", "This is this installation's own key."),
    "keys.revoked": QT_TRANSLATE_NOOP(
        "messages", "The key {key_id} was revoked and cannot be trusted again."),
    "keys.reason_required": QT_TRANSLATE_NOOP("messages", "Give a reason."),
    # account administration (app/services/user_admin.py)
    "user_admin.no_roles": QT_TRANSLATE_NOOP(
        "messages", "An account needs at least one role."),
    "user_admin.last_manager": QT_TRANSLATE_NOOP(
        "messages", "{username} is the last active site manager: make someone else site "
        "manager first."),
    "user_admin.reason_required": QT_TRANSLATE_NOOP(
        "messages", "Give the reason for the change."),
    "user_admin.not_yourself": QT_TRANSLATE_NOOP(
        "messages", "You cannot deactivate your own account."),
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
    # the eligibility facts of the candidate workbook and the conditions sheet
    "prior_occupation": QT_TRANSLATE_NOOP("columns", "Prior certificate occupation"),
    "prior_level": QT_TRANSLATE_NOOP("columns", "Prior certificate level"),
    "prior_cert_on": QT_TRANSLATE_NOOP("columns", "Prior certificate date"),
    "work_years": QT_TRANSLATE_NOOP("columns", "Years in the occupation"),
    "training_done": QT_TRANSLATE_NOOP("columns", "Training completed"),
    "is_student": QT_TRANSLATE_NOOP("columns", "Student"),
    "set": QT_TRANSLATE_NOOP("columns", "Condition set"),
    "route": QT_TRANSLATE_NOOP("columns", "Route"),
    "kind": QT_TRANSLATE_NOOP("columns", "Condition type"),
    "value": QT_TRANSLATE_NOOP("columns", "Value"),
    "related": QT_TRANSLATE_NOOP("columns", "Related occupation"),
    "text": QT_TRANSLATE_NOOP("columns", "Condition text"),
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


def _merge_message_sets() -> None:
    """Newer areas keep their messages in ``app.message_sets``, one module per area."""
    from app.message_sets import (
        certificates,
        changes,
        custody,
        eligibility,
        incidents,
        meeting,
        plan,
        publicity,
        readiness,
        staff,
        supervision,
    )

    for part in (readiness, meeting, incidents, supervision, custody, changes, eligibility,
                 publicity, certificates, plan, staff):
        duplicate = MESSAGES.keys() & part.MESSAGES.keys()
        assert not duplicate, duplicate
        MESSAGES.update(part.MESSAGES)


_merge_message_sets()


def _merge_database_messages() -> None:
    from app.message_sets import database

    assert not MESSAGES.keys() & database.MESSAGES.keys()
    MESSAGES.update(database.MESSAGES)


_merge_database_messages()
