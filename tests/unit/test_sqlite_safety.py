"""The SQLite version check against the WAL-reset bug, and the safe mode it picks."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from app.db import Database, sqlite_wal_bug_affected
from app.sqlite_safety import (
    FORCE_WAL_ENV,
    SAFE,
    WAL,
    choose_journal,
    force_wal,
    parse_version,
    wal_reset_bug_affected,
)


@pytest.mark.parametrize(("text", "version"), [
    ("3.40.1", (3, 40, 1)), ("3.51.3", (3, 51, 3)), ("3.8", (3, 8, 0)),
    (" 3.44.6\n", (3, 44, 6)), ("3.7.17.1", (3, 7, 17)),
])
def test_versions_parse(text: str, version: tuple[int, int, int]) -> None:
    assert parse_version(text) == version


@pytest.mark.parametrize("text", ["", "3", "3.x.1", "v3.40.1", "3.40.1-beta"])
def test_a_non_version_is_refused(text: str) -> None:
    with pytest.raises(ValueError, match="not an SQLite version"):
        parse_version(text)


@pytest.mark.parametrize(("version", "affected"), [
    # each release line is affected before its own fix
    ("3.44.0", True), ("3.44.5", True), ("3.44.6", False), ("3.44.9", False),
    ("3.50.0", True), ("3.50.6", True), ("3.50.7", False), ("3.50.8", False),
    ("3.51.0", True), ("3.51.2", True), ("3.51.3", False), ("3.51.4", False),
    # lines with no backport: affected up to the fix in 3.51.3
    ("3.45.0", True), ("3.46.1", True), ("3.49.2", True),
    # every later line has the fix (3.52.0 was withdrawn but had it)
    ("3.52.0", False), ("3.53.1", False), ("4.0.0", False),
    # everything older than 3.44.0, including this machine's Debian 12 library and the
    # versions from before WAL existed
    ("3.43.2", True), ("3.40.1", True), ("3.7.0", True), ("3.6.23", True),
])
def test_affected_versions(version: str, affected: bool) -> None:
    assert wal_reset_bug_affected(version) is affected
    assert wal_reset_bug_affected(parse_version(version)) is affected
    assert sqlite_wal_bug_affected(parse_version(version)) is affected  # the old name


def test_the_default_is_the_loaded_library() -> None:
    assert wal_reset_bug_affected() is wal_reset_bug_affected(sqlite3.sqlite_version)
    assert choose_journal().sqlite_version == sqlite3.sqlite_version


@pytest.mark.parametrize(("version", "forced", "mode"), [
    ("3.40.1", False, SAFE), ("3.40.1", True, WAL), ("3.51.3", False, WAL),
    ("3.51.3", True, WAL), ("3.50.6", False, SAFE), ("3.44.6", False, WAL),
])
def test_the_journal_mode_follows_the_version_unless_wal_is_forced(
        version: str, forced: bool, mode: str) -> None:
    choice = choose_journal(version, forced=forced)

    assert choice.mode == mode
    assert choice.safe_mode is (mode == SAFE)
    assert choice.affected is wal_reset_bug_affected(version)
    assert version in choice.describe()
    assert ("safe mode" in choice.describe()) is choice.safe_mode


@pytest.mark.parametrize(("value", "forced"), [
    ("1", True), ("true", True), ("YES", True), ("on", True),
    ("0", False), ("", False), ("no", False), ("wal", False),
])
def test_the_environment_variable_forces_wal(value: str, forced: bool,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(FORCE_WAL_ENV, value)

    assert force_wal() is forced
    assert choose_journal("3.40.1").mode == (WAL if forced else SAFE)


def _journal_mode(db: Database) -> str:
    with db.engine.connect() as conn:
        return str(conn.exec_driver_sql("PRAGMA journal_mode").scalar())


def test_the_database_opens_in_the_chosen_mode(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(FORCE_WAL_ENV, raising=False)
    db = Database.open(tmp_path / "a.sqlite")
    try:
        assert _journal_mode(db) == choose_journal().mode
    finally:
        db.close()

    monkeypatch.setenv(FORCE_WAL_ENV, "1")  # a development override, the same file
    db = Database.open(tmp_path / "a.sqlite")
    try:
        assert _journal_mode(db) == WAL
    finally:
        db.close()


def test_a_wal_file_from_before_is_taken_over_by_safe_mode(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A database last written in WAL mode (e.g. before an update) opens in the chosen mode,
    keeping what its WAL held."""
    if not wal_reset_bug_affected():
        pytest.skip("this SQLite library is fixed: safe mode is not used")
    path = tmp_path / "b.sqlite"
    monkeypatch.setenv(FORCE_WAL_ENV, "1")
    db = Database.open(path)
    with db.write() as s:
        s.connection().exec_driver_sql("create table t (x)")
        s.connection().exec_driver_sql("insert into t values (42)")
    copy = tmp_path / "c.sqlite"  # as a crash would leave it: the row only in the WAL
    for suffix in ("", "-wal"):
        shutil.copy(f"{path}{suffix}", f"{copy}{suffix}")
    db.close()
    monkeypatch.delenv(FORCE_WAL_ENV)
    assert Path(f"{copy}-wal").stat().st_size > 0

    db = Database.open(copy, migrate=False)
    try:
        assert _journal_mode(db) == SAFE
        with db.read() as s:
            assert s.connection().exec_driver_sql("select x from t").scalar() == 42
        assert db.integrity_check() == "ok"
    finally:
        db.close()
    assert not Path(f"{copy}-wal").exists()
