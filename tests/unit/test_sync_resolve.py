"""Resolution on its own: a pure function of the held changes, never of their order."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from wic_desk.sync.resolve import Change, conflicting, resolve


def keys(changes):
    return {c.key for c in changes}


def test_the_newest_head_wins_and_superseded_changes_drop_out():
    a1 = Change("a", 1, 10, {"city": "X", "name": "Ola"})
    b1 = Change("b", 1, 20, {"city": "Y"}, {"city": [["a", 1]]})
    c1 = Change("c", 1, 15, {"city": "Z"}, {"city": [["a", 1]]})
    state = resolve([a1, b1, c1])["city"]
    assert state.winner.key == ("b", 1) and keys(state.heads) == {("b", 1), ("c", 1)}
    assert [h.key for h in conflicting(state, "city")] == [("c", 1)]
    assert resolve([a1, b1, c1])["name"].winner.key == ("a", 1)  # another field: no conflict


def test_a_clock_tie_is_broken_by_desk_id_and_equal_values_are_no_conflict():
    a = Change("a", 1, 10, {"city": "X"})
    b = Change("b", 1, 10, {"city": "X"})
    state = resolve([a, b])["city"]
    assert state.winner.key == ("b", 1)
    assert conflicting(state, "city") == []


def test_a_choice_that_saw_every_head_settles_the_conflict():
    a = Change("a", 1, 10, {"city": "X"})
    b = Change("b", 1, 12, {"city": "Y"})
    choice = Change("c", 1, 30, {"city": "X"}, {"city": [["a", 1], ["b", 1]]})
    state = resolve([a, b, choice])["city"]
    assert keys(state.heads) == {("c", 1)} and state.winner.fields["city"] == "X"


changes = st.lists(st.builds(
    Change, desk_id=st.sampled_from("abcd"), seq=st.integers(1, 6), hlc=st.integers(0, 50),
    fields=st.dictionaries(st.sampled_from(["city", "phone", "deleted"]), st.sampled_from(["X", "Y", None, True]),
                           min_size=1),
    seen=st.none() | st.dictionaries(st.sampled_from(["city", "phone"]),
                                     st.lists(st.tuples(st.sampled_from("abcd"), st.integers(1, 6)).map(list)))),
    max_size=7, unique_by=lambda c: c.key)


@given(changes, st.randoms())
def test_order_never_matters(held, rnd):
    shuffled = list(held)
    rnd.shuffle(shuffled)
    first, second = resolve(held), resolve(shuffled)
    assert first.keys() == second.keys()
    for name in first:
        assert first[name].winner.key == second[name].winner.key
        assert keys(first[name].heads) == keys(second[name].heads)


def test_every_order_of_three_edits_gives_one_answer():
    edits = [Change("a", 1, 5, {"city": "X"}), Change("b", 1, 7, {"city": "Y"}, {"city": [["a", 1]]}),
             Change("c", 1, 6, {"city": "Z"})]
    winners = {resolve(list(p))["city"].winner.key for p in itertools.permutations(edits)}
    assert winners == {("b", 1)}
