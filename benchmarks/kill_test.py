"""The kill harness with more kills: acknowledged check-ins and mark entries in a child process,
SIGKILLed at random moments, restarted, again and again (tests/data/kill_worker.py).

Usage: python benchmarks/kill_test.py [KILLS] [--seed N] [--max-delay SECONDS] [--wal]
(defaults 2000 kills, seed 1, 0.15 s; --wal sets EXAMSITE_FORCE_WAL=1 for the children).
Prints kills/s, acknowledged writes, lost and the integrity check; exits 1 on any loss.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.bootstrap import build_app  # noqa: E402
from app.clock import CHINA_TZ, FixedClock  # noqa: E402
from app.demo.builder import create_demo  # noqa: E402
from app.rules.workdays import WorkdayCalendar  # noqa: E402
from app.sqlite_safety import FORCE_WAL_ENV, choose_journal  # noqa: E402
from tests.data import kill_worker as harness  # noqa: E402

DEMO_BUILT = datetime(2026, 11, 23, 9, 0, tzinfo=CHINA_TZ)  # as tests/conftest.py builds it


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("kills", type=int, nargs="?", default=2000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--max-delay", type=float, default=0.15)
    parser.add_argument("--wal", action="store_true", help=f"set {FORCE_WAL_ENV}=1")
    args = parser.parse_args()
    logging.basicConfig(level=logging.ERROR)
    if args.wal:
        os.environ[FORCE_WAL_ENV] = "1"
    print(choose_journal().describe())
    with tempfile.TemporaryDirectory() as tmp:
        template = Path(tmp) / "demo.sqlite"
        app = build_app(template, data_dir=Path(tmp) / "data", calendar=WorkdayCalendar(),
                        clock=FixedClock(DEMO_BUILT))
        create_demo(app.uow(), candidates=200, seed=1, exam_date=harness.EXAM_MORNING.date())
        app.close()
        db = harness.fresh_copy(template, Path(tmp) / "run")
        examiner = harness.prepare(db)
        run = harness.run_kills(db, examiner, args.kills, seed=args.seed,
                                max_delay=args.max_delay)
        started = time.perf_counter()
        outcome = harness.check(db, examiner, run)
        checked = time.perf_counter() - started
    killed = sum(1 for code in run.exits if code == -9)
    print(f"kills:                 {run.kills} ({killed} by SIGKILL) in {run.seconds:.1f} s"
          f" = {run.kills / run.seconds:.1f} kills/s")
    print(f"journal mode:          {', '.join(sorted(run.journal_modes))}")
    print(f"acknowledged writes:   {len(run.acks)}"
          f" ({sum(a[0] == 'checkin' for a in run.acks.values())} check-ins,"
          f" {sum(a[0] == 'mark' for a in run.acks.values())} mark entries)")
    print(f"writes in the database: {outcome.written}"
          f" ({outcome.written - len(run.acks)} committed but killed before the acknowledgement)")
    print(f"lost = {len(outcome.lost)}, duplicates = {len(outcome.duplicates)}")
    print(f"integrity_check:       {outcome.integrity}; audit chain: {outcome.audit_chain}"
          f" (checked in {checked:.2f} s)")
    bad = (outcome.lost or outcome.duplicates or outcome.integrity != "ok"
           or outcome.audit_chain not in ("ok", "not checked"))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
