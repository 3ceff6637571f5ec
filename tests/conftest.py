"""Shared fixtures: a migrated template database built once, copied per test."""

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
