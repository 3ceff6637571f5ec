"""Room PDFs (门贴, 座次图, 签到表) of the demo batch, read back with poppler and pypdf."""

from __future__ import annotations

import math
import re
import subprocess
from io import BytesIO
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from sqlalchemy import select, update

from app.bootstrap import App
from app.errors import ConflictError, NotFoundError, UserCancelled
from app.model import Candidate, Room, Seat, SeatAssignment, Staff, StaffAssignment
from app.reports.room_documents import RoomDocuments, RoomSheet, room_documents
from app.reports.room_pdf_common import PHOTO_MAX_PX, scale_photo
from app.reports.room_pdf_door import cards_per_page
from app.reports.room_pdfs import (
    write_door_lists,
    write_room_pdf,
    write_seat_charts,
    write_signin_sheets,
)


@pytest.fixture
def demo_app(body_demo_app: App) -> App:
    """The body's tests run on a SQLite file and on PostgreSQL (tests/conftest.py)."""
    return body_demo_app

BATCH = 1


def _text(pdf: Path) -> list[str]:
    """The text of every page (pdftotext separates pages with a form feed)."""
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", "-layout", str(pdf), "-"],
                         capture_output=True, text=True, check=True).stdout
    return out.split("\f")[:-1]


def _flat(text: str) -> str:
    """Text without the spaces pdftotext puts (or drops) between characters."""
    return re.sub(r"\s+", "", text)


def _sheet(docs: RoomDocuments, code: str) -> RoomSheet:
    return next(sheet for sheet in docs.sheets if sheet.room_code == code)


def _empty_seat_out_of_use(app: App, room_code: str) -> str:
    """Take an empty seat of the room out of use; returns its label."""
    with app.uow().write() as s:
        room_id = s.scalar(select(Room.id).where(Room.code == room_code))
        taken = select(SeatAssignment.seat_id)
        seat = s.scalars(select(Seat).where(Seat.room_id == room_id, Seat.id.not_in(taken))
                         .order_by(Seat.row.desc(), Seat.col)).first()
        assert seat is not None
        s.execute(update(Seat).where(Seat.id == seat.id).values(usable=False))
        return seat.label


class _CancelAfter:
    def __init__(self, reports: int) -> None:
        self.reports, self.seen = reports, 0

    def report(self, done: int, total: int) -> None:
        self.seen += 1

    def cancelled(self) -> bool:
        return self.seen >= self.reports


def test_door_lists_name_every_seated_candidate_with_room_and_ticket(demo_app, tmp_path):
    docs = room_documents(demo_app.uow(), BATCH)
    assert docs.candidate_count > 200  # every candidate sits theory and practical
    out = tmp_path / "门贴.pdf"
    pages = write_door_lists(docs, out)
    expected = sum(math.ceil(len(sheet.candidates) / cards_per_page(sheet))
                   for sheet in docs.sheets)
    assert pages == expected == len(PdfReader(out).pages)
    texts = _text(out)
    for sheet in docs.sheets:
        page = next(t for t in texts if f"考场号 {sheet.room_code} " in t)
        assert sheet.room_name in page
        first, last = sheet.candidates[0], sheet.candidates[-1]
        assert f"座位 {first.seat_label}–{last.seat_label}，共 {len(sheet.candidates)} 人" in page
    whole = "".join(texts)
    for cand in (c for sheet in docs.sheets for c in sheet.candidates):
        assert cand.name in whole and cand.ticket_no in whole
    # Every card has its photo; pages are A4 portrait.
    first_page = PdfReader(out).pages[0]
    assert len(first_page.images) == len(docs.sheets[0].candidates[:cards_per_page(
        docs.sheets[0])])
    assert float(first_page.mediabox.height) > float(first_page.mediabox.width)


