"""Positions on small invented news paragraphs (politics, courts, trade, housing), annotated by hand."""

from __future__ import annotations

import re
from itertools import accumulate

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from worker.extract import caseless, enrich
from worker.extract.cues.content import _UNREALISED
from worker.extract.positions import find_positions
from worker.extract.positions.described import (
    _OWNED_STANCE,
    _owned_stance_matches,
    _PASSIVE_STANCE,
    _FILED_BY,
    _FILING_VERBS,
    _STANCE_NOUN_FROM,
    _STANCE_NOUNS,
)
from worker.extract.positions.issues import _DEFINITE_MEASURE, _POLITICS, _politics_words
from worker.extract.positions.matching import (
    _ASCII_CASE_TWINS,
    _TOKEN_SPLIT,
    _TOKEN_SPLIT_ASCII,
    _token_starts,
    _tokenised,
    _has_case_twin,
    _holds_any,
    _may_contain,
    _next_word_openings,
    _word_openings,
)
from worker.extract.positions.quotes import (
    _CLAUSE_BREAK,
    _DIED,
    _PORTRAIT,
    _TRIBUTE_BEFORE,
    _clauses,
    _mark_before,
    cue_stancetaking,
)
from worker.extract.positions.speakers import _COLLECTIVE_SPEAKER, _PRONOUN_IN_NAME, _occurrences, _whole_words_at
from worker.extract.positions.stance import (
    _CONDITION_OPENING,
    _TARGET_END,
    _conditional,
    _HEDGE,
    _INTENT,
    _NEGATION,
    _DETERMINER_BEFORE,
    _NEGATED_RELATIVE,
    _PASSIVE_AUXILIARY,
    _RELATIVE_SUBJECT,
    _WH_RELATIVE,
    _EFFECT,
    _EVALUATION_OPENINGS,
    _EVALUATIVE,
    _PREDICATIVE,
    _VERBAL,
    _predicative,
    evaluative_stancetaking,
    stancetaking,
)
from worker.extract.positions.statements import (
    _capitalised_pronouns,
    _COLLECTIVE_SUBJECT,
    _IRREGULAR_PAST,
    _PLANNING_TO,
    _STANCE_VERBS,
    _INNER_PRONOUN,
    _INDEFINITE_BEFORE,
    _HABITUAL_OPENING,
    _NO_SUBJECT_BEFORE,
    _PART_OF,
    _STANCE_VERB_WORD,
    _STATEMENT_VERB,
    _SUBJECT_VERB,
    _predicates,
    _may_open_habitually,
    _no_subject_before,
    _part_of_before,
    _stance_verb_word,
)
from worker.extract.names import BE_INFLECTED, BE_INFLECTED_WORD, MONTH, WEEKDAY, opening_with_first_letters
from worker.extract.positions import speakers as speakers_module
from worker.extract.positions import triggers as triggers_module
from worker.extract.taxonomy import by_first_letter, default_taxonomy
from worker.models import Actor, Quote, RawArticle, Speaker

ACTORS = [
    Actor(id="a-ford", name="Ivo Marsh", type="person", mention_count=2),
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
    return find_positions(body, quotes, ACTORS, default_taxonomy()).positions


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
        ("the fuel tax should be scrapped", "oppose", "obligation"),  # a passive undoing reverses the duty
        ("the fuel tax must not be scrapped", "support", "negated"),
        # an adverb between the modal and the passive ("now", "also") keeps the undoing the duty's content
        ("the harbour levy should now be abolished", "oppose", "obligation"),
        ("the curfew in Dunmere must also be lifted", "oppose", "obligation"),
        ("the toll should still not be repealed", "support", "negated"),
        # undoing participles that are no trigger in the active, as the passive a duty asks for
        ("the import tariffs on Borovian steel should be withdrawn", "oppose", "obligation"),
        ("the night curfew must now be ended", "oppose", "obligation"),
        ("the charges against the strikers need to be dropped", "oppose", "obligation"),
        ("the import tariffs should not be withdrawn", "support", "negated"),
        # wanting a measure to be undone opposes it, as wanting to undo it does
        ("the fishers want the quota to be scrapped", "oppose", "asserted"),
        ("I disagreed strongly with his plans for the tax", "oppose", "asserted"),  # an adverb before "with"
        ("we told the mayor we needed the harbour open", "support", "obligation"),  # "we need", reported in the past
        # an effect in a relative clause is negated only within it
        ("this cannot change the fact that they chose a way that has damaged trust in the courts", "oppose", "asserted"),
        ("it is not true that the tax hurts farmers", "support", "negated"),
        # who is put into an office: the one who appoints, nominates or confirms them supports it
        ("the governor appointed Ivo Marsh as secretary of state", "support", "asserted"),
        ("the president nominated veteran judge Ann Lee to the high court", "support", "asserted"),
        ("the mayor appointed a special counsel to review the harbour contracts", "support", "asserted"),
        ("the senate confirmed her on Tuesday", "support", "asserted"),
        ("the assembly confirmed his nomination", "support", "asserted"),
        # a promise or a plan of one's own to act on a measure supports it; one not to act opposes it
        ("The government will fully withdraw the toll plan", "support", "intended"),
        ("we are going to expand the ferry service", "support", "intended"),
        ("he would continue the late governor's housing policies", "support", "intended"),
        ("Norvia will not comply with the fishing order", "oppose", "negated"),
    ],
)
def test_stance_respects_negation_and_framing(clause, stance, modality):
    take = stancetaking(clause)
    assert (take.stance, take.modality) == (stance, modality)


@pytest.mark.parametrize(
    "text", ["The fuel levy must not be abolished", "The tariffs on lumber should not be withdrawn"]
)
def test_a_denied_duty_to_undo_a_measure_in_ones_own_words_supports_it(text):
    body = f"“{text},” Ivo Marsh said.\n"
    found = positions(body, [quote(body, text, "Ivo Marsh", actor_id="a-ford")])
    assert [(p.actor_name, p.stance) for p in found] == [("Ivo Marsh", "support")]


def test_no_trigger_no_stance():
    assert stancetaking("the minister arrived in Ottawa on Tuesday") is None
    assert stancetaking("we must not forget that the tax was unpopular") is None
    # a participle before a role, a confirmation of a fact and a passive appointment are no act of appointing
    assert stancetaking("the newly appointed minister said to reporters that the port would open") is None
    assert stancetaking("she confirmed that the vote was held") is None
    assert stancetaking("he was appointed to the board in May") is None
    # what a thing or a trend will do is no promise
    assert stancetaking("Prices will continue to rise next year") is None
    assert stancetaking("It will end soon") is None
    assert stancetaking("This will require new taxes") is None
    assert evaluative_stancetaking("the minister arrived in Ottawa on Tuesday") is None
    assert evaluative_stancetaking("the ruling was welcome but the delay was a disgrace") is None  # balanced


def test_quoted_stances_on_housing_and_trade():
    body = (
        "Premier Ivo Marsh said on Monday that the plan to freeze rents was unrealistic.\n"
        "“We need more affordable housing, and we will not give up on it. The tariffs on lumber are wrong,” Marsh said.\n"
        "Opposition leader Ann Lee rejected the premier's housing plan.\n"
    )
    quotes = [
        quote(body, "the plan to freeze rents was unrealistic", "Ivo Marsh", kind="indirect", actor_id="a-ford"),
        quote(body, "We need more affordable housing, and we will not give up on it. The tariffs on lumber are wrong,", "Marsh"),
    ]
    found = summary(positions(body, quotes))
    assert found == {
        ("Ivo Marsh", "housing", "oppose", "the plan to freeze rents was unrealistic"),
        ("Ivo Marsh", "housing", "support", "We need more affordable housing, and we will not give up on it"),
        ("Ivo Marsh", "foreign-trade", "oppose", "The tariffs on lumber are wrong"),
        ("Ann Lee", "housing", "oppose", "rejected the premier's housing plan"),
    }


def test_one_position_per_actor_issue_and_stance_per_statement():
    """The held-out annotation's convention: a paraphrase and a quote are two statements, two positions; one
    statement that repeats its stance gives one."""
    body = (
        "Ann Lee said the court must hear the appeal.\n"
        "“It is essential that the Supreme Court hears this appeal. The court must hear it,” Lee told reporters.\n"
    )
    quotes = [
        quote(body, "the court must hear the appeal", "Ann Lee", kind="indirect", actor_id="a-lee"),
        quote(body, "It is essential that the Supreme Court hears this appeal. The court must hear it,", "Ann Lee",
              actor_id="a-lee"),
    ]
    found = positions(body, quotes)
    assert [(p.actor_id, p.issue.id, p.stance, p.evidence.quote_id) for p in found] == [
        ("a-lee", "courts", "support", quotes[0].id),
        ("a-lee", "courts", "support", quotes[1].id),
    ]
    assert found[1].evidence.text == "It is essential that the Supreme Court hears this appeal. The court must hear it"
    assert all(body[p.evidence.start : p.evidence.end] == p.evidence.text for p in found)


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


def test_speakers_without_a_known_actor_give_nothing_and_a_state_that_acts_holds_a_position():
    """A state that is the subject of a stance verb stands for its government (decision of the lead, as in
    event coding); a state merely mentioned holds nothing."""
    body = "“We oppose the tax,” a bystander said. Canada backs the trade deal. Trade with Canada grew.\n"
    found = positions(body, [quote(body, "We oppose the tax,", "a bystander")])
    assert [(p.actor_name, p.stance, p.evidence.text) for p in found] == [("Canada", "support", "backs the trade deal")]


def test_a_demand_cue_supports_what_it_asks_for_unless_it_asks_that_it_not_be_done():
    body = "Ann Lee asked the council to scrap the fuel tax. Ivo Marsh asked the council not to raise the fuel tax.\n"
    quotes = [
        quote(body, "the council to scrap the fuel tax", "Ann Lee", kind="indirect", cue="asked", actor_id="a-lee"),
        quote(body, "the council not to raise the fuel tax", "Ivo Marsh", kind="indirect", cue="asked", actor_id="a-ford"),
    ]
    assert [(p.actor_name, p.stance, p.modality) for p in positions(body, quotes)] == [
        ("Ann Lee", "support", "demanded"),
        ("Ivo Marsh", "oppose", "negated"),
    ]


def test_a_section_heading_states_no_position():
    body = "Ann Lee rejects fuel tax\nAnn Lee opposes the fuel tax.\n"
    assert len(positions(body, [])) == 2
    found = find_positions(body, [], ACTORS, default_taxonomy(), headings=[(0, body.index("\n") + 1)]).positions
    assert [p.evidence.text for p in found] == ["opposes the fuel tax"]


def test_the_evidence_words_are_compared_only_with_headings(monkeypatch):
    # the words of each candidate's evidence are gathered only in an article with headings to compare them with
    body = "Ann Lee opposes the fuel tax.\n"
    import worker.extract.positions as positions_module

    def no_words(text):
        raise AssertionError("no heading to compare with")

    monkeypatch.setattr(positions_module, "_words", no_words)
    assert [p.evidence.text for p in positions(body, [])] == ["opposes the fuel tax"]


def test_the_names_of_joint_speakers_are_listed_once_an_article_and_only_near_an_and():
    # _co_speakers reads the article's list of every actor's names (built once, for all its quotes) only where the
    # text beside the quote holds " and "
    from worker.extract.positions.speakers import _co_speakers

    lee = Actor(id="a-lee", name="Ann Lee", type="person", mention_count=2)
    marsh = Actor(id="a-marsh", name="Ivo Marsh", type="person", mention_count=2)
    listed = []

    def named():
        listed.append(1)
        return [("Ann Lee", lee), ("Lee", lee), ("Ivo Marsh", marsh), ("Marsh", marsh)]

    joint = "Ann Lee and Ivo Marsh said “the ferry must keep running”."
    alone = "Ann Lee said “the ferry must keep running”."
    assert _co_speakers(joint, quote(joint, "the ferry must keep running", "Ann Lee"), lee, named) == [marsh]
    assert _co_speakers(alone, quote(alone, "the ferry must keep running", "Ann Lee"), lee, named) == []
    assert listed == [1]


_PRONOUN_IN_NAME_AS_WRITTEN = re.compile(r"\b(?:I|We|You|He|She|They|It|it|Me|Us|My|Our|was|were|is|are|does|did|has)\b")


@given(st.lists(st.sampled_from(["I", "We", "You", "He", "It", "it", "is", "has", "Isle", "Wes", "Ann", "x", " ", "-", "'", "’", "é", "_", "2"]), max_size=6).map("".join))
@settings(max_examples=500, deadline=None)
def test_a_pronoun_in_a_name_is_found_where_the_pattern_as_written_finds_it(name: str) -> None:
    found, expected = _PRONOUN_IN_NAME.search(name), _PRONOUN_IN_NAME_AS_WRITTEN.search(name)
    assert (found and found.span()) == (expected and expected.span())


class _ScanOnlyHolding:
    """A pattern's stand-in that scans only windows holding one of ``words``: a scan of any other finds nothing."""

    def __init__(self, pattern: re.Pattern[str], words: tuple[str, ...]) -> None:
        self.pattern, self.words = pattern, words

    def finditer(self, text, start, end):
        assert any(text.find(word, start, end) >= 0 for word in self.words), text[start:end]
        return self.pattern.finditer(text, start, end)


def test_only_the_sentences_that_may_break_are_scanned_for_clause_breaks(monkeypatch):
    import worker.extract.positions.quotes as positions_module

    body = "We reject the levy. We want a vote on it, but that is for the council; they must decide."
    expected = _clauses(body, 0, len(body))
    monkeypatch.setattr(positions_module, "_CLAUSE_BREAK", _ScanOnlyHolding(positions_module._CLAUSE_BREAK, (";", "and that", "but")))
    assert _clauses(body, 0, len(body)) == expected
    assert [body[a:b] for a, b in expected] == ["We reject the levy", "We want a vote on it", "is for the council", "they must decide"]


def test_only_the_predicates_that_hold_and_or_but_are_scanned_for_coordinated_verbs(monkeypatch):
    import worker.extract.positions.statements as positions_module

    monkeypatch.setattr(positions_module, "_COORDINATED_VERB", _ScanOnlyHolding(positions_module._COORDINATED_VERB, ("and", "but")))
    plain = "rejected the ferry levy on Monday."
    assert _predicates(plain, 0, len(plain), "rejected") == [((0, len(plain)), "rejected")]
    joined = "rejected the ferry levy and demanded a vote."
    assert [joined[a:b] for (a, b), _ in _predicates(joined, 0, len(joined), "rejected")] == ["rejected the ferry levy", "demanded a vote."]


def test_cue_lends_its_stance_to_reported_content():
    body = "Ann Lee announced a new carbon tax for heavy industry.\n"
    found = positions(body, [quote(body, "a new carbon tax for heavy industry", "Ann Lee", kind="indirect", cue="announced")])
    assert [(p.actor_name, p.issue.id, p.stance, p.modality) for p in found] == [("Ann Lee", "climate", "support", "asserted")]


def test_ids_are_deterministic_and_distinct():
    body = "Ivo Marsh backs the trade deal. Ann Lee opposes the trade deal.\n"
    first, second = positions(body, []), positions(body, [])
    assert [p.id for p in first] == [p.id for p in second]
    assert len({p.id for p in first}) == 2
    assert {(p.actor_name, p.stance) for p in first} == {("Ivo Marsh", "support"), ("Ann Lee", "oppose")}


@pytest.mark.parametrize(
    ("clause", "stance", "modality"),
    [
        ("the federal government should not dictate how states run their elections", "oppose", "negated"),
        ("the province mustn't raise tuition", "oppose", "negated"),
        ("Free trade benefits everyone", "support", "asserted"),
        ("This tax will ruin small farms", "oppose", "asserted"),
        ("we must scrap the carbon tax", "oppose", "obligation"),
        ("the union urged the government to suspend the fuel tax", "support", "demanded"),  # supports suspending it
        ("the union urged the government not to raise the fuel tax", "oppose", "negated"),
        ("the union's wage demands were unrealistic", "oppose", "asserted"),
        ("the court must hear the appeal", "support", "obligation"),
        ("the ban was an important first step", "support", "obligation"),
        ("a recount would be a waste of public money", "oppose", "asserted"),
    ],
)
def test_stance_of_effects_nouns_and_embedded_verbs(clause, stance, modality):
    take = stancetaking(clause)
    assert (take.stance, take.modality) == (stance, modality)


def test_passive_and_infinitive_effects_are_no_evaluation():
    assert stancetaking("farmers hurt by the tariffs marched on Monday") is None
    assert stancetaking("the regime cut contacts in an attempt to punish the press") is None


def test_an_effect_word_as_a_participle_or_a_noun_is_no_evaluation():
    assert stancetaking("the villages damaged were mainly Arden, Bexley and Corr") is None
    assert stancetaking("There is severe flooding damage to homes, shops and roads") is None
    # a verb of effect in a relative clause after "there is" still judges its subject
    assert stancetaking("there is a levy that hurts farmers") is not None


def test_target_ends_before_a_subordinate_clause_or_participle():
    body = (
        "Ann Lee said the court must hear the appeal quickly, after the tariffs on lumber were raised.\n"
        "The Teachers Federation welcomed the ruling, saying it protected the independence of teachers.\n"
    )
    quotes = [quote(body, "the court must hear the appeal quickly, after the tariffs on lumber were raised", "Ann Lee",
                    kind="indirect", actor_id="a-lee")]
    assert {(p.actor_name, p.issue.id, p.stance) for p in positions(body, quotes)} == {
        ("Ann Lee", "courts", "support"),
        ("Teachers Federation", "courts", "support"),
    }


def test_a_definite_measure_takes_the_issue_of_its_earlier_mention():
    body = (
        "The province announced a ban on new coal plants on Monday.\n"
        "Ann Lee said the ban was an important first step.\n"
    )
    found = positions(body, [quote(body, "the ban was an important first step", "Ann Lee", kind="indirect", actor_id="a-lee")])
    assert [(p.actor_name, p.issue.id, p.stance) for p in found] == [("Ann Lee", "energy", "support")]


def test_an_accusation_is_no_position():
    """The seed's convention (the user's own annotation, which the lead follows over the earlier decision that an
    accusation opposes the accused conduct): "X accused Y of Z" gives X no position, nor does Z's own wording."""
    body = "Ann Lee accused the premier of backing the climate bill.\n"
    found = positions(body, [quote(body, "the premier of backing the climate bill", "Ann Lee", kind="indirect",
                                   cue="accused", actor_id="a-lee")])
    assert found == []


def test_blaming_someone_for_something_opposes_them():
    """Blame is no accusation of conduct to be proven but a stance against the one blamed (the Wikinews sets mark
    every "blamed X for Y" a position against X; the seed has none): said, or stated in the narrator's words."""
    body = "Ann Lee blamed the Teachers Federation and its allies for the strike.\nIvo Marsh blamed the weather.\n"
    blamed = quote(body, "the Teachers Federation and its allies for the strike", "Ann Lee", kind="indirect",
                   cue="blamed", actor_id="a-lee")
    assert [(p.actor_name, p.stance) for p in positions(body, [blamed])] == [("Ann Lee", "oppose")]
    assert [(p.actor_name, p.stance, p.evidence.text) for p in positions(body, [])] == [
        ("Ann Lee", "oppose", "blamed the Teachers Federation and its allies for the strike")
    ]
    assert stancetaking("the strike was blamed for the delays") is None  # the passive's agent, not its subject, blames


def test_a_blame_reported_as_a_quote_opposes_once_from_its_sentence_else_from_a_named_speakers_quote():
    """A blame is reported speech and a stance: the statement rule reads it where the verb stands, and the quote's
    clause gives it only when that rule cannot and a named actor blames; an unnamed group's blame gives none."""
    body = "Ann Lee blamed the Teachers Federation for the strike.\n"
    blamed = quote(body, "the Teachers Federation for the strike", "Ann Lee", kind="indirect", cue="blamed", actor_id="a-lee")
    assert [(p.actor_name, p.stance, p.evidence.text) for p in positions(body, [blamed])] == [
        ("Ann Lee", "oppose", "blamed the Teachers Federation for the strike")
    ]
    body = "Ivo Marsh leads the board. In a statement on Tuesday, Ann Lee and the parents blame him for closing the school.\n"
    assert positions(body, []) == []
    named = quote(body, "him for closing the school", "Ann Lee", kind="indirect", cue="blame", actor_id="a-lee")
    assert [(p.actor_name, p.stance, p.evidence.text) for p in positions(body, [named])] == [
        ("Ann Lee", "oppose", "him for closing the school")
    ]
    assert positions(body, [quote(body, "him for closing the school", "the parents", kind="indirect", cue="blame")]) == []


def test_sanctions_imposed_on_someone_oppose_them():
    """Sanctions or an embargo imposed (levied, slapped) on someone oppose the one they fall on; other measures an
    authority imposes it supports."""
    for clause in (
        "Canada imposed new sanctions on the regime",
        "the union levied individual sanctions against two ministers",
        "the council slapped an arms embargo on the province",
    ):
        assert stancetaking(clause).stance == "oppose", clause
    assert stancetaking("Canada imposed a curfew on the capital").stance == "support"
    assert stancetaking("Canada imposed sanctions last year").stance == "support"


def test_a_repeated_paraphrase_counts_once_but_own_words_count_apart():
    """The seed's convention: an actor's second paraphrase of the same stance ("later said that ...") repeats the
    claim; the actor's own words on it are a statement of their own."""
    paraphrase, own_words, second_paraphrase = (
        "the court must hear the appeal", "The court must hear it,", "the appeal court should hear the case soon"
    )
    body = f"Ann Lee said {paraphrase}.\n“{own_words}” Lee said.\nOn Friday, Lee told reporters that {second_paraphrase}.\n"
    quotes = [
        quote(body, paraphrase, "Ann Lee", kind="indirect", actor_id="a-lee"),
        quote(body, own_words, "Ann Lee", actor_id="a-lee"),
        quote(body, second_paraphrase, "Ann Lee", kind="indirect", cue="told reporters", actor_id="a-lee"),
    ]
    assert [p.evidence.text for p in positions(body, quotes)] == ["the court must hear the appeal", "The court must hear it"]


def test_a_body_clause_that_repeats_its_heading_is_no_new_position():
    body = "Lee: the court must hear the appeal\nThe court must hear the appeal, Ann Lee said.\n“It is vital that the court hears it,” Lee said.\n"
    quotes = [
        quote(body, "The court must hear the appeal", "Ann Lee", kind="indirect", actor_id="a-lee"),
        quote(body, "It is vital that the court hears it,", "Ann Lee", actor_id="a-lee"),
    ]
    heading = (0, body.index("\n"))
    found = find_positions(body, quotes, ACTORS, default_taxonomy(), headings=[heading]).positions
    assert [p.evidence.text for p in found] == ["It is vital that the court hears it"]


def test_evaluative_words_against_what_a_quote_states_outright_qualify_it():
    body = "“We want a fair tax system. We are taking steps to stop this disgraceful tax grab,” Ann Lee said.\n"
    said = quote(body, "We want a fair tax system. We are taking steps to stop this disgraceful tax grab,", "Ann Lee",
                 actor_id="a-lee")
    assert [(p.stance, p.evidence.text) for p in positions(body, [said])] == [("support", "We want a fair tax system")]
    assert evaluative_stancetaking("we are taking steps to stop this disgraceful tax grab").stance == "oppose"


def test_a_broad_issue_gives_way_to_the_same_stance_on_a_narrower_one():
    body = "“We want lasting peace. There can be no negotiations about us without us,” Ann Lee said.\n"
    found = positions(body, [quote(body, "We want lasting peace. There can be no negotiations about us without us,",
                                   "Ann Lee", actor_id="a-lee")])
    assert [(p.issue.id, p.stance, p.evidence.text) for p in found] == [
        ("talks-inclusion", "support", "There can be no negotiations about us without us")
    ]


def test_a_quote_over_several_paragraphs_gives_positions_in_each():
    body = (
        "The ministers' statement reads: “We remain committed to free trade.\n"
        "Farmers and workers must participate in any negotiations on tariffs.”\n"
    )
    text = body[body.index("We remain") : body.index("tariffs.") + len("tariffs.")]
    found = positions(body, [quote(body, text, "Teachers Federation", actor_id="a-union")])
    assert {(p.issue.id, p.stance) for p in found} == {("foreign-trade", "support"), ("talks-inclusion", "support")}


# Invented articles on other topics (courts, elections, climate, immigration, trade, health, labour, sanctions),
# annotated by hand like the seed: one position per actor, issue and stance; "a|b" accepts either evidence.
ARTICLES = [
    (
        "Chief Justice Maria Alvarez said on Tuesday that the new sentencing law was unconstitutional and that judges "
        "must keep their discretion.\n"
        "“Mandatory minimums take away the judgment of the court. We cannot accept that,” Alvarez told reporters.\n"
        "Attorney General Tom Becker defended the law. “Victims deserve certainty,” he said.\n"
        "The Bar Association welcomed the ruling, saying it protected the independence of the judiciary.\n",
        [
            ("Maria Alvarez", "oppose", "the new sentencing law was unconstitutional"),
            ("Maria Alvarez", "support", "judges must keep their discretion"),
            ("Tom Becker", "support", "defended the law"),
            ("Bar Association", "support", "the ruling"),
        ],
    ),
    (
        "Opposition leader Sarah Kim called for an independent inquiry into the election results on Monday.\n"
        "“Every vote must be counted, and the electoral commission should publish the ballots,” Kim said at a rally.\n"
        "Prime Minister David Osei rejected the demand. He said a recount would be a waste of public money.\n"
        "The electoral commission said it would not delay the certification of the vote.\n",
        [
            ("Sarah Kim", "support", "Every vote must be counted"),
            ("David Osei", "oppose", "rejected the demand|a recount would be a waste of public money"),
        ],
    ),
    (
        "Environment Minister Lena Fischer announced a ban on new coal plants on Wednesday.\n"
        "“We must cut emissions by half before 2035. There is no time to lose,” Fischer said.\n"
        "The Industry Federation opposed the plan, warning that it would cost thousands of jobs.\n"
        "Greenpeace spokesperson Omar Haddad said the ban was an important first step but not enough.\n",
        [
            ("Lena Fischer", "support", "a ban on new coal plants"),
            ("Lena Fischer", "support", "We must cut emissions by half before 2035"),
            ("Industry Federation", "oppose", "opposed the plan"),
            ("Omar Haddad", "support", "the ban was an important first step"),
        ],
    ),
    (
        "Interior Minister Paul Weber said on Friday that the government would tighten asylum rules.\n"
        "“Our asylum system is overwhelmed, and we need stricter border controls,” Weber said.\n"
        "Refugee Council director Amina Yusuf condemned the proposal as cruel. “Closing the door on refugees is "
        "shameful,” she said.\n"
        "Mayor Jonas Berg said his city could not house more migrants without federal funding.\n",
        [
            ("Paul Weber", "support", "we need stricter border controls"),
            ("Amina Yusuf", "oppose", "Closing the door on refugees is shameful"),
            ("Jonas Berg", "support", "his city could not house more migrants without federal funding"),
        ],
    ),
    (
        "Trade Minister Chen Wei said on Thursday that the new tariffs on steel imports were unfair and that China "
        "would respond.\n"
        "“Free trade benefits everyone. Protectionism is a dead end,” Chen said.\n"
        "US Trade Representative Karen Holt said the tariffs were necessary to protect American workers.\n"
        "The European Union urged both sides to return to negotiations at the WTO.\n",
        [
            ("Chen Wei", "oppose", "the new tariffs on steel imports were unfair"),
            ("Chen Wei", "support", "Free trade benefits everyone"),
            ("Karen Holt", "support", "the tariffs were necessary to protect American workers"),
            ("European Union", "support", "both sides to return to negotiations at the WTO"),
        ],
    ),
    (
        "Health Minister Rachel Gomez defended the hospital reform in parliament on Tuesday.\n"
        "“Patients should not wait months for surgery,” Gomez said. “This reform is the right way to cut waiting lists.”\n"
        "The Nurses Union rejected the reform and said it would strike next week.\n"
        "Conservative MP Alan Price said the reform was reckless and that it would close rural hospitals.\n",
        [
            ("Rachel Gomez", "support", "defended the hospital reform|Patients should not wait months for surgery"),
            ("Rachel Gomez", "support", "This reform is the right way to cut waiting lists"),
            ("Nurses Union", "oppose", "rejected the reform"),
            ("Alan Price", "oppose", "the reform was reckless"),
        ],
    ),
    (
        "Foreign Minister Ines Duarte said on Sunday that sanctions against the regime must stay in place until "
        "political prisoners are released.\n"
        "“Dialogue is welcome, but we will not lift sanctions for empty promises,” Duarte said.\n"
        "The regime's spokesman Viktor Lang accused the West of meddling. He said the sanctions were illegal.\n",
        [
            ("Ines Duarte", "support", "sanctions against the regime must stay in place|we will not lift sanctions"),
            ("Ines Duarte", "support", "Dialogue is welcome"),
            ("Viktor Lang", "oppose", "the sanctions were illegal"),
        ],
    ),
    (
        "Teachers in the province went on strike on Monday after talks with the government broke down.\n"
        "“We are not asking for much. Smaller class sizes are essential for our students,” union president "
        "Grace Okafor said.\n"
        "Education Minister Brian Walsh said the union's wage demands were unrealistic. He said the government "
        "remained open to negotiations.\n",
        [
            ("Grace Okafor", "support", "Smaller class sizes are essential for our students"),
            ("Brian Walsh", "oppose", "the union's wage demands were unrealistic"),
            ("Brian Walsh", "support", "the government remained open to negotiations"),
        ],
    ),
    (
        "The Senate passed the voting rights bill on Thursday after a long debate.\n"
        "Senator Laura Chen, who sponsored the bill, said it would protect access to the ballot for millions of voters.\n"
        "“This is a historic day for our democracy,” Chen said.\n"
        "Senator Mark Dwyer voted against the bill. He said the federal government should not dictate how states "
        "run their elections.\n",
        [
            ("Laura Chen", "support", "it would protect access to the ballot for millions of voters"),
            ("Mark Dwyer", "oppose", "voted against the bill"),
            ("Mark Dwyer", "oppose", "the federal government should not dictate how states run their elections"),
        ],
    ),
    (
        "Farmers blocked roads in the capital on Monday to protest against the new fuel tax.\n"
        "“This tax will ruin us. We cannot afford it,” said Pierre Laurent, a grain farmer from the north.\n"
        "Finance Minister Elena Rossi said the government would not scrap the tax but promised relief for "
        "small farms.\n"
        "The Farmers Union urged the government to suspend the tax until the harvest.\n",
        [
            ("Pierre Laurent", "oppose", "This tax will ruin us"),
            ("Elena Rossi", "support", "the government would not scrap the tax"),
            ("Farmers Union", "oppose", "the government to suspend the tax until the harvest"),
        ],
    ),
    (
        "Climate activists welcomed the court's decision to halt the oil project on Wednesday.\n"
        "“The judges have shown that the law protects our future,” said Ana Silva of the Climate Youth Network.\n"
        "Energy company Northpoint said it would appeal the ruling. “We believe the project is safe and "
        "that it is vital for energy security,” spokesman Rob Grant said.\n",
        [
            ("Ana Silva", "support", "the law protects our future"),
            ("Rob Grant", "support", "We believe the project is safe and that it is vital for energy security|it is vital for energy security"),
            ("Northpoint", "oppose", "it would appeal the ruling"),
        ],
    ),
    (
        "The mayor of the border town, Luis Ortega, asked the federal government for more resources to process "
        "asylum claims.\n"
        "“We support people who are fleeing violence, but we need help,” Ortega said.\n"
        "Congressman Dale Hughes said the administration's immigration policy was a failure and called for "
        "the border to be closed.\n",
        [
            ("Luis Ortega", "support", "We support people who are fleeing violence"),
            ("Dale Hughes", "oppose", "the administration's immigration policy was a failure"),
            ("Dale Hughes", "support", "the border to be closed"),
        ],
    ),
]


