"""`examsite-cli archive show|export|verify|purge` in subprocesses on a real demo database."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PASS = "correct horse battery staple"


def cli(*args: str, data: Path, **env: str) -> subprocess.CompletedProcess[str]:
    # A plain database, so the test can age the batch with sqlite3.
    full = {**os.environ, "EXAMSITE_LANG": "zh_CN", "PYTHONPATH": str(ROOT),
            "EXAMSITE_PLAIN_DB": "1", **env}
    return subprocess.run([sys.executable, "-m", "app.cli", "--data-dir", str(data), *args],
                          capture_output=True, text=True, cwd=ROOT, env=full, check=False,
                          stdin=subprocess.DEVNULL)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("cli-archive")
    db = folder / "site.sqlite"
    done = cli("demo", "--db", str(db), "--candidates", "20", "--exam-date", "2026-12-03",
               data=folder)
    assert done.returncode == 0, done.stderr
    return db, folder


def copy_of(site: tuple[Path, Path], name: str) -> Path:
    db, _folder = site
    target = db.with_name(name)
    shutil.copy(db, target)
    return target


def aged(db: Path) -> None:
    """Make the batch one whose exam ended six years ago (its retention period is over)."""
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.execute("update batch set eval_date='2020-01-09', end_date='2020-01-10'")
        conn.execute("update batch_milestone set done_on='2019-12-20'")


def test_show_prints_both_retention_dates(site):
    db, folder = site
    done = cli("archive", "show", "--db", str(db), "--json", data=folder)
    assert done.returncode == 0, done.stderr
    shown = json.loads(done.stdout)
    assert shown["paper_keep_until"] == "2029-12-04"
    assert shown["electronic_keep_until"] == "2031-12-04"
    assert shown["purge_from"] == "2031-12-05"
    assert shown["batch_code"].endswith("-20261203-3")


def test_export_then_verify_with_the_passphrase_from_the_environment(site):
    db, folder = copy_of(site, "export.sqlite"), site[1]
    out = folder / "batch.age"
    done = cli("archive", "export", "--db", str(db), "--out", str(out),
               "--passphrase-env", "ARCHIVE_PASS", "--json", data=folder, ARCHIVE_PASS=PASS)
    assert done.returncode == 0, done.stderr
    written = json.loads(done.stdout)
    assert written["ok"] and written["file"] == str(out) and out.exists()
    assert written["rows"]["candidate"] == 20
    checked = cli("archive", "verify", str(out), "--passphrase-env", "ARCHIVE_PASS", "--json",
                  data=folder, ARCHIVE_PASS=PASS)
    assert checked.returncode == 0, checked.stderr
    report = json.loads(checked.stdout)
    assert report["ok"] and report["bad_members"] == [] and report["audit"]["intact"]
    wrong = cli("--lang", "en", "archive", "verify", str(out), "--passphrase-env",
                "ARCHIVE_PASS", data=folder, ARCHIVE_PASS="something else")
    assert wrong.returncode == 1
    assert "wrong passphrase" in wrong.stderr
    shown = json.loads(cli("archive", "show", "--db", str(db), "--json", data=folder).stdout)
    assert shown["last_export_at"] is not None


def test_the_passphrase_is_never_an_argument(site):
    db, folder = site
    done = cli("archive", "export", "--db", str(db), "--out", str(folder / "x.age"),
               "--passphrase", PASS, data=folder)
    assert done.returncode == 2 and not (folder / "x.age").exists()
    empty = cli("--lang", "en", "archive", "export", "--db", str(db), "--out",
                str(folder / "x.age"), "--passphrase-env", "NO_SUCH_VAR_HERE", data=folder)
    assert empty.returncode == 1 and "NO_SUCH_VAR_HERE" in empty.stderr


def test_purge_is_refused_before_the_date(site):
    db, folder = copy_of(site, "early.sqlite"), site[1]
    code = json.loads(cli("archive", "show", "--db", str(db), "--json",
                          data=folder).stdout)["batch_code"]
    done = cli("--lang", "en", "archive", "purge", "--db", str(db), "--confirm", code,
               data=folder)
    assert done.returncode == 1
    assert "2031-12-05" in done.stderr


def test_purge_after_the_date_with_the_batch_code_leaves_a_verifying_trail(site):
    db, folder = copy_of(site, "old.sqlite"), site[1]
    aged(db)
    code = json.loads(cli("archive", "show", "--db", str(db), "--json",
                          data=folder).stdout)["batch_code"]
    assert code.endswith("-20200109-3")
    not_exported = cli("--lang", "en", "archive", "purge", "--db", str(db), "--confirm", code,
                       data=folder)
    assert not_exported.returncode == 1 and "Export an archive" in not_exported.stderr
    out = folder / "old.age"
    assert cli("archive", "export", "--db", str(db), "--out", str(out), "--passphrase-env",
               "ARCHIVE_PASS", data=folder, ARCHIVE_PASS=PASS).returncode == 0
    wrong = cli("archive", "purge", "--db", str(db), "--confirm", "nope", "--json",
                data=folder)
    assert wrong.returncode == 1 and json.loads(wrong.stdout)["error"] == \
        "archive.wrong_confirmation"
    done = cli("archive", "purge", "--db", str(db), "--confirm", code, "--json", data=folder)
    assert done.returncode == 0, done.stderr
    purged = json.loads(done.stdout)
    assert purged["chain_intact"] and purged["deleted"]["candidate"] == 20
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("select count(*) from registration").fetchone() == (0,)
        assert conn.execute("select count(*) from audit_event where action='archive.purged'"
                            ).fetchone() == (1,)
    assert cli("audit", "verify", "--db", str(db), data=folder).returncode == 0
