"""One reading of a listed subject and the "They" that stands for it, shared by attribution and positions."""

from __future__ import annotations

import re

import pytest

from worker.extract.listing import listed_subject, they_listed
from worker.models import Actor

ACTORS = {
    name: Actor(id=f"{kind}:{name}", name=name, type=kind, mention_count=1)
    for name, kind in [
        ("Ann Lee", "person"),
        ("Omar Ruiz", "person"),
        ("Tom Fisk", "person"),
        ("Lakeland", "place"),
        ("Borovia", "place"),
        ("Harbour Union", "organization"),
    ]
}


def mentions_in(body: str, low: int = 0, high: int | None = None) -> list[tuple[int, int, Actor]]:
    high = len(body) if high is None else high
    found = [(m.start(), m.end(), ACTORS[m.group()]) for m in re.finditer(r"\b(?:" + "|".join(ACTORS) + r")\b", body)]
    return [mention for mention in found if low <= mention[0] and mention[1] <= high]


def listed(sentence: str) -> list[str]:
    return [actor.name for actor in listed_subject(sentence, 0, len(sentence), mentions_in(sentence))]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Ann Lee and Omar Ruiz met in Borovia on Monday.", ["Ann Lee", "Omar Ruiz"]),
        ("Ann Lee, Omar Ruiz and Tom Fisk met on Monday.", ["Ann Lee", "Omar Ruiz", "Tom Fisk"]),
        ("On Monday, Ann Lee and her Borovian counterpart, Omar Ruiz, respectively, gathered.", ["Ann Lee", "Omar Ruiz"]),
        ("Ann Lee and her counterparts met in Borovia.", ["Ann Lee"]),
        # a name that describes the next one is no member of the list
        ("Lakeland minister Ann Lee and Omar Ruiz met on Monday.", ["Ann Lee", "Omar Ruiz"]),
        ("Lakeland minister Ann Lee met the press.", []),
        # the names are no subject, or no verb follows them
        ("Police arrested Ann Lee and Omar Ruiz on Monday.", []),
        ("Ann Lee met the press on Monday.", []),
    ],
)
def test_the_actors_a_subject_lists(sentence, names):
    assert listed(sentence) == names


def test_they_stands_for_the_nearest_list_and_not_beside_an_organisation():
    def they(body: str) -> list[str]:
        spans = [(m.start(), m.end()) for m in re.finditer(r"[^.]+\.", body)]
        spans = [(low + len(body[low:high]) - len(body[low:high].lstrip()), high) for low, high in spans]
        found = they_listed(body, spans, len(spans) - 1, lambda low, high: mentions_in(body, low, high))
        return [actor.name for actor in found]

    assert they("Ann Lee and Omar Ruiz met on Monday. Tom Fisk joined them. They said the deal was dead.") == [
        "Ann Lee",
        "Omar Ruiz",
    ]
    # two sentences between: too far
    assert they("Ann Lee and Omar Ruiz met on Monday. Tom Fisk joined. It rained. They said the deal was dead.") == []
    # an organisation named outside the list: "they" may stand for it
    assert they("Ann Lee and Omar Ruiz met the Harbour Union on Monday. They said the deal was dead.") == []