def _matched(found, actor: str, stance: str, evidences: list[tuple[int, int]]) -> int | None:
    for number, p in enumerate(found):
        if p.actor_name.split()[-1] == actor.split()[-1] and p.stance == stance and any(
            p.evidence.start < end and start < p.evidence.end for start, end in evidences
        ):
            return number
    return None


def _articles_f1(articles) -> tuple[float, tuple[int, int, int]]:
    """F1 of positions found through the whole pipeline, scored like the gold files (lenient actor, overlapping
    evidence, equal stance, one to one)."""
    from worker.extract import enrich
    from worker.models import RawArticle

    matched = predicted = gold = 0
    for number, (body, annotated) in enumerate(articles):
        found = list(enrich(RawArticle(id=f"invented-{number}", body=body)).positions)
        predicted += len(found)
        gold += len(annotated)
        for actor, stance, evidence in annotated:
            spans = [(body.index(text), body.index(text) + len(text)) for text in evidence.split("|")]
            hit = _matched(found, actor, stance, spans)
            if hit is not None:
                matched += 1
                found.pop(hit)
    if not matched:
        return 0.0, (matched, predicted, gold)
    precision, recall = matched / predicted, matched / gold
    return 2 * precision * recall / (precision + recall), (matched, predicted, gold)


def test_invented_articles_on_other_topics_end_to_end():
    """Positions through the whole pipeline, scored like the seed (actor, overlapping evidence, stance)."""
    f1, counts = _articles_f1(ARTICLES)
    assert f1 >= 0.8, counts


@pytest.mark.parametrize(
    ("clause", "stance"),
    [
        ("the verdict is a sham and a disgrace", "oppose"),
        ("given the threats, these measures are understandable", "support"),
        ("there is no justification for the raids", "oppose"),
        ("the charges are baseless and politically motivated", "oppose"),
        ("we see nothing wrong with the plan", "support"),
        # what makes sense or none, and what does not
        ("sharing the ferry with the islanders just makes sense", "support"),
        ("the new toll makes no sense for commuters", "oppose"),
        ("the new toll doesn't make sense for commuters", "oppose"),
    ],
)
def test_evaluative_words_give_a_speaker_a_stance_without_a_trigger(clause, stance):
    assert stancetaking(clause) is None
    assert evaluative_stancetaking(clause).stance == stance


def test_a_stance_on_no_named_issue_takes_the_articles_topic_and_counts_once_a_statement():
    body = (
        "The court in Harbourton heard the appeal against the mine on Tuesday, before the council vote.\n"
        "“The decision of the board was a sham,” Ann Lee said. “This is a disgrace. The process was rigged.”\n"
        "Later, Lee said the hearing had been a farce.\n"
    )
    quotes = [
        quote(body, "The decision of the board was a sham,", "Ann Lee", actor_id="a-lee"),
        quote(body, "This is a disgrace. The process was rigged.", "Ann Lee", actor_id="a-lee"),
        quote(body, "the hearing had been a farce", "Ann Lee", kind="indirect", actor_id="a-lee"),
    ]
    found = positions(body, quotes)
    assert [(p.actor_name, p.issue.id, p.stance, p.evidence.text) for p in found] == [
        ("Ann Lee", "courts", "oppose", "The decision of the board was a sham"),
        ("Ann Lee", "courts", "oppose", "This is a disgrace. The process was rigged"),  # one statement, its clauses joined
        ("Ann Lee", "courts", "oppose", "the hearing had been a farce"),
    ]


@pytest.mark.parametrize(
    "lead",
    [
        "The Harbourton Hawks beat the Riverton Owls 24 to 10 on Saturday to keep top place in the league for the coal trophy.",
        "Firefighters searched the harbour for the crew of a coal barge that sank on Monday night.",
    ],
)
def test_a_clause_with_no_issue_of_its_own_takes_no_position_in_an_article_not_about_public_affairs(lead):
    # the body's best issue ("coal": the climate) is a passing word, no topic of the article
    body = lead + "\n“It was a far better effort than last week,” Ann Lee said.\n"
    assert positions(body, [quote(body, "It was a far better effort than last week,", "Ann Lee", actor_id="a-lee")]) == []
    political = "The government and the opposition clashed over the coal mine on Monday, before the vote.\n" + body
    found = positions(political, [quote(political, "It was a far better effort than last week,", "Ann Lee", actor_id="a-lee")])
    assert [(p.issue, p.stance) for p in found] == [(default_taxonomy().most_mentioned(political), "support")]


def test_a_clause_without_an_issue_joins_the_stance_of_the_clause_before_it():
    body = "“We back the new carbon tax. It is the best we can do,” Ann Lee said.\n"
    found = positions(body, [quote(body, "We back the new carbon tax. It is the best we can do,", "Ann Lee", actor_id="a-lee")])
    assert [(p.issue.id, p.stance, p.evidence.text) for p in found] == [
        ("climate", "support", "We back the new carbon tax. It is the best we can do")
    ]


def test_a_duty_without_a_named_issue_is_no_position():
    body = "The court heard the appeal on Tuesday. “What is needed now is a clear signal,” Ann Lee said.\n"
    assert positions(body, [quote(body, "What is needed now is a clear signal,", "Ann Lee", actor_id="a-lee")]) == []


def test_stated_actions_are_positions_of_their_subject():
    body = (
        "Ivo Marsh signed the new trade agreement on Monday.\n"
        "The Teachers Federation filed a lawsuit against the school funding formula.\n"
        "Ann Lee has repeatedly denied funding for the stadium.\n"
        "The vote on the city budget is in May.\n"  # an article on public affairs
    )
    assert {(p.actor_name, p.stance) for p in positions(body, [])} == {
        ("Ivo Marsh", "support"),
        ("Teachers Federation", "oppose"),
        ("Ann Lee", "oppose"),
    }


def test_a_stance_on_a_list_of_things_on_different_issues_is_a_position_on_each():
    body = (
        "Ivo Marsh supported public schools, hospitals and farm subsidies, and in his first term the harbour grew.\n"
        "Ann Lee said she opposed the pension reform and the carbon tax.\n"
        "The Teachers Federation backed the Farmers' Union and the Workers' Party.\n"  # words of names: one issue each
        "Canada wants the minister to resign or be impeached.\n"  # a verb's phrases, no list of things
        "The vote on the city budget is in May.\n"  # an article on public affairs
    )
    quotes = [quote(body, "she opposed the pension reform and the carbon tax", "Ann Lee", kind="indirect", actor_id="a-lee")]
    found = {(p.actor_name, p.issue.id, p.stance) for p in positions(body, quotes)}
    assert {("Ivo Marsh", "education", "support"), ("Ivo Marsh", "health", "support"), ("Ivo Marsh", "agriculture", "support")} <= found
    assert {("Ann Lee", "labor", "oppose"), ("Ann Lee", "climate", "oppose")} <= found
    assert len([p for p in found if p[0] == "Ivo Marsh"]) == 3  # "in his first term the harbour grew" ends the list
    assert len([p for p in found if p[0] == "Teachers Federation"]) <= 1
    assert len([p for p in found if p[0] == "Canada"]) <= 1


def test_a_vote_with_its_full_date_or_its_referendum_before_to_is_a_stance():
    body = (
        "Canada voted on 14 March 2018 to leave the trade union.\n"
        "The Teachers Federation voted on June 3, 2019, to back the school funding formula.\n"
        "Ann Lee voted in a 2017 referendum to reject the housing plan.\n"
        "Ivo Marsh voted on a motion to delay the fuel tax.\n"  # "on" a motion: no time, the vote's object
    )
    assert {(p.actor_name, p.evidence.text) for p in positions(body, [])} >= {
        ("Canada", "voted on 14 March 2018 to leave the trade union"),
        ("Teachers Federation", "voted on June 3, 2019, to back the school funding formula"),
        ("Ann Lee", "voted in a 2017 referendum to reject the housing plan"),
    }
    assert not any(p.actor_name == "Ivo Marsh" for p in positions(body, []))


@pytest.mark.parametrize(
    ("clause", "stance"),
    [
        ("we are eager for a snap election", "support"),
        ("the federation was keen for a new vote on the fuel tax", "support"),  # "keen" is no participle of a passive
        ("they are keen to see the tariffs go", "support"),
        ("the rebels had made threats against the peacekeepers", "oppose"),
        ("the militia issued fresh threats against the harbour workers", "oppose"),
    ],
)
def test_eagerness_and_threats_are_stances(clause, stance):
    assert stancetaking(clause).stance == stance  # type: ignore[union-attr]


@pytest.mark.parametrize("clause", ["the rent relief was nowhere near enough", "the aid is not nearly enough", "the offer was far from enough"])
def test_an_insufficient_measure_is_opposed(clause):
    assert evaluative_stancetaking(clause).stance == "oppose"  # type: ignore[union-attr]


def test_a_request_intent_demand_or_appeal_that_a_name_owns_is_its_stance():
    body = (
        "The king will comply with the request of Prime Minister Ann Lee to raise the fuel tax.\n"
        "The governor cut the fuel tax at Ivo Marsh's request.\n"
        "It is the Teachers Federation's stated intent to scrap the school funding formula.\n"
        "Canada's demands have included a freeze of the fuel tax.\n"
    )
    assert {(p.actor_name, p.stance) for p in positions(body, [])} >= {
        ("Ann Lee", "support"),
        ("Ivo Marsh", "support"),
        ("Teachers Federation", "support"),
        ("Canada", "support"),
    }
    body = "The court heard Ann Lee's appeal against the fuel tax ruling on Monday.\n"
    assert ("Ann Lee", "oppose") in {(p.actor_name, p.stance) for p in positions(body, [])}
    # a request told of, no act done at it, and a request of money from someone are no stance of theirs
    body = "Ivo Marsh's request was turned down by the fuel tax board. The council made a request of $5 million from Ann Lee.\n"
    assert positions(body, []) == []


@pytest.mark.parametrize(
    "clause",
    [
        "the films are available on demand",
        "the offer was rejected by the union",
        "a vote for support of the arts",
        "the minister answered some questions about the budget",  # a trigger word after a quantifier is a noun
        "until the council votes to approve the budget",
        "I can raise the tariffs if I want",
    ],
)
def test_a_trigger_after_a_preposition_in_the_passive_or_in_a_condition_is_no_stance_of_the_clause(clause):
    assert stancetaking(clause) is None


def test_a_third_persons_stance_in_ones_own_words_is_reported_not_taken():
    body = "“He resisted the housing plan. They blocked it,” Ann Lee said.\n"
    assert positions(body, [quote(body, "He resisted the housing plan. They blocked it,", "Ann Lee", actor_id="a-lee")]) == []


def test_a_news_source_reporting_takes_no_stance_but_the_actors_in_its_report_do():
    body = "The Harbour Herald reported that Ann Lee signed the housing bill on Friday.\n"
    reported = quote(body, "Ann Lee signed the housing bill on Friday", "Harbour Herald", kind="indirect", cue="reported")
    assert [(p.actor_name, p.stance, p.evidence.quote_id) for p in positions(body, [reported])] == [
        ("Ann Lee", "support", None)
    ]


@pytest.mark.parametrize(
    ("clause", "stance"),
    [
        ("the minister signed a decree banning fireworks", "support"),  # the ban is what is signed
        ("the council urged the mayor to scrap the levy", "support"),  # a demand supports what it asks for
        ("the council urged the mayor to reject the levy", "oppose"),  # ... and a rejection it asks for opposes
        ("the council urged the mayor not to reject the levy", "support"),
        ("the union called for a boycott of the tax vote", "oppose"),
        ("the council urged the mayor to fight for the levy", "support"),
        ("I never threaten their pensions", "support"),  # an act of the speaker's, not an evaluation of "I"
    ],
)
def test_an_opposing_verb_reverses_only_a_verb_it_follows_or_completes(clause, stance):
    assert stancetaking(clause).stance == stance


def test_a_statement_next_to_a_quote_is_found_but_a_quotes_cue_is_not_one():
    body = "Ann Lee insists that the court hear the case, but the Teachers Federation has not backed her housing plan.\n"
    insisted = quote(body, "the court hear the case", "Ann Lee", kind="indirect", cue="insists", actor_id="a-lee")
    assert {(p.actor_name, p.stance, p.modality) for p in positions(body, [insisted])} == {
        ("Ann Lee", "support", "demanded"),
        ("Teachers Federation", "oppose", "negated"),
    }


def test_an_opposing_cue_gives_its_stance_to_what_it_reports():
    body = "Ann Lee questioned the mayor's power to do as he proposed on the housing plan.\n"
    questioned = quote(body, "the mayor's power to do as he proposed on the housing plan", "Ann Lee", kind="indirect",
                       cue="questioned", actor_id="a-lee")
    assert [(p.actor_name, p.stance) for p in positions(body, [questioned])] == [("Ann Lee", "oppose")]


def test_it_is_time_asks_for_what_follows():
    assert evaluative_stancetaking("it's time to give voters the final say").stance == "support"


def test_the_agent_of_a_passive_and_a_name_described_by_its_stance_hold_positions():
    body = (
        "The housing plan was condemned by the Teachers Federation on Monday.\n"
        "An early opponent of the plan, Ann Lee, spoke first.\n"
        "Ivo Marsh has long been a supporter of rent control.\n"
        "The death of the poet Mara Holt was announced by the Teachers Federation on Friday.\n"  # news, no stance
        "The vote on the city budget is in May.\n"  # an article on public affairs
    )
    assert {(p.actor_name, p.stance, p.evidence.text) for p in positions(body, [])} == {
        ("Teachers Federation", "oppose", "The housing plan was condemned by the Teachers Federation on Monday"),
        ("Ann Lee", "oppose", "opponent of the plan, Ann Lee"),
        ("Ivo Marsh", "support", "Ivo Marsh has long been a supporter of rent control"),
    }


# Invented articles written for issue #7 (politics, courts, diplomacy) and annotated by hand, before the system
# was run on them, by the held-out set's conventions: a position is a stance in a quote, a reported statement or
# a stated action (vote, signature, lawsuit, ban, condemnation, withdrawal), its evidence the words carrying it.
NEW_ARTICLES = [
    (
        "The parliament of Veldoria voted on Wednesday to pass a bill that bans the sale of farmland to foreign "
        "investors.\n"
        "Prime Minister Tomas Brandt signed the law hours later. “Our land is not for sale. This law protects "
        "the families who have farmed it for generations,” Brandt told reporters in Kessel.\n"
        "The opposition Liberal Party voted against the bill. Its leader, Mira Solberg, said the ban was "
        "short-sighted and would scare away investment.\n"
        "The Chamber of Commerce condemned the law and said it would challenge it in the constitutional court.\n"
        "Farmers' leader Jan Hovik welcomed the vote. “We have waited ten years for this,” he said.\n",
        [
            ("Veldoria", "support", "voted on Wednesday to pass a bill that bans the sale of farmland"),
            ("Tomas Brandt", "support", "signed the law hours later"),
            ("Tomas Brandt", "support", "This law protects the families who have farmed it for generations"),
            ("Liberal Party", "oppose", "voted against the bill"),
            ("Mira Solberg", "oppose", "the ban was short-sighted and would scare away investment"),
            ("Chamber of Commerce", "oppose", "condemned the law"),
            ("Chamber of Commerce", "oppose", "it would challenge it in the constitutional court"),
            ("Jan Hovik", "support", "welcomed the vote"),
        ],
    ),
    (
        "A coalition of press freedom groups filed a lawsuit on Monday against the government of Marovia over a "
        "decree that lets the police close newspapers without a court order.\n"
        "“This decree is unconstitutional and it is a direct attack on a free press,” said Lina Duarte, a lawyer "
        "for the coalition.\n"
        "Justice Minister Pavel Orlic defended the decree. He said it was a temporary measure needed to stop the "
        "spread of false reports during the election.\n"
        "Judge Helena Moritz of the High Court suspended the decree on Thursday pending a full hearing. The "
        "government said it would appeal.\n"
        "The editor of the Marovia Herald, Ivo Petrak, said the ruling was a victory for every reader.\n",
        [
            ("press freedom groups", "oppose", "filed a lawsuit on Monday against the government of Marovia"),
            ("Lina Duarte", "oppose", "This decree is unconstitutional and it is a direct attack on a free press"),
            ("Pavel Orlic", "support", "defended the decree"),
            ("Pavel Orlic", "support", "it was a temporary measure needed to stop the spread of false reports"),
            ("Helena Moritz", "oppose", "suspended the decree on Thursday pending a full hearing"),
            ("government", "oppose", "it would appeal"),
            ("Ivo Petrak", "support", "the ruling was a victory for every reader"),
        ],
    ),
    (
        "The foreign ministers of Ostland and Severia signed a border agreement in Geneva on Friday, ending a "
        "dispute that had lasted two decades.\n"
        "“Today we choose peace over suspicion,” Ostland's foreign minister, Karin Aaltonen, said after the "
        "ceremony.\n"
        "Severian foreign minister Dmitri Volkan called the deal a historic step and urged both parliaments to "
        "ratify it quickly.\n"
        "The nationalist Homeland Front rejected the agreement. Its chairman, Boris Kettel, said the government "
        "had betrayed the people of the border villages.\n"
        "United Nations Secretary-General Amara Osei praised both governments for their courage.\n",
        [
            ("Karin Aaltonen", "support", "signed a border agreement|Today we choose peace over suspicion"),
            ("Dmitri Volkan", "support", "a historic step"),
            ("Dmitri Volkan", "support", "both parliaments to ratify it quickly"),
            ("Homeland Front", "oppose", "rejected the agreement"),
            ("Boris Kettel", "oppose", "the government had betrayed the people of the border villages"),
            ("Amara Osei", "support", "praised both governments for their courage"),
        ],
    ),
    (
        "The mayor of Port Elin, Grace Mbeki, vetoed a city council plan on Tuesday to sell the harbour "
        "district to a private developer.\n"
        "“The harbour belongs to the people of this city, and I will not let it be sold behind their backs,” "
        "Mbeki said.\n"
        "Council member Victor Hale, who proposed the sale, criticised the veto. He said the city needed the "
        "money to repair its schools.\n"
        "The residents' association has collected 12,000 signatures against the sale and plans to hold a "
        "referendum.\n"
        "“We are grateful to the mayor,” said the association's chair, Nora Halvard.\n",
        [
            ("Grace Mbeki", "oppose", "vetoed a city council plan on Tuesday to sell the harbour district"),
            ("Grace Mbeki", "oppose", "I will not let it be sold behind their backs"),
            ("Victor Hale", "support", "proposed the sale"),
            ("Victor Hale", "oppose", "criticised the veto"),
            ("Victor Hale", "support", "the city needed the money to repair its schools"),
            ("residents' association", "oppose", "collected 12,000 signatures against the sale"),
            ("Nora Halvard", "support", "We are grateful to the mayor"),
        ],
    ),
]


def test_new_invented_articles_on_politics_courts_and_diplomacy():
    """First run (commit 9d3251b) 0.50: 10 matched / 12 predicted / 28 gold."""
    f1, counts = _articles_f1(NEW_ARTICLES)
    assert f1 >= 0.6, counts


def test_statements_with_an_apposition_a_relative_clause_or_coordinated_verbs():
    body = (
        "The mayor of the port, Ann Lee, vetoed the housing plan.\n"
        "Ivo Marsh, who proposed the housing plan, criticised the veto.\n"
        "The Teachers Federation met the school board on Monday and rejected the wage offer.\n"
        "Canada reported that Ivo Marsh visited the port and backed the trade deal.\n"
    )
    assert {(p.actor_name, p.stance, p.evidence.text) for p in positions(body, [])} == {
        ("Ann Lee", "oppose", "vetoed the housing plan"),
        ("Ivo Marsh", "support", "proposed the housing plan"),
        ("Ivo Marsh", "oppose", "criticised the veto"),
        ("Teachers Federation", "oppose", "rejected the wage offer"),
        ("Ivo Marsh", "support", "backed the trade deal"),
    }


def test_a_verb_that_introduces_a_quote_after_that_is_no_statement():
    body = "Ann Lee announced that the council will back the housing plan.\n"
    announced = quote(body, "the council will back the housing plan", "Ann Lee", kind="indirect", cue="announced",
                      actor_id="a-lee")
    assert [p.evidence.quote_id for p in positions(body, [announced])] == [announced.id]


@pytest.mark.parametrize(
    ("clause", "stance"),
    [
        ("the plan is short-sighted", "oppose"),
        ("this is a power grab, plain and simple", "oppose"),
        ("we are deeply concerned by the closures", "oppose"),
        ("the reform is too little, too late", "oppose"),
        ("the deal is a game changer for our farmers", "support"),
        ("we are pleased with the outcome", "support"),
        ("the closure of the assembly is a smash and grab on our democracy", "oppose"),
        ("the hearing was a charade and the verdict a mockery", "oppose"),
        ("the new voting rules are undemocratic", "oppose"),
        ("cutting the ferry subsidy now would be foolish", "oppose"),
        ("the pension deal is a positive step for retired miners", "support"),
        ("the harbour agreement is a win-win for both towns", "support"),
        # judgements of a measure, a claim or an official in strong words
        ("the curfew on young people is an injustice", "oppose"),
        ("the mayor's defence of the toll is a silly argument", "oppose"),
        ("a ban on street music is repugnant to the values of this city", "oppose"),
        ("it was idiotic to close the ferry line", "oppose"),
        ("the way they handled the eviction of the tenants is disgusting", "oppose"),
        # carelessness, a pretext, a lack of openness, excess and viciousness judged
        ("the flooding shows carelessness by the water board", "oppose"),
        ("the council used the audit as a pretext for closing the library", "oppose"),
        ("the tender for the contracts suffered from a lack of transparency", "oppose"),
        ("closing the rural post offices would be a retrograde step", "oppose"),
        ("the lobby is unduly influencing the zoning board", "oppose"),
        ("the levy puts undue pressure on small farms", "oppose"),
        ("the payday lenders trap families in a vicious circle of debt", "oppose"),
        ("the curfew on teenagers is unenforceable and the fines are disproportionate", "oppose"),
        ("building a wall along the river would be futile", "oppose"),
        ("the plan to sell the harbour is wrongheaded", "oppose"),
        ("raising the school budget was a prudent and laudable decision", "support"),
    ],
)
def test_general_evaluative_vocabulary(clause, stance):
    assert evaluative_stancetaking(clause).stance == stance


def test_a_speaker_named_with_the_article_is_the_actor_of_that_name():
    body = "The Teachers Federation said the wage offer was unacceptable.\n"
    said = quote(body, "the wage offer was unacceptable", "The Teachers Federation", kind="indirect")
    assert [(p.actor_name, p.stance) for p in positions(body, [said])] == [("Teachers Federation", "oppose")]


def test_a_verb_of_calling_a_pronoun_subject_and_a_speech_verb_coordinated_with_a_stance_verb():
    body = (
        "The Teachers Federation called the housing plan reckless on Monday.\n"
        "Ivo Marsh met the union on Tuesday. He later rejected the wage offer.\n"
        "Ann Lee welcomed the trade deal but warned that she would not accept new tariffs.\n"
        "Canada reported the housing plan was a disaster.\n"  # a reporting verb takes no stance
    )
    assert {(p.actor_name, p.stance, p.evidence.text) for p in positions(body, [])} == {
        ("Teachers Federation", "oppose", "called the housing plan reckless on Monday"),
        ("Ivo Marsh", "oppose", "later rejected the wage offer"),
        ("Ann Lee", "support", "welcomed the trade deal"),
        ("Ann Lee", "oppose", "warned that she would not accept new tariffs"),
    }


def test_a_name_after_a_preposition_or_locating_another_place_is_no_subject():
    places = ACTORS + [Actor(id="a-oslo", name="Oslo", type="place", mention_count=1)]
    body = (
        "Ivo Marsh, the premier of Canada, signed the trade deal.\n"
        "The council in Canada abolished the fuel tax.\n"
        "The harbour board of Oslo, Canada voted to pass the housing bill.\n"
        "A number of Teachers Federation members rejected the wage offer.\n"
        "The levy was raised by Ann Lee back in 2019.\n"
    )
    found = find_positions(body, [], places, default_taxonomy()).positions
    assert {(p.actor_name, p.stance, p.evidence.text) for p in found} == {
        ("Ivo Marsh", "support", "signed the trade deal"),
        ("council in Canada", "oppose", "abolished the fuel tax"),  # the unnamed collective, not the place
    }
    body = "A number of Teachers Federation rejected the wage offer.\n"
    assert [p.actor_name for p in positions(body, [])] == ["Teachers Federation"]


def test_acceding_to_a_demand_supports_it():
    assert stancetaking("the government did not accede to the demands for an inquiry").stance == "oppose"


def test_a_source_that_content_is_according_to_takes_no_stance_but_the_actors_in_it_do():
    body = "According to the Teachers Federation, Ann Lee signed the housing bill on Friday.\n"
    relayed = quote(body, "Ann Lee signed the housing bill on Friday", "Teachers Federation", kind="indirect",
                    cue="According to", actor_id="a-union")
    assert [(p.actor_name, p.stance, p.evidence.quote_id) for p in positions(body, [relayed])] == [
        ("Ann Lee", "support", None)
    ]


# Three more invented articles (health, courts and elections, trade diplomacy) written and annotated by hand for
# issue #7 round 2 before the system was run on them, by the held-out set's conventions.
ROUND_TWO_ARTICLES = [
    (
        "The health ministry of Arland said on Monday that it will close three rural hospitals by December.\n"
        "Health Minister Petra Lind defended the decision. “We cannot keep paying for wards that stand half empty,” "
        "Lind told reporters in the capital.\n"
        "The Arland Nurses Association called the plan reckless and urged the ministry to reverse it. Its president, "
        "Omar Castell, said patients would die on the roads.\n"
        "The opposition Green Party tabled a motion against the closures on Tuesday. Party leader Elsa Brun accused "
        "the minister of abandoning rural families.\n"
        "The mayors of the three towns signed a joint letter asking the government to keep the hospitals open.\n",
        [
            ("health ministry", "support", "it will close three rural hospitals by December"),
            ("Petra Lind", "support", "defended the decision"),
            ("Petra Lind", "support", "We cannot keep paying for wards that stand half empty"),
            ("Arland Nurses Association", "oppose", "called the plan reckless"),
            ("Arland Nurses Association", "support", "urged the ministry to reverse it"),
            ("Omar Castell", "oppose", "patients would die on the roads"),
            ("Green Party", "oppose", "tabled a motion against the closures"),
            ("Elsa Brun", "oppose", "accused the minister of abandoning rural families"),
            ("the mayors of the three towns", "support", "asking the government to keep the hospitals open"),
        ],
    ),
    (
        "Judge Carla Reyes of the Federal Court ruled on Thursday that the electoral map drawn by the Senate of "
        "Tarvia was unconstitutional and ordered a new one before the spring election.\n"
        "“The map divides communities to favour one party. That is not what the constitution allows,” Reyes wrote "
        "in her decision.\n"
        "Senate President Hugo Marchetti said the Senate would appeal the ruling to the Supreme Court. He called the "
        "decision an attack on the separation of powers.\n"
        "The Voters' Rights League, which brought the case, praised the judge. “This is a win for every voter in "
        "Tarvia,” said its director, Amy Torvald.\n"
        "Governor Luis Ferrer has not commented on the ruling.\n",
        [
            ("Carla Reyes", "oppose", "the electoral map drawn by the Senate of Tarvia was unconstitutional"),
            ("Carla Reyes", "support", "ordered a new one before the spring election"),
            ("Carla Reyes", "oppose", "The map divides communities to favour one party. That is not what the constitution allows"),
            ("Hugo Marchetti", "oppose", "the Senate would appeal the ruling to the Supreme Court"),
            ("Hugo Marchetti", "oppose", "an attack on the separation of powers"),
            ("Voters' Rights League", "oppose", "brought the case"),
            ("Voters' Rights League", "support", "praised the judge"),
            ("Amy Torvald", "support", "This is a win for every voter in Tarvia"),
        ],
    ),
    (
        "Norland and Eskaria agreed on Saturday to lift tariffs on each other's steel and grain, ending a trade "
        "dispute that began in 2021.\n"
        "Norland's trade minister, Sofia Brandvik, said the deal would save thousands of jobs in the steel towns of "
        "the north.\n"
        "Eskarian President Adam Rusu welcomed the agreement but warned that his government would not accept any "
        "new quotas.\n"
        "Farmers in Eskaria were less enthusiastic. “Cheap Norland grain will flood our markets,” said Ivan Petrov, "
        "head of the Eskarian Farmers Union, which has threatened to block border crossings.\n"
        "The European Commission said it hoped the deal would serve as a model.\n",
        [
            ("Norland", "support", "agreed on Saturday to lift tariffs on each other's steel and grain"),
            ("Eskaria", "support", "agreed on Saturday to lift tariffs on each other's steel and grain"),
            ("Sofia Brandvik", "support", "the deal would save thousands of jobs"),
            ("Adam Rusu", "support", "welcomed the agreement"),
            ("Adam Rusu", "oppose", "his government would not accept any new quotas"),
            ("Ivan Petrov", "oppose", "Cheap Norland grain will flood our markets"),
            ("Eskarian Farmers Union", "oppose", "has threatened to block border crossings"),
            ("European Commission", "support", "it hoped the deal would serve as a model"),
        ],
    ),
]


def test_round_two_invented_articles():
    """Target F1 >= 0.6; first run (commit 8db8b47) 0.375: 6 matched / 7 predicted / 25 gold; 0.457 (8/10/25) at the
    end of round 2; 0.500 (9/11/25) in round 3 (a judge's 'ruled that'); 0.667 (13/14/25) with a 'which' clause after
    a preposition, 'ordered', 'brought a case' and 'save jobs'. Left: a collective that only says ('the health ministry
    said it will close'), 'said its director, X', implicit stances ('grain will flood our markets'), places the
    article invents ('Norland and Eskaria agreed'), and the accusation this annotation counts and the seed does not."""
    f1, counts = _articles_f1(ROUND_TWO_ARTICLES)
    assert f1 >= 0.6, counts


def test_an_unnamed_collective_opening_a_sentence_holds_a_stance_under_its_own_words():
    body = (
        "On Monday, attorneys general from five states filed a lawsuit against the housing plan.\n"
        "A number of Senators condemned the ruling.\n"
        "The officials rejected the plan.\n"  # no collective of its own: unnamed individuals
        "The council of Canada backed the trade deal.\n"  # a named place locating the collective
        "Many Ivo Marsh supporters welcomed the tax.\n"  # a named actor before the head speaks for itself
    )
    assert {(p.actor_name, p.stance, p.evidence.text) for p in positions(body, [])} == {
        ("attorneys general from five states", "oppose", "filed a lawsuit against the housing plan"),
        ("Senators", "oppose", "condemned the ruling"),
        ("council of Canada", "support", "backed the trade deal"),
    }


def test_a_judges_finding_and_a_name_with_its_affiliation_before_the_verb():
    body = (
        "Judge Ann Lee of the High Court ruled on Monday that the housing plan was unconstitutional.\n"
        "Ivo Marsh of the Teachers Federation found the wage offer in the archive.\n"  # a finding with no "that"
    )
    assert {(p.actor_name, p.stance, p.evidence.text) for p in positions(body, [])} == {
        ("Ann Lee", "oppose", "ruled on Monday that the housing plan was unconstitutional"),
    }


def test_an_act_towards_nobody_in_particular_is_no_stance():
    assert stancetaking("I never threaten anybody") is None
    assert stancetaking("we reject anything that raises the tax").stance == "oppose"


