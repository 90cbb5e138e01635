"""Pure scoring of extracted articles against gold annotations, as the gold README defines it.

- Quotes match per article when the predicted span covers at least ``threshold`` of the gold span,
  one-to-one, greedy by largest overlap. "All" ignores kinds; per kind, direct gold quotes are matched
  only by direct or mixed predictions and indirect gold quotes only by indirect or mixed predictions,
  and precision counts the predictions of those kinds.
- Speaker accuracy is over matched quotes whose gold speaker is not null; strict compares normalised whole
  names (or aliases), lenient their last words. A third, diagnostic figure (not in the gold README) is strict
  with a leading "the" ignored on both sides: annotations disagree on it ("the Senate" or "Senate"), and it shows
  how much of a strict gap is that convention.
- Attributed: a gold quote is found only when matched and its speaker strictly right.
- Sections match on (normalised title, body start); positions on lenient actor, overlapping evidence and
  equal stance (one-to-one, greedy by largest overlap).

Counts are summed over articles (micro averages). Nothing here reads files or runs the extractor.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from worker.evaluation.gold import GoldArticle, GoldPosition, GoldQuote
from worker.models import EnrichedArticle, Position, Quote

THRESHOLDS = (0.3, 0.8)

_POSSESSIVE = re.compile(r"['’]s\b")
_WHITESPACE = re.compile(r"\s+")
_LEADING_ARTICLE = re.compile(r"^the ")


@dataclass(frozen=True)
class Counts:
    """Matched, predicted and gold counts, with the precision, recall and F1 they give."""

    matched: int = 0
    predicted: int = 0
    gold: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.matched + other.matched, self.predicted + other.predicted, self.gold + other.gold)

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class Ratio:
    """How many of ``total`` cases were right."""

    correct: int = 0
    total: int = 0

    def __add__(self, other: Ratio) -> Ratio:
        return Ratio(self.correct + other.correct, self.total + other.total)

    @property
    def value(self) -> float:
        return self.correct / self.total if self.total else 0.0


@dataclass(frozen=True)
class QuoteScores:
    """Quote figures at one overlap threshold."""

    threshold: float
    all: Counts = Counts()
    direct: Counts = Counts()
    indirect: Counts = Counts()
    speaker_strict: Ratio = Ratio()
    speaker_lenient: Ratio = Ratio()
    speaker_no_article: Ratio = Ratio()
    attributed: Counts = Counts()

    def __add__(self, other: QuoteScores) -> QuoteScores:
        return QuoteScores(
            threshold=self.threshold,
            all=self.all + other.all,
            direct=self.direct + other.direct,
            indirect=self.indirect + other.indirect,
            speaker_strict=self.speaker_strict + other.speaker_strict,
            speaker_lenient=self.speaker_lenient + other.speaker_lenient,
            speaker_no_article=self.speaker_no_article + other.speaker_no_article,
            attributed=self.attributed + other.attributed,
        )


@dataclass(frozen=True)
class Scores:
    """Every figure for a set of articles; sections and positions only over articles that annotate them."""

    articles: int = 0
    quotes: tuple[QuoteScores, ...] = tuple(QuoteScores(t) for t in THRESHOLDS)
    sections: Counts = Counts()
    sections_articles: int = 0
    positions: Counts = Counts()
    positions_articles: int = 0

    def __add__(self, other: Scores) -> Scores:
        return Scores(
            articles=self.articles + other.articles,
            quotes=tuple(a + b for a, b in zip(self.quotes, other.quotes, strict=True)),
            sections=self.sections + other.sections,
            sections_articles=self.sections_articles + other.sections_articles,
            positions=self.positions + other.positions,
            positions_articles=self.positions_articles + other.positions_articles,
        )


@dataclass(frozen=True)
class QuoteErrors:
    """What went wrong with the quotes of one article at one threshold."""

    misses: tuple[GoldQuote, ...] = ()
    false_positives: tuple[Quote, ...] = ()
    wrong_speakers: tuple[tuple[GoldQuote, Quote], ...] = field(default=())


# --- names -----------------------------------------------------------------------------------------


def normalise_name(name: str) -> str:
    """Case-folded, accents and punctuation stripped, possessive 's dropped, spaces collapsed.

    Apostrophes vanish ("O'Brien" -> "obrien"); other punctuation and symbols separate words.
    """
    name = _POSSESSIVE.sub("", name)
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    kept = "".join(
        " " if unicodedata.category(char).startswith(("P", "S")) else char
        for char in decomposed
        if not unicodedata.combining(char) and char not in "'’"
    )
    return _WHITESPACE.sub(" ", kept).strip()


def _last_word(name: str) -> str:
    words = normalise_name(name).split(" ")
    return words[-1]


def speaker_strictly_right(predicted: str | None, gold: str, aliases: Iterable[str] = ()) -> bool:
    """The predicted name equals the gold name or an alias after normalisation."""
    if predicted is None:
        return False
    target = normalise_name(predicted)
    return bool(target) and any(target == normalise_name(name) for name in (gold, *aliases))


def speaker_right_ignoring_article(predicted: str | None, gold: str, aliases: Iterable[str] = ()) -> bool:
    """Strictly right once a leading "the" is dropped from both names (a diagnostic, not a gold README figure)."""
    if predicted is None:
        return False
    target = _LEADING_ARTICLE.sub("", normalise_name(predicted))
    return bool(target) and any(target == _LEADING_ARTICLE.sub("", normalise_name(name)) for name in (gold, *aliases))


def speaker_leniently_right(predicted: str | None, gold: str, aliases: Iterable[str] = ()) -> bool:
    """The last word of the predicted name equals that of the gold name or an alias after normalisation."""
    if predicted is None:
        return False
    target = _last_word(predicted)
    return bool(target) and any(target == _last_word(name) for name in (gold, *aliases))


# --- matching --------------------------------------------------------------------------------------


def overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    """Characters shared by two half-open spans."""
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def greedy_match(candidates: Iterable[tuple[int, int, int]]) -> list[tuple[int, int]]:
    """One-to-one (gold, predicted) index pairs from (overlap, gold, predicted) candidates, largest overlap first.

    Ties go to the earlier gold, then the earlier prediction, so the result is deterministic.
    """
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _, g, p in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
        if g not in used_gold and p not in used_pred:
            used_gold.add(g)
            used_pred.add(p)
            pairs.append((g, p))
    return sorted(pairs)


def match_quotes(
    gold: Sequence[GoldQuote],
    predicted: Sequence[Quote],
    threshold: float,
    compatible: Callable[[GoldQuote, Quote], bool] = lambda g, p: True,
) -> list[tuple[int, int]]:
    """(gold index, predicted index) pairs where the prediction covers >= threshold of the gold span."""
    candidates = []
    for g, gq in enumerate(gold):
        length = gq.end - gq.start
        for p, pq in enumerate(predicted):
            shared = overlap(gq.start, gq.end, pq.start, pq.end)
            if length > 0 and shared > 0 and shared / length >= threshold and compatible(gq, pq):
                candidates.append((shared, g, p))
    return greedy_match(candidates)


_OPENING_MARKS = frozenset("\"'“‘«„‹「『")


def _scored_kind(quote: Quote, matched_gold: GoldQuote | None) -> str:
    """The gold kind a prediction answers for in the per-kind figures.

    A mixed quote is one prediction, so it counts once: as the kind of the gold quote it matched, else by the gold
    files' own convention (a quote that begins without a quotation mark is "indirect").
    """
    if quote.kind != "mixed":
        return quote.kind
    if matched_gold is not None:
        return matched_gold.kind
    return "direct" if quote.text[:1] in _OPENING_MARKS else "indirect"


def _kind_counts(
    gold: Sequence[GoldQuote], predicted: Sequence[Quote], pairs: Sequence[tuple[int, int]], kind: str, threshold: float
) -> Counts:
    matched = {p: gold[g] for g, p in pairs}
    gold_of_kind = [q for q in gold if q.kind == kind]
    predicted_of_kind = [q for i, q in enumerate(predicted) if _scored_kind(q, matched.get(i)) == kind]
    kind_pairs = match_quotes(gold_of_kind, predicted_of_kind, threshold)
    return Counts(len(kind_pairs), len(predicted_of_kind), len(gold_of_kind))


def _speaker_name(quote: Quote) -> str | None:
    return quote.speaker.name if quote.speaker else None


def score_quotes(gold: Sequence[GoldQuote], predicted: Sequence[Quote], threshold: float) -> QuoteScores:
    """All quote figures of one article at one threshold."""
    pairs = match_quotes(gold, predicted, threshold)
    strict = lenient = no_article = with_speaker = attributed = 0
    for g, p in pairs:
        gq, name = gold[g], _speaker_name(predicted[p])
        if gq.speaker is None:
            attributed += name is None
            continue
        with_speaker += 1
        right = speaker_strictly_right(name, gq.speaker, gq.speaker_aliases)
        strict += right
        attributed += right
        lenient += speaker_leniently_right(name, gq.speaker, gq.speaker_aliases)
        no_article += speaker_right_ignoring_article(name, gq.speaker, gq.speaker_aliases)
    return QuoteScores(
        threshold=threshold,
        all=Counts(len(pairs), len(predicted), len(gold)),
        direct=_kind_counts(gold, predicted, pairs, "direct", threshold),
        indirect=_kind_counts(gold, predicted, pairs, "indirect", threshold),
        speaker_strict=Ratio(strict, with_speaker),
        speaker_lenient=Ratio(lenient, with_speaker),
        speaker_no_article=Ratio(no_article, with_speaker),
        attributed=Counts(attributed, len(predicted), len(gold)),
    )


def quote_errors(gold: Sequence[GoldQuote], predicted: Sequence[Quote], threshold: float) -> QuoteErrors:
    """Missed gold quotes, unmatched predictions, and matched quotes whose speaker is not strictly right."""
    pairs = match_quotes(gold, predicted, threshold)
    matched_gold = {g for g, _ in pairs}
    matched_pred = {p for _, p in pairs}
    return QuoteErrors(
        misses=tuple(q for i, q in enumerate(gold) if i not in matched_gold),
        false_positives=tuple(q for i, q in enumerate(predicted) if i not in matched_pred),
        wrong_speakers=tuple(
            (gold[g], predicted[p])
            for g, p in pairs
            if gold[g].speaker is not None
            and not speaker_strictly_right(_speaker_name(predicted[p]), gold[g].speaker, gold[g].speaker_aliases)
        ),
    )


# --- sections and positions --------------------------------------------------------------------------


def _skip_space(text: str, offset: int) -> int:
    while offset < len(text) and text[offset].isspace():
        offset += 1
    return offset


def score_sections(gold: GoldArticle, predicted: EnrichedArticle) -> Counts:
    """(title, body start) pairs in common; titles normalised like names, starts compared past whitespace."""
    assert gold.sections is not None

    def key(title: str | None, start: int) -> tuple[str | None, int]:
        return (None if title is None else normalise_name(title), _skip_space(gold.text, start))

    gold_keys = {key(s.title, s.body_start) for s in gold.sections}
    predicted_keys = {key(s.title, s.start) for s in predicted.sections}
    return Counts(len(gold_keys & predicted_keys), len(predicted_keys), len(gold_keys))


def match_positions(gold: Sequence[GoldPosition], predicted: Sequence[Position]) -> list[tuple[int, int]]:
    """(gold, predicted) pairs: lenient actor, overlapping evidence, equal stance; greedy by largest overlap."""
    candidates = []
    for g, gp in enumerate(gold):
        for p, pp in enumerate(predicted):
            shared = overlap(gp.evidence_start, gp.evidence_end, pp.evidence.start, pp.evidence.end)
            if shared > 0 and gp.stance == pp.stance and speaker_leniently_right(pp.actor_name, gp.actor):
                candidates.append((shared, g, p))
    return greedy_match(candidates)


def score_positions(gold: Sequence[GoldPosition], predicted: Sequence[Position]) -> Counts:
    return Counts(len(match_positions(gold, predicted)), len(predicted), len(gold))


# --- articles ----------------------------------------------------------------------------------------


def score_article(gold: GoldArticle, predicted: EnrichedArticle) -> Scores:
    """Every figure for one article and its extraction."""
    return Scores(
        articles=1,
        quotes=tuple(score_quotes(gold.quotes, predicted.quotes, t) for t in THRESHOLDS),
        sections=score_sections(gold, predicted) if gold.sections is not None else Counts(),
        sections_articles=int(gold.sections is not None),
        positions=score_positions(gold.positions, predicted.positions) if gold.positions is not None else Counts(),
        positions_articles=int(gold.positions is not None),
    )


def total(scores: Iterable[Scores]) -> Scores:
    """The micro-averaged sum of per-article scores."""
    result = Scores()
    for score in scores:
        result = result + score
    return result
