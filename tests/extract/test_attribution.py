"""Quotes with speakers through ``enrich``: cues before, after and inside quotes, pronouns, roles, groups,
reported speech, mixed quotes and scare quotes. The articles are written for these tests."""

from __future__ import annotations

import pytest

from worker.extract import enrich
from worker.extract.attribution import _SUBJECT_VERB, _inserted
from worker.extract.names import AUXILIARIES
from worker.models import RawArticle

ARTICLE = (
    "Finnish Foreign Minister Aino Virtanen said on Monday that the border must stay open.\n"
    "“We will not close it. Trade matters to everyone,” Virtanen said.\n"
    "“Nobody wants that.”\n"
    "She stressed that talks would continue next week.\n"
    "The Finnish foreign minister described the meeting as “difficult but useful”.\n"
    "Prices will rise again, Virtanen told reporters.\n"
    "Critics called it a “magic” solution.\n"
)


def quotes(body: str):
    return enrich(RawArticle(id="t", body=body)).quotes


def by_text(body: str, fragment: str):
    found = [quote for quote in quotes(body) if fragment in quote.text]
    assert found, f"no quote containing {fragment!r}"
    return found[0]


def test_direct_quote_speaker_after_the_quote_is_the_fullest_name():
    quote = by_text(ARTICLE, "We will not close it")
    assert quote.kind == "direct"
    assert quote.speaker is not None and quote.speaker.name == "Aino Virtanen"
    assert quote.speaker.actor_id is not None
    assert quote.id == "t:q" + str(quotes(ARTICLE).index(quote))


def test_reported_speech_keeps_only_the_content():
    quote = by_text(ARTICLE, "the border must stay open")
    assert quote.kind == "indirect"
    assert quote.text == "the border must stay open"
    assert quote.cue == "said"


def test_pronoun_resolves_to_the_last_person():
    quote = by_text(ARTICLE, "talks would continue")
    assert quote.speaker is not None and quote.speaker.name == "Aino Virtanen"
    assert quote.speaker.mention is not None and quote.speaker.mention.text == "She"


def test_role_noun_resolves_through_the_title():
    quote = by_text(ARTICLE, "difficult but useful")
    assert quote.speaker is not None and quote.speaker.name == "Aino Virtanen"


def test_content_before_the_cue():
    quote = by_text(ARTICLE, "Prices will rise again")
    assert quote.kind == "indirect" and quote.text == "Prices will rise again"
    assert quote.speaker is not None and quote.speaker.name == "Aino Virtanen"


def test_a_quote_without_cue_continues_the_previous_speaker_with_less_confidence():
    quote = by_text(ARTICLE, "Nobody wants that")
    first = by_text(ARTICLE, "We will not close it")
    assert quote.speaker is not None and quote.speaker.name == "Aino Virtanen"
    assert quote.confidence < first.confidence


def test_scare_quotes_are_not_quotes():
    assert not [quote for quote in quotes(ARTICLE) if quote.text == "magic"]


def test_the_name_of_a_case_in_marks_is_no_quote():
    body = (
        "The tribunal ruled on Monday in the case “Ann Marsh vs. Harbour Ferries Limited”. The ruling is final.\n\n"
        "The court heard the appeal “Marsh versus Lakeland” in May. Ann Marsh said, “That is good.”"
    )
    assert [quote.text for quote in quotes(body)] == ["That is good."]


def test_quoted_words_in_reported_content_make_one_mixed_quote():
    body = "Mayor Jon Berg said the plan was “unrealistic and far too expensive” for the city."
    found = quotes(body)
    assert [quote.kind for quote in found] == ["mixed"]
    assert "unrealistic" in found[0].text and found[0].text.startswith("the plan")


def test_words_a_noun_names_right_before_them_are_no_quote_of_the_last_speaker():
    body = (
        "Ann Lee said the survey was flawed. Its form now carries the question, “Do you own a boat?”, on the "
        "first page. Critics dislike the term “boat survey” too.\n\n"
        "Omar Ruiz asked the question, “Who pays for it?”"
    )
    assert [quote.text for quote in quotes(body)] == ["the survey was flawed", "Who pays for it?"]


def test_names_in_quotation_marks_are_no_quotes_even_in_a_sentence_that_reports():
    body = (
        "The ferry company unveiled its new route on Monday, a spokeswoman said. The name was announced with a "
        "map: “Harbour Link” is to replace the old service's temporary designation “Route 9.”\n\n"
        "Ann Lee said the course was hard. She passed the exam known as “Grade Six.” Its final show is billed as "
        "“a night of music, memory and light.”\n\n"
        "“Harbour Link is a fine name,” Omar Ruiz said."
    )
    assert [quote.text for quote in quotes(body)] == [
        "The ferry company unveiled its new route on Monday", "the course was hard", "Harbour Link is a fine name,"
    ]


def test_a_cue_right_before_a_name_still_makes_it_a_quote():
    body = "Ann Lee, asked about the plan, described it as “a name for chaos.” She said the term “chaos” fits."
    assert [quote.text for quote in quotes(body)][0] == "a name for chaos."


def test_colon_introduces_a_quote_and_statements_speak_for_their_group():
    body = (
        "Leading European powers have said they want a seat at the table.\n"
        "The joint statement reads:\n"
        "“We stand ready to help and we remain committed to peace in the region.”\n"
    )
    quote = by_text(body, "We stand ready")
    assert quote.speaker is not None and quote.speaker.name == "Leading European powers"


def test_according_to():
    quote = by_text("According to Jon Berg, the bridge will open in May.", "bridge")
    assert quote.kind == "indirect" and quote.text == "the bridge will open in May"
    assert quote.speaker is not None and quote.speaker.name == "Jon Berg"


def speaker(body: str, fragment: str) -> str | None:
    found = by_text(body, fragment).speaker
    return found.name if found else None


def speaker_names(body: str) -> list[str | None]:
    """Each quote's speaker's name in text order (None for no speaker)."""
    return [quote.speaker and quote.speaker.name for quote in quotes(body)]


def speakers_by_text(body: str) -> dict[str, str | None]:
    """Each quote's exact text and its speaker's name (None for no speaker)."""
    return {quote.text: quote.speaker and quote.speaker.name for quote in quotes(body)}


def test_he_and_she_prefer_the_last_sentence_subject_of_their_gender():
    body = (
        "Margaret Olsen runs the harbour cafe, which sits next to the office of Peter Lund.\n"
        "“Business has never been this slow,” she said.\n"
        "Thomas Berg has fished here for forty years and sold his boat to Anna Kurz last spring.\n"
        "“The quotas are far too low for a family to live on,” he said.\n"
    )
    assert speaker(body, "Business has never") == "Margaret Olsen"
    assert speaker(body, "The quotas are") == "Thomas Berg"


def test_a_titled_surname_and_a_trailing_double_surname_speak_as_the_fullest_name():
    body = (
        "Brian Hollis leads the tenants' association, and Elena Ruiz Ortega chairs the housing board.\n"
        "“The rents are out of control,” Mr. Hollis said.\n"
        "“We are reviewing every contract,” said Ruiz Ortega.\n"
    )
    assert speaker(body, "The rents are") == "Brian Hollis"
    assert speaker(body, "We are reviewing") == "Elena Ruiz Ortega"


def test_an_unnamed_speaker_is_named_as_written_and_an_organisation_noun_finds_its_organisation():
    body = (
        "The Harbour Transit Commission met on Tuesday.\n"
        "A spokesperson said the fares would stay the same this year.\n"
        "“We will publish the full budget in May,” the commission said.\n"
    )
    assert speaker(body, "the fares would stay") == "A spokesperson"
    assert speaker(body, "We will publish") == "The Harbour Transit Commission"


def test_an_organisation_keeps_the_article_it_is_introduced_with_unless_it_modifies_a_noun():
    body = (
        "The Lakeside Tenants Union met on Monday, and the Harbour Policy Forum study came out.\n"
        "The union said rents had doubled since the spring.\n"
        "Harbour Policy Forum said landlords should register every unit.\n"
    )
    assert speaker(body, "rents had doubled") == "The Lakeside Tenants Union"
    assert speaker(body, "landlords should register") == "Harbour Policy Forum"


def test_an_uncued_quote_takes_the_speaker_of_the_cue_or_the_subject_just_before_it():
    body = (
        "Carla Mendes says the clinic is running out of beds.\n"
        "“We turn people away every single night, and that cannot go on.”\n"
        "Martin Hale, a nurse at the clinic for twelve years, has seen the waiting room fill up.\n"
        "“Some patients wait for hours before anyone can even look at them.”\n"
    )
    assert speaker(body, "We turn people away") == "Carla Mendes"
    assert speaker(body, "Some patients wait") == "Martin Hale"


def test_a_statement_comes_from_the_group_of_ministers_just_named():
    body = (
        "On Monday, trade ministers from five European countries and the Nordic Council met in Oslo.\n"
        "The joint statement reads: “We will cut tariffs on green technology by half before the end of the year.”\n"
    )
    assert speaker(body, "We will cut tariffs") == "European trade ministers"


def test_a_short_time_or_medium_adjunct_does_not_hide_the_reported_content():
    body = "Mayor Lina Okafor said Sunday the bridge would reopen.\nOkafor said in a written statement on Tuesday it was safe.\n"
    assert by_text(body, "the bridge would reopen").speaker.name == "Lina Okafor"
    assert by_text(body, "it was safe").kind == "indirect"


def test_the_host_named_after_the_addressee_is_not_reported_content():
    body = "Tomas Ruel told Evening Report host Dana Pike the deal was finished.\nRuel told Reuters outside the court.\n"
    texts = [quote.text for quote in quotes(body)]
    assert "the deal was finished" in texts
    assert not any("outside" in text or "Dana Pike" in text for text in texts)


def test_content_before_said_adding_is_reported_even_when_the_quote_holds_that():
    body = "The ministers will also discuss fishing quotas, Ruel said, adding: “We are late, and that must change.”\n"
    quote = by_text(body, "discuss fishing quotas")
    assert quote.kind == "indirect" and quote.speaker.name == "Ruel"


def test_the_subject_opening_the_clause_speaks_across_an_apposition_with_commas():
    body = "Ivo Brandt, who coached in Tartu, Estonia, for ten years, said he is ready to return.\n"
    quote = by_text(body, "he is ready to return")
    assert quote.kind == "indirect" and quote.speaker.name == "Ivo Brandt"


def test_a_name_in_apposition_to_a_role_is_the_speaker():
    body = "One rural mayor, Ivo Brandt, said the road was closed.\n"
    assert by_text(body, "the road was closed").speaker.name == "Ivo Brandt"


@pytest.mark.parametrize(
    "body",
    [
        "The town's fire chief, Omar al-Rashidi, announced on Monday there were two suspects in custody.\n",
        "The harbour master, Leila bin-Sallam, said there were two suspects in custody.\n",
    ],
)
def test_a_name_with_a_hyphenated_particle_in_apposition_to_a_role_is_the_speaker(body: str):
    speaker = by_text(body, "two suspects in custody").speaker
    assert speaker is not None and speaker.name == body.split(", ")[1]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("The survey's lead author, doctoral candidate Mara Quill, said, “We sampled every river twice.”\n", "Mara Quill"),
        ("Another co-author, civil and marine engineering professor Tobias Wrenfield, said the rivers were cleaner.\n", "Tobias Wrenfield"),
        ("One of the survey's authors, herpetologist Lena Brask, told the Ledger the frogs were thriving.\n", "Lena Brask"),
        # a spokesperson for a named body speaks for it
        ("A spokesperson for Northwind Ferries said the crew were safe.\n", "Northwind Ferries"),
        ("Lakeside University reopened. A senior spokeswoman for Lakeside University said classes would resume.\n", "Lakeside University"),
        # (the whole name of the body, where the subject stops at its first word)
        ("“We acted quickly,” said a spokesperson for the Department of Harbours and Coastal Affairs.\n", "the Department of Harbours and Coastal Affairs"),
        ("“We acted quickly,” said a spokeswoman for the Office of Fisheries and Inland Waters.\n", "the Office of Fisheries and Inland Waters"),
        # (a place's whole name, where the subject stops at its "and")
        ("“We are ready,” said Trinidad and Tobago’s prime minister.\n", "Trinidad and Tobago"),
        # a nickname inside a name is no part of it
        ('“I was lucky,” said Robert "Bobby" Marsh.\n', "Robert Marsh"),
        ("“I was lucky,” said Robert “Bobby” Marsh, who was hurt.\n", "Robert Marsh"),
        ("Robert “Bobby” Marsh said he was lucky.\n", "Robert Marsh"),
        # an age before a name is no part of it
        ("Fourteen-year-old Mirela, on the top deck of the bus, said the roof fell in.\n", "Mirela"),
        ("Fifteen-year-old Tobin Lark said “I thought we had hit the side of the tunnel.”\n", "Tobin Lark"),
    ],
)
def test_the_speaker_is_the_name_a_description_spokesperson_age_or_nickname_goes_with(body: str, name: str):
    speaker = quotes(body)[0].speaker
    assert speaker is not None and speaker.name == name


def test_a_lower_case_phrase_without_a_person_noun_before_a_name_in_apposition_keeps_the_subject():
    body = "The minister, a former Harbour Party member, said the port would close.\n"
    speaker = by_text(body, "the port would close").speaker
    assert speaker is None or speaker.name != "Harbour Party"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # a role at a place whose closing comma is left out
        ("Harold Finch, Dean of Westfield School of Law called it “a truly silly argument.”\n", "Harold Finch"),
        ("Harold Finch, director at Westfield Institute of Technology said the plan was silly.\n", "Harold Finch"),
        ("Harold Finch, the chief executive of the Westfield Harbour Trust told reporters it was silly.\n", "Harold Finch"),
        # a name in apposition to a role after an inverting verb
        ("“The harbour will reopen soon,” said the university's chancellor, Anna Pike.\n", "Anna Pike"),
        ("“The harbour will reopen soon,” said University of Westfield, Lakeside's chancellor, Anna Pike.\n", "Anna Pike"),
        ("“The harbour will reopen soon,” said the club's spokesperson, Anna Pike, on Monday.\n", "Anna Pike"),
        # a name with an ampersand, whole
        ("AT&T said it would cut prices.\n", "AT&T"),
        ("Marks & Spencer said it would cut prices.\n", "Marks & Spencer"),
        ("Lakeside Harbour & Docks stated it would cut prices.\n", "Lakeside Harbour & Docks"),
        # a place after "in" before an adjunct between commas only locates the speaker
        ("The Green Party in Lakeside, in a statement, said he was kind.\n", "The Green Party"),
        ("Anna Pike in Lakeside, in a statement, said he was kind.\n", "Anna Pike"),
    ],
)
def test_the_whole_name_the_subject_phrase_holds_speaks_not_a_place_a_role_or_a_part(body: str, name: str):
    (quote,) = quotes(body)
    assert quote.speaker is not None and quote.speaker.name == name


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # a body opening the sentence that introduces the quotation with a colon speaks
        (
            "The Ledger reported the pier was shut. The Harbour Trust defended the closure: “At the request of the "
            "council, the Trust has closed the pier to protect visitors.”\n",
            "The Harbour Trust",
        ),
        # a body that only describes the person after it does not
        (
            "The Ledger reported the pier was shut. Former Harbour Trust deputy director Anna Pike praised the crew: "
            "“They were the best officers to ever serve at the pier and they will be missed.”\n",
            "Anna Pike",
        ),
        # after a fronted adjunct ending at a comma
        (
            "The Ledger reported the pier was shut.\n\nIn a notice posted on its website on Friday, the Harbour Trust "
            "defended the closure: “The pier is no longer safe for visitors.”\n",
            "the Harbour Trust",
        ),
        # a pronoun for subject: the person it stands for, not the last speaker
        (
            "Mayor Tom Berg ordered a review. The Ledger reported the pier was shut.\n\nIn his letter to the board, he "
            "criticised the closure: “This is a betrayal of the fishermen.”\n",
            "Tom Berg",
        ),
    ],
)
def test_the_opener_of_a_sentence_introducing_a_quotation_with_a_colon_speaks(body: str, name: str):
    quote = [found for found in quotes(body) if found.kind == "direct"][0]
    assert quote.speaker is not None and quote.speaker.name == name


