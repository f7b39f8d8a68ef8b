"""Certificates: who gets one, serials that never repeat, reprints that are the same certificate,
verification codes that cannot be made up; PDFs parsed back with pypdf."""

from __future__ import annotations

import datetime as dt
import re
import uuid

import pytest
from pypdf import PdfReader
from sqlalchemy import select, update

from wic_desk.documents.certificate import CertificateData
from wic_desk.domain.enums import ActivityKind, AttendanceStatus, ConsultationKind, Role, Sex
from wic_desk.domain.errors import NotFound, PermissionDenied, UserError, ValidationError
from wic_desk.services import activities as act
from wic_desk.services import certificates as certs
from wic_desk.services import people
from wic_desk.services.uow import UnitOfWork
from wic_desk.store.models import AuditEntry, Certificate, LocalState

ISSUED = dt.date(2024, 3, 15)
CODE_RE = re.compile(r"^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$")
SERIAL_RE = re.compile(r"^WIC/2024/\d{6}$")


def _person(db, actor, consent, given, family, native=None, sex=Sex.FEMALE, **extra):
    return people.register(db, actor, people.PersonInput(given_name=given, family_name=family, native_name=native,
                                                         sex=sex, **extra), consent)


def _course(db, actor, sessions=5, title="Kurs języka polskiego A1", percent=80):
    return act.create(db, actor, act.ActivityInput(
        kind=ActivityKind.POLISH_COURSE, title=title, completion_percent=percent, place="Wrocław",
        sessions=[act.SessionInput(held_on=dt.date(2024, 1, 8) + dt.timedelta(days=7 * i), hours=2)
                  for i in range(sessions)]))


def _attend(db, actor, activity_id, person_id, sessions_present):
    act.enrol(db, actor, activity_id, person_id)
    grid = act.grid(db, actor, activity_id)
    for s in grid.sessions[:sessions_present]:
        act.mark(db, actor, s.id, person_id, AttendanceStatus.PRESENT)


def _pages(path) -> list[str]:
    return [page.extract_text() for page in PdfReader(str(path)).pages]


@pytest.fixture
def course(db, admin, consent):
    """A 5-session course (80 %): Łukasz and Oleksandra complete, Nino attends twice, Ihar never."""
    aid = _course(db, admin)
    cast = {
        "lukasz": (_person(db, admin, consent, "Łukasz", "Żółkiewski", sex=Sex.MALE, languages="pl,en",
                           citizenship="PL"), 5),
        "oleksandra": (_person(db, admin, consent, "Oleksandra", "Kovalchuk", "Олександра Ковальчук",
                               languages="uk,ru", citizenship="UA"), 4),
        "nino": (_person(db, admin, consent, "Nino", "Kapanadze", languages="ka,ru", citizenship="GE"), 2),
        "ihar": (_person(db, admin, consent, "Ihar", "Zhuk", sex=Sex.MALE, citizenship="BY"), 0),
    }
    for person_id, present in cast.values():
        _attend(db, admin, aid, person_id, present)
    return aid, {k: v[0] for k, v in cast.items()}


def test_batch_prints_a_page_for_each_who_completed_with_names_serial_and_code(db, admin, course, tmp_path):
    aid, who = course
    result = certs.issue_batch(db, admin, aid, tmp_path / "c.pdf", today=ISSUED)
    assert (result.issued, result.reprinted, result.files) == (2, 0, [tmp_path / "c.pdf"])
    pages = _pages(tmp_path / "c.pdf")
    assert len(pages) == 2  # = participants who completed
    by_person = {c.person_id: c for c in result.certificates}
    assert set(by_person) == {who["lukasz"], who["oleksandra"]}
    kovalchuk, zolkiewski = pages  # sorted by family name the Polish way
    assert "Łukasz Żółkiewski" in zolkiewski and "Certificate of completion" in zolkiewski
    assert "Олександра Ковальчук" in kovalchuk and "Oleksandra Kovalchuk" in kovalchuk
    assert "Сертифікат про завершення" in kovalchuk and "ukończyła zajęcia" in kovalchuk
    for page, person in ((zolkiewski, "lukasz"), (kovalchuk, "oleksandra")):
        cert = by_person[who[person]]
        assert SERIAL_RE.match(cert.serial) and CODE_RE.match(cert.code)
        assert cert.serial in page and cert.code in page
        assert "ZAŚWIADCZENIE O UKOŃCZENIU" in page and "15.03.2024" in page and "08.01.2024 – 05.02.2024" in page
    assert by_person[who["lukasz"]].hours == 10 and by_person[who["oleksandra"]].hours == 8
    assert (by_person[who["lukasz"]].language, by_person[who["oleksandra"]].language) == ("pl+en", "pl+uk")
    assert "10 godz." in zolkiewski and "5 z 5" in zolkiewski


