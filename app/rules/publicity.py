"""公示: the publicity periods of a batch and how the published lists mask personal data.

Two publicities per batch (``kind``):

* ``registration`` — the candidates who passed the application review, by occupation and level,
  before the exam. Guangxi 第五条: the body reports the candidate data *and publicizes it* by
  the ``registration_reported`` deadline (8 working days before the exam); the national rules
  have no such step, so their ``registration_closed`` deadline (10 days before) is used as the
  latest start. Neither source fixes a length: at least 1 working day, 5 by default, and the
  period must end before the exam's first day (it is about who may sit the exam).
* ``results`` — the certification results after the exam. Guangxi 第十六条: at least
  **5 working days** (``RuleProfile.results_publicity_days``), after which the review materials
  are uploaded. The national rules only say the results are publicized within 30 days after
  the exam (``results_published``, the latest start) and fix no length: at least 1 working
  day, 5 by default.

Periods are always counted in working days (the way a 公示 notice states its period, and what
Guangxi requires), with the official holiday schedule of :class:`WorkdayCalendar`. The first
counted day is ``starts_on`` when it is a working day, else the next working day; ``ends_on``
is the last working day of the period (inclusive). A start after the latest start is allowed
but reported as late (a breach to report, like the other after-exam deadlines).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from app.errors import ValidationError
from app.rules.deadlines import due_date
from app.rules.id_documents import normalize_id_text
from app.rules.profiles import RuleProfile
from app.rules.workdays import WorkdayCalendar

KINDS = ("registration", "results")
DEFAULT_WORKDAYS = 5
MAX_WORKDAYS = 60
# The deadline step whose due date is the latest day the publicity may start, per profile.
_LATEST_START_STEPS = {"registration": ("registration_reported", "registration_closed"),
                       "results": ("results_published",)}


@dataclass(frozen=True)
class PeriodRule:
    """What a profile fixes for one kind of publicity.

    Attributes:
        kind: ``registration`` or ``results``.
        min_workdays: The shortest period allowed, in working days.
        default_workdays: The period offered by default.
        latest_start_step: The deadline step the start is held to, or None.
        source: Where the numbers come from (Chinese, for notices and messages).
        source_code: The same as a code (``results_min``, ``results_open``,
            ``registration_guangxi``, ``registration_open``), for the screen's own language.
    """

    kind: str
    min_workdays: int
    default_workdays: int
    latest_start_step: str | None
    source: str
    source_code: str = ""


@dataclass(frozen=True)
class Period:
    """A computed publicity period.

    Attributes:
        starts_on: The day the notice is posted.
        ends_on: The last working day of the period (inclusive).
        workdays: Its length in working days.
        latest_start: The latest day it should have started, or None.
    """

    starts_on: date
    ends_on: date
    workdays: int
    latest_start: date | None

    @property
    def late(self) -> bool:
        """Whether the publicity starts after its latest start."""
        return self.latest_start is not None and self.starts_on > self.latest_start

    def contains(self, day: date) -> bool:
        """Whether ``day`` lies in the period (objections are received then)."""
        return self.starts_on <= day <= self.ends_on


def check_kind(kind: str) -> str:
    """Return ``kind`` if it is a publicity kind.

    Raises:
        ValidationError: ``publicity.bad_kind``.
    """
    if kind not in KINDS:
        raise ValidationError("publicity.bad_kind", kind=kind)
    return kind


def period_rule(profile: RuleProfile, kind: str) -> PeriodRule:
    """The length and start rules of one kind of publicity under a profile.

    Raises:
        ValidationError: ``publicity.bad_kind``.
    """
    check_kind(kind)
    step = next((s for s in _LATEST_START_STEPS[kind] if s in profile.steps), None)
    if kind == "results" and profile.results_publicity_days > 0:
        minimum = profile.results_publicity_days
        source, code = f"结果公示不少于{minimum}个工作日（第十六条）", "results_min"
    elif kind == "results":
        minimum, source, code = 1, "认定结果考后30日内公示，期限未作规定", "results_open"
    elif profile.code == "guangxi":
        minimum, source = 1, "认定前8个工作日上报考生数据并公示（第五条），期限未作规定"
        code = "registration_guangxi"
    else:
        minimum, source, code = 1, "报名公示期限未作规定", "registration_open"
    return PeriodRule(kind, minimum, max(DEFAULT_WORKDAYS, minimum), step, source, code)


def latest_start(profile: RuleProfile, kind: str, exam_date: date, exam_end: date,
                 calendar: WorkdayCalendar) -> date | None:
    """The latest day the publicity should start under the profile, or None.

    Raises:
        ValidationError: ``calendar.unknown_year``.
    """
    step = period_rule(profile, kind).latest_start_step
    if step is None:
        return None
    return due_date(profile.rule(step), exam_date, calendar, exam_end=exam_end)


def ends_on(starts_on: date, workdays: int, calendar: WorkdayCalendar) -> date:
    """The last day of a period of ``workdays`` working days posted on ``starts_on``.

    ``starts_on`` counts as the first day when it is a working day.

    Raises:
        ValidationError: ``publicity.bad_length`` if ``workdays < 1``;
            ``calendar.unknown_year``.
    """
    if workdays < 1:
        raise ValidationError("publicity.bad_length", workdays=workdays)
    return calendar.add_workdays(starts_on - timedelta(days=1), workdays)


def compute_period(profile: RuleProfile, kind: str, starts_on: date, workdays: int | None,  # noqa: PLR0913, PLR0917
                   exam_date: date, exam_end: date, calendar: WorkdayCalendar) -> Period:
    """Check and compute a publicity period.

    Args:
        profile: The batch's rule profile.
        kind: ``registration`` or ``results``.
        starts_on: The day the notice is posted.
        workdays: The length in working days; None for the profile's default.
        exam_date: The exam's first day.
        exam_end: The exam's last day.
        calendar: The working-day calendar.

    Returns:
        The period.

    Raises:
        ValidationError: ``publicity.bad_kind``, ``publicity.too_short`` (params: workdays,
            minimum, source), ``publicity.too_long``, ``publicity.ends_after_exam``
            (registration), ``publicity.before_exam_end`` (results), ``calendar.unknown_year``.
    """
    rule = period_rule(profile, kind)
    days = rule.default_workdays if workdays is None else workdays
    if days < rule.min_workdays:
        raise ValidationError("publicity.too_short", workdays=days, minimum=rule.min_workdays,
                              source=rule.source)
    if days > MAX_WORKDAYS:
        raise ValidationError("publicity.too_long", workdays=days, maximum=MAX_WORKDAYS)
    if kind == "results" and starts_on <= exam_end:
        raise ValidationError("publicity.before_exam_end", starts_on=starts_on.isoformat(),
                              exam_end=exam_end.isoformat())
    last = ends_on(starts_on, days, calendar)
    if kind == "registration" and last >= exam_date:
        raise ValidationError("publicity.ends_after_exam", ends_on=last.isoformat(),
                              exam_date=exam_date.isoformat())
    return Period(starts_on, last, days,
                  latest_start(profile, kind, exam_date, exam_end, calendar))


# --- masking ------------------------------------------------------------------------------------
def mask_name(name: str) -> str:
    """Mask a name for a public notice, as usual in Chinese notices: the middle is hidden.

    ``张三`` → ``张*``, ``李小明`` → ``李*明``, ``欧阳小明`` → ``欧**明``; a one-character name
    stays (nothing to hide but the name itself); names written with spaces (foreign names)
    keep their first and last characters the same way.
    """
    text = name.strip()
    if len(text) <= 1:
        return text
    if len(text) == 2:  # noqa: PLR2004
        return text[0] + "*"
    return text[0] + "*" * (len(text) - 2) + text[-1]


def mask_id_number(number: str) -> str:
    """Mask an ID number for a public notice: the first 3 and last 4 characters stay
    (``450***********1234``); numbers of 8 characters or fewer keep their last 2 only."""
    text = normalize_id_text(number)
    if len(text) > 8:  # noqa: PLR2004
        return text[:3] + "*" * (len(text) - 7) + text[-4:]
    if len(text) > 2:  # noqa: PLR2004
        return "*" * (len(text) - 2) + text[-2:]
    return "*" * len(text)
