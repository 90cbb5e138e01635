"""Direct quotations: text between matching quotation marks."""

from __future__ import annotations

import re
from dataclasses import dataclass

_QUOTED = re.compile(r"“(?P<curly>[^“”\n]{1,5000})”|\"(?P<straight>[^\"\n]{1,5000})\"")


@dataclass(frozen=True)
class QuoteSpan:
    start: int
    end: int


def find_direct_quotes(body: str) -> list[QuoteSpan]:
    """Spans of text inside quotation marks (the marks themselves excluded)."""
    spans = []
    for match in _QUOTED.finditer(body):
        group = "curly" if match.group("curly") is not None else "straight"
        spans.append(QuoteSpan(match.start(group), match.end(group)))
    return spans
