"""Certificates: who gets one, serials that never repeat (the desk's own code in them), reprints
that are the same certificate, random verification codes that cannot be made up, verification
audited, scanned text understood; PDFs parsed back with pypdf."""

from __future__ import annotations

import datetime as dt
import itertools
import re
import uuid

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from wic_desk.documents import certificate as cert_doc
from wic_desk.documents.certificate import CertificateData
from wic_desk.domain.enums import ActivityKind, AttendanceStatus, ConsultationKind, Role, Sex
from wic_desk.domain.errors import NotFound, PermissionDenied, UserError, ValidationError
from wic_desk.services import activities as act
from wic_desk.services import certificates as certs
from wic_desk.services import people
from wic_desk.services.uow import UnitOfWork
from wic_desk.store.models import AuditEntry, Certificate, ChangeLogEntry, Desk, LocalState

ISSUED = dt.date(2024, 3, 15)
CODE_RE = re.compile(r"^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$")
SERIAL_RE = re.compile(r"^WIC/2024/[A-HJ-NP-Z2-9]{4}/\d{6}$")


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
    ok = certs.verify(db, admin, cert.serial, cert.code)
    assert ok.genuine and (ok.person_name, ok.native_name, ok.activity_title, ok.issued_on, ok.hours) == (
        "Oleksandra Kovalchuk", "Олександра Ковальчук", "Kurs języka polskiego A1", ISSUED, 8)
    typed = certs.verify(db, admin, cert.serial.lower().replace("/", "-").replace("-00000", "-"),
                         cert.code.replace("-", " ").lower())
    assert typed.genuine and typed.serial == cert.serial  # as people type it
    changed = cert.code[:-1] + ("A" if cert.code[-1] != "A" else "B")
    bad = certs.verify(db, admin, cert.serial, changed)
    assert not bad.genuine and bad.person_name is None and bad.activity_title is None  # reveals nothing
    assert not certs.verify(db, admin, cert.serial.rsplit("/", 1)[0] + "/999999", cert.code).genuine
    assert not certs.verify(db, admin, "rubbish", "").genuine


def test_every_verification_is_audited_with_the_serial_only(db, admin, course, make_staff):
    aid, who = course
    cert = certs.issue(db, admin, aid, who["oleksandra"], today=ISSUED)
    receptionist = make_staff(Role.RECEPTIONIST)
    assert certs.verify(db, receptionist, cert.serial, cert.code).genuine
    assert not certs.verify(db, receptionist, cert.serial, "AAAA-AAAA-AAAA").genuine
    assert not certs.verify(db, receptionist, "Oleksandra Kovalchuk", cert.code).genuine  # a name typed in
    with db.read() as s:
        rows = s.execute(select(AuditEntry).where(AuditEntry.action == "certificate.verify")
                         .order_by(AuditEntry.at)).scalars().all()
        s.expunge_all()
    assert [r.detail for r in rows] == [f"{cert.serial} genuine", f"{cert.serial} not genuine", "- not genuine"]
    assert {r.staff_id for r in rows} == {receptionist.staff_id}
    assert (rows[0].record_id, rows[0].person_id) == (cert.id, who["oleksandra"])
    assert (rows[1].record_id, rows[1].person_id) == (None, None)
    assert not any("Kovalchuk" in (r.detail or "") or cert.code in (r.detail or "") for r in rows)


def test_codes_are_random_and_stored_not_derived(db, admin, consent):
    """Two certificates of the same content get different codes; changing the stored content does
    not change what verifies (no desk recomputes a code from a secret)."""
    aid = _course(db, admin, sessions=1, title="Klub")
    pids = [_person(db, admin, consent, "Daria", f"Testowa{i}") for i in range(2)]
    for p in pids:
        _attend(db, admin, aid, p, 1)
    one, two = (certs.issue(db, admin, aid, p, today=ISSUED) for p in pids)
    assert one.code != two.code and CODE_RE.match(one.code) and CODE_RE.match(two.code)
    with db.read() as s:
        assert s.get(LocalState, "certificate_secret") is None
    assert len({certs.new_verification_code() for _ in range(200)}) == 200


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
    desk = certs.desk_code(db)
    assert len(serials) == len(set(serials)) == 12
    assert sorted(serials) == [f"WIC/2024/{desk}/{n:06d}" for n in range(1, 13)]
    codes = [c.code for c in certs.register(db, admin)]
    assert len(set(codes)) == 12 and all(CODE_RE.match(c) for c in codes)
    # a new year starts again at 1; the desk's counter keeps numbers unique even if rows vanish
    aid = _course(db, admin, sessions=1, title="Klub 2025")
    _attend(db, admin, aid, persons[0], 1)
    assert certs.issue(db, admin, aid, persons[0], today=dt.date(2025, 1, 2)).serial == f"WIC/2025/{desk}/000001"
    with db.read() as s:
        assert s.get(LocalState, f"certificate_serial:2024:{desk}").value == "12"


