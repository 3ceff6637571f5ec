import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.rules.levels import (
    LEVEL_NAMES_EN,
    LEVEL_NAMES_ZH,
    SUBJECT_NAMES_EN,
    SUBJECT_NAMES_ZH,
    Level,
    SubjectKind,
    level_label_en,
    level_label_zh,
    parse_level,
    required_subjects,
)


def test_level_one_is_highest_and_names_match_the_regulations() -> None:
    assert [int(x) for x in Level] == [1, 2, 3, 4, 5]
    assert LEVEL_NAMES_ZH[Level.ONE] == ("一级", "高级技师")
    assert LEVEL_NAMES_ZH[Level.TWO] == ("二级", "技师")
    assert LEVEL_NAMES_ZH[Level.THREE] == ("三级", "高级工")
    assert LEVEL_NAMES_ZH[Level.FOUR] == ("四级", "中级工")
    assert LEVEL_NAMES_ZH[Level.FIVE] == ("五级", "初级工")
    assert LEVEL_NAMES_EN[Level.FIVE] == ("Level 5", "Junior worker")
    assert set(LEVEL_NAMES_ZH) == set(LEVEL_NAMES_EN) == set(Level)


def test_labels() -> None:
    assert level_label_zh(Level.FIVE) == "五级/初级工"
    assert level_label_zh(Level.ONE) == "一级/高级技师"
    assert level_label_en(Level.TWO) == "Level 2 / Technician"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5", Level.FIVE),
        ("５", Level.FIVE),
        (" 5 ", Level.FIVE),
        ("5级", Level.FIVE),
        ("五级", Level.FIVE),
        ("初级工", Level.FIVE),
        ("五级/初级工", Level.FIVE),
        ("五级／初级工", Level.FIVE),
        ("五级 / 初级工", Level.FIVE),
        ("五级（初级工）", Level.FIVE),
        ("五级(初级工)", Level.FIVE),
        ("初级工/五级", Level.FIVE),
        ("四级/中级工", Level.FOUR),
        ("高级工", Level.THREE),
        ("三级（高级工）", Level.THREE),
        ("技师", Level.TWO),
        ("二级/技师", Level.TWO),
        ("高级技师", Level.ONE),
        ("一级（高级技师）", Level.ONE),
        ("１", Level.ONE),
        ("Level 5", Level.FIVE),
        ("junior WORKER", Level.FIVE),
    ],
)
def test_parse_level_accepts_the_usual_spellings(text: str, expected: Level) -> None:
    assert parse_level(text) is expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "0",
        "6",
        "10",
        "五",
        "六级",
        "五级/中级工",
        "五级（技师）",
        "技师技师",
        "五级/",
        "(初级工)",
        "5/5/5",
        "初级",
        "高级",
        "level 6",
    ],
)
def test_parse_level_rejects_anything_else(text: str) -> None:
    with pytest.raises(ValueError, match="not a skill level"):
        parse_level(text)


@given(level=st.sampled_from(list(Level)))
def test_labels_parse_back(level: Level) -> None:
    assert parse_level(level_label_zh(level)) is level
    assert parse_level(level_label_en(level)) is level
    grade, title = LEVEL_NAMES_ZH[level]
    assert parse_level(grade) is level
    assert parse_level(title) is level
    assert parse_level(f"{grade}（{title}）") is level
    assert parse_level(str(int(level))) is level


def test_required_subjects() -> None:
    basic = (SubjectKind.THEORY, SubjectKind.PRACTICAL)
    assert required_subjects(Level.FIVE) == basic
    assert required_subjects(Level.FOUR) == basic
    assert required_subjects(Level.THREE) == basic
    with_review = (*basic, SubjectKind.REVIEW)
    assert required_subjects(Level.TWO) == with_review
    assert required_subjects(Level.ONE) == with_review


def test_subject_kinds_and_names() -> None:
    assert [k.value for k in SubjectKind] == ["theory", "practical", "review"]
    assert SUBJECT_NAMES_ZH == {
        SubjectKind.THEORY: "理论知识",
        SubjectKind.PRACTICAL: "技能操作",
        SubjectKind.REVIEW: "综合评审",
    }
    assert set(SUBJECT_NAMES_EN) == set(SubjectKind)
