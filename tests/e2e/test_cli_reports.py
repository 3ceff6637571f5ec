"""`examsite-cli roster|records|evaluation-report|supervision-record|verify-page` in
subprocesses on a fresh demo database with marks filled in."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
import zxingcpp
from openpyxl import load_workbook
from PIL import Image

from app.bootstrap import build_app
from tests.score_data import fill_demo_marks

ROOT = Path(__file__).resolve().parents[2]


def cli(*args: str, data: Path, lang: str = "zh_CN") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "EXAMSITE_LANG": lang, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "app.cli", "--data-dir", str(data), *args],
                          capture_output=True, text=True, cwd=ROOT, env=env, check=False)


def _page_code(pdf: Path, page: int, folder: Path) -> str:
    stem = folder / f"scan{page}"
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-f", str(page), "-l", str(page),
                    "-singlefile", str(pdf), str(stem)], check=True)
    codes = zxingcpp.read_barcodes(Image.open(stem.with_suffix(".png")),
                                   formats=zxingcpp.BarcodeFormat.QRCode)
    assert len(codes) == 1
    return codes[0].text


@pytest.fixture
def scored(tmp_path: Path) -> tuple[Path, Path]:
    db = tmp_path / "site.sqlite"
    done = cli("demo", "--db", str(db), "--candidates", "60", "--exam-date", "2026-12-03",
               data=tmp_path)
    assert done.returncode == 0, done.stderr
    app = build_app(db, data_dir=tmp_path)
    try:
        fill_demo_marks(app)
    finally:
        app.close()
    return db, tmp_path


def test_roster_pdf_and_xlsx_then_the_page_code_verifies_until_a_mark_changes(scored):
    db, folder = scored
    pdf, xlsx = folder / "roster.pdf", folder / "roster.xlsx"
    done = cli("roster", "--db", str(db), "--out", str(pdf), "--xlsx", str(xlsx), "--json",
               data=folder)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["ok"] and out["pages"] >= 1 and out["candidates"] == 60
    sheet = load_workbook(xlsx).active
    assert sheet["A3"].value == "序号" and sheet.max_row == 3 + 60 + 2
    label, head = str(sheet.cell(row=65, column=1).value).split("：")
    assert label == "审计记录链头（导出时）"  # the trail must still reach the exported head
    verified = cli("audit", "verify", "--db", str(db), "--head", head, data=folder)
    assert verified.returncode == 0, verified.stdout + verified.stderr
    names = {sheet.cell(row=r, column=6).value for r in range(4, 64)}
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout
    assert all(name in text for name in names)

    code = _page_code(pdf, 1, folder)
    done = cli("verify-page", "--db", str(db), "--code", code, "--json", data=folder)
    assert done.returncode == 0, done.stderr
    check = json.loads(done.stdout)
    assert check["ok"] and check["kind"] == "roster" and check["reason"] == "pages.ok"
    done = cli("verify-page", "--db", str(db), "--code", code, data=folder, lang="en")
    assert done.returncode == 0 and done.stdout.startswith("OK  roster")
    assert "has not changed" in done.stdout

    occupation_code, level, _n = check["page"]
    with sqlite3.connect(db) as conn:
        conn.execute(
            "UPDATE mark SET total_centi = total_centi + 100 WHERE id = (SELECT m.id FROM mark m"
            " JOIN registration r ON r.id = m.registration_id JOIN occupation o"
            " ON o.id = r.occupation_id JOIN subject s ON s.id = m.subject_id"
            " WHERE o.code = ? AND r.level = ? AND s.kind = 'theory' ORDER BY m.id LIMIT 1)",
            (occupation_code, level))
    done = cli("verify-page", "--db", str(db), "--code", code, "--json", data=folder,
               lang="en")
    assert done.returncode == 1
    check = json.loads(done.stdout)
    assert not check["ok"] and check["reason"] == "pages.changed"
    assert "changed since it was printed" in check["message"]


def test_records_for_one_candidate_and_the_summary_documents(scored):
    db, folder = scored
    with sqlite3.connect(db) as conn:
        ticket = conn.execute("SELECT ticket_no FROM admission_ticket ORDER BY ticket_no"
                              " LIMIT 1").fetchone()[0]
    pdf = folder / "records.pdf"
    done = cli("records", "--db", str(db), "--out", str(pdf), "--ticket", ticket, "--json",
               data=folder)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["pages"] in (2, 3)
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout
    assert ticket in text and "评分记录表" in text
    code = _page_code(pdf, 2, folder)
    assert cli("verify-page", "--db", str(db), "--code", code, data=folder).returncode == 0

    for command in ("evaluation-report", "supervision-record"):
        out = folder / f"{command}.pdf"
        done = cli(command, "--db", str(db), "--out", str(out), data=folder)
        assert done.returncode == 0, done.stderr
        assert out.stat().st_size > 10_000


def test_a_code_that_is_not_a_page_fails_with_exit_1(scored):
    db, folder = scored
    done = cli("verify-page", "--db", str(db), "--code", "ES1:NOTAPAGE", "--json", data=folder,
               lang="en")
    assert done.returncode == 1
    assert json.loads(done.stdout)["reason"] == "pages.unreadable"
