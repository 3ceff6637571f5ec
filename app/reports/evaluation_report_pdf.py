"""The evaluation report (考评报告): A4 portrait summary of a batch — candidates, absences,
passes and pass rates per occupation and level, score bands per subject — with the signature
lines of the chief examiner and the head of the body, and a page seal QR."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4

from app.progress import Progress
from app.reports.room_pdf_common import LABEL_FILL, LINE_GREY, Painter, footer
from app.reports.score_roster_pdf import KIND_ZH, draw_qr, level_text, signature_line, write_pages
from app.reports.score_summary import EvaluationReport, GroupStats, ReportPage
from app.reports.tickets_pdf import QrRenderer

TITLE = "职业技能等级认定考评报告"
PAGE_W = 210.0
LEFT, RIGHT = 14.0, 196.0
QR_SIZE = 26.0
ROW_H = 7.0
GROUP_COLS = (("职业（工种）", 40.0), ("等级", 28.0), ("报考", 16.0), ("实考", 16.0),
              ("缺考", 16.0), ("合格", 16.0), ("不合格", 16.0), ("待定", 16.0),
              ("合格率", 18.0))


def _rate(g: GroupStats) -> str:
    rate = g.pass_rate
    return "—" if rate is None else f"{rate * 100:.1f}%"


def _row(p: Painter, y: float, cols: tuple[tuple[str, float], ...], values: list[str],
         *, head: bool = False) -> None:
    if head:
        p.rect(LEFT, y, RIGHT - LEFT, ROW_H, fill=LABEL_FILL, stroke=False)
    p.c.setStrokeGray(LINE_GREY)
    p.c.setLineWidth(0.5)
    x = LEFT
    for (_label, width), value in zip(cols, values, strict=True):
        p.rect(x, y, width, ROW_H)
        p.cell((x, y, width, ROW_H), value, 9.5, bold=head)
        x += width


class _ReportDrawer:
    def __init__(self, doc: EvaluationReport) -> None:
        self.doc = doc

    def __call__(self, p: Painter, qr: QrRenderer, page: ReportPage, n: int) -> None:
        doc = self.doc
        p.text(PAGE_W / 2 - 10, 280, TITLE, 17, align="center", bold=True)
        p.c.setFillGray(0.25)
        p.text(PAGE_W / 2 - 10, 273, doc.plan_name, 10, align="center", width=130)
        p.text(PAGE_W / 2 - 10, 267, f"评价机构：{doc.body_name}", 10, align="center", width=130)
        p.c.setFillGray(0)
        draw_qr(p, qr, page.qr_text, (RIGHT - QR_SIZE, 257), QR_SIZE)
        y = 246.0
        p.text(LEFT, y, "一、考核基本情况", 12, bold=True)
        y -= 4 + ROW_H
        _row(p, y, GROUP_COLS, [label for label, _w in GROUP_COLS], head=True)
        for g in page.groups:
            y -= ROW_H
            _row(p, y, GROUP_COLS, [
                g.occupation, level_text(g.level), str(g.candidates), str(g.sat), str(g.absent),
                str(g.passed), str(g.failed), str(g.pending), _rate(g)])
        t = page.total
        y -= ROW_H
        _row(p, y, GROUP_COLS, ["合计", "", str(t.candidates), str(t.sat), str(t.absent),
                                str(t.passed), str(t.failed), str(t.pending), _rate(t)],
             head=True)
        y -= 12
        p.text(LEFT, y, "二、成绩分布（人次）", 12, bold=True)
        width = (RIGHT - LEFT - 42.0) / max(1, len(page.band_labels))
        band_cols = (("科目", 42.0),) + tuple((f"{label}分", width) for label in page.band_labels)
        y -= 4 + ROW_H
        _row(p, y, band_cols, [label for label, _w in band_cols], head=True)
        for kind, counts in page.bands:
            y -= ROW_H
            _row(p, y, band_cols, [KIND_ZH.get(kind, kind), *(str(c) for c in counts)])
        y -= 12
        p.text(LEFT, y, "三、说明", 12, bold=True)
        y -= 7
        rate = _rate(t)
        p.text(LEFT + 4, y, f"本批次报考 {t.candidates} 人，实考 {t.sat} 人，缺考 {t.absent} 人，"
               f"合格 {t.passed} 人，不合格 {t.failed} 人，待定 {t.pending} 人，合格率 {rate}。",
               10, width=RIGHT - LEFT - 4)
        y -= 6
        p.text(LEFT + 4, y, f"科目成绩低于60分 {page.below_60} 人次，90分及以上 "
               f"{page.above_90} 人次。缺考指各科目均缺考；合格率 = 合格人数 ÷ 已定结果人数。",
               10, width=RIGHT - LEFT - 4)
        y = min(y - 20, 40.0)
        signature_line(p, LEFT, y, "考评组长", 80)
        signature_line(p, LEFT + 96, y, "评价机构负责人", 86)
        p.text(LEFT, y - 9, "日期：        年      月      日", 10)
        p.text(LEFT + 96, y - 9, "（评价机构盖章）", 10)
        footer(p, PAGE_W, f"{TITLE} · {doc.plan_name}", n, len(doc.pages))


def write_evaluation_report_pdf(doc: EvaluationReport, out: Path,
                                progress: Progress | None = None) -> int:
    """Write the evaluation report to ``out``; returns the page count."""
    return write_pages(out, doc.pages, _ReportDrawer(doc), pagesize=A4,
                       title=f"{TITLE}（{doc.plan_name}）", author=doc.body_name,
                       progress=progress)
