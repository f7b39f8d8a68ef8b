"""A certificate, once printed, is genuine on every desk: desks that issue offline never give the
same serial (each has its own code in it), codes need no secret, and old serials that two desks
both gave (and a sync then marked on one of them) still verify as printed. Real desk databases
exchanging real files."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from tests.unit.test_sync_helpers import (  # noqa: F401
    centre,
    close_all,
    exchange_all,
    fast_cipher,
    join,
)
from wic_desk.domain.enums import ActivityKind, AttendanceStatus, Sex
from wic_desk.services import activities as act
from wic_desk.services import certificates as certs
from wic_desk.services import people
from wic_desk.services.uow import UnitOfWork
from wic_desk.store.models import Certificate

ISSUED = dt.date(2026, 3, 15)
PRINTED = re.compile(r"WIC/\d{4}/(?:[A-Z2-9]{4}/)?\d{6}")
CODE = re.compile(r"[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}")


def _course(desk, consent, names):
    """A one-session club on ``desk`` that everyone in ``names`` attended; their person ids."""
    aid = act.create(desk.db, desk.admin, act.ActivityInput(
        kind=ActivityKind.LANGUAGE_CLUB, title="Klub rozmów", sessions=[act.SessionInput(dt.date(2026, 3, 5), 2)]))
    pids = []
    for given, family in names:
        pid = people.register(desk.db, desk.admin, people.PersonInput(given_name=given, family_name=family,
                                                                      sex=Sex.FEMALE), consent)
        act.enrol(desk.db, desk.admin, aid, pid)
        act.mark(desk.db, desk.admin, act.grid(desk.db, desk.admin, aid).sessions[0].id, pid, AttendanceStatus.PRESENT)
        pids.append(pid)
    return aid, pids


def _printed(pdf) -> tuple[str, str]:
    """The serial and the code as printed on a one-page certificate."""
    [page] = PdfReader(str(pdf)).pages
    text = page.extract_text()
    return PRINTED.search(text).group(0), CODE.search(text).group(0)


@pytest.fixture
def desks(tmp_path, fast_cipher):  # noqa: F811
    made = centre(tmp_path, 2)
    exchange_all(made)
    yield made
    close_all(made)


def test_desks_issuing_offline_print_serials_that_verify_on_every_desk(desks, consent, tmp_path):
    a, b = desks
    aid, (olena, daria) = _course(a, consent, [("Olena", "Testowa"), ("Daria", "Przykładowa")])
    exchange_all(desks)
    # offline: each desk issues one certificate and prints it
    certs.issue(a.db, a.admin, aid, olena, today=ISSUED)
    certs.issue(b.db, b.admin, aid, daria, today=ISSUED)
    on_a = certs.register(a.db, a.admin)[0]
    on_b = certs.register(b.db, b.admin)[0]
    certs.print_certificates(a.db, a.admin, [on_a.serial], tmp_path / "a.pdf")
    certs.print_certificates(b.db, b.admin, [on_b.serial], tmp_path / "b.pdf")
    printed = [_printed(tmp_path / "a.pdf"), _printed(tmp_path / "b.pdf")]
    code_a, code_b = certs.desk_code(a.db), certs.desk_code(b.db)
    assert code_a != code_b
    assert [serial for serial, _ in printed] == [f"WIC/2026/{code_a}/000001", f"WIC/2026/{code_b}/000001"]
    exchange_all(desks)
    assert a.digest() == b.digest()
    for desk in desks:
        assert {c.serial for c in certs.register(desk.db, desk.admin)} == {s for s, _ in printed}  # none renamed
        for serial, code in printed:
            result = certs.verify(desk.db, desk.admin, serial, code)
            assert result.genuine, (desk.name, serial)
        assert not certs.verify(desk.db, desk.admin, printed[0][0], printed[1][1]).genuine  # codes do not swap
    # the QR text of the page too
    serial, code = printed[1]
    assert certs.verify(a.db, a.admin, *certs.parse_scanned(f"WIC-CERT {serial} {code}")).genuine
    # each desk goes on with its own numbers
    assert certs.issue(b.db, b.admin, aid, olena, today=ISSUED).serial == on_a.serial  # already issued: reprint
    c = join(tmp_path, a, "C")
    try:
        exchange_all([a, b, c])
        aid_c, (nina,) = _course(c, consent, [("Nina", "Wzorcowa")])
        issued = certs.issue(c.db, c.admin, aid_c, nina, today=ISSUED)
        assert certs.desk_code(c.db) not in (code_a, code_b) and issued.serial.endswith("/000001")
        exchange_all([a, b, c])
        assert certs.verify(a.db, a.admin, issued.serial, issued.code).genuine
    finally:
        c.db.close()


def _old_certificate(desk, activity_id, person_id, serial, code):
    """A certificate as the app issued them before desk codes: old serial, code stored."""
    data = {"serial": serial, "code": code, "name": "Test Person", "activity_title": "Klub rozmów"}
    with UnitOfWork(desk.db, desk.admin) as uow:
        uow.session.add(Certificate(serial=serial, person_id=person_id, activity_id=activity_id, issued_on=ISSUED,
                                    language="pl+en", hours=2.0, completed=True, verification_code=code,
                                    content=data))


def test_an_old_serial_given_on_two_desks_still_verifies_as_printed_on_both(desks, consent, tmp_path):
    a, b = desks
    aid, (olena, daria) = _course(a, consent, [("Olena", "Testowa"), ("Daria", "Przykładowa")])
    exchange_all(desks)
    _old_certificate(a, aid, olena, "WIC/2024/000001", "AAAA-BBBB-CCCC")
    _old_certificate(b, aid, daria, "WIC/2024/000001", "DDDD-EEEE-FFFF")
    exchange_all(desks)
    assert a.digest() == b.digest()
    for desk in desks:
        with desk.db.read() as s:
            stored = sorted(s.execute(select(Certificate.serial)).scalars())
        assert stored[0] == "WIC/2024/000001" and stored[1].startswith("WIC/2024/000001~")  # the sync's mark
        for code in ("AAAA-BBBB-CCCC", "DDDD-EEEE-FFFF"):
            result = certs.verify(desk.db, desk.admin, "WIC/2024/000001", code)
            assert result.genuine and result.serial == "WIC/2024/000001"
        assert not certs.verify(desk.db, desk.admin, "WIC/2024/000001", "AAAA-BBBB-CCCD").genuine
        assert not certs.verify(desk.db, desk.admin, stored[1], "AAAA-BBBB-CCCC").genuine  # the mark was never printed
    # the verification page lists both as printed, not under the sync's mark
    page = certs.publish_page(b.db, b.admin, tmp_path / "site").path.read_text(encoding="utf-8")
    salt = re.search(r'"salt":"([0-9a-f]+)"', page).group(1)
    for code in ("AAAA-BBBB-CCCC", "DDDD-EEEE-FFFF"):
        assert certs.page_hash(salt, "WIC/2024/000001", code) in page
    # a new certificate takes the desk's own code, never the old form
    new_course, (nina,) = _course(a, consent, [("Nina", "Wzorcowa")])
    issued = certs.issue(a.db, a.admin, new_course, nina, today=ISSUED)
    assert issued.serial == f"WIC/2026/{certs.desk_code(a.db)}/000001"
