"""Retention: how long a person's data are kept after their last contact, who is due, erasing them.

The rule, exactly (the README states the same):

- The retention period is a whole number of years, set by an administrator on the centre record
  (``centres.retention_years``, synced, so every desk applies the same policy); when it was never
  set it is ``DEFAULT_YEARS`` (5).
- A person's last contact is the latest of: their first contact date (or, when that is empty, the
  day they were registered), their visits, consultations, activity sessions they attended
  (present), employment outcomes (start date) and certificates issued to them. Records of persons
  merged into them count as theirs. Deleted records do not count.
- A person is due for erasure on ``today`` when BOTH
  ``today > last contact + period`` AND ``today > end of the current project + PROJECT_KEEP_YEARS``
  (5 years: what the donor's project may be audited for). With no current project, only the first
  condition applies. Anonymised, merged-away and deleted persons are never listed.
- Erasing is ``people.erase_in`` (names, contacts, PESEL, notes go; the figures stay), for each
  chosen person with every record merged into them (through any chain of merges), the same rule
  as on the person page; administrators only; audited.
- Backups (every ``<database>-*.db`` in the backups folder) made more than the period ago
  (``today - period``) are deleted: when the automatic backup runs and by ``apply``.

Last contacts are computed with one grouped query per source (about a second for 100,000 persons
and 1,000,000 visits: tests/perf), never one query per person.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import String, func, select, type_coerce
from sqlalchemy.orm import Session

from wic_desk import paths
from wic_desk.domain.enums import AttendanceStatus
from wic_desk.domain.errors import UserError
from wic_desk.domain.i18n import QT_TRANSLATE_NOOP as T
from wic_desk.domain.permissions import Action
from wic_desk.services import auth, people
from wic_desk.services.context import Actor, Database
from wic_desk.services.uow import UnitOfWork
from wic_desk.store.models import (
    ActivitySession,
    Attendance,
    Centre,
    Certificate,
    Consultation,
    EmploymentOutcome,
    Person,
    Project,
    Visit,
)

log = logging.getLogger(__name__)

DEFAULT_YEARS = 5
PROJECT_KEEP_YEARS = 5
MIN_YEARS, MAX_YEARS = 1, 50

Progress = Callable[[int, int, str], None]


def _today() -> dt.date:
    return dt.date.today()


def add_years(day: dt.date, years: int) -> dt.date:
    """``day`` moved by whole years (29 February becomes 28 February in a common year)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


@dataclass(frozen=True)
class Policy:
    years: int  # the period in force
    set_years: int | None  # what an administrator set (None: the default)
    project_end: dt.date | None  # the current project's end, if there is one

    def cutoff(self, today: dt.date) -> dt.date:
        """Last contacts before this day are older than the period."""
        return add_years(today, -self.years)

    def projects_allow(self, today: dt.date) -> bool:
        return self.project_end is None or today > add_years(self.project_end, PROJECT_KEEP_YEARS)


@dataclass(frozen=True)
class DueRow:
    id: uuid.UUID
    given_name: str
    family_name: str
    last_contact: dt.date

    @property
    def latin_name(self) -> str:
        return f"{self.given_name} {self.family_name}".strip()


@dataclass(frozen=True)
class Applied:
    erased: int
    backups_deleted: int


def _centre(session: Session) -> Centre | None:
    return session.execute(select(Centre).where(Centre.deleted.is_(False)).order_by(Centre.name)).scalars().first()


def _policy(session: Session) -> Policy:
    centre = _centre(session)
    set_years = centre.retention_years if centre is not None else None
    end = session.execute(select(Project.period_end).where(Project.deleted.is_(False), Project.current.is_(True))
                          .order_by(Project.period_end.desc())).scalars().first()
    return Policy(set_years or DEFAULT_YEARS, set_years, end)


def policy(db: Database, actor: Actor) -> Policy:
    auth.require_action(actor, Action.PEOPLE_RETENTION)
    with db.read() as s:
        return _policy(s)


