"""The articles a benchmark runs on: the seeds by default, or .txt/.json/.jsonl files and folders given.

Besides the raw-article contract, records shaped like a Wikinews dump (``id, url, date, title, text``) are
accepted: ``text`` becomes the body and ``date`` the publication date. A benchmark that needs more articles than
the corpus has cycles through it, giving each copy an id of its own so every message is a distinct article.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from worker.articles import expand_paths, read_records
from worker.bench.exceptions import CorpusError
from worker.codec import decode_article
from worker.exceptions import UnprocessableMessage
from worker.models import RawArticle

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "seeds"
# Field names of other corpus shapes, mapped onto the raw-article contract.
FOREIGN_FIELDS = {"text": "body", "date": "published_at"}
LIMIT = 1 << 30  # benchmarks take what they are given: no size limit of the worker applies to reading a corpus


@dataclass(frozen=True)
class Corpus:
    """Valid articles read from files, and how many records were skipped as invalid."""

    articles: list[RawArticle]
    skipped: int

    @property
    def chars(self) -> int:
        return sum(len(article.body) for article in self.articles)

    @property
    def utf8_bytes(self) -> int:
        return sum(len(article.body.encode("utf-8", "surrogatepass")) for article in self.articles)


def add_corpus_argument(parser) -> None:
    parser.add_argument(
        "paths", nargs="*", metavar="PATH",
        help=f"article files or folders: .txt, .json, .jsonl, raw-article or Wikinews shape (default: {DEFAULT_CORPUS})",
    )


def load_corpus(paths: list[str] | None) -> Corpus:
    """Every valid article under ``paths`` (the seeds when empty); raises CorpusError when there is none."""
    names = expand_paths(paths or [str(DEFAULT_CORPUS)])
    articles: list[RawArticle] = []
    skipped = 0
    for name in names:
        try:
            records = list(read_records(name))
        except OSError as error:
            raise CorpusError(f"{name}: {error.strerror}") from None
        for record in records:
            try:
                articles.append(decode_article(as_raw_article(record.value), max_bytes=LIMIT, max_body_chars=LIMIT))
            except UnprocessableMessage:
                skipped += 1
    if not articles:
        raise CorpusError("no valid articles in " + ", ".join(names))
    return Corpus(articles, skipped)


def as_raw_article(value: bytes) -> bytes:
    """A record in the raw-article shape: JSON objects with foreign field names get ours; other values pass."""
    if not value.lstrip().startswith(b"{"):
        return value
    try:
        data = json.loads(value)
    except ValueError:
        return value
    if not isinstance(data, dict) or not any(field in data for field in FOREIGN_FIELDS):
        return value
    for foreign, ours in FOREIGN_FIELDS.items():
        if foreign in data and ours not in data:
            data[ours] = data.pop(foreign)
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


def messages(corpus: Corpus, count: int, tag: str) -> list[tuple[bytes, bytes]]:
    """``count`` raw messages (key, value) cycling through the corpus, each copy with its own id ``<id>~<tag><n>``."""
    out = []
    for number in range(count):
        article = corpus.articles[number % len(corpus.articles)]
        article_id = f"{article.article_id}~{tag}{number}"
        value = article.model_copy(update={"id": article_id}).model_dump_json(exclude_none=True).encode("utf-8")
        out.append((article_id.encode("utf-8"), value))
    return out
