"""Interviews printed as questions and answers: answers are the interviewee's quotes, questions are none, and the
labels name no actor. The articles are written for these tests."""

from __future__ import annotations

from worker.extract import enrich
from worker.models import RawArticle

INTRO = (
    "Marine ecologist Priya Ramaswamy of the Lakeside Institute has studied coral bleaching for a decade. "
    "She answered questions from our reporter.\n\n"
)

INITIALS = INTRO + (
    "((WN))  What first drew you to coral reefs?\n\n"
    "PR: I grew up beside the sea and spent every summer snorkelling over the reef near my town.\n\n"
    "((WN))  You said that warming is not the only threat. What else worries you?\n\n"
    "PR: Run-off from farms carries silt onto the reef. My colleague Tomas Berg said the silt was \"choking\" it, "
    "and he was right.\n\n"
    "Fishing pressure matters too, because the grazing fish keep the algae down.\n\n"
    "((WN))  What would you ask of the regional government?\n\n"
    "PR: Fund the monitoring programme for another five years.\n"
)

BRACKETS = INTRO + (
    "((WN)) : How large was the study?\n\n"
    "((Priya Ramaswamy)) : We surveyed forty sites twice a year.\n\n"
    "((WN)) : Were you surprised by the results?\n\n"
    "((Priya Ramaswamy)) : Not really. The warm years showed up clearly.\n\n"
    "((WN)) : What comes next?\n\n"
    "((Priya Ramaswamy)) : A second survey in the northern bays.\n\n"
    "—Priya Ramaswamy\n\n"
    "((WN)) : On your website you wrote \"The reef can recover if we give it time to breathe.\" Do you still think so?\n"
)


def article(body: str):
    return enrich(RawArticle(id="t", body=body))


def quote_with(body: str, fragment: str):
    found = [quote for quote in article(body).quotes if fragment in quote.text]
    assert found, f"no quote containing {fragment!r}"
    return found[0]


def test_an_answer_is_one_direct_quote_of_the_interviewee_named_by_initials():
    quote = quote_with(INITIALS, "I grew up beside the sea")
    assert quote.kind == "direct"
    assert quote.text == "I grew up beside the sea and spent every summer snorkelling over the reef near my town."
    assert quote.speaker is not None and quote.speaker.name == "Priya Ramaswamy"
    assert quote.speaker.mention is not None and quote.speaker.mention.text == "PR"


def test_an_answer_runs_over_its_unlabelled_paragraphs_and_keeps_its_inner_quoting():
    quote = quote_with(INITIALS, "Run-off from farms")
    assert quote.text.endswith("the grazing fish keep the algae down.")
    assert quote.speaker is not None and quote.speaker.name == "Priya Ramaswamy"
    inner = [other for other in article(INITIALS).quotes if other.id != quote.id and quote.start <= other.start < quote.end]
    assert inner == []  # "choking" and what the colleague said are part of the answer


def test_questions_are_no_quotes_but_what_they_report_of_you_is_the_interviewees():
    quotes = article(INITIALS).quotes
    assert not any("drew you to coral" in quote.text or "ask of the regional" in quote.text for quote in quotes)
    reported = quote_with(INITIALS, "warming is not the only threat")
    assert reported.speaker is not None and reported.speaker.name == "Priya Ramaswamy"
    assert "What else" not in reported.text


def test_bracket_labels_with_the_full_name_give_the_answers_and_no_actor():
    enriched = article(BRACKETS)
    answers = [quote for quote in enriched.quotes if quote.speaker and quote.speaker.name == "Priya Ramaswamy"]
    assert [quote.text for quote in answers][:3] == [
        "We surveyed forty sites twice a year.",
        "Not really. The warm years showed up clearly.",
        "A second survey in the northern bays.",
    ]
    assert "WN" not in {actor.name for actor in enriched.actors}


def test_a_pull_quote_attribution_line_ends_the_answer():
    quote = quote_with(BRACKETS, "A second survey")
    assert "—" not in quote.text


