"""Ticket PDFs: real files checked with poppler's tools and a real QR decoder (zxing-cpp)."""

from __future__ import annotations

import dataclasses
import logging
import math
import re
import subprocess
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from sqlalchemy import select, update

from app.bootstrap import App
from app.crypto.ticket_codec import verify_ticket
from app.crypto.ticket_keys import verification_keys
from app.errors import ConflictError, IntegrityError, UserCancelled
from app.model import AdmissionTicket, ExamSession, Room, SeatAssignment
from app.reports.fonts import missing_glyphs, register_cjk_font
from app.reports.ticket_documents import TicketDocument, ticket_documents
from app.reports.tickets_pdf import write_tickets_pdf
from app.services.tickets import issue_tickets


@pytest.fixture
def demo_app(body_demo_app: App) -> App:
    """The body's tests run on a SQLite file and on PostgreSQL (tests/conftest.py)."""
    return body_demo_app


BATCH = 1


def _signed_docs(app: App, room_code: str | None = None) -> list[TicketDocument]:
    with app.uow().read() as s:
        unsigned = s.scalar(select(AdmissionTicket.id).where(AdmissionTicket.payload.is_(None)))
    if unsigned is not None:  # the demo may or may not sign its tickets
        issue_tickets(app.uow(), BATCH)
    return ticket_documents(app.uow(), BATCH, room_code)


def _text(pdf: Path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return subprocess.run(["pdftotext", "-enc", "UTF-8", *pages, str(pdf), "-"],
                          check=True, capture_output=True, text=True).stdout


def _render(pdf: Path, page: int, tmp_path: Path) -> Image.Image:
    stem = tmp_path / f"page{page}"
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-f", str(page), "-l", str(page),
                    "-singlefile", str(pdf), str(stem)], check=True)
    return Image.open(stem.with_suffix(".png"))


def _qr_texts(image: Image.Image) -> list[str]:
    return [r.text for r in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)]


def test_both_layouts_have_the_right_page_counts(demo_app: App, tmp_path: Path) -> None:
    docs = _signed_docs(demo_app)
    odd = docs[:7]
    assert write_tickets_pdf(odd, tmp_path / "a4.pdf", "a4x2") == 4
    assert write_tickets_pdf(odd, tmp_path / "a5.pdf", "a5") == 7
    assert write_tickets_pdf(docs, tmp_path / "all.pdf") == math.ceil(len(docs) / 2)
    info = subprocess.run(["pdfinfo", str(tmp_path / "a5.pdf")], check=True,
                          capture_output=True, text=True).stdout
    assert re.search(r"^Pages:\s+7$", info, re.M)
    assert "595.276 x 419.528 pts" in info  # A5 landscape


def test_pdf_text_holds_the_candidate_data_in_china_time(demo_app: App, tmp_path: Path) -> None:
    docs = _signed_docs(demo_app)
    out = tmp_path / "tickets.pdf"
    write_tickets_pdf(docs[:4], out, "a4x2")
    text = _text(out, page=1)
    first = docs[0]
    theory = next(s for s in first.sessions if s.subject_kind == "theory")
    assert "准考证" in text and "职业技能等级认定准考证" in text
    assert first.name in text and docs[1].name in text
    assert first.ticket_no in text
    assert first.id_masked in text
    assert theory.room_name in text
    assert theory.starts_at.hour == 1  # stored as UTC ...
    assert "09:00" in text  # ... printed in China time
    assert "考生须知" in text and first.site_name in text


def test_cjk_font_is_embedded(demo_app: App, tmp_path: Path) -> None:
    out = tmp_path / "tickets.pdf"
    write_tickets_pdf(_signed_docs(demo_app)[:2], out, "a5")
    fonts = subprocess.run(["pdffonts", str(out)], check=True, capture_output=True,
                           text=True).stdout.splitlines()[2:]
    assert fonts, "no fonts in the PDF"
    for line in fonts:  # every font, not only the CJK one: nothing may depend on the reader
        assert "WenQuanYiMicroHei" in line
        assert line.split()[-5] == "yes", line  # the "emb" column


