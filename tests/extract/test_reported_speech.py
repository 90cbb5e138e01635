"""Reported (indirect) speech through ``enrich``: where the reported content begins and ends, which frames of
English reporting verbs report speech and which do not. The articles are written for these tests."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from worker.extract import enrich
from worker.extract.cues import find_cues
from worker.extract.cues.content import (
    STOP_DASHED_PARTICIPLES,
    STOP_PARTICIPLES,
    STOP_WHAT_PREPOSITIONS,
    STOP_WITHHOLDING,
    _CONTENT_STOP,
    _stops,
)
from worker.extract.cues.inverted import _subject_after
from worker.extract.cues.phrases import _TOKEN_WITHOUT_AMPERSAND, _TOKEN_WITHOUT_AMPERSAND_ASCII
from worker.extract.cues.pullquotes import _PULL_QUOTE, _SHORTEST_PULL_QUOTE
from worker.extract.cues.subjects import (
    _LINK_WORD,
    _MEMBER_SUBJECT,
    _PARTITIVE_BEFORE_LINK,
    _PARTITIVE_SUBJECT,
    _RAISING_FRAME,
    _ROLE_OF_BEFORE_LINK,
    _ROLE_OF_SUBJECT,
    _TIME_BEFORE_VERB,
    _TIME_ENDINGS,
    _ends_with,
)
from worker.extract.cues.verb_cue import _COORDINATED_VERB, _COORDINATED_VERB_WIDTH, _LISTED_BEFORE, _LISTED_COMMA_BACK
from worker.extract.cues.verbs import (
    _PHRASE_CUES,
    _according_spans,
    _compound_adjective,
    _letter_tree,
    _starts_word,
    _verb_patterns,
    _verbs,
)
from worker.extract.lexicon import speech_verb_forms
from worker.extract.quotes import find_direct_quotes
from worker.extract.text import sentences
from worker.models import RawArticle


def reported(body: str) -> list[str]:
    """The texts of the indirect and mixed quotes of ``body``, in order."""
    return [quote.text for quote in enrich(RawArticle(id="t", body=body)).quotes if quote.kind != "direct"]


def kinds_and_texts(body: str) -> list[tuple[str, str]]:
    """The kinds and texts of all quotes of ``body``, in order."""
    return [(quote.kind, quote.text) for quote in enrich(RawArticle(id="t", body=body)).quotes]


def attributed(body: str) -> list[tuple[str, str | None]]:
    """The texts of all quotes of ``body`` with their speakers' names, in order."""
    return [(quote.text, quote.speaker and quote.speaker.name) for quote in enrich(RawArticle(id="t", body=body)).quotes]


def test_content_before_a_cue_whose_subject_takes_an_article():
    body = "Forty people were still missing on Friday, the Harbour Rescue Service said, raising fears of more deaths."
    assert reported(body) == ["Forty people were still missing on Friday"]


def test_a_that_further_into_the_words_after_the_verb_belongs_to_the_content():
    body = (
        "Ann Lee said her brother worked with firms in the port that would hire local people.\n"
        "Harbour director Omar Ruiz says the sluice was built for that to occur."
    )
    assert reported(body) == [
        "her brother worked with firms in the port that would hire local people",
        "the sluice was built for that to occur",
    ]


def test_a_noun_object_with_a_comma_before_any_verb_is_no_clause():
    body = "The harbour board added a surcharge on the new berth, given it was not yet open."
    assert reported(body) == []


def test_posted_takes_a_noun_object_but_posted_that_reports():
    body = (
        "Ann Lee posted her best score of the season at the Harbour Open.\n"
        "Omar Ruiz posted that the club would close for the winter."
    )
    assert reported(body) == ["the club would close for the winter"]


def test_about_starts_an_adjunct_unless_it_approximates_a_number():
    body = (
        "Ann Lee complained about the noise to the council, but nothing changed.\n"
        "Omar Ruiz says about 500 pupils share one gym."
    )
    assert reported(body) == ["about 500 pupils share one gym"]


def test_a_that_after_a_short_noun_phrase_opens_its_clause():
    body = "The council added the stern warning that the budget assumes the bridge opens in spring."
    assert reported(body) == ["the budget assumes the bridge opens in spring"]


def test_to_before_a_name_is_a_preposition_not_an_infinitive():
    body = "The rebel group vowed revenge on the port for sending boats to Harbourton."
    assert reported(body) == []


def test_the_listener_after_told_ends_before_a_preposition_or_a_new_noun_phrase():
    body = (
        "“We walked here to see you,” Ann Lee told the mayor in a calm tone, her speech greeted with cheers.\n"
        "Omar Ruiz told the Harbour Ledger the ferry would run again.\n"
        "Ten boats were lost, Ruth Okafor told fans in an emotional post."
    )
    assert reported(body) == ["the ferry would run again", "Ten boats were lost"]


def test_told_a_bare_listener_reports_the_clause_or_the_infinitive_after_it():
    body = (
        "Ann Lee told police she saw nothing.\n"
        "The company also told staff to delete the old copies of the files.\n"
        "The mayor pledged to repair the pier before winter."
    )
    assert reported(body) == ["she saw nothing", "to delete the old copies of the files"]


def test_according_to_a_bare_noun_phrase_or_a_described_name():
    body = (
        "The levy was a mistake from the start, according to former harbour board chair Ann Lee.\n"
        "According to court documents, the captain left the bridge an hour early.\n"
        "The ferry will not run before spring, according to officials not authorized to speak publicly."
    )
    assert attributed(body) == [
        ("The levy was a mistake from the start", "Ann Lee"),
        ("the captain left the bridge an hour early", "court documents"),
        ("The ferry will not run before spring", "officials"),
    ]


def test_content_ends_where_a_coordinated_clause_brings_its_own_speaker():
    body = "According to the agency, the target is met in most cases but Ann Lee says that is not what the union sees."
    assert reported(body) == ["the target is met in most cases", "that is not what the union sees"]


def test_a_cue_that_splits_a_clause_leaves_a_relative_that_after_it_to_the_predicate():
    # "pointed out" is a past form, which a singular document takes; a court paper speaks as the lawsuit does
    assert reported("Old customs on the islands, the complaint pointed out, have a notion of family that differs.") == [
        "Old customs on the islands, the complaint pointed out, have a notion of family that differs"
    ]
    assert reported("The ferry, Ann Marsh said, was so late that the board apologised.") == [
        "The ferry, Ann Marsh said, was so late that the board apologised"
    ]
    assert reported("Ann Marsh said, however, that the board apologised.") == ["the board apologised"]


def test_a_plural_of_people_with_a_participle_and_its_object_is_the_subject():
    assert attributed("Residents opposing the new pier argued it would ruin the harbour.") == [
        ("it would ruin the harbour", "Residents opposing the new pier")
    ]
    assert attributed("On Monday, residents living near the harbour said the ferry was late.") == [
        ("the ferry was late", "residents living near the harbour")
    ]
    assert reported("The ferry was late, and lawmakers backing the bill said it would cut costs.") == ["it would cut costs"]
    assert reported("The winning the race said it.") == []


def test_requested_reports_a_clause_or_the_thing_asked_for_as_asked_for_does():
    assert attributed("The Harbour Union requested the old pier be given protected status in 2014.") == [
        ("the old pier be given protected status in 2014", "The Harbour Union")
    ]
    assert reported("The union requested that the court delay the hearing.") == ["the court delay the hearing"]
    assert reported("The union requested support and equipment from the ministry.") == ["support and equipment from the ministry"]
    assert reported("Over a million people requested absentee ballots to vote by mail.") == []
    assert reported("Pull requests are at the bottom of the page.") == []
    # what nobody asks for out loud: an object of the clause before, an adjective, a request for anonymity
    assert reported("The reports it had requested from the academy were late. The requested files never came.") == []
    assert reported("A source who requested anonymity said the deal was off.") == ["the deal was off"]


def test_an_as_aside_inside_a_clause_reports_the_clause_around_it():
    assert reported("The council is, as local papers noted, the only elected body in the county.") == [
        "The council is, as local papers noted, the only elected body in the county"
    ]
    # a relative "that" after the aside is no complementiser of its verb
    assert reported("The council is the only body, as Ann Marsh said, that elects the mayor.") == [
        "The council is the only body, as Ann Marsh said, that elects the mayor"
    ]
    assert reported("Cities such as Lakeland said the pier is unsafe.") == ["the pier is unsafe"]
    assert reported("The ferry was late as Ann Marsh said goodbye to the crew.") == []


def test_a_concession_after_a_parenthetical_cue_is_the_narrators():
    body = "Some people spread fear about the port, she said, though she did not name any of them."
    assert reported(body) == ["Some people spread fear about the port"]


def test_a_name_after_an_article_before_a_bare_verb_form_modifies_a_noun():
    body = (
        "The Harbour Board report ultimately concluded that the pier must close.\n"
        "The Greens argue that the pier must close."
    )
    assert reported(body) == ["the pier must close"]


def test_a_bare_verb_form_after_an_owner_is_a_noun():
    body = (
        "Of equal concern, the mayor's claim would upset the balance of powers in the city.\n"
        "The mayor claims that the pier must close.\n"
    )
    assert reported(body) == ["the pier must close"]


def test_state_after_a_singular_name_is_the_noun():
    body = (
        "Under Lakeland state law, the governor has until May to call an election.\n"
        "The party, on the ballot in Lakeland, the most populous Harbour state, made the nomination.\n"
        "The Greens and Ann Lee state that the pier must close."
    )
    assert reported(body) == ["the pier must close"]


def test_a_verb_with_an_infinitive_after_it_reports_nothing_before_it():
    body = "And despite the warnings about the debt, he pledged to fund the pier by borrowing."
    assert reported(body) == []


def test_a_clause_that_runs_into_quoted_words_before_its_cue_is_one_mixed_quote():
    body = (
        "Ann Lee chaired the inquiry. Hearing the families was “hard and humbling,” she said.\n"
        "“We will rebuild,” Ann Lee said."
    )
    assert kinds_and_texts(body) == [("mixed", "Hearing the families was “hard and humbling,”"), ("direct", "We will rebuild,")]


def test_speech_that_is_foretold_possible_or_denied_is_not_reported():
    body = (
        "The Greens will argue that the pier must close.\n"
        "Residents can also suggest that the council delay the vote.\n"
        "The mayor has not said she would veto the levy.\n"
        "What she would say is that small penalties change nothing."
    )
    assert reported(body) == ["small penalties change nothing"]


def test_speech_foretold_or_denied_inside_a_later_cues_words_leaves_them_reported():
    body = (
        "The union will argue for a raise next year, Ann Lee said.\n"
        "The club will contend for the title, coach Omar Ruiz said.\n"
        "The port has not confirmed the sale, a spokesman said."
    )
    assert reported(body) == [
        "The union will argue for a raise next year",
        "The club will contend for the title",
        "The port has not confirmed the sale",
    ]


def test_quoted_words_inside_the_subjects_apposition_leave_its_verb_a_cue():
    body = (
        "Omar Ruiz, who passed the exam known as “Grade Six”, said the course was hard.\n"
        "Ann Lee, author of “Harbour Nights”, told reporters the sequel was finished.\n"
        "Ivo Marsh, who called the levy “a tax on fishing”, said the council would vote."
    )
    assert kinds_and_texts(body) == [
        ("indirect", "the course was hard"),
        ("indirect", "the sequel was finished"),
        ("direct", "a tax on fishing"),
        ("indirect", "the council would vote"),
    ]


def test_data_speaks_when_a_body_is_named_for_it_or_after_according_to():
    body = (
        "Ferry crossings fell below 2,000 a week, Lakeland University data indicated.\n"
        "The data suggests firms are nervous.\n"
        "According to the data, the harbour seal population has doubled since 1990."
    )
    assert reported(body) == ["Ferry crossings fell below 2,000 a week", "the harbour seal population has doubled since 1990"]


def test_a_weekday_after_on_last_or_on_this_is_an_adjunct_before_the_content():
    body = "The brewer said on last Wednesday they had run out of stock.\nAnn Lee said on this Monday the pier would reopen."
    assert reported(body) == ["they had run out of stock", "the pier would reopen"]


def test_bodies_and_people_known_by_their_noun_report_speech():
    body = (
        "The bank said it would hold its rates.\n"
        "Housing advocates say the waiting lists keep growing.\n"
        "The ferry will run on Sunday, aides said."
    )
    assert reported(body) == [
        "it would hold its rates",
        "the waiting lists keep growing",
        "The ferry will run on Sunday",
    ]


def test_a_while_clause_after_the_verb_opens_the_content_but_while_with_a_participle_does_not():
    body = (
        "Lawyer Ann Lee said while many boats were insured, the ferries were not.\n"
        "Omar Ruiz said while visiting the pier that the crane was unsafe."
    )
    assert reported(body) == ["while many boats were insured, the ferries were not", "the crane was unsafe"]


def test_a_relative_clause_with_its_own_cue_ends_the_content_before_it():
    body = "The mayor said on Friday she may close the pier, which she said would save money."
    assert reported(body)[0] == "she may close the pier"


def test_a_manner_or_time_adverb_after_the_verb_is_skipped():
    body = "Ann Lee has said publicly the pier should be opened to fishing."
    assert reported(body) == ["the pier should be opened to fishing"]


def test_that_followed_by_a_comma_opens_the_content():
    body = "The Harbour Ledger reported that, in a call in July, the mayor asked for a delay."
    assert reported(body) == ["in a call in July, the mayor asked for a delay"]


def test_a_short_form_in_brackets_between_the_subject_and_the_verb():
    body = "Late on Sunday, the Harbour Pilots Association (HPA) announced it had reached a deal."
    assert reported(body) == ["it had reached a deal"]


def test_according_to_a_source_that_reports_another_speakers_cue_leaves_the_words_to_that_speaker():
    body = "According to the harbour radio, Ann Lee said the crane must be replaced."
    assert attributed(body) == [("the crane must be replaced", "Ann Lee")]


def test_according_to_closing_the_sentence_without_a_comma():
    body = "The army entered the two towns yesterday according to state media."
    assert reported(body) == ["The army entered the two towns yesterday"]


def test_court_papers_speak():
    body = "The lawsuit claims the levy is unconstitutional."
    assert reported(body) == ["the levy is unconstitutional"]


def test_a_quotation_closing_with_its_own_period_ends_the_sentence_it_opened_in():
    body = 'Ann Lee said on Friday "We can do it. We may do it." Lee also said that she would prefer a deal with the union.'
    assert kinds_and_texts(body) == [("direct", "We can do it. We may do it."), ("indirect", "she would prefer a deal with the union")]


def test_a_description_of_the_speaker_or_a_framing_adjunct_before_the_cue_is_not_content():
    body = (
        'Speaking to Harbour Radio, the president of the Lakeside Fishing League, Ann Lee, said, "We fish."\n'
        'A member of the Harbour Council, Omar Ruiz said, "The port is safe."\n'
        'In a statement, the union said, "A deal has been reached."\n'
        'When asked on Friday whether he had inflated the deficit, Ruiz said, "No."\n'
        "At least ten boats were lost, she said."
    )
    assert reported(body) == ["At least ten boats were lost"]


def test_a_participle_after_a_comma_shares_the_subject_of_its_main_clause():
    body = (
        "Ann Lee criticised the two levies, saying they are choking trade at the port.\n"
        "On Friday, a Harbour Court judge chastised the club, saying it had been playing games.\n"
        "The team won on Sunday, extending its streak."
    )
    assert attributed(body) == [("they are choking trade at the port", "Ann Lee"), ("it had been playing games", "a Harbour Court judge")]


def test_an_infinitive_reports_speech_only_after_a_short_object():
    body = (
        "The audit revealed a fund that seems to need new rules.\n"
        "Ann Lee urged all levels of government to act."
    )
    assert reported(body) == ["all levels of government to act"]


