"""The body's whole cycle through the real services, each step's document read back (issue 8).

plan → announcement PDF → 500 applications imported → eligibility review with refusals →
rooms, sessions, seats, tickets, staff → site package → (the site day, ``tests.body_cycle_day``)
→ results package → results publicity → certificates. ``run_cycle`` takes the body and the site
laptop as ``App``s (both empty, the body possibly on another database engine), so the same
cycle runs wherever the body keeps its data; it asserts as it goes and returns a summary.

The calendar of the cycle (Guangxi profile, working days): the plan is made and announced on
Mon 2026-11-23, registration runs to Wed 12-02, applications are imported on 11-30 and reviewed
on 12-01, rooms are arranged and seats drawn on 12-03, the site package leaves on 12-04, the
exam is on Thu 12-17 (theory, 电工 practical) and Fri 12-18 (焊工 and 中式烹调师 practical,
the 技师 review), the results publicity runs 12-21..12-25 and certificates are issued on 12-28.

Steps 1–4 are here, 5–6 in ``tests.body_cycle_arrange``, 7–10 in ``tests.body_cycle_day``.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from time import perf_counter
from typing import Any

from openpyxl import load_workbook
from sqlalchemy import func, select

from app.bootstrap import App
from app.clock import CHINA_TZ, FixedClock
from app.model import AuditEvent, Occupation, Registration, Subject
from app.rules.batch_plan import PlanDraft, PlanOffering, PlanSite
from app.services import keys
from app.services.announcement import print_announcement
from app.services.eligibility import decide
from app.services.eligibility_import import export_refused
from app.services.eligibility_queries import application_rows
from app.services.plan import create_plan
from app.services.registration import import_candidates
from app.uow import Actor
from tests.data_builders import PHOTO_FOLDER, Row, make_rows, write_photo_folder, write_workbook

ADMIN = Actor("jg-admin", "评价机构考务员", frozenset({"body_admin"}))
REVIEWER = Actor("jg-shenhe", "评价机构审核员", frozenset({"body_admin"}))
BODY_CODE, BODY_NAME = "4501002", "南宁市职业技能鉴定中心"
SITE_CODE, SITE_NAME = "450103-02", "南宁市第二职业技术学校考点"
SITE_ADDRESS = "南宁市西乡塘区大学东路100号"
COMPLAINTS = "投诉监督电话0771-5558899，电子邮箱jiandu@nnjd.example.cn"
EXAM, EXAM_END = date(2026, 12, 17), date(2026, 12, 18)
APPLICATIONS = 500
OFFERINGS = (  # (code, name, level, fee)
    ("6-31-01-03", "电工", 4, "180"), ("6-31-01-03", "电工", 2, "420"),
    ("6-18-02-04", "焊工", 5, "150"), ("6-18-02-04", "焊工", 4, "200"),
    ("4-03-02-01", "中式烹调师", 4, "190.50"))
# How applications are spread over the offerings (as written in the sheet: name or code, and
# the level in the ways people write it); 电工 技师 is one in ten.
SHEET_OFFERED = (("电工", "四级/中级工"), ("焊工", "五级"), ("6-18-02-04", "四级"),
                 ("中式烹调师", "4"), ("电工", "四级"), ("焊工", "五级/初级工"),
                 ("焊工", "四级"), ("中式烹调师", "四级"), ("电工", "二级/技师"), ("电工", "4"))


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=CHINA_TZ)


def set_time(app: App, moment: datetime) -> None:
    """Move one laptop's (or the body's) clock: each keeps its own, as real machines do."""
    app.clock = FixedClock(moment)


def pdf_text(path: Path, first: int | None = None, last: int | None = None) -> str:
    pages = [*(["-f", str(first)] if first else []), *(["-l", str(last)] if last else [])]
    return subprocess.run(["pdftotext", "-enc", "UTF-8", *pages, str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def flat(text: str) -> str:
    """PDF text without the spaces and line breaks a layout puts between characters."""
    return "".join(text.split())


def actions(app: App, action: str) -> list[dict[str, Any]]:
    with app.uow().read() as s:
        return [dict(x) for x in s.scalars(select(AuditEvent.summary).where(
            AuditEvent.action == action).order_by(AuditEvent.id))]


@dataclass
class Cycle:
    """What the steps hand on to each other."""

    body: App
    site: App
    folder: Path
    batch_id: int = 0
    plan_name: str = ""
    rows: list[Row] = field(default_factory=list)
    refused: set[int] = field(default_factory=set)  # registration ids
    admitted: set[int] = field(default_factory=set)
    absent: set[int] = field(default_factory=set)  # stayed away on the exam day
    passed: set[int] = field(default_factory=set)
    certificates: int = 0
    subjects: dict[tuple[str, int, str], int] = field(default_factory=dict)
    rooms: dict[str, int] = field(default_factory=dict)  # room code -> id
    times: dict[str, float] = field(default_factory=dict)  # step -> seconds

    def file(self, name: str) -> Path:
        self.folder.mkdir(parents=True, exist_ok=True)
        return self.folder / name


# -- 1. the two databases and their keys ------------------------------------------------------
def introduce(c: Cycle) -> None:
    """Keys made and trusted both ways (fingerprints read out, as ``tests.transfer_world``)."""
    keys.own_identity(c.body.uow(), kind="body", name=BODY_NAME)
    keys.own_identity(c.site.uow(), kind="site", name="南宁二职考点主机")
    for a, b in ((c.body, c.site), (c.site, c.body)):
        request = keys.export_request(b.uow())
        keys.enrol_request(a.uow(), request, keys.read_public(request).fingerprint)


# -- 2. the plan and its announcement ---------------------------------------------------------
def draft() -> PlanDraft:
    return PlanDraft(
        body_code=BODY_CODE, body_name=BODY_NAME, batch_no=1, eval_date=EXAM, end_date=EXAM_END,
        rule_profile="guangxi",
        offerings=tuple(PlanOffering(code, name, level, Decimal(fee))
                        for code, name, level, fee in OFFERINGS),
        registration_opens=date(2026, 11, 23), registration_closes=date(2026, 12, 2),
        announce_on=date(2026, 11, 23), sites=(PlanSite(SITE_NAME, SITE_ADDRESS),),
        contact_person="李老师", contact_phone="0771-5551234", complaints=COMPLAINTS,
        registration_way="携身份证原件及复印件到本中心一楼报名窗口现场报名",
        fee_basis="桂价费〔2018〕12号")


def plan_and_announce(c: Cycle) -> None:
    set_time(c.body, at(date(2026, 11, 23), 9))
    made = create_plan(c.body.uow(ADMIN), draft(), c.body.calendar)
    assert made.flags == ()  # on time under the Guangxi profile: no override needed
    c.batch_id, c.plan_name = made.batch_id, made.plan_name
    assert c.plan_name == f"2026-12-17{BODY_NAME}第1批"
    assert not actions(c.body, "gate.overridden")
    with c.body.uow().read() as s:
        c.subjects = {(code, level, kind): sid for sid, code, level, kind in s.execute(
            select(Subject.id, Occupation.code, Subject.level, Subject.kind)
            .join(Occupation, Occupation.id == Subject.occupation_id))}
    assert c.subjects[("6-31-01-03", 2, "review")]  # the 技师 level has its review
    assert len(c.subjects) == 11
    out = print_announcement(c.body.uow(ADMIN), c.batch_id, c.file("公告.pdf"))
    text = flat(pdf_text(out))
    for needle in (f"{BODY_NAME}关于开展2026年第1批职业技能等级认定工作的公告", "电工", "焊工",
                   "中式烹调师", "二级/技师", "五级/初级工", "综合评审",
                   "累计从事本职业或相关职业工作1年（含）以上", "2026年12月17日", "190.50",
                   "2026年12月2日", SITE_NAME, SITE_ADDRESS, flat(COMPLAINTS), "0771-5551234"):
        assert needle in text, needle
    assert actions(c.body, "plan.announcement_printed")[0]["file"] == "公告.pdf"


# -- 3. the applications ----------------------------------------------------------------------
PASSING = {5: {"work_years": "2", "training_done": "是"},
           4: {"prior_level": "五级", "prior_cert_on": "2020-06-30", "work_years": "5"},
           2: {"prior_level": "三级", "prior_cert_on": "2021-07-01", "work_years": "6"}}
FAILING = {5: {"work_years": "0.5", "training_done": "否"},
           4: {"work_years": "2"},
           2: {"prior_level": "四级", "prior_cert_on": "2022-01-10", "work_years": "3"}}
LEVELS = {"二级/技师": 2, "五级": 5, "五级/初级工": 5, "四级": 4, "四级/中级工": 4, "4": 4}
OCCUPATION_NAMES = {"6-18-02-04": "焊工"}


def declared(i: int) -> str:
    """What application ``i`` declares: facts that fail the national conditions (one in
    eleven), nothing (one in seven: the reviewer decides), else facts that qualify."""
    return "failing" if i % 11 == 3 else "none" if i % 7 == 5 else "passing"


def application_rows_of_sheet() -> list[Row]:
    rows = make_rows(APPLICATIONS, seed=2026, offered=SHEET_OFFERED)
    for i, row in enumerate(rows):
        kind = declared(i)
        if kind == "none":
            continue
        level = LEVELS[row["level"]]
        facts = (PASSING if kind == "passing" else FAILING)[level]
        row.update(facts)
        if "prior_level" in facts:
            row["prior_occupation"] = OCCUPATION_NAMES.get(row["occupation"], row["occupation"])
    return rows


def import_applications(c: Cycle) -> None:
    set_time(c.body, at(date(2026, 11, 30), 10))
    c.rows = application_rows_of_sheet()
    write_photo_folder(c.file("报名") / PHOTO_FOLDER, c.rows, seed=5)
    book = write_workbook(c.file("报名") / "报名表.xlsx", c.rows)
    report = import_candidates(c.body.uow(ADMIN), c.batch_id, book)
    assert report.applied and report.imported == APPLICATIONS, report.problems[:3]
    states = registration_states(c)
    expected = {"eligible": sum(declared(i) == "passing" for i in range(APPLICATIONS)),
                "ineligible": sum(declared(i) == "failing" for i in range(APPLICATIONS)),
                "pending": sum(declared(i) == "none" for i in range(APPLICATIONS))}
    assert states == expected, (states, expected)


def registration_states(c: Cycle) -> dict[str, int]:
    with c.body.uow().read() as s:
        return dict(s.execute(select(Registration.eligibility, func.count()).where(
            Registration.batch_id == c.batch_id).group_by(Registration.eligibility)).all())


# -- 4. the eligibility review ----------------------------------------------------------------
def review(c: Cycle) -> None:
    set_time(c.body, at(date(2026, 12, 1), 9))
    uow = c.body.uow(REVIEWER)
    bad = application_rows(uow, c.batch_id, ["ineligible"])
    assert bad and all(r.reasons for r in bad)
    note = "经审核不符合国家职业技能标准申报条件，不予受理"
    assert decide(uow, [r.registration_id for r in bad], "refused", note) == len(bad)
    rest = application_rows(uow, c.batch_id, ["eligible", "pending"])
    assert decide(uow, [r.registration_id for r in rest], "accepted", "材料齐全") == len(rest)
    assert registration_states(c) == {"refused": len(bad), "accepted": len(rest)}
    c.refused = {r.registration_id for r in bad}
    c.admitted = {r.registration_id for r in rest}
    out = c.file("不予受理名单.xlsx")
    assert export_refused(uow, c.batch_id, out) == len(bad)
    ws = load_workbook(out).worksheets[0]
    assert "不予受理申报人员名单" in str(ws.cell(1, 1).value)
    assert [x.value for x in ws[2]][:6] == ["序号", "姓名", "证件号码", "职业（工种）", "等级",
                                           "不符合申报条件的原因"]
    listed = [(ws.cell(r, 2).value, ws.cell(r, 3).value, ws.cell(r, 6).value,
               ws.cell(r, 7).value) for r in range(3, 3 + len(bad))]
    assert {(name, number) for name, number, _why, _note in listed} == {
        (r.name, r.id_number) for r in bad}
    assert all(why and n == note for _name, _number, why, n in listed)
    assert ws.cell(3 + len(bad), 2).value in (None, "")  # nobody else on the list


def key_id(app: App) -> str:
    return keys.own_identity(app.uow()).key_id


def count(app: App, model: type) -> int:
    with app.uow().read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


# -- the whole cycle --------------------------------------------------------------------------
@dataclass(frozen=True)
class CycleSummary:
    batch_id: int
    applications: int
    refused: int
    admitted: int
    passed: int
    certificates: int
    seconds: dict[str, float]


def run_cycle(body: App, site: App, folder: Path) -> CycleSummary:
    """plan → … → certificate export on two empty databases; asserts every step's result and
    document (written into ``folder``). ``body`` may be on any database the body runs on;
    ``site`` is a site laptop's. Returns the figures and each step's seconds."""
    from tests.body_cycle_arrange import (
        arrange_staff_and_rubrics,
        draw_seats_and_issue_tickets,
        make_rooms,
        seats_wait_for_the_review,
        send_site_package,
    )
    from tests.body_cycle_day import bring_results_back, certify, publicize_results, site_day

    c = Cycle(body, site, folder)
    steps = (("keys", introduce), ("plan", plan_and_announce), ("import", import_applications),
             ("rooms", make_rooms), ("review", seats_wait_for_the_review),
             ("seats", draw_seats_and_issue_tickets), ("staff", arrange_staff_and_rubrics),
             ("site package", send_site_package), ("site day", site_day),
             ("results package", bring_results_back), ("publicity", publicize_results),
             ("certificates", certify))
    for name, step in steps:
        started = perf_counter()
        step(c)
        c.times[name] = round(perf_counter() - started, 2)
    return CycleSummary(c.batch_id, APPLICATIONS, len(c.refused), len(c.admitted), len(c.passed),
                        c.certificates, dict(c.times))
