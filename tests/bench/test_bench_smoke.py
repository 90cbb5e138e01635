"""``newswire bench extract`` on a tiny input: every figure is present and positive (nothing is timed against a bar)."""

from __future__ import annotations

import json

from worker.cli import main


def test_bench_extract_prints_positive_figures(tmp_path, capsys):
    corpus = tmp_path / "corpus.jsonl"
    records = [
        {"id": "raw-shape", "body": "“We will win,” Ann Lee said on Monday. Ms Lee leads the Green Party."},
        {"id": "wikinews-shape", "date": "2020-02-01", "title": "T", "url": "https://example.org/a",
         "text": "Prime Minister John Smith said the budget “protects families”.\n\nThe opposition disagreed."},
    ]
    corpus.write_text("\n".join(json.dumps(record) for record in records) + "\n", encoding="utf-8")

    assert main(["bench", "extract", str(corpus), "--seconds", "0", "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)

    assert figures["corpus"]["articles"] == 2 and figures["corpus"]["skipped"] == 0
    speed = figures["throughput"]
    assert speed["articles_per_s"] > 0 and speed["mb_per_s"] > 0 and speed["articles"] >= 2
    assert speed["articles_per_cpu_s"] > 0 and speed["first_pass_articles_per_cpu_s"] > 0
    assert figures["stages"] and all(stage["ms_per_article"] >= 0 for stage in figures["stages"].values())
    assert sum(stage["ms_per_article"] for stage in figures["stages"].values()) > 0
    assert figures["memory"]["peak_mb"] > 0
    assert [row["scale"] for row in figures["linearity"]["sizes"]] == [1, 4, 16]
    assert all(row["us_per_char"] > 0 for row in figures["linearity"]["sizes"])
    assert figures["machine"]["cores"] >= 1
