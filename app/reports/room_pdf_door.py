"""门贴 (door list): posted at a room's door — the room, its sitting, its papers, and a card
per candidate with seat, photo, name and ticket number. A4 portrait, one room sitting per
page, continued on more pages (header repeated) when the room seats more than a page holds.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.lib.units import mm

from app.reports.room_documents import RoomDocuments, RoomSheet, SheetCandidate
from app.reports.room_pdf_common import (
    LINE_GREY,
    TEXT_GREY,
    PageJob,
    Painter,
    chunks,
    footer,
    room_title,
    window_zh,
)

TITLE = "考场门贴"
PAGE_W, PAGE_H = 210.0, 297.0
LEFT, RIGHT = 12.0, 198.0
CARD_COLS, CARD_GAP = 6, 1.6
CARD_H, MIN_CARD_H, MAX_CARD_ROWS = 40.0, 35.0, 5  # cards shrink a little to keep 5 rows
BOTTOM = 14.0  # the footer lives below this
MAX_PAPERS = 12  # listed in the header; more are summed up


def paper_marker(index: int) -> str:
    """``①``, ``②``, ... marking which paper a candidate sits (when a room has several)."""
    return chr(0x2460 + index) if index < 20 else f"({index + 1})"


def _paper_lines(sheet: RoomSheet) -> list[str]:
    counts = {x.session_id: 0 for x in sheet.sessions}
    for cand in sheet.candidates:
        counts[cand.session_id] = counts.get(cand.session_id, 0) + 1
    many = len(sheet.sessions) > 1
    lines = [f"{paper_marker(i) + ' ' if many else ''}{x.title_zh}  {counts[x.session_id]}人"
             for i, x in enumerate(sheet.sessions)]
    if len(lines) > MAX_PAPERS:
        rest = len(lines) - (MAX_PAPERS - 1)
        lines = lines[:MAX_PAPERS - 1] + [f"…… 另有 {rest} 个科目"]
    return lines


def _paper_columns(sheet: RoomSheet) -> int:
    return 2 if len(sheet.sessions) <= 4 else 3


def _header_bottom(sheet: RoomSheet) -> float:
    per_line = _paper_columns(sheet)
    rows = (len(_paper_lines(sheet)) + per_line - 1) // per_line
    return 243.0 - 5.2 * rows


def _card_grid(sheet: RoomSheet) -> tuple[int, float]:
    """Rows of cards per page and the card height."""
    room = _header_bottom(sheet) - 3 - BOTTOM + CARD_GAP
    rows = max(1, min(MAX_CARD_ROWS, int(room // (MIN_CARD_H + CARD_GAP))))
    return rows, min(CARD_H, room / rows - CARD_GAP)


def cards_per_page(sheet: RoomSheet) -> int:
    """How many candidate cards one page of this room's door list holds."""
    return _card_grid(sheet)[0] * CARD_COLS


def _seat_span(sheet: RoomSheet) -> str:
    labels = [c.seat_label for c in sheet.candidates]
    if not labels:
        return "无考生"
    span = labels[0] if len(labels) == 1 else f"{labels[0]}–{labels[-1]}"
    return f"座位 {span}，共 {len(labels)} 人"


def _header(p: Painter, docs: RoomDocuments, sheet: RoomSheet, page: int) -> None:
    c = p.c
    c.setFillGray(TEXT_GREY)
    p.text(PAGE_W / 2, 284, docs.plan_name, 9.5, width=RIGHT - LEFT, align="center")
    c.setFillGray(0)
    title = sheet.room_name + ("（续）" if page > 1 else "")
    p.text(PAGE_W / 2, 269, title, 30, width=RIGHT - LEFT, align="center", bold=True)
    p.text(PAGE_W / 2, 259, f"考场号 {sheet.room_code}    {_seat_span(sheet)}", 13,
           width=RIGHT - LEFT, align="center")
    bottom = _header_bottom(sheet)
    c.setStrokeGray(LINE_GREY)
    c.setLineWidth(0.6)
    p.rect(LEFT, bottom, RIGHT - LEFT, 253 - bottom, fill=0.96)
    p.text(LEFT + 3, 248, f"考试时间：{window_zh(sheet.starts_at, sheet.ends_at)}", 10.5,
           width=RIGHT - LEFT - 6, bold=True)
    lines = _paper_lines(sheet)
    per_line = _paper_columns(sheet)
    part = (RIGHT - LEFT - 6) / per_line
    for i, line in enumerate(lines):
        x = LEFT + 3 + (i % per_line) * part
        p.text(x, 243 - 5.2 * (i // per_line) - 0.6, line, 9.5, width=part - 2)


def _card(p: Painter, box: tuple[float, float, float, float], cand: SheetCandidate,
          marker: str) -> None:
    x, y, w, h = box
    c = p.c
    c.setStrokeGray(0.6)
    c.setLineWidth(0.5)
    c.roundRect(x * mm, y * mm, w * mm, h * mm, 1.5 * mm)
    photo_h = h - 13.3
    photo_w = min(20.0, photo_h * 0.75)
    side = w - photo_w - 1.2
    p.cell((x, y + h - 12, side, 10), cand.seat_label, 15, bold=True)
    if marker:
        p.cell((x, y + h - 19, side, 6), marker, 10)
    p.photo((x + side, y + h - 1 - photo_h, photo_w, photo_h), cand.candidate_id)
    p.cell((x, y + 5.6, w, 6), cand.name, 11, bold=True)
    c.setFillGray(TEXT_GREY)
    p.cell((x, y + 1.2, w, 4.4), cand.ticket_no, 7.5)
    c.setFillGray(0)


def _draw(docs: RoomDocuments, sheet: RoomSheet,
          cands: Sequence[SheetCandidate]) -> Callable[[Painter, int, int], None]:
    markers = ({x.session_id: paper_marker(i) for i, x in enumerate(sheet.sessions)}
               if len(sheet.sessions) > 1 else {})
    card_w = (RIGHT - LEFT - CARD_GAP * (CARD_COLS - 1)) / CARD_COLS
    card_h = _card_grid(sheet)[1]

    def draw(p: Painter, page: int, pages: int) -> None:
        _header(p, docs, sheet, page)
        top = _header_bottom(sheet) - 3
        for i, cand in enumerate(cands):
            row, col = divmod(i, CARD_COLS)
            x = LEFT + col * (card_w + CARD_GAP)
            y = top - (row + 1) * card_h - row * CARD_GAP
            _card(p, (x, y, card_w, card_h), cand, markers.get(cand.session_id, ""))
        footer(p, PAGE_W, f"{TITLE} · {room_title(sheet)} · {docs.site_name}", page, pages)
    return draw


def plan_door_lists(docs: RoomDocuments) -> list[PageJob]:
    """The pages of the door lists: every room sitting, its candidates in seat order."""
    jobs: list[PageJob] = []
    for sheet in docs.sheets:
        parts = chunks(sheet.candidates, cards_per_page(sheet))
        for n, part in enumerate(parts, start=1):
            jobs.append(PageJob(_draw(docs, sheet, part), n, len(parts), max(1, len(part))))
    return jobs

