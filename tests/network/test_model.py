"""The pure aggregation of positions: counts per actor × issue × day, agree/conflict edges, filters, evidence."""

from __future__ import annotations

import json
from datetime import date

from tests.network.builders import position_event
from worker.network.model import (
    actor_detail,
    actor_summaries,
    add_evidence,
    apply_events,
    fold,
    issue_summaries,
    network,
    seen,
    select_events,
)



def with_event(record, event, **options):
    """``record`` with one more event counted."""
    return apply_events(record, [event], **options)[0]

def statements():
    return [
        position_event("e1", "ann", "talks-inclusion", "support", day="2025-02-13"),
        position_event("e2", "bob", "talks-inclusion", "support", day="2025-02-13"),
        position_event("e3", "cy", "talks-inclusion", "oppose", day="2025-02-14"),
        position_event("e4", "ann", "defence-spending", "support", day="2025-02-10"),
        position_event("e5", "cy", "defence-spending", "support", day="2025-02-14"),
        position_event("e6", "dee", "talks-inclusion", "neutral", day="2025-02-14"),
        position_event("e7", "bob", "talks-inclusion", "support", day=None),
    ]


def edges_of(net):
    return {(e["source"], e["target"], e["relation"]): (e["weight"], e["statements"], tuple(e["issues"])) for e in net["edges"]}


def test_agree_and_conflict_edges_per_issue():
    net = network(fold(statements()))
    assert edges_of(net) == {
        ("ann", "bob", "agree"): (1, 3, ("talks-inclusion",)),
        ("ann", "cy", "agree"): (1, 2, ("defence-spending",)),
        ("ann", "cy", "conflict"): (1, 2, ("talks-inclusion",)),
        ("bob", "cy", "conflict"): (1, 3, ("talks-inclusion",)),
    }
    assert [n["id"] for n in net["nodes"]] == ["ann", "bob", "cy", "dee"]
    dee = net["nodes"][3]
    assert (dee["statements"], dee["neutral"], dee["support"]) == (1, 1, 0)
    assert [i["id"] for i in net["issues"]] == ["defence-spending", "talks-inclusion"]


def test_weight_counts_issues_shared():
    events = [
        position_event("a1", "ann", "talks-inclusion", "support"),
        position_event("a2", "ann", "defence-spending", "oppose"),
        position_event("b1", "bob", "talks-inclusion", "support"),
        position_event("b2", "bob", "defence-spending", "oppose"),
    ]
    assert edges_of(network(fold(events))) == {("ann", "bob", "agree"): (2, 4, ("defence-spending", "talks-inclusion"))}


def test_since_drops_older_and_undated_statements():
    net = network(fold(statements()), since=date(2025, 2, 14))
    assert {n["id"] for n in net["nodes"]} == {"cy", "dee"}
    assert net["edges"] == []
    assert net["filters"] == {"since": "2025-02-14", "issue": None}
    everything = network(fold(statements()), since=date(2025, 2, 13))
    bob = next(n for n in everything["nodes"] if n["id"] == "bob")
    assert bob["support"] == 1  # the undated statement is not "since" anything


def test_issue_filter_includes_children():
    events = statements() + [position_event("e8", "eve", "peace-talks", "oppose", day="2025-02-14")]
    only_child = network(fold(events), issue="talks-inclusion")
    assert "eve" not in {n["id"] for n in only_child["nodes"]}
    assert ("ann", "cy", "agree") not in edges_of(only_child)
    parent = network(fold(events), issue="peace-talks")
    assert "eve" in {n["id"] for n in parent["nodes"]}
    assert ("ann", "cy", "agree") not in edges_of(parent)
    # Edges stay per specific issue: supporting inclusion in talks is not a stance on peace talks as a whole.
    assert not any("eve" in pair[:2] for pair in edges_of(parent))
    # The configured taxonomy may know more of the hierarchy than the events do.
    top = network(fold(events), issue="international-affairs", taxonomy={"peace-talks": "international-affairs"})
    assert {n["id"] for n in top["nodes"]} == {"ann", "bob", "cy", "dee", "eve"}


def test_a_redelivered_event_is_counted_once():
    first = statements()[0]
    record = with_event(None, first)
    assert seen(record, first)
    assert not seen(record, statements()[3])
    again = fold([first, first, statements()[1]])
    assert actor_summaries(again)[0]["support"] == 1


