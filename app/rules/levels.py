"""Skill levels (等级) and exam subjects (科目) of vocational skill level certification.

There are five levels; level 1 is the highest:

====  ======  ==========  =====================
code  zh      zh (title)  en
====  ======  ==========  =====================
1     一级    高级技师    Senior technician
2     二级    技师        Technician
3     三级    高级工      Senior worker
4     四级    中级工      Intermediate worker
5     五级    初级工      Junior worker
====  ======  ==========  =====================

Every level is examined in theory (理论知识) and practical skill (技能操作); 技师 and 高级技师
(levels 2 and 1) also take a comprehensive review (综合评审), which may include a defense.
"""

from __future__ import annotations

import re
import unicodedata
from enum import IntEnum, StrEnum


class Level(IntEnum):
    """A skill level; 1 is the highest (高级技师), 5 the lowest (初级工)."""

    ONE = 1
    TWO = 2
    THREE = 3
    FOUR = 4
    FIVE = 5


LEVEL_NAMES_ZH: dict[Level, tuple[str, str]] = {
    Level.ONE: ("一级", "高级技师"),
    Level.TWO: ("二级", "技师"),
    Level.THREE: ("三级", "高级工"),
    Level.FOUR: ("四级", "中级工"),
    Level.FIVE: ("五级", "初级工"),
}
"""Chinese names of each level: (grade name, traditional title)."""

LEVEL_NAMES_EN: dict[Level, tuple[str, str]] = {
    Level.ONE: ("Level 1", "Senior technician"),
    Level.TWO: ("Level 2", "Technician"),
    Level.THREE: ("Level 3", "Senior worker"),
    Level.FOUR: ("Level 4", "Intermediate worker"),
    Level.FIVE: ("Level 5", "Junior worker"),
}
"""English names of each level: (grade name, traditional title)."""


class SubjectKind(StrEnum):
    """The kind of an exam subject."""

    THEORY = "theory"
    PRACTICAL = "practical"
    REVIEW = "review"


SUBJECT_NAMES_ZH: dict[SubjectKind, str] = {
    SubjectKind.THEORY: "理论知识",
    SubjectKind.PRACTICAL: "技能操作",
    SubjectKind.REVIEW: "综合评审",
}

SUBJECT_NAMES_EN: dict[SubjectKind, str] = {
    SubjectKind.THEORY: "Theory knowledge",
    SubjectKind.PRACTICAL: "Practical skills",
    SubjectKind.REVIEW: "Comprehensive review",
}


def level_label_zh(level: Level) -> str:
    """Return the usual Chinese label of a level.

    Args:
        level: The level.

    Returns:
        For example ``"五级/初级工"`` for level 5.
    """
    grade, title = LEVEL_NAMES_ZH[Level(level)]
    return f"{grade}/{title}"


def level_label_en(level: Level) -> str:
    """Return the English label of a level.

    Args:
        level: The level.

    Returns:
        For example ``"Level 5 / Junior worker"`` for level 5.
    """
    grade, title = LEVEL_NAMES_EN[Level(level)]
    return f"{grade} / {title}"


def _single_tokens() -> dict[str, Level]:
    tokens: dict[str, Level] = {}
    for level in Level:
        tokens[str(int(level))] = level
        tokens[f"{int(level)}级"] = level
        for name in (*LEVEL_NAMES_ZH[level], *LEVEL_NAMES_EN[level]):
            tokens[name.casefold()] = level
    return tokens


_TOKENS = _single_tokens()
# "五级/初级工", "五级(初级工)" (after NFKC folding of full-width forms); either order.
_PAIR = re.compile(r"^(?P<a>[^/()]+)(?:/(?P<b>[^/()]+)|\((?P<c>[^/()]+)\))$")


def _normalize(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(folded.split()).replace(" /", "/").replace("/ ", "/").replace(" (", "(")


def _lookup(token: str) -> Level | None:
    return _TOKENS.get(token.strip())


def parse_level(text: str) -> Level:
    """Parse a level written the way people write it.

    Accepted (full-width digits, slashes and brackets are folded first, spaces are ignored
    around the separators, Latin letters are case-insensitive): ``"5"``, ``"5级"``, ``"五级"``,
    ``"初级工"``, ``"五级/初级工"``, ``"五级（初级工）"``, ``"初级工/五级"``, ``"Level 5"``,
    ``"Junior worker"``. In a two-part form both parts must name the same level.

    Args:
        text: The text to parse.

    Returns:
        The level.

    Raises:
        ValueError: If the text does not name exactly one level.
    """
    norm = _normalize(text)
    single = _lookup(norm)
    if single is not None:
        return single
    match = _PAIR.match(norm)
    if match is not None:
        first = _lookup(match["a"])
        second = _lookup(match["b"] or match["c"])
        if first is not None and first == second:
            return first
    raise ValueError(f"not a skill level: {text!r}")


def required_subjects(level: Level) -> tuple[SubjectKind, ...]:
    """Return the subjects a candidate at this level must pass.

    Args:
        level: The level applied for.

    Returns:
        Theory and practical for levels 5 to 3; theory, practical and review for levels 2 and 1
        (技师 and 高级技师).
    """
    if Level(level) <= Level.TWO:
        return (SubjectKind.THEORY, SubjectKind.PRACTICAL, SubjectKind.REVIEW)
    return (SubjectKind.THEORY, SubjectKind.PRACTICAL)
