"""`examsite-cli users`: add, list, roles, reset a password, disable."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def cli(*args: str, data: Path, **env: str) -> subprocess.CompletedProcess[str]:
    full = {**os.environ, "EXAMSITE_LANG": "zh_CN", "PYTHONPATH": str(ROOT),
            "EXAMSITE_PLAIN_DB": "1", **env}
    return subprocess.run([sys.executable, "-m", "app.cli", "--data-dir", str(data), *args],
                          capture_output=True, text=True, cwd=ROOT, env=full, check=False,
                          stdin=subprocess.DEVNULL)


def test_accounts_from_the_command_line(empty_template: Path, tmp_path: Path) -> None:
    db = tmp_path / "site.sqlite"
    shutil.copy(empty_template, db)
    data = tmp_path / "data"
    added = cli("users", "add", "clerk.li", "--db", str(db), "--display", "李检录",
                "--role", "checkin_clerk", "--password-env", "PW", "--json", data=data,
                PW="clerk-pass")
    assert added.returncode == 0, added.stderr
    weak = cli("users", "reset-password", "clerk.li", "--db", str(db), "--password-env", "PW",
               data=data, PW="123")
    assert weak.returncode == 1 and "至少" in weak.stderr
    assert cli("users", "roles", "clerk.li", "--db", str(db), "--role", "checkin_clerk",
               "--role", "proctor", data=data).returncode == 0
    assert cli("users", "disable", "clerk.li", "--db", str(db), "--reason", "借调结束",
               data=data).returncode == 0
    listed = cli("users", "list", "--db", str(db), "--json", data=data)
    rows = {r["username"]: r for r in json.loads(listed.stdout)}
    assert rows["clerk.li"]["roles"] == ["checkin_clerk", "proctor"]
    assert rows["clerk.li"]["active"] is False
