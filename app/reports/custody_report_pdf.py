"""The paper custody report of a batch (试卷保密流转记录): per packet its chain of handovers with
times and both people, flags in red, a summary on top and signature lines at the end.

A4 portrait through platypus: a packet's block (its heading row, its flags and its
handovers) is kept on one page where it fits. Built in memory, then written under a temporary
name and renamed, so a failed run leaves no partial file.
"""

from __future__ import annotations

import os
import tempfile
from io import BytesIO
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.clock import CHINA_TZ
from app.progress import NullProgress, Progress, check_cancel
from app.reports.fonts import register_cjk_font
from app.rules.custody import CONTENT_NAMES_ZH, FLAG_NAMES_ZH, STEP_BY_CODE, STEPS, Flag
from app.services.custody_queries import CustodyReport, PacketRow

TITLE = "试卷保密流转记录"
RED = colors.HexColor("#B22222")
PINK = colors.HexColor("#FBE3E3")
HEAD = colors.HexColor("#1F4E79")
PACKET_FILL = colors.HexColor("#EEF3F8")
WIDTHS = [20 * mm, 30 * mm, 37 * mm, 37 * mm, 12 * mm, 46 * mm]  # 182 mm


def step_zh(code: str) -> str:
    step = STEP_BY_CODE.get(code)
    return step.name_zh if step else code


def flag_zh(flag: Flag) -> str:
    """``缺少环节：入保密室``."""
    return f"{FLAG_NAMES_ZH.get(flag.code, flag.code)}：{step_zh(flag.step)}"


class _Styles:
    def __init__(self, font: str) -> None:
        self.body = ParagraphStyle("cell", fontName=font, fontSize=8.5, leading=11,
                                   wordWrap="CJK")
        self.head = ParagraphStyle("head", parent=self.body, textColor=colors.white)
        self.packet = ParagraphStyle("packet", parent=self.body, fontSize=9, leading=12)
        self.red = ParagraphStyle("red", parent=self.body, textColor=RED)
        self.title = ParagraphStyle("title", fontName=font, fontSize=17, leading=24,
                                    alignment=1)
        self.sub = ParagraphStyle("sub", fontName=font, fontSize=9.5, leading=13, alignment=1)
        self.text = ParagraphStyle("text", fontName=font, fontSize=10, leading=15)

    def p(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        return Paragraph(escape(text).replace("\n", "<br/>"), style or self.body)


def _packet_block(st: _Styles, row: PacketRow) -> Table:
    """The packet's heading row, then one row per handover (flagged ones in red)."""
    start = row.starts_at.astimezone(CHINA_TZ)
    end = row.ends_at.astimezone(CHINA_TZ)
    content = CONTENT_NAMES_ZH.get(row.content, row.content)
    heading = (f"{row.code}　{content}　场次 {row.session_code}　{row.room_name}（{row.room_code}）"
               f"　{row.subject}　{start:%m-%d %H:%M}-{end:%H:%M}　{row.copies} 份")
    flags = "；".join(flag_zh(f) for f in row.flags)
    data: list[list[object]] = [[st.p(heading, st.packet), "", "", "", "", ""]]
    style: list[tuple[object, ...]] = [
        ("SPAN", (0, 0), (-1, 0)), ("BACKGROUND", (0, 0), (-1, 0), PACKET_FILL),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    if flags:
        data.append([st.p("异常：" + flags, st.red), "", "", "", "", ""])
        style += [("SPAN", (0, 1), (-1, 1)), ("BACKGROUND", (0, 1), (-1, 1), PINK)]
    flagged_steps = {f.step for f in row.flags}
    for entry in row.chain:
        at = entry.at.astimezone(CHINA_TZ)
        seal = "完好" if entry.seal_intact else "破损"
        cells = [st.p(step_zh(entry.step)), st.p(f"{at:%Y-%m-%d %H:%M}"), st.p(entry.giver),
                 st.p(entry.receiver), st.p(seal, st.body if entry.seal_intact else st.red),
                 st.p(entry.note)]
        data.append(cells)
        if entry.step in flagged_steps:
            style.append(("BACKGROUND", (0, len(data) - 1), (-1, len(data) - 1), PINK))
    if not row.chain:
        data.append([st.p("（尚无交接记录）"), "", "", "", "", ""])
        style.append(("SPAN", (0, len(data) - 1), (-1, len(data) - 1)))
    table = Table(data, colWidths=WIDTHS)
    table.setStyle(TableStyle(style))
    return table


def _header(st: _Styles) -> Table:
    table = Table([[st.p(h, st.head) for h in ("环节", "时间", "交出人（证号）",
                                                "接收人（证号）", "密封", "备注")]],
                  colWidths=WIDTHS)
    table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), HEAD),
                               ("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]))
    return table


def write_custody_report_pdf(report: CustodyReport, out: Path,
                             progress: Progress | None = None) -> int:
    """Write the custody report to ``out`` (temporary name, renamed at the end).

    Returns:
        The number of pages.

    Raises:
        UserCancelled: When ``progress`` is cancelled.
    """
    progress = progress or NullProgress()
    font = register_cjk_font()
    st = _Styles(font)
    generated = report.generated_at.astimezone(CHINA_TZ)
    story: list[object] = [
        st.p(TITLE, st.title), st.p(f"{report.plan_name}    考点：{report.site_name}", st.sub),
        st.p(f"生成时间：{generated:%Y-%m-%d %H:%M}", st.sub), Spacer(1, 3 * mm),
        st.p(f"试卷袋 {len(report.packets)} 个，其中有异常 {report.flagged} 个。"
             "流转环节：" + " → ".join(s.name_zh for s in STEPS) + "。", st.text),
        Spacer(1, 3 * mm), _header(st)]
    for i, row in enumerate(report.packets):
        check_cancel(progress)
        story.append(KeepTogether([_packet_block(st, row), Spacer(1, 2 * mm)]))
        progress.report(i + 1, len(report.packets) + 1)
    if not report.packets:
        story.append(st.p("（本批次尚未登记试卷袋）", st.sub))
    story += [Spacer(1, 12 * mm), st.p(
        "考点负责人签名：______________　　保密室保管人签名：______________　　"
        "日期：_______年____月____日", st.text)]
    pages = [0]

    def page(canvas: Canvas, _doc: object) -> None:
        pages[0] += 1
        canvas.setFont(font, 8)
        text = f"{TITLE} · {report.plan_name}　第 {pages[0]} 页"
        canvas.drawString(A4[0] / 2 - stringWidth(text, font, 8) / 2, 8 * mm, text)

    buffer = BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=14 * mm, rightMargin=14 * mm,
                            topMargin=12 * mm, bottomMargin=14 * mm,
                            title=f"{TITLE}（{report.plan_name}）", author=report.body_name,
                            creator="ExamSite")
    doc.build(story, onFirstPage=page, onLaterPages=page)
    fd, name = tempfile.mkstemp(prefix=f".{out.stem}-", suffix=".pdf.tmp", dir=out.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(buffer.getvalue())
        os.replace(name, out)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
    progress.report(1, 1)
    return pages[0]
