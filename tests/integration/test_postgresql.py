"""A body's central database on PostgreSQL: migrations, transactions, and what stays a file's.

Skipped without a PostgreSQL test server (``EXAMSITE_TEST_PG_URL``; ``scripts/test.sh`` starts
one). The body-side service tests run on PostgreSQL through ``body_demo_app``/``body_empty_app``.
"""

from __future__ import annotations

import importlib
import inspect as inspect_fn
import pkgutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import func, inspect, select, text, update
from sqlalchemy.exc import OperationalError

from app import db_server, services
from app.bootstrap import App, open_site
from app.db import Database
from app.demo.users import DEMO_PASSWORD
from app.errors import ConflictError, PermissionDenied, ValidationError
from app.migrations import HEAD, current_revision
from app.model import AuditEvent, Base, Batch, CertBody, Registration
from app.services.audit_verify import verify_chain
from app.transfer import records
from app.transfer.tables import SITE_TABLES
from tests.conftest import NOW
from tests.pg import PgServer

pytestmark = pytest.mark.postgresql


@pytest.fixture
def fresh_url(pg_server: PgServer) -> str:
    """An empty database (not migrated), dropped after the test."""
    name = pg_server.create()
    yield pg_server.url(name)
    pg_server.drop(name)


def test_an_empty_server_database_is_migrated_to_head_and_matches_the_models(fresh_url: str):
    db = Database.open_url(fresh_url)
    try:
        assert current_revision(db.engine) == HEAD
        assert set(inspect(db.engine).get_table_names()) == (
            set(Base.metadata.tables) | {"alembic_version"})
        with db.engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        db.close()


def test_two_programs_opening_a_new_database_at_once_migrate_it_once(fresh_url: str):
    """Processes (alembic's context is one per process): the second waits for the first's
    write lock, then finds the database at HEAD."""
    code = "import sys; from app.db import Database; Database.open_url(sys.argv[1]).close()"
    runs = [subprocess.Popen([sys.executable, "-c", code, fresh_url], stderr=subprocess.PIPE)
            for _ in range(2)]
    errors = [run.communicate(timeout=120)[1].decode() for run in runs]
    assert [run.returncode for run in runs] == [0, 0], errors
    db = Database.open_url(fresh_url, migrate=False)
    try:
        assert current_revision(db.engine) == HEAD
    finally:
        db.close()


def test_reopening_a_server_database_keeps_its_data(fresh_url: str):
    first = Database.open_url(fresh_url)
    with first.write() as s:
        s.add(CertBody(code="X1", name="机构"))
    first.close()
    again = Database.open_url(fresh_url)
    try:
        with again.read() as s:
            assert s.scalars(select(CertBody.name)).all() == ["机构"]
    finally:
        again.close()


def test_a_server_database_has_no_file_and_refuses_what_only_a_file_has(pg_empty_app: App):
    db = pg_empty_app.db
    assert db.path is None and db.is_server and not db.encrypted
    assert db.location.startswith("postgresql+psycopg://")
    with pytest.raises(ConflictError) as refused:
        db.integrity_check()
    assert refused.value.code == "db.file_only"


def test_a_front_end_opens_a_server_database_with_a_login(pg_server: PgServer,
                                                          pg_demo_template: str, tmp_path):
    name = pg_server.create(template=pg_demo_template)
    url = pg_server.url(name)
    try:
        app = open_site(url, username="zk00001", password=lambda: DEMO_PASSWORD,
                        data_dir=tmp_path)
        assert app.actor.username == "zk00001" and app.db.path is None
        app.close()
        with pytest.raises(PermissionDenied) as refused:
            open_site(url, username="zk00001", password="wrong", data_dir=tmp_path)
        assert refused.value.code == "users.bad_password"
    finally:
        pg_server.drop(name)


def test_a_url_without_a_driver_opens_with_psycopg(pg_server: PgServer, pg_empty_template: str):
    name = pg_server.create(template=pg_empty_template)
    try:
        db = Database.open_url(pg_server.url(name).replace("postgresql+psycopg://",
                                                           "postgresql://"))
        assert db.engine.dialect.driver == "psycopg"
        db.close()
    finally:
        pg_server.drop(name)


def test_a_url_that_is_not_postgresql_is_refused():
    with pytest.raises(ValidationError) as refused:
        Database.open_url("mysql://someone@localhost/examsite")
    assert refused.value.code == "db.bad_url"


def test_write_transactions_queue_one_at_a_time(pg_empty_app: App):
    """The advisory lock: a second writer waits until the first commits, then sees its row."""
    db = pg_empty_app.db
    order: list[str] = []
    first_in = threading.Event()

    def second() -> None:
        first_in.wait()
        with db.write() as s:  # its first statement takes the lock (as BEGIN IMMEDIATE)
            order.append(f"saw {s.scalar(select(func.count()).select_from(CertBody))}")

    worker = threading.Thread(target=second)
    worker.start()
    with db.write() as s:
        s.add(CertBody(code="A", name="甲"))
        s.flush()
        first_in.set()
        time.sleep(0.5)  # the second writer is blocked on the lock meanwhile
        order.append("first")
    worker.join(10)
    assert order == ["first", "saw 1"]


