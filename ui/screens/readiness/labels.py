"""Translated names of the readiness checklist items and states (``app.rules.readiness``)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

# One per item of app.rules.readiness.CATALOGUE (a unit test keeps the two in step); the
# English text is the catalogue's label_en, the Chinese the catalogue's name_zh.
ITEM_LABELS = {
    "exam_office": QT_TRANSLATE_NOOP("readiness_items", "Exam office"),
    "emergency_room": QT_TRANSLATE_NOOP("readiness_items", "Emergency exam room"),
    "secure_paper_room": QT_TRANSLATE_NOOP("readiness_items", "Secure paper room"),
    "medical_room": QT_TRANSLATE_NOOP("readiness_items", "Medical room"),
    "prohibited_storage": QT_TRANSLATE_NOOP("readiness_items", "Storage for prohibited items"),
    "badges_and_supplies": QT_TRANSLATE_NOOP(
        "readiness_items", "Staff badges, paper, stationery and proctoring equipment"),
    "notices_posted": QT_TRANSLATE_NOOP(
        "readiness_items", "Timetable, exam rules and candidate notice posted"),
    "map_and_signs": QT_TRANSLATE_NOOP(
        "readiness_items", "Room map and signs posted (the day before)"),
    "contingency_plan": QT_TRANSLATE_NOOP(
        "readiness_items",
        "Computer-exam contingency plan (power, system failure) told to candidates"),
    "exam_schedule": QT_TRANSLATE_NOOP("readiness_items", "Exam times arranged"),
    "room_layout": QT_TRANSLATE_NOOP("readiness_items", "Room set up (seat numbers, room sign)"),
    "network_power": QT_TRANSLATE_NOOP("readiness_items", "Network and power for computer exams"),
    "equipment": QT_TRANSLATE_NOOP("readiness_items", "Assessment equipment"),
    "tools_materials": QT_TRANSLATE_NOOP("readiness_items", "Tools and materials"),
    "stations": QT_TRANSLATE_NOOP("readiness_items", "Venue and stations set up"),
    "video_monitoring": QT_TRANSLATE_NOOP("readiness_items", "Video monitoring working"),
}
STATES = {
    "open": QT_TRANSLATE_NOOP("readiness_items", "Not checked"),
    "passed": QT_TRANSLATE_NOOP("readiness_items", "Passed"),
    "failed": QT_TRANSLATE_NOOP("readiness_items", "Failed"),
    "failed_open": QT_TRANSLATE_NOOP("readiness_items", "Failed, rectification open"),
    "rectified": QT_TRANSLATE_NOOP("readiness_items", "Failed, rectified"),
}


def item_label(code: str) -> str:
    source = ITEM_LABELS.get(code)
    return QCoreApplication.translate("readiness_items", str(source)) if source else code


def state_label(state: str) -> str:
    source = STATES.get(state)
    return QCoreApplication.translate("readiness_items", str(source)) if source else state
