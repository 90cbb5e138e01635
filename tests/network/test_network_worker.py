"""The live discourse network on a real broker: tables fed from the positions topic, HTTP views, survival of a
restart through the changelog, the export command, and (acceptance) the seed article's coalition on talks."""

from __future__ import annotations

import csv
import io
import json
import time
import urllib.error
import urllib.request
from itertools import combinations
from pathlib import Path

import networkx as nx
import pytest
from kafka import KafkaProducer

from tests.network.builders import position_event
from tests.support.topics import read_topic
from tests.support.worker_process import Deployment
from worker.bench.harness import WorkerProcess

pytestmark = pytest.mark.kafka

SEED = Path(__file__).resolve().parents[2] / "seeds" / "seed-000.txt"


@pytest.fixture
def deployment(kafka_bootstrap, tmp_path):
    return Deployment(bootstrap=kafka_bootstrap, workdir=tmp_path)


def publish_positions(deployment: Deployment, events, topic: str | None = None) -> None:
    producer = KafkaProducer(bootstrap_servers=deployment.bootstrap, acks="all")
    try:
        for event in events:
            producer.send(topic or deployment.topic("positions"), key=event.actor_id.encode(),
                          value=event.model_dump_json().encode())
        producer.flush()
    finally:
        producer.close()


def get(worker: WorkerProcess, path: str) -> tuple[int, dict]:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{worker.web_port}{path}", timeout=10) as response:
            return response.status, json.load(response)
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"{}")


def eventually(worker: WorkerProcess, path: str, until, timeout: float = 90) -> dict:
    """GET ``path`` until ``until(body)`` holds; the last body is returned either way for the assertion to show."""
    deadline = time.monotonic() + timeout
    body: dict = {}
    while time.monotonic() < deadline:
        try:
            status, body = get(worker, path)
            if status == 200 and until(body):
                return body
        except OSError:
            pass
        time.sleep(0.5)
    return body


def edges(body: dict) -> dict:
    return {(e["source"], e["target"], e["relation"]): e for e in body.get("edges", [])}


def sample_events():
    return [
        position_event("e1", "ann", "talks-inclusion", "support", day="2025-02-13"),
        position_event("e2", "bob", "talks-inclusion", "support", day="2025-02-13"),
        position_event("e3", "cy", "talks-inclusion", "oppose", day="2025-02-14"),
        position_event("e4", "ann", "defence-spending", "support", day="2025-02-10"),
    ]


def test_positions_build_a_network_served_over_http_that_survives_a_restart(deployment):
    worker = deployment.start_worker()
    try:
        publish_positions(deployment, sample_events())
        net = eventually(worker, "/network", lambda b: len(b["edges"]) == 3)
        assert set(edges(net)) == {("ann", "bob", "agree"), ("ann", "cy", "conflict"), ("bob", "cy", "conflict")}, \
            worker.log_tail()
        actors = get(worker, "/actors")[1]["actors"]
        assert [(a["id"], a["statements"]) for a in actors] == [("ann", 2), ("bob", 1), ("cy", 1)]
        status, ann = get(worker, "/actors/ann")
        assert status == 200 and {e["event_id"] for e in ann["evidence"]} == {"e1", "e4"}
        assert get(worker, "/actors/nobody")[0] == 404
        issues = {i["id"]: i for i in get(worker, "/issues")[1]["issues"]}
        assert (issues["talks-inclusion"]["support"], issues["talks-inclusion"]["oppose"]) == (2, 1)
        recent = get(worker, "/network?since=2025-02-14")[1]
        assert [n["id"] for n in recent["nodes"]] == ["cy"] and recent["edges"] == []
        assert [n["id"] for n in get(worker, "/network?issue=defence-spending")[1]["nodes"]] == ["ann"]
        assert get(worker, "/network?since=yesterday")[0] == 400
    finally:
        worker.stop()

    # A new, empty positions topic: what the restarted worker knows can only come from the table changelog.
    fresh = deployment.topic("positions2")
    worker = deployment.start_worker(NEWSWIRE_TOPIC_POSITIONS=fresh)
    try:
        recovered = eventually(worker, "/network", lambda b: len(b["edges"]) == 3)
        assert edges(recovered) == edges(net), worker.log_tail()
        # A redelivered event is not counted again (its id is remembered in the table); a new one is.
        publish_positions(deployment, [sample_events()[0], position_event("e5", "dee", "talks-inclusion", "oppose")],
                          topic=fresh)
        grown = eventually(worker, "/network", lambda b: len(b["nodes"]) == 4)
        assert ("bob", "dee", "conflict") in edges(grown), worker.log_tail()
        ann = next(n for n in grown["nodes"] if n["id"] == "ann")
        assert ann["statements"] == 2
    finally:
        worker.stop()


def test_export_reads_the_whole_positions_topic(deployment, tmp_path):
    publish_positions(deployment, [*sample_events(), sample_events()[0]])
    graphml = tmp_path / "net.graphml"
    result = deployment.cli("network", "export", "--format", "graphml", "--output", str(graphml), "--timeout", "60")
    assert result.returncode == 0, result.stderr.decode()
    graph = nx.read_graphml(graphml, force_multigraph=True)
    relations = sorted((*sorted((u, v)), d["relation"]) for u, v, d in graph.edges(data=True))
    assert relations == [("ann", "bob", "agree"), ("ann", "cy", "conflict"), ("bob", "cy", "conflict")]

    result = deployment.cli("network", "export", "--format", "dna-csv", "--issue", "peace-talks")
    assert result.returncode == 0, result.stderr.decode()
    rows = list(csv.DictReader(io.StringIO(result.stdout.decode())))
    assert [(r["actor"], r["agreement"]) for r in rows] == [("Ann", "1"), ("Bob", "1"), ("Cy", "0")]

    result = deployment.cli("network", "export", "--format", "json", "--since", "2025-02-14")
    assert [n["id"] for n in json.loads(result.stdout)["nodes"]] == ["cy"]


def test_seed_article_shows_the_coalition_for_ukraine_in_talks(deployment):
    """Acceptance: Baerbock, Rutte, Healey and the European foreign ministers agree on Ukraine's inclusion."""
    worker = deployment.start_worker()
    try:
        assert deployment.cli("replay", "--quiet", str(SEED)).returncode == 0
        read_topic(deployment.bootstrap, deployment.topic("enriched"), until=lambda records: len(records) >= 1)
        wanted = ("Baerbock", "Rutte", "Healey", "foreign ministers")

        def coalition(body: dict) -> dict[str, str]:
            found = {}
            for node in body["nodes"]:
                for name in wanted:
                    if name.lower() in node["name"].lower():
                        found.setdefault(name, node["id"])
            return found

        def all_agree(body: dict) -> bool:
            ids = coalition(body)
            pairs = edges(body)
            return len(ids) == len(wanted) and all(
                (*sorted((ids[a], ids[b])), "agree") in pairs for a, b in combinations(wanted, 2))

        net = eventually(worker, "/network?issue=talks-inclusion", all_agree, timeout=60)
        summary = {"nodes": [n["name"] for n in net.get("nodes", [])],
                   "edges": [(e["source"], e["target"], e["relation"]) for e in net.get("edges", [])]}
        assert all_agree(net), summary
    finally:
        worker.stop()
