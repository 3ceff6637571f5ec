"""The read side of the evaluation report (考评报告): plain dataclasses and each page's
canonical data for its seal. (The internal supervision record is in
``app.reports.supervision_documents``.)"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from app.crypto.page_seal import seal_key, seal_text
from app.crypto.ticket_codec import batch_tag
from app.reports.score_documents import KIND_ORDER, ScoreFacts, read_facts
from app.uow import UnitOfWork

REPORT_GROUPS_PER_PAGE = 18


@dataclass(frozen=True)
class GroupStats:
    """Counts of one occupation and level (level 0: the whole batch), as the scoring service
    counts them: ``sat`` excludes those absent from every subject; ``pass_rate`` = passed over
    those decided."""

    occupation: str
    level: int
    candidates: int
    sat: int
    absent: int
    passed: int
    failed: int
    pending: int
    pass_rate: float | None


@dataclass(frozen=True)
class ReportPage:
    page: int
    pages: int
    groups: tuple[GroupStats, ...]
    total: GroupStats
    band_labels: tuple[str, ...]
    bands: tuple[tuple[str, tuple[int, ...]], ...]  # subject kind, count per band
    below_60: int  # subject scores under 60 (人次)
    above_90: int  # subject scores of 90 and more (人次)
    qr_text: str


@dataclass(frozen=True)
class EvaluationReport:
    plan_name: str
    body_name: str
    pages: tuple[ReportPage, ...]


def _group(g: Any) -> GroupStats:
    return GroupStats(g.occupation, g.level, g.candidates, g.sat, g.absent, g.passed, g.failed,
                      g.pending, g.pass_rate)


def _total(groups: list[GroupStats]) -> GroupStats:
    def total(field: str) -> int:
        return sum(int(getattr(g, field)) for g in groups)

    sat, passed, pending = total("sat"), total("passed"), total("pending")
    decided = sat - pending
    return GroupStats("合计", 0, total("candidates"), sat, total("absent"), passed,
                      total("failed"), pending, round(passed / decided, 4) if decided else None)


def report_pages(facts: ScoreFacts) -> list[tuple[list[Any], list[Any], ReportPage]]:
    """(page key, content, page without QR) of the evaluation report."""
    res = facts.results
    stats = [_group(g) for g in res.groups]
    total = _total(stats)
    labels = tuple(dict.fromkeys(b.band for b in res.bands))
    counts: dict[str, dict[str, int]] = {}
    for b in res.bands:
        counts.setdefault(b.kind, {})[b.band] = b.count
    bands = tuple((kind, tuple(counts[kind].get(label, 0) for label in labels))
                  for kind in KIND_ORDER if kind in counts)
    chunks = [stats[i:i + REPORT_GROUPS_PER_PAGE]
              for i in range(0, len(stats), REPORT_GROUPS_PER_PAGE)] or [[]]
    out = []
    for n, chunk in enumerate(chunks, start=1):
        content = [[[g.occupation, g.level, g.candidates, g.sat, g.absent, g.passed, g.failed,
                     g.pending] for g in chunk],
                   [total.candidates, total.passed, total.failed, total.pending],
                   [[kind, list(c)] for kind, c in bands], len(res.below_60), len(res.above_90)]
        out.append(([n], content, ReportPage(n, len(chunks), tuple(chunk), total, labels, bands,
                                             len(res.below_60), len(res.above_90), "")))
    return out


def evaluation_report(uow: UnitOfWork, batch_id: int) -> EvaluationReport:
    """The evaluation report of a batch, sealed."""
    facts = read_facts(uow, batch_id)
    key, tag = seal_key(uow, facts.body_name), batch_tag(facts.plan_name)
    pages = tuple(replace(p, qr_text=seal_text("report", tag, k, c, key))
                  for k, c, p in report_pages(facts))
    return EvaluationReport(facts.plan_name, facts.body_name, pages)
