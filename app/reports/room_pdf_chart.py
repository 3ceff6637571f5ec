"""座次图 (seat chart): a room drawn as its real layout — the front desk at the top, row 0
right under it, aisles as gaps (``app.rules.room_layout``), each seat with its label, name and
ticket number, empty seats marked, seats out of use crossed out. A4 landscape; a room too big
for one page is cut into row and column bands, each page with the header repeated.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm

from app.reports.room_documents import RoomDocuments, RoomSheet, SeatCell, SheetCandidate
from app.reports.room_pdf_common import TEXT_GREY, PageJob, Painter, footer, room_title, window_zh
from app.reports.room_pdf_door import paper_marker

TITLE = "座次图"
PAGE_W, PAGE_H = 297.0, 210.0
LEFT, RIGHT = 10.0, 287.0
ROW_LABEL_W = 11.0
GRID_TOP, GRID_BOTTOM = 164.0, 24.0
GAP, AISLE = 1.6, 7.0
MIN_CW, MAX_CW, MIN_CH, MAX_CH = 21.0, 40.0, 14.0, 26.0
DESK_H = 8.0
PT = mm  # points per millimetre


@dataclass(frozen=True)
class Tile:
    """The rows and columns of the room one page shows (all of them for most rooms)."""

    rows: tuple[int, ...]
    cols: tuple[int, ...]


def _span(indices: Sequence[int], aisles_after: Sequence[int], cell: float) -> float:
    """The length of consecutive grid lines ``indices`` with cells of ``cell`` mm."""
    if not indices:
        return 0.0
    gaps = sum(AISLE if i in aisles_after else GAP for i in indices[:-1])
    return len(indices) * cell + gaps


def _bands(count: int, aisles_after: Sequence[int], room: float, minimum: float) -> list[
        tuple[int, ...]]:
    """Cut ``range(count)`` into consecutive bands that fit ``room`` mm at ``minimum`` size."""
    bands: list[tuple[int, ...]] = []
    band: list[int] = []
    for i in range(count):
        if band and _span([*band, i], aisles_after, minimum) > room:
            bands.append(tuple(band))
            band = []
        band.append(i)
    bands.append(tuple(band))
    return bands


def _grid_height(sheet: RoomSheet) -> float:
    return GRID_TOP - GRID_BOTTOM - DESK_H - 4


def tiles(sheet: RoomSheet) -> list[Tile]:
    """The pages of one room's chart: row bands (front first) times column bands."""
    lay = sheet.layout
    width = RIGHT - LEFT - ROW_LABEL_W - 4
    rows = _bands(lay.rows, lay.aisles_after_rows, _grid_height(sheet), MIN_CH)
    cols = _bands(lay.cols, lay.aisles_after_cols, width, MIN_CW)
    return [Tile(r, c) for r in rows for c in cols]


def _cell_size(sheet: RoomSheet, pieces: list[Tile]) -> tuple[float, float]:
    """One cell size for all pages of a room, as big as the largest band allows."""
    lay = sheet.layout
    width = RIGHT - LEFT - ROW_LABEL_W - 4
    cw, ch = MAX_CW, MAX_CH
    for tile in pieces:
        fixed_w = _span(tile.cols, lay.aisles_after_cols, 0.0)
        fixed_h = _span(tile.rows, lay.aisles_after_rows, 0.0)
        cw = min(cw, (width - fixed_w) / len(tile.cols))
        ch = min(ch, (_grid_height(sheet) - fixed_h) / len(tile.rows))
    return cw, ch


def _header(p: Painter, docs: RoomDocuments, sheet: RoomSheet, tile: Tile, *, first: bool,
            whole: bool) -> None:
    c = p.c
    title = f"{TITLE} · {room_title(sheet)}"
    if not whole:
        title += (f"（{'' if first else '续：'}第 {tile.rows[0] + 1}–{tile.rows[-1] + 1} 排，"
                  f"第 {tile.cols[0] + 1}–{tile.cols[-1] + 1} 列）")
    p.text(PAGE_W / 2, 197, title, 18, width=RIGHT - LEFT, align="center", bold=True)
    c.setFillGray(TEXT_GREY)
    when = window_zh(sheet.starts_at, sheet.ends_at)
    p.text(PAGE_W / 2, 190, f"{docs.plan_name}    考试时间：{when}", 10, width=RIGHT - LEFT,
           align="center")
    c.setFillGray(0)
    many = len(sheet.sessions) > 1
    papers = "    ".join(f"{paper_marker(i) + ' ' if many else ''}{x.title_zh}"
                         for i, x in enumerate(sheet.sessions))
    p.text(PAGE_W / 2, 183.5, f"科目：{papers}", 9.5, width=RIGHT - LEFT, align="center")