def set_years(db: Database, actor: Actor, years: int | None) -> Policy:
    """Set the retention period in whole years (None: back to the default). Synced; audited."""
    auth.require_action(actor, Action.PEOPLE_RETENTION)
    if years is not None and not MIN_YEARS <= years <= MAX_YEARS:
        raise UserError(T("Errors", "The retention period must be between {low} and {high} years."),
                        low=MIN_YEARS, high=MAX_YEARS)
    with UnitOfWork(db, actor) as uow:
        centre = _centre(uow.session)
        if centre is None:
            raise UserError(T("Errors", "This desk is not set up yet."))
        if centre.retention_years != years:
            centre.retention_years = years
            uow.audit("settings.retention", "centres", centre.id, detail=str(years or "-"))
    with db.read() as s:
        return _policy(s)


def _day(value: object) -> str | None:
    """A day as ISO text, whatever the driver returns (SQLite's stored text; date or datetime)."""
    if value is None:
        return None
    if isinstance(value, str):
        return value[:10]
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    return value.isoformat()  # type: ignore[attr-defined]


def _as_uuid(key: object) -> uuid.UUID:
    return key if isinstance(key, uuid.UUID) else uuid.UUID(str(key))


def _raw(column):
    """The column as the driver returns it: 100,000 rows are not turned into UUID and date objects
    when only a few are listed (ids stay the database's own text, or UUIDs on PostgreSQL)."""
    return type_coerce(column, String)


def _last_contacts(session: Session) -> tuple[dict[object, str], dict[object, tuple[str, str]]]:
    """Every person's last contact as ISO text (see the module's rule), keyed by the person's raw id
    (a merged-away record's contacts count for the person it was merged into); and the names of
    the persons who may be listed (not merged away, not anonymised)."""
    rows = session.execute(select(_raw(Person.id), _raw(Person.merged_into), Person.anonymised, Person.given_name,
                                  Person.family_name, _raw(Person.first_contact_date), _raw(Person.registered_at))
                           .where(Person.deleted.is_(False))).all()
    owner: dict[object, object] = {}
    latest: dict[object, str] = {}
    names: dict[object, tuple[str, str]] = {}
    for person_id, merged_into, anonymised, given, family, first_contact, registered_at in rows:
        owner[person_id] = merged_into or person_id
        latest[person_id] = _day(first_contact or registered_at) or ""
        if merged_into is None and not anonymised:
            names[person_id] = (given, family)
    for merged, target in list(owner.items()):  # follow a chain of merges to its end
        seen = {merged}
        while owner.get(target, target) != target and target not in seen:
            seen.add(target)
            target = owner[target]
        owner[merged] = target

    def take(stmt) -> None:
        for person_id, value in session.execute(stmt):
            day = _day(value)
            if day is not None and person_id in owner and day > latest[person_id]:
                latest[person_id] = day

    # one grouped query per source; the visits' one reads ix_visits_person_day alone
    take(select(_raw(Visit.person_id), _raw(func.max(Visit.visit_date)))
         .where(Visit.person_id.is_not(None), Visit.deleted.is_(False)).group_by(Visit.person_id))
    take(select(_raw(Consultation.person_id), _raw(func.max(Consultation.held_on)))
         .where(Consultation.deleted.is_(False)).group_by(Consultation.person_id))
    take(select(_raw(Attendance.person_id), _raw(func.max(ActivitySession.held_on)))
         .join(ActivitySession, ActivitySession.id == Attendance.session_id)
         .where(Attendance.deleted.is_(False), ActivitySession.deleted.is_(False),
                Attendance.status == AttendanceStatus.PRESENT)
         .group_by(Attendance.person_id))
    take(select(_raw(EmploymentOutcome.person_id), _raw(func.max(EmploymentOutcome.start_date)))
         .where(EmploymentOutcome.deleted.is_(False)).group_by(EmploymentOutcome.person_id))
    take(select(_raw(Certificate.person_id), _raw(func.max(Certificate.issued_on)))
         .where(Certificate.deleted.is_(False)).group_by(Certificate.person_id))
    result: dict[object, str] = {}
    for person_id, day in latest.items():
        target = owner[person_id]
        if target not in result or day > result[target]:
            result[target] = day
    return result, names


