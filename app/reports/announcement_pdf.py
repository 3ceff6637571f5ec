"""The 公告 of a batch plan as PDF (A4 portrait), laid out as a Chinese official notice.

The title, the plan's name, an opening paragraph, then numbered sections 一、二、… (sub-items
（一）, 1., （1） in the usual order): the occupations, levels, evaluation methods and fees as a
table (its header repeated on every page it spans), the 申报条件 per occupation and level, the
registration window and way, the exam dates and sites, the fees with their basis, the contacts
and the complaints channel; the body and the announcement's date at the bottom right and
``第 x 页 共 y 页`` on every page. Takes the plain ``Announcement`` of
``app.services.announcement`` and returns the PDF's bytes.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import date
from io import BytesIO
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from app.reports.fonts import missing_glyphs, register_cjk_font

if TYPE_CHECKING:
    from app.services.announcement import Announcement, ConditionBlock, OfferingLine, SiteLine

log = logging.getLogger(__name__)

DIGITS = "〇一二三四五六七八九"
HEAD_FILL = colors.HexColor("#E6E6E6")
GRID = colors.HexColor("#404040")
MATERIALS = ("报名时需提供《职业技能等级认定登记表》、本人有效身份证件、培训合格证书、学历证书"
             "（在校学生需提供招生录取审批表）、国家职业资格证书或职业技能等级证书等材料"
             "（上述材料能通过网络核验的，可不提供书面材料）。")
REGULATIONS = {
    "national": "根据《职业技能等级认定工作规程（试行）》有关规定",
    "guangxi": "根据《职业技能等级认定工作规程（试行）》和《广西职业技能等级认定考务实施细则"
               "（试行）》有关规定",
}
# A method that already names its subject is printed alone; others get "科目：" in front.
_SUBJECT_WORDS = {"理论知识": ("理论",), "技能操作": ("技能", "操作", "实操"),
                  "综合评审": ("综合", "评审", "答辩")}
COLUMNS = ("序号", "职业编码", "职业（工种）", "等级", "评价方式", "收费标准\n（元/人）")
WIDTHS = (12 * mm, 27 * mm, 28 * mm, 26 * mm, 52 * mm, 21 * mm)
FRAME = 166 * mm  # A4 less two 22 mm margins
TITLE_SIZE = 19


def cn_number(n: int) -> str:
    """1 to 99 in Chinese numerals, as section numbers are written: 一, 十, 十一, 二十三."""
    tens, ones = divmod(n, 10)
    if not tens:
        return DIGITS[ones]
    return f"{DIGITS[tens] if tens > 1 else ''}十{DIGITS[ones] if ones else ''}"


def day_text(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def span_text(first: date, last: date) -> str:
    """``2027年1月16日``, ``2027年1月16日至17日``, ``2027年1月31日至2月1日``."""
    if last <= first:
        return day_text(first)
    if last.year != first.year:
        return f"{day_text(first)}至{day_text(last)}"
    if last.month != first.month:
        return f"{day_text(first)}至{last.month}月{last.day}日"
    return f"{day_text(first)}至{last.day}日"


def sentence(text: str) -> str:
    """``text`` ending with one full stop (unless it already ends with punctuation)."""
    text = text.strip()
    return text if not text or text[-1] in "。！？；：.;!?" else text + "。"


def method_line(subject: str, method: str) -> str:
    if any(word in method[:4] for word in _SUBJECT_WORDS.get(subject, ())):
        return method
    return f"{subject}：{method}"


def route_line(number: int | None, texts: Iterable[str]) -> str:
    """``（1）取得…证书，累计从事…以上。``: one route's conditions, all required (no number
    when the route is the only one)."""
    body = "，".join(t.strip().rstrip("。；;，,") for t in texts)
    return f"（{number}）{body}。" if number is not None else f"{body}。"


def title_lines(a: Announcement, font: str) -> tuple[list[str], float]:
    """The title's lines and size: one line if it fits, else broken where official titles
    break — after ``第n批`` (``职业技能等级认定工作的公告`` on the second line), else after the
    body's name, else in three (the body, ``关于开展…第n批``, the subject), a very long name
    itself halved — at 19 points, down to 16; a title that fits none of these wraps."""
    title, cut_body = a.title, len(a.body_name)
    cut_batch = title.find("批", cut_body) + 1
    layouts = [[title]]
    if 0 < cut_body < cut_batch:
        half = (cut_body + 1) // 2  # a very long name: itself on two lines
        layouts += [[title[:cut_batch], title[cut_batch:]], [title[:cut_body], title[cut_body:]],
                    [title[:cut_body], title[cut_body:cut_batch], title[cut_batch:]],
                    [title[:half], title[half:cut_body], title[cut_body:]],
                    [title[:half], title[half:cut_body], title[cut_body:cut_batch],
                     title[cut_batch:]]]
    for size in (TITLE_SIZE, TITLE_SIZE - 1, TITLE_SIZE - 2, TITLE_SIZE - 3):
        for lines in layouts:
            if all(stringWidth(line, font, size) <= FRAME for line in lines):
                return lines, size
    return [title], TITLE_SIZE


def intro(a: Announcement) -> str:
    basis = REGULATIONS.get(a.rule_profile, REGULATIONS["national"])
    return (f"{basis}，经研究，本机构定于{span_text(a.eval_date, a.end_date)}开展"
            f"{a.eval_date.year}年第{a.batch_no}批职业技能等级认定工作。现将有关事项公告如下：")


def fee_groups(a: Announcement) -> list[str]:
    """The fees as sentences, offerings sharing a fee together (a fee of 0: 免收)."""
    by_fee: dict[str, list[str]] = {}
    for o in a.offerings:
        by_fee.setdefault(o.fee, []).append(f"{o.occupation_name}{o.level_name}")
    if len(by_fee) == 1 and len(a.offerings) > 1:
        fee = next(iter(by_fee))
        return ["本批次各职业（工种）、等级均免收认定费用。" if fee == "0"
                else f"本批次各职业（工种）、等级均为每人{fee}元。"]
    return [f"{'、'.join(names)}：" + ("免收认定费用。" if fee == "0" else f"每人{fee}元。")
            for fee, names in by_fee.items()]


class _Styles:
    def __init__(self, font: str) -> None:
        self.font = font
        self.title = ParagraphStyle("title", fontName=font, fontSize=TITLE_SIZE, leading=28,
                                    alignment=1, wordWrap="CJK", spaceAfter=2 * mm)
        self.sub = ParagraphStyle("sub", fontName=font, fontSize=10, leading=15, alignment=1,
                                  textColor=colors.HexColor("#555555"), spaceAfter=5 * mm)
        self.text = ParagraphStyle("text", fontName=font, fontSize=12, leading=21,
                                   firstLineIndent=24, wordWrap="CJK", alignment=4)
        self.heading = ParagraphStyle("heading", parent=self.text, fontSize=13, leading=23,
                                      spaceBefore=2 * mm, keepWithNext=1)
        self.item = ParagraphStyle("item", parent=self.text, keepWithNext=1)
        self.route = ParagraphStyle("route", parent=self.text, leftIndent=24, firstLineIndent=0)
        self.sign = ParagraphStyle("sign", fontName=font, fontSize=12, leading=21,
                                   alignment=1, wordWrap="CJK")
        self.cell = ParagraphStyle("cell", fontName=font, fontSize=9.5, leading=13,
                                   wordWrap="CJK")
        self.center = ParagraphStyle("center", parent=self.cell, alignment=1)
        self.head = ParagraphStyle("head", parent=self.center, fontSize=10)

    @staticmethod
    def p(text: object, style: ParagraphStyle) -> Paragraph:
        return Paragraph(escape(str(text)).replace("\n", "<br/>"), style)


def offering_table(st: _Styles, offerings: tuple[OfferingLine, ...]) -> Table:
    """The table of section 一; long tables split by rows with the header repeated."""
    data: list[list[object]] = [[st.p(h, st.head) for h in COLUMNS]]
    for n, o in enumerate(offerings, start=1):
        methods = "\n".join(method_line(subject, m) for subject, m in o.methods)
        data.append([st.p(n, st.center), st.p(o.occupation_code, st.center),
                     st.p(o.occupation_name, st.center), st.p(o.level_name, st.center),
                     st.p(methods, st.cell), st.p("免收" if o.fee == "0" else o.fee, st.center)])
    table = Table(data, colWidths=list(WIDTHS), repeatRows=1, splitByRow=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.6, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return table


def _conditions(st: _Styles, a: Announcement) -> list[Flowable]:
    basis = ("相应职业（工种）《国家职业技能标准》" if a.condition_set == "national"
             else "经备案的企业评价规范")
    out: list[Flowable] = [st.p(
        f"申报人员须符合{basis}规定的申报条件。本机构严格按申报条件审核报名信息，"
        "不增加或降低报考条件，对不具备申报条件的人员不予受理。", st.text)]
    occupations: dict[str, list[ConditionBlock]] = {}
    for block in a.conditions:
        occupations.setdefault(block.occupation_code, []).append(block)
    for i, blocks in enumerate(occupations.values()):
        first = blocks[0]
        out.append(st.p(f"（{cn_number(i + 1)}）{first.occupation_name}"
                        f"（职业编码：{first.occupation_code}）", st.item))
        for n, block in enumerate(blocks, start=1):
            out += _level_conditions(st, n, block, basis)
    return out


def _level_conditions(st: _Styles, n: int, block: ConditionBlock, basis: str) -> list[Flowable]:
    if not block.routes:
        return [st.p(f"{n}. {block.level_name}：按{basis}规定的申报条件执行。", st.text)]
    lead = "具备以下条件之一者" if len(block.routes) > 1 else "须具备以下条件"
    out: list[Flowable] = [st.p(f"{n}. {block.level_name}（{lead}）：", st.item)]
    single = len(block.routes) == 1
    out += [st.p(route_line(None if single else r, texts), st.route)
            for r, texts in enumerate(block.routes, 1)]
    return out


def _sites(st: _Styles, a: Announcement) -> list[Flowable]:
    def where(site: SiteLine) -> str:
        return f"{site.name}（地址：{site.address}）" if site.address else site.name

    if len(a.sites) == 1:
        return [st.p(f"（二）认定地点：{where(a.sites[0])}。", st.text)]
    return [st.p("（二）认定地点：", st.item),
            *[st.p(f"{n}. {where(s)}；" if n < len(a.sites) else f"{n}. {where(s)}。",
                   st.route) for n, s in enumerate(a.sites, start=1)]]


def _sections(st: _Styles, a: Announcement) -> list[tuple[str, list[Flowable]]]:
    way = sentence(a.registration_way) or "请向本公告所列联系人咨询。"
    contact = "，".join(part for part in (
        f"联系人：{a.contact_person}" if a.contact_person else "",
        f"联系电话：{a.contact_phone}" if a.contact_phone else "") if part)
    fees = [st.p(f"（一）收费依据：{sentence(a.fee_basis)}", st.text)] if a.fee_basis else []
    label, lines = ("（二）收费标准：" if a.fee_basis else ""), fee_groups(a)
    if len(lines) == 1:
        fees.append(st.p(label + lines[0], st.text))
    else:
        fees += [st.p(label or "各职业（工种）、等级的收费标准如下：", st.item),
                 *[st.p(line, st.route) for line in lines]]
    return [
        ("认定职业（工种）、等级及评价方式", [
            st.p(f"本批次开展以下职业（工种）、等级的认定（共{len(a.offerings)}项）：", st.text),
            Spacer(1, 1.5 * mm), offering_table(st, a.offerings), Spacer(1, 1.5 * mm)]),
        ("申报条件", _conditions(st, a)),
        ("报名时间及方式", [
            st.p(f"（一）报名时间：{day_text(a.registration_opens)}至"
                 f"{day_text(a.registration_closes)}，逾期不予受理。", st.text),
            st.p(f"（二）报名方式：{way}", st.text),
            st.p(f"（三）报名材料：{MATERIALS}", st.text)]),
        ("认定时间及地点", [
            st.p(f"（一）认定时间：{span_text(a.eval_date, a.end_date)}。具体考试科目、时间及考场"
                 "安排以准考证为准，考生须凭准考证和有效身份证件参加考试。", st.text),
            *_sites(st, a)]),
        ("收费标准", fees),
        ("联系方式", [st.p(sentence(contact), st.text)]),
        ("投诉监督", [st.p("认定工作接受社会监督。对认定工作有异议或发现违规违纪行为的，可通过"
                           f"以下渠道投诉举报：{sentence(a.complaints)}", st.text)]),
    ]


def story(st: _Styles, a: Announcement) -> list[Flowable]:
    lines, size = title_lines(a, st.font)
    style = ParagraphStyle("title_fit", parent=st.title, fontSize=size, leading=size * 1.5)
    title = Paragraph("<br/>".join(escape(line) for line in lines), style)
    out: list[Flowable] = [title, st.p(f"（{a.plan_name}）", st.sub),
                           st.p(intro(a), st.text)]
    for i, (heading, body) in enumerate(_sections(st, a)):
        out.append(st.p(f"{cn_number(i + 1)}、{heading}", st.heading))
        out += body
    out.append(KeepTogether([Spacer(1, 8 * mm), st.p("特此公告。", st.text),
                             Spacer(1, 12 * mm), signature(st, a)]))
    return out


def signature(st: _Styles, a: Announcement) -> Table:
    """The body's name over the date, centred on each other, at the right (four characters in
    from the margin, as official notices sign)."""
    lines = (a.body_name, day_text(a.announce_on))
    width = min(FRAME * 0.8, max(stringWidth(t, st.font, 12) for t in lines) + 4 * mm)
    table = Table([[st.p(t, st.sign), ""] for t in lines], colWidths=[width, 4 * 12],
                  hAlign="RIGHT")
    table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return table


def _build(a: Announcement, st: _Styles, total: int | None) -> tuple[bytes, int]:
    pages = [0]

    def page(canvas: Canvas, _doc: object) -> None:
        pages[0] += 1
        text = f"第 {pages[0]} 页" + (f" 共 {total} 页" if total is not None else "")
        canvas.setFont(st.font, 9)
        canvas.drawString(A4[0] / 2 - stringWidth(text, st.font, 9) / 2, 11 * mm, text)

    buffer = BytesIO()
    template = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                                 topMargin=24 * mm, bottomMargin=22 * mm, title=a.title,
                                 author=a.body_name, subject=a.plan_name, creator="ExamSite")
    template.build(story(st, a), onFirstPage=page, onLaterPages=page)
    return buffer.getvalue(), pages[0]


def render_announcement(a: Announcement) -> tuple[bytes, int]:
    """The announcement's PDF and its number of pages (two passes: the first counts them)."""
    st = _Styles(register_cjk_font())
    texts = [a.title, a.registration_way, a.fee_basis, a.contact_person, a.complaints,
             *(o.occupation_name + "".join(m for _s, m in o.methods) for o in a.offerings),
             *("".join(t for route in c.routes for t in route) for c in a.conditions),
             *(s.name + s.address for s in a.sites)]
    blanks = missing_glyphs("".join(texts))
    if blanks:  # a public notice: the characters themselves may be logged
        log.warning("announcement of batch %d: the font lacks %s (printed blank)",
                    a.batch_id, "".join(sorted(blanks)))
    _, total = _build(a, st, None)
    return _build(a, st, total)
