"""The archive index's record kinds and media by name, in the UI's language (the catalogue in
``app.rules.archive_index`` holds the Chinese names the PDF prints)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "archive_records"

RECORD_LABELS: dict[str, str] = {
    "applications": QT_TRANSLATE_NOOP("archive_records",
                                      "Application forms and eligibility evidence"),
    "staff_meeting": QT_TRANSLATE_NOOP("archive_records",
                                       "Staff meeting attendance and duties"),
    "readiness": QT_TRANSLATE_NOOP("archive_records",
                                   "Room readiness checklists, rectifications and seals"),
    "signin_sheets": QT_TRANSLATE_NOOP("archive_records",
                                       "Sign-in sheets, seat charts and door notices"),
    "incidents": QT_TRANSLATE_NOOP("archive_records",
                                   "Room incident records (absence, misconduct, emergencies)"),
    "papers": QT_TRANSLATE_NOOP("archive_records", "Papers and answer sheets (sealed packets)"),
    "custody": QT_TRANSLATE_NOOP("archive_records",
                                 "Paper printing, handover and custody records"),
    "changes": QT_TRANSLATE_NOOP("archive_records", "Change approvals and notices"),
    "scoring_records": QT_TRANSLATE_NOOP("archive_records",
                                         "Theory and practical scoring records (signed)"),
    "score_roster": QT_TRANSLATE_NOOP("archive_records", "Score roster (signed and stamped)"),
    "evaluation_report": QT_TRANSLATE_NOOP("archive_records", "Evaluation report"),
    "supervision": QT_TRANSLATE_NOOP("archive_records",
                                     "Internal supervision record and external visits"),
    "publicity": QT_TRANSLATE_NOOP("archive_records", "Publicity documents"),
    "candidate_data": QT_TRANSLATE_NOOP("archive_records",
                                        "Candidate registrations and photos (electronic)"),
    "checkin_data": QT_TRANSLATE_NOOP("archive_records", "Check-in records (electronic)"),
    "score_data": QT_TRANSLATE_NOOP("archive_records", "Marks and results (electronic)"),
    "operations_data": QT_TRANSLATE_NOOP(
        "archive_records", "Site operations log: readiness, incidents, supervision, custody, "
        "changes (electronic)"),
    "audit_trail": QT_TRANSLATE_NOOP("archive_records", "Audit trail"),
    "video": QT_TRANSLATE_NOOP("archive_records", "Surveillance video of the rooms"),
    "batch_archive": QT_TRANSLATE_NOOP("archive_records", "Encrypted batch archive files"),
}
MEDIUM_LABELS = {"paper": QT_TRANSLATE_NOOP("archive_records", "Paper"),
                 "electronic": QT_TRANSLATE_NOOP("archive_records", "Electronic")}


def record_label(code: str, fallback: str) -> str:
    text = RECORD_LABELS.get(code)
    return QCoreApplication.translate(CONTEXT, text) if text else fallback


def medium_label(medium: str) -> str:
    return QCoreApplication.translate(CONTEXT, MEDIUM_LABELS.get(medium, medium))
