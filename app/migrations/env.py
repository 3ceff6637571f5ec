"""Alembic environment: runs against the engine handed over by ``app.migrations``."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

import app.model  # noqa: F401  (registers every table)
from app.model.base import Base

config = context.config
engine = config.attributes.get("engine")
if engine is None:  # alembic command line: `alembic -x db=PATH revision --autogenerate`
    target = context.get_x_argument(as_dictionary=True)["db"]  # or a server's URL
    engine = create_engine(target if "://" in target else f"sqlite:///{target}")

with engine.connect() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
