"""Plan (batch) names: 评价日期 + 机构名称 + 批次号.

The national procedure names a plan "评价日期+机构名称+批次号"; the form used on the platform
and in this product is ``2026-12-12南宁市XX职业培训学校第3批``: the ISO date (YYYY-MM-DD), the
certification body's name as registered, then ``第<n>批``.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from app.errors import ValidationError

_NAME = re.compile(
    r"^(?P<date>[0-9]{4}-[0-9]{2}-[0-9]{2})(?P<body>.+)第(?P<batch>[1-9][0-9]*)批$", re.DOTALL
)


def _has_control_chars(text: str) -> bool:
    return any(unicodedata.category(ch).startswith("C") for ch in text)


def plan_name(eval_date: date, body_name: str, batch_no: int) -> str:
    """Build a plan name.

    Args:
        eval_date: The evaluation (exam) date.
        body_name: The certification body's name; surrounding whitespace is removed.
        batch_no: The batch number, from 1.

    Returns:
        For example ``"2026-12-12南宁市XX职业培训学校第3批"``.

    Raises:
        ValidationError: ``plan.empty_body_name`` if the name is blank;
            ``plan.bad_body_name`` if it contains control characters (line breaks, tabs ...);
            ``plan.bad_batch_no`` if ``batch_no < 1``.
    """
    body = body_name.strip()
    if not body:
        raise ValidationError("plan.empty_body_name")
    if _has_control_chars(body):
        raise ValidationError("plan.bad_body_name", body_name=body_name)
    if isinstance(batch_no, bool) or batch_no < 1:
        raise ValidationError("plan.bad_batch_no", batch_no=batch_no)
    day = f"{eval_date.year:04d}-{eval_date.month:02d}-{eval_date.day:02d}"
    return f"{day}{body}第{batch_no}批"


def parse_plan_name(text: str) -> tuple[date, str, int]:
    """Split a plan name into its parts (the inverse of ``plan_name``).

    Whitespace around the whole name and around the body's name is ignored.

    Args:
        text: A plan name such as ``"2026-12-12南宁市XX职业培训学校第3批"``.

    Returns:
        ``(evaluation date, body name, batch number)``.

    Raises:
        ValidationError: ``plan.bad_name`` if the text is not a plan name.
    """
    match = _NAME.match(text.strip())
    if match is None:
        raise ValidationError("plan.bad_name", text=text)
    try:
        day = date.fromisoformat(match["date"])
    except ValueError:
        raise ValidationError("plan.bad_name", text=text) from None
    body = match["body"].strip()
    if not body or _has_control_chars(body):
        raise ValidationError("plan.bad_name", text=text)
    return day, body, int(match["batch"])
