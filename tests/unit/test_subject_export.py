""""Everything we hold about this person" (GDPR art. 15 and 20): the PDF read back with pypdf, the
JSON read back, the audit entry, who may export, the note rules, merged records, an anonymised
person, and the command line (in-process and one subprocess). Every name here is invented."""

from __future__ import annotations

import datetime as dt
import json
import uuid

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from tests.conftest import ADMIN_PASSWORD
from tests.unit.test_cli import assert_one_line_error, run, run_process
from wic_desk.domain import permissions
from wic_desk.domain.enums import Confidentiality, ConsultationKind, ContractKind, Role, ServiceCategory, Sex
from wic_desk.domain.errors import NotFound, PermissionDenied
from wic_desk.services import consultations as cs
from wic_desk.services import merge, outcomes, people, subject_export, visits
from wic_desk.store.models import AuditEntry

SECRET = "Invented psychologist note: sleeps badly since the move"
READABLE = "Invented counselling note: wants to work as a welder"
VISIT_NOTE = "Invented visit note: asked about the Polish course"


def plain(_context, text):
    return text


def pdf_text(path) -> str:
    """The PDF's text with every run of white space (table cells wrap) as one space."""
    return " ".join(" ".join(page.extract_text() for page in PdfReader(str(path)).pages).split())


@pytest.fixture
def team(make_staff, admin):
    return {
        "receptionist": make_staff(Role.RECEPTIONIST, "recep"),
        "coordinator": make_staff(Role.COORDINATOR, "coord"),
        "counsellor": make_staff(Role.COUNSELLOR, "couns"),
        "psychologist": make_staff(Role.SPECIALIST, "psy", ConsultationKind.PSYCHOLOGIST),
    }


@pytest.fixture
def person(db, admin, consent, team):
    pid = people.register(db, admin, people.PersonInput(
        given_name="Olha", family_name="Marchenko", native_name="Ольга Марченко", sex=Sex.FEMALE,
        birth_date=dt.date(1988, 4, 2), city="Wrocław"), consent)
    visits.record_visit(db, team["receptionist"], pid, [ServiceCategory(next(iter(ServiceCategory)))],
                        note=VISIT_NOTE, when=dt.datetime(2024, 3, 4, 10, 15))
    cs.record(db, team["psychologist"], pid, cs.ConsultationInput(
        kind=ConsultationKind.PSYCHOLOGIST, held_on=dt.date(2024, 3, 5), note=SECRET,
        confidentiality=Confidentiality.SPECIALIST_ONLY))
    cs.record(db, team["counsellor"], pid, cs.ConsultationInput(
        kind=ConsultationKind.VOCATIONAL, held_on=dt.date(2024, 3, 6), note=READABLE, minutes=45))
    outcomes.record(db, team["coordinator"], pid, outcomes.OutcomeInput(
        start_date=dt.date(2024, 4, 1), contract_kind=next(iter(ContractKind)), employer="Invented Sp. z o.o."))
    return pid


def test_coordinator_exports_pdf_and_json_with_notes_only_as_existing(db, team, person, tmp_path):
    out = tmp_path / "record.pdf"
    result = subject_export.export_person(db, team["coordinator"], person, out, "en", plain)
    assert result.pdf == out and result.json == tmp_path / "record.json"
    text = pdf_text(out)
    assert "Olha" in text and "Marchenko" in text and "Ольга Марченко" in text and "Wrocław" in text
    assert VISIT_NOTE in text and "04.03.2024" in text
    assert "Invented Sp. z o.o." in text
    # coordinators read no consultation notes: both appear only as existing, with their level
    assert SECRET not in text and READABLE not in text
    assert text.count("A note exists") == 2
    data = json.loads(result.json.read_text(encoding="utf-8"))
    assert data["format"] == "wic-desk.subject-export" and data["language"] == "en"
    assert data["person"]["native_name"] == "Ольга Марченко" and data["person"]["id"] == str(person)
    assert [v["note"] for v in data["visits"]] == [VISIT_NOTE]
    assert [(c["kind"], c["note_exists"], c["note_included"], c["note"]) for c in data["consultations"]] == [
        ("psychologist", True, False, None), ("vocational", True, False, None)]
    assert data["consultations"][0]["confidentiality"] == "specialist_only" or \
        data["consultations"][0]["confidentiality"] == Confidentiality.SPECIALIST_ONLY.value
    assert data["employment_outcomes"][0]["employer"] == "Invented Sp. z o.o."
    assert data["consents"] and data["consents"][0]["scope"]
    assert SECRET not in result.json.read_text(encoding="utf-8")
    with db.read() as s:
        entries = s.execute(select(AuditEntry.person_id, AuditEntry.staff_id, AuditEntry.detail)
                            .where(AuditEntry.action == "person.export")).all()
    assert [(e.person_id, e.staff_id) for e in entries] == [(person, team["coordinator"].staff_id)]
    assert "pdf" in entries[0].detail and "Olha" not in entries[0].detail and "Marchenko" not in entries[0].detail
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_a_note_reader_gets_the_notes_the_read_rules_allow_and_no_other(db, team, person, tmp_path, monkeypatch):
    """The export reuses the consultations' read rules (in SQL): were a counsellor allowed to
    export, their own kind's note would be in, the psychologist's specialist-only one not."""
    monkeypatch.setitem(permissions.PERMISSIONS, permissions.Action.PERSON_EXPORT,
                        frozenset({Role.COORDINATOR, Role.ADMIN, Role.COUNSELLOR}))
    result = subject_export.export_person(db, team["counsellor"], person, tmp_path / "c.pdf", "en", plain)
    text = pdf_text(result.pdf)
    assert READABLE in text and SECRET not in text
    assert text.count("A note exists") == 1
    data = json.loads(result.json.read_text(encoding="utf-8"))
    assert {c["kind"]: c["note"] for c in data["consultations"]} == {"psychologist": None, "vocational": READABLE}