def test_a_trigger_word_before_of_is_a_noun_unless_the_phrase_takes_of():
    assert stancetaking("whenever there are signs of progress on the tax") is None
    assert stancetaking("we approve of the new tax").stance == "support"
    assert stancetaking("they marched in support of the housing plan").stance == "support"


def test_a_negated_verb_coordinated_with_the_first_is_a_predicate_of_its_own():
    body = "Ivo Marsh signed the trade deal but did not accede to the union's demands for a wage increase.\n"
    assert {(p.actor_name, p.stance, p.evidence.text) for p in positions(body, [])} == {
        ("Ivo Marsh", "support", "signed the trade deal"),
        ("Ivo Marsh", "oppose", "did not accede to the union's demands for a wage increase"),
    }


def test_a_quote_spoken_by_an_unnamed_collective_is_its_position():
    body = "The health ministry of Canada said it would scrap the fuel tax. A bystander said we must keep the fuel tax.\n"
    quotes = [
        quote(body, "it would scrap the fuel tax", "The health ministry of Canada", kind="indirect"),
        quote(body, "we must keep the fuel tax", "A bystander", kind="indirect"),
    ]
    assert [(p.actor_name, p.stance) for p in positions(body, quotes)] == [("health ministry of Canada", "oppose")]


def test_a_stance_stated_about_an_actor_that_also_states_it_counts_once():
    body = (
        "The housing plan was condemned by Ivo Marsh on Monday.\n"
        "Later Ivo Marsh rejected the housing plan in a letter.\n"
    )
    assert [(p.actor_name, p.stance, p.evidence.text) for p in positions(body, [])] == [
        ("Ivo Marsh", "oppose", "rejected the housing plan in a letter"),
    ]


def test_an_unnamed_group_that_takes_a_position_is_one_of_the_articles_actors():
    body = "Attorneys general from five states filed a lawsuit against the housing plan.\nA number of Senators condemned it.\n"
    article = enrich(RawArticle(id="groups", body=body))
    actors = {actor.id: actor for actor in article.actors}
    assert article.positions
    for position in article.positions:
        assert position.actor_id in actors
        assert actors[position.actor_id].name == position.actor_name
    assert {actor.type for actor in actors.values() if actor.name == "Senators"} == {"group"}


def test_a_subject_with_its_short_form_in_brackets_or_a_long_relative_clause_before_the_verb():
    body = (
        "One of the unions, the Teachers Federation (TF), opposed the new school funding formula.\n"
        "Ann Lee, who chaired the committee on rural housing and later led its delegation to the capital, also "
        "criticised the rent freeze.\n"
    )
    assert {(p.actor_name, p.stance, p.evidence.text) for p in positions(body, [])} == {
        ("Teachers Federation", "oppose", "opposed the new school funding formula"),
        ("Ann Lee", "oppose", "also criticised the rent freeze"),
    }


def test_coordinated_names_share_their_verb_and_a_passives_agents():
    body = (
        "Ann Lee and former mayor Ivo Marsh signed the new trade agreement on Monday.\n"
        "The rent freeze was condemned in a joint letter by Canada and the Teachers Federation.\n"
    )
    assert {(p.actor_name, p.stance) for p in positions(body, [])} == {
        ("Ann Lee", "support"),
        ("Ivo Marsh", "support"),
        ("Canada", "oppose"),
        ("Teachers Federation", "oppose"),
    }
    # a name that is no subject breaks the chain: "a meeting with Ann Lee" did not sign
    body = "After a meeting with Ann Lee, Ivo Marsh signed the new trade agreement.\n"
    assert {(p.actor_name, p.stance) for p in positions(body, [])} == {("Ivo Marsh", "support")}


def test_a_name_after_of_in_a_passives_agent_phrase_only_qualifies_the_agent():
    # a title or a name with "of" ("Senator Mara Holt of Canada", "Members of the Teachers Federation"): its bearer,
    # not the place or body after "of", is the agent
    body = (
        "The rent freeze was co-sponsored by Senator Mara Holt of Canada on Monday.\n"
        "The housing plan was condemned by two Members of the Teachers Federation.\n"
    )
    assert positions(body, []) == []
    # the name itself after "by", and a body's lowercase "members", are still the agent
    body = (
        "The housing plan was condemned by the Teachers Federation.\n"
        "The rent freeze was condemned by members of Canada.\n"
    )
    assert {(p.actor_name, p.stance) for p in positions(body, [])} == {("Teachers Federation", "oppose"), ("Canada", "oppose")}


def test_a_stance_noun_that_a_verb_expresses_verbs_of_praise_and_blame_and_a_relative_which():
    body = (
        "Canada expressed its strong support for the trade deal.\n"
        "Ann Lee voiced opposition to the rent freeze.\n"
        "Ivo Marsh hailed the school funding formula as a model for the region.\n"
        "The Teachers Federation, which deplored the wage offer, met on Monday.\n"
    )
    assert {(p.actor_name, p.stance) for p in positions(body, [])} == {
        ("Canada", "support"),
        ("Ann Lee", "oppose"),
        ("Ivo Marsh", "support"),
        ("Teachers Federation", "oppose"),
    }
    assert stancetaking("the ministry expressed its deep regret") is None  # a noun that states no stance


def test_a_past_act_of_another_actor_in_reported_speech_is_that_actors_position():
    body = "Ivo Marsh noted that the Teachers Federation had rejected the wage offer.\n"
    noted = quote(body, "the Teachers Federation had rejected the wage offer", "Ivo Marsh", kind="indirect", cue="noted")
    assert {(p.actor_name, p.stance) for p in positions(body, [noted])} == {("Teachers Federation", "oppose")}
    # a pledge the speaker makes for an actor stays the speaker's
    body = "Ivo Marsh said Canada would never abandon the trade deal.\n"
    said = quote(body, "Canada would never abandon the trade deal", "Ivo Marsh", kind="indirect")
    assert {(p.actor_name, p.stance) for p in positions(body, [said])} == {("Ivo Marsh", "support")}


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("the ferry link has been suspended since the storm", None),  # a passive reports what was done
        ("the old harbour wall was destroyed in the flood", None),
        ("the striker was fined and later banned from the league", None),  # a participle coordinated after "was"
        ("the rally was halted or banned in three towns", None),
        ("the stolen van was found abandoned near the ferry terminal", None),  # "found" or "left" before a state
        ("the two trawlers were left abandoned in the harbour", None),
        ("the union was consulted and opposed the wage offer", "oppose"),  # an active verb after "and" states a stance
        ("the fuel levy should be suspended", "oppose"),  # unless a duty asks for it
        ("we are opposed to the new tariffs", "oppose"),  # a participle of stance
        ("closing the rural clinics is a big mistake", "oppose"),  # an intensifier before an evaluative noun
        ("the new trade deal was a major success", "support"),
    ],
)
def test_a_factual_passive_states_no_stance_and_an_intensified_evaluation_does(clause, expected):
    take = stancetaking(clause)
    assert (take.stance if take else None) == expected


def test_a_time_before_a_quote_leaves_its_cue_no_statement_and_news_of_an_earlier_event_takes_no_stance_from_the_cue():
    body = "Ann Lee announced on Friday that the council will back the housing plan.\n"
    announced = quote(body, "the council will back the housing plan", "Ann Lee", kind="indirect", cue="announced")
    assert [p.evidence.text for p in positions(body, [announced])] == ["the council will back the housing plan"]
    body = "Ivo Marsh announced he had met the housing minister.\n"
    announced = quote(body, "he had met the housing minister", "Ivo Marsh", kind="indirect", cue="announced")
    assert positions(body, [announced]) == []
    body = "Ivo Marsh announced that Ann Lee resigned from the housing board.\n"
    announced = quote(body, "Ann Lee resigned from the housing board", "Ivo Marsh", kind="indirect", cue="announced")
    assert positions(body, [announced]) == []
    # what has been done, reported as done, is news too; what will be done is the speaker's plan
    body = "The Teachers Federation announced that the spring congress in the capital has been cancelled.\n"
    content = "the spring congress in the capital has been cancelled"
    announced = quote(body, content, "Teachers Federation", kind="indirect", cue="announced", actor_id="a-union")
    assert positions(body, [announced]) == []
    body = "The Teachers Federation announced that it will cancel the spring congress in the capital.\n"
    content = "it will cancel the spring congress in the capital"
    announced = quote(body, content, "Teachers Federation", kind="indirect", cue="announced", actor_id="a-union")
    assert [p.actor_name for p in positions(body, [announced])] == ["Teachers Federation"]
    # what an inquiry or a test found is news; what will be done about it is a plan
    assert cue_stancetaking("announced", "the tests by a harbour laboratory found lead in the housing estate's water") is None
    assert cue_stancetaking("announced", "an audit of the housing board showed no loss") is None
    assert cue_stancetaking("announced", "the council will fund the housing plan the inquiry suggested") is not None
    # what will not be, or cannot be, is no measure announced
    assert cue_stancetaking("announced", "some ferries can't run the Sunday timetable after the storm") is None
    assert cue_stancetaking("announced", "the harbour board will not hold the spring fair this year") is None
    # a negation in a subordinate clause does not negate what is announced
    assert cue_stancetaking("announced", "a ban on night ferries although the mayor did not want one") is not None


@pytest.mark.parametrize(
    "clause",
    [
        "the new border treaty is null and void",
        "a dastardly attack on the harbour",
        "this vote was a stab in the back",
        "the new fuel tax is too high",
        "the rise in the minimum wage was too small",
    ],
)
def test_words_of_condemnation_oppose(clause):
    assert evaluative_stancetaking(clause).stance == "oppose"


@pytest.mark.parametrize(
    ("clause", "stance"),
    [
        ("the ministry does not recommend the new vaccine for children", "oppose"),
        ("the board recommended a ban on night flights", "support"),
        ("we will pursue the case against the mining company", "support"),
        ("we don't seek to exclude anyone from the trade talks", "support"),  # "anyone from": someone in particular
        ("the country must avoid a trade war", "oppose"),
        # cooperation given or withheld
        ("we are fully cooperating with the pension regulator", "support"),
        ("the union will cooperate with the ministry on the new school funding formula", "support"),
        ("the club has not cooperated with the tax inquiry", "oppose"),
    ],
)
def test_recommending_pursuing_excluding_avoiding_and_cooperating(clause, stance):
    assert stancetaking(clause).stance == stance


def test_a_quote_said_jointly_is_the_position_of_each_speaker():
    body = "Ann Lee and former deputy mayor Ivo Marsh said the rent freeze was unfair.\n"
    said = quote(body, "the rent freeze was unfair", "Ivo Marsh", kind="indirect")
    assert {(p.actor_name, p.stance) for p in positions(body, [said])} == {("Ann Lee", "oppose"), ("Ivo Marsh", "oppose")}
    said = quote(body, "the rent freeze was unfair", "Ann Lee", kind="indirect")
    assert {(p.actor_name, p.stance) for p in positions(body, [said])} == {("Ann Lee", "oppose"), ("Ivo Marsh", "oppose")}
    # a name before a comma is no joint speaker ("In a letter to Canada, Lee said")
    body = "In a letter to Canada, Ann Lee said the rent freeze was unfair and the tax too high.\n"
    said = quote(body, "the rent freeze was unfair and the tax too high", "Ann Lee", kind="indirect")
    assert {p.actor_name for p in positions(body, [said])} == {"Ann Lee"}


def test_a_list_of_subjects_ends_with_and_and_the_subject_of_a_condition_did_nothing():
    body = (
        "According to a memo by Ann Lee, the Teachers Federation rejected the wage offer.\n"
        "Ivo Marsh said he would resign if Canada rejected the trade deal.\n"
    )
    assert {(p.actor_name, p.stance) for p in positions(body, [])} == {("Teachers Federation", "oppose")}
    body = "The rent freeze was condemned by Ann Lee, Ivo Marsh said.\n"
    assert {(p.actor_name, p.stance) for p in positions(body, [])} == {("Ann Lee", "oppose")}


def test_a_group_named_after_its_leader_holds_its_own_position():
    body = "Ann Lee met voters on Monday.\nThe Lee campaign criticised the new tax on fuel.\n"
    article = enrich(RawArticle(id="campaign", body=body))
    assert {(p.actor_name, p.stance) for p in article.positions} == {("Lee campaign", "oppose")}


@pytest.mark.parametrize(
    ("clause", "stance"),
    [
        ("we will not sign a trade deal that does not protect farmers", "support"),
        ("we reject any budget which doesn't fund the harbour", "support"),
        ("we back a housing plan that does not raise taxes", "oppose"),
    ],
)
def test_a_relative_clause_that_says_what_the_object_lacks_reverses_the_stance_on_it(clause, stance):
    assert stancetaking(clause).stance == stance


@pytest.mark.parametrize(
    ("clause", "stance"),
    [
        ("they were fighting corruption in the port authority", "oppose"),
        ("we will fight for lower rents", "support"),
        ("let's keep fighting", None),
        ("we will keep fighting to protect the rural clinics", "support"),  # what one fights to do
        ("they fought to the end of the campaign", None),
        ("the two countries fought a war over the islands", None),
    ],
)
def test_what_one_fights_one_opposes(clause, stance):
    take = stancetaking(clause)
    assert (take.stance if take else None) == stance


def test_a_which_clause_states_the_stance_of_the_name_it_follows_even_after_a_preposition():
    body = "Protesters gathered outside the offices of the Teachers Federation, which rejected the wage offer on Monday.\n"
    assert {(p.actor_name, p.stance) for p in positions(body, [])} == {("Teachers Federation", "oppose")}


@pytest.mark.parametrize(
    ("clause", "stance"),
    [
        ("the judge ordered a new count of the ballots", "support"),
        ("the cease and desist order did not cover the radio station", None),  # "order" as a noun
        ("the league brought a case against the electoral map", "oppose"),
        ("the new trade deal will save thousands of jobs", "support"),
        ("the residents collected 12,000 signatures against the sale of the park", "oppose"),
        ("the opposition tabled a motion against the hospital closures", "oppose"),
        ("the commission hoped the trade deal would serve as a model", "support"),
        ("there is no hope of a trade deal", None),
    ],
)
def test_ordering_bringing_a_case_saving_jobs_and_acts_of_protest(clause, stance):
    take = stancetaking(clause)
    assert (take.stance if take else None) == stance


ROUND_THREE_ARTICLES = [
    (
        "The parliament of Valdoria voted on Tuesday to raise the minimum wage by ten percent from January.\n"
        "Labour Minister Teresa Okafor, who drafted the bill, called the vote a victory for working families. "
        "“Nobody who works full time should live in poverty,” Okafor said.\n"
        "The Valdorian Employers Federation criticised the increase and warned that small shops would cut jobs. "
        "Its chairman, Piet Vandermeer, said the government had ignored the businesses that create most jobs.\n"
        "Opposition leader Marco Bellini and former finance minister Lena Hartig said the rise was too small.\n"
        "The Retail Workers Union welcomed the vote but said it would keep campaigning for a higher wage.\n",
        [
            ("parliament of Valdoria", "support", "voted on Tuesday to raise the minimum wage by ten percent from January"),
            ("Teresa Okafor", "support", "drafted the bill"),
            ("Teresa Okafor", "support", "called the vote a victory for working families"),
            ("Teresa Okafor", "support", "Nobody who works full time should live in poverty"),
            ("Valdorian Employers Federation", "oppose", "criticised the increase"),
            ("Piet Vandermeer", "oppose", "the government had ignored the businesses that create most jobs"),
            ("Marco Bellini", "oppose", "the rise was too small"),
            ("Lena Hartig", "oppose", "the rise was too small"),
            ("Retail Workers Union", "support", "welcomed the vote"),
        ],
    ),
    (
        "The Constitutional Court of Kestria on Friday struck down a law that allowed the police to hold suspects "
        "for thirty days without charge.\n"
        "Chief Justice Helena Marsh wrote that the law violated the right to a fair trial.\n"
        "Interior Minister Jonas Reed said the government respected the ruling but would draft a new law. "
        "“We will not leave the police without the tools they need to fight terrorism,” Reed said.\n"
        "The Kestrian Civil Liberties Union, which had challenged the law, praised the decision. Its director, "
        "Farah Aziz, said it was a good day for the rule of law.\n"
        "The neighbouring government of Ostmark condemned a bomb attack on a border post on Thursday and offered "
        "its support to the investigation.\n",
        [
            ("Constitutional Court of Kestria", "oppose", "struck down a law that allowed the police to hold suspects"),
            ("Helena Marsh", "oppose", "the law violated the right to a fair trial"),
            ("Jonas Reed", "support", "would draft a new law"),
            ("Jonas Reed", "support", "We will not leave the police without the tools they need to fight terrorism"),
            ("Kestrian Civil Liberties Union", "oppose", "had challenged the law"),
            ("Kestrian Civil Liberties Union", "support", "praised the decision"),
            ("Farah Aziz", "support", "it was a good day for the rule of law"),
            ("Ostmark", "oppose", "condemned a bomb attack on a border post"),
            ("Ostmark", "support", "offered its support to the investigation"),
        ],
    ),
]


def test_round_three_invented_articles():
    """Annotated before any rule looked at them (wages, a court striking down a law, a condemnation): 0.667 (10/12/18)
    at their first run; 0.788 (13/15/18) with 'voted on Tuesday to', 'violated' and a coordinated 'offered its
    support'; 0.857 (15/17/18) with 'too small' and a joint speaker after a title of three words; 0.889 with a time
    between a subject and its verb ('The court on Friday struck down'); 0.944 (17/18/18) with 'nobody ... should live
    in poverty' read as wanting a remedy. Left: an effect in a relative clause ('businesses that create most
    jobs')."""
    f1, counts = _articles_f1(ROUND_THREE_ARTICLES)
    assert f1 >= 0.6, counts


@pytest.mark.parametrize(
    ("clause", "stance"),
    [
        ("the assembly voted on Tuesday to raise the minimum wage", "support"),
        ("the senators voted unanimously against the new levy", "oppose"),
        ("the new law violated the right to a fair trial", "oppose"),
    ],
)
def test_a_vote_with_its_time_and_a_law_that_violates_a_right(clause, stance):
    assert stancetaking(clause).stance == stance


def test_a_coordinated_verb_that_expresses_support_states_it():
    body = "Canada condemned the new tariffs on steel and offered its support to the free trade talks.\n"
    assert {(p.actor_name, p.stance) for p in positions(body, [])} == {("Canada", "oppose"), ("Canada", "support")}


def test_a_demand_to_think_about_something_is_no_stance_on_it():
    assert stancetaking("the mayor urged residents to consider the costs of the new stadium") is None
    assert cue_stancetaking("urged", "voters to remember who raised the fuel tax") is None
    assert stancetaking("the mayor urged residents to back the new stadium").stance == "support"
    assert cue_stancetaking("urged", "voters to back the fuel tax").stance == "support"


def test_in_ones_own_words_the_act_of_a_third_party_named_by_a_common_noun_is_reported_not_taken():
    def said(words: str) -> list[tuple[str, str]]:
        body = f"“{words},” Ivo Marsh said.\n"
        return [(p.actor_name, p.stance) for p in positions(body, [quote(body, words, "Ivo Marsh")])]

    assert said("But these ministers have rejected the housing plan") == []
    assert said("The Teachers Federation does not support the housing plan") == [("Ivo Marsh", "oppose")]
    assert said("These ministers and I have rejected the housing plan") == [("Ivo Marsh", "oppose")]
    assert said("The housing plan is a disaster for the valley") == [("Ivo Marsh", "oppose")]


def test_in_ones_own_words_the_act_of_a_person_named_by_title_is_reported_unless_the_title_is_the_speakers():
    def said(words: str, speaker: str = "Ivo Marsh", actor_id: str = "a-ford") -> list[tuple[str, str]]:
        body = f"“{words},” {speaker} said.\n"
        return [(p.actor_name, p.stance) for p in positions(body, [quote(body, words, speaker, actor_id=actor_id)])]

    assert said("Colonel Tarn also approved the housing plan") == []
    assert said("President Lee rejected the housing plan", "Ann Lee", "a-lee") == [("Ann Lee", "oppose")]


@pytest.mark.parametrize(
    ("words", "stance"),
    [
        ("I am honoured and deeply grateful to all of them", None),  # thanks and feelings
        ("He was a great man and a good friend", None),  # a tribute
        ("My victory belongs to my coach", None),
        ("She made a great contribution to the housing plan", None),  # praise of a third person, issue or not
        ("It is a great deal for farmers", "support"),  # praise of what names an issue
        ("It is a disgrace", "oppose"),  # a condemnation
        ("Maybe it is time now", "support"),  # a call to act
        ("I appreciate them for coming to the rally", None),  # thanks
        ("She is cautiously optimistic", None),  # a feeling
    ],
)
def test_praise_of_a_person_or_thing_and_ones_own_feelings_take_no_stance_unless_an_issue_is_named(words, stance):
    body = f"The council voted on the housing plan on Monday. “{words},” Ivo Marsh said.\n"
    found = positions(body, [quote(body, words, "Ivo Marsh")])
    assert [p.stance for p in found] == ([stance] if stance else [])


def test_what_a_speaker_describes_a_person_as_or_says_praising_one_is_a_tribute_not_a_stance():
    def described(owner: str) -> list[str]:
        body = f"Ivo Marsh retired on Friday. The mayor Ann Lee described {owner} as “a reckless force in housing policy”.\n"
        return [p.stance for p in enrich(RawArticle(id="t", body=body)).positions]

    assert described("him") == []
    assert described("the levy") == ["oppose"]

    # nor is what a speaker says praising a person
    def praised(owner: str) -> list[str]:
        body = (
            "Ivo Marsh, who led the ceasefire talks with the rebels, died on Monday.\n"
            f"Former harbour chief Ann Lee praised {owner} on Twitter: “Ivo was one of the best officers in the coast "
            "guard. His work was unique, and it helped to protect our nation in significant ways.”\n"
        )
        return [p.stance for p in enrich(RawArticle(id="t", body=body)).positions]

    assert praised("Marsh") == []
    assert praised("the ceasefire") == ["support"]


@pytest.mark.parametrize(
    ("told", "stance"),
    [
        ("the late mayor was a great man", None),  # a tribute told
        ("the new housing plan was a great success", "support"),  # praise of what names an issue
        ("the vote was a disgrace", "oppose"),
    ],
)
def test_praise_told_of_a_person_is_no_stance_either(told, stance):
    body = f"The council voted on the housing plan on Monday. Ann Lee told reporters {told}.\n"
    assert [p.stance for p in positions(body, [])] == ([stance] if stance else [])


@pytest.mark.parametrize(
    ("clause", "stance"),
    [
        ("he had won the vote despite the recount results in favour of Lee", None),  # a circumstance conceded
        ("if the harbour plan proves a sham, we will know by May", None),  # a condition
        ("the harbour plan is a disaster", "oppose"),
        ("the council approved the levy despite protests against it", "support"),  # the main clause's verb holds
    ],
)
def test_evaluative_words_in_a_condition_or_a_despite_phrase_assert_no_judgement(clause, stance):
    take = stancetaking(clause) or evaluative_stancetaking(clause)
    assert (take.stance if take else None) == stance


def test_in_ones_own_words_what_you_do_is_the_addressees_or_anyones_act_not_a_stance_taken():
    def said(words: str) -> list[tuple[str, str]]:
        body = f"“{words},” Ivo Marsh said.\n"
        return [(p.actor_name, p.stance) for p in positions(body, [quote(body, words, "Ivo Marsh")])]

    assert said("You want a housing plan that is easy to explain") == []  # generic "you"
    assert said("In return you promise to back the housing plan") == []
    assert said("We want a housing plan that is easy to explain") == [("Ivo Marsh", "support")]
    assert said("You must back the housing plan") == [("Ivo Marsh", "support")]  # a duty the speaker sets


@pytest.mark.parametrize(
    ("clause", "stance"),
    [
        ("there have been chaotic scenes at the harbour all week", None),  # what there is, described
        ("Today there were angry crowds outside the court", None),
        ("there is no justification for the new levy", "oppose"),  # what there is not: a judgement
        ("the scenes at the harbour were chaotic and shameful", "oppose"),
    ],
)
def test_a_clause_that_states_what_exists_holds_no_evaluation(clause, stance):
    take = evaluative_stancetaking(clause)
    assert (take.stance if take else None) == stance


def test_what_a_collective_must_do_is_a_rule_not_its_act():
    body = (
        "Two-thirds of senators must vote to approve the new border treaty.\n"
        "A number of senators voted to approve the new trade deal.\n"
    )
    assert {(p.actor_name, p.stance) for p in positions(body, [])} == {("senators", "support")}


@pytest.mark.parametrize(
    "clause",
    [
        "no leader should make any assumption that the trade policy will change",
        "voters should not assume that the fuel tax will fall",
        "we must expect higher rents next year",
    ],
)
def test_a_duty_to_assume_or_expect_something_is_no_stance_on_it(clause):
    assert stancetaking(clause) is None


def test_an_act_of_enacting_in_the_pluperfect_is_background_but_a_stance_reported_as_past_is_one():
    body = (
        "In 2018 Canada had signed a rival trade deal with the Teachers Federation.\n"
        "Ivo Marsh had ordered his staff to delay the housing plan.\n"
        "Ann Lee had previously opposed the rent freeze.\n"
        "Ann Lee signed the new trade agreement on Monday.\n"
    )
    assert {(p.actor_name, p.stance, p.evidence.text) for p in positions(body, [])} == {
        ("Ann Lee", "oppose", "had previously opposed the rent freeze"),
        ("Ann Lee", "support", "signed the new trade agreement on Monday"),
    }


def test_a_stance_stated_twice_in_one_sentence_is_one_position_evidenced_by_both():
    body = (
        "Ivo Marsh rejected the housing plan, calling it “a reckless waste of public money”.\n"
        "Later Ivo Marsh criticised the housing plan again on the radio.\n"
        "The vote on the city budget is in May.\n"  # an article on public affairs
    )
    called = quote(body, "a reckless waste of public money", "Ivo Marsh", cue="calling")
    found = [(p.actor_name, p.stance, p.evidence.text) for p in positions(body, [called])]
    assert found == [
        ("Ivo Marsh", "oppose", "rejected the housing plan, calling it “a reckless waste of public money"),
        ("Ivo Marsh", "oppose", "criticised the housing plan again on the radio"),
    ]


def test_a_collective_named_after_a_body_with_of_in_its_name_keeps_the_whole_name():
    body = "The new members of the House of Delegates voted for the housing plan on Monday.\n"
    assert {(p.actor_name, p.stance) for p in positions(body, [])} == {
        ("new members of the House of Delegates", "support")
    }


def test_a_collective_named_by_a_demonym_takes_the_articles_of_form_of_its_name():
    body = (
        "The government of Canada met the unions on Monday.\n"
        "The Canadian government rejected the wage offer on Tuesday.\n"
        "The Canadian council backed the trade deal.\n"  # no "council of Canada" in the article: its own words
    )
    assert {(p.actor_name, p.stance) for p in positions(body, [])} == {
        ("government of Canada", "oppose"),
        ("Canadian council", "support"),
    }


# Three more invented articles (pensions, a court blocking a law, peace talks) written and annotated by hand for issue #7
# round four before the system was run on them, by the held-out set's conventions.
ROUND_FOUR_ARTICLES = [
    (
        "The parliament of Lundmark on Thursday passed a bill that will raise the retirement age from 65 to 67 by "
        "2030, after a debate that lasted more than twelve hours.\n"
        "The bill passed with 98 votes in favour and 83 against. Prime Minister Erik Solberg, whose coalition proposed "
        "the reform, said the country could not afford to keep paying pensions at the current rate. “Our population is "
        "ageing and we have to act now,” Solberg told reporters after the vote.\n"
        "The Lundmark Trade Union Confederation, which represents about 800,000 workers, called the vote a betrayal of "
        "working people and announced a general strike for March 15. Its president, Maria Holt, said the union would "
        "challenge the law in the Constitutional Court.\n"
        "Opposition leader Jonas Brekke said his party would repeal the law if it won the next election. “This reform "
        "punishes the people who keep this country running,” he said.\n"
        "The bill was first introduced in 2021 by the previous government, which collapsed before it could be voted "
        "on. Around 20,000 people marched through the capital on Wednesday evening. Police said the protest was "
        "peaceful.\n"
        "Finance Minister Ida Strand said the reform would save about 4 billion krona a year. She added that the "
        "government would meet union leaders next week.\n",
        [
            ("parliament of Lundmark", "support", "passed a bill that will raise the retirement age from 65 to 67"),
            ("Erik Solberg", "support", "the country could not afford to keep paying pensions at the current rate"),
            ("Erik Solberg", "support", "Our population is ageing and we have to act now"),
            ("Lundmark Trade Union Confederation", "oppose", "called the vote a betrayal of working people"),
            ("Lundmark Trade Union Confederation", "oppose", "announced a general strike for March 15"),
            ("Maria Holt", "oppose", "the union would challenge the law in the Constitutional Court"),
            ("Jonas Brekke", "oppose", "his party would repeal the law if it won the next election"),
            ("Jonas Brekke", "oppose", "This reform punishes the people who keep this country running"),
            ("Ida Strand", "support", "the reform would save about 4 billion krona a year"),
        ],
    ),
    (
        "A federal judge in Carver City on Monday blocked a state law that would have required social media companies "
        "to verify the age of every user, ruling that it likely violates free speech protections.\n"
        "Judge Helen Okoro wrote in a 40-page opinion that the law was “overly broad” and that the state had not shown "
        "that less restrictive measures would fail. The state's attorney general, Mark Delaney, said his office would "
        "appeal the decision. “We will keep fighting to protect children online,” Delaney said in a statement.\n"
        "The lawsuit was filed in March by NetChoice Alliance, a trade group whose members include several large "
        "technology firms. Its general counsel, Priya Raman, welcomed the ruling. “The court recognized that the state "
        "cannot force adults to hand over their identity documents just to read the news,” she said.\n"
        "Governor Tom Wexler, who signed the law in January, said he was disappointed. He said the law had been written "
        "with the help of parents and child safety experts.\n"
        "The law was due to take effect on July 1. Similar laws in two other states are also being challenged in "
        "court.\n",
        [
            ("Helen Okoro", "oppose", "blocked a state law that would have required social media companies"),
            ("Helen Okoro", "oppose", "the law was “overly broad”"),
            ("Mark Delaney", "oppose", "his office would appeal the decision"),
            ("Mark Delaney", "support", "We will keep fighting to protect children online"),
            ("NetChoice Alliance", "oppose", "The lawsuit was filed in March by NetChoice Alliance"),
            ("Priya Raman", "support", "welcomed the ruling"),
            ("Priya Raman", "oppose", "the state cannot force adults to hand over their identity documents"),
            ("Tom Wexler", "support", "signed the law in January"),
            ("Tom Wexler", "oppose", "he was disappointed"),
            ("Tom Wexler", "support", "the law had been written with the help of parents and child safety experts"),
        ],
    ),
    (
        "The foreign ministers of Aldovia and Marren met in Geneva on Thursday for the first direct talks between the "
        "two countries since their border war ended in 2019.\n"
        "Aldovian Foreign Minister Sven Kovac said the talks had been “frank and constructive” and that both sides had "
        "agreed to reopen their embassies by December. His Marreni counterpart, Leila Haddad, said her "
        "government was ready to discuss the return of prisoners of war but would not negotiate over the disputed "
        "Kessel valley. “Kessel is Marreni land and will remain so,” Haddad said.\n"
        "The talks were mediated by Switzerland. The United Nations Secretary-General, Antonio Ruiz, praised both "
        "governments for their courage. The European Union said it would provide 50 million euros to help clear "
        "landmines along the border.\n"
        "Not everyone welcomed the meeting. The Aldovian Veterans League accused Kovac of selling out the soldiers "
        "who died in the war, and several hundred of its members protested outside the foreign ministry in the "
        "Aldovian capital. The league's chairman, Pavel Dorn, said the government should not have gone to Geneva "
        "without first securing the release of all prisoners.\n"
        "Russia, which supplied weapons to Marren during the war, did not comment.\n",
        [
            ("Sven Kovac", "support", "the talks had been “frank and constructive”"),
            ("Sven Kovac", "support", "both sides had agreed to reopen their embassies by December"),
            ("Leila Haddad", "support", "her government was ready to discuss the return of prisoners of war"),
            ("Leila Haddad", "oppose", "would not negotiate over the disputed Kessel valley"),
            ("Leila Haddad", "support", "Kessel is Marreni land and will remain so"),
            ("Switzerland", "support", "The talks were mediated by Switzerland"),
            ("Antonio Ruiz", "support", "praised both governments for their courage"),
            ("European Union", "support", "it would provide 50 million euros to help clear landmines along the border"),
            ("Aldovian Veterans League", "oppose", "accused Kovac of selling out the soldiers who died in the war"),
            ("Aldovian Veterans League", "oppose", "several hundred of its members protested outside the foreign ministry"),
            ("Pavel Dorn", "oppose", "the government should not have gone to Geneva without first securing the release"),
        ],
    ),
]


