""""Everything we hold about this person" (GDPR art. 15 access, art. 20 portability).

``export_person`` writes, for one person, a PDF in the language the requesting staff member
chooses and the same content as JSON (UTF-8) beside it, both atomically, and audits the export
(person id, format and language; no personal data in the detail). Who may: ``Action.PERSON_EXPORT``
in ``domain.permissions`` (coordinators and administrators).

Consultation notes follow the read rules of ``services.consultations`` (enforced in SQL): a note
the requester may read is included; of the others only that a note exists and its level. Records
merged into this person are included. An anonymised person exports only what is kept.

The JSON document (``format`` "wic-desk.subject-export", ``version`` 1); dates are ISO 8601 text,
codes are the app's enum values (the PDF shows their labels):
- ``person``: id, given_name, family_name, native_name, sex, birth_date, birth_year, citizenship,
  languages, phone, email, city, district, residence_status, pesel, disability, household_id,
  household_relation, first_contact_date, heard_from, registered_at, anonymised;
- ``consents``: list of {kind, date, scope, recorded_by};
- ``merged_records``: list of {id, given_name, family_name, native_name} merged into this person;
- ``visits``: list of {visited_at, reasons, note, outcome, referral, handled_by};
- ``consultations``: list of {held_on, kind, staff, minutes, mode, language, interpreter, topics,
  confidentiality, follow_up_on, note_exists, note_included, note} (``note`` null unless included);
- ``activities``: list of {title, kind, first_date, last_date, sessions_attended, hours_attended};
- ``certificates``: list of {serial, activity, issued_on, hours, completed, language};
- ``employment_outcomes``: list of {start_date, employer, contract_kind, hours_per_week,
  duration_months, stable, evidence_seen, recorded_by};
- ``exported_at``, ``exported_by`` (the staff member's name), ``centre``, ``language``.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from wic_desk import paths
from wic_desk.documents.pdf import discard, fmt_date, fmt_hours, publish, temp_beside
from wic_desk.domain.enums import ENUM_CONTEXT, AttendanceStatus, label
from wic_desk.domain.errors import NotFound, UserError
from wic_desk.domain.i18n import QT_TRANSLATE_NOOP as T
from wic_desk.domain.permissions import Action
from wic_desk.services import auth, consultations, outcomes
from wic_desk.services.context import Actor, Database
from wic_desk.services.merge import person_ids_for
from wic_desk.services.sheets import centre_name
from wic_desk.services.uow import UnitOfWork
from wic_desk.store.models import (
    Activity,
    ActivitySession,
    Attendance,
    Certificate,
    Consultation,
    Person,
    Staff,
    Visit,
)

if TYPE_CHECKING:
    from wic_desk.documents.subject_record import SubjectRecordData

Translate = Callable[[str, str], str]
LANGUAGES = ("pl", "uk", "en")
FORMAT = "wic-desk.subject-export"
CTX = "SubjectExport"

# The PDF's texts (translated by the caller's ``translate`` in context "SubjectExport").
L_TITLE = T("SubjectExport", "Everything we hold about this person")
L_INTRO = T("SubjectExport", "{centre} · exported on {date} by {staff}")
L_PAGE_OF = T("SubjectExport", "page {page} of {pages}")
L_NONE = T("SubjectExport", "None.")
L_PERSON = T("SubjectExport", "Personal data")
L_CONSENTS = T("SubjectExport", "Consents")
L_MERGED = T("SubjectExport", "Records merged into this one")
L_VISITS = T("SubjectExport", "Visits")
L_CONSULTATIONS = T("SubjectExport", "Consultations")
L_ACTIVITIES = T("SubjectExport", "Activities attended")
L_CERTIFICATES = T("SubjectExport", "Certificates")
L_OUTCOMES = T("SubjectExport", "Employment outcomes")
L_GIVEN = T("SubjectExport", "First name")
L_FAMILY = T("SubjectExport", "Last name")
L_NATIVE = T("SubjectExport", "Name in native script")
L_SEX = T("SubjectExport", "Sex")
L_BIRTH = T("SubjectExport", "Date of birth")
L_CITIZENSHIP = T("SubjectExport", "Citizenship")
L_LANGUAGES = T("SubjectExport", "Languages")
L_PHONE = T("SubjectExport", "Phone")
L_EMAIL = T("SubjectExport", "E-mail")
L_CITY = T("SubjectExport", "City")
L_DISTRICT = T("SubjectExport", "District")
L_RESIDENCE = T("SubjectExport", "Residence status")
L_PESEL = T("SubjectExport", "PESEL")
L_DISABILITY = T("SubjectExport", "Disability")
L_HOUSEHOLD = T("SubjectExport", "Household relation")
L_FIRST_CONTACT = T("SubjectExport", "First contact")
L_HEARD = T("SubjectExport", "Heard of the centre from")
L_REGISTERED = T("SubjectExport", "Registered")
L_ANONYMISED = T("SubjectExport", "Anonymised: the person's identity has been erased.")
L_STATUS = T("SubjectExport", "Status")
L_KIND = T("SubjectExport", "Kind")
L_DATE = T("SubjectExport", "Date")
L_SCOPE = T("SubjectExport", "Scope")
L_BY = T("SubjectExport", "Recorded by")
L_NAME = T("SubjectExport", "Name")
L_WHEN = T("SubjectExport", "When")
L_REASONS = T("SubjectExport", "Reasons")
L_NOTE = T("SubjectExport", "Note")
L_OUTCOME = T("SubjectExport", "Outcome and referral")
L_STAFF = T("SubjectExport", "Staff member")
L_DETAILS = T("SubjectExport", "Details")
L_NOTE_EXISTS = T("SubjectExport", "A note exists ({level}); it is not included: the requester may not read it.")
L_MINUTES = T("SubjectExport", "{minutes} min")
L_INTERPRETER = T("SubjectExport", "with an interpreter")
L_TITLE_ACTIVITY = T("SubjectExport", "Activity")
L_DATES = T("SubjectExport", "Dates")
L_ATTENDED = T("SubjectExport", "Sessions attended, hours")
L_SERIAL = T("SubjectExport", "Serial number")
L_HOURS = T("SubjectExport", "Hours")
L_COMPLETED = T("SubjectExport", "completion")
L_PARTICIPATION = T("SubjectExport", "participation")
L_EMPLOYER = T("SubjectExport", "Employer")
L_CONTRACT = T("SubjectExport", "Contract")
L_STABLE = T("SubjectExport", "stable employment")
L_YES = T("SubjectExport", "yes")
L_NO = T("SubjectExport", "no")

E_LANGUAGE = T("Errors", "Choose the language pl, uk or en.")
E_JSON_NAME = T("Errors", "Name the PDF file (FILE.pdf): the JSON is written beside it.")


@dataclass(frozen=True)
class ExportResult:
    pdf: Path
    json: Path


def json_path_for(out_path: str | Path) -> Path:
    """Where the JSON goes: FILE.pdf -> FILE.json; any other name gets .json added."""
    out_path = Path(out_path)
    if out_path.suffix.lower() == ".pdf":
        return out_path.with_suffix(".json")
    return out_path.with_name(out_path.name + ".json")


def _iso(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, StrEnum):
        return value.value
    return value


_PERSON_FIELDS = ("given_name", "family_name", "native_name", "sex", "birth_date", "birth_year", "citizenship",
                  "languages", "phone", "email", "city", "district", "residence_status", "pesel", "disability",
                  "household_id", "household_relation", "first_contact_date", "heard_from", "registered_at",
                  "anonymised")


def collect(db: Database, actor: Actor, person_id: uuid.UUID) -> dict[str, Any]:
    """The content of the export as plain JSON-ready data (see the module docstring)."""
    auth.require_action(actor, Action.PERSON_EXPORT)
    with db.read() as s:
        person = s.get(Person, person_id)
        if person is None or person.deleted:
            raise NotFound(T("Errors", "No such person."))
        ids = person_ids_for(s, person_id)
        staff = dict(s.execute(select(Staff.id, Staff.full_name)).all())
        data: dict[str, Any] = {"format": FORMAT, "version": 1, "centre": centre_name(s)}
        data["person"] = {"id": str(person.id), **{f: _iso(getattr(person, f)) for f in _PERSON_FIELDS}}
        merged = [s.get(Person, i) for i in ids[1:]]
        data["merged_records"] = [{"id": str(m.id), "given_name": m.given_name, "family_name": m.family_name,
                                   "native_name": m.native_name} for m in merged if m is not None]
        data["consents"] = [{"kind": _iso(p.consent_kind), "date": _iso(p.consent_date), "scope": p.consent_scope,
                             "recorded_by": staff.get(p.consent_by)}
                            for p in [person, *[m for m in merged if m is not None]]]
        visits = s.execute(select(Visit).where(Visit.person_id.in_(ids), Visit.deleted.is_(False))
                           .order_by(Visit.visited_at)).scalars().all()
        data["visits"] = [{"visited_at": _iso(v.visited_at), "reasons": list(v.reasons or ()), "note": v.note,
                           "outcome": v.outcome, "referral": v.referral, "handled_by": staff.get(v.handled_by)}
                          for v in visits]
        activity_rows = s.execute(
            select(Activity.title, Activity.kind, func.min(ActivitySession.held_on), func.max(ActivitySession.held_on),
                   func.count(Attendance.id), func.sum(ActivitySession.hours))
            .join(ActivitySession, ActivitySession.id == Attendance.session_id)
            .join(Activity, Activity.id == ActivitySession.activity_id)
            .where(Attendance.person_id.in_(ids), Attendance.deleted.is_(False),
                   Attendance.status == AttendanceStatus.PRESENT, Activity.deleted.is_(False))
            .group_by(Activity.id, Activity.title, Activity.kind)
            .order_by(func.min(ActivitySession.held_on), Activity.title)).all()
        data["activities"] = [{"title": t, "kind": _iso(k), "first_date": _iso(a), "last_date": _iso(b),
                               "sessions_attended": n, "hours_attended": float(h or 0)}
                              for t, k, a, b, n, h in activity_rows]
        certificate_rows = s.execute(
            select(Certificate.serial, Activity.title, Certificate.issued_on, Certificate.hours,
                   Certificate.completed, Certificate.language)
            .join(Activity, Activity.id == Certificate.activity_id)
            .where(Certificate.person_id.in_(ids), Certificate.deleted.is_(False))
            .order_by(Certificate.issued_on, Certificate.serial)).all()
        data["certificates"] = [{"serial": r[0], "activity": r[1], "issued_on": _iso(r[2]), "hours": float(r[3] or 0),
                                 "completed": bool(r[4]), "language": r[5]} for r in certificate_rows]
    # The note rules live in consultations (in SQL); confidential reads are audited there.
    rows = [row for i in ids for row in consultations.for_person(db, actor, i)]
    rows.sort(key=lambda r: (r.held_on, str(r.id)))
    with db.read() as s:  # whether a note exists at all (its text is not selected)
        with_note = set(s.execute(select(Consultation.id).where(Consultation.id.in_([r.id for r in rows]),
                                                                Consultation.note.is_not(None),
                                                                Consultation.note != "")).scalars()) if rows else set()
    data["consultations"] = [{
        "held_on": _iso(r.held_on), "kind": _iso(r.kind), "staff": r.staff_name, "minutes": r.minutes,
        "mode": _iso(r.mode), "language": r.language, "interpreter": r.interpreter, "topics": list(r.topics),
        "confidentiality": _iso(r.confidentiality), "follow_up_on": _iso(r.follow_up_on),
        "note_exists": r.id in with_note, "note_included": bool(r.note_readable and r.note),
        "note": r.note if r.note_readable else None} for r in rows]
    outcome_rows = [row for i in ids for row in outcomes.for_person(db, actor, i)]
    outcome_rows.sort(key=lambda r: (r.start_date, str(r.id)))
    data["employment_outcomes"] = [{
        "start_date": _iso(o.start_date), "employer": o.employer, "contract_kind": _iso(o.contract_kind),
        "hours_per_week": o.hours_per_week, "duration_months": o.duration_months, "stable": o.stable,
        "evidence_seen": o.evidence_seen, "recorded_by": o.recorded_by_name} for o in outcome_rows]
    data["exported_by"] = actor.full_name
    return data


# -- the PDF's content, in the chosen language ------------------------------------------------------

def _enum_text(enum_type: type[StrEnum], code: str | None, tr: Translate) -> str:
    if not code:
        return ""
    try:
        return tr(ENUM_CONTEXT, label(enum_type(code)))
    except (ValueError, KeyError):
        return code


def _day(text: str | None) -> str:
    return fmt_date(dt.date.fromisoformat(text[:10])) if text else ""


def _when(text: str | None) -> str:
    if not text:
        return ""
    moment = dt.datetime.fromisoformat(text)
    return f"{fmt_date(moment.date())} {moment:%H:%M}"


def record_data(data: dict[str, Any], tr: Translate, today: dt.date) -> SubjectRecordData:
    """The printed record from ``collect``'s data, every text through ``tr`` (context, text)."""
    from wic_desk.documents import subject_record as record_doc  # ReportLab's layout, loaded when used
    from wic_desk.domain import enums as e

    def t(text: str) -> str:
        return tr(CTX, text)

    p = data["person"]
    birth = _day(p["birth_date"]) or (str(p["birth_year"]) if p["birth_year"] else "")
    person_rows = [(t(L_GIVEN), p["given_name"]), (t(L_FAMILY), p["family_name"]), (t(L_NATIVE), p["native_name"]),
                   (t(L_SEX), _enum_text(e.Sex, p["sex"], tr)), (t(L_BIRTH), birth),
                   (t(L_CITIZENSHIP), p["citizenship"]), (t(L_LANGUAGES), p["languages"]), (t(L_PHONE), p["phone"]),
                   (t(L_EMAIL), p["email"]), (t(L_CITY), p["city"]), (t(L_DISTRICT), p["district"]),
                   (t(L_RESIDENCE), _enum_text(e.ResidenceStatus, p["residence_status"], tr)),
                   (t(L_PESEL), p["pesel"]), (t(L_DISABILITY), _enum_text(e.Disability, p["disability"], tr)),
                   (t(L_HOUSEHOLD), _enum_text(e.HouseholdRelation, p["household_relation"], tr)),
                   (t(L_FIRST_CONTACT), _day(p["first_contact_date"])), (t(L_HEARD), p["heard_from"]),
                   (t(L_REGISTERED), _when(p["registered_at"]))]
    person_rows = [(k, str(v)) for k, v in person_rows if v not in (None, "")]
    if p["anonymised"]:
        person_rows.append((t(L_STATUS), t(L_ANONYMISED)))
    sections = [record_doc.RecordSection(t(L_PERSON), rows=person_rows)]
    sections.append(record_doc.RecordSection(
        t(L_CONSENTS), table_header=[t(L_KIND), t(L_DATE), t(L_SCOPE), t(L_BY)],
        table_rows=[[_enum_text(e.ConsentKind, c["kind"], tr), _day(c["date"]), c["scope"] or "",
                     c["recorded_by"] or ""] for c in data["consents"]]))
    if data["merged_records"]:
        sections.append(record_doc.RecordSection(
            t(L_MERGED), table_header=[t(L_NAME), t(L_NATIVE)],
            table_rows=[[f"{m['given_name']} {m['family_name']}", m["native_name"] or ""]
                        for m in data["merged_records"]]))
    sections.append(record_doc.RecordSection(
        t(L_VISITS), table_header=[t(L_WHEN), t(L_REASONS), t(L_NOTE), t(L_OUTCOME), t(L_STAFF)],
        table_rows=[[_when(v["visited_at"]), ", ".join(_enum_text(e.ServiceCategory, c, tr) for c in v["reasons"]),
                     v["note"] or "", "\n".join(x for x in (v["outcome"], v["referral"]) if x),
                     v["handled_by"] or ""] for v in data["visits"]]))
    consultation_rows = []
    for c in data["consultations"]:
        details = [_enum_text(e.ConsultationMode, c["mode"], tr)]
        if c["minutes"]:
            details.append(t(L_MINUTES).format(minutes=c["minutes"]))
        if c["interpreter"]:
            details.append(t(L_INTERPRETER))
        details += c["topics"]
        level = _enum_text(e.Confidentiality, c["confidentiality"], tr)
        if c["note_included"]:
            note = c["note"]
        elif c["note_exists"]:
            note = t(L_NOTE_EXISTS).format(level=level)
        else:
            note = ""
        consultation_rows.append([_day(c["held_on"]), _enum_text(e.ConsultationKind, c["kind"], tr),
                                  c["staff"] or "", ", ".join(details), note])
    sections.append(record_doc.RecordSection(
        t(L_CONSULTATIONS), table_header=[t(L_DATE), t(L_KIND), t(L_STAFF), t(L_DETAILS), t(L_NOTE)],
        table_rows=consultation_rows))
    sections.append(record_doc.RecordSection(
        t(L_ACTIVITIES), table_header=[t(L_TITLE_ACTIVITY), t(L_KIND), t(L_DATES), t(L_ATTENDED)],
        table_rows=[[a["title"], _enum_text(e.ActivityKind, a["kind"], tr),
                     f"{_day(a['first_date'])} – {_day(a['last_date'])}",
                     f"{a['sessions_attended']} · {fmt_hours(a['hours_attended'])}"] for a in data["activities"]]))
    sections.append(record_doc.RecordSection(
        t(L_CERTIFICATES), table_header=[t(L_SERIAL), t(L_TITLE_ACTIVITY), t(L_DATE), t(L_HOURS)],
        table_rows=[[c["serial"], c["activity"], _day(c["issued_on"]),
                     f"{fmt_hours(c['hours'])} ({t(L_COMPLETED) if c['completed'] else t(L_PARTICIPATION)})"]
                    for c in data["certificates"]]))
    sections.append(record_doc.RecordSection(
        t(L_OUTCOMES), table_header=[t(L_DATE), t(L_EMPLOYER), t(L_CONTRACT), t(L_STABLE), t(L_BY)],
        table_rows=[[_day(o["start_date"]), o["employer"] or "", _enum_text(e.ContractKind, o["contract_kind"], tr),
                     t(L_YES) if o["stable"] else t(L_NO), o["recorded_by"] or ""]
                    for o in data["employment_outcomes"]]))
    intro = [t(L_INTRO).format(centre=data["centre"], date=fmt_date(today), staff=data["exported_by"])]
    name = f"{p['given_name']} {p['family_name']}" + (f" · {p['native_name']}" if p["native_name"] else "")
    return record_doc.SubjectRecordData(title=f"{t(L_TITLE)}: {name}", intro=intro, sections=sections,
                                        empty_text=t(L_NONE), page_of=t(L_PAGE_OF))