def test_a_noun_phrase_opening_its_clause_with_a_determiner_speaks_whatever_its_head():
    body = (
        "The 26-year-old winger said his teammates were great.\n"
        "One visitor said people changed their minds and several said they wanted the council to listen.\n"
        "But the club's backers said there was nothing wrong.\n"
        "The data suggests firms are nervous.\n"
        "A toll is when a ferry operator tells a driver they have to pay."
    )
    assert attributed(body) == [
        ("his teammates were great", "The 26-year-old winger"),
        ("people changed their minds", "One visitor"),
        ("they wanted the council to listen", "several"),
        ("there was nothing wrong", "the club's backers"),
    ]


def test_an_owner_is_no_subject_and_declaring_a_state_reports_nothing():
    body = (
        "Lee's state of emergency appears to allow her to move the funds.\n"
        "On Friday, Mayor Ann Lee declared a state of emergency so she could close the pier.\n"
        "The mayor declared that the port was closed."
    )
    assert reported(body) == ["the port was closed"]


def test_a_verb_coordinated_with_an_earlier_one_shares_its_subject():
    body = 'Ann Lee called the deal "lousy" and said she would only vote for it after a ballot.'
    assert attributed(body)[-1] == ("she would only vote for it after a ballot", "Ann Lee")


def test_according_to_in_the_middle_of_a_clause_reports_the_rest_of_the_clause():
    body = (
        "The levy was largely a tax and, according to the dockers' union, unfair to the workers.\n"
        "The strike ended a dispute which, according to Ann Lee, has cost millions.\n"
        "The ship left at noon, according to the Institute of Ports, Docks and Harbours (IPDH)."
    )
    # (the words before "and, according to ..." are the narrator's: the source vouches for what follows)
    assert reported(body) == ["unfair to the workers", "The ship left at noon"]


def test_quoted_words_a_naming_verb_gives_its_object_are_a_direct_quote_unless_they_modify_a_noun():
    body = (
        'Ann Lee called the harbour deal "lousy" and left.\n'
        'Omar Ruiz called the levy a "breach of trust," according to the Ledger.\n'
        'Ruth Okafor characterized the call with Lee as "perfectly fine and routine."\n'
        'Ruiz called it a "magic" solution.\n'
        'The Harbour Department asked for any "external party" not to get involved.'
    )
    # (what is asked for is reported, its quoted words inside it: a mixed quote, no direct one of its own)
    assert kinds_and_texts(body) == [
        ("direct", "lousy"),
        ("direct", "breach of trust,"),
        ("direct", "perfectly fine and routine."),
        ("mixed", 'any "external party" not to get involved'),
    ]


def test_according_to_a_source_before_a_described_speaker_leaves_the_words_to_the_speaker():
    body = "According to the Harbour Ledger, the port director of Lakeside, Ann Lee, said the boats must leave."
    assert attributed(body) == [("the boats must leave", "Ann Lee")]


def test_a_document_or_a_banner_before_a_participle_speaks():
    body = (
        "Dock owners filed a motion claiming the levy is unconstitutional.\n"
        'Marchers held a banner from Harbour Voice saying "keep the port open".\n'
        'They waved signs reading "No levy".'
    )
    assert kinds_and_texts(body) == [("indirect", "the levy is unconstitutional"), ("direct", "keep the port open")]


def test_the_subject_a_participle_or_a_coordinated_verb_shares_may_carry_a_title_or_any_head():
    body = (
        "In an interview on Monday, Harbour Secretary of State Ann Lee praised the port and said the levy would not hurt.\n"
        "The parish put out a new statement on Wednesday, saying an inquiry would examine it.\n"
        "The data showed a drop, suggesting firms are nervous."
    )
    assert reported(body) == ["the levy would not hurt", "an inquiry would examine it"]


def test_adjuncts_between_subject_verb_and_content():
    body = (
        "Ann Lee admits in that case, there were injuries.\n"
        "A notice last week said by 6:15 a.m., there was one ferry left.\n"
        "Omar Ruiz said in his budget speech he would gladly meet the unions.\n"
        "Lee told the council in a calm tone, her plan greeted with cheers."
    )
    assert reported(body) == ["there were injuries", "there was one ferry left", "he would gladly meet the unions"]


def test_comparisons_emphasis_and_of_phrases_report_nothing_but_warned_of_does():
    body = (
        "A claim the deficit is larger than council figures say it is could justify the fees.\n"
        "Costs are lower than the Harbour Board says they are.\n"
        "The mayor spoke briefly, emphasizing instead the need for calm debate.\n"
        "“That is unfair,” he told court of his landlords.\n"
        "Ann Lee warned of the dangers of a long strike."
    )
    assert reported(body) == ["of the dangers of a long strike"]


def test_a_subject_with_a_relative_clause_or_brackets_in_its_apposition_speaks():
    body = (
        "An official with the Harbour Board who sat in on the hearing told reporters he would not comment.\n"
        "Ann Lee, who won twice on the tour and played with Ruiz (they tied for fourth) in the fall, said she is back.\n"
        "The head of the dockers (Union of Rail, Sea and Port Workers), Ruth Okafor, said the levy was unfair."
    )
    assert attributed(body) == [
        ("he would not comment", "An official with the Harbour Board"),
        ("she is back", "Ann Lee"),
        ("the levy was unfair", "Ruth Okafor"),
    ]


def test_a_bare_plural_or_compound_after_a_conjunction_speaks():
    body = "The ferry could keep running, but port staff confirmed there is no budget for it."
    assert attributed(body) == [("there is no budget for it", "port staff")]


def test_reported_content_ends_at_the_clause_that_follows_it():
    body = (
        "Though Judge Ann Lee said she was loath to penalize the club, she believed it had acted improperly.\n"
        "While some critics say the port should not pay a middle man, Omar Ruiz says the premium works.\n"
        "Ruth Okafor says she was not raised near boats: she notes that her father feared the water.\n"
        "Lee says he has dropped 9 lbs. over the winter. ( Photo: Harbour Ledger ) Ruiz says he is happy."
    )
    assert reported(body) == [
        "she was loath to penalize the club",
        "the port should not pay a middle man",
        "the premium works",
        "she was not raised near boats",
        "her father feared the water",
        "he has dropped 9 lbs. over the winter",
        "he is happy",
    ]


def test_a_quotation_after_said_ends_where_a_verb_sharing_the_subject_begins():
    body = "Omar Ruiz said “nobody saw what happened that night,” and added: “I assure you, they will answer.”"
    assert kinds_and_texts(body) == [("direct", "nobody saw what happened that night,"), ("direct", "I assure you, they will answer.")]


def test_speech_in_a_condition_is_not_reported():
    body = (
        "Whenever he accuses the harbour plan of being weak, Lee will face a delicate act.\n"
        "If Ruiz says the port is closed, the boats will leave."
    )
    assert reported(body) == []


def test_a_gerund_clause_after_a_noun_object_verb_is_reported():
    body = "When it comes to wages, both unions report experiencing long delays in pay."
    assert reported(body) == ["experiencing long delays in pay"]


def test_what_a_speaker_calls_something_unquoted_is_reported_but_not_a_phone_call_or_a_gloss():
    body = (
        "The Harbour Institute, a research group, called the levy the heaviest charge on shipping in a century.\n"
        "Her fear rests on what she calls the board's slow erosion of open debate.\n"
        "Ann Lee called Omar Ruiz on Friday night to ask about the boats.\n"
        "Ruiz praised the deal, calling it a key step after years of silence."
    )
    assert reported(body) == [
        "the levy the heaviest charge on shipping in a century",
        "the board's slow erosion of open debate",
    ]


def test_a_relative_clause_after_a_source_and_a_verb_coordinated_past_a_comma_report_nothing():
    body = (
        "Ten people died and 35 were rescued, according to officials, some of whom were hospitalised.\n"
        "Lakeside had not recovered from Hurricane Mia, estimated to have done $9 billion in damage and claimed 300 lives."
    )
    assert reported(body) == ["Ten people died and 35 were rescued"]


def test_a_passive_naming_and_an_adjective_in_a_relative_clause_report_nothing():
    body = (
        "Ann Lee runs a firm called eTranslate, which helps developers.\n"
        "To many residents who have been so stressed and tired, the vote will take time."
    )
    assert reported(body) == []


def test_a_verb_after_and_inside_reported_words_belongs_to_them():
    body = "She told me if anyone came and asked about me, to say that I was with Ann Lee."
    assert reported(body) == ["if anyone came and asked about me, to say that I was with Ann Lee"]


def test_a_shared_subject_after_a_title_chain_is_the_span_a_plain_cue_has():
    def subjects(body: str) -> list[str]:
        cues = find_cues(body, sentences(body), find_direct_quotes(body))
        return [body[cue.subject[0] : cue.subject[1]] for cue in cues if cue.subject]

    plain = "At a briefing in Westport, U.S. Secretary of State Dag Vollan said the toll would not rise."
    shared = "At a briefing in Westport, U.S. Secretary of State Dag Vollan thanked the port and said it would not rise."
    assert subjects(shared) == subjects(plain) == ["State Dag Vollan"]


def test_that_closing_a_clause_before_according_to_and_told_them_of():
    body = (
        "Fitness was a big factor in that according to Ann Lee.\n"
        "According to the Ledger, Omar Ruiz told them of its existence.\n"
        "“That is unfair,” he told court of his landlords."
    )
    assert reported(body) == ["Fitness was a big factor in that", "of its existence"]


def test_respond_takes_an_adjunct_or_a_noun_object_but_reports_a_clause():
    body = (
        "Lakeside responded barely two minutes later with a header from Ann Lee.\n"
        "The mayor replied that the port would stay open."
    )
    assert reported(body) == ["the port would stay open"]


def test_sources_listeners_and_continuations_that_end_where_they_should():
    body = (
        "The total, according to a count of registered crews by the Harbour Ledger News, is 412 absent rowers.\n"
        "“It is wrong,” Ann Lee told Lakeside's councillors at the meeting.\n"
        "The bid may fail, sources said, and as staff fear for their jobs, the sale goes on."
    )
    assert reported(body) == [
        "The total, according to a count of registered crews by the Harbour Ledger News, is 412 absent rowers",
        "The bid may fail",
    ]


def test_a_clause_opening_with_a_word_before_its_quoted_words_is_mixed_however_short():
    body = (
        'The board said it is "working hard on repairs to the pier."\n'
        'Ann Lee said: "We will fix the pier."'
    )
    assert kinds_and_texts(body) == [("mixed", 'it is "working hard on repairs to the pier."'), ("direct", "We will fix the pier.")]


def test_a_contracted_pronoun_speaks_and_its_relative_clause_ends_at_its_comma():
    body = "The ferry skipped the island, which they've said was due to a lack of fuel, and the mayor complained."
    assert reported(body) == ["was due to a lack of fuel"]


def test_a_cue_in_a_relative_clause_after_a_name_reports_up_to_the_comma_before_the_names_own_verb():
    body = (
        "Ann Lee, who has called for a ban on trawling, said the quota was too high.\n"
        "Ivo Marsh, who urged the council to act, voted against the levy.\n"
        "Omar Ruiz, who called for ferries, buses and trams, said the plan was late.\n"
    )
    assert reported(body) == [
        "a ban on trawling", "the quota was too high", "the council to act", "ferries, buses and trams", "the plan was late",
    ]


def test_a_parenthetical_cue_after_a_framing_adjunct_reports_what_follows_it():
    body = "In the wake of the storm, Ann Lee said, the boats were moved."
    assert reported(body) == ["the boats were moved"]


def test_a_request_with_the_act_requested_is_reported_speech():
    body = (
        "The mayor has called for all harbour firms to cut their fees.\n"
        "Ann Lee called on Lakeside and Westport to join the scheme.\n"
        "The union asked the board to delay the vote.\n"
        "The partner asked for the price to be kept secret."
    )
    assert attributed(body) == [
        ("all harbour firms to cut their fees", "The mayor"),
        ("Lakeside and Westport to join the scheme", "Ann Lee"),
        ("the board to delay the vote", "The union"),
        ("the price to be kept secret", "The partner"),
    ]


def test_a_phone_call_or_a_question_or_a_request_for_staff_reports_nothing():
    body = (
        "Ann Lee called Omar Ruiz to ask about the pier.\n"
        "Omar Ruiz asked whether the ferry would run.\n"
        "He was asked to leave the meeting.\n"
        "The council asked the state for more staff to clear the backlog."
    )
    assert reported(body) == []


def test_a_request_inside_a_sourced_sentence_is_reported_by_the_source():
    body = "The bid arrived late, and the firm asked the staff group not to mention it, according to people close to the sale."
    assert attributed(body) == [
        ("The bid arrived late, and the firm asked the staff group not to mention it", "people close to the sale")
    ]


def test_reaffirm_and_reassert_report_a_clause():
    body = "Ann Lee reaffirmed that the pier is open to all boats.\nOmar Ruiz reasserted the openness of the port."
    # (what is reasserted is said whatever its form: the noun phrase too)
    assert reported(body) == ["the pier is open to all boats", "the openness of the port"]


def test_adjuncts_of_occasion_and_a_closing_comma_come_before_the_content():
    body = (
        "Ann Lee said at a press conference yesterday morning the ferry would run again.\n"
        "The Harbour Ledger reported on Thursday, traffic had risen by a third.\n"
        "Omar Ruiz said on Friday, after the vote, that he would resign."
    )
    assert reported(body) == ["the ferry would run again", "traffic had risen by a third", "he would resign"]


def test_a_request_coordinated_with_a_statement_is_its_own_quote():
    body = (
        "Ann Lee said there was a lack of money for the pier and urged the council to find more.\n"
        "Omar Ruiz said the lock was unsafe and called on the board to close it."
    )
    assert attributed(body) == [
        ("there was a lack of money for the pier", "Ann Lee"),
        ("the council to find more", "Ann Lee"),
        ("the lock was unsafe", "Omar Ruiz"),
        ("the board to close it", "Omar Ruiz"),
    ]


def test_reported_content_after_its_cue_ends_at_a_semicolon():
    body = (
        "Ann Lee said the ferry would run again; the council has not yet agreed.\n"
        "Fees will not rise this year, Omar Ruiz said, and the new berth pays for itself; critics doubt it."
    )
    assert reported(body) == [
        "the ferry would run again",
        "Fees will not rise this year",
        "and the new berth pays for itself",
    ]


def test_a_group_named_by_its_members_and_what_they_belong_to_speaks():
    body = (
        "The vote was close.\n"
        "Organizers of the march said they were fighting for clean water.\n"
        "Some residents of Lakeside say the pier is unsafe.\n"
        "Aid agencies say the camps are full."
    )
    assert attributed(body) == [
        ("they were fighting for clean water", "Organizers of the march"),
        ("the pier is unsafe", "Some residents of Lakeside"),
        ("the camps are full", "Aid agencies"),
    ]


def test_a_group_from_several_bodies_speaks_not_the_last_body_named():
    body = (
        "In findings published on Monday, researchers from the Lakeside Institute of Technology (LIT) and Harbour "
        "University, both in Norland, reported that warm seas weaken reefs.\n"
        "Yesterday, officials in Norland and the Southland Republic announced that forty people were arrested.\n"
        "People in the mayor's office and the port authority said the plan was misread."
    )
    assert attributed(body) == [
        (
            "warm seas weaken reefs",
            "researchers from the Lakeside Institute of Technology (LIT) and Harbour University",
        ),
        ("forty people were arrested", "officials in Norland and the Southland Republic"),
        ("the plan was misread", "People in the mayor's office and the port authority"),
    ]


