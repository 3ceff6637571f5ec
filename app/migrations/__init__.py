"""Alembic migrations, run on open. ``HEAD`` lets an up-to-date file skip importing alembic."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, inspect, text

HEAD = "0007_body_console"
MIGRATIONS_DIR = Path(__file__).resolve().parent


def current_revision(engine: Engine) -> str | None:
    # A deferred BEGIN: reading the revision must not take the write lock.
    with engine.execution_options(sqlite_begin="DEFERRED").connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("select version_num from alembic_version")).scalar()


def alembic_config(engine: Engine) -> object:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["engine"] = engine
    return cfg


def upgrade_if_needed(engine: Engine) -> None:
    """Bring the database to ``HEAD``; a no-op (without importing alembic) when it is there."""
    if current_revision(engine) == HEAD:
        return
    from alembic import command

    command.upgrade(alembic_config(engine), "head")  # type: ignore[arg-type]
