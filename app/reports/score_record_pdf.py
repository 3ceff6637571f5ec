"""The scoring record sheets (理论、操作技能考核评分记录表): A4 portrait, one page per candidate
and subject, with every examiner's item marks side by side, their totals and signature lines,
the aggregated score and the chief examiner's decision, and a page seal QR."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4

from app.progress import Progress
from app.reports.room_pdf_common import LABEL_FILL, LINE_GREY, Painter, footer
from app.reports.score_documents import RecordDocument, RecordPage, ScorerMarks
from app.reports.score_roster_pdf import (
    KIND_ZH,
    STATUS_ZH,
    draw_qr,
    fmt_centi,
    level_text,
    score_text,
    signature_line,
    write_pages,
)
from app.reports.tickets_pdf import QrRenderer

TITLE = "理论、操作技能考核评分记录表"
PAGE_W = 210.0
LEFT, RIGHT = 14.0, 196.0
QR_SIZE = 28.0
INFO_TOP, INFO_ROW = 262.0, 7.5
TABLE_TOP, HEAD_H, ITEM_H = 232.0, 12.0, 8.0
SEQ_W, MAX_W, SCORER_W = 10.0, 16.0, 24.0
RULE_ZH = {"mean": "平均分", "median": "中位数", "trimmed_mean": "去掉最高最低分后平均"}
SOURCE_ZH = {"cbt": "机考成绩", "theory": "录入成绩", "entry1": "第一次录入",
             "entry2": "第二次录入"}
STATE_ZH = {"draft": "草稿", "submitted": "已提交", "verified": "已复核", "locked": "已锁定"}


def _scorer_label(x: ScorerMarks) -> tuple[str, str]:
    if x.badge_no:
        return x.scorer, x.badge_no
    return SOURCE_ZH.get(x.scorer, x.scorer), ""


class _RecordDrawer:
    def __init__(self, doc: RecordDocument) -> None:
        self.doc = doc

    def __call__(self, p: Painter, qr: QrRenderer, page: RecordPage, n: int) -> None:
        doc = self.doc
        p.text(PAGE_W / 2 - 12, 281, TITLE, 16, align="center", bold=True)
        p.c.setFillGray(0.25)
        p.text(PAGE_W / 2 - 12, 274.5, doc.plan_name, 9.5, align="center", width=130)
        p.c.setFillGray(0)
        draw_qr(p, qr, page.qr_text, (RIGHT - QR_SIZE, 256.5), QR_SIZE)
        self._info(p, page)
        bottom = self._table(p, page)
        self._outcome(p, page, bottom - 9)
        footer(p, PAGE_W, f"{TITLE} · {doc.plan_name}", n, len(doc.pages))

    def _info(self, p: Painter, page: RecordPage) -> None:
        rows = (("姓  名", page.name, "准考证号", page.ticket_no),
                ("证件号码", page.id_masked, "职业（工种）", page.occupation),
                ("等  级", level_text(page.level), "考核科目",
                 KIND_ZH.get(page.subject_kind, page.subject_kind)))
        widths = (22.0, 48.0, 24.0, 54.0)
        p.c.setStrokeGray(LINE_GREY)
        p.c.setLineWidth(0.5)
        for r, values in enumerate(rows):
            y = INFO_TOP - (r + 1) * INFO_ROW
            x = LEFT
            for i, (value, width) in enumerate(zip(values, widths, strict=True)):
                if i % 2 == 0:
                    p.rect(x, y, width, INFO_ROW, fill=LABEL_FILL)
                else:
                    p.rect(x, y, width, INFO_ROW)
                p.cell((x, y, width, INFO_ROW), value, 10, center=i % 2 == 0,
                       bold=i == 1 and r == 0)
                x += width

    def _table(self, p: Painter, page: RecordPage) -> float:
        """The item table; returns its bottom (mm)."""
        scorers = page.scorers or ()
        n = max(1, len(scorers))
        scorer_w = min(SCORER_W, (RIGHT - LEFT - SEQ_W - MAX_W - 40) / n)
        name_w = RIGHT - LEFT - SEQ_W - MAX_W - scorer_w * n
        cols = [SEQ_W, name_w, MAX_W] + [scorer_w] * n
        lines = page.rubric
        rows: list[tuple[str, str, str, list[str]]] = [
            (str(line.position), line.name + ("（否决项）" if line.veto else ""),
             fmt_centi(line.max_centi), [fmt_centi(x.items.get(line.position))
                                         if x.status == "normal" else "" for x in scorers])
            for line in lines]
        rows.append(("", "合  计", "100", [
            fmt_centi(x.total_centi) if x.status == "normal" else STATUS_ZH.get(x.status, "")
            for x in scorers]))
        rows.append(("", "状  态", "", [STATE_ZH.get(x.state, x.state) for x in scorers]))
        c = p.c
        top = TABLE_TOP
        sign_h = 12.0
        bottom = top - HEAD_H - len(rows) * ITEM_H - sign_h
        p.rect(LEFT, top - HEAD_H, RIGHT - LEFT, HEAD_H, fill=LABEL_FILL, stroke=False)
        c.setStrokeGray(LINE_GREY)
        c.setLineWidth(0.5)
        p.rect(LEFT, bottom, RIGHT - LEFT, top - bottom)
        heads = ["序号", "评分项目", "配分"]
        x = LEFT
        for label, width in zip(heads, cols, strict=False):
            p.cell((x, top - HEAD_H, width, HEAD_H), label, 10, bold=True)
            x += width
        for i, scorer in enumerate(scorers):
            name, badge = _scorer_label(scorer)
            sx = x + i * scorer_w
            p.cell((sx, top - HEAD_H / 2, scorer_w, HEAD_H / 2), f"评分人{i + 1}", 8.5, bold=True)
            p.cell((sx, top - HEAD_H, scorer_w, HEAD_H / 2),
                   f"{name} {badge}".strip(), 8.5)
        y = top - HEAD_H
        for seq, name, max_text, values in rows:
            p.line(LEFT, y, RIGHT, y)
            y -= ITEM_H
            cells = [seq, name, max_text, *values]
            x = LEFT
            for i, (value, width) in enumerate(zip(cells, cols, strict=False)):
                p.cell((x, y, width, ITEM_H), value, 9.5, center=i != 1,
                       bold=name == "合  计" and i >= 3)
                x += width
        p.line(LEFT, y, RIGHT, y)
        p.cell((LEFT, bottom, SEQ_W + name_w + MAX_W, sign_h), "评分人签名", 10)
        x = LEFT
        for i, width in enumerate(cols[:-1]):
            x += width
            p.line(x, bottom if i >= 2 else bottom + sign_h, x, top)
        return bottom

    def _outcome(self, p: Painter, page: RecordPage, y: float) -> None:
        rule = RULE_ZH.get(page.aggregation_rule, page.aggregation_rule)
        how = "（机考/录入成绩）" if page.subject_kind == "theory" else f"（{rule}）"
        text = f"本科目成绩{how}：{score_text(page.score) or '待定'}"
        if page.score.final_centi is not None:
            text += "    " + ("合格" if page.score.final_centi >= 6000 else "不合格")
        p.text(LEFT, y, text, 11, bold=True)
        y -= 8
        notes = [f"{_scorer_label(x)[0]}：{x.note}" for x in page.scorers if x.note]
        if page.decision_reason:
            notes.insert(0, f"评分差异处理：{page.decided_by} {page.decision_reason}")
        if notes:
            p.text(LEFT, y, "说明：" + "；".join(notes), 9.5, width=RIGHT - LEFT)
            y -= 8
        y -= 4
        signature_line(p, LEFT, y, "考评组长", 56)
        signature_line(p, LEFT + 62, y, "统分人", 56)
        signature_line(p, LEFT + 124, y, "复核人", 58)
        y -= 7
        p.c.setFillGray(0.3)
        for i, who in enumerate(("", page.verified_by_clerk, page.verified_by_reviewer)):
            if who:
                p.text(LEFT + 62 * i + 14, y, f"（系统记录：{who}）", 8)
        p.c.setFillGray(0)
        p.text(LEFT, y - 7, "日期：        年      月      日", 10)


def write_record_pdf(doc: RecordDocument, out: Path, progress: Progress | None = None) -> int:
    """Write the record sheets to ``out``; returns the page count."""
    if not doc.pages:
        raise ValueError("no record pages")
    return write_pages(out, doc.pages, _RecordDrawer(doc), pagesize=A4,
                       title=f"{TITLE}（{doc.plan_name}）", author=doc.body_name,
                       progress=progress)
