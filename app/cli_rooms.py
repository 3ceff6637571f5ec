"""``examsite-cli rooms pdf``: door lists (门贴), seat charts (座次图), sign-in sheets (签到表)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.cli import Ctx

EXIT_OK = 0
WHAT_NAMES = {"door": "door lists", "chart": "seat charts", "signin": "sign-in sheets"}


def cmd_rooms_pdf(ctx: Ctx) -> int:
    from app.cli import emit
    from app.reports.room_pdfs import write_room_pdf

    a = ctx.args
    out = Path(a.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    docs, pages = write_room_pdf(ctx.app.uow(), ctx.batch_id(), a.what, out, room_code=a.room)
    rooms = sorted({sheet.room_code for sheet in docs.sheets})
    if a.json:
        emit({"file": str(out), "what": a.what, "pages": pages, "rooms": rooms,
              "sittings": len(docs.sheets), "candidates": docs.candidate_count})
    else:
        print(f"{out}: {WHAT_NAMES[a.what]} of {len(rooms)} rooms, "
              f"{docs.candidate_count} candidates, {pages} pages")
    return EXIT_OK


def add_commands(sub: Any, add: Any) -> None:
    """Register ``rooms pdf`` on the main parser."""
    group = sub.add_parser("rooms", help="rooms: door lists, seat charts, sign-in sheets") \
        .add_subparsers(dest="action", required=True)
    pdf = add("pdf", cmd_rooms_pdf, group,
              help="print door lists, seat charts or sign-in sheets to PDF")
    pdf.add_argument("--out", required=True, help="the PDF file to write")
    pdf.add_argument("--what", required=True, choices=("door", "chart", "signin"),
                     help="door: door lists (门贴); chart: seat charts (座次图); "
                          "signin: sign-in sheets (签到表)")
    pdf.add_argument("--room", help="only this room (room code)")
    pdf.add_argument("--batch", type=int)
