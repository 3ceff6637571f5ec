"""Score documents: roster and record sheets as real PDFs, checked with poppler's tools, and the
page seal read back from the rendered page with a real QR decoder (zxing-cpp)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from sqlalchemy import select

from app.bootstrap import App
from app.crypto.page_seal import decode_seal, verify_page
from app.errors import DomainError, NotFoundError, ValidationError
from app.model import AuditEvent, Mark, Registration, SupervisionNote
from app.reports.evaluation_report_pdf import write_evaluation_report_pdf
from app.reports.score_documents import record_document, roster_document
from app.reports.score_record_pdf import write_record_pdf
from app.reports.score_roster_pdf import fmt_centi, write_roster_pdf
from app.reports.score_summary import evaluation_report
from app.reports.supervision_documents import supervision_record
from app.reports.supervision_pdf import write_supervision_pdf
from app.services.audit_verify import chain_head
from app.services.supervision import add_note, list_notes
from tests.score_data import fill_demo_marks


@pytest.fixture
def demo_app(body_demo_app: App) -> App:
    """The body's tests run on a SQLite file and on PostgreSQL (tests/conftest.py)."""
    return body_demo_app


@pytest.fixture
def empty_app(body_empty_app: App) -> App:
    """The body's tests run on a SQLite file and on PostgreSQL (tests/conftest.py)."""
    return body_empty_app

BATCH = 1


def _text(pdf: Path, page: int) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", "-layout", "-f", str(page), "-l",
                           str(page), str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout


def _qr_on_page(pdf: Path, page: int, tmp_path: Path) -> str:
    stem = tmp_path / f"page{page}"
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-f", str(page), "-l", str(page),
                    "-singlefile", str(pdf), str(stem)], check=True)
    codes = zxingcpp.read_barcodes(Image.open(stem.with_suffix(".png")),
                                   formats=zxingcpp.BarcodeFormat.QRCode)
    assert len(codes) == 1
    return codes[0].text


def _change_a_mark(app: App, ticket_reg_id: int) -> None:
    with app.uow().write() as s:
        mark = s.scalars(select(Mark).where(Mark.registration_id == ticket_reg_id,
                                            Mark.source == "examiner")).first()
        assert mark is not None
        items = dict(mark.item_marks)
        items["3"] = int(items["3"]) - 50
        mark.item_marks = items
        mark.total_centi = (mark.total_centi or 0) - 50


def test_points_print_without_needless_zeros() -> None:
    assert [fmt_centi(x) for x in (9000, 8550, 8525, 5, None)] == ["90", "85.5", "85.25",
                                                                    "0.05", ""]


def test_roster_without_candidates_is_refused(empty_app: App) -> None:
    with pytest.raises(NotFoundError) as info:
        roster_document(empty_app.uow(), BATCH)
    assert info.value.code == "batch.not_found"


def test_roster_pdf_prints_names_scores_and_a_seal_that_verifies(
        demo_app: App, tmp_path: Path) -> None:
    filled = fill_demo_marks(demo_app)
    doc = roster_document(demo_app.uow(), BATCH)
    out = tmp_path / "roster.pdf"
    assert write_roster_pdf(doc, out) == len(doc.pages)
    page = doc.pages[0]
    text = _text(out, 1)
    assert "职业技能等级认定成绩花名册" in text and page.occupation in text
    for label in ("统分人", "复核人", "评价机构负责人"):
        assert label in text
    head = chain_head(demo_app.uow())  # the audit chain's head is printed for audit verify
    assert doc.audit_head == str(head) and str(head) in text.replace("\n", "")
    for row in page.rows[:5]:
        assert row.name in text and row.ticket_no in text and row.id_masked in text
        theory = row.scores[0]
        assert fmt_centi(theory.final_centi) in text
    # the absent candidates are printed as such and fail
    absent = [r for p in doc.pages for r in p.rows
              if r.registration_id in filled.absent_registration_ids]
    assert absent and all(r.result == "fail" and r.scores[1].status == "absent" for r in absent)

    scanned = _qr_on_page(out, 1, tmp_path)
    assert scanned == page.qr_text
    check = verify_page(demo_app.uow(), scanned)
    assert check.ok and check.reason == "pages.ok" and check.kind == "roster"
    assert check.page_key == (page.occupation_code, page.level, 1)

    _change_a_mark(demo_app, page.rows[0].registration_id)
    after = verify_page(demo_app.uow(), scanned)
    assert not after.ok and after.reason == "pages.changed"
    # another group's page is untouched by that change
    other = next(p for p in doc.pages if p.occupation_code != page.occupation_code)
    assert verify_page(demo_app.uow(), other.qr_text).ok


