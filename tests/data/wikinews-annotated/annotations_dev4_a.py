"""Hand annotations of the fourth dev set, half a (Wikinews, CC BY 2.5): see README.md for the conventions."""

from build import Article, P, Q

MARRERO_DECISION = (
    "The notion of federal supremacy and presidential immunity from judicial process that the President here invokes, "
    "unqualified and boundless in its reach as described above, cuts across the grain of [...] constitutional "
    "precedents. It also ignores the analytic framework that the Supreme Court has counseled should guide review of "
    "presidential claims of immunity from judicial process. Of equal fundamental concern, the President's claim would "
    "tread upon principles of federalism and comity that form essential components of our constitutional structure and "
    "the federal/state balance of government powers and functions. Bared to its core, the proposition the President "
    "advances reduces to the very notion that the Founders rejected at the inception of the Republic, and that the "
    "Supreme Court has since unequivocally repudiated: that a constitutional domain exists in this country in which "
    "not only the President, but, derivatively, relatives and persons and business entities associated with him in "
    "potentially unlawful private activities, are in fact above the law.\n\n\nBecause this Court finds aspects of such "
    "a doctrine repugnant to the nation's governmental structure and constitutional values, and for reasons further "
    "stated below, it ABSTAINS from adjudicating this dispute and DISMISSES the President's suit.")
CAIRO_MINISTERS = ("Sameh Shoukry", "Nikos Dendias", "Nikos Christodoulides", "Jean-Yves Le Drian")
CAIRO_ALIASES = CAIRO_MINISTERS[1:]
CAIRO_CONCLUSION = ('the November 27 maritime border agreement between Turkey and Libya is "null and void" and '
                    '"infringes upon the sovereign rights of third states, does not comply with the Law of the Sea and '
                    'cannot produce any legal consequences"')
CAIRO_DRILLING = "called on Turkey to halt their drilling operations within the EEZ of Cyprus"
CAIRO_TROOPS = ("the agreement on sending Turkish soldiers to Libya, where a civil war is underway, goes against the "
                "United Nations Security Council resolution 2259")
PGE = "Pacific Gas and Electric Company"
STATE_DEPT = "United States Department of State"

