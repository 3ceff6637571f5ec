"""`examsite-cli audit verify` / `audit head` in subprocesses on a real demo database."""

from __future__ import annotations

import json
import os
import shutil
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
def site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("cli-audit")
    db = folder / "site.sqlite"
    done = cli("demo", "--db", str(db), "--candidates", "20", data=folder)
    assert done.returncode == 0, done.stderr
    return db, folder


def copy_of(site: tuple[Path, Path], name: str) -> Path:
    db, _folder = site
    target = db.with_name(name)
    shutil.copy(db, target)
    return target


def test_head_prints_id_and_hash_and_verify_says_intact(site):
    db, folder = site
    head = cli("audit", "head", "--db", str(db), data=folder)
    assert head.returncode == 0, head.stderr
    event_id, _, digest = head.stdout.strip().partition(":")
    assert int(event_id) >= 2 and len(digest) == 64
    as_json = json.loads(cli("audit", "head", "--db", str(db), "--json", data=folder).stdout)
    assert as_json["head"] == head.stdout.strip()
    done = cli("--lang", "en", "audit", "verify", "--db", str(db), "--head",
               head.stdout.strip(), data=folder)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("The audit trail is intact")
    assert head.stdout.strip() in done.stdout


def test_an_edited_event_is_named_with_exit_code_1(site):
    db, folder = site
    copy = copy_of(site, "edited.sqlite")
    with sqlite3.connect(copy) as conn:
        conn.execute("update audit_event set actor='mallory' where id=1")
    done = cli("audit", "verify", "--db", str(copy), "--json", data=folder)
    assert done.returncode == 1
    out = json.loads(done.stdout)
    assert out["ok"] is False and out["code"] == "audit.edited" and out["event_id"] == 1
    plain = cli("--lang", "en", "audit", "verify", "--db", str(copy), data=folder)
    assert plain.returncode == 1 and "Audit event 1 was changed" in plain.stdout


def test_a_truncated_trail_is_caught_only_against_the_recorded_head(site):
    db, folder = site
    head = cli("audit", "head", "--db", str(db), data=folder).stdout.strip()
    last = int(head.split(":")[0])
    copy = copy_of(site, "truncated.sqlite")
    with sqlite3.connect(copy) as conn:
        conn.execute("delete from audit_event where id=?", (last,))
    assert cli("audit", "verify", "--db", str(copy), data=folder).returncode == 0
    done = cli("audit", "verify", "--db", str(copy), "--head", head, "--json", data=folder)
    assert done.returncode == 1
    out = json.loads(done.stdout)
    assert out["code"] == "audit.truncated" and out["event_id"] == last


def test_a_malformed_head_is_refused(site):
    db, folder = site
    done = cli("audit", "verify", "--db", str(db), "--head", "12:nothex", "--json", data=folder)
    assert done.returncode == 1
    assert json.loads(done.stdout)["error"] == "audit.bad_head"
