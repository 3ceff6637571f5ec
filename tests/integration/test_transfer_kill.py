"""Killing the process in the middle of an import leaves the database as it was (the import is
one transaction); importing the same package again then succeeds."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

from app.services.transfer import export_package
from tests.transfer_world import key_id, make_world

ROOT = Path(__file__).resolve().parents[2]
WORKER = ROOT / "tests" / "data" / "import_worker.py"


def state(db: Path) -> tuple[str, int, int]:
    with closing(sqlite3.connect(db)) as conn:
        return (conn.execute("pragma integrity_check").fetchone()[0],
                conn.execute("select count(*) from candidate").fetchone()[0],
                conn.execute("select count(*) from package_log").fetchone()[0])


def start(db: Path, package: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "EXAMSITE_PLAIN_DB": "1"}
    return subprocess.Popen([sys.executable, str(WORKER), str(db), str(package)], text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)


def test_an_import_killed_at_random_moments_leaves_nothing_then_succeeds(
        demo_template: Path, empty_template: Path, tmp_path: Path) -> None:
    world = make_world(demo_template, empty_template, tmp_path / "w", stations=0)
    package = tmp_path / "site.espkg"
    export_package(world.body.uow(), "site", 1, [key_id(world.site)], package)
    db = Path(world.site.db.path)
    world.close()

    # how long an import takes after the database is open, to kill inside that window
    probe_db = tmp_path / "probe.sqlite"
    probe_db.write_bytes(db.read_bytes())
    probe = start(probe_db, package)
    assert probe.stdout is not None and probe.stdout.readline().strip() == "opened"
    began = time.monotonic()
    line = probe.stdout.readline()
    window = time.monotonic() - began
    _out, err = probe.communicate(timeout=120)
    assert probe.returncode == 0 and line.startswith("imported"), err

    rng = random.Random(7)
    killed = 0
    for _ in range(6):
        child = start(db, package)
        assert child.stdout is not None and child.stdout.readline().strip() == "opened"
        time.sleep(rng.uniform(0.05, 0.8) * window)
        child.send_signal(signal.SIGKILL)
        child.communicate(timeout=60)
        check, candidates, logged = state(db)
        assert check == "ok"
        assert (candidates, logged) in {(0, 0), (200, 1)}  # all of it or nothing
        if candidates:
            break  # the commit won the race; nothing left to interrupt
        killed += 1
    assert killed >= 1
    if state(db)[1] == 0:
        again = start(db, package)
        out, err = again.communicate(timeout=120)
        assert again.returncode == 0 and "imported" in out, err
    assert state(db) == ("ok", 200, 1)
