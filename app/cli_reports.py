"""``examsite-cli roster|records|evaluation-report|supervision-record|verify-page``: the score
documents and the check of a scanned page code.

Exit codes: 0 written / the page matches; 1 a reported problem (nothing to print, or the page
does not match the database — ``verify-page`` prints why).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.messages import render

if TYPE_CHECKING:
    from app.cli import Ctx

EXIT_OK, EXIT_PROBLEM = 0, 1


def _written(ctx: Ctx, out: Path, what: str, pages: int, **extra: Any) -> int:
    from app.cli import emit

    if ctx.args.json:
        emit({"ok": True, "file": str(out), "what": what, "pages": pages, **extra})
    else:
        print(render("reports.written", {"file": str(out), "pages": pages}, ctx.tr))
        for key, value in extra.items():
            print(f"  {key}: {value}")
    return EXIT_OK


def cmd_roster(ctx: Ctx) -> int:
    from app.reports.score_documents import roster_document
    from app.reports.score_roster_pdf import write_roster_pdf

    doc = roster_document(ctx.app.uow(), ctx.batch_id())
    out = Path(ctx.args.out)
    pages = write_roster_pdf(doc, out)
    extra: dict[str, Any] = {"candidates": sum(len(p.rows) for p in doc.pages)}
    if ctx.args.xlsx:
        from app.io.roster_xlsx import write_roster_xlsx

        write_roster_xlsx(doc, Path(ctx.args.xlsx))
        extra["xlsx"] = ctx.args.xlsx
    return _written(ctx, out, "roster", pages, **extra)


def cmd_records(ctx: Ctx) -> int:
    from app.reports.score_documents import record_document
    from app.reports.score_record_pdf import write_record_pdf

    doc = record_document(ctx.app.uow(), ctx.batch_id(), ctx.args.ticket)
    out = Path(ctx.args.out)
    return _written(ctx, out, "records", write_record_pdf(doc, out))


def cmd_evaluation_report(ctx: Ctx) -> int:
    from app.reports.evaluation_report_pdf import write_evaluation_report_pdf
    from app.reports.score_summary import evaluation_report

    doc = evaluation_report(ctx.app.uow(), ctx.batch_id())
    out = Path(ctx.args.out)
    return _written(ctx, out, "evaluation-report", write_evaluation_report_pdf(doc, out))


def cmd_supervision_record(ctx: Ctx) -> int:
    from app.reports.supervision_documents import supervision_record
    from app.reports.supervision_pdf import write_supervision_pdf

    doc = supervision_record(ctx.app.uow(), ctx.batch_id())
    out = Path(ctx.args.out)
    return _written(ctx, out, "supervision-record", write_supervision_pdf(doc, out))


def cmd_verify_page(ctx: Ctx) -> int:
    from app.cli import emit
    from app.crypto.page_seal import verify_page

    check = verify_page(ctx.app.uow(), ctx.args.code)
    message = render(check.reason, {}, ctx.tr)
    if ctx.args.json:
        emit({"ok": check.ok, "reason": check.reason, "message": message, "kind": check.kind,
              "page": list(check.page_key), "plan_name": check.plan_name,
              "digest": check.digest, "expected": check.expected})
    else:
        page = " / ".join(str(x) for x in check.page_key)
        print(f"{'OK' if check.ok else 'FAIL'}  {check.kind} {page}".rstrip())
        print(message)
    return EXIT_OK if check.ok else EXIT_PROBLEM


def add_commands(sub: Any, add: Any) -> None:
    """Register the score document commands on the main parser."""
    roster = add("roster", cmd_roster, help="print the score roster (成绩花名册) PDF")
    roster.add_argument("--out", required=True, help="the PDF file to write")
    roster.add_argument("--xlsx", help="also write the roster as this .xlsx workbook")
    roster.add_argument("--batch", type=int)
    records = add("records", cmd_records, help="print the scoring record sheets (评分记录表)")
    records.add_argument("--out", required=True)
    records.add_argument("--ticket", help="only this candidate (ticket number)")
    records.add_argument("--batch", type=int)
    report = add("evaluation-report", cmd_evaluation_report,
                 help="print the evaluation report (考评报告)")
    report.add_argument("--out", required=True)
    report.add_argument("--batch", type=int)
    sup = add("supervision-record", cmd_supervision_record,
              help="print the internal supervision record (内部督导情况记录表)")
    sup.add_argument("--out", required=True)
    sup.add_argument("--batch", type=int)
    verify = add("verify-page", cmd_verify_page,
                 help="check a scanned page code against the database (exit 1 when it fails)")
    verify.add_argument("--code", required=True, help="the decoded QR text (PG1:...)")
