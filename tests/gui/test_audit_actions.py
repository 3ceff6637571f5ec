"""Every audit action the core records has a name people read, in both languages."""

from __future__ import annotations

import re
from pathlib import Path

from app.services.checkin_rules import Verdict
from ui.audit_actions import ACTIONS, action_label

ROOT = Path(__file__).resolve().parents[2]
LITERAL = re.compile(r'AuditEntry\(\s*"([a-z_]+\.[a-z_]+)"')
CHOSEN = re.compile(r'"([a-z_]+\.[a-z_]+)" if \w+ else "([a-z_]+\.[a-z_]+)"')
CONSTANT = re.compile(r'= "([a-z_]+\.[a-z_]+)"  # audit action|action="([a-z_]+\.[a-z_]+)"'
                      r'|MOVED, SWAPPED = "([a-z_.]+)", "([a-z_.]+)"')


def recorded_actions() -> set[str]:
    found: set[str] = {f"checkin.{v.value}" for v in Verdict}
    for path in (ROOT / "app").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        found |= set(LITERAL.findall(text))
        for groups in (*CHOSEN.findall(text), *CONSTANT.findall(text)):
            found |= {g for g in groups if g}
    return found


def test_every_recorded_action_has_a_label(translations) -> None:
    actions = recorded_actions()
    assert len(actions) > 60
    assert sorted(actions - set(ACTIONS)) == []
    assert action_label("checkin.admitted") == "检录：准予入场"
    assert action_label("no.such_action") == "no.such_action"