def test_counting_leaves_its_input_alone_and_is_json():
    record = with_event(None, statements()[0])
    before = json.dumps(record, sort_keys=True)
    updated = with_event(record, statements()[3])
    assert json.dumps(record, sort_keys=True) == before
    assert json.loads(json.dumps(updated)) == updated
    assert updated["issues"]["talks-inclusion"]["days"] == {"2025-02-13": {"support": 1}}
    assert updated["issues"]["defence-spending"]["days"] == {"2025-02-10": {"support": 1}}


def test_recent_ids_are_bounded():
    record = None
    for number in range(10):
        record = with_event(record, position_event(f"x{number}", "ann", "talks-inclusion", "support"), remember=3)
    assert record["recent"] == ["x7", "x8", "x9"]
    assert record["issues"]["talks-inclusion"]["days"]["2025-02-13"]["support"] == 10


def test_summaries_are_ordered_and_counted():
    records = fold(statements())
    assert [(a["id"], a["statements"], a["issues"]) for a in actor_summaries(records)] == [
        ("ann", 2, 2), ("bob", 2, 1), ("cy", 2, 2), ("dee", 1, 1)]
    issues = {i["id"]: i for i in issue_summaries(records)}
    assert list(issues) == ["defence-spending", "talks-inclusion"]
    assert (issues["talks-inclusion"]["actors"], issues["talks-inclusion"]["support"],
            issues["talks-inclusion"]["oppose"], issues["talks-inclusion"]["neutral"]) == (4, 3, 1, 1)


def test_actor_detail_has_days_and_newest_evidence_first():
    events = [e for e in statements() if e.actor_id == "bob"]
    evidence = None
    for event in events:
        evidence = add_evidence(evidence, [event])
    detail = actor_detail("bob", fold(events)["bob"], evidence)
    assert [(p["issue"], p["day"], p["support"]) for p in detail["positions"]] == [
        ("talks-inclusion", "2025-02-13", 1), ("talks-inclusion", "undated", 1)]
    assert [e["event_id"] for e in detail["evidence"]] == ["e2", "e7"]
    assert detail["statements"] == 2


def test_evidence_is_bounded_and_deduplicated():
    entries = None
    for day in range(1, 10):
        entries = add_evidence(entries, [position_event(f"d{day}", "ann", "talks-inclusion", "support",
                                                        day=f"2025-02-0{day}")], limit=4)
    entries = add_evidence(entries, [position_event("d9", "ann", "talks-inclusion", "support", day="2025-02-09")], limit=4)
    assert [e["event_id"] for e in entries] == ["d6", "d7", "d8", "d9"]


def test_select_events_filters_deduplicates_and_orders():
    events = statements() + [statements()[0]]
    chosen = select_events(events, since=date(2025, 2, 13), issue="talks-inclusion")
    assert [e.event_id for e in chosen] == ["e1", "e2", "e3", "e6"]
    assert [e.event_id for e in select_events(events)][0] == "e7"  # undated first


def test_apply_events_counts_a_batch_as_one_at_a_time_and_each_id_once():
    events = [e for e in statements() if e.actor_id in ("ann", "bob")]
    one_by_one = None
    for event in events:
        one_by_one = with_event(one_by_one, event)
    start = with_event(None, events[0])
    before = json.dumps(start, sort_keys=True)
    batched, counted = apply_events(start, [events[0], *events[1:], events[1]])  # one already counted, one repeated
    assert json.dumps(start, sort_keys=True) == before
    assert batched == one_by_one
    assert [e.event_id for e in counted] == [e.event_id for e in events[1:]]


def test_apply_events_keeps_the_window_of_recent_ids():
    events = [position_event(f"x{number}", "ann", "talks-inclusion", "support") for number in range(10)]
    record, counted = apply_events(None, events, remember=3)
    assert record["recent"] == ["x7", "x8", "x9"] and len(counted) == 10


def test_evidence_of_a_batch_is_the_evidence_of_one_at_a_time():
    events = [position_event(f"d{day}", "ann", "talks-inclusion", "support", day=f"2025-02-0{day}")
              for day in (5, 1, 9, 3, 7, 2)]
    one_by_one = None
    for event in [*events, events[2]]:
        one_by_one = add_evidence(one_by_one, [event], limit=4)
    start = add_evidence(None, events[:1], limit=4)
    assert add_evidence(start, [*events[1:], events[2]], limit=4) == one_by_one