def test_participation_certificates_only_on_request(db, admin, course, tmp_path):
    aid, who = course
    result = certs.issue_batch(db, admin, aid, tmp_path / "c.pdf", include_participation=True, today=ISSUED)
    assert {c.person_id for c in result.certificates} == {who["lukasz"], who["oleksandra"], who["nino"]}
    nino = next(c for c in result.certificates if c.person_id == who["nino"])
    assert not nino.completed
    page = next(p for p in _pages(tmp_path / "c.pdf") if "Nino Kapanadze" in p)
    assert "ZAŚWIADCZENIE O UDZIALE" in page and "Certificate of participation" in page  # Georgian: English
    assert certs.eligible(db, admin, aid) == [who["oleksandra"], who["lukasz"]]


def test_reprint_is_the_same_certificate(db, admin, course, tmp_path):
    aid, who = course
    first = certs.issue(db, admin, aid, who["oleksandra"], today=ISSUED)
    again = certs.issue(db, admin, aid, who["oleksandra"], today=ISSUED + dt.timedelta(days=30))
    assert (again.serial, again.code, again.issued_on, again.id) == (first.serial, first.code, ISSUED, first.id)
    # the batch reprints her certificate and issues Łukasz's
    batch = certs.issue_batch(db, admin, aid, tmp_path / "b.pdf", today=ISSUED + dt.timedelta(days=40))
    assert (batch.issued, batch.reprinted) == (1, 1)
    assert next(c for c in batch.certificates if c.person_id == who["oleksandra"]).code == first.code
    # printing again gives the very same bytes
    one = certs.print_certificates(db, admin, [first.serial], tmp_path / "one.pdf").read_bytes()
    two = certs.print_certificates(db, admin, [first.serial.lower().replace("/", "-")], tmp_path / "two.pdf")
    assert two.read_bytes() == one
    # even when her attendance changes later, the certificate stays as issued
    grid = act.grid(db, admin, aid)
    act.mark(db, admin, grid.sessions[4].id, who["oleksandra"], AttendanceStatus.PRESENT)
    assert certs.print_certificates(db, admin, [first.serial], tmp_path / "three.pdf").read_bytes() == one
    with db.read() as s:
        assert s.scalar(select(Certificate.hours).where(Certificate.person_id == who["oleksandra"])) == 8


def test_verify_says_genuine_only_for_the_right_code(db, admin, course):
    aid, who = course
    cert = certs.issue(db, admin, aid, who["oleksandra"], today=ISSUED)
    ok = certs.verify(db, cert.serial, cert.code)
    assert ok.genuine and (ok.person_name, ok.native_name, ok.activity_title, ok.issued_on) == (
        "Oleksandra Kovalchuk", "Олександра Ковальчук", "Kurs języka polskiego A1", ISSUED)
    typed = certs.verify(db, cert.serial.lower(), cert.code.replace("-", " ").lower())
    assert typed.genuine  # as people type it
    changed = cert.code[:-1] + ("A" if cert.code[-1] != "A" else "B")
    bad = certs.verify(db, cert.serial, changed)
    assert not bad.genuine and bad.person_name is None and bad.activity_title is None  # reveals nothing
    assert not certs.verify(db, "WIC/2024/999999", cert.code).genuine
    assert not certs.verify(db, "rubbish", "").genuine


def test_a_record_altered_behind_the_apps_back_fails_verification(db, admin, course):
    aid, who = course
    cert = certs.issue(db, admin, aid, who["lukasz"], today=ISSUED)
    with db.engine.begin() as conn:
        conn.execute(update(Certificate).where(Certificate.id == cert.id).values(hours=100.0))
    assert not certs.verify(db, cert.serial, cert.code).genuine