def test_a_pronoun_after_the_verb_starts_the_content_not_an_inverted_subject():
    body = "Ivo Brandt, a goalkeeper who played for clubs in three countries over two decades, said he is tired.\n"
    quote = by_text(body, "he is tired")
    assert quote.speaker.name == "Ivo Brandt"
    assert not any("goalkeeper" in found.text for found in quotes(body))


def test_a_parenthetical_cue_reports_the_clause_after_it_too():
    body = "Some guests left early, Ivo Brandt said, but most stayed until dawn.\n"
    first, second = by_text(body, "Some guests left early"), by_text(body, "most stayed until dawn")
    assert first.text == "Some guests left early" and second.text == "but most stayed until dawn"
    assert first.speaker.name == second.speaker.name == "Ivo Brandt"


def test_a_name_closing_the_sentence_speaks_the_clause_before_it():
    body = "Somehow, the crew will get it done, adds Mira Tal.\nThe vote was fair, said Ivo Brandt, a state senator.\n"
    assert by_text(body, "Somehow, the crew").speaker.name == "Mira Tal"
    assert by_text(body, "The vote was fair").speaker.name == "Ivo Brandt"
    assert not any("senator" in quote.text for quote in quotes(body))


def test_the_bare_verb_after_a_singular_subject_is_not_a_cue():
    body = "The rule upset Ivo Brandt, a Republican state senator from the north.\n"
    assert quotes(body) == []


def test_a_headline_linking_to_another_story_reports_no_speech():
    body = "The port reopened on Friday.\nREAD MORE: Mayor says harbour fees will double next year\nTrade resumed.\n"
    assert quotes(body) == []


def test_the_listener_after_told_is_never_the_speaker():
    body = "The coach's agent, Ivo Brandt, told The Daily Courier by email the striker was fit.\n"
    quote = by_text(body, "the striker was fit")
    assert quote.kind == "indirect" and quote.speaker.name == "Ivo Brandt"


def test_an_according_to_speaker_ends_at_its_noun_phrase():
    body = "The merger had stalled, according to an adviser close to the bank but not allowed to comment.\n"
    assert by_text(body, "The merger had stalled").speaker.name == "an adviser close to the bank"


def test_a_described_name_after_the_verb_speaks():
    body = "“The river rose overnight,” said farm worker Ines Coll. “We moved the cattle.”\n"
    assert by_text(body, "river rose").speaker.name == "Ines Coll"
    body = "“It went well,” says Delta Farms sales manager Ines Coll, who ran the trial.\n"
    assert by_text(body, "It went well").speaker.name == "Ines Coll"


def test_a_pronoun_skips_persons_named_in_its_own_content_and_in_credits():
    body = (
        "Ola Berg, a guard at the hotel, said the doors were locked.\n"
        "Tomas Lind, a waiter, said he ran upstairs.\n"
        "Lind and two cooks hid in the kitchen, he said.\n"
        "A guest is helped outside. (Petter Nyland / Getty Images)\n"
        "“We heard shots,” he said.\n"
    )
    assert by_text(body, "Lind and two cooks").speaker.name == "Ola Berg"
    assert by_text(body, "We heard shots").speaker.name == "Tomas Lind"


def test_a_pronoun_prefers_the_sentence_subject_over_a_titled_possessor():
    body = (
        "Judge Rosa Maran ruled on Friday.\n"
        "Still, he rejected Mr. Ekdal’s request for costs.\n"
        "Down the street, Paul Ostrom cheered. “It is a fair ruling,” he said.\n"
    )
    assert by_text(body, "fair ruling").speaker.name == "Paul Ostrom"


def test_it_prefers_the_organisation_that_spoke_over_one_named_in_a_quote_phrase():
    body = (
        "Northwind Bank said on Monday it had frozen the accounts.\n"
        "In a note to every branch on Tuesday, Northwind Bank told staff it is \"in close contact\" with Orion "
        "Payments to bring the system back. It then told tellers to keep paper records.\n"
    )
    assert by_text(body, "keep paper records").speaker.name == "Northwind Bank"


def test_a_noun_object_is_not_reported_speech_but_a_clause_is():
    body = (
        "The ministry has denied a bid from the rowing club for a new boathouse.\n"
        "The coach added three more drills to the session.\n"
        "The ministry denied it had received the request.\n"
        "The mayor urged residents to stay indoors.\n"
    )
    texts = [quote.text for quote in quotes(body)]
    assert not any("bid from the rowing club" in text or "three more drills" in text for text in texts)
    assert "it had received the request" in texts and any("residents to stay indoors" in text for text in texts)


def test_a_possessed_document_speaks_for_its_owner():
    body = (
        "Environment Minister Rosa Ilves cancelled the meetings on Friday.\n"
        "“Nobody should feel unsafe at a public meeting,” her statement read.\n"
    )
    assert by_text(body, "Nobody should feel unsafe").speaker.name == "Rosa Ilves"


@pytest.mark.parametrize("medium", ["by text message", "by text", "via email", "in a text message"])
def test_reported_content_follows_an_adjunct_of_medium(medium):
    body = f"The ferry operator, Tomas Ruud, said {medium} the sea had been calm when the storm struck.\n"
    quote = by_text(body, "the sea had been calm when the storm struck")
    assert quote.kind == "indirect" and quote.speaker.name == "Tomas Ruud"


def test_a_definite_role_noun_refers_back_to_the_person_who_spoke_or_to_the_phrase_that_introduced_it():
    body = (
        "Harold Vance toured the new arena on Monday.\n"
        "Vance said the city would build two more rinks.\n"
        "The mayor also said the library would open in May.\n"
        "Officials met a transit official at the station.\n"
        "The transit official said the trains would run late.\n"
        "The Governor's transit official said the buses would run too.\n"
    )
    assert speaker(body, "the library would open") == "Harold Vance"
    assert speaker(body, "the trains would run") == "a transit official"
    # an owner's role phrase names someone else than the one introduced before
    assert speaker(body, "the buses would run") == "The Governor's transit official"


def test_one_of_a_group_is_the_person_the_next_cue_names_and_a_spokesperson_speaks_for_the_organisation():
    body = (
        "One of the two leaders of Norway’s ruling Harbour Party told reporters on Monday that taxes must fall.\n"
        "“We need a quick decision,” Ingrid Solberg said.\n"
        "A spokesperson for the Lakeside Transit Authority said the fares would rise in June.\n"
    )
    assert speaker(body, "taxes must fall") == "Ingrid Solberg"
    assert speaker(body, "the fares would rise") == "the Lakeside Transit Authority"


def test_numbers_or_a_study_from_a_named_source_are_that_source():
    body = (
        "According to the latest numbers from Harbour Statistics, rents rose by a tenth.\n"
        "According to the letter seen by The Lakeside Ledger, the fund was closed.\n"
    )
    assert speaker(body, "rents rose") == "Harbour Statistics"
    assert speaker(body, "the fund was closed") != "The Lakeside Ledger"


def test_two_people_who_speak_together_are_named_both():
    body = (
        "Ada Brennan met Tomas Keller at the harbour on Monday.\n"
        "Both Brennan and Keller have said the talks went well.\n"
        "Norway and Harbour Bank said the loan was signed.\n"
    )
    assert speaker(body, "the talks went well") == "Ada Brennan and Tomas Keller"
    assert speaker(body, "the loan was signed") == "Harbour Bank"


def test_a_role_of_an_organisation_is_the_person_in_that_role_not_the_organisation():
    body = (
        "Harold Vance spoke to supporters in Moncton on Sunday.\n"
        "The former director of the Harbour Assembly said Monday he would run for the leadership.\n"
    )
    assert speaker(body, "he would run") == "Harold Vance"


def test_a_name_after_an_owner_speaks_as_the_name():
    body = "According to the county's Department of Harbour Works, 612 households still need support.\n"
    assert speaker(body, "612 households") == "Department of Harbour Works"


def test_an_owned_name_after_the_verb_is_the_speaker():
    body = "“Bridges always seem like a safe bet,” said the HPF’s Ingrid Solberg.\n"
    assert speaker(body, "Bridges always seem") == "Ingrid Solberg"


def test_a_group_keeps_the_article_it_mostly_takes_even_when_first_named_without_it():
    body = (
        "Ann Lee’s Harbour Alliance faces a hard spring in the valley.\n"
        "The Harbour Alliance said the levy would stay in place next year.\n"
        "Later, the Harbour Alliance said it would publish the costs of the plan in April.\n"
        "“We have nothing to hide from voters,” it said.\n"
    )
    assert speaker(body, "nothing to hide").lower() == "the harbour alliance"


def test_a_few_quoted_words_the_sentence_runs_through_are_a_term_unless_a_cue_introduces_them():
    body = (
        "Mayor Ann Lee opened the “Harbour Pass” website on Monday, the council said.\n"
        "Lee described it as a “long and very careful” piece of work.\n"
    )
    texts = [quote.text for quote in quotes(body) if quote.kind == "direct"]
    assert not any("Harbour Pass" in text for text in texts)
    assert by_text(body, "long and very careful").speaker.name == "Ann Lee"


def test_an_owner_and_a_name_after_a_subject_pronoun_are_no_antecedent_of_he():
    body = (
        "Justice Tomas Brandt ruled on the station's appeal on Friday.\n"
        "Still, he turned down Mr. Okafor’s bid for the list of members.\n"
        "“This dispute has turned sour,” he wrote in his ruling.\n"
    )
    assert speaker(body, "turned sour") == "Tomas Brandt"


def test_the_subject_of_a_subordinate_clause_is_no_antecedent_of_he():
    body = (
        "Paul Ferris said the club counted nearly 4,000 ballots. "
        "Although Mark Quill has repeatedly argued that the vote was rigged, its result should stand. "
        "Voters simply disliked the word, he said.\n"
    )
    assert speaker(body, "Voters simply disliked") == "Paul Ferris"


def test_a_person_named_earlier_in_the_paragraph_outranks_an_older_subject():
    body = (
        "Tom Hale opened the first shop on the street in 2010.\n\n"
        "We visited the street last week and met the barber Paul Rennick in his new shop. "
        "“Beards are back in fashion this winter,” he explains.\n"
    )
    assert speaker(body, "Beards are back") == "Paul Rennick"


def test_a_person_named_in_the_sentence_before_the_quote_outranks_an_older_speaker():
    body = (
        "Walter Brisk, a retired pilot, joined the choir in March and says singing keeps him calm. "
        "“I sleep better now,” he says. "
        "The choir's newest tenor is Lakeside baker Omar Feld, 61. "
        "“My wife signed me up,” he says.\n"
    )
    assert speaker(body, "I sleep better now") == "Walter Brisk"
    assert speaker(body, "My wife signed me up") == "Omar Feld"


def test_a_person_named_while_the_narrator_says_he_is_no_antecedent_of_he():
    body = (
        "Walter Brisk plans to reopen the old mill on the river.\n\n"
        "He said the mill, which his uncle ran with the engineer Omar Feld for years, once fed the town.\n\n"
        "“Every family here had someone at that mill,” he said.\n"
    )
    assert speaker(body, "Every family here") == "Walter Brisk"


def test_the_subject_of_a_fronted_clause_is_the_antecedent_of_he_in_its_sentence():
    body = (
        "Omar Feld, the club's lawyer, asked for damages on Friday.\n\n"
        "While Justice Walter Brisk agreed the club had suffered, he wrote that the claim came far too late.\n"
    )
    assert speaker(body, "the claim came far too late") == "Walter Brisk"


def test_a_described_person_refers_to_the_subject_after_a_long_fronted_clause():
    body = (
        "Omar Feld said the harbour deal was a good one.\n\n"
        "When the port finally opened its books to the auditors last spring, Senate leader Walter Brisk blamed "
        "the auditors for the delay.\n\n"
        "“Nobody read the fine print,” the Lakeland Republican said.\n"
    )
    assert speaker(body, "Nobody read the fine print") == "Walter Brisk"


def test_he_after_an_unnamed_speaker_stands_for_that_speaker():
    body = (
        "Mayor Paul Rennick opened the new pier on Monday.\n\n"
        "An official with the Harbour Board who was at the opening told reporters the pier was safe.\n\n"
        "He added that the old pier should have been closed years ago.\n"
    )
    assert speaker(body, "the old pier should have been closed") == "An official with the Harbour Board"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # "He added" and "he said" after an unnamed speaker: that speaker, not no one
            "Mayor Paul Rennick opened the new pier on Monday.\n\n"
            "A harbour police spokesman said two boats had been towed away. He added that nobody was hurt.\n\n"
            "“The channel is clear again,” he said.\n",
            ["A harbour police spokesman"] * 3,
        ),
        (  # a spokesperson for a body: the body, through the pronouns too
            "Mayor Paula Rennick opened the new pier on Monday.\n\n"
            "A spokeswoman for the Lakeside Ferry Company said the morning crossing was cancelled. "
            "She added that tickets would be refunded.\n\n“Safety comes first,” she said.\n",
            ["the Lakeside Ferry Company"] * 3,
        ),
        (  # a man named since the unnamed speaker's "He added": the man
            "A harbour police spokesman said two boats had been towed away. He added that nobody was hurt. "
            "Then the skipper, Tom Reyes, walked onto the pier.\n\n“The channel is clear again,” he said.\n",
            ["A harbour police spokesman"] * 2 + ["Tom Reyes"],
        ),
        (  # a named person stays the pronouns' antecedent
            "Ann Lee said the pier was closed. She added that repairs would take a month.\n\n“Safety comes first,” she said.\n",
            ["Ann Lee"] * 3,
        ),
    ],
)
def test_a_pronoun_after_the_same_pronoun_stands_for_its_speaker(body, expected):
    assert speaker_names(body) == expected


