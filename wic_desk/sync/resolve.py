"""Which value a field has, decided only by which changes a desk holds (never by arrival order).

Among the held changes that touch a field, the *heads* are those no other held change supersedes
(a change supersedes what its ``seen`` lists for that field). The winner is the newest head by
hybrid logical clock, ties broken by desk id. Two or more heads with different values are a
conflict: the winner is shown, the others stay listed until someone chooses (a new change whose
``seen`` lists every head). Different fields never conflict with each other.

Everything here is a pure function of the set of changes, so two desks holding the same changes
compute the same values and the same conflicts.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Change:
    """One change-log entry as the resolver needs it (ids as text, values as JSON)."""

    desk_id: str
    seq: int
    hlc: int
    fields: dict[str, Any]
    seen: dict[str, list] | None = None
    author_id: str | None = None

    @property
    def key(self) -> tuple[str, int]:
        return (self.desk_id, self.seq)


@dataclass(frozen=True, slots=True)
class FieldState:
    """A field's winner and all its heads (the winner included)."""

    winner: Change
    heads: tuple[Change, ...]


def canonical(value: Any) -> str:
    """A value as deterministic text, so equal JSON values compare equal on every desk."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def order_key(change: Change) -> tuple[int, str, int]:
    """Newest by clock, ties by desk id (then number, for a total order): the larger key wins."""
    return (change.hlc, change.desk_id, change.seq)


def resolve(changes: Iterable[Change]) -> dict[str, FieldState]:
    """Every touched field of one record: its winner and heads."""
    changes = list(changes)
    if len(changes) == 1:  # the common case: a record created and never edited
        only = changes[0]
        return {name: FieldState(winner=only, heads=(only,)) for name in only.fields}
    superseded: dict[str, set[tuple[str, int]]] = {}
    for c in changes:
        if c.seen:
            for name, refs in c.seen.items():
                bucket = superseded.setdefault(name, set())
                for ref in refs:
                    bucket.add((str(ref[0]), int(ref[1])))
    heads: dict[str, list[Change]] = {}
    for c in changes:
        for name in c.fields:
            gone = superseded.get(name)
            if gone is None or c.key not in gone:
                heads.setdefault(name, []).append(c)
    result = {}
    for name, field_heads in heads.items():
        field_heads.sort(key=order_key, reverse=True)
        result[name] = FieldState(winner=field_heads[0], heads=tuple(field_heads))
    return result


def values(changes: Iterable[Change]) -> dict[str, Any]:
    """The record's resolved field values (only the fields some held change touches)."""
    changes = list(changes)
    if len(changes) == 1:
        return dict(changes[0].fields)
    return {name: state.winner.fields[name] for name, state in resolve(changes).items()}


def conflicting(state: FieldState, name: str) -> list[Change]:
    """The heads whose value differs from the winner's (empty: no conflict)."""
    shown = canonical(state.winner.fields[name])
    return [h for h in state.heads[1:] if canonical(h.fields[name]) != shown]