def test_serials_never_repeat_across_batches(db, admin, consent, tmp_path):
    persons = [_person(db, admin, consent, "Daria", f"Testowa{i}") for i in range(4)]
    serials: list[str] = []
    for n in range(3):
        aid = _course(db, admin, sessions=1, title=f"Klub {n}")
        for p in persons:
            _attend(db, admin, aid, p, 1)
        result = certs.issue_batch(db, admin, aid, tmp_path / f"{n}.pdf", today=ISSUED)
        serials += [c.serial for c in result.certificates]
        certs.issue_batch(db, admin, aid, tmp_path / f"{n}-again.pdf", today=ISSUED)  # a reprint takes none
    assert len(serials) == len(set(serials)) == 12
    assert sorted(serials) == [f"WIC/2024/{n:06d}" for n in range(1, 13)]
    codes = [c.code for c in certs.register(db, admin)]
    assert len(set(codes)) == 12 and all(CODE_RE.match(c) for c in codes)
    # a new year starts again at 1; the desk's counter keeps numbers unique even if rows vanish
    aid = _course(db, admin, sessions=1, title="Klub 2025")
    _attend(db, admin, aid, persons[0], 1)
    assert certs.issue(db, admin, aid, persons[0], today=dt.date(2025, 1, 2)).serial == "WIC/2025/000001"
    with db.read() as s:
        assert s.get(LocalState, "certificate_serial:2024:0").value == "12"


def test_each_desk_draws_from_its_own_block(db, admin, course, make_staff):
    aid, who = course
    with pytest.raises(PermissionDenied):
        certs.set_serial_block(db, make_staff(Role.COORDINATOR), 3)
    with pytest.raises(ValidationError):
        certs.set_serial_block(db, admin, 100)
    certs.set_serial_block(db, admin, 3)
    assert certs.serial_block(db) == 3
    assert certs.issue(db, admin, aid, who["lukasz"], today=ISSUED).serial == "WIC/2024/030001"
    assert certs.issue(db, admin, aid, who["oleksandra"], today=ISSUED).serial == "WIC/2024/030002"


def test_only_coordinators_and_admins_issue_anyone_verifies(db, admin, course, make_staff, tmp_path):
    aid, who = course
    for role, kind in ((Role.RECEPTIONIST, None), (Role.COUNSELLOR, None),
                       (Role.SPECIALIST, ConsultationKind.PSYCHOLOGIST)):
        staff = make_staff(role, kind=kind)
        with pytest.raises(PermissionDenied):
            certs.issue(db, staff, aid, who["lukasz"], today=ISSUED)
        with pytest.raises(PermissionDenied):
            certs.issue_batch(db, staff, aid, tmp_path / "x.pdf", today=ISSUED)
        with pytest.raises(PermissionDenied):
            certs.register(db, staff)
    assert not (tmp_path / "x.pdf").exists()
    cert = certs.issue(db, make_staff(Role.COORDINATOR), aid, who["lukasz"], today=ISSUED)
    assert certs.verify(db, cert.serial, cert.code).genuine  # no login needed


def test_who_cannot_have_a_certificate(db, admin, course, consent, tmp_path):
    aid, who = course
    with pytest.raises(UserError, match="not attended any session"):
        certs.issue(db, admin, aid, who["ihar"], today=ISSUED)
    stranger = _person(db, admin, consent, "Taras", "Melnyk")
    with pytest.raises(NotFound, match="not enrolled"):
        certs.issue(db, admin, aid, stranger, today=ISSUED)
    with pytest.raises(NotFound, match="No such activity"):
        certs.issue(db, admin, uuid.uuid4(), stranger, today=ISSUED)
    nobody = _course(db, admin, title="Pusty kurs")
    with pytest.raises(UserError, match="meets the completion rule"):
        certs.issue_batch(db, admin, nobody, tmp_path / "none.pdf", today=ISSUED)
    assert not (tmp_path / "none.pdf").exists()
    with pytest.raises(NotFound):
        certs.print_certificates(db, admin, ["WIC/2024/000777"], tmp_path / "p.pdf")


def test_a_file_each_into_a_folder_with_progress(db, admin, course, tmp_path):
    aid, who = course
    seen = []
    result = certs.issue_batch(db, admin, aid, tmp_path / "out", one_file=False, today=ISSUED,
                               progress=lambda done, total, step: seen.append((done, total)))
    assert seen == [(1, 2), (2, 2)]
    names = sorted(p.name for p in result.files)
    assert names == ["WIC-2024-000001_Oleksandra_Kovalchuk.pdf", "WIC-2024-000002_Lukasz_Zolkiewski.pdf"]
    assert all(len(_pages(p)) == 1 for p in result.files)
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == names  # no temporary files left