def _desk(p: Painter, sheet: RoomSheet, x0: float, x1: float) -> None:
    c = p.c
    w = min(70.0, x1 - x0)
    x = (x0 + x1) / 2 - w / 2
    y = GRID_TOP - DESK_H
    c.setStrokeGray(0)
    c.setLineWidth(0.8)
    p.rect(x, y, w, DESK_H, fill=0.82)
    label = "考评员工作台（前）" if sheet.room_kind == "practical" else "讲台 · 监考台（前）"
    p.cell((x, y, w, DESK_H), label, 11, bold=True)


def _seat(p: Painter, box: tuple[float, float, float, float], seat: SeatCell | None,
          cand: SheetCandidate | None, marker: str) -> None:
    c = p.c
    x, y, w, h = box
    if seat is None:  # no seat in this cell of the grid: floor
        return
    big = min(11.0, h * 0.3 * PT)
    if not seat.usable:
        c.setStrokeGray(0.45)
        c.setLineWidth(0.5)
        p.rect(x, y, w, h, fill=0.84)
        c.setLineWidth(0.9)
        p.line(x, y, x + w, y + h)
        p.line(x, y + h, x + w, y)
        c.setFillGray(1)
        p.rect(x + w / 2 - 5, y + h / 2 - 2.2, 10, 4.4, fill=1.0, stroke=False)
        c.setFillGray(0.2)
        p.cell((x + w / 2 - 5, y + h / 2 - 2.2, 10, 4.4), "停用", 7.5)
        c.setFillGray(0)
        return
    c.setLineWidth(0.7 if cand else 0.4)
    if cand is None:
        c.setDash(2, 1.5)
        c.setStrokeGray(0.5)
    else:
        c.setStrokeGray(0)
    p.rect(x, y, w, h)
    c.setDash()
    label_size = min(9.0, h * 0.22 * PT)
    p.text(x + 1.2, y + h - label_size / PT - 0.8, seat.label, label_size, bold=True)
    tags = " ".join(t for t, on in (("无障碍", seat.accessible), ("预留", seat.reserved)) if on)
    c.setFillGray(TEXT_GREY)
    if tags:
        p.text(x + w - 1, y + 1.2, tags, 5.5, width=w - 2, align="right")
    if marker:
        p.text(x + w - 1.2, y + h - label_size / PT - 0.8, marker, label_size,
               align="right")
    c.setFillGray(0)
    if cand is None:
        c.setFillGray(0.55)
        p.cell((x, y + h * 0.3, w, h * 0.35), "空座", min(big, 9.0))
        c.setFillGray(0)
        return
    p.cell((x, y + h * 0.36, w, h * 0.32), cand.name, big, bold=True)
    p.cell((x, y + (2.2 if tags else 0.6), w, h * 0.3), cand.ticket_no, min(7.0, big * 0.7))


def _legend(p: Painter, sheet: RoomSheet) -> None:
    usable = sum(1 for s in sheet.seats if s.usable)
    out_of_use = len(sheet.seats) - usable
    seated = len(sheet.candidates)
    text = (f"座位 {len(sheet.seats)} 个：可用 {usable}，停用 {out_of_use}；"
            f"已安排考生 {seated} 人，空座 {max(0, usable - seated)} 个。"
            "图例：实线框＝已安排考生；虚线框＝空座；灰底打叉＝停用座位。")
    p.c.setFillGray(TEXT_GREY)
    p.text(LEFT, 15.5, text, 8.5, width=RIGHT - LEFT)
    p.c.setFillGray(0)


