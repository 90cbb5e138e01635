"""The live page in a real headless Chromium: after the seeds are replayed it shows the seed article's quotes,
highlighted, with their speakers named. A screenshot is kept in the test's folder."""

from __future__ import annotations

import json
import shutil
import subprocess
import time
import urllib.request
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.support.worker_process import Deployment
from worker.articles import read_records
from worker.codec import decode_article
from worker.extract import enrich
from worker.web.live import QUOTES_PER_ARTICLE

pytestmark = pytest.mark.kafka

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
SEED_COUNT = sum(1 for p in SEEDS.iterdir() if p.suffix in (".txt", ".json"))
CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome")
CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--window-size=1280,1600", "--virtual-time-budget=6000")


def chromium() -> str:
    for name in CHROMIUM_NAMES:
        if path := shutil.which(name):
            return path
    pytest.skip("Chromium is not installed (apt-get install chromium)")


def run_chromium(tmp_path: Path, url: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'chromium-profile'}", *args, url],
                          capture_output=True, text=True, timeout=120)


class ArticleCards(HTMLParser):
    """Collects, per article card, the highlighted quote texts and the speaker names the page shows."""

    def __init__(self) -> None:
        super().__init__()
        self.cards: dict[str, dict[str, list[str]]] = {}
        self._card: str | None = None
        self._field: str | None = None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "article" and "data-article-id" in attributes:
            self._card = attributes["data-article-id"]
            self.cards[self._card] = {"marks": [], "speakers": []}
        elif self._card and tag == "mark":
            self._field = "marks"
        elif self._card and tag == "span" and "speaker" in (attributes.get("class") or "").split():
            self._field = "speakers"

    def handle_endtag(self, tag):
        if tag in ("mark", "span"):
            self._field = None

    def handle_data(self, data):
        if self._card and self._field:
            self.cards[self._card][self._field].append(data)


def wait_for_enriched(port: int, count: int, timeout: float = 90) -> dict:
    deadline = time.monotonic() + timeout
    summary: dict = {}
    while time.monotonic() < deadline:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/summary", timeout=5) as response:
            summary = json.loads(response.read())
        if summary["totals"]["enriched"] >= count:
            return summary
        time.sleep(0.5)
    raise AssertionError(f"only {summary.get('totals')} after {timeout}s")


def test_live_page_shows_the_seed_quotes_with_speakers(kafka_bootstrap, tmp_path):
    seed_record = next(read_records(str(SEEDS / "seed-000.txt")))
    expected = enrich(decode_article(seed_record.value, max_bytes=1 << 24, max_body_chars=1 << 24))
    shown_quotes = expected.quotes[:QUOTES_PER_ARTICLE]
    assert any(quote.kind == "direct" for quote in shown_quotes)

    deployment = Deployment(bootstrap=kafka_bootstrap, workdir=tmp_path)
    worker = deployment.start_worker()
    try:
        url = f"http://127.0.0.1:{worker.web_port}/"
        replay = deployment.cli("replay", "--quiet")
        assert replay.returncode == 0, replay.stderr.decode()
        wait_for_enriched(worker.web_port, SEED_COUNT)

        dom = run_chromium(tmp_path, url, "--dump-dom")
        assert dom.returncode == 0, dom.stderr[-2000:]
        cards = ArticleCards()
        cards.feed(dom.stdout)
        assert len(cards.cards) == SEED_COUNT, dom.stdout[:2000]
        seed_card = cards.cards[expected.article_id]
        assert seed_card["marks"] == [quote.text for quote in shown_quotes]
        named = {quote.speaker.name for quote in shown_quotes if quote.speaker}
        assert named and named <= set(seed_card["speakers"])
        assert 'id="status" class="status ok"' in dom.stdout  # the page reached /api/summary

        screenshot = tmp_path / "live-page.png"
        shot = run_chromium(tmp_path, url, f"--screenshot={screenshot}")
        assert shot.returncode == 0, shot.stderr[-2000:]
        assert screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and screenshot.stat().st_size > 20_000
        print(f"screenshot: {screenshot}")
    finally:
        worker.stop()
