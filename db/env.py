"""Alembic environment for WIC Desk. The app runs migrations in-process (wic_desk.store.migrate),
handing over its own connection in ``config.attributes["connection"]``; the alembic command line
works too, with ``-x url=sqlite:///path``."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from wic_desk.store.models import Base

config = context.config
target_metadata = Base.metadata


def _run(connection) -> None:
    context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True,
                      compare_type=True)
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option("sqlalchemy.url")
    with create_engine(url).connect() as conn:
        _run(conn)
