"""Translated names of the incident kinds and the misconduct rules (codes and Chinese names in
``app.rules.incidents``; a test keeps the two tables in step)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

KIND_LABELS = {
    "late": QT_TRANSLATE_NOOP("IncidentLabels", "Late arrival"),
    "absent": QT_TRANSLATE_NOOP("IncidentLabels", "Absent"),
    "misconduct": QT_TRANSLATE_NOOP("IncidentLabels", "Misconduct"),
    "illness": QT_TRANSLATE_NOOP("IncidentLabels", "Illness"),
    "equipment": QT_TRANSLATE_NOOP("IncidentLabels", "Equipment failure"),
    "power": QT_TRANSLATE_NOOP("IncidentLabels", "Power failure"),
    "system": QT_TRANSLATE_NOOP("IncidentLabels", "System failure"),
    "other": QT_TRANSLATE_NOOP("IncidentLabels", "Other"),
}
RULE_LABELS = {
    "impersonation": QT_TRANSLATE_NOOP("IncidentLabels", "Sitting the exam for someone else"),
    "forged_documents": QT_TRANSLATE_NOOP("IncidentLabels",
                                          "Forged or altered ticket or ID document"),
    "prohibited_items": QT_TRANSLATE_NOOP("IncidentLabels",
                                          "Prohibited items brought into the room"),
    "reference_material": QT_TRANSLATE_NOOP("IncidentLabels",
                                            "Notes or devices used in a closed-book exam"),
    "copying": QT_TRANSLATE_NOOP("IncidentLabels", "Copying or letting others copy"),
    "communication": QT_TRANSLATE_NOOP("IncidentLabels", "Talking, passing things or signalling"),
    "seat_or_room": QT_TRANSLATE_NOOP("IncidentLabels", "Changing seat or leaving without leave"),
    "outside_time": QT_TRANSLATE_NOOP("IncidentLabels",
                                      "Answering before the start or after the end"),
    "papers_removed": QT_TRANSLATE_NOOP("IncidentLabels",
                                        "Papers, answer sheets or scrap paper taken out"),
    "disorder": QT_TRANSLATE_NOOP("IncidentLabels", "Disturbing the room or disobeying the staff"),
    "unsafe_operation": QT_TRANSLATE_NOOP(
        "IncidentLabels", "Unsafe operation in a practical exam despite warnings"),
    "equipment_damage": QT_TRANSLATE_NOOP(
        "IncidentLabels", "Equipment, materials or the exam system damaged on purpose"),
    "other": QT_TRANSLATE_NOOP("IncidentLabels", "Other breach of the exam-room rules"),
}


def kind_label(code: str) -> str:
    source = KIND_LABELS.get(code)
    return QCoreApplication.translate("IncidentLabels", source) if source else code


def rule_label(code: str) -> str:
    source = RULE_LABELS.get(code)
    return QCoreApplication.translate("IncidentLabels", source) if source else code
