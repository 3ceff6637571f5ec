"""The internal supervision record (内部督导情况记录表): A4 portrait, the supervisor's notes in
the order observed, the supervisor's signature line and a page seal QR on every page.

A note is wrapped to the column; a very long note is cut after ``MAX_LINES`` lines with "…"
(the page seal still covers its whole text).
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.clock import CHINA_TZ
from app.progress import Progress
from app.reports.room_pdf_common import LABEL_FILL, LINE_GREY, Painter, footer
from app.reports.score_roster_pdf import draw_qr, signature_line, write_pages
from app.reports.score_summary import (
    NOTES_PER_PAGE,
    SupervisionPage,
    SupervisionRecord,
    SupervisionRow,
)
from app.reports.tickets_pdf import QrRenderer

TITLE = "内部督导情况记录表"
PAGE_W = 210.0
LEFT, RIGHT = 14.0, 196.0
QR_SIZE = 26.0
COLS = (("序号", 10.0), ("时间", 24.0), ("环节", 20.0), ("考场", 24.0), ("督导情况记录", 82.0),
        ("记录人", 22.0))
TEXT_SIZE, LEADING, MAX_LINES = 9.0, 4.2, 5
TOPIC_ZH = {"room_setup": "考场布置", "checkin": "检录入场", "proctoring": "监考考务",
            "scoring": "考评评分", "score_entry": "成绩统分", "other": "其他"}


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Lines of ``text`` no wider than ``width`` points, broken between any two characters
    (Chinese has no spaces to break at) and at line breaks."""
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        line = ""
        for ch in paragraph:
            if line and stringWidth(line + ch, font, size) > width:
                lines.append(line)
                line = ""
            line += ch
        lines.append(line)
    return lines


def _lines(p: Painter, text: str) -> list[str]:
    lines = wrap(text, p.font, TEXT_SIZE, (COLS[4][1] - 2.4) * mm)
    if len(lines) > MAX_LINES:
        lines = lines[:MAX_LINES]
        lines[-1] = lines[-1][:-1] + "…"
    return lines or [""]


class _Drawer:
    def __init__(self, doc: SupervisionRecord) -> None:
        self.doc = doc

    def __call__(self, p: Painter, qr: QrRenderer, page: SupervisionPage, n: int) -> None:
        doc = self.doc
        p.text(PAGE_W / 2 - 10, 280, TITLE, 17, align="center", bold=True)
        p.c.setFillGray(0.25)
        p.text(PAGE_W / 2 - 10, 273, doc.plan_name, 10, align="center", width=130)
        p.c.setFillGray(0)
        p.text(LEFT, 262, f"评价机构：{doc.body_name}", 10, width=150)
        p.text(LEFT, 255, "内部质量督导员：" + "、".join(doc.supervisors), 10, width=150)
        draw_qr(p, qr, page.qr_text, (RIGHT - QR_SIZE, 255), QR_SIZE)
        y = 246.0
        head = 8.0
        p.rect(LEFT, y - head, RIGHT - LEFT, head, fill=LABEL_FILL, stroke=False)
        self._cells(p, y - head, head, [label for label, _w in COLS], bold=True)
        y -= head
        start = (page.page - 1) * NOTES_PER_PAGE
        for i, row in enumerate(page.rows, start=start + 1):
            y = self._row(p, y, i, row)
        if not page.rows:
            p.c.setFillGray(0.4)
            p.text(PAGE_W / 2, y - 8, "（尚无督导记录）", 10, align="center")
            p.c.setFillGray(0)
            y -= 12
        y = min(y - 16, 34.0)
        signature_line(p, LEFT, y, "督导员签名", 80)
        p.text(LEFT + 96, y, "日期：        年      月      日", 10)
        footer(p, PAGE_W, f"{TITLE} · {doc.plan_name}", n, len(doc.pages))

    def _cells(self, p: Painter, y: float, h: float, values: list[str], *,
               bold: bool = False) -> None:
        p.c.setStrokeGray(LINE_GREY)
        p.c.setLineWidth(0.5)
        x = LEFT
        for (_label, width), value in zip(COLS, values, strict=True):
            p.rect(x, y, width, h)
            if value:
                p.cell((x, y, width, h), value, 9.5, bold=bold)
            x += width

    def _row(self, p: Painter, top: float, seq: int, row: SupervisionRow) -> float:
        lines = _lines(p, row.text)
        h = max(9.0, len(lines) * LEADING + 3)
        at = row.observed_at.astimezone(CHINA_TZ)
        self._cells(p, top - h, h, [str(seq), f"{at:%m-%d %H:%M}",
                                    TOPIC_ZH.get(row.topic, row.topic), row.room_name, "",
                                    row.supervisor])
        x = LEFT + sum(w for _l, w in COLS[:4]) + 1.2
        y = top - 1.5 - LEADING + 0.6
        for line in lines:
            p.text(x, y, line, TEXT_SIZE)
            y -= LEADING
        return top - h


def write_supervision_pdf(doc: SupervisionRecord, out: Path,
                          progress: Progress | None = None) -> int:
    """Write the supervision record to ``out``; returns the page count."""
    return write_pages(out, doc.pages, _Drawer(doc), pagesize=A4,
                       title=f"{TITLE}（{doc.plan_name}）", author=doc.body_name,
                       progress=progress)
