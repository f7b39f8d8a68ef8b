"""Certificates of completion or participation: issue, reprint, verify, list.

A certificate is issued once per person and activity. Its rendered content (every value printed
on it) is stored with it, so a reprint is the same certificate: same serial, same code, same page.

Serial numbers: ``WIC/YYYY/NNNNNN``, never reused. NNNNNN is ``block * 10000 + n``: each desk
draws from its own block of 10,000 numbers a year (``set_serial_block``; block 0 by default), so
desks that issue certificates offline cannot hand out the same serial, provided each desk of a
centre is given its own block when it is set up (a single-desk centre need do nothing). Within the
block, n is one more than the highest serial of that year and block known here, or than this
desk's own counter in ``local_state`` if higher, taken inside the unit of work that inserts the
certificate (one writer at a time), so one desk never repeats a number, even after certificates
were removed by a restore.

Verification code: HMAC-SHA256 of the certificate's serial, person, activity, hours and issue date
with the centre's secret, written as three groups of four characters from an alphabet without
0/O/1/I (``ABCD-EFGH-JK23``): 60 bits, so a code cannot be guessed or made up. The secret (32
random bytes) is created at the first issue and kept in ``local_state["certificate_secret"]``.
The sync issue must carry it to the other desks (as a synced setting) so that every desk can
recompute codes; until then a desk that received a certificate by sync checks the code against
the stored one. ``content["key_id"]`` names the secret a code was made with, so a centre that
ends up with several secrets can still check every certificate.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import os
import re
import unicodedata
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wic_desk import paths
from wic_desk.documents import certificate as cert_doc
from wic_desk.documents.pdf import discard, publish, temp_beside
from wic_desk.domain.enums import AttendanceStatus, EnrolmentStatus, Role
from wic_desk.domain.errors import NotFound, UserError, ValidationError
from wic_desk.domain.i18n import QT_TRANSLATE_NOOP as T
from wic_desk.domain.translit import polish_sort_key
from wic_desk.services import activities, auth
from wic_desk.services.context import Actor, Database, local_value, set_local_value
from wic_desk.services.sheets import centre_name, get_activity, project_of, template
from wic_desk.services.uow import UnitOfWork
from wic_desk.store.models import Activity, ActivitySession, Attendance, Certificate, Enrolment, Person

Progress = Callable[[int, int, str], None]

ISSUERS = frozenset({Role.COORDINATOR, Role.ADMIN})
TEMPLATE = "certificate.json"
STEP_RENDERING = T("Progress", "Printing certificates")

SECRET_KEY = "certificate_secret"
SERIAL_BLOCK_KEY = "certificate_serial_block"
BLOCK_SIZE = 10_000
BLOCKS = 100
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # 32 signs: no 0/O, no 1/I


# -- results -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class CertificateRow:
    id: uuid.UUID
    serial: str
    code: str
    person_id: uuid.UUID
    person_name: str
    native_name: str | None
    activity_id: uuid.UUID
    activity_title: str
    issued_on: dt.date
    hours: float
    completed: bool
    language: str


@dataclass(frozen=True)
class BatchResult:
    issued: int  # new certificates
    reprinted: int  # already issued before: printed again, unchanged
    files: list[Path]
    certificates: list[CertificateRow]


@dataclass(frozen=True)
class VerifyResult:
    """``genuine`` with whose certificate it is; nothing about anyone when it is not genuine."""

    genuine: bool
    serial: str
    person_name: str | None = None
    native_name: str | None = None
    activity_title: str | None = None
    issued_on: dt.date | None = None
    completed: bool | None = None
    hours: float | None = None


# -- rules ---------------------------------------------------------------------------------------

def certificate_language(languages: str | None, citizenship: str | None) -> str:
    """The language printed beside Polish: Ukrainian for those who speak it or are Ukrainian
    citizens, English for everyone else (Russian speakers from Belarus or Georgia are not handed
    a Ukrainian certificate)."""
    codes = {c.lower() for c in re.split(r"[^A-Za-z]+", languages or "") if c}
    if codes & {"uk", "ukr", "ua"} or (citizenship or "").upper() == "UA":
        return "uk"
    return "en"


def verification_code(secret: bytes, serial: str, person_id: uuid.UUID, activity_id: uuid.UUID,
                      hours: float, issued_on: dt.date) -> str:
    """Three groups of four signs, derived from the certificate's content with the centre's secret."""
    message = "\n".join((serial, str(person_id), str(activity_id), f"{hours:.2f}", issued_on.isoformat()))
    digest = hmac.new(secret, message.encode(), hashlib.sha256).digest()
    number = int.from_bytes(digest[:8], "big") >> 4  # 60 bits = 12 signs of 5 bits
    signs = []
    for _ in range(12):
        signs.append(CODE_ALPHABET[number & 31])
        number >>= 5
    text = "".join(signs)
    return f"{text[0:4]}-{text[4:8]}-{text[8:12]}"


def normalise_code(code: str) -> str:
    """What people type (lower case, spaces, no dashes) in the printed form ABCD-EFGH-JK23."""
    text = re.sub(r"[\s\-_.]", "", code or "").upper()
    return f"{text[0:4]}-{text[4:8]}-{text[8:12]}" if len(text) == 12 else text


def normalise_serial(serial: str) -> str:
    """``wic/2024/123`` or ``WIC-2024-000123`` -> ``WIC/2024/000123``; anything else unchanged."""
    match = re.fullmatch(r"\s*wic\s*[/\-_ ]\s*(\d{4})\s*[/\-_ ]\s*(\d{1,6})\s*", serial or "", re.IGNORECASE)
    if not match:
        return (serial or "").strip()
    return f"WIC/{match.group(1)}/{int(match.group(2)):06d}"


def key_id(secret: bytes) -> str:
    return hashlib.sha256(b"wic-desk certificate key id\n" + secret).hexdigest()[:12]


def _secret(session: Session, create: bool) -> bytes | None:
    value = local_value(session, SECRET_KEY)
    if value:
        return bytes.fromhex(value)
    if not create:
        return None
    secret = os.urandom(32)
    set_local_value(session, SECRET_KEY, secret.hex())
    return secret


def _allocate_serials(session: Session, year: int, count: int) -> list[str]:
    """``count`` new serials of ``year`` from this desk's block (see the module's docstring)."""
    if count == 0:
        return []
    block = int(local_value(session, SERIAL_BLOCK_KEY) or 0)
    low, high = block * BLOCK_SIZE, block * BLOCK_SIZE + BLOCK_SIZE - 1
    highest = session.scalar(select(func.max(Certificate.serial)).where(
        Certificate.serial >= f"WIC/{year}/{low:06d}", Certificate.serial <= f"WIC/{year}/{high:06d}"))
    used = int(highest.rsplit("/", 1)[1]) if highest else low
    counter_key = f"certificate_serial:{year}:{block}"
    used = max(used, int(local_value(session, counter_key) or low))
    if used + count > high:
        raise UserError(T("Errors", "This desk has used up its certificate numbers for {year}: an administrator "
                                    "must give it another block of numbers."), year=year)
    set_local_value(session, counter_key, str(used + count))
    return [f"WIC/{year}/{n:06d}" for n in range(used + 1, used + count + 1)]


def serial_block(db: Database) -> int:
    return int(db.local(SERIAL_BLOCK_KEY) or 0)


def set_serial_block(db: Database, actor: Actor, block: int) -> None:
    """Give this desk its own block of certificate numbers (0-99): block b issues
    WIC/YYYY/b0001 to WIC/YYYY/b9999. Each desk of a centre that issues certificates needs its own."""
    auth.require(actor, {Role.ADMIN})
    if not 0 <= block < BLOCKS:
        raise ValidationError("block", T("Errors", "Choose a block between 0 and 99."))
    with UnitOfWork(db, actor) as uow:
        set_local_value(uow.session, SERIAL_BLOCK_KEY, str(block))
        uow.audit("settings.certificate_block", detail=str(block))


# -- gathering what is printed -------------------------------------------------------------------

@dataclass(frozen=True)
class _Participant:
    person_id: uuid.UUID
    given_name: str
    family_name: str
    native_name: str | None
    sex: str
    languages: str | None
    citizenship: str | None
    present: int
    hours: float
    completed: bool


@dataclass(frozen=True)
class _Facts:
    activity: Activity
    sessions: list[ActivitySession]
    centre: str
    project: str | None
    funding_pl: str | None
    funding_en: str | None
    place_of_issue: str


def _facts(session: Session, activity_id: uuid.UUID, layout: dict[str, Any]) -> _Facts:
    activity = get_activity(session, activity_id)
    sessions = list(session.execute(select(ActivitySession).where(
        ActivitySession.activity_id == activity_id, ActivitySession.deleted.is_(False))
        .order_by(ActivitySession.held_on, ActivitySession.number)).scalars())
    if not sessions:
        raise UserError(T("Errors", "This activity has no sessions."))
    project = project_of(session, activity)
    return _Facts(activity, sessions, centre_name(session), project.name if project else None,
                  project.funding_line_pl if project else None, project.funding_line_en if project else None,
                  str(layout.get("place_of_issue") or ""))


def _participants(session: Session, facts: _Facts) -> list[_Participant]:
    """Everyone enrolled or waiting (not withdrawn), with attendance and the completion rule,
    sorted by family name."""
    activity = facts.activity
    hours_of = {s.id: s.hours for s in facts.sessions}
    people = session.execute(
        select(Person.id, Person.given_name, Person.family_name, Person.native_name, Person.sex,
               Person.languages, Person.citizenship)
        .join(Enrolment, Enrolment.person_id == Person.id)
        .where(Enrolment.activity_id == activity.id, Enrolment.deleted.is_(False),
               Enrolment.status != EnrolmentStatus.WITHDRAWN, Person.deleted.is_(False))
    ).all()
    present: dict[uuid.UUID, set[uuid.UUID]] = {}
    for person_id, session_id in session.execute(
            select(Attendance.person_id, Attendance.session_id).where(
                Attendance.session_id.in_(list(hours_of)), Attendance.deleted.is_(False),
                Attendance.status == AttendanceStatus.PRESENT)).all():
        present.setdefault(person_id, set()).add(session_id)
    result = {}
    for p in people:
        attended = present.get(p.id, set())
        result[p.id] = _Participant(
            p.id, p.given_name, p.family_name, p.native_name, p.sex.value, p.languages, p.citizenship,
            len(attended), sum(hours_of[s] for s in attended),
            activities.completed(len(attended), len(facts.sessions), activity.completion_percent))
    return sorted(result.values(), key=lambda x: (polish_sort_key(x.family_name), polish_sort_key(x.given_name)))


def _content(facts: _Facts, p: _Participant, serial: str, code: str, issued_on: dt.date) -> cert_doc.CertificateData:
    return cert_doc.CertificateData(
        serial=serial, code=code, language=certificate_language(p.languages, p.citizenship),
        completed=p.completed, sex=p.sex, name=f"{p.given_name} {p.family_name}".strip(),
        native_name=p.native_name, activity_title=facts.activity.title, activity_kind=facts.activity.kind.value,
        first_date=facts.sessions[0].held_on, last_date=facts.sessions[-1].held_on, hours=p.hours,
        sessions_attended=p.present, sessions_total=len(facts.sessions), issued_on=issued_on,
        place_of_issue=facts.place_of_issue, centre=facts.centre, project=facts.project,
        funding_pl=facts.funding_pl, funding_en=facts.funding_en,
    )


def _existing(session: Session, activity_id: uuid.UUID) -> dict[uuid.UUID, Certificate]:
    rows = session.execute(select(Certificate).where(
        Certificate.activity_id == activity_id, Certificate.deleted.is_(False))
        .order_by(Certificate.serial)).scalars()
    found: dict[uuid.UUID, Certificate] = {}
    for row in rows:
        found.setdefault(row.person_id, row)  # the first issued wins, should sync bring a second
    return found


def _stored_data(cert: Certificate) -> cert_doc.CertificateData:
    try:
        return cert_doc.CertificateData.from_content(cert.content or {})
    except (KeyError, TypeError, ValueError):
        raise UserError(T("Errors", "The stored content of certificate {serial} is incomplete: it cannot be "
                                    "printed again."), serial=cert.serial) from None


def _issue_in(uow: UnitOfWork, facts: _Facts, people: list[_Participant], issued_on: dt.date
              ) -> tuple[list[tuple[_Participant, cert_doc.CertificateData, uuid.UUID]], int]:
    """Issue certificates for ``people`` who have none yet; returns (person, printed data,
    certificate id) for each, in order, and how many were new."""
    existing = _existing(uow.session, facts.activity.id)
    new_people = [p for p in people if p.person_id not in existing]
    serials = _allocate_serials(uow.session, issued_on.year, len(new_people))
    secret = _secret(uow.session, create=bool(new_people))
    by_person: dict[uuid.UUID, tuple[cert_doc.CertificateData, uuid.UUID]] = {}
    rows = []
    for p, serial in zip(new_people, serials, strict=True):
        assert secret is not None
        # Hours are rounded as they are printed and hashed, so the stored row and the code agree.
        p = replace(p, hours=round(p.hours, 2))
        code = verification_code(secret, serial, p.person_id, facts.activity.id, p.hours, issued_on)
        data = _content(facts, p, serial, code, issued_on)
        content = data.to_content() | {"key_id": key_id(secret)}
        cert_id = uuid.uuid4()
        rows.append({
            "id": cert_id, "deleted": False, "serial": serial, "person_id": p.person_id,
            "activity_id": facts.activity.id, "issued_on": issued_on, "language": f"pl+{data.language}",
            "hours": p.hours, "completed": p.completed, "verification_code": code, "content": content,
        })
        by_person[p.person_id] = (data, cert_id)
    uow.bulk_insert(Certificate, rows)
    for p in people:
        if p.person_id in existing:
            by_person[p.person_id] = (_stored_data(existing[p.person_id]), existing[p.person_id].id)
    return [(p, *by_person[p.person_id]) for p in people], len(new_people)


def _row(data: cert_doc.CertificateData, person_id: uuid.UUID, activity_id: uuid.UUID,
         cert_id: uuid.UUID) -> CertificateRow:
    return CertificateRow(
        id=cert_id, serial=data.serial, code=data.code, person_id=person_id,
        person_name=data.name, native_name=data.native_name, activity_id=activity_id,
        activity_title=data.activity_title, issued_on=data.issued_on, hours=data.hours,
        completed=data.completed, language=f"pl+{data.language}")


# -- issuing -------------------------------------------------------------------------------------

def issue(db: Database, actor: Actor, activity_id: uuid.UUID, person_id: uuid.UUID,
          today: dt.date | None = None) -> CertificateRow:
    """Issue one person's certificate: of completion when they meet the activity's completion rule,
    of participation when they attended at least once. Issuing again returns the certificate
    already issued, unchanged (a reprint is the same certificate)."""
    auth.require(actor, ISSUERS)
    layout = template(TEMPLATE)
    issued_on = today or dt.date.today()
    with UnitOfWork(db, actor) as uow:
        facts = _facts(uow.session, activity_id, layout)
        existing = _existing(uow.session, activity_id).get(person_id)
        if existing is None:
            person = next((p for p in _participants(uow.session, facts) if p.person_id == person_id), None)
            if person is None:
                raise NotFound(T("Errors", "This person is not enrolled in this activity."))
            if person.present == 0:
                raise UserError(T("Errors", "This person has not attended any session of this activity: "
                                            "there is nothing to certify."))
            [(_, data, cert_id)], _ = _issue_in(uow, facts, [person], issued_on)
            uow.audit("export.certificates", "activities", activity_id, person_id, detail="issued=1 reprinted=0")
        else:
            data, cert_id = _stored_data(existing), existing.id
    return _row(data, person_id, activity_id, cert_id)


def eligible(db: Database, actor: Actor, activity_id: uuid.UUID, include_participation: bool = False
             ) -> list[uuid.UUID]:
    """Who a batch would certify: those meeting the completion rule (and, on request, everyone who
    attended at least once)."""
    auth.require(actor, ISSUERS)
    with db.read() as s:
        facts = _facts(s, activity_id, {})
        return [p.person_id for p in _participants(s, facts)
                if p.completed or (include_participation and p.present > 0)]


def issue_batch(db: Database, actor: Actor, activity_id: uuid.UUID, out_path: str | Path, one_file: bool = True,
                progress: Progress | None = None, *, include_participation: bool = False,
                today: dt.date | None = None) -> BatchResult:
    """Certificates for everyone who meets the completion rule (participation certificates too
    when ``include_participation``), issued where not yet issued, printed as one PDF with a page
    each (``out_path`` a file) or one PDF each (``out_path`` a folder, created if need be).

    Each file appears whole or not at all. ``progress(done, total, step)`` is called per page.
    """
    auth.require(actor, ISSUERS)
    layout = template(TEMPLATE)
    fonts = paths.fonts_dir()
    issued_on = today or dt.date.today()
    out_path = Path(out_path)
    if one_file:
        if not out_path.parent.is_dir():
            raise UserError(T("Errors", "The folder {folder} does not exist."), folder=str(out_path.parent))
    else:
        try:
            out_path.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise UserError(T("Errors", "The file cannot be written: {reason}"), reason=error.strerror or "") from None
    with UnitOfWork(db, actor) as uow:
        facts = _facts(uow.session, activity_id, layout)
        people = [p for p in _participants(uow.session, facts)
                  if p.completed or (include_participation and p.present > 0)]
        if not people:
            raise UserError(T("Errors", "No participant of this activity meets the completion rule yet."))
        issued, new_count = _issue_in(uow, facts, people, issued_on)
        uow.audit("export.certificates", "activities", activity_id,
                  detail=f"issued={new_count} reprinted={len(issued) - new_count} "
                         f"files={1 if one_file else len(issued)}")
    # Printed after the commit, so the desk's database is not held locked while hundreds of pages
    # are drawn. Should printing fail, the certificates stay issued and printing again gives the
    # very same pages.
    datas = [data for _, data, _ in issued]
    total = len(datas)

    def tick(done: int) -> None:
        if progress is not None:
            progress(done, total, STEP_RENDERING)

    temps: list[tuple[Path, Path]] = []
    try:
        if one_file:
            temps.append((temp_beside(out_path), out_path))
            cert_doc.render(datas, layout, fonts, temps[0][0], on_page=tick)
        else:
            for done, data in enumerate(datas, 1):
                final = out_path / file_name(data)
                temps.append((temp_beside(final), final))
                cert_doc.render([data], layout, fonts, temps[-1][0])
                tick(done)
        files = [publish(temp, final) for temp, final in temps]
    except OSError as error:
        raise UserError(T("Errors", "The file cannot be written: {reason}"), reason=error.strerror or "") from None
    finally:
        for temp, _ in temps:
            discard(temp)
    rows = [_row(data, p.person_id, activity_id, cert_id) for p, data, cert_id in issued]
    return BatchResult(issued=new_count, reprinted=len(rows) - new_count, files=files, certificates=rows)


def file_name(data: cert_doc.CertificateData) -> str:
    """``WIC-2024-000123_Oleksandra_Kovalchuk.pdf``: the serial, then the Latin name in plain ASCII."""
    name = data.name.replace("ł", "l").replace("Ł", "L")
    name = "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))
    name = re.sub(r"[^A-Za-z0-9]+", "_", name).strip("_")[:60]
    return f"{data.serial.replace('/', '-')}_{name or 'certificate'}.pdf"


def print_certificates(db: Database, actor: Actor, serials: list[str], out_path: str | Path) -> Path:
    """Print issued certificates again (one PDF, a page each, in the order given): the same pages."""
    auth.require(actor, ISSUERS)
    layout = template(TEMPLATE)
    wanted = [normalise_serial(s) for s in serials]
    out_path = Path(out_path)
    if not out_path.parent.is_dir():
        raise UserError(T("Errors", "The folder {folder} does not exist."), folder=str(out_path.parent))
    with db.read() as s:
        found = {c.serial: c for c in s.execute(select(Certificate).where(
            Certificate.serial.in_(wanted), Certificate.deleted.is_(False))).scalars()}
        missing = [serial for serial in wanted if serial not in found]
        if missing or not wanted:
            raise NotFound(T("Errors", "No certificate has the number {serial}."),
                           serial=missing[0] if missing else "")
        datas = [_stored_data(found[serial]) for serial in wanted]
        record_id = found[wanted[0]].id if len(wanted) == 1 else None
    temp = temp_beside(out_path)
    try:
        cert_doc.render(datas, layout, paths.fonts_dir(), temp)
        with UnitOfWork(db, actor) as uow:
            uow.audit("export.certificates", "certificates", record_id, detail=f"issued=0 reprinted={len(datas)} files=1")
        return publish(temp, out_path)
    except OSError as error:
        raise UserError(T("Errors", "The file cannot be written: {reason}"), reason=error.strerror or "") from None
    finally:
        discard(temp)


# -- verifying and listing -----------------------------------------------------------------------

def verify(db: Database, serial: str, code: str) -> VerifyResult:
    """Is the certificate with this serial and code genuine? Anyone may ask (no login needed).

    Genuine means: the serial is in the register, the code is the one issued with it, and, when this
    desk holds the centre's secret, the code recomputed from the stored content matches too (so a
    record altered behind the app's back fails). A wrong code reveals nothing about the holder.
    """
    serial = normalise_serial(serial)
    code = normalise_code(code)
    with db.read() as s:
        cert = s.execute(select(Certificate).where(Certificate.serial == serial, Certificate.deleted.is_(False))
                         ).scalars().first()
        secret = _secret(s, create=False)
        if cert is None or not hmac.compare_digest(cert.verification_code.encode(), code.encode()):
            return VerifyResult(genuine=False, serial=serial)
        if secret is not None and (cert.content or {}).get("key_id", key_id(secret)) == key_id(secret):
            expected = verification_code(secret, cert.serial, cert.person_id, cert.activity_id, cert.hours,
                                         cert.issued_on)
            if not hmac.compare_digest(expected.encode(), code.encode()):
                return VerifyResult(genuine=False, serial=serial)
        content = cert.content or {}
        return VerifyResult(genuine=True, serial=serial, person_name=content.get("name"),
                            native_name=content.get("native_name"), activity_title=content.get("activity_title"),
                            issued_on=cert.issued_on, completed=cert.completed, hours=cert.hours)


def register(db: Database, actor: Actor, activity_id: uuid.UUID | None = None) -> list[CertificateRow]:
    """The register of issued certificates (of one activity, or all), in serial order."""
    auth.require(actor, ISSUERS)
    stmt = (select(Certificate, Person.given_name, Person.family_name, Person.native_name, Activity.title)
            .join(Person, Person.id == Certificate.person_id, isouter=True)
            .join(Activity, Activity.id == Certificate.activity_id, isouter=True)
            .where(Certificate.deleted.is_(False)).order_by(Certificate.serial))
    if activity_id is not None:
        stmt = stmt.where(Certificate.activity_id == activity_id)
    result = []
    with db.read() as s:
        for cert, given, family, native, title in s.execute(stmt).all():
            content = cert.content or {}
            result.append(CertificateRow(
                id=cert.id, serial=cert.serial, code=cert.verification_code, person_id=cert.person_id,
                person_name=content.get("name") or f"{given or ''} {family or ''}".strip(),
                native_name=content.get("native_name", native), activity_id=cert.activity_id,
                activity_title=content.get("activity_title") or title or "", issued_on=cert.issued_on,
                hours=cert.hours, completed=cert.completed, language=cert.language))
    return result
