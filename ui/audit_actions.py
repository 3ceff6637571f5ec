"""Audit actions by name: the trail stores stable codes (``checkin.admitted``); people read these.

An action without a label (one added later) shows as its code, so nothing is ever hidden.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "audit_actions"

ACTIONS: dict[str, str] = {
    "archive.exported": QT_TRANSLATE_NOOP("audit_actions", "Archive exported"),
    "archive.purged": QT_TRANSLATE_NOOP("audit_actions", "Batch purged"),
    "batch.step_done": QT_TRANSLATE_NOOP("audit_actions", "Timeline step done"),
    "candidates.imported": QT_TRANSLATE_NOOP("audit_actions", "Candidates imported"),
    "registration.imported": QT_TRANSLATE_NOOP("audit_actions", "Registration imported"),
    "demo.created": QT_TRANSLATE_NOOP("audit_actions", "Demo data created"),
    "checkin.admitted": QT_TRANSLATE_NOOP("audit_actions", "Check-in: admitted"),
    "checkin.wrong_session": QT_TRANSLATE_NOOP("audit_actions", "Check-in: wrong session"),
    "checkin.wrong_room": QT_TRANSLATE_NOOP("audit_actions", "Check-in: wrong room"),
    "checkin.already_checked_in": QT_TRANSLATE_NOOP("audit_actions",
                                                    "Check-in: already checked in"),
    "checkin.not_registered": QT_TRANSLATE_NOOP("audit_actions", "Check-in: not registered"),
    "checkin.forged": QT_TRANSLATE_NOOP("audit_actions", "Check-in: forged ticket"),
    "checkin.unreadable": QT_TRANSLATE_NOOP("audit_actions", "Check-in: unreadable scan"),
    "checkin.revoked": QT_TRANSLATE_NOOP("audit_actions", "Check-in: revoked ticket"),
    "checkin.id_mismatch": QT_TRANSLATE_NOOP("audit_actions", "Check-in: ID does not match"),
    "checkin.too_early": QT_TRANSLATE_NOOP("audit_actions", "Check-in: too early"),
    "checkin.too_late": QT_TRANSLATE_NOOP("audit_actions", "Check-in: too late"),
    "checkin.refused": QT_TRANSLATE_NOOP("audit_actions", "Check-in: entry refused"),
    "checkin.undone": QT_TRANSLATE_NOOP("audit_actions", "Check-in: undone"),
    "checkin.absent": QT_TRANSLATE_NOOP("audit_actions", "Absent"),
    "keys.created": QT_TRANSLATE_NOOP("audit_actions", "Key created"),
    "keys.revoked": QT_TRANSLATE_NOOP("audit_actions", "Key revoked"),
    "keys.rotated": QT_TRANSLATE_NOOP("audit_actions", "Key replaced"),
    "keys.trusted": QT_TRANSLATE_NOOP("audit_actions", "Key trusted"),
    "marks.item_saved": QT_TRANSLATE_NOOP("audit_actions", "Mark saved"),
    "marks.status_set": QT_TRANSLATE_NOOP("audit_actions", "Absence/misconduct set"),
    "marks.submitted": QT_TRANSLATE_NOOP("audit_actions", "Marks submitted"),
    "marks.unlocked": QT_TRANSLATE_NOOP("audit_actions", "Marks returned"),
    "room.created": QT_TRANSLATE_NOOP("audit_actions", "Room created"),
    "room.changed": QT_TRANSLATE_NOOP("audit_actions", "Room changed"),
    "room.deleted": QT_TRANSLATE_NOOP("audit_actions", "Room deleted"),
    "room.layout_changed": QT_TRANSLATE_NOOP("audit_actions", "Room layout changed"),
    "room.seats_marked": QT_TRANSLATE_NOOP("audit_actions", "Seats marked"),
    "rubric.saved": QT_TRANSLATE_NOOP("audit_actions", "Rubric saved"),
    "rubrics.imported": QT_TRANSLATE_NOOP("audit_actions", "Rubrics imported"),
    "scoring.batch_locked": QT_TRANSLATE_NOOP("audit_actions", "Results locked"),
    "scoring.flag_resolved": QT_TRANSLATE_NOOP("audit_actions", "Flagged score decided"),
    "scoring.locked": QT_TRANSLATE_NOOP("audit_actions", "Subject result locked"),
    "scoring.verified": QT_TRANSLATE_NOOP("audit_actions", "Result verified"),
    "seat.moved": QT_TRANSLATE_NOOP("audit_actions", "Seat moved"),
    "seat.swapped": QT_TRANSLATE_NOOP("audit_actions", "Seats swapped"),
    "seats.drawn": QT_TRANSLATE_NOOP("audit_actions", "Seats drawn"),
    "session.changed": QT_TRANSLATE_NOOP("audit_actions", "Session changed"),
    "session.created": QT_TRANSLATE_NOOP("audit_actions", "Session created"),
    "session.deleted": QT_TRANSLATE_NOOP("audit_actions", "Session deleted"),
    "site.created": QT_TRANSLATE_NOOP("audit_actions", "Exam site created"),
    "staffing.assigned": QT_TRANSLATE_NOOP("audit_actions", "Staff assigned"),
    "staffing.auto_assigned": QT_TRANSLATE_NOOP("audit_actions", "Staff assigned automatically"),
    "staffing.unassigned": QT_TRANSLATE_NOOP("audit_actions", "Staff assignment removed"),
    "supervision.note_added": QT_TRANSLATE_NOOP("audit_actions", "Supervision note"),
    "theory.agreed": QT_TRANSLATE_NOOP("audit_actions", "Theory score: entries agree"),
    "theory.entry": QT_TRANSLATE_NOOP("audit_actions", "Theory score entered"),
    "theory.file_imported": QT_TRANSLATE_NOOP("audit_actions", "Theory score file imported"),
    "theory.imported": QT_TRANSLATE_NOOP("audit_actions", "Theory score imported"),
    "theory.resolved": QT_TRANSLATE_NOOP("audit_actions", "Theory mismatch decided"),
    "theory.withdrawn": QT_TRANSLATE_NOOP("audit_actions", "Theory score withdrawn"),
    "ticket.cancelled": QT_TRANSLATE_NOOP("audit_actions", "Ticket cancelled"),
    "ticket.reissued": QT_TRANSLATE_NOOP("audit_actions", "Ticket reissued"),
    "tickets.issued": QT_TRANSLATE_NOOP("audit_actions", "Tickets issued"),
    "transfer.exported": QT_TRANSLATE_NOOP("audit_actions", "Package exported"),
    "transfer.imported": QT_TRANSLATE_NOOP("audit_actions", "Package imported"),
    "users.activated": QT_TRANSLATE_NOOP("audit_actions", "Account reactivated"),
    "users.created": QT_TRANSLATE_NOOP("audit_actions", "Account created"),
    "users.deactivated": QT_TRANSLATE_NOOP("audit_actions", "Account deactivated"),
    "users.locked": QT_TRANSLATE_NOOP("audit_actions", "Account locked"),
    "users.password_changed": QT_TRANSLATE_NOOP("audit_actions", "Password changed"),
    "users.password_failed": QT_TRANSLATE_NOOP("audit_actions", "Wrong password"),
    "users.password_reset": QT_TRANSLATE_NOOP("audit_actions", "Password reset"),
    "users.roles_changed": QT_TRANSLATE_NOOP("audit_actions", "Roles changed"),
}


def action_label(code: str) -> str:
    """The action in the user's language (its code when it has no label)."""
    source = ACTIONS.get(code)
    return QCoreApplication.translate(CONTEXT, source) if source else code
