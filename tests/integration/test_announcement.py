"""公告 of a batch plan: a plan made in the wizard's service on a real database, printed to a
real PDF and read back with pdftotext; a batch without a plan is refused; a big plan's table
spans pages with its header repeated."""

from __future__ import annotations

import dataclasses
import re
import subprocess
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from app.bootstrap import App
from app.errors import NotFoundError, PermissionDenied
from app.model import AuditEvent, Batch, CertBody
from app.reports.announcement_pdf import cn_number, span_text
from app.rules.batch_plan import PlanDraft, PlanOffering, PlanSite
from app.rules.eligibility import Condition
from app.rules.levels import Level, level_label_zh
from app.services.announcement import announcement_data, print_announcement
from app.services.eligibility import choose_condition_set, replace_conditions
from app.services.eligibility_queries import batch_conditions
from app.services.plan import create_plan
from app.uow import Actor
from tests.conftest import NOW


@pytest.fixture
def empty_app(body_empty_app: App) -> App:
    """The body's tests run on a SQLite file and on PostgreSQL (tests/conftest.py)."""
    return body_empty_app

ADMIN = Actor("body-admin", "评价机构管理员", frozenset({"body_admin"}))
CLERK = Actor("clerk", "检录员", frozenset({"checkin_clerk"}))
BODY = "南宁市红星职业培训学校"
EXAM = date(2027, 1, 16)  # the national profile counts calendar days: 2027 needs no schedule


def draft(offerings: tuple[PlanOffering, ...], **changes: object) -> PlanDraft:
    base = PlanDraft(
        body_code="NN0301", body_name=BODY, batch_no=3, eval_date=EXAM,
        end_date=date(2027, 1, 17), rule_profile="national", offerings=offerings,
        registration_opens=date(2026, 11, 25), registration_closes=date(2026, 12, 31),
        announce_on=date(2026, 11, 24),
        sites=(PlanSite("红星职业培训学校考点", "南宁市青秀区民族大道100号"),
               PlanSite("南宁市第二实训基地", "南宁市西乡塘区大学东路88号")),
        contact_person="李老师", contact_phone="0771-5551234",
        complaints="南宁市人力资源和社会保障局职业能力建设科，电话0771-5559876",
        registration_way="现场报名：工作日到本校教务处提交报名材料；网上报名：登录本校官网报名系统",
        fee_basis="桂价费〔2018〕12号")
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


SMALL = (
    PlanOffering("6-31-01-03", "电工", 4, Decimal("180")),
    PlanOffering("6-31-01-03", "电工", 3, Decimal("220")),
    PlanOffering("6-18-02-04", "焊工", 2, Decimal("350.50"),
                 (("practical", "焊接实操考核（现场施焊）"), ("review", "技术总结答辩"))),
    PlanOffering("4-10-01-02", "育婴员", 5, Decimal("0"), (("theory", "机考"),)),
    PlanOffering("4-07-05-01", "营销员", 4, Decimal("180")),
)


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", "-layout", str(path), "-"],
                          check=True, capture_output=True, text=True).stdout


def flat(text: str) -> str:
    """Without spaces and line breaks: a wrapped paragraph reads as one string."""
    return re.sub(r"\s+", "", text)


