"""Properties of ``enrich`` on arbitrary text: never raises, offsets valid, ids deterministic."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from worker.extract import enrich
from worker.models import RawArticle

PIECES = ["“", "”", '"', "'", "‘", "’", "«", "»", "„", " said ", " told reporters ", "according to ", "Ann Lee",
          "Foreign Minister Bo Li", "he ", ", ", ". ", "\n", "–Heading–\n", "## Title\n", "that ", "The "]
bodies = st.lists(st.sampled_from(PIECES) | st.text(max_size=6), min_size=1, max_size=60).map("".join).filter(str.strip)


@settings(max_examples=150, deadline=None)
@given(body=bodies)
def test_enrich_never_raises_and_every_offset_is_valid(body):
    article = enrich(RawArticle(id="p", body=body))
    for number, quote in enumerate(article.quotes):
        assert article.body[quote.start : quote.end] == quote.text
        assert quote.id == f"p:q{number}" and 0.0 <= quote.confidence <= 1.0
        if quote.speaker and quote.speaker.mention:
            mention = quote.speaker.mention
            assert article.body[mention.start : mention.end] == mention.text
    for section in article.sections:
        assert section.start <= section.end <= len(article.body)
    assert enrich(RawArticle(id="p", body=body)) == article
