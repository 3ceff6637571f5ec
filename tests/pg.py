"""The PostgreSQL server of the tests: throwaway databases made from TEMPLATE databases.

``EXAMSITE_TEST_PG_URL`` names a server where the tests may create and drop databases (a
superuser's URL to its ``postgres`` database; ``scripts/pg_server.sh start`` prints one, and
``scripts/test.sh`` exports it). Each pytest worker names its databases with its own prefix
(worker and process id), so xdist workers and two runs never meet. A test's database is a
``CREATE DATABASE ... TEMPLATE`` copy of a migrated template (the demo built once per worker),
the PostgreSQL twin of copying the SQLite template file, and is dropped after the test.
"""

from __future__ import annotations

import itertools
import os
from dataclasses import dataclass, field

import pytest
from sqlalchemy import Engine, create_engine, make_url, text
from sqlalchemy.exc import NoSuchModuleError, OperationalError

PG_URL_ENV = "EXAMSITE_TEST_PG_URL"
NO_SERVER = (f"no PostgreSQL test server: {PG_URL_ENV} is not set (scripts/test.sh starts one "
             "when the PostgreSQL server binaries are installed)")


@dataclass
class PgServer:
    """A server the tests may create databases on, through an AUTOCOMMIT admin engine."""

    admin_url: str
    admin: Engine
    prefix: str
    made: list[str] = field(default_factory=list)
    _numbers: itertools.count[int] = field(default_factory=itertools.count)

    def url(self, name: str) -> str:
        return make_url(self.admin_url).set(database=name).render_as_string(hide_password=False)

    def create(self, *, template: str | None = None) -> str:
        name = f"{self.prefix}_{next(self._numbers)}"
        sql = f'CREATE DATABASE "{name}"'
        if template:
            sql += f' TEMPLATE "{template}"'
        with self.admin.connect() as conn:
            conn.execute(text(sql))
        self.made.append(name)
        return name

    def drop(self, name: str) -> None:
        with self.admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        if name in self.made:
            self.made.remove(name)

    def drop_all(self) -> None:
        for name in reversed(list(self.made)):
            self.drop(name)
        self.admin.dispose()


_server: PgServer | None = None
_failure: str | None = None


def pg_server_or_skip() -> PgServer:
    """This worker's server (connected once); skips the calling test when there is none."""
    global _server, _failure  # noqa: PLW0603 - one admin engine per worker process
    if _server is not None:
        return _server
    url = os.environ.get(PG_URL_ENV, "").strip()
    if not url:
        pytest.skip(NO_SERVER)
    if _failure is not None:
        pytest.skip(_failure)
    try:
        admin = create_engine(url, isolation_level="AUTOCOMMIT", pool_size=1)
    except (ImportError, NoSuchModuleError) as exc:  # psycopg is not installed
        _failure = f"no PostgreSQL driver ({exc}): pip install -e '.[test]'"
        pytest.skip(_failure)
    try:
        with admin.connect() as conn:
            conn.execute(text("select 1"))
    except OperationalError as exc:
        admin.dispose()
        _failure = f"the PostgreSQL test server at {PG_URL_ENV} does not answer: {exc}"
        pytest.skip(_failure)
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    _server = PgServer(url, admin, f"t_{worker}_{os.getpid()}")
    return _server
