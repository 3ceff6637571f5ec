"""The site operations log goes back to the body with the results, exactly once.

At the site (after the site package): readiness ticks with a rectification, a sealed room, the
staff meeting, incidents (one recorded on a proctor's laptop and merged through a station
package), supervision notes and an external visit, paper packets and their handovers, a change
request. The results package brings every row to the body; a later results package brings what
changed since (a rectification closed, a follow-up closed) without a duplicate. The batch
archive holds every table, and a purge leaves none of it.
"""

from __future__ import annotations

import io
import json
import zipfile
from datetime import datetime, timedelta
from pathlib import Path

import pyrage
import pytest
from sqlalchemy import func, select

from app.bootstrap import App
from app.clock import CHINA_TZ, FixedClock
from app.model import (
    ChangeRequest,
    CustodyHandover,
    ExamSession,
    Incident,
    MeetingAttendance,
    PaperPacket,
    ReadinessCheck,
    Rectification,
    Registration,
    Room,
    RoomSeal,
    SeatAssignment,
    Staff,
    StaffAssignment,
    StaffMeeting,
    Subject,
    SupervisionNote,
    SupervisionVisit,
)
from app.rules.readiness import room_items, site_items
from app.services import changes, custody, incidents, meeting, readiness, supervision
from app.services.archive import export_archive, purge_batch
from app.services.staffing import assign_staff
from app.services.transfer import export_package, import_package
from app.uow import Actor, UnitOfWork
from tests.transfer_world import World, key_id, make_world

OPERATIONS = (ReadinessCheck, Rectification, RoomSeal, StaffMeeting, MeetingAttendance,
              Incident, SupervisionNote, SupervisionVisit, PaperPacket, CustodyHandover,
              ChangeRequest)
DAY_BEFORE = datetime(2026, 12, 1, 16, 0, tzinfo=CHINA_TZ)  # two working days before
PASS = "correct horse battery staple"


@pytest.fixture
def world(demo_template: Path, empty_template: Path, tmp_path: Path):
    w = make_world(demo_template, empty_template, tmp_path / "laptops", stations=1,
                   now=DAY_BEFORE)
    assign_staff(w.body.uow(), 1, seed=7)  # duties are given at the body
    yield w
    w.close()


def counts(app: App) -> dict[str, int]:
    with app.uow().read() as s:
        return {m.__tablename__: int(s.scalar(select(func.count()).select_from(m)) or 0)
                for m in OPERATIONS}


def uids(app: App, model: type) -> set[str]:
    with app.uow().read() as s:
        return set(s.scalars(select(model.uid)))


def staff_ids(app: App) -> list[int]:
    with app.uow().read() as s:
        return sorted(set(s.scalars(select(StaffAssignment.staff_id))))


def badge(app: App, staff_id: int) -> str:
    with app.uow().read() as s:
        return s.get(Staff, staff_id).badge_no


def seated_case(app: App) -> tuple[int, int, int]:
    """(session, room, registration) of a candidate seated in a theory session."""
    with app.uow().read() as s:
        row = s.execute(
            select(ExamSession.id, ExamSession.room_id, SeatAssignment.registration_id)
            .join(SeatAssignment, SeatAssignment.exam_session_id == ExamSession.id)
            .join(Subject, Subject.id == ExamSession.subject_id)
            .join(Room, Room.id == ExamSession.room_id)
            .where(Room.kind == "theory").order_by(ExamSession.id).limit(1)).one()
    return row[0], row[1], row[2]


def ready_room(app: App, room_id: int, staff_id: int) -> None:
    """Every item of the room and its site passed; one failed first and put right."""
    with app.uow().read() as s:
        room = s.get(Room, room_id)
        kinds = set(s.scalars(select(Room.kind).join(
            ExamSession, ExamSession.room_id == Room.id)))
        site_id, kind = room.site_id, room.kind
    items = room_items(kind)
    first = readiness.record_check(app.uow(), 1, items[0].code, passed=False,
                                   staff_id=staff_id, room_id=room_id, note="门贴未张贴")
    assert first is not None
    for item in items:
        readiness.record_check(app.uow(), 1, item.code, passed=True, staff_id=staff_id,
                               room_id=room_id)
    for item in site_items(kinds):
        readiness.record_check(app.uow(), 1, item.code, passed=True, staff_id=staff_id,
                               site_id=site_id)


