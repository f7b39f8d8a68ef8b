"""Three to five desks work offline and exchange files in random orders and directions, with
duplicates and lost files; once everything has been exchanged they hold the same data and the
same conflicts, and no change made anywhere is silently lost."""

from __future__ import annotations

import datetime as dt
import random
import shutil
import tempfile
import uuid
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from tests.conftest import STAFF_PASSWORD
from tests.unit.test_sync_helpers import (  # noqa: F401
    PIN,
    DeskUnderTest,
    close_all,
    exchange_all,
    fast_cipher,
    first_desk,
    join,
    key_of,
)
from wic_desk.domain import erasure
from wic_desk.domain.enums import (
    ActivityKind,
    AttendanceStatus,
    ConsentKind,
    ConsultationKind,
    Role,
    ServiceCategory,
    Sex,
)
from wic_desk.domain.errors import UserError
from wic_desk.services import activities, auth, consultations, merge, people, visits
from wic_desk.services import sync as sync_service
from wic_desk.services.people import ANONYMOUS_NAME
from wic_desk.services.uow import UnitOfWork
from wic_desk.store.models import ActivitySession, ChangeLogEntry, Consultation, Person, Visit
from wic_desk.sync import apply, fileformat
from wic_desk.sync.resolve import canonical, resolve

CONSENT = people.ConsentInput(ConsentKind.WRITTEN, dt.date(2024, 1, 10), "Services of the centre")
GIVEN = ("Olena", "Iryna", "Nino", "Aliaksandr", "Giorgi", "Mariia", "Ołeksij", "Тарас", "Вікторія")
FAMILY = ("Kovalenko", "Shevchenko", "Beridze", "Łukaszenko", "Мельник", "Hrytsenko", "Zając")
CITIES = ("Wrocław", "Oleśnica", "Legnica", None)


def _alive_persons(desk: DeskUnderTest) -> list[uuid.UUID]:
    with desk.db.read() as s:
        return list(s.execute(select(Person.id).where(Person.deleted.is_(False)).order_by(Person.id)).scalars())


def _erased(desk: DeskUnderTest) -> set[uuid.UUID]:
    with desk.db.read() as s:
        return set(s.execute(select(Person.id).where(Person.anonymised.is_(True))).scalars())


def _all_persons(desk: DeskUnderTest) -> list[uuid.UUID]:
    with desk.db.read() as s:
        return list(s.execute(select(Person.id).order_by(Person.id)).scalars())


def _sessions(desk: DeskUnderTest) -> list[uuid.UUID]:
    with desk.db.read() as s:
        return list(s.execute(select(ActivitySession.id).where(ActivitySession.deleted.is_(False))
                              .order_by(ActivitySession.id)).scalars())


