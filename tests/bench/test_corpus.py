from __future__ import annotations

from worker.bench.corpus import Corpus
from worker.bench.latency import SHUFFLE_SEED
from worker.models import RawArticle


def _corpus(count: int) -> Corpus:
    return Corpus([RawArticle(id=f"a{number}", body="x" * (number + 1)) for number in range(count)], skipped=3)


def test_shuffled_keeps_every_article_in_an_order_fixed_by_the_seed():
    corpus = _corpus(40)
    once, again, other = corpus.shuffled(1), corpus.shuffled(1), corpus.shuffled(2)
    ids = [article.id for article in corpus.articles]
    assert sorted(article.id for article in once.articles) == sorted(ids)
    assert [a.id for a in once.articles] == [a.id for a in again.articles]
    assert [a.id for a in once.articles] != ids
    assert [a.id for a in once.articles] != [a.id for a in other.articles]
    assert once.skipped == 3 and once.chars == corpus.chars


def test_shuffled_spreads_a_run_of_long_articles():
    # ten long articles side by side among a hundred: shuffled, no window of ten holds more than half of them
    corpus = Corpus(
        [RawArticle(id=f"a{n}", body="long " * 1000 if 40 <= n < 50 else "short") for n in range(100)], skipped=0
    )
    long_flags = [len(article.body) > 100 for article in corpus.shuffled(SHUFFLE_SEED).articles]
    assert max(sum(long_flags[start : start + 10]) for start in range(91)) <= 5
