"""The one composition root: database, clock, calendar and paths for a front end."""

from __future__ import annotations

import logging
import logging.handlers
from dataclasses import dataclass
from pathlib import Path

from app.clock import Clock, SystemClock
from app.db import Database
from app.paths import DataPaths, data_paths
from app.rules.workdays import WorkdayCalendar
from app.sqlite_safety import choose_journal
from app.uow import SYSTEM_ACTOR, Actor, UnitOfWork

log = logging.getLogger(__name__)


@dataclass
class App:
    """What the GUI, the CLI and the tests work with."""

    db: Database
    clock: Clock
    paths: DataPaths
    calendar: WorkdayCalendar
    actor: Actor = SYSTEM_ACTOR

    def uow(self, actor: Actor | None = None) -> UnitOfWork:
        return UnitOfWork(self.db, self.clock, actor or self.actor)

    def close(self) -> None:
        self.db.close()


def build_app(
    db_path: Path, *, data_dir: Path | None = None, clock: Clock | None = None,
    calendar: WorkdayCalendar | None = None,
) -> App:
    """Open ``db_path`` (migrating it) with everything the services need."""
    paths = data_paths(data_dir)
    journal = choose_journal()  # the journal mode Database.open will use
    log.log(logging.WARNING if journal.affected else logging.INFO, "%s", journal.describe())
    return App(
        db=Database.open(Path(db_path)),
        clock=clock or SystemClock(),
        paths=paths,
        calendar=calendar or WorkdayCalendar.from_override_file(paths.calendar_override),
    )


def setup_logging(paths: DataPaths, level: int = logging.INFO) -> None:
    """One rotating log file in the log folder. Never log personal data."""
    paths.ensure()
    handler = logging.handlers.RotatingFileHandler(
        paths.log_dir / "examsite.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.setLevel(level)
    root.addHandler(handler)