class World:
    """Desks, the files they wrote (a shared pool: any desk may read any file, any number of times,
    or never), and the operations of the test."""

    def __init__(self, folder: Path, count: int) -> None:
        a = first_desk(folder)
        auth.add_staff(a.db, a.admin, "couns", "Test Counsellor", Role.COUNSELLOR, STAFF_PASSWORD)
        self.desks = [a] + [join(folder, a, name) for name in "BCDE"[:count - 1]]
        self.counsellors = [auth.login(d.db, "couns", STAFF_PASSWORD) for d in self.desks]
        self.pool: list[Path] = []

    def run(self, desk_no: int, op: str, r: int) -> None:
        desk = self.desks[desk_no % len(self.desks)]
        try:
            getattr(self, f"op_{op}")(desk, desk_no % len(self.desks), r)
        except UserError:
            pass  # e.g. the person was deleted meanwhile: the service says so, nothing changes

    def op_register(self, desk, _no, r):
        people.register(desk.db, desk.admin, people.PersonInput(
            given_name=GIVEN[r % len(GIVEN)], family_name=FAMILY[(r // 7) % len(FAMILY)], sex=Sex.FEMALE,
            city=CITIES[(r // 3) % len(CITIES)]), CONSENT)

    def op_edit(self, desk, _no, r):
        erased = _erased(desk)  # an erased person cannot be edited here (another desk may not know yet)
        persons = [p for p in _alive_persons(desk) if p not in erased]
        if not persons:
            return
        pid = persons[r % len(persons)]
        data = people.get_person(desk.db, desk.admin, pid).data
        which = (r // 5) % 3
        if which == 0:
            data.city = CITIES[(r // 11) % len(CITIES)]
        elif which == 1:
            data.family_name = FAMILY[(r // 11) % len(FAMILY)]
        else:
            data.phone = f"+48 600 {r % 1000:03d} {(r // 1000) % 1000:03d}"
        people.update_person(desk.db, desk.admin, pid, data)

    def op_delete(self, desk, _no, r):
        """Deletion and restoration: a change of the ``deleted`` flag."""
        persons = _all_persons(desk)
        if not persons:
            return
        pid = persons[r % len(persons)]
        with UnitOfWork(desk.db, desk.admin) as uow:
            person = uow.session.get(Person, pid)
            person.deleted = not person.deleted

    def op_anonymise(self, desk, _no, r):
        """Erasure (the right to erasure): final on every desk whatever arrives later."""
        persons = [p for p in _alive_persons(desk) if p not in _erased(desk)]
        if persons and r % 2 == 0:
            people.anonymise(desk.db, desk.admin, persons[r % len(persons)])

    def op_visit(self, desk, _no, r):
        persons = _alive_persons(desk)
        if persons:
            visits.record_visit(desk.db, desk.admin, persons[r % len(persons)],
                                [list(ServiceCategory)[r % len(ServiceCategory)]], note=f"note {r}")

    def op_consult(self, desk, no, r):
        persons = _alive_persons(desk)
        if persons:
            consultations.record(desk.db, self.counsellors[no], persons[r % len(persons)], consultations.ConsultationInput(
                kind=ConsultationKind.VOCATIONAL, held_on=dt.date(2024, 2, 1), minutes=30, note=f"talked {r}"))

    def op_activity(self, desk, _no, r):
        activities.create(desk.db, desk.admin, activities.ActivityInput(
            kind=ActivityKind.LANGUAGE_CLUB, title=f"Club {r}",
            sessions=[activities.SessionInput(held_on=dt.date(2024, 3, 1 + r % 20))]))

    def op_mark(self, desk, _no, r):
        sessions, persons = _sessions(desk), _alive_persons(desk)
        if sessions and persons:
            activities.mark(desk.db, desk.admin, sessions[r % len(sessions)], persons[(r // 3) % len(persons)],
                            list(AttendanceStatus)[r % 3])

    def op_merge(self, desk, _no, r):
        persons = _alive_persons(desk)
        if len(persons) < 2:
            return
        with desk.db.read() as s:
            merged = [p for p in persons if s.get(Person, p).merged_into is not None]
        if merged and r % 4 == 0:
            merge.undo_merge(desk.db, desk.admin, merged[r % len(merged)])
            return
        a, b = persons[r % len(persons)], persons[(r // 7) % len(persons)]
        if a != b:
            merge.merge_persons(desk.db, desk.admin, a, b)

    def op_send(self, desk, no, r):
        others = [d for d in self.desks if d is not desk]
        target = None if r % 3 == 0 else others[r % len(others)]
        self.pool.append(desk.export(for_desk=target))

    def op_receive(self, desk, _no, r):
        if self.pool:
            desk.read(self.pool[r % len(self.pool)])

    def settle(self) -> None:
        exchange_all(self.desks, rounds=3)


OPS = ("register", "register", "edit", "edit", "delete", "visit", "consult", "activity", "mark", "merge",
       "anonymise", "send", "send", "receive", "receive", "receive")


def _log(desk: DeskUnderTest) -> list[tuple]:
    with desk.db.read() as s:
        return sorted((str(r.desk_id), r.seq, r.hlc, r.table_name, str(r.record_id)) for r in
                      s.execute(select(ChangeLogEntry)).scalars())


def _conflict_keys(desk: DeskUnderTest) -> list[tuple]:
    return [(c.table, str(c.record_id), c.field, str(c.winner.desk_id), c.winner.seq,
             tuple((str(o.desk_id), o.seq) for o in c.others)) for c in desk.conflicts()]


def check_converged(world: World) -> None:
    desks = world.desks
    digests = {d.digest() for d in desks}
    assert len(digests) == 1
    logs = [_log(d) for d in desks]
    assert all(entry == logs[0] for entry in logs)
    conflict_lists = [_conflict_keys(d) for d in desks]
    assert all(c == conflict_lists[0] for c in conflict_lists)
    # No change is silently lost: each is the shown value, a listed conflict, the same value as
    # the shown one, or knowingly superseded by a change whose writer had seen it.
    desk = desks[0]
    for d in desks:
        check_erased(d)
    listed = {(t, r, f, d, s) for t, r, f, _wd, _ws, others in conflict_lists[0] for d, s in others}
    with desk.db.read() as s:
        changes = apply.load_changes(s, s.execute(select(ChangeLogEntry.record_id).distinct()).scalars())
        tables = dict(s.execute(select(ChangeLogEntry.record_id, ChangeLogEntry.table_name).distinct()).all())
    with desk.db.read() as s:
        erased_people = {p for p, in s.execute(select(Person.id).where(Person.anonymised.is_(True)))}
        owned = {r: p for model in (Visit, Consultation) for r, p in s.execute(select(model.id, model.person_id))}
    for record, held in changes.items():
        if record in erased_people or owned.get(record) in erased_people:
            continue  # erasure wins: checked by check_erased
        states = resolve(held)
        superseded = {(name, str(ref[0]), ref[1]) for c in held for name, refs in (c.seen or {}).items()
                      for ref in refs}
        for c in held:
            for name, value in c.fields.items():
                state = states[name]
                shown = state.winner.fields[name]
                ok = (c.key == state.winner.key or canonical(value) == canonical(shown)
                      or (tables[record], str(record), name, c.desk_id, c.seq) in listed
                      or (name, c.desk_id, c.seq) in superseded)
                assert ok, (tables[record], record, name, c)
    # The tables are exactly what the change log resolves to.
    before = desk.digest()
    assert sync_service.rebuild(desk.db, desk.admin) == before


def check_erased(desk: DeskUnderTest) -> None:
    """An erased person's name, contacts and notes are nowhere on this desk: not in the tables,
    not in the change log (which keeps only that such a field changed), not in a file it writes;
    no conflict is listed for them."""
    with desk.db.read() as s:
        erased_people = set(s.execute(select(Person.id).where(Person.anonymised.is_(True))).scalars())
        if not erased_people:
            return
        for person in s.execute(select(Person).where(Person.id.in_(erased_people))).scalars():
            assert (person.given_name, person.family_name, person.phone, person.city, person.email) == \
                (ANONYMOUS_NAME, ANONYMOUS_NAME, None, None, None)
        owned = {r for model in (Visit, Consultation) for r in s.execute(
            select(model.id).where(model.person_id.in_(erased_people))).scalars()}
        for model in (Visit, Consultation):
            assert not s.execute(select(model.id).where(model.person_id.in_(erased_people),
                                                        model.note.is_not(None))).first()
        for table, record, fields in s.execute(select(ChangeLogEntry.table_name, ChangeLogEntry.record_id,
                                                      ChangeLogEntry.fields)):
            if record in erased_people or record in owned:
                assert erasure.scrub(table, fields) == fields, (table, record, fields)
    assert not [c for c in desk.conflicts() if c.record_id in erased_people
                and c.field in erasure.ERASED_PERSON]
    out = desk.export(full=True)
    for row in (r for frame in fileformat.read_file(out, key_of(desk)).rows() for r in frame):
        if uuid.UUID(row[4]) in erased_people or uuid.UUID(row[4]) in owned:
            assert erasure.scrub(row[3], row[5]) == row[5], row


def _play(folder: Path, count: int, program: list[tuple[int, str, int]]) -> World:
    world = World(folder, count)
    for desk_no, op, r in program:
        world.run(desk_no, op, r)
    world.settle()
    return world


@pytest.mark.parametrize("seed", range(4))
def test_random_offline_work_and_exchanges_converge(tmp_path, fast_cipher, seed):  # noqa: F811
    rng = random.Random(seed)
    count = 3 + seed % 3
    program = [(rng.randrange(count), rng.choice(OPS), rng.randrange(10**6)) for _ in range(120)]
    world = _play(tmp_path, count, program)
    try:
        check_converged(world)
    finally:
        close_all(world.desks)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(count=st.integers(3, 5),
       program=st.lists(st.tuples(st.integers(0, 4), st.sampled_from(OPS), st.integers(0, 10**6)),
                        min_size=1, max_size=50))
def test_any_program_converges(fast_cipher, count, program):  # noqa: F811
    folder = Path(tempfile.mkdtemp(prefix="wic-sync-"))
    world = None
    try:
        world = _play(folder, count, program)
        check_converged(world)
    finally:
        if world:
            close_all(world.desks)
        shutil.rmtree(folder, ignore_errors=True)

