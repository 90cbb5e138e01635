"""Writers of the discourse network for other tools (pure: text in, text out).

* GraphML for Gephi, networkx, igraph: an undirected graph; nodes carry ``label`` (Gephi's node label), ``type``
  and statement counts; edges carry ``relation`` (agree | conflict), ``weight`` (number of issues),
  ``statements`` and ``issues`` (comma-separated ids). Two actors can have both an agree and a conflict edge, so
  parallel edges occur; each edge has an id ``source|target|relation``. Written with ``xml.etree`` so the worker
  needs no graph library.
* DNA CSV: one row per statement, in the columns Discourse Network Analyzer imports (id, time, actor,
  organisation, concept, agreement, text, start, stop, document). DNA's ``agreement`` qualifier is binary, so
  support is 1, oppose 0, and neutral statements are left out. ``concept`` is the issue label, ``document`` the
  article id, ``start``/``stop`` the evidence offsets in the article body, ``time`` UTC ``YYYY-MM-DD HH:MM:SS``.
* JSON: the network exactly as ``GET /network`` returns it.
"""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from collections.abc import Iterable

from worker.models import PositionEvent
from worker.network.model import event_time

GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
NODE_KEYS = (("label", "string"), ("type", "string"), ("statements", "int"), ("support", "int"), ("oppose", "int"),
             ("neutral", "int"))
EDGE_KEYS = (("relation", "string"), ("weight", "double"), ("statements", "int"), ("issues", "string"))
DNA_COLUMNS = ("id", "time", "actor", "organisation", "concept", "agreement", "text", "start", "stop", "document")
DNA_AGREEMENT = {"support": 1, "oppose": 0}
ORGANISATION_TYPES = {"organization", "group", "place"}
FORMATS = ("graphml", "dna-csv", "json")


def to_graphml(network: dict) -> str:
    """The network as a GraphML document."""
    ET.register_namespace("", GRAPHML_NS)
    root = ET.Element(f"{{{GRAPHML_NS}}}graphml")
    for domain, keys in (("node", NODE_KEYS), ("edge", EDGE_KEYS)):
        for name, kind in keys:
            ET.SubElement(root, f"{{{GRAPHML_NS}}}key",
                          {"id": f"{domain[0]}_{name}", "for": domain, "attr.name": name, "attr.type": kind})
    graph = ET.SubElement(root, f"{{{GRAPHML_NS}}}graph", {"id": "discourse", "edgedefault": "undirected"})
    for node in network["nodes"]:
        element = ET.SubElement(graph, f"{{{GRAPHML_NS}}}node", {"id": node["id"]})
        _data(element, "n", {**node, "label": node["name"]}, NODE_KEYS)
    for edge in network["edges"]:
        element = ET.SubElement(graph, f"{{{GRAPHML_NS}}}edge", {
            "id": f"{edge['source']}|{edge['target']}|{edge['relation']}", "source": edge["source"], "target": edge["target"]})
        _data(element, "e", {**edge, "issues": ",".join(edge["issues"])}, EDGE_KEYS)
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"


def _data(element: ET.Element, prefix: str, values: dict, keys: tuple[tuple[str, str], ...]) -> None:
    for name, _ in keys:
        if values.get(name) is not None:
            ET.SubElement(element, f"{{{GRAPHML_NS}}}data", {"key": f"{prefix}_{name}"}).text = str(values[name])


def dna_rows(events: Iterable[PositionEvent]) -> list[dict]:
    """DNA statement rows for the events that take a side, numbered from 1 in the given order."""
    rows = []
    for event in events:
        if event.stance not in DNA_AGREEMENT:
            continue
        when = event_time(event)
        rows.append({
            "id": len(rows) + 1,
            "time": when.strftime("%Y-%m-%d %H:%M:%S") if when else "",
            "actor": event.actor,
            "organisation": event.actor if event.actor_type in ORGANISATION_TYPES else "; ".join(event.actor_affiliations),
            "concept": event.issue.label,
            "agreement": DNA_AGREEMENT[event.stance],
            "text": event.evidence.text,
            "start": event.evidence.start,
            "stop": event.evidence.end,
            "document": event.article.article_id,
        })
    return rows


def to_dna_csv(events: Iterable[PositionEvent]) -> str:
    """The statements as a DNA-importable CSV with a header line."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=DNA_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(dna_rows(events))
    return buffer.getvalue()


def to_json(network: dict) -> str:
    return json.dumps(network, ensure_ascii=False, indent=2) + "\n"
