"""``examsite-cli staff ...``: automatic assignment, the rule check and the staff PDFs.

Exit codes: ``staff check`` and ``staff assign`` exit 1 when any rule blocks (the check's
findings say where); ``staff pdf`` exits 1 when nobody is assigned.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.messages import Translate, render
from app.rules.staffing import RULES_BY_CODE, finding_message

if TYPE_CHECKING:
    from app.cli import Ctx
    from app.services.staffing import StaffingReport

EXIT_OK, EXIT_PROBLEM = 0, 1


def report_json(report: StaffingReport, tr: Translate) -> dict[str, Any]:
    """The check as a JSON document: every rule, its status and its findings with messages."""
    return {
        "batch_id": report.batch_id, "plan_name": report.plan_name,
        "rule_profile": report.rule_profile, "status": report.status.value,
        "assignments": report.assignments,
        "rules": [{
            "rule": r.rule, "severity": r.severity.value, "status": r.status.value,
            "title": render(RULES_BY_CODE[r.rule].title, {}, tr),
            "findings": [{
                "code": f.code, "severity": f.severity.value, "params": dict(f.params),
                "room": f.room, "session": f.session, "registration_id": f.registration_id,
                "staff_id": f.staff_id, "message": finding_message(f, tr)}
                for f in r.findings]}
            for r in report.rules],
    }


def _print_report(report: StaffingReport, tr: Translate) -> None:
    print(report.plan_name)
    for r in report.rules:
        title = render(RULES_BY_CODE[r.rule].title, {}, tr)
        print(f"[{r.status.value:5}] {r.rule:14} {title}")
        for f in r.findings:
            print(f"          - {finding_message(f, tr)}")


def cmd_staff_check(ctx: Ctx) -> int:
    from app.cli import emit
    from app.services.staffing import check_staffing

    report = check_staffing(ctx.app.uow(), ctx.batch_id())
    if ctx.args.json:
        emit(report_json(report, ctx.tr))
    else:
        _print_report(report, ctx.tr)
    return EXIT_PROBLEM if report.blocked else EXIT_OK


def cmd_staff_assign(ctx: Ctx) -> int:
    from app.cli import emit
    from app.services.staffing import assign_staff

    a = ctx.args
    result = assign_staff(ctx.app.uow(), ctx.batch_id(), seed=a.seed, replace=not a.keep)
    missing = [render(x.code, x.params, ctx.tr) for x in result.shortfalls]
    if a.json:
        emit({"seed": result.seed, "created": result.created, "removed": result.removed,
              "shortfalls": [{"code": x.code, "params": x.params, "room": x.room,
                              "session": x.session, "message": m}
                             for x, m in zip(result.shortfalls, missing, strict=True)],
              "check": report_json(result.report, ctx.tr)})
    else:
        print(f"seed={result.seed} created={result.created} removed={result.removed}")
        for m in missing:
            print(f"  ! {m}")
        _print_report(result.report, ctx.tr)
    return EXIT_PROBLEM if result.report.blocked else EXIT_OK


def cmd_staff_pdf(ctx: Ctx) -> int:
    from app.cli import emit
    from app.reports.staff_documents import badge_documents, staffing_table
    from app.reports.staff_pdf import write_badges_pdf, write_staffing_table_pdf

    a = ctx.args
    out = Path(a.out)
    if a.what == "badges":
        badges = badge_documents(ctx.app.uow(), ctx.batch_id())
        pages = write_badges_pdf(badges, out)
        count = len(badges)
    else:
        table = staffing_table(ctx.app.uow(), ctx.batch_id())
        pages = write_staffing_table_pdf(table, out)
        count = len(table.rows)
    if a.json:
        emit({"file": str(out), "what": a.what, "items": count, "pages": pages})
    else:
        print(f"{out}: {count} {a.what}, {pages} pages")
    return EXIT_OK


def add_commands(sub: Any, add: Any) -> None:
    """Register ``staff assign|check|pdf`` on the main parser."""
    staff = sub.add_parser("staff", help="staff assignment (考务编排)").add_subparsers(
        dest="action", required=True)
    assign = add("assign", cmd_staff_assign, staff,
                 help="assign staff automatically (exit 1 when a rule still blocks)")
    assign.add_argument("--seed", type=int, help="draw seed (default: a new one, printed)")
    assign.add_argument("--keep", action="store_true",
                        help="keep the current assignments and fill only what is missing")
    assign.add_argument("--batch", type=int)
    check = add("check", cmd_staff_check, staff,
                help="check every staffing rule (exit 1 when any rule blocks)")
    check.add_argument("--batch", type=int)
    pdf = add("pdf", cmd_staff_pdf, staff, help="print staff badges or the staffing table")
    pdf.add_argument("--out", required=True)
    pdf.add_argument("--what", choices=("badges", "table"), default="badges")
    pdf.add_argument("--batch", type=int)
