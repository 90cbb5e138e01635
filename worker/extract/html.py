"""HTML bodies reduced to plain text: one line per block, headings (h1-h3) remembered as spans.

The text is what ``EnrichedArticle.body`` carries for HTML input, so every offset refers to it. Uses the
standard library parser, which never raises on broken markup; scripts and styles are dropped.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from worker.extract.text import Span

_BLOCKS = frozenset("p div br li ul ol h1 h2 h3 h4 h5 h6 blockquote section article header footer tr table figcaption".split())
_HEADINGS = frozenset({"h1", "h2", "h3"})
_SKIPPED = frozenset({"script", "style", "noscript", "template"})
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]{1,1000}")


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[tuple[str, bool]] = []
        self.current: list[str] = []
        self.heading_depth = 0
        self.skip_depth = 0

    def _flush(self) -> None:
        text = _SPACES.sub(" ", "".join(self.current)).replace("\n", " ").strip()
        if text:
            self.lines.append((text, self.heading_depth > 0))
        self.current = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self.skip_depth += 1
        elif tag in _BLOCKS:
            self._flush()
            if tag in _HEADINGS:
                self.heading_depth += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self.skip_depth = max(0, self.skip_depth - 1)
        elif tag in _BLOCKS:
            self._flush()
            if tag in _HEADINGS:
                self.heading_depth = max(0, self.heading_depth - 1)

    def handle_data(self, data: str) -> None:
        if not self.skip_depth:
            self.current.append(data)


def html_to_text(markup: str) -> tuple[str, list[Span]]:
    """The text of ``markup`` (blocks on their own lines) and the spans of its h1-h3 headings."""
    collector = _TextCollector()
    collector.feed(markup)
    collector.close()
    collector._flush()
    parts: list[str] = []
    headings: list[Span] = []
    offset = 0
    for text, is_heading in collector.lines:
        if is_heading and offset > 0:
            headings.append((offset, offset + len(text)))
        parts.append(text)
        offset += len(text) + 1
    return "\n".join(parts), headings