def test_one_rooms_door_list_holds_only_that_room(demo_app, tmp_path):
    all_docs = room_documents(demo_app.uow(), BATCH, with_photos=False)
    other = {c.name for c in _sheet(all_docs, "T001").candidates}
    out = tmp_path / "T002.pdf"
    docs, pages = write_room_pdf(demo_app.uow(), BATCH, "door", out, room_code="T002")
    assert [s.room_code for s in docs.sheets] == ["T002"] and pages == 1
    text = _text(out)[0]
    mine = _sheet(docs, "T002").candidates
    assert all(c.name in text and c.ticket_no in text for c in mine)
    assert not any(name in text for name in other - {c.name for c in mine})
    assert "T001" not in text


def test_seat_chart_draws_the_grid_and_crosses_out_a_seat_out_of_use(demo_app, tmp_path):
    before = tmp_path / "before.pdf"
    write_room_pdf(demo_app.uow(), BATCH, "chart", before, room_code="T001")
    label = _empty_seat_out_of_use(demo_app, "T001")
    docs = room_documents(demo_app.uow(), BATCH, "T001", with_photos=False)
    sheet = _sheet(docs, "T001")
    crossed = [seat for seat in sheet.seats if not seat.usable]
    assert [seat.label for seat in crossed] == [label]
    assert docs.photos == {}  # the chart prints no photos, so none are read
    out = tmp_path / "座次图.pdf"
    assert write_seat_charts(docs, out) == 1
    page = PdfReader(out).pages[0]
    assert float(page.mediabox.width) > float(page.mediabox.height)  # A4 landscape
    text = _text(out)[0]
    assert text.count("停用") == _text(before)[0].count("停用") + 1  # the seat's own mark
    assert "停用1；" in _flat(text) and "停用0；" in _flat(_text(before)[0])
    assert not re.search(rf"(?<!\d){label}(?!\d)", text)  # an unusable seat shows no label
    assert "讲台" in text and "理论考场001（T001）" in text
    assert all(c.name in text and c.ticket_no in text for c in sheet.candidates)
    empty = sum(1 for seat in sheet.seats if seat.usable) - len(sheet.candidates)
    assert text.count("空座") == empty + 2  # plus the two in the legend
    assert f"空座{empty}个" in _flat(text)
    for row in range(1, sheet.layout.rows + 1):
        assert f"第{row}排" in text


def test_a_room_too_big_for_a_page_continues_with_the_header_repeated(demo_app, tmp_path):
    with demo_app.uow().write() as s:  # grow T001 to 14 x 20 seats with aisles
        room = s.scalars(select(Room).where(Room.code == "T001")).one()
        have = {(seat.row, seat.col) for seat in s.scalars(select(Seat).where(
            Seat.room_id == room.id))}
        room.rows, room.cols = 14, 20
        room.layout = {"numbering": "row_major", "aisles_after_cols": [4, 9, 14]}
        n = 100
        for r in range(14):
            for c in range(20):
                if (r, c) not in have:
                    n += 1
                    s.add(Seat(room_id=room.id, row=r, col=c, label=f"{n:03d}"))
    docs = room_documents(demo_app.uow(), BATCH, "T001", with_photos=False)
    out = tmp_path / "big.pdf"
    pages = write_seat_charts(docs, out)
    texts = _text(out)
    assert pages == len(texts) == 4  # two row bands times two column bands
    assert all("理论考场001（T001）" in t for t in texts)
    assert "讲台" in texts[0] and "讲台方向" in texts[-1]
    assert re.search(r"续：第 \d+–14 排，第 \d+–20 列", texts[-1])
    labels = " ".join(texts)
    assert all(re.search(rf"(?<!\d){n}(?!\d)", labels) for n in (101, 200, 344))
    assert [f"第{k}页/共4页" in _flat(t) for k, t in enumerate(texts, start=1)] == [True] * 4


