"""The same data give the same workbook on every desk: every order and tie is decided by the data,
never by the order the records were stored in. One data set is stored in two orders (the second
database holds every table's rows reversed) and every cell of the donor workbook is compared."""

from __future__ import annotations

import datetime as dt
import shutil

from openpyxl import load_workbook
from sqlalchemy import update

from tests import rawdb
from wic_desk.domain.enums import (
    ActivityKind,
    AttendanceStatus,
    ConsultationKind,
    ContractKind,
    Disability,
    ResidenceStatus,
    Role,
    ServiceCategory,
    Sex,
)
from wic_desk.reports import counting, rules
from wic_desk.services import activities as act
from wic_desk.services import consultations as cs
from wic_desk.services import drilldown, merge, outcomes, people, reports, visits
from wic_desk.services.context import Database
from wic_desk.services.uow import UnitOfWork
from wic_desk.store import cipher, keyfile
from wic_desk.store.models import Visit

A, B = dt.date(2024, 3, 1), dt.date(2024, 3, 31)
TABLES = ("persons", "visits", "consultations", "activities", "activity_sessions", "enrolments", "attendance",
          "employment_outcomes", "indicators", "projects")


def build(db, admin, make_staff, consent) -> None:
    counsellor = make_staff(Role.COUNSELLOR)
    ids = []
    statuses = [ResidenceStatus.VISA, ResidenceStatus.TEMPORARY_PROTECTION, None]  # ties: one of each, and more
    for i, citizenship in enumerate(["UA", "GE", "UA", "GE", "MD", "BY", "AM", "AZ", "KZ", "UZ", "TJ", "SY"]):
        pid = people.register(db, admin, people.PersonInput(
            given_name=f"P{i}", family_name="Test", sex=(Sex.FEMALE, Sex.MALE, Sex.OTHER)[i % 3],
            birth_date=dt.date(1980 + i, 1, 1) if i % 4 else None, citizenship=citizenship,
            residence_status=statuses[i % 3], disability=list(Disability)[i % 3]), consent)
        ids.append(pid)
        visits.record_visit(db, admin, pid, [ServiceCategory.INFORMATION], when=dt.datetime(2024, 3, 4, 10))
    # two reasons and two consultation kinds with the same counts: the code decides
    visits.record_visit(db, admin, ids[2], [ServiceCategory.LEGAL], when=dt.datetime(2024, 3, 6, 10))
    lost = visits.record_visit(db, admin, ids[3], [ServiceCategory.ADMINISTRATIVE], when=dt.datetime(2024, 3, 6, 11))
    with UnitOfWork(db, admin) as uow:  # an imported visit without a reason
        uow.session.execute(update(Visit).where(Visit.id == lost).values(reasons=[]))
    visits.record_visit(db, admin, ids[4], [ServiceCategory.ADMINISTRATIVE], when=dt.datetime(2024, 3, 6, 12))
    cs.record(db, counsellor, ids[0], cs.ConsultationInput(ConsultationKind.VOCATIONAL, dt.date(2024, 3, 5), 30))
    cs.record(db, counsellor, ids[1], cs.ConsultationInput(ConsultationKind.VOCATIONAL, dt.date(2024, 3, 5), 30))
    cs.record(db, counsellor, ids[2], cs.ConsultationInput(ConsultationKind.LEGAL, dt.date(2024, 3, 5), 30))
    cs.record(db, counsellor, ids[3], cs.ConsultationInput(ConsultationKind.LEGAL, dt.date(2024, 3, 5), 30))
    merge.merge_persons(db, admin, ids[5], ids[6])  # a duplicate, counted with its final record
    for title in ("Klub B", "Klub A"):
        aid = act.create(db, admin, act.ActivityInput(kind=ActivityKind.LANGUAGE_CLUB, title=title, sessions=[
            act.SessionInput(dt.date(2024, 3, 7), 2), act.SessionInput(dt.date(2024, 3, 7), 1)]))
        for pid in ids[:3]:
            act.enrol(db, admin, aid, pid)
        for session in act.grid(db, admin, aid).sessions:
            act.mark(db, admin, session.id, ids[0], AttendanceStatus.PRESENT)
    for pid in ids[:4]:  # four jobs starting the same day
        outcomes.record(db, counsellor, pid, outcomes.OutcomeInput(dt.date(2024, 3, 18), ContractKind.EMPLOYMENT))


def reversed_copy(db, tmp_path):
    """The same database with every counted table's rows stored in the reverse order."""
    copy = tmp_path / "reversed.db"
    cipher.export_copy(db.path, db.key, copy, db.key)
    shutil.copy(keyfile.key_file_path(db.path), keyfile.key_file_path(copy))
    conn = rawdb.connect(copy, db.key, isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        for table in TABLES:
            conn.execute(f"CREATE TEMP TABLE rows_ AS SELECT * FROM {table} ORDER BY rowid")
            conn.execute(f"DELETE FROM {table}")
            conn.execute(f"INSERT INTO {table} SELECT * FROM rows_ ORDER BY rowid DESC")
            conn.execute("DROP TABLE rows_")
        first = conn.execute("SELECT id FROM persons ORDER BY rowid LIMIT 1").fetchone()[0]
    finally:
        conn.close()
    return copy, first


def cells(path) -> dict:
    wb = load_workbook(path)
    return {(ws.title, c.coordinate): c.value for ws in wb.worksheets for row in ws.iter_rows() for c in row
            if c.coordinate != "A2"}  # A2: the time the workbook was made


def test_two_storage_orders_give_the_same_workbook_and_records(db, admin, make_staff, consent, tmp_path):
    build(db, admin, make_staff, consent)
    copy, first = reversed_copy(db, tmp_path)
    with db.read() as s:
        assert counting.raw(s).execute("SELECT id FROM persons ORDER BY rowid LIMIT 1").fetchone()[0] != first
    other = Database.open(copy, key=db.key)
    try:
        one = reports.donor_report(db, admin, A, B, tmp_path / "one.xlsx")
        two = reports.donor_report(other, admin, A, B, tmp_path / "two.xlsx")
        assert cells(one) == cells(two)
        sheets = {sheet for sheet, _ in cells(one)}
        assert {"Persons", "Services by group", "Data quality"} <= sheets
        for rule in rules.RULES:
            assert drilldown.rule_records(db, admin, rule, None, A, B).rows == \
                drilldown.rule_records(other, admin, rule, None, A, B).rows, rule
    finally:
        other.close()


def test_citizenship_ties_are_ordered_by_code():
    persons = [counting.ServedPerson(str(i), "F", "18-59", c, "not_asked", True) for i, c in
               enumerate(["UA", "GE", "GE", "UA", "AM"])]
    assert counting.citizenship_counts(persons) == [("GE", 2), ("UA", 2), ("AM", 1)]
    assert counting.citizenship_counts(persons, top=1) == [("GE", 2), ("other", 3)]
