"""Who may do what: the role/permission matrix, as data.

Every service checks its action here itself (``app.services.access.require``) before it reads
or changes anything, so hiding a button in a screen is never the only fence. The documented
table (docs/permissions.md) is generated from ``PERMISSIONS`` and a test keeps them equal.

``system`` is the actor of the command line on a plain development database, of the demo
builder and of package imports: it may do everything and is never a person's account.
"""

from __future__ import annotations

from collections.abc import Iterable

from app.rules.staffing import (
    CHIEF_EXAMINER,
    EXAMINER,
    EXPERT,
    PROCTOR,
    ROLES,
    SUPERVISOR,
)

SITE_MANAGER = "site_manager"
CHECKIN_CLERK = "checkin_clerk"
TECHNICIAN = "technician"
SCORE_CLERK = "score_clerk"
REVIEWER = "reviewer"
BODY_ADMIN = "body_admin"
SYSTEM = "system"

ACCOUNT_ROLES: tuple[str, ...] = (*ROLES, BODY_ADMIN)
"""Every role an account can hold, in the order of the documented table."""

_BODY_AND_SITE = frozenset({SITE_MANAGER, BODY_ADMIN})

PERMISSIONS: dict[str, frozenset[str]] = {
    # registration and tickets
    "candidates.import": _BODY_AND_SITE,
    "tickets.issue": _BODY_AND_SITE,
    "tickets.revoke": _BODY_AND_SITE,
    "timeline.mark_done": _BODY_AND_SITE,
    # rooms, seating, staffing
    "rooms.edit": frozenset({SITE_MANAGER, TECHNICIAN, BODY_ADMIN}),
    "seating.draw": _BODY_AND_SITE,
    "seating.move": frozenset({SITE_MANAGER, PROCTOR}),
    "staffing.assign": _BODY_AND_SITE,
    # exam day
    "checkin.scan": frozenset({SITE_MANAGER, CHECKIN_CLERK, PROCTOR}),
    "checkin.reverse": frozenset({SITE_MANAGER, CHECKIN_CLERK}),
    "checkin.mark_absent": frozenset({SITE_MANAGER, CHECKIN_CLERK, PROCTOR}),
    "supervision.note": frozenset({SUPERVISOR}),
    # site operations log: readiness, staff meeting, incidents, supervision, custody, changes
    "readiness.check": frozenset({SITE_MANAGER, TECHNICIAN, PROCTOR, CHIEF_EXAMINER}),
    "readiness.seal": frozenset({SITE_MANAGER}),
    "meeting.record": frozenset({SITE_MANAGER}),
    "incidents.record": frozenset({SITE_MANAGER, CHECKIN_CLERK, PROCTOR, EXAMINER,
                                   CHIEF_EXAMINER, EXPERT, TECHNICIAN}),
    "incidents.void": frozenset({SITE_MANAGER}),
    "supervision.visit": frozenset({SITE_MANAGER, SUPERVISOR}),
    "custody.register": frozenset({SITE_MANAGER, BODY_ADMIN}),
    "custody.scan": frozenset({SITE_MANAGER, PROCTOR, BODY_ADMIN}),
    "changes.request": _BODY_AND_SITE,
    "changes.decide": _BODY_AND_SITE,
    # the certification body's console: eligibility, publicity, certificates
    "eligibility.conditions": frozenset({BODY_ADMIN}),
    "eligibility.review": frozenset({BODY_ADMIN}),
    "publicity.publish": frozenset({BODY_ADMIN}),
    "publicity.objection": frozenset({BODY_ADMIN}),
    "certificates.issue": frozenset({BODY_ADMIN}),
    "plan.create": frozenset({BODY_ADMIN}),
    # scoring
    "rubrics.edit": frozenset({SITE_MANAGER, CHIEF_EXAMINER, BODY_ADMIN}),
    "marks.enter": frozenset({EXAMINER, CHIEF_EXAMINER, EXPERT}),
    "marks.unlock": frozenset({SITE_MANAGER, CHIEF_EXAMINER}),
    "theory.import": frozenset({SITE_MANAGER, SCORE_CLERK}),
    "theory.enter": frozenset({SCORE_CLERK}),
    "theory.resolve": frozenset({SITE_MANAGER, SCORE_CLERK, REVIEWER}),
    "scoring.resolve_flag": frozenset({CHIEF_EXAMINER}),
    "scoring.verify": frozenset({SCORE_CLERK, REVIEWER}),
    "scoring.lock": frozenset({SITE_MANAGER}),
    # records, accounts, archive and packages
    "audit.view": frozenset({SITE_MANAGER, SUPERVISOR, BODY_ADMIN}),
    "users.manage": _BODY_AND_SITE,
    "archive.export": _BODY_AND_SITE,
    "archive.purge": frozenset({SITE_MANAGER}),
    "keys.manage": frozenset({SITE_MANAGER, TECHNICIAN, BODY_ADMIN}),
    "transfer.export_site": frozenset({BODY_ADMIN}),
    "transfer.export_results": frozenset({SITE_MANAGER}),
    "transfer.export_station": frozenset({SITE_MANAGER, TECHNICIAN, CHECKIN_CLERK, SCORE_CLERK,
                                          EXAMINER, CHIEF_EXAMINER, EXPERT}),
    "transfer.import": frozenset({SITE_MANAGER, TECHNICIAN, BODY_ADMIN}),
}
"""Action -> the account roles allowed to perform it."""

