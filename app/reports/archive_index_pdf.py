"""The archive index (档案目录) as a printable A4 portrait table: each record kind, paper or
electronic, how many the batch holds, the day it must be kept until, and where it is kept; the
retention rule and the signature lines of whoever hands the archive over and takes it in.

Written under a temporary name and renamed at the end (a failed run leaves no partial file).
"""

from __future__ import annotations

from datetime import date
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
from app.reports.fonts import register_cjk_font
from app.reports.staff_pdf import BAND, atomic_pdf
from app.services.archive_index import ArchiveIndex

TITLE = "职业技能等级认定档案目录"
MEDIUM_ZH = {"paper": "纸质", "electronic": "电子"}
RULE_TEXT = ("依据《广西职业技能等级认定考务实施细则（试行）》第十八条：纸质材料（报名、考务、"
             "试卷、评分等过程纸质材料）保管不少于3年，电子材料（电子数据、视频等）不少于5年。")


def _day(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def write_archive_index_pdf(index: ArchiveIndex, out: Path) -> int:
    """Write the archive index to ``out``; returns the page count."""
    font = register_cjk_font()
    body = ParagraphStyle("cell", fontName=font, fontSize=9, leading=12, wordWrap="CJK")
    head = ParagraphStyle("head", parent=body, textColor=colors.white)
    title = ParagraphStyle("title", fontName=font, fontSize=16, leading=22, alignment=1)
    sub = ParagraphStyle("sub", fontName=font, fontSize=9.5, leading=13, alignment=1)
    note = ParagraphStyle("note", parent=body, fontSize=9, leading=13)

    def p(text: str, style: ParagraphStyle = body) -> Paragraph:
        return Paragraph(escape(text), style)

    widths = [10 * mm, 54 * mm, 11 * mm, 19 * mm, 13 * mm, 29 * mm, 50 * mm]
    data = [[p(h, head) for h in ("序号", "材料名称", "类别", "依据", "数量", "保管至",
                                   "保管地点")]]
    for n, e in enumerate(index.entries, start=1):
        count = "—" if e.count is None else str(e.count)
        place = e.place + (f"（{e.note}）" if e.note else "")
        data.append([p(str(n)), p(e.name_zh), p(MEDIUM_ZH[e.medium]), p(e.rule), p(count),
                     p(_day(e.keep_until)), p(place)])
    grid = Table(data, colWidths=widths, repeatRows=1)
    grid.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), BAND),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#EEF3F8")]),
    ]))
    made = index.made_at.astimezone(CHINA_TZ)
    pages = [0]

    def count_page(canvas: Canvas, _doc: object) -> None:
        pages[0] += 1
        canvas.setFont(font, 8)
        text = f"{TITLE} · {index.plan_name} · 第 {pages[0]} 页"
        canvas.drawString(A4[0] / 2 - stringWidth(text, font, 8) / 2, 8 * mm, text)

    def write(path: Path) -> int:
        doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=12 * mm,
                                rightMargin=12 * mm, topMargin=14 * mm, bottomMargin=16 * mm,
                                title=f"{TITLE}（{index.plan_name}）", creator="ExamSite")
        doc.build([
            p(TITLE, title), p(f"{index.plan_name}    批次代码：{index.batch_code}", sub),
            Spacer(1, 3 * mm),
            p(f"保管期限起算日：{_day(index.retention_start)}；纸质材料保管至"
              f"{_day(index.paper_keep_until)}，电子材料保管至{_day(index.electronic_keep_until)}。"
              f"数量为 ExamSite 中本批次的记录数（“—”表示不在 ExamSite 中保存，须另行归档）。",
              note),
            Spacer(1, 3 * mm), grid, Spacer(1, 4 * mm), p(RULE_TEXT, note), Spacer(1, 8 * mm),
            p("移交人签名：____________    接收人签名：____________    "
              f"日期：____年__月__日    （本目录生成于 {made:%Y-%m-%d %H:%M}）", note),
        ], onFirstPage=count_page, onLaterPages=count_page)
        return pages[0]

    return atomic_pdf(out, write)