def test_record_sheet_shows_every_examiners_items_and_its_seal_verifies(
        demo_app: App, tmp_path: Path) -> None:
    fill_demo_marks(demo_app)
    doc = record_document(demo_app.uow(), BATCH)
    first = doc.pages[0]
    mine = record_document(demo_app.uow(), BATCH, ticket_no=first.ticket_no)
    assert {p.subject_kind for p in mine.pages} >= {"theory", "practical"}
    out = tmp_path / "records.pdf"
    assert write_record_pdf(mine, out) == len(mine.pages)
    number = next(i for i, p in enumerate(mine.pages, start=1) if p.subject_kind == "practical")
    practical = mine.pages[number - 1]
    text = _text(out, number)
    assert "理论、操作技能考核评分记录表" in text and practical.name in text
    assert len(practical.scorers) == 3
    for scorer in practical.scorers:
        assert scorer.scorer in text and fmt_centi(scorer.total_centi) in text
    for line in practical.rubric:
        assert line.name in text
    assert fmt_centi(practical.score.final_centi) in text
    assert "考评组长" in text and "评分人签名" in text

    scanned = _qr_on_page(out, number, tmp_path)
    check = verify_page(demo_app.uow(), scanned)
    assert check.ok and check.page_key == (practical.ticket_no, "practical")
    theory = next(i for i, p in enumerate(mine.pages, start=1) if p.subject_kind == "theory")
    assert verify_page(demo_app.uow(), _qr_on_page(out, theory, tmp_path)).ok

    _change_a_mark(demo_app, practical.registration_id)
    assert verify_page(demo_app.uow(), scanned).reason == "pages.changed"
    # the theory page of the same candidate still verifies
    assert verify_page(demo_app.uow(), _qr_on_page(out, theory, tmp_path)).ok


def test_forged_or_foreign_page_codes_are_refused(demo_app: App) -> None:
    fill_demo_marks(demo_app)
    page = roster_document(demo_app.uow(), BATCH).pages[0]
    assert verify_page(demo_app.uow(), "hello").reason == "pages.unreadable"
    assert verify_page(demo_app.uow(), "ES1:ABC").reason == "pages.unreadable"
    sealed = decode_seal(page.qr_text)
    assert sealed is not None and sealed.kind == "roster"
    tampered = page.qr_text[:-6] + ("00000" if not page.qr_text.endswith("00000") else "11111")
    tampered += page.qr_text[-1]
    assert verify_page(demo_app.uow(), tampered).reason in ("pages.bad_signature",
                                                            "pages.unreadable")
    with demo_app.uow().write() as s:  # a registration leaves: the page no longer exists
        reg = s.get(Registration, page.rows[0].registration_id)
        assert reg is not None
        reg.eligibility = "refused"
    assert verify_page(demo_app.uow(), page.qr_text).reason in ("pages.changed",
                                                                "pages.unknown_page")


def test_evaluation_report_counts_and_its_seal(demo_app: App, tmp_path: Path) -> None:
    fill_demo_marks(demo_app)
    report = evaluation_report(demo_app.uow(), BATCH)
    total = report.pages[0].total
    assert total.candidates == 200 and total.pending == 0
    assert total.passed + total.failed == 200
    out = tmp_path / "report.pdf"
    assert write_evaluation_report_pdf(report, out) == len(report.pages)
    text = _text(out, 1)
    assert "考评报告" in text and "合格率" in text and "电工" in text
    assert str(total.passed) in text
    assert verify_page(demo_app.uow(), _qr_on_page(out, 1, tmp_path)).ok


def test_supervision_notes_print_and_are_audited(demo_app: App, tmp_path: Path) -> None:
    note_id = add_note(demo_app.uow(), BATCH, "proctoring", "第一考场监考人员到位，考场秩序良好。")
    notes = list_notes(demo_app.uow(), BATCH)
    assert [n.note_id for n in notes] == [note_id] and notes[0].topic == "proctoring"
    with pytest.raises(ValidationError) as info:
        add_note(demo_app.uow(), BATCH, "proctoring", "   ")
    assert info.value.code == "supervision.empty"
    with pytest.raises(DomainError):
        add_note(demo_app.uow(), BATCH, "gossip", "x")
    with demo_app.uow().read() as s:
        events = s.scalars(select(AuditEvent.object_id).where(
            AuditEvent.action == "supervision.note_added")).all()
    assert list(events) == [str(note_id)]
    record = supervision_record(demo_app.uow(), BATCH)
    out = tmp_path / "supervision.pdf"
    assert write_supervision_pdf(record, out) == 1
    text = _text(out, 1)
    assert "内部督导情况记录表" in text and "考场秩序良好" in text
    scanned = _qr_on_page(out, 1, tmp_path)
    assert verify_page(demo_app.uow(), scanned).ok
    with demo_app.uow().write() as s:
        row = s.get(SupervisionNote, note_id)
        assert row is not None
        row.text = "改过的记录"
    assert verify_page(demo_app.uow(), scanned).reason == "pages.changed"