def test_round_four_invented_articles():
    """Annotated before any rule looked at them: 0.372 (8/13/30) at their first run (commit 87c1bfe); 0.419
    (9/13/30) with a time between a subject and its verb ("The parliament of Lundmark on Thursday passed"); 0.465
    (10/13/30) with what a speaker calls something before a trigger after it; 0.500 (11/14/30) with who filed a
    lawsuit; 0.533 (12/15/30) with what one fights to do."""
    f1, counts = _articles_f1(ROUND_FOUR_ARTICLES)
    assert f1 >= 0.53, counts


@pytest.mark.parametrize(
    "sentence",
    [
        "The Teachers Federation on Friday rejected the wage offer.\n",
        "The Teachers Federation last week rejected the wage offer.\n",
        "The Teachers Federation yesterday rejected the wage offer.\n",
    ],
)
def test_a_time_between_a_subject_and_its_verb(sentence):
    assert {(p.actor_name, p.stance) for p in positions(sentence, [])} == {("Teachers Federation", "oppose")}


def test_what_a_speaker_calls_something_comes_before_a_trigger_in_the_rest_of_the_quote():
    body = "The Teachers Federation called the wage offer an insult and announced a strike for Monday.\n"
    content = "the wage offer an insult and announced a strike for Monday"
    called = quote(body, content, "Teachers Federation", kind="indirect", cue="called", actor_id="a-union")
    assert {(p.actor_name, p.stance) for p in positions(body, [called])} == {("Teachers Federation", "oppose")}


def test_who_filed_a_legal_action_opposes_what_it_is_against():
    body = (
        "The lawsuit was filed in March by the Teachers Federation.\n"
        "The court heard a complaint filed by Canada against the new tariffs.\n"
        "The new tariffs were filed in a report by Ann Lee.\n"  # no legal action
    )
    assert {(p.actor_name, p.stance) for p in positions(body, [])} == {
        ("Teachers Federation", "oppose"),
        ("Canada", "oppose"),
    }


# Three more invented articles (an election, an expulsion of diplomats, a corruption verdict) written and annotated by
# hand for issue #7 round five before the system was run on them, by the held-out set's conventions.
ROUND_FIVE_ARTICLES = [
    (
        "Voters in the state of Norvale will choose a new governor on Sunday after a campaign dominated by housing "
        "costs and crime.\n"
        "The front-runner, former mayor Clara Jensen of the Progressive Alliance, has promised to build 50,000 "
        "affordable homes in four years. “Nobody should have to spend half their income on rent,” Jensen told "
        "supporters at a rally in the capital on Friday. Her main rival, businessman Victor Lindqvist, said her plan "
        "would cost too much and raise taxes. He has pledged to hire 2,000 more police officers.\n"
        "A poll published on Thursday by the Norvale Times gave Jensen 44 percent and Lindqvist 39 percent. Turnout "
        "in the last election was 61 percent.\n"
        "The outgoing governor, Paul Ferris, who is not running again, endorsed Lindqvist last month. The state's "
        "largest teachers' union has backed Jensen.\n"
        "Election officials said polling stations would open at 7 a.m. and close at 8 p.m. “We expect results by "
        "midnight,” said Ana Costa, a spokeswoman for the state electoral commission.\n",
        [
            ("Clara Jensen", "support", "has promised to build 50,000 affordable homes in four years"),
            ("Clara Jensen", "support", "Nobody should have to spend half their income on rent"),
            ("Victor Lindqvist", "oppose", "her plan would cost too much and raise taxes"),
            ("Victor Lindqvist", "support", "has pledged to hire 2,000 more police officers"),
            ("Paul Ferris", "support", "endorsed Lindqvist last month"),
            ("state's largest teachers' union", "support", "has backed Jensen"),
        ],
    ),
    (
        "The government of Belmora on Tuesday expelled four diplomats from the Republic of Tessaly, accusing them of "
        "spying on opposition politicians.\n"
        "Belmoran Foreign Minister Rafael Ortiz said the diplomats had 72 hours to leave the country. “We will not "
        "tolerate foreign interference in our democracy,” Ortiz said at a news conference.\n"
        "Tessaly's foreign ministry called the expulsions “baseless and provocative” and said it would respond in "
        "kind. A ministry spokesman, Dmitri Valen, said the four men were accredited diplomats who had done nothing "
        "wrong.\n"
        "The expulsions come two weeks after Belmora's parliament voted to join a regional defence pact that Tessaly "
        "has opposed for years. Tessaly supplies about 60 percent of Belmora's natural gas.\n"
        "The United States said it supported Belmora's right to protect its institutions. Germany urged both "
        "countries to resolve the dispute through dialogue. Analysts said the row could delay talks on a new gas "
        "contract, which expires in December.\n",
        [
            ("government of Belmora", "oppose", "expelled four diplomats from the Republic of Tessaly"),
            ("Rafael Ortiz", "oppose", "We will not tolerate foreign interference in our democracy"),
            ("Tessaly's foreign ministry", "oppose", "called the expulsions “baseless and provocative”|it would respond in kind"),
            ("Tessaly's foreign ministry", "oppose", "the four men were accredited diplomats who had done nothing wrong"),
            ("Belmora's parliament", "support", "voted to join a regional defence pact"),
            ("Tessaly", "oppose", "Tessaly has opposed for years"),
            ("United States", "support", "it supported Belmora's right to protect its institutions"),
            ("Germany", "support", "urged both countries to resolve the dispute through dialogue"),
        ],
    ),
    (
        "A court in Ostrava on Wednesday sentenced former health minister Karel Novak to six years in prison for "
        "taking bribes from a medical supplies company.\n"
        "Judge Eva Horak said the evidence showed that Novak had accepted more than 2 million euros in exchange for "
        "contracts. Novak, who has denied the charges, said he would appeal. “This verdict is political revenge,” he "
        "told reporters outside the courtroom.\n"
        "The anti-corruption group Clean State welcomed the sentence but said the investigation should be extended "
        "to other officials. Prosecutors had asked for eight years.\n"
        "Prime Minister Jana Dvorak, whose party Novak belonged to until 2021, said the courts must be allowed to do "
        "their work. The opposition Social Democrats demanded her resignation.\n"
        "Novak's lawyer, Tomas Bily, said his client had been convicted on the word of a single witness.\n",
        [
            ("court in Ostrava", "oppose", "sentenced former health minister Karel Novak to six years in prison"),
            ("Eva Horak", "oppose", "the evidence showed that Novak had accepted more than 2 million euros"),
            ("Karel Novak", "oppose", "has denied the charges"),
            ("Karel Novak", "oppose", "he would appeal"),
            ("Karel Novak", "oppose", "This verdict is political revenge"),
            ("Clean State", "support", "welcomed the sentence"),
            ("Clean State", "support", "the investigation should be extended to other officials"),
            ("Prosecutors", "support", "had asked for eight years"),
            ("Jana Dvorak", "support", "the courts must be allowed to do their work"),
            ("Social Democrats", "support", "demanded her resignation"),
            ("Tomas Bily", "oppose", "his client had been convicted on the word of a single witness"),
        ],
    ),
]


def test_round_five_invented_articles():
    """Annotated before any rule looked at them: 0.450 (9/15/25) at their first run (commit 11e2c00); 0.488
    (10/16/25) with a title between an apposition's comma and its name ("The front-runner, former mayor X, has
    promised"); 0.537 (11/16/25) with what people should not have to undergo ("Nobody should have to spend half
    their income on rent") read as a remedy wanted; 0.600 (12/15/25) with generic sources ("Analysts said") as no
    collective and "will not tolerate"."""
    f1, counts = _articles_f1(ROUND_FIVE_ARTICLES)
    assert f1 >= 0.6, counts


def test_an_apposition_with_a_lower_case_title_before_the_name():
    body = "The front-runner, former mayor Ann Lee, has promised to scrap the fuel tax.\n"
    assert {(p.actor_name, p.stance) for p in positions(body, [])} == {("Ann Lee", "oppose")}


@pytest.mark.parametrize(
    ("clause", "stance"),
    [
        ("nobody should have to sleep in the street", "support"),  # a hardship people should be spared
        ("patients should not wait months for a hip operation", "support"),
        ("children should not be allowed to buy fireworks", "oppose"),  # a prohibition
        ("the council should not raise the fuel tax", "oppose"),  # an agent's act
    ],
)
def test_what_people_should_not_have_to_undergo_is_a_remedy_wanted(clause, stance):
    assert stancetaking(clause).stance == stance


def test_generic_sources_are_no_collective_that_holds_a_position():
    body = "Analysts said the new tariffs could hurt farmers. The Teachers Federation said the wage offer was unfair.\n"
    quotes = [
        quote(body, "the new tariffs could hurt farmers", "Analysts", kind="indirect"),
        quote(body, "the wage offer was unfair", "Teachers Federation", kind="indirect", actor_id="a-union"),
    ]
    assert [(p.actor_name, p.stance) for p in positions(body, quotes)] == [("Teachers Federation", "oppose")]


def test_what_one_will_not_tolerate_one_opposes():
    assert stancetaking("we will not tolerate foreign interference in the election").stance == "oppose"
    assert stancetaking("the council tolerated the street market for years").stance == "support"


# Three more invented articles (a nurses' strike, a health emergency, a court upholding a ban) written and annotated by
# hand for issue #7 round six before the system was run on them, by the held-out set's conventions.
ROUND_SIX_ARTICLES = [
    (
        "Thousands of nurses in Valdora went on strike on Monday to demand higher pay and more staff, forcing "
        "hospitals to cancel hundreds of operations.\n"
        "The Valdoran Nurses Union said the strike would last 48 hours and warned of further walkouts if the "
        "government did not improve its offer. “Our members are exhausted. We cannot keep covering for empty posts,” "
        "union leader Rosa Mendes told a rally outside the health ministry.\n"
        "Health Minister Lukas Brandt called the strike irresponsible. He said the government had already offered a "
        "4 percent raise and could not afford more without cutting other services.\n"
        "The opposition Green Party backed the nurses and said it would propose a bill to set minimum staffing "
        "levels. Patient groups were divided: the Valdoran Patients Association said it understood the nurses' "
        "anger, while a group representing cancer patients asked both sides to return to talks.\n"
        "Talks between the union and the ministry broke down last week.\n",
        [
            ("nurses in Valdora", "support", "went on strike on Monday to demand higher pay and more staff"),
            ("Valdoran Nurses Union", "oppose", "warned of further walkouts if the government did not improve its offer"),
            ("Rosa Mendes", "support", "Our members are exhausted. We cannot keep covering for empty posts"),
            ("Lukas Brandt", "oppose", "called the strike irresponsible"),
            ("Lukas Brandt", "oppose", "the government had already offered a 4 percent raise and could not afford more"),
            ("Green Party", "support", "backed the nurses"),
            ("Green Party", "support", "it would propose a bill to set minimum staffing levels"),
            ("Valdoran Patients Association", "support", "it understood the nurses' anger"),
            ("group representing cancer patients", "support", "asked both sides to return to talks"),
        ],
    ),
    (
        "The World Health Organization on Thursday declared the outbreak of Marburg virus in the Republic of Keshet a "
        "public health emergency of international concern.\n"
        "WHO Director-General Amara Osei said the decision was taken to speed up funding and vaccine trials. “This "
        "outbreak can still be contained if we act quickly,” she said.\n"
        "Keshet's health minister, Daniel Abara, welcomed the declaration but rejected calls from neighbouring "
        "countries to close the border. Closing the border would only push people to cross illegally, he said.\n"
        "Two neighbouring states, Ruwani and Sela, closed their borders with Keshet last week. The government of Sela "
        "said on Friday that it would keep its border closed until the outbreak was over.\n"
        "The humanitarian group Doctors Without Limits said it was sending 40 staff to the region and called on "
        "donors to provide 30 million dollars.\n",
        [
            ("World Health Organization", "support", "declared the outbreak of Marburg virus in the Republic of Keshet a public health emergency"),
            ("Amara Osei", "support", "the decision was taken to speed up funding and vaccine trials"),
            ("Amara Osei", "support", "This outbreak can still be contained if we act quickly"),
            ("Daniel Abara", "support", "welcomed the declaration"),
            ("Daniel Abara", "oppose", "rejected calls from neighbouring countries to close the border"),
            ("Daniel Abara", "oppose", "Closing the border would only push people to cross illegally"),
            ("Ruwani", "support", "closed their borders with Keshet last week"),
            ("Sela", "support", "closed their borders with Keshet last week"),
            ("government of Sela", "support", "it would keep its border closed until the outbreak was over"),
            ("Doctors Without Limits", "support", "called on donors to provide 30 million dollars"),
        ],
    ),
    (
        "The Supreme Court of Arden on Tuesday upheld a ban on face coverings in public buildings, rejecting a "
        "challenge brought by two women and a civil rights group.\n"
        "In a 5-2 ruling, the court found that the ban pursued a legitimate aim and did not discriminate against any "
        "religion. Justice Mark Tolin, writing for the majority, said the state had a duty to be able to identify "
        "people in courts and schools.\n"
        "The two dissenting judges wrote that the ban would mostly affect Muslim women and that the state had offered "
        "no evidence of a security problem.\n"
        "The Arden Civil Liberties Union, which represented the women, said it was deeply disappointed and would take "
        "the case to the European Court of Human Rights. Interior Minister Sofia Lenz said the ruling confirmed that "
        "the law was fair.\n"
        "The ban was introduced in 2019. About 300 women are believed to wear a full-face veil in Arden.\n",
        [
            ("Supreme Court of Arden", "support", "upheld a ban on face coverings in public buildings"),
            ("Supreme Court of Arden", "oppose", "rejecting a challenge brought by two women and a civil rights group"),
            ("Supreme Court of Arden", "support", "the ban pursued a legitimate aim and did not discriminate against any religion"),
            ("Mark Tolin", "support", "the state had a duty to be able to identify people in courts and schools"),
            ("two dissenting judges", "oppose", "the ban would mostly affect Muslim women"),
            ("Arden Civil Liberties Union", "oppose", "it was deeply disappointed and would take the case to the European Court"),
            ("Sofia Lenz", "support", "the ruling confirmed that the law was fair"),
        ],
    ),
]


def test_round_six_invented_articles():
    """Annotated before any rule looked at them: 0.541 (10/11/26) at their first run (commit 865f6eb); 0.615
    (12/13/26) with "upheld" and "had a duty to"."""
    f1, counts = _articles_f1(ROUND_SIX_ARTICLES)
    assert f1 >= 0.6, counts


@pytest.mark.parametrize(
    ("clause", "stance"),
    [
        ("the appeals court upheld the ban on night flights", "support"),
        ("the state has a duty to protect the harbour from flooding", "support"),
        ("the council had no duty to repair the road", None),
    ],
)
def test_upholding_and_a_duty_to(clause, stance):
    take = stancetaking(clause)
    assert (take.stance if take else None) == stance


def test_denying_that_something_happened_is_no_stance_but_denying_an_allegation_opposes_it():
    assert cue_stancetaking("denied", "he made any deal with the Teachers Federation") is None
    assert cue_stancetaking("denied", "that she knew about the wage offer") is None
    assert cue_stancetaking("denied", "the allegations of fraud in the housing board").stance == "oppose"


@pytest.mark.parametrize(
    ("clause", "stance"),
    [
        ("the jury found the former mayor guilty of fraud", "oppose"),
        ("the court convicted the harbour master of bribery", "oppose"),
        ("the jury found the former mayor not guilty", None),
        ("farmers have long complained that the new fuel tax is too high", "oppose"),
        # a verdict that a measure is unlawful, and a group or person named a terrorist
        ("the appeals court ruled the harbour curfew unconstitutional on Friday", "oppose"),
        ("the tribunal deemed the strike by dock workers illegal", "oppose"),
        ("the high court found the new voting rules unlawful", "oppose"),
        ("the high court found the new voting rules not unlawful", None),
        # the verdict before a long object it judges
        ("the high court also found unconstitutional a 2011 law letting the mayor serve a third term", "oppose"),
        ("the tribunal declared unconstitutional the 2011 harbour levy on ferries", "oppose"),
        ("the appeals court ruled illegal the curfew the mayor imposed in May", "oppose"),
        ("the ministry designated the Red Hand Front as a terrorist organization", "oppose"),
        ("the president named the Red Hand Front and the Blue Dawn Army as terrorists", "oppose"),
        # a bracketed acronym after a name is part of the named list
        ("the president named both the Red Hand Front (RHF) and the Blue Dawn Army (BDA) as terrorists", "oppose"),
        ("the council listed the Harbour Defence League (HDL) as a terrorist group", "oppose"),
        ("the minister held talks on illegal fishing in the bay", None),  # an attributive adjective judges nothing
        ("police found illegal weapons in the car", None),
        ("the president named Ivo Marsh as the new minister for terrorism", None),
        ("he led the Red Hand Front, a Norland-designated terrorist organization", None),  # a description
        # displeasure voiced at a measure, and quarrelling with it
        ("the mayor expressed deep disappointment with the new parking levy", "oppose"),
        ("the union voiced anger over the pension reform", "oppose"),
        ("the governor took issue with the court's ruling on the ferry tax", "oppose"),
        ("the farmers pushed back against the water rules", "oppose"),
        ("the chamber has been supportive of the port expansion", "support"),
    ],
)
def test_a_verdict_of_guilt_and_a_complaint_oppose(clause, stance):
    take = stancetaking(clause)
    assert (take.stance if take else None) == stance


def test_a_court_named_by_the_words_before_of_is_the_court_under_its_full_name():
    actors = [
        Actor(id="a-court", name="Supreme Court of Lakeland", type="organization", mention_count=1),
        Actor(id="a-short", name="Supreme Court", type="organization", mention_count=1),
    ]
    body = "The Supreme Court of Lakeland sat on Monday. The Supreme Court also found unconstitutional a 2011 tax law.\n"
    found = find_positions(body, [], actors, default_taxonomy()).positions
    assert {(p.actor_name, p.actor_id, p.stance) for p in found} == {("Supreme Court of Lakeland", "a-court", "oppose")}


def test_a_verdict_on_a_measure_after_an_adverb_is_a_statement_of_its_court():
    body = "Judge Ann Lee also deemed the 2009 ferry tax unconstitutional.\n"
    assert {(p.actor_name, p.stance, p.evidence.text) for p in positions(body, [])} == {
        ("Ann Lee", "oppose", "also deemed the 2009 ferry tax unconstitutional")
    }
    # being critical or supportive of a measure is a stance of the sentence's subject
    found = positions("Ann Lee has been highly critical of the ferry tax for years.\n", [])
    assert [(p.actor_name, p.stance) for p in found] == [("Ann Lee", "oppose")]
    # a verdict on a relative's antecedent is the measure's history, told in passing
    assert positions("The ferry tax, which Ann Lee later ruled to be unconstitutional, was repealed in 2011.\n", []) == []


def test_an_unnamed_jury_or_court_that_acts_is_a_group():
    body = "A jury in the capital on Friday found the harbour master guilty of corruption.\n"
    assert {(p.actor_name, p.stance) for p in positions(body, [])} == {("jury in the capital", "oppose")}


# Three more invented articles (an election day, a regional summit, a verdict against a police officer) written and
# annotated by hand for issue #7 round seven before the system was run on them, by the held-out set's conventions.
ROUND_SEVEN_ARTICLES = [
    (
        "Officials in the Republic of Moravel began counting ballots on Sunday evening after a presidential election "
        "that saw record turnout.\n"
        "The Central Election Commission said turnout had reached 71 percent by 6 p.m., the highest since "
        "independence. Its chairman, Igor Vasko, told reporters that voting had been calm across the country. “We "
        "received only a handful of complaints, and none of them were serious,” Vasko said.\n"
        "Incumbent President Lidia Saric, who is seeking a second term, voted in her home town of Brel in the morning. "
        "“I am confident that the people will choose stability,” she said after casting her ballot.\n"
        "Her challenger, former central bank governor Anton Krell, accused the government of using state television "
        "to promote the president. Krell has promised to cut income taxes and to join the European Union within five "
        "years.\n"
        "International observers from the Organisation for Security and Cooperation are expected to publish a "
        "preliminary report on Monday. Results are due by Tuesday.\n",
        [
            ("Lidia Saric", "support", "I am confident that the people will choose stability"),
            ("Anton Krell", "oppose", "accused the government of using state television to promote the president"),
            ("Anton Krell", "support", "has promised to cut income taxes"),
            ("Anton Krell", "support", "to join the European Union within five years"),
        ],
    ),
    (
        "Leaders of the Coastal Cooperation Council ended a two-day summit in Port Amar on Wednesday with a joint "
        "statement on maritime security and fishing rights.\n"
        "The statement, signed by all seven member states, calls for closer coordination between national coast "
        "guards and a shared database of fishing vessels. Council Secretary-General Hamid Rahimi said the summit had "
        "been “productive” and that the member states would meet again in March.\n"
        "The president of Tavira, Elena Mora, said her country would contribute two patrol ships to a joint task "
        "force. “Illegal fishing costs our fishermen millions every year,” Mora said. “We have to protect our waters "
        "together.”\n"
        "The summit did not discuss a proposal by Marino to create a common currency, which several members oppose. "
        "Marino's foreign minister, Luca Ferrante, said his government would raise the idea again next year.\n"
        "Fishing unions in Tavira have long complained that foreign trawlers operate in their waters without "
        "licences.\n",
        [
            ("Coastal Cooperation Council", "support", "calls for closer coordination between national coast guards"),
            ("Hamid Rahimi", "support", "the summit had been “productive”"),
            ("Elena Mora", "support", "her country would contribute two patrol ships to a joint task force"),
            ("Elena Mora", "oppose", "Illegal fishing costs our fishermen millions every year"),
            ("Elena Mora", "support", "We have to protect our waters together"),
            ("Marino", "support", "a proposal by Marino to create a common currency"),
            ("Luca Ferrante", "support", "his government would raise the idea again next year"),
            ("Fishing unions in Tavira", "oppose", "have long complained that foreign trawlers operate in their waters"),
        ],
    ),
    (
        "A jury in Harlow on Friday found police officer Dean Walsh guilty of manslaughter in the death of a "
        "19-year-old man during an arrest last year.\n"
        "Walsh, 34, will be sentenced next month. His lawyer, Nina Petrov, said they would study the verdict before "
        "deciding whether to appeal.\n"
        "The family of the victim, Samuel Adeyemi, welcomed the verdict. “Today the court showed that nobody is above "
        "the law,” his mother, Grace Adeyemi, said outside the court.\n"
        "The city's police chief, Robert Hale, said the department respected the jury's decision and had already "
        "changed its training on restraint techniques. The police union said it was “shocked” by the verdict and "
        "warned that officers would become afraid to do their jobs.\n"
        "Protesters had gathered outside the courthouse every day of the three-week trial.\n",
        [
            ("jury in Harlow", "oppose", "found police officer Dean Walsh guilty of manslaughter"),
            ("family of the victim", "support", "welcomed the verdict"),
            ("Grace Adeyemi", "support", "Today the court showed that nobody is above the law"),
            ("Robert Hale", "support", "the department respected the jury's decision"),
            ("police union", "oppose", "it was “shocked” by the verdict|warned that officers would become afraid"),
        ],
    ),
]


def test_round_seven_invented_articles():
    """Annotated before any rule looked at them: 0.200 (2/3/17) at their first run (commit 921de0a); 0.364 (4/5/17)
    with a complaint, a verdict of guilt and an unnamed jury. Left: what is said with words the rules do not know as
    evaluations ("productive", "shocked", "confident"), a duty with no issue of the taxonomy ("we have to protect our
    waters"), a proposal by an actor, a quoted document's authors, and an apposition that names the victim, not the
    family."""
    f1, counts = _articles_f1(ROUND_SEVEN_ARTICLES)
    assert f1 >= 0.35, counts


def test_words_of_a_sentence_taken_for_a_name_hold_no_stance():
    body = "Whenever I can, I want the council to scrap the fuel tax.\nWe want neighbours support for the housing plan.\n"
    mistaken = Actor(id="a-whenever", name="Whenever I", type="person", mention_count=3)
    assert find_positions(body, [], [*ACTORS, mistaken], default_taxonomy()).positions == []


@pytest.mark.parametrize(
    ("clause", "stance"),
    [
        ("any group that advocates independence for the islands will not be tolerated", "oppose"),
        ("the protest of members who want to hear the budget speech was disgraceful", "oppose"),
        ("there are people who support the new fuel tax", None),
    ],
)
def test_the_verb_of_a_relative_clause_is_no_stance_of_the_clause_it_hangs_on(clause, stance):
    take = stancetaking(clause)
    assert (take.stance if take else None) == stance


def test_a_verb_or_an_adjective_ending_in_s_heads_no_collective():
    body = (
        "The current system does not support a third party in the council.\n"
        "The various unions rejected the wage offer.\n"
    )
    assert {(p.actor_name, p.stance) for p in positions(body, [])} == {("various unions", "oppose")}


def test_a_bare_plural_subject_in_ones_own_words_is_a_third_party_and_an_auxiliary_is_no_part_of_a_name():
    body = "“Smugglers seek to block the new border checks,” Ivo Marsh said.\n"
    words = "Smugglers seek to block the new border checks"
    assert positions(body, [quote(body, words, "Ivo Marsh")]) == []
    body = "The car was recalled after a fire in the harbour tunnel.\n"
    mistaken = Actor(id="a-car", name="car was", type="group", mention_count=1)
    assert find_positions(body, [], [*ACTORS, mistaken], default_taxonomy()).positions == []
    # nor is "it": "And it's open to ..." names nobody
    body = "And it's open to all the ferry workers who back the harbour plan.\n"
    mistaken = Actor(id="a-it", name="And it's", type="organization", mention_count=1)
    assert find_positions(body, [], [*ACTORS, mistaken], default_taxonomy()).positions == []


@pytest.mark.parametrize(
    ("clause", "stance"),
    [
        ("police questioned the car's owner on Monday", None),  # an interrogation
        ("detectives questioned two men about the fire", None),
        ("the senators questioned the president's power to declare an emergency", "oppose"),  # a doubt
        ("she questioned the need for a new fuel tax", "oppose"),
    ],
)
def test_questioning_a_person_is_an_interrogation_questioning_a_measure_opposes_it(clause, stance):
    take = stancetaking(clause)
    assert (take.stance if take else None) == stance


@pytest.mark.parametrize(
    ("clause", "stance"),
    [
        ("praised Ann Lee on Twitter", None),  # a tribute to a person; praising a measure supports it
        ("hailed him as a hero of the valley", None),
        ("commended the firefighters", None),
        ("praised Lee for her stand on the fuel tax", "support"),  # a reason given may name an issue
        ("praised the council's decision to cut the fuel tax", "support"),
        ("praised Lee's housing plan", "support"),
        ("she works two jobs to support my young family", None),  # providing for one's own, no stance
        ("I could not support my notes when I sang", None),
        ("I support my colleague's housing bill", "support"),  # another's measure stays a stance
        ("they had accepted responsibility at an early stage", None),  # an admission, no stance
        ("the mayor accepted the blame for the delay", None),
        ("the union accepted the pay offer", "support"),
        ("the board will look at the case to see if there are lessons that could help keep children safer", None),
        ("the inquiry will find out whether the levy hurts farmers", None),  # an effect asked about, not asserted
        ("the levy hurts farmers", "oppose"),
        ("we got back on even terms after the break", None),  # "back" an adverb after a verb of motion
        ("the team came back to win the final", None),
        ("the side bounced back.", None),
        ("the unions back the housing plan", "support"),
        ("the mayor backed the fuel tax", "support"),
        ("flour and rice are in high demand", None),  # a demand for goods, a noun
        ("there is strong demand for bottled water", None),
        ("the unions demand a new vote on the levy", "support"),
    ],
)
def test_tributes_admissions_conditions_back_as_an_adverb_and_a_demand_for_goods_take_no_stance(clause, stance):
    take = stancetaking(clause)
    assert (take.stance if take else None) == stance


@pytest.mark.parametrize(
    ("clause", "stance"),
    [
        ("did not endorse the housing plan until July", None),  # the act came later: timing, not a refusal
        ("did not sign the trade deal until weeks later", None),
        ("will not support the housing plan until the council apologises", "oppose"),  # a condition stays a stance
        ("did not endorse the housing plan", "oppose"),
    ],
)
def test_not_until_a_time_dates_an_act_and_is_no_refusal(clause, stance):
    take = stancetaking(clause)
    assert (take.stance if take else None) == stance


def test_a_sentence_opening_on_a_practice_or_past_cases_is_background():
    body = (
        "Historically, the Teachers Federation has not opposed a rent freeze.\n"
        "Only once before has Canada voted to ban the sale of farmland.\n"
        "Ivo Marsh opposed the rent freeze.\n"
    )
    assert {(p.actor_name, p.stance) for p in positions(body, [])} == {("Ivo Marsh", "oppose")}


def test_an_uncued_quote_given_to_a_speaker_that_only_reports_news_takes_no_stance():
    gazette = Actor(id="a-gazette", name="Harbour Gazette", type="organization", mention_count=2)
    body = (
        "The Harbour Gazette reported that the council met on Monday.\n"
        "“We reject the housing levy and will fight it.”\n"
    )
    reported = quote(body, "the council met on Monday", "Harbour Gazette", kind="indirect", cue="reported", actor_id="a-gazette")
    uncued = quote(body, "We reject the housing levy and will fight it.", "Harbour Gazette", cue=None, actor_id="a-gazette")
    assert find_positions(body, [reported, uncued], [*ACTORS, gazette], default_taxonomy()).positions == []
    # a speaker that also speaks for itself under a cue of its own keeps the stances of its uncued quotes
    body += "“The housing levy is unfair,” the Harbour Gazette said.\n"
    said = quote(body, "The housing levy is unfair", "Harbour Gazette", actor_id="a-gazette")
    found = find_positions(body, [reported, uncued, said], [*ACTORS, gazette], default_taxonomy()).positions
    assert {p.evidence.quote_id for p in found} == {uncued.id, said.id}


def test_neither_nor_denies_the_predicate_of_every_name_it_joins():
    body = "Neither Canada nor the Teachers Federation would endorse the housing plan.\n"
    assert {(p.actor_name, p.stance) for p in positions(body, [])} == {("Canada", "oppose"), ("Teachers Federation", "oppose")}
    body = "Neither Ann Lee nor Ivo Marsh opposed the housing plan.\n"
    assert {(p.actor_name, p.stance) for p in positions(body, [])} == {("Ann Lee", "support"), ("Ivo Marsh", "support")}
    body = "Canada and the Teachers Federation endorsed the housing plan.\n"
    assert {(p.actor_name, p.stance) for p in positions(body, [])} == {("Canada", "support"), ("Teachers Federation", "support")}


