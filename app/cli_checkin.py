"""``examsite-cli tickets ...`` and ``examsite-cli checkin``: admission tickets and the door."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.messages import render
from app.services.checkin_rules import VERDICT_CLASS, VerdictClass

if TYPE_CHECKING:
    from app.cli import Ctx

EXIT_OK, EXIT_PROBLEM = 0, 1


def cmd_tickets_issue(ctx: Ctx) -> int:
    from app.cli import emit
    from app.services.tickets import issue_tickets

    result = issue_tickets(ctx.app.uow(), ctx.batch_id())
    if ctx.args.json:
        emit(result)
    else:
        print(f"issued={result.issued} key={result.key_id}")
    return EXIT_OK


def cmd_tickets_revoke(ctx: Ctx) -> int:
    from app.cli import emit
    from app.services.tickets import revoke_ticket

    a = ctx.args
    text = revoke_ticket(ctx.app.uow(), ctx.batch_id(), a.ticket_no, a.reason,
                         reissue=a.reissue)
    if a.json:
        emit({"ticket_no": a.ticket_no, "reissued": text is not None, "qr": text})
    else:
        print(text or f"{a.ticket_no} cancelled")
    return EXIT_OK


def cmd_tickets_pdf(ctx: Ctx) -> int:
    from app.cli import emit
    from app.reports.ticket_documents import ticket_documents
    from app.reports.tickets_pdf import write_tickets_pdf

    a = ctx.args
    docs = ticket_documents(ctx.app.uow(), ctx.batch_id(), room_code=a.room)
    pages = write_tickets_pdf(docs, Path(a.out), layout=a.layout)
    if a.json:
        emit({"file": a.out, "tickets": len(docs), "pages": pages})
    else:
        print(f"{a.out}: {len(docs)} tickets, {pages} pages")
    return EXIT_OK


def _result_json(result: Any, message: str) -> dict[str, Any]:
    card = result.candidate
    return {
        "event_id": result.event_id, "verdict": result.verdict.value,
        "class": VERDICT_CLASS[result.verdict].value, "detail": result.detail,
        "message": message, "ticket_no": result.ticket_no, "at": result.at,
        "missing_locally": result.missing_locally,
        "candidate": None if card is None else {
            "registration_id": card.registration_id, "name": card.name,
            "occupation": card.occupation, "level": card.level},
        "slot": None if result.slot is None else asdict(result.slot),
        "previous": None if result.previous is None else asdict(result.previous),
    }


def cmd_checkin(ctx: Ctx) -> int:
    from app.cli import emit
    from app.services.checkin import Desk, check_in

    a = ctx.args
    result = check_in(ctx.app.uow(), ctx.batch_id(), a.scan, Desk(a.desk, a.room),
                      id_number=a.id_number)
    message = render(result.detail, {}, ctx.tr) if result.detail else ""
    if a.json:
        emit(_result_json(result, message))
    else:
        where = f" {result.slot.room_name} {result.slot.seat_label}" if result.slot else ""
        name = result.candidate.name if result.candidate else ""
        print(f"{result.verdict.value}: {result.ticket_no} {name}{where} {message}".rstrip())
    return EXIT_OK if VERDICT_CLASS[result.verdict] is VerdictClass.OK else EXIT_PROBLEM


def add_commands(sub: Any, add: Any) -> None:
    """Register the ticket and check-in commands on the main parser."""
    tickets = sub.add_parser("tickets", help="admission tickets").add_subparsers(
        dest="action", required=True)
    issue = add("issue", cmd_tickets_issue, tickets, help="sign the QR of every seated ticket")
    issue.add_argument("--batch", type=int)
    revoke = add("revoke", cmd_tickets_revoke, tickets, help="cancel or reissue a ticket")
    revoke.add_argument("ticket_no")
    revoke.add_argument("--reason", required=True)
    revoke.add_argument("--reissue", action="store_true", help="sign a replacement QR")
    revoke.add_argument("--batch", type=int)
    pdf = add("pdf", cmd_tickets_pdf, tickets, help="print admission tickets to PDF")
    pdf.add_argument("--out", required=True)
    pdf.add_argument("--room", help="only candidates seated in this room (room code)")
    pdf.add_argument("--layout", choices=("a4x2", "a5"), default="a4x2")
    pdf.add_argument("--batch", type=int)
    chk: argparse.ArgumentParser = add("checkin", cmd_checkin,
                                       help="check one scan in (exit 0 only when admitted)")
    chk.add_argument("--scan", required=True, help="the QR text or a ticket number")
    chk.add_argument("--id-number", help="the ID number read from the document")
    chk.add_argument("--desk", default="cli", help="desk name recorded with the scan")
    chk.add_argument("--room", help="the room whose door this desk serves (room code)")
    chk.add_argument("--batch", type=int)