def test_the_announcement_prints_what_the_regulations_require(empty_app: App, tmp_path: Path):
    uow = empty_app.uow(ADMIN)
    made = create_plan(uow, draft(SMALL), empty_app.calendar)
    out = print_announcement(uow, made.batch_id, tmp_path / "公告.pdf")

    text = pdf_text(out)
    whole = flat(text)
    assert f"{BODY}关于开展2027年第3批职业技能等级认定工作的公告" in whole
    assert made.plan_name in whole
    for heading in ("一、认定职业（工种）、等级及评价方式", "二、申报条件", "三、报名时间及方式",
                    "四、认定时间及地点", "五、收费标准", "六、联系方式", "七、投诉监督"):
        assert heading in whole
    # the table: every occupation and level with its methods and fee
    for code, name in (("6-31-01-03", "电工"), ("6-18-02-04", "焊工"), ("4-10-01-02", "育婴员"),
                       ("4-07-05-01", "营销员")):
        assert code in text and name in text
    for level in ("四级/中级工", "三级/高级工", "二级/技师", "五级/初级工"):
        assert level in text
    assert "理论知识考试（闭卷笔试）" in whole and "理论知识：机考" in whole
    assert "焊接实操考核（现场施焊）" in whole and "综合评审：技术总结答辩" in whole
    # 申报条件 of the chosen (national) set, per occupation and level
    assert "（一）电工（职业编码：6-31-01-03）" in whole
    assert "1.四级/中级工（具备以下条件之一者）：" in whole
    assert ("（1）取得本职业或相关职业五级/初级工证书，累计从事本职业或相关职业工作4年（含）以上。"
            in whole)
    assert "（3）技工学校或中等及以上职业学校本专业在校应届毕业生。" in whole
    assert "预备技师（技师）班" in whole  # 焊工 level 2
    # 营销员 has no built-in standard
    assert "四级/中级工：按相应职业（工种）《国家职业技能标准》规定的申报条件执行。" in whole
    # dates, way, sites, fees, contacts, complaints, signature
    assert "报名时间：2026年11月25日至2026年12月31日" in whole
    assert "网上报名：登录本校官网报名系统" in whole
    assert "认定时间：2027年1月16日至17日" in whole
    assert "红星职业培训学校考点（地址：南宁市青秀区民族大道100号）" in whole
    assert "南宁市第二实训基地（地址：南宁市西乡塘区大学东路88号）" in whole
    assert "收费依据：桂价费〔2018〕12号。" in whole
    assert "电工四级/中级工、营销员四级/中级工：每人180元。" in whole
    assert "焊工二级/技师：每人350.50元。" in whole
    assert "育婴员五级/初级工：免收认定费用。" in whole
    assert "联系人：李老师，联系电话：0771-5551234。" in whole
    assert "0771-5559876" in whole
    assert whole.endswith(f"{BODY}2026年11月24日第{len(PdfReader(out).pages)}页共"
                          f"{len(PdfReader(out).pages)}页")
    assert "第1页共" in whole

    with empty_app.db.read() as s:
        event = s.scalars(select(AuditEvent).where(
            AuditEvent.action == "plan.announcement_printed")).one()
        assert (event.object_type, event.object_id) == ("batch", str(made.batch_id))
        assert event.summary["file"] == "公告.pdf"
        assert event.actor == "body-admin"


def test_the_announcement_data_follows_the_plan(empty_app: App):
    uow = empty_app.uow(ADMIN)
    made = create_plan(uow, draft(SMALL), empty_app.calendar)
    a = announcement_data(uow, made.batch_id)
    assert [(o.occupation_name, o.level, o.fee) for o in a.offerings] == [
        ("电工", 4, "180"), ("电工", 3, "220"), ("焊工", 2, "350.50"), ("育婴员", 5, "0"),
        ("营销员", 4, "180")]
    assert a.offerings[2].methods == (("理论知识", "理论知识考试（闭卷笔试）"),
                                      ("技能操作", "焊接实操考核（现场施焊）"),
                                      ("综合评审", "技术总结答辩"))
    routes = {(c.occupation_code, c.level): c.routes for c in a.conditions}
    assert len(routes[("6-31-01-03", 4)]) == 3
    assert routes[("6-31-01-03", 4)][0] == ("取得本职业或相关职业五级/初级工证书",
                                            "累计从事本职业或相关职业工作4年（含）以上")
    assert routes[("4-07-05-01", 4)] == ()  # no built-in standard
    assert [s.name for s in a.sites] == ["红星职业培训学校考点", "南宁市第二实训基地"]


def test_a_batch_without_a_wizard_plan_is_refused(empty_app: App, tmp_path: Path):
    uow = empty_app.uow(ADMIN)
    with empty_app.db.write() as s:  # a batch that came in a package: no plan to announce
        body = CertBody(code="NN0301", name=BODY, contact="")
        s.add(body)
        s.flush()
        batch = Batch(body_id=body.id, batch_no=1, eval_date=EXAM, end_date=EXAM,
                      plan_name=f"2027-01-16{BODY}第1批", rule_profile="national",
                      created_at=NOW)
        s.add(batch)
        s.flush()
        batch_id = batch.id
    out = tmp_path / "公告.pdf"
    with pytest.raises(NotFoundError) as refused:
        print_announcement(uow, batch_id, out)
    assert refused.value.code == "plan.not_found"
    choose_condition_set(uow, batch_id, "enterprise:红星电力")  # a plan holding only a set
    with pytest.raises(NotFoundError) as still:
        announcement_data(uow, batch_id)
    assert still.value.code == "plan.not_found"
    with pytest.raises(NotFoundError) as missing:
        announcement_data(uow, 99)
    assert missing.value.code == "batch.not_found"
    assert not out.exists()
    with empty_app.db.read() as s:
        assert s.scalar(select(AuditEvent.id).where(
            AuditEvent.action == "plan.announcement_printed")) is None


