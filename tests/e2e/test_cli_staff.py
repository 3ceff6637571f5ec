"""`examsite-cli staff assign|check|pdf` in subprocesses on a fresh demo database."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
RULES = ["proctors", "examiners", "experts", "supervisor", "recusal", "double_booking",
         "qualification", "rotation"]


def cli(*args: str, data: Path, lang: str = "zh_CN") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "EXAMSITE_LANG": lang, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "app.cli", "--data-dir", str(data), *args],
                          capture_output=True, text=True, cwd=ROOT, env=env, check=False)


@pytest.fixture
def site(tmp_path: Path) -> tuple[Path, Path]:
    db = tmp_path / "site.sqlite"
    done = cli("demo", "--db", str(db), "--candidates", "60", "--exam-date", "2026-12-03",
               data=tmp_path)
    assert done.returncode == 0, done.stderr
    return db, tmp_path


def test_check_lists_every_rule_and_exits_1_while_a_rule_blocks(site):
    db, folder = site
    done = cli("staff", "check", "--db", str(db), "--json", data=folder, lang="en")
    assert done.returncode == 1, done.stderr
    out = json.loads(done.stdout)
    assert [r["rule"] for r in out["rules"]] == RULES
    statuses = {r["rule"]: r["status"] for r in out["rules"]}
    assert statuses["proctors"] == "block" and statuses["recusal"] == "ok"
    assert out["status"] == "block"
    proctors = next(r for r in out["rules"] if r["rule"] == "proctors")
    first = proctors["findings"][0]
    assert first["code"] == "staffing.proctors_short" and first["room"] == "T001"
    assert first["message"].startswith("Room T001, session ")
    assert first["message"].endswith("need 2 proctors; 0 assigned.")


def test_assign_then_check_exits_0_with_every_rule_ok(site):
    db, folder = site
    done = cli("staff", "assign", "--db", str(db), "--seed", "9", "--json", data=folder)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["seed"] == 9 and out["created"] > 0 and out["shortfalls"] == []
    assert out["check"]["status"] == "ok"
    done = cli("staff", "check", "--db", str(db), "--json", data=folder)
    assert done.returncode == 0, done.stderr
    assert {r["status"] for r in json.loads(done.stdout)["rules"]} == {"ok"}
    with sqlite3.connect(db) as conn:
        seed = conn.execute("select json_extract(summary, '$.seed') from audit_event "
                            "where action = 'staffing.auto_assigned'").fetchone()[0]
    assert seed == 9


def test_assign_reports_what_is_missing_and_exits_1(site):
    db, folder = site
    with sqlite3.connect(db) as conn:  # leave a single proctor
        conn.execute("delete from staff_role where role = 'proctor' and staff_id > "
                     "(select min(staff_id) from staff_role where role = 'proctor')")
    done = cli("staff", "assign", "--db", str(db), "--seed", "1", "--json", data=folder,
               lang="en")
    assert done.returncode == 1
    out = json.loads(done.stdout)
    first = out["shortfalls"][0]
    assert first["code"] == "staffing.missing_proctors" and first["room"] == "T001"
    assert first["message"].startswith("Room T001, session ")
    assert "needs 1 more proctors: 1 of 2 assigned" in first["message"]


def test_pdf_writes_badges_and_the_table(site):
    db, folder = site
    nothing = cli("staff", "pdf", "--db", str(db), "--out", str(folder / "x.pdf"),
                  "--what", "badges", data=folder, lang="en")
    assert nothing.returncode == 1
    assert "Nobody is assigned in this batch yet" in nothing.stderr
    assert not (folder / "x.pdf").exists()
    assert cli("staff", "assign", "--db", str(db), "--seed", "1", data=folder).returncode == 0
    for what in ("badges", "table"):
        out = folder / f"{what}.pdf"
        done = cli("staff", "pdf", "--db", str(db), "--out", str(out), "--what", what, "--json",
                   data=folder)
        assert done.returncode == 0, done.stderr
        info = json.loads(done.stdout)
        assert info["pages"] >= 1 and info["items"] > 0
        assert out.read_bytes().startswith(b"%PDF")
