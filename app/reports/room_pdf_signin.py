"""签到表 (sign-in sheet): one per room sitting, candidates in seat order — grouped under a
heading per paper when the room holds several sessions at once — with seat, ticket number,
name, masked ID number, photo, an empty signature cell and a remarks cell. The header names
the plan, room, subjects, sessions and time; the footer has the proctors' signature lines, the
head counts to fill in and ``第 x 页 / 共 y 页``. A4 portrait.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from app.reports.room_documents import RoomDocuments, RoomSheet, SheetCandidate, SheetSession
from app.reports.room_pdf_common import (
    LABEL_FILL,
    LINE_GREY,
    TEXT_GREY,
    PageJob,
    Painter,
    footer,
    room_title,
    window_zh,
)
from app.reports.room_pdf_door import paper_marker

TITLE = "考生签到表"
PAGE_W, PAGE_H = 210.0, 297.0
LEFT, RIGHT = 12.0, 198.0
COLUMNS = (("座号", 13.0), ("准考证号", 35.0), ("姓名", 24.0), ("证件号码", 40.0),
           ("照片", 13.0), ("考生签名", 41.0), ("备注", 20.0))
TABLE_TOP, HEAD_H, ROW_H, GROUP_H = 248.0, 8.0, 12.0, 6.5
FOOTER_TOP = 36.0  # the proctors' lines sit below this


@dataclass(frozen=True)
class _Group:
    """A subject heading row in a room with several papers."""

    marker: str
    session: SheetSession
    count: int
    continued: bool = False


Row = _Group | SheetCandidate


def _paper_lines(sheet: RoomSheet) -> list[str]:
    many = len(sheet.sessions) > 1
    return [f"{paper_marker(i) + ' ' if many else ''}{x.title_zh}"
            for i, x in enumerate(sheet.sessions)]


def _paper_columns(sheet: RoomSheet) -> int:
    return 2 if len(sheet.sessions) <= 4 else 3


def _table_top(sheet: RoomSheet) -> float:
    """Below the header, which lists the papers when there are several."""
    if len(sheet.sessions) == 1:
        return TABLE_TOP
    rows = -(-len(sheet.sessions) // _paper_columns(sheet))
    return min(TABLE_TOP, 253 - 5.5 * (rows - 1) - 5.5)


def _header(p: Painter, docs: RoomDocuments, sheet: RoomSheet, page: int) -> None:
    c = p.c
    p.text(PAGE_W / 2, 281, TITLE + ("（续）" if page > 1 else ""), 20, align="center",
           bold=True)
    c.setFillGray(TEXT_GREY)
    p.text(PAGE_W / 2, 274, docs.plan_name, 10, width=RIGHT - LEFT, align="center")
    c.setFillGray(0)
    half = (RIGHT - LEFT) / 2
    codes = sheet.sessions[0].code if len(sheet.sessions) == 1 else "见各科目分组"
    p.text(LEFT, 265.5, f"考场：{room_title(sheet)}", 10.5, width=half + 8)
    p.text(RIGHT, 265.5, f"场次：{codes}    应到：{len(sheet.candidates)} 人", 10.5,
           width=half - 10, align="right")
    p.text(RIGHT, 259, f"时间：{window_zh(sheet.starts_at, sheet.ends_at)}", 10.5,
           width=half - 10, align="right")
    lines = _paper_lines(sheet)
    if len(lines) == 1:
        p.text(LEFT, 259, f"科目：{lines[0]}", 10.5, width=half + 8)
    else:
        p.text(LEFT, 259, f"科目：共 {len(lines)} 个（按科目分组签到）", 10.5, width=half + 8)
        per_line = _paper_columns(sheet)
        part = (RIGHT - LEFT - 11) / per_line
        for i, line in enumerate(lines):
            x = LEFT + 11 + (i % per_line) * part
            p.text(x, 253 - 5.5 * (i // per_line), line, 9.5, width=part - 3)
    top = _table_top(sheet)
    c.setStrokeGray(0)
    c.setLineWidth(0.8)
    p.line(LEFT, top + 3, RIGHT, top + 3)


def _row_height(row: Row) -> float:
    return GROUP_H if isinstance(row, _Group) else ROW_H


def _table(p: Painter, top: float, rows: Sequence[Row]) -> None:
    c = p.c
    c.setStrokeGray(LINE_GREY)
    c.setLineWidth(0.5)
    p.rect(LEFT, top - HEAD_H, RIGHT - LEFT, HEAD_H, fill=LABEL_FILL)
    x = LEFT
    for label, width in COLUMNS:
        p.cell((x, top - HEAD_H, width, HEAD_H), label, 10, bold=True)
        x += width
    y = top - HEAD_H
    for row in rows:
        h = _row_height(row)
        y -= h
        if isinstance(row, _Group):
            p.rect(LEFT, y, RIGHT - LEFT, h, fill=0.97)
            text = (f"{row.marker} {row.session.title_zh}    场次 {row.session.code}    "
                    f"{row.count} 人{'（续）' if row.continued else ''}")
            p.cell((LEFT, y, RIGHT - LEFT, h), text, 9.5, center=False, bold=True)
            continue
        p.rect(LEFT, y, RIGHT - LEFT, h)
        x = LEFT
        for _label, width in COLUMNS[:-1]:
            x += width
            p.line(x, y, x, y + h)
        _candidate(p, row, y)


def _candidate(p: Painter, cand: SheetCandidate, y: float) -> None:
    x = LEFT
    cells = ((cand.seat_label, 10.5, True), (cand.ticket_no, 9.5, False),
             (cand.name, 12.0, True), (cand.id_masked, 9.5, False))
    for (_label, width), (value, size, bold) in zip(COLUMNS, cells, strict=False):
        p.cell((x, y, width, ROW_H), value, size, bold=bold)
        x += width
    photo_w = COLUMNS[4][1]
    p.photo((x + 1.2, y + 0.5, photo_w - 2.4, ROW_H - 1.0), cand.candidate_id)


def _signatures(p: Painter, sheet: RoomSheet) -> None:
    c = p.c
    y = FOOTER_TOP - 9
    p.text(LEFT, y, "实到考生：________ 人     缺考考生：________ 人", 10)
    y -= 9
    p.text(LEFT, y, "监考员签名：", 10)
    c.setStrokeGray(0)
    c.setLineWidth(0.5)
    for k in range(2):
        x = LEFT + 24 + k * 48
        p.line(x, y - 1, x + 40, y - 1)
    p.text(LEFT + 24 + 2 * 48 + 4, y, "日期：______________", 10, width=52)
    if sheet.proctors:
        c.setFillGray(TEXT_GREY)
        p.text(LEFT, FOOTER_TOP - 2, "安排监考：" + "、".join(sheet.proctors), 8.5,
               width=RIGHT - LEFT)
        c.setFillGray(0)


def _draw(docs: RoomDocuments, sheet: RoomSheet,
          rows: Sequence[Row]) -> Callable[[Painter, int, int], None]:
    def draw(p: Painter, page: int, pages: int) -> None:
        _header(p, docs, sheet, page)
        _table(p, _table_top(sheet), rows)
        _signatures(p, sheet)
        footer(p, PAGE_W, f"{TITLE} · {room_title(sheet)} · {docs.site_name}", page, pages)
    return draw


def _rows(sheet: RoomSheet) -> list[Row]:
    """Candidates in seat order; with several papers, grouped under a heading per paper."""
    if len(sheet.sessions) == 1:
        return list(sheet.candidates)
    rows: list[Row] = []
    for i, session in enumerate(sheet.sessions):
        people = sheet.of_session(session.session_id)
        if people:
            rows.append(_Group(paper_marker(i), session, len(people)))
            rows += people
    return rows


def _pages(sheet: RoomSheet) -> list[list[Row]]:
    room = _table_top(sheet) - HEAD_H - FOOTER_TOP
    pages: list[list[Row]] = [[]]
    used = 0.0
    group: _Group | None = None
    for row in _rows(sheet):
        if isinstance(row, _Group):
            group = row
        # A heading never ends a page: it moves on with the first candidate of its group.
        need = _row_height(row) + (GROUP_H if isinstance(row, _Group) else 0.0)
        if used + need > room and pages[-1]:
            pages.append([])
            used = 0.0
            if not isinstance(row, _Group) and group is not None:
                pages[-1].append(replace(group, continued=True))
                used += GROUP_H
        pages[-1].append(row)
        used += _row_height(row)
    return pages


def plan_signin_sheets(docs: RoomDocuments) -> list[PageJob]:
    """The pages of the sign-in sheets: one sheet per room sitting, rows in seat order."""
    jobs: list[PageJob] = []
    for sheet in docs.sheets:
        parts = _pages(sheet)
        for n, part in enumerate(parts, start=1):
            weight = sum(1 for row in part if isinstance(row, SheetCandidate))
            jobs.append(PageJob(_draw(docs, sheet, part), n, len(parts), max(1, weight)))
    return jobs
