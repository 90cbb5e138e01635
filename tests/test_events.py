import json

from worker.events import outbound_messages
from worker.extract import enrich
from worker.models import EnrichedArticle, QuoteEvent, RawArticle

BODY = "Minister Jane Roe spoke on Monday.\n“We will build the bridge,” Jane Roe said.\n“It is too costly,” said Tom Poe."


def test_one_event_per_quote_then_the_article_with_deterministic_ids():
    article = enrich(RawArticle(id="art-1", body=BODY))
    messages = outbound_messages(article)
    quotes = [m for m in messages if m.role == "quotes"]
    assert len(quotes) == len(article.quotes) >= 2
    assert messages[-1].role == "enriched"
    assert EnrichedArticle.model_validate_json(messages[-1].value) == article
    events = [QuoteEvent.model_validate_json(m.value) for m in quotes]
    assert {m.key for m in quotes} == {b"art-1"}
    assert len({e.event_id for e in events}) == len(events)
    again = [json.loads(m.value)["event_id"] for m in outbound_messages(enrich(RawArticle(id="art-1", body=BODY)))
             if m.role == "quotes"]
    assert again == [e.event_id for e in events]
    changed = outbound_messages(enrich(RawArticle(id="art-1", body=BODY + " More.")))
    assert json.loads(changed[0].value)["event_id"] != events[0].event_id
