"""`examsite-cli rooms pdf` in subprocesses: door lists, seat charts, sign-in sheets."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[2]


def cli(*args: str, data: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "EXAMSITE_LANG": "zh_CN", "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "app.cli", "--data-dir", str(data), *args],
                          capture_output=True, text=True, cwd=ROOT, env=env, check=False)


def text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("cli-rooms")
    db = folder / "site.sqlite"
    done = cli("demo", "--db", str(db), "--candidates", "40", data=folder)
    assert done.returncode == 0, done.stderr
    return db, folder


def seated(db: Path, room_code: str) -> list[tuple[str, str]]:
    """(name, ticket number) of everyone seated in the room, read straight from SQLite."""
    with sqlite3.connect(db) as conn:
        return conn.execute(
            "select c.name, t.ticket_no from seat_assignment a "
            "join seat s on s.id = a.seat_id join room r on r.id = s.room_id "
            "join registration g on g.id = a.registration_id "
            "join candidate c on c.id = g.candidate_id "
            "join admission_ticket t on t.registration_id = g.id where r.code = ?",
            (room_code,)).fetchall()


def test_the_door_list_of_one_room_names_only_its_candidates(site):
    db, folder = site
    out = folder / "T001 门贴.pdf"
    done = cli("rooms", "pdf", "--db", str(db), "--out", str(out), "--what", "door",
               "--room", "T001", "--json", data=folder)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    mine = seated(db, "T001")
    assert report["rooms"] == ["T001"] and report["candidates"] == len(mine)
    assert report["pages"] == len(PdfReader(out).pages) == 1
    content = text(out)
    assert "理论考场001" in content and "T001" in content
    assert all(name in content and ticket in content for name, ticket in mine)
    others = {name for name, _t in seated(db, "T002")} - {name for name, _t in mine}
    assert not any(name in content for name in others)


@pytest.mark.parametrize("what", ["chart", "signin"])
def test_the_whole_batch_prints_every_room(site, what):
    db, folder = site
    out = folder / f"{what}.pdf"
    done = cli("rooms", "pdf", "--db", str(db), "--out", str(out), "--what", what, "--json",
               data=folder)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    with sqlite3.connect(db) as conn:
        rooms = [r for (r,) in conn.execute(
            "select distinct r.code from exam_session e join room r on r.id = e.room_id "
            "join seat_assignment a on a.exam_session_id = e.id order by r.code")]
    assert report["rooms"] == rooms
    assert report["pages"] == len(PdfReader(out).pages) >= len(rooms)
    content = text(out)
    assert all(name in content for room in rooms for name, _t in seated(db, room))


def test_plain_output_and_an_unknown_room(site):
    db, folder = site
    out = folder / "nested" / "签到表.pdf"
    done = cli("rooms", "pdf", "--db", str(db), "--out", str(out), "--what", "signin",
               "--room", "T001", data=folder)
    assert done.returncode == 0, done.stderr
    assert "sign-in sheets of 1 rooms" in done.stdout and out.exists()
    missing = folder / "missing.pdf"
    done = cli("rooms", "pdf", "--db", str(db), "--out", str(missing), "--what", "chart",
               "--room", "Z999", "--json", data=folder)
    assert done.returncode == 1
    assert json.loads(done.stdout)["error"] == "roomdocs.room_not_in_batch"
    assert not missing.exists()
    done = cli("rooms", "pdf", "--db", str(db), "--out", str(missing), "--what", "poster",
               data=folder)
    assert done.returncode == 2 and "invalid choice" in done.stderr
