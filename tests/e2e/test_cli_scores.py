"""`examsite-cli scores import|template` in subprocesses on a fresh demo database."""

from __future__ import annotations

import csv
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

ROOT = Path(__file__).resolve().parents[2]


def cli(*args: str, data: Path, lang: str = "zh_CN") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "EXAMSITE_LANG": lang, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "app.cli", "--data-dir", str(data), *args],
                          capture_output=True, text=True, cwd=ROOT, env=env, check=False)


@pytest.fixture
def site(tmp_path: Path) -> tuple[Path, Path, list[tuple[str, str, str]]]:
    db = tmp_path / "site.sqlite"
    done = cli("demo", "--db", str(db), "--candidates", "30", "--exam-date", "2026-12-03",
               data=tmp_path)
    assert done.returncode == 0, done.stderr
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "select t.ticket_no, c.id_number, c.name from admission_ticket t "
            "join registration r on r.id = t.registration_id "
            "join candidate c on c.id = r.candidate_id order by t.ticket_no").fetchall()
    return db, tmp_path, rows


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8-sig") as fh:
        writer = csv.writer(fh)
        writer.writerow(["准考证号", "证件号码", "姓名", "成绩"])
        writer.writerows(rows)
    return path


def cbt_marks(db: Path) -> list[tuple[str, int | None, str]]:
    with sqlite3.connect(db) as conn:
        return conn.execute("select state, total_centi, status from mark "
                            "where source = 'cbt' order by total_centi").fetchall()


def test_import_of_a_good_file_exits_0_and_writes_submitted_marks(site):
    db, folder, people = site
    path = write_csv(folder / "cbt.csv", [[t, i, n, s] for (t, i, n), s in
                                          zip(people[:3], ("75.5", "缺考", "90"), strict=True)])
    done = cli("scores", "import", str(path), "--db", str(db), "--subject", "theory", "--json",
               data=folder)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert (out["imported"], out["absent"], out["applied"], out["problems"]) == (3, 1, True, [])
    assert cbt_marks(db) == [("submitted", None, "absent"), ("submitted", 7550, "normal"),
                             ("submitted", 9000, "normal")]


def test_a_bad_row_exits_1_names_row_and_column_and_imports_nothing(site):
    db, folder, people = site
    (t0, i0, n0), (t1, i1, _n1) = people[0], people[1]
    path = write_csv(folder / "bad.csv", [[t0, i0, n0, "80"], [t1, i1, "李错名", "80"]])
    done = cli("scores", "import", str(path), "--db", str(db), "--subject", "theory",
               data=folder)
    assert done.returncode == 1
    lines = done.stdout.splitlines()
    assert lines[0].startswith("第 3 行，姓名：")
    assert "李错名" in lines[0]
    assert lines[-1] == "rows=2 imported=0 absent=0"
    assert cbt_marks(db) == []
    done = cli("scores", "import", str(path), "--db", str(db), "--subject", "theory", "--json",
               data=folder, lang="en")
    problem = json.loads(done.stdout)["problems"][0]
    assert (problem["row"], problem["column"], problem["code"]) == (
        3, "姓名", "theory.name_mismatch")
    assert problem["message"].startswith("Row 3, 姓名: The name \"李错名\" does not match")


def test_a_missing_file_is_reported_and_the_subject_is_required(site):
    db, folder, _people = site
    done = cli("scores", "import", str(folder / "none.csv"), "--db", str(db), "--subject",
               "theory", "--json", data=folder)
    assert done.returncode == 1
    assert json.loads(done.stdout)["error"] == "import.file_missing"
    done = cli("scores", "import", str(folder / "none.csv"), "--db", str(db), data=folder)
    assert done.returncode == 2


def test_templates_are_written_for_theory_results_and_rubrics(tmp_path):
    done = cli("scores", "template", "--out", str(tmp_path / "t.xlsx"), data=tmp_path)
    assert done.returncode == 0, done.stderr
    assert [c.value for c in load_workbook(tmp_path / "t.xlsx").active[1]] == [
        "准考证号*", "证件号码*", "姓名*", "成绩*", "备注"]
    done = cli("scores", "template", "--out", str(tmp_path / "r.xlsx"), "--kind", "rubric",
               data=tmp_path)
    assert done.returncode == 0, done.stderr
    assert load_workbook(tmp_path / "r.xlsx").sheetnames == ["评分表", "填写说明"]
