"""How long a batch's records are kept (档案保管), as pure functions.

The rules:

* 《广西职业技能等级认定考务实施细则（试行）》 第十八条 档案管理: "评价机构要将职业技能等级认定
  全过程资料妥善保管，确保责任可追溯、可倒查。纸质材料（包括报名、考务、试卷、评分等过程纸质材料）
  保管不少于3年，电子材料（包括电子数据、视频等）不少于5年。"
* The national procedure (第6条): "考试期间使用全程电子监控，考后妥善保管电子材料以便追溯" —
  electronic material is kept *after the exam*; it fixes no number of years, so the national
  profile uses the same 3 / 5 years (``RuleProfile.paper_retention_years`` and
  ``electronic_retention_years``, equal in both profiles).

**From which day.** Neither text names the day the period starts. The national text says
"考后" (after the exam), so the period counts from the batch's last exam day
(``Batch.end_date``); the Guangxi text covers the "全过程资料" (the whole process, up to results
and certificates), so when an after-exam step was recorded later (scores reported, results
published, certificates made) the period counts from that later day instead. Either way the
records are never kept for less than the rules say.

**Which day purging may start.** "不少于N年" is read as: kept through the day N years after
the start (``keep_until``, inclusive); purging is allowed from the next day. A start on
29 February counts to 1 March, never to 28 February (never shorter than N years).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from app.rules.profiles import RuleProfile

AFTER_EXAM_STEPS: tuple[str, ...] = ("scores_reported", "results_published", "certificates_made")
"""Recorded after-exam steps that move the start of the retention period later."""


def add_years(start: date, years: int) -> date:
    """``start`` plus whole years; 29 February goes to 1 March (never a shorter period)."""
    if years < 0:
        raise ValueError("years must be >= 0")
    try:
        return start.replace(year=start.year + years)
    except ValueError:  # 29 February into a common year
        return date(start.year + years, 3, 1)


def retention_start(exam_end: date, after_exam_steps: Iterable[tuple[str, date]] = ()) -> date:
    """The day the retention periods count from.

    Args:
        exam_end: The batch's last exam day.
        after_exam_steps: Recorded milestones ``(step, done_on)``; those in
            ``AFTER_EXAM_STEPS`` done later than ``exam_end`` move the start to their day.

    Returns:
        The later of ``exam_end`` and the after-exam steps' days.
    """
    later = [done for step, done in after_exam_steps if step in AFTER_EXAM_STEPS]
    return max([exam_end, *later])


@dataclass(frozen=True)
class RetentionDates:
    """What the rules keep how long, for one batch.

    Attributes:
        start: The day the periods count from (see the module docstring).
        paper_years: Years paper records are kept (3).
        electronic_years: Years electronic data and video are kept (5).
        paper_keep_until: Last day paper records must still be kept.
        electronic_keep_until: Last day electronic records must still be kept.
        purge_from: First day the batch's electronic records may be purged.
    """

    start: date
    paper_years: int
    electronic_years: int
    paper_keep_until: date
    electronic_keep_until: date
    purge_from: date

    def purge_allowed(self, today: date) -> bool:
        """Whether the electronic retention period is over on ``today``."""
        return today >= self.purge_from


def retention_dates(profile: RuleProfile, exam_end: date,
                    after_exam_steps: Iterable[tuple[str, date]] = ()) -> RetentionDates:
    """The retention dates of a batch under its rule profile.

    Args:
        profile: The batch's rule profile (its retention years).
        exam_end: The batch's last exam day.
        after_exam_steps: Recorded milestones ``(step, done_on)`` (see ``retention_start``).

    Returns:
        The dates.
    """
    start = retention_start(exam_end, after_exam_steps)
    electronic = add_years(start, profile.electronic_retention_years)
    return RetentionDates(
        start=start, paper_years=profile.paper_retention_years,
        electronic_years=profile.electronic_retention_years,
        paper_keep_until=add_years(start, profile.paper_retention_years),
        electronic_keep_until=electronic, purge_from=electronic + timedelta(days=1))