def test_the_city_is_the_organisation_whose_name_it_heads():
    body = (
        "Mayor Tom Berg said the debt of the City of Lakeside is large.\n\n"
        "The Lakeside City Council will vote on the budget on Monday.\n\n"
        "The old arena will close next year, according to the city.\n"
    )
    assert speaker(body, "The old arena will close") == "the City of Lakeside"


def test_they_after_unnamed_people_who_spoke_stands_for_them():
    body = (
        "The Harbour Union held a rally in Lakeside on Saturday.\n\n"
        "Demonstrators said the ferry fares were too high. "
        "They added that more rallies were planned for the spring.\n"
    )
    assert speaker(body, "more rallies were planned") == "Demonstrators"


def test_the_role_refers_back_to_an_unnamed_speaker_introduced_with_a_name_as_modifier():
    # not to the person who spoke last: to the spokesperson, who speaks for the board as at the first mention
    body = (
        "Lakeland prosecutor Omar Feld asked the Harbour Board to seize the ship.\n\n"
        "A Harbour Board spokesperson said the ship had left the port on Sunday. "
        "The spokesperson added that the request was still being studied.\n"
    )
    assert speaker(body, "the ship had left the port") == speaker(body, "the request was still being studied") == "the Harbour Board"


def test_an_organisation_named_by_a_list_of_subjects_is_one_speaker():
    body = (
        "River levels rose by a metre overnight, according to the Seismology, Hydrology and Weather Agency.\n\n"
        "The Seismology, Hydrology and Weather Agency said the dams would hold.\n"
    )
    assert speaker(body, "River levels rose") == "the Seismology, Hydrology and Weather Agency"
    assert speaker(body, "the dams would hold") == "the Seismology, Hydrology and Weather Agency"


def test_a_link_to_another_story_separates_no_pronoun_from_the_name_it_stands_for():
    body = (
        "“The attacks came from one server,” said Omar Feld, a researcher at Harbour Labs.\n\n"
        "The finding was backed on Friday by Walter Brisk, head of research at Northwind.\n\n"
        "WATCH: Police warn of email scams across the country\n\n"
        "Story continues below advertisement\n\n"
        "“The servers were in three countries,” he said.\n"
    )
    assert speaker(body, "The servers were in three countries") == "Walter Brisk"


def test_the_company_is_the_one_introduced_as_a_company_just_before():
    body = (
        "Harbour Media sold its radio stations to Lakeside Broadcasting Inc. last year.\n\n"
        "Few listeners under 30 tune in to the morning shows, according to the polling company Adwise. "
        "Most of them stream music instead, the company said on Monday.\n"
    )
    assert speaker(body, "Most of them stream music") == "Adwise"


def test_the_diocese_stands_for_the_diocese_named_before():
    body = (
        "Students from Lakeside Catholic School met the Roman Catholic Diocese of Lakeside on Monday.\n\n"
        "The diocese said the school would keep its name.\n"
    )
    assert speaker(body, "the school would keep its name") == "the Roman Catholic Diocese of Lakeside"


def test_a_participle_shares_the_subject_behind_a_lower_case_title():
    body = (
        "Liberal MP Omar Feld said the ferry bill would pass. "
        "Conservative critic Ann Marie Brisk disagreed, saying the bill was rushed.\n"
    )
    assert speaker(body, "the bill was rushed") == "Ann Marie Brisk"


@pytest.mark.parametrize("title", ["Const.", "Cst.", "Cpl.", "Supt."])
def test_a_police_rank_abbreviated_before_the_name_is_a_title(title: str):
    body = f"Police are searching the river. “It is too early to say,” said {title} Jane Kim, a spokeswoman for the Lakeside Police.\n"
    assert speaker(body, "too early to say") == "Jane Kim"


def test_she_added_goes_on_with_the_last_speaker_past_a_person_just_named():
    body = (
        "“We will appeal,” Ann Lee said after the ruling.\n\n"
        "The union first took the case to the mediator, Maria Okafor, in March.\n\n"
        "“This is not over,” she added.\n"
    )
    assert speaker(body, "This is not over") == "Ann Lee"


def test_the_agency_can_stand_for_an_organisation_named_by_one_camel_case_word():
    body = (
        "The Harbour Line ferry will be replaced by buses next year.\n\n"
        "Fares for the buses were set by HarbourLink in May. The agency said on Friday that no fare would rise.\n"
    )
    assert speaker(body, "no fare would rise") == "HarbourLink"


def test_it_stands_for_the_government_the_narrator_just_named_by_its_noun():
    body = (
        "Mayor Tom Berg wants the province to pay for the new bridge.\n\n"
        "The plea comes as the government deals with what it says is an unusually large budget gap.\n"
    )
    assert speaker(body, "an unusually large budget gap") == "the government"


def test_the_owner_of_a_quoted_title_is_its_source_without_the_adjectives():
    body = "Two words top a list this year. That is according to a Lakeside school's latest “Words We Should Drop.”\n"
    assert speaker(body, "Words We Should Drop") == "a Lakeside school"


def test_a_quotation_running_over_two_paragraphs_takes_the_cue_after_its_close():
    body = (
        "Premier Ann Lee spoke on Monday.\n\n"
        "“We have waited long enough for the federal government to act, and the people of this province are tired.\n\n"
        "“We will act alone if we must,” said Tom Berg, the province's energy minister.\n"
    )
    assert speaker(body, "We will act alone") == "Tom Berg"
    assert speaker(body, "We have waited long enough") == "Tom Berg"


@pytest.mark.parametrize("title", ["Health Minister", "health minister", "the Harbour Board chair"])
def test_a_spokesperson_for_a_titled_person_is_not_that_person(title: str):
    body = f"In an email, a spokesperson for {title} Ann Lee said the review was still going on.\n"
    assert speaker(body, "the review was still going on") == f"a spokesperson for {title} Ann Lee"


def test_a_person_described_in_lower_case_and_placed_after_the_name_speaks():
    body = "According to ecologist Ivo Marsh of Lakeside University, the cool spring helped the birds.\n"
    assert speaker(body, "the cool spring helped") == "Ivo Marsh"


def test_you_in_an_interview_question_names_no_speaker():
    body = "Ann Lee studies whales in the bay.\n\nInterviewer: You noted that the whales came back early. Why is that?\n"
    found = [quote for quote in quotes(body) if "whales came back" in quote.text]
    assert all(quote.speaker is None or quote.speaker.name != "You" for quote in found)
    body = "Ann Lee studies whales.\n\nInterviewer: Your paper mentioned that tagging them was hard. How did you do it?\n"
    found = [quote for quote in quotes(body) if "tagging them was hard" in quote.text]
    assert found and all(quote.speaker is None for quote in found)


def test_a_name_in_the_same_sentence_as_the_pronoun_is_someone_else():
    body = (
        "Margaret Vale has written twelve cookbooks.\n\n"
        "She trained with the pastry chef Ilse Brandauer, and the legendary Mira Oakes, she maintains that "
        "butter is the secret.\n"
    )
    assert speaker(body, "butter is the secret") == "Margaret Vale"


def test_a_single_name_with_a_description_in_apposition_is_a_person():
    body = (
        "Mayor Jon Berg visited the coast on Sunday.\n\n"
        "Yana, a resident of the valley, was cooking dinner when she saw the river rise.\n\n"
        "“It came so fast that we could not take anything with us,” she said.\n"
    )
    assert speaker(body, "It came so fast") == "Yana"


def test_a_relation_noun_gives_a_gender():
    body = (
        "Tom Hale opened the first shop on the street in 2010.\n\n"
        "We met the barber Mark Ruddle in his shop, named after his grandmother Edna. "
        "“Beards are back in fashion this winter,” he explains.\n"
    )
    assert speaker(body, "Beards are back") == "Mark Ruddle"


def test_a_quote_without_cue_after_a_sentence_opened_by_a_person_is_theirs():
    body = (
        "“I always wanted a longer version,” says director Paul Ferris. “It was worth the wait.” "
        "Margaret Vale did not need much persuading. “I was thankful for the invitation.”\n"
    )
    assert speaker(body, "It was worth the wait") == "Paul Ferris"
    assert speaker(body, "thankful for the invitation") == "Margaret Vale"


def test_the_report_was_written_by_whoever_the_article_said_wrote_the_last_document():
    body = (
        "The Harbour Institute held a meeting on Monday.\n\n"
        "Economist Ada Brennan wrote in a long report for the Harbour Institute that bridges were overbuilt.\n\n"
        "Spending on bridges rose only 2 per cent a year, the report said.\n\n"
        "According to the report, most projects ran late.\n\n"
        "A study by the Lakeside School of Policy looked at twelve projects.\n\n"
        "“Few of these projects are ever checked after they open,” the report said.\n\n"
        "According to the Lakeside Forum study, ferries are cheaper.\n"
    )
    assert speaker(body, "Spending on bridges") == "Ada Brennan"
    assert speaker(body, "most projects ran late") == "Ada Brennan"
    assert speaker(body, "Few of these projects") in ("Lakeside School of Policy", "the Lakeside School of Policy")
    assert speaker(body, "ferries are cheaper") == "Lakeside Forum"


# A weather service's advisories, warnings and alerts are its documents: the body named in them, before them or
# after "issued by" speaks, not the document's noun. A country's short form after its full name speaks under the
# full name; with no full name written it stays as the article writes it.
ISSUERS_AND_SHORT_FORMS = (
    "The Coastal Weather Bureau (CWB) tracked the storm on Monday. Winds reached 120 km/h on the island; the CWB "
    "advisory indicated gusts could reach 150 km/h.\n\n"
    "In an advisory issued yesterday evening, the Harbour Storm Centre confirmed that a warning for the islands "
    "was in place. The advisory also noted the risk of high surf along the coast.\n\n"
    "The orange warning issued by Norra Ödmark Weather applied to four counties. \"High waves and coastal "
    "flooding are expected along the western shore tonight and tomorrow,\" read the warning. The warnings called "
    "for people to stay away from the piers.\n\n"
    "The United Kingdom, which funds the ferry, has stated the new pier will cost 40 million pounds. The UK has "
    "further indicated no money will come before the vote. The U.S. said it would wait for the report.\n"
)


@pytest.mark.parametrize(
    ("fragment", "name"),
    [
        ("gusts could reach", "The Coastal Weather Bureau"),
        ("risk of high surf", "the Harbour Storm Centre"),
        ("High waves and coastal flooding", "Norra Ödmark Weather"),
        ("stay away from the piers", "Norra Ödmark Weather"),
        ("no money will come", "United Kingdom"),
        ("it would wait", "U.S."),
    ],
)
def test_a_document_speaks_for_its_issuer_and_a_country_under_its_full_name(fragment: str, name: str):
    assert speaker(ISSUERS_AND_SHORT_FORMS, fragment) == name


def test_a_name_in_apposition_with_a_relation_speaks_for_it_near_it_only():
    body = (
        "The company confirmed that the engineer killed was Tom Hale.\n\n"
        "Hale's father, Joseph, says the boy was raised on a farm and loved his job at the port.\n\n"
        "Hale had rented a flat there since 2019. His father said he meant to settle down.\n\n"
        "Burials took place on Thursday for several others.\n\n"
        "Outside the clinic, relatives of a young driver waited in silence.\n\n"
        "“Not my son,” the father repeated quietly.\n"
    )
    assert speaker(body, "the boy was raised on a farm") == "Joseph"
    assert speaker(body, "he meant to settle down") == "Joseph"
    assert speaker(body, "Not my son") == "the father"


def test_a_word_inside_a_distant_title_does_not_make_a_noun_that_person():
    body = (
        "District military commander Ari Wenas said roads were cut.\n\n"
        "Rescue teams reached the coast on Sunday.\n\n"
        "Aid arrived by boat on Monday.\n\n"
        "The military said it was flying nurses to the villages.\n"
    )
    assert speaker(body, "flying nurses") == "The military"


def test_a_name_that_he_refers_to_in_its_sentence_is_a_person():
    body = (
        "Hiro Tanaka, a manager at the bank, said he hid under a desk when the shooting began.\n\n"
        "Kofi Mensa had flown in from Lagos for a sales meeting when he found himself locked in an office with other guests.\n\n"
        "“We waited in the dark for hours before the police came,” he said.\n"
    )
    assert speaker(body, "We waited in the dark") == "Kofi Mensa"


@pytest.mark.parametrize(
    ("sentence", "fragment", "name"),
    [
        ("The Harbour Minister, Ann Lee, said on Monday that the port would reopen.", "the port", "Ann Lee"),
        (
            "Speaking to reporters, the head of the Lakeside Port Authority, Ravi Mehta, said, “We are ready for the ships.”",
            "We are ready",
            "Ravi Mehta",
        ),
        (
            "The rebel group, the Front for the Liberation of Kelso and the Coast, said it would disarm by June.",
            "it would disarm",
            "Front for the Liberation of Kelso and the Coast",
        ),
        ("“The tide is turning,” wrote harbour engineer Ines Dorn on Twitter.", "The tide", "Ines Dorn"),
        ("“We will stay until spring,” said a protester using the pseudonym Marek.", "We will stay", "Marek"),
    ],
)
def test_the_name_a_subject_phrase_gives_speaks(sentence: str, fragment: str, name: str):
    """A name in apposition to a title or a description, a described name followed by an adjunct, and the name
    an unnamed speaker goes by."""
    assert speaker(sentence, fragment) == name


def test_a_place_in_apposition_is_no_speaker():
    assert speaker("The mayor of Lakeside, New Brunswick, said the bridge would be rebuilt.", "the bridge") != "New Brunswick"


def test_a_person_named_before_their_organisation_or_place_speaks_for_it():
    body = (
        "Paramedics wait for hours at the hospital doors.\n\n"
        "Margaret Vale with the Lakeside Health Authority says the waits have several causes.\n\n"
        "Sen. Tomas Keller of Ohio, the chairman of the budget committee, said Sunday the standoff hurts everyone.\n"
    )
    assert speaker(body, "the waits have several causes") == "Margaret Vale"
    assert speaker(body, "the standoff hurts everyone") == "Tomas Keller"


def test_a_name_before_who_speaks_for_the_relative_clause():
    body = "The bill was drafted by Ines Valdo, who said on Tuesday, “It took three years of work.”\n"
    assert speaker(body, "It took three years") == "Ines Valdo"



