"""Merging duplicate persons, and undoing a merge.

A merge sets the merged person's ``merged_into`` to the survivor: an ordinary change that travels
to every desk. Nothing else moves: visits, consultations and attendance keep their own person id,
and the survivor's history gathers them through ``person_ids_for``. Undoing clears the field.

Two desks may merge the same pair in opposite directions while offline. After the exchange both
``merged_into`` point at each other, a cycle; the desk that imports it settles it with one rule,
the same everywhere: **the person with the smallest id (UUID order) survives**, i.e. that person's
``merged_into`` is cleared (a change whose ``seen`` covers both merges, so every desk ends alike).
``survivor_of`` applies the same rule should a cycle still be in view.
"""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from wic_desk.domain.enums import Role
from wic_desk.domain.errors import NotFound, UserError, ValidationError
from wic_desk.domain.i18n import QT_TRANSLATE_NOOP as T
from wic_desk.services import auth
from wic_desk.services.context import Actor, Database
from wic_desk.services.uow import UnitOfWork
from wic_desk.store.models import Person

MERGERS = frozenset({Role.RECEPTIONIST, Role.COORDINATOR, Role.ADMIN})

E_SAME = T("Errors", "A person cannot be merged with themselves.")
E_ALREADY = T("Errors", "This person has already been merged into another one.")
E_SURVIVOR_MERGED = T("Errors", "The person to keep has been merged into another one: keep that one instead.")
E_NOT_MERGED = T("Errors", "This person is not merged into anyone.")


def survivor_of(session: Session, person_id: uuid.UUID) -> uuid.UUID:
    """The person a record ends up under: follow ``merged_into``; in a cycle, its smallest id."""
    path: list[uuid.UUID] = []
    position: dict[uuid.UUID, int] = {}
    node: uuid.UUID | None = person_id
    while node is not None and node not in position:
        position[node] = len(path)
        path.append(node)
        node = session.scalar(select(Person.merged_into).where(Person.id == node))
    if node is None:
        return path[-1]
    return min(path[position[node]:])


def person_ids_for(session: Session, survivor_id: uuid.UUID) -> list[uuid.UUID]:
    """The survivor and every person merged into it, directly or through others: use it in
    ``Visit.person_id.in_(...)`` and the like so the survivor's history shows everything."""
    found = [survivor_id]
    seen = {survivor_id}
    frontier = [survivor_id]
    while frontier:
        rows = session.execute(select(Person.id).where(Person.merged_into.in_(frontier))).scalars().all()
        frontier = [r for r in rows if r not in seen]
        seen.update(frontier)
        found.extend(frontier)
    return found


def merge_persons(db: Database, actor: Actor, survivor_id: uuid.UUID, merged_id: uuid.UUID) -> None:
    """Merge ``merged_id`` into ``survivor_id`` (by review, never automatically)."""
    auth.require(actor, MERGERS)
    if survivor_id == merged_id:
        raise ValidationError("person", E_SAME)
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        survivor = s.get(Person, survivor_id)
        merged = s.get(Person, merged_id)
        if survivor is None or survivor.deleted or merged is None or merged.deleted:
            raise NotFound(T("Errors", "No such person."))
        if merged.merged_into is not None:
            raise UserError(E_ALREADY)
        if survivor.merged_into is not None:
            raise UserError(E_SURVIVOR_MERGED)
        merged.merged_into = survivor_id
        uow.audit("person.merge", "persons", merged_id, survivor_id)


def undo_merge(db: Database, actor: Actor, merged_id: uuid.UUID) -> None:
    """Make a merged person stand on their own again (their records go back with them)."""
    auth.require(actor, MERGERS)
    with UnitOfWork(db, actor) as uow:
        merged = uow.session.get(Person, merged_id)
        if merged is None or merged.deleted:
            raise NotFound(T("Errors", "No such person."))
        if merged.merged_into is None:
            raise UserError(E_NOT_MERGED)
        survivor = merged.merged_into
        merged.merged_into = None
        uow.audit("person.unmerge", "persons", merged_id, survivor)