def test_signin_sheets_have_masked_ids_photos_signature_cells_and_page_numbers(
        demo_app, tmp_path):
    with demo_app.uow().write() as s:  # two proctors for T001, as staffing would
        room_id = s.scalar(select(Room.id).where(Room.code == "T001"))
        staff = s.scalars(select(Staff).order_by(Staff.id).limit(2)).all()
        for person in staff:
            s.add(StaffAssignment(batch_id=BATCH, staff_id=person.id, role="proctor",
                                  room_id=room_id, created_at=demo_app.clock.now()))
        names = [p.name for p in staff]
    docs = room_documents(demo_app.uow(), BATCH, "T001")
    sheet = _sheet(docs, "T001")
    assert sheet.proctors == tuple(names)
    out = tmp_path / "签到表.pdf"
    pages = write_signin_sheets(docs, out)
    texts = _text(out)
    assert pages == len(texts) == 2  # 30 candidates in three papers: 16 + 14 rows
    reader = PdfReader(out)
    photos = sum(len(page.images) for page in reader.pages)
    assert photos == len(sheet.candidates)
    whole = "".join(texts)
    with demo_app.uow().read() as s:
        full_ids = {cid: number for cid, number in s.execute(
            select(Candidate.id, Candidate.id_number))}
    for cand in sheet.candidates:
        assert cand.name in whole and cand.ticket_no in whole and cand.id_masked in whole
        assert full_ids[cand.candidate_id] not in whole  # never the whole ID number
    for k, text in enumerate(texts, start=1):
        flat = _flat(text)
        assert "考生签名" in flat and "监考员签名" in flat and f"第{k}页/共2页" in flat
        assert docs.plan_name in flat and "理论考场001（T001）" in flat
        assert "安排监考：" + "、".join(names) in flat
    for session in sheet.sessions:  # grouped under a heading per paper
        assert f"场次 {session.code}" in whole
    assert "2026年12月3日" in texts[0]


def test_signin_sheets_of_the_whole_batch_stay_small(demo_app, tmp_path):
    docs = room_documents(demo_app.uow(), BATCH)
    out = tmp_path / "all.pdf"
    pages = write_signin_sheets(docs, out)
    assert pages >= len(docs.sheets)
    assert out.stat().st_size < 2_000 * docs.candidate_count  # photos stay small


def test_a_large_photo_is_scaled_down_once_and_a_small_one_kept(tmp_path):
    big = Image.effect_noise((1200, 1600), 40).convert("RGB")
    raw = BytesIO()
    big.save(raw, "JPEG", quality=95)
    small = scale_photo(raw.getvalue())
    assert small is not None and len(small) < len(raw.getvalue()) / 10
    with Image.open(BytesIO(small)) as image:
        assert image.width <= PHOTO_MAX_PX[0] and image.height <= PHOTO_MAX_PX[1]
    tiny = BytesIO()
    Image.new("P", (96, 128)).save(tiny, "PNG")
    assert scale_photo(tiny.getvalue()) == tiny.getvalue()
    assert scale_photo(b"not an image") is None


def test_cancelling_leaves_no_file(demo_app, tmp_path):
    docs = room_documents(demo_app.uow(), BATCH)
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(UserCancelled):
        write_door_lists(docs, folder / "cancelled.pdf", _CancelAfter(2))
    assert list(folder.iterdir()) == []


def test_an_unknown_room_and_an_empty_room_are_refused_plainly(demo_app):
    with pytest.raises(NotFoundError) as unknown:
        room_documents(demo_app.uow(), BATCH, "NO-SUCH")
    assert unknown.value.code == "roomdocs.room_not_in_batch"
    with demo_app.uow().write() as s:
        room_id = s.scalar(select(Room.id).where(Room.code == "T007"))
        s.execute(SeatAssignment.__table__.delete().where(SeatAssignment.seat_id.in_(
            select(Seat.id).where(Seat.room_id == room_id))))
    with pytest.raises(ConflictError) as empty:
        room_documents(demo_app.uow(), BATCH, "T007")
    assert empty.value.code == "roomdocs.room_empty"
    assert empty.value.params == {"room_code": "T007"}
