"""The 公示 notice as PDF (A4 portrait); the same list as a workbook: app/io/publicity_xlsx.py.

The notice: its title, the batch, a paragraph with the period (dates and working days) and how
to object, the list (序号, 姓名, 证件号码 masked, 职业（工种）, 等级, and 结果 on the results
list), the complaints contact of the certification body (``CertBody.contact``), the body and
the date at the end, and ``第 n 页 共 m 页`` on every page. Written under a temporary name and
renamed, so a failed run leaves no partial file.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from io import BytesIO
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.clock import CHINA_TZ
from app.progress import NullProgress, Progress, check_cancel
from app.reports.fonts import register_cjk_font
from app.reports.score_roster_pdf import level_text
from app.services.publicity_queries import ListRow, PublicityDocument

HEAD = colors.HexColor("#1F4E79")
STRIPE = colors.HexColor("#EEF3F8")
CHUNK = 200  # rows per table (progress and cancel between them)


def _day(d: object) -> str:
    return f"{d:%Y年%m月%d日}"


def intro(doc: PublicityDocument) -> str:
    """The notice's paragraph: what is publicized, the period, how to object."""
    what = ("经审核，现将本批次通过审核的报名人员名单予以公示" if doc.kind == "registration"
            else "现将本批次职业技能等级认定合格人员名单予以公示")
    return (f"根据职业技能等级认定有关规定，{what}，共{len(doc.rows)}人。"
            f"公示期为{_day(doc.starts_on)}至{_day(doc.ends_on)}（{doc.workdays}个工作日）。"
            "公示期间，如有异议，请以书面或电话形式向本机构反映，反映情况应实事求是，"
            "并提供真实姓名和联系方式。")


def contact_line(doc: PublicityDocument) -> str:
    return f"受理异议联系方式：{doc.contact or '（未登记）'}"


def headers(doc: PublicityDocument) -> tuple[str, ...]:
    base = ("序号", "姓名", "证件号码", "职业（工种）", "等级")
    return (*base, "结果") if doc.kind == "results" else base


def row_values(doc: PublicityDocument, row: ListRow) -> tuple[object, ...]:
    base = (row.seq, row.name_masked, row.id_masked, row.occupation, level_text(row.level))
    return (*base, row.result) if doc.kind == "results" else base


def _widths(doc: PublicityDocument) -> list[float]:
    if doc.kind == "results":
        return [14 * mm, 24 * mm, 46 * mm, 52 * mm, 28 * mm, 18 * mm]  # 182 mm
    return [14 * mm, 26 * mm, 50 * mm, 60 * mm, 32 * mm]


class _Styles:
    def __init__(self, font: str) -> None:
        self.cell = ParagraphStyle("cell", fontName=font, fontSize=9, leading=12,
                                   wordWrap="CJK")
        self.head = ParagraphStyle("head", parent=self.cell, textColor=colors.white,
                                   alignment=1)
        self.title = ParagraphStyle("title", fontName=font, fontSize=18, leading=26,
                                    alignment=1)
        self.sub = ParagraphStyle("sub", fontName=font, fontSize=10, leading=14, alignment=1)
        self.text = ParagraphStyle("text", fontName=font, fontSize=10.5, leading=17,
                                   firstLineIndent=21, wordWrap="CJK")
        self.right = ParagraphStyle("right", fontName=font, fontSize=10.5, leading=17,
                                    alignment=2)

    @staticmethod
    def p(text: object, style: ParagraphStyle) -> Paragraph:
        return Paragraph(escape(str(text)), style)


def _table(st: _Styles, doc: PublicityDocument, rows: tuple[ListRow, ...],
           first: bool) -> Table:
    data: list[list[object]] = []
    if first:
        data.append([st.p(h, st.head) for h in headers(doc)])
    data += [[st.p(v, st.cell) for v in row_values(doc, r)] for r in rows]
    style: list[tuple[object, ...]] = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                       ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    if first:
        style.append(("BACKGROUND", (0, 0), (-1, 0), HEAD))
    offset = 1 if first else 0
    for i in range(len(rows)):
        if i % 2:
            style.append(("BACKGROUND", (0, i + offset), (-1, i + offset), STRIPE))
    table = Table(data, colWidths=_widths(doc), repeatRows=1 if first else 0)
    table.setStyle(TableStyle(style))
    return table


def _story(st: _Styles, doc: PublicityDocument, progress: Progress) -> list[object]:
    story: list[object] = [st.p(doc.title, st.title), st.p(doc.plan_name, st.sub),
                           Spacer(1, 4 * mm), st.p(intro(doc), st.text), Spacer(1, 3 * mm)]
    chunks = [doc.rows[i:i + CHUNK] for i in range(0, len(doc.rows), CHUNK)] or [()]
    for n, chunk in enumerate(chunks):
        check_cancel(progress)
        story.append(_table(st, doc, chunk, n == 0))
        progress.report(n + 1, len(chunks) + 1)
    generated = doc.generated_at.astimezone(CHINA_TZ)
    story += [Spacer(1, 6 * mm), st.p(contact_line(doc), st.text), Spacer(1, 10 * mm),
              st.p(doc.body_name, st.right), st.p(_day(generated.date()), st.right)]
    return story


def _build(doc: PublicityDocument, font: str, story: list[object],
           total: int | None) -> tuple[bytes, int]:
    pages = [0]

    def page(canvas: Canvas, _doc: object) -> None:
        pages[0] += 1
        canvas.setFont(font, 8)
        text = f"{doc.title} · {doc.plan_name}　第 {pages[0]} 页"
        if total is not None:
            text += f" 共 {total} 页"
        canvas.drawString(A4[0] / 2 - stringWidth(text, font, 8) / 2, 8 * mm, text)

    buffer = BytesIO()
    template = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=14 * mm, rightMargin=14 * mm,
                                 topMargin=14 * mm, bottomMargin=16 * mm,
                                 title=f"{doc.title}（{doc.plan_name}）", author=doc.body_name,
                                 creator="ExamSite")
    template.build(list(story), onFirstPage=page, onLaterPages=page)
    return buffer.getvalue(), pages[0]


def replace_file(out: Path, suffix: str, write: Callable[[Path], object]) -> None:
    fd, name = tempfile.mkstemp(prefix=f".{out.stem}-", suffix=suffix, dir=out.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        write(tmp)
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_publicity_pdf(doc: PublicityDocument, out: Path,
                        progress: Progress | None = None) -> int:
    """Write the notice to ``out``; returns the number of pages.

    Raises:
        UserCancelled: When ``progress`` is cancelled.
    """
    progress = progress or NullProgress()
    font = register_cjk_font()
    st = _Styles(font)
    story = _story(st, doc, progress)
    _, total = _build(doc, font, story, None)  # first pass: count the pages
    check_cancel(progress)
    data, pages = _build(doc, font, story, total)
    replace_file(out, ".pdf.tmp", lambda tmp: tmp.write_bytes(data))
    progress.report(1, 1)
    return pages
