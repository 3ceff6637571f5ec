"""Messages of the staff-pool import (考务人员库), merged into ``app.messages``."""

from __future__ import annotations

from app.messages import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "staffing.import_refused": QT_TRANSLATE_NOOP(
        "messages", "{file} was not imported ({count} problem(s)); the first is in row {row}, "
        "column {column}. Nothing was changed."),
    "staffing.import_bad_name": QT_TRANSLATE_NOOP(
        "messages", "The name is missing or longer than 100 characters."),
    "staffing.import_bad_gender": QT_TRANSLATE_NOOP(
        "messages", "\"{gender}\" is not a gender (write 男 or 女)."),
    "staffing.import_bad_phone": QT_TRANSLATE_NOOP(
        "messages", "\"{phone}\" is not a telephone number."),
    "staffing.import_bad_badge": QT_TRANSLATE_NOOP(
        "messages", "The badge number is missing or longer than 32 characters."),
    "staffing.import_unit_too_long": QT_TRANSLATE_NOOP(
        "messages", "The work unit is longer than 200 characters."),
    "staffing.import_bad_role": QT_TRANSLATE_NOOP(
        "messages", "Unknown role: {role}."),
    "staffing.import_no_role": QT_TRANSLATE_NOOP(
        "messages", "Give at least one role."),
    "staffing.import_duplicate_badge": QT_TRANSLATE_NOOP(
        "messages", "The badge number {badge_no} is already used in row {first}."),
    "staffing.import_duplicate_id": QT_TRANSLATE_NOOP(
        "messages", "The same ID number is already in row {first}."),
    "staffing.import_id_taken": QT_TRANSLATE_NOOP(
        "messages", "This ID number belongs to the staff member with badge number {badge_no}."),
}