def test_a_write_inside_a_write_fails_after_the_lock_timeout_instead_of_hanging(
        pg_empty_app: App, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(db_server, "WRITE_LOCK_TIMEOUT_MS", 200)
    db = pg_empty_app.db
    with pytest.raises(OperationalError, match="lock timeout"), db.write() as outer:
        outer.add(CertBody(code="F", name="戊"))
        outer.flush()
        with db.write() as inner:
            inner.scalar(select(func.count()).select_from(CertBody))


def test_a_read_is_one_snapshot(pg_empty_app: App):
    db = pg_empty_app.db
    with db.read() as reader:
        before = reader.scalar(select(func.count()).select_from(CertBody))
        with db.write() as s:
            s.add(CertBody(code="B", name="乙"))
        assert reader.scalar(select(func.count()).select_from(CertBody)) == before
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(CertBody)) == before + 1


def test_a_failed_write_leaves_nothing_and_datetimes_come_back_aware(pg_empty_app: App):
    db = pg_empty_app.db
    with pytest.raises(RuntimeError), db.write() as s:
        s.add(CertBody(code="C", name="丙"))
        s.flush()
        raise RuntimeError("boom")
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(CertBody)) == 0
    with db.write() as s:
        s.add(AuditEvent(at=NOW, actor="system", action="test", object_type="x", object_id="1",
                         summary={"k": "值"}, prev_hash="0" * 64, hash="1" * 64))
    with db.read() as s:
        assert s.scalar(select(AuditEvent.at)) == NOW


def test_a_value_longer_than_its_column_is_refused_clearly_and_nothing_is_saved(
        pg_empty_app: App):
    db = pg_empty_app.db
    with pytest.raises(ValidationError) as refused, db.write() as s:
        s.add(CertBody(code="D", name="丁"))
        s.add(CertBody(code="E", name="长" * 201))  # name is String(200)
    assert refused.value.code == "db.value_too_long"
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(CertBody)) == 0


def test_the_demo_leaves_every_id_sequence_past_its_rows(pg_demo_app: App):
    with pg_demo_app.db.read() as s:
        biggest = s.scalar(select(func.max(Registration.id)))
        following = s.scalar(text("select nextval(pg_get_serial_sequence('registration', 'id'))"))
    assert following == biggest + 1


def test_the_audit_chain_of_the_demo_verifies_and_a_changed_event_is_found(pg_demo_app: App):
    assert verify_chain(pg_demo_app.uow()).intact
    with pg_demo_app.db.write() as s:
        s.execute(update(AuditEvent).where(AuditEvent.id == 2).values(actor="mallory"))
    report = verify_chain(pg_demo_app.uow())
    assert (report.intact, report.code, report.event_id) == (False, "audit.edited", 2)


# Random per database: keys and what they sign.
_KEYED = {"key_material", "admission_ticket"}


def test_package_rows_read_the_same_from_postgresql_as_from_sqlite(demo_app: App,
                                                                   pg_demo_app: App):
    """The same demo (same seed and clock) dumps to the same stored-form rows on both."""
    with demo_app.db.read() as lite, pg_demo_app.db.read() as pg:
        batch_id = lite.scalar(select(Batch.id))
        for spec in SITE_TABLES:
            if spec.table in _KEYED:
                continue
            a = next(records.dump(lite.connection(), spec, batch_id))
            b = next(records.dump(pg.connection(), spec, batch_id))
            assert set(a.columns) == set(b.columns), spec.table
            order = [b.columns.index(c) for c in a.columns]
            assert [tuple(r[i] for i in order) for r in b.rows] == a.rows, spec.table


def _batch_queries() -> list[tuple[str, Callable[..., object]]]:
    """Every public read query ``f(uow, batch_id)`` of the services' query modules."""
    found = []
    for info in pkgutil.iter_modules(services.__path__):
        if not info.name.endswith("queries"):
            continue
        module = importlib.import_module(f"app.services.{info.name}")
        for name, fn in vars(module).items():
            if name.startswith("_") or not inspect_fn.isfunction(fn) \
                    or fn.__module__ != module.__name__:
                continue
            params = list(inspect_fn.signature(fn).parameters.values())
            required = [p.name for p in params if p.default is p.empty
                        and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
            if required == ["uow", "batch_id"]:
                found.append((f"{info.name}.{name}", fn))
    return found


def test_every_batch_query_gives_the_same_rows_in_the_same_order_on_both(
        demo_app: App, pg_demo_app: App):
    queries = _batch_queries()
    assert len(queries) > 20
    with demo_app.db.read() as s:
        batch_id = s.scalar(select(Batch.id))
    differ = []
    for name, fn in queries:
        lite, pg = fn(demo_app.uow(), batch_id), fn(pg_demo_app.uow(), batch_id)
        if lite != pg:
            differ.append(name)
    assert differ == []
