"""The score roster PDF (成绩花名册): A4 landscape, one group of pages per occupation and level,
20 candidates a page, signature blocks for the score clerk (统分人), the reviewer (复核人) and
the head of the certification body (评价机构负责人), and a page seal QR on every page.

Also the pieces the other score PDFs share: score text, the QR, the page loop.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader

from app.progress import NullProgress, Progress, check_cancel
from app.reports.fonts import missing_glyphs, register_cjk_font
from app.reports.room_pdf_common import LABEL_FILL, LINE_GREY, Painter, footer, pdf_canvas
from app.reports.score_documents import RosterDocument, RosterPage, SubjectScore
from app.reports.tickets_pdf import QrRenderer
from app.rules.levels import Level, level_label_zh

log = logging.getLogger(__name__)
P = TypeVar("P")
TITLE = "职业技能等级认定成绩花名册"
PAGE_W, PAGE_H = 297.0, 210.0
LEFT, RIGHT = 12.0, 285.0
QR_SIZE = 28.0
COLUMNS = (("序号", 12.0), ("准考证号", 38.0), ("姓名", 26.0), ("性别", 12.0),
           ("证件号码", 44.0), ("理论知识", 24.0), ("技能操作", 24.0), ("综合评审", 24.0),
           ("是否合格", 22.0), ("备注", 47.0))
HEADER_H, ROW_H, TABLE_TOP = 9.0, 6.2, 165.0
STATUS_ZH = {"absent": "缺考", "misconduct": "违纪", "missing": "待定", "not_required": "/"}
RESULT_ZH = {"pass": "合格", "fail": "不合格", "pending": "待定"}
KIND_ZH = {"theory": "理论知识", "practical": "技能操作", "review": "综合评审"}
GENDER_ZH = {"M": "男", "F": "女"}


def fmt_centi(centi: int | None) -> str:
    """Points as printed: ``8550`` → ``85.5``, ``9000`` → ``90``, ``None`` → ``""``."""
    if centi is None:
        return ""
    whole, frac = divmod(centi, 100)
    return str(whole) if not frac else f"{whole}.{frac:02d}".rstrip("0")


def score_text(score: SubjectScore) -> str:
    return fmt_centi(score.final_centi) if score.status == "normal" else STATUS_ZH.get(
        score.status, score.status)


def level_text(level: int) -> str:
    try:
        return level_label_zh(Level(level))
    except ValueError:
        return str(level)


def draw_qr(p: Painter, qr: QrRenderer, text: str, at: tuple[float, float], size: float) -> None:
    """The page seal at ``at`` = (x, y) mm (bottom-left), ``size`` mm square, labelled below."""
    x, y = at
    p.c.drawImage(ImageReader(qr.image(text)), x * mm, y * mm, size * mm, size * mm)
    p.c.setFillGray(0.3)
    p.text(x + size / 2, y - 2.4, "页面校验码", 6.5, align="center")
    p.c.setFillGray(0)


def signature_line(p: Painter, x: float, y: float, label: str, width: float) -> None:
    """``label：`` followed by a line to sign on, ``width`` mm in all."""
    p.text(x, y, f"{label}：", 10)
    start = x + len(label) * 3.6 + 4
    p.c.setLineWidth(0.5)
    p.line(start, y - 0.8, x + width, y - 0.8)


def write_pages(out: Path, pages: Sequence[P], draw: Callable[[Painter, QrRenderer, P, int], None],
                *, pagesize: tuple[float, float], title: str, author: str,
                progress: Progress | None = None) -> int:
    """Draw ``pages`` into ``out`` (written under a temporary name, renamed at the end)."""
    progress = progress or NullProgress()
    font = register_cjk_font()
    qr = QrRenderer()
    with pdf_canvas(out, pagesize, title, author) as c:
        painter = Painter(c, font)
        for n, page in enumerate(pages, start=1):
            check_cancel(progress)
            c.setFont(font, 10)
            draw(painter, qr, page, n)
            c.showPage()
            progress.report(n, len(pages))
    return len(pages)


def _remark(row_scores: Sequence[SubjectScore]) -> str:
    notes = [f"{KIND_ZH.get(x.kind, x.kind)}{STATUS_ZH[x.status]}" for x in row_scores
             if x.status in ("absent", "misconduct")]
    notes += [f"{KIND_ZH.get(x.kind, x.kind)}未完成评分" for x in row_scores
              if x.status == "missing"]
    return "；".join(notes)


class _RosterDrawer:
    def __init__(self, doc: RosterDocument) -> None:
        self.doc = doc

    def __call__(self, p: Painter, qr: QrRenderer, page: RosterPage, n: int) -> None:
        doc = self.doc
        p.text(PAGE_W / 2, 193, TITLE, 17, align="center", bold=True)
        p.c.setFillGray(0.25)
        p.text(PAGE_W / 2, 186, doc.plan_name, 10, align="center", width=180)
        p.c.setFillGray(0)
        info = (f"评价机构：{doc.body_name}    职业（工种）：{page.occupation}"
                f"（{page.occupation_code}）    等级：{level_text(page.level)}    "
                f"本职业等级第 {page.page} 页 / 共 {page.pages} 页")
        p.text(LEFT, 172, info, 10, width=RIGHT - LEFT - QR_SIZE - 4)
        draw_qr(p, qr, page.qr_text, (RIGHT - QR_SIZE, 168.5), QR_SIZE)
        self._table(p, page)
        y = TABLE_TOP - HEADER_H - len(page.rows) * ROW_H - 12
        y = min(y, 34.0)
        for i, label in enumerate(("统分人", "复核人", "评价机构负责人")):
            signature_line(p, LEFT + i * 72, y, label, 62)
        p.text(LEFT + 216, y, "（评价机构盖章）", 10)
        p.text(LEFT, y - 9, "日期：        年      月      日", 10)
        p.text(LEFT + 72, y - 9, "日期：        年      月      日", 10)
        p.text(LEFT + 144, y - 9, "日期：        年      月      日", 10)
        if doc.audit_head:  # audit verify --head checks the trail still reaches this event
            p.text(LEFT, y - 17, f"审计记录链头（打印时）：{doc.audit_head}", 7)
        footer(p, PAGE_W, f"{TITLE} · {doc.plan_name}", n, len(doc.pages))

    def _table(self, p: Painter, page: RosterPage) -> None:
        c = p.c
        top = TABLE_TOP
        bottom = top - HEADER_H - len(page.rows) * ROW_H
        p.rect(LEFT, top - HEADER_H, RIGHT - LEFT, HEADER_H, fill=LABEL_FILL, stroke=False)
        c.setStrokeGray(LINE_GREY)
        c.setLineWidth(0.5)
        p.rect(LEFT, bottom, RIGHT - LEFT, top - bottom)
        x = LEFT
        for label, width in COLUMNS:
            p.cell((x, top - HEADER_H, width, HEADER_H), label, 10, bold=True)
            x += width
            if x < RIGHT:
                p.line(x, bottom, x, top)
        for i, row in enumerate(page.rows):
            y = top - HEADER_H - (i + 1) * ROW_H
            p.line(LEFT, y + ROW_H, RIGHT, y + ROW_H)
            values = (str(row.seq), row.ticket_no, row.name, GENDER_ZH.get(row.gender, ""),
                      row.id_masked, *(score_text(s) for s in row.scores),
                      RESULT_ZH.get(row.result, row.result), _remark(row.scores))
            x = LEFT
            for (_label, width), value in zip(COLUMNS, values, strict=True):
                p.cell((x, y, width, ROW_H), value, 9.5)
                x += width


def write_roster_pdf(doc: RosterDocument, out: Path, progress: Progress | None = None) -> int:
    """Write the roster to ``out``; returns the page count."""
    if not doc.pages:
        raise ValueError("no roster pages")
    blanks = sum(1 for page in doc.pages for r in page.rows if missing_glyphs(r.name))
    if blanks:  # counted, not named: no personal data in the log
        log.warning("%d names have characters the font lacks (printed blank)", blanks)
    return write_pages(out, doc.pages, _RosterDrawer(doc), pagesize=landscape(A4),
                       title=f"{TITLE}（{doc.plan_name}）", author=doc.body_name,
                       progress=progress)