def test_words_a_question_quotes_from_the_interviewee_are_the_interviewees():
    quote = quote_with(BRACKETS, "The reef can recover")
    assert quote.kind == "direct"
    assert quote.speaker is not None and quote.speaker.name == "Priya Ramaswamy"


def test_labelled_sections_of_a_news_story_are_no_interview():
    body = (
        "ANALYST'S TAKE: Will the central bank cut rates again? Traders think so.\n\n"
        "MARKETS: Shares in Lakeside rose 2 per cent on Tuesday.\n\n"
        "ENERGY: Oil prices fell, traders said.\n\n"
        "CURRENCIES: The dollar held steady.\n\n"
        "Ann Lee: the analyst said the trend would hold.\n"
    )
    enriched = article(body)
    assert [quote.text for quote in enriched.quotes if quote.kind == "direct" and quote.cue is None] == []


def test_a_caption_after_a_question_is_no_answer_label():
    body = INTRO + (
        "((WN))  How did the survey go?\n\n"
        "Diver Tomas Berg.Image: Lakeside Institute.\n\n"
        "((WN))  What did you find?\n\n"
        "((WN))  What comes next?\n"
    )
    assert [quote.text for quote in article(body).quotes if "Lakeside Institute." in quote.text] == []


def test_a_question_asking_according_to_you_reports_nothing():
    body = BRACKETS.replace("((WN)) : What comes next?", "((WN)) : What, according to you, matters most: warming or fishing?")
    assert [quote.text for quote in article(body).quotes if "matters most" in quote.text or "warming or" in quote.text] == []


STANCES = INTRO + (
    "((WN)) : What should the government do?\n\n"
    "((Priya Ramaswamy)) : I strongly support a carbon tax. It is the fairest tool we have.\n\n"
    "((WN)) : Would farmers accept it?\n\n"
    "((Priya Ramaswamy)) : Many would. I back the carbon tax because it pays for itself.\n\n"
    "((WN)) : What else?\n\n"
    "((Priya Ramaswamy)) : I firmly oppose what they proposed.\n"
)


def test_an_interviewees_answers_state_each_stance_once_and_only_on_a_named_issue():
    enriched = article(STANCES)
    names = {actor.id: actor.name for actor in enriched.actors}
    stances = [(names[position.actor_id], position.stance) for position in enriched.positions]
    assert stances == [("Priya Ramaswamy", "support")]
    assert enriched.body[enriched.positions[0].evidence.start :].startswith("I strongly support a carbon tax")


def test_without_answer_labels_you_is_whom_the_introduction_says_answered():
    body = (
        "Harbour councillor Tomas Berg spoke to the Ledger last year. This month marine ecologist Priya Ramaswamy of "
        "the Lakeside Institute answered some questions from the Ledger. Ramaswamy has studied reefs for a decade.\n\n"
        "((LD)) : You have said that the reef can recover within ten years. What would it take?\n\n"
        "((LD)) : How did the survey go?\n\n"
        "((LD)) : What comes next?\n"
    )
    quote = quote_with(body, "the reef can recover")
    assert quote.speaker is not None and quote.speaker.name == "Priya Ramaswamy"


STUDY = INTRO.replace("coral bleaching", "how fish shoals move") + (
    "((WN)) : How large was the study?\n\n"
    "((Priya Ramaswamy)) : We tracked forty shoals twice a year.\n\n"
    "((WN)) : How do the shoals decide where to go?\n\n"
    "((Priya Ramaswamy)) : The fish must adapt to a social environment with many others. It is important to rule "
    "out noise in the data, and we reject the old models of shoaling.\n\n"
    "((WN)) : What comes next?\n\n"
    "((Priya Ramaswamy)) : A second survey in the northern bays.\n"
)


def test_an_interview_on_a_study_takes_no_stance_from_its_subject_matters_words():
    # "environment" and "rule out" name issues of public affairs only in an article about them
    enriched = article(STUDY)
    assert any("social environment" in quote.text for quote in enriched.quotes)
    assert enriched.positions == []
