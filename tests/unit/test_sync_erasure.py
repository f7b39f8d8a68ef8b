"""Erasure that erases and travels (GDPR art. 17): an anonymised person stays anonymised on every
desk whatever was edited offline elsewhere, in any delivery order; their old values leave the change
log on every desk and no exchange file carries them; nothing about them is listed as a conflict."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from sqlalchemy import select

from tests.unit.test_sync_helpers import centre, close_all, exchange_all, fast_cipher, key_of  # noqa: F401
from wic_desk.domain.enums import ConsentKind, ServiceCategory, Sex
from wic_desk.services import people, visits
from wic_desk.services.uow import UnitOfWork
from wic_desk.store.models import ChangeLogEntry, Person, Visit
from wic_desk.sync import fileformat

CONSENT = people.ConsentInput(ConsentKind.WRITTEN, dt.date(2024, 1, 10), "Services of the centre")
MARKERS = ("Zabłocka", "Markerowo", "zablocka@example.invalid", "Tajemnica")


def _everything_of(desk) -> str:
    """The person's table row, their visits' notes and every change-log value, as one text."""
    with desk.db.read() as s:
        rows = [str(list(r)) for r in s.execute(select(Person.__table__))]
        rows += [str(n) for n in s.execute(select(Visit.note)).scalars()]
        rows += [str(f) for f in s.execute(select(ChangeLogEntry.fields)).scalars()]
    return "\n".join(rows)


def _file_text(path, desk) -> str:
    ef = fileformat.read_file(path, key_of(desk))
    return "\n".join(str(row) for frame in ef.rows() for row in frame)


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
def test_an_offline_edit_never_brings_an_erased_person_back(tmp_path, fast_cipher, order):  # noqa: F811
    desks = centre(tmp_path, 3)
    try:
        a, b, c = desks
        pid = people.register(a.db, a.admin, people.PersonInput(
            given_name="Halyna", family_name="Kowalczyk", sex=Sex.FEMALE, city="Wrocław"), CONSENT)
        visits.record_visit(a.db, a.admin, pid, [ServiceCategory.LEGAL], note="first talk")
        exchange_all(desks)
        # Offline: B edits the person and notes a visit; C edits the visit's note; A erases.
        data = people.get_person(b.db, b.admin, pid).data
        data.family_name, data.city, data.email = "Zabłocka", "Markerowo", "zablocka@example.invalid"
        people.update_person(b.db, b.admin, pid, data)
        visits.record_visit(b.db, b.admin, pid, [ServiceCategory.LEGAL], note="Tajemnica rodzinna")
        with c.db.read() as s:
            visit_id = s.execute(select(Visit.id).where(Visit.person_id == pid)).scalars().first()
        with UnitOfWork(c.db, c.admin) as uow:
            uow.session.get(Visit, visit_id).note = "Tajemnica: zmieniona na C"
        people.anonymise(a.db, a.admin, pid)
        assert not any(m in _everything_of(a) for m in MARKERS)

        files = {n: d.export() for n, d in enumerate(desks)}  # each desk's file for every desk
        for reader in desks:
            for n in order:
                if desks[n] is not reader:
                    reader.read(files[n])
        exchange_all(desks)

        assert len({d.digest() for d in desks}) == 1
        for d in desks:
            with d.db.read() as s:
                person = s.get(Person, pid)
                assert (person.anonymised, person.family_name, person.city, person.email) == (True, "—", None, None)
                assert s.execute(select(Visit.note).where(Visit.person_id == pid, Visit.note.is_not(None))).first() \
                    is None
            text = _everything_of(d)
            assert not [m for m in MARKERS if m in text], d.name
            assert not [x for x in d.conflicts() if x.record_id == pid or x.record_id == visit_id]
            assert not [m for m in MARKERS if m in _file_text(d.export(full=True), d)]
    finally:
        close_all(desks)


def test_an_erased_person_cannot_be_edited_here(db, admin, consent):
    pid = people.register(db, admin, people.PersonInput(given_name="Iryna", family_name="Savchuk"), consent)
    people.anonymise(db, admin, pid)
    data = people.PersonInput(given_name="Iryna", family_name="Savchuk")
    with pytest.raises(people.UserError) as refused:
        people.update_person(db, admin, pid, data)
    assert refused.value.text == people.E_ERASED


OWNED_MARKERS = ("Piekarnia Zabłocka", "Skierowanie Markerowo", "Wynik Tajemnica", "Halyna Kowalczyk")


def _owned_text(desk) -> str:
    """Every value of the records that are a person's (visits, outcomes, certificates) and every
    change-log value, as one text."""
    from wic_desk.store.models import Certificate, EmploymentOutcome
    with desk.db.read() as s:
        rows = [str(list(r)) for model in (Visit, EmploymentOutcome, Certificate)
                for r in s.execute(select(model.__table__))]
        rows += [str(f) for f in s.execute(select(ChangeLogEntry.fields)).scalars()]
    return "\n".join(rows)


@pytest.mark.parametrize("erasure_first", [True, False])
def test_erasure_takes_the_persons_text_from_every_record_of_theirs(tmp_path, fast_cipher, erasure_first):  # noqa: F811
    """Not only notes: a visit's outcome and referral, an employer, the name printed on a
    certificate, on every desk, whichever arrives first, the erasure or an offline edit."""
    import uuid

    from wic_desk.domain.enums import ContractKind
    from wic_desk.store.models import Certificate, EmploymentOutcome

    desks = centre(tmp_path, 2)
    try:
        a, b = desks
        pid = people.register(a.db, a.admin, people.PersonInput(
            given_name="Halyna", family_name="Kowalczyk", sex=Sex.FEMALE), CONSENT)
        visits.record_visit(a.db, a.admin, pid, [ServiceCategory.LEGAL], note="first talk")
        with UnitOfWork(a.db, a.admin) as uow:
            visit = uow.session.execute(select(Visit).where(Visit.person_id == pid)).scalars().one()
            visit.outcome, visit.referral = "Wynik Tajemnica", "Skierowanie Markerowo"
            uow.session.add(EmploymentOutcome(person_id=pid, start_date=dt.date(2024, 3, 1), employer="Piekarnia Zabłocka",
                                              contract_kind=list(ContractKind)[0]))
            uow.session.add(Certificate(serial="WIC/2024/TEST/000001", person_id=pid, activity_id=uuid.uuid4(),
                                        issued_on=dt.date(2024, 3, 2), language="pl", hours=10.0, completed=True,
                                        verification_code="ABCD1234",
                                        content={"serial": "WIC/2024/TEST/000001", "name": "Halyna Kowalczyk",
                                                 "native_name": "Галина Ковальчук", "hours": 10.0}))
        exchange_all(desks)
        # offline on B: the outcome and the employer edited; on A: the person erased
        with UnitOfWork(b.db, b.admin) as uow:
            uow.session.execute(select(Visit).where(Visit.person_id == pid)).scalars().one().outcome = \
                "Wynik Tajemnica, poprawiony"
            uow.session.execute(select(EmploymentOutcome).where(EmploymentOutcome.person_id == pid)).scalars() \
                .one().employer = "Piekarnia Zabłocka i syn"
        people.anonymise(a.db, a.admin, pid)
        assert not [m for m in OWNED_MARKERS if m in _owned_text(a)]
        from_a, from_b = a.export(for_desk=b), b.export(for_desk=a)
        if erasure_first:
            b.read(from_a)
            a.read(from_b)
        else:
            a.read(from_b)
            b.read(from_a)
        exchange_all(desks)
        assert a.digest() == b.digest()
        for d in desks:
            text = _owned_text(d)
            assert not [m for m in OWNED_MARKERS if m in text], d.name
            assert "Галина" not in text
            with d.db.read() as s:
                cert = s.execute(select(Certificate).where(Certificate.person_id == pid)).scalars().one()
                assert cert.content["name"] == "—" and cert.content["serial"] == "WIC/2024/TEST/000001"
            assert not [x for x in d.conflicts() if x.table in ("visits", "employment_outcomes", "certificates")]
            assert not [m for m in OWNED_MARKERS if m in _file_text(d.export(full=True), d)]
    finally:
        close_all(desks)
