"""Paper custody (试卷保密流转) as data: the steps of a sealed packet's chain, who hands it over
at each step, how a packet's code is made, and what makes a chain suspicious.

桂职鉴字〔2021〕1号 第七条: for exams not taken on computers the body assigns people to print,
seal, keep, carry and hand over the papers under secrecy rules; 第八条: the site has a secure
paper room (保密室). Every handover is scanned by both people, so the chain
printed -> secure_room -> room -> collected -> returned names who held the packet when.

Pure functions only: the services load the handovers and call ``packet_flags``.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from app.clock import CHINA_TZ

PAPER, ANSWER_SHEET = "paper", "answer_sheet"
CONTENTS = (PAPER, ANSWER_SHEET)
CONTENT_NAMES_ZH = {PAPER: "试卷", ANSWER_SHEET: "答题卡"}

SITE_MANAGER, PROCTOR = "site_manager", "proctor"


@dataclass(frozen=True)
class CustodyStep:
    """One handover of the chain: the packet passes from ``giver`` to ``receiver``.

    ``giver_roles``/``receiver_roles`` are the staff roles expected to hand over and to take
    the packet (empty: anybody with a badge, e.g. the body's printing staff); they are shown as
    a hint at the scan and on the report, not enforced: a site may delegate.
    """

    code: str
    name_zh: str
    giver_zh: str
    receiver_zh: str
    giver_roles: frozenset[str] = frozenset()
    receiver_roles: frozenset[str] = frozenset()


STEPS: tuple[CustodyStep, ...] = (
    CustodyStep("printed", "印制封装", "印制人员", "押运/保管人员",
                receiver_roles=frozenset({SITE_MANAGER})),
    CustodyStep("secure_room", "入保密室", "押运人员", "保密室保管人员",
                receiver_roles=frozenset({SITE_MANAGER})),
    CustodyStep("room", "发放至考场", "保密室保管人员", "本考场监考员",
                giver_roles=frozenset({SITE_MANAGER}), receiver_roles=frozenset({PROCTOR})),
    CustodyStep("collected", "考后回收", "本考场监考员", "考务办公室",
                giver_roles=frozenset({PROCTOR}), receiver_roles=frozenset({SITE_MANAGER})),
    CustodyStep("returned", "交回评价机构", "考务办公室", "评价机构人员",
                giver_roles=frozenset({SITE_MANAGER})),
)
STEP_CODES: tuple[str, ...] = tuple(s.code for s in STEPS)
STEP_INDEX: dict[str, int] = {code: i for i, code in enumerate(STEP_CODES)}
STEP_BY_CODE: dict[str, CustodyStep] = {s.code: s for s in STEPS}

COLLECT_GRACE = timedelta(minutes=30)
"""How long after its session ends a packet may still be out in the room."""

# --- flags -----------------------------------------------------------------------------------
MISSING_STEP = "missing_step"  # a later step was scanned while this one never was
OUT_OF_ORDER = "out_of_order"  # this step was scanned after a later one
SEAL_BROKEN = "seal_broken"  # the receiver found the seal broken at this step
NOT_RETURNED = "not_returned"  # the step is due (session over / batch over) and not scanned
CHAIN_BREAK = "chain_break"  # the giver is not who received the packet at the step before
FLAG_CODES = (MISSING_STEP, OUT_OF_ORDER, SEAL_BROKEN, NOT_RETURNED, CHAIN_BREAK)
FLAG_NAMES_ZH = {MISSING_STEP: "缺少环节", OUT_OF_ORDER: "环节顺序颠倒",
                 SEAL_BROKEN: "密封破损", NOT_RETURNED: "未按时回收/交回",
                 CHAIN_BREAK: "交接人不连续"}


@dataclass(frozen=True)
class Handover:
    """What the flags need of one scanned handover."""

    step: str
    at: datetime
    giver_id: int | None
    receiver_id: int | None
    seal_intact: bool = True


@dataclass(frozen=True)
class Flag:
    """Something wrong with a packet's chain, at ``step``."""

    code: str
    step: str


def next_step(recorded: Sequence[str]) -> str | None:
    """The step a scan most likely records: the first one after the furthest step so far
    (``printed`` for a new packet); ``None`` when the packet is back with the body."""
    furthest = max((STEP_INDEX[s] for s in recorded if s in STEP_INDEX), default=-1)
    return STEP_CODES[furthest + 1] if furthest + 1 < len(STEP_CODES) else None


def return_due(session_ends: datetime, batch_end: date) -> dict[str, datetime]:
    """When each closing step is due: back from the room ``COLLECT_GRACE`` after the session,
    back with the body by the end of the batch's last day (China time)."""
    end_of_batch = datetime.combine(batch_end + timedelta(days=1), time.min, tzinfo=CHINA_TZ)
    return {"collected": session_ends + COLLECT_GRACE,
            "returned": max(end_of_batch, session_ends + COLLECT_GRACE)}


def packet_flags(handovers: Sequence[Handover], now: datetime,
                 due: dict[str, datetime] | None = None) -> tuple[Flag, ...]:
    """Everything wrong with a packet's chain, in step order.

    Args:
        handovers: The packet's handovers in the order they were recorded (ordered here by
            time; handovers at the same moment keep that order).
        now: The present moment, for steps that are due.
        due: Step -> when it must have been scanned (``return_due``); none when omitted.
    """
    chain = sorted(handovers, key=lambda h: h.at)  # stable: same moment, order recorded
    recorded = {h.step for h in chain}
    flags: list[Flag] = []
    furthest = max((STEP_INDEX[h.step] for h in chain if h.step in STEP_INDEX), default=-1)
    flags += [Flag(MISSING_STEP, code) for code in STEP_CODES[:max(furthest, 0)]
              if code not in recorded]
    highest = -1
    for h in chain:
        index = STEP_INDEX.get(h.step, -1)
        if index < highest:
            flags.append(Flag(OUT_OF_ORDER, h.step))
        highest = max(highest, index)
        if not h.seal_intact:
            flags.append(Flag(SEAL_BROKEN, h.step))
    by_step = {h.step: h for h in chain}
    for prev_code, code in zip(STEP_CODES, STEP_CODES[1:], strict=False):
        prev, this = by_step.get(prev_code), by_step.get(code)
        if (prev is not None and this is not None and prev.receiver_id is not None
                and this.giver_id != prev.receiver_id):
            flags.append(Flag(CHAIN_BREAK, code))
    for code, deadline in (due or {}).items():
        if code not in recorded and STEP_INDEX[code] > furthest and now > deadline:
            flags.append(Flag(NOT_RETURNED, code))
    order = {c: i for i, c in enumerate(FLAG_CODES)}
    return tuple(sorted(set(flags), key=lambda f: (STEP_INDEX.get(f.step, 0), order[f.code])))


# --- packet codes ----------------------------------------------------------------------------
CODE_MAX = 40
_UNSAFE = re.compile(r"[^0-9A-Za-z]+")


def packet_code(body_code: str, eval_date: date, batch_no: int, *, session_code: str,
                room_code: str, seq: int) -> str:
    """The code on a packet's QR label, unique forever: the batch (body, date and number: the
    plan name's parts), the session, the room and a sequence, e.g.
    ``4501001-261203-03-S00001-T001-1``. Only letters, digits and ``-`` (scanners in any
    keyboard layout type them alike); when too long the session and room part is shortened to
    a digest of itself."""
    session, room = _UNSAFE.sub("", session_code).upper(), _UNSAFE.sub("", room_code).upper()
    head = f"{_UNSAFE.sub('', body_code).upper()}-{eval_date:%y%m%d}-{batch_no:02d}"
    code = f"{head}-{session}-{room}-{seq}"
    if len(code) <= CODE_MAX:
        return code
    digest = hashlib.sha256(f"{session_code}\0{room_code}".encode()).hexdigest()[:10].upper()
    code = f"{head[:CODE_MAX - 16]}-{digest}-{seq}"
    return code[:CODE_MAX]
