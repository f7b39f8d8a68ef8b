"""Employment outcomes and the stable-employment counting rule."""

from __future__ import annotations

import datetime as dt

import pytest

from wic_desk.domain.enums import ContractKind, Role, Sex
from wic_desk.domain.errors import PermissionDenied, ValidationError
from wic_desk.services import outcomes, people

RULE = {"contract_kinds": ["employment"], "min_months": 3}


@pytest.mark.parametrize("kind,months,stable", [
    (ContractKind.EMPLOYMENT, 1, True), (ContractKind.EMPLOYMENT, None, True),
    (ContractKind.MANDATE, 3, True), (ContractKind.MANDATE, 2, False), (ContractKind.MANDATE, None, True),
    (ContractKind.SELF_EMPLOYMENT, 12, True), (ContractKind.OTHER, 1, False),
])
def test_stable_rule(kind, months, stable):
    assert outcomes.is_stable(RULE, kind, months) is stable


def test_rule_without_min_months_counts_only_listed_contracts():
    assert not outcomes.is_stable({"contract_kinds": ["employment"]}, ContractKind.MANDATE, 24)


def test_unique_persons_counted_once(db, admin, make_staff, consent):
    counsellor = make_staff(Role.COUNSELLOR)
    a = people.register(db, admin, people.PersonInput(given_name="Kateryna", family_name="Savchuk", sex=Sex.FEMALE),
                        consent)
    b = people.register(db, admin, people.PersonInput(given_name="Giorgi", family_name="Lomidze", sex=Sex.MALE),
                        consent)
    day = dt.date(2024, 2, 1)
    outcomes.record(db, counsellor, a, outcomes.OutcomeInput(day, ContractKind.EMPLOYMENT, "Invented Sp. z o.o."))
    outcomes.record(db, counsellor, a, outcomes.OutcomeInput(day, ContractKind.MANDATE, duration_months=6))
    outcomes.record(db, counsellor, b, outcomes.OutcomeInput(day, ContractKind.MANDATE, duration_months=1))
    assert outcomes.stable_employment_count(db) == 1
    assert outcomes.stable_employment_count(db, dt.date(2024, 3, 1)) == 0
    rows = outcomes.for_person(db, admin, a)
    assert len(rows) == 2 and all(r.stable for r in rows) and rows[0].recorded_by_name == "Test Counsellor"
    assert not outcomes.for_person(db, admin, b)[0].stable


def test_receptionists_do_not_record_outcomes_and_input_is_checked(db, admin, make_staff, consent):
    p = people.register(db, admin, people.PersonInput(given_name="Ivan", family_name="Moroz"), consent)
    with pytest.raises(PermissionDenied):
        outcomes.record(db, make_staff(Role.RECEPTIONIST), p,
                        outcomes.OutcomeInput(dt.date(2024, 1, 1), ContractKind.EMPLOYMENT))
    with pytest.raises(ValidationError):
        outcomes.record(db, admin, p, outcomes.OutcomeInput(dt.date(2024, 1, 1), ContractKind.EMPLOYMENT,
                                                             hours_per_week=0))
