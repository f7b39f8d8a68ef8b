"""The visit tallies the database keeps by triggers (migration 0015): whatever is done to the
visits, in any order, the tallies equal what the visits give when counted afresh; the dashboard's
services and monthly chart counted from them equal the figures counted from the visits, for
periods that cut months and for merged persons; a database from before them is filled."""

from __future__ import annotations

import datetime as dt
import json
import uuid

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from tests.unit.test_sync_helpers import centre, close_all, exchange_all, fast_cipher  # noqa: F401
from wic_desk.domain.enums import ConsentKind, ServiceCategory, Sex
from wic_desk.reports import counting
from wic_desk.services import merge, people, reports, visits
from wic_desk.services.context import Database
from wic_desk.services.uow import UnitOfWork
from wic_desk.store.models import Visit

LISTS = ['["legal"]', '["information", "legal"]', '[]', '["administrative"]', "not a list"]
DAYS = [dt.date(2024, 1, 30), dt.date(2024, 1, 31), dt.date(2024, 2, 1), dt.date(2024, 2, 29), dt.date(2024, 3, 1)]
PERSONS = [uuid.UUID(int=n).hex for n in range(1, 4)] + [None]


def fresh_tallies(conn) -> tuple[dict, dict]:
    """The tallies as the visits give them now."""
    days = {(d, r): n for d, r, n in conn.exec_driver_sql(
        "SELECT visit_date, COALESCE(reasons, '[]'), COUNT(*) FROM visits WHERE deleted = 0 GROUP BY 1, 2")}
    months = {(m, p): n for m, p, n in conn.exec_driver_sql(
        "SELECT substr(visit_date, 1, 7), person_id, COUNT(*) FROM visits WHERE deleted = 0 "
        "AND person_id IS NOT NULL GROUP BY 1, 2")}
    return days, months


def kept_tallies(conn) -> tuple[dict, dict]:
    days = {(d, r): n for d, r, n in conn.exec_driver_sql("SELECT day, reasons, visits FROM tally_visit_days")}
    months = {(m, p): n for m, p, n in conn.exec_driver_sql("SELECT month, person_id, visits FROM tally_visit_months")}
    return days, months


ids = st.integers(0, 5)
operations = st.lists(st.one_of(
    st.tuples(st.just("insert"), ids, st.sampled_from(PERSONS), st.sampled_from(DAYS), st.sampled_from(LISTS)),
    st.tuples(st.just("tombstone"), ids), st.tuples(st.just("revive"), ids), st.tuples(st.just("delete"), ids),
    st.tuples(st.just("day"), ids, st.sampled_from(DAYS)), st.tuples(st.just("reasons"), ids, st.sampled_from(LISTS)),
    st.tuples(st.just("person"), ids, st.sampled_from(PERSONS)),
    st.tuples(st.just("every_column"), ids),  # as an exchange file's update writes a record: all of it
), max_size=25)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(operations)
def test_the_tallies_equal_the_visits_whatever_is_done_to_them(db, ops):
    with db.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM visits")
        assert kept_tallies(conn) == ({}, {})
        for op, number, *args in ops:
            vid = uuid.UUID(int=number + 100).hex
            if op == "insert":
                person, day, reasons = args
                conn.exec_driver_sql(
                    "INSERT OR IGNORE INTO visits (id, person_id, visited_at, visit_date, reasons, deleted) "
                    "VALUES (?, ?, ?, ?, ?, 0)", (vid, person, f"{day} 10:00:00", day.isoformat(), reasons))
            elif op in ("tombstone", "revive"):
                conn.exec_driver_sql("UPDATE visits SET deleted = ? WHERE id = ?", (int(op == "tombstone"), vid))
            elif op == "delete":
                conn.exec_driver_sql("DELETE FROM visits WHERE id = ?", (vid,))
            elif op == "day":
                conn.exec_driver_sql("UPDATE visits SET visit_date = ? WHERE id = ?", (args[0].isoformat(), vid))
            elif op == "reasons":
                conn.exec_driver_sql("UPDATE visits SET reasons = ? WHERE id = ?", (args[0], vid))
            elif op == "person":
                conn.exec_driver_sql("UPDATE visits SET person_id = ? WHERE id = ?", (args[0], vid))
            else:
                conn.exec_driver_sql("UPDATE visits SET person_id = person_id, visit_date = visit_date, "
                                     "reasons = reasons, deleted = deleted WHERE id = ?", (vid,))
        assert kept_tallies(conn) == fresh_tallies(conn)


