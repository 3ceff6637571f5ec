"""Translated labels for codes the core uses (levels, subjects, statuses, steps, genders)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

LEVELS = {
    1: QT_TRANSLATE_NOOP("labels", "Level 1 / Senior technician"),
    2: QT_TRANSLATE_NOOP("labels", "Level 2 / Technician"),
    3: QT_TRANSLATE_NOOP("labels", "Level 3 / Senior worker"),
    4: QT_TRANSLATE_NOOP("labels", "Level 4 / Intermediate worker"),
    5: QT_TRANSLATE_NOOP("labels", "Level 5 / Junior worker"),
}
SUBJECTS = {
    "theory": QT_TRANSLATE_NOOP("labels", "Theory"),
    "practical": QT_TRANSLATE_NOOP("labels", "Practical skills"),
    "review": QT_TRANSLATE_NOOP("labels", "Comprehensive review"),
}
GENDERS = {"M": QT_TRANSLATE_NOOP("labels", "Male"), "F": QT_TRANSLATE_NOOP("labels", "Female")}
ID_TYPES = {
    "resident_id": QT_TRANSLATE_NOOP("labels", "Resident ID card"),
    "hmt_permit": QT_TRANSLATE_NOOP("labels", "HK/Macao/Taiwan residence permit"),
    "foreign_permanent": QT_TRANSLATE_NOOP("labels", "Foreign permanent resident ID"),
    "passport": QT_TRANSLATE_NOOP("labels", "Passport"),
}
ELIGIBILITY = {
    "pending": QT_TRANSLATE_NOOP("labels", "Pending review"),
    "eligible": QT_TRANSLATE_NOOP("labels", "Eligible"),
    "ineligible": QT_TRANSLATE_NOOP("labels", "Not eligible"),
    "accepted": QT_TRANSLATE_NOOP("labels", "Accepted"),
    "refused": QT_TRANSLATE_NOOP("labels", "Refused"),
}
PROFILES = {
    "national": QT_TRANSLATE_NOOP("labels", "National rules (calendar days)"),
    "guangxi": QT_TRANSLATE_NOOP("labels", "Guangxi rules (working days)"),
}
ROOM_KINDS = {
    "theory": QT_TRANSLATE_NOOP("labels", "Theory room"),
    "computer": QT_TRANSLATE_NOOP("labels", "Computer room"),
    "practical": QT_TRANSLATE_NOOP("labels", "Practical workshop"),
}
STEPS = {
    "announcement_published": QT_TRANSLATE_NOOP("labels", "Announcement published"),
    "plan_created": QT_TRANSLATE_NOOP("labels", "Plan made on the platform"),
    "registration_closed": QT_TRANSLATE_NOOP("labels", "Registration closed and submitted"),
    "registration_reported": QT_TRANSLATE_NOOP("labels", "Candidate data reported and publicized"),
    "rooms_and_tickets": QT_TRANSLATE_NOOP("labels", "Rooms arranged, tickets issued"),
    "staff_reported": QT_TRANSLATE_NOOP("labels", "Staff arranged and reported"),
    "papers_assembled": QT_TRANSLATE_NOOP("labels", "Papers assembled"),
    "rooms_sealed": QT_TRANSLATE_NOOP("labels", "Rooms set up and sealed"),
    "results_published": QT_TRANSLATE_NOOP("labels", "Results published"),
    "scores_reported": QT_TRANSLATE_NOOP("labels", "Scores aggregated and reported"),
    "certificates_made": QT_TRANSLATE_NOOP("labels", "Certificates made"),
}
DEADLINE_STATUS = {
    "met": QT_TRANSLATE_NOOP("labels", "Done on time"),
    "met_late": QT_TRANSLATE_NOOP("labels", "Done late"),
    "overdue": QT_TRANSLATE_NOOP("labels", "Overdue"),
    "due_today": QT_TRANSLATE_NOOP("labels", "Due today"),
    "upcoming": QT_TRANSLATE_NOOP("labels", "Upcoming"),
    "unknown": QT_TRANSLATE_NOOP("labels", "Unknown"),
}
DAY_KINDS = {
    "calendar": QT_TRANSLATE_NOOP("labels", "%1 calendar days %2"),
    "working": QT_TRANSLATE_NOOP("labels", "%1 working days %2"),
}
DAY_KINDS_ONE = {  # English needs the singular ("1 working day"); Chinese reads the same
    "calendar": QT_TRANSLATE_NOOP("labels", "1 calendar day %2"),
    "working": QT_TRANSLATE_NOOP("labels", "1 working day %2"),
}
DIRECTIONS = {
    "before": QT_TRANSLATE_NOOP("labels", "before the exam"),
    "after": QT_TRANSLATE_NOOP("labels", "after the exam"),
}


def label(table: dict[object, str], key: object) -> str:
    """The translated label of ``key`` in ``table``; unknown keys show as they are."""
    source = table.get(key)
    return QCoreApplication.translate("labels", source) if source else str(key)


def rule_text(days: int, kind: str, direction: str) -> str:
    """e.g. "5 working days before the exam"."""
    table = DAY_KINDS_ONE if days == 1 else DAY_KINDS
    return label(table, kind).replace("%1", str(days)).replace(
        "%2", label(DIRECTIONS, direction))
