"""Shared fixtures: a migrated template database built once, copied per test.

The body-side fixtures (``body_demo_app``, ``body_empty_app``) run each test twice: on a SQLite
file and on a PostgreSQL database (``tests/pg.py``), the latter skipped when no server is
given in ``EXAMSITE_TEST_PG_URL`` (``scripts/test.sh`` starts one).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("EXAMSITE_LANG", "zh_CN")
# Tests open plain SQLite files unless a test asks for encryption (docs/encryption-at-rest.md).
os.environ.setdefault("EXAMSITE_PLAIN_DB", "1")

import pytest  # noqa: E402

from app.bootstrap import App, build_app  # noqa: E402
from app.clock import CHINA_TZ, FixedClock  # noqa: E402
from app.db import Database  # noqa: E402
from app.demo.builder import create_demo  # noqa: E402
from app.rules.workdays import WorkdayCalendar  # noqa: E402
from tests.pg import PgServer, pg_server_or_skip  # noqa: E402

# Every test runs at a fixed moment; the demo exam is ten days later.
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=CHINA_TZ)
DEMO_EXAM = date(2026, 12, 3)


@pytest.fixture(scope="session")
def empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "empty.sqlite"
    Database.open(path).close()
    return path


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory, empty_template: Path) -> Path:
    """A 200-candidate demo database (seed 1), checkpointed into a single file."""
    path = tmp_path_factory.mktemp("template") / "demo.sqlite"
    shutil.copy(empty_template, path)
    app = build_app(path, data_dir=path.parent, clock=FixedClock(NOW),
                    calendar=WorkdayCalendar())
    create_demo(app.uow(), candidates=200, seed=1, exam_date=DEMO_EXAM)
    app.close()
    with closing(sqlite3.connect(path)) as conn:  # fold the WAL into the file before copying
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


def _open(template: Path, tmp_path: Path) -> Iterator[App]:
    path = tmp_path / "examsite.sqlite"
    shutil.copy(template, path)
    app = build_app(path, data_dir=tmp_path / "data", clock=FixedClock(NOW),
                    calendar=WorkdayCalendar())
    yield app
    app.close()


@pytest.fixture
def empty_app(empty_template: Path, tmp_path: Path) -> Iterator[App]:
    """A migrated database with no data, at the fixed test time."""
    yield from _open(empty_template, tmp_path)


@pytest.fixture
def demo_app(demo_template: Path, tmp_path: Path) -> Iterator[App]:
    """A copy of the 200-candidate demo database, at the fixed test time."""
    yield from _open(demo_template, tmp_path)


# The same under names a test module's own ``demo_app`` / ``empty_app`` cannot shadow.
sqlite_empty_app = empty_app
sqlite_demo_app = demo_app


# --- PostgreSQL (the body's central database) ---------------------------------------------

BACKENDS = [pytest.param("sqlite", id="sqlite"),
            pytest.param("postgresql", id="postgresql", marks=pytest.mark.postgresql)]


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """The test PostgreSQL server of this worker (skips the test when there is none)."""
    server = pg_server_or_skip()
    yield server
    server.drop_all()


@pytest.fixture(scope="session")
def pg_empty_template(pg_server: PgServer) -> str:
    """A migrated, empty PostgreSQL database used as a TEMPLATE (never opened by a test)."""
    name = pg_server.create()
    Database.open_url(pg_server.url(name)).close()
    return name


@pytest.fixture(scope="session")
def pg_demo_template(pg_server: PgServer, pg_empty_template: str,
                     tmp_path_factory: pytest.TempPathFactory) -> str:
    """The same 200-candidate demo as ``demo_template``, as a PostgreSQL TEMPLATE database."""
    name = pg_server.create(template=pg_empty_template)
    folder = tmp_path_factory.mktemp("pg-template")
    app = build_app(pg_server.url(name), data_dir=folder, clock=FixedClock(NOW),
                    calendar=WorkdayCalendar())
    create_demo(app.uow(), candidates=200, seed=1, exam_date=DEMO_EXAM)
    app.close()  # no connection may stay open on a template
    return name


def _open_pg(server: PgServer, template: str, tmp_path: Path) -> Iterator[App]:
    name = server.create(template=template)
    app = build_app(server.url(name), data_dir=tmp_path / "data", clock=FixedClock(NOW),
                    calendar=WorkdayCalendar())
    try:
        yield app
    finally:
        app.close()
        server.drop(name)


@pytest.fixture
def pg_demo_app(pg_server: PgServer, pg_demo_template: str, tmp_path: Path) -> Iterator[App]:
    """A fresh PostgreSQL copy of the 200-candidate demo, at the fixed test time."""
    yield from _open_pg(pg_server, pg_demo_template, tmp_path)


@pytest.fixture
def pg_empty_app(pg_server: PgServer, pg_empty_template: str, tmp_path: Path) -> Iterator[App]:
    """A fresh, migrated, empty PostgreSQL database, at the fixed test time."""
    yield from _open_pg(pg_server, pg_empty_template, tmp_path)


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    """``"sqlite"`` or ``"postgresql"``: the body's database of this run of the test."""
    return str(request.param)


@pytest.fixture
def body_demo_app(backend: str, request: pytest.FixtureRequest) -> App:
    """The demo on the body's database: a SQLite file, then (if a server is given) PostgreSQL.

    A test module runs its ``demo_app`` tests on both by overriding the fixture:
    ``@pytest.fixture`` ``def demo_app(body_demo_app): return body_demo_app``.
    """
    name = "sqlite_demo_app" if backend == "sqlite" else "pg_demo_app"
    app: App = request.getfixturevalue(name)
    return app


@pytest.fixture
def body_empty_app(backend: str, request: pytest.FixtureRequest) -> App:
    """An empty migrated body database: a SQLite file, then (if a server is given) PostgreSQL."""
    name = "sqlite_empty_app" if backend == "sqlite" else "pg_empty_app"
    app: App = request.getfixturevalue(name)
    return app
