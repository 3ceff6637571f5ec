"""Staff badges and the staffing table as real PDFs: text, QR codes and rendered pages."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader

from app.bootstrap import App
from app.errors import ConflictError
from app.reports.staff_documents import badge_documents, staffing_table
from app.reports.staff_pdf import write_badges_pdf, write_staffing_table_pdf
from app.services.staffing import assign_staff


@pytest.fixture
def demo_app(body_demo_app: App) -> App:
    """The body's tests run on a SQLite file and on PostgreSQL (tests/conftest.py)."""
    return body_demo_app


def _text(pdf: Path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return subprocess.run(["pdftotext", "-enc", "UTF-8", *pages, str(pdf), "-"],
                          capture_output=True, text=True, check=True).stdout


def _render(pdf: Path, page: int, out: Path, dpi: int = 150) -> Image.Image:
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-f", str(page), "-l", str(page),
                    "-singlefile", str(pdf), str(out)], check=True)
    with Image.open(f"{out}.png") as image:
        image.load()
        return image.copy()


@pytest.fixture
def staffed(demo_app: App) -> App:
    assign_staff(demo_app.uow(), 1, seed=1)
    return demo_app


def test_nothing_to_print_before_staff_are_assigned(demo_app: App):
    with pytest.raises(ConflictError) as err:
        badge_documents(demo_app.uow(), 1)
    assert err.value.code == "staffing.nobody_assigned"


def test_badges_carry_chinese_names_roles_and_a_qr_with_the_badge_number(staffed: App,
                                                                        tmp_path: Path):
    docs = badge_documents(staffed.uow(), 1)
    out = tmp_path / "证卡.pdf"
    pages = write_badges_pdf(docs, out)
    assert pages == -(-len(docs) // 8) == len(PdfReader(out).pages)
    first = _text(out, 1)
    assert "考务工作证" in first
    for doc in docs[:8]:
        assert doc.name in first and doc.badge_no in first
    everything = _text(out)
    assert {"监考员", "考评员", "评审专家", "内部质量督导员"} <= {
        role for d in docs for role in d.roles.split("、") if role in everything}
    image = _render(out, 1, tmp_path / "page1")
    found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    assert sorted(code.text for code in found) == sorted(d.badge_no for d in docs[:8])
    # Eight cards: the page is not blank where the photos are (top-left card).
    photo = image.crop((int(0.13 * image.width), int(0.14 * image.height),
                        int(0.2 * image.width), int(0.24 * image.height))).convert("L")
    assert photo.getextrema()[0] < 200


def test_the_staffing_table_lists_rooms_panels_and_the_supervisor(staffed: App,
                                                                 tmp_path: Path):
    table = staffing_table(staffed.uow(), 1)
    out = tmp_path / "考务编排表.pdf"
    pages = write_staffing_table_pdf(table, out)
    assert pages == len(PdfReader(out).pages) >= 1
    text = _text(out)
    assert "考务编排表" in text and table.plan_name in text
    supervisor = dict(table.batch_roles)["内部质量督导员"]
    assert len(supervisor) == 1 and supervisor[0].split("（")[0] in text
    for room in ("T001", "P1-001", "R001"):
        assert room in text
    theory = next(r for r in table.rows if r.room.startswith("T001"))
    assert theory.role == "监考员" and len(theory.staff) == 2
    assert all(name.split("（")[0] in text for name in theory.staff)
    practical = [r for r in table.rows if r.room.startswith("P")]
    assert practical and all(len(r.staff) == 3 for r in practical)
    page = _render(out, 1, tmp_path / "table1", dpi=60)
    assert page.width > page.height  # A4 landscape
