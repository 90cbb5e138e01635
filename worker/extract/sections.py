"""Sections: the untitled lead, then one section per heading line."""

from __future__ import annotations

import re

from worker.models import Section

# A heading line framed by dashes, as wire copy writes them: "–Heading–" or "–Heading-".
_DASH_HEADING = re.compile(r"^[ \t]*[–—-][ \t]*(?P<title>[^\n]{1,200}?)[ \t]*[–—-][ \t]*$", re.MULTILINE)


def split_sections(body: str) -> list[Section]:
    """Split ``body`` at heading lines; section 0 is the lead before the first heading (title null)."""
    sections: list[Section] = []
    lead_end = len(body)
    headings = list(_DASH_HEADING.finditer(body))
    if headings:
        lead_end = headings[0].start()
    sections.append(Section(index=0, title=None, heading_start=None, start=0, end=lead_end))
    for number, match in enumerate(headings, start=1):
        body_start = match.end() + 1 if match.end() < len(body) else match.end()
        end = headings[number].start() if number < len(headings) else len(body)
        sections.append(
            Section(index=number, title=match.group("title"), heading_start=match.start(), start=body_start, end=end)
        )
    return sections


def section_index_at(sections: list[Section], offset: int) -> int:
    """The index of the section that contains ``offset``."""
    index = 0
    for section in sections:
        if (section.heading_start if section.heading_start is not None else section.start) <= offset:
            index = section.index
    return index
