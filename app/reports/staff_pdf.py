"""Staff PDFs: badges (证卡, eight per A4 page with cut lines) and the staffing table.

Both embed the bundled CJK font (``app.reports.fonts``) and are written under a temporary name
and renamed at the end, so a failed run leaves no partial file.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Sequence
from io import BytesIO
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.progress import NullProgress, Progress, check_cancel
from app.reports.fonts import fit_line, register_cjk_font
from app.reports.staff_documents import BadgeDocument, StaffingTable
from app.reports.tickets_pdf import QrRenderer

BADGE_W, BADGE_H = 90 * mm, 60 * mm
COLS, ROWS = 2, 4
PER_PAGE = COLS * ROWS
MARGIN_X = (A4[0] - COLS * BADGE_W) / 2
MARGIN_Y = (A4[1] - ROWS * BADGE_H) / 2
BADGE_TITLE = "考务工作证"
TABLE_TITLE = "考务编排表"
BAND = colors.HexColor("#1F4E79")
ROLE_RED = colors.HexColor("#B22222")


def atomic_pdf(out: Path, write: Callable[[Path], int]) -> int:
    """Run ``write`` on a temporary file beside ``out`` and rename it into place; returns
    what ``write`` returns (the page count). On any failure the temporary file is removed."""
    fd, name = tempfile.mkstemp(prefix=f".{out.stem}-", suffix=".pdf.tmp", dir=out.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        pages = write(tmp)
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return pages


class _BadgePainter:
    def __init__(self, c: Canvas, font: str) -> None:
        self.c, self.font, self.qr = c, font, QrRenderer()

    def text(self, x: float, y: float, text: str, size: float, width: float, *,
             align: str = "left") -> None:
        text, size = fit_line(text, self.font, size, width)
        self.c.setFont(self.font, size)
        if align == "center":
            self.c.drawCentredString(x + width / 2, y, text)
        else:
            self.c.drawString(x, y, text)

    def draw(self, doc: BadgeDocument) -> None:
        c = self.c
        c.setStrokeColor(BAND)
        c.setLineWidth(1)
        c.roundRect(2 * mm, 2 * mm, BADGE_W - 4 * mm, BADGE_H - 4 * mm, 2.5 * mm)
        c.setFillColor(BAND)
        c.rect(2.5 * mm, BADGE_H - 14 * mm, BADGE_W - 5 * mm, 11.5 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        self.text(4 * mm, BADGE_H - 8.6 * mm, BADGE_TITLE, 13, BADGE_W - 8 * mm, align="center")
        self.text(4 * mm, BADGE_H - 12.6 * mm, doc.plan_name, 6.5, BADGE_W - 8 * mm, align="center")
        c.setFillColor(colors.black)
        self._photo(doc.photo, 5 * mm, 12 * mm, 22 * mm, 30 * mm)
        x, w = 30 * mm, 36 * mm
        self.text(x, 36 * mm, doc.name, 15, w)
        c.setFillColor(ROLE_RED)
        self.text(x, 28.5 * mm, doc.roles, 11, w)
        c.setFillColor(colors.black)
        self.text(x, 22 * mm, doc.work_unit, 7.5, BADGE_W - x - 4 * mm)
        self.text(x, 17 * mm, f"证号：{doc.badge_no}", 8, w)
        self.text(5 * mm, 6.2 * mm, f"{doc.site_name}  {doc.eval_date:%Y年%m月%d日}", 6.5,
                  BADGE_W - 30 * mm)
        q = 17 * mm  # below the band, above the work unit line
        c.drawImage(ImageReader(self.qr.image(doc.badge_no)), BADGE_W - q - 4.5 * mm, 28 * mm,
                    q, q)
        c.setFont(self.font, 6)
        c.drawCentredString(BADGE_W - q / 2 - 4.5 * mm, 26 * mm, doc.badge_no)

    def _photo(self, photo: bytes | None, x: float, y: float, w: float, h: float) -> None:
        c = self.c
        c.setStrokeGray(0.5)
        c.setLineWidth(0.5)
        c.rect(x, y, w, h)
        image = None
        if photo:
            try:
                image = ImageReader(BytesIO(photo))
                iw, ih = image.getSize()
            except (OSError, ValueError, SyntaxError):
                image = None
        if image is None:
            c.setFillGray(0.55)
            c.setFont(self.font, 9)
            c.drawCentredString(x + w / 2, y + h / 2, "照片")
            c.setFillColor(colors.black)
            return
        scale = min((w - 1 * mm) / iw, (h - 1 * mm) / ih)
        dw, dh = iw * scale, ih * scale
        c.drawImage(image, x + (w - dw) / 2, y + (h - dh) / 2, dw, dh)


def _cut_lines(c: Canvas) -> None:
    c.saveState()
    c.setStrokeGray(0.5)
    c.setLineWidth(0.4)
    c.setDash(3, 2)
    for i in range(COLS + 1):
        x = MARGIN_X + i * BADGE_W
        c.line(x, MARGIN_Y - 6 * mm, x, A4[1] - MARGIN_Y + 6 * mm)
    for j in range(ROWS + 1):
        y = MARGIN_Y + j * BADGE_H
        c.line(MARGIN_X - 6 * mm, y, A4[0] - MARGIN_X + 6 * mm, y)
    c.restoreState()


def write_badges_pdf(docs: Sequence[BadgeDocument], out: Path,
                     progress: Progress | None = None) -> int:
    """Write the badges, eight per A4 page (2 x 4 cards of 90 x 60 mm, dashed cut lines).

    Returns:
        The number of pages.

    Raises:
        ValueError: When there is no badge.
        UserCancelled: When ``progress`` is cancelled.
    """
    if not docs:
        raise ValueError("no badges to print")
    progress = progress or NullProgress()
    font = register_cjk_font()

    def write(path: Path) -> int:
        c = Canvas(str(path), pagesize=A4, pageCompression=1, initialFontName=font)
        c.setTitle(f"{BADGE_TITLE}（{docs[0].plan_name}）")
        c.setAuthor(docs[0].body_name)
        c.setCreator("ExamSite")
        painter = _BadgePainter(c, font)
        pages = 0
        for i, doc in enumerate(docs):
            check_cancel(progress)
            slot = i % PER_PAGE
            if slot == 0:
                if i:
                    c.showPage()
                pages += 1
                _cut_lines(c)
            col, row = slot % COLS, slot // COLS
            c.saveState()
            c.translate(MARGIN_X + col * BADGE_W, A4[1] - MARGIN_Y - (row + 1) * BADGE_H)
            painter.draw(doc)
            c.restoreState()
            progress.report(i + 1, len(docs))
        c.showPage()
        c.save()
        return pages

    return atomic_pdf(out, write)


def write_staffing_table_pdf(table: StaffingTable, out: Path) -> int:
    """Write the staffing table (A4 landscape; the header row repeats on every page).

    Returns:
        The number of pages.
    """
    font = register_cjk_font()
    body = ParagraphStyle("cell", fontName=font, fontSize=8.5, leading=11, wordWrap="CJK")
    head = ParagraphStyle("head", parent=body, fontSize=9, textColor=colors.white)
    title = ParagraphStyle("title", fontName=font, fontSize=16, leading=22, alignment=1)
    sub = ParagraphStyle("sub", fontName=font, fontSize=9.5, leading=13, alignment=1)

    def p(text: str, style: ParagraphStyle = body) -> Paragraph:
        return Paragraph(escape(text), style)

    widths = [34 * mm, 38 * mm, 40 * mm, 34 * mm, 14 * mm, 22 * mm, 95 * mm]
    data = [[p(h, head) for h in ("时间", "考场", "科目（等级）", "场次", "考生数", "岗位",
                                   "人员（证卡号）")]]
    for r in table.rows:
        data.append([p(r.when), p(r.room), p(r.subject), p(r.sessions), p(str(r.candidates)),
                     p(r.role), p("、".join(r.staff) or "（未安排）")])
    grid = Table(data, colWidths=widths, repeatRows=1)
    grid.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), BAND),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#EEF3F8")]),
    ]))
    people = [[p(role), p("、".join(names) or "（未安排）")] for role, names in table.batch_roles]
    batch = Table(people, colWidths=[45 * mm, 232 * mm])
    batch.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                               ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#EEF3F8"))]))
    pages = [0]

    def count(canvas: Canvas, _doc: object) -> None:
        pages[0] += 1
        canvas.setFont(font, 8)
        text = f"第 {pages[0]} 页"
        canvas.drawString(landscape(A4)[0] / 2 - stringWidth(text, font, 8) / 2, 8 * mm, text)

    def write(path: Path) -> int:
        doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=10 * mm,
                                rightMargin=10 * mm, topMargin=12 * mm, bottomMargin=14 * mm,
                                title=f"{TABLE_TITLE}（{table.plan_name}）",
                                author=table.body_name, creator="ExamSite")
        doc.build([p(TABLE_TITLE, title), p(f"{table.plan_name}    考点：{table.site_name}", sub),
                   Spacer(1, 4 * mm), batch, Spacer(1, 4 * mm), grid],
                  onFirstPage=count, onLaterPages=count)
        return pages[0]

    return atomic_pdf(out, write)
