"""The incident kinds and the misconduct rules catalogue as data, what the form requires, and
which session the form opens on."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import CheckConstraint

from app.messages import MESSAGES
from app.model.incidents import Incident
from app.rules.incidents import (
    KIND_CODES,
    KINDS,
    MISCONDUCT_RULES,
    RULE_CODES,
    current_index,
    kind_name_zh,
    problems,
    rule_name_zh,
    rule_of,
)

CJK = re.compile(r"[\u4e00-\u9fff]")
T0 = datetime(2026, 12, 3, 9, 0)


def test_the_kinds_are_exactly_those_the_table_accepts():
    constraint = next(str(c.sqltext) for c in Incident.__table__.constraints
                      if isinstance(c, CheckConstraint) and "kind in" in str(c.sqltext))
    assert sorted(re.findall(r"'(\w+)'", constraint)) == sorted(KIND_CODES)


def test_every_kind_and_rule_has_a_chinese_and_an_english_name_and_a_unique_code():
    for item in (*KINDS, *MISCONDUCT_RULES):
        assert CJK.search(item.name_zh) and item.name_en and not CJK.search(item.name_en)
    assert len(set(RULE_CODES)) == len(RULE_CODES) >= 10
    assert len(set(KIND_CODES)) == len(KIND_CODES)
    assert all(len(code) <= 40 for code in RULE_CODES)  # Incident.rule is String(40)
    assert kind_name_zh("misconduct") == "违纪" and rule_name_zh("copying").startswith("抄袭")
    assert rule_of("other") is not None and rule_of("smoking") is None


def test_the_rules_the_seeds_name_say_which_clause():
    assert "禁带物品" in rule_of("prohibited_items").basis  # type: ignore[union-attr]
    assert "闭卷" in rule_of("reference_material").basis  # type: ignore[union-attr]


def test_misconduct_requires_a_rule_a_candidate_a_session_and_a_description():
    assert problems("misconduct", rule="", has_candidate=False, has_session=False,
                    description="") == ["incident.rule_required", "incident.session_required",
                                        "incident.candidate_required",
                                        "incident.description_required"]
    assert problems("misconduct", rule="smoking", has_candidate=True, has_session=True,
                    description="x") == ["incident.bad_rule"]
    assert problems("misconduct", rule="copying", has_candidate=True, has_session=True,
                    description="抄袭") == []


def test_late_and_absent_need_only_the_candidate_and_failures_only_a_description():
    for kind in ("late", "absent"):
        assert problems(kind, rule="", has_candidate=True, has_session=True,
                        description="") == []
        assert problems(kind, rule="", has_candidate=False, has_session=True,
                        description="") == ["incident.candidate_required"]
    for kind in ("equipment", "power", "system", "illness", "other"):
        assert problems(kind, rule="", has_candidate=False, has_session=False,
                        description="停电") == []
        assert problems(kind, rule="", has_candidate=False, has_session=True,
                        description=" ") == ["incident.description_required"]
    assert problems("flood", rule="", has_candidate=False, has_session=False,
                    description="") == ["incident.bad_kind"]


def test_every_code_the_rules_return_has_a_message():
    codes = {"incident.bad_kind", "incident.rule_required", "incident.bad_rule",
             "incident.session_required", "incident.candidate_required",
             "incident.description_required"}
    assert codes <= MESSAGES.keys()


@dataclass(frozen=True)
class S:
    starts_at: datetime
    ends_at: datetime


def test_the_form_opens_on_the_session_running_now_else_the_next_else_the_last():
    morning = S(T0, T0 + timedelta(minutes=90))
    afternoon = S(T0 + timedelta(hours=5), T0 + timedelta(hours=8))
    sessions = [morning, afternoon]
    assert current_index(sessions, T0 - timedelta(days=10)) == 0
    assert current_index(sessions, T0 + timedelta(minutes=30)) == 0
    assert current_index(sessions, T0 + timedelta(hours=2)) == 1
    assert current_index(sessions, T0 + timedelta(hours=6)) == 1
    assert current_index(sessions, T0 + timedelta(days=1)) == 1
    assert current_index([], T0) is None
    assert current_index([morning, morning], T0) == 0  # a sitting: the first of its sessions
