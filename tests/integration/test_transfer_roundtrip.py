"""The whole journey of a batch: body → site package → the site's laptops check candidates in →
station packages merged on the main laptop → results package → back at the body. Every record
arrives exactly once; importing twice does nothing; the sender's audit trail comes along."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.bootstrap import App
from app.clock import FixedClock
from app.errors import ConflictError
from app.model import (
    AdmissionTicket,
    Candidate,
    CandidatePhoto,
    CheckinEvent,
    ImportedTrail,
    Mark,
    Registration,
    SeatAssignment,
)
from app.services.checkin import Desk, check_in
from app.services.checkin_rules import Verdict
from app.services.marks import save_item
from app.services.transfer import export_package, import_package, preview_import
from tests.integration.test_marks import Case, staffed_cases
from tests.transfer_world import EXAM_MORNING, World, key_id, make_world


@pytest.fixture
def world(demo_template: Path, empty_template: Path, tmp_path: Path, body_demo_app: App):
    """The body on a SQLite file and on PostgreSQL; the site's laptops on SQLite files."""
    w = make_world(demo_template, empty_template, tmp_path / "laptops", body=body_demo_app)
    yield w
    w.close()


def count(app: App, model: type) -> int:
    with app.uow().read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def tickets(app: App) -> list[str]:
    with app.uow().read() as s:
        return [p.decode() for p in s.scalars(
            select(AdmissionTicket.payload).order_by(AdmissionTicket.id))]


def uids(app: App) -> set[str]:
    with app.uow().read() as s:
        return set(s.scalars(select(CheckinEvent.uid)))


def scorers(app: App, case: Case) -> set[int]:
    with app.uow().read() as s:
        return set(s.scalars(select(Mark.scorer_staff_id).where(
            Mark.registration_id == case.registration_id, Mark.subject_id == case.subject_id)))


def test_a_batch_goes_to_the_site_and_its_results_come_back_exactly_once(
        world: World, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    site_pkg = usb / "site.espkg"
    case = staffed_cases(world.body)[0]  # staff assigned and rubrics made at the body
    recipients = [key_id(world.site), *(key_id(s) for s in world.stations)]
    sent = export_package(world.body.uow(), "site", 1, recipients, site_pkg)
    assert sent.records > 200 and sent.sequence == 1

    preview = preview_import(world.site.uow(), site_pkg)
    by_table = {c.table: c for c in preview.changes}
    assert by_table["candidate"].added == 200 and by_table["candidate_photo"].added == 200
    assert count(world.site, Candidate) == 0  # a preview writes nothing
    for laptop in (world.site, *world.stations):
        done = import_package(laptop.uow(), site_pkg)
        assert done.added == preview.added
        assert count(laptop, Registration) == count(world.body, Registration)
        assert count(laptop, CandidatePhoto) == 200
        assert count(laptop, SeatAssignment) == count(world.body, SeatAssignment)
    with pytest.raises(ConflictError) as again:
        import_package(world.site.uow(), site_pkg)
    assert again.value.code == "transfer.already_imported"

    # exam day: two check-in desks, offline from each other; one candidate at both
    qrs = tickets(world.stations[0])
    desk1, desk2 = world.stations
    desk2.clock = FixedClock(EXAM_MORNING + timedelta(minutes=2))
    admitted1 = [check_in(desk1.uow(), 1, qr, Desk("检录台1")) for qr in qrs[:30]]
    admitted2 = [check_in(desk2.uow(), 1, qr, Desk("检录台2")) for qr in qrs[29:60]]
    assert all(r.verdict is Verdict.ADMITTED for r in admitted1 + admitted2)
    scans = uids(desk1) | uids(desk2)
    assert len(scans) == 61
    # two examiners of one panel score the same candidate, each on another laptop
    for desk, examiner in ((desk1, case.panel[0]), (desk2, case.panel[1])):
        save_item(desk.uow(), examiner, case.registration_id, case.subject_id, 1, 1000)

    for n, desk in enumerate((desk1, desk2), start=1):
        out = usb / f"station{n}.espkg"
        export_package(desk.uow(), "station", 1, [key_id(world.site)], out)
        merged = import_package(world.site.uow(), out)
        assert {c.table: c for c in merged.changes}["checkin_event"].added == (30 if n == 1
                                                                                 else 31)
        assert merged.trail_ok is True
    assert uids(world.site) == scans  # both scans of the doubly checked-in candidate kept
    assert scorers(world.site, case) == {case.panel[0], case.panel[1]}  # merged, none lost
    conflicts = merged.conflicts
    assert len(conflicts) == 1
    assert conflicts[0].first_desk == "检录台1" and conflicts[0].later[0][0] == "检录台2"
    # merging the same station package again changes nothing
    with pytest.raises(ConflictError):
        import_package(world.site.uow(), usb / "station1.espkg")

    results = usb / "results.espkg"
    export_package(world.site.uow(), "results", 1, [key_id(world.body)], results)
    back = import_package(world.body.uow(), results)
    assert {c.table: c for c in back.changes}["checkin_event"].added == 61
    assert uids(world.body) == scans
    assert scorers(world.body, case) == {case.panel[0], case.panel[1]}
    assert back.trail_ok is True and back.audit_head
    with world.body.uow().read() as s:
        heads = list(s.scalars(select(ImportedTrail.head)))
    assert heads == [back.audit_head]


def test_no_name_or_id_number_is_readable_in_a_package_file(world: World, tmp_path: Path) -> None:
    out = tmp_path / "site.espkg"
    export_package(world.body.uow(), "site", 1, [key_id(world.site)], out)
    raw = out.read_bytes()
    with world.body.uow().read() as s:
        people = s.execute(select(Candidate.name, Candidate.id_number)).all()
    assert len(people) == 200
    for name, id_number in people:
        assert name.encode("utf-8") not in raw and name.encode("utf-16-le") not in raw
        assert id_number.encode("ascii") not in raw
    assert b"CBOR" not in raw[:200] and raw.startswith(b"age-encryption.org/v1\n")