def test_a_quotation_that_a_colon_introduces_is_no_part_of_the_reported_clause():
    body = (
        "Ann Lee wrote she had not heard of the march but would go anyway: “See you there!”\n"
        "According to harbour chief Omar Ruiz, the new lock could save the port: “It changes everything.”"
    )
    assert kinds_and_texts(body) == [
        ("indirect", "she had not heard of the march but would go anyway"),
        ("direct", "See you there!"),
        ("indirect", "the new lock could save the port"),
        ("direct", "It changes everything."),
    ]


def test_a_speaker_noun_before_who_speaks_and_a_dash_after_the_cue_is_the_narrators():
    body = (
        "The fire began at noon, according to police, who said crews arrived six minutes later.\n"
        "Prosecutors charged the captain with negligence, they said Sunday — a charge carrying ten years."
    )
    assert reported(body) == [
        "The fire began at noon",
        "crews arrived six minutes later",
        "Prosecutors charged the captain with negligence",
    ]


def test_an_object_before_a_cue_that_introduces_a_quotation_is_no_content():
    body = "In its statement claiming responsibility, the Harbour Front said: “This was our answer.”"
    assert attributed(body) == [("This was our answer.", "Harbour Front")]


def test_a_verb_after_a_comma_and_shares_the_subject_of_its_clause():
    body = "The vote was on Monday.\nCouncil President Ann Lee opposed the new levy, and suggested there were not enough votes for it."
    assert attributed(body) == [("there were not enough votes for it", "Ann Lee")]


def test_a_relative_clause_split_by_a_cue_reports_only_what_follows_the_cue():
    body = (
        "The port would take over the boats which, the statement said, no other port would take.\n"
        "The two states signed a treaty, according to which the strait stays open to all ships."
    )
    assert reported(body) == ["no other port would take", "the strait stays open to all ships"]


def test_a_participle_after_while_shares_the_subject_of_the_main_cue():
    body = "Critics called the plan dubious, as margins are thin, while noting boats like these are needed."
    assert reported(body) == ["the plan dubious, as margins are thin", "boats like these are needed"]


def test_a_noun_complement_clause_may_open_with_a_focus_word_or_a_name():
    body = "Ann Lee maintains a position that only Lakeside has the right to the zone.\nThe board added the caveat that Westport would pay."
    assert reported(body) == ["only Lakeside has the right to the zone", "Westport would pay"]


def test_a_denial_coordinated_by_but_is_its_own_quote():
    body = "Ann Lee said she did tell the board that the pier was unsafe but denied that she had closed it."
    assert reported(body) == ["she did tell the board that the pier was unsafe", "she had closed it"]


def test_a_weekend_before_the_verb_and_a_sources_data_after_according_to():
    body = (
        "Another report from the harbour board over the weekend said eight boats sank.\n"
        "As of Sunday, the toll had reached nine according to HRS data."
    )
    assert attributed(body) == [("eight boats sank", "the harbour board"), ("As of Sunday, the toll had reached nine", "HRS")]


def test_sources_described_by_what_they_know_speak():
    body = (
        "The club has sought a new owner, and officials familiar with the plan have said it expects a deal by May.\n"
        "People close to the board say the vote is lost."
    )
    assert attributed(body) == [
        ("it expects a deal by May", "officials familiar with the plan"),
        ("the vote is lost", "People close to the board"),
    ]


def test_a_subject_owned_by_a_name_of_several_words_opens_its_clause():
    body = "While nobody knows who sent them, Harbour Network’s research unit said the emails came from one group."
    assert reported(body) == ["the emails came from one group"]


def test_a_participial_cue_after_closing_quoted_words_ends_the_mixed_quote():
    body = "Ann Lee said she is a “long way from a decision,” noting that she has served for forty years."
    assert kinds_and_texts(body) == [
        ("mixed", "she is a “long way from a decision,”"),
        ("indirect", "she has served for forty years"),
    ]


def test_telling_without_a_listener_and_writing_a_thing_report_nothing():
    body = (
        "And the logbook tells just a fraction of the harbour's history.\n"
        "He wrote his first novel in 2004, then a weekly column for the Harbour Ledger.\n"
        "Ann Lee wrote that the pier would close.\n"
        "On Tuesday, the union tweeted out that at 9:15 a.m. just two buses had left."
    )
    assert reported(body) == ["the pier would close", "at 9:15 a.m. just two buses had left"]


def test_a_clause_whose_subject_is_two_coordinated_phrases_is_found_by_its_auxiliary():
    # eleven words before "were": the subject of a clause, which a report of damage often lists
    body = (
        "The Daily Courier reported two bridges in Eastport and the old town hall in Westham were damaged by the floods.\n"
        "The union reported delays on the new bridge over the river near the old harbour and on the ferries that were late."
    )
    assert reported(body) == ["two bridges in Eastport and the old town hall in Westham were damaged by the floods"]


def test_a_clause_after_a_verb_that_also_takes_an_object_is_found_by_its_own_verb():
    body = (
        "The Harbour Ledger reported Lakeland issued warrants for ten captains.\n"
        "The Ledger estimated around 200 people attended the rally.\n"
        "Ann Lee suggested the vote be delayed.\n"
        "The union reported a deal signed in May.\n"
        "The board denied the existence of a link between the firms.\n"
        "The board denied the issue of new permits."
    )
    assert reported(body) == [
        "Lakeland issued warrants for ten captains",
        "around 200 people attended the rally",
        "the vote be delayed",
    ]


def test_hailing_reports_speech_only_with_an_as_complement():
    body = "The ruling Harbour Party in Lakeland hailed the new berth as a victory for the port.\nAnn Lee hailed a taxi."
    assert attributed(body) == [("the new berth as a victory for the port", "Harbour Party")]


def test_a_name_after_in_locates_the_speaker_it_follows():
    body = "The vote was on Monday.\nAnn Lee in Westport said the ferry was late.\nA man in Westport said he saw it sink."
    assert attributed(body) == [("the ferry was late", "Ann Lee"), ("he saw it sink", "A man")]


def test_a_semicolon_before_a_parenthetical_cue_starts_the_content():
    body = "The pier is old; its lock must be rebuilt, the engineers said.\nThe toll rose to nine; most were crew, according to the coast guard."
    assert reported(body) == ["its lock must be rebuilt", "most were crew"]


def test_a_relative_clause_in_the_object_is_no_reported_clause():
    body = "Ann Lee has proposed legislation that would fund the port until May.\nOmar Ruiz proposed the port would close in May."
    assert reported(body) == ["the port would close in May"]


def test_speaking_of_reports_what_was_spoken_of_and_nothing_else():
    body = (
        "The harbour board spoke of a long winter for the ferries.\n"
        "“The farm comes first,” she said, speaking via an interpreter.\n"
        "Ann Lee spoke to reporters on Friday."
    )
    assert reported(body) == ["of a long winter for the ferries"]


def test_a_source_after_an_open_word_vouches_only_for_what_follows():
    body = (
        "The storm killed at least 62 people, including, according to harbour officials, 14 fishermen from Westport.\n"
        "The pier is old and, according to Ann Lee, unsafe for ferries to use."
    )
    assert reported(body) == ["14 fishermen from Westport", "unsafe for ferries to use"]


@pytest.mark.parametrize(
    "body",
    [
        "Said Ann Lee, who says she said so.",
        "said,said 2said said2 _said saidx xsaid “said” (says) Lee—said it—told; unsaid",
        "According to Lee, it was quoted as saying that he pointed out nothing.",
        "",
    ],
)
def test_speech_verbs_are_the_whole_words_a_scan_with_look_arounds_finds(body):
    whole_words = re.compile(rf"(?<![^\W\d_]){_letter_tree(speech_verb_forms())}(?![^\W\d_])")
    expected = [match.span() for match in whole_words.finditer(body)]
    phrases = [span for span in _verbs(body) if span not in expected]
    assert [span for span in _verbs(body) if span not in phrases] == expected
    assert all(body[start:end].split()[0].lower() in ("according", "pointed", "was") for start, end in phrases)




# The scan of the speech verbs as first written: a non-letter, as Unicode reads one, opens it.
_VERBS_AS_FIRST_WRITTEN = re.compile(rf"[\W\d_](?P<verb>{_letter_tree(speech_verb_forms())}(?![^\W\d_]))")


@given(
    st.lists(
        st.sampled_from(["said", "says", "told", "sa", "id", "é", "ß", "Ł", "x", "S", " ", "-", "2", "²", "_", "“", "—", "\n", "self-", "re-"]),
        max_size=12,
    ).map("".join)
)
@settings(max_examples=1000, deadline=None)
def test_speech_verbs_found_with_ascii_letters_are_those_the_unicode_scan_finds(body: str) -> None:
    # the scan reads only ASCII letters as letters and drops a form beside a non-ASCII letter ("saidé", "Łsaid")
    first = _verb_patterns()[0].match(body)
    expected = ([first.span()] if first else []) + [
        match.span("verb")
        for match in _VERBS_AS_FIRST_WRITTEN.finditer(body)
        if not _compound_adjective(body, match.start("verb"))
    ]
    assert _verbs(body) == expected


# The scan of the speech verbs after the first character before it was split by its opener: one non-letter.
_VERBS_AFTER_ONE_NON_LETTER = re.compile(rf"[^A-Za-z](?P<verb>{_letter_tree(speech_verb_forms())})(?![A-Za-z])")


@given(
    st.lists(
        st.sampled_from(["said", "told", "says", "sai", "d", " ", "  ", "\t", "\n", "-", "“", "”", "(", "2", "x", "S", "é"]),
        max_size=14,
    ).map("".join)
)
@settings(max_examples=1000, deadline=None)
def test_the_speech_verbs_after_a_space_and_after_another_non_letter_are_those_after_any_non_letter(body: str) -> None:
    # the scan after a space and the scan after any other non-letter, merged in order, find what one scan opened by
    # any non-letter finds
    _, after_space, after_other = _verb_patterns()
    found = sorted([m.span("verb") for m in after_space.finditer(body)] + [m.span("verb") for m in after_other.finditer(body)])
    assert found == [m.span("verb") for m in _VERBS_AFTER_ONE_NON_LETTER.finditer(body)]


# The phrase cues of a court's ruling and of "Per" as first written: an alternation, and look-behinds, opened them.
_PHRASE_CUES_AS_FIRST_WRITTEN = {
    ("ourt", "ribunal"): re.compile(r"(?:ruled|found|held)(?=\s)|finding(?=\sthat\s)"),
    "Per ": re.compile(
        r"(?:(?<=^)|(?<=\n)|(?<=[.!?”\"]\s)|(?<=[.!?”\"]\s\s))Per"
        r"(?!\s(?:(?:the|a|an|his|her|its|their)\s)?(?:requests?|cent|capita|se|annum|diem|day|week|month|year|hour|minute|"
        r"person|head|share|unit|game|match|season|mile|km|kilometre|kilometer|kg)\b)(?=\s[a-z])"
    ),
}


@given(
    st.lists(
        st.sampled_from(
            ["ruled", "found", "held", "finding", "fin", "r", "f", "h", "uled", "ound", " that ", "that", " ", "\n", "x",
             "Per", "P", "er", ". ", "” ", '"', "!", "  ", "the ", "cent", "reports", "a"]
        ),
        max_size=12,
    ).map("".join)
)
@settings(max_examples=1500, deadline=None)
def test_the_ruling_and_per_cues_find_what_they_found_as_first_written(body: str) -> None:
    # each opens with its first letter (a court's "ruled", "found", "held", "finding"; "Per") and reads what stands
    # before it by look-behinds after that letter
    patterns = dict(_PHRASE_CUES)
    for guard, first_written in _PHRASE_CUES_AS_FIRST_WRITTEN.items():
        assert [m.span() for m in patterns[guard].finditer(body)] == [m.span() for m in first_written.finditer(body)]


def test_a_speech_verb_beside_a_non_ascii_letter_is_part_of_a_longer_word():
    assert _verbs("Lee saidé, ßsays, told² “said”—told.") == [(25, 29), (31, 35)]


@given(st.lists(st.sampled_from(["According", "according", "ccording", "Accordingly", "to", "top", " ", "\n", "A", "a", "x", ",", "é", "_"]), max_size=10).map("".join))
@settings(max_examples=1000, deadline=None)
def test_according_to_is_found_from_its_rest_as_its_pattern_finds_it(body: str) -> None:
    # _according_spans finds "ccording to" and looks for the "A" or "a" before it: the engine skips to a literal
    # opening, but tries a class opening at every character
    expected = [m.span() for m in re.finditer(r"[Aa]ccording\sto\b", body) if _starts_word(body, m.start())]
    assert _according_spans(body) == expected

def test_a_bare_plural_group_after_the_verb_speaks_for_the_words_before():
    body = (
        "The pier will close in May, said officials.\n"
        "On Saturday, a ferry sank near the harbour mouth, reported local residents, with ten people rescued."
    )
    assert attributed(body) == [
        ("The pier will close in May", "officials"),
        ("On Saturday, a ferry sank near the harbour mouth", "local residents"),
    ]


def test_a_name_in_apposition_before_the_verb_is_its_subject_not_content_before_a_closing_subject():
    # "the department ... officers" after "said" reads as a noun phrase closing the sentence ("..., said the
    # officers."), but the clause before the verb is only a name and its apposition: that name speaks
    body = (
        "Ann Lee, the harbour master, said the department needs more officers.\n"
        "Omar Ruiz, 45, said the unit needs more officers.\n"
        "Ivo Marsh, who runs the pier, said the force needs more guards.\n"
        "Lakeside's police chief, Omar Ruiz, said the service needs more officers.\n"
        "The town's fire chief, Ivo Marsh, said the brigade needs more firefighters."
    )
    assert attributed(body) == [
        ("the department needs more officers", "Ann Lee"),
        ("the unit needs more officers", "Omar Ruiz"),
        ("the force needs more guards", "Ivo Marsh"),
        ("the service needs more officers", "Omar Ruiz"),
        ("the brigade needs more firefighters", "Ivo Marsh"),
    ]
    # (a clause after an opening adverb is content, whatever its first word's capital)
    assert attributed("Somehow, the ferry will sail again, adds Ann Lee.") == [("Somehow, the ferry will sail again", "Ann Lee")]


def test_an_auxiliary_ends_the_noun_phrase_that_closes_a_sentence_after_the_verb():
    # "the unit would need more officers" is a reported clause, not a speaker noun phrase headed by "officers"
    assert not _subject_after().match(" the unit would need more officers.")
    assert _subject_after().match(" the unit's chief officers.").group("subject") == "the unit's chief officers"


def test_a_lower_case_owner_keeps_its_determiner_in_the_subject():
    body = "The prime minister's office said the talks would resume.\nThe city council's chief engineer said the pier was safe."
    assert find_cues_subjects(body) == ["The prime minister's office", "The city council's chief engineer"]


def test_a_medium_named_before_its_noun_is_the_listener_after_told():
    body = (
        "Ann Lee told Harbour Wire news agency that the pier would close.\n"
        "“We are ready,” Omar Ruiz told the Lakeside Ledger newspaper on Monday."
    )
    assert reported(body) == ["the pier would close"]


def test_media_described_by_their_reach_or_owner_and_whole_plural_listeners_are_the_listener_after_told():
    body = (
        "Ann Lee told Norlandic state television that the pier would close.\n"
        "Omar Ruiz told local media that the ferry was late.\n"
        "Ivo Marsh told public broadcaster NRB the bridge was safe.\n"
        "The treasurer told councillors that the levy would rise.\n"
    )
    assert reported(body) == [
        "the pier would close", "the ferry was late", "the bridge was safe", "the levy would rise",
    ]


def test_a_request_for_anonymity_reports_nothing():
    body = (
        "A source who asked not to be identified said the ferry was late.\n"
        "A clerk, who asked not to be named, said the pier would close.\n"
        "A resident, who saw the fire, told the Ledger the pier had burned."
    )
    assert attributed(body) == [
        ("the ferry was late", "A source"),
        ("the pier would close", "A clerk"),
        ("the pier had burned", "A resident"),
    ]


