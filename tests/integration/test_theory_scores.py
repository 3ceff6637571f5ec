"""Theory scores on a real copy of the demo: the computer-based results import (all or
nothing, every row checked against the registered candidates) and the double entry of paper
scores by two clerks."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from app.bootstrap import App
from app.errors import ConflictError, NotFoundError, ValidationError
from app.model import AdmissionTicket, AuditEvent, Candidate, Mark, Registration
from app.services.theory_scores import (
    counted_theory_scores,
    entry_summary,
    import_theory_scores,
    mismatches,
    resolve_mismatch,
    save_entry,
)
from app.uow import Actor


@pytest.fixture
def demo_app(body_demo_app: App) -> App:
    """The body's tests run on a SQLite file and on PostgreSQL (tests/conftest.py)."""
    return body_demo_app

HEADER = ["准考证号", "证件号码", "姓名", "成绩"]


@dataclass(frozen=True)
class Who:
    registration_id: int
    ticket_no: str
    id_number: str
    name: str


def candidates(app: App, n: int = 10) -> list[Who]:
    with app.uow().read() as s:
        rows = s.execute(
            select(Registration.id, AdmissionTicket.ticket_no, Candidate.id_number,
                   Candidate.name)
            .join(Candidate, Candidate.id == Registration.candidate_id)
            .join(AdmissionTicket, AdmissionTicket.registration_id == Registration.id)
            .order_by(AdmissionTicket.ticket_no).limit(n)).all()
    return [Who(*r) for r in rows]


def write_csv(path: Path, rows: list[list[str]], encoding: str = "utf-8-sig") -> Path:
    with path.open("w", newline="", encoding=encoding) as fh:
        writer = csv.writer(fh)
        writer.writerow(HEADER)
        writer.writerows(rows)
    return path


def mark_count(app: App) -> int:
    with app.uow().read() as s:
        return int(s.scalar(select(func.count()).select_from(Mark)) or 0)


def clerk(app: App, name: str) -> App:
    """The same database, acting as another clerk."""
    app.actor = Actor(name, name, frozenset({"score_clerk"}))
    return app


def test_a_good_results_file_creates_submitted_cbt_marks(demo_app, tmp_path):
    who = candidates(demo_app, 4)
    path = write_csv(tmp_path / "cbt.csv", [
        [who[0].ticket_no, who[0].id_number, who[0].name, "86.5"],
        [who[1].ticket_no, who[1].id_number.lower(), f" {who[1].name} ", "59"],
        [who[2].ticket_no, who[2].id_number, who[2].name, "缺考"],
        [who[3].ticket_no, who[3].id_number, who[3].name, "100"],
    ], encoding="gb18030")
    report = import_theory_scores(demo_app.uow(), 1, path)
    assert report.applied and not report.problems
    assert (report.imported, report.absent, report.total_rows) == (4, 1, 4)
    scores = counted_theory_scores(demo_app.uow(), 1)
    assert {r: (s.source, s.total_centi, s.status) for r, s in scores.items()} == {
        who[0].registration_id: ("cbt", 8650, "normal"),
        who[1].registration_id: ("cbt", 5900, "normal"),
        who[2].registration_id: ("cbt", None, "absent"),
        who[3].registration_id: ("cbt", 10000, "normal")}
    with demo_app.uow().read() as s:
        assert set(s.scalars(select(Mark.state))) == {"submitted"}
        assert s.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action == "theory.imported")) == 4
    again = import_theory_scores(demo_app.uow(), 1, path)
    assert not again.applied
    assert {p.code for p in again.problems} == {"theory.already_scored"}


def test_an_xlsx_results_file_is_read_the_same_way(demo_app, tmp_path):
    who = candidates(demo_app, 2)
    wb = Workbook()
    ws = wb.active
    ws.append(["机考成绩单"])  # a title row above the header is allowed
    ws.append([*HEADER, "备注"])
    ws.append([who[0].ticket_no, who[0].id_number, who[0].name, 72.25, ""])
    ws.append([who[1].ticket_no, who[1].id_number, who[1].name, "缺考", "未到场"])
    wb.save(tmp_path / "cbt.xlsx")
    report = import_theory_scores(demo_app.uow(), 1, tmp_path / "cbt.xlsx")
    assert report.applied and report.imported == 2
    assert counted_theory_scores(demo_app.uow(), 1)[who[0].registration_id].total_centi == 7225


def test_bad_rows_are_named_by_row_and_column_and_nothing_is_imported(demo_app, tmp_path):
    who = candidates(demo_app, 6)
    path = write_csv(tmp_path / "bad.csv", [
        [who[0].ticket_no, who[0].id_number, who[0].name, "80"],            # row 2: good
        ["999999999999", who[1].id_number, who[1].name, "80"],              # row 3
        [who[2].ticket_no, who[3].id_number, who[2].name, "80"],            # row 4
        [who[3].ticket_no, who[3].id_number, "张冒名", "80"],                # row 5
        [who[4].ticket_no, who[4].id_number, who[4].name, "105"],           # row 6
        [who[5].ticket_no, who[5].id_number, who[5].name, "7.125"],         # row 7
        [who[0].ticket_no, who[0].id_number, who[0].name, "81"],            # row 8
        [who[1].ticket_no, "", who[1].name, "60"],                          # row 9
    ])
    report = import_theory_scores(demo_app.uow(), 1, path)
    assert not report.applied and report.imported == 0
    assert [(p.row, p.column, p.code) for p in report.problems] == [
        (3, "准考证号", "theory.unknown_ticket"),
        (4, "证件号码", "theory.id_mismatch"),
        (5, "姓名", "theory.name_mismatch"),
        (6, "成绩", "theory.bad_score"),
        (7, "成绩", "theory.bad_score"),
        (8, "准考证号", "theory.duplicate_in_file"),
        (9, "证件号码", "import.required_missing"),
    ]
    assert report.problems[2].params == {"value": "张冒名", "registered": who[3].name}
    assert mark_count(demo_app) == 0


