"""One hash of the enriched output of many texts: a refactor or speed change must leave it unchanged.

Usage: ``PYTHONPATH=. .venv/bin/python scripts/output_hash.py [FILE.jsonl ...]``. Each line of a file is an article
with ``text`` or ``body`` (the Wikinews corpus, the gold files, the annotated dev sets); ``seeds/*.txt`` are always
included. Without files it reads the corpus and gold beside the project (``../shared``) and the annotated dev sets.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

from worker.extract import enrich
from worker.models import RawArticle

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FILES = [
    ROOT.parent / "shared/corpus/wikinews/articles.jsonl",
    ROOT.parent / "shared/gold/ggt-dev.jsonl",
    ROOT.parent / "shared/gold/seed.jsonl",
    ROOT / "tests/data/wikinews-annotated/dev.jsonl",
    ROOT / "tests/data/wikinews-annotated/dev2.jsonl",
]


def main(paths: list[Path]) -> None:
    digest = hashlib.sha256()
    count = 0
    for path in paths:
        for line in path.open():
            if not line.strip():
                continue
            record = json.loads(line)
            article = enrich(RawArticle(id=str(record.get("id") or "x"), body=record.get("text") or record["body"]))
            digest.update(article.model_dump_json().encode())
            count += 1
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        digest.update(enrich(RawArticle(id="s", body=seed.read_text())).model_dump_json().encode())
        count += 1
    print(count, digest.hexdigest())


if __name__ == "__main__":
    main([Path(argument) for argument in sys.argv[1:]] or DEFAULT_FILES)
