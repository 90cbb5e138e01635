"""Reading article files (.txt, .json, .jsonl or '-') into raw message values, with where each came from."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

SUFFIXES = (".txt", ".json", ".jsonl")


@dataclass(frozen=True)
class ArticleRecord:
    """One article's raw message value and its origin (file and line) for error messages."""

    origin: str
    value: bytes


def expand_paths(paths: list[str]) -> list[str]:
    """Files named, and the article files inside folders named, in a stable order."""
    found: list[str] = []
    for name in paths:
        path = Path(name)
        if name != "-" and path.is_dir():
            found += sorted(str(p) for p in path.rglob("*") if p.suffix in SUFFIXES and p.is_file())
        else:
            found.append(name)
    return found


def read_records(path: str) -> Iterator[ArticleRecord]:
    """The articles in one file: a .txt is one body; .json one object; .jsonl (and '-') one object per line."""
    if path == "-":
        yield from _one_per_line("<stdin>", sys.stdin.buffer.read())
        return
    data = Path(path).read_bytes()
    if path.endswith(".jsonl"):
        yield from _one_per_line(path, data)
    else:
        yield ArticleRecord(path, data)


def _one_per_line(name: str, data: bytes) -> Iterator[ArticleRecord]:
    """One record per non-blank line of ``data``, its origin the file ``name`` and the line's number."""
    for number, line in enumerate(data.splitlines(), start=1):
        if line.strip():
            yield ArticleRecord(f"{name}:{number}", line)

