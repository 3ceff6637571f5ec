"""Rule profiles: the national rules and Guangxi's stricter implementing rules, as data.

A batch is run under one profile. The two sources are the national procedure for certification
bodies (calendar days, 考前15日 ...) and 《广西职业技能等级认定考务实施细则（试行）》
(桂职鉴字〔2021〕1号, working days, 认定前10个工作日 ...).

Deadline steps have stable codes (used in stored data and message catalogues):

======================  =========================================  ===========  ===========
code                    step                                       national     guangxi
======================  =========================================  ===========  ===========
announcement_published  公告发布                                   (quarterly)  15 wd before
plan_created            认定平台制定计划                           15 d before  10 wd before
registration_closed     报名录入结束并提交                         10 d before  —
registration_reported   上报考生数据并公示                         —            8 wd before
rooms_and_tickets       考场编排、打印/核发准考证                  3 d before   5 wd before
staff_reported          考务安排并上报                             3 d before   5 wd before
papers_assembled        组卷                                       —            5 wd before
rooms_sealed            考场布置（张贴示意图、路标）/ 封场         1 d before   1 wd before
scores_reported         成绩汇总并上报认定平台                     —            5 wd after
results_published       认定结果公示 / 公布考试成绩                30 d after   —
certificates_made       制作证书                                   40 d after   —
======================  =========================================  ===========  ===========

"Before" deadlines are the latest day the step may be finished ("at least N days before the
exam"); "after" deadlines count from the exam's last day ("within N days after").

**Blocking.** A step is *blocking* when a later step of the batch consumes what it produces, so
being late with it holds up the batch rather than only breaching a reporting rule:

* ``plan_created`` — candidates are registered into the plan on the platform;
* ``registration_closed`` / ``registration_reported`` — rooms, seats and tickets are arranged
  for the registered candidates only;
* ``rooms_and_tickets`` — the site package carries the seat plan and tickets; check-in needs
  the tickets;
* ``staff_reported`` — the site package carries the staff; proctors and examiners must exist;
* ``papers_assembled`` — the exam cannot be held without papers.

Not blocking: the announcement (a public notice; no data flows from it), sealing the rooms
(physical preparation on the eve of the exam) and every after-exam reporting deadline (lateness
is a breach to report, but nothing in the product waits on it).

Guangxi certificates are made "after the authority's review" and carry no day count, so there is
no ``certificates_made`` rule in that profile; the national rules have no results-publicity
period, represented as ``results_publicity_days == 0``.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from app.errors import ValidationError


class DayKind(StrEnum):
    """How days are counted."""

    CALENDAR = "calendar"
    WORKING = "working"


class Direction(StrEnum):
    """Whether a deadline falls before the exam or after it."""

    BEFORE = "before"
    AFTER = "after"


@dataclass(frozen=True)
class DeadlineRule:
    """One deadline of a profile.

    Attributes:
        step: Stable step code, e.g. ``"plan_created"``.
        days: How many days before or after the exam (``>= 0``).
        kind: Calendar days or working days.
        direction: Before the exam's first day or after its last day.
        blocking: Whether later steps depend on this one (see the module docstring).
    """

    step: str
    days: int
    kind: DayKind
    direction: Direction
    blocking: bool

    def __post_init__(self) -> None:
        if not self.step:
            raise ValueError("deadline rule needs a step code")
        if self.days < 0:
            raise ValueError(f"deadline rule {self.step!r}: days must be >= 0")


@dataclass(frozen=True)
class RuleProfile:
    """All the numbers one set of regulations fixes.

    Attributes:
        code: ``"national"`` or ``"guangxi"``.
        name_zh: Chinese display name.
        name_en: English display name.
        deadlines: Deadline rules in the order the steps happen.
        proctor_ratio: Candidates per proctor in theory and written exams (15).
        min_proctors_per_room: Minimum proctors in a room that has candidates (2).
        examiners_per_practical: Examiners scoring each practical candidate (odd, 3).
        experts_per_review: Experts reviewing each 技师/高级技师 candidate (odd, 3).
        min_internal_supervisors: Internal quality supervisors per batch (1).
        pass_mark: Minimum mark of each subject to pass (60).
        full_mark: Subject full mark (100).
        min_candidates_per_occupation: Minimum candidates per occupation in a batch (20).
        results_publicity_days: Length of the results publicity period; 0 when not fixed.
        publicity_day_kind: How the publicity period is counted.
        paper_retention_years: Years paper records are kept (3).
        electronic_retention_years: Years electronic data and video are kept (5).
    """

    code: str
    name_zh: str
    name_en: str
    deadlines: tuple[DeadlineRule, ...]
    proctor_ratio: int = 15
    min_proctors_per_room: int = 2
    examiners_per_practical: int = 3
    experts_per_review: int = 3
    min_internal_supervisors: int = 1
    pass_mark: Decimal = Decimal("60")
    full_mark: Decimal = Decimal("100")
    min_candidates_per_occupation: int = 20
    results_publicity_days: int = 0
    publicity_day_kind: DayKind = DayKind.CALENDAR
    paper_retention_years: int = 3
    electronic_retention_years: int = 5

    def __post_init__(self) -> None:
        steps = [rule.step for rule in self.deadlines]
        if len(set(steps)) != len(steps):
            raise ValueError(f"profile {self.code!r}: duplicate deadline steps")
        if self.proctor_ratio < 1 or self.min_proctors_per_room < 1:
            raise ValueError(f"profile {self.code!r}: proctor numbers must be positive")
        for panel in (self.examiners_per_practical, self.experts_per_review):
            if not is_valid_panel_size(panel, 1):
                raise ValueError(f"profile {self.code!r}: panel sizes must be odd")
        if not Decimal(0) < self.pass_mark <= self.full_mark:
            raise ValueError(f"profile {self.code!r}: bad pass mark")

    @property
    def steps(self) -> tuple[str, ...]:
        """The step codes of this profile, in order."""
        return tuple(rule.step for rule in self.deadlines)

    def rule(self, step: str) -> DeadlineRule:
        """Return the deadline rule for a step.

        Args:
            step: A step code.

        Returns:
            The rule.

        Raises:
            ValidationError: ``profile.unknown_step`` if this profile has no such step.
        """
        for rule in self.deadlines:
            if rule.step == step:
                return rule
        raise ValidationError("profile.unknown_step", profile=self.code, step=step)


def required_proctors(candidates: int, profile: RuleProfile) -> int:
    """Return how many proctors one theory/written-exam room needs.

    One proctor per ``profile.proctor_ratio`` candidates (rounded up) and never fewer than
    ``profile.min_proctors_per_room``; a room without candidates needs none.

    Args:
        candidates: Candidates seated in the room.
        profile: The batch's rule profile.

    Returns:
        The number of proctors.

    Raises:
        ValidationError: ``staffing.negative_candidates`` if ``candidates < 0``.
    """
    if candidates < 0:
        raise ValidationError("staffing.negative_candidates", candidates=candidates)
    if candidates == 0:
        return 0
    return max(profile.min_proctors_per_room, -(-candidates // profile.proctor_ratio))


def is_valid_panel_size(n: int, minimum: int) -> bool:
    """Tell whether ``n`` examiners or experts form a valid panel.

    Panels must have at least ``minimum`` members and an odd number of them.

    Args:
        n: Panel size.
        minimum: The profile's minimum, e.g. ``profile.examiners_per_practical``.

    Returns:
        True if ``n >= minimum`` and ``n`` is odd.
    """
    return n >= minimum and n % 2 == 1


_B = Direction.BEFORE
_A = Direction.AFTER
_CAL = DayKind.CALENDAR
_WD = DayKind.WORKING

NATIONAL = RuleProfile(
    code="national",
    name_zh="全国通用",
    name_en="National",
    deadlines=(
        DeadlineRule("plan_created", 15, _CAL, _B, blocking=True),
        DeadlineRule("registration_closed", 10, _CAL, _B, blocking=True),
        DeadlineRule("rooms_and_tickets", 3, _CAL, _B, blocking=True),
        DeadlineRule("staff_reported", 3, _CAL, _B, blocking=True),
        DeadlineRule("rooms_sealed", 1, _CAL, _B, blocking=False),
        DeadlineRule("results_published", 30, _CAL, _A, blocking=False),
        DeadlineRule("certificates_made", 40, _CAL, _A, blocking=False),
    ),
    results_publicity_days=0,
    publicity_day_kind=_CAL,
)

GUANGXI = RuleProfile(
    code="guangxi",
    name_zh="广西",
    name_en="Guangxi",
    deadlines=(
        DeadlineRule("announcement_published", 15, _WD, _B, blocking=False),
        DeadlineRule("plan_created", 10, _WD, _B, blocking=True),
        DeadlineRule("registration_reported", 8, _WD, _B, blocking=True),
        DeadlineRule("rooms_and_tickets", 5, _WD, _B, blocking=True),
        DeadlineRule("staff_reported", 5, _WD, _B, blocking=True),
        DeadlineRule("papers_assembled", 5, _WD, _B, blocking=True),
        DeadlineRule("rooms_sealed", 1, _WD, _B, blocking=False),
        DeadlineRule("scores_reported", 5, _WD, _A, blocking=False),
    ),
    results_publicity_days=5,
    publicity_day_kind=_WD,
)

PROFILES: dict[str, RuleProfile] = {p.code: p for p in (NATIONAL, GUANGXI)}
"""All rule profiles by code."""


def get_profile(code: str) -> RuleProfile:
    """Return the rule profile with this code.

    Args:
        code: ``"national"`` or ``"guangxi"``.

    Returns:
        The profile.

    Raises:
        ValidationError: ``profile.unknown`` (param ``profile``) for any other code.
    """
    try:
        return PROFILES[code]
    except KeyError:
        # The parameter is "profile", not "code": DomainError's own first argument is ``code``.
        raise ValidationError("profile.unknown", profile=code) from None
