"""First start: the centre, this desk, the first administrator, and the seed project."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select

from wic_desk.domain.enums import Role
from wic_desk.domain.errors import UserError, ValidationError
from wic_desk.domain.i18n import QT_TRANSLATE_NOOP as T
from wic_desk.domain.passwords import check_password
from wic_desk.services import auth, keys
from wic_desk.services.context import Actor, Database, set_local_value
from wic_desk.services.uow import UnitOfWork
from wic_desk.store import keyfile
from wic_desk.store.models import Centre, Desk, Indicator, Project, Staff
from wic_desk.sync import centrekey

DEFAULT_IDLE_LOCK_MINUTES = 5

SEED_FUNDING_PL = ("Projekt realizowany we współpracy z Międzynarodową Organizacją do spraw Migracji (IOM), "
                   "finansowany przez Rząd Stanów Zjednoczonych.")
SEED_FUNDING_EN = ("The project is implemented in collaboration with the International Organization for "
                   "Migration (IOM) and funded by the United States Government.")
SEED_PERIOD = (dt.date(2023, 7, 1), dt.date(2024, 6, 15))
SEED_TAG = "Skovoroda Fest 2023"  # the festival whose workshop hours the donor counts


def _services(*codes: str) -> dict:
    """A scope of the services of some kinds: the visits for those reasons, the consultations of those kinds."""
    return {"visit_reasons": list(codes), "consultation_kinds": list(codes)}


# (code, title, target, counting rule, scope) — DESIGN.md's donor targets, then a counted
# indicator for each service and course with no target yet (0: a coordinator sets one). The
# titles are stored as written here (English); a report shows a seed's title in its own language
# (services.reports), a title the coordinator typed as typed.
SEED_INDICATORS = (
    ("stable_employment", T("Indicators", "Persons into stable employment"), 100, "unique_persons_stable_employment", None),
    ("adaptation_meetings", T("Indicators", "Adaptation meetings"), 5, "activities_held", {"activity_kinds": ["adaptation_meeting"]}),
    ("adaptation_meetings_ua", T("Indicators", "Adaptation meetings for Ukrainian community representatives"), 10,
     "activities_held", {"activity_kinds": ["adaptation_meeting_ua_reps"]}),
    ("integration_workshops", T("Indicators", "Integration workshops"), 5, "activities_held",
     {"activity_kinds": ["workshop_children", "workshop_adults"]}),
    ("festival_hours", T("Indicators", "Skovoroda Fest 2023 workshop hours"), 60, "hours_held",
     {"tag": SEED_TAG, "activity_kinds": ["festival_workshop"]}),
    ("language_club", T("Indicators", "Language-club meetings"), 12, "sessions_held", {"activity_kinds": ["language_club"]}),
    ("vocational_counselling", T("Indicators", "Vocational counselling (services)"), 0, "services", _services("vocational")),
    ("job_search_support", T("Indicators", "Job search support (services)"), 0, "services", _services("job_search")),
    ("legal_administrative", T("Indicators", "Legal and administrative consultations (services)"), 0, "services",
     _services("legal", "administrative")),
    ("lawyer", T("Indicators", "Lawyer (services)"), 0, "services", _services("lawyer")),
    ("psychologist", T("Indicators", "Psychologist (services)"), 0, "services", _services("psychologist")),
    ("tax_advisor", T("Indicators", "Tax advisor (services)"), 0, "services", _services("tax_advisor")),
    ("online_course", T("Indicators", "Online course: participants who completed"), 0, "unique_persons_completed",
     {"activity_kinds": ["online_course"]}),
    ("polish_course", T("Indicators", "Polish course: participants who completed"), 0, "unique_persons_completed",
     {"activity_kinds": ["polish_course"]}),
)
SEED_AGE_BRACKETS = [[0, 4], [5, 11], [12, 17], [18, 59], [60, None]]


@dataclass(frozen=True)
class SetupResult:
    desk_id: uuid.UUID
    admin: Actor
    # the centre's recovery key, to be shown once, printed and sealed (never stored)
    recovery_key: str = ""


def initialise(db: Database, centre: str, desk: str, admin_login: str, admin_name: str,
               password: str) -> SetupResult:
    """Set up an empty database: refuses one that is set up already. ``password``: the first
    administrator's (``domain.passwords`` says which are refused)."""
    if db.is_set_up():
        raise UserError(T("Errors", "This database is already set up."))
    if not centre.strip():
        raise ValidationError("centre", T("Errors", "This field is required."))
    if not desk.strip():
        raise ValidationError("desk", T("Errors", "This field is required."))
    if not admin_login.strip():
        raise ValidationError("login", T("Errors", "This field is required."))
    check_password(password, (admin_login, admin_name))
    desk_id = uuid.uuid4()
    with UnitOfWork(db, None) as uow:
        set_local_value(uow.session, "desk_id", str(desk_id))
        set_local_value(uow.session, "desk_name", desk.strip())
        set_local_value(uow.session, "idle_lock_minutes", str(DEFAULT_IDLE_LOCK_MINUTES))
        set_local_value(uow.session, centrekey.LOCAL_KEY, centrekey.new_identity())
        db._desk_id = desk_id
        uow.session.add(Desk(id=desk_id, name=desk.strip()))
        recovery_key = keyfile.new_recovery_key()
        from wic_desk.services import notes
        uow.session.add(Centre(name=centre.strip(), recovery_verifier=keys.recovery_verifier(recovery_key),
                               recovery_recipient=notes.recovery_recipient(recovery_key)))
        admin_id = auth.add_staff_in(uow, admin_login, admin_name or admin_login, Role.ADMIN, password)
        _seed_project(uow)
    with db.read() as s:
        admin = auth.actor_of(s.execute(select(Staff).where(Staff.id == admin_id)).scalar_one())
    return SetupResult(desk_id=desk_id, admin=admin, recovery_key=recovery_key)