@pytest.mark.parametrize(
    ("sentence", "fragment", "names"),
    [
        (
            "Lakeland's National Institute for Tidal Research has reported that floods doubled since 2010.",
            "floods doubled",
            ("National Institute for Tidal Research",),
        ),
        (
            "Most crews depend on loans, according to the county's Department of Coastal Affairs.",
            "Most crews",
            ("Department of Coastal Affairs",),
        ),
        ("The Oslo-backed Harbour Alliance said it would keep its ships at sea.", "keep its ships", ("Harbour Alliance", "the Harbour Alliance")),
    ],
)
def test_an_organisation_speaks_by_its_whole_name(sentence: str, fragment: str, names: tuple[str, ...]):
    assert speaker(sentence, fragment) in names


def test_according_to_a_country_adjective_names_the_noun_it_qualifies():
    assert speaker("According to Norwegian state radio, the ferry sank at dawn.", "the ferry sank") == "Norwegian state radio"
    assert speaker("The ferry sank, according to Norwegian officials on Friday.", "The ferry") == "Norwegian officials"


def test_a_country_adjective_alone_is_no_subject():
    found = quotes("It bought Norwegian state owned shipyard Harbour Works from Lakeland Steel in May.\n")
    assert not any(quote.speaker and quote.speaker.name == "Norwegian" for quote in found)


def test_a_quote_introduced_by_a_colon_is_the_sentence_subjects():
    body = (
        "“We need the new dam,” said Mayor Ruben Stahl.\n"
        "Councillor Ines Dorn rejected the plan: “It will flood the lower town within ten years.”\n"
    )
    assert speaker(body, "It will flood") == "Ines Dorn"


def test_a_second_verb_shares_the_subject_opening_the_sentence_and_an_owner_is_no_subject():
    body = "Mayor Ruben Stahl called Councillor Ines Dorn's proposed budget “reckless” and said he would veto it.\n"
    assert speaker(body, "he would veto it") == "Ruben Stahl"


def test_a_description_ending_in_a_name_speaks_as_the_named_person():
    body = "The regional director of Tidewater International Wen-li Ko said the ferries would run again.\n"
    assert speaker(body, "the ferries would run") == "Wen-li Ko"


def test_a_quoted_sentence_that_ends_does_not_take_the_cue_of_the_clause_after_it():
    body = (
        "“We are very pleased with the harvest,” says farm director Ana Silva. “We are ready for the next season.” "
        "While some critics say prices will fall, Silva says demand is strong.\n"
    )
    assert speaker(body, "We are ready") == "Ana Silva"


def test_a_singular_name_after_another_does_not_take_a_bare_verb():
    body = "Ann Lee, another Harbour Party state senator, called the vote “unfair to every student in the county.”\n"
    assert speaker(body, "unfair to every student") == "Ann Lee"


def test_a_bare_plural_speaker_keeps_its_modifiers():
    assert speaker("At the briefing, harbour officials said the port would reopen.", "the port") == "harbour officials"
    assert speaker("However, tenant advocates say rents keep rising.", "rents keep") == "tenant advocates"


@pytest.mark.parametrize(
    ("sentence", "fragment", "name"),
    [
        ("The chef was found dead on Wednesday, according to police on Thursday.", "The chef", "police"),
        ("The ferry sank at dawn, according to harbour master Olav Brekke on Friday.", "The ferry", "Olav Brekke"),
        ("According to the Ministry of Fisheries he left the port at noon.", "left the port", "the Ministry of Fisheries"),
        ("According to the harbour master yesterday, the ferry left at noon.", "the ferry left", "the harbour master"),
        ("The ferry left at noon, according to the harbour master late today.", "The ferry left", "the harbour master"),
    ],
)
def test_according_to_names_the_source_without_a_time_or_the_clause_after_it(sentence: str, fragment: str, name: str):
    assert speaker(sentence, fragment) == name



PARTICLE_AND_OCCUPATION = (
    "Lakeland President Omar al-Rashid met the envoy on Monday.\n\n"
    "“We will not give up,” al-Rashid said.\n\n"
    "Epidemiologist Ines Marquart said the outbreak had peaked.\n"
)


@pytest.mark.parametrize(("fragment", "name"), [("We will not give up", "Omar al-Rashid"), ("the outbreak", "Ines Marquart")])
def test_a_surname_behind_a_particle_and_an_occupation_before_a_name(fragment: str, name: str):
    assert speaker(PARTICLE_AND_OCCUPATION, fragment) == name


POSSESSIVE_CHAIN_SOURCE = (
    "Harbour chief Ann Lee said the docks would reopen.\n\n"
    "The ferry company ordered the sale of its oldest boats. According to the Lakeland Ports' Harbour and Shipping "
    "Authority's chief safety officer, it was a needless loss.\n"
)


def test_according_to_a_possessive_chain_names_the_official_it_owns_not_the_last_speaker():
    assert speaker(POSSESSIVE_CHAIN_SOURCE, "a needless loss") == (
        "the Lakeland Ports' Harbour and Shipping Authority's chief safety officer"
    )


def test_an_institution_noun_is_not_a_person_whose_title_it_modifies():
    body = (
        "According to police, the gunman was arrested at the scene. Police chief Ivo Brandt said the suspect had "
        "acted alone. The chief added that the road would reopen."
    )
    assert speaker(body, "the gunman was arrested") == "police"
    assert speaker(body, "the road would reopen") == "Ivo Brandt"


DOCUMENT_SOURCES = (
    "Governor Lena Marsh said on Monday that the port would stay open. The Harbour Safety Board (HSB) met on "
    "Tuesday. Lakeside News covered the meeting.\n\n"
    "According to a poll published by Lakeside News last week, most residents favour a new bridge. According to a "
    "March 14, 2019 Harbour Safety Board press release, the bridge will cost 40 million dollars. According to a "
    "statement released by Marsh's office, the works will start in spring.\n\n"
    "According to the HSB's weekly report dated May 2, the ferries ran late on most days. The HSB's website said: "
    "\"Ferries may be cancelled at short notice during the works.\" According to the HSB, the delays will end soon.\n\n"
    "According to Lakeside News editor Tom Reyes, the board knew of the delays.\n"
)


@pytest.mark.parametrize(
    ("fragment", "name"),
    [
        ("most residents favour", "Lakeside News"),  # the publisher of a poll, without the time after it
        ("the bridge will cost", "The Harbour Safety Board"),  # a dated press release by a named body
        ("the works will start", "Lena Marsh"),  # a person's office speaks for the person
        ("the ferries ran late", "The Harbour Safety Board"),  # the acronym's owner, the date left out
        ("Ferries may be cancelled", "The Harbour Safety Board"),  # the owner of a website
        ("the delays will end", "The Harbour Safety Board"),  # "the HSB": the acronym of a named body
        ("the board knew of", "Tom Reyes"),  # the person a description of several words ends in
    ],
)
def test_according_to_a_document_or_a_description_names_who_issued_it(fragment: str, name: str):
    assert speaker(DOCUMENT_SOURCES, fragment) == name


def test_a_source_in_full_ends_at_its_comma_but_a_clause_without_comma_is_no_source():
    body = "According to Ann Lee the plan failed, and then it was dropped. According to the Centre for Ports and Docks in Lakeland, trade fell."
    assert speaker(body, "trade fell") == "the Centre for Ports and Docks"
    assert by_text(body, "trade fell").text == "trade fell"
    assert speaker(body, "the plan failed") == "Ann Lee"


NEWSPAPER_AND_MINISTERS = (
    "Prime Minister Nikos Varga met the press on Monday, Northwind Mail reported. He said the project is open to "
    "every country in the region.\n\n"
    "Energy minister Paolo Brandt sent a letter of support, but the minister said they would build another line.\n\n"
    "The Harbour Relief Fund spoke first. According to the Northern Health Organization (NHO), most children "
    "were vaccinated. Lakeland security official Ivo Stan said that the pipe was too costly. Later, a Lakeland "
    "official said that the line was unnecessary.\n"
)


@pytest.mark.parametrize(
    ("fragment", "name"),
    [
        ("the project is open", "Nikos Varga"),  # a newspaper that reports is no person "he" can stand for
        ("they would build another", "Paolo Brandt"),  # of two ministers, the one named last
        ("most children were", "the Northern Health Organization"),  # a named organisation, not the last one
        ("the line was unnecessary", "a Lakeland official"),  # an indefinite role names someone new
    ],
)
def test_newspapers_recent_role_holders_named_organisations_and_new_officials(fragment: str, name: str):
    assert speaker(NEWSPAPER_AND_MINISTERS, fragment) == name


UNCUED_AFTER_COMMA = (
    "Farah Idris wrote on Monday, \"The fleet will be home by spring, and every sailor with it.\"\n\n"
    "Governor Omar Castell, also on the radio, defended his plan, \"We have done more for this harbour than anyone "
    "before us, and we will keep going.\"\n\n"
    "In a video message posted online, Lina Berg praised the crews and said she was proud of them.\n"
)


@pytest.mark.parametrize(
    ("fragment", "name"),
    [
        ("We have done more", "Omar Castell"),  # the person opening the sentence a quote ends after a comma
        ("she was proud", "Lina Berg"),  # a message after an opening preposition is no subject
    ],
)
def test_the_subject_of_the_sentence_speaks_not_an_earlier_speaker_nor_a_prepositional_object(fragment: str, name: str):
    assert speaker(UNCUED_AFTER_COMMA, fragment) == name


MEMBERS_AND_BODIES = (
    "Tomas dela Cruz of the navy's Southern Harbour Command said the raiders had fled. Ines Varga of the Lakeland "
    "assembly said \"Our coast is safe again, and we owe that to the sailors.\"\n\n"
    "According to the Harbour Health Board, the storm claimed 12 lives, and more were missing.\n"
)


@pytest.mark.parametrize(
    ("fragment", "name"),
    [
        ("the raiders had fled", "Tomas dela Cruz"),  # a person of an owned command, with a particle in the name
        ("Our coast is safe", "Ines Varga"),  # a person of an assembly, not the assembly
        ("the storm claimed 12 lives", "the Harbour Health Board"),  # a storm that claims lives says nothing
    ],
)
def test_a_member_of_an_owned_body_speaks_and_lives_claimed_are_no_speech(fragment: str, name: str):
    assert speaker(MEMBERS_AND_BODIES, fragment) == name


def test_a_definite_description_by_age_or_party_refers_back_to_the_person():
    body = (
        "Tina Roos runs the yard. Omar Castell came to Lakeside from the coast in 2015 and now builds ferries.\n\n"
        "The 32-year-old welder says every day on the site teaches him a new word.\n\n"
        "Senator Ruth Anders spoke next. The Lakeland Republican said the budget was too large.\n"
    )
    assert speaker(body, "every day on the site") == "Omar Castell"
    assert speaker(body, "the budget was too large") == "Ruth Anders"


def test_a_name_after_a_fronted_adjunct_and_its_comma_opens_the_sentence():
    body = (
        "Officials reported that most of the ferries had been repaired.\n\n"
        "Since then, a senator, Rosa Kimura, has voiced support for the plan, telling the Harbour Ledger: \"I am a "
        "big fan of the ferries, so let us get them running again.\"\n"
    )
    assert speaker(body, "big fan of the ferries") == "Rosa Kimura"


def test_a_name_ending_in_a_document_word_is_a_name_and_a_day_that_owns_a_noun_is_content():
    body = (
        "The Harbour Council met on Monday.\n\n"
        "According to Lakeside Bulletin, the storm was the strongest in years. The Northwind Post said the docks "
        "were closed. On Saturday, officials said Wednesday's storm had flooded the pier.\n"
    )
    assert speaker(body, "the strongest in years") == "Lakeside Bulletin"
    assert speaker(body, "the docks were closed") == "The Northwind Post"
    assert by_text(body, "storm had flooded").text == "Wednesday's storm had flooded the pier"


def test_a_source_closing_its_sentence_goes_on_to_the_end_of_the_sentence():
    body = (
        "The Harbour Emergency Centre (HEC) opened on Monday.\n\n"
        "The singer died at home, according to a statement posted to his official fan club account. The rate had "
        "reached 95% according to HEC data.\n"
    )
    quote = by_text(body, "The singer died at home")
    assert quote.text == "The singer died at home"
    assert quote.speaker is not None and quote.speaker.mention.text == "a statement posted to his official fan club account"
    assert speaker(body, "The rate had reached") == "The Harbour Emergency Centre"


PRONOUN_SOURCES_AND_SPOKESMEN = (
    "Harbour militia spokesperson Idris Kamal said the group had carried out the raid. According to him, it was "
    "the largest raid in years.\n\n"
    "Singer Rita Moreau spoke on Monday. Later, a spokesman for Moreau claimed she would leave the tour. "
    "The NSLA's takedown notice alleged the app broke the law.\n"
)


@pytest.mark.parametrize(
    ("fragment", "name"),
    [
        ("the largest raid in years", "Idris Kamal"),  # "according to him" is a pronoun
        ("she would leave the tour", "a spokesman for Moreau"),  # the person after "for" does not speak
        ("the app broke the law", "The NSLA"),  # the owner of a notice (introduced with "the")
    ],
)
def test_object_pronouns_spokesmen_for_someone_and_notices(fragment: str, name: str):
    assert speaker(PRONOUN_SOURCES_AND_SPOKESMEN, fragment) == name


APPOSITIONS_AND_PLACES = (
    "The Lakeland Press Agency reported the strike at dawn. The agency did not give a toll, but said the port was "
    "closed.\n\n"
    "The survey was led by Mark Oduya, a marine ecologist and professor at the Harbour Institute, who said "
    "\"There is a lot of argument now about whether local rules can help.\"\n\n"
    "According to police in Baytown, Lakeland, the driver had crashed before.\n"
)


@pytest.mark.parametrize(
    ("fragment", "name"),
    [
        ("the port was closed", "The Lakeland Press Agency"),  # a press agency's name keeps "Press"
        ("There is a lot of argument", "Mark Oduya"),  # "who said" after an apposition: the person named
        ("the driver had crashed", "police"),  # a place and its region after the source are no source
    ],
)
def test_press_agencies_relative_clauses_after_appositions_and_places_after_sources(fragment: str, name: str):
    assert speaker(APPOSITIONS_AND_PLACES, fragment) == name


def test_a_document_is_not_from_an_organisation_named_far_before_it():
    body = (
        "Scans by the Harbour Imaging Institute showed the frogs' skulls.\n\n"
        + "The frogs live in ponds and rivers across the region, and they eat insects. " * 14
        + "\n\nAccording to the study, skulls with spikes evolved many times.\n"
    )
    assert speaker(body, "skulls with spikes") == "study"


ABSOLUTES_MEDIA_AND_LONG_SOURCES = (
    "Governor Ivo Marsh spoke first. The search was halted on Tuesday, with Minister Lena Okafor describing the "
    "\"real threat of another collapse\" as too great.\n\n"
    "Pilot Remy Caron told French news channel Harbour TV that the crossing had been hard.\n\n"
    "According to the Lakeland Centre for Ports Science and Engineering late today, 291 ships have docked.\n"
)


