"""Paper custody on a copy of the demo: packets registered for the paper sessions, handovers
scanned, flags on a chain with a missing step or a broken seal, refusals, the audit trail,
and the QR labels and custody report as real PDFs."""

from __future__ import annotations

import subprocess
from datetime import datetime, timedelta
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader
from sqlalchemy import func, select

from app.bootstrap import App
from app.clock import CHINA_TZ
from app.errors import ConflictError, NotFoundError, PermissionDenied, ValidationError
from app.model import AuditEvent, CustodyHandover, ExamSession, PaperPacket, Room, SeatAssignment
from app.reports.custody_report_pdf import write_custody_report_pdf
from app.reports.packet_labels_pdf import write_packet_labels_pdf
from app.rules.custody import (
    CHAIN_BREAK,
    MISSING_STEP,
    NOT_RETURNED,
    OUT_OF_ORDER,
    SEAL_BROKEN,
    Flag,
)
from app.services.custody import record_handover, register_packets
from app.services.custody_queries import (
    custody_report,
    packet_labels,
    packet_rows,
    packet_status,
    staff_by_badge,
)
from app.uow import Actor

KEEPER, COURIER, PRINTER, PROCTOR = "ZK00001", "ZK00002", "ZK00003", "ZK00007"


def _text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout


@pytest.fixture
def packets(demo_app: App) -> list[str]:
    return list(register_packets(demo_app.uow(), 1).codes)


def _scan(app: App, code: str, giver: str, receiver: str, **kw) -> Flag | tuple[Flag, ...]:
    return record_handover(app.uow(), 1, code, giver, receiver, **kw).flags


def test_one_packet_per_paper_session_with_its_seated_candidates(demo_app: App):
    result = register_packets(demo_app.uow(), 1, spare=2)
    with demo_app.uow().read() as s:
        seated = dict(s.execute(
            select(SeatAssignment.exam_session_id, func.count())
            .join(ExamSession, ExamSession.id == SeatAssignment.exam_session_id)
            .join(Room, Room.id == ExamSession.room_id)
            .where(Room.kind == "theory", Room.code.like("T%"))
            .group_by(SeatAssignment.exam_session_id)).all())
        stored = {p.exam_session_id: (p.copies, p.code, p.uid, p.content)
                  for p in s.scalars(select(PaperPacket))}
        events = s.scalars(select(AuditEvent.summary).where(
            AuditEvent.action == "custody.packets_registered")).all()
    assert result.created == len(seated) == len(stored) > 0  # review rooms and workshops: none
    assert {sid: p[0] for sid, p in stored.items()} == {sid: n + 2 for sid, n in seated.items()}
    assert len({p[1] for p in stored.values()}) == len(stored)
    assert all(len(p[2]) == 36 and p[3] == "paper" for p in stored.values())
    assert result.codes[0] == "4501001-261203-03-S00001-T001-1"
    again = register_packets(demo_app.uow(), 1)
    assert (again.created, again.existing) == (0, len(seated))
    assert len(events) == 1 and events[0]["created"] == len(seated)


def test_answer_sheet_packets_are_registered_beside_the_papers(demo_app: App, packets):
    sheets = register_packets(demo_app.uow(), 1, content="answer_sheet")
    assert sheets.created == len(packets)
    assert sheets.codes[0].endswith("-2")  # the session's second packet
    with pytest.raises(ValidationError) as err:
        register_packets(demo_app.uow(), 1, content="cards")
    assert err.value.code == "custody.bad_content"
    with pytest.raises(ValidationError) as err:
        register_packets(demo_app.uow(), 1, spare=99)
    assert err.value.code == "custody.bad_spare"


