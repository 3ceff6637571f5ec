"""The internal supervision record (内部督导情况记录表): A4 portrait. Part one: the supervisor's
observations in the order observed, each with its rating and its follow-up action and result;
part two: the external supervisor's visits. The supervisor's signature line and a page seal QR
on every page.

Texts are wrapped to their column; a very long text is cut after a few lines with "…" (the
page seal still covers the whole text).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.clock import CHINA_TZ
from app.progress import Progress
from app.reports.room_pdf_common import LABEL_FILL, LINE_GREY, Painter, footer
from app.reports.score_roster_pdf import draw_qr, signature_line, write_pages
from app.reports.supervision_documents import (
    SupervisionPage,
    SupervisionRecord,
    SupervisionRow,
    VisitRow,
)
from app.reports.tickets_pdf import QrRenderer

TITLE = "内部督导情况记录表"
PAGE_W = 210.0
LEFT, RIGHT = 14.0, 196.0
QR_SIZE = 26.0
NOTE_COLS = (("序号", 8.0), ("时间", 17.0), ("环节", 16.0), ("考场", 20.0), ("评价", 13.0),
             ("督导情况记录", 56.0), ("跟进措施及结果", 38.0), ("记录人", 14.0))
VISIT_COLS = (("序号", 8.0), ("外部督导员", 30.0), ("到达／离开", 22.0),
              ("巡查考场及环节", 40.0), ("督导意见", 66.0), ("登记人", 16.0))
NOTE_CENTRED = frozenset({0, 1, 2, 3, 4, 7})  # columns whose lines are centred
VISIT_CENTRED = frozenset({0, 2, 5})
TEXT_SIZE, LEADING, MAX_LINES = 8.5, 4.0, 6
HEAD_H = 7.0
TOPIC_ZH = {"room_setup": "考场布置", "checkin": "检录入场", "proctoring": "监考考务",
            "scoring": "考评评分", "score_entry": "成绩统分", "other": "其他"}
RATING_ZH = {"good": "良好", "acceptable": "合格", "problem": "存在问题"}


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


def _cut(lines: list[str], limit: int) -> list[str]:
    if len(lines) > limit:
        lines = lines[:limit]
        lines[-1] = lines[-1][:-1] + "…"
    return lines


def _at(moment: datetime) -> str:
    return f"{moment.astimezone(CHINA_TZ):%m-%d %H:%M}"


def _span(arrived: datetime, left: datetime | None) -> list[str]:
    if left is None:
        return [_at(arrived), "尚未离开"]
    a, b = arrived.astimezone(CHINA_TZ), left.astimezone(CHINA_TZ)
    return [_at(arrived), f"至 {b:%H:%M}" if a.date() == b.date() else f"至 {_at(left)}"]


class _Drawer:
    def __init__(self, doc: SupervisionRecord) -> None:
        self.doc = doc

    def __call__(self, p: Painter, qr: QrRenderer, page: SupervisionPage, n: int) -> None:
        doc = self.doc
        p.text(PAGE_W / 2 - 10, 280, TITLE, 17, align="center", bold=True)
        p.c.setFillGray(0.25)
        p.text(PAGE_W / 2 - 10, 273, doc.plan_name, 10, align="center", width=130)
        p.c.setFillGray(0)
        p.text(LEFT, 263, f"评价机构：{doc.body_name}", 10, width=150)
        p.text(LEFT, 257, "内部质量督导员：" + "、".join(doc.supervisors), 10, width=150)
        p.text(LEFT, 251, f"督导记录 {doc.notes} 条，其中存在问题 {doc.problems} 条；跟进措施 "
               f"{doc.follow_ups} 项，已完成 {doc.follow_ups_closed} 项；外部督导来访 "
               f"{doc.visits} 次。", 9, width=150)
        draw_qr(p, qr, page.qr_text, (RIGHT - QR_SIZE, 255), QR_SIZE)
        y = 243.0
        if page.notes_part:
            y = self._notes(p, y, page)
        if page.visits_part:
            y = self._visits(p, y - (5.0 if page.notes_part else 0.0), page)
        y = min(y - 14, 34.0)
        signature_line(p, LEFT, y, "督导员签名", 80)
        p.text(LEFT + 96, y, "日期：        年      月      日", 10)
        footer(p, PAGE_W, f"{TITLE} · {doc.plan_name}", n, len(doc.pages))

    # --- part one: the notes ------------------------------------------------------------
    def _notes(self, p: Painter, y: float, page: SupervisionPage) -> float:
        more = "（续）" if page.first_row > 1 else ""
        p.text(LEFT, y, f"一、内部质量督导情况{more}", 10.5, bold=True)
        y = self._head(p, y - 3, NOTE_COLS)
        for i, row in enumerate(page.rows, start=page.first_row):
            y = self._row(p, y, NOTE_COLS, self._note_cells(p, i, row), NOTE_CENTRED)
        if not page.rows:
            p.c.setFillGray(0.4)
            p.text(PAGE_W / 2, y - 7, "（尚无督导记录）", 10, align="center")
            p.c.setFillGray(0)
            y -= 10
        return y

    def _note_cells(self, p: Painter, seq: int, row: SupervisionRow) -> list[list[str]]:
        if row.follow_up:
            action = _cut(self._wrap(p, "措施：" + row.follow_up, NOTE_COLS[6][1]), 3)
            if row.follow_up_closed_at is None:
                state = ["（未完成）"]
            else:
                state = _cut(self._wrap(p, f"已完成（{_at(row.follow_up_closed_at)}）："
                                        f"{row.follow_up_result}", NOTE_COLS[6][1]), 3)
            follow = action + state
        else:
            follow = ["无"]
        at = row.observed_at.astimezone(CHINA_TZ)
        return [[str(seq)], [f"{at:%m-%d}", f"{at:%H:%M}"], [TOPIC_ZH.get(row.topic, row.topic)],
                self._wrap(p, row.room_name, NOTE_COLS[3][1], 2),
                [RATING_ZH.get(row.rating, "—")],
                self._wrap(p, row.text, NOTE_COLS[5][1]), follow,
                self._wrap(p, row.supervisor, NOTE_COLS[7][1], 2)]

    # --- part two: the external visits -------------------------------------------------
    def _visits(self, p: Painter, y: float, page: SupervisionPage) -> float:
        more = "（续）" if page.first_visit > 1 else ""
        p.text(LEFT, y, f"二、外部督导来访记录{more}", 10.5, bold=True)
        y = self._head(p, y - 3, VISIT_COLS)
        for i, visit in enumerate(page.visits, start=page.first_visit):
            y = self._row(p, y, VISIT_COLS, self._visit_cells(p, i, visit), VISIT_CENTRED)
        if not page.visits:
            p.c.setFillGray(0.4)
            p.text(PAGE_W / 2, y - 7, "（无外部督导来访记录）", 10, align="center")
            p.c.setFillGray(0)
            y -= 10
        return y

    def _visit_cells(self, p: Painter, seq: int, v: VisitRow) -> list[list[str]]:
        who = self._wrap(p, v.visitor_name, VISIT_COLS[1][1], 2)
        if v.organisation:
            who += self._wrap(p, v.organisation, VISIT_COLS[1][1], MAX_LINES - len(who))
        return [[str(seq)], who, _span(v.arrived_at, v.left_at),
                self._wrap(p, v.places or "—", VISIT_COLS[3][1]),
                self._wrap(p, v.findings or "—", VISIT_COLS[4][1]),
                self._wrap(p, v.recorded_by, VISIT_COLS[5][1], 2)]

    # --- table drawing -----------------------------------------------------------------
    @staticmethod
    def _wrap(p: Painter, text: str, width: float, limit: int = MAX_LINES) -> list[str]:
        return _cut(wrap(text, p.font, TEXT_SIZE, (width - 2.4) * mm), limit)

    @staticmethod
    def _head(p: Painter, top: float, cols: tuple[tuple[str, float], ...]) -> float:
        p.rect(LEFT, top - HEAD_H, RIGHT - LEFT, HEAD_H, fill=LABEL_FILL, stroke=False)
        p.c.setStrokeGray(LINE_GREY)
        p.c.setLineWidth(0.5)
        x = LEFT
        for label, width in cols:
            p.rect(x, top - HEAD_H, width, HEAD_H)
            p.cell((x, top - HEAD_H, width, HEAD_H), label, 9, bold=True)
            x += width
        return top - HEAD_H

    @staticmethod
    def _row(p: Painter, top: float, cols: tuple[tuple[str, float], ...],
             cells: list[list[str]], centred: frozenset[int]) -> float:
        h = max(8.0, max(len(c) for c in cells) * LEADING + 3)
        p.c.setStrokeGray(LINE_GREY)
        p.c.setLineWidth(0.5)
        x = LEFT
        for column, ((_label, width), lines) in enumerate(zip(cols, cells, strict=True)):
            p.rect(x, top - h, width, h)
            y = top - 1.5 - LEADING + 0.7
            for line in lines:
                if column in centred:
                    p.text(x + width / 2, y, line, TEXT_SIZE, align="center")
                else:
                    p.text(x + 1.2, y, line, TEXT_SIZE)
                y -= LEADING
            x += width
        return top - h


def write_supervision_pdf(doc: SupervisionRecord, out: Path,
                          progress: Progress | None = None) -> int:
    """Write the supervision record to ``out``; returns the page count."""
    return write_pages(out, doc.pages, _Drawer(doc), pagesize=A4,
                       title=f"{TITLE}（{doc.plan_name}）", author=doc.body_name,
                       progress=progress)