ACTION_NAMES_ZH: dict[str, str] = {
    "candidates.import": "导入报名数据", "tickets.issue": "签发准考证",
    "tickets.revoke": "作废/补办准考证", "timeline.mark_done": "登记时间节点完成",
    "rooms.edit": "编辑考点、考场与场次", "seating.draw": "编排座位", "seating.move": "调换座位",
    "staffing.assign": "安排考务人员", "checkin.scan": "检录扫码",
    "checkin.reverse": "拒绝入场/撤销检录",
    "checkin.mark_absent": "登记缺考", "supervision.note": "记录督导情况",
    "readiness.check": "检查考点考场准备", "readiness.seal": "考场封场",
    "meeting.record": "记录考前工作会", "incidents.record": "填写考场记录",
    "incidents.void": "作废考场记录", "supervision.visit": "登记外部督导",
    "custody.register": "登记试卷袋", "custody.scan": "试卷交接扫码",
    "changes.request": "提出考务变更", "changes.decide": "登记变更审批与执行",
    "eligibility.conditions": "编辑申报条件", "eligibility.review": "审核报名（申报条件）",
    "publicity.publish": "发布公示", "publicity.objection": "登记与处理公示异议",
    "certificates.issue": "生成证书数据",
    "plan.create": "制定认定计划",
    "rubrics.edit": "编辑评分表", "marks.enter": "评分登分", "marks.unlock": "退回已提交评分",
    "theory.import": "导入机考成绩", "theory.enter": "理论成绩双人录入",
    "theory.resolve": "裁定录入不一致", "scoring.resolve_flag": "裁定超差成绩",
    "scoring.verify": "核分/复核", "scoring.lock": "锁定成绩", "audit.view": "查看与校验审计记录",
    "users.manage": "管理用户账号", "archive.export": "导出批次归档",
    "archive.purge": "销毁批次数据",
    "keys.manage": "管理密钥与信任", "transfer.export_site": "导出考点数据包",
    "transfer.export_results": "导出成绩数据包", "transfer.export_station": "导出工作站数据包",
    "transfer.import": "导入数据包",
}
"""The action's name in the documented table."""


def allowed(roles: Iterable[str], action: str) -> bool:
    """Whether someone holding ``roles`` may perform ``action`` (an unknown action: nobody)."""
    held = frozenset(roles)
    if SYSTEM in held:
        return action in PERMISSIONS
    return bool(held & PERMISSIONS.get(action, frozenset()))


def matrix_rows() -> list[tuple[str, tuple[bool, ...]]]:
    """The documented table: one row per action, one column per role of ``ACCOUNT_ROLES``."""
    return [(action, tuple(role in roles for role in ACCOUNT_ROLES))
            for action, roles in PERMISSIONS.items()]
