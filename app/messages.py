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
