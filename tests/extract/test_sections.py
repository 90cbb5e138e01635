"""Sections from plain-text heading lines and from HTML headings."""

from __future__ import annotations

from worker.extract import enrich
from worker.extract.sections import split_sections
from worker.models import RawArticle

PROSE = "The council met on Tuesday and discussed the budget for the coming year in great detail with residents."


def titles(body: str) -> list[str | None]:
    return [section.title for section in split_sections(body)]


def test_dash_markdown_and_capital_headings_open_sections():
    body = f"{PROSE}\n–Budget talks–\n{PROSE}\n## Next steps\n{PROSE}\nREACTIONS\n{PROSE}\n–Mayor: no new taxes-\n{PROSE}\n"
    assert titles(body) == [None, "Budget talks", "Next steps", "REACTIONS", "Mayor: no new taxes"]


def test_offsets_point_at_heading_and_body():
    body = f"{PROSE}\nShort title line\n{PROSE}\n"
    lead, section = split_sections(body)
    assert lead.start == 0 and lead.end == section.heading_start
    assert body[section.heading_start : section.start] == "Short title line\n"
    assert body[section.start :].startswith("The council")


def test_sentences_and_lines_before_short_text_are_not_headings():
    body = f"{PROSE}\nThe vote was close.\n{PROSE}\nA line without a paragraph after\nshort"
    assert titles(body) == [None]


def test_html_headings_become_sections_of_the_extracted_text():
    article = enrich(
        RawArticle(
            id="h",
            content_type="text/html",
            body="<h1>Headline</h1><p>First &amp; lead paragraph.</p><h2>Reactions</h2><p>Second paragraph.</p><script>x()</script>",
        )
    )
    assert article.body == "Headline\nFirst & lead paragraph.\nReactions\nSecond paragraph."
    assert [section.title for section in article.sections] == [None, "Reactions"]
    assert article.body[article.sections[1].start :] == "Second paragraph."


def test_a_dateline_on_the_first_line_is_not_part_of_the_lead():
    for dateline in ("Friday, January 4, 2019\xa0", "4 January 2019", "2019-01-04", "Tuesday, Sept. 3, 2019"):
        body = f"{dateline}\n\n\n{PROSE}\n"
        [lead] = split_sections(body)
        assert body[lead.start :].startswith("The council met"), dateline
    for first_line in ("January 2019 was cold, the council said.", "Friday, we met.", PROSE):
        assert split_sections(f"{first_line}\n\n{PROSE}\n")[0].start == 0, first_line
