"""``examsite-cli results``: the batch's results (pass/fail with reasons, counts, bands, lists).

Exit code 0 also while results are pending (the output says how many); 1 on a reported problem.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from app.messages import Translate, render

if TYPE_CHECKING:
    from app.cli import Ctx
    from app.services.scoring_queries import BatchResults

EXIT_OK = 0


def _points(centi: int | None) -> str:
    return "-" if centi is None else f"{centi / 100:.2f}"


def results_json(res: BatchResults, tr: Translate) -> dict[str, Any]:
    """The results as a JSON document; reasons carry their rendered message."""
    doc = asdict(res)
    for cand in doc["candidates"]:
        for reason in cand["reasons"]:
            reason["message"] = render(reason["code"], {}, tr)
    return doc


def _print(res: BatchResults, tr: Translate) -> None:
    print(f"{res.plan_name}  ({res.aggregation_rule})")
    print(f"passed={res.passed} failed={res.failed} pending={res.pending}")
    for g in res.groups:
        rate = "-" if g.pass_rate is None else f"{g.pass_rate:.1%}"
        print(f"  {g.occupation} L{g.level}: {g.candidates} candidates, sat {g.sat}, "
              f"passed {g.passed}, failed {g.failed}, pending {g.pending}, rate {rate}")
    for c in res.candidates:
        verdict = {True: "PASS", False: "FAIL", None: "...."}[c.passed]
        scores = " ".join(f"{s.kind}={_points(s.final_centi)}" for s in c.scores)
        why = "; ".join(f"{r.kind}: {render(r.code, {}, tr)}" for r in c.reasons)
        print(f"{verdict} {c.ticket_no} {c.candidate_name} {scores} {why}".rstrip())


def cmd_results(ctx: Ctx) -> int:
    from app.cli import emit
    from app.services.scoring import results

    res = results(ctx.app.uow(), ctx.batch_id())
    if ctx.args.json:
        emit(results_json(res, ctx.tr))
    else:
        _print(res, ctx.tr)
    return EXIT_OK


def add_commands(sub: Any, add: Any) -> None:
    """Register ``results`` on the main parser."""
    res = add("results", cmd_results, sub,
              help="the batch's results: pass/fail with reasons, pass rates, bands")
    res.add_argument("--batch", type=int)
