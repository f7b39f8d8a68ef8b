"""Exchanging files between desks: convergence, relays, duplicates, clocks, merges."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.test_sync_helpers import centre, close_all, exchange_all, fast_cipher  # noqa: F401
from wic_desk.domain.enums import ConsentKind, Sex
from wic_desk.services import people

CONSENT = people.ConsentInput(ConsentKind.WRITTEN, dt.date(2024, 1, 10), "Services of the centre")


def register(desk, given, family, **extra):
    return people.register(desk.db, desk.admin, people.PersonInput(given_name=given, family_name=family,
                                                                   sex=Sex.FEMALE, **extra), CONSENT)


@pytest.fixture
def desks(tmp_path, fast_cipher):  # noqa: F811
    made = centre(tmp_path, 3)
    yield made
    close_all(made)


def test_a_new_desk_joins_from_a_full_file_with_staff_accounts(desks):
    a, b, c = desks
    exchange_all(desks)
    assert a.digest() == b.digest() == c.digest()
    assert len({a.db.desk_id, b.db.desk_id, c.db.desk_id}) == 3


def test_edits_travel_and_converge(desks):
    a, b, c = desks
    pid = register(a, "Olena", "Kovalenko")
    b.read(a.export(for_desk=b))
    data = people.get_person(b.db, b.admin, pid).data
    data.city = "Wrocław"
    people.update_person(b.db, b.admin, pid, data)
    c.read(b.export())
    a.read(c.export())
    assert people.get_person(a.db, a.admin, pid).data.city == "Wrocław"
    b.read(a.export())
    c.read(a.export())
    assert a.digest() == b.digest() == c.digest()
