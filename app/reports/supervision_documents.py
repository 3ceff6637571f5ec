"""The read side of the internal supervision record (内部督导情况记录表): plain dataclasses,
the page plan and each page's canonical data for its seal.

Part one lists the internal supervisor's observations (with rating and follow-up); part two the
external supervisor's visits. Pages are planned in slots of about one wrapped row each: a note
or a visit takes a slot, the heading of part two takes one. Part two starts on the last page of
part one when there is room.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from app.crypto.page_seal import seal_key, seal_text
from app.crypto.ticket_codec import batch_tag
from app.reports.score_documents import ScoreFacts, read_facts
from app.services.supervision import notes_of, visits_of
from app.uow import UnitOfWork

SLOTS_PER_PAGE = 6
NOTES_PER_PAGE = SLOTS_PER_PAGE
STAMP = "%Y-%m-%d %H:%M"  # UTC, in the page's canonical data only


@dataclass(frozen=True)
class SupervisionRow:
    observed_at: datetime
    topic: str
    room_name: str
    supervisor: str
    text: str
    rating: str = ""
    follow_up: str = ""
    follow_up_closed_at: datetime | None = None
    follow_up_result: str = ""


@dataclass(frozen=True)
class VisitRow:
    visitor_name: str
    organisation: str
    arrived_at: datetime
    left_at: datetime | None
    places: str
    findings: str
    recorded_by: str


@dataclass(frozen=True)
class SupervisionPage:
    page: int
    pages: int
    rows: tuple[SupervisionRow, ...]
    qr_text: str
    first_row: int = 1  # the number of the page's first note (序号)
    visits_part: bool = False  # part two (external visits) is on this page
    visits: tuple[VisitRow, ...] = ()
    first_visit: int = 1
    notes_part: bool = True  # part one (or its continuation) is on this page


@dataclass(frozen=True)
class SupervisionRecord:
    plan_name: str
    body_name: str
    supervisors: tuple[str, ...]
    pages: tuple[SupervisionPage, ...]
    notes: int = 0
    problems: int = 0
    follow_ups: int = 0
    follow_ups_closed: int = 0
    visits: int = 0


def _stamp(at: datetime | None) -> str | None:
    return None if at is None else at.strftime(STAMP)


def _note_rows(s: Session, batch_id: int) -> list[SupervisionRow]:
    return [SupervisionRow(n.observed_at, n.topic, n.room_name, n.staff_name, n.text, n.rating,
                           n.follow_up, n.follow_up_closed_at, n.follow_up_result)
            for n in notes_of(s, batch_id)]


def _visit_rows(s: Session, batch_id: int) -> list[VisitRow]:
    return [VisitRow(v.visitor_name, v.organisation, v.arrived_at, v.left_at, v.places,
                     v.findings, v.recorded_by) for v in visits_of(s, batch_id)]


def _content(page: SupervisionPage) -> list[Any]:
    notes = [[_stamp(r.observed_at), r.topic, r.room_name, r.supervisor, r.text, r.rating,
              r.follow_up, _stamp(r.follow_up_closed_at), r.follow_up_result]
             for r in page.rows]
    visits = [[v.visitor_name, v.organisation, _stamp(v.arrived_at), _stamp(v.left_at),
               v.places, v.findings, v.recorded_by] for v in page.visits]
    return [notes, visits if page.visits_part else None]


def plan_pages(notes: list[SupervisionRow], visits: list[VisitRow]) -> list[SupervisionPage]:
    """The pages (without QR): notes 6 to a page, then part two where it fits."""
    chunks = [notes[i:i + SLOTS_PER_PAGE] for i in range(0, len(notes), SLOTS_PER_PAGE)] or [[]]
    pages = [SupervisionPage(0, 0, tuple(c), "", first_row=i * SLOTS_PER_PAGE + 1)
             for i, c in enumerate(chunks)]
    free = SLOTS_PER_PAGE - max(len(chunks[-1]), 1)  # an empty part one shows one line
    done = 0
    if free >= 2 or (free >= 1 and not visits):  # the heading and at least one row
        take = min(free - 1, len(visits))
        pages[-1] = replace(pages[-1], visits_part=True, visits=tuple(visits[:take]))
        done = take
    else:
        pages.append(SupervisionPage(0, 0, (), "", notes_part=False, visits_part=True,
                                     visits=tuple(visits[:SLOTS_PER_PAGE - 1])))
        done = len(pages[-1].visits)
    while done < len(visits):
        more = tuple(visits[done:done + SLOTS_PER_PAGE - 1])
        pages.append(SupervisionPage(0, 0, (), "", notes_part=False, visits_part=True,
                                     visits=more, first_visit=done + 1))
        done += len(more)
    return [replace(p, page=n, pages=len(pages)) for n, p in enumerate(pages, start=1)]


def supervision_pages(s: Session, facts: ScoreFacts
                      ) -> list[tuple[list[Any], list[Any], SupervisionPage]]:
    """(page key, content, page without QR) of the supervision record."""
    planned = plan_pages(_note_rows(s, facts.batch_id), _visit_rows(s, facts.batch_id))
    return [([p.page], _content(p), p) for p in planned]


def supervision_record(uow: UnitOfWork, batch_id: int) -> SupervisionRecord:
    """The internal supervision record of a batch, sealed.

    Raises:
        NotFoundError: ``batch.not_found``.
    """
    facts = read_facts(uow, batch_id)
    with uow.read() as s:
        planned = supervision_pages(s, facts)
    key, tag = seal_key(uow, facts.body_name), batch_tag(facts.plan_name)
    pages = tuple(replace(p, qr_text=seal_text("supervision", tag, k, c, key))
                  for k, c, p in planned)
    rows = [r for p in pages for r in p.rows]
    supervisors = tuple(sorted({r.supervisor for r in rows if r.supervisor}))
    with_follow_up = [r for r in rows if r.follow_up]
    return SupervisionRecord(
        facts.plan_name, facts.body_name, supervisors, pages, notes=len(rows),
        problems=sum(r.rating == "problem" for r in rows), follow_ups=len(with_follow_up),
        follow_ups_closed=sum(r.follow_up_closed_at is not None for r in with_follow_up),
        visits=sum(len(p.visits) for p in pages))
