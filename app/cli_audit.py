"""``examsite-cli audit verify`` and ``audit head``: checking the audit trail's hash chain.

``verify`` exits 0 when the chain is intact and 1 when it is broken, naming the first event
that was edited, removed or reordered; ``--head ID:HASH`` (a head printed on a score roster or
exported in a package) also catches events removed from the end.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from app.messages import render

if TYPE_CHECKING:
    from app.cli import Ctx

EXIT_OK, EXIT_PROBLEM = 0, 1


def cmd_audit_verify(ctx: Ctx) -> int:
    from app.cli import emit
    from app.services.audit_verify import parse_head, verify_chain

    a = ctx.args
    head = parse_head(a.head) if a.head else None
    report = verify_chain(ctx.app.uow(), expected_head=head)
    message = render(report.code, report.params, ctx.tr)
    if a.json:
        emit({"ok": report.intact, "code": report.code, "event_id": report.event_id,
              "events": report.events, "head": str(report.head), "params": report.params,
              "message": message})
    else:
        print(message)
    return EXIT_OK if report.intact else EXIT_PROBLEM


def cmd_audit_head(ctx: Ctx) -> int:
    from app.cli import emit
    from app.services.audit_verify import chain_head

    head = chain_head(ctx.app.uow())
    if ctx.args.json:
        emit({"event_id": head.event_id, "hash": head.hash, "head": str(head)})
    else:
        print(head)
    return EXIT_OK


def add_audit_commands(sub: Any, add: Callable[..., argparse.ArgumentParser]) -> None:
    audit = sub.add_parser("audit", help="the tamper-evident audit trail").add_subparsers(
        dest="action", required=True)
    verify = add("verify", cmd_audit_verify, audit,
                 help="recompute the hash chain; name the first edited/removed/reordered event")
    verify.add_argument("--head", metavar="ID:HASH",
                        help="a head recorded earlier (catches a truncated trail)")
    add("head", cmd_audit_head, audit, help="print the chain head as ID:HASH")
