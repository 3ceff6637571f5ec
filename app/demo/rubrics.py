"""Demo scoring rubrics: one for every practical and review subject of the demo batch.

The items follow what real rubrics for these occupations weigh (preparation, workmanship,
result, safety as a veto item); every rubric's maxima sum to 100 points.
"""

from __future__ import annotations

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from app.model import Occupation, Rubric, RubricItem, Subject
from app.rules.levels import Level, level_label_zh

# (name, max points, step points, veto) — points as hundredths.
Item = tuple[str, int, int, bool]
PRACTICAL: dict[str, tuple[Item, ...]] = {
    "6-31-01-03": (  # 电工
        ("工具、仪表的选用与使用", 1000, 100, False),
        ("电路图识读与元件选择", 1500, 100, False),
        ("线路安装工艺", 2500, 50, False),
        ("通电调试与功能实现", 3000, 100, False),
        ("故障分析与排除", 1500, 50, False),
        ("安全文明生产（否决项）", 500, 100, True),
    ),
    "6-18-02-04": (  # 焊工
        ("焊前准备（坡口、组对、定位焊）", 1000, 100, False),
        ("焊接工艺参数选择", 1500, 100, False),
        ("焊缝外观质量", 3500, 50, False),
        ("焊缝内部质量（弯曲试验）", 3000, 100, False),
        ("安全文明生产（否决项）", 1000, 100, True),
    ),
    "4-03-02-01": (  # 中式烹调师
        ("原料初加工与刀工", 2000, 50, False),
        ("火候与调味", 2500, 50, False),
        ("菜品色、香、味、形", 3000, 50, False),
        ("装盘与成菜时间", 1500, 100, False),
        ("食品卫生与安全（否决项）", 1000, 100, True),
    ),
    "4-10-01-02": (  # 育婴员
        ("婴幼儿生活照料", 3000, 50, False),
        ("保健与护理", 2500, 50, False),
        ("早期发展指导", 2500, 50, False),
        ("沟通与职业素养", 1000, 100, False),
        ("安全防护（否决项）", 1000, 100, True),
    ),
}
GENERIC_PRACTICAL: tuple[Item, ...] = (
    ("操作准备", 1500, 100, False),
    ("操作过程与工艺", 4000, 50, False),
    ("成果质量", 3500, 50, False),
    ("安全文明生产（否决项）", 1000, 100, True),
)
REVIEW: tuple[Item, ...] = (
    ("技术总结（论文）质量", 4000, 50, False),
    ("答辩陈述", 2000, 50, False),
    ("回答问题", 3000, 50, False),
    ("职业素养与表达", 1000, 50, False),
)
TITLES = {"practical": "技能操作评分表", "review": "综合评审评分表"}


def add_demo_rubrics(session: Session) -> int:
    """Insert a rubric for every practical and review subject that has none; returns how
    many were added. Runs inside the demo builder's transaction."""
    subjects = session.execute(
        select(Subject.id, Subject.level, Subject.kind, Occupation.code, Occupation.name)
        .join(Occupation, Occupation.id == Subject.occupation_id)
        .where(Subject.kind.in_(TITLES), Subject.id.not_in(select(Rubric.subject_id)))
        .order_by(Subject.id)).all()
    if not subjects:
        return 0
    rubric_ids = session.scalars(
        insert(Rubric).returning(Rubric.id, sort_by_parameter_order=True),
        [{"subject_id": sid, "version": 1,
          "name": f"{occ} {level_label_zh(Level(level))} {TITLES[kind]}"}
         for sid, level, kind, _code, occ in subjects]).all()
    items = []
    for rid, (_sid, _level, kind, code, _occ) in zip(rubric_ids, subjects, strict=True):
        spec = REVIEW if kind == "review" else PRACTICAL.get(code, GENERIC_PRACTICAL)
        items += [{"rubric_id": rid, "position": pos, "name": name, "max_centi": max_c,
                   "step_centi": step, "veto": veto}
                  for pos, (name, max_c, step, veto) in enumerate(spec, start=1)]
    session.execute(insert(RubricItem), items)
    return len(rubric_ids)
