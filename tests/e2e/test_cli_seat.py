"""`examsite-cli seat` in a subprocess: a reproducible draw, its report and its refusals."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def cli(*args: str, data: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "EXAMSITE_LANG": "zh_CN", "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "app.cli", "--data-dir", str(data), *args],
                          capture_output=True, text=True, cwd=ROOT, env=env, check=False)


def theory_session(db: Path) -> str:
    with sqlite3.connect(db) as conn:
        return conn.execute(
            "select s.code from exam_session s join subject j on j.id = s.subject_id "
            "where j.kind = 'theory' order by s.id limit 1").fetchone()[0]


def seats(db: Path) -> list[tuple[int, int]]:
    with sqlite3.connect(db) as conn:
        return conn.execute("select registration_id, seat_id from seat_assignment "
                            "order by registration_id, seat_id").fetchall()


def test_the_same_seed_reproduces_the_draw_and_json_reports_it(tmp_path: Path):
    results = []
    for name in ("first", "second"):
        db = tmp_path / f"{name}.sqlite"
        assert cli("demo", "--db", str(db), "--candidates", "60", data=tmp_path).returncode == 0
        done = cli("seat", "--db", str(db), "--session", theory_session(db), "--mode",
                   "shuffled", "--seed", "2024", "--json", data=tmp_path)
        assert done.returncode == 0, done.stderr
        report = json.loads(done.stdout)
        assert report["seed"] == 2024 and report["mode"] == "shuffled"
        assert report["seated"] == 60 and report["rooms"]
        results.append(seats(db))
    assert results[0] == results[1]


def test_plain_output_names_the_draw_in_chinese_and_bad_session_exits_1(tmp_path: Path):
    db = tmp_path / "site.sqlite"
    assert cli("demo", "--db", str(db), "--candidates", "40", data=tmp_path).returncode == 0
    done = cli("seat", "--db", str(db), "--session", theory_session(db), "--seed", "5",
               data=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "40" in done.stdout and "5" in done.stdout
    bad = cli("seat", "--db", str(db), "--session", "S99999", data=tmp_path)
    assert bad.returncode == 1
    assert "S99999" in bad.stderr + bad.stdout
