"""How long `examsite-cli demo` takes, against the raw limit measured in the same run.

The raw limit: plain sqlite3 `executemany` inserting the same candidate, photo, registration
and ticket rows (already generated, same pragmas) — what any generator must at least pay.

Usage: python benchmarks/demo.py [N]   (default 100000)
"""

from __future__ import annotations

import random
import sqlite3
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.bootstrap import build_app  # noqa: E402
from app.demo.builder import create_demo  # noqa: E402
from app.demo.people import PersonFactory  # noqa: E402


def raw_insert(path: Path, n: int) -> float:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.executescript("""
        create table c (id integer primary key, id_number text, name text, gender text,
                        birth text, unit text, klass text, phone text);
        create table p (cid integer primary key, data blob, sha text);
        create table r (id integer primary key, cid int, occ int, level int);
        create table t (id integer primary key, rid int, ticket text unique);
    """)
    people = PersonFactory(random.Random(1))
    rows = [people.person(18, 55, date(2026, 12, 3)) for _ in range(n)]
    start = time.perf_counter()
    conn.execute("begin")
    conn.executemany("insert into c values (?,?,?,?,?,?,?,?)",
                     [(i, p.id_number, p.name, p.gender, p.birth_date.isoformat(), "单位",
                       "班", p.phone) for i, p in enumerate(rows)])
    conn.executemany("insert into p values (?,?,?)", [(i, p.photo, "x" * 64)
                                                      for i, p in enumerate(rows)])
    conn.executemany("insert into r values (?,?,?,?)", [(i, i, 1, 4) for i in range(n)])
    conn.executemany("insert into t values (?,?,?)", [(i, i, f"{i:015d}") for i in range(n)])
    conn.execute("commit")
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    with tempfile.TemporaryDirectory() as tmp:
        app = build_app(Path(tmp) / "demo.sqlite", data_dir=Path(tmp))
        start = time.perf_counter()
        summary = create_demo(app.uow(), candidates=n, seed=1)
        demo = time.perf_counter() - start
        size = (Path(tmp) / "demo.sqlite").stat().st_size
        app.close()
        raw = raw_insert(Path(tmp) / "raw.sqlite", n)
    print(f"candidates            {n}")
    print(f"rooms / sessions      {summary.rooms} / {summary.sessions}; staff {summary.staff}")
    print(f"create_demo           {demo:.2f} s  ({n / demo:,.0f} candidates/s)")
    print(f"raw sqlite3 inserts   {raw:.2f} s  (same four tables' rows, pre-generated)")
    print(f"ratio                 {demo / raw:.1f}x the raw insert limit")
    print(f"database size         {size / 1e6:.0f} MB")


if __name__ == "__main__":
    main()