def test_the_desk_code_comes_from_the_desk_id_and_is_kept_on_the_synced_desk_record(db, admin, course):
    aid, who = course
    assert certs.desk_code(db) is None  # nothing to set up
    serial = certs.issue(db, admin, aid, who["lukasz"], today=ISSUED).serial
    desk = certs.desk_code(db)
    assert desk == next(certs.desk_code_candidates(db.desk_id)) and serial == f"WIC/2024/{desk}/000001"
    with db.read() as s:
        logged = s.execute(select(ChangeLogEntry.fields).where(ChangeLogEntry.record_id == db.desk_id)).scalars()
        assert {"code": desk} in list(logged)  # travels to the other desks like any change
    assert certs.issue(db, admin, aid, who["oleksandra"], today=ISSUED).serial == f"WIC/2024/{desk}/000002"


def test_a_desk_skips_codes_other_desks_hold_and_a_clash_goes_to_the_larger_id(db, admin, course):
    aid, who = course
    mine = list(itertools.islice(certs.desk_code_candidates(db.desk_id), 2))
    assert len(set(mine)) == 2 and all(not c.isdigit() and len(c) == 4 for c in mine)
    smaller = uuid.UUID(int=0)  # a desk that had already taken this desk's first choice
    with UnitOfWork(db, admin) as uow:
        uow.session.add(Desk(id=smaller, name="Recepcja 0", code=mine[0]))
    serial = certs.issue(db, admin, aid, who["lukasz"], today=ISSUED).serial
    assert certs.desk_code(db) == mine[1] and serial.split("/")[2] == mine[1]
    # a desk with a smaller id that turns out to hold this desk's code (both chose it offline)
    with UnitOfWork(db, admin) as uow:
        uow.session.get(Desk, smaller).code = mine[1]
    serial = certs.issue(db, admin, aid, who["oleksandra"], today=ISSUED).serial
    assert certs.desk_code(db) == mine[0] and serial == f"WIC/2024/{mine[0]}/000001"  # now free again


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
        assert not certs.verify(db, staff, "WIC/2024/ABCD/000001", "ABCD-EFGH-JK23").genuine  # may ask
        with pytest.raises(PermissionDenied):
            certs.publish_page(db, staff, tmp_path / "page")
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "page").exists()
    cert = certs.issue(db, make_staff(Role.COORDINATOR), aid, who["lukasz"], today=ISSUED)
    assert certs.verify(db, make_staff(Role.RECEPTIONIST), cert.serial, cert.code).genuine


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
    desk = certs.desk_code(db)
    assert names == [f"WIC-2024-{desk}-000001_Oleksandra_Kovalchuk.pdf", f"WIC-2024-{desk}-000002_Lukasz_Zolkiewski.pdf"]
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


def test_the_content_is_stored_with_the_qr_text(db, admin, course):
    aid, who = course
    certs.issue(db, admin, aid, who["lukasz"], today=ISSUED)
    with db.read() as s:
        stored = s.scalar(select(Certificate).where(Certificate.person_id == who["lukasz"]))
        s.expunge(stored)
    data = CertificateData.from_content(stored.content)
    assert (data.name, data.serial, data.code, data.sex, data.language) == (
        "Łukasz Żółkiewski", stored.serial, stored.verification_code, "M", "en")
    assert data.qr_text == f"WIC-CERT {stored.serial} {stored.verification_code}"  # no address set


def _content_stream(pdf) -> str:
    return PdfReader(str(pdf)).pages[0].get_contents().get_data().decode("latin-1")


def _qr_ops(text: str) -> str:
    """The fill operators certificate.py writes for a QR code carrying ``text``."""
    modules = cert_doc.qr_matrix(text)
    ops = []
    for r, row in enumerate(modules):
        c = 0
        while c < len(row):
            if row[c]:
                start = c
                while c < len(row) and row[c]:
                    c += 1
                ops.append(f"{start + 2} {len(modules) - r - 1 + 2} {c - start} 1 re")
            else:
                c += 1
    return "\n".join(ops)