def test_a_participle_coordinated_in_a_passive_is_no_predicate_of_the_subject():
    # "banned" shares the relative clause's "was": Ivo Marsh was banned, Ann Lee took no stance
    for body in (
        "Ann Lee spoke, who ran the campaign of Ivo Marsh, who was arrested and banned from the election.\n",
        "Ann Lee spoke for Ivo Marsh, who was arrested and banned from the election.\n",
    ):
        assert positions(body, []) == []
    # the subject's own stance verb before it still holds
    body = "Ann Lee rejected the wage offer and was fined and banned from the league.\n"
    assert {(p.actor_name, p.stance) for p in positions(body, [])} == {("Ann Lee", "oppose")}


@pytest.mark.parametrize(
    ("clause", "stance"),
    [
        ("will not seek re-election next year", None),  # an office sought is a career move, no issue
        ("sought no second term", None),
        ("is seeking the party's leadership post", None),
        ("will seek a ban on handguns", "support"),  # a measure sought is a stance
        ("sought a ceasefire in the north", "support"),
        ("sought the Harbour Party's 2016 presidential nomination", None),  # a party's name before the office
    ],
)
def test_seeking_an_office_is_no_stance_and_seeking_a_measure_is(clause, stance):
    take = stancetaking(clause)
    assert (take.stance if take else None) == stance
    # nor does a cue such as "announced" lend one to the career move it reports
    lent = cue_stancetaking("announced", "he " + clause)
    assert (lent.stance if lent else None) == stance


@pytest.mark.parametrize(
    ("clause", "stance"),
    [
        ("the search had found no further signs of the ferry", None),  # plural nouns after an adjective
        ("the council faces legal challenges that could take years", None),
        ("the line reopened following delays caused by the storm", None),
        ("the mayor ignored repeated calls for a recount", None),
        ("the mayor challenges the levy", "oppose"),  # verbs
        ("Ann Lee further delays the vote", "oppose"),  # an adverb before a verb with its object
    ],
)
def test_a_trigger_form_after_an_adjective_is_a_plural_noun(clause, stance):
    take = stancetaking(clause)
    assert (take.stance if take else None) == stance


@pytest.mark.parametrize(
    ("clause", "stance"),
    [
        ("the court declared the dock strike illegal", "oppose"),  # outlawed
        ("several states have declared gambling a criminal offence", "oppose"),
        ("declared the harbour group a terrorist organisation", "oppose"),
        ("declared war on the smuggling gangs", "oppose"),
        ("declared a state of emergency", "support"),  # a measure declared
    ],
)
def test_declaring_something_illegal_or_a_crime_opposes_it(clause, stance):
    take = stancetaking(clause)
    assert (take.stance if take else None) == stance


@pytest.mark.parametrize(
    ("clause", "stance"),
    [
        ("Ann Lee agreed to answer some questions for our reporter", None),  # a courtesy
        ("agreed to an interview with the harbour paper", None),
        ("agreed to speak to reporters after the vote", None),
        ("agreed to meet the families on Friday", None),
        ("agreed to the ceasefire", "support"),  # an agreement on an issue
        ("agreed to talks with the rebels", "support"),
    ],
)
def test_agreeing_to_be_interviewed_or_to_meet_someone_is_no_stance(clause, stance):
    take = stancetaking(clause)
    assert (take.stance if take else None) == stance


@pytest.mark.parametrize(
    ("clause", "stance"),
    [
        ("Ann Lee passed her driving test in May", None),  # an ordeal passed
        ("the ferry passed its safety inspection", None),
        ("the assembly passed the farm bill", "support"),  # a measure enacted
    ],
)
def test_passing_an_ordeal_is_no_measure_enacted(clause, stance):
    take = stancetaking(clause)
    assert (take.stance if take else None) == stance


@pytest.mark.parametrize(
    ("clause", "stance"),
    [
        ("ordered three days of national mourning", None),  # a rite, no measure on an issue
        ("declared a day of mourning for the ferry's victims", None),
        ("ordered the town hall's flags lowered to half-mast", None),
        ("ordered a ban on fireworks", "support"),  # a measure ordered or declared stays a stance
        ("declared a state of emergency", "support"),
    ],
)
def test_a_rite_of_mourning_ordered_or_declared_is_no_stance(clause, stance):
    take = stancetaking(clause)
    assert (take.stance if take else None) == stance
    # nor does "announced" lend a stance to the rite it reports
    lent = cue_stancetaking("announced", clause.split(" ", 1)[1])
    assert (lent.stance if lent else None) == stance


@pytest.mark.parametrize(
    ("content", "demanded"),
    [
        ("she was never pressured by the board", False),  # the indicative asserts a claim
        ("that he had done nothing wrong", False),
        ("the minister acted alone", False),
        ("the budget include money for the pier", True),  # the subjunctive or a modal demands
        ("that the toll be scrapped", True),
        ("the council should vote again", True),
    ],
)
def test_insisting_on_a_claim_is_no_demand(content, demanded):
    lent = cue_stancetaking("insisted", content)
    assert (lent is not None and lent.modality == "demanded") == demanded


def test_declared_as_a_verb_of_saying_lends_no_stance():
    # "declared" before a speaker's words says them; their own words state any stance
    assert cue_stancetaking("declared", "the harbour's tides the strongest in the region") is None
    assert cue_stancetaking("declared", "nobody but the voters will remove me") is None
    assert cue_stancetaking("announced", "the harbour's tides the strongest in the region") is not None
    # declaring a measure is an act that the clause states
    take = stancetaking("declared a state of emergency")
    assert take is not None and take.stance == "support"


@pytest.mark.parametrize(
    ("content", "stance"),
    [
        ("the sudden death of the harbour master", None),  # news of a death
        ("with great sadness the passing of our founder", None),
        ("the end of her campaign on Friday", None),  # the announcer's own career move
        ("his resignation", None),
        ("she would step down in May", None),
        ("a ban on plastic bags", "support"),  # a measure announced is a stance
        ("the death penalty for smugglers", "support"),
        ("their campaign against the toll road", "support"),
        ("he would resign if the council passed the levy", "support"),  # a resignation threatened on a condition
        ("it would meet on Monday", None),  # a meeting announced
        ("the board will hold a special session next week", None),
        ("the council will meet to approve the levy", "support"),  # what it meets to do is a stance
    ],
)
def test_an_announced_death_career_move_or_meeting_is_no_stance(content, stance):
    lent = cue_stancetaking("announced", content)
    assert (lent.stance if lent else None) == stance
    take = stancetaking("announced " + content)  # the announcing verb in the clause itself ("I announce ...")
    assert (take.stance if take else None) == stance


@pytest.mark.parametrize(
    ("clause", "stance"),
    [
        ("a vote will be held to decide whether to send the two motions, passed against the mayor in May, to the court", None),
        ("the assembly will debate the farm treaty, ratified in 2019, next week", None),  # the measure's history
        ("Canada then ratified the farm treaty", "support"),  # an enacting verb with its object acts
        ("the assembly, angry at the delay, passed the farm treaty", "support"),
    ],
)
def test_an_enacting_participle_in_a_reduced_passive_relative_is_no_stance(clause, stance):
    take = stancetaking(clause)
    assert (take.stance if take else None) == stance


def test_every_person_in_a_passives_list_of_agents_holds_the_stance():
    body = "The rent freeze was condemned on Monday by Ivo Marsh, Ann Lee and Canada.\n"
    assert {(p.actor_name, p.stance) for p in positions(body, [])} == {
        ("Ivo Marsh", "oppose"),
        ("Ann Lee", "oppose"),
        ("Canada", "oppose"),
    }


def test_a_stance_noun_that_came_from_named_actors_is_their_stance():
    body = (
        "Support for the rent freeze also came from Ann Lee and Ivo Marsh.\n"
        "The school funding formula drew sharp criticism from Teachers Federation (TF) head Ivo Marsh.\n"
        "The housing plan was built with support from Canada.\n"  # help given, no stance named as such
    )
    assert {(p.actor_name, p.stance, p.evidence.text[:24]) for p in positions(body, [])} == {
        ("Ann Lee", "support", "Support for the rent fre"),
        ("Ivo Marsh", "support", "Support for the rent fre"),
        ("Ivo Marsh", "oppose", "The school funding formu"),
    }


def test_a_list_of_agents_goes_on_past_a_title_or_a_spokesperson_before_a_name():
    """"from A, Bishop B, and a spokesperson for C": every name of the list is an agent, a title or "a spokesperson
    for" before one included (a spokesperson speaks for the body or person named)."""
    body = (
        "Statements of condemnation of the fuel tax have come from Senator Ann Lee, Bishop Ivo Marsh, and a "
        "spokesperson for the Teachers Federation.\n"
    )
    found = positions(body, [])
    assert sorted(p.actor_name for p in found) == ["Ann Lee", "Ivo Marsh", "Teachers Federation"]
    assert {p.stance for p in found} == {"oppose"}


def test_he_or_she_inside_a_sentence_is_its_person_subject():
    body = (
        "Ivo Marsh met the unions on Monday, where he rejected the new tax on fuel.\n"
        "Ann Lee spoke in Canada.\nShe gave a speech in which she condemned the housing plan.\n"
    )
    assert {(p.actor_name, p.stance, p.evidence.text) for p in positions(body, [])} == {
        ("Ivo Marsh", "oppose", "rejected the new tax on fuel"),
        ("Ann Lee", "oppose", "condemned the housing plan"),
    }


def test_a_stance_noun_owned_by_a_name_or_by_people_acting_together_is_their_stance():
    body = (
        "Ann Lee's support for the rent freeze surprised the council.\n"
        "The mayor did not meet the strikers' demands for higher wages at the port.\n"
        "Canada’s opposition to the tariffs is well known.\n"
        "The agency's request for comment went unanswered.\n"  # no stance noun
        "The buildings' demands for power rose.\n"  # buildings are no people acting together
    )
    assert {(p.actor_name, p.stance, p.evidence.text) for p in positions(body, [])} == {
        ("Ann Lee", "support", "Ann Lee's support for the rent freeze surprised the council"),
        ("strikers", "support", "strikers' demands for higher wages at the port"),
        ("Canada", "oppose", "Canada’s opposition to the tariffs is well known"),
    }


@pytest.mark.parametrize(
    ("clause", "stance"),
    [
        ("Lee declined the offer of a seat on the housing board", "oppose"),
        ("Marsh attacked the mayor over the new harbour levy", "oppose"),
        ("the union attacked the minister for cutting school funding", "oppose"),
        ("Lee declined to comment on the harbour levy", None),  # a refusal to speak is no stance
        ("exports declined the most in the first quarter", None),  # a fall, not a refusal
        ("rents declined this year across the province", None),
        ("a man attacked two officers outside the station on Monday", None),  # an assault, no ground given
    ],
)
def test_declining_an_offer_and_attacking_someone_over_something_oppose_it(clause, stance):
    take = stancetaking(clause)
    assert (take.stance if take else None) == stance


@pytest.mark.parametrize(
    ("clause", "stance"),
    [
        ("Marsh derided the two-party system", "oppose"),
        ("the mayor hit out at the harbour levy", "oppose"),
        ("Lee argued against raising the fuel tax", "oppose"),
        ("Lee argued for a cap on rents", "support"),
        ("the union campaigned for a higher minimum wage", "support"),
        ("Marsh renewed his support for the rent freeze", "support"),
        ("Lee expressed concern about the number of evictions", "oppose"),
        ("two senators raised serious concerns over the trade deal", "oppose"),
        ("Lee expressed concern for the families of the victims", None),  # sympathy, no stance on an issue
        ("the students held a mock trial on Monday", None),  # "mock" before a noun
    ],
)
def test_verbs_of_criticism_arguing_and_concern_state_stances(clause, stance):
    take = stancetaking(clause)
    assert (take.stance if take else None) == stance


def test_a_quantifier_floating_after_a_joint_subject_leaves_each_name_the_subject():
    body = (
        "Ann Lee and Ivo Marsh both rejected the new fuel tax.\n"
        "Ann Lee, Ivo Marsh and Canada all backed the rent freeze.\n"
        "Canada both welcomed and feared the trade deal.\n"  # no joint subject: "both" goes with the verbs
    )
    assert {(p.actor_name, p.stance, p.evidence.text) for p in positions(body, [])} == {
        ("Ann Lee", "oppose", "rejected the new fuel tax"),
        ("Ivo Marsh", "oppose", "rejected the new fuel tax"),
        ("Ann Lee", "support", "backed the rent freeze"),
        ("Ivo Marsh", "support", "backed the rent freeze"),
        ("Canada", "support", "backed the rent freeze"),
    }


@pytest.mark.parametrize(
    ("clause", "stance"),
    [
        ("Lee refused to answer whether she would back the fuel tax", None),  # a refusal to speak is no stance
        ("Marsh refused to comment on the harbour levy", None),
        ("Lee refused the offer of a seat on the board", "oppose"),
        ("Marsh agreed that the vaccines have done more good than harm", "support"),  # "harm" after "than" is a noun
        ("Lee said the tariffs do more harm than good", "oppose"),
    ],
)
def test_a_refusal_to_speak_is_no_stance_and_more_good_than_harm_is_good(clause, stance):
    take = stancetaking(clause) or evaluative_stancetaking(clause)
    assert (take.stance if take else None) == stance


def test_what_a_speaker_characterises_or_refers_to_as_a_barbarity_they_condemn():
    body = (
        "Ivo Marsh referred to the harbour levy as a disgrace.\n"
        "Ann Lee characterized the eviction rules as cruel.\n"
        "The Teachers Federation called the school closures an act of barbarity.\n"
        "The vote on the city budget is in May.\n"  # an article on public affairs
    )
    assert {(p.actor_name, p.stance) for p in positions(body, [])} == {
        ("Ivo Marsh", "oppose"),
        ("Ann Lee", "oppose"),
        ("Teachers Federation", "oppose"),
    }


def test_a_predicate_coordinated_after_a_quote_is_a_stance_of_the_subject():
    body = (
        'Ivo Marsh called the harbour levy "a real burden" but urged the council to keep the rent freeze.\n'
        'Ann Lee praised the teachers "for their patience" and called for "a new school funding formula".\n'
    )
    quotes = [
        quote(body, "a real burden", "Ivo Marsh", cue="called"),
        quote(body, "for their patience", "Ann Lee", cue="praised"),
        quote(body, "a new school funding formula", "Ann Lee", cue="called for"),
    ]
    found = {(p.actor_name, p.stance, p.evidence.text) for p in positions(body, quotes)}
    assert ("Ivo Marsh", "support", "urged the council to keep the rent freeze") in found
    assert not any(text == "called for" for _, _, text in found)  # the cue of the quote after it, not a predicate


@pytest.mark.parametrize(
    ("clause", "stance"),
    [
        ("Ann Lee hails from a farming family", None),  # where she comes from
        ("the mayor hailed from the port city", None),
        ("Ann Lee hailed the farm bill", "support"),
    ],
)
def test_hailing_from_a_place_is_where_one_comes_from_not_praise(clause, stance):
    take = stancetaking(clause)
    assert (take.stance if take else None) == stance


@pytest.mark.parametrize(
    ("clause", "stance"),
    [
        ("the high court ruled against the mayor's extension of the voting deadline", "oppose"),
        ("the harbour board decided to cut power to customers", "support"),
        ("the council decided to suspend the harbour levy", "oppose"),  # an undoing verb after the decision
        ("she intends to leave the customs union by the end of January", "support"),
        ("it is a natural next step intended to fulfil the project's goal", None),  # what a thing is meant for
        ("the farmers had a right to protest against the fuel tax", "oppose"),
        ("one country does not have the right to impose its tax laws on another", "oppose"),
        ("the senators expressed favourable interest in term limits", "support"),
    ],
)
def test_rulings_decisions_intentions_rights_and_interest_take_stances(clause, stance):
    take = stancetaking(clause)
    assert (take.stance if take else None) == stance


def test_brexit_and_term_limits_are_issues_of_the_taxonomy():
    taxonomy = default_taxonomy()
    assert taxonomy.best("we must get Brexit done").id == "european-union"
    assert taxonomy.best("they would quit the EU with no deal in place").id == "european-union"
    assert taxonomy.best("they favour congressional term limits").id == "legislation"


@pytest.mark.parametrize(
    ("content", "stance"),
    [
        ("the police were treating the fire as an act of terrorism", None),  # what is the case: news
        ("the number of nesting turtles was twice as high as last year", None),
        ("the harbour pilot Ivo Marsh died on Monday", None),
        ("a new levy on cruise ships", "support"),  # a measure announced
        ("the council would freeze rents until May", "support"),
        ("the board is to review the toll next year", "support"),  # "is to": a plan, not a state
    ],
)
def test_an_announcement_supports_a_measure_not_a_stated_fact(content, stance):
    take = cue_stancetaking("announced", content)
    assert (take.stance if take else None) == stance


# The literal test before _NO_SUBJECT_BEFORE agrees with the pattern, in any case and with the non-ASCII letters
# that a case-insensitive search takes for ASCII ones.
_BEFORE_NAME_PIECES = "of|OF|In|across|acroſs|unleſs|the|The|thé|by|with|wıth|İf|if|x|2|,|planned|fort|Lee|a".split("|")


@given(
    st.lists(st.sampled_from(_BEFORE_NAME_PIECES), max_size=4),
    st.lists(st.sampled_from([" ", "  ", "\n", ""]), min_size=4, max_size=4),
)
@settings(max_examples=500, deadline=None)
def test_no_subject_gate_agrees_with_its_pattern(words: list[str], spaces: list[str]) -> None:
    body = "".join(word + space for word, space in zip(words, spaces)) + "Ann Lee"
    at = body.index("Ann Lee")
    for start in range(0, at + 1, 3):
        expected = _NO_SUBJECT_BEFORE.search(body, max(start, at - 12), at) is not None
        assert _no_subject_before(body, max(start, at - 12), at) == expected


def test_names_coordinated_past_a_title_or_a_place_share_the_stance():
    body = (
        "Senator Ann Lee and fellow Liberal Representative Ivo Marsh proposed a housing bill on Monday.\n"
        "The tariff bill was co-sponsored by Senators Ann Lee of Canada and Ivo Marsh.\n"
    )
    found = {(p.actor_name, p.evidence.text.split()[0]) for p in positions(body, [])}
    assert {("Ann Lee", "proposed"), ("Ivo Marsh", "proposed")} <= found
    assert {name for name, first in found if first != "proposed"} == {"Ann Lee", "Ivo Marsh"}


def test_a_name_in_the_apposition_of_a_subject_is_the_subject_or_names_its_persons():
    role = Actor(id="a-whip", name="Liberal Party Whip", type="organization", mention_count=1)
    group = Actor(id="a-reps", name="Liberal Representatives", type="group", mention_count=1)
    body = (
        "Ivo Marsh, the Liberal Party Whip, reportedly rejected the wage offer.\n"
        "Two Liberal Representatives, Tom Reed and Ann Lee, opposed the housing plan.\n"
        "The Teachers Federation, led by Ann Lee, rejected the school budget.\n"
    )
    found = {(p.actor_name, p.evidence.text) for p in find_positions(body, [], [*ACTORS, role, group], default_taxonomy()).positions}
    assert found == {
        ("Ivo Marsh", "reportedly rejected the wage offer"),
        ("Ann Lee", "opposed the housing plan"),
        ("Teachers Federation", "rejected the school budget"),
    }


def test_word_start_matchers_find_what_their_patterns_find_on_shared_tokens():
    # The trigger, effect and evaluative matchers share one tokenisation of a clause (``_tokenised``): each must
    # still find what its own pattern finds, in any order of calls and windows.
    clause = "The council said it would not support the plan, which was a disaster and a huge step backwards."
    for matcher in (_VERBAL, _EFFECT, _EVALUATIVE, _VERBAL):
        for start, end in ((0, len(clause)), (10, len(clause)), (0, 40), (0, len(clause))):
            expected = [found.span() for found in matcher.pattern.finditer(clause, start, end)]
            assert [found.span() for found in matcher.finditer(clause, start, end)] == expected


@pytest.mark.parametrize(
    ("clause", "stance"),
    [
        # a negation outside a relative clause does not reach the trigger in it, unless the relative is what a
        # subject is said not to be
        ("the count does not change what the law demands, which is that we protect the wetlands", "support"),
        ("this is not what we wanted for the harbour", "oppose"),
        ("residents have been sharply critical of the harbour levy", "oppose"),
        ("the union requested the pension fund be protected", "support"),
        ("the mayor asked the council for a new housing plan", "support"),
        ("the mayor asked the minister for his resignation", None),  # a personnel matter
        ("the reporters requested comment from the ministry", None),
        ("the House impeached the governor over the budget", "support"),
        ("the House impeaches the official and the Senate holds the trial", None),  # how impeachment works
        ("these strikes are our right", "support"),
    ],
)
def test_negation_scope_criticism_requests_impeachment_and_rights(clause, stance):
    take = stancetaking(clause)
    assert (take.stance if take else None) == stance


def test_endangered_species_are_an_environmental_issue():
    assert default_taxonomy().best("protections under the Endangered Species Act").id == "environment"


def test_a_persons_stance_in_anothers_own_words_is_reported_not_taken():
    body = "“John Marsh wants to scrap the fuel tax. We will defend the fuel tax,” Ann Lee said.\n"
    words = "John Marsh wants to scrap the fuel tax. We will defend the fuel tax,"
    found = {(p.actor_name, p.stance, p.evidence.text) for p in positions(body, [quote(body, words, "Ann Lee", actor_id="a-lee")])}
    assert found == {("Ann Lee", "support", "We will defend the fuel tax")}
    body = "“Canada wants a fair trade deal,” Ann Lee said.\n"  # a state the speaker may speak for
    assert positions(body, [quote(body, "Canada wants a fair trade deal,", "Ann Lee", actor_id="a-lee")])


_PART_PIECES = ["number", "Number", "of", "OF", "the", "thé", "ſome", "members", "both", "x", " ", "  ", "\n", ","]


@given(st.lists(st.sampled_from(_PART_PIECES), max_size=8).map(" ".join))
@settings(max_examples=500, deadline=None)
def test_part_of_gate_agrees_with_its_pattern(text: str) -> None:
    assert _part_of_before(text, 0, len(text)) == (_PART_OF.search(text, 0, len(text)) is not None)


@given(st.lists(st.sampled_from(["described him as ", "describes her as", "praised Ann Lee:", "“", '"', "\n", " ", ":", "x"]), max_size=6).map("".join))
@settings(max_examples=500, deadline=None)
def test_an_opening_mark_ends_the_text_wherever_a_portrait_or_tribute_pattern_matches(text: str) -> None:
    for pattern in (_PORTRAIT, _TRIBUTE_BEFORE):
        if pattern.search(text, max(0, len(text) - 100), len(text)):
            assert _mark_before(text, len(text))


def test_habitual_openings_and_clause_breaks_are_still_found():
    for opening in ("Historically, the board", "“Traditionally the board", "Only once before has the board", "Never before had"):
        body = f"{opening} rejected the plan."
        assert _may_open_habitually(body, 0, len(body)) and _HABITUAL_OPENING.match(body, 0, len(body))
    body = "The toll is unfair; it must go, but the pier stays and that is right."
    assert len(_clauses(body, 0, len(body))) == 4


# Every copula form, in other cases, after a word ("it's") and with the letters a case-insensitive match takes for
# ASCII ones: _predicative tries the pattern only at the words that may be its copula.
_PREDICATIVE_PIECES = (
    "is|was|'s|’s|as|not|very|a|an|the|huge|good|Good|GOOD|goodness|ſucceſs|success|victory|step|forward|back|part|of|"
    "solution|right|only|way|wrong|unfair|unfairly|plan|it|,|.|are|were|be|been|being|remains|remain|seems|seem|IS|"
    "Was|ıs|aſ|it's|that’S|x’s|isn't|As|SEEMS|_is|2is"
).split("|")


@given(
    st.lists(st.sampled_from(_PREDICATIVE_PIECES), min_size=1, max_size=9).map(" ".join),
    st.integers(min_value=0, max_value=80),
)
@settings(max_examples=800, deadline=None)
def test_predicative_gate_finds_what_its_pattern_finds(clause: str, until: int) -> None:
    expected = _PREDICATIVE.search(clause, 0, until)
    found = _predicative(clause, until)
    assert (found and (found.span(), found.lastgroup)) == (expected and (expected.span(), expected.lastgroup))


def test_predicative_is_found_after_every_copula():
    for copula in ("is", "are", "was", "were", "be", "been", "being", "remains", "seems", "’s", "as"):
        clause = f"the plan{'' if copula.startswith('’') else ' '}{copula} a mistake"
        assert _predicative(clause, len(clause)).group("bad")


# A name's occurrences are looked for where its first word stands as a whole word (``_whole_words_at``, from the
# body's word pieces); the words found must be the runs of word characters a regex finds, with non-ASCII letters
# and non-word characters inside and beside them.
_WHOLE_WORD_PIECES = "Lee|Ann|Lee’s|Leeds|McLee|iLee|Lee_|_Lee|2Lee|José|Zoë|é|’|'|-|.|the|LEE|Ann-Lee|‘Ann".split("|")


@given(
    st.lists(st.sampled_from(_WHOLE_WORD_PIECES), max_size=10),
    st.lists(st.sampled_from([" ", "", "\n", "’", "é", "-", "—"]), min_size=10, max_size=10),
)
@settings(max_examples=800, deadline=None)
def test_whole_words_are_the_runs_of_word_characters(words: list[str], joins: list[str]) -> None:
    text = "".join(word + join for word, join in zip(words, joins))
    wanted = {"Lee", "Ann", "José", "Zoë"}
    expected: dict[str, list[int]] = {}
    for word in re.finditer(r"\w+", text):
        if word.group() in wanted:
            expected.setdefault(word.group(), []).append(word.start())
    assert {word: sorted(starts) for word, starts in _whole_words_at(text, wanted).items()} == expected
    # the same, in text order, where so many words are wanted that the body is split into its word pieces
    many = wanted | {f"Name{number}" for number in range(speakers_module._SEARCHED_WORDS)}
    assert _whole_words_at(text, many) == expected


def test_a_few_names_are_found_without_splitting_the_body(monkeypatch):
    # Most articles name a dozen actors: their first words are looked for by string search, and the body is not split
    # into its word pieces (about four times the cost; most articles never need the pieces).
    def no_split(text: str) -> list[str]:
        raise AssertionError("the body was split")

    monkeypatch.setattr(speakers_module, "word_pieces", no_split)
    body = "Ann Lee met Ivo Marsh in Dunmere. “Lee’s plan is sound,” Marsh said of Ann_Lee and Leeds."
    assert _whole_words_at(body, {"Ann", "Lee", "Marsh", "Dunmere"}) == {
        "Ann": [0], "Lee": [4, 35], "Marsh": [16, 57], "Dunmere": [25]
    }


@given(
    st.lists(st.sampled_from(_WHOLE_WORD_PIECES + ["Ann Lee", "Ivo", "Marsh", "Ivo Marsh’s", "de Vries"]), max_size=12),
    st.lists(st.sampled_from([" ", "", "’", "é", ", "]), min_size=12, max_size=12),
)
@settings(max_examples=500, deadline=None)
def test_occurrences_are_every_whole_word_occurrence_of_a_name(words: list[str], joins: list[str]) -> None:
    body = "".join(word + join for word, join in zip(words, joins))
    actors = [
        Actor(id="a-lee", name="Ann Lee", type="person", mention_count=1),
        Actor(id="a-marsh", name="Ivo Marsh", type="person", aliases=["Marsh’s"], mention_count=1),
        Actor(id="a-jose", name="José", type="person", mention_count=1),
        Actor(id="a-vries", name="de Vries", type="person", mention_count=1),
    ]
    expected = set()
    for number, actor in enumerate(actors):
        names = {actor.name, *actor.aliases} | ({actor.name.split()[-1]} if " " in actor.name else set())
        for name in names:
            for at in range(len(body)):
                if body.startswith(name, at) and not re.match(r"\w", body[at - 1 : at]) and not re.match(
                    r"\w", body[at + len(name) : at + len(name) + 1]
                ):
                    expected.add((at, -at - len(name), number))
    assert _occurrences(body, actors) == sorted(expected)


# Words of evaluative phrases with a common first word ("the right thing", "not good enough", "a win"), their case and
# Unicode twins (the Kelvin sign, a long s, a dotless i), apostrophes and other separators.
_EVALUATIVE_PIECES = [
    "the", "The", "THE", "right", "Right", "ri", "thing", "rightly", "not", "good", "enough", "a", "win", "wins", "in",
    "favour", "favor", "of", "stab", "back", "too", "late", "OK", "o\u212a", "\u017fham", "sham", "\u0131n", "it",
    "is", "time", "the r\u0131ght step", "too \u017flow", "not o\u212a", "can't", "isn’t", "people's", "x",
]


# Words of the triggers that open with a common word ("in favour of", "in support of", "we need"), and words that may
# open other triggers on the same letters ("inside", "intend", "need", "support").
_TRIGGER_PIECES = [
    "in", "In", "IN", "\u0131n", "favour", "favor", "Favour", "of", "support", "supports", "defence", "defense", "we",
    "We", "need", "needed", "needs", "inside", "intend", "to", "the", "plan", "in \u017fupport of", "we neeD", "x",
]


@pytest.mark.parametrize(("matcher", "pieces"), [(_EVALUATIVE, _EVALUATIVE_PIECES), (_VERBAL, _TRIGGER_PIECES)])
@given(data=st.data())
@settings(max_examples=1000, deadline=None)
def test_matchers_gated_by_the_next_word_find_what_their_patterns_find(matcher, pieces, data):
    # _EVALUATIVE tries "the" only where the next word starts "right", _VERBAL tries "in" only where it starts "favo",
    # "support" or "defen" (and "we" before "need")
    words = data.draw(st.lists(st.sampled_from(pieces), max_size=10))
    # (no apostrophe between words: a window that ends after "good't" reads it as one token, a contraction, in which
    # _WordStarts finds no phrase; the pattern finds "good", with or without the gate)
    joins = data.draw(st.lists(st.sampled_from([" ", "  ", "\n", ", ", "-", ""]), min_size=10, max_size=10))
    cut = data.draw(st.integers(0, 6))
    text = "".join(word + join for word, join in zip(words, joins))
    for start, end in ((0, len(text)), (0, max(0, len(text) - cut)), (min(cut, len(text)), len(text))):
        expected = [found.span() for found in matcher.pattern.finditer(text, start, end)]
        assert [found.span() for found in matcher.finditer(text, start, end)] == expected


def test_next_word_openings_only_for_first_words_that_nothing_else_can_start_on():
    openings = _next_word_openings(["in favou?r of", "in (?:support|defen[cs]e) of", "we need", "ha(?:ve|s) to", "h[ai]t"])
    assert openings == {"in": ("defenc", "defens", "favo", "support"), "we": ("need",)}
    assert _next_word_openings(["the right thing", "the best", "not good", "not", "self serving", "se(?:e|lf)", "a win"]) == {
        "the": ("best", "right"),
        "a": ("win",),
    }  # "not" is a phrase alone; "self" may open "se(?:e|lf)"
    assert "in" not in _next_word_openings(["in favou?r of", "in \\w+ of"])  # any word may follow
    assert "in" not in _next_word_openings(["in favour", "i(?:n|s)"])  # another phrase may start on "in"
    assert "in" not in _next_word_openings(["in favour|against"])  # an alternation around the words
    assert _next_word_openings(["in favour", "(?:a|\\w+) vote"]) == {}  # a phrase may start on any word
    assert _next_word_openings(["in favour", "(?<!not )support"]) == {"in": ("favour",)}  # read past a look-behind


