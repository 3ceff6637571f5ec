"""Readiness of an exam site and its rooms (考点设置、考场准备、封场), as data and pure functions.

The checklist items are the ones the regulations name (``../shared/seeds/``):

* national procedure, 一、（三）考前准备 1–4 and 一、（四）考务要求 5–6;
* Guangxi 《考务实施细则》 第八条 考点设置, 第九条 考场准备 (and its "应在认定前1工作日完成考场
  布置并封场"), 第十二条 工作布置 (考评人员检查、验收考场和场地设备, 不符合的通知负责人整改).

Site items concern the whole site (its offices, the notices posted in a prominent place, the
map and signs); room items depend on the room's kind: theory (paper), computer (smart
platform) or practical (workshop with stations).

**Sealing.** A room may be sealed only when each of its own items *and each item of its site*
is done: passed, or failed with every rectification closed. The site's items count because
the step the seal completes (``rooms_sealed``: 考场布置（张贴示意图、路标）/ 封场) includes
them: the map and signs, the posted timetable, rules and notice, and the rooms a sealed room
depends on (the secure paper room, the emergency room) are part of setting the rooms up.
Sealing after the profile's ``rooms_sealed`` due date is allowed but marked late.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from app.errors import ValidationError

ROOM_KINDS = frozenset({"theory", "computer", "practical"})
PAPER_KINDS = frozenset({"theory", "practical"})


class Scope(StrEnum):
    """Whether an item is checked once for the site or once per room."""

    SITE = "site"
    ROOM = "room"


class CheckState(StrEnum):
    """The latest verdict of an item (``readiness_check.state``)."""

    OPEN = "open"
    PASSED = "passed"
    FAILED = "failed"


@dataclass(frozen=True)
class ReadinessItem:
    """One checklist item.

    Attributes:
        code: Stable code, stored in ``readiness_check.item``.
        name_zh: The item as the regulations name it (shown on paper and in the CLI).
        label_en: English label (the GUI translates it: ``ui.screens.readiness.labels``).
        scope: Site or room.
        kinds: For a room item, the room kinds it applies to; for a site item, the room kinds
            of which the batch must have at least one for the item to apply.
        source: Where the regulations name it.
    """

    code: str
    name_zh: str
    label_en: str
    scope: Scope
    kinds: frozenset[str]
    source: str

    def applies_to_room(self, kind: str) -> bool:
        return self.scope is Scope.ROOM and kind in self.kinds


_ALL = ROOM_KINDS
_S, _R = Scope.SITE, Scope.ROOM

CATALOGUE: tuple[ReadinessItem, ...] = (
    # 考点设置: national 一（三）3, Guangxi 第八条
    ReadinessItem("exam_office", "考务办公室", "Exam office", _S, _ALL, "国家（三）3；广西第八条"),
    ReadinessItem("emergency_room", "应急考场", "Emergency exam room", _S, _ALL,
                  "国家（三）3；广西第八条"),
    ReadinessItem("secure_paper_room", "保密室", "Secure paper room", _S, _ALL,
                  "国家（三）3；广西第八条"),
    ReadinessItem("medical_room", "医务室", "Medical room", _S, _ALL, "国家（三）3；广西第八条"),
    ReadinessItem("prohibited_storage", "考生禁带物品存放处", "Storage for prohibited items", _S,
                  _ALL, "国家（三）3；广西第八条"),
    ReadinessItem("badges_and_supplies", "工作人员证卡、纸张文具、监考设备",
                  "Staff badges, paper, stationery and proctoring equipment", _S, _ALL,
                  "国家（三）3；广西第八条"),
    # national 一（三）2: posted in a prominent place; the map and signs the day before
    ReadinessItem("notices_posted", "张贴考试时间表、考场规则和考生须知",
                  "Timetable, exam rules and candidate notice posted", _S, _ALL, "国家（三）2"),
    ReadinessItem("map_and_signs", "张贴考场分布示意图和路标（考前一天）",
                  "Room map and signs posted (the day before)", _S, _ALL, "国家（三）2"),
    # national 一（四）5: smart-platform exams need a contingency plan told to candidates
    ReadinessItem("contingency_plan", "智能化考试应急预案（停电、系统故障）已告知考生",
                  "Computer-exam contingency plan (power, system failure) told to candidates",
                  _S, frozenset({"computer"}), "国家（四）5"),
    # 考场准备: national 一（三）1, Guangxi 第九条
    ReadinessItem("exam_schedule", "考试时间安排", "Exam times arranged", _R,
                  frozenset({"theory", "computer"}), "国家（三）1；广西第九条"),
    ReadinessItem("room_layout", "考场布置（座位号、考场号标识）",
                  "Room set up (seat numbers, room sign)", _R, frozenset({"theory", "computer"}),
                  "国家（三）1；广西第九条"),
    ReadinessItem("network_power", "机考网络环境和电源保障", "Network and power for computer exams",
                  _R, frozenset({"computer"}), "国家（三）1；广西第九条"),
    ReadinessItem("equipment", "考核设备", "Assessment equipment", _R, frozenset({"practical"}),
                  "国家（三）1；广西第九条"),
    ReadinessItem("tools_materials", "工具、材料", "Tools and materials", _R,
                  frozenset({"practical"}), "国家（三）1；广西第九条"),
    ReadinessItem("stations", "场地、工位设置", "Venue and stations set up", _R,
                  frozenset({"practical"}), "国家（三）1；广西第九条"),
    # national 一（四）6: electronic monitoring throughout the exam
    ReadinessItem("video_monitoring", "全程电子监控", "Video monitoring working", _R, _ALL,
                  "国家（四）6"),
)
"""Every item, site items first, in the order they are shown."""

BY_CODE: dict[str, ReadinessItem] = {i.code: i for i in CATALOGUE}


def get_item(code: str) -> ReadinessItem:
    """The catalogue item with this code.

    Raises:
        ValidationError: ``readiness.unknown_item`` (params: item).
    """
    found = BY_CODE.get(code)
    if found is None:
        raise ValidationError("readiness.unknown_item", item=code)
    return found


def site_items(room_kinds: Iterable[str]) -> tuple[ReadinessItem, ...]:
    """The site items that apply when the site's batch rooms are of ``room_kinds``."""
    kinds = frozenset(room_kinds)
    return tuple(i for i in CATALOGUE if i.scope is Scope.SITE and i.kinds & kinds)


