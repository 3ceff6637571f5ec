"""Supervision on a copy of the demo: notes with rating and follow-up, closing a follow-up,
external visits, who may do what, the audit trail, and the printed 内部督导情况记录表 read back
with pdftotext and its page seals verified."""

from __future__ import annotations

import subprocess
from datetime import timedelta
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from sqlalchemy import select

from app.bootstrap import App
from app.clock import FixedClock
from app.crypto.page_seal import verify_page
from app.errors import ConflictError, NotFoundError, PermissionDenied, ValidationError
from app.model import AuditEvent, SupervisionNote, SupervisionVisit
from app.reports.supervision_documents import SLOTS_PER_PAGE, supervision_record
from app.reports.supervision_pdf import write_supervision_pdf
from app.services.supervision import (
    add_note,
    add_visit,
    close_follow_up,
    close_visit,
    list_notes,
    list_visits,
    open_follow_ups,
    set_follow_up,
    supervision_choices,
)
from app.uow import Actor

BATCH = 1
SUPERVISOR = Actor("zk00009", "督导员", frozenset({"internal_supervisor"}))
MANAGER = Actor("zk00001", "考务负责人", frozenset({"site_manager"}))
PROCTOR = Actor("zk00020", "监考员", frozenset({"proctor"}))


def _pdf_text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout


def _page_qr(pdf: Path, page: int, tmp_path: Path) -> str:
    stem = tmp_path / f"page{page}"
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-f", str(page), "-l", str(page),
                    "-singlefile", str(pdf), str(stem)], check=True)
    codes = zxingcpp.read_barcodes(Image.open(stem.with_suffix(".png")),
                                   formats=zxingcpp.BarcodeFormat.QRCode)
    assert len(codes) == 1
    return codes[0].text


def _actions(app: App) -> list[str]:
    with app.uow().read() as s:
        return list(s.scalars(select(AuditEvent.action).where(
            AuditEvent.action.like("supervision.%")).order_by(AuditEvent.id)))


def test_a_problem_needs_a_follow_up_which_is_closed_with_its_result(demo_app: App) -> None:
    uow = demo_app.uow(SUPERVISOR)
    room_id = supervision_choices(uow, BATCH).rooms[0][0]
    with pytest.raises(ValidationError) as info:
        add_note(uow, BATCH, "room_setup", "第一考场未张贴考场规则。", room_id=room_id,
                 rating="problem")
    assert info.value.code == "supervision.follow_up_needed"
    with pytest.raises(ValidationError) as info:
        add_note(uow, BATCH, "room_setup", "x", rating="excellent")
    assert info.value.code == "supervision.bad_rating"
    problem = add_note(uow, BATCH, "room_setup", "第一考场未张贴考场规则。", room_id=room_id,
                       rating="problem", follow_up="考务办公室开考前补贴考场规则")
    good = add_note(uow, BATCH, "checkin", "检录秩序良好。", rating="good")
    assert open_follow_ups(uow, BATCH) == 1
    notes = {n.note_id: n for n in list_notes(uow, BATCH)}
    assert notes[problem].rating == "problem" and notes[problem].follow_up_state == "open"
    assert notes[good].follow_up_state == "none"

    with pytest.raises(ConflictError) as conflict:
        close_follow_up(uow, good, "无")
    assert conflict.value.code == "supervision.no_follow_up"
    with pytest.raises(ValidationError) as info:
        close_follow_up(uow, problem, "   ")
    assert info.value.code == "supervision.result_empty"
    set_follow_up(uow, problem, "考务办公室开考前补贴考场规则和考生须知")
    assert isinstance(demo_app.clock, FixedClock)
    demo_app.clock.advance(timedelta(minutes=25))
    close_follow_up(uow, problem, "08:20 已补贴，督导员复查确认。")
    closed = next(n for n in list_notes(uow, BATCH) if n.note_id == problem)
    assert closed.follow_up_state == "closed" and closed.follow_up_result.startswith("08:20")
    assert closed.follow_up == "考务办公室开考前补贴考场规则和考生须知"
    assert closed.follow_up_closed_at == demo_app.clock.now()
    assert open_follow_ups(uow, BATCH) == 0
    for again in (lambda: close_follow_up(uow, problem, "再次"),
                  lambda: set_follow_up(uow, problem, "改")):
        with pytest.raises(ConflictError) as conflict:
            again()
        assert conflict.value.code == "supervision.follow_up_closed"
    with pytest.raises(NotFoundError):
        close_follow_up(uow, 99999, "x")
    assert _actions(demo_app) == ["supervision.note_added", "supervision.note_added",
                                  "supervision.follow_up_set", "supervision.follow_up_closed"]
    with demo_app.uow().read() as s:
        event = s.scalars(select(AuditEvent).where(
            AuditEvent.action == "supervision.follow_up_closed")).one()
        assert event.object_id == str(problem) and event.actor == "zk00009"


