"""What erasing a person (the right to erasure, GDPR art. 17) leaves, as plain data rules.

An erased (anonymised) person keeps the record and its services, so closed periods' figures stay,
but not who they are: the names become ``ANONYMOUS_NAME``, contacts, PESEL, household and the
free text of their visits and consultations become empty. The rules are pure functions of the
held changes, so every desk applies them alike:

- a person is erased as soon as any held change says so (``anonymised`` true); then those fields
  take the erased values whatever other change says, in any delivery order (erasure wins);
- the change log keeps that such a field changed, never the old value (``scrub_*``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

ANONYMOUS_NAME = "—"

# persons' fields and the values they take once the person is erased
ERASED_PERSON: dict[str, Any] = {
    "given_name": ANONYMOUS_NAME, "family_name": ANONYMOUS_NAME, "native_name": None, "languages": None,
    "phone": None, "email": None, "city": None, "district": None, "pesel": None, "household_id": None,
    "household_relation": None, "heard_from": None,
}
PERSONS = "persons"
# tables whose records belong to a person and carry free text that may name them
NOTE_TABLES = ("visits", "consultations")
NOTE_FIELDS = ("note",)


def erases(fields_of_changes: Iterable[dict[str, Any]]) -> bool:
    """Whether any of a person's changes erases them."""
    return any(fields.get("anonymised") is True for fields in fields_of_changes)


def erased_values(values: dict[str, Any]) -> dict[str, Any]:
    """A person's resolved values once erased."""
    return {**values, **ERASED_PERSON, "anonymised": True}


def scrub(table: str, fields: dict[str, Any]) -> dict[str, Any]:
    """A change's fields with the values erasure removes replaced (the field names stay)."""
    if table == PERSONS:
        return {k: (ERASED_PERSON[k] if k in ERASED_PERSON else v) for k, v in fields.items()}
    if table in NOTE_TABLES:
        return {k: (None if k in NOTE_FIELDS else v) for k, v in fields.items()}
    return fields
