"""One erasure for every record of a person, and the two ways a consent withdrawal goes (GDPR art. 17
and 18): erase the person, or keep the service record for the figures (restrict). Real SQLite files.

A merged record keeps the identity it was registered with, so erasing a person from the person page,
under the retention policy or on a withdrawal erases every record merged into theirs (through any
chain of merges): from the tables and from the change log."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from tests.unit.test_sync_helpers import fast_cipher  # noqa: F401  (a fixture)
from wic_desk.domain import restriction
from wic_desk.domain.enums import (
    ActivityKind,
    ConsentKind,
    ConsultationKind,
    ContractKind,
    Role,
    ServiceCategory,
    Sex,
)
from wic_desk.domain.errors import PermissionDenied, UserError
from wic_desk.services import activities, consultations, drilldown, merge, outcomes, people, retention, visits
from wic_desk.store.models import (
    AuditEntry,
    ChangeLogEntry,
    Consultation,
    Enrolment,
    Person,
    PersonSearch,
    Visit,
)

# The seed project ends 2024-06-15: on this day nothing holds the old records back any more.
TODAY = dt.date(2031, 3, 1)
OLD = dt.datetime(2024, 2, 1, 10, 0)

# what identifies the three records of one person (A, B merged into A, C merged into B)
A_DATA = dict(given_name="Oksana", family_name="Marczuk", native_name="Оксана Марчук", sex=Sex.FEMALE,
              birth_date=dt.date(1990, 5, 12), pesel="90051212363", phone="+48 501 234 567",
              email="oksana.marczuk@example.invalid", city="Wrocław", district="Krzyki", languages="uk, pl",
              heard_from="Friend Bohdana", first_contact_date=dt.date(2024, 1, 5))
B_DATA = dict(given_name="Oksana", family_name="Marchuk", native_name="Оксана Марчук", sex=Sex.FEMALE,
              birth_date=dt.date(1990, 5, 12), pesel="90051287628", phone="+48 600 700 800",
              email="o.marchuk@example.invalid", city="Oleśnica", district="Zielone", languages="ru",
              heard_from="Leaflet Zakrzów", first_contact_date=dt.date(2024, 1, 6))
C_DATA = dict(given_name="Oxana", family_name="Marchukova", sex=Sex.FEMALE, phone="+48 733 111 222",
              email="oxana.m@example.invalid", first_contact_date=dt.date(2024, 1, 7))
MARKERS = ("Marczuk", "Marchuk", "Марчук", "Oksana", "Oxana", "90051212363", "90051287628", "501234567",
           "600700800", "733111222", "example.invalid", "Krzyki", "Oleśnica", "Zielone", "Bohdana", "Zakrzów",
           "Secret of B", "Secret of C")


def _register(db, actor, consent, data) -> object:
    return people.register(db, actor, people.PersonInput(**data), consent)


@pytest.fixture
def family(db, admin, consent):
    """One person registered three times: C merged into B, then B into A (a chain)."""
    a, b, c = (_register(db, admin, consent, d) for d in (A_DATA, B_DATA, C_DATA))
    visits.record_visit(db, admin, a, [ServiceCategory.LEGAL], note="Asked about the card", when=OLD)
    visits.record_visit(db, admin, b, [ServiceCategory.LEGAL], note="Secret of B", when=OLD)
    visits.record_visit(db, admin, c, [ServiceCategory.INFORMATION], note="Secret of C", when=OLD)
    merge.merge_persons(db, admin, b, c)
    merge.merge_persons(db, admin, a, b)
    return a, b, c


def _everything(db) -> str:
    """Every person row, search key, visit and change-log value, as one text."""
    with db.read() as s:
        rows = [str(list(r)) for r in s.execute(select(Person.__table__))]
        rows += [str(k) for k in s.execute(select(PersonSearch.key)).scalars()]
        rows += [str(list(r)) for r in s.execute(select(Visit.__table__))]
        rows += [str(f) for f in s.execute(select(ChangeLogEntry.fields)).scalars()]
    return "\n".join(rows)


def _erase_by_anonymise(db, admin, person_id):
    people.anonymise(db, admin, person_id)


def _erase_by_withdrawal(db, admin, person_id):
    people.withdraw_consent(db, admin, person_id, on=dt.date(2025, 6, 1), erase=True)


def _erase_by_retention(db, admin, person_id):
    assert retention.erase(db, admin, [person_id], TODAY) == 1


@pytest.mark.parametrize("erase", [_erase_by_anonymise, _erase_by_withdrawal, _erase_by_retention],
                         ids=["person page", "consent withdrawn", "retention"])
def test_erasing_a_person_erases_every_record_merged_into_theirs(db, admin, family, erase):
    a, b, c = family
    assert all(m in _everything(db) for m in ("Marczuk", "Secret of B", "733111222"))
    erase(db, admin, a)
    with db.read() as s:
        records = {p.id: p for p in s.execute(select(Person).where(Person.id.in_(family))).scalars()}
        assert all(p.anonymised for p in records.values())
        for p in records.values():
            assert (p.given_name, p.family_name, p.native_name, p.pesel, p.phone, p.email, p.city) == \
                (people.ANONYMOUS_NAME, people.ANONYMOUS_NAME, None, None, None, None, None)
            assert p.sex == Sex.FEMALE  # what the figures count by stays
        assert records[a].birth_date == records[b].birth_date == dt.date(1990, 5, 12)
        assert s.scalar(select(func.count()).select_from(Visit).where(Visit.person_id.in_(family))) == 3
    assert [m for m in MARKERS if m in _everything(db)] == []
    assert people.search(db, "Marchuk") == [] and people.search(db, "600700800") == []


def test_erasing_a_merged_away_record_erases_the_person_it_belongs_to(db, admin, family):
    a, b, c = family
    people.anonymise(db, admin, c)  # the oldest duplicate, opened from its own page
    with db.read() as s:
        assert all(s.get(Person, pid).anonymised for pid in family)
    assert [m for m in MARKERS if m in _everything(db)] == []


def test_a_person_not_merged_with_them_is_left_alone(db, admin, consent, family):
    other = _register(db, admin, consent, dict(given_name="Marta", family_name="Obok", phone="+48 555 444 333"))
    people.anonymise(db, admin, family[0])
    assert [h.id for h in people.search(db, "Obok")] == [other]


# -- restrict: the service record kept for the figures ------------------------------------------------

@pytest.fixture
def club(db, admin):
    return activities.create(db, admin, activities.ActivityInput(
        ActivityKind.LANGUAGE_CLUB, "Klub językowy", [activities.SessionInput(dt.date(2024, 3, 4))]))


def test_the_old_call_restricts_keeps_the_record_and_refuses_anything_new(db, admin, make_staff, family, club):
    a, b, c = family
    counsellor = make_staff(Role.COUNSELLOR)
    consultations.record(db, counsellor, a, consultations.ConsultationInput(
        ConsultationKind.LEGAL, dt.date(2024, 3, 5), 30, note="About the card"))
    receptionist = make_staff(Role.RECEPTIONIST)
    people.withdraw_consent(db, receptionist, a, on=dt.date(2025, 6, 1))

    detail = people.get_person(db, admin, a)
    assert detail.restricted and not detail.anonymised
    assert detail.consent_withdrawn_on == dt.date(2025, 6, 1)
    assert detail.consent_withdrawn_by_name == receptionist.full_name
    assert detail.data.family_name == "Marczuk" and detail.data.pesel == "90051212363"  # kept intact
    with db.read() as s:
        for pid in family:  # every record of the person is restricted
            person = s.get(Person, pid)
            assert (person.consent_withdrawn_on, person.anonymised) == (dt.date(2025, 6, 1), False)
        assert s.execute(select(Visit.note).where(Visit.person_id == b)).scalar_one() == "Secret of B"
        assert s.execute(select(AuditEntry.detail).where(AuditEntry.action == "person.consent_withdrawn",
                                                         AuditEntry.person_id == a)).scalars().all() == ["restrict"]
    assert all(m in _everything(db) for m in ("Marczuk", "Secret of B"))

    # not found, so neither enrolled nor visited from the desk; and refused whoever asks
    assert people.search(db, "Marczuk") == [] and people.search(db, "501 234 567") == []
    assert people.likely_duplicates(db, "Oksana", "Marczuk", birth_date=dt.date(1990, 5, 12)) == []
    with db.read() as s:
        changes = s.scalar(select(func.count()).select_from(ChangeLogEntry))
    refused = [
        lambda: visits.record_visit(db, receptionist, a, [ServiceCategory.LEGAL]),
        lambda: consultations.record(db, counsellor, a, consultations.ConsultationInput(
            ConsultationKind.LEGAL, dt.date.today(), 30)),
        lambda: activities.enrol(db, admin, club, a),
        lambda: outcomes.record(db, admin, a, outcomes.OutcomeInput(dt.date(2025, 7, 1), ContractKind.EMPLOYMENT)),
        lambda: visits.record_visit(db, receptionist, c, [ServiceCategory.LEGAL]),  # a merged record of theirs
    ]
    for write in refused:
        with pytest.raises(UserError) as error:
            write()
        assert error.value.text == restriction.E_RESTRICTED
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(ChangeLogEntry)) == changes  # nothing was written
        assert s.scalar(select(func.count()).select_from(Enrolment)) == 0
        assert s.scalar(select(func.count()).select_from(Consultation)) == 1

    # a second withdrawal changes nothing
    people.withdraw_consent(db, admin, a, on=dt.date(2025, 7, 1))
    assert people.get_person(db, admin, a).consent_withdrawn_on == dt.date(2025, 6, 1)


def test_a_restricted_person_counts_in_the_figures_without_a_name(db, admin, make_staff, consent, family):
    a, b, c = family
    counsellor = make_staff(Role.COUNSELLOR)
    other = _register(db, admin, consent, dict(given_name="Marta", family_name="Liczona", sex=Sex.FEMALE))
    for pid in (a, other):
        visits.record_visit(db, admin, pid, [ServiceCategory.LEGAL], when=dt.datetime(2024, 3, 4, 10))
        consultations.record(db, counsellor, pid, consultations.ConsultationInput(
            ConsultationKind.LEGAL, dt.date(2024, 3, 5), 30))
    period = (dt.date(2024, 1, 1), dt.date(2024, 3, 31))
    before = {rule: drilldown.rule_records(db, admin, rule, None, *period)
              for rule in ("unique_persons_served", "consultations")}
    people.withdraw_consent(db, admin, a, on=dt.date(2025, 6, 1))
    for rule, was in before.items():
        now = drilldown.rule_records(db, admin, rule, None, *period)
        assert now.figure == was.figure and len(now.rows) == len(was.rows)
        restricted = [r for r in now.rows if r.restricted]
        assert restricted and all(r.name == "" and r.person_id is None for r in restricted)
        assert not [r for r in now.rows if "Marczuk" in r.name or "Marchuk" in r.name]
        assert [r.name for r in now.rows if not r.restricted] == ["Marta Liczona"]


def test_a_restricted_person_may_be_erased_later(db, admin, make_staff, family):
    a, b, c = family
    people.withdraw_consent(db, make_staff(Role.RECEPTIONIST), a, on=dt.date(2025, 6, 1))
    people.withdraw_consent(db, admin, a, on=dt.date(2025, 9, 1), erase=True)
    detail = people.get_person(db, admin, a)
    assert detail.anonymised and not detail.restricted
    assert detail.consent_withdrawn_on == dt.date(2025, 6, 1)  # the withdrawal keeps its first date
    assert [m for m in MARKERS if m in _everything(db)] == []
    with db.read() as s:
        assert sorted(s.execute(select(AuditEntry.detail).where(AuditEntry.action == "person.consent_withdrawn",
                                                                AuditEntry.person_id == a)).scalars()) \
            == ["erase", "restrict"]
    people.withdraw_consent(db, admin, a, erase=True)  # already erased: nothing to do


def test_an_administrator_may_anonymise_a_restricted_person(db, admin, family):
    people.withdraw_consent(db, admin, family[0])
    people.anonymise(db, admin, family[0])
    assert [m for m in MARKERS if m in _everything(db)] == []


def test_who_may_withdraw_either_way_is_the_permissions_table(db, make_staff, family):
    from wic_desk.domain.permissions import Action, roles_for
    assert roles_for(Action.CONSENT_WITHDRAW) == {Role.RECEPTIONIST, Role.COUNSELLOR, Role.COORDINATOR, Role.ADMIN}
    specialist = make_staff(Role.SPECIALIST, kind=ConsultationKind.PSYCHOLOGIST)
    for erase in (False, True):
        with pytest.raises(PermissionDenied):
            people.withdraw_consent(db, specialist, family[0], erase=erase)
    coordinator = make_staff(Role.COORDINATOR)
    people.withdraw_consent(db, coordinator, family[0], erase=True)
    assert people.get_person(db, coordinator, family[0]).anonymised


def test_a_restriction_travels_and_an_offline_visit_still_arrives(tmp_path, fast_cipher):  # noqa: F811
    from tests.unit.test_sync_helpers import centre, close_all, exchange_all
    desks = centre(tmp_path, 2)
    try:
        a, b = desks
        pid = people.register(a.db, a.admin, people.PersonInput(given_name="Lesia", family_name="Ograniczona"),
                              people.ConsentInput(ConsentKind.WRITTEN, dt.date(2024, 1, 10), "Services"))
        exchange_all(desks)
        visits.record_visit(a.db, a.admin, pid, [ServiceCategory.LEGAL], note="before A heard")  # offline on A
        people.withdraw_consent(b.db, b.admin, pid, on=dt.date(2025, 2, 2))
        exchange_all(desks)
        for desk in desks:
            detail = people.get_person(desk.db, desk.admin, pid)
            assert detail.restricted and detail.data.family_name == "Ograniczona"
            assert people.search(desk.db, "Ograniczona") == []
            with desk.db.read() as s:
                assert s.execute(select(Visit.note).where(Visit.person_id == pid)).scalar_one() == "before A heard"
            with pytest.raises(UserError):
                visits.record_visit(desk.db, desk.admin, pid, [ServiceCategory.LEGAL])
        assert a.digest() == b.digest()
    finally:
        close_all(desks)

