"""``examsite-cli seat``: draw the seats of one sitting."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.messages import render

if TYPE_CHECKING:
    from app.cli import Ctx

EXIT_OK = 0

SHARED = {"work_unit": "work unit", "training_class": "training class"}


def cmd_seat(ctx: Ctx) -> int:
    from app.cli import emit
    from app.services.seating import allocate_seats

    a = ctx.args
    result = allocate_seats(ctx.app.uow(), ctx.batch_id(), a.session, mode=a.mode, seed=a.seed)
    if a.json:
        emit(result)
        return EXIT_OK
    print(render("seating.drawn", {"seated": result.seated, "rooms": len(result.rooms),
                                   "mode": result.mode, "seed": result.seed}, ctx.tr))
    if result.overflow_rooms:
        print(render("seating.overflow", {"rooms": ", ".join(result.overflow_rooms)}, ctx.tr))
    for pair in result.unseparated:
        print(render("seating.unseparated", {
            "room": pair.room_code, "first": f"{pair.seats[0]} {pair.names[0]}",
            "second": f"{pair.seats[1]} {pair.names[1]}", "value": pair.value}, ctx.tr))
    if result.tickets_resigned:
        print(render("seating.reprint", {"count": result.tickets_resigned}, ctx.tr))
    return EXIT_OK


def add_seating_commands(sub: Any, add: Any) -> None:
    seat = add("seat", cmd_seat, help="draw the seats of the sitting of one exam session")
    seat.add_argument("--session", required=True,
                      help="code of any exam session of the sitting (e.g. S00001)")
    seat.add_argument("--mode", choices=("ordinary", "shuffled"), default="ordinary")
    seat.add_argument("--seed", type=int, help="reproduce an earlier draw (default: random)")
    seat.add_argument("--batch", type=int)