@pytest.fixture
def served(db, admin, consent) -> dict:
    """Visits around the turns of three months, an anonymous one, and a person registered twice."""
    def person(given):
        return people.register(db, admin, people.PersonInput(given_name=given, family_name="Tally", sex=Sex.FEMALE,
                                                             citizenship="UA"), consent)

    anna, bohdan, kasia, kasia_dup = (person(n) for n in ("Anna", "Bohdan", "Kasia", "Kasia-dup"))
    at = [dt.datetime(2024, 1, 15, 10), dt.datetime(2024, 1, 31, 16), dt.datetime(2024, 2, 1, 9),
          dt.datetime(2024, 2, 15, 12), dt.datetime(2024, 2, 29, 17), dt.datetime(2024, 3, 1, 8)]
    for who, when in ((anna, at[0]), (anna, at[1]), (anna, at[3]), (bohdan, at[1]), (bohdan, at[2]),
                      (kasia, at[2]), (kasia_dup, at[3]), (kasia_dup, at[5]), (kasia, at[4])):
        visits.record_visit(db, admin, who, [ServiceCategory.LEGAL], when=when)
    visits.record_visit(db, admin, bohdan, [ServiceCategory.INFORMATION, ServiceCategory.LEGAL], when=at[4])
    visits.record_anonymous_visit(db, admin, Sex.MALE, "18-59", "UA", [ServiceCategory.LEGAL], when=at[3])
    return {"anna": anna, "bohdan": bohdan, "kasia": kasia, "kasia_dup": kasia_dup}


def counted_afresh(db, a: dt.date, b: dt.date) -> dict[str, int]:
    """Unique humans per month from the visits themselves, a merged record as its final one."""
    with db.read() as s:
        finals = counting.final_ids(s)
        rows = s.connection().exec_driver_sql(
            "SELECT substr(visit_date, 1, 7), person_id FROM visits WHERE deleted = 0 AND person_id IS NOT NULL "
            "AND visit_date BETWEEN ? AND ?", (a.isoformat(), b.isoformat())).all()
    months: dict[str, set] = {}
    for month, person_id in rows:
        months.setdefault(month, set()).add(counting.final_of(finals, person_id))
    return {m: len(p) for m, p in months.items()}


PERIODS = [(dt.date(2024, 1, 1), dt.date(2024, 3, 31)), (dt.date(2024, 1, 16), dt.date(2024, 2, 29)),
           (dt.date(2024, 1, 31), dt.date(2024, 3, 1)), (dt.date(2024, 2, 1), dt.date(2024, 2, 28)),
           (dt.date(2024, 2, 2), dt.date(2024, 2, 14)), (dt.date(2023, 12, 1), dt.date(2024, 1, 31))]


def chart(db, admin, a, b) -> dict[str, int]:
    return {m.month: m.persons for m in reports.persons_per_month(db, admin, a, b) if m.source == "visit"}


def test_the_monthly_chart_from_the_tallies_equals_the_visits_counted_afresh(db, admin, served):
    # by hand, the whole three months: January Anna and Bohdan; February Anna, Bohdan, Kasia and
    # her second record (two until they are merged); March Kasia's second record
    assert chart(db, admin, *PERIODS[0]) == {"2024-01": 2, "2024-02": 4, "2024-03": 1}
    # cut months: from 16 January only Anna's and Bohdan's visits of the 31st; to 29 February
    assert chart(db, admin, *PERIODS[1]) == {"2024-01": 2, "2024-02": 4}
    assert chart(db, admin, *PERIODS[4]) == {}  # 2-14 February: no visit
    for a, b in PERIODS:
        assert chart(db, admin, a, b) == counted_afresh(db, a, b), (a, b)
    merge.merge_persons(db, admin, served["kasia"], served["kasia_dup"])  # one human
    assert chart(db, admin, *PERIODS[0]) == {"2024-01": 2, "2024-02": 3, "2024-03": 1}
    for a, b in PERIODS:
        assert chart(db, admin, a, b) == counted_afresh(db, a, b), (a, b)