def test_receptionists_and_counsellors_are_refused_and_no_file_appears(db, team, person, tmp_path):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    for who in ("receptionist", "counsellor", "psychologist"):
        with pytest.raises(PermissionDenied):
            subject_export.export_person(db, team[who], person, tmp_path / "x.pdf", "en", plain)
    assert list(tmp_path.iterdir()) == []
    assert not permissions.allowed(Role.RECEPTIONIST, permissions.Action.PERSON_EXPORT)
    assert permissions.allowed(Role.ADMIN, permissions.Action.PERSON_EXPORT)


def test_unknown_person_and_bad_language(db, admin, tmp_path):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    with pytest.raises(NotFound):
        subject_export.export_person(db, admin, uuid.uuid4(), tmp_path / "x.pdf", "en", plain)
    with pytest.raises(Exception, match="language"):
        subject_export.export_person(db, admin, uuid.uuid4(), tmp_path / "x.pdf", "de", plain)
    with pytest.raises(Exception, match="FILE.pdf"):
        subject_export.export_person(db, admin, uuid.uuid4(), tmp_path / "x.json", "en", plain)
    assert list(tmp_path.iterdir()) == []


def test_merged_records_are_included(db, admin, team, person, consent, tmp_path):
    other = people.register(db, admin, people.PersonInput(given_name="Olga", family_name="Marczenko",
                                                          sex=Sex.FEMALE), consent)
    visits.record_visit(db, admin, other, [ServiceCategory(next(iter(ServiceCategory)))],
                        note="Invented note on the duplicate record", when=dt.datetime(2024, 2, 1, 9, 0))
    merge.merge_persons(db, admin, person, other)
    result = subject_export.export_person(db, admin, person, tmp_path / "m.pdf", "en", plain)
    data = json.loads(result.json.read_text(encoding="utf-8"))
    assert [m["id"] for m in data["merged_records"]] == [str(other)]
    assert len(data["visits"]) == 2
    assert "Invented note on the duplicate record" in pdf_text(result.pdf)


def test_an_anonymised_person_exports_only_what_is_kept(db, admin, person, tmp_path):
    people.anonymise(db, admin, person)
    result = subject_export.export_person(db, admin, person, tmp_path / "a.pdf", "en", plain)
    text = pdf_text(result.pdf)
    raw = result.json.read_text(encoding="utf-8")
    for gone in ("Olha", "Ольга", "Wrocław", VISIT_NOTE, READABLE, SECRET):
        assert gone not in text and gone not in raw
    assert json.loads(raw)["person"]["anonymised"] is True
    assert len(json.loads(raw)["visits"]) == 1


def test_the_pdf_speaks_the_chosen_language(db, admin, person, tmp_path):
    from wic_desk.app import command_line_translate
    uk = subject_export.export_person(db, admin, person, tmp_path / "uk.pdf", "uk", command_line_translate("uk"))
    pl = subject_export.export_person(db, admin, person, tmp_path / "pl.pdf", "pl", command_line_translate("pl"))
    assert "Усе, що ми зберігаємо про цю особу" in pdf_text(uk.pdf)
    assert "Wszystko, co przechowujemy o tej osobie" in pdf_text(pl.pdf)
    assert "Ольга Марченко" in pdf_text(uk.pdf)


# -- the command line -----------------------------------------------------------------------------

def test_cli_export_prints_both_paths(db, db_path, admin, person, tmp_path, capsys, cli_login):
    out = tmp_path / "out" / "olha.pdf"
    out.parent.mkdir()
    code, stdout, err = run(capsys, "people", "export", person, "--out", out, "--language", "en", "--db", db_path)
    assert code == 0, err
    assert stdout.splitlines() == [f"pdf\t{out}", f"json\t{out.with_suffix('.json')}"]
    assert "Ольга Марченко" in pdf_text(out)
    assert json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))["person"]["given_name"] == "Olha"


def test_cli_export_bad_or_unknown_id_is_one_line(db, db_path, admin, tmp_path, capsys, cli_login):
    code, _out, err = run(capsys, "people", "export", "not-an-id", "--out", tmp_path / "x.pdf", "--db", db_path)
    assert_one_line_error(code, err, "not-an-id")
    code, _out, err = run(capsys, "people", "export", uuid.uuid4(), "--out", tmp_path / "x.pdf", "--db", db_path)
    assert_one_line_error(code, err)
    assert list(tmp_path.glob("x*")) == []


def test_cli_export_refuses_a_receptionist(db, db_path, team, person, tmp_path, capsys, monkeypatch):
    from tests.conftest import STAFF_PASSWORD
    monkeypatch.setenv("WIC_DESK_USER", "recep")
    monkeypatch.setenv("WIC_DESK_PASSWORD", STAFF_PASSWORD)
    code, _out, err = run(capsys, "people", "export", person, "--out", tmp_path / "x.pdf", "--db", db_path)
    assert_one_line_error(code, err)
    assert not (tmp_path / "x.pdf").exists()


def test_cli_export_as_a_process(db, db_path, admin, person, tmp_path):
    db.close()
    out = tmp_path / "record"
    proc = run_process("people", "export", str(person), "--out", out, "--db", db_path, "--language", "uk",
                       env={"WIC_DESK_USER": "admin", "WIC_DESK_PASSWORD": ADMIN_PASSWORD})
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == [f"pdf\t{out}", f"json\t{out}.json"]
    assert "Марченко" in pdf_text(out)
    assert json.loads((tmp_path / "record.json").read_text(encoding="utf-8"))["language"] == "uk"