def test_guillemets_and_german_marks_are_read_as_english_ones():
    body = (
        "Ann Lee called the levy «a disgrace» and said the pier would close.\n"
        "Omar Ruiz called the plan „a waste of money“ and said voters had not been asked.\n"
        "« We will win », Ivo Marsh said."
    )
    assert attributed(body) == [
        ("a disgrace", "Ann Lee"),
        ("the pier would close", "Ann Lee"),
        ("a waste of money", "Omar Ruiz"),
        ("voters had not been asked", "Omar Ruiz"),
        ("We will win", "Ivo Marsh"),
    ]
    article = enrich(RawArticle(body=body))
    assert all(article.body[quote.start : quote.end] == quote.text for quote in article.quotes)
    assert all(article.body[p.evidence.start : p.evidence.end] == p.evidence.text for p in article.positions)


def test_the_listener_after_told_ends_before_the_subject_of_the_reported_clause():
    body = (
        "Ann Lee told the jury there was no evidence of fraud.\n"
        "Omar Ruiz told the council it would close the pier.\n"
        "The skipper told the tour she would race in May."
    )
    assert reported(body) == ["there was no evidence of fraud", "it would close the pier", "she would race in May"]


def test_a_source_owned_by_a_name_of_several_words_speaks_for_the_words_before():
    body = "The ferry left on Monday with senior officials aboard, North Lakeland's state-run news agency said."
    assert attributed(body)[0][0] == "The ferry left on Monday with senior officials aboard"
    assert find_cues_subjects(body) == ["North Lakeland's state-run news agency"]


def find_cues_subjects(body: str) -> list[str]:
    marks = find_direct_quotes(body)
    found = find_cues(body, sentences(body, [], [(0, len(body))]), marks)
    return [body[cue.subject[0] : cue.subject[1]] for cue in found if cue.subject]


def test_a_clause_that_mentions_officials_after_a_preposition_is_content_not_a_role_phrase():
    body = (
        "The convoy left with two senior officials, the agency said.\n"
        "The mayor of Lakeside, Ann Lee, said the levy was fair."
    )
    assert reported(body) == ["The convoy left with two senior officials", "the levy was fair"]


def test_was_quoted_as_saying_is_a_finite_cue_with_its_subject_before_it():
    assert attributed("Ann Lee was quoted as saying the ferry was slow.") == [("the ferry was slow", "Ann Lee")]


@pytest.mark.parametrize(
    "verb", ["hinted", "signalled", "signaled", "speculated", "confided", "concurred", "reckoned", "mused", "retorted"]
)
def test_less_common_verbs_of_saying_report_a_clause(verb):
    assert reported(f"Ann Lee {verb} that the ferry could close.") == ["the ferry could close"]


def test_verbs_that_also_take_a_plain_object_report_only_a_clause():
    body = (
        "The harbour board signalled a change of course.\n"
        "Ann Lee explained the plan in detail.\n"
        "The Harbour Act specifies that the mayor chairs the board."
    )
    assert reported(body) == ["the mayor chairs the board"]


def test_reminded_and_notified_take_a_listener_before_the_clause():
    body = "Ann Lee reminded the audience it was her party that built the pier.\nThe board notified tenants that rents would rise."
    assert reported(body) == ["it was her party that built the pier", "rents would rise"]


def test_adverbs_and_reflexives_between_subject_and_verb():
    body = (
        "Ann Lee has long argued that the ferry is unsafe.\n"
        "Omar Ruiz has consistently maintained the levy is fair.\n"
        "The mayor herself said the pier would close."
    )
    assert reported(body) == ["the ferry is unsafe", "the levy is fair", "the pier would close"]
    assert find_cues_subjects(body) == ["Ann Lee", "Omar Ruiz", "The mayor"]


def test_a_family_speaks_as_a_group():
    assert attributed("The family said the ferry was late.") == [("the ferry was late", "The family")]


@pytest.mark.parametrize("frame", ["went on to say", "took to Twitter to say", "went so far as to claim", "was quick to say"])
def test_an_infinitive_frame_keeps_the_subject_before_it(frame):
    assert attributed(f"Ann Lee {frame} the ferry was unsafe.") == [("the ferry was unsafe", "Ann Lee")]


def test_news_media_speak_for_the_words_before_them():
    body = "The ferry sank near the harbour, state media reported.\nTwo crew members were rescued, the newspaper said."
    assert reported(body) == ["The ferry sank near the harbour", "Two crew members were rescued"]


def test_a_caption_closed_by_a_photo_credit_reports_no_speech_of_the_story():
    body = (
        "Ann Lee said the pier would close in May.\n\n"
        "Harbour director Omar Ruiz said the ferry would keep running. (Ivo Marsh/Harbour Press)\n\n"
        "Asked about the levy, Ruiz says: 'It is fair.' (Ivo Marsh/AFP/Getty Images)\n\n"
        "Ruiz said the levy was fair. ( Ivo Marsh / Ledger )"
    )
    assert reported(body) == ["the pier would close in May", "the levy was fair"]
    assert [quote.kind for quote in enrich(RawArticle(id="t", body=body)).quotes] == ["indirect", "indirect"]


def test_a_pull_quote_signed_by_a_name_the_story_mentions_reports_that_persons_words():
    body = (
        "Ann Lee has run the ferry for a decade.\n\n"
        "The pier must stay open for all of us. Ann Lee\n\n"
        "Rents will rise again next year, and tenants will pay. Omar Ruiz, Harbour Rentals.ca\n\n"
        "Omar Ruiz says the market is tight.\n\n"
        "The prize went last year to the skipper Ivo Marsh.\n\n"
        "Boats left the harbour in the morning light. The Harbour Press\n\n"
        "The storm passed over the port at dawn. Dana Kowal"
    )
    assert attributed(body) == [
        ("The pier must stay open for all of us", "Ann Lee"),
        ("Rents will rise again next year, and tenants will pay", "Omar Ruiz"),
        ("the market is tight", "Omar Ruiz"),
    ]


def test_a_pull_quote_on_the_first_line_or_with_blanks_after_its_name_is_found():
    body = (
        "The pier must stay open for all of us. Ann Lee \t\n"
        "Ann Lee has run the ferry for a decade.\n"
        "Rents will rise again next year, and tenants will pay. Omar Ruiz, Harbour Rentals  \n"
        "Omar Ruiz owns the flats by the pier."
    )
    assert attributed(body) == [
        ("The pier must stay open for all of us", "Ann Lee"),
        ("Rents will rise again next year, and tenants will pay", "Omar Ruiz"),
    ]


def test_an_embedded_post_reports_the_words_of_its_author():
    body = (
        "Ann Lee covers the port for the Ledger.\n\n"
        "The ferry is late again this morning, and the queue is long. pic.twitter.com/abc123 — Ann Lee (@annlee) "
        "January 15, 2019\n\n"
        "The ferry arrived at noon."
    )
    assert attributed(body) == [("The ferry is late again this morning, and the queue is long", "Ann Lee")]


def test_an_object_of_say_that_reports_no_words():
    body = (
        "Ann Lee said nothing about the levy.\nOmar Ruiz said goodbye to the crew.\nThe mayor said so in May.\n"
        "Ivo Marsh said little had changed."
    )
    assert reported(body) == ["little had changed"]


def test_a_cue_that_splits_a_clause_after_its_short_subject():
    body = (
        "The pier, Ann Lee said, was inspected every year.\n"
        "However, Omar Ruiz said, nothing changed.\n"
        "Yesterday, Ivo Marsh said, was a good day."
    )
    # (the clause the cue splits is one quote, the cue inside it; not "However")
    assert reported(body) == ["The pier, Ann Lee said, was inspected every year", "nothing changed"]


def test_a_clause_split_by_its_source_is_one_quote_with_the_source_inside():
    body = (
        "One guest was, according to the fire service, among the injured.\n"
        "The old bridge, according to the city engineer, is too weak to repair.\n"
        "They had, his brother says, paid the smugglers to take them across.\n"
        "Some passengers left early, the captain said, but most stayed on board."
    )
    assert attributed(body) == [
        ("One guest was, according to the fire service, among the injured", "the fire service"),
        ("The old bridge, according to the city engineer, is too weak to repair", "the city engineer"),
        ("They had, his brother says, paid the smugglers to take them across", "his brother"),
        # two clauses, each whole, stay two quotes
        ("Some passengers left early", "the captain"),
        ("but most stayed on board", "the captain"),
    ]


def test_a_named_place_between_the_verb_and_a_clause_is_an_adjunct():
    body = (
        "Ann Lee says in Lakeland ferries are too often late.\n"
        "Omar Ruiz told reporters in Lakeside she was confident.\n"
        "Ivo Marsh spoke in Lakeside about the ferry."
    )
    assert reported(body) == ["ferries are too often late", "she was confident"]


def test_as_someone_put_it_frames_the_clause_it_opens_or_closes():
    body = (
        "As Ann Lee put it, the ferry is always late.\n"
        "The pier is a lifeline, as one resident put it.\n"
        "Omar Ruiz put it on the table."
    )
    assert attributed(body) == [("the ferry is always late", "Ann Lee"), ("The pier is a lifeline", "one resident")]


def test_a_cue_inside_an_embedded_post_reports_no_further_than_the_post():
    body = (
        "Ann Lee covers the port for the Ledger.\n\n"
        "Calls have risen each year and the union says in Lakeland ferries are too often late. pic.twitter.com/abc123 — "
        "Ann Lee (@annlee) January 15, 2019\n\n"
        "The ferry arrived at noon."
    )
    assert reported(body) == [
        "Calls have risen each year and the union says in Lakeland ferries are too often late",
        "ferries are too often late",
    ]


def test_a_paragraph_that_is_only_a_phrase_in_single_quotation_marks_is_a_subheading():
    body = (
        "Ann Lee runs the shelter on Pier Street.\n\n"
        "'Hard to sleep with the same people every night'\n\n"
        "'It is hard to sleep here,' Lee said.\n\n"
        "\"We need more beds,\" she said."
    )
    assert [quote.text for quote in enrich(RawArticle(id="t", body=body)).quotes] == [
        "It is hard to sleep here,",
        "We need more beds,",
    ]


def test_a_noun_phrase_with_words_after_its_head_after_a_comma_speaks_for_the_words_before():
    body = (
        "The gunmen entered the depot, a guard present during the raid told reporters.\n"
        "The ferry was late, the report by the Harbour Institute said.\n"
        "The board refused to provide the crew with said papers."
    )
    assert reported(body) == ["The gunmen entered the depot", "The ferry was late"]
    assert find_cues_subjects(body)[:2] == ["a guard", "the report by the Harbour Institute"]


def test_an_addressee_after_to_comes_before_the_reported_clause():
    body = (
        "Ann Lee confirmed to the Ledger the ferry was late.\n"
        "Omar Ruiz admitted to reporters he had not read the report.\n"
        "Ivo Marsh was said to be angry."
    )
    assert reported(body) == ["the ferry was late", "he had not read the report"]


def test_an_apposition_that_ends_in_a_short_form_in_brackets_before_the_verb():
    body = "The Greens hold no seats, but their supporters, members of the Harbour Party (HP), have said they intend to vote for the plan."
    assert reported(body) == ["they intend to vote for the plan"]


def test_a_comma_after_a_cue_that_opens_its_sentence_comes_before_the_reported_clause():
    body = (
        "However, officials said, the pier is safe.\n"
        "Indeed, the Harbour Ledger reported, only boats near the break were damaged.\n"
        "North Lakeland claimed, as of Thursday, it was free of the virus.\n"
        "Ann Lee said, “The pier is safe.”"
    )
    assert reported(body) == [
        "the pier is safe",
        "only boats near the break were damaged",
        "it was free of the virus",
    ]


def test_this_and_at_open_an_adjunct_only_before_a_time_or_a_place():
    body = (
        "Ann Lee argued this was a different case.\n"
        "Omar Ruiz said at least 71 people were arrested.\n"
        "Ivo Marsh said this week the pier was safe.\n"
        "Dana Kowal said at the meeting the pier was safe."
    )
    assert reported(body) == [
        "this was a different case",
        "at least 71 people were arrested",
        "the pier was safe",
        "the pier was safe",
    ]


def test_more_adjuncts_and_listeners_before_the_reported_clause():
    body = (
        "Ann Lee of the Harbour Board said late on Tuesday no crew would be sent.\n"
        "Omar Ruiz, a harbour pilot, told our correspondent the beacon will broadcast automatically.\n"
        "The ministry reported in mid-2019, 62 piers had closed within a year."
    )
    assert reported(body) == [
        "no crew would be sent",
        "the beacon will broadcast automatically",
        "62 piers had closed within a year",
    ]


def test_a_clause_whose_verb_in_the_past_ends_the_sentence():
    body = (
        "The embassy confirmed two pilgrims from Lakeland also died.\n"
        "Local media reported most of the passengers drowned.\n"
        "The board denied the request he filed."
    )
    assert reported(body) == ["two pilgrims from Lakeland also died", "most of the passengers drowned"]


def test_a_plural_noun_right_before_a_verb_of_saying_is_its_subject_not_a_verb():
    body = "Court documents stated the boat was a ferry.\nAnn Lee says claims of fraud are false."
    assert attributed(body) == [("the boat was a ferry", "Court documents"), ("claims of fraud are false", "Ann Lee")]
    # generic reports report the clause too, with no speaker
    body = "Initial reports stated the boat was a ferry.\nAnn Lee says claims of fraud are false."
    assert attributed(body) == [("the boat was a ferry", None), ("claims of fraud are false", "Ann Lee")]


def test_observe_reports_only_a_clause():
    body = "Many countries observe a strict curfew.\nAnn Lee observed that the ferry was late."
    assert reported(body) == ["the ferry was late"]


def test_subjects_described_before_a_name_or_by_what_their_role_belongs_to():
    body = (
        "Four crew members were hurt, lead singer Ann Lee told followers in a video.\n"
        "Yoga classes are held every day, newspaper The Harbour Ledger reported.\n"
        "On Twitter, Omar Ruiz, a columnist for the Ledger, said the pier was closed.\n"
        "The owner of the Harbour Crate subscription service stated her products teach coding."
    )
    assert reported(body) == [
        "Four crew members were hurt",
        "Yoga classes are held every day",
        "the pier was closed",
        "her products teach coding",
    ]
    assert find_cues_subjects(body)[-1] == "The owner of the Harbour Crate subscription service"


def test_a_clause_whose_verb_takes_no_object_after_a_verb_that_also_takes_one():
    body = "The agency confirmed three passengers died in hospital.\nThe board confirmed the sale signed in May."
    assert reported(body) == ["three passengers died in hospital"]


def test_what_follows_a_source_after_according_to_before_the_content():
    body = (
        "According to the Lakeside mayor, Ann Lee, police were investigating a note.\n"
        "According to Professor Omar Ruiz, who chairs the board, the pier is safe.\n"
        "The ferry is rarely late according to the Ledger who reported that only two boats were late."
    )
    assert reported(body) == ["police were investigating a note", "the pier is safe", "only two boats were late"]


def test_the_narrators_note_that_nothing_more_was_said_ends_the_content():
    body = "His daughter said he died in Lakeside without elaborating.\nThe ministry said the pier was closed, without giving details."
    assert reported(body) == ["he died in Lakeside", "the pier was closed"]


def test_social_media_is_no_speaker_of_a_verb_after_it():
    assert find_cues_subjects("Social media posts claimed the pier had closed.") == ["posts"]


def test_a_nickname_inside_a_name_neither_closes_the_clause_nor_ends_the_subject():
    body = (
        "Four crew members were hurt, lead singer Ann “Annie” Lee told followers in a video.\n"
        "Boxer Omar “The Hammer” Ruiz said he would fight again."
    )
    assert reported(body) == ["Four crew members were hurt", "he would fight again"]
    assert find_cues_subjects(body) == ["Ann “Annie” Lee", "Boxer Omar “The Hammer” Ruiz"]


