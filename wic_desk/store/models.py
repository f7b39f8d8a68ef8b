"""The whole domain of DESIGN.md as SQLAlchemy 2 typed mapped classes.

Synced records (``Synced``) carry a UUID key and a ``deleted`` tombstone; local tables (this desk's
state, the change log, the audit log, the search index) do not travel as records (the change log
and the audit log travel as themselves, entry by entry).
"""

from __future__ import annotations

import datetime as dt
import uuid
from enum import StrEnum

from sqlalchemy import (
    JSON,
    BigInteger,
    Date,
    DateTime,
    Enum,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    Uuid,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from wic_desk.domain.enums import (
    ActivityKind,
    AttendanceStatus,
    Confidentiality,
    ConsentKind,
    ConsultationKind,
    ConsultationMode,
    ContractKind,
    Disability,
    EnrolmentStatus,
    HouseholdRelation,
    ResidenceStatus,
    Role,
    Sex,
)
from wic_desk.store.base import Base, Synced, now


def _enum(kind: type[StrEnum]) -> Enum:
    return Enum(kind, native_enum=False, create_constraint=False, length=40,
                values_callable=lambda e: [m.value for m in e], validate_strings=True)


# -- this desk ----------------------------------------------------------------------------------

class LocalState(Base):
    """This desk's own settings and counters (one row per key); never exchanged."""

    __tablename__ = "local_state"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class LoginFailures(Base):
    """Failed logins and unlocks of one login name on this desk, and until when it must wait.

    Keyed by a keyed hash of the folded login (``services.auth``), so a typed login that belongs to
    no account (or a password typed into the login field) is never stored, and an unknown login is
    counted and made to wait as a real one is. Never exchanged: each desk counts its own."""

    __tablename__ = "login_failures"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)


class ChangeLogEntry(Base):
    """Append-only: one entry per written record, in the transaction that wrote it."""

    __tablename__ = "change_log"
    __table_args__ = (UniqueConstraint("desk_id", "seq"), Index("ix_change_log_record", "record_id"))
    no: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    desk_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    seq: Mapped[int] = mapped_column(Integer)
    hlc: Mapped[int] = mapped_column(BigInteger)
    table_name: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    fields: Mapped[dict] = mapped_column(JSON)
    seen: Mapped[dict | None] = mapped_column(JSON, default=None)
    author_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, default=None)