def test_printed_qr_decodes_to_the_signed_payload(demo_app: App, tmp_path: Path) -> None:
    docs = _signed_docs(demo_app)[:3]
    out = tmp_path / "tickets.pdf"
    write_tickets_pdf(docs, out, "a5")
    decoded = _qr_texts(_render(out, 1, tmp_path))
    assert decoded == [docs[0].qr_text]
    with demo_app.uow().read() as s:
        keys = verification_keys(s)
        payload = s.scalar(select(AdmissionTicket.payload).where(
            AdmissionTicket.ticket_no == docs[0].ticket_no))
    assert payload is not None and decoded[0] == payload.decode("ascii")
    verified = verify_ticket(decoded[0], keys)
    assert verified.claims.ticket_no == docs[0].ticket_no


def test_edited_qr_text_is_refused(demo_app: App, tmp_path: Path) -> None:
    doc = _signed_docs(demo_app)[0]
    out = tmp_path / "tickets.pdf"
    write_tickets_pdf([doc], out, "a5")
    text = _qr_texts(_render(out, 1, tmp_path))[0]
    with demo_app.uow().read() as s:
        keys = verification_keys(s)
    for pos in (10, len(text) // 2, len(text) - 3):
        forged = text[:pos] + ("A" if text[pos] != "A" else "B") + text[pos + 1:]
        with pytest.raises(IntegrityError) as caught:
            verify_ticket(forged, keys)
        assert caught.value.code in {"ticket.bad_signature", "ticket.unreadable"}


def test_both_qr_codes_of_an_a4_page_decode(demo_app: App, tmp_path: Path) -> None:
    docs = _signed_docs(demo_app)[:2]
    out = tmp_path / "tickets.pdf"
    write_tickets_pdf(docs, out, "a4x2")
    assert sorted(_qr_texts(_render(out, 1, tmp_path))) == sorted(d.qr_text for d in docs)


def test_room_filter_keeps_only_that_rooms_candidates_in_seat_order(demo_app: App) -> None:
    everyone = _signed_docs(demo_app)
    room = "P1-001"  # the first electricians' workshop: not the rooms tickets are sorted by
    docs = ticket_documents(demo_app.uow(), BATCH, room)
    with demo_app.uow().read() as s:
        count = len(set(s.scalars(
            select(SeatAssignment.registration_id)
            .join(ExamSession, ExamSession.id == SeatAssignment.exam_session_id)
            .join(Room, Room.id == ExamSession.room_id).where(Room.code == room))))
    assert 0 < len(docs) == count < len(everyone)
    assert all(any(x.room_code == room for x in d.sessions) for d in docs)
    seats = [next(x.seat_label for x in d.sessions if x.room_code == room) for d in docs]
    assert seats == sorted(seats, key=lambda label: int(label.lstrip("G")))
    with pytest.raises(ConflictError) as caught:
        ticket_documents(demo_app.uow(), BATCH, "NO-SUCH-ROOM")
    assert caught.value.code == "tickets.room_empty"


def test_whole_batch_is_ordered_by_room_then_seat(demo_app: App) -> None:
    docs = _signed_docs(demo_app)
    firsts = [(d.sessions[0].room_code, int(d.sessions[0].seat_label)) for d in docs]
    assert firsts == sorted(firsts)
    assert all(d.sessions == tuple(sorted(d.sessions, key=lambda x: x.starts_at)) for d in docs)


def test_unsigned_and_revoked_tickets_are_not_printed(demo_app: App) -> None:
    docs = _signed_docs(demo_app)
    gone = {docs[0].ticket_no, docs[1].ticket_no}
    with demo_app.uow().write() as s:
        s.execute(update(AdmissionTicket).where(AdmissionTicket.ticket_no == docs[0].ticket_no)
                  .values(payload=None))
        s.execute(update(AdmissionTicket).where(AdmissionTicket.ticket_no == docs[1].ticket_no)
                  .values(revoked_at=demo_app.uow().clock.now()))
    left = ticket_documents(demo_app.uow(), BATCH)
    assert len(left) == len(docs) - 2 and not gone & {d.ticket_no for d in left}
    with demo_app.uow().write() as s:
        s.execute(update(AdmissionTicket).values(payload=None))
    with pytest.raises(ConflictError) as caught:
        ticket_documents(demo_app.uow(), BATCH)
    assert caught.value.code == "tickets.not_issued"


class _CancelAfter:
    def __init__(self, tickets: int) -> None:
        self.tickets = tickets
        self.reports: list[tuple[int, int]] = []

    def report(self, done: int, total: int) -> None:
        self.reports.append((done, total))

    def cancelled(self) -> bool:
        return len(self.reports) >= self.tickets


def test_cancel_leaves_no_file(demo_app: App, tmp_path: Path) -> None:
    docs = _signed_docs(demo_app)
    progress = _CancelAfter(3)
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "tickets.pdf"
    with pytest.raises(UserCancelled):
        write_tickets_pdf(docs, out, "a4x2", progress)
    assert progress.reports == [(1, len(docs)), (2, len(docs)), (3, len(docs))]
    assert not out.exists()
    assert list(folder.iterdir()) == []  # no temporary file either


def test_progress_is_reported_per_ticket(demo_app: App, tmp_path: Path) -> None:
    docs = _signed_docs(demo_app)[:5]
    progress = _CancelAfter(99)
    write_tickets_pdf(docs, tmp_path / "t.pdf", "a5", progress)
    assert progress.reports == [(i, 5) for i in range(1, 6)]


def test_unknown_layout_and_no_tickets_are_refused(demo_app: App, tmp_path: Path) -> None:
    docs = _signed_docs(demo_app)[:1]
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(ValueError, match="layout"):
        write_tickets_pdf(docs, folder / "t.pdf", "letter")
    with pytest.raises(ValueError):
        write_tickets_pdf([], folder / "t.pdf")
    assert list(folder.iterdir()) == []


def test_missing_glyphs_flags_rare_characters_only() -> None:
    assert register_cjk_font() == register_cjk_font() == "ExamSiteCJK"
    assert missing_glyphs("𠀀") == {"𠀀"}  # U+20000, CJK Extension B
    assert missing_glyphs("张三") == set()
    assert missing_glyphs("王𠀀明\n") == {"𠀀"}


def test_a_name_the_font_cannot_draw_is_warned_about_without_naming_anyone(
        demo_app: App, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    doc = dataclasses.replace(_signed_docs(demo_app)[0], name="王𠀀明")
    with caplog.at_level(logging.WARNING, logger="app.reports.tickets_pdf"):
        assert write_tickets_pdf([doc], tmp_path / "t.pdf", "a5") == 1
    assert "1 of 1 tickets have characters the font lacks" in caplog.text
    assert "王" not in caplog.text and doc.ticket_no not in caplog.text


def test_a_qr_scanned_off_the_printed_page_checks_in_and_an_edit_is_forged(
        demo_app: App, tmp_path: Path) -> None:
    from datetime import datetime

    from app.clock import CHINA_TZ, FixedClock
    from app.services.checkin import Desk, check_in
    from app.services.checkin_rules import Verdict

    pdf = tmp_path / "tickets.pdf"
    write_tickets_pdf(_signed_docs(demo_app, "T002")[:2], pdf, layout="a5")
    scanned = _qr_texts(_render(pdf, 1, tmp_path))
    assert len(scanned) == 1
    demo_app.clock = FixedClock(datetime(2026, 12, 3, 8, 40, tzinfo=CHINA_TZ))
    admitted = check_in(demo_app.uow(), 1, scanned[0], Desk("门口", "T002"))
    assert admitted.verdict is Verdict.ADMITTED and admitted.slot.room_code == "T002"
    # One byte of the signed payload changed: the signature no longer matches.
    from app.crypto.base45 import b45decode, b45encode

    raw = bytearray(b45decode(scanned[0][4:]))
    digits = admitted.ticket_no.encode()
    at = raw.index(digits) + len(digits) - 2  # a digit of the ticket number in the payload
    raw[at] = ord("0") + (raw[at] - ord("0") + 1) % 10
    edited = "ES1:" + b45encode(bytes(raw))
    forged = check_in(demo_app.uow(), 1, edited, Desk("门口", "T002"))
    assert forged.verdict is Verdict.FORGED and forged.detail == "ticket.bad_signature"