def test_a_cue_that_splits_a_clause_before_a_verb_in_the_past():
    body = "The pier, Ann Lee said, needed costly repairs.\nYesterday, Omar Ruiz said, marked a turning point."
    assert reported(body) == ["The pier", "needed costly repairs"]


def test_a_group_placed_by_a_preposition_speaks():
    body = (
        "Residents near the pier say it is unsafe.\n"
        "Critics from across the political spectrum have claimed the levy is a tax grab.\n"
        "Many people in Lakeside say the ferry is late."
    )
    assert reported(body) == ["it is unsafe", "the levy is a tax grab", "the ferry is late"]
    assert find_cues_subjects(body) == [
        "Residents near the pier",
        "Critics from across the political spectrum",
        "Many people in Lakeside",
    ]


def test_what_is_called_for_is_reported_also_as_a_noun_phrase():
    body = (
        "Lakeland called for an immediate end to the blockade, while the Harbour Union called for a new audit.\n"
        "Mayor Ann Lee called for a full inquiry, and said the council would meet on Monday.\n"
        "The plan calls for three new piers.\n"
        "The ferry crew had waited for years."
    )
    assert reported(body) == [
        "an immediate end to the blockade",
        "a new audit",
        "a full inquiry",
        "the council would meet on Monday",
        "three new piers",
    ]


def test_an_acronym_spelt_like_a_function_word_speaks():
    body = "WHO said it was not yet clear whether the virus spreads before symptoms show."
    assert attributed(body) == [("it was not yet clear whether the virus spreads before symptoms show", "WHO")]


def test_a_second_speaker_with_an_article_after_but_or_while_ends_the_first_content():
    body = "Officials said the line was safe, but the Harbour Union said it was not."
    assert attributed(body) == [("the line was safe", "Officials"), ("it was not", "the Harbour Union")]


def test_what_is_called_for_ends_where_a_clause_of_its_own_begins():
    body = (
        "Ann Lee called for new ferry talks while the mayor backed the old timetable.\n"
        "Omar Ruiz called for a review of the fares, and Lee agreed."
    )
    assert reported(body) == ["new ferry talks", "a review of the fares"]


def test_a_fronted_subordinate_clause_split_off_by_a_cue_is_left_out_and_the_main_clause_reported():
    body = (
        "Because warm water is lighter, says the report, it rises above the colder layers.\n"
        "Although the board may set fees, the petition reads, the new levy breaks the harbour charter.\n"
        "Even if the ferry runs late, Ann Lee said, the pier stays open."
    )
    assert attributed(body) == [
        ("it rises above the colder layers", "report"),
        ("the new levy breaks the harbour charter", "the petition"),
        ("the pier stays open", "Ann Lee"),
    ]


def test_a_document_that_reads_after_the_words_reports_them_but_a_reader_does_not():
    body = "The levy breaks the harbour charter, reads the petition.\nAnn Lee reads the harbour news every morning."
    assert reported(body) == ["The levy breaks the harbour charter"]


def test_a_participial_cue_after_a_subject_with_an_apposition_shares_the_subject():
    body = (
        "Omar Ruiz, a biologist at the Harbour Institute, doubted the findings, saying the fish may simply have moved.\n"
        "The mayor of Lakeside, Ann Lee, backed the inquiry, telling reporters it was overdue.\n"
        "Tom Berg, for his part, thanked the crew, commenting before the launch: “We are ready.”"
    )
    assert attributed(body) == [
        ("the fish may simply have moved", "Omar Ruiz"),
        ("it was overdue", "Ann Lee"),
        ("We are ready.", "Tom Berg"),
    ]


def test_a_reported_clause_with_an_aside_after_its_subject_or_quoted_words_after_it_is_a_clause():
    body = (
        "The researchers suggested the weeds, like the warmer water, might weaken the reef.\n"
        "The Harbour Post reported Ann Lee, the harbour master, resigned on Friday.\n"
        "She added officials “are still counting the boats”.\n"
        "The board reported a loss, its first in years, and a drop in fares."
    )
    assert reported(body) == [
        "the weeds, like the warmer water, might weaken the reef",
        "Ann Lee, the harbour master, resigned on Friday",
        "officials “are still counting the boats”",
    ]


def test_state_after_a_count_is_the_noun():
    body = (
        "The dispute between the two Harbour states centres on the old pier.\n"
        "Several state parties were weighing a merger.\n"
        "Several states said they would sue."
    )
    assert reported(body) == ["they would sue"]


def test_a_source_after_a_clause_that_a_coordinated_clause_follows_vouches_for_the_clause_before_it():
    body = "Storm Ada reached the coast on Tuesday, killing at least nine according to port officials on Friday, and leaving hundreds stranded."
    assert reported(body)[0] == "Storm Ada reached the coast on Tuesday, killing at least nine"


def test_a_reported_clause_in_the_present_tense_after_a_determined_subject_is_a_clause():
    body = (
        "The Harbour Ledger reports only 0.5% of ferry income comes from the night routes.\n"
        "The board confirmed the ferry runs on Sundays.\n"
        "The board reported the rising costs in the region.\n"
        "The audit revealed a fund that seems to need new rules."
    )
    assert reported(body) == [
        "only 0.5% of ferry income comes from the night routes",
        "the ferry runs on Sundays",
    ]


def test_a_verb_coordinated_after_an_adverb_shares_the_subject():
    body = "Ann Lee measured the tide twice and again observed that the pier flooded at noon."
    assert attributed(body) == [("the pier flooded at noon", "Ann Lee")]


def test_a_date_after_as_of_between_the_subject_and_the_verb_is_no_part_of_the_subject():
    body = "Harbour officials as of Friday said forty boats had been damaged."
    assert attributed(body) == [("forty boats had been damaged", "Harbour officials")]


def test_a_speech_verb_after_a_comma_and_goes_on_from_the_speaker_not_inside_the_content():
    body = (
        "Mayor Ann Lee stressed the value of the ferry, and reiterated that the pier would stay open.\n"
        "Tom Reyes said the tolls were fair, and emphasized that the bridge was safe.\n"
        "Ben Ortiz said the guard who came and asked them had left."
    )
    assert attributed(body) == [
        ("the value of the ferry", "Ann Lee"),
        ("the pier would stay open", "Ann Lee"),
        ("the tolls were fair", "Tom Reyes"),
        ("the bridge was safe", "Tom Reyes"),
        ("the guard who came and asked them had left", "Ben Ortiz"),
    ]


def test_a_verb_of_advancing_a_view_after_and_goes_on_from_the_speaker_without_a_comma():
    body = (
        "The Harbour Authority indicated no other boat was involved and suggested the skipper fell asleep.\n"
        "Ann Lee said the tolls were too high and acknowledged that the ferry was late.\n"
        "Tom Reyes said the ferry was slow and reiterated that the pier would stay open."
    )
    assert attributed(body) == [
        ("no other boat was involved", "The Harbour Authority"),
        ("the skipper fell asleep", "The Harbour Authority"),
        ("the tolls were too high", "Ann Lee"),
        ("the ferry was late", "Ann Lee"),
        ("the ferry was slow", "Tom Reyes"),
        ("the pier would stay open", "Tom Reyes"),
    ]


def test_confessing_or_admitting_to_an_act_reports_the_act_but_not_a_place():
    body = (
        "Tom Reyes confessed to setting fire to the boathouse in 2019.\n"
        "Even though Ann Lee admitted to taking the keys, two guards were charged.\n"
        "Ben Ortiz confessed to the harbour police that he had moved the buoys.\n"
        "The fisherman was admitted to nursing care.\n"
        "Carl Webb has admitted to selling the permits, according to prosecutors."
    )
    assert attributed(body) == [
        ("setting fire to the boathouse in 2019", "Tom Reyes"),
        ("taking the keys", "Ann Lee"),
        ("he had moved the buoys", "Ben Ortiz"),
        ("Carl Webb has admitted to selling the permits", "prosecutors"),
    ]


def test_a_verb_of_demanding_reports_a_clause_with_a_bare_verb_but_not_a_noun_object():
    body = (
        "Ann Lee suggested volunteers fill out the form.\n"
        "The board proposed the city sell the old pier.\n"
        "Tom Reyes suggested residents stay indoors.\n"
        "The panel proposed a change in the toll.\n"
        "Ben Ortiz suggested the new rules.\n"
        "The report suggested the plans all the way."
    )
    assert reported(body) == [
        "volunteers fill out the form",
        "the city sell the old pier",
        "residents stay indoors",
    ]


def test_a_noun_of_a_claim_with_a_copula_and_that_reports_the_clause():
    body = (
        "The accusation against the mayor is that, during his first term, he took money from builders.\n\n"
        "The Harbour Board's counter-argument was that the levy is a fair tool.\n\n"
        "The problem is that the pier is old.\n\n"
        "Lee rejected the claim that the pier was unsafe.\n\n"
        "Activists claim that the ferry is unsafe.\n\n"
        "The complaint against Ana Ruiz is that she said the tolls would fall."
    )
    assert attributed(body) == [
        ("during his first term, he took money from builders", None),
        ("the levy is a fair tool", "The Harbour Board"),
        ("the ferry is unsafe", "Activists"),
        ("the tolls would fall", "Ana Ruiz"),
    ]


def test_according_to_reports_the_clause_before_a_participle_and_after_an_adverb_left_alone():
    body = (
        "Twelve people were hurt on Sunday according to health officials, ranging in age from five to 80.\n\n"
        "The levy may fund several things: possibly, according to the Ledger, $3 million for the pier and more.\n\n"
        "Nine boats sank, according to the harbour master, including two ferries."
    )
    assert reported(body) == [
        "Twelve people were hurt on Sunday",
        "$3 million for the pier and more",
        "Nine boats sank",
    ]


def test_a_sentence_opening_with_per_and_its_source_reports_the_clause_as_according_to_does():
    body = (
        "Per reports, the harbour master resigned on Friday.\n\n"
        "Per the harbour agency's figures, 40 boats sank in the storm.\n\n"
        "Per request of the mayor, the board met on Friday.\n\n"
        "The fare is $5. Per day, the ferry carries 300 people.\n\n"
        "Per reports, the pilots said the runway was flooded."
    )
    assert reported(body) == [
        "the harbour master resigned on Friday",
        "40 boats sank in the storm",
        "the runway was flooded",
    ]
    assert attributed("Per Jensen said the pier was safe.") == [("the pier was safe", "Per Jensen")]


def test_ordering_or_recommending_reports_a_subjunctive_clause_only():
    body = (
        "Judge Ann Lee ordered the accused remain in custody until May.\n"
        "The mayor ordered the town's flags be lowered on Friday.\n"
        "Health officials recommended residents avoid the lake.\n"
        "The board ordered that the files be sealed.\n"
        "Tom Reyes demanded the harbour master be removed.\n"
        "The mayor ordered the crew to repair the pier.\n"
        "The council ordered a review of the tolls.\n"
        "The panel recommended a higher fee."
    )
    assert reported(body) == [
        "the accused remain in custody until May",
        "the town's flags be lowered on Friday",
        "residents avoid the lake",
        "the files be sealed",
        "the harbour master be removed",
    ]
    assert attributed("Judge Ann Lee ordered the accused remain in custody.") == [("the accused remain in custody", "Ann Lee")]


def test_reported_content_stops_at_a_participle_of_the_narrator_after_a_comma_or_a_dash():
    body = (
        "The union confirmed it had seized the boat, stating that the matter was closed.\n"
        "The team reported that the ferry may be late — suggesting, experts noted, that the pier needs repairs.\n"
        "Ann Lee said the tolls would rise, citing the cost of fuel."
    )
    assert reported(body) == [
        "it had seized the boat",
        "the matter was closed",
        "the ferry may be late",
        "the pier needs repairs",
        "the tolls would rise",
    ]


def test_more_that_clauses_after_a_semicolon_belong_to_the_same_report():
    body = (
        "The study reported that ferries were late; that fares rose; and that the pier was unsafe.\n"
        "Ann Lee said the ferry was late; the pier stayed open all week."
    )
    assert reported(body) == ["ferries were late; that fares rose; and that the pier was unsafe", "the ferry was late"]


def test_a_long_relative_clause_describing_the_source_of_according_to_is_no_content():
    body = (
        "According to Professor Ann Lee, who is both the co-chair of the organizing committee and the head of the "
        "department of operative surgery and anatomy of the Harbour School, in Lakeland it is not customary to teach "
        "these skills."
    )
    assert reported(body) == ["in Lakeland it is not customary to teach these skills"]


def test_a_naming_verb_without_quoted_words_inside_content_leaves_it_to_the_later_source():
    body = (
        "A mother called the police after her son found a bag of pills, according to Lakeside Police, at the park.\n"
        "Ann Lee described the plan as “a disaster”, according to the Ledger."
    )
    assert reported(body) == ["A mother called the police after her son found a bag of pills"]


def test_a_network_calling_a_race_for_a_candidate_reports_no_speech():
    body = (
        "The Harbour Ledger called the election for Ann Lee on Tuesday night.\n"
        "Later, the Daily Post called the race for Lee as well.\n"
        "Tom Reyes called the levy a tax on work."
    )
    assert reported(body) == ["the levy a tax on work"]


def _found(match: re.Match[str] | None) -> tuple | None:
    return match and (match.span(), match.groupdict())


# The literal tests before the subject patterns of _subject_before: wherever a pattern is found before a verb,
# the test that gates it passes (else the gate would change what is found).
_SUBJECT_PIECES = (
    "the|a|of|for|at|with|from|within|inside|close|to|One|Some|Many|members|director|Ann|Lee|Harbour|Board|on|Monday|"
    "last|week|this|weekend|month|year|yesterday|today|went|was|quick|took|Twitter|as|far|so|and|but|,|;|.|said|"
    "went on to|was quick to|took to Twitter to|One of the|the director of|Ann Lee of|last week|close to|several|"
    "Councillors|deputy-harbour-master|assistant-harbour-master|longest-serving-deputy-|(|)|’s|“"
).split("|")


@given(
    st.lists(st.sampled_from(_SUBJECT_PIECES), min_size=1, max_size=14),
    st.lists(st.sampled_from([" ", " ", "\n", "\t", "\u00a0"]), min_size=14, max_size=14),
)
@settings(max_examples=600, deadline=None)
def test_subject_gates_pass_wherever_their_patterns_match(words: list[str], spaces: list[str]) -> None:
    body = "".join(word + space for word, space in zip(words, spaces))
    start, end = 0, len(body)
    if _TIME_BEFORE_VERB.search(body, max(start, end - 40), end):
        assert _ends_with(body, start, end, _TIME_ENDINGS)
    if _RAISING_FRAME.search(body, max(start, end - 60), end):
        assert _ends_with(body, start, end, "to")
    if any(pattern.search(body, max(start, end - 120), end) for pattern in (_PARTITIVE_SUBJECT, _ROLE_OF_SUBJECT, _MEMBER_SUBJECT)):
        assert _LINK_WORD.search(body, max(start, end - 120), end)
    # the partitive and role subjects are searched from a bound before the first link word: the same match
    link = _LINK_WORD.search(body, max(start, end - 120), end)
    for pattern, window, before_link in ((_PARTITIVE_SUBJECT, 80, _PARTITIVE_BEFORE_LINK), (_ROLE_OF_SUBJECT, 120, _ROLE_OF_BEFORE_LINK)):
        whole = pattern.search(body, max(start, end - window), end)
        bounded = pattern.search(body, max(start, end - window, link.start() - before_link), end) if link else None
        assert _found(whole) == _found(bounded)


