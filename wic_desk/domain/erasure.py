"""What erasing a person (the right to erasure, GDPR art. 17) leaves, as plain data rules.

An erased (anonymised) person keeps the record and its services, so closed periods' figures stay,
but not who they are: the names become ``ANONYMOUS_NAME``, contacts, PESEL, household and the
free text of the records that are theirs become empty (``OWNED_TEXT``: visits' notes, outcomes and
referrals, consultations' notes, employers, and the name printed on their certificates). The rules are pure functions of the
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
# tables whose records belong to a person (their ``person_id``), and the fields in them that may
# name or describe the person: emptied once the person is erased
OWNED_TEXT: dict[str, tuple[str, ...]] = {
    "visits": ("note", "outcome", "referral"),
    "consultations": ("note",),
    "employment_outcomes": ("employer",),
    "certificates": ("content",),  # the certificate as printed: only the names in it go
}
NOTE_TABLES = tuple(OWNED_TEXT)


def erased_field(table: str, name: str, value: Any) -> Any:
    """What an owned record's field holds once its person is erased."""
    if table == "certificates" and name == "content":
        if not isinstance(value, dict):
            return value
        return {**value, "name": ANONYMOUS_NAME, "native_name": None} if value else value
    return None


def erase_owned(table: str, values: dict[str, Any]) -> dict[str, Any]:
    """An owned record's values (or a change's fields) with the erased person's text gone."""
    owned = OWNED_TEXT.get(table, ())
    return {k: (erased_field(table, k, v) if k in owned else v) for k, v in values.items()}


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
    if table in OWNED_TEXT:
        return erase_owned(table, fields)
    return fields
