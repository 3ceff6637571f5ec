"""The unit of work every service receives: database, clock and the acting user."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from app.clock import Clock
from app.db import Database


@dataclass(frozen=True)
class Actor:
    """Who performs an action, as recorded in the audit trail."""

    username: str
    display_name: str
    roles: frozenset[str] = field(default_factory=frozenset)
    desk: str = ""


SYSTEM_ACTOR = Actor("system", "system", frozenset({"system", "site_manager"}))
"""The command line on a plain database, the demo builder and imports: may do everything."""


@dataclass(frozen=True)
class UnitOfWork:
    """One user action's view of the world; a session exists only inside ``write``/``read``."""

    db: Database
    clock: Clock
    actor: Actor = SYSTEM_ACTOR

    @contextmanager
    def write(self) -> Iterator[Session]:
        with self.db.write() as session:
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self.db.read() as session:
            yield session

    def as_actor(self, actor: Actor) -> UnitOfWork:
        return UnitOfWork(self.db, self.clock, actor)
