"""What an indicator is limited to (``counting.Scope``): chosen activities, a tag (the event an
activity belongs to), activity kinds, visit reasons, consultation kinds. Each figure below is
worked out by hand from the small centre built here; every rule's records add up to its figure
under every scope; cancelled sessions never count; a merged person is one human."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from wic_desk.domain.enums import ActivityKind, AttendanceStatus, ConsultationKind, Role, ServiceCategory, Sex
from wic_desk.reports import counting, rules
from wic_desk.reports.counting import Scope
from wic_desk.services import activities as act
from wic_desk.services import consultations as cs
from wic_desk.services import drilldown, merge, people, projects, reports, setup, visits
from wic_desk.store.models import Activity, Indicator

A, B = dt.date(2023, 9, 1), dt.date(2023, 9, 30)
FEST = setup.SEED_TAG
PRESENT = AttendanceStatus.PRESENT


def at(day: int, hour: int = 10) -> dt.datetime:
    return dt.datetime(2023, 9, day, hour)


def on(day: int) -> dt.date:
    return dt.date(2023, 9, day)


@pytest.fixture
def centre(db, admin, make_staff, consent) -> dict:
    counsellor = make_staff(Role.COUNSELLOR)
    lawyer = make_staff(Role.SPECIALIST, kind=ConsultationKind.LAWYER)

    def person(given):
        return people.register(db, admin, people.PersonInput(given_name=given, family_name="Test", sex=Sex.FEMALE,
                                                             citizenship="UA"), consent)

    anna, bohdan, kasia, kasia_dup, oleg = (person(n) for n in ("Anna", "Bohdan", "Kasia", "Kasia-dup", "Oleg"))

    def activity(kind, title, sessions, tag=None, percent=80):
        return act.create(db, admin, act.ActivityInput(kind=kind, title=title, tag=tag, completion_percent=percent,
                                                       sessions=[act.SessionInput(d, h) for d, h in sessions]))

    def attend(activity_id, who_by_session):
        sessions = act.grid(db, admin, activity_id).sessions
        for session, who in zip(sessions, who_by_session, strict=True):
            for pid in who:
                act.enrol(db, admin, activity_id, pid)
                act.mark(db, admin, session.id, pid, PRESENT)
        return sessions

    # the festival: two workshops' sessions held (4 h + 3 h), a third (2.5 h) cancelled; a meeting there (2 h)
    craft = activity(ActivityKind.FESTIVAL_WORKSHOP, "Skovoroda Fest 2023: rękodzieło",
                     [(on(16), 4), (on(16), 3), (on(17), 2.5)], tag=FEST)
    craft_sessions = attend(craft, [[anna], [anna], [anna]])
    act.cancel_session(db, admin, craft_sessions[2].id, "Burza")
    meeting = activity(ActivityKind.ADAPTATION_MEETING, "Spotkanie na festiwalu", [(on(17), 2)], tag=FEST)
    attend(meeting, [[bohdan]])
    # another festival, untagged: 5 h
    fair = activity(ActivityKind.FESTIVAL_WORKSHOP, "Jarmark: ozdoby", [(on(23), 5)])
    attend(fair, [[anna]])
    # a course completed at 75 % of the 4 sessions held (a 5th cancelled)
    course = activity(ActivityKind.POLISH_COURSE, "Kurs A1",
                      [(on(4), 1.5), (on(11), 1.5), (on(18), 1.5), (on(25), 1.5), (on(27), 1.5)], percent=75)
    course_sessions = attend(course, [[anna, kasia, bohdan, oleg], [anna, kasia, bohdan], [anna, kasia_dup],
                                      [], [oleg]])
    act.cancel_session(db, admin, course_sessions[4].id, "Choroba lektorki")
    # two clubs
    club1 = activity(ActivityKind.LANGUAGE_CLUB, "Klub 1", [(on(5), 1.5), (on(12), 1.5)])
    attend(club1, [[oleg], [oleg]])
    club2 = activity(ActivityKind.LANGUAGE_CLUB, "Klub 2", [(on(6), 1.5)])
    attend(club2, [[oleg]])

    visits.record_visit(db, admin, anna, [ServiceCategory.LEGAL, ServiceCategory.INFORMATION], when=at(5))
    visits.record_visit(db, admin, bohdan, [ServiceCategory.LEGAL], when=at(6))
    visits.record_visit(db, admin, kasia_dup, [ServiceCategory.ADMINISTRATIVE], when=at(7))
    visits.record_anonymous_visit(db, admin, Sex.MALE, "18-59", "UA", [ServiceCategory.LEGAL], when=at(8))
    visits.record_visit(db, admin, oleg, [ServiceCategory.INFORMATION], when=at(9))
    cs.record(db, lawyer, kasia, cs.ConsultationInput(ConsultationKind.LAWYER, on(10)))
    cs.record(db, lawyer, kasia_dup, cs.ConsultationInput(ConsultationKind.LAWYER, on(11)))
    cs.record(db, counsellor, bohdan, cs.ConsultationInput(ConsultationKind.VOCATIONAL, on(12)))

    merge.merge_persons(db, admin, kasia, kasia_dup)  # one human
    return {"anna": anna, "bohdan": bohdan, "kasia": kasia, "kasia_dup": kasia_dup, "oleg": oleg, "craft": craft,
            "meeting": meeting, "fair": fair, "course": course, "club1": club1, "club2": club2}


def figure(db, rule, scope=None):
    with db.read() as s:
        return rules.count(s, rule, scope or Scope(), A, B)


def test_the_tag_counts_only_its_event(db, centre):
    # tagged festival workshops: 4 + 3 h held (the cancelled 2.5 h not); the untagged fair's 5 h not
    assert figure(db, "hours_held", Scope(tag=FEST, activity_kinds=("festival_workshop",))) == 7.0
    assert figure(db, "hours_held", Scope(tag=FEST)) == 9.0  # with the meeting at the festival
    assert figure(db, "hours_held", Scope(activity_kinds=("festival_workshop",))) == 12.0  # every festival
    assert figure(db, "hours_held", Scope(tag="Another Fest")) == 0
    assert figure(db, "activities_held", Scope(tag=FEST)) == 2
    assert figure(db, "sessions_held", Scope(tag=FEST)) == 3
    assert figure(db, "unique_persons_attended", Scope(tag=FEST)) == 2  # Anna and Bohdan


def test_the_seed_indicator_counts_the_festival_hours(db, admin, centre):
    values = {v.code: v for v in reports.indicator_values(db, admin, A, B)}
    assert values["festival_hours"].count == 7.0 and values["festival_hours"].target == 60
    rows = drilldown.records(db, admin, "festival_hours", A, B).rows
    assert sorted(r.hours for r in rows) == [3.0, 4.0]
    assert {r.activity_id for r in rows} == {centre["craft"]}


def test_chosen_activities_and_kinds(db, centre):
    assert figure(db, "sessions_held", Scope(activities=(str(centre["club1"]),))) == 2
    assert figure(db, "sessions_held", Scope(activities=(str(centre["club1"]), str(centre["club2"])))) == 3
    assert figure(db, "sessions_held", Scope(activity_kinds=("language_club",))) == 3
    # the limits apply together: club 1 is no festival workshop
    assert figure(db, "sessions_held", Scope(activities=(str(centre["club1"]),),
                                             activity_kinds=("festival_workshop",))) == 0
    # cancelled sessions count nowhere: 4 of the course's 5 sessions were held
    assert figure(db, "sessions_held", Scope(activities=(str(centre["course"]),))) == 3  # the 4th had nobody
    assert figure(db, "hours_held", Scope(activities=(str(centre["course"]),))) == 4.5


def test_participants_who_completed(db, admin, centre):
    # the course: 4 sessions took place, 75 % = 3. Anna 3; Kasia 2 + 1 under her merged record = 3
    # (one human); Bohdan 2; Oleg 1 (his presence at the cancelled session does not count)
    course = Scope(activity_kinds=("polish_course",))
    assert figure(db, "unique_persons_completed", course) == 2
    rows = drilldown.rule_records(db, admin, "unique_persons_completed", course, A, B).rows
    assert sorted(r.name for r in rows) == ["Anna Test", "Kasia Test"]
    assert {r.on for r in rows} == {on(25)}  # the course ended on its last session held
    # every activity that ended in September: Anna (festival, fair, course), Bohdan (meeting), Oleg (clubs), Kasia
    assert figure(db, "unique_persons_completed") == 4
    # the same rule as the attendance grid, which lists each record (Kasia's two: 2 and 1 sessions)
    grid = act.grid(db, admin, centre["course"])
    assert {p.name: p.completed for p in grid.participants} == {
        "Anna Test": True, "Bohdan Test": False, "Oleg Test": False, "Kasia Test": False, "Kasia-dup Test": False}
    # an activity not yet ended in the period does not count
    with db.read() as s:
        assert rules.count(s, "unique_persons_completed", course, A, on(24)) == 0


def test_services_by_visit_reason_and_consultation_kind(db, centre):
    # legal visits: Anna's, Bohdan's and an anonymous one; lawyer consultations: Kasia's two records'
    assert figure(db, "services", Scope(visit_reasons=("legal",))) == 3
    assert figure(db, "services", Scope(consultation_kinds=("lawyer",))) == 2
    assert figure(db, "services", Scope(visit_reasons=("legal",), consultation_kinds=("lawyer",))) == 5
    # every service: 6 visit reasons (Anna's visit gives two) and 3 consultations
    assert figure(db, "services") == 9
    assert figure(db, "unique_persons_served", Scope(visit_reasons=("legal",))) == 2  # the anonymous one is no person
    assert figure(db, "unique_persons_served", Scope(consultation_kinds=("lawyer",))) == 1  # Kasia, once
    assert figure(db, "unique_persons_served", Scope(visit_reasons=("administrative",),
                                                     consultation_kinds=("lawyer",))) == 1
    assert figure(db, "unique_persons_served") == 4  # Anna, Bohdan, Kasia, Oleg
    assert figure(db, "consultations", Scope(consultation_kinds=("lawyer",))) == 2


def test_a_rule_reads_only_its_own_limits(db, centre):
    # the consultations rule has nothing to do with a tag or visit reasons
    assert figure(db, "consultations", Scope(tag=FEST, visit_reasons=("legal",))) == 3
    assert figure(db, "unique_persons_stable_employment", Scope(tag=FEST)) == 0
    assert rules.RULES["hours_held"].scope_of(Scope(tag=FEST, visit_reasons=("legal",))) == Scope(tag=FEST)
    # before scopes, a rule argument of kinds
    assert figure(db, "hours_held", "festival_workshop") == 12.0
    assert rules.indicator_scope("hours_held", None, "festival_workshop") == Scope(activity_kinds=("festival_workshop",))
    assert rules.indicator_scope("hours_held", {"tag": FEST}, "festival_workshop") == \
        Scope(tag=FEST, activity_kinds=("festival_workshop",))


SCOPES = [None, Scope(tag=FEST), Scope(activity_kinds=("polish_course", "language_club")),
          Scope(visit_reasons=("legal",)), Scope(consultation_kinds=("lawyer",)),
          Scope(visit_reasons=("administrative", "information"), consultation_kinds=("vocational",)),
          "festival_workshop"]


def test_records_add_up_to_the_figure_for_every_rule_and_scope(db, admin, centre):
    extra = [Scope(activities=(str(centre["club1"]), str(centre["craft"]))),
             Scope(tag=FEST, activities=(str(centre["craft"]),), activity_kinds=("festival_workshop",))]
    for code, rule in rules.RULES.items():
        for scope in [*SCOPES, *extra]:
            with db.read() as s:
                rows = rule.records(s, A, B, scope)
                expected = rule.count(s, A, B, scope)
            assert rule.total(rows) == pytest.approx(expected), (code, scope)
            d = drilldown.rule_records(db, admin, code, scope, A, B)
            assert d.figure == expected and d.total == pytest.approx(expected), (code, scope)


def test_service_records_name_the_human_and_keep_the_anonymous_visit_nameless(db, admin, centre):
    rows = drilldown.rule_records(db, admin, "services", Scope(visit_reasons=("legal",),
                                                               consultation_kinds=("lawyer",)), A, B).rows
    assert [(r.on, r.name, r.kinds, r.times, r.anonymous) for r in rows] == [
        (on(5), "Anna Test", ("legal",), 1, False),
        (on(6), "Bohdan Test", ("legal",), 1, False),
        (on(8), "", ("legal",), 1, True),
        (on(10), "Kasia Test", ("lawyer",), 1, False),
        (on(11), "Kasia Test", ("lawyer",), 1, False),  # the merged record's consultation is hers
    ]


def test_an_indicator_keeps_its_scope_and_the_editor_checks_it(db, admin, centre):
    [seed] = projects.list_projects(db, admin)
    iid = projects.add_indicator(db, admin, seed.id, projects.IndicatorInput(
        "club_one", "Club one meetings", 0, "sessions_held", "language_club",
        scope={"activities": [str(centre["club1"])], "tag": "  ", "visit_reasons": ["legal"]}))
    row = next(i for i in projects.get_project(db, admin, seed.id).indicators if i.id == iid)
    # kinds from the argument joined the scope; an empty tag and the visit reasons (not read by the rule) dropped
    assert row.scope == Scope(activities=(str(centre["club1"]),), activity_kinds=("language_club",))
    with db.read() as s:
        stored = s.get(Indicator, iid)
        assert stored.scope == {"activities": [str(centre["club1"])], "activity_kinds": ["language_club"]}
        assert stored.rule_arg is None
    values = {v.code: v for v in reports.indicator_values(db, admin, A, B)}
    assert values["club_one"].count == 2 and not values["club_one"].has_target and values["club_one"].percent == 0
    assert projects.tags_in_use(db, admin) == [FEST]
    choices = {c.id: c for c in projects.activity_choices(db, admin)}
    assert choices[centre["craft"]].tag == FEST and choices[centre["fair"]].tag is None


def test_the_tag_is_set_on_the_activity(db, admin, centre):
    act.set_tag(db, admin, centre["fair"], "  Jarmark   świąteczny ")
    assert act.grid(db, admin, centre["fair"]).tag == "Jarmark świąteczny"
    assert figure(db, "hours_held", Scope(tag="Jarmark świąteczny")) == 5.0
    with pytest.raises(projects.ValidationError) as info:
        act.set_tag(db, admin, centre["fair"], "x" * 101)
    assert info.value.field == "tag"
    with pytest.raises(projects.ValidationError):
        act.create(db, admin, act.ActivityInput(kind=ActivityKind.LANGUAGE_CLUB, title="K", tag="y" * 101,
                                                sessions=[act.SessionInput(on(1), 1)]))
    act.set_tag(db, admin, centre["fair"], "")
    with db.read() as s:
        assert s.get(Activity, centre["fair"]).tag is None


def test_a_stored_scope_that_is_not_one_is_refused_by_the_parser():
    with pytest.raises(counting.ScopeError):
        Scope.parse({"colour": "red"})
    with pytest.raises(counting.ScopeError):
        Scope.parse({"activity_kinds": "language_club"})  # a list, not a text
    assert Scope.parse(Scope(tag=FEST, visit_reasons=("legal",)).as_json()) == Scope(tag=FEST, visit_reasons=("legal",))
    assert Scope().as_json() is None


SEED_TARGETS = {
    "stable_employment": 100, "adaptation_meetings": 5, "adaptation_meetings_ua": 10, "integration_workshops": 5,
    "festival_hours": 60, "language_club": 12, "vocational_counselling": 0, "job_search_support": 0,
    "legal_administrative": 0, "lawyer": 0, "psychologist": 0, "tax_advisor": 0, "online_course": 0,
    "polish_course": 0,
}


def test_a_new_centre_has_the_seed_indicators_with_their_targets(db, admin):
    with db.read() as s:
        stored = {i.code: i for i in s.execute(select(Indicator)).scalars()}
        s.expunge_all()
    assert {code: i.target for code, i in stored.items()} == SEED_TARGETS
    assert stored["festival_hours"].scope == {"tag": FEST, "activity_kinds": ["festival_workshop"]}
    assert stored["legal_administrative"].rule == "services"
    assert stored["legal_administrative"].scope == {"visit_reasons": ["legal", "administrative"],
                                                    "consultation_kinds": ["legal", "administrative"]}
    assert stored["polish_course"].rule == "unique_persons_completed"
    for i in stored.values():  # every seed scope is one the editor accepts as it is
        assert projects._check_indicator(projects.IndicatorInput(i.code, i.title, i.target, i.rule, None,
                                                                 i.scope)).as_json() == i.scope


def test_a_stored_scope_that_is_not_one_counts_without_it_and_is_logged(db, admin, caplog):
    from wic_desk.services.uow import UnitOfWork
    with UnitOfWork(db, admin) as uow:
        club = uow.session.execute(select(Indicator).where(Indicator.code == "language_club")).scalar_one()
        club.scope = {"colour": "red"}
    with caplog.at_level("WARNING"):
        values = {v.code: v for v in reports.indicator_values(db, admin)}
    assert values["language_club"].scope == Scope()
    assert "language_club" in caplog.text and "colour" in caplog.text


SERVICE_SCOPES = [Scope(), Scope(visit_reasons=("legal",)), Scope(visit_reasons=("information", "administrative")),
                  Scope(consultation_kinds=("lawyer",)), Scope(visit_reasons=("legal",), consultation_kinds=("lawyer",))]


def test_services_counted_from_the_tally_equal_the_services_read_alone(db, admin, centre):
    """The donor report counts its services indicators from the reason lists its tally has read
    (no second pass over the visits): the same figure as the indicator read alone, for lists as
    stored by older versions or other desks too (a reason given twice counts once, a list that is
    not one and an empty one count nothing)."""
    visits.record_visit(db, admin, centre["oleg"], [ServiceCategory.LEGAL], when=at(14))
    with db.engine.begin() as conn:  # lists written as an older version or a damaged file left them
        ids = [r[0] for r in conn.exec_driver_sql("SELECT id FROM visits ORDER BY visited_at").fetchall()]
        for visit_id, stored in zip(ids, ['["legal", "legal", "information"]', "not json", "[]", "null"], strict=False):
            conn.exec_driver_sql("UPDATE visits SET reasons = ? WHERE id = ?", (stored, visit_id))
    alone = [figure(db, "services", scope) for scope in SERVICE_SCOPES]
    with db.read() as s:
        tally = counting.tally_period(s, A, B, [[0, None]])
        after = [rules.count(s, "services", scope, A, B) for scope in SERVICE_SCOPES]
    assert after == alone
    # by hand, the visits in their order: Anna's legal and information (legal given twice), Bohdan's
    # nothing (not a list), Kasia's nothing (empty), the anonymous one nothing (null), Oleg's
    # information, Oleg's legal; and the three consultations (two lawyer's, one vocational)
    assert alone == [2 + 0 + 0 + 0 + 1 + 1 + 3, 1 + 1, 1 + 1, 2, 2 + 2]
    by_kind = {k.kind: k.services for k in tally.kinds if k.source == "visit"}
    assert sum(by_kind.values()) + 3 == alone[0]
    assert alone[1] == by_kind["legal"]