def test_observations_in_the_future_are_refused(demo_app: App) -> None:
    uow = demo_app.uow(SUPERVISOR)
    later = demo_app.clock.now() + timedelta(hours=3)
    with pytest.raises(ValidationError) as info:
        add_note(uow, BATCH, "other", "巡查", observed_at=later)
    assert info.value.code == "supervision.in_future"
    earlier = demo_app.clock.now() - timedelta(hours=1)
    note_id = add_note(uow, BATCH, "other", "巡查", observed_at=earlier)
    assert list_notes(uow, BATCH)[0].note_id == note_id
    assert list_notes(uow, BATCH)[0].observed_at == earlier


def test_an_external_visit_is_recorded_on_arrival_and_closed_on_departure(
        demo_app: App) -> None:
    uow = demo_app.uow(MANAGER)
    arrived = demo_app.clock.now() - timedelta(hours=2)
    with pytest.raises(ValidationError) as info:
        add_visit(uow, BATCH, "  ", arrived_at=arrived)
    assert info.value.code == "supervision.visitor_needed"
    visit_id = add_visit(uow, BATCH, "黄督导", organisation="南宁市人力资源和社会保障局",
                         arrived_at=arrived, places="第一考场、第二考场")
    with pytest.raises(ValidationError) as info:
        close_visit(uow, visit_id, left_at=arrived - timedelta(minutes=1))
    assert info.value.code == "supervision.left_before_arrival"
    close_visit(uow, visit_id, findings="考场布置规范，监考到位。")
    with pytest.raises(ConflictError) as conflict:
        close_visit(uow, visit_id)
    assert conflict.value.code == "supervision.visit_closed"
    [visit] = list_visits(uow, BATCH)
    assert visit.left_at == demo_app.clock.now() and visit.arrived_at == arrived
    assert visit.places == "第一考场、第二考场" and visit.findings == "考场布置规范，监考到位。"
    assert visit.recorded_by == "考务负责人" and len(visit.uid) == 36
    with demo_app.uow().read() as s:
        row = s.get(SupervisionVisit, visit_id)
        assert row is not None and row.uid == visit.uid
        objects = list(s.scalars(select(AuditEvent.object_id).where(
            AuditEvent.action.in_(("supervision.visit_added", "supervision.visit_closed")))))
    assert objects == [visit.uid, visit.uid]


def test_only_the_supervisor_writes_notes_and_a_proctor_records_no_visit(
        demo_app: App) -> None:
    for call in (lambda u: add_note(u, BATCH, "other", "巡查"),
                 lambda u: close_follow_up(u, 1, "x"), lambda u: set_follow_up(u, 1, "x")):
        with pytest.raises(PermissionDenied):
            call(demo_app.uow(MANAGER))
    with pytest.raises(PermissionDenied):
        add_visit(demo_app.uow(PROCTOR), BATCH, "黄督导")
    with pytest.raises(PermissionDenied):
        close_visit(demo_app.uow(PROCTOR), 1)
    assert add_visit(demo_app.uow(SUPERVISOR), BATCH, "黄督导") > 0
    assert _actions(demo_app) == ["supervision.visit_added"]


