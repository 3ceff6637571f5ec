"""QR labels for sealed paper packets (试卷袋密封标签): eight per A4 page (2 x 4 labels of
96 x 66 mm, dashed cut lines). The QR carries the packet's code, which is also printed under
it, so a packet can be typed in when a scanner fails.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader

from app.clock import CHINA_TZ
from app.progress import NullProgress, Progress, check_cancel
from app.reports.fonts import register_cjk_font
from app.reports.room_pdf_common import Painter, day_zh, pdf_canvas
from app.reports.tickets_pdf import QrRenderer
from app.rules.custody import CONTENT_NAMES_ZH
from app.services.custody_queries import PacketLabel

TITLE = "试卷袋密封标签"
LABEL_W, LABEL_H = 96.0, 66.0  # mm
COLS, ROWS = 2, 4
PER_PAGE = COLS * ROWS
MARGIN_X = (A4[0] / mm - COLS * LABEL_W) / 2
MARGIN_Y = (A4[1] / mm - ROWS * LABEL_H) / 2
QR = 30.0
BAND = colors.HexColor("#8B1A1A")


def _label(p: Painter, qr: QrRenderer, label: PacketLabel) -> None:
    c = p.c
    c.setStrokeColor(BAND)
    c.setLineWidth(1)
    c.roundRect(2 * mm, 2 * mm, (LABEL_W - 4) * mm, (LABEL_H - 4) * mm, 2 * mm)
    c.setFillColor(BAND)
    c.rect(2.5 * mm, (LABEL_H - 12) * mm, (LABEL_W - 5) * mm, 9.5 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    content = CONTENT_NAMES_ZH.get(label.content, label.content)
    p.text(LABEL_W / 2, LABEL_H - 9.2, f"{content}袋 · 密封", 13, align="center", bold=True)
    c.setFillColor(colors.black)
    p.text(5, LABEL_H - 16.5, label.plan_name, 7, width=LABEL_W - 10)
    c.drawImage(ImageReader(qr.image(label.code)), (LABEL_W - QR - 4) * mm,
                (LABEL_H - 19 - QR) * mm, QR * mm, QR * mm)
    x, w = 5.0, LABEL_W - QR - 11
    start, end = label.starts_at.astimezone(CHINA_TZ), label.ends_at.astimezone(CHINA_TZ)
    lines = ((f"场次：{label.session_code}", 10), (f"考场：{label.room}", 10),
             (f"科目：{label.subject}", 9.5), (f"日期：{day_zh(start)}", 9),
             (f"时间：{start:%H:%M}-{end:%H:%M}", 9.5))
    y = LABEL_H - 23.5
    for text, size in lines:
        p.text(x, y, text, size, width=w)
        y -= 6.2
    c.setFillColor(BAND)
    p.text(x, y - 1.5, f"份数：{label.copies} 份", 13, width=w, bold=True)
    c.setFillColor(colors.black)
    p.text(LABEL_W - QR / 2 - 4, LABEL_H - 21.5 - QR, label.code, 6.5, width=QR + 4,
           align="center")
    c.setStrokeGray(0.4)
    c.setLineWidth(0.4)
    p.text(5, 6.5, "封装人：__________   启封人：__________   启封时间：______", 7.5,
           width=LABEL_W - 10)


def _cut_lines(p: Painter) -> None:
    c = p.c
    c.saveState()
    c.setStrokeGray(0.5)
    c.setLineWidth(0.4)
    c.setDash(3, 2)
    top = A4[1] / mm - MARGIN_Y
    for i in range(COLS + 1):
        x = MARGIN_X + i * LABEL_W
        p.line(x, MARGIN_Y - 5, x, top + 5)
    for j in range(ROWS + 1):
        y = MARGIN_Y + j * LABEL_H
        p.line(MARGIN_X - 5, y, A4[0] / mm - MARGIN_X + 5, y)
    c.restoreState()


def write_packet_labels_pdf(labels: Sequence[PacketLabel], out: Path,
                            progress: Progress | None = None) -> int:
    """Write the labels, eight per A4 page, in the order given.

    Returns:
        The number of pages.

    Raises:
        ValueError: When there is no label.
        UserCancelled: When ``progress`` is cancelled (no file is left behind).
    """
    if not labels:
        raise ValueError("no packet labels to print")
    progress = progress or NullProgress()
    font = register_cjk_font()
    qr = QrRenderer()
    pages = 0
    with pdf_canvas(out, A4, f"{TITLE}（{labels[0].plan_name}）", labels[0].site_name) as c:
        p = Painter(c, font)
        for i, label in enumerate(labels):
            check_cancel(progress)
            slot = i % PER_PAGE
            if slot == 0:
                if i:
                    c.showPage()
                pages += 1
                _cut_lines(p)
            col, row = slot % COLS, slot // COLS
            c.saveState()
            c.translate((MARGIN_X + col * LABEL_W) * mm,
                        (A4[1] / mm - MARGIN_Y - (row + 1) * LABEL_H) * mm)
            _label(p, qr, label)
            c.restoreState()
            progress.report(i + 1, len(labels))
        c.showPage()
    return pages