def test_a_chain_scanned_in_order_has_no_flag_and_ends_complete(demo_app: App, packets):
    code = packets[0]
    people = [PRINTER, COURIER, KEEPER, PROCTOR, KEEPER, COURIER]
    for giver, receiver in zip(people, people[1:], strict=False):
        assert _scan(demo_app, code, giver, receiver) == ()
    row = packet_status(demo_app.uow(), 1, code)
    assert row.steps == ("printed", "secure_room", "room", "collected", "returned")
    assert row.next_step is None and row.flags == ()
    assert row.chain[2].giver.endswith(f"（{KEEPER}）")
    assert row.chain[2].receiver.endswith(f"（{PROCTOR}）")
    with pytest.raises(ConflictError) as err:
        _scan(demo_app, code, COURIER, KEEPER)
    assert err.value.code == "custody.chain_complete"
    with demo_app.uow().read() as s:
        audited = s.scalars(select(AuditEvent.summary).where(
            AuditEvent.action == "custody.handover")).all()
    assert [a["step"] for a in audited] == list(row.steps)
    assert audited[2]["giver"] == KEEPER and audited[2]["receiver"] == PROCTOR


def test_a_chain_with_a_missing_step_is_flagged(demo_app: App, packets):
    code = packets[1]
    _scan(demo_app, code, PRINTER, COURIER)
    demo_app.clock.advance(timedelta(hours=1))
    flags = _scan(demo_app, code, KEEPER, PROCTOR, step="room")
    assert flags == (Flag(MISSING_STEP, "secure_room"),)
    row = next(r for r in packet_rows(demo_app.uow(), 1) if r.code == code)
    assert row.flags == flags and row.next_step == "collected"
    # Scanning the forgotten step afterwards fills the gap but stays out of order.
    demo_app.clock.advance(timedelta(minutes=5))
    late = _scan(demo_app, code, COURIER, KEEPER, step="secure_room")
    assert late == (Flag(OUT_OF_ORDER, "secure_room"),)


def test_a_broken_seal_needs_a_note_and_is_flagged(demo_app: App, packets):
    code = packets[2]
    _scan(demo_app, code, PRINTER, COURIER)
    with pytest.raises(ValidationError) as err:
        _scan(demo_app, code, COURIER, KEEPER, seal_intact=False)
    assert err.value.code == "custody.seal_note_required"
    flags = _scan(demo_app, code, COURIER, KEEPER, seal_intact=False, note="封条右下角撕裂")
    assert flags == (Flag(SEAL_BROKEN, "secure_room"),)
    with demo_app.uow().read() as s:
        stored = s.execute(select(
            CustodyHandover.seal_intact, CustodyHandover.note, CustodyHandover.recorded_by)
            .where(CustodyHandover.step == "secure_room")).one()
    assert tuple(stored) == (False, "封条右下角撕裂", "system")


def test_a_giver_who_did_not_hold_the_packet_breaks_the_chain(demo_app: App, packets):
    code = packets[3]
    _scan(demo_app, code, PRINTER, COURIER)
    assert _scan(demo_app, code, KEEPER, PROCTOR) == (Flag(CHAIN_BREAK, "secure_room"),)


def test_a_packet_still_out_after_its_session_is_flagged(demo_app: App, packets):
    code = packets[0]
    for giver, receiver in ((PRINTER, COURIER), (COURIER, KEEPER), (KEEPER, PROCTOR)):
        _scan(demo_app, code, giver, receiver)
    row = packet_status(demo_app.uow(), 1, code)
    demo_app.clock.advance(row.ends_at - demo_app.clock.now() + timedelta(minutes=31))
    assert packet_status(demo_app.uow(), 1, code).flags == (Flag(NOT_RETURNED, "collected"),)
    # Every other packet never left the printer: overdue too.
    assert all(r.flags for r in packet_rows(demo_app.uow(), 1))


@pytest.mark.parametrize(("code", "giver", "receiver", "error", "kind"), [
    ("NO-SUCH-PACKET", PRINTER, KEEPER, "custody.packet_not_found", NotFoundError),
    (None, "ZK99999", KEEPER, "custody.badge_not_found", NotFoundError),
    (None, PRINTER, "", "custody.badge_not_found", NotFoundError),
    (None, KEEPER, KEEPER.lower(), "custody.same_person", ValidationError),
])
def test_bad_scans_are_refused_and_leave_nothing(demo_app: App, packets, code, giver, receiver,
                                                 error, kind):
    with pytest.raises(kind) as err:
        record_handover(demo_app.uow(), 1, code or packets[0], giver, receiver)
    assert err.value.code == error
    with demo_app.uow().read() as s:
        assert s.scalar(select(func.count()).select_from(CustodyHandover)) == 0