def _seed_project(uow: UnitOfWork) -> None:
    project = Project(name="Centrum Integracji Cudzoziemców — Wrocław 2023/24", donor="IOM",
                      funding_line_pl=SEED_FUNDING_PL, funding_line_en=SEED_FUNDING_EN,
                      period_start=SEED_PERIOD[0], period_end=SEED_PERIOD[1],
                      stable_rule={"contract_kinds": ["employment"], "min_months": 3},
                      age_brackets=SEED_AGE_BRACKETS, current=True)
    uow.session.add(project)
    uow.session.flush()
    for position, (code, title, target, rule, scope) in enumerate(SEED_INDICATORS):
        uow.session.add(Indicator(project_id=project.id, code=code, title=title, target=target, rule=rule,
                                  scope=scope, position=position))


@dataclass(frozen=True)
class DeskInfo:
    desk_id: uuid.UUID
    desk_name: str
    centre_name: str
    idle_lock_minutes: int


def desk_info(db: Database) -> DeskInfo:
    with db.read() as s:
        centre = s.execute(select(Centre.name).where(Centre.deleted.is_(False))).scalars().first() or ""
    return DeskInfo(desk_id=db.desk_id, desk_name=db.local("desk_name") or "", centre_name=centre,
                    idle_lock_minutes=int(db.local("idle_lock_minutes") or DEFAULT_IDLE_LOCK_MINUTES))


def set_idle_lock_minutes(db: Database, actor: Actor, minutes: int) -> None:
    auth.require(actor, {Role.ADMIN})
    if not 1 <= minutes <= 240:
        raise ValidationError("idle_lock_minutes", T("Errors", "Choose between 1 and 240 minutes."))
    with UnitOfWork(db, actor) as uow:
        set_local_value(uow.session, "idle_lock_minutes", str(minutes))
        uow.audit("settings.idle_lock", detail=str(minutes))