def test_an_enterprise_standard_prints_its_own_conditions(empty_app: App, tmp_path: Path):
    uow = empty_app.uow(ADMIN)
    made = create_plan(uow, draft(SMALL[:2], condition_set="enterprise:红星电力"),
                       empty_app.calendar)
    electrician = next(g for g in batch_conditions(uow, made.batch_id) if g.level == 4)
    replace_conditions(uow, "enterprise:红星电力", electrician.occupation_id, 4, [
        Condition(1, "work_years", {"years": 3}, "在本企业从事电工工作3年（含）以上"),
        Condition(1, "min_age", {"years": 18}),  # no wording: printed from its parameters
        Condition(2, "education", {"min": "大专"})])
    a = announcement_data(uow, made.batch_id)
    assert a.conditions[0].routes == (("在本企业从事电工工作3年（含）以上", "年满18周岁"),
                                      ("具有大专及以上学历",))
    whole = flat(pdf_text(print_announcement(uow, made.batch_id, tmp_path / "e.pdf")))
    assert "申报人员须符合经备案的企业评价规范规定的申报条件" in whole
    assert "（1）在本企业从事电工工作3年（含）以上，年满18周岁。（2）具有大专及以上学历。" in whole
    assert "2.三级/高级工：按经备案的企业评价规范规定的申报条件执行。" in whole


def test_only_who_may_make_plans_prints_the_announcement(empty_app: App, tmp_path: Path):
    made = create_plan(empty_app.uow(ADMIN), draft(SMALL), empty_app.calendar)
    with pytest.raises(PermissionDenied):
        print_announcement(empty_app.uow(CLERK), made.batch_id, tmp_path / "a.pdf")
    assert not (tmp_path / "a.pdf").exists()


def test_a_big_plan_spans_pages_with_the_table_header_repeated(empty_app: App, tmp_path: Path):
    big = tuple(PlanOffering(code, name, level, Decimal(100 + 20 * level))
                for code, name, levels in (("6-31-01-03", "电工", (5, 4, 3, 2, 1)),
                                           ("6-18-02-04", "焊工", (5, 4, 3, 2, 1)),
                                           ("4-03-02-01", "中式烹调师", (5, 4, 3, 2, 1)),
                                           ("4-10-01-02", "育婴员", (5, 4, 3)))
                for level in levels)
    assert len(big) == 18
    uow = empty_app.uow(ADMIN)
    made = create_plan(uow, draft(big, batch_no=4), empty_app.calendar)
    out = print_announcement(uow, made.batch_id, tmp_path / "big.pdf")

    pages = [flat(p.extract_text()) for p in PdfReader(out).pages]
    header = "序号职业编码职业（工种）等级评价方式收费标准（元/人）"
    rows = [f"{n}{o.occupation_code}{o.occupation_name}{level_label_zh(Level(o.level))}"
            for n, o in enumerate(big, start=1)]
    page_of = {row: [n for n, page in enumerate(pages) if row in page] for row in rows}
    assert all(len(found) == 1 for found in page_of.values()), page_of  # no row lost or cut
    table_pages = sorted({found[0] for found in page_of.values()})
    assert len(table_pages) >= 2, "the table of 18 offerings breaks across pages"
    for n in table_pages:  # each page of the table starts with the header row
        first_row = min(pages[n].index(row) for row in rows if row in pages[n])
        assert pages[n].count(header) == 1 and pages[n].index(header) < first_row
    for n, page in enumerate(pages, start=1):
        assert f"第{n}页共{len(pages)}页" in page
    whole = "".join(pages)
    assert "（四）育婴员（职业编码：4-10-01-02）" in whole
    assert "5.一级/高级技师（须具备以下条件）：取得本职业或相关职业二级/技师证书，" in whole
    assert whole.index("特此公告") > whole.index("七、投诉监督")


def test_dates_and_numbers_are_written_as_notices_write_them():
    assert span_text(date(2027, 1, 16), date(2027, 1, 16)) == "2027年1月16日"
    assert span_text(date(2027, 1, 16), date(2027, 1, 17)) == "2027年1月16日至17日"
    assert span_text(date(2027, 1, 31), date(2027, 2, 1)) == "2027年1月31日至2月1日"
    assert span_text(date(2026, 12, 31), date(2027, 1, 1)) == "2026年12月31日至2027年1月1日"
    assert [cn_number(n) for n in (1, 7, 10, 11, 20, 23)] == ["一", "七", "十", "十一", "二十",
                                                              "二十三"]