@pytest.mark.parametrize(
    ("fragment", "name"),
    [
        ("real threat of another collapse", "Lena Okafor"),  # "with X describing": X speaks
        ("the crossing had been hard", "Remy Caron"),  # the channel told is no part of the content
        ("291 ships have docked", "the Lakeland Centre for Ports Science and Engineering"),  # name words, no time
    ],
)
def test_absolute_clauses_described_media_and_long_source_names(fragment: str, name: str):
    assert speaker(ABSOLUTES_MEDIA_AND_LONG_SOURCES, fragment) == name
    assert fragment in by_text(ABSOLUTES_MEDIA_AND_LONG_SOURCES, fragment).text[:40]


def test_a_partitive_subject_speaks_as_written_not_the_last_speaker():
    body = (
        "The mother said \"I look forward to the day I can see them and tell them I am sorry.\"\n\n"
        "One of the children said, \"Sometimes I still have nightmares of the things that happened to us.\"\n\n"
        "The board met on Monday, and some of its members said the plan was far too costly.\n"
    )
    assert speaker(body, "Sometimes I still have") == "One of the children"
    assert speaker(body, "the plan was far too costly") == "some of its members"


def test_a_warning_that_reads_speaks_instead_of_the_last_speaker():
    body = (
        "\"The situation will get worse in the next few hours,\" said Governor Ivo Marsh.\n\n"
        "\"Storm Kestrel will produce heavy swell, high waves and strong winds\", read the warning.\n"
    )
    # a document with no issuer named speaks under its noun, as "the study says" does ("study")
    assert speaker(body, "Storm Kestrel will") == "warning"


OWNERS_AND_SCHOOLS = (
    "The Harbour League did not name the player. They said he had not been at the arena of the Lakeside Council.\n\n"
    "According to its press release, the games were suspended.\n\n"
    "Professor Ivo Marsh of Lakeside University School of Law writes that the rule is unclear.\n"
)


@pytest.mark.parametrize(
    ("fragment", "name"),
    [
        ("the games were suspended", "The Harbour League"),  # "its press release": the organisation that spoke
        ("the rule is unclear", "Ivo Marsh"),  # a person of a school whose name has "of" in it
    ],
)
def test_its_document_and_a_person_of_a_long_school_name(fragment: str, name: str):
    assert speaker(OWNERS_AND_SCHOOLS, fragment) == name


def test_a_role_whose_modifier_rules_out_the_named_holder_is_someone_new():
    body = (
        "Civil Aviation Minister Ravi Menon said 18 people died. Menon also stated that both recorders were found.\n\n"
        "Among the dead are both pilots. The local health minister said, \"The injured have been rushed to the "
        "hospitals nearby.\" The aviation minister said the airport would reopen on Monday.\n"
    )
    assert speaker(body, "The injured have been") == "The local health minister"
    assert speaker(body, "the airport would reopen") == "Ravi Menon"


MEMBERS_DIRECTORS_AND_PASSIVES = (
    "Rosa Kimura from the pro-harbour camp said at a press conference: \"The conduct of my colleagues was "
    "shameful.\"\n\n"
    "Current Director of Port Security Anna Marsh said the report was not fake.\n\n"
    "The mayor was said to be suffering \"minor symptoms\", and was admitted to hospital.\n"
)


def test_a_named_member_of_a_camp_and_a_director_named_after_a_long_title_speak():
    assert speaker(MEMBERS_DIRECTORS_AND_PASSIVES, "The conduct of my colleagues") == "Rosa Kimura"
    assert speaker(MEMBERS_DIRECTORS_AND_PASSIVES, "the report was not fake") == "Anna Marsh"
    assert all(quote.speaker is None or quote.speaker.name != "was" for quote in quotes(MEMBERS_DIRECTORS_AND_PASSIVES))


ISSUED_DOCUMENTS = (
    "On Friday, the Harbour Council approved a budget.\n\n"
    "The Lakeside Union filed a motion claiming the levy is unlawful. The government of Kestria issued a "
    "statement agreeing the issue should be decided by the council. On Monday, an environmental group filed a "
    "petition claiming the port harms the bay.\n"
)


@pytest.mark.parametrize(
    ("fragment", "name"),
    [
        ("the levy is unlawful", "The Lakeside Union"),  # whoever filed the motion speaks through it
        ("the issue should be decided", "The government of Kestria"),
        ("the port harms the bay", "an environmental group"),  # an indefinite group is not the last organisation
    ],
)
def test_a_document_put_out_speaks_for_who_put_it_out(fragment: str, name: str):
    assert speaker(ISSUED_DOCUMENTS, fragment) == name


TITLES_AFTER_VERBS_AND_DATED_REPORTS = (
    "Rafi Khan attacked people on the bridge.\n\n"
    "\"I am in awe of the people who ran towards danger\" tweeted Mayor of Lakeside Sara Khan (no relation).\n\n"
    "\"Heartbroken and numb,\" writes Lee's longtime tag team partner Erick Rowan  on Instagram.\n\n"
    "According to a report on Wednesday by Harbourwatch, a security firm, two databases were left open.\n"
)


@pytest.mark.parametrize(
    ("fragment", "name"),
    [
        ("I am in awe", "Sara Khan"),  # a title with its place, then the name, after the verb
        ("Heartbroken and numb", "Erick Rowan"),  # a described name before two spaces and "on"
        ("two databases were left open", "Harbourwatch"),  # the day between the report and its author
    ],
)
def test_titles_after_verbs_and_dated_reports_name_their_speaker(fragment: str, name: str):
    assert speaker(TITLES_AFTER_VERBS_AND_DATED_REPORTS, fragment) == name
    assert by_text(TITLES_AFTER_VERBS_AND_DATED_REPORTS, fragment).text.startswith(fragment)


def test_the_place_a_role_is_of_is_not_the_role_s_head():
    body = (
        "Remy Okonkwo, the president of Kestria, died on Monday. The government of Kestria on Tuesday announced "
        "his death was caused by a heart attack.\n"
    )
    assert speaker(body, "his death was caused") == "The government of Kestria"


def test_a_spokesperson_for_a_person_is_not_the_person():
    speaker = quotes("A spokesperson for Ann Lee said she was resting.\n")[0].speaker
    assert speaker is None or speaker.name != "Ann Lee"


def test_a_role_apposition_in_the_sentence_before_gives_no_speaker_to_the_next_sentence():
    body = (
        "The ferry was offered to Ivo Brandt, the president of the Harbour Board. Dominic Hale said the ferry "
        "represented a new start.\n"
    )
    speaker = by_text(body, "represented a new start").speaker
    assert speaker is not None and speaker.name == "Dominic Hale"


@pytest.mark.parametrize(
    "body",
    [
        "“We sampled every river twice,” said lead author Tobias Wrenfield of the University of Lakeside.\n",
        "“We sampled every river twice,” said lead author Professor Tobias Wrenfield of Lakeside University's medical school.\n",
        "“We sampled every river twice,” said marine ecologist Tobias Wrenfield with the Harbour Institute.\n",
    ],
)
def test_a_described_name_after_an_inverting_verb_speaks_before_where_they_work(body: str):
    speaker = quotes(body)[0].speaker
    assert speaker is not None and speaker.name == "Tobias Wrenfield"


def test_a_known_first_name_gives_the_gender_over_a_pronoun_for_someone_else_in_its_sentence():
    body = (
        "Harbour Stars said its captain Lina Moor had died.\n"
        "Football sportswriter Dave Mettler posted a tribute after hearing of her death. He said “This death can be "
        "blamed on the cruelty of social media.”\n"
    )
    speaker = by_text(body, "This death can be blamed").speaker
    assert speaker is not None and speaker.name == "Dave Mettler"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("The ferry plan was described by Ann Brask as a “historic mistake”, saying she would vote against it.\n", "Ann Brask"),
        ("The ferry plan was later described by the Harbour Trust as “a disaster”.\n", "the Harbour Trust"),
    ],
)
def test_the_agent_of_a_passive_naming_verb_speaks(body: str, name: str):
    speakers = [quote.speaker.name if quote.speaker else None for quote in quotes(body)]
    assert speakers and all(speaker == name for speaker in speakers)


def test_a_name_inside_a_fronted_clause_with_a_pronoun_subject_is_no_antecedent():
    body = (
        "Ivo Marsh writes that the rule is clear. For Marsh, it makes little difference. While he believes Tomas "
        "Harwick does not qualify, he says the courts have left the clause unenforceable.\n"
    )
    assert speaker(body, "the courts have left") == "Ivo Marsh"


def test_a_plural_noun_after_the_object_of_a_preposition_is_no_cue():
    body = (
        "Harbour Party chairman Tomas Greer reflects this view in Lakeside Daily News comments:\n"
        "“It is the party position that visitors are not under the law.”\n"
    )
    assert speaker(body, "It is the party position") == "Tomas Greer"


def test_a_person_of_a_body_described_in_several_lower_case_words_speaks():
    body = "Pieter Iselin of worldwide victims’ support group Ending Harbour Abuse said “The rules must change.”\n"
    assert speaker(body, "The rules must change") == "Pieter Iselin"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Associates of Ivan Petrov alleged he drank tea laced with poison.\n", "Associates of Ivan Petrov"),
        ("Supporters of Ivan Petrov said the vote was rigged.\n", "Supporters of Ivan Petrov"),
        ("An official from the Harbour Ministry said the port was closed.\n", "An official from the Harbour Ministry"),
        ("A source within the Harbour Ministry reportedly said the figures were hidden.\n", "A source within the Harbour Ministry"),
        ("The ferry sank. An official from the Harbour Ministry said the port was closed.\n", "An official from the Harbour Ministry"),
    ],
)
def test_people_tied_to_a_name_are_not_that_name(body: str, name: str):
    assert quotes(body)[0].speaker.name == name


def test_a_person_of_a_body_after_a_short_fronted_adjunct_speaks():
    body = "The decree set no deadline. To this, Pieter Iselin of victims’ group Ending Harbour Abuse said, “It must change.”\n"
    assert speaker(body, "It must change") == "Pieter Iselin"


@pytest.mark.parametrize(
    "body",
    [
        "Reports said the mayor of Lakeland would resign on Friday.\n",
        "According to local media reports, the mayor of Lakeland would resign on Friday.\n",
        "Several news reports indicated the mayor of Lakeland would resign on Friday.\n",
        "According to varying reports, the mayor of Lakeland would resign on Friday.\n",
        "The mayor of Lakeland would resign on Friday, according to preliminary reports.\n",
        "Local media reported the mayor of Lakeland would resign on Friday.\n",
        "According to local news sources, the mayor of Lakeland would resign on Friday.\n",
        "On Monday, multiple news outlets reported the mayor of Lakeland would resign on Friday.\n",
        # research nobody is named for: found (a head noun that speaks), said by no one
        "Formal studies indicated the mayor of Lakeland would resign on Friday.\n",
        "Preliminary investigations suggest the mayor of Lakeland would resign on Friday.\n",
    ],
)
def test_generic_reports_are_no_speaker(body: str):
    assert speaker(body, "would resign") is None


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        ("The Ledger quoted Ann Lee, a retired fisherman, as saying “We were never asked about the pier.”\n", "never asked"),
        ("The Courier also cited Ann Lee as saying the council would appeal the ruling.\n", "would appeal"),
    ],
)
def test_the_one_quoted_or_cited_as_saying_speaks_not_the_paper(body: str, fragment: str):
    assert speaker(body, fragment) == "Ann Lee"


def test_a_study_with_no_author_named_speaks_as_the_study_not_as_the_body_named_last():
    body = (
        "Researchers at Lakeland University published the work on Monday. The Harbour Council had funded an "
        "earlier survey. The study says the tide is rising faster than expected.\n"
    )
    assert speaker(body, "tide is rising") == "study"


@pytest.mark.parametrize(
    "body",
    [
        "On Monday, ferry crossings fell below 2,000 a week, Lakeland University data indicated.\n",
        "Lakeland University data indicated ferry crossings fell below 2,000 a week.\n",
    ],
)
def test_data_a_body_is_named_for_speaks_for_that_body(body: str):
    assert speaker(body, "crossings fell") == "Lakeland University"


def test_a_study_released_by_a_named_body_is_that_body_s():
    body = (
        "Ann Lee chairs the Harbour Council. Youth jobs are scarce, according to a study which was published "
        "on Friday by the Lakeland Institute. The council agreed.\n"
    )
    assert speaker(body, "jobs are scarce") in ("Lakeland Institute", "the Lakeland Institute")


def test_the_author_of_an_earlier_document_ends_with_its_sentence():
    body = (
        "Ann Lee spoke on Monday about a report by the Lakeland Institute. Members of the Harbour Council listened.\n\n"
        "“Tides are rising faster than expected,” the report said.\n"
    )
    assert speaker(body, "Tides are rising") in ("Lakeland Institute", "the Lakeland Institute")


@pytest.mark.parametrize(
    ("body", "fragment", "author"),
    [
        (
            "Ann Lee said on Monday that a new study of sleep she led at the Lakeland Institute puts traffic noise "
            "first. The study reports “each extra decibel costs a minute of sleep”. The figures on age matter less, "
            "the study says, than those on noise.\n",
            "than those on noise",
            "Ann Lee",
        ),
        (
            "Northwind Motors said in a financial filing that an inquiry into its engines had started. The Harbour "
            "Agency got the data on the engines in May. The filing says the inquiry began in March.\n",
            "inquiry began",
            "Northwind Motors",
        ),
    ],
)
def test_the_document_speaks_as_the_author_of_the_last_one_named_by_its_noun_past_another_document(
    body: str, fragment: str, author: str
):
    # another document between ("the figures", "the data") names no author: the same noun further back does
    assert speaker(body, fragment) == author


@pytest.mark.parametrize(
    "body",
    [
        "In a new study released by the Harbour Institute on Monday, scientists report that tides rise faster. The "
        "survey will appear in a journal.\n\nAccording to the study, the tides rose by a metre in ten years.\n",
        "A study by the Harbour Institute on January 5 found that tides rise faster. The study says the tides rose by "
        "a metre in ten years.\n",
    ],
)
def test_a_date_after_a_document_s_author_is_no_part_of_the_author_s_name(body: str):
    assert speaker(body, "rose by a metre") in ("Harbour Institute", "the Harbour Institute")


@pytest.mark.parametrize(("owner", "name"), [("The family's statement", "the family"), ("The club's letter", "the club")])
def test_a_document_of_an_owner_named_by_a_common_noun_is_that_owner_s(owner: str, name: str):
    body = (
        "Ann Lee, a fisherman, died on Friday. The Harbour Trust said the pier would close for a day.\n\n"
        f"{owner} read: “He loved the sea and everyone who worked on it.”\n"
    )
    assert speaker(body, "loved the sea") == name


