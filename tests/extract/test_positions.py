"""Positions on small invented news paragraphs (politics, courts, trade, housing), annotated by hand."""

from __future__ import annotations

import pytest

from worker.extract.positions import find_positions, stancetaking
from worker.extract.taxonomy import default_taxonomy
from worker.models import Actor, Quote, Speaker

ACTORS = [
    Actor(id="a-ford", name="Doug Ford", type="person", mention_count=2),
    Actor(id="a-lee", name="Ann Lee", type="person", mention_count=2),
    Actor(id="a-union", name="Teachers Federation", type="organization", mention_count=1),
    Actor(id="a-canada", name="Canada", type="place", mention_count=1),
]


def quote(body: str, text: str, speaker: str | None, kind: str = "direct", cue: str | None = "said", actor_id=None) -> Quote:
    start = body.index(text)
    return Quote(
        id=f"q{start}",
        kind=kind,
        text=text,
        start=start,
        end=start + len(text),
        cue=cue,
        section_index=0,
        speaker=Speaker(name=speaker, actor_id=actor_id) if speaker else None,
        confidence=0.9,
    )


def positions(body: str, quotes: list[Quote]):
    return find_positions(body, quotes, ACTORS, default_taxonomy())


def summary(found) -> set[tuple[str, str, str, str]]:
    return {(p.actor_name, p.issue.id, p.stance, p.evidence.text) for p in found}


@pytest.mark.parametrize(
    ("clause", "stance", "modality"),
    [
        ("the province must build more affordable housing", "support", "obligation"),
        ("the carbon tax was unrealistic", "oppose", "asserted"),
        ("the carbon tax was not unrealistic", "support", "negated"),
        ("we will not give up on free trade", "support", "negated"),
        ("he did not see a rent freeze as part of the solution", "oppose", "negated"),
        ("there can be no deal about us without us", "support", "obligation"),
        ("It is essential that the court hears the appeal", "support", "obligation"),
        ("we reject the new tariffs", "oppose", "asserted"),
        ("the council called for a referendum", "support", "demanded"),
        ("the government could back the bill", "support", "hedged"),
    ],
)
def test_stance_respects_negation_and_framing(clause, stance, modality):
    take = stancetaking(clause)
    assert (take.stance, take.modality) == (stance, modality)


def test_no_trigger_no_stance():
    assert stancetaking("the minister arrived in Ottawa on Tuesday") is None
    assert stancetaking("we must not forget that the tax was unpopular") is None


def test_quoted_stances_on_housing_and_trade():
    body = (
        "Premier Doug Ford said on Monday that the plan to freeze rents was unrealistic.\n"
        "“We need more affordable housing, and we will not give up on it. The tariffs on lumber are wrong,” Ford said.\n"
        "Opposition leader Ann Lee rejected the premier's housing plan.\n"
    )
    quotes = [
        quote(body, "the plan to freeze rents was unrealistic", "Doug Ford", kind="indirect", actor_id="a-ford"),
        quote(body, "We need more affordable housing, and we will not give up on it. The tariffs on lumber are wrong,", "Ford"),
    ]
    found = summary(positions(body, quotes))
    assert found == {
        ("Doug Ford", "housing", "oppose", "the plan to freeze rents was unrealistic"),
        ("Doug Ford", "housing", "support", "We need more affordable housing, and we will not give up on it"),
        ("Doug Ford", "foreign-trade", "oppose", "The tariffs on lumber are wrong"),
        ("Ann Lee", "housing", "oppose", "rejected the premier's housing plan"),
    }


def test_one_position_per_actor_issue_and_stance_prefers_own_words():
    body = (
        "Ann Lee said the court must hear the appeal.\n"
        "“It is essential that the Supreme Court hears this appeal,” Lee told reporters.\n"
    )
    quotes = [
        quote(body, "the court must hear the appeal", "Ann Lee", kind="indirect", actor_id="a-lee"),
        quote(body, "It is essential that the Supreme Court hears this appeal,", "Ann Lee", actor_id="a-lee"),
    ]
    [position] = positions(body, quotes)
    assert (position.actor_id, position.issue.id, position.stance) == ("a-lee", "courts", "support")
    assert position.evidence.text == "It is essential that the Supreme Court hears this appeal"
    assert position.evidence.quote_id == quotes[1].id
    assert body[position.evidence.start : position.evidence.end] == position.evidence.text


def test_reported_clauses_joined_by_and_that_are_separate_positions():
    body = "The union said the wage offer was unacceptable and that teachers would not accept larger class sizes.\n"
    actors_quote = quote(
        body,
        "the wage offer was unacceptable and that teachers would not accept larger class sizes",
        "Teachers Federation",
        kind="indirect",
        actor_id="a-union",
    )
    found = positions(body, [actors_quote])
    assert [(p.issue.id, p.stance) for p in found] == [("labor", "oppose"), ("education", "oppose")]
    assert found[0].evidence.text == "the wage offer was unacceptable"


def test_speakers_without_a_known_actor_and_places_as_subjects_give_nothing():
    body = "“We oppose the tax,” a bystander said. Canada backs the trade deal.\n"
    assert positions(body, [quote(body, "We oppose the tax,", "a bystander")]) == []


def test_cue_lends_its_stance_to_reported_content():
    body = "Ann Lee announced a new carbon tax for heavy industry.\n"
    found = positions(body, [quote(body, "a new carbon tax for heavy industry", "Ann Lee", kind="indirect", cue="announced")])
    assert [(p.actor_name, p.issue.id, p.stance, p.modality) for p in found] == [("Ann Lee", "climate", "support", "asserted")]


def test_ids_are_deterministic_and_distinct():
    body = "Doug Ford backs the trade deal. Ann Lee opposes the trade deal.\n"
    first, second = positions(body, []), positions(body, [])
    assert [p.id for p in first] == [p.id for p in second]
    assert len({p.id for p in first}) == 2
    assert {(p.actor_name, p.stance) for p in first} == {("Doug Ford", "support"), ("Ann Lee", "oppose")}
