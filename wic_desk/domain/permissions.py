"""Which roles may do what: the one table the services check and the screens consult.

Each action is a dotted name; ``roles_for`` gives the roles allowed to do it and ``allows`` answers
for one role. A service checks with ``auth.require(actor, roles_for(action))``; a screen shows or
enables a control with ``allows``, so both always agree. (The sync actions are here; other
services still keep their role sets beside their code and move here as they are touched.)
"""

from __future__ import annotations

from wic_desk.domain.enums import Role

_EVERYONE = frozenset(Role)
_COORDINATION = frozenset({Role.COORDINATOR, Role.ADMIN})

TABLE: dict[str, frozenset[Role]] = {
    "sync.export": _EVERYONE,  # a file for every desk or for one desk
    "sync.export_full": _COORDINATION,  # everything: staff accounts included
    "sync.import": _EVERYONE,
    "sync.resolve": _COORDINATION,  # settle a conflict
    "sync.retire": frozenset({Role.ADMIN}),  # retire a desk for good
    "sync.rebuild": frozenset({Role.ADMIN}),
}


def roles_for(action: str) -> frozenset[Role]:
    """The roles allowed to do ``action`` (KeyError for an action not in the table: a bug)."""
    return TABLE[action]


def allows(role: Role | None, action: str) -> bool:
    return role is not None and role in TABLE[action]
