"""`examsite-cli keys|export|import`: enrolment with fingerprints, a site package, a dry run."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def cli(*args: str, data: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "EXAMSITE_LANG": "zh_CN", "PYTHONPATH": str(ROOT),
           "EXAMSITE_PLAIN_DB": "1"}
    return subprocess.run([sys.executable, "-m", "app.cli", "--data-dir", str(data), *args],
                          capture_output=True, text=True, cwd=ROOT, env=env, check=False,
                          stdin=subprocess.DEVNULL)


def ok_json(done: subprocess.CompletedProcess[str]) -> dict:
    assert done.returncode == 0, done.stdout + done.stderr
    return json.loads(done.stdout)


def candidates(db: Path) -> int:
    with closing(sqlite3.connect(db)) as conn:
        return int(conn.execute("select count(*) from candidate").fetchone()[0])


def test_enrol_export_and_import_a_site_package(
        demo_template: Path, empty_template: Path, tmp_path: Path) -> None:
    body, site = tmp_path / "body.sqlite", tmp_path / "site.sqlite"
    shutil.copy(demo_template, body)
    shutil.copy(empty_template, site)
    data = tmp_path / "data"
    body_key = ok_json(cli("keys", "show", "--db", str(body), "--kind", "body", "--json",
                           data=data))
    site_key = ok_json(cli("keys", "show", "--db", str(site), "--kind", "site", "--json",
                           data=data))
    assert len(site_key["fingerprint"].split()) == 8 and body_key["kind"] == "body"
    ok_json(cli("keys", "export", "--db", str(site), "--out", str(tmp_path / "site.json"),
                "--json", data=data))
    ok_json(cli("keys", "export", "--db", str(body), "--out", str(tmp_path / "body.json"),
                "--json", data=data))

    wrong = cli("keys", "enrol", str(tmp_path / "site.json"), "--db", str(body),
                "--fingerprint", body_key["fingerprint"], data=data)
    assert wrong.returncode == 1 and "指纹不一致" in wrong.stderr
    ok_json(cli("keys", "enrol", str(tmp_path / "site.json"), "--db", str(body),
                "--fingerprint", site_key["fingerprint"].lower(), "--json", data=data))
    ok_json(cli("keys", "trust", str(tmp_path / "body.json"), "--db", str(site),
                "--fingerprint", body_key["fingerprint"], "--json", data=data))

    package = tmp_path / "usb" / "site.espkg"
    sent = ok_json(cli("export", "site", "--db", str(body), "--to", str(tmp_path / "site.json"),
                       "--out", str(package), "--json", data=data))
    assert sent["sequence"] == 1 and package.stat().st_size == sent["size"]

    dry = ok_json(cli("import", str(package), "--db", str(site), "--dry-run", "--json",
                      data=data))
    assert dry["dry_run"] and dry["tables"]["candidate"]["added"] == 200
    assert candidates(site) == 0
    done = ok_json(cli("import", str(package), "--db", str(site), "--json", data=data))
    assert done["added"] == dry["added"] and candidates(site) == 200
    again = cli("import", str(package), "--db", str(site), data=data)
    assert again.returncode == 1 and "已经导入" in again.stderr