@pytest.mark.parametrize(
    "line",
    ["READ MORE: a story", "WATCH BELOW: a video", "WATCH: it", "RELATED: more", "LISTEN: now", "SEE ALSO: this",
     "ALSO READ: that", "Story continues below advertisement"],
)
def test_inserted_lines_pass_the_initial_test(line: str) -> None:
    body = f"Ann Lee spoke.\n\n{line}\n\nShe left."
    start = body.index(line)
    assert _inserted(body, (start, start + len(line)))
    assert not _inserted(body, (0, 14))


def test_the_subject_of_a_narrator_sentence_that_runs_into_a_quotation_without_a_cue_speaks():
    body = (
        "Prime Minister Eva Holm visited the port on Monday. Bo Lind, the port's engineer, said the crane was safe.\n\n"
        "The mayor of Lakeside, Ann Lee, thanked “the crews and the volunteers for their swift and brave work”.\n\n"
        "Omar Ruiz held a rally in Northport, where he spoke about his plans, shouting “We will build the bridge!”\n\n"
        "After Finance Minister Ivo Marsh failed to buy enough boats for the harbour this winter, the Prime Minister "
        "apologised for “having such a weak man as my minister.”\n\n"
        "Ivo Marsh was criticised for “leaving the harbour without boats for the whole winter”.\n"
    )
    speakers = speakers_by_text(body)
    assert speakers["the crews and the volunteers for their swift and brave work"] == "Ann Lee"
    assert speakers["We will build the bridge!"] == "Omar Ruiz"
    assert speakers["having such a weak man as my minister."] == "Eva Holm"
    assert speakers["leaving the harbour without boats for the whole winter"] != "Ivo Marsh"


def test_a_lone_organisation_word_stands_for_the_one_longer_name_it_heads():
    body = (
        "The Lakeside Department of Harbours and Ferries (LDHF) did not name the victim.\n\n"
        "The Department issued a statement: “An officer found the man with serious injuries near the pier.” "
        "They also said they had identified the attacker."
    )
    names = speaker_names(body)
    assert names == ["The Lakeside Department of Harbours and Ferries"] * 2


def test_the_paper_or_the_website_is_the_outlet_the_narrator_cited_last():
    body = (
        "The Harbour Herald reported the ferry had left the port without its captain. Police said nobody was hurt. "
        "The industry publication stated the ferry had no licence.\n\n"
        "Lakeside.com reported its source said three crew members had fled. The website further reported the owner "
        "had been arrested."
    )
    speakers = speakers_by_text(body)
    assert speakers["the ferry had no licence"] == "The Harbour Herald"
    assert speakers["the owner had been arrested"] == "Lakeside.com"


def test_a_document_speaks_for_whoever_issued_it():
    body = (
        "Yesterday, former senator Ann Lee died, according to a statement released by her family.\n\n"
        "According to reports from the ministry of the interior on Friday, about 9,000 people attended the rally.\n\n"
        "North Norway Fire and Rescue Service were called to the harbour at 09:00. Crews came from four towns, "
        "according to a fire service statement."
    )
    speakers = speakers_by_text(body)
    assert speakers["Yesterday, former senator Ann Lee died"] == "her family"
    assert speakers["about 9,000 people attended the rally"] == "the ministry of the interior"
    assert speakers["Crews came from four towns"] == "North Norway Fire and Rescue Service"


def test_a_platform_or_a_subordinator_before_a_name_is_no_part_of_the_speaker():
    body = (
        "Singer Ann Lee held a rally on Monday. The next day on Twitter Lee accused her rival of lying about the "
        "ferry.\n\nOmar Ruiz spoke too. Whereas Ruiz favoured the old pier, arguing it is cheaper, the council did not."
    )
    speakers = speakers_by_text(body)
    assert speakers["her rival of lying about the ferry"] == "Ann Lee"
    assert "Whereas Ruiz" not in speakers.values() and "Twitter Lee" not in speakers.values()


def test_a_document_with_a_year_or_platform_before_its_noun_speaks_for_its_issuer():
    body = (
        "Singer Ann Lee played at the harbour on Friday. The crowd sang along, according to a Facebook post by Ann Lee.\n\n"
        "The same ferry ran aground in 1990, according to a 1991 report from the Lakeside Safety Board."
    )
    speakers = speakers_by_text(body)
    assert speakers["The crowd sang along"] == "Ann Lee"
    assert speakers["The same ferry ran aground in 1990"] == "the Lakeside Safety Board"


def test_an_academy_is_an_organisation_the_article_named_before():
    body = "The Northwind Academy of Arts gave its prize to Ann Lee on Monday. Over 400 painters entered, according to the academy."
    speakers = speakers_by_text(body)
    assert speakers["Over 400 painters entered"] == "The Northwind Academy of Arts"


def test_a_spokesperson_speaks_for_the_body_that_modifies_the_noun():
    body = (
        "Store chains Northwind and Coastway lowered their limits. Sales went up last week, according to a Northwind "
        "spokesperson. Prices will fall again, a Chinese spokesman said."
    )
    speakers = speakers_by_text(body)
    assert speakers["Sales went up last week"] == "Northwind"
    assert speakers["Prices will fall again"] == "a Chinese spokesman"


def test_a_sentence_adverb_and_a_second_fronted_adjunct_are_no_speaker():
    body = "Shortly thereafter, at 6:30 pm, the city issued a statement announcing the leak had been fixed by the crews."
    speakers = speakers_by_text(body)
    assert speakers["the leak had been fixed by the crews"] == "the city"


def test_the_outlet_after_per_is_no_speaker():
    body = (
        'Ann Lee, director of the Harbour Trust, said the pier was safe. "If there was plenty of stock, you would '
        'probably minimise the panic" said Ann Lee per the Daily Ledger.'
    )
    speakers = speakers_by_text(body)
    assert speakers["If there was plenty of stock, you would probably minimise the panic"] == "Ann Lee"


def test_a_subject_before_an_auxiliary_and_a_framing_adjunct_between_commas_speaks():
    body = "The Harbour Ministry has, in a statement, urged drivers to stay off the roads."
    speakers = speakers_by_text(body)
    assert speakers["drivers to stay off the roads"] == "The Harbour Ministry"


def test_an_organisation_of_two_coordinated_places_is_one_name():
    body = (
        "The Appeals Court of Norway and Sweden ruled on Monday, finding that the ferry contract was void: "
        '"In our view, the contract was never signed by both parties."'
    )
    speakers = speakers_by_text(body)
    assert speakers["In our view, the contract was never signed by both parties."] == "The Appeals Court of Norway and Sweden"


def test_a_document_opening_the_sentence_before_a_colon_speaks_the_quote_after_it():
    body = (
        "The Harbour Trust published a report on Monday. Ann Lee spoke first. The report outlined the close link "
        'between the seals and the fish: "Seals were only seen when the fish were gone from the bay."'
    )
    speakers = speakers_by_text(body)
    assert speakers["Seals were only seen when the fish were gone from the bay."] == "The Harbour Trust"


def test_a_role_owned_by_a_plural_place_name_and_the_name_in_apposition_to_it():
    body = (
        "Omar Ruiz flew in on Monday. According to Lakeside Falls' first selectman, Ann Lee, there were ten "
        "passengers aboard the aircraft."
    )
    (quote,) = quotes(body)
    assert quote.text == "there were ten passengers aboard the aircraft"
    assert quote.speaker.name == "Ann Lee"


def test_a_list_of_names_speaks_as_the_first_named():
    body = (
        "Ann Lee, Omar Ruiz, and Bo Chen have said the pier is safe.\n\n"
        "Norway, Sweden and Finland have announced that the ferry route will reopen."
    )
    speakers = speakers_by_text(body)
    assert speakers["the pier is safe"] == "Ann Lee"
    assert speakers["the ferry route will reopen"] == "Norway"


def test_the_channel_after_via_is_no_part_of_the_source():
    body = "Police opened a case. The riders were going to a dance contest, according to the mayor of Lakeside via the Ledger agency."
    speakers = speakers_by_text(body)
    assert speakers["The riders were going to a dance contest"] == "the mayor of Lakeside"


def test_a_name_after_a_verb_that_a_verb_follows_is_no_inverted_speaker():
    body = "Satellite images from 2017, from the Harbour Agency, suggest Lakeside contained 35,000 damaged buildings then."
    speakers = speakers_by_text(body)
    assert "Lakeside" not in speakers.values()


def test_a_name_and_its_plural_noun_before_a_verb_are_no_inverted_speaker():
    body = (
        "The Harbour Police (HP) denies the fires are related. One news site, Lakeside.com, claims HP sources have "
        "linked the fires to arson."
    )
    texts = [quote.text for quote in quotes(body)]
    assert "the fires are related" in texts and not any(text.startswith("One news site") for text in texts)


def test_a_fronted_time_phrase_is_no_subject_of_the_participle_cue():
    body = (
        "Senator Ann Lee won the harbour vote on Monday.\n\n"
        "A week later, at the town hall, Lee defended the levy, saying “The pier will pay for itself within ten years.”"
    )
    assert speakers_by_text(body)["The pier will pay for itself within ten years."] == "Ann Lee"


def test_a_person_of_a_district_named_by_its_owner_speaks_not_the_district():
    body = (
        "When Representative Omar Ruiz of Norland's second Harbour District announced his retirement in May, "
        "Ann Lee entered the race.\n\n"
        "Bo Chen of the Lakeside Fourth District said the ferry fares would fall."
    )
    speakers = speakers_by_text(body)
    assert speakers["his retirement in May"] == "Omar Ruiz"
    assert speakers["the ferry fares would fall"] == "Bo Chen"


def test_a_sentence_with_a_few_quoted_words_still_introduces_the_quote_after_its_colon():
    body = (
        "The Lakeside Ledger reported that the bridge had been shut.\n\n"
        "In a notice posted on Friday, the Harbour Roads Board defended the closure as “brief” in nature: "
        "“The bridge will reopen as soon as the inspectors have finished their work on the cables.”"
    )
    speakers = speakers_by_text(body)
    assert speakers["The bridge will reopen as soon as the inspectors have finished their work on the cables."] == "the Harbour Roads Board"


def test_a_party_label_before_a_name_is_no_part_of_the_speaker_name():
    body = "Republican Omar Ruiz, the council leader, told the Ledger the harbour plan was sound."
    assert speakers_by_text(body)["the harbour plan was sound"] == "Omar Ruiz"


def test_a_titled_first_name_is_the_person_of_that_fuller_name():
    body = (
        "Harbour health director Rashida Noor Karim spoke on Monday. "
        "According to Dr Rashida, four of the patients were older than 60."
    )
    assert speakers_by_text(body)["four of the patients were older than 60"] == "Rashida Noor Karim"


def test_the_latter_speaks_as_the_second_of_two_bodies_just_named():
    body = (
        "Inquiries were opened by the Harbour Ports Board and the Lakeside Rail Safety Bureau, with the latter "
        "confirming it was not sending inspectors to the site."
    )
    assert speakers_by_text(body)["it was not sending inspectors to the site"] == "the Lakeside Rail Safety Bureau"


def test_a_statement_owned_by_a_common_noun_opens_the_colon_sentence():
    body = (
        "The Lakeside Ledger reported that Ann Lee died on Sunday.\n\n"
        "The family's statement on the death read: “Ann loved the sea and her town, and we will miss her every day.”"
    )
    assert speakers_by_text(body)["Ann loved the sea and her town, and we will miss her every day."] == "the family"


def test_a_website_owned_by_the_party_is_the_party_not_the_outlet_cited_last():
    body = (
        "The Lakeside Times reported that Ann Lee joined the Harbour Party in May. "
        "According to the party's website, Lee is a vet and a farmer."
    )
    assert speakers_by_text(body)["Lee is a vet and a farmer"] == "the Harbour Party"


def test_a_relative_named_in_the_next_paragraph_speaks_for_the_description_before():
    body = (
        "Tom Berg drowned in the harbour in May; the ferry, his father says, had no lifejackets on board.\n\n"
        "“Nobody checked the boat before it left the pier,” said his father, Omar Berg, at the inquest."
    )
    assert speakers_by_text(body)["the ferry, his father says, had no lifejackets on board"] == "Omar Berg"


def test_she_skips_a_man_whose_given_name_tells_his_gender():
    body = (
        "Monica Reyes runs the ferry office on the pier.\n"
        "Howard Lindqvist has fished here for thirty years and sold his boat last spring.\n"
        "“The timetable has not changed since the winter,” she said.\n"
    )
    assert speaker(body, "The timetable has not") == "Monica Reyes"


def test_titles_of_clergy_courts_and_assemblies_are_no_part_of_the_name():
    body = (
        "Reverend Ann Lee said the chapel would stay open.\n\n"
        "The district coroner, Tom Baker, ruled the death an accident. The coroner said the fall was not suspicious."
    )
    speakers = speakers_by_text(body)
    assert speakers["the chapel would stay open"] == "Ann Lee"
    assert speakers["the fall was not suspicious"] == "Tom Baker"


def test_surviving_does_not_tell_one_holder_of_a_role_from_another():
    body = (
        "Tom Berg drowned in May; the ferry, his surviving father says, had no lifejackets on board.\n\n"
        "“Nobody checked the boat before it left the pier,” said his father, Omar Berg, at the inquest."
    )
    assert speakers_by_text(body)["the ferry, his surviving father says, had no lifejackets on board"] == "Omar Berg"


def test_a_subject_verb_may_be_any_auxiliary_of_cues():
    """A subject's verb after its name is any of cues' auxiliaries (the plural and modal ones too), so that the
    patterns that look for a clause agree on its verb."""
    for auxiliary in AUXILIARIES:
        assert _SUBJECT_VERB.match(f" {auxiliary} here"), auxiliary
    assert not _SUBJECT_VERB.match(" harbour here")


def test_staff_and_employees_speak_as_a_group():
    body = (
        "Port staff said: “The cranes will be repaired by Friday.”\n\n"
        "Ferry staff explained the delay: “We ran out of fuel for the boats.”\n\n"
        "Bakery employees said the ovens had been cold since March."
    )
    speakers = speakers_by_text(body)
    assert speakers["The cranes will be repaired by Friday."] == "Port staff"
    assert speakers["We ran out of fuel for the boats."] == "Ferry staff"
    assert speakers["the ovens had been cold since March"] == "Bakery employees"


def test_he_or_she_after_an_unnamed_person_who_spoke_is_that_person_not_an_older_name():
    body = (
        "President Omar Kell spoke on Monday.\n\n"
        "The two vans stopped at the gate at dawn and waited there for an hour, a security guard at the depot told reporters.\n\n"
        "The drivers stayed near the fence. Eventually the vans left for the harbour, he said.\n\n"
        "Mayor Ana Pell visited the square later.\n\n"
        "The crowd ran for the exits, a woman selling fruit outside the market told reporters.\n\n"
        "Most of the stalls were empty by noon, she said."
    )
    speakers = speakers_by_text(body)
    assert speakers["Eventually the vans left for the harbour"] == "a security guard at the depot"
    assert speakers["Most of the stalls were empty by noon"] == "a woman selling fruit outside the market"