ARTICLES = [
    Article(
        "wikinews-2019-136",
        quotes=[
            Q("New York City prosecutors could view his tax records after a subpoena issued by a grand jury",
              "indirect", "finding", "United States District Court Judge Victor Marrero", "Victor Marrero",
              ("Marrero", "Judge Marrero")),
            Q("arguments in the case would be scheduled as soon as the week of October 21, with briefs from both "
              "parties due in the intervening time until then", "indirect", "According to", "a court clerk", None),
            Q("the United States District Court for the Southern District of New York intervene in a New York City "
              "criminal proceeding, in which a subpoena had been issued to Trump's tax preparer", "indirect",
              "had asked", "Trump", "Donald Trump", ("Trump", "President Trump")),
            Q("as president, he should be immune from prosecution, and that, by extension, his tax preparer, Mazars "
              "USA, could likewise be exempt from investigation", "indirect", "arguing", "He", "Donald Trump",
              ("Trump", "President Trump")),
            Q(MARRERO_DECISION, "direct", "rejected this argument", "Marrero", "Victor Marrero",
              ("Marrero", "Judge Marrero")),
            Q("The Radical Left Democrats have failed on all fronts, so now they are pushing local New York City and "
              "State Democrat prosecutors to go get President Trump.", "direct", "responded", "Trump", "Donald Trump",
              ("Trump", "President Trump")),
            Q("Trump has admitted to ordering the payments", "indirect", "according to", "prosecutors", "prosecutors"),
        ],
        actors=[
            ("Victor Marrero", "person", ["United States District Court Judge"]),
            ("Donald Trump", "person", ["President"]),
            ("prosecutors", "organization"),
            ("U.S. Justice Department", "organization"),
        ],
        positions=[
            P("Victor Marrero", "prosecutors' access to Trump's tax records", "support",
              "issued a ruling against President Donald Trump finding that New York City prosecutors could view his "
              "tax records"),
            P("Donald Trump", "release of his tax returns to the grand jury", "oppose",
              "President Trump sued Manhattan District Attorney Cyrus R. Vance, Jr. and his own tax preparer Mazars "
              "USA to block the release of eight years of tax returns to the grand jury"),
            P("Victor Marrero", "Trump's lawsuit against the release of his tax returns", "oppose",
              "Judge Marrero dismissed the president's lawsuit"),
            P("Donald Trump", "Marrero's ruling on his tax records", "oppose",
              "The president's legal team appealed the decision to the Second Circuit Court of Appeals"),
            P("Donald Trump", "federal court intervention in the New York criminal proceeding", "support",
              "Trump had asked the United States District Court for the Southern District of New York intervene in a "
              "New York City criminal proceeding"),
            P("Donald Trump", "presidential immunity from prosecution", "support",
              "as president, he should be immune from prosecution"),
            P("Victor Marrero", "presidential immunity from judicial process", "oppose",
              "this Court finds aspects of such a doctrine repugnant to the nation's governmental structure and "
              "constitutional values"),
            P("Victor Marrero", "Trump's lawsuit against the release of his tax returns", "oppose",
              "DISMISSES the President's suit"),
            P("Donald Trump", "the subpoena of his tax records", "oppose",
              "attacking the subpoena as a political strategy"),
            P("Donald Trump", "the Democrats", "oppose", "The Radical Left Democrats have failed on all fronts"),
            P("U.S. Justice Department", "charging a sitting president with crimes", "oppose",
              "maintains a policy of not charging the sitting president with crimes"),
            P("Donald Trump", "releasing his tax returns", "oppose",
              "Trump was the first president to refuse to do so since 1976"),
            P("Donald Trump", "the House Ways and Means Committee's access to his tax records", "oppose",
              "The president has a lawsuit to prevent a New York State law from allowing the House of Representatives' "
              "Committee on Ways and Means from gaining access to his records"),
        ],
    ),
    Article(
        "wikinews-2020-006",
        quotes=[
            Q(CAIRO_CONCLUSION, "indirect", "concluded", "They", "Sameh Shoukry", CAIRO_ALIASES),
            Q("Turkey to halt their drilling operations within the EEZ of Cyprus", "indirect", "called on", "They",
              "Sameh Shoukry", CAIRO_ALIASES),
            Q(CAIRO_TROOPS, "indirect", "deemed", "They", "Sameh Shoukry", CAIRO_ALIASES),
            Q("legitimate and fully compatible with international law", "direct", "calling",
              "the Turkish Ministry of Foreign Affairs", "Turkish Ministry of Foreign Affairs"),
            Q("the countries to open dialogue, with the exception of Cyprus, which Turkey does not recognize",
              "indirect", "invited", "they", "Turkish Ministry of Foreign Affairs"),
            Q("a regional cooperation in the Eastern Mediterranean", "indirect", "called for",
              "Turkish president Erdoğan", "Erdoğan"),
            Q("a right to Turkey to have a say in projects there, based on the country's long shoreline", "indirect",
              "claiming", "Turkish president Erdoğan", "Erdoğan"),
            Q("No project excluding our country in the Eastern Mediterranean can be implemented with regard to "
              "economic, judicial and diplomatic aspects", "direct", "said", "he", "Erdoğan"),
            Q("we are ready to take more [positive] steps towards those taking a single step towards us.", "direct",
              "saying", "He", "Erdoğan"),
            Q("the Turkish drilling on Cypriot waters is only to protect Turkish and Turkish Cypriot interests",
              "indirect", "claimed", "He", "Erdoğan"),
            Q("null and void", "direct", "called", "Greek prime minister Kyriakos Mitsotakis", "Kyriakos Mitsotakis",
              after="called the border agreement"),
            Q("geographically ridiculous", "direct", "called", "Greek prime minister Kyriakos Mitsotakis",
              "Kyriakos Mitsotakis"),
            Q("The agreement assumes that our islands, including our biggest island Crete, does not have an exclusive "
              "economic zone, which goes against everything we know in international law", "direct", "added", "he",
              "Kyriakos Mitsotakis"),
            Q("the Libyan House of Representatives did not ratify the demarcation", "indirect", "noted", "He",
              "Kyriakos Mitsotakis"),
            Q("a possible arbitration route at the International Court of Justice", "indirect", "mentioned", "He",
              "Kyriakos Mitsotakis"),
            Q('The border issue is the "main difference" between Greece and Turkey', "indirect", "added", "he",
              "Kyriakos Mitsotakis"),
        ],
        actors=[
            ("Sameh Shoukry", "person", ["Egyptian foreign minister"]),
            ("Nikos Dendias", "person", ["Greek foreign minister"]),
            ("Nikos Christodoulides", "person", ["Cypriot foreign minister"]),
            ("Jean-Yves Le Drian", "person", ["French foreign minister"]),
            ("Turkish Ministry of Foreign Affairs", "organization"),
            ("Erdoğan", "person", ["Turkish president"]),
            ("Kyriakos Mitsotakis", "person", ["Greek prime minister"]),
            ("Turkey", "place"),
            ("Libya", "place"),
            ("Greece", "place"),
        ],
        positions=[
            *[P(m, "the Turkey–Libya maritime border agreement", "oppose", CAIRO_CONCLUSION)
              for m in CAIRO_MINISTERS],
            *[P(m, "Turkish drilling in Cyprus's exclusive economic zone", "oppose", CAIRO_DRILLING)
              for m in CAIRO_MINISTERS],
            *[P(m, "sending Turkish soldiers to Libya", "oppose", CAIRO_TROOPS) for m in CAIRO_MINISTERS],
            P("Turkish Ministry of Foreign Affairs", "the Cairo summit's conclusions", "oppose",
              "denounced the conclusions of the summit"),
            P("Turkish Ministry of Foreign Affairs", "the Turkey–Libya maritime border agreement", "support",
              "legitimate and fully compatible with international law"),
            P("Turkish Ministry of Foreign Affairs", "dialogue with the countries of the summit", "support",
              "invited the countries to open dialogue"),
            P("Erdoğan", "regional cooperation in the Eastern Mediterranean", "support",
              "called for a regional cooperation in the Eastern Mediterranean"),
            P("Erdoğan", "Turkey's say in Eastern Mediterranean projects", "support",
              "claiming a right to Turkey to have a say in projects there"),
            P("Erdoğan", "Eastern Mediterranean projects excluding Turkey", "oppose",
              "No project excluding our country in the Eastern Mediterranean can be implemented"),
            P("Erdoğan", "regional cooperation in the Eastern Mediterranean", "support",
              "we are ready to take more [positive] steps towards those taking a single step towards us"),
            P("Erdoğan", "Turkish drilling in Cypriot waters", "support",
              "the Turkish drilling on Cypriot waters is only to protect Turkish and Turkish Cypriot interests"),
            P("Kyriakos Mitsotakis", "the Turkey–Libya maritime border agreement", "oppose",
              'called the border agreement "null and void" and "geographically ridiculous"'),
            P("Kyriakos Mitsotakis", "the Turkey–Libya maritime border agreement", "oppose",
              "which goes against everything we know in international law"),
            P("Turkey", "the Turkey–Libya maritime border agreement", "support",
              "Turkey and Libya agreed on a line as their shared maritime border"),
            P("Libya", "the Turkey–Libya maritime border agreement", "support",
              "Turkey and Libya agreed on a line as their shared maritime border"),
            P("Turkey", "Turkey's maritime claim between Crete and Cyprus", "support",
              "Turkey justified the claim based on their long shoreline"),
            P("Greece", "the Turkey–Libya maritime border agreement", "oppose",
              "Athens expelled the Libyan ambassador to Greece over the agreement"),
        ],
    ),
    Article(
        "wikinews-2019-073",
        quotes=[
            Q("their refusal to disclose to Congress documents related to President Donald Trump's attempt to add a "
              "citizenship question to the 2020 census", "indirect", "citing",
              "The United States House of Representatives", "United States House of Representatives"),
            Q("the documents were subject to executive privilege", "indirect", "formally claimed", "Trump",
              "Donald Trump", ("Trump",)),
            Q('the justification presented for the question was "contrived."', "indirect", "saying",
              "the United States Supreme Court", "United States Supreme Court", ("Supreme Court",)),
            Q("he would drop his bid to add the question", "indirect", "announced", "Trump", "Donald Trump",
              ("Trump",)),
            Q("he would use an executive order to add the citizenship question to the census, disregarding the Supreme "
              "Court's ruling", "indirect", "said", "the administration", "Trump administration",
              ("the administration", "administration")),
            Q("gamesmanship", "direct", "has referred to as", "Ross", "Wilbur Ross", ("Ross",)),
            Q("stunt", "direct", "has referred to as", "Ross", "Wilbur Ross", ("Ross",)),
        ],
        actors=[
            ("United States House of Representatives", "organization", ["Congress"]),
            ("Wilbur Ross", "person", ["Commerce Secretary", "Cabinet officer"]),
            ("William Barr", "person", ["Attorney General", "Cabinet officer"]),
            ("House Oversight and Reform Committee", "organization"),
            ("Donald Trump", "person", ["President"]),
            ("Trump administration", "organization"),
            ("United States Supreme Court", "organization"),
            ("Eric Holder", "person", ["former Attorney General"]),
            ("Department of Justice", "organization", ["the Trump administration's Department of Justice"]),
            ("Kerri Kupec", "person", ["spokeswoman for the Department of Justice"]),
        ],
        positions=[
            P("United States House of Representatives", "holding Wilbur Ross and William Barr in contempt of Congress",
              "support", "voted to hold two current Cabinet officers, Commerce Secretary Wilbur Ross and Attorney "
              "General William Barr, in contempt of Congress"),
            P("William Barr", "handing the census citizenship question documents to Congress", "oppose",
              "Barr and Ross, however, refused to hand over the documents"),
            P("Wilbur Ross", "handing the census citizenship question documents to Congress", "oppose",
              "Barr and Ross, however, refused to hand over the documents"),
            P("House Oversight and Reform Committee", "holding Wilbur Ross and William Barr in contempt of Congress",
              "support", "the Oversight Committee voted to refer them to the full House to be held in contempt"),
            P("Donald Trump", "handing the census citizenship question documents to Congress", "oppose",
              "the documents were subject to executive privilege"),
            P("Trump administration", "adding a citizenship question to the 2020 census", "support",
              "the Trump administration has been trying to add the question"),
            P("United States Supreme Court", "adding a citizenship question to the 2020 census", "oppose",
              "ruled against its initial attempt"),
            P("Donald Trump", "dropping the census citizenship question", "support",
              "he would drop his bid to add the question"),
            P("Donald Trump", "adding a citizenship question to the 2020 census", "support",
              "reversing course the next day and pressing forward"),
            P("Trump administration", "adding a citizenship question to the 2020 census", "support",
              "he would use an executive order to add the citizenship question to the census"),
            P("Trump administration", "dropping the census citizenship question", "support",
              "The administration finally gave up on July 11"),
            P("Trump administration", "citizenship information from other agencies for the Census Bureau", "support",
              "arranging instead to provide citizenship information to the Census Bureau from other government "
              "agencies"),
            P("Eric Holder", "turning over Operation Fast and Furious documents to Congress", "oppose",
              "refusing to turn over documents related to Operation Fast and Furious"),
            P("Department of Justice", "the House's contempt vote against Barr and Ross", "oppose",
              "sharply criticized the House's decision"),
            P("Wilbur Ross", "the House's contempt vote against Barr and Ross", "oppose",
              'referred to as "gamesmanship" and a "stunt"'),
        ],
    ),
    Article(
        "wikinews-2019-127",
        quotes=[
            Q("Smithers gave out the prescriptions to patients from five different states, some driving to his office "
              "from hundreds of miles away, from 2015 to 2017", "indirect", "said", "Prosecutors", "Prosecutors"),
            Q('Smithers "perpetuated, on a massive scale, the vicious cycle of addiction, despair, and destruction."',
              "indirect", "said", "United States Attorney Thomas T. Cullen", "Thomas T. Cullen"),
            Q("The judge recommended mental health treatments and a prison near his family", "indirect",
              "according to", "WSET-TV", "WSET-TV"),
            Q("some patients deceived him", "indirect", "claiming", "Smithers", "Joel Smithers", ("Smithers",)),
        ],
        actors=[
            ("Prosecutors", "organization"),
            ("Thomas T. Cullen", "person", ["United States Attorney"]),
            ("WSET-TV", "organization"),
            ("Joel Smithers", "person", ["doctor"]),
        ],
        positions=[
            P("Thomas T. Cullen", "Joel Smithers's opioid prescribing", "oppose",
              "perpetuated, on a massive scale, the vicious cycle of addiction, despair, and destruction."),
            P("Joel Smithers", "his conviction and sentence", "oppose", "He also filed in court his intent to appeal"),
        ],
    ),
    Article(
        "wikinews-2019-134",
        quotes=[
            Q("it scheduled the blackouts in response to forecasts for high winds amid dry conditions", "indirect",
              "stated", "PG&E", PGE, ("PG&E",)),
            Q("by noon today over half a million could be affected, at which point phase two was planned to begin",
              "indirect", "According to", "PG&E's schedule", PGE, ("PG&E",)),
            Q("the schedule", "indirect", "announced", "PG&E", PGE, ("PG&E",), after="PG&E announced the schedule"),
            Q("We very much understand the inconvenience and difficulties such a power outage would cause", "direct",
              "said", "Sumeet Singh, a vice president at PG&E", "Sumeet Singh"),
            Q("This is forecast to be the strongest offshore wind event since October 2017", "direct", "said",
              "Company meteorologist Evan Duffey", "Evan Duffey"),
            Q("The safety of our customers and the communities we serve is our most important responsibility, which is "
              "why PG&E has decided to turn power off to customers during this widespread, severe wind event. We "
              "understand the effects this event will have on our customers and appreciate the public's patience as "
              "we do what is necessary to keep our communities safe and reduce the risk of wildfire", "direct",
              "added", "Senior vice president Michael Lewis", "Michael Lewis"),
            Q("school districts across the area announced school closings", "indirect", "According to", "local news",
              None),
            Q("phase one had been completed", "indirect", "announced via Twitter", "PG&E", PGE, ("PG&E",)),
            Q("its website being inaccessible due to high volume of traffic", "indirect", "apologized for",
              "The company", PGE, ("PG&E",)),
        ],
        actors=[
            (PGE, "organization", ["United States public utility"]),
            ("Sumeet Singh", "person", ["vice president at PG&E"]),
            ("Evan Duffey", "person", ["PG&E meteorologist"]),
            ("Michael Lewis", "person", ["PG&E senior vice president"]),
        ],
        positions=[
            P(PGE, "the scheduled power shutoffs", "support",
              "it scheduled the blackouts in response to forecasts for high winds amid dry conditions"),
            P("Michael Lewis", "the scheduled power shutoffs", "support",
              "PG&E has decided to turn power off to customers during this widespread, severe wind event"),
        ],
    ),
    Article(
        "wikinews-2020-002",
        quotes=[
            Q("Adil Abdul-Mahdi, the caretaker Prime Minister, recommended the United States troops in Iraq withdraw",
              "indirect", "reported", "NPR", "NPR"),
            Q("the United States was disappointed by the Parliament's decision", "indirect", "indicated",
              "a United States Department of State spokesperson, Morgan Ortagus", STATE_DEPT, ("Morgan Ortagus",)),
            Q("While we await further clarification on the legal nature and impact of today's resolution,", "direct",
              "said", "he", STATE_DEPT, ("Morgan Ortagus",)),
            Q("we strongly urge Iraqi leaders to reconsider the importance of the ongoing economic and security "
              "relationship between the two countries and the continued presence of the Global Coalition to Defeat "
              "ISIS", "direct", "said", "he", STATE_DEPT, ("Morgan Ortagus",)),
            Q("victory", "indirect", "has since declared", "The Iraqi government", "Iraqi government"),
            Q("a serious violation of Iraqi sovereignty", "direct", "characterized", "The Foreign Ministry of Iraq",
              "Foreign Ministry of Iraq"),
        ],
        actors=[
            ("Parliament of Iraq", "organization"),
            ("Kurdish and Sunni Members of Parliament", "organization", ["Iraqi Parliament"]),
            ("NPR", "organization"),
            ("Adil Abdul-Mahdi", "person", ["caretaker Prime Minister of Iraq"]),
            (STATE_DEPT, "organization"),
            ("Morgan Ortagus", "person", ["United States Department of State spokesperson"]),
            ("Iraqi government", "organization"),
            ("Foreign Ministry of Iraq", "organization"),
        ],
        positions=[
            P("Parliament of Iraq", "expelling United States troops from Iraq", "support",
              "voted on a resolution to expel United States troops from the country"),
            P("Kurdish and Sunni Members of Parliament", "the resolution to expel United States troops", "oppose",
              "was boycotted by both Kurdish and Sunni Members of Parliament"),
            P("Adil Abdul-Mahdi", "withdrawal of United States troops from Iraq", "support",
              "recommended the United States troops in Iraq withdraw"),
            P(STATE_DEPT, "the Iraqi Parliament's resolution to expel United States troops", "oppose",
              "the United States was disappointed by the Parliament's decision"),
            P(STATE_DEPT, "the continued presence of the coalition in Iraq", "support",
              "we strongly urge Iraqi leaders to reconsider the importance of the ongoing economic and security "
              "relationship between the two countries and the continued presence of the Global Coalition to Defeat "
              "ISIS"),
            P("Foreign Ministry of Iraq", "the US airstrike that killed Qasem Soleimani", "oppose",
              'characterized the attack as "a serious violation of Iraqi sovereignty"'),
        ],
    ),
    Article(
        "wikinews-2019-125",
        quotes=[
            Q("The police officers' lives were seriously threatened. To save his own and his colleagues' lives, he "
              "fired a live shot at the attacker.", "direct", "said",
              "Police Senior Superintendent Yolanda Yu Hoi-kwan", "Yolanda Yu Hoi-kwan"),
            Q("an investigation into the shooting", "indirect", "has called for", "Amnesty International",
              "Amnesty International"),
            Q("Sixty-six people or more were injured yesterday", "indirect", "according to", "health officials", None),
        ],
        actors=[
            ("Yolanda Yu Hoi-kwan", "person", ["Police Senior Superintendent"]),
            ("Amnesty International", "organization"),
            ("protesters", "organization", ["Hong Kong protesters"]),
        ],
        positions=[
            P("Yolanda Yu Hoi-kwan", "the police officer's shooting of the protester", "support",
              "To save his own and his colleagues' lives, he fired a live shot at the attacker."),
            P("Amnesty International", "an investigation into the police shooting", "support",
              "called for an investigation into the shooting"),
            P("protesters", "the proposed extradition law", "oppose",
              "The protests began in June in response to a proposed new law that would have allowed the Chinese "
              "government to extradite people accused of crimes from Hong Kong"),
            P("protesters", "Chinese encroachment on Hong Kongers' rights", "oppose",
              "Chinese encroachment on Hong Konger's rights"),
            P("protesters", "police actions toward protesters", "oppose", "the actions of police toward protesters"),
        ],
    ),
    Article(
        "wikinews-2019-021",
        quotes=[
            Q("his guilt in eight murders", "indirect", "admitted", "Bruce McArthur, from Toronto, Canada",
              "Bruce McArthur", ("McArthur",)),
            Q("guilty to each crime", "indirect", "pleaded", "McArthur", "Bruce McArthur", ("McArthur",)),
            Q("sexual in nature", "direct", "according to", "agreed facts heard in court", "agreed facts"),
            Q('a "significant development" was likely at Tuesday\'s hearing', "indirect", "indicated",
              "Toronto Police", "Toronto Police"),
            Q("a broader probe into the surrounding circumstances may be required", "indirect", "suggested",
              "mayor John Tory", "John Tory"),
            Q('Tuesday\'s pleas might provide "some solace for the families and friends of the victims, and for the '
              'community more broadly," but would not answer questions being asked of authorities', "indirect",
              "said she felt", "National LGBT news source Daily Xtra\u200d's editorial director, Rachel Giese",
              "Rachel Giese"),
        ],
        actors=[
            ("Bruce McArthur", "person", ["serial killer"]),
            ("agreed facts", "organization", ["agreed facts heard in court"]),
            ("Toronto Police", "organization"),
            ("members of the local LGBT community", "organization"),
            ("John Tory", "person", ["mayor of Toronto"]),
            ("Rachel Giese", "person", ["editorial director of Daily Xtra"]),
        ],
        positions=[
            P("members of the local LGBT community", "the Toronto Police's handling of the disappearances", "oppose",
              "Some members of the local LGBT community have been critical"),
            P("John Tory", "a broader probe into the circumstances of the killings", "support",
              "a broader probe into the surrounding circumstances may be required"),
        ],
    ),
]
