"""The metric functions, the faust sensor, consumer lag and the live feed, read back from prometheus_client's REGISTRY.

Metrics are process-wide, so every test compares values before and after what it does.
"""

from __future__ import annotations

import re
import time
from pathlib import Path
from types import SimpleNamespace
from typing import get_args

import pytest
from faust.types import TP
from prometheus_client import REGISTRY

from worker import __version__, metrics
from worker.events import digest, outbound_messages
from worker.models import (
    Actor, EnrichedArticle, Evidence, Extractor, Issue, Position, Quote, QuoteKind, Section, Speaker, Stance,
)
from worker.observer import PipelineObserver
from worker.sensor import MetricsSensor, consumer_lag
from worker.web.live import CONTEXT_CHARS, LiveFeed

ROOT = Path(__file__).resolve().parents[1]


def value(name: str, **labels: str) -> float:
    sample = REGISTRY.get_sample_value(name, labels)
    assert sample is not None, f"no sample {name}{labels}"
    return sample


def make_article(article_id: str = "a1") -> EnrichedArticle:
    body = "“We will win,” Ann Lee said. Acme Corp said taxes hurt. Ann Lee opposes the tax."
    direct = body.index("We will win,")
    indirect = body.index("taxes hurt")
    evidence = body.index("Ann Lee opposes the tax")
    ann = Actor(id="ann", name="Ann Lee", type="person", mention_count=2)
    acme = Actor(id="acme", name="Acme Corp", type="organization", mention_count=1)
    return EnrichedArticle(
        article_id=article_id,
        title="A title",
        body=body,
        extractor=Extractor(name="test", version="0"),
        sections=[Section(index=0, title=None, start=0, end=len(body))],
        quotes=[
            Quote(id="q0", kind="direct", text="We will win,", start=direct, end=direct + 12, cue="said",
                  section_index=0, speaker=Speaker(name="Ann Lee", actor_id="ann"), confidence=0.9),
            Quote(id="q1", kind="indirect", text="taxes hurt", start=indirect, end=indirect + 10, cue="said",
                  section_index=0, speaker=Speaker(name="Acme Corp", actor_id="acme"), confidence=0.7),
        ],
        actors=[ann, acme],
        positions=[
            Position(id="p0", actor_id="ann", actor_name="Ann Lee", issue=Issue(id="tax", label="Taxation"),
                     stance="oppose", evidence=Evidence(start=evidence, end=evidence + 23, text="Ann Lee opposes the tax"),
                     confidence=0.8),
        ],
    )


def test_known_series_exist_at_zero_before_anything_happens():
    exposition = metrics.exposition().decode()
    for reason in metrics.DEAD_LETTER_REASONS:
        assert f'newswire_articles_dead_lettered_total{{reason="{reason}"}}' in exposition
    for kind in get_args(QuoteKind):
        assert f'newswire_quotes_total{{kind="{kind}"}}' in exposition
    for stance in get_args(Stance):
        assert f'newswire_positions_total{{stance="{stance}"}}' in exposition
    for role in metrics.TOPIC_ROLES:
        assert f'newswire_message_size_bytes_count{{role="{role}"}}' in exposition
    assert "process_cpu_seconds_total" in exposition  # prometheus_client's default process collector


def test_every_reason_the_worker_dead_letters_with_is_initialised():
    sources = "".join((ROOT / "worker" / name).read_text()
                      for name in ("codec.py", "exceptions.py", "app.py", "pipeline.py", "transactional.py"))
    raised = set(re.findall(r'UnprocessableMessage\(\s*"(\w+)"', sources))
    raised |= set(re.findall(r'(?:dead_letter|Rejected)\([^)]*"(\w+)"', sources))
    raised |= set(re.findall(r'super\(\).__init__\(\s*"(\w+)"', sources))
    assert {"invalid_json", "extraction_error", "publish_error"} <= raised, "the patterns no longer match the sources"
    assert raised <= set(metrics.DEAD_LETTER_REASONS)


def test_build_info_carries_the_version():
    assert value("newswire_build_info", version=__version__, faust_version=metrics.faust.__version__,
                 python_version=metrics.platform.python_version()) == 1