def test_with_a_verification_address_the_qr_code_carries_the_page_and_reprints_keep_it(db, admin, course,
                                                                                       make_staff, tmp_path):
    aid, who = course
    before = certs.issue(db, admin, aid, who["lukasz"], today=ISSUED)
    with pytest.raises(PermissionDenied):
        certs.set_verification_url(db, make_staff(Role.RECEPTIONIST), "https://example.org/check/")
    with pytest.raises(ValidationError):
        certs.set_verification_url(db, admin, "ftp://example.org/x")
    with pytest.raises(ValidationError):
        certs.set_verification_url(db, admin, "https://example.org/a b")
    assert certs.set_verification_url(db, admin, " https://cert.example.org/wic/ ") == "https://cert.example.org/wic/"
    assert certs.verification_url(db) == "https://cert.example.org/wic/"
    after = certs.issue(db, admin, aid, who["oleksandra"], today=ISSUED)
    link = certs.verification_link("https://cert.example.org/wic/", after.serial, after.code)
    assert link == (f"https://cert.example.org/wic/#s={after.serial.replace('/', '%2F')}&c={after.code}")
    assert certs.parse_scanned(link) == (after.serial, after.code)
    certs.print_certificates(db, admin, [after.serial], tmp_path / "after.pdf")
    certs.print_certificates(db, admin, [before.serial], tmp_path / "before.pdf")
    assert _qr_ops(link) in _content_stream(tmp_path / "after.pdf")
    # the certificate issued before the address was set is reprinted as it was first printed
    assert _qr_ops(f"WIC-CERT {before.serial} {before.code}") in _content_stream(tmp_path / "before.pdf")
    certs.set_verification_url(db, admin, "")
    assert certs.verification_url(db) is None
    certs.print_certificates(db, admin, [after.serial], tmp_path / "again.pdf")
    assert (tmp_path / "again.pdf").read_bytes() == (tmp_path / "after.pdf").read_bytes()
    with db.read() as s:
        details = s.execute(select(AuditEntry.detail).where(AuditEntry.action == "settings.verification_url")
                            .order_by(AuditEntry.at)).scalars().all()
    assert details == ["https://cert.example.org/wic/", "-"]


@pytest.mark.parametrize("text,expected", [
    ("WIC-CERT WIC/2026/K7QD/000123 ABCD-EFGH-JK23", ("WIC/2026/K7QD/000123", "ABCD-EFGH-JK23")),
    ("https://x.example/v/#s=WIC%2F2026%2FK7QD%2F000123&c=ABCD-EFGH-JK23", ("WIC/2026/K7QD/000123", "ABCD-EFGH-JK23")),
    ("https://x.example/v/?s=wic-2026-k7qd-123&c=abcdefghjk23", ("WIC/2026/K7QD/000123", "ABCD-EFGH-JK23")),
    ("WIC-CERT WIC/2024/000017 ABCD-EFGH-JK23\n", ("WIC/2024/000017", "ABCD-EFGH-JK23")),  # old serials
    ("  wic 2024 17   abcd efgh jk23 ", ("WIC/2024/000017", "ABCD-EFGH-JK23")),
    ("WIC/2026/K7QD/000123", None),
    ("ABCD-EFGH-JK23", None),
    ("https://x.example/v/#s=WIC%2F2026%2FK7QD%2F000123", None),
    ("", None),
])
def test_scanned_or_pasted_text(text, expected):
    assert certs.parse_scanned(text) == expected


@pytest.mark.parametrize("typed,expected", [
    ("wic/2024/123", "WIC/2024/000123"), ("WIC-2024-000123", "WIC/2024/000123"),
    ("wic-2026-k7qd-123", "WIC/2026/K7QD/000123"), (" WIC / 2026 / K7QD / 000123 ", "WIC/2026/K7QD/000123"),
    ("Anna", "Anna"),
])
def test_serials_as_typed(typed, expected):
    assert certs.normalise_serial(typed) == expected


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
    desk = certs.desk_code(db)
    assert [c.serial for c in everything] == [f"WIC/2024/{desk}/00000{n}" for n in (1, 2, 3)]
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
    assert certs.desk_code(db) is None  # the desk's code was taken in the same transaction
    with db.read() as s:
        assert s.scalars(select(LocalState.key).where(LocalState.key.like("certificate_serial:%"))).all() == []
    serial = certs.issue(db, admin, aid, who["lukasz"], today=ISSUED).serial
    assert serial == f"WIC/2024/{next(certs.desk_code_candidates(db.desk_id))}/000001"
