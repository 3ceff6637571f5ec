"""Killing the process right after an admitted verdict is shown never loses that check-in."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from sqlalchemy import select

from app.db import Database
from app.model import CheckinEvent

ROOT = Path(__file__).resolve().parents[2]

CHILD = textwrap.dedent("""
    import sys
    from datetime import datetime, timedelta
    from pathlib import Path
    from sqlalchemy import select
    from app.bootstrap import build_app
    from app.clock import CHINA_TZ, FixedClock
    from app.model import AdmissionTicket
    from app.rules.workdays import WorkdayCalendar
    from app.services.checkin import Desk, check_in

    db, start = Path(sys.argv[1]), int(sys.argv[2])
    app = build_app(db, data_dir=db.parent, calendar=WorkdayCalendar(),
                    clock=FixedClock(datetime(2026, 12, 3, 8, 30, tzinfo=CHINA_TZ)))
    with app.uow().read() as s:
        qrs = [p.decode() for p in s.scalars(select(AdmissionTicket.payload)
                                             .order_by(AdmissionTicket.id))]
    for qr in qrs[start:]:
        result = check_in(app.uow(), 1, qr, Desk("kill-test"))
        # The verdict is "shown" only after check_in returned, i.e. after the commit.
        print(result.event_id, result.verdict.value, flush=True)
""")


def test_acknowledged_admissions_survive_sigkill(demo_template, tmp_path):
    db = tmp_path / "site.sqlite"
    shutil.copy(demo_template, db)
    rng = random.Random(7)
    acknowledged: dict[int, str] = {}
    start = 0
    for _round in range(12):
        with subprocess.Popen(
                [sys.executable, "-c", CHILD, str(db), str(start)], cwd=ROOT,
                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                env={**os.environ, "PYTHONPATH": str(ROOT)}) as child:
            assert child.stdout is not None
            wanted = rng.randint(1, 6)
            for _ in range(wanted):
                line = child.stdout.readline()
                if not line:
                    break
                event_id, verdict = line.split()
                acknowledged[int(event_id)] = verdict
            child.send_signal(signal.SIGKILL)  # no chance to clean up or checkpoint
            child.wait()
        start += wanted + 1
    assert len(acknowledged) >= 12
    database = Database.open(db)
    try:
        assert database.integrity_check() == "ok"
        with database.read() as s:
            stored = dict(s.execute(select(CheckinEvent.id, CheckinEvent.verdict)
                                    .where(CheckinEvent.id.in_(acknowledged))).all())
        assert stored == acknowledged
        assert set(acknowledged.values()) == {"admitted"}
    finally:
        database.close()
