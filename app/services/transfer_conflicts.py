"""Check-ins that two laptops both recorded: the earliest admission stands, both scans stay.

After station packages are merged the same candidate may have been admitted at two desks (the
desks were offline from each other). Both scans are kept as they happened; the earliest
admission is the one that counts, and the pair is listed for the site manager.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from app.clock import CHINA_TZ
from app.model import CheckinEvent
from app.services.checkin_rules import Verdict
from app.uow import UnitOfWork


@dataclass(frozen=True)
class AdmissionConflict:
    ticket_no: str
    session_id: int
    first_desk: str  # the admission that counts
    first_at: datetime
    later: tuple[tuple[str, datetime], ...]  # the other desks' admissions (kept, not counted)

    def __str__(self) -> str:
        def local(at: datetime) -> str:
            return f"{at.astimezone(CHINA_TZ):%H:%M:%S}"

        others = ", ".join(f"{desk} {local(at)}" for desk, at in self.later)
        return f"{self.ticket_no}: {self.first_desk} {local(self.first_at)} / {others}"


def admission_conflicts(s: Session, batch_id: int) -> list[AdmissionConflict]:
    """Registrations admitted more than once to a session (standing admissions only)."""
    reversal = aliased(CheckinEvent)
    rows = s.execute(select(CheckinEvent.exam_session_id, CheckinEvent.registration_id,
                            CheckinEvent.ticket_no, CheckinEvent.desk, CheckinEvent.at)
                     .where(CheckinEvent.batch_id == batch_id,
                            CheckinEvent.verdict == Verdict.ADMITTED.value,
                            ~select(reversal.id).where(
                                reversal.reverses_id == CheckinEvent.id).exists())
                     .order_by(CheckinEvent.at, CheckinEvent.uid)).all()
    seen: dict[tuple[int | None, int | None], list[tuple[str, str, datetime]]] = (
        defaultdict(list))
    for session_id, registration_id, ticket_no, desk, at in rows:
        seen[(session_id, registration_id)].append((ticket_no, desk, at))
    return [AdmissionConflict(scans[0][0], key[0] or 0, scans[0][1], scans[0][2],
                              tuple((d, a) for _t, d, a in scans[1:]))
            for key, scans in seen.items() if len(scans) > 1]


def list_conflicts(uow: UnitOfWork, batch_id: int) -> list[AdmissionConflict]:
    with uow.read() as s:
        return admission_conflicts(s, batch_id)