def room_items(kind: str) -> tuple[ReadinessItem, ...]:
    """The items of one room of ``kind`` (``theory``, ``computer`` or ``practical``)."""
    return tuple(i for i in CATALOGUE if i.applies_to_room(kind))


@dataclass(frozen=True)
class ItemStatus:
    """What the seal rule needs to know of one item."""

    state: CheckState = CheckState.OPEN
    rectifications: int = 0
    open_rectifications: int = 0

    @property
    def done(self) -> bool:
        """Passed, or failed with every (at least one) rectification closed."""
        if self.state is CheckState.PASSED:
            return self.open_rectifications == 0
        if self.state is CheckState.FAILED:
            return self.rectifications > 0 and self.open_rectifications == 0
        return False


def blocking_items(items: Sequence[ReadinessItem],
                   statuses: Mapping[str, ItemStatus]) -> tuple[ReadinessItem, ...]:
    """The items that keep a room from being sealed (an item never checked is open)."""
    return tuple(i for i in items if not statuses.get(i.code, ItemStatus()).done)


def is_late(sealed_on: date, due: date | None) -> bool:
    """Whether a seal on ``sealed_on`` (China date) is later than the due date.

    An unknown due date (a year the working-day calendar does not know) is never guessed:
    the seal is not marked late, and the audit records that the due date was unknown.
    """
    return due is not None and sealed_on > due
