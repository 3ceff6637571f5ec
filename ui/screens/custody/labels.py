"""Translated names of custody steps, flags and packet contents (codes of app.rules.custody)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.rules.custody import Flag

STEPS = {
    "printed": QT_TRANSLATE_NOOP("custody", "Printed and sealed"),
    "secure_room": QT_TRANSLATE_NOOP("custody", "Into the secure room"),
    "room": QT_TRANSLATE_NOOP("custody", "Handed to the room"),
    "collected": QT_TRANSLATE_NOOP("custody", "Collected after the exam"),
    "returned": QT_TRANSLATE_NOOP("custody", "Returned to the body"),
}
HANDS = {  # who gives -> who receives at each step
    "printed": QT_TRANSLATE_NOOP("custody", "printing staff → courier or keeper"),
    "secure_room": QT_TRANSLATE_NOOP("custody", "courier → secure room keeper"),
    "room": QT_TRANSLATE_NOOP("custody", "secure room keeper → proctor of the room"),
    "collected": QT_TRANSLATE_NOOP("custody", "proctor of the room → exam office"),
    "returned": QT_TRANSLATE_NOOP("custody", "exam office → certification body"),
}
FLAGS = {
    "missing_step": QT_TRANSLATE_NOOP("custody", "Missing step: %1"),
    "out_of_order": QT_TRANSLATE_NOOP("custody", "Scanned out of order: %1"),
    "seal_broken": QT_TRANSLATE_NOOP("custody", "Seal broken at: %1"),
    "not_returned": QT_TRANSLATE_NOOP("custody", "Overdue: %1"),
    "chain_break": QT_TRANSLATE_NOOP("custody", "Giver did not hold the packet: %1"),
}
SEPARATOR = QT_TRANSLATE_NOOP("custody", "; ")
CONTENTS = {
    "paper": QT_TRANSLATE_NOOP("custody", "Papers"),
    "answer_sheet": QT_TRANSLATE_NOOP("custody", "Answer sheets"),
}


def _tr(source: object) -> str:
    return QCoreApplication.translate("custody", str(source))


def step_label(code: str | None) -> str:
    if code is None:
        return ""
    source = STEPS.get(code)
    return _tr(source) if source else code


def hands_label(code: str | None) -> str:
    source = HANDS.get(code or "")
    return _tr(source) if source else ""


def content_label(code: str) -> str:
    source = CONTENTS.get(code)
    return _tr(source) if source else code


def flag_text(flag: Flag) -> str:
    source = FLAGS.get(flag.code)
    if source is None:
        return f"{flag.code}: {step_label(flag.step)}"
    return _tr(source).replace("%1", step_label(flag.step))


def flags_text(flags: tuple[Flag, ...]) -> str:
    return _tr(SEPARATOR).join(flag_text(f) for f in flags)