def last_contacts(session: Session) -> dict[uuid.UUID, dt.date]:
    """Every person's last contact, keyed by the person it counts for (see ``_last_contacts``)."""
    return {_as_uuid(pid): dt.date.fromisoformat(day) for pid, day in _last_contacts(session)[0].items()}


def _due(session: Session, today: dt.date) -> list[DueRow]:
    rule = _policy(session)
    if not rule.projects_allow(today):
        return []
    cutoff = rule.cutoff(today).isoformat()
    contacts, names = _last_contacts(session)
    due = sorted((day, str(pid), pid) for pid, day in contacts.items() if day < cutoff and pid in names)
    return [DueRow(_as_uuid(pid), *names[pid], dt.date.fromisoformat(day)) for day, _key, pid in due]


def due(db: Database, actor: Actor, today: dt.date | None = None) -> list[DueRow]:
    """Who is due for erasure on ``today`` under the policy, oldest last contact first.
    Administrators only. Lists ids and names, never logs them."""
    auth.require_action(actor, Action.PEOPLE_RETENTION)
    today = today or _today()
    with db.read() as s:
        return _due(s, today)


def erase(db: Database, actor: Actor, person_ids: Iterable[uuid.UUID], today: dt.date | None = None,
          progress: Progress | None = None) -> int:
    """Erase the chosen persons, each only if they are still due on ``today`` (a person who came
    back since the list was shown is kept), with the records merged into them. One transaction a
    person, so a stop midway keeps what was done. Returns how many were erased. Audited."""
    auth.require_action(actor, Action.PEOPLE_RETENTION)
    today = today or _today()
    chosen = list(dict.fromkeys(person_ids))
    with db.read() as s:
        still_due = {r.id for r in _due(s, today)}
    erased = 0
    for number, person_id in enumerate(chosen, 1):
        if person_id in still_due:
            with UnitOfWork(db, actor) as uow:
                people.erase_in(uow, person_id)
                uow.audit("retention.erase", "persons", person_id, person_id)
            erased += 1
        if progress is not None:
            progress(number, len(chosen), "")
    log.info("retention: %d persons erased", erased)
    return erased


def _backup_made_on(path: Path) -> dt.date:
    from wic_desk.store.migrate import _made_at
    stamp, mtime = _made_at(path)
    try:
        return dt.datetime.strptime(stamp[:15], "%Y%m%d-%H%M%S").date()
    except ValueError:
        return dt.datetime.fromtimestamp(mtime).date()


def old_backups(db: Database, years: int, today: dt.date) -> list[Path]:
    """This database's backups made before ``today - years``."""
    if db.path is None:
        return []
    folder = paths.backups_dir_for(db.path)
    cutoff = add_years(today, -years)
    return sorted(p for p in folder.glob(f"{db.path.stem}-*.db") if _backup_made_on(p) < cutoff)


def delete_old_backups(db: Database, today: dt.date | None = None) -> int:
    """Delete the backups made longer ago than the retention period (they hold the erased data
    too). Called by the automatic backup and by ``apply``; returns how many were deleted."""
    today = today or _today()
    with db.read() as s:
        years = _policy(s).years
    deleted = 0
    for path in old_backups(db, years, today):
        try:
            path.unlink()
            deleted += 1
        except OSError:
            log.warning("an old backup could not be deleted")
    if deleted:
        log.info("retention: %d old backups deleted", deleted)
    return deleted


def apply(db: Database, actor: Actor, today: dt.date | None = None, progress: Progress | None = None) -> Applied:
    """Erase everyone due and delete the backups older than the period (``people retention --apply``)."""
    auth.require_action(actor, Action.PEOPLE_RETENTION)
    today = today or _today()
    erased = erase(db, actor, [r.id for r in due(db, actor, today)], today, progress)
    backups = delete_old_backups(db, today)
    if backups:
        with UnitOfWork(db, actor) as uow:
            uow.audit("retention.backups", detail=f"deleted={backups}")
    return Applied(erased, backups)
