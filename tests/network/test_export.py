"""Exports: GraphML that networkx reads back with the right edges, DNA CSV in DNA's columns, JSON."""

from __future__ import annotations

import csv
import io
import json

import networkx as nx

from tests.network.builders import position_event
from worker.network.export import DNA_COLUMNS, to_dna_csv, to_graphml, to_json
from worker.network.model import fold, network, select_events


def events():
    return [
        position_event("e1", "ann", "talks-inclusion", "support", text="Ukraine must be at the table & heard.",
                       affiliations=("NATO",)),
        position_event("e2", "bob", "talks-inclusion", "support"),
        position_event("e3", "cy", "talks-inclusion", "oppose", actor_type="organization"),
        position_event("e4", "ann", "defence-spending", "oppose"),
        position_event("e5", "cy", "defence-spending", "oppose", actor_type="organization"),
        position_event("e6", "dee", "talks-inclusion", "neutral", day=None),
    ]


def test_graphml_parses_with_networkx_and_has_agree_and_conflict_edges(tmp_path):
    path = tmp_path / "net.graphml"
    path.write_text(to_graphml(network(fold(events()))), encoding="utf-8")
    graph = nx.read_graphml(path, force_multigraph=True)
    assert not graph.is_directed()
    assert sorted(graph.nodes) == ["ann", "bob", "cy", "dee"]
    assert graph.nodes["cy"]["label"] == "Cy"
    assert graph.nodes["ann"]["statements"] == 2
    relations = sorted(
        (*sorted((u, v)), data["relation"], data["weight"], data["issues"]) for u, v, data in graph.edges(data=True))
    assert relations == [
        ("ann", "bob", "agree", 1.0, "talks-inclusion"),
        ("ann", "cy", "agree", 1.0, "defence-spending"),
        ("ann", "cy", "conflict", 1.0, "talks-inclusion"),
        ("bob", "cy", "conflict", 1.0, "talks-inclusion"),
    ]


def test_graphml_of_an_empty_network_is_valid(tmp_path):
    path = tmp_path / "empty.graphml"
    path.write_text(to_graphml(network({})), encoding="utf-8")
    assert nx.read_graphml(path).number_of_nodes() == 0


def test_dna_csv_has_the_columns_and_one_row_per_sided_statement():
    rows = list(csv.DictReader(io.StringIO(to_dna_csv(select_events(events())))))
    assert tuple(rows[0].keys()) == DNA_COLUMNS
    assert [r["id"] for r in rows] == ["1", "2", "3", "4", "5"]  # the neutral statement is left out
    first = next(r for r in rows if r["text"].startswith("Ukraine"))
    assert first["text"] == "Ukraine must be at the table & heard."
    assert (first["actor"], first["concept"], first["agreement"], first["document"]) == (
        "Ann", "Who takes part in negotiations", "1", "art-1")
    assert first["time"] == "2025-02-13 09:00:00"
    assert int(first["stop"]) - int(first["start"]) == len(first["text"])
    cy = [r for r in rows if r["actor"] == "Cy"]
    assert {r["organisation"] for r in cy} == {"Cy"} and {r["agreement"] for r in cy} == {"0"}
    assert {r["organisation"] for r in rows if r["actor"] == "Bob"} == {""}
    assert [r["organisation"] for r in rows if r["actor"] == "Ann"] == ["NATO", ""]


def test_json_is_the_network():
    net = network(fold(events()))
    assert json.loads(to_json(net)) == net
