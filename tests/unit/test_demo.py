"""The demo/training database: what ``wic-desk demo`` builds, through the one door."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import func, select

from wic_desk import cli
from wic_desk.domain import pesel as pesel_rules
from wic_desk.domain.enums import ConsultationKind, Role
from wic_desk.services import auth, demo, people, setup
from wic_desk.services.context import Database
from wic_desk.store.models import SYNCED_MODELS, ChangeLogEntry, Person, PersonSearch, Staff, Visit


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """One demo database made through the command line, shared by the read-only checks."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    code = cli.main(["demo", "--no-gui", "--persons", "200", "--db", str(path)])
    database = Database.open(path)
    yield code, database
    database.close()


def _count(db, model) -> int:
    with db.read() as s:
        return s.execute(select(func.count()).select_from(model)).scalar_one()


def _names(db) -> list[tuple]:
    with db.read() as s:
        return s.execute(select(Person.id, Person.given_name, Person.family_name, Person.native_name,
                                Person.birth_date, Person.phone).order_by(Person.id)).all()


def test_the_command_builds_as_many_people_and_visits_as_asked(built, capsys):
    code, db = built
    assert code == 0
    assert _count(db, Person) == 200
    assert _count(db, Visit) == 2000


def test_the_command_prints_the_login(tmp_path, capsys):
    assert cli.main(["demo", "--no-gui", "--persons", "3", "--db", str(tmp_path / "d.db")]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == ["persons\t3", "visits\t30", "login\tadmin\tPIN\t1234"]


def test_every_person_has_a_search_row_and_is_found_by_family_name(built):
    _, db = built
    with db.read() as s:
        rows = s.execute(select(Person.id, Person.family_name, Person.native_name, PersonSearch.key)
                         .join(PersonSearch, PersonSearch.person_id == Person.id)).all()
    assert len(rows) == _count(db, Person) == _count(db, PersonSearch)
    for row in rows:
        assert row.id in {hit.id for hit in people.search(db, row.family_name)}, row.family_name
        if row.native_name:
            native_family = row.native_name.split()[-1]
            assert row.id in {hit.id for hit in people.search(db, native_family)}, native_family


def test_search_keys_are_the_ones_registration_writes(built):
    _, db = built
    with db.read() as s:
        rows = s.execute(select(Person.given_name, Person.family_name, Person.native_name, Person.phone,
                                Person.pesel, PersonSearch.key)
                         .join(PersonSearch, PersonSearch.person_id == Person.id)).all()
    for r in rows:
        assert r.key == people.search_key_for(r.given_name, r.family_name, r.native_name, r.phone, r.pesel)


def test_the_change_log_has_one_entry_per_synced_record(built):
    _, db = built
    with db.read() as s:
        log = s.execute(select(ChangeLogEntry.seq, ChangeLogEntry.hlc, ChangeLogEntry.record_id,
                               ChangeLogEntry.table_name).order_by(ChangeLogEntry.seq)).all()
        synced = {(m.__tablename__, i) for m in SYNCED_MODELS for i in s.execute(select(m.id)).scalars()}
        visit_fields = s.execute(select(ChangeLogEntry.fields)
                                 .where(ChangeLogEntry.table_name == "visits").limit(1)).scalar_one()
    assert len(log) == len(synced)
    assert {(e.table_name, e.record_id) for e in log} == synced
    assert [e.seq for e in log] == list(range(1, len(log) + 1))
    assert all(a.hlc < b.hlc for a, b in zip(log, log[1:], strict=False)), "the clock must never go back"
    assert set(visit_fields) == {c.name for c in Visit.__table__.columns} - {"id"}
    json.dumps(visit_fields)


def test_staff_of_every_role_and_the_demo_login(built):
    _, db = built
    with db.read() as s:
        staff = s.execute(select(Staff.role, Staff.specialist_kind)).all()
    assert {r.role for r in staff} == set(Role)
    assert {r.specialist_kind for r in staff if r.role == Role.SPECIALIST} >= {
        ConsultationKind.PSYCHOLOGIST, ConsultationKind.LAWYER, ConsultationKind.TAX_ADVISOR}
    assert auth.login(db, "admin", "1234").role == Role.ADMIN
    assert auth.login(db, "recepcja1", "1234").role == Role.RECEPTIONIST


def test_the_people_look_like_the_centres(built):
    _, db = built
    with db.read() as s:
        persons = s.execute(select(Person)).scalars().all()
        s.expunge_all()  # plain objects from here on (the read session rolls back at its end)
    by_country = {}
    for p in persons:
        by_country[p.citizenship] = by_country.get(p.citizenship, 0) + 1
    assert by_country["UA"] > len(persons) / 2
    assert len(by_country) >= 4
    start, end = setup.SEED_PERIOD
    for p in persons:
        assert start <= p.first_contact_date <= end and p.consent_date == p.first_contact_date
        assert p.given_name.isascii() or p.citizenship in ("PL", "MD", "TR", "AZ", "UZ")
        if p.citizenship in ("UA", "RU", "BY", "GE"):
            assert p.native_name and not p.native_name.isascii()
        if p.pesel:
            assert pesel_rules.checksum_ok(p.pesel) and pesel_rules.birth_date(p.pesel) == p.birth_date
        if p.birth_date:
            assert p.birth_year == p.birth_date.year
        assert 0 <= p.first_contact_date.year - p.birth_year <= 86
        if p.phone:
            assert p.phone.startswith("+48") and p.phone[3] in "5678" and len(p.phone) == 12
    assert any(p.household_id for p in persons)
    assert any(p.birth_date is None for p in persons) or len(persons) < 100


def test_visits_fall_on_working_days_in_opening_hours(built):
    _, db = built
    with db.read() as s:
        rows = s.execute(select(Visit, Person.first_contact_date)
                         .outerjoin(Person, Person.id == Visit.person_id)).all()
        s.expunge_all()
    start, end = setup.SEED_PERIOD
    anonymous = 0
    reasons: dict[str, int] = {}
    for visit, first_contact in rows:
        assert start <= visit.visit_date <= end and visit.visit_date.weekday() < 5
        assert visit.visited_at.date() == visit.visit_date
        assert dt.time(9) <= visit.visited_at.time() < dt.time(17)
        assert visit.reasons and visit.handled_by is not None
        for code in visit.reasons:
            reasons[code] = reasons.get(code, 0) + 1
        if visit.person_id is None:
            anonymous += 1
            assert visit.anon_sex and visit.anon_age_group and visit.anon_citizenship
        else:
            assert first_contact is not None and visit.visit_date >= first_contact
            assert visit.anon_sex is None
    assert 0 < anonymous < len(rows) / 10
    top = sorted(reasons, key=reasons.get, reverse=True)[:3]
    assert set(top) <= {"information", "legal", "administrative"}


def test_the_same_seed_gives_the_same_people(tmp_path):
    dbs = [Database.open(tmp_path / f"{name}.db") for name in ("a", "b", "c")]
    try:
        demo.build_demo(dbs[0], persons=40, visits=100, seed=7)
        demo.build_demo(dbs[1], persons=40, visits=100, seed=7)
        demo.build_demo(dbs[2], persons=40, visits=100, seed=8)
        assert _names(dbs[0]) == _names(dbs[1])
        assert _names(dbs[0]) != _names(dbs[2])
    finally:
        for db in dbs:
            db.close()


def test_a_second_run_adds_to_the_database(tmp_path):
    db = Database.open(tmp_path / "d.db")
    calls = []
    try:
        first = demo.build_demo(db, persons=30, seed=3)
        second = demo.build_demo(db, persons=20, visits=50, seed=3,
                                 progress=lambda done, total, what: calls.append((done, total, what)))
        assert (first.persons, first.visits, second.persons, second.visits) == (30, 300, 20, 50)
        assert (second.login, second.pin) == ("admin", "1234")
        assert _count(db, Person) == 50 and _count(db, Visit) == 350 and _count(db, PersonSearch) == 50
        assert _count(db, Staff) == len(demo._DEMO_STAFF) + 1
        assert calls[-1] == (70, 70, "visits") and [c[0] for c in calls] == sorted(c[0] for c in calls)
    finally:
        db.close()


def test_a_set_up_desk_gets_demo_people_as_its_first_admin(db, admin):
    result = demo.build_demo(db, persons=10, visits=25)
    assert (result.login, result.pin) == ("admin", "")  # its PIN is not the demo one
    assert _count(db, Person) == 10 and _count(db, Visit) == 25
    with db.read() as s:
        authors = set(s.execute(select(ChangeLogEntry.author_id)
                                .where(ChangeLogEntry.table_name == "visits")).scalars())
    assert authors == {admin.staff_id}


def test_no_people_means_only_anonymous_visits(tmp_path):
    db = Database.open(tmp_path / "d.db")
    try:
        demo.build_demo(db, persons=0, visits=12)
        with db.read() as s:
            assert s.execute(select(func.count()).where(Visit.person_id.is_not(None))).scalar_one() == 0
        assert _count(db, Visit) == 12
    finally:
        db.close()