def test_the_party_stands_for_the_one_the_narrator_called_the_name_party_not_the_last_name_ending_in_party():
    body = (
        "The centre-left Labour Party lost ground in the state.\n\n"
        "Ana Pell is running for the Harbour Greens party. Harbour Greens describes itself as “a community movement”. "
        "According to the party's website, Pell is a veterinarian."
    )
    assert speakers_by_text(body)["Pell is a veterinarian"] == "Harbour Greens"


def test_two_bodies_named_with_the_speak_under_the_first_named():
    # "The A and the B said": the statement is joint, and the first named body speaks (a parenthesised short form
    # after the second changes nothing)
    body = (
        "A pier collapsed in Marrow Bay on Friday.\n\n"
        "The Harbour Safety Board and the Coastal Rescue Service (CRS) said they suspect a corroded beam.\n\n"
        "The Lakeside Growers Union and the Harbour Traders Council have announced plans to contest the levy.\n"
    )
    assert speaker(body, "they suspect a corroded beam") == "The Harbour Safety Board"
    assert speaker(body, "plans to contest the levy") == "The Lakeside Growers Union"


def test_she_skips_men_whose_given_names_the_list_now_knows():
    # "she" is no man named just before her: given names of a clear gender (Marlon, Errol, Tierra) are listed
    body = (
        "Tierra Vance chaired the harbour board for a decade. Her rivals included Errol Pike and Marlon Grady.\n\n"
        "She said the board had done its work well.\n"
    )
    assert speaker(body, "the board had done its work well") == "Tierra Vance"


def test_the_mayor_is_not_the_deputy_mayor():
    # a role phrase without a subordinate rank ("the mayor") names the holder of the head role, even one named
    # after it, not a "Deputy Mayor"; "the deputy mayor" still names the deputy
    body = (
        "A ferry sank off Marrow Bay on Monday. Deputy Mayor Ann Tolver said 40 people were missing.\n\n"
        "The mayor promised a payout to each family. Mayor Bram Osei visited the harbour on Tuesday.\n\n"
        "The deputy mayor said divers would search again at dawn.\n"
    )
    assert speaker(body, "a payout to each family") == "Bram Osei"
    assert speaker(body, "divers would search again") == "Ann Tolver"


def test_the_spokesperson_again_speaks_for_the_body_the_first_mention_named():
    # "The spokesman added" refers back to "a spokesman for the Harbour Trust" (or "a Harbour Trust spokesperson"),
    # who speaks for the trust both times; one for no named body stays as the article names him
    for first in ("A spokesman for the Harbour Trust", "A Harbour Trust spokesman"):
        body = (
            f"The Harbour Trust closed the pier on Monday. {first} said the pier was unsafe.\n\n"
            "The spokesman added that repairs would take a year.\n"
        )
        assert speaker(body, "repairs would take a year") == "The Harbour Trust"
    body = "The pier closed on Monday. A spokesman said the pier was unsafe.\n\nThe spokesman added that repairs would take a year.\n"
    assert speaker(body, "repairs would take a year") == "A spokesman"


@pytest.mark.parametrize(
    "sentence",
    [
        "One of these militias, the Harbour Defence Units (HDU), opposed the pullout and said it had been promised support.",
        "The largest militia, the Harbour Defence Units (HDU), said it had been promised support.",
        "The Harbour Defence Units (HDU), a militia, said it had been promised support.",
    ],
)
def test_a_short_form_in_brackets_does_not_hide_a_subject_in_apposition(sentence):
    # the short form in brackets after a name in apposition (or before one) is no end of the subject's phrase
    body = f"President Ivo Marsh announced the pullout on Sunday.\n\n{sentence}\n"
    assert speaker(body, "it had been promised support") in ("the Harbour Defence Units", "The Harbour Defence Units")


@pytest.mark.parametrize(
    "cue",
    [
        "said study co-author and Harbour Society research fellow Ann Tolver of Lakeside University",
        "said founder and chief executive Ann Tolver",
    ],
)
def test_two_descriptions_joined_by_and_before_an_inverted_name(cue):
    # "..., said co-author and fellow Ann Tolver": the name after both descriptions speaks, not the group before
    body = f'The researchers tested horses in Lakeside. They wrote up the results.\n\n"The stripes confuse the flies," {cue}.\n'
    assert speaker(body, "The stripes confuse the flies") == "Ann Tolver"


def test_a_participle_after_its_noun_with_an_agent_reports_the_agents_words():
    # "a course described by the Harbour Ledger as “...”": a passive without "was" (a reduced relative) still has
    # its agent for speaker
    body = 'The ship reappeared on Monday, with a course described by the Harbour Ledger as "erratic and hard to follow".\n'
    assert speaker(body, "erratic and hard to follow") in ("Harbour Ledger", "the Harbour Ledger")


@pytest.mark.parametrize(
    ("told", "fragment"),
    [
        ('he was told by Fire Chief Ann Tolver of "at least 30 people under the rubble", while Bram Osei said 60 were missing', "at least 30 people under"),
        ("he was told by Fire Chief Ann Tolver that at least 30 people were under the rubble", "at least 30 people were under"),
    ],
)
def test_a_passive_tell_has_the_teller_after_by_for_speaker(told, fragment):
    body = f"Mayor Ivo Marsh visited the site on Monday. In a meeting {told}.\n"
    assert speaker(body, fragment) == "Ann Tolver"


def test_a_verb_coordinated_after_quoted_x_as_saying_is_the_quoting_subjects():
    # "The Ledger quoted Ann Tolver as saying ..., and added ...": the paper adds; Ann Tolver said the first part
    body = (
        "A plane crashed near Lakeside on Monday.\n\n"
        "The Harbour Ledger quoted Ann Tolver as saying the plane was old, and added that the pilot survived.\n"
    )
    assert speaker(body, "the plane was old") == "Ann Tolver"
    assert speaker(body, "the pilot survived") in ("Harbour Ledger", "The Harbour Ledger")


def test_a_few_quoted_words_before_an_uncued_quotation_keep_the_sentence_subject_its_speaker():
    # her “passion” ... “...”: a word the narrator quotes on the way does not hand the quotation to the last speaker
    body = (
        '"The crowds were huge," said Bram Osei after the show.\n\n'
        'Ann Tolver has built costumes for two years, and her "passion" for the craft "grew out of my love for the stage."\n'
    )
    assert speaker(body, "grew out of my love") == "Ann Tolver"



_BODIES_NAMED_BY_NOUN = (
    "Two young players left the Lakeland Chess Federation's team last year.\n\n"
    "The federation announced their ban on Tuesday. Ann Lee appealed to the High Court of Lakeland. "
    "The court said her appeal was late. The Northern Harbour Alliance met in Westport. "
    "The alliance warned the levy would hurt growers.\n"
)


@pytest.mark.parametrize(
    ("fragment", "expected"),
    [
        ("their ban", "the Lakeland Chess Federation"),
        ("her appeal was late", "the High Court of Lakeland"),
        ("the levy would hurt", "The Northern Harbour Alliance"),
    ],
)
def test_a_federation_alliance_or_court_stands_for_the_one_named_before_with_that_noun(fragment, expected):
    assert speaker(_BODIES_NAMED_BY_NOUN, fragment) == expected


def test_a_pronoun_after_content_naming_its_only_possible_antecedent_is_that_person():
    body = (
        "Westport's oldest bakery reopened on Monday.\n\n"
        "The bakery was bought in 2015 by Omar Feld. Bread was scarce in the town when Feld took over the ovens, "
        "he told the Harbour Ledger.\n"
    )
    assert speaker(body, "Bread was scarce") == "Omar Feld"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("A fire broke out on Monday. Omar Feld runs the bar.\n\nTom Lee hid under a desk when the shots began, he said.\n", "Omar Feld"),
        ("A fire broke out on Monday.\n\nTom Lee hid under a desk when the shots began, she said.\n", None),
    ],
)
def test_a_pronoun_after_content_naming_someone_else_is_another_person(body: str, name: str | None):
    assert speaker(body, "hid under a desk") == name



COORDINATED_DESCRIBED = (
    "Two grocers on the coast plan to join.\n\n"
    "Westmark Foods said last year that its shops on the coast were losing money. Norsk Dagvarer opened ten "
    "shops in Marrow Bay in May.\n\n"
    "Lakeland-based grocer Westmark Foods and Norwegian grocer Norsk Dagvarer announced they would merge by June.\n\n"
    "Harbour lawyer Tova Brennan and economist Ilse Marquardt said the merger would raise prices.\n\n"
    "Tova Brennan met the harbour chief and economist Ilse Marquardt said the plan was flawed.\n"
)


@pytest.mark.parametrize(
    ("fragment", "expected"),
    [
        # "grocer A and Danish grocer B announced": a description before each name keeps the coordination, so the
        # first named body speaks, as it does without descriptions; two described people likewise (the first named)
        ("they would merge by June", "Westmark Foods"),
        ("the merger would raise prices", "Tova Brennan"),
        # "... met the chief and economist B said": no name before "and", so the described name alone speaks
        ("the plan was flawed", "Ilse Marquardt"),
    ],
)
def test_two_described_names_coordinated_before_the_verb_speak_under_the_first_named(fragment: str, expected: str):
    assert speaker(COORDINATED_DESCRIBED, fragment) == expected


def test_a_one_word_title_after_a_capital_the_keeps_it():
    # "The" is part of a paper's or a site's name ("The Lees Herald" kept it already); not of a people or a family
    body = (
        "Mayor Ann Lee campaigned in Marlow on Monday. The Harbourian claimed that Lee had skipped a veterans' lunch.\n"
        "Later, The Lantern reported the lunch was cancelled.\n"
        "The Lees said they would vote for her. The President said the lunch would be held in May."
    )
    expected = {
        "Lee had skipped a veterans' lunch": "The Harbourian",
        "the lunch was cancelled": "The Lantern",
        "they would vote for her": "Lees",
    }
    found = speakers_by_text(body)
    assert {text: found.get(text) for text in expected} == expected
    assert found["the lunch would be held in May"] != "The President"


def test_a_pope_or_a_monarch_is_named_with_the_title_before_one_given_name():
    # the name they go by ("Pope Gregor", "Queen Mathilde II"), also where a later mention drops the title;
    # a title before a full name stays a title ("President Ann Lee")
    body = (
        "On Thursday, Pope Gregor announced a new law for the church. Gregor said the victims deserved justice.\n"
        "Queen Mathilde II opened the harbour bridge. The queen said she was delighted with it.\n"
        "King Olaf Brandt said the palace would pay. President Ann Lee said the toll would go."
    )
    expected = {
        "a new law for the church": "Pope Gregor",
        "the victims deserved justice": "Pope Gregor",
        "she was delighted with it": "Queen Mathilde II",
        "the palace would pay": "Olaf Brandt",
        "the toll would go": "Ann Lee",
    }
    found = speakers_by_text(body)
    assert {text: found.get(text) for text in expected} == expected


def test_a_participle_opening_a_sentence_before_a_short_form_is_no_name_and_no_subject():
    # "Listed US states ...": no actor "Listed US" and no cue "states" with it as subject; "they" is the authorities
    body = (
        "US authorities claimed the ring was the largest of its kind. Listed US states as having members were: "
        "Ohio, Utah and Texas. They also stated arrests were made in Norway and Peru.\n\n"
        "Retired FBI analysts met in Ohio on Monday."
    )
    article = enrich(RawArticle(id="t", body=body))
    names = {actor.name for actor in article.actors}
    assert "Listed US" not in names and "Retired FBI" not in names
    assert [(quote.text, quote.speaker and quote.speaker.name) for quote in article.quotes] == [
        ("the ring was the largest of its kind", "US authorities"),
        ("arrests were made in Norway and Peru", "US authorities"),
    ]


def test_a_role_after_as_introduces_no_unnamed_speaker_for_the_role_to_refer_back_to():
    # "ran for mayor as an independent candidate" says what Ivo Marsh is; "the candidate" later is not that phrase
    body = (
        "Ivo Marsh moved to Marlow in 2001 and decided to run for mayor as an independent candidate.\n\n"
        "Born in Lakeville, he has run a bakery on the harbour since 2010, the mayoral candidate told the Ledger.\n\n"
        "A harbour official said the pier was closed. Later, the official said it would reopen."
    )
    found = speakers_by_text(body)
    assert found["Born in Lakeville, he has run a bakery on the harbour since 2010"] != "an independent candidate"
    assert found["it would reopen"] == "A harbour official"


def test_a_person_named_first_among_others_of_a_body_speaks_not_the_body():
    body = (
        "Ann Lee, the Harbour Party's leader, toured the port on Monday. Lee and others in the Harbour Party warned "
        "the delayed vote could threaten the ferry service. Omar Ruiz and others from Lakeland Ferries said the "
        "pier was safe."
    )
    assert speakers_by_text(body) == {
        "the delayed vote could threaten the ferry service": "Ann Lee",
        "the pier was safe": "Omar Ruiz",
    }


def test_they_opening_a_sentence_after_a_list_of_people_is_the_first_of_them():
    body = (
        "The Kestrel Ferry Union warned of strikes in May.\n\n"
        "Lakeland minister Ann Lee and her Borovian and Kestrian counterparts, Omar Ruiz and Tom Fisk, met in "
        "Lakeside on Monday to discuss the ferry. The Harbour minister, Jo Bell, joined as an observer.\n\n"
        "They concluded that the ferry deal was void. They said that talks would go on in June."
    )
    assert speakers_by_text(body) == {
        "of strikes in May": "The Kestrel Ferry Union",
        "the ferry deal was void": "Ann Lee",
        "talks would go on in June": "Ann Lee",
    }
    # an organisation named after the list is what "they" stands for, weighed as before
    body = "Ann Lee and Omar Ruiz met the Harbour Union on Monday. They said that the deal was dead."
    assert speakers_by_text(body) == {"the deal was dead": "the Harbour Union"}
    # a list of three names with commas, after an organisation's statement (listing.listed_subject, shared with positions)
    body = (
        "The Harbour Union warned of strikes. Ann Lee, Omar Ruiz and Tom Fisk met in Lakeside on Monday. "
        "They said that the deal was dead."
    )
    assert speakers_by_text(body) == {"of strikes": "The Harbour Union", "the deal was dead": "Ann Lee"}


def test_a_naming_verb_gives_its_object_a_quoted_name_in_a_longer_sentence():
    body = (
        "The council met on Monday. A spokeswoman for the ministry criticized the council's vote, which Ann Lee has "
        "referred to as “theatre” and a “ploy”. Omar Ruiz denounced the board's claims as a “civic disgrace” on "
        "Tuesday. Ivo Marsh labelled the plan a “circus” in a speech. Tom Fisk branded the ferries a “danger” on "
        "Friday."
    )
    assert speakers_by_text(body) == {
        "theatre": "Ann Lee",
        "ploy": "Ann Lee",
        "civic disgrace": "Omar Ruiz",
        "circus": "Ivo Marsh",
        "danger": "Tom Fisk",
    }


