"""The supervision record's page plan: every note and every visit printed once, in order, never
more rows on a page than it has slots, and part two (the external visits) shown exactly once
even when there are none."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from app.reports.supervision_documents import (
    SLOTS_PER_PAGE,
    SupervisionRow,
    VisitRow,
    plan_pages,
)

T0 = datetime(2026, 12, 3, 0, 30, tzinfo=UTC)


def _notes(n: int) -> list[SupervisionRow]:
    return [SupervisionRow(T0 + timedelta(minutes=i), "proctoring", "", "", f"n{i}")
            for i in range(n)]


def _visits(n: int) -> list[VisitRow]:
    return [VisitRow(f"v{i}", "", T0 + timedelta(minutes=i), None, "", "", "")
            for i in range(n)]


@given(st.integers(0, 40), st.integers(0, 20))
def test_every_row_is_printed_once_in_order_within_the_slots(notes: int, visits: int) -> None:
    pages = plan_pages(_notes(notes), _visits(visits))
    assert [p.page for p in pages] == list(range(1, len(pages) + 1))
    assert {p.pages for p in pages} == {len(pages)}
    assert [r.text for p in pages for r in p.rows] == [f"n{i}" for i in range(notes)]
    assert [v.visitor_name for p in pages for v in p.visits] == [f"v{i}" for i in range(visits)]
    for p in pages:
        used = max(len(p.rows), 1 if p.notes_part else 0) + (1 + len(p.visits)
                                                             if p.visits_part else 0)
        assert used <= SLOTS_PER_PAGE
        assert p.first_row == (p.page - 1) * SLOTS_PER_PAGE + 1 or not p.rows
        if p.visits:
            assert p.visits[0].visitor_name == f"v{p.first_visit - 1}"
    first = next(i for i, p in enumerate(pages) if p.visits_part)
    assert all(p.visits_part for p in pages[first:])
    assert all(not p.visits_part for p in pages[:first])
    assert all(not p.rows for p in pages[first + 1:])


def test_a_few_visits_share_the_last_page_of_the_notes() -> None:
    pages = plan_pages(_notes(2), _visits(3))
    assert len(pages) == 1 and pages[0].visits_part and len(pages[0].visits) == 3
    full = plan_pages(_notes(SLOTS_PER_PAGE), [])
    assert [(len(p.rows), p.visits_part, p.notes_part) for p in full] == [
        (SLOTS_PER_PAGE, False, True), (0, True, False)]