def test_every_evaluation_has_a_word_opening():
    assert _EVALUATION_OPENINGS is not None  # else the gate is off: some evaluation starts with no literal word
    assert {"victory", "part", "only", "right", "dead"} <= _EVALUATION_OPENINGS
    assert _word_openings(["a (?:big|small) win|loss"]) is None  # an alternation of its own: no gate


@pytest.mark.parametrize(
    ("clause", "stance"),
    [
        ("I want to express my sympathy and regrets to the families of the victims", None),  # condolences
        ("we want to thank the firefighters for their courage", None),
        ("the driver narrowly avoided being caught in the crash", None),  # an escape, no stance
        ("we want lower fuel taxes", "support"),
        ("the ministry avoided any increase in the fuel tax", "oppose"),
    ],
)
def test_courtesies_and_escapes_take_no_stance(clause, stance):
    take = stancetaking(clause) or evaluative_stancetaking(clause)
    assert (take.stance if take else None) == stance


def test_stance_verb_words_are_remembered_as_the_pattern_reads_them():
    for verb in ("rejected", "Rejected", "walked", "called for", "endorses", "said"):
        assert _stance_verb_word(verb) == (_STANCE_VERB_WORD.fullmatch(verb) is not None)


@given(
    st.lists(st.sampled_from(["Lee", "'s", "’s", ",", " ", "\n", "(HB)", "of", "the", "Board", "rejected", "also", "who", "x"]), max_size=8).map("".join)
)
@settings(max_examples=400, deadline=None)
def test_a_subjects_verb_patterns_open_with_a_space_or_a_comma(text: str) -> None:
    # _statement_candidates tries them only after a name followed by one of those.
    for at in range(len(text)):
        if not (text[at] == "," or text[at].isspace()):
            assert not _STATEMENT_VERB.match(text, at) and not _SUBJECT_VERB.match(text, at)


@pytest.mark.parametrize(
    "words",
    [
        "Today I am unconditionally with him and his family, as I hope all of us are",
        "We stand with him and his loved ones and we hope for a quick recovery",
        "The years of her life were committed to the service of this city",
    ],
)
def test_a_supportive_clause_about_him_or_her_life_with_no_issue_of_its_own_is_a_condolence_not_a_stance(words):
    body = (
        "The mayor of Harbourton, Ivo Marsh, was attacked on Sunday; the government and the opposition condemned the "
        f"attack before the vote on the budget.\n“{words},” Ann Lee said.\n"
    )
    assert positions(body, [quote(body, words + ",", "Ann Lee", actor_id="a-lee")]) == []
    # criticism of a person, or support for a named issue, remains a stance
    for stance, words in (
        ("oppose", "We condemn him for this attack"),
        ("support", "We back him on the carbon tax"),
        ("support", "We support him"),
    ):
        body = f"The government and the opposition condemned the attack before the vote.\n“{words},” Ann Lee said.\n"
        found = positions(body, [quote(body, words + ",", "Ann Lee", actor_id="a-lee")])
        assert [p.stance for p in found] == [stance]


@pytest.mark.parametrize(
    ("sentence", "words", "cue"),
    [
        ("Ann Lee criticised the decision, saying “the carbon tax is a failure”.", "the carbon tax is a failure", "saying"),
        (
            "Ann Lee spoke out against the decision, calling it “an aggression on the carbon tax as a law and a policy” "
            "as well as a breach of the rules.",
            "an aggression on the carbon tax as a law and a policy",
            "calling",
        ),
    ],
)
def test_a_stance_with_no_issue_of_its_own_takes_the_issue_its_sentence_names_for_the_same_stance(sentence, words, cue):
    # the article's topic (housing) is not the issue of a statement that names its own (the carbon tax): one position
    body = "The government and the opposition met before the vote on the affordable housing plan on Monday.\n" + sentence
    found = positions(body, [quote(body, words, "Ann Lee", cue=cue, actor_id="a-lee")])
    assert [(p.issue.id, p.stance) for p in found] == [("climate", "oppose")]
    assert found[0].evidence.text.endswith(words)


@pytest.mark.parametrize(
    ("clause", "stance"),
    [
        ("The mayor had cancelled his entire Thursday schedule", None),  # one's own diary, no issue
        ("The Senate postponed its planned hearing on the nominee", None),
        ("The council cancelled the new coal plant", "oppose"),
        ("The council cancelled its support for the new coal plant", "oppose"),
        ("Ann Lee delayed her rally's budget vote", "oppose"),
    ],
)
def test_cancelling_or_putting_off_ones_own_engagement_is_no_stance(clause, stance):
    take = stancetaking(clause)
    assert (take.stance if take else None) == stance


@pytest.mark.parametrize(
    ("words", "speaker", "actor_id", "found"),
    [
        ("the Harbour Assembly of Arland rejected the coal plant", "Ann Lee", "a-lee", False),  # another's act reported
        ("the Teachers Federation had rejected the coal plant", "Ann Lee", "a-lee", False),
        ("the Eastport Council had voted against the coal plant", "Ann Lee", "a-lee", False),
        ("the Teachers Federation rejected the coal plant", "Teachers Federation", "a-union", True),  # its own act
        ("the Harbour Assembly of Arland must reject the coal plant", "Ann Lee", "a-lee", True),  # what she wants done
        ("she rejected the coal plant", "Ann Lee", "a-lee", True),
        ("the government had rejected the coal plant", "Ann Lee", "a-lee", True),  # maybe her own side, spoken for
    ],
)
def test_a_named_third_partys_past_act_in_reported_speech_is_not_the_speakers_stance(words, speaker, actor_id, found):
    body = f"Ann Lee noted that {words}."
    got = positions(body, [quote(body, words, speaker, kind="indirect", cue="noted", actor_id=actor_id)])
    assert any(p.actor_id == actor_id for p in got) == found  # the speaker's own position


@pytest.mark.parametrize(
    ("clause", "stance"),
    [
        ("the harbour master had tested positive for the virus", None),  # a test result, no judgement
        ("the vote was put off after the mayor's positive COVID-19 test", None),
        ("only two delegates were known to have tested positive", None),
        ("the clinic has made all the necessary preparations for the patients", None),  # a need taken for granted
        ("the two discoveries tell us something essential about the sea", None),
        ("the new levy is a positive step for the harbour", "support"),  # judgements stay
        ("the reform of the harbour levy is necessary", "support"),
        ("the talks were positive", "support"),
    ],
)
def test_positive_of_a_test_and_a_need_taken_for_granted_judge_nothing(clause, stance):
    take = evaluative_stancetaking(clause)
    assert (take.stance if take else None) == stance


@pytest.mark.parametrize(
    ("clause", "stance"),
    [
        ("The harbour board cancelled the debate", None),  # an event called off, no issue
        ("A storm delayed a rally in the capital", None),
        ("The league postponed the final until May", None),
        ("The council cancelled the new coal plant", "oppose"),  # a project called off is a stance
        ("The council delayed the levy on plastic bags", "oppose"),
    ],
)
def test_calling_off_or_putting_off_an_event_is_no_stance(clause, stance):
    take = stancetaking(clause)
    assert (take.stance if take else None) == stance


@pytest.mark.parametrize(
    ("clause", "stance"),
    [
        ("Ivo Marsh has decided to run for mayor of Eastport", None),  # entering a race is a career move
        ("Ann Lee decided to drop out of the race", None),
        ("Two senators suspended their campaigns on Monday", None),
        ("The party suspended its campaign against the toll road", "oppose"),  # a campaign on an issue stays
        ("Ann Lee decided to close the coal plant", "support"),
    ],
)
def test_entering_or_leaving_a_race_is_no_stance(clause, stance):
    take = stancetaking(clause)
    assert (take.stance if take else None) == stance


@pytest.mark.parametrize(
    ("content", "stance"),
    [
        ("the winners of this year's harbour prize", None),  # an outcome named is news
        ("the decision that night", None),
        ("Ivo Marsh as his running mate last April", None),  # a running mate named: a career move
        ("the decision to close the coal plant", "support"),  # what was decided is a stance
        ("a ban on plastic bags", "support"),
        # an event or a choice made known is news too
        ("the arrest of two men in the harbour fraud case", None),
        ("the schedule of the power cuts in a press release", None),
        ("its selection of the harbour activist Ann Lee as its person of the year", None),
        ("his choice of running mate for the election", None),
    ],
)
def test_an_announced_outcome_or_running_mate_is_no_stance(content, stance):
    lent = cue_stancetaking("announced", content)
    assert (lent.stance if lent else None) == stance
    take = stancetaking("The board announced " + content)
    assert (take.stance if take else None) == stance


@pytest.mark.parametrize(
    ("clause", "stance"),
    [
        ("The agency declared the outbreak, which causes the fever, to be a pandemic", None),  # a spread named
        ("the country became the last to report cases of what the agency declared a pandemic last year", None),
        ("The governor declared a state of emergency over the floods", "support"),  # a measure taken
        ("The court declared the new coal plant illegal", "oppose"),
    ],
)
def test_declaring_a_diseases_spread_a_pandemic_is_no_stance(clause, stance):
    take = stancetaking(clause)
    assert (take.stance if take else None) == stance


@pytest.mark.parametrize(
    ("content", "lent"),
    [
        ("Ivo Marsh, a member of the harbour council since 2004, died of pneumonia", False),  # news of a death
        ("two of its officers had been killed in the attack", False),
        ("the minister had tested positive for the virus", False),
        ("the council will ban new coal plants", True),  # a measure announced
    ],
)
def test_an_announced_death_or_infection_is_news_not_a_stance(content, lent):
    assert (cue_stancetaking("announced", content) is not None) == lent


# The politics words are counted in the body's word pieces (``_politics_words``): the count must be the pattern's
# over the whole text, with non-ASCII letters inside and beside words and the characters that a case-insensitive
# match takes for ASCII letters.
_POLITICS_PIECES = (
    "government|Governments|PRESIDENT|presidential|parliamentary|ſenate|Senators|party|parties|laws|law|court|"
    "MPs|mps|MP|vote|votes|voted|bill|bills|Bıll|İmf|é|’|'|-|_|2|x|the|policy|policies|treaty|troops|.|,"
).split("|")


@given(
    st.lists(st.sampled_from(_POLITICS_PIECES), max_size=10),
    st.lists(st.sampled_from([" ", "", "\n", "’", "é", "-"]), min_size=10, max_size=10),
)
@settings(max_examples=800, deadline=None)
def test_politics_words_counted_in_pieces_are_the_patterns_matches(words: list[str], joins: list[str]) -> None:
    text = "".join(word + join for word, join in zip(words, joins))
    assert _politics_words(text) == len(_POLITICS.findall(text))


@given(st.text(alphabet=st.sampled_from(["a", "é", " ", "\n", "\u00a0", "\u2003", ",", "’"])))
def test_a_text_holds_at_most_half_its_characters_rounded_up_in_words(text: str) -> None:
    # _topic skips counting the words where this bound already passes
    assert len(text.split()) <= (len(text) + 1) // 2


def test_a_ban_in_other_words_opposes_what_it_bans():
    assert stancetaking("the council outlawed the sale of fireworks").stance == "oppose"
    assert stancetaking("the mayor prohibits the sale of fireworks").stance == "oppose"
    assert stancetaking("the mayor forbade public gatherings in the square").stance == "oppose"
    assert stancetaking("fireworks were outlawed in 2019") is None  # a fact stated in the passive, no one's act


def test_protesting_or_rallying_with_an_object_is_a_stance_and_the_noun_is_not():
    assert stancetaking("farmers protested the new fuel tax").stance == "oppose"
    assert stancetaking("students were protesting the tuition rise").stance == "oppose"
    assert stancetaking("nurses rallied against the wage freeze").stance == "oppose"
    assert stancetaking("nurses rallied behind the wage offer").stance == "support"
    assert stancetaking("the protests the city saw in May were peaceful") is None
    assert stancetaking("a million people marched, protesting the new fuel tax") is None  # the marchers', not the speaker's
    assert stancetaking("nurses were rallying against the wage freeze").stance == "oppose"
    assert stancetaking("a crowd gathered, rallying against the wage freeze") is None


def test_a_crowd_counted_by_the_hundred_is_named_by_its_head():
    body = "Thousands of farmers protested the fuel tax in the capital on Monday.\n"
    assert {(p.actor_name, p.stance, p.evidence.text) for p in positions(body, [])} == {
        ("farmers", "oppose", "protested the fuel tax in the capital on Monday"),
    }


def test_a_vote_with_its_tally_states_the_stance_of_the_voters():
    assert stancetaking("the Senate voted 61 to 38 to extend the fuel tax").stance == "support"
    assert stancetaking("the Senate voted 7-2 against the fuel tax").stance == "oppose"


def test_phrasal_verbs_of_stance():
    assert stancetaking("Ann Lee came out against the fuel tax").stance == "oppose"
    assert stancetaking("Ann Lee came out in favour of the wage increase").stance == "support"
    assert stancetaking("Ann Lee threw her support behind the wage increase").stance == "support"
    take = stancetaking("Ann Lee joined calls for a repeal of the fuel tax")
    assert (take.stance, take.modality) == ("support", "demanded")


def test_a_named_subject_that_is_opposed_to_or_in_favour_of_something_or_a_longtime_supporter_of_it():
    body = (
        "Ivo Marsh is opposed to the fuel tax.\n"
        "The Teachers Federation was in favour of the wage increase.\n"
        "Ann Lee has been a longtime supporter of same-sex marriage.\n"
        "Ivo Marsh was banned from the race.\n"  # a passive: done to him, no stance of his
    )
    assert {(p.actor_name, p.stance) for p in positions(body, [])} == {
        ("Ivo Marsh", "oppose"), ("Teachers Federation", "support"), ("Ann Lee", "support"),
    }


def test_reported_content_that_opens_with_against_completes_the_cues_phrase():
    body = "Ann Lee warned against raising the fuel tax. Ivo Marsh did not argue against the fuel tax.\n"
    quotes = [
        quote(body, "against raising the fuel tax", "Ann Lee", kind="indirect", cue="warned", actor_id="a-lee"),
        quote(body, "against the fuel tax", "Ivo Marsh", kind="indirect", cue="did not argue", actor_id="a-ford"),
    ]
    assert {(p.actor_name, p.stance, p.evidence.text) for p in positions(body, quotes)} == {
        ("Ann Lee", "oppose", "against raising the fuel tax"),
    }


def test_what_a_rule_forbids_is_no_stance_of_the_one_who_states_it():
    assert stancetaking("our charter prohibits any activity of a political character") is None
    assert stancetaking("the law bans the sale of fireworks") is None
    assert stancetaking("the council banned the sale of fireworks").stance == "oppose"


def test_a_named_subject_before_be_and_a_stance_verbs_ing_form_or_after_long():
    body = (
        "Ivo Marsh has been pushing for a higher minimum wage.\n"
        "The Teachers Federation is suing the city over the housing plan.\n"
        "Ann Lee has long opposed the fuel tax.\n"
        "Ivo Marsh was fighting for his life in hospital after the crash.\n"  # surviving, no stance
        "Ann Lee was banned from the race.\n"  # a passive: done to her
    )
    assert {(p.actor_name, p.stance, p.evidence.text) for p in positions(body, [])} == {
        ("Ivo Marsh", "support", "has been pushing for a higher minimum wage"),
        ("Teachers Federation", "oppose", "is suing the city over the housing plan"),
        ("Ann Lee", "oppose", "has long opposed the fuel tax"),
    }


def test_acts_of_protest_and_doubt():
    assert stancetaking("she resigned in protest against the fuel tax").stance == "oppose"
    assert stancetaking("the union walked out in protest over the wage freeze").stance == "oppose"
    assert stancetaking("the minister cast doubt on the housing plan").stance == "oppose"


def test_being_against_something_with_an_adverb_or_in_the_first_person():
    assert stancetaking("we are firmly against this fuel tax").stance == "oppose"
    assert stancetaking("I am against the fuel tax").stance == "oppose"
    assert stancetaking("they have been against the fuel tax since 2019").stance == "oppose"


def test_standing_against_something_opposes_it():
    assert stancetaking("we stand united against the fuel tax").stance == "oppose"
    assert stancetaking("the council stands firmly against the housing plan").stance == "oppose"


def test_a_named_subject_that_is_not_opposed_to_something_supports_it():
    body = "Ivo Marsh is not opposed to the housing plan.\n"
    assert {(p.actor_name, p.stance, p.evidence.text) for p in positions(body, [])} == {
        ("Ivo Marsh", "support", "is not opposed to the housing plan"),
    }


@pytest.mark.parametrize(
    "clause",
    [
        "denied the story",
        "dismissed the reports as rumours",
        "rejected the allegations",
        "denied reports that he had resigned",
        "questioned whether the governor's visit to the clinic was the result of an illness",
        "questioned if the minister had been at the meeting",
    ],
)
def test_disputing_an_account_or_doubting_a_fact_is_no_stance(clause):
    assert stancetaking(clause) is None


@pytest.mark.parametrize(
    "clause, stance",
    [
        ("questioned the governor's power to close the port", "oppose"),
        ("rejected the harbour levy", "oppose"),
        ("welcomed the report", "support"),
    ],
)
def test_doubting_or_rejecting_a_measure_stays_a_stance(clause, stance):
    take = stancetaking(clause)
    assert take is not None and take.stance == stance


def _dated_positions(story: str):
    """The positions of an invented article: a dateline, then ``story`` as its one paragraph."""
    return enrich(RawArticle(id="invented", body=f"Tuesday, May 5, 2020\n\n{story}\n")).positions


def test_what_an_account_is_called_takes_no_stance():
    found = _dated_positions(
        "The parliament of Norland debated the harbour levy on Monday. Senator Ann Pruitt labeled the report as "
        "\"fake news\". Governor Ray Dunn described the story as a hoax. Senator Ivo Marsh called the levy \"a disgrace\"."
    )
    assert [(p.actor_name, p.stance) for p in found] == [("Ivo Marsh", "oppose")]


@pytest.mark.parametrize(
    "clause",
    [
        "It is with great sadness that I announce the death of Bishop Paul Moro",
        "With deep sorrow we learned of the loss of a great colleague",
        "May God do whatever is best for him and give me strength",
        "Thank you to all emergency services for a great job tonight",
    ],
)
def test_formulas_of_mourning_prayer_and_thanks_judge_nothing(clause):
    assert evaluative_stancetaking(clause) is None


def test_a_great_or_bad_thing_outside_those_formulas_still_judges():
    assert evaluative_stancetaking("the harbour levy is a great idea").stance == "support"  # type: ignore[union-attr]
    assert evaluative_stancetaking("I regret that the levy is unfair and cruel").stance == "oppose"  # type: ignore[union-attr]


def test_what_a_speaker_thanks_someone_for_is_no_stance():
    found = _dated_positions(
        "A fire destroyed a police station in Eastvale on Monday. The mayor, Dana Ruiz, thanked \"the police and "
        "firefighters for their swift and courageous response\". The government of Norland said it would fight crime "
        "with new laws."
    )
    assert [p.actor_name for p in found if "Ruiz" in p.actor_name] == []
    assert found  # the government's stance stays


def test_a_prayer_or_thanks_in_a_quote_takes_no_stance_from_its_verbs():
    found = _dated_positions(
        "The former governor of Norland, Paul Moro, died on Monday. His daughter, Ada Moro, wrote: \"May God give me "
        "strength to accept the loss.\" The governor, Alan Crane, tweeted: \"Thank you to all the officers, who the "
        "council has now backed with new funds.\" Crane said: \"Thanks to the new levy, the harbour is safe. We "
        "support the levy.\""
    )
    assert {(p.actor_name, p.evidence.text) for p in found} == {("Alan Crane", "We support the levy")}


def test_another_partys_past_act_reported_negated_is_not_the_speakers_stance():
    found = _dated_positions(
        "Senator Joan Bell noted that the Harbour Assembly did not approve the budget. Senator Ivo Marsh said he did "
        "not support the budget."
    )
    assert [(p.actor_name, p.stance) for p in found] == [("Ivo Marsh", "oppose")]


@pytest.mark.parametrize(
    "clause",
    [
        "sought the nominations of the Green Party and the Reform Party for ballot access",
        "declared victory for the governor",
        "declared himself the winner of the debate",
    ],
)
def test_seeking_nominations_or_declaring_victory_is_no_stance(clause):
    assert stancetaking(clause) is None


def test_declaring_a_measure_stays_a_stance():
    assert stancetaking("declared a state of emergency over the floods").stance == "support"  # type: ignore[union-attr]


def test_a_name_after_a_or_an_modifies_a_noun_and_is_no_subject():
    found = _dated_positions(
        "Tom Reed played for the Lakers for ten years, becoming an NBA champion five times. The Harbour Party backs "
        "the levy. An assembly of harbour mayors denounced the levy."
    )
    assert [p.actor_name for p in found] == ["Harbour Party", "assembly of harbour mayors"]


def test_a_state_after_a_citys_name_places_it_and_is_no_subject():
    found = _dated_positions(
        "Ann Lee, the former mayor of Harbour Falls, Vermont, proposed a new levy on cruise ships. Vermont backs the "
        "levy."
    )
    assert [(p.actor_name, p.evidence.text) for p in found] == [("Vermont", "backs the levy")]


@pytest.mark.parametrize(
    ("clause", "stance"),
    [
        ("they have always claimed they have public support", None),
        ("the plan has broad support in the city", None),
        ("the levy won bipartisan support last year", None),
        ("they expressed broad support for the levy", "support"),
        ("the union voiced overwhelming support for the strike", "support"),
        # support given to people in need is aid
        ("we are working with the school to provide support to the pupils and their parents", None),
        ("the council will offer support to the families of those who died", None),
        ("we will give our full support to the victims' families", None),
        ("the union is providing support for the flood survivors", None),
        ("we lend our support to the campaign for rent control", "support"),
        ("the party gave its full support to the candidates", "support"),
    ],
)
def test_support_that_one_has_or_gives_people_in_need_is_a_noun_and_support_expressed_a_stance(clause, stance):
    take = stancetaking(clause)
    assert (take.stance if take else None) == stance


@pytest.mark.parametrize(
    ("clause", "stance"),
    [
        ("they believe a gas leak was the cause of the disaster which happened at night", None),
        ("the mine disaster killed ten workers", None),
        ("the levy is a disaster", "oppose"),
        ("it was the worst disaster for farmers in a decade", "oppose"),
    ],
)
def test_the_disaster_an_article_reports_is_no_judgement(clause, stance):
    take = evaluative_stancetaking(clause)
    assert (take.stance if take else None) == stance


@pytest.mark.parametrize(
    ("clause", "stance"),
    [
        ("the council decided against the new harbour toll", "oppose"),
        ("the board has decided against raising the fuel tax", "oppose"),
        ("the minister sent a letter of support for the pipeline", "support"),
        ("the unions sent messages of support to the striking nurses", "support"),
        ("the minister sent a letter to the council about the pipeline", None),  # a letter, no stance named
        ("she had signalled an intent to run for the tax office but decided against it", None),  # a plan of her own dropped
    ],
)
def test_a_decision_against_something_and_a_letter_of_support_sent(clause, stance):
    take = stancetaking(clause)
    assert (take.stance if take else None) == stance


def test_a_named_actor_deciding_against_or_sending_support_holds_the_position():
    body = (
        "Ann Lee decided against the new fuel tax on Monday.\n"
        "The Teachers Federation sent a letter of support for the pension reform.\n"
    )
    assert {(p.actor_name, p.stance, p.evidence.text) for p in positions(body, [])} == {
        ("Ann Lee", "oppose", "decided against the new fuel tax on Monday"),
        ("Teachers Federation", "support", "sent a letter of support for the pension reform"),
    }


def test_a_demand_opposes_what_it_asks_others_to_reject_and_what_it_asks_not_be_approved():
    """What a demand cue reports: a rejection asked of others opposes its object, one asked against supports it; a
    negated request takes its content's own negated trigger ("not to approve" opposes, "not to scrap" supports)."""
    expected = {
        "Mayor Ada Quill urged the council to reject the new parking levy.": ("oppose", "demanded"),
        "Mayor Ada Quill called on residents to boycott the referendum on the toll.": ("oppose", "demanded"),
        "Mayor Ada Quill called for a boycott of the vote on the school budget.": ("oppose", "demanded"),
        "Senator Bram Oakes asked voters to reject the fuel tax increase.": ("oppose", "demanded"),
        "Senator Bram Oakes asked voters not to reject the fuel tax increase.": ("support", "negated"),
        "Mayor Ada Quill urged the council not to approve the new parking levy.": ("oppose", "negated"),
        "Mayor Ada Quill called on the council not to scrap the new parking levy.": ("support", "negated"),
        # an undoing asked for is supported, as before; and a demand not to change something wants it kept
        "The dock workers' union urged the council to scrap the parking levy.": ("support", "demanded"),
        "Mayor Ada Quill urged the provinces not to reschedule their elections.": ("support", "demanded"),
    }
    found = {
        sentence: [(p.stance, p.modality) for p in enrich(RawArticle(id="demand", body=sentence + "\n")).positions]
        for sentence in expected
    }
    assert found == {sentence: [stance] for sentence, stance in expected.items()}


def test_he_or_she_after_a_sentence_without_a_person_subject_is_the_last_person_of_that_gender_named():
    body = "Ann Lee's platform mixes old and new ideas. She supports a ban on coal plants.\n"
    assert {(p.actor_name, p.stance) for p in positions(body, [])} == {("Ann Lee", "support")}
    # a pronoun of the other gender does not take her
    body = "The union's plan was drafted with Ann Lee. He opposes the new tariffs.\n"
    assert positions(body, []) == []


def test_a_collective_named_after_its_place_is_a_group_that_takes_positions():
    actors = [*ACTORS, Actor(id="a-lakeside", name="Lakeside", type="place", mention_count=1)]
    body = "The Lakeside city council voted to ban short-term rentals in the old town.\n"
    found = find_positions(body, [], actors, default_taxonomy()).positions
    assert {(p.actor_name, p.stance) for p in found} == {("Lakeside city council", "oppose")}  # a ban opposes what it bans


def test_a_name_placed_by_in_and_a_name_is_still_the_subject_but_not_before_a_date():
    body = "The Teachers Federation in Arland rejected the new school funding formula.\n"
    assert {(p.actor_name, p.stance) for p in positions(body, [])} == {("Teachers Federation", "oppose")}
    # a month after "in" dates what came before: the name is the object of the verb before it
    body = "The court fined Ivo Marsh in January and demanded a review of the harbour levy.\n"
    assert not any(p.actor_name == "Ivo Marsh" for p in positions(body, []))


def test_a_place_after_a_comma_locates_the_body_named_before_it_which_is_the_subject():
    actors = [
        Actor(id="a-assembly", name="Assembly of East Norland", type="organization", aliases=["AEN"], mention_count=2),
        Actor(id="a-arland", name="Arland", type="place", mention_count=1),
    ]
    body = "Yesterday, the Assembly of East Norland (AEN), Arland voted to ban tolls on the coastal highway.\n"
    found = find_positions(body, [], actors, default_taxonomy()).positions
    assert {(p.actor_name, p.stance) for p in found} == {("Assembly of East Norland", "oppose")}


def test_the_and_an_organisations_head_noun_stand_for_the_organisation_named_before():
    actors = [Actor(id="a-union", name="Arland Teachers Union", type="organization", mention_count=1)]
    body = "The Arland Teachers Union met on Tuesday. The union rejected the new pension reform.\n"
    found = find_positions(body, [], actors, default_taxonomy()).positions
    assert {(p.actor_name, p.actor_id, p.stance) for p in found} == {("Arland Teachers Union", "a-union", "oppose")}
    # a collective found before: "the government" after "the government of Arland"
    body = "The government of Arland backed the fuel tax on Monday. The government banned protests against the fuel tax.\n"
    found = find_positions(body, [], [], default_taxonomy()).positions
    assert {p.actor_name for p in found} == {"government of Arland"}
    # with no organisation of that head named before, the collective stands under its own words
    body = "The Harbour Board met on Tuesday. The union rejected the new pension reform.\n"
    found = find_positions(body, [], [], default_taxonomy()).positions
    assert {p.actor_name for p in found} == {"union"}


@given(st.text(alphabet=st.sampled_from(["a", "K", "é", "’", " ", *_ASCII_CASE_TWINS])))
def test_a_case_twin_is_found_as_any_search_of_the_twins_finds_it(text: str) -> None:
    assert _has_case_twin(text) == any(twin in text for twin in _ASCII_CASE_TWINS)


@given(
    st.lists(st.sampled_from(["a", "K", "By", "é", "’", " ", "from", "suit", *_ASCII_CASE_TWINS])).map("".join),
    st.lists(st.sampled_from(["by", "from", "suit", "k"]), max_size=3),
)
def test_the_tests_of_a_sentence_on_its_lower_case_made_once_are_may_contain(text: str, words: list[str]) -> None:
    # _described_stances lowers its sentence once and tests it with _holds_any where it holds no case twin
    assert (_has_case_twin(text) or _holds_any(text.lower(), words)) == _may_contain(text, words)

@given(
    st.lists(
        st.sampled_from(
            ["drew", "strong", "criticism", "Condemnation", "objections", "denunciation", "ſupport", "Praise", "backing",
             "endorsements", "oppos", "of the plan", "has also come", "came", "from", "From", "the mayor", " ", ",", "’"]
        ),
        max_size=9,
    ).map(" ".join)
)
def test_a_stance_noun_from_an_agent_holds_one_of_the_stance_nouns(text: str) -> None:
    # _described_stances scans for _STANCE_NOUN_FROM only in a sentence that may hold one of them
    assert _STANCE_NOUN_FROM.search(text) is None or _may_contain(text, _STANCE_NOUNS)


@pytest.mark.parametrize(
    "clause",
    [
        "the harbour master said the pilots would not answer questions from the port council",  # not "questions X"
        "the councillors asked tough questions about the new ferry timetable",
        "the ferry was evacuated and the fire brigade arrived within seconds",  # not "seconds" a motion
    ],
)
def test_a_triggers_plural_form_as_the_object_of_another_verb_or_after_within_is_a_noun(clause):
    assert stancetaking(clause) is None


def test_a_plural_trigger_form_keeps_its_verb_reading_and_raised_questions_stay_a_doubt():
    assert stancetaking("the mayor questions the new ferry timetable").stance == "oppose"
    assert stancetaking("the ruling raises serious questions about the ferry levy").stance == "oppose"


@pytest.mark.parametrize(
    ("role", "organisation"),
    [
        ("Foreign Ministry spokesman", "Arland Foreign Ministry"),  # the organisation's name ends with the role's words
        ("spokeswoman for the Harbour Board", "Harbour Board"),
        ("Monday. Harbour Board spokesperson", "Harbour Board"),  # a role that ran over a sentence's end
        ("police spokesman", "Lakeland Regional Police"),  # a lower-case organisation word names the body too
    ],
)
def test_a_spokespersons_quote_is_a_position_of_the_organisation_spoken_for(role, organisation):
    body = "The spokesperson said the new tariffs on lumber are unacceptable.\n"
    actors = [
        Actor(id="a-marsh", name="Ivo Marsh", type="person", roles=[role], mention_count=1),
        Actor(id="a-org", name=organisation, type="organization", mention_count=1),
    ]
    quotes = [quote(body, "the new tariffs on lumber are unacceptable", "Ivo Marsh", kind="indirect", actor_id="a-marsh")]
    found = find_positions(body, quotes, actors, default_taxonomy()).positions
    assert [(p.actor_name, p.stance) for p in found] == [(organisation, "oppose")]


