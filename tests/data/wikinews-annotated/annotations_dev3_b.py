"""Hand annotations of the third dev set, half b (Wikinews, CC BY 2.5): see README.md for the conventions."""

from build import Article, P, Q

ARTICLES = [
    Article(
        "wikinews-2019-050",
        quotes=[
            Q("the United States Department of Justice was performing a criminal investigation of Ford's internal "
              "emission testing practices", "indirect", "announced", "Ford Motor Company", "Ford Motor Company",
              ("Ford",)),
            Q("the criminal investigation started on some unspecified date after Ford voluntarily disclosed the matter "
              "to the federal government on February 21", "indirect", "said", "Ford", "Ford Motor Company", ("Ford",)),
            Q('the matter "currently focuses on issues relating to road load estimations, including analytical modeling '
              'and coastdown testing", and "does not involve the use of defeat devices" which were an issue with '
              "another automaker previously", "indirect", "said", "Ford", "Ford Motor Company", ("Ford",)),
            Q("Ford is fully cooperating with the government, and we'll keep them posted on what we're finding through "
              "our investigation and technical review", "direct", "told", "Ford", "Ford Motor Company", ("Ford",)),
            Q("In addition, we have notified a number of other state and federal agencies. We are fully cooperating "
              "with all government agencies.", "direct", "writing", "Ford", "Ford Motor Company", ("Ford",)),
            Q("investigating itself", "indirect", "announced", "Ford", "Ford Motor Company", ("Ford",)),
            Q("Ford started its investigation by hiring law firm Sidley Austin", "indirect", "according to",
              "The Verge", "The Verge"),
            Q("Ford voluntarily disclosed this matter to the U.S. Environmental Protection Agency on February 18, and "
              "also to the California Air Resources Board on February 21", "indirect", "According to", "the filing",
              "Ford Motor Company", ("Ford",)),
        ],
        actors=[
            ("Ford Motor Company", "organization", ["automaker"]),
            ("The Verge", "organization"),
        ],
        positions=[
            P("Ford Motor Company", "cooperation with the Justice Department's investigation", "support",
              "Ford is fully cooperating with the government"),
            P("Ford Motor Company", "cooperation with the government agencies' inquiries", "support",
              "We are fully cooperating with all government agencies."),
        ],
    ),
    Article(
        "wikinews-2019-101",
        quotes=[
            Q("it is commonplace for new governments — Johnson became prime minister in July — to suspend parliament, "
              "but apparently using it as a tool in his Brexit strategy has been controversial", "indirect",
              "According to", "the BBC", "BBC"),
            Q("for the UK to leave with or without a trade deal with the EU and not seek any further extensions",
              "indirect", "stated intent", "Johnson's", "Boris Johnson", ("Johnson",)),
            Q("[W]e must get Brexit done, because the UK must come out [...] by October 31st, or else I fear that "
              "permanent damage will be done in the UK to trust our democratic system", "direct", "said", "Johnson",
              "Boris Johnson", ("Johnson",)),
            Q("shame on you!", "direct", "shouting", "Members of the House of Commons",
              "Members of the House of Commons"),
            Q("silenced", "direct", "read", "signs", "Members of the House of Commons", after="holding signs"),
            Q('his Labour Party "[are] eager for an election — but as keen as we are, we are not prepared to risk '
              "inflicting the disaster of no deal on our communities, our jobs, our services, or indeed our rights\"",
              "indirect", "said", "Opposition leader Jeremy Corbyn", "Jeremy Corbyn"),
            Q("Queen Elizabeth II for this prorogation", "indirect", "asked", "Johnson", "Boris Johnson",
              ("Johnson",)),
        ],
        actors=[
            ("Boris Johnson", "person", ["United Kingdom Prime Minister", "leader of the Conservative Party"]),
            ("BBC", "organization"),
            ("Members of the House of Commons", "organization"),
            ("Jeremy Corbyn", "person", ["Opposition leader", "Labour Party"]),
            ("United Kingdom", "place"),
        ],
        positions=[
            P("Boris Johnson", "prorogation of Parliament", "support", "Johnson asked Queen Elizabeth II for this prorogation"),
            P("Boris Johnson", "leaving the EU with or without a deal", "support",
              "for the UK to leave with or without a trade deal with the EU"),
            P("Boris Johnson", "further extensions of the Brexit deadline", "oppose", "not seek any further extensions"),
            P("Boris Johnson", "Brexit by October 31", "support", "[W]e must get Brexit done"),
            P("Members of the House of Commons", "prorogation of Parliament", "oppose",
              'Members of the House of Commons protested by shouting "shame on you!"'),
            P("Jeremy Corbyn", "a general election", "support", "[are] eager for an election"),
            P("Jeremy Corbyn", "no-deal Brexit", "oppose",
              "we are not prepared to risk inflicting the disaster of no deal on our communities"),
            P("United Kingdom", "leaving the European Union", "support",
              "The United Kingdom voted on June 23, 2016, to leave the European Union"),
        ],
    ),
    Article(
        "wikinews-2019-115",
        quotes=[
            Q("it could rule on the prorogation", "indirect", "found", "The court",
              "Supreme Court of the United Kingdom", ("Supreme Court",)),
            Q("the prorogation to be unlawful", "indirect", "found", "The court", "Supreme Court of the United Kingdom",
              ("Supreme Court",)),
            Q("This Court has already concluded that the Prime Minister's advice to Her Majesty was unlawful, void and "
              "of no effect. This means that the Order in Council to which it led was also unlawful, void and of no "
              "effect and should be quashed. This means that when the Royal Commissioners walked into the House of "
              "Lords it was as if they walked in with a blank sheet of paper. The prorogation was also void and of no "
              "effect. Parliament has not been prorogued. This is the unanimous judgment of all 11 Justices.",
              "direct", "read", "The summary of the decision", "Supreme Court of the United Kingdom",
              ("Supreme Court",)),
            Q("the prorogation was unlawful", "indirect", "ruled", "the Court of Session in Scotland",
              "Court of Session", ("Court of Session in Scotland",), after="Following that reasoning"),
            Q("the prorogation of Parliament was not a matter for the courts", "indirect", "finding",
              "The High Court of England and Wales", "High Court of England and Wales"),
            Q("In our view,  the decision  of  the  Prime  Minister to advise Her Majesty the Queen to prorogue "
              "Parliament is not justiciable in Her Majesty’s courts.", "direct", None, None,
              "High Court of England and Wales"),
            Q("Johnson of misleading the Queen", "indirect", "accused", "Former prime minister John Major",
              "John Major"),
            Q("the true intent of seeking prorogation was to shut down debate in parliament", "indirect", "argued",
              "Former prime minister John Major", "John Major"),
            Q("prorogation is a political tool given by the legislature to the executive branch. If Parliament does "
              "not like prorogation or how it is used, it has the power to change the law.", "indirect",
              "counter-argument was", "The government's", "Johnson's government", ("the government", "government")),
            Q("It is not for the Court to opine about the motivations", "indirect", "argued",
              "the government's lawyer, Richard Keen", "Richard Keen"),
            Q("Britain must leave by that date with or without a deal", "indirect", "stated", "Johnson",
              "Boris Johnson", ("Johnson",)),
            Q('he remained "cautiously optimistic" a deal would be reached', "indirect", "said", "he", "Boris Johnson",
              ("Johnson",)),
        ],
        actors=[
            ("Supreme Court of the United Kingdom", "organization", ["final court of appeal"]),
            ("Court of Session", "organization", ["Scottish court"]),
            ("High Court of England and Wales", "organization"),
            ("John Major", "person", ["Former prime minister"]),
            ("Johnson's government", "organization", ["government"]),
            ("Richard Keen", "person", ["the government's lawyer"]),
            ("Boris Johnson", "person", ["prime minister"]),
            ("Britons", "organization", ["voters"]),
        ],
        positions=[
            P("Supreme Court of the United Kingdom", "courts ruling on the prorogation", "support",
              "it could rule on the prorogation"),
            P("Supreme Court of the United Kingdom", "prorogation of Parliament", "oppose",
              "found the prorogation to be unlawful"),
            P("Supreme Court of the United Kingdom", "the Prime Minister's advice to prorogue Parliament", "oppose",
              "the Prime Minister's advice to Her Majesty was unlawful, void and of no effect"),
            P("Boris Johnson", "prorogation of Parliament", "support", "at the behest of Boris Johnson"),
            P("Court of Session", "prorogation of Parliament", "oppose",
              "ruled on September 11 the prorogation was unlawful"),
            P("Johnson's government", "the Court of Session's ruling against the prorogation", "oppose",
              "the appeal of that decision by Johnson's government"),
            P("High Court of England and Wales", "courts ruling on the prorogation", "oppose",
              "the prorogation of Parliament was not a matter for the courts"),
            P("John Major", "Boris Johnson's advice to the Queen", "oppose", "accused Johnson of misleading the Queen"),
            P("John Major", "prorogation of Parliament", "oppose",
              "the true intent of seeking prorogation was to shut down debate in parliament"),
            P("Johnson's government", "prorogation of Parliament", "support",
              "prorogation is a political tool given by the legislature to the executive branch"),
            P("Johnson's government", "courts ruling on the prorogation", "oppose",
              "It is not for the Court to opine about the motivations"),
            P("Britons", "leaving the European Union", "support", "Britons voted in a 2016 referendum to leave the EU"),
            P("Boris Johnson", "leaving the EU by October 31 with or without a deal", "support",
              "Britain must leave by that date with or without a deal"),
        ],
    ),
    Article(
        "wikinews-2019-157",
        quotes=[
            Q("an attack that day on an Iraqi air base housing U.S. military personnel near Mosul produced no "
              "casualties", "indirect", "saying", "the Combined Joint Task Force Operation Inherent Resolve",
              "Combined Joint Task Force Operation Inherent Resolve"),
            Q("the attack took place at about 7:45 p.m.", "indirect", "told", "A spokesperson",
              "Combined Joint Task Force Operation Inherent Resolve"),
            Q("No Coalition troops were injured. We appreciate the Iraqi Security Forces immediate response and "
              "investigation. Coalition forces are in Iraq at the invitation of the Government of Iraq to defeat ISIS "
              "remnants;", "direct", "read", "the statement", "Combined Joint Task Force Operation Inherent Resolve"),
            Q("we will not be deterred by these attacks and maintain the right to defend ourselves.", "direct", "read",
              "the statement", "Combined Joint Task Force Operation Inherent Resolve"),
            Q("Seventeen rockets struck near the base", "indirect", "according to", "Iraqi military", "Iraqi military"),
            Q("Iran, especially, amongst other outside parties, is unduly influencing their government and inducing "
              "politicians to act against Iraq's interests", "indirect", "have claimed", "Protesters", "Protesters"),
            Q("dissolving Parliament, appointing an election committee whose members are selected irrespective of "
              "party affiliation, and a clear date set for new elections", "indirect", "demands have included",
              "Their", "Protesters"),
            Q("the protester death count in the hundreds", "indirect", "has placed", "The news agency AFP", "AFP"),
        ],
        actors=[
            ("Combined Joint Task Force Operation Inherent Resolve", "organization", ["U.S.-led coalition"]),
            ("Iraqi military", "organization"),
            ("Iraqi militias associated with Iran", "organization"),
            ("Protesters", "organization", ["anti-government protesters"]),
            ("AFP", "organization", ["news agency"]),
            ("Government of Iraq", "organization"),
        ],
        positions=[
            P("Combined Joint Task Force Operation Inherent Resolve", "the Iraqi Security Forces' response to the attack",
              "support", "We appreciate the Iraqi Security Forces immediate response and investigation"),
            P("Combined Joint Task Force Operation Inherent Resolve", "ISIS", "oppose", "to defeat ISIS remnants"),
            P("Combined Joint Task Force Operation Inherent Resolve", "the coalition's presence in Iraq", "support",
              "we will not be deterred by these attacks"),
            P("Iraqi militias associated with Iran", "U.S. troops in Iraq", "oppose",
              "had made threats against U.S. personnel"),
            P("Protesters", "the Iraqi government", "oppose", "anti-government protests continue in Baghdad"),
            P("Protesters", "Iranian influence in Iraq", "oppose",
              "Iran, especially, amongst other outside parties, is unduly influencing their government"),
            P("Protesters", "dissolving Parliament", "support", "dissolving Parliament"),
            P("Protesters", "an election committee independent of parties", "support",
              "appointing an election committee whose members are selected irrespective of party affiliation"),
            P("Protesters", "new elections", "support", "a clear date set for new elections"),
            P("Government of Iraq", "U.S. troops in Iraq", "support",
              "at the Iraqi government's request returned three years later"),
        ],
    ),
    Article(
        "wikinews-2019-162",
        quotes=[
            Q("The district council is the only level of Hong Kong government that is, as news sources noted, "
              "completely democratic", "indirect", "noted", "news sources", None),
            Q("Today we are trying to do the best we can for Hong Kong right now. Every little step matters [...] It "
              "is a protest vote against an authoritarian government; we cannot tolerate this government's policies "
              "anymore.", "direct", "told", "Voter Kitty Mak", "Kitty Mak"),
            Q("the turnout was seen as public support of the protesters who have demonstrated in Hong Kong since June",
              "indirect", "said", "Chinese University political scientist Ma Ngok", "Ma Ngok"),
            Q("The government and the pro-Beijing camp have always claimed they have public support [...] But now "
              "[...] this is a big slap in the face because the public has showed their real position in record "
              "numbers.", "direct", "noted", "He", "Ma Ngok"),
        ],
        actors=[
            ("Kitty Mak", "person", ["voter"]),
            ("Ma Ngok", "person", ["Chinese University political scientist"]),
            ("Hong Kong government", "organization"),
            ("protesters", "organization", ["pro-democracy protesters"]),
        ],
        positions=[
            P("Kitty Mak", "the Hong Kong government's policies", "oppose",
              "It is a protest vote against an authoritarian government; we cannot tolerate this government's "
              "policies anymore."),
            P("Hong Kong government", "extradition to mainland China", "support",
              "the Hong Kong government proposed an amendment to a law to allow the government of mainland China to "
              "extradite anyone accused of a crime to the mainland"),
            P("protesters", "investigations into police brutality", "support",
              "demands for investigations into police brutality"),
            P("protesters", "a more representative democracy in Hong Kong", "support",
              "a more representative form of democracy within Hong Kong government"),
        ],
    ),
    Article(
        "wikinews-2020-061",
        quotes=[
            Q("from June 15, wearing a face covering would become compulsory while riding public transport in England",
              "indirect", "announced", "England's transport secretary, Grant Shapps", "Grant Shapps", ("Shapps",)),
            Q('it would be "a condition of travel" and "surgical masks[...] we must keep for clinical settings" so the '
              'general public should use "the kind of face covering you can easily make at home."', "indirect", "said",
              "He", "Grant Shapps", ("Shapps",)),
            Q("We have been working closely with the government to ensure that agreed increases in services on "
              "Britain's train, and Tube, network is done in a safe and controlled manner – to help spread [the "
              "travellers], and maintain social distancing – for the safety of passengers and staff[...] The "
              "instruction to wear face coverings to help prevent the spread of the coronavirus will ease the concerns "
              "of people travelling, and working, on the transport network.", "direct", "commented",
              "Train drivers' trade union Aslef general secretary Mick Whelan", "Mick Whelan"),
            Q('the measure was "nowhere near enough."', "indirect", "said",
              "The general secretary of the RMT union (National Union of Rail, Maritime and Transport Workers), "
              "Mick Cash", "Mick Cash"),
            Q('people "think about" it in situations where they cannot apply social-distancing', "indirect",
              "has suggested", "Northern Ireland", "Northern Ireland"),
            Q('a compulsory introduction of face coverings could be "inevitable" and that she was considering it',
              "indirect", "said", "Scotland First Minister Nicola Sturgeon", "Nicola Sturgeon"),
        ],
        actors=[
            ("Grant Shapps", "person", ["England's transport secretary"]),
            ("Mick Whelan", "person", ["Aslef general secretary"]),
            ("Mick Cash", "person", ["general secretary of the RMT union"]),
            ("Northern Ireland", "place"),
            ("Nicola Sturgeon", "person", ["Scotland First Minister"]),
        ],
        positions=[
            P("Grant Shapps", "mandatory face coverings on public transport", "support",
              "wearing a face covering would become compulsory while riding public transport in England"),
            P("Grant Shapps", "keeping surgical masks for clinical settings", "support",
              "surgical masks[...] we must keep for clinical settings"),
            P("Mick Whelan", "mandatory face coverings on public transport", "support",
              "The instruction to wear face coverings to help prevent the spread of the coronavirus will ease the "
              "concerns of people travelling"),
            P("Mick Cash", "the face covering measure as sufficient", "oppose", 'the measure was "nowhere near enough."'),
            P("Northern Ireland", "wearing face coverings", "support",
              'suggested people "think about" it in situations where they cannot apply social-distancing'),
        ],
    ),
    Article(
        "wikinews-2020-080",
        quotes=[
            Q("at least a dozen people lost their lives and scores more were injured", "indirect", "According to",
              "authorities", None),
            Q("Calicut has a tabletop runway, so when the aircraft failed to stop on the runway, it fell into a ditch or "
              "gorge", "indirect", "According to", "the National Disaster Response Force",
              "National Disaster Response Force"),
            Q("The aircraft broke into two pieces but did not catch fire", "indirect", "according to",
              "the Directorate General of Civil Aviation", "Directorate General of Civil Aviation"),
            Q("18 people died", "indirect", "said", "Civil Aviation Minister Hardeep Singh Puri",
              "Hardeep Singh Puri", ("Hardeep",)),
            Q("both of the flight recorders have been recovered", "indirect", "stated", "Hardeep",
              "Hardeep Singh Puri", ("Hardeep",)),
            Q("The injured persons have been rushed to Kozhikode Medical College and other nearby hospitals. Those "
              "admitted are having serious injuries.", "direct", "said", "The local health minister", None),
            Q("My thoughts are with those who lost their loved ones. May the injured recover at the earliest. [...] "
              "Authorities are at the spot, providing all assistance to the affected.", "direct", "wrote",
              "Indian Prime Minister Narendra Modi", "Narendra Modi"),
        ],
        actors=[
            ("National Disaster Response Force", "organization"),
            ("Directorate General of Civil Aviation", "organization"),
            ("Hardeep Singh Puri", "person", ["Civil Aviation Minister"]),
            ("Narendra Modi", "person", ["Indian Prime Minister"]),
        ],
        positions=[],
    ),
    Article(
        "wikinews-2020-090",
        quotes=[
            Q("Russian opposition leader Alexei Navalny was poisoned with Novichok, a range of neurotoxins developed by "
              "the Soviet Union", "indirect", "said", "the German government", "German government", ("Berlin",)),
            Q("the tests by a military laboratory found Novichok in Navalny's blood", "indirect", "announced",
              "The German government", "German government", ("Berlin",)),
            Q('there was "unequivocal" proof he had been poisoned', "indirect", "said", "The German government",
              "German government", ("Berlin",)),
            Q("an explanation from Russia", "indirect", "demanded", "Angela Merkel, the Chancellor of Germany",
              "Angela Merkel"),
            Q("the claim from Berlin as groundless", "indirect", "dismissed", "The Russian government",
              "Russian government"),
            Q("Navalny was poisoned", "indirect", "had alleged", "his associates", "his associates",
              after="his associates had alleged"),
            Q("no traces of poison were found in his blood or urine", "indirect", "reported",
              "Initial reports from Omsk hospital", "Omsk hospital"),
        ],
        actors=[
            ("German government", "organization"),
            ("Angela Merkel", "person", ["Chancellor of Germany"]),
            ("Russian government", "organization"),
            ("Alexei Navalny", "person", ["Russian opposition leader"]),
            ("his associates", "organization", ["Navalny's associates"]),
            ("Omsk hospital", "organization"),
        ],
        positions=[
            P("German government", "the poisoning of Alexei Navalny", "oppose", "strongly condemned the attack"),
            P("Angela Merkel", "a Russian explanation of the poisoning", "support",
              "demanded an explanation from Russia"),
            P("Russian government", "the German finding that Navalny was poisoned", "oppose",
              "dismissed the claim from Berlin as groundless"),
            P("Alexei Navalny", "Vladimir Putin", "oppose",
              "Navalny is an outspoken critic of Russian president Vladimir Putin"),
        ],
    ),
]