def test_record_enriched_counts_contents_sizes_and_latency():
    article = make_article()
    published = outbound_messages(article)
    before = {
        "enriched": value("newswire_articles_enriched_total"),
        "direct": value("newswire_quotes_total", kind="direct"),
        "indirect": value("newswire_quotes_total", kind="indirect"),
        "mixed": value("newswire_quotes_total", kind="mixed"),
        "oppose": value("newswire_positions_total", stance="oppose"),
        "person": value("newswire_actors_total", type="person"),
        "organization": value("newswire_actors_total", type="organization"),
        "quote_messages": value("newswire_message_size_bytes_count", role="quotes"),
        "quote_bytes": value("newswire_message_size_bytes_sum", role="quotes"),
        "latency_count": value("newswire_end_to_end_latency_seconds_count"),
        "latency_sum": value("newswire_end_to_end_latency_seconds_sum"),
        "latency_le_5": value("newswire_end_to_end_latency_seconds_bucket", le="5.0"),
        "latency_le_2_5": value("newswire_end_to_end_latency_seconds_bucket", le="2.5"),
    }
    metrics.record_enriched(digest(article), [(msg.role, len(msg.value)) for msg in published], raw_timestamp=1000.0, now=1003.0)

    assert value("newswire_articles_enriched_total") == before["enriched"] + 1
    assert value("newswire_quotes_total", kind="direct") == before["direct"] + 1
    assert value("newswire_quotes_total", kind="indirect") == before["indirect"] + 1
    assert value("newswire_quotes_total", kind="mixed") == before["mixed"]
    assert value("newswire_positions_total", stance="oppose") == before["oppose"] + 1
    assert value("newswire_actors_total", type="person") == before["person"] + 1
    assert value("newswire_actors_total", type="organization") == before["organization"] + 1
    quote_messages = [msg for msg in published if msg.role == "quotes"]
    assert value("newswire_message_size_bytes_count", role="quotes") == before["quote_messages"] + len(quote_messages)
    assert value("newswire_message_size_bytes_sum", role="quotes") == before["quote_bytes"] + sum(
        len(msg.value) for msg in quote_messages)
    assert value("newswire_end_to_end_latency_seconds_count") == before["latency_count"] + 1
    assert value("newswire_end_to_end_latency_seconds_sum") == pytest.approx(before["latency_sum"] + 3.0)
    assert value("newswire_end_to_end_latency_seconds_bucket", le="5.0") == before["latency_le_5"] + 1
    assert value("newswire_end_to_end_latency_seconds_bucket", le="2.5") == before["latency_le_2_5"]


def test_no_latency_without_a_raw_timestamp():
    before = value("newswire_end_to_end_latency_seconds_count")
    metrics.record_enriched(digest(make_article()), [], raw_timestamp=None)
    assert value("newswire_end_to_end_latency_seconds_count") == before


def test_dead_letters_count_by_reason_and_size():
    before_json = value("newswire_articles_dead_lettered_total", reason="invalid_json")
    before_empty = value("newswire_articles_dead_lettered_total", reason="empty")
    before_bytes = value("newswire_message_size_bytes_sum", role="dlq")
    metrics.record_dead_letter("invalid_json", 17)
    assert value("newswire_articles_dead_lettered_total", reason="invalid_json") == before_json + 1
    assert value("newswire_articles_dead_lettered_total", reason="empty") == before_empty
    assert value("newswire_message_size_bytes_sum", role="dlq") == before_bytes + 17


def test_in_flight_rises_during_the_block_and_falls_even_on_error():
    consumed = value("newswire_articles_consumed_total")
    raw_bytes = value("newswire_message_size_bytes_sum", role="raw")
    with pytest.raises(RuntimeError):
        with metrics.message_in_flight(120):
            assert value("newswire_in_flight_messages") == 1
            raise RuntimeError("boom")
    assert value("newswire_in_flight_messages") == 0
    assert value("newswire_articles_consumed_total") == consumed + 1
    assert value("newswire_message_size_bytes_sum", role="raw") == raw_bytes + 120


def test_extraction_timer_observes_seconds():
    count = value("newswire_extraction_duration_seconds_count")
    total = value("newswire_extraction_duration_seconds_sum")
    with metrics.extraction_timer():
        time.sleep(0.05)
    assert value("newswire_extraction_duration_seconds_count") == count + 1
    assert 0.05 <= value("newswire_extraction_duration_seconds_sum") - total < 1.0


def test_send_errors_count_by_role():
    before = value("newswire_producer_send_errors_total", role="quotes")
    metrics.record_send_error("quotes")
    assert value("newswire_producer_send_errors_total", role="quotes") == before + 1


def test_lag_series_follow_the_assignment():
    metrics.set_consumer_lag({("raw", 0): 5, ("raw", 1): 0})
    assert value("newswire_consumer_lag_messages", topic="raw", partition="0") == 5
    metrics.set_consumer_lag({("raw", 1): 3})
    assert REGISTRY.get_sample_value("newswire_consumer_lag_messages", {"topic": "raw", "partition": "0"}) is None
    assert value("newswire_consumer_lag_messages", topic="raw", partition="1") == 3
    metrics.set_consumer_lag({})