@given(
    st.lists(st.sampled_from(["Ann Lee", ",", "and", "but", ".", ";", "the", "Harbour", "of", "at"]), max_size=5),
    # (the longest subjects: "several", and "the", two words of 20 characters and a role of 26)
    st.sampled_from(["One", "several", "Some", "Councillors", "the director", "The", "a deputy-harbour-master director",
                     "the harbour-pilots-deput harbour-pilots-deput harbour-pilots-deputy-head"]),
    st.sampled_from(["of", "at", "for", "close to", "with", "from", "within"]),
    st.sampled_from(["the harbour", "his harbour board", "the Harbour Board", "the harbour ,", "Ann Lee’s harbour", "the x y z",
                     "the harbour ( HB )", "those pilots at the pier"]),
    st.sampled_from(["", " ", "  ", "\n"]),
)
@settings(max_examples=1500, deadline=None)
def test_partitive_and_role_subjects_searched_from_before_the_first_link_are_those_of_the_window(
    before: list[str], subject: str, link: str, rest: str, space: str
) -> None:
    body = " ".join([*before, subject, link, rest]) + space
    start, end = 0, len(body)
    first = _LINK_WORD.search(body, max(start, end - 120), end)
    for pattern, window, before_link in ((_PARTITIVE_SUBJECT, 80, _PARTITIVE_BEFORE_LINK), (_ROLE_OF_SUBJECT, 120, _ROLE_OF_BEFORE_LINK)):
        whole = pattern.search(body, max(start, end - window), end)
        bounded = pattern.search(body, max(start, end - window, first.start() - before_link), end) if first else None
        assert _found(whole) == _found(bounded)


_PREFIX_WORDS = ["Ann Lee", "visited", "and", "but", "also", "subsequently", "immediately", ",", "”", '"', "x", ""]
_PREFIX_SPACES = ["", " ", "\n", "\u00a0", "  "]


@given(
    st.lists(st.tuples(st.sampled_from(_PREFIX_WORDS), st.sampled_from(_PREFIX_SPACES)), max_size=8),
    st.sampled_from(["x", "”", "Lee"]), st.sampled_from(["", ","]), st.sampled_from(_PREFIX_SPACES),
    st.sampled_from(["and", "but", "or"]), st.sampled_from(["", " subsequently", " still", "\nalso", " x"]),
)
@settings(max_examples=1500, deadline=None)
def test_a_coordinated_verb_searched_near_the_end_of_a_prefix_is_that_of_the_whole_prefix(
    words: list[tuple[str, str]], last: str, comma: str, space: str, conjunction: str, adverb: str
) -> None:
    prefix = ("".join(map("".join, words)) + last + comma + space + conjunction + adverb).rstrip()
    near_end = _COORDINATED_VERB.search(prefix, max(0, len(prefix) - _COORDINATED_VERB_WIDTH))
    assert _found(near_end) == _found(_COORDINATED_VERB.search(prefix))


@given(
    st.lists(st.tuples(st.sampled_from(["Ann Lee", "Norland", "and", "the", ",", "x", ""]), st.sampled_from(["", " ", "\n", "\t", "  "])), max_size=8),
    st.sampled_from(["", ",", ", ", ",\t", ", and ", ",\tand\t", ",\nand\n"]),
    st.sampled_from(["", "\n", " "]),
    st.integers(0, 8),
)
@settings(max_examples=1500, deadline=None)
def test_a_list_of_names_before_a_subject_holds_a_comma_near_its_end(words: list[tuple[str, str]], tail: str, newline: str, low: int) -> None:
    body = "".join(map("".join, words)) + "Norland" + tail + newline + "Westland"
    end = len(body) - len("Westland")
    if _LISTED_BEFORE.search(body, min(low, end), end):
        assert body.find(",", max(min(low, end), end - _LISTED_COMMA_BACK), end) >= 0


def test_subject_gates_match_the_usual_frames() -> None:
    assert _ends_with("Ann Lee on Monday ", 0, 18, _TIME_ENDINGS)
    assert _ends_with("Ann Lee went on to  ", 0, 20, "to")
    assert not _ends_with("Ann Lee ", 0, 8, "to")
    assert _LINK_WORD.search("One of the pilots ")


def test_pull_quote_lines_shorter_than_the_shortest_are_never_signed() -> None:
    shortest = "Fifteen letters. Al Bo"  # 16 characters of content, a space, a name of two words of two letters
    assert len(shortest) == _SHORTEST_PULL_QUOTE and _PULL_QUOTE.match(shortest)
    for cut in range(1, len(shortest)):
        shorter = shortest[:cut] + shortest[cut + 1 :]
        assert not _PULL_QUOTE.match(shorter), shorter


def test_a_noun_phrase_that_a_name_stands_in_apposition_to_is_no_content():
    body = (
        "The judge presiding over the case, Ann Lee, said, “You have caused great harm to the town.”\n"
        "One of the port's vice presidents, Omar Ruiz, also commented on the closure to the Ledger.\n"
        "The ferry sank last week, Ivo Marsh, the harbour master, said."
    )
    assert reported(body) == ["The ferry sank last week"]


def test_fronted_frames_and_times_before_a_cue_are_no_content():
    body = (
        "However, earlier this year, Ann Lee commented on the plan in a speech.\n"
        "This year, Omar Ruiz said, he came to support his fellow rowers.\n"
        "Last week, the ferry was late, Ivo Marsh said."
    )
    assert reported(body) == ["he came to support his fellow rowers", "Last week, the ferry was late"]


def test_the_clause_after_an_interview_with_a_named_outlet_is_reported():
    body = (
        "Ann Lee said in an interview with Harbour Radio she was open to the idea.\n"
        "“We cannot wait,” Omar Ruiz said in an interview with German radio Harbourfunk, the Ledger reports."
    )
    assert reported(body) == ["she was open to the idea"]


def test_a_report_inside_a_fronted_subordinate_clause_ends_at_its_comma():
    body = (
        "After President Ann Lee suggested in a tweet that the vote could be late, early August debate centered "
        "around the post office.\n"
        "When Mayor Omar Ruiz of Lakeside announced his resignation in May, Ivo Marsh joined the race."
    )
    assert reported(body) == ["the vote could be late", "his resignation in May"]


def test_research_findings_decrees_and_scholars_speak_with_verbs_of_reporting():
    body = (
        "Some scholars have suggested the ferry was built in the north.\n"
        "The research suggested the pier was similar to another one.\n"
        "The likely reason for the delay was a lack of fuel, the research reported.\n"
        "The decree also mentions that the pier will close."
    )
    assert reported(body) == [
        "the ferry was built in the north",
        "the pier was similar to another one",
        "The likely reason for the delay was a lack of fuel",
        "the pier will close",
    ]


def test_a_clause_said_as_the_means_after_by_is_reported():
    body = (
        "In August, the parents tried to have him freed by saying they forgave him.\n"
        "The pier was opened by saying a prayer.\n"
        "Scientists from the Harbour Fund estimate the flock by observing the area turned orange by butterfly bodies on the trees.\n"
        "Ann Lee counted the boats by noting the pier was full.\n"
        "Several teachers wrote a letter asking the council to reopen the old pool."
    )
    assert attributed(body) == [("they forgave him", "the parents"), ("the pier was full", "Ann Lee")]


def test_a_clause_whose_noun_phrase_subject_is_long_or_counted_or_whose_verb_is_irregular():
    body = (
        "The Harbour Forces said on Sunday, the 36 people infected included 26 sailors.\n"
        "The organizers reported 908 of the 2240 visitors at the fair brought at least one costume.\n"
        "Ann Lee repeated the names into the radio as her brother tied a rope around the mast.\n"
        "Omar Ruiz confirmed the arrest of the two men who crossed the border."
    )
    assert reported(body) == [
        "the 36 people infected included 26 sailors",
        "908 of the 2240 visitors at the fair brought at least one costume",
    ]


def test_what_the_source_of_according_to_owns_is_no_content():
    body = (
        "According to Ann Lee's critics, the levy is a ploy.\n"
        "According to Omar Ruiz's account, the pier was closed at noon.\n"
        "According to the Harbour Trust's public records, the ferry was sold."
    )
    assert attributed(body) == [
        ("the levy is a ploy", "Ann Lee's critics"),
        ("the pier was closed at noon", "Omar Ruiz"),
        ("the ferry was sold", "the Harbour Trust's public records"),
    ]


def test_quoted_words_closing_a_report_before_the_narrators_while_end_it():
    body = "Ann Lee told reporters the pier was “a great place,” while the mayor praised the ferry."
    assert reported(body) == ["the pier was “a great place,”"]


def test_a_named_listener_gives_up_the_name_that_the_words_told_are_about():
    body = (
        "Omar Ruiz told Lakeradio Ann “was a great woman,” while the mayor praised the ferry.\n"
        "Ivo Marsh told Harbour Radio the pier was closed."
    )
    assert reported(body) == ["Ann “was a great woman,”", "the pier was closed"]


def test_services_institutes_and_workers_report_like_agencies():
    body = (
        "The fire service indicated on Twitter the girl was critically ill.\n"
        "Emergency workers have indicated a probe is ongoing.\n"
        "The institute reported the number of recorded cases included 114 active cases."
    )
    assert reported(body) == [
        "the girl was critically ill",
        "a probe is ongoing",
        "the number of recorded cases included 114 active cases",
    ]


def test_a_verb_coordinated_after_a_subject_with_an_apposition_shares_the_subject():
    body = (
        "Ann Lee's mother, Mary, wept upon hearing the verdict and said she believed her son was innocent.\n"
        "Omar Ruiz, a retired fisherman, visited the pier and said it was unsafe."
    )
    assert attributed(body) == [("she believed her son was innocent", "Mary"), ("it was unsafe", "Omar Ruiz")]


def test_a_bare_verb_form_after_an_object_phrase_is_its_noun():
    body = (
        "She opposes the police state and the taxing authority equally.\n"
        "Residents and the police report that the pier is closed.\n"
        "Several of the harbour workers say the ferry is late.\n"
        "Many in the party say the plan is unfair.\n"
        "Some on the board claim the pier is unsafe."
    )
    assert reported(body) == ["the pier is closed", "the ferry is late", "the plan is unfair", "the pier is unsafe"]


def test_a_that_before_a_verb_of_the_past_opens_a_relative_clause_not_the_report():
    body = (
        "The minister reported on Tuesday, 21 confirmed cases on the navy's supply vessel that visited the base in May.\n"
        "Ann Lee reported that police arrested the suspect."
    )
    # (the count itself is reported, with its relative clause; no report starts after "that")
    assert reported(body) == ["21 confirmed cases on the navy's supply vessel that visited the base in May", "police arrested the suspect"]


def test_a_reporting_participle_between_a_determiner_and_its_noun_is_an_adjective():
    body = (
        "Even though Ann Lee acted alone, several alleged accomplices, including Omar Ruiz, were tried.\n"
        "Some estimated death tolls, given by officials to the press, exceeded 100.\n"
        "Some reported wanting to leave the town.\n"
        "The mayor alleged that the ferry was late."
    )
    assert reported(body) == ["wanting to leave the town", "the ferry was late"]


# _CONTENT_STOP reads its opening character first; it must find what the alternation as its comment writes it finds.
_CONTENT_STOP_AS_WRITTEN = re.compile(
    rf",(?P<mark>[”\"])?\s(?:{STOP_PARTICIPLES})\b|\s(?:{STOP_WHAT_PREPOSITIONS})\swhat\s|:\s{{0,3}}[“\"]"
    rf"|\s[—–]\s(?:{STOP_DASHED_PARTICIPLES})\b|(?P<closing>[”\"]),?\s(?:while|whereas)\s|,?\swithout\s(?:{STOP_WITHHOLDING})\b"
)
_STOP_MARKS = ["", ",", ":", "”", '"', "“", "—", ",”"]
_STOP_SPACES = ["", " ", "\u00a0", "  "]
_STOP_WORDS = ["adding", "according to", "in what", "without naming", "while", "what", "x"]


@given(
    st.lists(st.tuples(st.sampled_from(_STOP_MARKS), st.sampled_from(_STOP_SPACES), st.sampled_from(_STOP_WORDS)), max_size=6)
    .map(lambda parts: "".join(map("".join, parts)) + " "),
    st.integers(0, 6),
    st.integers(0, 6),
)
@settings(max_examples=1500, deadline=None)
def test_content_stops_read_by_their_opening_character_are_those_of_the_alternation(text: str, low: int, cut: int) -> None:
    end = max(low, len(text) - cut)
    def found(pattern: re.Pattern[str]) -> list[tuple[tuple[int, int], ...]]:
        return [(m.span(), m.span("mark"), m.span("closing")) for m in pattern.finditer(text, low, end)]
    assert found(_CONTENT_STOP) == found(_CONTENT_STOP_AS_WRITTEN)


@given(
    st.lists(
        st.tuples(st.sampled_from(_STOP_MARKS + ["–"]), st.sampled_from(_STOP_SPACES), st.sampled_from(_STOP_WORDS + ["", "x ", "saying"])),
        max_size=6,
    ).map(lambda parts: "".join(map("".join, parts)) + " "),
    st.integers(0, 6),
    st.integers(0, 6),
)
@settings(max_examples=1500, deadline=None)
def test_content_stops_scanned_without_the_spaced_alternatives_are_those_of_the_whole_scan(text: str, low: int, cut: int) -> None:
    # _stops leaves out the alternatives a space opens where their words ("what", a dash, "without") are missing
    end = max(low, len(text) - cut)
    whole = [m.end("mark") if m.group("mark") else m.end("closing") if m.group("closing") else m.start() for m in _CONTENT_STOP.finditer(text, low, end)]
    assert _stops(text, (low, end)) == whole


def test_a_verb_coordinated_after_a_name_in_apposition_or_a_relative_clause_shares_its_subject():
    body = (
        "The mayor, Ana Pell, visited the site and said the road would reopen in May.\n\n"
        "The Northern Farmers Union, which represents growers, opposed the tariff and said it would hurt small farms."
    )
    found = {quote.text: quote.speaker and quote.speaker.name for quote in enrich(RawArticle(id="t", body=body)).quotes}
    assert found == {"the road would reopen in May": "Ana Pell", "it would hurt small farms": "The Northern Farmers Union"}


def test_an_aside_between_dashes_after_the_subject():
    body = (
        "The port talks opened on Monday. The harbour towns – including Norland, Westland and Eastham – have said they must have a seat at the table.\n\n"
        "Ann Lee — a longtime critic of the plan — said the pier must close."
    )
    assert attributed(body) == [
        ("they must have a seat at the table", "The harbour towns"),
        ("the pier must close", "Ann Lee"),
    ]


def test_an_aside_between_dashes_that_is_an_adjunct_does_not_make_a_subject():
    # the aside tells how the party stands, not who it is: the words before it are not taken for a subject
    body = "The campaign opened on Monday. The Harbour Party — in third place and eager to stand apart — announced a policy of lower fares."
    assert reported(body) == []


def test_a_quantifier_floated_after_the_subject():
    body = (
        "The council met on Monday. Ann Lee, Omar Ruiz, and Ivo Marsh all agreed that the pier should close. "
        "The two councillors both argued the ferry should run at night."
    )
    assert attributed(body) == [
        ("the pier should close", "Ann Lee"),
        ("the ferry should run at night", "two councillors"),
    ]


def test_a_quantifier_that_is_the_subject_after_and_is_not_floated():
    body = "The meeting ended late and both said the pier should close."
    assert reported(body) == ["the pier should close"]


def test_a_cue_splitting_a_clause_before_a_verb_in_the_present():
    body = "Ann Lee studied the colony for a decade. These seals, she explained, hunt along the northern shore of the bay every winter."
    assert reported(body) == ["These seals", "hunt along the northern shore of the bay every winter"]


