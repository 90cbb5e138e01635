"""Sections: the untitled lead, then one section per heading line.

A heading is a line of its own that is framed by dashes (wire copy: "–Heading–" or "–Heading-"), a Markdown
heading ("## Heading"), an ALL-CAPS subhead, or a short title-like line (few words, capitalised, no final
punctuation) between paragraphs. HTML headings arrive as known spans from ``worker.extract.html``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence

from worker.extract.text import Span
from worker.models import Section

_DASH_HEADING = re.compile(r"[ \t]{0,8}[–—-][ \t]{0,8}(?P<title>[^\n]{1,200}?)[ \t]{0,8}[–—-][ \t]{0,8}")
_MARKDOWN_HEADING = re.compile(r"[ \t]{0,3}#{1,6}[ \t]{1,8}(?P<title>[^\n]{1,200}?)[ \t#]{0,20}")
# A line can be a heading only when it starts with a dash or '#', or has two words, or an ALL-CAPS word of three
# letters: a cheap test at each line start, so bodies of many one-word lines cost no further per-line work.
_CANDIDATE_LINE = re.compile(r"[ \t]{0,8}(?:[–—#-]|[^\s]{1,60}[ \t]{1,8}[^\s]|[A-Z]{3})")
_LINE_WITH_TEXT = re.compile(r"[^\n]*?\S[^\n]*")
# A first line that holds only a date ("Friday, January 4, 2019", "4 January 2019", "2019-01-04") is the
# article's dateline: page information that the lead starts after.
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?"
_DATELINE = re.compile(
    r"[ \t\xa0]{0,8}(?:[A-Z][a-z]{2,8}\.?,?[ \t\xa0]{1,4})?"
    rf"(?:{_MONTH}[ \t\xa0]{{1,4}}\d{{1,2}},?[ \t\xa0]{{1,4}}\d{{4}}|\d{{1,2}}[ \t\xa0]{{1,4}}{_MONTH}[ \t\xa0]{{1,4}}\d{{4}}"
    r"|\d{4}-\d{2}-\d{2})[ \t\xa0]{0,8}"
)
_MAX_TITLE_WORDS = 12
_MIN_FOLLOWING_WORDS = 12


def _title_like(line: str, following: str | None) -> bool:
    """A short capitalised line without final punctuation, followed by a paragraph of prose."""
    words = line.split(None, _MAX_TITLE_WORDS)  # enough to tell a title's few words from a paragraph
    if not words or len(words) > _MAX_TITLE_WORDS or not words[0][:1].isupper():
        return False
    if line.rstrip()[-1:] in ".,;:!?\"”’)…" or following is None:
        return False
    letters = [char for char in line if char.isalpha()]
    if len(letters) >= 3 and all(char.isupper() for char in letters):
        return True  # an ALL-CAPS subhead
    return len(words) >= 2 and len(following.split(None, _MIN_FOLLOWING_WORDS - 1)) >= _MIN_FOLLOWING_WORDS


def _heading_title(body: str, line: Span, following: Span | None) -> Span | None:
    """The title span of a heading line, or None when the line is prose."""
    start, end = line
    for pattern in (_DASH_HEADING, _MARKDOWN_HEADING):
        match = pattern.fullmatch(body, start, end)
        if match:
            return match.span("title")
    text = body[start:end]
    if _title_like(text, body[following[0] : following[1]] if following else None):
        stripped = text.strip()
        offset = start + text.index(stripped)
        return offset, offset + len(stripped)
    return None


def split_sections(body: str, html_headings: Sequence[Span] | None = None) -> list[Section]:
    """Split ``body`` at heading lines; section 0 is the lead before the first heading (title null).

    ``html_headings`` (spans of heading text from HTML) replace the plain-text heading rules.
    """
    headings: list[tuple[Span, Span]] = []  # (heading line, title)
    if html_headings is not None:
        headings = [(span, span) for span in html_headings]
    else:
        first_line = _LINE_WITH_TEXT.search(body)
        for line_start in _line_starts(body, first_line.end() if first_line else len(body)):
            if not _CANDIDATE_LINE.match(body, line_start):
                continue
            line = _line_at(body, line_start)
            following = _LINE_WITH_TEXT.search(body, line[1])
            title = _heading_title(body, line, following.span() if following else None)
            if title is not None and title[1] > title[0]:
                headings.append((line, title))
    lead_end = headings[0][0][0] if headings else len(body)
    sections = [Section(index=0, title=None, heading_start=None, start=min(_lead_start(body), lead_end), end=lead_end)]
    for number, (line, title) in enumerate(headings, start=1):
        body_start = _next_line_start(body, line[1])
        end = headings[number][0][0] if number < len(headings) else len(body)
        sections.append(
            Section(
                index=number,
                title=body[title[0] : title[1]],
                heading_start=line[0],
                start=min(body_start, end),
                end=end,
            )
        )
    return sections


def _lead_start(body: str) -> int:
    """Where the lead begins: after a dateline on the first line, else at 0."""
    first_line = _LINE_WITH_TEXT.search(body)
    if first_line is None or not _DATELINE.fullmatch(body, *first_line.span()):
        return 0
    following = _LINE_WITH_TEXT.search(body, first_line.end())
    if following is None:
        return 0
    return following.start() + len(following.group()) - len(following.group().lstrip())


def _line_starts(body: str, start: int) -> Iterator[int]:
    """The offsets from ``start`` on where a line begins (at ``start`` itself only if a line begins there)."""
    if start == 0 and body:
        yield 0
    newline = body.find("\n", max(0, start - 1))
    while newline != -1:
        yield newline + 1
        newline = body.find("\n", newline + 1)


def _line_at(body: str, start: int) -> Span:
    end = body.find("\n", start)
    return start, len(body) if end == -1 else end


def _next_line_start(body: str, line_end: int) -> int:
    newline = body.find("\n", line_end)
    return len(body) if newline == -1 else newline + 1


def section_index_at(sections: list[Section], offset: int) -> int:
    """The index of the section that contains ``offset``."""
    starts = [section.heading_start if section.heading_start is not None else section.start for section in sections]
    return max(0, bisect_right(starts, offset) - 1)