def test_a_passive_reference_or_a_quotation_the_naming_verb_does_not_introduce_is_no_quote_of_its_subject():
    body = (
        "Omar Ruiz, often referred to as “The Ferryman”, had run the boats since 1990. Ann Lee referred to the "
        "strikes as acts of “sabotage” and placed further stress on “public order.” Tom Fisk branded the boats in "
        "the “Harbour Pass” race on Friday."
    )
    assert speakers_by_text(body) == {"sabotage": "Ann Lee"}



@pytest.mark.parametrize(
    ("body", "fragment", "expected"),
    [
        (
            "Security firm Harbour Watch found the flaw in March. Lakeland Telecom fixed it in May. "
            "The security firm said millions of users had been exposed.\n",
            "millions of users",
            "Harbour Watch",
        ),
        (
            "The deal was signed by Lakeland carrier Skyway Airlines and the Harbour Group. The airline said the deal "
            "would create 500 jobs.\n",
            "create 500 jobs",
            "Skyway Airlines",
        ),
        (
            "Norland broadcaster NTV Corporation went off the air on Monday. The Lakeland Media Authority had revoked "
            "its licence. The broadcaster said the order was unlawful.\n",
            "the order was unlawful",
            "NTV Corporation",
        ),
        (
            "Kestrel Media Group, the country's largest television network, was fined on Tuesday by the Lakeland Media "
            "Authority. The network said it would appeal.\n",
            "it would appeal",
            "Kestrel Media Group",
        ),
        (
            "A storm flooded the Seaview Grand Hotel on Sunday, Lakeside Police said. The hotel said 80 guests were "
            "moved to a school.\n",
            "80 guests",
            "the Seaview Grand Hotel",
        ),
        (
            "A storm flooded the Seaview Grand Hotel on Sunday, Lakeside Police said. The hotel's website said 80 "
            "guests were moved to a school.\n",
            "80 guests",
            "the Seaview Grand Hotel",
        ),
    ],
)
def test_the_type_noun_of_a_body_stands_for_the_body_introduced_with_it(body: str, fragment: str, expected: str):
    # as the description before its name, in the plural within it, or as the head of an apposition after it
    assert speaker(body, fragment) == expected


def test_a_body_noun_with_another_modifier_or_a_name_modifying_a_noun_describes_no_body():
    # "the ambulance service" in a list is not "the fire service"; "government" describes the account, not Twitter
    body = (
        "Lakeland Fire and Rescue Service crews arrived at nine. Police, the ambulance service, and a helicopter also "
        "attended. The fire service said the alarm had failed.\n\n"
        "An official government Twitter account posted the figures on Monday. Since then, the government has "
        "reported 40 more cases.\n"
    )
    assert speaker(body, "the alarm had failed") == "Lakeland Fire and Rescue Service"
    assert speaker(body, "40 more cases") != "Twitter"


def test_a_body_followed_by_where_it_sits_is_the_body():
    body = "Earlier, the Court of Appeal in Norland ruled that the ban was unlawful.\n"
    assert speaker(body, "the ban was unlawful") == "the Court of Appeal"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Hundreds of protesters gathered outside the Lakeland Ministry of Finance on Monday. "
            "They said the new tax would ruin small farms.\n",
            "protesters",
        ),
        (
            "On Tuesday, opposition lawmakers walked out of the Norland Parliament. They said the vote was rigged.\n",
            "opposition lawmakers",
        ),
        (
            "Residents of Millbrook blocked the road to the Harbour Mining Company site. They stayed until dark. "
            "They said the mine had poisoned their wells.\n",
            "Residents of Millbrook",
        ),
    ],
)
def test_they_after_a_sentence_opened_by_unnamed_people_stands_for_them(body: str, expected: str):
    # not the body named after them in that sentence (the ministry, the parliament, the company)
    said = [quote for quote in quotes(body) if quote.kind == "indirect"]
    assert [quote.speaker and quote.speaker.name for quote in said] == [expected]


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        ("One of the victims decided to speak out. She said", "One of the victims"),
        ("A local teacher organised a protest. She said", "A local teacher"),
        # the other gender, or a named person in the sentence: the pronoun looks further back
        ("A father of three organised a protest. She said", "Maria Delgado"),
        ("A lawyer who knows Tom Fisk organised a protest. She said", "Maria Delgado"),
    ],
)
def test_he_or_she_after_a_sentence_opened_by_an_unnamed_person_stands_for_them(opening: str, expected: str):
    body = (
        "Judge Omar Ruiz jailed nine men on Wednesday. Prosecutor Maria Delgado said the victims had been groomed. "
        f"{opening} she wanted others to come forward.\n"
    )
    assert speaker(body, "she wanted others to come forward") == expected


def test_an_aged_role_stands_for_the_holder_of_the_role_not_the_last_person_named():
    body = (
        "Lakeside mayor Ann Lee closed the harbour on Monday. Harbour Trust chief executive Maria Delgado said the "
        "closure was temporary.\n\n"
        "“It is a sad day,” the 54-year-old mayor told reporters.\n"
    )
    assert speaker(body, "It is a sad day") == "Ann Lee"


def test_they_after_a_fronted_adjunct_or_set_off_by_commas_stands_for_the_people_opening_the_sentence():
    body = (
        "The researchers mapped the polynyas near the Lakeside Institute, which, they observed, recur every year.\n\n"
        "From this, they concluded that warm water was reaching the shelves.\n"
    )
    assert speakers_by_text(body) == {"recur every year": "The researchers", "warm water was reaching the shelves": "The researchers"}


@pytest.mark.parametrize(
    "attribution",
    [
        "Ann Lee of the local rowing club said.",
        "Ann Lee from the rowing club said.",
        "Ann Lee of the neighbourhood association told reporters.",
        "Ann Lee with the local chamber of commerce said.",
    ],
)
def test_a_name_and_the_body_it_is_of_after_a_quote_speak(attribution: str):
    # the closing mark and its comma open the narrator's clause, as a sentence start does: the name speaks
    body = f"\"We feel the new pier is going to help everyone who lives here,\" {attribution}\n"
    assert speaker(body, "the new pier is going") == "Ann Lee"


def test_it_or_they_after_a_body_named_only_by_its_noun_is_that_body():
    # a body the article names by its noun alone spoke last: "it" and "they" stand for it, not for a named body
    # further back nor for no one
    body = (
        "The Harbour Trust said the pier was safe. The singer's animal foundation said she had been in good health. "
        "The singer, they said, wanted no memorials.\n\n"
        "The local fire service said the blaze began in a kitchen. It added that nobody was hurt.\n"
    )
    assert speaker(body, "wanted no memorials") == "The singer's animal foundation"
    assert speaker(body, "nobody was hurt") == "The local fire service"


def test_a_body_named_with_of_and_a_place_speaks_as_one_name_before_or_after_what_it_reported():
    # "<Name> of <Place>": the whole name speaks, not the place its name ends with, and in closing position the
    # words before its comma are what it reported
    body = (
        "KTV of Marrowby reported that the old pier had collapsed overnight.\n"
        "Ferry fares would rise in spring, Bank of Lakeland said.\n"
        "The toll bridge will close for repairs, RNW of Norland reported.\n"
        "Tuition would be frozen for a year, the University of Westport said.\n"
        "Snow had closed the mountain road, KTV of Norway reported.\n"
    )
    assert speakers_by_text(body) == {
        "the old pier had collapsed overnight": "KTV of Marrowby",
        "Ferry fares would rise in spring": "Bank of Lakeland",
        "The toll bridge will close for repairs": "RNW of Norland",
        "Tuition would be frozen for a year": "the University of Westport",
        "Snow had closed the mountain road": "KTV of Norway",  # (a known country, which is an actor of its own)
    }


def test_a_person_of_a_body_after_what_they_said_speaks_and_the_words_before_the_comma_are_reported():
    body = (
        "The regatta was cancelled because of the storm, Ann Lee of the rowing club said.\n"
        "The ferry would run again by Friday, Ivo Marsh from Lakeland told reporters.\n"
    )
    assert speakers_by_text(body) == {
        "The regatta was cancelled because of the storm": "Ann Lee",
        "The ferry would run again by Friday": "Ivo Marsh",
    }


def test_a_wire_dateline_is_no_part_of_the_reported_clause_nor_an_actor() -> None:
    body = (
        "NEW HARBOUR, Norland (Harbour Wire) — Dock workers will strike on Friday, union leader Karl Benn told reporters.\n"
        "LAKESIDE (AP) - Three people died in the floods, Governor Ada Varn said."
    )
    article = enrich(RawArticle(body=body))
    assert [(quote.text, quote.speaker.name if quote.speaker else None) for quote in article.quotes] == [
        ("Dock workers will strike on Friday", "Karl Benn"),
        ("Three people died in the floods", "Ada Varn"),
    ]
    assert [actor.name for actor in article.actors] == ["Karl Benn", "Ada Varn"]


def test_one_of_the_public_is_not_the_person_the_next_cue_names() -> None:
    body = (
        "One protester said the police had used tear gas. Lena Ortiz said she was scared.\n"
        "“We are tired of waiting,” one resident said.\n"
        "Omar Feld, 61, said he had stopped taking the ferry.\n"
    )
    assert speaker(body, "the police had used") == "One protester"
    assert speaker(body, "We are tired") == "one resident"
    assert speaker(body, "he had stopped") == "Omar Feld"


def test_a_site_something_was_posted_on_is_not_the_organisation_a_noun_stands_for() -> None:
    body = (
        "In a post on Facebook, the group said it would hold a vigil on Sunday.\n"
        "On Telegram, the company said the outage was over.\n"
    )
    assert speaker(body, "it would hold a vigil") == "the group"
    assert speaker(body, "the outage was over") == "the company"


def test_a_role_noun_does_not_refer_back_to_a_speaker_who_holds_another_role() -> None:
    body = (
        "Dock workers will strike on Friday, union leader Karl Benn told reporters.\n"
        "Three people died in the floods, the regional governor said.\n"
        "The talks will go on, the leader said.\n"
        "Ada Varn said the vote was fair. The mayor said the count was over.\n"
    )
    assert speaker(body, "Three people died") == "the regional governor"
    assert speaker(body, "The talks will go on") == "Karl Benn"
    assert speaker(body, "the count was over") == "Ada Varn"
    body = "Foreign Secretary Ann Lee said the embassy would reopen.\nThe foreign minister said the talks would go on.\n"
    assert speaker(body, "the talks would go on") == "Ann Lee"
    body = "Mayoral candidate Ann Lee said the tram would be built.\nThe mayor said the tram was on time.\n"
    assert speaker(body, "the tram was on time") == "Ann Lee"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Ann Lee met Omar Ruiz in Lakeside on Monday. They said the talks had gone well.\n", "Ann Lee"),
        ("Ann Lee held talks with Norland's trade minister, Omar Ruiz, on Monday. They said the talks had gone well.\n", "Ann Lee"),
        # after the quotation the narrator's clause opens, as a sentence does
        ("Ann Lee met with Omar Ruiz on Monday. “The talks had gone well,” they said.\n", "Ann Lee"),
        ("Ann Lee and Omar Ruiz met on Monday. “The talks had gone well,” they said.\n", "Ann Lee"),
        # a body met is what "they" may stand for, weighed as before
        ("Ann Lee met the Harbour Union on Monday. They said the talks had gone well.\n", "the Harbour Union"),
    ],
)
def test_they_after_a_person_who_met_another_stands_for_both_the_first_speaking(body: str, expected: str) -> None:
    assert speaker_names(body) == [expected]


def test_a_person_and_a_verb_before_a_plural_are_no_people_subject() -> None:
    # "Ann Lee met voters": the voters are met, and no speaker is the sentence's opening words
    body = "Ann Lee met voters in Lakeside on Monday. They said the roads were bad.\n"
    assert speaker_names(body) == [None]
    body = "Ann Lee supporters gathered outside the court. They said the trial was unfair.\n"
    assert speaker_names(body) == ["Ann Lee supporters"]


def test_a_quote_right_after_one_whose_pronoun_resolves_to_nobody_goes_on_as_speech() -> None:
    # the short sentence after it is no scare quote: it goes on with the same (unknown) speaker
    body = "The hearing ended early. “We are done here,” he said. “Nobody wants another vote.”\n"
    assert [(quote.text, quote.speaker) for quote in quotes(body)] == [
        ("We are done here,", None),
        ("Nobody wants another vote.", None),
    ]
    body = "The hearing ended early. “We are done here,” he said.\n\n“Nobody wants this.”\n"
    assert [quote.text for quote in quotes(body)] == ["We are done here,", "Nobody wants this."]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Senator John Reyes will not run again, according to a statement posted to his Twitter account.\n", "John Reyes"),
        ("Ann Lee will leave the council in May, according to a post on her official website.\n", "Ann Lee"),
        ("The Harbour Union will strike on Monday, according to a statement posted on its website.\n", "The Harbour Union"),
    ],
)
def test_a_document_posted_on_its_owners_page_speaks_for_whom_the_owner_stands_for(body: str, expected: str) -> None:
    # the owner named in the reported clause is the pronoun's antecedent, not the phrase or the platform
    assert speaker_names(body) == [expected]


def test_it_after_a_document_that_spoke_last_is_the_document() -> None:
    body = "“The pier is unsafe,” the inspection report said. It added that repairs would take a year.\n"
    assert speaker_names(body) == ["inspection report", "inspection report"]


def test_a_document_signed_or_written_by_someone_in_apposition_speaks_for_them() -> None:
    body = "The letter, written by the Harbour Union, said the ferry law was unfair.\n"
    assert speaker_names(body) == ["the Harbour Union"]
    body = "The report, released on Monday, said the river was clean.\n"
    assert speaker_names(body) == ["report"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Northwind Energy raised its prices on Monday. A spokeswoman for the company said fuel costs had doubled.\n", "Northwind Energy"),
        (
            "Security firm Harbour Watch found the flaw. Lakeland Telecom fixed it. A spokesman for the security firm "
            "said fuel costs had doubled.\n",
            "Harbour Watch",
        ),
    ],
)
def test_a_spokesperson_for_a_body_called_by_its_noun_speaks_for_the_body_named_before(body: str, expected: str):
    assert speaker(body, "fuel costs had doubled") == expected


@pytest.mark.parametrize(
    "body",
    [
        "The Harbour Trust along with the Lakeland Tenants Union have announced plans to fight the bill in court.\n",
        "Planned Parenthood together with the Lakeland Tenants Union have said they would fight the bill in court.\n",
    ],
)
def test_the_body_that_others_come_along_with_speaks(body: str):
    # the subject before "along with" or "together with" speaks, not the body after it
    assert speaker(body, "fight the bill") in ("The Harbour Trust", "Planned Parenthood")