def test_the_record_prints_ratings_follow_ups_and_visits_and_its_seals_hold(
        demo_app: App, tmp_path: Path) -> None:
    uow = demo_app.uow(SUPERVISOR)
    rooms = supervision_choices(uow, BATCH).rooms
    problem = add_note(uow, BATCH, "room_setup", "考场门口未张贴考生须知。", room_id=rooms[0][0],
                       rating="problem", follow_up="开考前张贴考生须知")
    add_note(uow, BATCH, "proctoring", "监考员两人到位，考场秩序良好。", room_id=rooms[1][0],
             rating="good")
    add_note(uow, BATCH, "scoring", "评分记录表签名齐全。", rating="acceptable",
             follow_up="统分后复核签名")
    close_follow_up(uow, problem, "已张贴，复查确认")
    visit = add_visit(uow, BATCH, "黄督导", organisation="南宁市人社局",
                      arrived_at=demo_app.clock.now() - timedelta(hours=1),
                      places="第一考场")
    close_visit(uow, visit, findings="考务组织规范。")

    record = supervision_record(demo_app.uow(), BATCH)
    assert (record.notes, record.problems, record.follow_ups, record.follow_ups_closed,
            record.visits) == (3, 1, 2, 1, 1)
    out = tmp_path / "supervision.pdf"
    assert write_supervision_pdf(record, out) == 1
    text = _pdf_text(out)
    for expected in ("内部督导情况记录表", "一、内部质量督导情况", "存在问题", "良好", "合格",
                     "措施：开考前张贴", "已完成（11-23 09:00）", "已张贴，复查确认", "（未完成）",
                     "二、外部督导来访记录", "黄督导", "南宁市人社局", "考务组织规范。",
                     "督导记录 3 条，其中存在问题 1 条"):
        assert expected in text, expected
    scanned = _page_qr(out, 1, tmp_path)
    assert verify_page(demo_app.uow(), scanned).ok
    with demo_app.uow().write() as s:  # a follow-up result changed after printing
        row = s.get(SupervisionNote, problem)
        assert row is not None
        row.follow_up_result = "改过的结果"
    assert verify_page(demo_app.uow(), scanned).reason == "pages.changed"


def test_many_notes_and_visits_run_over_pages_with_a_seal_on_each(
        demo_app: App, tmp_path: Path) -> None:
    uow = demo_app.uow(SUPERVISOR)
    start = demo_app.clock.now() - timedelta(hours=5)
    for i in range(SLOTS_PER_PAGE + 3):
        add_note(uow, BATCH, "proctoring", f"第{i + 1}次巡查：" + "考场秩序良好，" * 12,
                 observed_at=start + timedelta(minutes=10 * i), rating="acceptable")
    for i in range(SLOTS_PER_PAGE):
        add_visit(uow, BATCH, f"督导{i + 1}", arrived_at=start + timedelta(minutes=i),
                  findings="规范。" * 40)
    record = supervision_record(demo_app.uow(), BATCH)
    # notes: 6 + 3; part two starts on page 2 (2 visits), the last 4 on page 3
    assert [(len(p.rows), len(p.visits), p.visits_part) for p in record.pages] == [
        (6, 0, False), (3, 2, True), (0, 4, True)]
    out = tmp_path / "many.pdf"
    assert write_supervision_pdf(record, out) == 3
    text = _pdf_text(out)
    assert "一、内部质量督导情况（续）" in text and "二、外部督导来访记录（续）" in text
    assert "第3页/共3页" in text.replace(" ", "") and "督导6" in text
    for page in (1, 2, 3):
        assert verify_page(demo_app.uow(), _page_qr(out, page, tmp_path)).ok


def test_an_empty_record_says_so_in_both_parts(demo_app: App, tmp_path: Path) -> None:
    out = tmp_path / "empty.pdf"
    assert write_supervision_pdf(supervision_record(demo_app.uow(), BATCH), out) == 1
    text = _pdf_text(out)
    assert "（尚无督导记录）" in text and "（无外部督导来访记录）" in text
