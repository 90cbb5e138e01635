"""Would a statistical stance classifier add the positions the rules miss? A measured experiment, not a feature.

Usage: ``PYTHONPATH=. .venv/bin/python scripts/stance_classifier.py [--oracle-quotes] [--threshold P]`` (about ten
seconds). Two thirds of the gold positions the rules miss on the dev sets lie in quotes whose speaker is known, so
this trains a bag-of-words logistic regression (words with negation marked, word pairs, the cue verb; pure Python,
fixed seed) on the annotated quotes of the seed (``../shared/gold/seed.jsonl``) and the Wikinews dev sets: is a
quote a position of its speaker, and with which stance. Leaving out one set at a time, it is trained on the others
and, on the set left out, adds a position for every quote that holds none of the rules' positions when the classifier
gives "no position" a probability below ``1 - P`` (default P = 0.5). It prints the positions F1 of the rules alone
and with the classifier's additions, with (matched, predicted, gold). The held-out sets are never read.
"""

from __future__ import annotations

import argparse
import math
import random
import re
from collections import defaultdict

from worker.evaluation.command import extract, with_oracle_positions
from worker.evaluation.gold import GoldArticle, read_gold
from worker.evaluation.scoring import match_positions, overlap
from worker.models import EnrichedArticle, Evidence, Issue, Position
from paths import ROOT, SHARED

ANNOTATED = ROOT / "tests/data/wikinews-annotated"
SETS = {"seed": SHARED / "gold/seed.jsonl"} | {
    name: ANNOTATED / f"{name}.jsonl" for name in ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7")
}
CLASSES = ("none", "support", "oppose")
_TOKEN = re.compile(r"[a-z]+(?:['’]t)?|[.,;:!?]")
_NEGATORS = frozenset(("not", "no", "never", "cannot", "nothing", "nobody", "without"))

Features = frozenset[str]
Weights = dict[str, defaultdict[str, float]]


def features(text: str, cue: str | None) -> Features:
    """Words (marked NOT_ after a negator, up to the next punctuation), word pairs, the cue verb and a bias."""
    found = {"bias"}
    negated, previous = False, "<s>"
    for token in _TOKEN.findall(text.lower()):
        if token in ".,;:!?":
            negated = False
        elif token in _NEGATORS or token.endswith(("n't", "n’t")):
            negated = True
            found.add("w=" + token)
        else:
            found.add("w=" + ("NOT_" if negated else "") + token)
            found.add(f"b={previous}_{token}")
        previous = token
    if cue:
        found.add("cue=" + cue.lower())
    return frozenset(found)


def labelled_quotes(article: GoldArticle) -> list[tuple[Features, str]]:
    """Each gold quote with a speaker, labelled with the stance of its speaker's position that overlaps it, or none."""
    examples = []
    for quote in article.quotes:
        if quote.speaker:
            held = [
                gold.stance
                for gold in article.positions or ()
                if gold.actor == quote.speaker and overlap(gold.evidence_start, gold.evidence_end, quote.start, quote.end)
            ]
            examples.append((features(quote.text, quote.cue), held[0] if held else "none"))
    return examples


def probabilities(weights: Weights, found: Features) -> dict[str, float]:
    scores = {label: sum(weights[label].get(name, 0.0) for name in found) for label in CLASSES}
    top = max(scores.values())
    exponentials = {label: math.exp(score - top) for label, score in scores.items()}
    total = sum(exponentials.values())
    return {label: value / total for label, value in exponentials.items()}


def train(examples: list[tuple[Features, str]], epochs: int = 15, rate: float = 0.2, l2: float = 1e-3) -> Weights:
    """Multinomial logistic regression by stochastic gradient descent, in a fixed order per seed."""
    weights: Weights = {label: defaultdict(float) for label in CLASSES}
    order = list(examples)
    shuffle = random.Random(7).shuffle
    for _ in range(epochs):
        shuffle(order)
        for found, label in order:
            predicted = probabilities(weights, found)
            for each in CLASSES:
                gradient = (each == label) - predicted[each]
                row = weights[each]
                for name in found:
                    row[name] += rate * (gradient - l2 * row[name])
    return weights


def with_classified(weights: Weights, predicted: EnrichedArticle, threshold: float) -> list[Position]:
    """The rules' positions, plus one for each quote with a speaker that holds none of them and that the classifier
    finds a position."""
    positions = list(predicted.positions)
    for quote in predicted.quotes:
        if not quote.speaker or any(overlap(p.evidence.start, p.evidence.end, quote.start, quote.end) for p in predicted.positions):
            continue
        chances = probabilities(weights, features(quote.text, quote.cue))
        if chances["none"] < 1 - threshold:
            positions.append(
                Position(
                    id="classified-" + quote.id,
                    actor_id=quote.speaker.actor_id or quote.speaker.name,
                    actor_name=quote.speaker.name,
                    issue=Issue(id="unclassified", label="unclassified"),
                    stance="support" if chances["support"] >= chances["oppose"] else "oppose",
                    evidence=Evidence(start=quote.start, end=quote.end, text=quote.text),
                    confidence=0.5,
                )
            )
    return positions


def f1(matched: int, predicted: int, gold: int) -> float:
    return 2 * matched / (predicted + gold) if predicted + gold else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--oracle-quotes", action="store_true", help="positions from the gold quotes and actors")
    parser.add_argument("--threshold", type=float, default=0.5)
    args = parser.parse_args()
    extracted: dict[str, list[tuple[GoldArticle, EnrichedArticle]]] = {}
    for name, path in SETS.items():
        pairs = []
        for article in read_gold([path]):
            predicted = extract(article)
            pairs.append((article, with_oracle_positions(article, predicted) if args.oracle_quotes else predicted))
        extracted[name] = pairs
    print(f"{'left out':8} {'rules F1':>8} {'(m, p, g)':>15} {'+classifier':>11} {'(m, p, g)':>15}")
    for left_out, pairs in extracted.items():
        weights = train([e for name, others in extracted.items() if name != left_out for a, _ in others for e in labelled_quotes(a)])
        rules, added = [0, 0, 0], [0, 0, 0]
        for article, predicted in pairs:
            gold = article.positions or []
            for counts, positions in ((rules, predicted.positions), (added, with_classified(weights, predicted, args.threshold))):
                counts[0] += len(match_positions(gold, positions))
                counts[1] += len(positions)
                counts[2] += len(gold)
        print(f"{left_out:8} {f1(*rules):8.3f} {str(tuple(rules)):>15} {f1(*added):11.3f} {str(tuple(added)):>15}")


if __name__ == "__main__":
    main()
