"""Quotes with speakers through ``enrich``: cues before, after and inside quotes, pronouns, roles, groups,
reported speech, mixed quotes and scare quotes. The articles are written for these tests."""

from __future__ import annotations

from worker.extract import enrich
from worker.models import RawArticle

ARTICLE = (
    "Finnish Foreign Minister Aino Virtanen said on Monday that the border must stay open.\n"
    "“We will not close it. Trade matters to everyone,” Virtanen said.\n"
    "“Nobody wants that.”\n"
    "She stressed that talks would continue next week.\n"
    "The Finnish foreign minister described the meeting as “difficult but useful”.\n"
    "Prices will rise again, Virtanen told reporters.\n"
    "Critics called it a “magic” solution.\n"
)


def quotes(body: str):
    return enrich(RawArticle(id="t", body=body)).quotes


def by_text(body: str, fragment: str):
    found = [quote for quote in quotes(body) if fragment in quote.text]
    assert found, f"no quote containing {fragment!r}"
    return found[0]


def test_direct_quote_speaker_after_the_quote_is_the_fullest_name():
    quote = by_text(ARTICLE, "We will not close it")
    assert quote.kind == "direct"
    assert quote.speaker is not None and quote.speaker.name == "Aino Virtanen"
    assert quote.speaker.actor_id is not None
    assert quote.id == "t:q" + str(quotes(ARTICLE).index(quote))


def test_reported_speech_keeps_only_the_content():
    quote = by_text(ARTICLE, "the border must stay open")
    assert quote.kind == "indirect"
    assert quote.text == "the border must stay open"
    assert quote.cue == "said"


def test_pronoun_resolves_to_the_last_person():
    quote = by_text(ARTICLE, "talks would continue")
    assert quote.speaker is not None and quote.speaker.name == "Aino Virtanen"
    assert quote.speaker.mention is not None and quote.speaker.mention.text == "She"


def test_role_noun_resolves_through_the_title():
    quote = by_text(ARTICLE, "difficult but useful")
    assert quote.speaker is not None and quote.speaker.name == "Aino Virtanen"


def test_content_before_the_cue():
    quote = by_text(ARTICLE, "Prices will rise again")
    assert quote.kind == "indirect" and quote.text == "Prices will rise again"
    assert quote.speaker is not None and quote.speaker.name == "Aino Virtanen"


def test_a_quote_without_cue_continues_the_previous_speaker_with_less_confidence():
    quote = by_text(ARTICLE, "Nobody wants that")
    first = by_text(ARTICLE, "We will not close it")
    assert quote.speaker is not None and quote.speaker.name == "Aino Virtanen"
    assert quote.confidence < first.confidence


def test_scare_quotes_are_not_quotes():
    assert not [quote for quote in quotes(ARTICLE) if quote.text == "magic"]


def test_quoted_words_in_reported_content_make_one_mixed_quote():
    body = "Mayor Jon Berg said the plan was “unrealistic and far too expensive” for the city."
    found = quotes(body)
    assert [quote.kind for quote in found] == ["mixed"]
    assert "unrealistic" in found[0].text and found[0].text.startswith("the plan")


def test_colon_introduces_a_quote_and_statements_speak_for_their_group():
    body = (
        "Leading European powers have said they want a seat at the table.\n"
        "The joint statement reads:\n"
        "“We stand ready to help and we remain committed to peace in the region.”\n"
    )
    quote = by_text(body, "We stand ready")
    assert quote.speaker is not None and quote.speaker.name == "Leading European powers"


def test_according_to():
    quote = by_text("According to Jon Berg, the bridge will open in May.", "bridge")
    assert quote.kind == "indirect" and quote.text == "the bridge will open in May"
    assert quote.speaker is not None and quote.speaker.name == "Jon Berg"
