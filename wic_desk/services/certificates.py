"""Certificates of completion or participation: issue, reprint, verify, list, publish.

A certificate is issued once per person and activity. Its rendered content (every value printed
on it, the QR code's text included) is stored with it, so a reprint is the same certificate: same
serial, same code, same page.

Serial numbers: ``WIC/YYYY/DDDD/NNNNNN``, never reused. DDDD is the issuing desk's own code, four
signs of the code alphabet derived from the desk's id (``desk_code_candidates``) and kept on the
synced desk record at its first issue, skipping the codes of the desks known here; so desks that
issue offline cannot hand out the same serial, with no set-up step (a desk that joins from a file,
or a restored copy that takes a new desk id, gets its own code the same way). Should two desks
that had never heard of each other still pick the same code, the one with the larger id takes
another at its next issue. NNNNNN is one more than the highest serial of that year and desk code
known here, or than this desk's own counter in ``local_state`` if higher, taken inside the unit of
work that inserts the certificate, so one desk never repeats a number, even after certificates were
removed by a restore.

Old serials (``WIC/YYYY/NNNNNN``, issued before desk codes) stay valid. Two desks may have given
the same old serial; a sync then shows it on one record and marks the other ``serial~<id>``
(``wic_desk.sync.apply``). Verification therefore looks a serial up as printed: the stored serial,
or a marked one whose stored content has the printed serial.

Verification code: 12 random signs (``secrets``) from an alphabet without 0/O/1/I, written
``ABCD-EFGH-JK23`` (60 bits: it cannot be guessed), stored in the synced certificate record. Every
desk that holds the certificate checks a code by comparing it with the stored one; no secret is
needed anywhere. (Codes of certificates issued before were an HMAC with one desk's secret; they are
stored the same way and verify the same way.)

The verification page (``publish_page``): one static HTML file holding salted SHA-256 hashes of
serial and code, no personal data, which the centre may put on any web host. Its address is the
centre's ``verification_url`` (a synced setting): when set, the QR code of certificates issued
from then on carries ``URL#s=SERIAL&c=CODE``; otherwise ``WIC-CERT SERIAL CODE`` as text.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import itertools
import re
import secrets
import unicodedata
import urllib.parse
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from wic_desk import paths
from wic_desk.documents import certificate as cert_doc
from wic_desk.documents import verification_page
from wic_desk.documents.pdf import discard, publish, temp_beside
from wic_desk.domain.enums import AttendanceStatus, EnrolmentStatus
from wic_desk.domain.errors import NotFound, UserError, ValidationError
from wic_desk.domain.i18n import QT_TRANSLATE_NOOP as T
from wic_desk.domain.permissions import Action, roles_for
from wic_desk.domain.translit import polish_sort_key
from wic_desk.services import activities, auth
from wic_desk.services.context import Actor, Database, local_value, set_local_value
from wic_desk.services.sheets import centre_name, get_activity, project_of, template
from wic_desk.services.uow import UnitOfWork
from wic_desk.store.models import (
    Activity,
    ActivitySession,
    Attendance,
    Centre,
    Certificate,
    Desk,
    Enrolment,
    Person,
)

Progress = Callable[[int, int, str], None]

ISSUERS = roles_for(Action.ISSUE_CERTIFICATES)
VERIFIERS = roles_for(Action.VERIFY_CERTIFICATE)
PUBLISHERS = roles_for(Action.PUBLISH_CERTIFICATES)
TEMPLATE = "certificate.json"
STEP_RENDERING = T("Progress", "Printing certificates")

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # 32 signs: no 0/O, no 1/I
DESK_CODE_LENGTH = 4
MAX_NUMBER = 999_999
QR_TEXT = "WIC-CERT {serial} {code}"
URL_MAX = 300

_SIGN = f"[{CODE_ALPHABET}]"
# what people type: any case, "/", "-", "_" or spaces between the parts, the number unpadded
_SERIAL_TYPED = re.compile(r"\s*wic\s*[/\-_ ]\s*(\d{4})\s*[/\-_ ]\s*(?:([a-z2-9]{4})\s*[/\-_ ]\s*)?(\d{1,6})\s*",
                           re.IGNORECASE)
_SERIAL = re.compile(rf"WIC/\d{{4}}/(?:{_SIGN}{{4}}/)?\d{{6}}")
_CODE = re.compile(rf"{_SIGN}{{4}}-{_SIGN}{{4}}-{_SIGN}{{4}}")
# inside scanned or pasted text: a serial, then a code (separators optional)
_SERIAL_IN_TEXT = re.compile(r"wic[/\-_ ]\d{4}[/\-_ ](?:[a-z2-9]{4}[/\-_ ])?\d{1,6}(?![0-9])", re.IGNORECASE)
_CODE_IN_TEXT = re.compile(r"(?<![a-z0-9])[a-z2-9]{4}[\-_ ]?[a-z2-9]{4}[\-_ ]?[a-z2-9]{4}(?![a-z0-9])", re.IGNORECASE)


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


@dataclass(frozen=True)
class PublishResult:
    path: Path  # the page (index.html)
    certificates: int  # how many certificates it can confirm
    url: str | None  # the centre's verification address, if set


# -- rules ---------------------------------------------------------------------------------------

def certificate_language(languages: str | None, citizenship: str | None) -> str:
    """The language printed beside Polish: Ukrainian for those who speak it or are Ukrainian
    citizens, English for everyone else (Russian speakers from Belarus or Georgia are not handed
    a Ukrainian certificate)."""
    codes = {c.lower() for c in re.split(r"[^A-Za-z]+", languages or "") if c}
    if codes & {"uk", "ukr", "ua"} or (citizenship or "").upper() == "UA":
        return "uk"
    return "en"


def new_verification_code() -> str:
    """Three groups of four random signs (60 bits), e.g. ``ABCD-EFGH-JK23``."""
    text = "".join(secrets.choice(CODE_ALPHABET) for _ in range(12))
    return f"{text[0:4]}-{text[4:8]}-{text[8:12]}"


def desk_code_candidates(desk_id: uuid.UUID) -> Iterator[str]:
    """The desk codes a desk may take, best first: four signs of the code alphabet derived from
    its id (the same on every desk), never all digits (so a code is not read as a number)."""
    for n in itertools.count():
        digest = hashlib.sha256(f"wic-desk certificate desk code\n{desk_id}\n{n}".encode()).digest()
        number = int.from_bytes(digest[:4], "big")
        code = "".join(CODE_ALPHABET[(number >> (5 * i)) & 31] for i in range(DESK_CODE_LENGTH))
        if not code.isdigit():
            yield code


def normalise_code(code: str) -> str:
    """What people type (lower case, spaces, no dashes) in the printed form ABCD-EFGH-JK23."""
    text = re.sub(r"[\s\-_.]", "", code or "").upper()
    return f"{text[0:4]}-{text[4:8]}-{text[8:12]}" if len(text) == 12 else text


def normalise_serial(serial: str) -> str:
    """``wic/2024/123`` or ``WIC-2024-000123`` -> ``WIC/2024/000123``; ``wic-2026-k7qd-123`` ->
    ``WIC/2026/K7QD/000123``; anything else stripped but unchanged."""
    match = _SERIAL_TYPED.fullmatch(serial or "")
    if not match:
        return (serial or "").strip()
    year, desk, number = match.groups()
    return f"WIC/{year}/{desk.upper()}/{int(number):06d}" if desk else f"WIC/{year}/{int(number):06d}"


def is_serial(serial: str) -> bool:
    """Whether ``serial`` (normalised) has the form of a serial, old or new."""
    return _SERIAL.fullmatch(serial) is not None


def parse_scanned(text: str) -> tuple[str, str] | None:
    """Serial and code from what a QR code carries or someone pasted: the verification page's
    address (``...#s=SERIAL&c=CODE`` or ``...?s=...&c=...``), ``WIC-CERT SERIAL CODE``, or a
    serial and a code anywhere in the text. None unless both are found."""
    text = (text or "").strip()
    if not text:
        return None
    for part in _url_parts(text):
        params = urllib.parse.parse_qs(part, keep_blank_values=True)
        serial = (params.get("s") or params.get("serial") or [""])[0]
        code = (params.get("c") or params.get("code") or [""])[0]
        if serial and code:
            serial, code = normalise_serial(serial), normalise_code(code)
            if is_serial(serial) and _CODE.fullmatch(code):
                return serial, code
    found = _SERIAL_IN_TEXT.search(text)
    if found is None:
        return None
    rest = text[:found.start()] + " " + text[found.end():]
    code = next((normalise_code(m.group(0)) for m in _CODE_IN_TEXT.finditer(rest)
                 if _CODE.fullmatch(normalise_code(m.group(0)))), None)
    if code is None:
        return None
    return normalise_serial(found.group(0)), code


def _url_parts(text: str) -> list[str]:
    if "=" not in text:
        return []
    parsed = urllib.parse.urlsplit(text)
    return [p for p in (parsed.fragment, parsed.query) if p]


def verification_link(url: str, serial: str, code: str) -> str:
    """The page's address with this certificate in the fragment (``#s=...&c=...``): browsers do
    not send a fragment to the web host, so its logs never learn which certificates are checked."""
    base = url.split("#", 1)[0]
    return f"{base}#s={urllib.parse.quote(serial, safe='')}&c={code}"


def page_hash(salt: str, serial: str, code: str) -> str:
    """What the verification page holds for one certificate: SHA-256 of salt, serial and code
    (normalised), one per line. The page's script computes the same from what it is given."""
    return hashlib.sha256(f"{salt}\n{serial}\n{code}".encode()).hexdigest()


def check_url(url: str) -> str:
    """A verification address as stored: http(s), no spaces, at most 300 signs; "" clears it."""
    url = (url or "").strip()
    if not url:
        return ""
    parsed = urllib.parse.urlsplit(url)
    if parsed.scheme not in ("http", "https") or not parsed.netloc or re.search(r"\s", url) \
            or len(url) > URL_MAX:
        raise ValidationError("url", T("Errors", "Give the page's address as http:// or https://, without "
                                                 "spaces, at most 300 characters."))
    return url


def _number_of(serial: str) -> int:
    """The running number at the end of a stored serial (a sync's ``~`` mark ignored)."""
    return int(serial.split("~", 1)[0].rsplit("/", 1)[1])


def _desk_code(uow: UnitOfWork) -> str:
    """This desk's code (see the module's docstring), taken and logged on its desk record the
    first time it is needed."""
    session = uow.session
    uow.seq  # noqa: B018 - settles this desk's id first (a restored copy takes a new one here)
    desk_id = uow.db.desk_id
    desks = {d.id: d for d in session.execute(select(Desk)).scalars()}
    mine = desks.get(desk_id)
    if mine is None:
        raise UserError(T("Errors", "This desk is not set up yet."))
    others = {d.id: d.code for d in desks.values() if d.id != desk_id}
    if mine.code and not any(code == mine.code and other < desk_id for other, code in others.items()):
        return mine.code
    taken = {code or next(desk_code_candidates(other)) for other, code in others.items()}
    for serial in session.execute(select(Certificate.serial).where(
            Certificate.serial.like("WIC/____/____/%"))).scalars():
        taken.add(serial.split("/")[2])
    code = next(c for c in desk_code_candidates(desk_id) if c not in taken)
    mine.code = code
    return code


def desk_code(db: Database) -> str | None:
    """This desk's code in certificate serials; None until it first issues one."""
    with db.read() as s:
        return s.execute(select(Desk.code).where(Desk.id == db.desk_id)).scalar_one_or_none()


def _allocate_serials(uow: UnitOfWork, year: int, count: int) -> list[str]:
    """``count`` new serials of ``year`` under this desk's code (see the module's docstring)."""
    if count == 0:
        return []
    session = uow.session
    desk = _desk_code(uow)
    prefix = f"WIC/{year}/{desk}/"
    # zero-padded numbers sort as text; a sync's "~" mark sorts after the number it follows
    last = session.scalar(select(func.max(Certificate.serial)).where(Certificate.serial.startswith(prefix)))
    highest = _number_of(last) if last else 0
    counter_key = f"certificate_serial:{year}:{desk}"
    used = max(highest, int(local_value(session, counter_key) or 0))
    if used + count > MAX_NUMBER:
        raise UserError(T("Errors", "This desk has used up its certificate numbers for {year}."), year=year)
    set_local_value(session, counter_key, str(used + count))
    return [f"{prefix}{n:06d}" for n in range(used + 1, used + count + 1)]


def verification_url(db: Database) -> str | None:
    """The centre's verification address, if one is set."""
    with db.read() as s:
        return _verification_url(s)


def _verification_url(session: Session) -> str | None:
    return session.execute(select(Centre.verification_url).where(Centre.deleted.is_(False))
                           .order_by(Centre.name)).scalars().first() or None


def set_verification_url(db: Database, actor: Actor, url: str) -> str | None:
    """Set (or with "" clear) the address where the centre publishes its verification page;
    certificates issued from then on carry it in their QR code. Synced to every desk."""
    auth.require_action(actor, Action.PUBLISH_CERTIFICATES)
    url = check_url(url)
    with UnitOfWork(db, actor) as uow:
        _set_url_in(uow, url)
    return url or None


def _set_url_in(uow: UnitOfWork, url: str) -> None:
    centre = uow.session.execute(select(Centre).where(Centre.deleted.is_(False))
                                 .order_by(Centre.name)).scalars().first()
    if centre is None:
        raise UserError(T("Errors", "This desk is not set up yet."))
    if (centre.verification_url or "") != url:
        centre.verification_url = url or None
        uow.audit("settings.verification_url", "centres", centre.id, detail=url or "-")


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
    qr_template: str  # the QR code's text when the centre has no verification address


def _facts(session: Session, activity_id: uuid.UUID, layout: dict[str, Any]) -> _Facts:
    activity = get_activity(session, activity_id)
    sessions = list(session.execute(select(ActivitySession).where(
        ActivitySession.activity_id == activity_id, ActivitySession.deleted.is_(False),
        ActivitySession.cancelled.is_(False))
        .order_by(ActivitySession.held_on, ActivitySession.number)).scalars())
    if activity.cancelled:
        raise UserError(T("Errors", "This activity was cancelled: no certificates are issued for it."))
    if not sessions:
        raise UserError(T("Errors", "This activity has no sessions."))
    project = project_of(session, activity)
    return _Facts(activity, sessions, centre_name(session), project.name if project else None,
                  project.funding_line_pl if project else None, project.funding_line_en if project else None,
                  str(layout.get("place_of_issue") or ""), str(layout.get("qr_text") or QR_TEXT))


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
               Enrolment.status != EnrolmentStatus.WITHDRAWN, Person.deleted.is_(False),
               # a restricted person (consent withdrawn, kept for the figures) gets no new document
               or_(Person.consent_withdrawn_on.is_(None), Person.anonymised.is_(True)))
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


