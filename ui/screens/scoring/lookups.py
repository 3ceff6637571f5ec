"""Look-ups the scoring screen runs on the worker: which staff member a signed-in account
is, and which ticket a scan names (a signed ticket QR or a bare ticket number)."""

from __future__ import annotations

import unicodedata

from app.crypto.ticket_codec import PREFIX, verify_ticket
from app.crypto.ticket_keys import verification_keys
from app.errors import IntegrityError
from app.rules.ticket_numbers import is_valid_ticket_number
from app.services.staffing_queries import assignment_rows
from app.services.users import user_for_staff
from app.uow import UnitOfWork

SCORING_ROLES = ("examiner", "expert")


def examiner_staff_id(uow: UnitOfWork, batch_id: int, username: str) -> int | None:
    """The staff member linked to ``username`` among the batch's examiners and experts."""
    staff_ids = dict.fromkeys(r.staff_id for r in assignment_rows(uow, batch_id)
                              if r.role in SCORING_ROLES)
    return next((sid for sid in staff_ids if user_for_staff(uow, sid) == username), None)


def scanned_ticket_no(uow: UnitOfWork, text: str) -> str:
    """The ticket number a scan names (the QR's signature checked against the trusted keys).

    Raises:
        IntegrityError: ``ticket.unreadable`` (neither a ticket QR nor a ticket number),
            ``ticket.unknown_key`` / ``ticket.bad_signature`` (a QR not issued for this site).
    """
    text = unicodedata.normalize("NFKC", text).strip()
    if text.upper().startswith(PREFIX):
        with uow.read() as s:
            keys = verification_keys(s)
        return verify_ticket(text, keys).claims.ticket_no
    if is_valid_ticket_number(text):
        return text
    raise IntegrityError("ticket.unreadable")