def test_a_repeated_step_is_refused(demo_app: App, packets):
    _scan(demo_app, packets[0], PRINTER, COURIER)
    with pytest.raises(ConflictError) as err:
        _scan(demo_app, packets[0], PRINTER, KEEPER, step="printed")
    assert err.value.code == "custody.step_repeated"
    assert err.value.params["at"] == "2026-11-23 09:00"


def test_badges_are_read_in_any_letter_case(demo_app: App):
    person = staff_by_badge(demo_app.uow(), " zk00007 ")
    assert person.badge_no == PROCTOR and person.roles == ("proctor",)
    with pytest.raises(NotFoundError):
        staff_by_badge(demo_app.uow(), "nobody")


def test_proctors_scan_but_only_the_site_manager_registers(demo_app: App, packets):
    proctor = demo_app.uow(Actor("zk00007", "监考", frozenset({"proctor"})))
    clerk = demo_app.uow(Actor("zk00002", "检录", frozenset({"checkin_clerk"})))
    assert record_handover(proctor, 1, packets[0], PRINTER, COURIER).step == "printed"
    with pytest.raises(PermissionDenied):
        record_handover(clerk, 1, packets[0], COURIER, KEEPER)
    with pytest.raises(PermissionDenied):
        register_packets(proctor, 1)
    with demo_app.uow().read() as s:
        recorded = s.scalars(select(CustodyHandover.recorded_by)).all()
    assert recorded == ["zk00007"]


def test_labels_pdf_has_chinese_details_and_a_qr_with_the_code(demo_app: App, packets,
                                                               tmp_path: Path):
    labels = packet_labels(demo_app.uow(), 1)
    out = tmp_path / "试卷袋标签.pdf"
    pages = write_packet_labels_pdf(labels, out)
    assert pages == -(-len(labels) // 8) == len(PdfReader(out).pages)
    text = _text(out)
    first = labels[0]
    for part in ("试卷袋", "场次：S00001", "考场：理论考场001（T001）", "理论知识",
                 f"份数：{first.copies} 份", "2026年12月3日", "09:00-10:30", first.code):
        assert part in text, part
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-f", "1", "-l", "1", "-singlefile",
                    str(out), str(tmp_path / "p1")], check=True)
    found = zxingcpp.read_barcodes(Image.open(tmp_path / "p1.png"),
                                   formats=zxingcpp.BarcodeFormat.QRCode)
    assert {r.text for r in found} == {label.code for label in labels[:8]}


def test_custody_report_lists_every_chain_with_its_flags(demo_app: App, packets,
                                                         tmp_path: Path):
    _scan(demo_app, packets[0], PRINTER, KEEPER)
    _scan(demo_app, packets[0], KEEPER, PROCTOR, step="room")
    _scan(demo_app, packets[1], PRINTER, COURIER)
    _scan(demo_app, packets[1], COURIER, KEEPER, seal_intact=False, note="封条有撕裂痕迹")
    report = custody_report(demo_app.uow(), 1)
    assert report.flagged == 2 and len(report.packets) == len(packets)
    out = tmp_path / "试卷保密流转记录.pdf"
    assert write_custody_report_pdf(report, out) == len(PdfReader(out).pages) >= 1
    text = _text(out)
    for part in ("试卷保密流转记录", report.plan_name, f"试卷袋 {len(packets)} 个，其中有异常 2 个",
                 "缺少环节：入保密室", "密封破损：入保密室", "破损", "封条有撕裂痕迹",
                 "发放至考场", packets[0], packets[-1], "（尚无交接记录）", "考点负责人签名"):
        assert part in text, part
    keeper = staff_by_badge(demo_app.uow(), KEEPER)
    assert f"{keeper.name}（{KEEPER}）" in text
    assert datetime(2026, 11, 23, 9, 0, tzinfo=CHINA_TZ).strftime("%Y-%m-%d %H:%M") in text