def _content(facts: _Facts, p: _Participant, serial: str, code: str, issued_on: dt.date,
             qr_text: str) -> cert_doc.CertificateData:
    return cert_doc.CertificateData(
        serial=serial, code=code, language=certificate_language(p.languages, p.citizenship),
        completed=p.completed, sex=p.sex, name=f"{p.given_name} {p.family_name}".strip(),
        native_name=p.native_name, activity_title=facts.activity.title, activity_kind=facts.activity.kind.value,
        first_date=facts.sessions[0].held_on, last_date=facts.sessions[-1].held_on, hours=p.hours,
        sessions_attended=p.present, sessions_total=len(facts.sessions), issued_on=issued_on,
        place_of_issue=facts.place_of_issue, centre=facts.centre, project=facts.project,
        funding_pl=facts.funding_pl, funding_en=facts.funding_en, qr_text=qr_text,
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
    serials = _allocate_serials(uow, issued_on.year, len(new_people))
    url = _verification_url(uow.session) if new_people else None
    by_person: dict[uuid.UUID, tuple[cert_doc.CertificateData, uuid.UUID]] = {}
    rows = []
    for p, serial in zip(new_people, serials, strict=True):
        # Hours are rounded as they are printed, so the stored row and the page agree.
        p = replace(p, hours=round(p.hours, 2))
        code = new_verification_code()
        qr_text = verification_link(url, serial, code) if url else facts.qr_template.format(serial=serial, code=code)
        data = _content(facts, p, serial, code, issued_on, qr_text)
        cert_id = uuid.uuid4()
        rows.append({
            "id": cert_id, "deleted": False, "serial": serial, "person_id": p.person_id,
            "activity_id": facts.activity.id, "issued_on": issued_on, "language": f"pl+{data.language}",
            "hours": p.hours, "completed": p.completed, "verification_code": code, "content": data.to_content(),
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
    auth.require_action(actor, Action.ISSUE_CERTIFICATES)
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
    auth.require_action(actor, Action.ISSUE_CERTIFICATES)
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
    auth.require_action(actor, Action.ISSUE_CERTIFICATES)
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
    auth.require_action(actor, Action.ISSUE_CERTIFICATES)
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

def _printed_serial(serial: str, content: dict[str, Any] | None) -> str:
    """The serial as printed: the stored content's, else the stored one without a sync's mark."""
    printed = (content or {}).get("serial")
    return printed if isinstance(printed, str) and printed else serial.split("~", 1)[0]


def _by_printed_serial(session: Session, serial: str) -> list[Certificate]:
    """Certificates printed with this serial: stored under it, or marked ``serial~<id>`` by a sync."""
    found = session.execute(select(Certificate).where(
        (Certificate.serial == serial) | Certificate.serial.startswith(serial + "~", autoescape=True),
        Certificate.deleted.is_(False)).order_by(Certificate.id)).scalars()
    return [c for c in found if _printed_serial(c.serial, c.content) == serial]


def verify(db: Database, actor: Actor, serial: str, code: str) -> VerifyResult:
    """Is the certificate with this serial and code genuine? Any staff member may ask.

    Genuine means: a certificate printed with this serial is held here and its stored code is the
    one given (compared in constant time). A wrong code reveals nothing about the holder. Every
    question is audited, with the serial (when it has the form of one) and the answer only.
    """
    auth.require_action(actor, Action.VERIFY_CERTIFICATE)
    serial = normalise_serial(serial)
    code = normalise_code(code)
    with UnitOfWork(db, actor) as uow:
        match: Certificate | None = None
        if is_serial(serial):
            for cert in _by_printed_serial(uow.session, serial):
                # every candidate is compared, so the time taken does not tell how many there are
                same = hmac.compare_digest(cert.verification_code.upper().encode(), code.encode())
                if same and match is None:
                    match = cert
        shown = serial if is_serial(serial) else "-"  # typed text that is no serial may be anything
        uow.audit("certificate.verify", "certificates", match.id if match else None,
                  match.person_id if match else None,
                  detail=f"{shown} {'genuine' if match else 'not genuine'}")
        if match is None:
            return VerifyResult(genuine=False, serial=serial)
        content = match.content or {}
        return VerifyResult(genuine=True, serial=serial, person_name=content.get("name"),
                            native_name=content.get("native_name"), activity_title=content.get("activity_title"),
                            issued_on=match.issued_on, completed=match.completed, hours=match.hours)


def publish_page(db: Database, actor: Actor, out_dir: str | Path, url: str | None = None,
                 today: dt.date | None = None) -> PublishResult:
    """Write the static verification page, ``out_dir/index.html`` (the folder made if need be):
    salted SHA-256 hashes of the serial and code of every certificate held here, no personal data,
    in Polish, Ukrainian and English. ``url``, when given, is first stored as the centre's
    verification address ("" clears it). The page appears whole or not at all; on an error the
    database is as it was."""
    auth.require_action(actor, Action.PUBLISH_CERTIFICATES)
    new_url = check_url(url) if url is not None else None
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise UserError(T("Errors", "The file cannot be written: {reason}"), reason=error.strerror or "") from None
    salt = secrets.token_hex(16)  # a new salt each time: two publications cannot be compared
    path = out_dir / verification_page.FILE_NAME
    temp = temp_beside(path)
    try:
        with UnitOfWork(db, actor) as uow:
            if new_url is not None:
                _set_url_in(uow, new_url)
            current = _verification_url(uow.session)
            hashes = sorted({
                page_hash(salt, normalise_serial(_printed_serial(serial, content)), normalise_code(code))
                for serial, code, content in uow.session.execute(
                    select(Certificate.serial, Certificate.verification_code, Certificate.content)
                    .where(Certificate.deleted.is_(False)))})
            temp.write_text(verification_page.render(
                salt=salt, hashes=hashes, published_on=today or dt.date.today(), centre=centre_name(uow.session)),
                encoding="utf-8")
            publish(temp, path)
            uow.audit("export.verification_page", detail=f"certificates={len(hashes)}")
    except OSError as error:
        raise UserError(T("Errors", "The file cannot be written: {reason}"), reason=error.strerror or "") from None
    finally:
        discard(temp)
    return PublishResult(path=path, certificates=len(hashes), url=current)


def register(db: Database, actor: Actor, activity_id: uuid.UUID | None = None) -> list[CertificateRow]:
    """The register of issued certificates (of one activity, or all), in serial order."""
    auth.require_action(actor, Action.ISSUE_CERTIFICATES)
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
