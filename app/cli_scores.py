"""``examsite-cli scores ...``: theory results import and the import templates."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.messages import render_problem

if TYPE_CHECKING:
    from app.cli import Ctx

EXIT_OK, EXIT_PROBLEM = 0, 1


def cmd_scores_import(ctx: Ctx) -> int:
    from app.cli import emit
    from app.services.theory_scores import import_theory_scores

    a = ctx.args
    report = import_theory_scores(ctx.app.uow(), ctx.batch_id(), Path(a.file))
    lines = [render_problem(p.row, p.column, p.code, p.params, ctx.tr) for p in report.problems]
    if a.json:
        emit({"file": report.file_name, "subject": a.subject, "rows": report.total_rows,
              "imported": report.imported, "absent": report.absent, "applied": report.applied,
              "problems": [{"row": p.row, "column": p.column, "code": p.code,
                            "params": p.params, "message": m}
                           for p, m in zip(report.problems, lines, strict=True)]})
    else:
        for line in lines:
            print(line)
        print(f"rows={report.total_rows} imported={report.imported} absent={report.absent}")
    return EXIT_PROBLEM if report.problems else EXIT_OK


def cmd_scores_template(ctx: Ctx) -> int:
    from app.cli import emit
    from app.io.theory_scores import write_theory_template
    from app.services.rubrics import write_rubric_template

    a = ctx.args
    (write_rubric_template if a.kind == "rubric" else write_theory_template)(Path(a.out))
    if a.json:
        emit({"file": a.out, "kind": a.kind})
    else:
        print(a.out)
    return EXIT_OK


def add_scores_commands(sub: Any, add: Any) -> None:
    """Register ``scores import`` and ``scores template`` on the main parser."""
    scores = sub.add_parser("scores", help="scores: theory results import, templates").\
        add_subparsers(dest="action", required=True)
    imp = add("import", cmd_scores_import, scores,
              help="import a computer-based theory results file (.csv or .xlsx)")
    imp.add_argument("file")
    imp.add_argument("--subject", choices=("theory",), required=True)
    imp.add_argument("--batch", type=int)
    tpl = add("template", cmd_scores_template, scores, db=False,
              help="write an empty import template (.xlsx)")
    tpl.add_argument("--out", required=True)
    tpl.add_argument("--kind", choices=("theory", "rubric"), default="theory",
                     help="theory results (default) or scoring rubrics")