def test_issuing_is_audited_with_counts_only(db, admin, course, tmp_path):
    aid, _ = course
    certs.issue_batch(db, admin, aid, tmp_path / "a.pdf", today=ISSUED)
    certs.issue_batch(db, admin, aid, tmp_path / "b.pdf", today=ISSUED)
    with db.read() as s:
        details = s.execute(select(AuditEntry.detail).where(AuditEntry.action == "export.certificates")
                            .order_by(AuditEntry.at)).scalars().all()
    assert details == ["issued=2 reprinted=0 files=1", "issued=0 reprinted=2 files=1"]


def test_the_secret_is_made_once_and_the_content_is_stored(db, admin, course):
    aid, who = course
    certs.issue(db, admin, aid, who["lukasz"], today=ISSUED)
    with db.read() as s:
        secret = s.get(LocalState, certs.SECRET_KEY).value
        stored = s.scalar(select(Certificate).where(Certificate.person_id == who["lukasz"]))
        s.expunge(stored)
    assert len(bytes.fromhex(secret)) == 32
    data = CertificateData.from_content(stored.content)
    assert (data.name, data.serial, data.code, data.sex, data.language) == (
        "Łukasz Żółkiewski", stored.serial, stored.verification_code, "M", "en")
    assert stored.content["key_id"] == certs.key_id(bytes.fromhex(secret))
    certs.issue(db, admin, aid, who["oleksandra"], today=ISSUED)
    with db.read() as s:
        assert s.get(LocalState, certs.SECRET_KEY).value == secret


def test_code_is_deterministic_and_depends_on_every_field():
    secret, person, activity = b"k" * 32, uuid.uuid4(), uuid.uuid4()
    base = certs.verification_code(secret, "WIC/2024/000001", person, activity, 8.0, ISSUED)
    assert CODE_RE.match(base) and base == certs.verification_code(secret, "WIC/2024/000001", person, activity, 8.0,
                                                                  ISSUED)
    variants = {
        certs.verification_code(b"x" * 32, "WIC/2024/000001", person, activity, 8.0, ISSUED),
        certs.verification_code(secret, "WIC/2024/000002", person, activity, 8.0, ISSUED),
        certs.verification_code(secret, "WIC/2024/000001", uuid.uuid4(), activity, 8.0, ISSUED),
        certs.verification_code(secret, "WIC/2024/000001", person, uuid.uuid4(), 8.0, ISSUED),
        certs.verification_code(secret, "WIC/2024/000001", person, activity, 8.5, ISSUED),
        certs.verification_code(secret, "WIC/2024/000001", person, activity, 8.0, ISSUED + dt.timedelta(days=1)),
    }
    assert base not in variants and len(variants) == 6


@pytest.mark.parametrize("languages,citizenship,expected", [
    ("uk,ru,pl", "UA", "uk"), (None, "UA", "uk"), ("uk", None, "uk"), ("ru,be", "BY", "en"),
    ("ka", "GE", "en"), (None, None, "en"), ("UKR", "PL", "uk"),
])
def test_language_beside_polish(languages, citizenship, expected):
    assert certs.certificate_language(languages, citizenship) == expected


def test_register_lists_issued_certificates(db, admin, course, tmp_path):
    aid, who = course
    other = _course(db, admin, sessions=1, title="Klub językowy")
    _attend(db, admin, other, who["nino"], 1)
    certs.issue_batch(db, admin, aid, tmp_path / "a.pdf", today=ISSUED)
    certs.issue(db, admin, other, who["nino"], today=ISSUED)
    everything = certs.register(db, admin)
    assert [c.serial for c in everything] == ["WIC/2024/000001", "WIC/2024/000002", "WIC/2024/000003"]
    [nino] = certs.register(db, admin, other)
    assert (nino.person_name, nino.activity_title, nino.completed) == ("Nino Kapanadze", "Klub językowy", True)


def test_unit_of_work_rolls_back_serials_when_issuing_fails(db, admin, course, monkeypatch):
    aid, who = course

    def boom(*args, **kwargs):
        raise RuntimeError("disk gone")

    monkeypatch.setattr(UnitOfWork, "bulk_insert", boom)
    with pytest.raises(RuntimeError):
        certs.issue(db, admin, aid, who["lukasz"], today=ISSUED)
    monkeypatch.undo()
    with db.read() as s:
        assert s.get(LocalState, "certificate_serial:2024:0") is None
    assert certs.issue(db, admin, aid, who["lukasz"], today=ISSUED).serial == "WIC/2024/000001"