def _draw(docs: RoomDocuments, sheet: RoomSheet, tile: Tile, size: tuple[float, float],
          first: bool) -> Callable[[Painter, int, int], None]:
    lay = sheet.layout
    seats = {(s.row, s.col): s for s in sheet.seats}
    people = {(x.row, x.col): x for x in sheet.candidates}
    markers = ({x.session_id: paper_marker(i) for i, x in enumerate(sheet.sessions)}
               if len(sheet.sessions) > 1 else {})
    cw, ch = size

    def draw(p: Painter, page: int, pages: int) -> None:
        c = p.c
        _header(p, docs, sheet, tile, first=first, whole=pages == 1)
        grid_w = _span(tile.cols, lay.aisles_after_cols, cw)
        grid_h = _span(tile.rows, lay.aisles_after_rows, ch)
        x0 = LEFT + ROW_LABEL_W + (RIGHT - LEFT - ROW_LABEL_W - grid_w) / 2
        top = GRID_TOP - DESK_H - 4
        if tile.rows[0] == 0:
            _desk(p, sheet, x0, x0 + grid_w)
        else:
            c.setFillGray(0.45)
            p.text(x0 + grid_w / 2, GRID_TOP - DESK_H + 2, "↑ 前方（讲台方向）", 9,
                   align="center")
            c.setFillGray(0)
        # The walls: a thin outline around the seats (and the desk on the front band).
        c.setStrokeGray(0.6)
        c.setLineWidth(1.2)
        wall_top = GRID_TOP + 2 if tile.rows[0] == 0 else top + 2
        p.rect(x0 - 3, top - grid_h - 3, grid_w + 6, wall_top - (top - grid_h - 3))
        xs: dict[int, float] = {}
        x = x0
        for col in tile.cols:
            xs[col] = x
            x += cw + (AISLE if col in lay.aisles_after_cols else GAP)
        y = top
        for row in tile.rows:
            c.setFillGray(TEXT_GREY)
            p.cell((x0 - 3 - ROW_LABEL_W, y - ch, ROW_LABEL_W - 1, ch), f"第{row + 1}排", 7.5)
            c.setFillGray(0)
            for col in tile.cols:
                cand = people.get((row, col))
                _seat(p, (xs[col], y - ch, cw, ch), seats.get((row, col)), cand,
                      markers.get(cand.session_id, "") if cand else "")
            y -= ch + (AISLE if row in lay.aisles_after_rows else GAP)
        _aisles(p, tile, xs, size, top=top, grid_h=grid_h, aisles_after_rows=lay.aisles_after_rows)
        _legend(p, sheet)
        footer(p, PAGE_W, f"{TITLE} · {room_title(sheet)} · {docs.site_name}", page, pages)
    return draw


def _aisles(p: Painter, tile: Tile, xs: dict[int, float], size: tuple[float, float], *,
            top: float, grid_h: float, aisles_after_rows: Sequence[int]) -> None:
    """Aisles between columns (and rows) as dashed centre lines labelled 过道."""
    c = p.c
    cw, ch = size
    c.setStrokeGray(0.7)
    c.setLineWidth(0.4)
    c.setDash(3, 2)
    lay_cols = [col for col in tile.cols[:-1] if xs[col + 1] - xs[col] - cw > GAP + 0.01]
    for col in lay_cols:
        mid = xs[col] + cw + (xs[col + 1] - xs[col] - cw) / 2
        p.line(mid, top, mid, top - grid_h)
    y = top
    for row in tile.rows[:-1]:
        y -= ch + (AISLE if row in aisles_after_rows else GAP)
        if row in aisles_after_rows:
            p.line(xs[tile.cols[0]], y + AISLE / 2, xs[tile.cols[-1]] + cw, y + AISLE / 2)
    c.setDash()
    c.setFillGray(0.45)
    for col in lay_cols:
        mid = xs[col] + cw + (xs[col + 1] - xs[col] - cw) / 2
        for k, ch_text in enumerate("过道"):
            c.setFillGray(1)
            p.rect(mid - 1.6, top - grid_h / 2 + 1.2 - k * 3.2 - 0.5, 3.2, 3.2, fill=1.0,
                   stroke=False)
            c.setFillGray(0.45)
            p.text(mid, top - grid_h / 2 + 1.2 - k * 3.2, ch_text, 7, align="center")
    c.setFillGray(0)


def plan_seat_charts(docs: RoomDocuments) -> list[PageJob]:
    """The pages of the seat charts: every room sitting, one page unless it is too big."""
    jobs: list[PageJob] = []
    for sheet in docs.sheets:
        pieces = tiles(sheet)
        size = _cell_size(sheet, pieces)
        for n, tile in enumerate(pieces, start=1):
            weight = sum(1 for x in sheet.candidates if x.row in tile.rows and x.col in tile.cols)
            jobs.append(PageJob(_draw(docs, sheet, tile, size, n == 1), n, len(pieces),
                                max(1, weight)))
    return jobs