@pytest.mark.parametrize(
    ("role", "others"),
    [
        ("Foreign Ministry spokesman", []),
        # a portfolio in lower case ("the party's trade spokesman") is no body's name, though one ends with it
        ("trade spokesman", [Actor(id="a-org", name="Department for Trade", type="organization", mention_count=1)]),
    ],
)
def test_a_spokesperson_of_no_named_organisation_keeps_the_quote(role, others):
    body = "The spokesperson said the new tariffs on lumber are unacceptable.\n"
    actors = [Actor(id="a-marsh", name="Ivo Marsh", type="person", roles=[role], mention_count=1), *others]
    quotes = [quote(body, "the new tariffs on lumber are unacceptable", "Ivo Marsh", kind="indirect", actor_id="a-marsh")]
    found = find_positions(body, quotes, actors, default_taxonomy()).positions
    assert [(p.actor_name, p.stance) for p in found] == [("Ivo Marsh", "oppose")]


def test_an_allegation_is_an_accusation_and_no_position():
    """"X alleged (that) Y did Z" accuses Y, as "accused Y of Z" does: by the seed's convention no position of X's,
    neither against the conduct alleged nor from the alleged conduct's own words."""
    content = "the port authority was hiding the disastrous cost of the harbour levy from the public"
    body = f"Ann Lee alleged {content}.\n"
    found = positions(body, [quote(body, content, "Ann Lee", kind="indirect", cue="alleged", actor_id="a-lee")])
    assert found == []
    # the same content under "said" is her stance
    body = f"Ann Lee said {content}.\n"
    found = positions(body, [quote(body, content, "Ann Lee", kind="indirect", cue="said", actor_id="a-lee")])
    assert [(p.actor_name, p.stance) for p in found] == [("Ann Lee", "oppose")]


def test_a_long_title_before_the_second_of_two_coordinated_names_keeps_both_subjects():
    # up to four capitalised title words between "and" and the name: a committee's name and a rank
    body = "Ann Lee and House Harbour Committee Chair Ivo Marsh both rejected the new fuel tax on Monday.\n"
    assert {(p.actor_name, p.stance) for p in positions(body, [])} == {("Ann Lee", "oppose"), ("Ivo Marsh", "oppose")}


@pytest.mark.parametrize(
    "clause",
    [
        "I intend to give that some serious thought",
        "the harbour board agreed to consider the proposal for a ferry levy",
        "the mayor wants to think about the ferry levy over the summer",
    ],
)
def test_wanting_intending_or_agreeing_to_deliberate_is_no_stance_yet(clause):
    assert stancetaking(clause) is None


def test_refusing_to_consider_a_measure_stays_a_stance():
    assert stancetaking("the harbour board refused to consider the ferry levy").stance == "oppose"


@given(
    st.lists(
        st.sampled_from(["lawsuit", "Suits", "petition", "legal challenge", "case", "was", "has been", "filed", "BROUGHT",
                         "lodged", "fil", "in March", "by", "the league", " ", ",", "’"]),
        max_size=8,
    ).map(" ".join)
)
def test_a_legal_action_filed_by_an_agent_holds_one_of_the_filing_verbs(text: str) -> None:
    # _described_stances scans for _FILED_BY only in a sentence that may hold one of them
    assert _FILED_BY.search(text) is None or _may_contain(text, _FILING_VERBS)


@pytest.mark.parametrize(
    "content", ["against an excess of optimism for the river dolphins", "against drawing hasty conclusions about the ferry levy"]
)
def test_a_warning_against_an_attitude_or_a_hasty_reading_is_no_stance(content):
    assert cue_stancetaking("cautioned", content) is None
    assert stancetaking(f"the harbour master warned {content}") is None


def test_a_warning_against_a_measure_stays_a_stance_against_it():
    assert cue_stancetaking("cautioned", "against raising the ferry levy").stance == "oppose"
    assert stancetaking("the harbour master warned against higher ferry levies").stance == "oppose"


def test_someone_described_as_an_advocate_holds_that_stance_not_the_describer():
    """"X described Y as “a strong advocate for Z”" tells Y's stance; the quoted words are no stance of X's."""
    content = "a strong advocate for affordable housing in a province short of homes"
    body = f"The bishop was described by Ivo Marsh as “{content}”.\n"
    found = positions(body, [quote(body, content, "Ivo Marsh", cue="described", actor_id="a-ford")])
    assert found == []
    # what the describer calls a measure stays his stance
    content = "a disaster for affordable housing"
    body = f"Ivo Marsh described the rent freeze as “{content}”.\n"
    found = positions(body, [quote(body, content, "Ivo Marsh", cue="described", actor_id="a-ford")])
    assert [(p.actor_name, p.stance) for p in found] == [("Ivo Marsh", "oppose")]


def test_grief_at_a_death_and_tribute_to_a_life_take_no_stance():
    head = "Tom Vale, a former minister of Norland who led the peace talks and the liberation war, died on Sunday.\n"
    words = "I was deeply pained to hear about the demise of my friend, colleague and former mayor of Eastvale advocate Lena Hart"
    body = f"{head}“{words},” Ann Lee said.\n"
    assert positions(body, [quote(body, words + ",", "Ann Lee", actor_id="a-lee")]) == []
    for words in (
        "Tom Vale was an honest and brilliant man who devoted his entire life to fight for Norland until his death",
        "Tom Vale gave his whole life to fight for the peace talks",
        "it is a great loss to the people of Norland, because Tom Vale did a lot in the peace talks",
    ):
        body = f"{head}Ann Lee said {words}.\n"
        assert positions(body, [quote(body, words, "Ann Lee", kind="indirect", actor_id="a-lee")]) == []


def test_a_stance_beside_news_of_a_death_still_counts():
    words = "We support the peace talks and the ceasefire"
    body = f"Tom Vale, a former minister of Norland, died on Sunday.\n“{words},” Ann Lee said.\n"
    assert [p.stance for p in positions(body, [quote(body, words + ",", "Ann Lee", actor_id="a-lee")])] == ["support"]


def test_a_capitalised_evaluative_word_inside_a_name_judges_nothing():
    assert evaluative_stancetaking("She opened the Great Lakes Festival in Port Ivo on Sunday") is None
    assert evaluative_stancetaking("She said the Lakes Festival was great").stance == "support"  # type: ignore[union-attr]
    assert evaluative_stancetaking("Great work by the council on the levy").stance == "support"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "clause",
    [
        "her selection of a running mate for the 2028 election on Tuesday",
        "his choice of a vice-presidential candidate",
        "their pick for the tax commission",
        "his choice.",
    ],
)
def test_announcing_ones_pick_of_a_running_mate_or_a_nominee_is_no_stance(clause):
    """Who is chosen, like an appointment, is news: the announcer takes no stance on an issue."""
    assert cue_stancetaking("announced", clause) is None
    assert stancetaking(f"she planned to announce {clause}") is None


def test_a_choice_on_a_measure_announced_stays_a_stance():
    assert stancetaking("he announced his choice to ban the sugar tax").stance == "oppose"  # type: ignore[union-attr]
    assert cue_stancetaking("announced", "a new tax on sugar").stance == "support"  # type: ignore[union-attr]


def test_responsible_for_what_one_caused_or_runs_judges_nothing_but_a_responsible_measure_does():
    """Blame or a duty assigned ("responsible for the deaths") is no evaluation, where "a responsible budget" is."""
    for clause in (
        "Colonel Tarn was responsible for planning raids on the border posts",
        "the militia and its commander were directly responsible for the deaths of forty villagers",
        "the harbour commissioner responsible for ferries was in the room",
    ):
        assert evaluative_stancetaking(clause) is None, clause
    assert evaluative_stancetaking("the budget is responsible and fair").stance == "support"  # type: ignore[union-attr]
    assert evaluative_stancetaking("a responsible withdrawal of the troops").stance == "support"  # type: ignore[union-attr]


def test_the_one_at_whose_request_an_act_is_done_supports_it():
    body = "The governor suspended the rent freeze vote at the request of Ann Lee and Ivo Marsh on Monday.\n"
    assert {(p.actor_name, p.stance) for p in positions(body, [])} >= {("Ann Lee", "support"), ("Ivo Marsh", "support")}
    body = "The governor dissolved the Canada housing board, at the formal request of the Teachers Federation.\n"
    assert ("Teachers Federation", "support") in {(p.actor_name, p.stance) for p in positions(body, [])}
    # a request that is no act's ("the request of Ann Lee was refused") is no stance of hers
    body = "The request of Ann Lee for a rent freeze vote was refused.\n"
    assert ("Ann Lee", "support") not in {(p.actor_name, p.stance) for p in positions(body, [])}


def test_a_spokespersons_stated_act_is_the_body_spoken_for():
    body = "The spokesman for the Teachers Federation condemned the new school funding formula on Monday.\n"
    assert {(p.actor_name, p.stance) for p in positions(body, [])} == {("Teachers Federation", "oppose")}
    # a name after another preposition is still no subject
    body = "A letter to the Teachers Federation condemned the new school funding formula on Monday.\n"
    assert positions(body, []) == []


def test_denying_a_charge_or_an_allegation_is_no_stance_but_denying_a_measure_is():
    """Whether something happened is no stance on an issue, as the accusation denied is none."""
    denials = (
        "he denied the charges against him",
        "Marsh denied any allegation of a secret payment",
        "she denies all wrongdoing",
        "the ministry denied reports that the ferry tax would rise",
    )
    assert [denial for denial in denials if stancetaking(denial) is not None] == []
    assert stancetaking("Congress has repeatedly denied funding for the wall").stance == "oppose"  # type: ignore[union-attr]
    assert stancetaking("the board denied the request for a new ferry tax").stance == "oppose"  # type: ignore[union-attr]
    body = "The charge of tax fraud was denied by Ann Lee on Monday.\n"
    assert positions(body, []) == []
    body = "The new ferry tax was denied by Ann Lee on Monday.\n"
    assert {(p.actor_name, p.stance) for p in positions(body, [])} == {("Ann Lee", "oppose")}


def test_praise_of_a_persons_merit_is_a_tribute_but_praise_of_their_plan_is_a_stance():
    tributes = (
        "Lee also praised the quality of Tom Vale's work",
        "Marsh lauded Vale's “ability to lead the harbour board”",
        "Marsh lauded Vale's",  # the quoted merit cut off after the name
        "she hailed his courage",
    )
    assert [tribute for tribute in tributes if stancetaking(tribute) is not None] == []
    assert stancetaking("she praised Lee's plan to cut the ferry tax").stance == "support"  # type: ignore[union-attr]


def test_trigger_words_in_senses_that_take_no_stance_or_the_other_side():
    """"backed away from" retreats, a nomination accepted is a career move, a demand of quantity is no demand made."""
    assert stancetaking("Vale backed away from his previous support for the ferry tax").stance == "oppose"  # type: ignore[union-attr]
    assert stancetaking("Lee accepted the vice presidential nomination") is None
    assert stancetaking("the post office could handle the increased demand for postal ballots") is None
    assert stancetaking("rising demand for ferry tickets") is None
    assert stancetaking("Vale backed the ferry tax").stance == "support"  # type: ignore[union-attr]
    assert stancetaking("Lee accepted the ferry tax deal").stance == "support"  # type: ignore[union-attr]
    assert stancetaking("the union demanded a new ferry tax vote").stance == "support"  # type: ignore[union-attr]


_CLAUSE_BREAK_AS_WRITTEN = re.compile(r";\s+|,?\s+and that\s+|,?\s+but that\s+|,\s+but\s+")


@given(st.lists(st.sampled_from([";", ",", " ", "  ", "\n", "\t", "and that", "but that", "but", "and", "x", "é", "\u2003"]), max_size=12).map("".join))
@settings(max_examples=1000, deadline=None)
def test_the_clause_breaks_scanned_from_their_opening_class_are_the_pattern_s(text: str) -> None:
    # _clauses scans for breaks with _CLAUSE_BREAK, which opens with the class of the breaks' first characters
    assert [m.span() for m in _CLAUSE_BREAK.finditer(text)] == [m.span() for m in _CLAUSE_BREAK_AS_WRITTEN.finditer(text)]
    assert [m.span() for m in _CLAUSE_BREAK.finditer(text, 1, len(text) - 1)] == [
        m.span() for m in _CLAUSE_BREAK_AS_WRITTEN.finditer(text, 1, len(text) - 1)
    ]


@given(st.lists(st.sampled_from(["don", "'t", "’t", "t", "won't", "_x", "2", " ", "\x1c", "-", "'", "é", "tx", "ſ"]), max_size=10).map("".join))
@settings(max_examples=1000, deadline=None)
def test_an_ascii_clause_is_split_into_the_same_tokens_by_the_ascii_split(text: str) -> None:
    # _tokenised splits an ASCII clause with _TOKEN_SPLIT_ASCII, whose \w and \b are the Unicode ones on ASCII text
    if text.isascii():
        assert _TOKEN_SPLIT_ASCII.split(text) == _TOKEN_SPLIT.split(text)


@given(
    st.lists(st.sampled_from(["don", "'t", "’t", "t", "won't", "_x", "2", " ", "  ", "\n", "\x1c", "-", ",", "'", "é", "tx", "ſ", ""]), max_size=12).map("".join),
    st.integers(0, 4),
    st.integers(0, 4),
)
@settings(max_examples=1000, deadline=None)
def test_a_window_is_tokenised_as_the_regex_split_reads_it(text: str, cut_start: int, cut_end: int) -> None:
    # _tokenised splits an ASCII window without an apostrophe by a byte table and str.split, summing the tokens'
    # offsets from the pieces' lengths: the tokens and their starts are those of the regex split, in every window
    start, end = min(cut_start, len(text)), max(min(cut_start, len(text)), len(text) - cut_end)
    parts = _TOKEN_SPLIT.split(text[start:end])
    tokens = parts[1::2]
    assert _tokenised(text, start, end).tokens == tokens
    assert _tokenised(text, start, end).words == frozenset(tokens)
    assert _token_starts(text, start, end)[: len(tokens)] == list(accumulate(map(len, parts), initial=start))[1::2][: len(tokens)]


def test_a_chamber_named_with_its_countrys_adjective_opening_a_sentence_is_the_subject():
    for chamber in ("The Borovian House of Representatives", "The Lakeland House of Commons", "The Norland Chamber of Deputies"):
        body = f"{chamber} rejected the new ferry tax on Monday.\n"
        assert {(p.actor_name, p.stance) for p in positions(body, [])} == {(chamber.removeprefix("The "), "oppose")}, chamber


def test_a_tribute_that_speaks_of_the_dead_takes_no_stance():
    head = "Tom Vale, a former harbour commissioner of Norland, died on Sunday at his home.\n"
    for words in (
        "His lifelong commitment to justice has left us a better country",
        "Vale founded the first ferry workers union dedicated to ending the worst abuses",
    ):
        body = f"{head}“{words},” Ann Lee said.\n"
        assert positions(body, [quote(body, words + ",", "Ann Lee", actor_id="a-lee")]) == [], words
    # without a death reported, the same words are a stance; and the speaker's own stance beside a death still counts
    words = "Vale founded the first ferry workers union dedicated to ending the worst abuses"
    body = f"Tom Vale spoke on Sunday.\n“{words},” Ann Lee said.\n"
    assert positions(body, [quote(body, words + ",", "Ann Lee", actor_id="a-lee")]) != []
    words = "We oppose the new ferry tax"
    body = f"{head}“{words},” Ann Lee said.\n"
    assert [p.stance for p in positions(body, [quote(body, words + ",", "Ann Lee", actor_id="a-lee")])] == ["oppose"]


# The patterns of _negated and _modality as first written, opening with "\b"; now they open with their first letters
# and test the boundary by a look-behind.
_WORD_BOUND_FORMS = {
    "_NEGATION": r"\b(?:not|no|never|cannot|neither|nor|nobody|nothing)\b|n['’]t\b",
    "_HEDGE": r"\b(?:could|may|might|perhaps|possibly|likely)\b",
    "_INTENT": r"\b(?:will|shall|going to|plan(?:s|ned)? to|intend(?:s|ed)? to|aim(?:s|ed)? to)\b",
}


@given(
    st.lists(
        st.sampled_from(
            ["not", "No", "nobody", "NEVER", "cannot", "can't", "don’t", "n't", "nor", "nothing", "neither", "x", "_", "2",
             "could", "May", "might", "perhaps", "poſſibly", "likely", "LIKELY", "wil", "will", "shall", "going", " to",
             "plans", "planned", "intends", "aimed", "aim", "İntend", "ſhall", " ", "  ", "\n", "é", "-", "’"]
        ),
        max_size=8,
    ).map("".join),
    st.integers(0, 3),
)
@settings(max_examples=1500, deadline=None)
def test_the_modality_and_negation_words_are_found_where_their_word_bound_forms_find_them(text: str, cut: int) -> None:
    for name, form in _WORD_BOUND_FORMS.items():
        written, pattern = caseless.compile(form, re.IGNORECASE), {"_NEGATION": _NEGATION, "_HEDGE": _HEDGE, "_INTENT": _INTENT}[name]
        assert pattern.findall(text) == written.findall(text)
        for start in (0, cut):
            found, expected = pattern.search(text, start, len(text) - cut), written.search(text, start, len(text) - cut)
            assert (found and found.span()) == (expected and expected.span())


def test_a_role_noun_after_a_possessive_names_a_rival_not_a_stance():
    body = "A niece of Ivo Marsh's 2016 Senate opponent Ann Lee spoke to the ferry tax inquiry on Monday.\n"
    assert positions(body, []) == []
    body = "Ferry tax opponent Ann Lee spoke to the inquiry on Monday.\n"
    assert {(p.actor_name, p.stance) for p in positions(body, [])} == {("Ann Lee", "oppose")}


# _DIED as first written, opening with its look-behinds (the engine entered it at every character of a body); now it
# opens with the class of its alternatives' first characters and tests the same after it, its look-behinds grouped by
# length and its runs possessive.
_DIED_AS_WRITTEN = caseless.compile(
    r"(?<!\blike\s)(?<!\bas\s)(?<!\bthan\s)(?<!\bwith\s)(?<!\band\s)(?<!\bor\s)(?<!\bby\s)(?<!\bto\s)(?<!\bof\s)"
    r"(?P<name>(?-i:[A-Z][\w’'.-]+)(?:\s+(?-i:[A-Z][\w’'.-]+)){0,3})(?:\s+\([^()]{1,40}\))?(?:,[^,.;]{1,120},)?"
    r"\s+(?:has\s+|had\s+)?(?:died|passed\s+away)\b"
    r"|\b(?:death|passing|demise)\s+of\s+(?:[a-z-]+\s+){0,3}?(?P<of>(?-i:[A-Z][\w’'.-]+)(?:\s+(?-i:[A-Z][\w’'.-]+)){0,3})",
    re.IGNORECASE,
)


@given(
    st.lists(
        st.sampled_from(
            ["Ann", "Lee", "D", "Pax", "like", "as", "And", "BY", "x", "died", "DIED", "passed away", "has", "had",
             "death", "Death", "passing", "demise", "DEMISE", "of", "former", "(AL)", ", a mayor,", " ", "\n", ".", "é",
             "ſ", "İ", "’s", "than", "With", "or", "TO", "O'Neil", "Lee-Ann", "St.", "\t", "(a", ")", ",", ";"]
        ),
        max_size=10,
    ).map(" ".join)
)
@settings(max_examples=1500, deadline=None)
def test_the_deaths_found_from_the_first_characters_are_what_the_pattern_as_written_finds(body: str) -> None:
    # each match and the name it reports dead (the first alternative's name now starts at the match)
    def deaths(pattern, name_start):
        return [
            (m.span(), body[name_start(m) : m.end("name")] if m.group("name") is not None else m.group("of"))
            for m in pattern.finditer(body)
        ]

    assert deaths(_DIED, lambda m: m.start()) == deaths(_DIED_AS_WRITTEN, lambda m: m.start("name"))


# The patterns that open with their words' first letters and test the boundary by a look-behind after it (written as
# _NEGATION is, or by opening_with_first_letters), as first written, opening with "\b"; _PASSIVE_STANCE's is its own
# source with BE_INFLECTED_WORD put back as "\b" and BE_INFLECTED.
_FIRST_LETTER_PATTERNS = {
    "_NO_SUBJECT_BEFORE": (
        _NO_SUBJECT_BEFORE,
        r"\b(?:of|in|at|from|for|to|near|across|by|with|on|under|against|about|if|unless|until|whether)\s+(?:the\s+)?$",
        re.IGNORECASE,
    ),
    "_INDEFINITE_BEFORE": (_INDEFINITE_BEFORE, r"\b[Aa]n?\s+$", 0),
    "_DEFINITE_MEASURE": (
        _DEFINITE_MEASURE,
        r"\b(?:the|this|that|these|those|such)\s+(?:[\w-]+\s+){0,2}?(?P<head>plan|proposal|bill|law|measure|reform|ban|"
        r"deal|agreement|decision|policy|ruling|idea|initiative|scheme|rule|legislation|program|programme|project|"
        r"treaty|amendment|cut|increase|tariff|tax)s?\b",
        re.IGNORECASE,
    ),
    "_UNREALISED": (_UNREALISED, r"\b(?:will|can|could|should|must|might|may|shall|not|never|n[’']t)\s(?:[a-z]{1,15}\s){0,2}$", 0),
    "_DETERMINER_BEFORE": (
        _DETERMINER_BEFORE,
        r"\b(?:an?|the|its|his|her|our|their|my|your|whose|this|these|those|such|some|any|many|several|more|few|no|on|of|for|"
        r"with|without|within|from|into|upon)\s+$",
        re.IGNORECASE,
    ),
    "_PASSIVE_AUXILIARY": (
        _PASSIVE_AUXILIARY,
        rf"\b(?:{BE_INFLECTED}|['’]s)\s+(?:\w+ly\s+)?(?:\w+(?:ed|en|wn)\s+(?:and|or)\s+(?:(?:\w+ly|later|then|also)\s+)?)?$",
        re.IGNORECASE,
    ),
    "_RELATIVE_SUBJECT": (
        _RELATIVE_SUBJECT,
        r"\b(?P<pronoun>that|which|who)(?:\s+(?:has|have|had|is|are|was|were|will|would|could|may|might|also|not|never|\w+ly))*\s*$",
        re.IGNORECASE,
    ),
    "_NEGATED_RELATIVE": (
        _NEGATED_RELATIVE,
        r"\b(?:that|which)\s+(?:does|do|did|would|will|can|could)\s*(?:not|n['’]t)\s+",
        re.IGNORECASE,
    ),
    "_WH_RELATIVE": (_WH_RELATIVE, r"\b(?:what|which|who|whom)\b", re.IGNORECASE),
    "_INNER_PRONOUN": (_INNER_PRONOUN, r"\b(?:where|(?:in|at|during)\s+which|whereupon)\s+(?P<pronoun>he|she)\b", 0),
    "_PASSIVE_STANCE": (
        _PASSIVE_STANCE,
        _PASSIVE_STANCE.pattern.replace(BE_INFLECTED_WORD, rf"\b{BE_INFLECTED}", 1),
        re.IGNORECASE,
    ),
}


@given(
    st.lists(
        st.sampled_from(
            ["of", "On", "İn", "IF", "across", "against", "about", "near", "by", "with", "whether", "under", "unleſs",
             "until", "The", "this", "these", "those", "A", "An", "ban", "bans", "tax", "plan", "new", "ferry", "'",
             "should", "may", "Will", "never", "n’t", "don't", "go",
             "is", "İs", "are", "was", "WERE", "been", "being", "be", "'s", "’s", "s", "that", "which", "who", "whom", "what",
             "an", "a", "the", "its", "his", "whose", "such", "ſuch", "of", "for", "from", "upon", "number", "group", "some",
             "spokesperson", "spokesmen", "where", "whereupon", "in", "at", "during", "he", "she", "He", "I", "We", "It",
             "it", "Our", "does", "did", "has", "not", "n't", "can", "could", "will", "also", "quickly", "arrested", "and",
             "opposed", "supported", "backed", "condemned", "by", "on", "the plan", "x", "_", "2", "é", "-", ",", ".",
             " ", " ", "  ", "\n"]
        ),
        max_size=10,
    ).map("".join),
    st.integers(0, 4),
    st.integers(0, 4),
)
@settings(max_examples=3000, deadline=None)
def test_the_patterns_opening_with_first_letters_find_what_their_word_bound_forms_find(text: str, start: int, cut: int) -> None:
    for pattern, form, flags in _FIRST_LETTER_PATTERNS.values():
        written = caseless.compile(form, flags) if flags else re.compile(form)
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in written.finditer(text)]
        for begin, end in ((0, len(text)), (start, len(text) - cut), (start, len(text))):
            found, expected = pattern.search(text, begin, end), written.search(text, begin, end)
            assert (found and (found.span(), found.groupdict())) == (expected and (expected.span(), expected.groupdict()))


def test_opening_with_first_letters_takes_only_alternatives_opening_with_a_letter_or_an_apostrophe() -> None:
    assert opening_with_first_letters(["of", "on", "['’]s"]) == r"[o'’](?:(?<!\w.)(?:(?<=o)f|(?<=o)n)|(?<=\w['’])s)"
    for alternative in ("[Aa]n", "s?he", "(?:in|at)", "-and"):
        with pytest.raises(ValueError):
            opening_with_first_letters(["of", alternative])


# The patterns as first written, opening with an alternation (before the speed pass that rewrote them).
_TARGET_END_AS_WRITTEN = caseless.compile(
    r"\s+(?:after|before|until|unless|because|whereas|although|though|but)\b"
    r"|,\s+(?:when|where|while|since|as|if|which|who|whom|whose|despite|amid|following|saying|adding|warning|"
    r"arguing|noting|claiming|citing|calling)\b",
    re.IGNORECASE,
)
_CONDITION_AS_WRITTEN = caseless.compile(
    r"(?:^\W*(?:if|until|unless|once|whether)|\b(?:if|until|unless|whether|despite))\b[^,;]*$", re.IGNORECASE
)
_REWRITTEN_PIECES = [
    "if", "IF", "İf", "until", "unleſs", "once", "Once", "whether", "despite", "after", "before", "though",
    "although", "but", "when", "as", "As", "which", "saying", "calling", "ifs", "onces", "x", "_", "2", "é", "’",
    "'", "-", ",", ";", ".", " ", "  ", "\u00a0", "\n", "\x1c",
]


@given(
    st.lists(st.sampled_from(_REWRITTEN_PIECES), max_size=10).map("".join),
    st.integers(0, 4),
    st.integers(0, 4),
)
@settings(max_examples=3000, deadline=None)
def test_the_target_end_and_the_condition_find_what_their_alternations_found(text: str, start: int, cut: int) -> None:
    assert [m.span() for m in _TARGET_END.finditer(text)] == [m.span() for m in _TARGET_END_AS_WRITTEN.finditer(text)]
    for begin, end in ((0, len(text)), (start, len(text) - cut), (start, len(text)), (0, len(text) - cut)):
        found, expected = _TARGET_END.search(text, begin, end), _TARGET_END_AS_WRITTEN.search(text, begin, end)
        assert (found and found.span()) == (expected and expected.span())
        if begin <= end:
            assert _conditional(text, begin, end) == (_CONDITION_AS_WRITTEN.search(text, begin, end) is not None)


def test_a_condition_opening_the_clause_is_found_only_from_its_start() -> None:
    assert _conditional("Once the ferry runs, fares fall", 0, 14)
    assert not _conditional("Once the ferry runs, fares fall", 1, 14)
    assert _CONDITION_OPENING.match("“Once the ferry runs") is not None


@pytest.mark.parametrize(
    ("story", "actor"),
    [
        ("On Thursday, Ivo Marsh, the mayor of Dunmere, extended the city lockdown to June 3.", "Ivo Marsh"),
        ("The government of Borovia extended curfews in the port towns of Lanz and Otter.", "government of Borovia"),
        ("The government of Borovia imposed a night curfew in the capital.", "government of Borovia"),
        ("The government of Borovia planned to implement a curfew between 9 p.m. and 5 a.m.", "government of Borovia"),
        ("Governor Ann Pruitt announced the state had extended its stay-at-home order until June 3.", "Ann Pruitt"),
    ],
)
def test_a_measure_an_authority_imposes_implements_or_extends_it_supports(story, actor):
    found = _dated_positions(story)
    assert [(p.actor_name, p.stance, p.issue.id) for p in found] == [(actor, "support", "emergency-measures")]


@pytest.mark.parametrize(
    "story",
    [
        "Ivo Marsh extended his lead over the governor in the polls on the harbour levy.",
        "Ivo Marsh extended his condolences to the families of the ferry crew.",
        "Ivo Marsh extended an invitation to the harbour unions.",
    ],
)
def test_what_else_one_extends_is_no_measure(story):
    assert _dated_positions(story) == []


@pytest.mark.parametrize(
    "clause",
    [
        # a relative clause after a bare "to" tells a fact of its antecedent
        "the crisis did not lead to the kind of isolation that has been imposed on the harbour towns",
        # what no one did is a fact told, no stance of the speaker's
        "no one has imposed sanctions on the harbour towns of Borovia",
    ],
)
def test_a_measure_imposed_in_a_relative_passive_or_by_no_one_is_no_stance_of_the_speaker(clause):
    body = f'Ann Lee said, "{clause}."'
    assert positions(body, [quote(body, clause + ".", "Ann Lee")]) == []


def test_they_after_a_subject_listing_named_actors_states_for_each_of_them():
    # "They" opening the sentence of the cue, after a sentence whose subject lists the names (another sentence
    # between): each named actor holds the stance, whoever (or no one) the quote was attributed to
    body = (
        "Labour minister Ann Lee and her federal counterpart, Ivo Marsh, met union leaders in Dunmere on Monday. "
        "The mayor of Dunmere also joined the talks.\n\n"
        "They concluded that the new rent freeze is unfair and must be scrapped."
    )
    content = "the new rent freeze is unfair and must be scrapped"
    found = {(p.actor_name, p.stance) for p in positions(body, [quote(body, content, None, kind="indirect", cue="concluded")])}
    assert found == {("Ann Lee", "oppose"), ("Ivo Marsh", "oppose")}
    wrong = {(p.actor_name, p.stance) for p in positions(body, [quote(body, content, "Canada", kind="indirect", cue="concluded")])}
    assert wrong == found
    # a coordinated predicate of theirs: "They met ..., and agreed that ..."
    joined = "Ann Lee and Ivo Marsh visited the port on Monday. They toured the docks, and agreed that the new rent freeze is unfair."
    content = "the new rent freeze is unfair"
    found = {(p.actor_name, p.stance) for p in positions(joined, [quote(joined, content, "Ann Lee", kind="indirect", cue="agreed")])}
    assert found == {("Ann Lee", "oppose"), ("Ivo Marsh", "oppose")}


def test_they_after_names_that_are_no_listed_subject_is_no_one_of_them():
    # the names are the object of a verb ("Police arrested"), or no "They" opens the cue's sentence
    content = "the new rent freeze is unfair"
    arrested = f"Police arrested Ann Lee and Ivo Marsh on Monday. They said that {content}."
    assert not positions(arrested, [quote(arrested, content, None, kind="indirect", cue="said")])
    other = f"Ann Lee and Ivo Marsh visited the port on Monday. Dock workers said that {content}."
    assert not positions(other, [quote(other, content, None, kind="indirect", cue="said")])
    # an organisation named beside the list: "They" may stand for it, as attribution reads it (listing.they_listed)
    union = f"Ann Lee and Ivo Marsh met the Teachers Federation on Monday. They said that {content}."
    assert not positions(union, [quote(union, content, None, kind="indirect", cue="said")])