def test_the_services_from_the_tallies_equal_the_visits_counted_afresh(db, admin, served):
    for a, b in PERIODS:
        with db.read() as s:
            kept = counting.visit_reason_lists(s, a, b)
            fresh = dict(s.connection().exec_driver_sql(
                "SELECT reasons, COUNT(*) FROM visits WHERE deleted = 0 AND visit_date BETWEEN ? AND ? "
                "GROUP BY reasons", (a.isoformat(), b.isoformat())).all())
        assert kept == fresh, (a, b)
    with db.read() as s:  # by hand: nine legal visits, Bohdan's information and legal, the anonymous legal one
        lists = counting.visit_reason_lists(s, *PERIODS[0])
    assert sorted(lists.values()) == [1, 10]
    assert sum(n * len(json.loads(r)) for r, n in lists.items()) == 12


def test_a_database_from_before_the_tallies_has_them_filled(db, db_path, admin, served):
    from alembic import command

    from wic_desk import paths
    from wic_desk.store.migrate import _config
    config = _config(paths.migrations_dir())
    with db.engine.begin() as conn:
        before = fresh_tallies(conn)
        config.attributes["connection"] = conn
        command.downgrade(config, "0014")  # the revisions after it undone: no tallies, no triggers
        assert not conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE name LIKE 'tally_%'").all()
    db.close()
    again = Database.open(db_path, key=db.key)
    try:
        with again.engine.begin() as conn:
            assert kept_tallies(conn) == before
            assert sum(before[1].values()) == 10  # the ten visits with a person
        visits.record_visit(again, admin, served["anna"], [ServiceCategory.LEGAL], when=dt.datetime(2024, 3, 2, 9))
        with again.engine.begin() as conn:
            assert kept_tallies(conn) == fresh_tallies(conn)  # and kept from then on
    finally:
        again.close()


def test_visits_from_another_desk_enter_the_tallies_and_their_tombstones_leave(tmp_path, fast_cipher):  # noqa: F811
    a, b = centre(tmp_path, 2)
    try:
        consent = people.ConsentInput(ConsentKind.WRITTEN, dt.date(2024, 1, 10), "Services of the centre")
        anna = people.register(a.db, a.admin, people.PersonInput(given_name="Anna", family_name="Tally",
                                                                 sex=Sex.FEMALE), consent)
        for day in (dt.date(2024, 1, 31), dt.date(2024, 2, 1), dt.date(2024, 2, 2)):
            visits.record_visit(a.db, a.admin, anna, [ServiceCategory.LEGAL], when=dt.datetime.combine(day, dt.time(9)))
        with UnitOfWork(a.db, a.admin) as uow:  # on desk A one visit is tombstoned, one moved to January
            by_day = {v.visit_date: v for v in uow.session.execute(select(Visit)).scalars()}
            by_day[dt.date(2024, 2, 2)].deleted = True
            by_day[dt.date(2024, 2, 1)].visit_date = dt.date(2024, 1, 15)
        exchange_all([a, b])
        with b.db.engine.begin() as conn:
            assert kept_tallies(conn) == fresh_tallies(conn)
            assert list(kept_tallies(conn)[1].values()) == [2]  # Anna's two January visits
        period = (dt.date(2024, 1, 1), dt.date(2024, 2, 29))
        assert chart(b.db, b.admin, *period) == chart(a.db, a.admin, *period) == {"2024-01": 1}
    finally:
        close_all([a, b])
