"""考务变更通知 (change notice): A4 portrait. The change (session, subject, old and new time
and place, reason, the supervising authority's decision), then every candidate who must be
told (seat order: ticket number, name, old and new seat, a cell to tick once told) and every
staff member of the session (role, badge, phone, told). Tables continue on further pages
with their heading repeated; every page has ``第 x 页 / 共 y 页``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from app.progress import NullProgress, Progress, check_cancel
from app.reports.change_notice_documents import ChangeNotice, NoticeCandidate, NoticeStaff
from app.reports.fonts import register_cjk_font
from app.reports.room_pdf_common import LABEL_FILL, LINE_GREY, Painter, footer, pdf_canvas
from app.reports.score_roster_pdf import signature_line
from app.reports.supervision_pdf import wrap

TITLE = "考务变更通知"
PAGE_W = 210.0
LEFT, RIGHT = 14.0, 196.0
TOP, BOTTOM = 283.0, 18.0
ROW_H, HEAD_H, SECTION_H = 7.5, 7.5, 9.0
KIND_ZH = {"time": "考试时间变更", "place": "考试地点变更"}
CANDIDATE_COLS = (("序号", 12.0), ("准考证号", 38.0), ("姓名", 30.0), ("原座位", 22.0),
                  ("新座位", 22.0), ("已通知（方式/时间）", 58.0))
STAFF_COLS = (("序号", 12.0), ("姓名", 26.0), ("职责", 46.0), ("证号", 26.0),
              ("联系电话", 32.0), ("已通知", 40.0))

Draw = Callable[[Painter, float], None]


class _Layout:
    """Places blocks top-down; a block that does not fit starts a new page."""

    def __init__(self) -> None:
        self.pages: list[list[tuple[float, Draw]]] = [[]]
        self.y = TOP

    def add(self, height: float, draw: Draw, *, keep: float = 0.0) -> None:
        """``keep``: room also needed below (a heading is not left alone at a page end)."""
        if self.y - height - keep < BOTTOM and self.pages[-1]:
            self.pages.append([])
            self.y = TOP
        self.pages[-1].append((self.y, draw))
        self.y -= height


def _nothing(_p: Painter, _y: float) -> None:
    return None


def _line(text: str, size: float, drop: float, *, x: float = LEFT, width: float = 0.0,
          bold: bool = False, align: str = "left") -> Draw:
    def draw(p: Painter, y: float) -> None:
        p.text(x, y - drop, text, size, width=width, bold=bold, align=align)
    return draw


def _row(cols: tuple[tuple[str, float], ...], values: list[str], h: float, *,
         bold: bool = False, fill: float | None = None) -> Draw:
    def draw(p: Painter, y: float) -> None:
        _cells(p, y - h, h, cols, values, bold=bold, fill=fill)
    return draw


def _cells(p: Painter, y: float, h: float, cols: tuple[tuple[str, float], ...],
           values: list[str], *, bold: bool = False, fill: float | None = None) -> None:
    p.c.setStrokeGray(LINE_GREY)
    p.c.setLineWidth(0.5)
    x = LEFT
    for (_label, width), value in zip(cols, values, strict=True):
        p.rect(x, y, width, h, fill=fill)
        if value:
            p.cell((x, y, width, h), value, 9.5, bold=bold)
        x += width


def _header(layout: _Layout, doc: ChangeNotice) -> None:
    def title(p: Painter, y: float) -> None:
        p.text(PAGE_W / 2, y - 8, TITLE, 18, align="center", bold=True)
        p.c.setFillGray(0.25)
        p.text(PAGE_W / 2, y - 15, doc.plan_name, 10, align="center", width=RIGHT - LEFT)
        p.c.setFillGray(0)

    layout.add(22, title)
    lines = [f"评价机构：{doc.body_name}    考点：{doc.site_name}",
             f"场次：{doc.session_code}    科目：{doc.subject}",
             f"变更类型：{KIND_ZH.get(doc.kind, doc.kind)}    状态：{doc.state}"]
    for line in lines:
        layout.add(6.5, _line(line, 10.5, 4.5, width=RIGHT - LEFT))
    layout.add(3, _nothing)
    cols = (("项目", 24.0), ("原安排", 79.0), ("变更后", 79.0))
    rows = [("考试时间", doc.old_when, doc.new_when),
            ("考试地点", doc.old_place, doc.new_place)]
    layout.add(HEAD_H, _row(cols, [c[0] for c in cols], HEAD_H, bold=True, fill=LABEL_FILL))
    for what, old, new in rows:
        layout.add(10, _row(cols, [what, old, new + ("" if new != old else "（不变）")], 10))
    layout.add(4, _nothing)
    _paragraph(layout, "变更原因：", doc.reason)
    decision = (f"主管部门：{doc.authority}    批准人：{doc.approver_name}    "
                f"批准时间：{doc.decided_at}")
    layout.add(6.5, _line(decision, 10.5, 4.5, width=RIGHT - LEFT))
    if doc.decision_note:
        _paragraph(layout, "审批意见：", doc.decision_note)


def _paragraph(layout: _Layout, label: str, text: str) -> None:
    font = register_cjk_font()
    lines = wrap(label + text, font, 10.5, (RIGHT - LEFT) * mm)
    for line in lines:
        layout.add(5.6, _line(line, 10.5, 4.2))
    layout.add(1.5, _nothing)


def _table(layout: _Layout, heading: str, cols: tuple[tuple[str, float], ...],
           rows: list[list[str]], empty: str) -> None:
    head = _row(cols, [c[0] for c in cols], HEAD_H, bold=True, fill=LABEL_FILL)
    layout.add(SECTION_H, _line(heading, 12, 6.5, bold=True), keep=HEAD_H + ROW_H)
    layout.add(HEAD_H, head)
    if not rows:
        layout.add(ROW_H, _line(empty, 10, 5, x=PAGE_W / 2, align="center"))
    for values in rows:
        before = len(layout.pages)
        layout.add(ROW_H, _row(cols, values, ROW_H))
        if len(layout.pages) != before:  # continued on a new page: repeat the heading row
            last = layout.pages[-1].pop()
            layout.y += ROW_H
            layout.add(HEAD_H, head)
            layout.pages[-1].append((layout.y, last[1]))
            layout.y -= ROW_H


def _candidate_row(i: int, c: NoticeCandidate) -> list[str]:
    return [str(i), c.ticket_no, c.name, c.old_seat, c.new_seat, ""]


def _staff_row(i: int, x: NoticeStaff) -> list[str]:
    return [str(i), x.name, x.role, x.badge_no, x.phone, ""]


def plan_pages(doc: ChangeNotice) -> list[list[tuple[float, Draw]]]:
    layout = _Layout()
    _header(layout, doc)
    layout.add(3, _nothing)
    _table(layout, f"须通知的考生（{len(doc.candidates)} 人）", CANDIDATE_COLS,
           [_candidate_row(i, c) for i, c in enumerate(doc.candidates, start=1)],
           "（本场次无已编排考生）")
    layout.add(4, _nothing)
    _table(layout, f"须通知的考务人员（{len(doc.staff)} 人）", STAFF_COLS,
           [_staff_row(i, x) for i, x in enumerate(doc.staff, start=1)],
           "（本场次未安排考务人员）")
    def sign(p: Painter, y: float) -> None:
        signature_line(p, LEFT, y - 11, "考点负责人签名", 80)
        p.text(LEFT + 96, y - 11, "日期：        年      月      日", 10)

    layout.add(16, sign)
    return layout.pages


def write_change_notice_pdf(doc: ChangeNotice, out: Path,
                            progress: Progress | None = None) -> int:
    """Write the notice to ``out`` (under a temporary name, renamed at the end); returns the
    page count.

    Raises:
        UserCancelled: When ``progress`` is cancelled (no file is left behind).
    """
    progress = progress or NullProgress()
    pages = plan_pages(doc)
    font = register_cjk_font()
    with pdf_canvas(out, A4, f"{TITLE}（{doc.plan_name} {doc.session_code}）",
                    doc.body_name) as c:
        painter = Painter(c, font)
        for n, page in enumerate(pages, start=1):
            check_cancel(progress)
            c.setFont(font, 10)
            for y, draw in page:
                draw(painter, y)
            footer(painter, PAGE_W, f"{TITLE} · {doc.plan_name} · 场次 {doc.session_code}",
                   n, len(pages))
            c.showPage()
            progress.report(n, len(pages))
    return len(pages)