class AuditEntry(Base):
    """Who did what to which record, when. Append-only: the services never update or delete it,
    and the database refuses it (migration 0006).

    Not a synced record, but it travels: ``desk_id`` is the desk that wrote the entry and ``seq``
    its running number there (1, 2, ...; ``sync.auditlog``), so exchange files carry every entry
    the reader lacks, relayed through desks, and every desk holds the centre's whole audit. An
    entry is inserted once, by id, and never changed. Entries written before a desk was set up
    have neither and stay where they were written."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_at", "at"), Index("ix_audit_log_desk_seq", "desk_id", "seq"))
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=now)
    staff_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    desk_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    seq: Mapped[int | None] = mapped_column(Integer, default=None)
    action: Mapped[str] = mapped_column(String(40))
    table_name: Mapped[str | None] = mapped_column(String(40))
    record_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, index=True)
    person_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, index=True)
    detail: Mapped[str | None] = mapped_column(Text)


# -- the centre and its people -----------------------------------------------------------------

class Centre(Synced, Base):
    __tablename__ = "centres"
    name: Mapped[str] = mapped_column(String(200))
    # where the centre publishes its certificate verification page (QR codes then carry it)
    verification_url: Mapped[str | None] = mapped_column(String(300))
    # how many years after their last contact a person is kept (services.retention); empty: the default
    retention_years: Mapped[int | None] = mapped_column(Integer, default=None)
    # the argon2id hash of the centre's recovery key (store.keyfile wraps each desk's key for it)
    recovery_verifier: Mapped[str | None] = mapped_column(String(200), default=None)
    # the age X25519 recipient of the same recovery key (services.notes): every note key is also
    # wrapped for it, so the recovery key opens any note (a court order, a password nobody knows)
    recovery_recipient: Mapped[str | None] = mapped_column(String(100), default=None)


class Desk(Synced, Base):
    """A desk of the centre. ``replaces``: the desk id this desk took over when its database had to
    take a new id (a restored backup, a copy); ``retired_at``: when an administrator retired it.
    Neither a replaced nor a retired desk is waited for by files written "for every desk"."""

    __tablename__ = "desks"
    name: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=now)
    # the desk's own part of certificate serials (WIC/2026/K7QD/000123), chosen at its first issue
    code: Mapped[str | None] = mapped_column(String(8))
    replaces: Mapped[uuid.UUID | None] = mapped_column(Uuid, default=None)
    retired_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)


class Staff(Synced, Base):
    __tablename__ = "staff"
    login: Mapped[str] = mapped_column(String(60), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[Role] = mapped_column(_enum(Role))
    specialist_kind: Mapped[ConsultationKind | None] = mapped_column(_enum(ConsultationKind))
    # argon2id (argon2-cffi's PasswordHasher): what opens the desk and the command line
    password_hash: Mapped[str | None] = mapped_column(String(200), default=None)
    # argon2id of the PIN that lifts the idle lock (none set: only the password lifts it); on an
    # account from before passwords (no password_hash), its old login PIN (scrypt), which is then
    # good once, to choose a password
    pin_hash: Mapped[str | None] = mapped_column(String(200), default=None)
    active: Mapped[bool] = mapped_column(default=True)
    language: Mapped[str | None] = mapped_column(String(8))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=now)
    # the staff member's age X25519 identity for notes (services.notes), as JSON: its public
    # recipient and its secret sealed under a key derived from the password alone (never from
    # the password hash above, which travels); one field, so a recipient never parts from its secret
    note_identity: Mapped[str | None] = mapped_column(Text, default=None)


class Person(Synced, Base):
    __tablename__ = "persons"
    __table_args__ = (
        Index("ix_persons_birth_date", "birth_date"),
        Index("ix_persons_pesel", "pesel"),
        Index("ix_persons_phone", "phone"),
        # migration 0002: few persons are merged, so the index holds only them
        Index("ix_persons_merged_into", "merged_into", sqlite_where=text("merged_into IS NOT NULL"),
              postgresql_where=text("merged_into IS NOT NULL")),
    )
    given_name: Mapped[str] = mapped_column(String(120))
    family_name: Mapped[str] = mapped_column(String(120))
    native_name: Mapped[str | None] = mapped_column(String(240))
    sex: Mapped[Sex] = mapped_column(_enum(Sex))
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    birth_year: Mapped[int | None] = mapped_column(Integer)
    citizenship: Mapped[str | None] = mapped_column(String(2))
    languages: Mapped[str | None] = mapped_column(String(120))
    phone: Mapped[str | None] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(String(200))
    city: Mapped[str | None] = mapped_column(String(120))
    district: Mapped[str | None] = mapped_column(String(120))
    residence_status: Mapped[ResidenceStatus | None] = mapped_column(_enum(ResidenceStatus))
    pesel: Mapped[str | None] = mapped_column(String(11))
    household_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    household_relation: Mapped[HouseholdRelation | None] = mapped_column(_enum(HouseholdRelation))
    disability: Mapped[Disability] = mapped_column(_enum(Disability), default=Disability.NOT_ASKED)
    consent_kind: Mapped[ConsentKind] = mapped_column(_enum(ConsentKind))
    consent_date: Mapped[dt.date] = mapped_column(Date)
    consent_scope: Mapped[str] = mapped_column(String(200))
    consent_by: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    # consent withdrawn (services.people.withdraw_consent): when and recorded by whom; the person is then
    # erased, or restricted: kept for the figures only (domain.restriction)
    consent_withdrawn_on: Mapped[dt.date | None] = mapped_column(Date, default=None)
    consent_withdrawn_by: Mapped[uuid.UUID | None] = mapped_column(Uuid, default=None)
    first_contact_date: Mapped[dt.date | None] = mapped_column(Date)
    heard_from: Mapped[str | None] = mapped_column(String(200))
    registered_at: Mapped[dt.datetime] = mapped_column(DateTime, default=now)
    registered_by: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    registered_desk: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    merged_into: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    anonymised: Mapped[bool] = mapped_column(default=False)


class PersonSearch(Base):
    """Local search index row: a person's folded name variants, phone and PESEL.

    Kept beside the FTS5 trigram table ``person_fts`` (made by the migration, external content on
    this table, kept in step by triggers). ``no`` is an explicit integer key, because the FTS rowid
    must survive a VACUUM, which renumbers implicit rowids.
    """

    __tablename__ = "person_search"
    no: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    person_id: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True)
    key: Mapped[str] = mapped_column(Text)


class Visit(Synced, Base):
    """A walk-in. ``person_id`` is empty for an anonymous visit (no consent): then only sex, age
    group and citizenship are kept, so it still counts in the service figures."""

    __tablename__ = "visits"
    __table_args__ = (
        # migration 0003: a period's visits by day (today's list, the chart) read only this index
        Index("ix_visits_day_person", "visit_date", "person_id", "deleted", "reasons"),
        Index("ix_visits_person_id", "person_id", "visited_at"),
        # migration 0014: a period's visits grouped by person as they are read (the donor report's
        # tally) and each person's latest visit (services.retention), from the index alone
        Index("ix_visits_person_day", "person_id", "deleted", "visit_date", "reasons"),
        # migration 0014: a period's visits grouped by reason list as they are read (services indicators)
        Index("ix_visits_reasons", "reasons", "visit_date", "deleted"),
    )
    person_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    visited_at: Mapped[dt.datetime] = mapped_column(DateTime, default=now)
    visit_date: Mapped[dt.date] = mapped_column(Date)
    desk_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    reasons: Mapped[list] = mapped_column(JSON, default=list)
    note: Mapped[str | None] = mapped_column(Text)
    handled_by: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    outcome: Mapped[str | None] = mapped_column(String(200))
    referral: Mapped[str | None] = mapped_column(String(200))
    anon_sex: Mapped[Sex | None] = mapped_column(_enum(Sex))
    anon_age_group: Mapped[str | None] = mapped_column(String(10))
    anon_citizenship: Mapped[str | None] = mapped_column(String(2))


class Consultation(Synced, Base):
    __tablename__ = "consultations"
    __table_args__ = (
        Index("ix_consultations_person_id", "person_id", "held_on"),
        # migration 0014: a period's consultations grouped by person as read (the donor report's tally)
        Index("ix_consultations_person_day", "person_id", "deleted", "held_on", "kind"),
    )
    person_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    kind: Mapped[ConsultationKind] = mapped_column(_enum(ConsultationKind))
    staff_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    held_on: Mapped[dt.date] = mapped_column(Date, index=True)
    minutes: Mapped[int | None] = mapped_column(Integer)
    mode: Mapped[ConsultationMode] = mapped_column(_enum(ConsultationMode), default=ConsultationMode.IN_PERSON)
    language: Mapped[str | None] = mapped_column(String(8))
    interpreter: Mapped[bool] = mapped_column(default=False)
    topics: Mapped[list] = mapped_column(JSON, default=list)
    note: Mapped[str | None] = mapped_column(Text)
    confidentiality: Mapped[Confidentiality] = mapped_column(_enum(Confidentiality), default=Confidentiality.NORMAL)
    follow_up_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    follow_up_done: Mapped[bool] = mapped_column(default=False)


class NoteKey(Synced, Base):
    """A key that consultation notes of one reader group are encrypted with (services.notes).
    The key itself is never stored: each NoteGrant holds it sealed for one reader."""

    __tablename__ = "note_keys"
    # "normal", "counselling", "specialist:<kind>" or "author:<staff id>"
    reader_group: Mapped[str] = mapped_column(String(80))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=now)
    # a member left the group: no new note is encrypted with it (old ones still open with it)
    retired: Mapped[bool] = mapped_column(default=False)


class NoteGrant(Synced, Base):
    """A NoteKey sealed (age, X25519) for one reader's recipient, or the centre's recovery
    recipient (no staff member)."""

    __tablename__ = "note_grants"
    __table_args__ = (Index("ix_note_grants_key_id", "key_id"),)
    key_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    staff_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, default=None)
    recipient: Mapped[str] = mapped_column(String(100))
    sealed: Mapped[str] = mapped_column(Text)


class Topic(Synced, Base):
    """Consultation topics; the admin extends the list."""

    __tablename__ = "topics"
    name: Mapped[str] = mapped_column(String(120))


class EmploymentOutcome(Synced, Base):
    __tablename__ = "employment_outcomes"
    person_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    start_date: Mapped[dt.date] = mapped_column(Date)
    employer: Mapped[str | None] = mapped_column(String(200))
    contract_kind: Mapped[ContractKind] = mapped_column(_enum(ContractKind))
    hours_per_week: Mapped[int | None] = mapped_column(Integer)
    duration_months: Mapped[int | None] = mapped_column(Integer)  # expected length; empty = open-ended
    stable: Mapped[bool] = mapped_column(default=False)
    evidence_seen: Mapped[bool] = mapped_column(default=False)
    recorded_by: Mapped[uuid.UUID | None] = mapped_column(Uuid)


# -- group activities --------------------------------------------------------------------------

class Project(Synced, Base):
    __tablename__ = "projects"
    name: Mapped[str] = mapped_column(String(200))
    donor: Mapped[str | None] = mapped_column(String(200))
    funding_line_pl: Mapped[str | None] = mapped_column(Text)
    funding_line_en: Mapped[str | None] = mapped_column(Text)
    period_start: Mapped[dt.date] = mapped_column(Date)
    period_end: Mapped[dt.date] = mapped_column(Date)
    stable_rule: Mapped[dict] = mapped_column(JSON, default=dict)
    age_brackets: Mapped[list] = mapped_column(JSON, default=list)
    current: Mapped[bool] = mapped_column(default=False)


class Indicator(Synced, Base):
    __tablename__ = "indicators"
    project_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    code: Mapped[str] = mapped_column(String(60))
    title: Mapped[str] = mapped_column(String(300))
    target: Mapped[int] = mapped_column(Integer)
    rule: Mapped[str] = mapped_column(String(60))
    rule_arg: Mapped[str | None] = mapped_column(String(60))
    position: Mapped[int] = mapped_column(Integer, default=0)
    # what the indicator is limited to (reports.scope): {"activities": [ids], "tag": "...",
    # "activity_kinds": [...], "consultation_kinds": [...], "visit_reasons": [...]}; empty: all
    scope: Mapped[dict | None] = mapped_column(JSON, default=None)


class Activity(Synced, Base):
    __tablename__ = "activities"
    kind: Mapped[ActivityKind] = mapped_column(_enum(ActivityKind))
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    facilitator: Mapped[str | None] = mapped_column(String(200))
    place: Mapped[str | None] = mapped_column(String(200))
    capacity: Mapped[int | None] = mapped_column(Integer)
    target_group: Mapped[str | None] = mapped_column(String(200))
    project_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    completion_percent: Mapped[int] = mapped_column(Integer, default=80)
    cancelled: Mapped[bool] = mapped_column(default=False)
    # why a coordinator cancelled it (services.activities.cancel_activity); shown, never counted
    cancel_reason: Mapped[str | None] = mapped_column(String(300), default=None)
    # an event or series the activity belongs to ("Skovoroda Fest 2023"): an indicator can count it
    tag: Mapped[str | None] = mapped_column(String(100), default=None)


class ActivitySession(Synced, Base):
    __tablename__ = "activity_sessions"
    activity_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    number: Mapped[int] = mapped_column(Integer)
    held_on: Mapped[dt.date] = mapped_column(Date, index=True)
    start_time: Mapped[dt.time | None] = mapped_column()
    hours: Mapped[float] = mapped_column(default=1.0)
    place: Mapped[str | None] = mapped_column(String(200))
    facilitator: Mapped[str | None] = mapped_column(String(200))
    # a session that did not take place (services.activities.cancel_session): counted nowhere
    cancelled: Mapped[bool] = mapped_column(default=False, server_default="0")
    cancel_reason: Mapped[str | None] = mapped_column(String(300), default=None)


class Enrolment(Synced, Base):
    __tablename__ = "enrolments"
    __table_args__ = (Index("ix_enrolments_activity_person", "activity_id", "person_id"),)
    activity_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    person_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    status: Mapped[EnrolmentStatus] = mapped_column(_enum(EnrolmentStatus), default=EnrolmentStatus.ENROLLED)
    enrolled_at: Mapped[dt.datetime] = mapped_column(DateTime, default=now)


class Attendance(Synced, Base):
    __tablename__ = "attendance"
    __table_args__ = (Index("ix_attendance_session_person", "session_id", "person_id"),)
    session_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    person_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    status: Mapped[AttendanceStatus] = mapped_column(_enum(AttendanceStatus))


class Certificate(Synced, Base):
    __tablename__ = "certificates"
    # as printed, or "serial~<id>" on a record that lost a clash of old-format serials in a sync
    serial: Mapped[str] = mapped_column(String(40), unique=True)
    person_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    activity_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    issued_on: Mapped[dt.date] = mapped_column(Date)
    language: Mapped[str] = mapped_column(String(8))
    hours: Mapped[float] = mapped_column(default=0.0)
    completed: Mapped[bool] = mapped_column(default=True)
    verification_code: Mapped[str] = mapped_column(String(20))
    content: Mapped[dict] = mapped_column(JSON, default=dict)


class ArchivedReport(Synced, Base):
    """A donor or monthly report as it was written and sent: the very file (base64 of the xlsx,
    no names in it), its period, who made it and when, and its SHA-256. Reopened identical from
    the Reports screen whatever was merged or corrected later (services.report_archive)."""

    __tablename__ = "archived_reports"
    kind: Mapped[str] = mapped_column(String(20))  # "donor" or "monthly"
    project_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    period_from: Mapped[dt.date] = mapped_column(Date)
    period_to: Mapped[dt.date] = mapped_column(Date)
    language: Mapped[str] = mapped_column(String(8), default="en")
    made_by: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    made_at: Mapped[dt.datetime] = mapped_column(DateTime, default=now)
    file_name: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    content: Mapped[str] = mapped_column(Text)  # base64 of the file's bytes


SYNCED_MODELS: tuple[type[Base], ...] = (
    Centre, Desk, Staff, Person, Visit, Consultation, Topic, EmploymentOutcome, Project, Indicator,
    Activity, ActivitySession, Enrolment, Attendance, Certificate, NoteKey, NoteGrant, ArchivedReport,
)
