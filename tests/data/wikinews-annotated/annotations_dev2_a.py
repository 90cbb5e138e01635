"""Hand annotations of the dev2 articles, half a (Wikinews, CC BY 2.5): see README.md for the conventions."""

from build import Article, P, Q

ARTICLES = [
    Article(
        "wikinews-2019-156",
        quotes=[
            Q("a deal whereby, on October 29, Hungarian state-owned enterprise HDT Védelmi Ipari Kft. (HDT Limited) "
              "acquired Austrian mortar and shell manufacturer Hirtenberger Defence Group", "indirect", "revealed",
              "Hungarian daily newspaper Magyar Nemzet", "Magyar Nemzet"),
            Q("the Hungarian bid won after lengthy negotiations, out of mulitple competing offers", "indirect", "said",
              "Maróth", "Gáspár Maróth", ("Maróth",)),
            Q("he expects no political turmoil between the neighboring Austria and Hungary over the sale", "indirect",
              "said", "He", "Gáspár Maróth", ("Maróth",)),
            Q('the acquisition fits into the Hungarian "outward investment" ((hu))Hungarian language: \u200d'
              "tőkekihelyezési strategy of Prime Minister Viktor Orbán", "indirect", "noted", "He", "Gáspár Maróth",
              ("Maróth",)),
            Q("for the price to be kept secret", "indirect", "asked", "The Austrian partner",
              "Hirtenberger Defence Group", ("Austrian partner",)),
            Q("the purchase was financed by a loan, so it is not a burden on the state budget", "indirect", "stated",
              "the commissioner", "Gáspár Maróth", ("Maróth",)),
            Q("that amount as the presumed price", "indirect", "pointing out", "daily Népszava", "Népszava"),
            Q("Already-queued orders won't leave idle capacity for some years", "indirect", "said", "Maróth",
              "Gáspár Maróth", ("Maróth",)),
            Q("paying back this loan seems realistic", "indirect", "said", "Maróth", "Gáspár Maróth", ("Maróth",)),
            Q("this dubious to Népszava, as the market is saturated and margins are thin", "indirect", "called",
              "unnamed industry experts", None),
            Q("this kind of equipment is needed by the Defence Forces", "indirect", "noting",
              "unnamed industry experts", None),
            Q("it would have been much more costly and time-consuming to research mortar technology than to acquire it "
              "this way", "indirect", "pointed out", "Maróth", "Gáspár Maróth", ("Maróth",)),
            Q("the army modernization does not just cover buying 'hardware' but technology transfer as well.", "direct",
              "noted", "He", "Gáspár Maróth", ("Maróth",)),
            Q("the purchase appeared to circumvent the Ministry of Defence", "indirect", "noted", "Népszava",
              "Népszava"),
            Q("NATO members to increase military spending", "indirect", "called for", "US President Trump", "Trump"),
            Q("Hungary spent an estimated 1.15% of its GDP on military expenditures in 2018", "indirect",
              "According to", "a March 14, 2019 NATO press release", "NATO"),
            Q("2%", "indirect", "call for", "NATO guidelines", "NATO"),
            Q('the military had been "effectively disarmed" ((hu))Hungarian language: \u200dgyakorlatilag lefegyverzett '
              "by 2010, when Viktor Orbán regained the prime ministry of Hungary for his second term", "indirect",
              "noted", "Maróth", "Gáspár Maróth", ("Maróth",)),
        ],
        actors=[
            ("Magyar Nemzet", "organization", ["Hungarian daily newspaper"]),
            ("HDT Védelmi Ipari Kft.", "organization", ["Hungarian state-owned enterprise"]),
            ("Hirtenberger Defence Group", "organization", ["Austrian mortar and shell manufacturer"]),
            ("Gáspár Maróth", "person", ["Hungarian Government commissioner responsible for defence"]),
            ("Viktor Orbán", "person", ["Prime Minister"]),
            ("Népszava", "organization", ["daily"]),
            ("Trump", "person", ["US President"]),
            ("NATO", "organization"),
            ("Hungary", "place"),
        ],
        positions=[
            P("HDT Védelmi Ipari Kft.", "acquisition of Hirtenberger Defence Group", "support",
              "acquired Austrian mortar and shell manufacturer Hirtenberger Defence Group"),
            P("Gáspár Maróth", "acquisition of Hirtenberger Defence Group", "support",
              "it would have been much more costly and time-consuming to research mortar technology than to acquire it "
              "this way"),
            P("Trump", "higher military spending by NATO members", "support",
              "NATO members to increase military spending"),
            P("Hungary", "modernizing the Hungarian military", "support",
              "To modernize its military, in 2018, Hungary licensed Czech firearm technology"),
            P("Hungary", "modernizing the Hungarian military", "support",
              'Hungary launched a military development program dubbed "Zrínyi 2026"'),
        ],
    ),
    Article(
        "wikinews-2019-133",
        quotes=[
            Q("US troops would be leaving Syria", "indirect", "announced", "the United States President Donald Trump",
              "Donald Trump", ("Trump",)),
            Q("US troops had defeated ISIS and Turkey would be moving into Northern Syria", "indirect", "said",
              "The statement", "Donald Trump", ("Trump",)),
            Q("European nations have refused to repatriate", "indirect", "said", "the statement", "Donald Trump",
              ("Trump",)),
            Q('it was previously given "assurances from the US that it would not allow any Turkish military operations '
              'against the region."', "indirect", "said", "One of these groups, the Syrian Democratic Forces (SDF)",
              "Syrian Democratic Forces", ("SDF",)),
            Q("The statement was a surprise and we can say that it is a stab in the back for the SDF.", "direct",
              "said", "Kino Gabriel", "Kino Gabriel"),
            Q("the SDF is largely made up of YPG militia which support the Kurdistan Workers' Party (PKK)", "indirect",
              "According to", "the BBC", "BBC"),
            Q('"neutralizing the threat stemming from PKK-YPG terrorist" is an aim of the Turkish military operation',
              "indirect", "According to", "a statement released by Erdogan's office", "Recep Tayyip Erdoğan",
              ("Erdogan", "Erdogan's office")),
            Q("Turkey has an estimated two million Syrian refugees, down from a peak of over three-and-a-half million "
              "at the height of the Syrian Civil War", "indirect", "According to", "CNN", "CNN"),
            Q("the safe zone for refugees to be set up East of the Euphrates River", "indirect", "called for",
              "The Turkish statement", "Recep Tayyip Erdoğan", ("Erdogan", "Erdogan's office", "Turkey")),
            Q("We must always have the backs of our allies, if we expect them to have our back. The Kurds were "
              "instrumental in our successful fight against ISIS in Syria. Leaving them to die is a big mistake.",
              "direct", "wrote on Twitter", "Former US Ambassador to the United Nations Nikki Haley", "Nikki Haley"),
            Q('The WH statement tonight on Syria after Trump spoke with Erdogan demonstrates a complete lack of '
              'understanding of anything happening on the ground. The "United States" is not holding any ISIS '
              'detainees. They are all being held by the SDF, which Trump just served up to Turkey.', "direct", None,
              None, "Brett McGurk", ("McGurk",)),
            Q("The SDF suffered thousands of casualties in the Raqqa battle. Not a single American life was lost. Trump "
              "later expanded the operation down the ERV. He touts these operations in political rallies but without "
              "apparent thought as to who did the fighting and dying.", "direct", "wrote", "McGurk", "Brett McGurk",
              ("McGurk",)),
            Q("As I have stated strongly before, and just to reiterate, if Turkey does anything that I, in my great and "
              "unmatched wisdom, consider to be off limits, I will totally destroy and obliterate the Economy of Turkey "
              "(I’ve done [it] before!). They must, with Europe and others, watch over the captured ISIS fighters and "
              "families. The U.S. has done far more than anyone could have ever expected, including the capture of 100% "
              "of the ISIS Caliphate. It is time now for others in the region, some of great wealth, to protect their "
              "own territory. THE USA IS GREAT!", "direct", "defended his decision", "Trump", "Donald Trump",
              ("Trump",)),
            Q("This is going to lead to ISIS' reemergence. Nothing [is] better for ISIS than to create a conflict "
              "between the Kurds and Turkey. The Kurds will now align with [Bashir al] Assad because they have nobody "
              "to count on because we abandoned them. So this is a big win for Iran and Assad — a big win for ISIS.",
              "direct", "spoke", "Senator Lindsey Graham", "Lindsey Graham", ("Graham",)),
            Q("ISIS is not defeated [...] The biggest lie being told by the administration [is] that ISIS is defeated. "
              "The caliphate's destroyed, but there's thousands of fighters over there. And no, the caliphate would not "
              "have been destroyed without the Kurds, and I applaud the president for getting the Kurds and the Arabs "
              "to do most of the fighting. The [US] casualties destroying the caliphate was very low", "direct",
              "continued", "Graham", "Lindsey Graham", ("Graham",)),
            Q("[T]his impulsive decision by the president has undone all the gains we’ve made, thrown the region into "
              "further chaos. Iran is licking their chops. And if I’m an ISIS fighter I've got a second lease on life. "
              "So to those who think ISIS has been defeated you will soon see.", "direct", None, None,
              "Lindsey Graham", ("Graham",)),
        ],
        actors=[
            ("Donald Trump", "person", ["United States President"]),
            ("Recep Tayyip Erdoğan", "person", ["Turkish President"]),
            ("Syrian Democratic Forces", "organization", ["Kurdish group"]),
            ("Kino Gabriel", "person"),
            ("BBC", "organization"),
            ("CNN", "organization"),
            ("Nikki Haley", "person", ["Former US Ambassador to the United Nations"]),
            ("Brett McGurk", "person", ["former Special Presidential Envoy to the international military intervention "
                                        "against ISIL"]),
            ("Lindsey Graham", "person", ["Senator"]),
            ("Turkey", "place"),
            ("European nations", "organization"),
        ],
        positions=[
            P("Donald Trump", "withdrawal of US troops from Syria", "support", "US troops would be leaving Syria"),
            P("Donald Trump", "withdrawal of US troops from Syria", "support",
              "It is time now for others in the region, some of great wealth, to protect their own territory."),
            P("European nations", "repatriating captured ISIS fighters", "oppose", "have refused to repatriate"),
            P("Syrian Democratic Forces", "withdrawal of US troops from Syria", "oppose", "opposed the withdrawal"),
            P("Kino Gabriel", "withdrawal of US troops from Syria", "oppose", "it is a stab in the back for the SDF"),
            P("Turkey", "PKK", "oppose", "The PKK is banned in Turkey"),
            P("Recep Tayyip Erdoğan", "PKK-YPG", "oppose", "neutralizing the threat stemming from PKK-YPG terrorist"),
            P("Recep Tayyip Erdoğan", "a safe zone for refugees east of the Euphrates", "support",
              "the safe zone for refugees to be set up East of the Euphrates River"),
            P("Nikki Haley", "withdrawal of US troops from Syria", "oppose", "Leaving them to die is a big mistake."),
            P("Brett McGurk", "withdrawal of US troops from Syria", "oppose", "criticized the decision"),
            P("Lindsey Graham", "withdrawal of US troops from Syria", "oppose",
              "impulsive decision by the president has undone all the gains we’ve made"),
        ],
    ),
    Article(
        "wikinews-2020-049",
        quotes=[
            Q("she was endorsing Joe Biden for this year's presidential election", "indirect", "announced",
              "Former US presidential candidate Elizabeth Warren", "Elizabeth Warren", ("Warren",)),
            Q("their own support for Biden", "indirect", "announced",
              "fellow former presidential candidate Bernie Sanders and former president Barack Obama",
              "Bernie Sanders", ("Barack Obama",)),
            Q("Biden for his empathy towards US citizens", "indirect", "commended", "Warren", "Elizabeth Warren",
              ("Warren",)),
            Q('she was "proud to endorse Joe Biden as president of the United States."', "indirect", "said", "Warren",
              "Elizabeth Warren", ("Warren",)),
            Q('he was "proud to have the fiercest of fighters" on his side', "indirect", "stating", "Biden",
              "Joe Biden", ("Biden",)),
            Q('a desire to work with Warren to "create a government that works for everyone — not just the wealthy and '
              'well-connected."', "indirect", "expressed", "He", "Joe Biden", ("Biden",)),
        ],
        actors=[
            ("Elizabeth Warren", "person", ["Former US presidential candidate"]),
            ("Joe Biden", "person", ["presidential candidate"]),
            ("Bernie Sanders", "person", ["former presidential candidate"]),
            ("Barack Obama", "person", ["former president"]),
        ],
        positions=[
            P("Elizabeth Warren", "Joe Biden's presidential candidacy", "support",
              "she was endorsing Joe Biden for this year's presidential election"),
            P("Bernie Sanders", "Joe Biden's presidential candidacy", "support", "their own support for Biden"),
            P("Barack Obama", "Joe Biden's presidential candidacy", "support", "their own support for Biden"),
            P("Joe Biden", "Elizabeth Warren's endorsement", "support", "Biden praised Warren's endorsement"),
            P("Elizabeth Warren", "corruption", "oppose", "her anti-corruption stance"),
        ],
    ),
    Article(
        "wikinews-2020-096",
        quotes=[
            Q("the second presidential debate between US President Donald Trump and former US Vice President Joe "
              "Biden, which was slated for October 15, has been cancelled", "indirect", "announced",
              "The United States Commission on Presidential Debates",
              "United States Commission on Presidential Debates", ("Commission on Presidential Debates", "CPD")),
            Q("COVID-19 safety concerns", "indirect", "citing", "The United States Commission on Presidential Debates",
              "United States Commission on Presidential Debates", ("Commission on Presidential Debates", "CPD")),
            Q("On October 8, CPD announced that for the health and safety of all involved, the second presidential "
              "debate, scheduled for October 15 in Miami, would be conducted virtually [...] Subsequently, the "
              "campaigns of the two candidates who qualified for participation in the debate made a series of "
              "statements concerning their respective positions regarding their willingness to participate in a "
              "virtual debate on October 15, and each now has announced alternate plans for that date. It is now "
              "apparent there will be no debate on October 15", "direct", "said", "the commission",
              "United States Commission on Presidential Debates", ("Commission on Presidential Debates", "CPD")),
            Q("waste of time", "direct", "called", "The president", "Donald Trump", ("Trump",)),
            Q('the president of "not want[ing] to face questions from the voters about his failures on COVID and the '
              'economy."', "indirect", "accusing", "The Biden campaign", "Biden campaign", ("Joe Biden",)),
            Q("the final debate is still scheduled for October 22 at Belmont University in Nashville, Tennessee, and is "
              "to involve testing, mask requirements and social distancing", "indirect", "According to", "organizers",
              "organizers"),
        ],
        actors=[
            ("United States Commission on Presidential Debates", "organization"),
            ("Donald Trump", "person", ["US President"]),
            ("Joe Biden", "person", ["former US Vice President"]),
            ("Biden campaign", "organization"),
            ("organizers", "organization"),
        ],
        positions=[
            P("United States Commission on Presidential Debates", "a virtual second debate", "support",
              "for the health and safety of all involved, the second presidential debate, scheduled for October 15 in "
              "Miami, would be conducted virtually"),
            P("Donald Trump", "a virtual second debate", "oppose", "waste of time"),
            P("Biden campaign", "Trump's refusal to debate virtually", "oppose",
              "criticized Trump's refusal to debate virtually"),
        ],
    ),
]
