"""The archive index (档案目录): the records a batch leaves that the rules require to be kept.

《广西职业技能等级认定考务实施细则（试行）》 第十八条 档案管理: "评价机构要将职业技能等级认定
全过程资料妥善保管，确保责任可追溯、可倒查。纸质材料（包括报名、考务、试卷、评分等过程纸质材料）
保管不少于3年，电子材料（包括电子数据、视频等）不少于5年。" The record kinds below are the
paper and electronic records the same rules name elsewhere: 第四条 报名审核, 第七条 试卷印制、封装、
保管、运输、交接, 第八、九条 考点设置与考场准备/封场, 第十条 考务变更, 第十二条 考务工作会与整改,
第十三条 检录, 第十四条 评分与成绩名册, 第十五条 质量督导, 第十六条 结果审核材料与公示文件;
and the national procedure's 第6条 全程电子监控 (video).

``counted`` names what ExamSite counts for the record in the batch's data (``None``: a record
ExamSite does not hold, such as video or the publicity file; the index lists it so that nobody
forgets it). The default place is where such a record is usually kept; each batch can set its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Medium = Literal["paper", "electronic"]


@dataclass(frozen=True)
class ArchiveRecord:
    code: str
    name_zh: str
    medium: Medium
    rule: str  # the article that requires it
    counted: str | None  # a key of app.services.archive_index.COUNTS
    default_place: str


_PAPER_ROOM = "评价机构档案室"
_DATABASE = "ExamSite 数据库及批次加密归档文件"

RECORDS: tuple[ArchiveRecord, ...] = (
    # paper: 报名、考务、试卷、评分等过程纸质材料 (>= 3 years)
    ArchiveRecord("applications", "报名表及申报条件证明材料", "paper", "第四条", "registrations",
                  _PAPER_ROOM),
    ArchiveRecord("staff_meeting", "考务工作会签到及分工记录", "paper", "第十二条", "meetings",
                  _PAPER_ROOM),
    ArchiveRecord("readiness", "考场准备检查表、整改及封场记录", "paper", "第九、十二条",
                  "readiness", _PAPER_ROOM),
    ArchiveRecord("signin_sheets", "考场签到表、座位表及门贴", "paper", "第十三条", "sessions",
                  _PAPER_ROOM),
    ArchiveRecord("incidents", "考场记录（缺考、违纪、突发情况）", "paper", "第十九条",
                  "incidents", _PAPER_ROOM),
    ArchiveRecord("papers", "试卷及答题卡（密封袋）", "paper", "第七条", "packets",
                  "评价机构保密室"),
    ArchiveRecord("custody", "试卷印制、交接、保管记录", "paper", "第七条", "handovers",
                  "评价机构保密室"),
    ArchiveRecord("changes", "考务变更审批及通知", "paper", "第十条", "changes", _PAPER_ROOM),
    ArchiveRecord("scoring_records", "理论、操作技能考核评分记录表（签字）", "paper", "第十四条",
                  "scored_results", _PAPER_ROOM),
    ArchiveRecord("score_roster", "成绩花名册（签名盖章）", "paper", "第十四、十六条",
                  "roster", _PAPER_ROOM),
    ArchiveRecord("evaluation_report", "考评报告", "paper", "第十六条", "roster", _PAPER_ROOM),
    ArchiveRecord("supervision", "内部督导情况记录表及外部督导记录", "paper", "第十五条",
                  "supervision", _PAPER_ROOM),
    ArchiveRecord("publicity", "公示文件", "paper", "第五、十六条", None, _PAPER_ROOM),
    # electronic: 电子数据、视频等 (>= 5 years)
    ArchiveRecord("candidate_data", "考生报名信息及照片（电子）", "electronic", "第十八条",
                  "candidates", _DATABASE),
    ArchiveRecord("checkin_data", "检录记录（电子）", "electronic", "第十三条", "checkins",
                  _DATABASE),
    ArchiveRecord("score_data", "评分及成绩数据（电子）", "electronic", "第十四条", "marks",
                  _DATABASE),
    ArchiveRecord("operations_data", "考务记录（准备检查、考场记录、督导、试卷流转、变更，电子）",
                  "electronic", "第十八条", "operations", _DATABASE),
    ArchiveRecord("audit_trail", "操作审计日志", "electronic", "第十八条", "audit", _DATABASE),
    ArchiveRecord("video", "考场全程监控录像", "electronic", "国家规程第6条", None,
                  "考点视频监控存储"),
    ArchiveRecord("batch_archive", "批次加密归档文件", "electronic", "第十八条", "archives",
                  "评价机构离线存储介质"),
)

RECORDS_BY_CODE = {r.code: r for r in RECORDS}
MAX_PLACE = 300