def test_consumer_lag_is_end_offset_minus_committed_offset():
    raw0, raw1, raw2, other = TP("raw", 0), TP("raw", 1), TP("raw", 2), TP("positions", 0)
    highwaters = {raw0: 10, raw1: 7, raw2: None, other: 50}
    consumer = SimpleNamespace(
        assignment=lambda: {raw0, raw1, raw2, other},
        highwater=lambda tp: highwaters[tp],
        _committed_offset={raw0: 4, other: 1},
    )
    assert consumer_lag(consumer, ["raw"]) == {("raw", 0): 6, ("raw", 1): 7}


def test_sensor_reports_commit_latency_in_seconds_and_rebalances():
    sensor = MetricsSensor()
    commits = value("newswire_commit_latency_seconds_count")
    commit_seconds = value("newswire_commit_latency_seconds_sum")
    rebalances = value("newswire_rebalances_total")
    state = sensor.on_commit_initiated(consumer=None)
    time.sleep(0.02)
    sensor.on_commit_completed(consumer=None, state=state)
    assert sensor.on_rebalance_start(app=None)  # faust warns about a falsy sensor state
    assert value("newswire_commit_latency_seconds_count") == commits + 1
    assert 0.02 <= value("newswire_commit_latency_seconds_sum") - commit_seconds < 1.0
    assert value("newswire_rebalances_total") == rebalances + 1


class FakeClock:
    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def test_live_feed_keeps_a_bounded_ring_and_per_second_history():
    clock = FakeClock(1000.0)
    feed = LiveFeed(capacity=3, history_seconds=10, clock=clock)
    for index in range(5):
        feed.record_consumed()
        feed.record_enriched(digest(make_article(f"a{index}")), latency_seconds=0.5 + index)
        clock.now += 1
    feed.record_consumed()
    feed.record_dead_letter("invalid_json")

    summary = feed.summary({("raw", 1): 2, ("raw", 0): 3})
    assert [card["article_id"] for card in summary["articles"]] == ["a4", "a3", "a2"]
    assert summary["totals"] == {"consumed": 6, "enriched": 5, "dead_lettered": 1}
    assert summary["dead_letters"] == {"invalid_json": 1}
    assert summary["lag"] == {"total": 5, "partitions": [{"topic": "raw", "partition": 0, "lag": 3},
                                                         {"topic": "raw", "partition": 1, "lag": 2}]}
    history = summary["history"]
    assert len(history) == 10 and history[-1]["t"] == 1005
    assert [bucket["enriched"] for bucket in history[-6:]] == [1, 1, 1, 1, 1, 0]
    assert history[-1]["dead_lettered"] == 1 and history[-1]["latency_avg"] is None
    assert history[-2]["latency_avg"] == pytest.approx(4.5)
    assert summary["top_actors"][0] == {"name": "Ann Lee", "type": "person", "articles": 5}
    assert summary["top_issues"] == [{"label": "Taxation", "positions": 5}]

    clock.now += 30
    assert sum(bucket["enriched"] for bucket in feed.summary({})["history"]) == 0


def test_live_feed_cards_show_each_quote_in_its_context_with_its_speaker():
    article = make_article()
    feed = LiveFeed()
    feed.record_enriched(digest(article), latency_seconds=None)
    card = feed.summary({})["articles"][0]
    assert card["quote_count"] == 2
    for shown, quote in zip(card["quotes"], article.quotes):
        assert shown["text"] == quote.text and shown["speaker"] == quote.speaker.name and shown["kind"] == quote.kind
        assert shown["before"] + shown["text"] + shown["after"] in article.body
        assert len(shown["before"]) <= CONTEXT_CHARS and len(shown["after"]) <= CONTEXT_CHARS
    assert card["positions"] == [{"actor": "Ann Lee", "issue": "Taxation", "stance": "oppose"}]


def test_observer_feeds_metrics_and_the_live_page_together():
    observer = PipelineObserver()
    article = make_article()
    enriched = value("newswire_articles_enriched_total")
    dead = value("newswire_articles_dead_lettered_total", reason="too_large")
    with observer.message_in_flight(b"raw bytes"):
        observer.article_enriched(digest(article), outbound_messages(article), raw_timestamp=time.time() - 1)
    observer.dead_lettered("too_large", b"x" * 10)
    summary = observer.feed.summary({})
    assert summary["totals"] == {"consumed": 1, "enriched": 1, "dead_lettered": 1}
    assert 1.0 <= summary["articles"][0]["latency_seconds"] < 5.0
    assert value("newswire_articles_enriched_total") == enriched + 1
    assert value("newswire_articles_dead_lettered_total", reason="too_large") == dead + 1
