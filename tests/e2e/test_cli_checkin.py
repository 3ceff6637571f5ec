"""`examsite-cli checkin` and `tickets` in subprocesses, on the real clock."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def cli(*args: str, data: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "EXAMSITE_LANG": "zh_CN", "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "app.cli", "--data-dir", str(data), *args],
                          capture_output=True, text=True, cwd=ROOT, env=env, check=False)


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("cli-checkin")
    db = folder / "site.sqlite"
    done = cli("demo", "--db", str(db), "--candidates", "40", "--starts-in", "30",
               data=folder)
    assert done.returncode == 0, done.stderr
    return db, folder


def qr(db: Path, offset: int) -> tuple[str, str]:
    with sqlite3.connect(db) as conn:
        ticket_no, payload = conn.execute(
            "select ticket_no, payload from admission_ticket order by id limit 1 offset ?",
            (offset,)).fetchone()
    return ticket_no, payload.decode()


def checkin(db: Path, folder: Path, scan: str, *extra: str) -> tuple[int, dict]:
    done = cli("checkin", "--db", str(db), "--scan", scan, "--desk", "门口1", "--json", *extra,
               data=folder)
    return done.returncode, json.loads(done.stdout)


def test_a_genuine_ticket_is_admitted_with_exit_code_0(site):
    db, folder = site
    ticket_no, text = qr(db, 0)
    code, out = checkin(db, folder, text)
    assert code == 0
    assert out["verdict"] == "admitted" and out["class"] == "ok"
    assert out["ticket_no"] == ticket_no and out["slot"]["seat_label"]
    code, again = checkin(db, folder, text)
    assert code == 1 and again["verdict"] == "already_checked_in"
    assert again["previous"]["desk"] == "门口1"


def test_a_changed_character_is_refused_as_forged_or_unreadable(site):
    db, folder = site
    _ticket_no, text = qr(db, 1)
    i = len(text) // 2
    forged = text[:i] + ("A" if text[i] != "A" else "B") + text[i + 1:]
    code, out = checkin(db, folder, forged)
    assert code == 1 and out["verdict"] in ("forged", "unreadable")
    assert out["class"] == "refuse" and out["message"]


def test_a_cancelled_ticket_is_revoked(site):
    db, folder = site
    ticket_no, text = qr(db, 2)
    done = cli("tickets", "revoke", ticket_no, "--db", str(db), "--reason", "考生放弃",
               "--json", data=folder)
    assert done.returncode == 0, done.stderr
    code, out = checkin(db, folder, text)
    assert code == 1 and out["verdict"] == "revoked"
    assert out["message"] == "该准考证已作废或已被补办的新证取代。"


def test_a_wrong_id_number_is_refused(site):
    db, folder = site
    _t, text = qr(db, 3)
    code, out = checkin(db, folder, text, "--id-number", "11010519491231002X")
    assert code == 1 and out["verdict"] == "id_mismatch"


def test_revoking_without_a_reason_is_a_usage_error(site):
    db, folder = site
    ticket_no, _ = qr(db, 4)
    assert cli("tickets", "revoke", ticket_no, "--db", str(db), data=folder).returncode == 2
