"""The same body-side work on a SQLite file and on a PostgreSQL database, side by side.

Builds the demo with N candidates on each, then times a screen list (every candidate of the
batch), the audit chain's verification and reading a site package's rows. The server: a URL as
the second argument or ``EXAMSITE_TEST_PG_URL`` (``scripts/pg_server.sh start`` prints one,
with fsync off: a lower bound for a durable server); a database ``examsite_bench`` is created
on it and dropped afterwards.

Usage: python benchmarks/postgresql.py [N] [URL]   (default 10000)
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import create_engine, make_url, select, text  # noqa: E402

from app.bootstrap import App, build_app  # noqa: E402
from app.demo.builder import create_demo  # noqa: E402
from app.model import Batch  # noqa: E402
from app.services.audit_verify import verify_chain  # noqa: E402
from app.services.queries import candidate_rows  # noqa: E402
from app.transfer import records  # noqa: E402
from app.transfer.tables import SITE_TABLES  # noqa: E402

BENCH_DB = "examsite_bench"


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def run(app: App, n: int) -> dict[str, float]:
    out = {"demo": timed(lambda: create_demo(app.uow(), candidates=n, seed=1))}
    with app.uow().read() as s:
        batch_id = int(s.scalar(select(Batch.id)) or 0)
    out["candidate list"] = timed(lambda: candidate_rows(app.uow(), batch_id))
    out["audit chain"] = timed(lambda: verify_chain(app.uow()))

    def package_rows() -> None:
        with app.uow().read() as s:
            for spec in SITE_TABLES:
                for _rows in records.dump(s.connection(), spec, batch_id):
                    pass

    out["site package rows"] = timed(package_rows)
    return out


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    url = sys.argv[2] if len(sys.argv) > 2 else os.environ.get("EXAMSITE_TEST_PG_URL", "")
    if not url:
        sys.exit("give a PostgreSQL URL (scripts/pg_server.sh start prints one)")
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{BENCH_DB}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{BENCH_DB}"'))
    try:
        with tempfile.TemporaryDirectory() as tmp:
            lite = build_app(Path(tmp) / "bench.sqlite", data_dir=Path(tmp))
            pg_url = make_url(url).set(database=BENCH_DB).render_as_string(hide_password=False)
            pg = build_app(pg_url, data_dir=Path(tmp))
            a, b = run(lite, n), run(pg, n)
            lite.close()
            pg.close()
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{BENCH_DB}" WITH (FORCE)'))
        admin.dispose()
    print(f"{n} candidates          SQLite file   PostgreSQL   ratio")
    for step in a:
        print(f"{step:<22}{a[step]:>9.2f} s{b[step]:>11.2f} s{b[step] / a[step]:>8.2f}")


if __name__ == "__main__":
    main()