def export_person(db: Database, actor: Actor, person_id: uuid.UUID, out_path: str | Path, language: str,
                  translate: Translate, today: dt.date | None = None) -> ExportResult:
    """Write the PDF to ``out_path`` and the JSON beside it (``json_path_for``); both appear whole
    or not at all. ``translate`` must answer in ``language`` (pl, uk or en)."""
    auth.require_action(actor, Action.PERSON_EXPORT)
    if language not in LANGUAGES:
        raise UserError(E_LANGUAGE)
    pdf_path = Path(out_path)
    if pdf_path.suffix.lower() == ".json":
        raise UserError(E_JSON_NAME)
    json_file = json_path_for(pdf_path)
    if not pdf_path.parent.is_dir():
        raise UserError(T("Errors", "The folder {folder} does not exist."), folder=str(pdf_path.parent))
    today = today or dt.date.today()
    data = collect(db, actor, person_id)
    data["language"] = language
    data["exported_at"] = today.isoformat()
    pdf_temp, json_temp = temp_beside(pdf_path), temp_beside(json_file)
    try:
        with open(json_temp, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=2)
        from wic_desk.documents import subject_record as record_doc
        record_doc.render(record_data(data, translate, today), paths.fonts_dir(), pdf_temp)
        with UnitOfWork(db, actor) as uow:
            uow.audit("person.export", Person.__tablename__, person_id, person_id,
                      detail=f"format=pdf+json language={language}")
        publish(json_temp, json_file)
        publish(pdf_temp, pdf_path)
        return ExportResult(pdf_path, json_file)
    except OSError as error:
        raise UserError(T("Errors", "The file cannot be written: {reason}"), reason=error.strerror or "") from None
    finally:
        discard(pdf_temp)
        discard(json_temp)