def test_a_participle_after_a_story_or_a_press_conference_reports_for_whoever_put_it_out():
    body = (
        "The debate opened late. Tony Marsh held a press conference claiming the mayor knew about the deal. "
        "The Harbour Ledger ran a story saying the levy would double."
    )
    assert attributed(body) == [
        ("the mayor knew about the deal", "Tony Marsh"),
        ("the levy would double", "Harbour Ledger"),
    ]


def test_a_focusing_adverb_before_a_fronted_adjunct_is_no_subject():
    body = "The debate opened late. Just before the debate, Ann Lee issued a statement saying the pier was unsafe."
    assert attributed(body) == [("the pier was unsafe", "Ann Lee")]


def test_an_adjunct_of_time_opening_the_reported_clause_without_that():
    body = (
        "The campaign went on. Ann Lee said once in office she would sign the harbour bill. "
        "The report claimed after the meeting the mayor used his influence to drop the inquiry."
    )
    assert reported(body) == [
        "once in office she would sign the harbour bill",
        "after the meeting the mayor used his influence to drop the inquiry",
    ]


def test_an_adjunct_after_the_verb_without_a_clause_reports_nothing():
    body = "The campaign went on. Ann Lee spoke after the meeting. Omar Ruiz said before the vote."
    assert reported(body) == []


def test_a_counting_word_opening_the_clause_counts_the_group_that_speaks():
    body = (
        "The debates went on. Most candidates felt the Harbour League ran fairer debates than the Lakeside Board, "
        "agreeing the host should be neutral. Fifty former port officials, including two past directors, signed a "
        "letter saying the memo was a forgery. Some said the officials had lied about the levy."
    )
    assert attributed(body) == [
        ("the host should be neutral", "Most candidates"),
        ("the memo was a forgery", "Fifty former port officials"),
        ("the officials had lied about the levy", "Some"),
    ]


@pytest.mark.parametrize(
    "body",
    [
        "For the Harbour Party nominee Ann Lee, the August campaign began on a hairy note. She lost two aides.",
        "The Lakeland Party advocates states' rights, low taxes and a smaller navy.",
        "The Lakeland Party defends farmers’ rights, and the Harbour Party advocates states’ rights.",
    ],
)
def test_a_bare_verb_form_after_a_or_before_a_possessive_apostrophe_is_a_noun(body: str):
    assert reported(body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The dispute went on. The police are investigating alleged breaches of the harbour code.", []),
        ("The dispute went on. An inquiry into alleged abuse at the school began on Monday.", []),
        (
            "The dispute went on. Citing alleged breaches of the code, the union's notice claimed the board had lied.",
            ["the board had lied"],
        ),
        ("The dispute went on. Ann Lee, speaking on Monday, alleged the board had lied.", ["the board had lied"]),
    ],
)
def test_an_adjectival_participle_after_a_preposition_or_a_gerund_qualifies_a_noun(body: str, expected: list[str]):
    assert reported(body) == expected


def test_the_source_a_speaker_cites_between_commas_stands_between_the_verb_and_the_content():
    assert reported("The Harbour Courier reported, citing Lakeland health ministry data, there were 40 new cases on Friday.") == [
        "there were 40 new cases on Friday"
    ]
    assert reported("Ann Marsh said, citing police sources, that the driver had fled.") == ["the driver had fled"]
    assert reported("The agency said, quoting a senior official, the talks would resume in May.") == ["the talks would resume in May"]
    # the cited source after the content closes the sentence, and an aside before a verb is no cue's
    assert reported("The ferry was late, Ann Marsh said, citing police sources.") == ["The ferry was late"]
    assert reported("The mayor resigned, citing health reasons, and the council met on Monday.") == []


def test_a_document_with_which_or_that_speaks_for_whoever_put_it_out():
    # "released a statement which read, in part, “...”": the issuer's words, not the last speaker's; a document
    # from no one named ("signs which read") gives no cue
    body = (
        "Ann Lee of Lakeside College wrote, “The ruling is a disaster for the web.”\n\n"
        "Northwind released a statement which read, in part, “This judgment raises hard questions.”\n\n"
        "The Harbour Board issued a letter that said the levy would be dropped.\n\n"
        "Protesters carried signs which read “Save the pier”."
    )
    assert attributed(body) == [
        ("The ruling is a disaster for the web.", "Ann Lee"),
        ("This judgment raises hard questions.", "Northwind"),
        ("the levy would be dropped", "The Harbour Board"),
    ]


def test_a_name_in_apposition_to_a_possessive_description_speaks_also_with_one_word_or_a_frame_after_it():
    # "His opponent, Fisk, said", "His opponent, Tom Fisk, in a letter to donors, said": the name, not the description
    body = (
        "Mayor Ann Lee opened the pier on Monday. Tom Fisk ran against her in May.\n\n"
        "His opponent, Fisk, said the pier had cost too much.\n\n"
        "Her rival, Tom Fisk, in a letter to donors, accused her of wasting the harbour fund.\n\n"
        "Her husband, who owns a boat, said the pier was safe."
    )
    assert attributed(body) == [
        ("the pier had cost too much", "Tom Fisk"),
        ("her of wasting the harbour fund", "Tom Fisk"),
        ("the pier was safe", "Her husband"),
    ]


def test_a_participle_after_the_statement_a_verb_names_modifies_it_and_reports_nothing():
    assert kinds_and_texts("“We stay,” Ann Marsh said in a video statement released during a visit to Norland.") == [
        ("direct", "We stay,")
    ]
    assert reported("Ann Marsh said in a statement released on Friday that the ferry would run.") == ["the ferry would run"]
    assert reported("Ann Marsh said in an interview published on Sunday the ferry would run.") == ["the ferry would run"]
    assert reported("Ann Marsh said in a video posted online that the ferry would run.") == ["the ferry would run"]


@given(st.text(alphabet=st.sampled_from([*map(chr, range(128))]), max_size=30), st.integers(0, 4), st.integers(0, 4))
@settings(max_examples=1500, deadline=None)
def test_the_ascii_token_pattern_finds_on_ascii_text_what_the_unicode_one_finds(text: str, start: int, cut: int) -> None:
    for begin, end in ((0, len(text)), (start, len(text) - cut)):
        spans = [match.span() for match in _TOKEN_WITHOUT_AMPERSAND_ASCII.finditer(text, begin, end)]
        assert spans == [match.span() for match in _TOKEN_WITHOUT_AMPERSAND.finditer(text, begin, end)]


# _ROLE_OF_SUBJECT as first written, opening with the look-behinds for what stands before the subject.
_ROLE_OF_SUBJECT_AS_WRITTEN = re.compile(
    r"(?:^|(?<=[,;:]\s)|(?<=\band\s)|(?<=\bbut\s)|(?<=\n)|(?<=[.!?]\s)|(?<=[.!?][”\"]\s))"
    r"(?P<subject>(?:(?:[Tt]he|[Aa]n?)\s(?:[\w\-]{1,20}\s){0,2}(?P<role>[a-z][\w\-]{1,25})|(?P<plural>[A-Z][a-z\-]{2,25}s))"
    r"\s(?P<link>of|for|at|with|from|within|inside|close\sto|to|on)\s"
    r"(?P<rest>(?:[\w’'.\-&]{1,25}\s){0,6}[\w’'.\-&]{1,25}))\s{0,2}$"
)


def _role_of_found(match: re.Match[str] | None, text: str) -> tuple | None:
    if match is None:
        return None
    plural = text[match.start() : match.end("plural")] if match.group("plural") is not None else None
    return match.span(), match.group("subject", "role", "link", "rest"), plural


@given(
    st.lists(
        st.tuples(
            st.sampled_from(
                ["The", "the", "A", "a", "An", "an", "at", "Tt", "Councillors", "Owners", "owner", "director", "deputy-head",
                 "of", "for", "at", "close to", "within", "from", "to", "on", "Harbour", "and", "but", "band", "x", "é", "’", "'", "&",
                 ",", ";", ":", ".", "!", "?", "”", '"', "-"]
            ),
            st.sampled_from([" ", " ", "", "  ", "\n", "\u00a0"]),
        ),
        max_size=12,
    ).map(lambda pieces: "".join(word + space for word, space in pieces)),
    st.integers(0, 6),
    st.integers(0, 3),
)
@settings(max_examples=3000, deadline=None)
def test_the_role_of_subject_opening_with_its_first_letters_finds_what_it_found_as_first_written(text: str, start: int, cut: int) -> None:
    for begin, end in ((0, len(text)), (start, len(text) - cut), (start, len(text))):
        found = _ROLE_OF_SUBJECT.search(text, begin, end)
        assert _role_of_found(found, text) == _role_of_found(_ROLE_OF_SUBJECT_AS_WRITTEN.search(text, begin, end), text)


def test_maintaining_a_thing_inside_according_to_content_keeps_the_source_s_content():
    assert attributed("According to a report by The Harbourian, the rowing league maintains a register of its coaches.") == [
        ("the rowing league maintains a register of its coaches", "The Harbourian")
    ]
    assert reported("According to the Norland Ledger, the ferry company maintains two depots on the coast.") == [
        "the ferry company maintains two depots on the coast"
    ]
    # a stance maintained is still no content of the source's
    assert reported("According to the Norland Ledger, the ferry company maintains its innocence.") == []


def test_claiming_a_seat_or_a_place_is_no_speech():
    assert attributed("According to the Lakeland Times, the club claims a seat on the board.") == [
        ("the club claims a seat on the board", "the Lakeland Times")
    ]
    assert reported("The Harbour Party claimed two seats in the north.") == []
    assert reported("The rowing club claimed first place in the league.") == []
    assert reported("Ann Marsh claimed the seat was stolen.") == ["the seat was stolen"]


def test_a_time_zone_after_a_trailing_cue_s_time_is_no_content():
    assert reported("The ferry sank near the pier, police reported Friday morning, local time (UTC+9).") == [
        "The ferry sank near the pier"
    ]
    assert reported("The levy was cut, the harbour board said on Monday, Eastern Standard Time.") == ["The levy was cut"]
    assert reported("The ferry sank near the pier, police said, local residents rushed to help.") == [
        "The ferry sank near the pier",
        "local residents rushed to help",
    ]


def test_a_hospital_or_clinic_speaks_by_its_noun_and_through_its_reports():
    assert attributed("Initial reports from Dunmore hospital indicated no traces of the drug were found.") == [
        ("no traces of the drug were found", "Dunmore hospital")
    ]
    assert attributed("A report from the clinic said the patient was stable.") == [("the patient was stable", "the clinic")]
    assert attributed("Kellan hospital said two nurses had resigned.") == [("two nurses had resigned", "Kellan hospital")]
    # a hospital that is only a place says nothing
    assert attributed("She was taken to hospital, police said.") == [("She was taken to hospital", "police")]


def test_a_number_opening_the_clause_counts_the_group_that_speaks_maybe_after_a_bound():
    body = (
        "The ferry deal was signed in May. Over 100 Lakeland harbour experts signed an open letter urging the council "
        "to drop the deal. More than 40 former diplomats signed a letter saying the pier was unsafe. 120 Borovian "
        "residents wrote a petition saying the nets were cut."
    )
    assert attributed(body) == [
        ("the council to drop the deal", "Over 100 Lakeland harbour experts"),
        ("the pier was unsafe", "More than 40 former diplomats"),
        ("the nets were cut", "120 Borovian residents"),
    ]


def test_a_number_that_counts_no_speaker_is_no_subject():
    body = "Over 100 boats were damaged in the storm, the harbour master said."
    assert attributed(body) == [("Over 100 boats were damaged in the storm", "the harbour master")]


def test_termed_attributes_the_quoted_words_it_names_something_by():
    assert attributed('Ann Lee termed the plan "a slow disaster".') == [("a slow disaster", "Ann Lee")]
    assert attributed('In what the mayor termed "a fair deal", the levy was cut.') == [("a fair deal", "the mayor")]
    # the noun stays no cue
    assert attributed("She served a term as mayor.") == []


def test_instructing_someone_to_act_reports_the_instruction():
    assert attributed("The decree instructs bishops to notify the council of any complaint.") == [
        ("bishops to notify the council of any complaint", "The decree")
    ]
    assert reported("The judge instructed the jury to ignore the remark.") == ["the jury to ignore the remark"]
    # teaching a class reports nothing
    assert reported("She instructed the class in French.") == []


def test_a_date_with_its_day_after_the_cue_is_no_content():
    assert reported("Ann Lee said on May 11 the closure was unlawful.") == ["the closure was unlawful"]
    assert reported("Police said on June 2 he had left the island.") == ["he had left the island"]
    # a number that counts the content's subject stays in it
    assert reported("Ann Lee said on May 11 people had died.") == ["11 people had died"]


def test_a_participle_of_speaking_between_a_name_and_its_verb_leaves_the_name_the_subject():
    body = (
        "On Tuesday, Ann Lee speaking at a rally in Lakeside said the ferry deal was dead. Lakeland officials "
        "speaking on condition of anonymity said the talks had failed."
    )
    assert attributed(body) == [
        ("the ferry deal was dead", "Ann Lee"),
        ("the talks had failed", "Lakeland officials"),
    ]


def test_a_court_s_ruling_or_finding_is_reported_content_of_the_court():
    assert attributed("The court found that it could rule on the case, and found the closure to be unlawful.") == [
        ("it could rule on the case", "The court"),
        ("the closure to be unlawful", "The court"),
    ]
    assert reported("The Supreme Court ruled that the levy was unconstitutional.") == ["the levy was unconstitutional"]
    # no court, a justice's title, what a court ruled on, or an object found reports nothing
    assert reported("Police found the car was stolen.") == []
    assert reported("A Borovian Supreme Court justice ruled on Friday that the harbour levy may stay.") == []
    assert reported("The Supreme Court ruled on the appeal of that decision by the council.") == []
    assert reported("The court found no evidence of fraud.") == []


def test_a_count_an_authority_reports_is_its_reported_content():
    assert attributed("The Harbour Board reported 45 new cases of measles on Tuesday.") == [
        ("45 new cases of measles on Tuesday", "The Harbour Board")
    ]
    assert reported("Since Friday the ministry has reported more infections of dengue, most of them in the capital.") == [
        "more infections of dengue, most of them in the capital"
    ]
    assert reported("The health board reported an 88% recovery rate among patients in the north.") == [
        "an 88% recovery rate among patients in the north"
    ]
    # a result in money, or a count set beside others after "reporting", reports nothing
    assert reported("The firm reported a profit of $3 million.") == []
    assert reported("Lakeland had the most deaths, with the next country, Norland, reporting 300 deaths.") == []


def test_a_count_an_authority_confirms_or_gives_in_words_or_after_a_comma_is_its_reported_content():
    body = (
        "Yesterday, Norland has confirmed five new deaths from the fever.\n"
        "The regional health minister reported on Tuesday, 21 confirmed cases of the fever on the ferry.\n"
        "On Thursday the local health officer reported one more case in Millbrook.\n"
        "The ministry confirmed the deaths of two sailors.\n"
        "The firm reported one quarter of losses."
    )
    assert reported(body) == [
        "five new deaths from the fever",
        "21 confirmed cases of the fever on the ferry",
        "one more case in Millbrook",
    ]


def test_what_is_admitted_mentioned_or_reasserted_is_reported_whatever_its_form():
    assert attributed("Omar Ruiz on Friday admitted his part in two thefts from the harbour office.") == [
        ("his part in two thefts from the harbour office", "Omar Ruiz")
    ]
    assert reported("The mayor praised the crews and mentioned a possible inquiry into the flooding.") == [
        "a possible inquiry into the flooding"
    ]
    assert reported("The harbour board reasserted its claim to the northern pier.") == ["its claim to the northern pier"]
    # people or a count let in are no admission
    assert reported("The Lakeside clinic admitted 20 patients on Monday.") == []
    assert reported("Harbour College admitted its first women students in 1921.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The survey was led by Maria Delgado, a biologist at Lakeside University, who said the reef was recovering.",
        "The study was led by Omar Ruiz, a marine ecologist and senior fellow at Harbour College, who said the reef was recovering.",
    ],
)
def test_who_after_an_apposition_stands_for_the_name_the_apposition_describes(sentence: str):
    # not the body that ends the apposition ("Lakeside University", "Harbour College")
    assert attributed(sentence + "\n") == [("the reef was recovering", sentence.split(" by ")[1].split(",")[0])]


