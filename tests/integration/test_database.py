"""The database file: migrated on open, schema equal to the models, durable pragmas, refusals."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Iterator
from contextlib import ExitStack, closing
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import func, inspect, select, text

from app.clock import CHINA_TZ
from app.db import Database
from app.errors import IntegrityError
from app.migrations import HEAD, alembic_config, current_revision
from app.model import AuditEvent, Base, CertBody
from app.services.audit import AuditEntry, record
from app.sqlite_safety import choose_journal
from app.uow import SYSTEM_ACTOR
from tests.conftest import NOW

SQLITE_HEADER = b"SQLite format 3\x00"


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database.open(tmp_path / "site.sqlite")
    yield database
    database.close()


def test_opening_a_new_file_migrates_it_to_head(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "new.sqlite"

    database = Database.open(path)
    try:
        assert current_revision(database.engine) == HEAD
        tables = set(inspect(database.engine).get_table_names())
    finally:
        database.close()

    assert path.read_bytes()[:16] == SQLITE_HEADER
    assert set(Base.metadata.tables) | {"alembic_version"} == tables


def test_an_empty_file_is_treated_as_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite"
    path.touch()

    database = Database.open(path)
    try:
        assert current_revision(database.engine) == HEAD
    finally:
        database.close()


def test_reopening_a_migrated_file_keeps_its_data(tmp_path: Path) -> None:
    path = tmp_path / "site.sqlite"
    first = Database.open(path)
    with first.write() as s:
        s.add(CertBody(code="X1", name="机构"))
    first.close()

    again = Database.open(path)
    try:
        with again.read() as s:
            assert s.scalars(select(CertBody.name)).all() == ["机构"]
        assert current_revision(again.engine) == HEAD
    finally:
        again.close()


def test_the_migrated_schema_matches_the_models(db: Database) -> None:
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True,
                                                         "render_as_batch": True})
        differences = compare_metadata(context, Base.metadata)

    assert differences == []


def test_head_constant_is_the_head_of_the_migration_scripts(db: Database) -> None:
    script = ScriptDirectory.from_config(alembic_config(db.engine))  # type: ignore[arg-type]

    assert script.get_current_head() == HEAD
    assert script.get_heads() == [HEAD]


def _pragmas(conn: object) -> tuple[str, int, int, int]:
    execute = conn.exec_driver_sql  # type: ignore[attr-defined]
    return (execute("PRAGMA journal_mode").scalar(), execute("PRAGMA synchronous").scalar(),
            execute("PRAGMA foreign_keys").scalar(), execute("PRAGMA busy_timeout").scalar())


def test_every_connection_has_wal_full_sync_and_foreign_keys(db: Database) -> None:
    # WAL, or the rollback journal on a library with the WAL-reset bug (safe mode).
    expected = (choose_journal().mode, 2, 1, 10000)
    reader = db.engine.execution_options(sqlite_begin="DEFERRED")  # readers may overlap
    with ExitStack() as stack:  # several connections open at once: each is a new one
        conns = [stack.enter_context(reader.connect()) for _ in range(4)]
        assert len({id(c.connection.dbapi_connection) for c in conns}) == 4
        assert [_pragmas(c) for c in conns] == [expected] * 4
    with db.write() as s:
        assert _pragmas(s.connection()) == expected
    with db.read() as s:
        assert _pragmas(s.connection()) == expected


def test_foreign_keys_are_enforced(db: Database) -> None:
    from sqlalchemy.exc import IntegrityError as SAIntegrityError

    with pytest.raises(SAIntegrityError), db.write() as s:
        s.execute(text("insert into site (id, code, name, address) values (1, 'S', 's', '')"))
        s.execute(text("insert into room (site_id, code, name, kind, rows, cols, exam_capacity,"
                       " layout) values (99, 'R', 'r', 'theory', 1, 1, 1, '{}')"))
    with db.read() as s:
        assert s.scalar(text("select count(*) from site")) == 0


def _text(path: Path) -> None:
    path.write_text("考生名单\n张三,男\n", encoding="utf-8")


def _random(path: Path) -> None:
    path.write_bytes(random.Random(1).randbytes(8192))


def _sqlite_header_then_garbage(path: Path) -> None:
    path.write_bytes(SQLITE_HEADER + random.Random(2).randbytes(8192))


def _another_programs_database(path: Path) -> None:
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("create table notes (id integer primary key, body text)")
        conn.execute("insert into notes (body) values ('保留')")
        conn.commit()


@pytest.mark.parametrize("make", [_text, _random, _sqlite_header_then_garbage,
                                  _another_programs_database],
                         ids=["text", "random_bytes", "sqlite_header_then_garbage",
                              "another_programs_sqlite_database"])
def test_opening_a_file_that_is_not_an_examsite_database_is_refused_untouched(
        tmp_path: Path, make: object) -> None:
    path = tmp_path / "other.sqlite"
    make(path)  # type: ignore[operator]
    before = path.read_bytes()

    with pytest.raises(IntegrityError) as exc:
        Database.open(path)

    assert exc.value.code == "db.not_a_database"
    assert exc.value.params == {"path": str(path)}
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.sqlite"]


def test_a_failed_write_transaction_leaves_nothing(db: Database) -> None:
    with db.write() as s:
        record(s, SYSTEM_ACTOR, NOW, AuditEntry("test.first", "test", "1", {}))

    with pytest.raises(RuntimeError, match="power cut"), db.write() as s:
        s.add(CertBody(code="B1", name="考点"))
        s.flush()
        record(s, SYSTEM_ACTOR, NOW, AuditEntry("test.second", "cert_body", "B1",
                                                 {"name": "考点"}))
        raise RuntimeError("power cut")

    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(CertBody)) == 0
        assert s.scalars(select(AuditEvent.action)).all() == ["test.first"]


def test_a_read_session_never_commits(db: Database) -> None:
    with db.read() as s:
        s.add(CertBody(code="R1", name="只读"))
        s.flush()
        assert s.scalar(select(func.count()).select_from(CertBody)) == 1
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(CertBody)) == 0


def test_datetimes_come_back_timezone_aware_and_equal(db: Database) -> None:
    with db.write() as s:
        record(s, SYSTEM_ACTOR, NOW, AuditEntry("test.time", "test", "1", {}))
    with db.read() as s:
        at = s.scalar(select(AuditEvent.at))

    assert at is not None and at.tzinfo is not None
    assert at == NOW
    assert at.astimezone(CHINA_TZ).hour == 9


def test_the_integrity_check_of_a_new_database_is_ok(db: Database) -> None:
    assert db.integrity_check() == "ok"