def test_a_file_without_the_documented_columns_is_refused(demo_app, tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("准考证号,姓名,分\n1,2,3\n", encoding="utf-8")
    with pytest.raises(ValidationError) as err:
        import_theory_scores(demo_app.uow(), 1, path)
    assert err.value.code == "import.missing_headers"
    assert err.value.params["missing"] == "证件号码、成绩"


def test_double_entry_with_a_deliberate_mismatch_blocks_until_resolved(demo_app):
    who = candidates(demo_app, 4)
    one = clerk(demo_app, "clerk_a")
    for w, score in zip(who, (7500, 6100, 8800, 9000), strict=True):
        save_entry(one.uow(), 1, 1, w.ticket_no, score, "normal")
    two = clerk(demo_app, "clerk_b")
    first = save_entry(two.uow(), 1, 2, who[0].ticket_no, 7500, "normal")
    assert (first.agreed, first.counted) == (True, True)
    typo = save_entry(two.uow(), 1, 2, who[1].ticket_no, 1600, "normal")  # the deliberate typo
    assert (typo.agreed, typo.counted) == (False, False)
    save_entry(two.uow(), 1, 2, who[2].ticket_no.lower(), 8800)
    # who[3]: clerk 2 has not typed it yet

    listed = mismatches(demo_app.uow(), 1)
    assert [(m.ticket_no, m.problem, m.entry1_centi, m.entry2_centi) for m in listed] == [
        (who[1].ticket_no, "differ", 6100, 1600), (who[3].ticket_no, "missing_2", 9000, None)]
    counted = counted_theory_scores(demo_app.uow(), 1)
    assert set(counted) == {who[0].registration_id, who[2].registration_id}
    assert counted[who[0].registration_id].total_centi == 7500
    summary = entry_summary(demo_app.uow(), 1)
    assert (summary.entered_1, summary.entered_2, summary.agreed, summary.open) == (4, 3, 2, 2)

    with pytest.raises(ValidationError) as err:
        resolve_mismatch(demo_app.uow(), who[1].registration_id, 6100, "  ")
    assert err.value.code == "theory.reason_required"
    resolved = resolve_mismatch(demo_app.uow(), who[1].registration_id, 6100, "核对试卷原件：61分")
    assert (resolved.total_centi, resolved.resolved) == (6100, True)
    assert [m.ticket_no for m in mismatches(demo_app.uow(), 1)] == [who[3].ticket_no]
    assert counted_theory_scores(demo_app.uow(), 1)[who[1].registration_id].total_centi == 6100
    with pytest.raises(ConflictError) as again:
        resolve_mismatch(demo_app.uow(), who[1].registration_id, 6100, "again")
    assert again.value.code == "theory.no_mismatch"
    with demo_app.uow().read() as s:
        summary = s.scalars(select(AuditEvent.summary).where(
            AuditEvent.action == "theory.resolved")).one()
    assert summary["reason"] == "核对试卷原件：61分"
    assert summary["entry2"] == [1600, "normal"]


def test_absent_entries_agree_and_a_changed_entry_withdraws_the_agreed_score(demo_app):
    who = candidates(demo_app, 1)[0]
    save_entry(demo_app.uow(), 1, 1, who.ticket_no, None, "absent")
    result = save_entry(demo_app.uow(), 1, 2, who.ticket_no, None, "absent")
    assert result.counted
    assert counted_theory_scores(demo_app.uow(), 1)[who.registration_id].status == "absent"
    save_entry(demo_app.uow(), 1, 2, who.ticket_no, 5000, "normal")
    assert who.registration_id not in counted_theory_scores(demo_app.uow(), 1)
    assert [m.problem for m in mismatches(demo_app.uow(), 1)] == ["differ"]


def test_entries_are_checked_before_anything_is_written(demo_app, tmp_path):
    who = candidates(demo_app, 1)[0]
    cases = [((3, who.ticket_no, 5000, "normal"), ValidationError, "theory.bad_clerk"),
             ((1, who.ticket_no, 10_050, "normal"), ValidationError, "theory.bad_score"),
             ((1, who.ticket_no, None, "normal"), ValidationError, "theory.bad_score"),
             ((1, who.ticket_no, None, "asleep"), ValidationError, "theory.bad_status"),
             ((1, "000", 5000, "normal"), NotFoundError, "theory.unknown_ticket")]
    for args, kind, code in cases:
        with pytest.raises(kind) as err:
            save_entry(demo_app.uow(), 1, *args)
        assert err.value.code == code
    assert mark_count(demo_app) == 0
    path = write_csv(tmp_path / "cbt.csv", [[who.ticket_no, who.id_number, who.name, "66"]])
    import_theory_scores(demo_app.uow(), 1, path)
    with pytest.raises(ConflictError) as err:
        save_entry(demo_app.uow(), 1, 1, who.ticket_no, 6600)
    assert err.value.code == "theory.already_scored"