def test_each_listed_demand_of_a_group_is_a_position_of_its_own():
    found = _dated_positions(
        "Protesters in Dunmere have marched against the government of Borovia since May. Their demands have included "
        "dissolving the parliament of Borovia, appointing an election committee whose members are chosen irrespective "
        "of party, and a clear date set for new elections."
    )
    assert [(p.actor_name, p.stance, p.evidence.text) for p in found] == [
        ("Protesters", "support", "dissolving the parliament of Borovia"),
        ("Protesters", "support", "appointing an election committee whose members are chosen irrespective of party"),
        ("Protesters", "support", "a clear date set for new elections"),
    ]


def test_a_possessive_owners_listed_demands_are_split_without_an_oxford_comma():
    found = _dated_positions("The ferry strikers' demands include higher wages, shorter shifts and new pensions.")
    assert [(p.actor_name, p.stance, p.evidence.text) for p in found] == [
        ("strikers", "support", "higher wages"),
        ("strikers", "support", "shorter shifts"),
        ("strikers", "support", "new pensions"),
    ]


def test_one_demand_or_an_owner_not_found_lists_nothing():
    found = _dated_positions("Senator Ann Lee's demands include a new election.")
    assert [(p.actor_name, p.evidence.text) for p in found] == [("Ann Lee", "Ann Lee's demands include a new election")]
    # "their" with no group of people named before it owns nothing
    assert _dated_positions("The harbour levy was raised in May. Their demands include a new election and lower taxes.") == []


@pytest.mark.parametrize(
    "clause",
    [
        "the new harbour levy goes against the trade treaty",
        "these tariffs go against everything the union stands for",
        "the curfew runs counter to the constitution",
        "the new fishing quota contravenes the regional treaty",
    ],
)
def test_a_measure_said_to_go_against_a_rule_is_opposed(clause):
    # going against a rule or a principle judges the subject, as violating it does
    take = stancetaking(clause)
    verb = min(clause.find(word) for word in (" go", " run", " contra") if word in clause)
    assert (take.stance, take.modality, take.target_start) == ("oppose", "asserted", 0)
    assert take.target_end <= verb + 1


def test_going_against_someone_as_an_act_or_an_outcome_is_no_evaluation():
    assert stancetaking("we will go against the plan") is None  # an infinitive after "will"
    assert stancetaking("the vote went against the mayor") is None  # an outcome told in the past
    # "which" after a claim: the claim is judged, no measure
    assert stancetaking("the plan assumes the islands have no waters of their own, which goes against the treaty") is None


def test_declining_a_named_persons_offer_or_request_rejects_it():
    # as "declined the offer": the offer's owner named by a title and name in the possessive
    take = stancetaking("President Karl Voss declined Prime Minister Omar Feld's offer to resign on Tuesday")
    assert (take.stance, take.modality) == ("oppose", "asserted")
    assert stancetaking("the mayor declined Governor Ruth Gale's request for a recount").stance == "oppose"
    # a fall or a refusal to speak is no stance
    assert stancetaking("Borovian shares declined Tuesday") is None
    assert stancetaking("Voss declined Monday to comment") is None


@pytest.mark.parametrize(
    ("cue", "content", "stance", "modality"),
    [
        ("called on", "Dravia to halt its oil drilling in the disputed waters", "oppose", "demanded"),
        ("urged", "the harbour board to stop the evictions at the docks", "oppose", "demanded"),
        ("asked", "the mining firm to cease all blasting near the village", "oppose", "demanded"),
        ("urged", "the council not to stop the evictions", "support", "negated"),
        # an undoing of a measure keeps its support, as the annotations label it
        ("called on", "Arland to end the night curfew", "support", "demanded"),
    ],
)
def test_a_demand_to_halt_an_activity_opposes_it(cue, content, stance, modality):
    take = cue_stancetaking(cue, content)
    assert (take.stance, take.modality) == (stance, modality)


# What may stand between a subject and its verb (_BEFORE_VERB), and the collective subject (_COLLECTIVE), as first
# written: their runs gave characters back one at a time, which the possessive runs of the rewrite do not; the
# collective subject's plural head is now read whole and tested to end in "s"; and it no longer reads a name
# without its determiner after a determiner that is no head ("The", "ten", a number).
_TIME_PHRASE_AS_WRITTEN = (
    r"(?:(?:on|last|this|early|late)\s+(?-i:" + WEEKDAY + r")|"
    r"(?:last|this)\s+(?:week|month|year)|yesterday|today)"
)
_BEFORE_VERB_AS_WRITTEN = (
    rf"(?P<affiliation>\s+(?:of|in(?!\s+(?-i:{MONTH}|{WEEKDAY})\b))\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){{0,4}}?[A-Z][\w’'.-]*)?(?:\s+\([^()]{{1,24}}\))?"
    r"(?P<aside>,\s+who\b[^,]{0,160},|,[^,]{0,80},|,)?"
    r"(?P<joint>\s+(?:both|all|each|jointly|together))?"
    r"(?:\s+(?:(?:has|have|had)\s+)?(?:long\s+)?(?:is|are|was|were|been|remains?|remained)"
    r"(?=\s+(?:not\s+)?(?:\w+ly\s+)?(?:opposed\s+to|in\s+favou?r\s+of|in\s+support\s+of|critical\s+of|supportive\s+of|committed\s+to|\w+ing)\b))?"
    rf"(?:\s+(?:also|has|have|had|would|will|doesn['’]t|didn['’]t|don['’]t|does|did|do|again|not|never|later|then|long|\w+ly|{_TIME_PHRASE_AS_WRITTEN})){{0,3}}(?:\s+{_PLANNING_TO})?\s+"
)
_STATEMENT_VERB_AS_WRITTEN = caseless.compile(rf"{_BEFORE_VERB_AS_WRITTEN}(?P<verb>{_STANCE_VERBS})\b", re.IGNORECASE)
_SUBJECT_VERB_AS_WRITTEN = re.compile(rf"{_BEFORE_VERB_AS_WRITTEN}(?P<verb>[a-z]+ed|{_IRREGULAR_PAST})\b")
_COLLECTIVE_AS_WRITTEN = (
    r"(?:(?:dozens|hundreds|thousands|tens\s+of\s+thousands)\s+of\s+(?:the\s+)?"
    r"|(?:the|a|an|some|several|many|most|dozens|hundreds|thousands|\d[\d,]*|two|three|four|five|six|seven|eight|"
    r"nine|ten)\s+(?:(?:number|group|coalition|handful|majority)\s+of\s+(?:the\s+)?)?)?"
    r"(?P<name>(?-i:[A-Z][\w’'-]+)\s+(?:House\s+of\s+(?:Representatives|Commons|Delegates|Lords)|Chamber\s+of\s+Deputies)"
    r"|(?:[a-z][\w’'-]*\s+){0,2}?"
    r"(?:(?!(?:does|various|numerous|previous|serious|famous|obvious)\b)[A-Za-z][a-z’'-]{2,}(?<!ss)(?<!'s)(?<!’s)(?<!['’])s|group|association|coalition|council|ministry|union|committee|"
    r"commission|government|parliament|board|league|federation|chamber|alliance|administration|assembly|campaign|cabinet|"
    r"jury)"
    r"(?P<tail>\s+(?:general|of|from|in)(?:\s+(?:the\s+)?(?!to\b)[\w’'-]+){1,3}?(?!\s+of\s+(?-i:[A-Z])))?)"
)
_COLLECTIVE_SUBJECT_AS_WRITTEN = caseless.compile(
    rf"(?:(?:On|Last|This|Earlier|Later|Yesterday|Today|Meanwhile)\b[^,.]{{0,30}},\s+)?{_COLLECTIVE_AS_WRITTEN}"
    rf"(?={_STATEMENT_VERB_AS_WRITTEN.pattern}\b)",
    re.IGNORECASE,
)
_COLLECTIVE_SPEAKER_AS_WRITTEN = caseless.compile(_COLLECTIVE_AS_WRITTEN, re.IGNORECASE)
# A subject and its verb drawn part by part (each part may be left out, or drawn from the loose pieces), joined by
# drawn separators: a fronted time, a determiner, words before the head, the head, its tail, what stands between
# the subject and its verb, the verb and what follows.
_SUBJECT_PARTS = [
    ["On Friday,", "Meanwhile,", "This week", "Today"],
    ["The", "the", "a", "An", "some", "dozens of", "Thousands of the", "tens of thousands of", "a number of", "2,000", "ten"],
    ["harbour", "Libyan", "local", "x2", "state-run", "let's"],
    ["farmers", "groups", "GROUPS", "unions", "union", "council", "Ministry", "jury", "does", "various", "class", "glass's",
     "let's", "bosses", "ss's", "fans’s", "bus", "House of Representatives", "Chamber of Deputies", "Board"],
    ["of", "general", "from the", "in", "of the harbour", "of Arland", "from ten states", "of the boy of Arland"],
    ["of the Harbour Board", "in January", "in Arland", "(HB)", ", who said so,", ", a group,", ",", "both", "jointly",
     "is", "was", "has long been", "is not", "is strongly", "is long", "are pushing", "also", "again", "strongly", "on Friday",
     "last week", "today", "ly", "ing"],
    ["rejected", "REJECTED", "backed", "supports", "condemned", "called for", "urged", "sued", "walked", "met", "said",
     "opposed to", "in favour of", "critical of", "pushing for", "ed"],
    ["the plan", ".", "x", ""],
]
_SUBJECT_PIECES = ["'", "’", "-", ".", "x", "é", "ſ", "\u212a", "_", "s", "ly", "ing", "who"]
_SUBJECT_GAPS = [" ", " ", " ", "  ", "\n", ",", ", ", ""]


@given(
    st.tuples(
        *(
            st.one_of(*[st.sampled_from(["", "", *part])] * 4, st.sampled_from(_SUBJECT_PIECES))
            for part in _SUBJECT_PARTS
        )
    ),
    st.lists(st.sampled_from(_SUBJECT_GAPS), min_size=len(_SUBJECT_PARTS), max_size=len(_SUBJECT_PARTS)),
    st.integers(0, 3),
)
@example(("", "The", "", "class", "", "", "rejected", "the plan"), [" "] * 8, 0)
@example(("", "", "", "Unions", "", "is strongly", "opposed to", ""), [" "] * 8, 0)
@example(("", "", "", "farmers", "", "has long been", "pushing for", "x"), [" "] * 8, 0)
@example(("", "", "", "Unions", "", "is long", "rejected", ""), [" "] * 8, 0)
@example(("On Friday,", "the", "", "unions", "of Arland", "strongly", "backed", ""), [" "] * 8, 0)
# no determiner after one: the determiner heads the name itself ("Dozens", "Thousands"), or is none that can
# ("The", "ten", a number), whose readings without it the determined ones already tried
@example(("", "", "", "Dozens", "", "", "rejected", "the plan"), [" "] * 8, 0)
@example(("", "Thousands of the", "", "", "of", "", "rejected", "the plan"), [" "] * 8, 0)
@example(("", "The", "", "House of Representatives", "", "", "rejected", "the plan"), [" "] * 8, 0)
@example(("", "ten", "harbour", "unions", "", "", "backed", "x"), [" "] * 8, 0)
@example(("", "2,000", "", "farmers", "from ten states", "", "sued", ""), [" "] * 8, 0)
@settings(max_examples=3000, deadline=None)
def test_the_subjects_verb_patterns_match_what_they_matched_as_first_written(
    parts: tuple[str, ...], gaps: list[str], cut: int
) -> None:
    text = "".join(part + gap for part, gap in zip(parts, gaps))[: -cut or None]

    def found(pattern, *bounds):
        matched = pattern.match(text, *bounds)
        return matched and (matched.span(), matched.groupdict())

    for at in range(len(text) + 1):
        for ends in ((), (max(at, len(text) - 3),)):
            if text[at : at + 1].isspace() or text[at : at + 1] == ",":  # where the verb patterns may match (a test above)
                assert found(_STATEMENT_VERB, at, *ends) == found(_STATEMENT_VERB_AS_WRITTEN, at, *ends)
                assert found(_SUBJECT_VERB, at, *ends) == found(_SUBJECT_VERB_AS_WRITTEN, at, *ends)
            if at == 0 or text[at - 1].isspace():
                assert found(_COLLECTIVE_SUBJECT, at, *ends) == found(_COLLECTIVE_SUBJECT_AS_WRITTEN, at, *ends)
                assert found(_COLLECTIVE_SPEAKER, at, *ends) == found(_COLLECTIVE_SPEAKER_AS_WRITTEN, at, *ends)
    speaker = _COLLECTIVE_SPEAKER.fullmatch(text)
    expected = _COLLECTIVE_SPEAKER_AS_WRITTEN.fullmatch(text)
    assert (speaker and speaker.groupdict()) == (expected and expected.groupdict())


def _enriched_positions(body: str) -> set[tuple[str, str, str]]:
    return {(p.actor_name, p.stance, p.evidence.text) for p in enrich(RawArticle(body=body)).positions}


_COUNSEL_STORY = "A judge ruled against Mayor Ann Lee on Monday.\n\n"
_CHAMBER_STORY = "Lawmakers in Westmarch debated the voting bill for hours on Monday, and the governor called the vote historic.\n\n"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The bill passed the Westmarch Senate on Tuesday.", {("Westmarch Senate", "support", "bill passed the Westmarch Senate")}),
        (
            "The measure, which narrowly passed the Westmarch Senate on Tuesday, goes to the governor.",
            {("Westmarch Senate", "support", "which narrowly passed the Westmarch Senate")},
        ),
        # a longer name whose first word is the chamber's short name is another body; a time that passed is no measure
        ("The bill passed the Westmarch House of Delegates on Tuesday.", set()),
        ("A year passed the Westmarch Senate by.", set()),
    ],
)
def test_a_measure_that_passed_a_chamber_is_supported_by_the_chamber(sentence, expected):
    # the chamber is named first as the subject of a vote, so that the cast holds it
    body = _CHAMBER_STORY + "The Westmarch Senate voted on the plan last week. " + sentence + "\n"
    found = {position for position in _enriched_positions(body) if "voted on the plan" not in position[2]}
    assert found == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "State senator Ann Pruitt who sponsored the bill remarked it was not enforceable yet.",
            {("Ann Pruitt", "support", "sponsored the bill")},
        ),
        ("Omar Ruiz who opposed the levy told reporters he would go on.", {("Omar Ruiz", "oppose", "opposed the levy")}),
        # the relative clause runs on into the sentence's predicate, which holds no stance of the relative's verb
        ("Tom Fisk who backed into a parked car was not hurt.", set()),
        # a suit whose ground follows its place or time opposes what it is for or over
        ("Omar Ruiz sued in the High Court for defamation.", {("Omar Ruiz", "oppose", "sued in the High Court for defamation")}),
        ("Omar Ruiz sued on Monday over the parking law.", {("Omar Ruiz", "oppose", "sued on Monday over the parking law")}),
        # another verb's time with "for" after it is no object; a suit with no ground names nothing it opposes
        ("Omar Ruiz announced on Friday for the third time.", set()),
        ("Omar Ruiz sued in May.", set()),
        # a stance a client's counsel take is the client's
        (
            _COUNSEL_STORY + "Lee's lawyers appealed the ruling to the state supreme court.",
            {("Ann Lee", "oppose", "appealed the ruling to the state supreme court")},
        ),
        (
            _COUNSEL_STORY + "Ann Lee's legal team filed a lawsuit against the city over the parking law.",
            {("Ann Lee", "oppose", "filed a lawsuit against the city over the parking law")},
        ),
        (_COUNSEL_STORY + "Lee's lawyers met the judge on Monday.", set()),  # what counsel do that takes no stance
        # an appeal filed, maybe after the court it goes to, opposes the decision; a filing about an appeal does not
        (_COUNSEL_STORY + "Lee filed in court her intent to appeal the ruling.", {("Ann Lee", "oppose", "filed in court her intent to appeal the ruling")}),
        (_COUNSEL_STORY + "Lee filed a notice of appeal against the ruling.", {("Ann Lee", "oppose", "filed a notice of appeal against the ruling")}),
        (_COUNSEL_STORY + "Lee filed a report on the appeal.", set()),
        # counsel of a role the article's one holder of it has: that person's
        (_COUNSEL_STORY + "The mayor's legal team appealed the ruling.", {("Ann Lee", "oppose", "appealed the ruling")}),
        # a diplomat expelled or summoned over something: the state's protest against it
        ("Italy expelled two Libyan diplomats over the affair.", {("Italy", "oppose", "expelled two Libyan diplomats over the affair")}),
        (
            "Italy summoned the Libyan ambassador in protest at the raid.",
            {("Italy", "oppose", "summoned the Libyan ambassador in protest at the raid")},
        ),
        ("Italy expelled two Libyan diplomats.", set()),  # no ground named
        # after an auxiliary too
        ("Italy has expelled two Libyan diplomats over the affair.", {("Italy", "oppose", "has expelled two Libyan diplomats over the affair")}),
        # recalling its own diplomat over something, a protest as well ("recalled" is then no speech verb)
        ("Italy recalled its ambassador over the border deal.", {("Italy", "oppose", "recalled its ambassador over the border deal")}),
        ("Italy recalled its ambassador on Monday.", set()),
        # a capital that acts stands for its state
        (
            "Athens expelled the Libyan ambassador over the agreement.",
            {("Greece", "oppose", "expelled the Libyan ambassador over the agreement")},
        ),
        ("Moscow rejected the new sanctions.", {("Russia", "oppose", "rejected the new sanctions")}),
    ],
)
def test_stated_stances_of_a_bare_relative_a_suit_counsel_a_diplomat_expelled_and_a_capital(sentence, expected):
    assert _enriched_positions(_CHAMBER_STORY + sentence + "\n") == expected


@given(st.lists(st.sampled_from(["He", "She", "he", "Her", "SHe", "x", " ", ".", "é", "_", "1", "’", "\n"]), max_size=12).map("".join))
@settings(max_examples=1500, deadline=None)
def test_capitalised_pronouns_found_by_string_search_are_those_of_the_pattern(text: str) -> None:
    assert _capitalised_pronouns(text) == [match.start() for match in re.finditer(r"\b(?:He|She)\b", text)]


@given(
    st.lists(
        st.sampled_from(
            ["Lee", "'", "’", "s", " ", "demands for", "demand", "calls for", "support for", "x", "'s", "’’", "\n", "é", "1",
             "opposition to", "request", "have included"]
        ),
        max_size=12,
    ).map("".join)
)
@settings(max_examples=1500, deadline=None)
def test_owned_stances_tried_at_the_apostrophes_are_those_of_the_scan(text: str) -> None:
    # the matches of _OWNED_STANCE tried only at the apostrophes found by string search (a scan tested the class of
    # both at every character): the same spans and groups, none inside the one before
    def found(matches):
        return [(match.span(), match.groupdict()) for match in matches]

    assert found(_owned_stance_matches(text)) == found(_OWNED_STANCE.finditer(text))


def test_the_trigger_patterns_are_rewritten_without_the_case_flag():
    # a non-ASCII letter in a trigger ("chargé") leaves caseless.compile to compile the whole alternation under
    # re.IGNORECASE, which cost about 0.47 M instructions an article (scripts/instructions.py)
    assert not _VERBAL.pattern.flags & re.IGNORECASE
    assert not _STATEMENT_VERB.flags & re.IGNORECASE


def test_the_counsel_of_a_role_two_persons_hold_is_neither_persons():
    body = _CHAMBER_STORY + _COUNSEL_STORY + "Mayor Ivo Marsh of Eastbrook backed her. The mayor's lawyers appealed the ruling.\n"
    assert not {name for name, _, evidence in _enriched_positions(body) if evidence == "appealed the ruling"} & {"Ann Lee", "Ivo Marsh"}


# The stance verbs as first written by ``by_first_letter``: each letter's alternatives in several runs, each run a
# branch of its own; now one branch per first letter holds them, in the same order.
_STANCE_VERBS_AS_WRITTEN = by_first_letter(
    sorted(
        triggers_module.SUPPORT_TRIGGERS + triggers_module.DEMAND_TRIGGERS + triggers_module.OPPOSE_TRIGGERS,
        key=len,
        reverse=True,
    )
)


def test_the_stance_verbs_are_one_branch_per_first_letter() -> None:
    from re import _parser as regex_parser

    (branch,) = regex_parser.parse(_STANCE_VERBS).data
    assert len(branch[1][1]) <= 26


@given(
    st.lists(
        st.sampled_from(
            ["Ann Lee", "The council", "has", "also", "not", "is", "was", "opposed to", "in favour of", "asked for",
             "accepted", "attacked", "backed", "back", "called for", "called", "voted", "against", "for", "rejected",
             "supports", "supported", "urged", "demanded", "condemned", "welcomed", "criticised", "vowed", "to",
             "the plan", "the", "ban", "of", "in", "on Friday", "last week", "resignation", "responsibility", "as",
             "a terrorist group", "designated", "labelled", "spoke out", "came out", "walked out in protest",
             "signed", "quit", "hailed", "praised", "pushed for", "lobbied", "refused", "İ", "ſ", "K", "é", ",", ".",
             "(AL)", "who", "\n", "-"]
        ),
        max_size=9,
    ).map(" ".join)
)
@settings(max_examples=400, deadline=None)
def test_the_stance_verbs_one_branch_per_letter_match_what_the_runs_as_written_match(body: str) -> None:
    verbs_as_written = caseless.compile(rf"(?:{_STANCE_VERBS_AS_WRITTEN})\b", re.IGNORECASE)
    verbs = caseless.compile(rf"(?:{_STANCE_VERBS})\b", re.IGNORECASE)
    statement_as_written = caseless.compile(
        _STATEMENT_VERB.pattern.replace(_STANCE_VERBS, _STANCE_VERBS_AS_WRITTEN), re.IGNORECASE
    )
    for at in range(len(body)):
        old, new = verbs_as_written.match(body, at), verbs.match(body, at)
        assert (old and old.span()) == (new and new.span())
        old, new = statement_as_written.match(body, at), _STATEMENT_VERB.match(body, at)
        assert (old and (old.span(), old.group("verb"))) == (new and (new.span(), new.group("verb")))


def test_a_demand_to_halt_drilling_names_energy_beside_a_stance_on_the_border():
    # drilling for oil or gas is an energy issue of its own: a call to halt it is no repeat of the same speaker's
    # stance on a border deal (before, it fell back to the topic and was merged into that stance)
    body = (
        "Foreign Minister Ann Lee said the maritime border deal between Norvia and Belmora was void. "
        "Lee also called on Norvia to halt its drilling near the islands.\n"
    )
    said = quote(body, "the maritime border deal between Norvia and Belmora was void", "Ann Lee", "indirect", "said", "a-lee")
    called = quote(body, "Norvia to halt its drilling near the islands", "Ann Lee", "indirect", "called on", "a-lee")
    assert {(p.issue.id, p.stance, p.evidence.text) for p in positions(body, [said, called])} >= {
        ("energy", "oppose", "Norvia to halt its drilling near the islands")
    }


def test_an_appointment_stated_in_the_narration_is_the_appointers_position():
    body = (
        "The state assembly met on Friday to settle who succeeds the governor. Governor Ann Lee appointed Ivo Marsh as "
        "secretary of state. The senate, where the governor's party holds a majority, votes on the appointment next week.\n"
    )
    assert summary(positions(body, [])) == {
        ("Ann Lee", "government-operations", "support", "appointed Ivo Marsh as secretary of state")
    }


def test_a_promise_in_ones_own_words_is_the_speakers_position():
    body = "“The government will fully withdraw the fuel tax,” Ann Lee said on Friday.\n"
    said = quote(body, "The government will fully withdraw the fuel tax,", "Ann Lee", actor_id="a-lee")
    assert [(p.actor_name, p.stance) for p in positions(body, [said])] == [("Ann Lee", "support")]


@pytest.mark.parametrize(
    ("story", "actor", "issue"),
    [
        ("Harbour County in Norland issued a curfew order to some residents of the coast on Sunday.", "Harbour County", "emergency-measures"),
        ("In response, Governor Ann Pruitt issued an executive order raising the tax on fuel.", "Ann Pruitt", "taxation"),
        ("In the 1990s, President Ivo Marsh instituted a policy of raising the tax on fuel every year.", "Ivo Marsh", "taxation"),
        ("After the coup, President Ivo Marsh began a programme of tax reform in the harbour towns.", "Ivo Marsh", "taxation"),
    ],
)
def test_a_measure_an_authority_issues_or_a_programme_it_starts_it_supports(story, actor, issue):
    # (the taxonomy may name a policy or a reform "legislation" before the tax it is about)
    found = _dated_positions(story)
    assert [(p.actor_name, p.stance) for p in found] == [(actor, "support")]
    assert found[0].issue.id in (issue, "legislation")


def test_an_order_to_stop_issued_against_an_activity_opposes_it():
    found = _dated_positions("Governor Ann Pruitt issued a cease and desist order to the fuel tax collectors of Dunmere.")
    assert [(p.actor_name, p.stance, p.issue.id) for p in found] == [("Ann Pruitt", "oppose", "taxation")]


@pytest.mark.parametrize(
    "story",
    [
        "Judge Ann Pruitt issued a ruling on the fuel tax on Monday.",
        "Governor Ann Pruitt issued a statement on the fuel tax on Monday.",
        "Judge Ann Pruitt issued an arrest warrant for the fuel tax collector.",
    ],
)
def test_a_ruling_a_statement_or_a_warrant_issued_is_no_measure(story):
    assert _dated_positions(story) == []


def test_a_stance_expressed_as_reported_speech_is_read_from_its_statement_once():
    # the cue's object is a quote ("expressed its strong support for the trade deal"), and its verb the stance's
    body = "Canada expressed its strong support for the trade deal.\nAnn Lee voiced opposition to the rent freeze.\n"
    said = [
        quote(body, "its strong support for the trade deal", "Canada", kind="indirect", cue="expressed"),
        quote(body, "opposition to the rent freeze", "Ann Lee", kind="indirect", cue="voiced"),
    ]
    assert {(p.actor_name, p.stance, p.evidence.text) for p in positions(body, said)} == {
        ("Canada", "support", "expressed its strong support for the trade deal"),
        ("Ann Lee", "oppose", "voiced opposition to the rent freeze"),
    }
    # an intent expressed to become something is no stance on an issue
    assert positions("In grade school, Ann Lee expressed intent to become a lawyer.\n", []) == []


def test_an_endorsement_of_a_candidacy_or_a_leadership_bid_supports_it_as_an_election_matter():
    body = (
        "Senator Tom Brandt endorsed Ann Lee's candidacy for mayor of Lakeside.\n"
        "The Harbour Workers Union backed Ivo Marsh's bid for the party leadership.\n"
    )
    found = {(p.actor_name, p.issue.id, p.stance) for p in enrich(RawArticle(id="endorse", body=body)).positions}
    assert ("Tom Brandt", "elections", "support") in found
    assert ("Harbour Workers Union", "political-leadership", "support") in found


@pytest.mark.parametrize(
    "body, expected",
    [
        # justifying an act defends it
        (
            "The Norland defence ministry justified the air strike on the border post as self-defence.\n"
            "Interior Minister Ann Lee sought to justify the closure of the refugee camp.\n",
            {("Norland defence ministry", "support"), ("Ann Lee", "support")},
        ),
        # a stance verb after "do not" or "did not" is a negated stance; a motion voted down is rejected
        (
            "Senator Lena Ortiz did not support the fuel tax.\n"
            "The two opposition senators don't back the ban on fishing.\n"
            "Mayor Ivo Marsh does not oppose the new housing plan.\n"
            "The Lakeside city council voted down the budget on Thursday.\n",
            {("Lena Ortiz", "oppose"), ("two opposition senators", "oppose"), ("Ivo Marsh", "support"), ("Lakeside city council", "oppose")},
        ),
        # taking a side; recognising a government or independence; being committed to something
        (
            "Judge Ann Lee sided with the fishermen in their dispute with the Harbour Agency over the fishing ban.\n"
            "Canada refused to recognise the new government of Westmarch.\n"
            "France recognised the independence of the Borovian province in 2008.\n"
            "The Harbour Party remains committed to lowering taxes on fuel.\n",
            {("Ann Lee", "support"), ("Canada", "oppose"), ("France", "support"), ("Harbour Party", "support")},
        ),
    ],
)
def test_stated_stances_of_common_wordings(body, expected):
    found = {(p.actor_name, p.stance) for p in enrich(RawArticle(id="stated", body=body)).positions}
    assert expected <= found


def test_an_act_not_immediately_done_is_no_refusal():
    body = (
        "Senator Lena Ortiz did not immediately endorse another candidate for the tax board.\n"
        "The Harbour Party has not immediately announced whom it would support in the budget vote.\n"
    )
    assert enrich(RawArticle(id="not-immediately", body=body)).positions == []


def test_a_possessive_is_no_collective_subject_of_the_noun_after_it():
    # "sponsor" after "The bill's" is a noun, the bill's, not a verb whose subject is "bill's"
    body = (
        "The bill's sponsor, Representative Lena Ortiz, said the reform would cut costs for families.\n"
        "The treaty's backers said it would end the border dispute.\n"
    )
    names = {p.actor_name for p in enrich(RawArticle(id="possessive", body=body)).positions}
    assert not any(name.endswith(("'s", "’s")) for name in names)
    assert _COLLECTIVE_SUBJECT.match("The bill's sponsor backed the plan") is None


def test_a_person_recognised_for_work_or_an_importance_recognised_is_no_stance():
    body = "Mayor Ann Lee recognised the firefighters for their work during the floods.\n"
    assert enrich(RawArticle(id="recognised", body=body)).positions == []


def test_one_among_a_group_that_voted_takes_the_groups_stance():
    """"X was among those who voted against Y" and "among the members to vote for Y": the act told of the group is
    X's own; a group one only meets or joins takes no stance for X."""
    body = (
        "Ann Lee was among those who voted against the rent freeze.\n"
        "Canada was among the countries to vote for the trade deal.\n"
        "Ivo Marsh met the teachers who backed the school funding formula.\n"
        "Ivo Marsh was among the guests who arrived late.\n"
    )
    assert {(p.actor_name, p.stance) for p in positions(body, [])} == {("Ann Lee", "oppose"), ("Canada", "support")}


@pytest.mark.parametrize(
    ("clause", "stance"),
    [
        ("the assembly passed a resolution condemning the invasion", "oppose"),
        ("the ministers signed a joint statement denouncing the strikes", "oppose"),
        ("the council adopted a motion rejecting the budget", "oppose"),
        ("the council passed a resolution supporting the plan", "support"),
        ("the president signed a decree banning the party", "support"),  # a measure's ban, supported
    ],
)
def test_a_resolution_adopted_takes_the_stance_its_participle_states(clause, stance):
    assert stancetaking(clause).stance == stance


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Housing advocate Ann Lee spoke against the rent rise.\n", {("Ann Lee", "support")}),
        ("A champion of tax reform, Ivo Marsh, spoke to the council.\n", {("Ivo Marsh", "support")}),
        ("Rent control advocate Ann Lee spoke to the council.\n", {("Ann Lee", "support")}),
        ("A former mayor of Eastvale, advocate Ann Lee, spoke on the rent rise.\n", set()),
        ("The rent rise was debated as Eastvale advocate Ann Lee looked on.\n", set()),
        ("Olympic champion Ivo Marsh spoke on the ferry tax at the rally.\n", set()),
        ("On the ferry tax, world champion Ivo Marsh spoke at the rally.\n", set()),
    ],
)
def test_a_lawyers_title_a_title_holder_and_a_verb_are_no_role_of_advocate_or_champion(sentence, expected):
    assert {(p.actor_name, p.stance) for p in positions(sentence, [])} == expected


def test_advocates_after_a_relative_pronoun_is_the_verb_of_the_name_before():
    body = "The Teachers Federation, which advocates Canada joining the trade pact, won the vote on Monday.\n"
    assert {(p.actor_name, p.stance) for p in positions(body, [])} == {("Teachers Federation", "support")}

