"""The eval command end to end on a tiny gold file, and positions from gold quotes (oracle mode)."""

from __future__ import annotations

import argparse
import json

from worker.evaluation import command
from worker.evaluation.command import extract
from worker.evaluation.gold import GoldActor, GoldArticle

BODY = "Premier Ivo Marsh said the carbon tax was unrealistic.\n“We will fight it,” Marsh said.\n"


def gold_file(tmp_path):
    start = BODY.index("the carbon tax")
    end = BODY.index(" was unrealistic") + len(" was unrealistic")
    record = {
        "id": "t1",
        "text": BODY,
        "quotes": [{"start": start, "end": end, "text": BODY[start:end], "kind": "indirect", "cue": "said", "speaker": "Ivo Marsh"}],
        "actors": [{"name": "Ivo Marsh", "type": "person"}],
        "positions": [{"actor": "Ivo Marsh", "issue": "carbon tax", "stance": "oppose", "evidence_start": start, "evidence_end": end}],
    }
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return path


def run(argv, capsys) -> str:
    parser = argparse.ArgumentParser()
    command.register(parser.add_subparsers())
    args = parser.parse_args(argv)
    assert args.func(args, None) == 0
    return capsys.readouterr().out


def test_oracle_mode_scores_positions_from_gold_quotes(tmp_path, capsys):
    figures = json.loads(run(["eval", str(gold_file(tmp_path)), "--json", "--oracle-quotes"], capsys))
    assert figures["articles"] == 1
    assert figures["positions"]["gold"] == 1
    assert figures["positions"]["matched"] == 1


def test_table_and_errors_are_printed(tmp_path, capsys):
    out = run(["eval", str(gold_file(tmp_path)), "--errors"], capsys)
    assert "== t1" in out
    assert "quotes, overlap >= 0.3" in out and "quotes, overlap >= 0.8" in out
    assert "positions (1 articles)" in out


def test_oracle_positions_take_no_stance_from_a_section_heading():
    body = (
        "The council met on Tuesday and discussed the budget for the coming year in great detail with residents.\n"
        "–Ivo Marsh rejects the carbon tax–\n"
        "The debate went on for hours in the chamber, with speakers from every party and many residents watching.\n"
    )
    article = GoldArticle(id="h1", text=body, quotes=(), actors=(GoldActor(name="Ivo Marsh", type="person"),))
    predicted = extract(article)
    heading = body.index("–Ivo")
    assert [s.heading_start for s in predicted.sections if s.heading_start is not None] == [heading]
    positions = command.with_oracle_positions(article, predicted).positions
    assert not [p for p in positions if heading <= p.evidence.start < body.index("\nThe debate")]