def test_an_administration_an_embassy_or_an_office_speaks_by_its_noun():
    assert attributed("A week later the administration said it would appeal the ruling.") == [
        ("it would appeal the ruling", "the administration")
    ]
    assert attributed("On Monday the embassy said its staff were safe.") == [("its staff were safe", "the embassy")]
    assert attributed("The 61-year-old Lee's press office has said he will skip the summit.") == [
        ("he will skip the summit", "Lee's press office")
    ]


def test_a_verb_form_closing_a_hyphenated_adjective_is_no_cue():
    assert reported("The trawler was seized in Lakeland-claimed waters near the reef.") == []
    assert reported("Borovia-declared exclusion zones cover the strait.") == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a state recalling a diplomat calls its representative home: no memory told
        ("Borovia recalled its ambassador over the border deal.", []),
        ("Lakeland is recalling the Borovian envoy from Westmarch.", []),
        # what a person recalls is still reported, a diplomat inside it or not
        ("Ann Lee recalled that the envoy had left early.", ["the envoy had left early"]),
        ("Ann Lee recalled her years as ambassador in Westmarch.", ["her years as ambassador in Westmarch"]),
        # a maker or a hospital recalling hundreds or more calls goods or people back: no memory told
        ("Harbour Motors recalled about 80,000 cars on Monday.", []),
        ("Lakeside Cycles recalls 1.2 million e-bike batteries over fire risk", []),
        ("The clinic is recalling 300 patients for further tests.", []),
        # a smaller count, or a count inside what is recalled, is still a memory told
        ("Ann Lee recalled 15 years of abuse at the school.", ["15 years of abuse at the school"]),
        ("Ann Lee recalled that 2,000 people had come.", ["2,000 people had come"]),
    ],
)
def test_a_diplomat_or_goods_recalled_is_no_memory_reported(body, expected):
    assert reported(body) == expected


def test_a_claim_in_a_to_infinitive_is_reported_but_not_the_listener_after_to():
    body = (
        "Tom Reyes claimed to have proof that the harbour master took the money.\n"
        "The rebels claimed to have shot down two drones over Millbrook.\n"
        "Ann Lee claimed to be unaware of the toll increase.\n"
        "Ben Ortiz claimed to police that the boat was stolen.\n"
        "Carl Webb claimed to reporters the pier was unsafe."
    )
    assert reported(body) == [
        "to have proof that the harbour master took the money",
        "to have shot down two drones over Millbrook",
        "to be unaware of the toll increase",
        "the boat was stolen",
        "the pier was unsafe",
    ]


def test_a_clause_with_a_name_and_a_verb_in_the_present_is_reported_after_a_verb_that_takes_objects():
    body = (
        "Tom Reyes predicts Ann Lee wins the seat with 54 percent.\n"
        "Carl Webb predicts former Governor Ben Ortiz defeats Ann Lee in May.\n"
        "The mayor promised Lakeland funds for the new school.\n"
        "The minister confirmed Ann Lee's appointment."
    )
    assert reported(body) == ["Ann Lee wins the seat with 54 percent", "former Governor Ben Ortiz defeats Ann Lee in May"]


def test_a_document_s_participle_reports_after_where_or_when_the_document_came_out():
    body = (
        "Ann Lee wrote a letter on Friday saying the ferry tolls were unfair.\n"
        "The Harbour Union issued a statement on its website saying the strike would go on.\n"
        "Tom Reyes made several posts on social media suggesting the pier was unsafe."
    )
    assert attributed(body) == [
        ("the ferry tolls were unfair", "Ann Lee"),
        ("the strike would go on", "The Harbour Union"),
        ("the pier was unsafe", "Tom Reyes"),
    ]


def test_a_stance_expressed_or_voiced_is_reported_not_a_feeling_or_a_willingness():
    body = (
        "Councillor Ann Lee expressed opposition to the new toll, and said the bridge should stay free.\n"
        "The harbour board has publicly voiced support for the ferry plan.\n"
        "Omar Ruiz expressed a preference to wait until spring.\n"
        "Tom Reyes expressed support for the tax while Dana Fisk expressed an interest in a smaller levy.\n"
        "Many residents expressed their anger on social media.\n"
        "The mayor expressed concern that the pier was unsafe.\n"
        "The union has expressed a willingness to talk."
    )
    assert reported(body) == [
        "opposition to the new toll",
        "the bridge should stay free",
        "support for the ferry plan",
        "a preference to wait until spring",
        "support for the tax",
        "an interest in a smaller levy",
    ]


def test_an_expressing_verb_with_no_stance_is_no_cue_inside_other_reported_words():
    body = 'The Harbour Office called for the two sailors\' release on Monday and expressed "grave concern" over their arrest.'
    assert kinds_and_texts(body) == [("mixed", 'the two sailors\' release on Monday and expressed "grave concern" over their arrest')]


def test_a_name_after_a_description_with_an_indefinite_article_speaks():
    body = (
        "Since then, a Republican, Tom Reyes, has publicly said he backs the inquiry.\n"
        "An Independent, Dana Fisk, said the vote was rushed."
    )
    assert attributed(body) == [("he backs the inquiry", "Tom Reyes"), ("the vote was rushed", "Dana Fisk")]


def test_what_is_asked_for_is_reported_as_what_is_called_for():
    body = (
        "The harbour hospital also asked for patience.\n"
        "Ann Lee asked for support, urging voters to go to the polls.\n"
        "The high court of Norland sent the case to the tribunal, asking for a reading of the harbour law.\n"
        "Although the ministry asked for an end to the strike, his main rival Tom Reyes called on the mayor to resign.\n"
        "The firm did not respond when asked for comment.\n"
        "Omar Ruiz has asked for years without an answer."
    )
    assert reported(body) == [
        "patience",
        "support",
        "voters to go to the polls",
        "a reading of the harbour law",
        "an end to the strike",
        "the mayor to resign",
    ]


@pytest.mark.parametrize(
    ("body", "text", "speaker"),
    [
        ("“We are very worried,” said the woman, who asked not to be named.", "We are very worried,", "the woman"),
        ("“It rose quickly,” said a local man.", "It rose quickly,", "a local man"),
        ("The water rose quickly, said one resident.", "The water rose quickly", "one resident"),
        # (with the place the person is from)
        ("“The bridge shook,” said a woman from Eastmoor.", "The bridge shook,", "a woman from Eastmoor"),
        ("“We saw the flames first,” said the man from Lakeside.", "We saw the flames first,", "the man from Lakeside"),
        ("“Nobody came,” said a farmer from the valley.", "Nobody came,", "a farmer from the valley"),
    ],
)
def test_a_noun_for_a_person_after_an_inverting_verb_is_its_subject(body: str, text: str, speaker: str) -> None:
    quotes = enrich(RawArticle(body=body)).quotes
    assert [(quote.text, quote.cue, quote.speaker.name if quote.speaker else None) for quote in quotes] == [(text, "said", speaker)]


def test_a_noun_for_a_person_opening_a_reported_clause_is_no_inverted_subject() -> None:
    quotes = enrich(RawArticle(body="The ferry sank, police said, the woman had left.")).quotes
    assert [quote.speaker.name if quote.speaker else None for quote in quotes] == ["police", "police"]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Attorneys for the tenants said they would appeal the ruling.", "Attorneys for the tenants"),
        ("The judges on the harbour tribunal said the appeal came too late.", "The judges on the harbour tribunal"),
        ("Senators from the northern provinces said the levy was unfair.", "Senators from the northern provinces"),
        ("An adviser to the governor said the levy was unfair.", "An adviser to the governor"),
        ("Aides to the mayor said the levy was unfair.", "Aides to the mayor"),
        ("The ambassador to Westmark said the levy was unfair.", "The ambassador to Westmark"),
        ("Officials on the island said the ferry would run again.", "Officials on the island"),
    ],
)
def test_a_plural_role_or_a_person_serving_someone_with_its_link_is_the_subject(body: str, speaker: str) -> None:
    # a plural role ("Attorneys for ...") and a person "to" whom they serve or "on" what they sit on speak with the
    # whole phrase, not as the body or person after the link ("the governor" spoke for his adviser)
    quotes = enrich(RawArticle(body=body)).quotes
    assert [quote.speaker.name if quote.speaker else None for quote in quotes] == [speaker]


def test_a_document_to_someone_is_not_read_as_a_person_serving_them() -> None:
    # ("to" and "on" link a person, not a letter, to the phrase after it: left to the other rules)
    assert _ROLE_OF_SUBJECT.search("The letter to the minister") is not None
    quotes = enrich(RawArticle(body="The minister on Monday said the levy was unfair.")).quotes
    assert [(quote.text, quote.speaker.name if quote.speaker else None) for quote in quotes] == [("the levy was unfair", "The minister")]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Officials in the state said the bridge toll was too high.", "Officials in the state"),
        ("A spokesman for the state said the bridge toll was too high.", "A spokesman for the state"),
        ("Prosecutors for the state said the ferry owner had lied.", "Prosecutors for the state"),
    ],
)
def test_a_verb_form_after_the_is_a_noun(body: str, speaker: str) -> None:
    # "state" after "the" is the noun, not the verb: it took the words before it as its subject ('Officials in the')
    quotes = enrich(RawArticle(body=body)).quotes
    assert [(quote.cue, quote.speaker.name if quote.speaker else None) for quote in quotes] == [("said", speaker)]


def test_a_plural_noun_for_people_before_its_link_is_a_group_subject_of_a_plural_verb() -> None:
    quotes = enrich(RawArticle(body="Voters in the state say the bridge toll is too high.")).quotes
    assert [(quote.text, quote.speaker.name if quote.speaker else None) for quote in quotes] == [("the bridge toll is too high", "Voters in the state")]
    # a singular verb form has no plural group for its subject: "states" is the noun here
    assert enrich(RawArticle(body="Singers and dancers from twelve member states that share a language will perform.")).quotes == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a verb only people use takes a determined noun phrase as its subject, as "said" does
        ("“Get out of the water,” the lifeguard shouted.", [("direct", "shouted", "the lifeguard")]),
        ("A local baker joked that the oven had a mind of its own.", [("indirect", "joked", "A local baker")]),
        ("“Run,” a woman yelled.", [("direct", "yelled", "a woman")]),
        # a verb after a quotation and "and" shares the subject before the quotation (also with spaced guillemets)
        (
            "The farmer shouted “We are leaving” and said the group would go on Monday.",
            [("direct", "shouted", "The farmer"), ("indirect", "said", "The farmer")],
        ),
        (
            "The farmer shouted « Nous partons » and said the group would go on Monday.",
            [("direct", "shouted", "The farmer"), ("indirect", "said", "The farmer")],
        ),
        (
            "The crowd chanted “No more tolls” and the minister said she would listen.",
            [("direct", "chanted", "The crowd"), ("indirect", "said", "the minister")],
        ),
    ],
)
def test_verbs_only_people_use_and_a_verb_coordinated_after_a_quotation(body: str, expected: list) -> None:
    quotes = enrich(RawArticle(body=body)).quotes
    assert [(quote.kind, quote.cue, quote.speaker.name if quote.speaker else None) for quote in quotes] == expected


def test_a_tribunal_rules_as_a_court_does_and_a_bench_s_split_comes_before_the_ruling() -> None:
    body = (
        "The labour tribunal ruled that the dismissal of the ferry crew was unfair.\n"
        "The Supreme Court of Westmark ruled 5-4 that the harbour levy was lawful.\n"
        "The Harbour Appeals Court held 2 to 1 that the toll could stay.\n"
        "The tribunal held a hearing in Lakeside on Monday."
    )
    assert attributed(body) == [
        ("the dismissal of the ferry crew was unfair", "The labour tribunal"),
        ("the harbour levy was lawful", "The Supreme Court of Westmark"),
        ("the toll could stay", "The Harbour Appeals Court"),
    ]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("The UN's ferry agency, UNFA, said more than 900 boats had sailed.", "UNFA"),
        ("The regional transit agency, HTA, said the buses would run.", "HTA"),
        ("His party, the HDP, said he was innocent.", "the HDP"),
    ],
)
def test_an_acronym_in_apposition_to_a_description_is_the_speaker(body: str, speaker: str) -> None:
    quotes = enrich(RawArticle(body=body)).quotes
    assert [quote.speaker.name if quote.speaker else None for quote in quotes] == [speaker]


@pytest.mark.parametrize(
    "body",
    [
        "Foreign Minister Ada Vell told her Westmark counterpart, Ivo Brandt, that the border would reopen.",
        "Foreign Minister Ada Vell told his Westmark counterpart that the border would reopen.",
        "Foreign Minister Ada Vell told her colleagues that the border would reopen.",
        "Foreign Minister Ada Vell told her the border would reopen.",
    ],
)
def test_an_owner_s_phrase_after_told_is_the_listener_not_the_content(body: str) -> None:
    # "his" and "her" were taken as the whole listener, so the content began "Westmark counterpart ..."
    assert reported(body) == ["the border would reopen"]


def test_her_before_a_clause_stays_the_listener() -> None:
    assert reported("Ada Vell told her parents were angry about the toll.") == ["parents were angry about the toll"]


def test_whom_a_speaker_blames_and_for_what_is_reported():
    """"X blamed Y for Z" and "X blamed Z on Y" report the speaker's claim, as the Wikinews sets code them; a blame
    put in the passive names no speaker before the verb and reports nothing."""
    body = (
        "The harbour master, Ann Lee, blamed the contractors for the delays.\n"
        "Residents blame the council for the flooding of the old town.\n"
        "Tom Reyes blamed the closure on a shortage of staff.\n"
        "The storm was blamed for the power cuts."
    )
    assert attributed(body) == [
        ("the contractors for the delays", "Ann Lee"),
        ("the council for the flooding of the old town", "Residents"),
        ("the closure on a shortage of staff", "Tom Reyes"),
    ]


def test_a_speech_verb_in_a_relative_clause_of_an_apposition_closes_no_words_before_it():
    # "testified" is the relative clause's verb: the name before the apposition is nobody's testimony
    body = "Dr. Ann Lee, a surgeon at Lakeside Hospital who testified for the bill, said 900 people were waiting."
    assert reported(body) == ["900 people were waiting"]


def test_a_that_inside_a_prepositional_phrase_after_the_cue_is_a_relative_pronoun():
    # the clause before the cue is what the union said; "that threatens" belongs to "a dispute"
    body = "Rail drivers will strike from Thursday, the union said on Monday, in a dispute over pay that threatens to halt trains."
    assert reported(body) == ["Rail drivers will strike from Thursday"]
    # after the phrase's closing comma, "that" opens the reported clause
    assert reported("The union said on Monday, in a statement, that its members would strike.") == ["its members would strike"]


def test_a_document_put_out_by_a_determined_noun_phrase_speaks_for_it():
    # the issuer is the speaker, not the document, whatever the participle after the document
    body = 'The filmmakers published an open letter calling the new rules "a danger to crews".\n'
    assert attributed(body) == [("a danger to crews", "The filmmakers")]


def test_an_inverted_speaker_named_after_a_role_with_its_own_phrase():
    # the role's "of" phrase stands between the role and the name in apposition to it
    assert attributed('"She never missed a deadline," said her editor of 40 years, Ann Lee.\n') == [
        ("She never missed a deadline,", "Ann Lee")
    ]
    assert attributed('"The staff are back," said its head of personnel, Ivo Marsh.\n') == [("The staff are back,", "Ivo Marsh")]