def test_the_operations_log_reaches_the_body_once_and_its_later_changes_follow(
        world: World, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    site_pkg = usb / "site.espkg"
    export_package(world.body.uow(), "site", 1,
                   [key_id(world.site), key_id(world.stations[0])], site_pkg)
    for laptop in (world.site, *world.stations):
        import_package(laptop.uow(), site_pkg)
    site, station = world.site, world.stations[0]
    people = staff_ids(site)
    session_id, room_id, registration_id = seated_case(site)

    # the day before: a room checked (one item failed, then put right) and sealed
    with site.uow().read() as s:
        check_uid = s.scalars(select(ReadinessCheck.uid)).first()
    assert check_uid is None
    ready_room(site, room_id, people[0])
    readiness.seal_room(site.uow(), 1, room_id, site.calendar)
    # the staff meeting
    meeting_id = meeting.open_meeting(site.uow(), 1, held_at=DAY_BEFORE, place="考务办公室")
    for staff_id in people[:3]:
        meeting.scan_badge(site.uow(), meeting_id, badge(site, staff_id))
    meeting.close_meeting(site.uow(), meeting_id)
    # paper packets: registered, then printed and carried into the secure room
    registered = custody.register_packets(site.uow(), 1)
    assert registered.created >= 1
    code = registered.codes[0]
    custody.record_handover(site.uow(), 1, code, badge(site, people[0]),
                            badge(site, people[1]), step="printed")
    # the exam day: misconduct on the proctor's laptop, illness on the main laptop
    exam = datetime(2026, 12, 3, 9, 20, tzinfo=CHINA_TZ)
    station.clock = FixedClock(exam)
    site.clock = FixedClock(exam)
    incidents.record_incident(station.uow(), 1, incidents.IncidentInput(
        "misconduct", session_id, registration_id, rule=_a_rule(),
        description="考试中使用手机", action_taken="收缴手机，记录在案"))
    incidents.record_incident(site.uow(), 1, incidents.IncidentInput(
        "illness", session_id, None, description="一名考生头晕，经医务室处理后继续考试"))
    note_id = supervision.add_note(site.uow(), 1, "proctoring", "第1考场监考员站位正确。",
                                   rating="problem", follow_up="提醒监考员不得看手机")
    supervision.add_visit(site.uow(), 1, "李督导", organisation="市职业技能鉴定指导中心",
                          places="第1考场检录、理论考试", findings="秩序良好")
    changes.request_change(site.uow(), session_id, kind="time", reason="停电，推迟开考",
                            new_starts_at=exam + timedelta(hours=1),
                            new_ends_at=exam + timedelta(hours=2, minutes=30))

    merged = import_package(site.uow(), _export(station, "station", [key_id(site)],
                                                 usb / "station.espkg"))
    assert {c.table: c for c in merged.changes}["incident"].added == 1
    assert len(uids(site, Incident)) == 2

    sent = counts(site)
    assert all(sent.values()), sent
    back = import_package(world.body.uow(), _export(site, "results", [key_id(world.body)],
                                                    usb / "results1.espkg"))
    assert back.trail_ok is True
    assert counts(world.body) == sent
    for model in (Incident, ReadinessCheck, PaperPacket, CustodyHandover, ChangeRequest,
                  StaffMeeting, MeetingAttendance, Rectification, RoomSeal, SupervisionVisit):
        assert uids(world.body, model) == uids(site, model), model.__tablename__
    with world.body.uow().read() as s:
        assert s.get(Registration, registration_id).result_state == "misconduct"

    # later that day: the follow-up is closed and the packet goes to the room
    supervision.close_follow_up(site.uow(), note_id, "已当面提醒，整改完毕")
    custody.record_handover(site.uow(), 1, code, badge(site, people[1]),
                            badge(site, people[2]), step="secure_room")
    again = import_package(world.body.uow(), _export(site, "results", [key_id(world.body)],
                                                     usb / "results2.espkg"))
    by_table = {c.table: c for c in again.changes}
    assert by_table["supervision_note"].changed == 1
    assert by_table["custody_handover"].added == 1
    assert by_table["incident"].added == 0 and by_table["incident"].changed == 0
    assert counts(world.body) == counts(site)
    with world.body.uow().read() as s:
        assert s.scalar(select(SupervisionNote.follow_up_result)) == "已当面提醒，整改完毕"


def test_the_batch_archive_holds_the_operations_log_and_a_purge_removes_it(
        world: World, tmp_path: Path) -> None:
    body = world.body
    people = staff_ids(body)
    session_id, room_id, registration_id = seated_case(body)
    ready_room(body, room_id, people[0])
    incidents.record_incident(body.uow(), 1, incidents.IncidentInput(
        "late", session_id, registration_id, description="迟到 10 分钟"))
    supervision.add_visit(body.uow(), 1, "李督导")
    custody.register_packets(body.uow(), 1)
    out = tmp_path / "archive.age"
    export_archive(body.uow(), 1, out, PASS)
    plain = pyrage.passphrase.decrypt(out.read_bytes(), PASS)
    with zipfile.ZipFile(io.BytesIO(plain)) as z:
        manifest = json.loads(z.read("manifest.json"))
    rows = manifest["row_counts"]
    for table in ("readiness_check", "rectification", "incident", "supervision_visit",
                  "paper_packet"):
        assert rows[table] == counts(body)[table] > 0, table
    # the body console's records of the batch are archived too (none made here)
    assert {"publicity", "publicity_objection", "eligibility_facts", "eligibility_review",
            "certificate", "batch_plan", "archive_place"} <= set(rows)
    later = UnitOfWork(body.db, FixedClock(datetime(2031, 12, 5, 9, 0, tzinfo=CHINA_TZ)),
                       Actor("zk00001", "考务负责人", frozenset({"site_manager"})))
    purge_batch(later, 1, _batch_code(body))
    assert not any(counts(body).values()), counts(body)


def _a_rule() -> str:
    from app.rules.incidents import MISCONDUCT_RULES

    return MISCONDUCT_RULES[0].code


def _export(app: App, kind: str, recipients: list[str], out: Path) -> Path:
    export_package(app.uow(), kind, 1, recipients, out)
    return out


def _batch_code(app: App) -> str:
    from app.services.archive import retention_of

    return retention_of(app.uow(), 1).batch_code
