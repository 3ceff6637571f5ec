"""准考证号: the admission ticket number format (documented in docs/ticket-number.md).

15 digits: ``YY BBBB NN L SSSSS C``

- ``YY``    last two digits of the evaluation year
- ``BBBB``  last four digits of the certification body's code
- ``NN``    batch number within the body and date (01-99)
- ``L``     level (1-5)
- ``SSSSS`` sequence within the batch and level (00001-99999), allocated in seating order
- ``C``     Luhn check digit over the first 14 digits, so a mistyped number is caught at once
"""

from __future__ import annotations

import re

TICKET_NO_LENGTH = 15
_TICKET_RE = re.compile(r"^\d{15}$")


def luhn_digit(digits: str) -> str:
    """The Luhn check digit that makes ``digits + check`` valid."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:  # doubled positions, counted from the right of the payload
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def ticket_number(year: int, body_code: str, batch_no: int, level: int, seq: int) -> str:
    """Compose a ticket number; raises ``ValueError`` for out-of-range parts."""
    body_digits = re.sub(r"\D", "", body_code)[-4:].rjust(4, "0")
    if not 1 <= batch_no <= 99 or not 1 <= level <= 5 or not 1 <= seq <= 99999:
        raise ValueError("ticket number part out of range")
    core = f"{year % 100:02d}{body_digits}{batch_no:02d}{level}{seq:05d}"
    return core + luhn_digit(core)


def is_valid_ticket_number(text: str) -> bool:
    """Format and check digit only; whether it exists is the database's business."""
    return bool(_TICKET_RE.match(text)) and luhn_digit(text[:-1]) == text[-1]
