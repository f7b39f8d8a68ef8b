"""Declarative base with a naming convention (Alembic batch mode on SQLite needs named constraints)."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import MetaData, Uuid
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Synced:
    """A record that desks exchange: UUID key, never physically deleted (``deleted`` instead).

    Every write to such a record passes through the services' unit of work, which writes the
    change log in the same transaction.
    """

    __synced__ = True
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    deleted: Mapped[bool] = mapped_column(default=False, server_default="0")


_new_uuid = uuid.UUID.__new__
_set = object.__setattr__
_UNKNOWN = uuid.SafeUUID.unknown


def stored_uuid(value: str | uuid.UUID | None) -> uuid.UUID | None:
    """A UUID from the form SQLite stores it in (32 hex digits), as the driver returns it, without
    ``uuid.UUID()``'s parsing (several times faster: lists and searches make thousands)."""
    if value is None or isinstance(value, uuid.UUID):
        return value
    result = _new_uuid(uuid.UUID)
    _set(result, "int", int(value, 16))
    _set(result, "is_safe", _UNKNOWN)
    return result


def driver_connection(session):
    """The driver's own connection under a session (the same connection, transaction and
    snapshot): for statements whose per-row or per-parameter processing by SQLAlchemy costs more
    than the statement itself."""
    return session.connection().connection.driver_connection


def now() -> dt.datetime:
    """Local wall time, to the second: what the desk's clock says (stored naive)."""
    return dt.datetime.now().replace(microsecond=0)
