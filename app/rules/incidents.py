"""考场记录 as data: the kinds of incident and the catalogue of exam-room rules a candidate can
break (违纪), with their Chinese names, and the pure choices the incident form makes.

The regulations (``../shared/seeds``) require the site to post 考场规则 and 考生须知 (national
procedure 一(三)2) without reproducing them, and leave misconduct to "the relevant rules and
procedures" (Guangxi 第十九条). The catalogue below lists the usual items of such exam-room
rules; each names the clause of the seeds it rests on where there is one (``basis``). Anything
not listed is recorded as ``other`` with a description.

What misconduct does to a result (``app.services.scoring``): the subject of the session the
misconduct was recorded in gets the status ``misconduct`` (违纪: no score), the candidate's
other subjects keep their scores, and since a candidate passes only with every subject at 60 or
more (一(五)1), the candidate fails. The registration's ``result_state`` says ``misconduct``
while one un-voided misconduct incident stands.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol


@dataclass(frozen=True)
class IncidentKind:
    """One kind of incident and what its form requires."""

    code: str
    name_zh: str
    name_en: str
    needs_candidate: bool
    needs_description: bool
    needs_rule: bool = False


KINDS: tuple[IncidentKind, ...] = (
    IncidentKind("late", "迟到", "Late arrival", True, False),
    IncidentKind("absent", "缺考", "Absent", True, False),
    IncidentKind("misconduct", "违纪", "Misconduct", True, True, needs_rule=True),
    IncidentKind("illness", "身体不适", "Illness", False, True),
    IncidentKind("equipment", "设备故障", "Equipment failure", False, True),
    IncidentKind("power", "停电", "Power failure", False, True),
    IncidentKind("system", "系统故障", "System failure", False, True),
    IncidentKind("other", "其他", "Other", False, True),
)
KIND_CODES = tuple(k.code for k in KINDS)
CONTINGENCY_KINDS = frozenset({"power", "system"})
"""Handled under the computer-based exam contingency plan (智能化考试应急预案, 一(四)5)."""


@dataclass(frozen=True)
class MisconductRule:
    """A rule of the exam room a candidate can break."""

    code: str
    name_zh: str
    name_en: str
    basis: str  # the clause of the seeds it rests on, "" for general exam-room rules


MISCONDUCT_RULES: tuple[MisconductRule, ...] = (
    MisconductRule("impersonation", "替考或冒名顶替", "Sitting the exam for someone else",
                   "须出示准考证和有效身份证件入场（一(四)3；广西第十三条）"),
    MisconductRule("forged_documents", "使用伪造、涂改的准考证或身份证件",
                   "Forged or altered ticket or ID document",
                   "须出示准考证和有效身份证件入场（一(四)3；广西第十三条）"),
    MisconductRule("prohibited_items", "携带规定以外的物品进入考场",
                   "Prohibited items brought into the room",
                   "考点设置考生禁带物品存放处（一(三)3；广西第八条）"),
    MisconductRule("reference_material", "闭卷考试中查阅资料或使用电子设备",
                   "Notes or devices used in a closed-book exam",
                   "理论考试采用闭卷方式（一(四)4）"),
    MisconductRule("copying", "抄袭他人答卷或让他人抄袭", "Copying or letting others copy", ""),
    MisconductRule("communication", "交头接耳、传递物品或互打暗号",
                   "Talking, passing things or signalling", ""),
    MisconductRule("seat_or_room", "擅自调换座位或离开考场",
                   "Changing seat or leaving without leave",
                   "考场编排（二3；广西第六条）"),
    MisconductRule("outside_time", "开考前答题或终考后继续答题",
                   "Answering before the start or after the end",
                   "张贴考试时间表（一(三)2）"),
    MisconductRule("papers_removed", "将试卷、答题卡或草稿纸带出考场",
                   "Papers, answer sheets or scrap paper taken out",
                   "试卷印制、封装、保管、交接（广西第七条）"),
    MisconductRule("disorder", "扰乱考场秩序或不服从考务人员管理",
                   "Disturbing the room or disobeying the staff", ""),
    MisconductRule("unsafe_operation", "技能操作中违反安全操作规程且不听劝阻",
                   "Unsafe operation in a practical exam despite warnings",
                   "实际操作考场的设备、工具、材料和工位（一(三)1；广西第九条）"),
    MisconductRule("equipment_damage", "故意损坏考试设备、工具、材料或考试系统",
                   "Equipment, materials or the exam system damaged on purpose",
                   "智能化考试与考场设备（一(四)5；广西第九条）"),
    MisconductRule("other", "其他违反考场规则的行为", "Other breach of the exam-room rules",
                   "张贴考场规则和考生须知（一(三)2）；广西第十九条"),
)
RULE_CODES = tuple(r.code for r in MISCONDUCT_RULES)
_KINDS = {k.code: k for k in KINDS}
_RULES = {r.code: r for r in MISCONDUCT_RULES}


def kind_of(code: str) -> IncidentKind | None:
    return _KINDS.get(code)


def rule_of(code: str) -> MisconductRule | None:
    return _RULES.get(code)


def kind_name_zh(code: str) -> str:
    kind = _KINDS.get(code)
    return kind.name_zh if kind else code


def rule_name_zh(code: str) -> str:
    rule = _RULES.get(code)
    return rule.name_zh if rule else code


def problems(kind: str, *, rule: str, has_candidate: bool, has_session: bool,
             description: str) -> list[str]:
    """What the form still lacks for ``kind``, as message codes (empty when complete)."""
    spec = _KINDS.get(kind)
    if spec is None:
        return ["incident.bad_kind"]
    out = []
    if spec.needs_rule:
        if not rule:
            out.append("incident.rule_required")
        elif rule not in _RULES:
            out.append("incident.bad_rule")
        if not has_session:
            out.append("incident.session_required")
    if spec.needs_candidate and not has_candidate:
        out.append("incident.candidate_required")
    if spec.needs_description and not description.strip():
        out.append("incident.description_required")
    return out


class _Timed(Protocol):
    @property
    def starts_at(self) -> datetime: ...

    @property
    def ends_at(self) -> datetime: ...


def current_index(sessions: Sequence[_Timed], now: datetime) -> int | None:
    """The session the form opens on: the one running now (the latest started when several
    run), else the next to start, else the last one finished; ``None`` when there is none."""
    if not sessions:
        return None
    running = [i for i, s in enumerate(sessions) if s.starts_at <= now <= s.ends_at]
    if running:
        return max(running, key=lambda i: (sessions[i].starts_at, -i))
    upcoming = [i for i, s in enumerate(sessions) if s.starts_at > now]
    if upcoming:
        return min(upcoming, key=lambda i: (sessions[i].starts_at, i))
    return max(range(len(sessions)), key=lambda i: (sessions[i].ends_at, -i))
