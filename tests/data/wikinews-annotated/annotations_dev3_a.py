"""Hand annotations of the third dev set, half a (Wikinews, CC BY 2.5): see README.md for the conventions."""

from build import Article, P, Q

ACLU = "American Civil Liberties Union of Montana"
PLAINTIFFS = ("The plaintiffs were listed as Western Native Voice, Montana Native Vote, Assiniboine and Sioux Tribes of "
              "Fort Peck, Blackfeet Nation, Confederated Salish and Kootenai Tribes, Crow Tribe, and the Fort Belknap "
              "Indian Community")
ECJ = ("ECJ", "European Court of Justice (ECJ)", "the ruling", "ruling", "Court of Justice")
UK_US = "authorities in the United Kingdom and the United States"

ARTICLES = [
    Article(
        "wikinews-2020-037",
        quotes=[
            Q("it would prevent many Native Americans from voting", "indirect", "saying",
              "the American Civil Liberties Union of Montana and Native American Rights Fund", ACLU,
              ("Native American Rights Fund",)),
            Q("many residents of Montana's reservations do not have access to reliable transportation to drive to "
              "voting sites", "indirect", "notes", "The complaint", ACLU,
              ("Native American Rights Fund", "The complaint", "complaint")),
            Q("BIPA ignores the everyday realities that face Native American communities. It is not reasonable to "
              "expect voters to drive an hour to drop off their ballot, so collecting ballots in reservation "
              "communities just makes sense. Criminalizing this behavior is unfair to Native American voters and does "
              "nothing to solve the real problem of mail not being picked up and delivered to Native homes.", "direct",
              "said", "The Native American Rights Fund's Jacqueline De León", "Jacqueline De León"),
            Q("it was to prevent voter fraud, specifically to prevent people from collecting ballots and then throwing "
              "them away if they did not like voters' decisions", "indirect", "argued",
              "State legislators supporting the law", "State legislators supporting the law", ("State legislators",)),
            Q('BIPA "is supported overwhelmingly by Montanans, including the counties in Indian Country [...] It\'s '
              'always dicey when plaintiffs try to overturn the will of the people."', "indirect", "said",
              "Montana Secretary of State Corey Stapleton", "Corey Stapleton"),
            Q("the total 2020 population of the state at just over one million", "indirect", "estimated",
              "The World Population Review", "World Population Review"),
            Q("have a concept of family that does not match the nuclear family idea widespread in Western culture",
              "indirect", "pointed out", "the complaint", ACLU,
              ("Native American Rights Fund", "The complaint", "complaint")),
        ],
        actors=[
            (ACLU, "organization"),
            ("Native American Rights Fund", "organization"),
            ("Jacqueline De León", "person", ["Native American Rights Fund"]),
            ("State legislators supporting the law", "organization", ["Montana state legislators"]),
            ("Corey Stapleton", "person", ["Montana Secretary of State"]),
            ("World Population Review", "organization"),
            ("Western Native Voice", "organization", ["plaintiff"]),
            ("Montana Native Vote", "organization", ["plaintiff"]),
            ("Assiniboine and Sioux Tribes of Fort Peck", "organization", ["plaintiff"]),
            ("Blackfeet Nation", "organization", ["plaintiff"]),
            ("Confederated Salish and Kootenai Tribes", "organization", ["plaintiff"]),
            ("Crow Tribe", "organization", ["plaintiff"]),
            ("Fort Belknap Indian Community", "organization", ["plaintiff"]),
        ],
        positions=[
            P(ACLU, "Montana's Ballot Interference Prevention Act", "oppose",
              "filed a lawsuit against the state of Montana over its 2018 Ballot Interference Prevention Act (BIPA)"),
            P("Native American Rights Fund", "Montana's Ballot Interference Prevention Act", "oppose",
              "filed a lawsuit against the state of Montana over its 2018 Ballot Interference Prevention Act (BIPA)"),
            P("Jacqueline De León", "Montana's Ballot Interference Prevention Act", "oppose",
              "BIPA ignores the everyday realities that face Native American communities"),
            P("Jacqueline De León", "ballot collection in reservation communities", "support",
              "collecting ballots in reservation communities just makes sense"),
            P("State legislators supporting the law", "Montana's Ballot Interference Prevention Act", "support",
              "State legislators supporting the law argued it was to prevent voter fraud"),
            P("Corey Stapleton", "Montana's Ballot Interference Prevention Act", "support",
              'is supported overwhelmingly by Montanans, including the counties in Indian Country [...] It\'s always '
              'dicey when plaintiffs try to overturn the will of the people'),
            P("Western Native Voice", "Montana's Ballot Interference Prevention Act", "oppose", PLAINTIFFS),
            P("Montana Native Vote", "Montana's Ballot Interference Prevention Act", "oppose", PLAINTIFFS),
            P("Assiniboine and Sioux Tribes of Fort Peck", "Montana's Ballot Interference Prevention Act", "oppose",
              PLAINTIFFS),
            P("Blackfeet Nation", "Montana's Ballot Interference Prevention Act", "oppose", PLAINTIFFS),
            P("Confederated Salish and Kootenai Tribes", "Montana's Ballot Interference Prevention Act", "oppose",
              PLAINTIFFS),
            P("Crow Tribe", "Montana's Ballot Interference Prevention Act", "oppose", PLAINTIFFS),
            P("Fort Belknap Indian Community", "Montana's Ballot Interference Prevention Act", "oppose", PLAINTIFFS),
        ],
    ),
    Article(
        "wikinews-2019-130",
        quotes=[
            Q("a judgement favorable to the plaintiff, Eva Glawischnig-Piesczek, a politician in Austria, allowing an "
              "Austrian court to require social media site Facebook to remove a post from its site made by a user in "
              "Ireland", "indirect", "issued", "The Luxembourg-based court", "European Court of Justice", ECJ),
            Q("could have far-reaching implications for regulation of content on the Internet beyond the borders of "
              "the EU", "indirect", "say", "analysts", None),
            Q("corrupt oaf", "direct", "termed", "The comments", None),
            Q("lousy traitor", "direct", "termed", "The comments", None),
            Q("for clarifications of EU law", "indirect", "asking",
              "the Supreme Court of Justice (Oberster Gerichtshof\u2009) of Austria", "Supreme Court of Justice",
              ("Oberster Gerichtshof",)),
            Q("By today’s judgment, the Court of Justice answers the Oberster Gerichtshof that the Directive on "
              "electronic commerce, which seeks  to  strike a balance between the different  interests  at stake, "
              "does not preclude a court of a Member State from ordering a host provider:", "direct", None,
              "European Court of Justice", "European Court of Justice", ECJ),
            Q("a host, such as Facebook, must remove the original post as well as re-posts and posts which state "
              "essentially the same thing if it is deemed against the law", "indirect", "According to", "the ruling",
              "European Court of Justice", ECJ),
            Q("If there's a court order to say that someone's been defamed, then Facebook has to also search for "
              "different variations of it", "direct", "said", "Steve Peers of the University of Essex", "Steve Peers"),
            Q("[t]here's no harmonised defamation law internationally", "direct", "observing", "Steve Peers",
              "Steve Peers"),
            Q("a single EU country (in this case Austria) could demand an online provider (in this case Facebook) to "
              "take down an objectionable post, monitor its site for equivalent content, and take down those postings "
              "as well. And it says a country could do so on a global scale, regardless of where the poster or the "
              "viewer is located. In so ruling, the court demonstrated a shocking ignorance of the technology involved "
              "and set the stage for the most censor-prone country to set global speech rules.", "direct", "wrote",
              "Jennifer Daskal of American University and contributor to Slate", "Jennifer Daskal"),
            Q("This judgment raises critical questions around freedom of expression and the role that internet "
              "companies should play in monitoring, interpreting and removing speech that might be illegal in any "
              "particular country", "direct", "released a statement which read", "Facebook", "Facebook"),
            Q("It undermines the long-standing principle that one country does not have the right to impose its laws "
              "on speech on another country", "direct", "claimed", "Facebook", "Facebook"),
        ],
        actors=[
            ("European Court of Justice", "organization", ["supreme court on matters of European Union law"]),
            ("Eva Glawischnig-Piesczek", "person", ["plaintiff", "politician in Austria",
                                                    "former chair and spokesperson for The Greens"]),
            ("Facebook", "organization", ["social media site"]),
            ("Supreme Court of Justice", "organization", ["Austria's supreme court"]),
            ("Steve Peers", "person", ["University of Essex"]),
            ("Jennifer Daskal", "person", ["American University", "contributor to Slate"]),
        ],
        positions=[
            P("European Court of Justice", "Glawischnig-Piesczek's case against Facebook", "support",
              "issued a judgement favorable to the plaintiff"),
            P("European Court of Justice", "courts ordering host sites to remove illegal posts", "support",
              "a host, such as Facebook, must remove the original post as well as re-posts and posts which state "
              "essentially the same thing if it is deemed against the law"),
            P("Eva Glawischnig-Piesczek", "the defamatory Facebook post about her", "oppose",
              "Glawischnig-Piesczek sued in Austria for defamation"),
            P("Jennifer Daskal", "the European Court of Justice's ruling", "oppose",
              "the court demonstrated a shocking ignorance of the technology involved and set the stage for the most "
              "censor-prone country to set global speech rules"),
            P("Facebook", "the European Court of Justice's ruling", "oppose",
              'This judgment raises critical questions around freedom of expression and the role that internet '
              'companies should play in monitoring, interpreting and removing speech that might be illegal in any '
              'particular country". Facebook further claimed, "It undermines the long-standing principle that one '
              'country does not have the right to impose its laws on speech on another country'),
        ],
    ),
    Article(
        "wikinews-2019-055",
        quotes=[
            Q("new church law to mandate reporting sexual abuses to the church authorities", "indirect", "announced",
              "Pope Francis", "Pope Francis", ("the Pope", "Pope")),
            Q("priests and nuns of the Catholic churches are expected to notify the higher church authorities, as a "
              "step to act on sexual abuse and its cover-up happening in the churches", "indirect", "Per",
              "the decree signed by the leader of Roman Catholic Christianity", "Pope Francis",
              ("the Pope", "Pope", "the decree", "decree")),
            Q('the victims of sexual abuse in churches had a right to "concrete and efficient measures" against the '
              'abuse', "indirect", "said", "Pope Francis", "Pope Francis", ("the Pope", "Pope")),
            Q("The crimes of sexual abuse offend Our Lord; cause physical, psychological and spiritual damage to the "
              "victims; and harm the community of the faithful. In order that these phenomena, in all their forms, "
              "never happen again, a continuous and profound conversion of hearts is needed, attested by concrete and "
              "effective actions that involve everyone in the church, so that personal sanctity and moral commitment "
              "can contribute to promoting full credibility of the gospel message and the effectiveness of the "
              "church's mission", "direct", "read", "The decree signed by the Pope", "Pope Francis",
              ("the Pope", "Pope", "the decree", "decree")),
            Q("establishing a system to keep the identity of the victims confidential", "indirect", "mentions",
              "The decree", "Pope Francis", ("the Pope", "Pope", "the decree", "decree")),
            Q("415 thousand priests and 660 thousand nuns are subject to the requirement to report to the hierarchy "
              "misconducts happening in the church by religious leaders", "indirect", "Per",
              "numbers reported by The Associated Press", "The Associated Press", ("Associated Press",)),
            Q("archbishops to notify the Vatican City of any sexual allegations", "indirect", "instructs",
              "The decree", "Pope Francis", ("the Pope", "Pope", "the decree", "decree")),
            Q("We have said for years that priests should follow certain strict rules, so why should the bishops and "
              "other members of the church hierarchy be exempt?", "direct", "said",
              "Cardinal Marc Ouellet of the Holy See", "Marc Ouellet"),
            Q("People must know that bishops are at the service of the people.  They are not above the law, and if "
              "they do wrong, they must be reported.", "direct", "said", "Vatican archbishop Charles Scicluna",
              "Charles Scicluna"),
            Q("The church should establish the law for reporting and justify the exception [...] Instead, they are "
              "using the exception as a pretext for not reporting sexual abuse to civil authorities and to keep abuse "
              "secret", "direct", "said", "Peter Iseley of worldwide victim group Ending Clergy Abuse", "Peter Iseley",
              ("Iseley",)),
            Q("Bishops reporting to themselves, that's been the problem from the beginning [...] All they did was add "
              "another layer of bureaucracy; this doesn't require civil authorities.  What we need are police and "
              "prosecutors.", "direct", "said", "Iseley", "Peter Iseley", ("Iseley",)),
            Q("testimony of two witnesses is required to convict a person for the alleged crime", "indirect", "Per",
              "the doctrines", "Watch Tower Society", ("Watch Tower", "the doctrines", "doctrines")),
            Q("the Watch Tower maintains a database of the accused molesters; the Watch Tower has been penalised in "
              "various jurisdictions for covering up and protecting alleged sexual abusers", "indirect",
              "According to", "a recent report by The Atlantic", "The Atlantic"),
        ],
        actors=[
            ("Pope Francis", "person", ["leader of Roman Catholic Christianity"]),
            ("The Associated Press", "organization"),
            ("Marc Ouellet", "person", ["Cardinal", "Holy See"]),
            ("Charles Scicluna", "person", ["Vatican archbishop"]),
            ("Peter Iseley", "person", ["Ending Clergy Abuse"]),
            ("Watch Tower Society", "organization", ["directs the Jehovah's Witnesses on doctrines"]),
            ("The Atlantic", "organization"),
        ],
        positions=[
            P("Pope Francis", "mandatory reporting of sexual abuse to church authorities", "support",
              "new church law to mandate reporting sexual abuses to the church authorities"),
            P("Pope Francis", "concrete measures against sexual abuse in the church", "support",
              'had a right to "concrete and efficient measures" against the abuse'),
            P("Pope Francis", "sexual abuse in the church", "oppose",
              "The crimes of sexual abuse offend Our Lord; cause physical, psychological and spiritual damage to the "
              "victims; and harm the community of the faithful."),
            P("Marc Ouellet", "bishops subject to the reporting rules", "support",
              "why should the bishops and other members of the church hierarchy be exempt?"),
            P("Charles Scicluna", "bishops subject to the reporting rules", "support",
              "They are not above the law, and if they do wrong, they must be reported."),
            P("Peter Iseley", "the decree's internal reporting system", "oppose",
              "Instead, they are using the exception as a pretext for not reporting sexual abuse to civil authorities "
              "and to keep abuse secret"),
            P("Peter Iseley", "the decree's internal reporting system", "oppose",
              "All they did was add another layer of bureaucracy; this doesn't require civil authorities."),
            P("Peter Iseley", "reporting sexual abuse to police and prosecutors", "support",
              "What we need are police and prosecutors."),
        ],
    ),
    Article(
        "wikinews-2020-042",
        quotes=[
            Q("the total number of cases of the SARS-CoV-2 coronavirus infections surpassed one million worldwide",
              "indirect", "indicated", "Johns Hopkins University data", "Johns Hopkins University"),
            Q("its first coronavirus infections", "indirect", "confirmed", "Malawi", "Malawi"),
            Q("it was one of the few countries remaining free of coronavirus infections", "indirect", "claimed",
              "North Korea", "North Korea"),
            Q("1,051,635 confirmed cases, including 79,332 cases in the twenty four hours preceding 10 a.m. Central "
              "European Time (0800 UTC) on April 4", "indirect", "reported", "the World Health Organization",
              "World Health Organization"),
            Q("there were over 1,000 US deaths on Wednesday caused by coronavirus infections", "indirect", "reported",
              "CBS News", "CBS News"),
            Q("stricter measures to inhibit the disease from spreading", "indirect", "announced", "countries", None),
            Q("Russians would continue to be paid without going to work until April 30", "indirect", "declared",
              "President Vladimir Putin", "Vladimir Putin"),
            Q("the state had extended its stay-at-home order until May 1", "indirect", "announced",
              "The governor of Ohio, Mike DeWine", "Mike DeWine"),
        ],
        actors=[
            ("Johns Hopkins University", "organization"),
            ("Malawi", "place"),
            ("North Korea", "place"),
            ("World Health Organization", "organization"),
            ("CBS News", "organization"),
            ("Sergei Sobyanin", "person", ["mayor of Moscow"]),
            ("Vladimir Putin", "person", ["President"]),
            ("parliament of Portugal", "organization"),
            ("Saudi Arabia", "place"),
            ("Thailand", "place"),
            ("Mike DeWine", "person", ["governor of Ohio"]),
        ],
        positions=[
            P("Sergei Sobyanin", "the Moscow lockdown", "support", "extended the city lockdown to May 1"),
            P("Vladimir Putin", "paid leave from work during the pandemic", "support",
              "Russians would continue to be paid without going to work until April 30"),
            P("parliament of Portugal", "extending Portugal's state of emergency", "support",
              "voted to extend the national state of emergency by 15 days"),
            P("Saudi Arabia", "curfews in Mecca and Medina", "support",
              "extended curfews in the holy cities of Mecca and Medina to last the entire day"),
            P("Thailand", "a curfew in Thailand", "support", "planned to implement a curfew between 10 p.m. and 4 a.m."),
            P("Mike DeWine", "Ohio's stay-at-home order", "support",
              "the state had extended its stay-at-home order until May 1"),
        ],
    ),
    Article(
        "wikinews-2019-023",
        quotes=[
            Q("the monarch butterfly population counted over-wintering in Mexico was 144% greater than last year, with "
              "the highest overall population since the winter of 2006–2007", "indirect", "announced",
              "The Center for Biological Diversity", "Center for Biological Diversity"),
            Q("against an excess of optimism for the species", "indirect", "cautioned", "Scientists", None),
            Q("This reprieve from bad news on monarchs is a thank-you from the butterflies to all the people who "
              "planted native milkweeds and switched to organic corn and soy products[...] But one good weather year "
              "won't save the monarch in the long run, and more protections are needed for this migratory wonder and "
              "its summer and winter habitats.", "direct", "Remarked",
              "Center for Biological Diversity scientist Tierra Curry", "Tierra Curry"),
            Q("last year's relatively cool temperatures in the insects' migration corridor kept them in the right place "
              "at the right time to lay eggs with a good chance of survival", "indirect", "According to",
              "ecologist Chip Taylor of the University of Kansas", "Chip Taylor"),
            Q("this is not likely to happen again next year", "indirect", "said", "He", "Chip Taylor"),
            Q("human actions had little to do with the increased population", "indirect", "said",
              "Ecologist Ryan Norris of the University of Guelph in Ontario", "Ryan Norris"),
            Q("monarch butterflies be given Endangered Species Act protections from the United States government",
              "indirect", "requested", "The Center for Biological Diversity and Center for Food Safety",
              "Center for Biological Diversity", ("Center for Food Safety",)),
            Q("This year's count is a temporary reprieve that doesn't change what the law and science demands, which "
              "is that we protect monarchs under the Endangered Species Act before it's too late.", "direct", "said",
              "George Kimbrell of the Center for Food Safety", "George Kimbrell"),
        ],
        actors=[
            ("Center for Biological Diversity", "organization"),
            ("Tierra Curry", "person", ["Center for Biological Diversity scientist"]),
            ("Chip Taylor", "person", ["ecologist", "University of Kansas"]),
            ("Ryan Norris", "person", ["ecologist", "University of Guelph"]),
            ("Center for Food Safety", "organization"),
            ("George Kimbrell", "person", ["Center for Food Safety"]),
        ],
        positions=[
            P("Tierra Curry", "more protection for monarch butterflies", "support",
              "more protections are needed for this migratory wonder and its summer and winter habitats"),
            P("Center for Biological Diversity", "Endangered Species Act protection for monarch butterflies",
              "support", "requested monarch butterflies be given Endangered Species Act protections"),
            P("Center for Food Safety", "Endangered Species Act protection for monarch butterflies", "support",
              "requested monarch butterflies be given Endangered Species Act protections"),
            P("George Kimbrell", "Endangered Species Act protection for monarch butterflies", "support",
              "we protect monarchs under the Endangered Species Act before it's too late"),
        ],
    ),
    Article(
        "wikinews-2019-049",
        quotes=[
            Q("You have severed the ability to interact and raise your children that you have created and brought into "
              "this world.", "direct", "said", "The judge presiding over the case, Bernard Schwartz",
              "Bernard Schwartz", ("Schwartz",)),
            Q('he was not giving them the longest possible sentence because they had "accepted responsibility at an '
              'early stage in the proceeding" by pleading guilty to fourteen felony charges each and "spared your '
              'children having to relive the humiliation and the harm they endured in that house of horrors."',
              "indirect", "went on to say", "Schwartz", "Bernard Schwartz", ("Schwartz",)),
            Q("I love my children and I believe my children love me.", "direct", "said", "The father", "David Turpin"),
            Q("I really look forward to the day I can see them, hug them and tell them I'm sorry.", "direct", "said",
              "The mother", "Louise Turpin"),
            Q("Sometimes I still have nightmares of things that had happened such as my siblings being chained up or "
              "getting beaten.", "direct", "said", "One of the children", None),
            Q("they still love their parents and had partially forgiven them", "indirect", "said", "this person",
              None),
            Q("Although it may not have been the best way of raising us, I am glad that they did because it made me "
              "the person I am today.", "direct", "went as far to say", "One of them", None),
            Q("some of her siblings were chained into their beds", "indirect", "said", "She", None),
        ],
        actors=[
            ("Bernard Schwartz", "person", ["Judge"]),
            ("David Turpin", "person", ["father"]),
            ("Louise Turpin", "person", ["mother"]),
        ],
        positions=[],
    ),
    Article(
        "wikinews-2019-089",
        quotes=[
            Q("she will comply with the request of Prime Minister Boris Johnson to suspend Parliament for parts of "
              "September and October", "indirect", "announced", "the United Kingdom's Queen Elizabeth II",
              "Queen Elizabeth II", ("Elizabeth II", "the Queen", "Queen Elizabeth")),
            Q("this is a move by Johnson to foil opposition to his plans for a no-deal Brexit by October 31", "indirect",
              "have claimed", "Critics from across Britain's political spectrum", None),
            Q("Parliament would meet briefly in early September and then not reconvene until October 14, two weeks "
              "before the current Brexit deadline", "indirect", "Per", "the request", "Boris Johnson", ("Johnson",)),
            Q("this break will allow him to develop plans for his administration, which he is to present on October "
              "14, the same day the Queen is scheduled to give a speech", "indirect", "According to", "Johnson",
              "Boris Johnson", ("Johnson",)),
            Q("this is a ploy to achieve a no-deal Brexit, meaning the UK would cease to be part of the European Union "
              "(EU) without any specific arrangements made about trade, tariffs, the European Court of Justice, the "
              "border between Northern Ireland and the Republic of Ireland, trademarks, and other matters", "indirect",
              "According to", "Johnson's critics", None),
            Q("We're not going to wait until Oct. 31 before getting on with our plans to take this country forward",
              "direct", "said in an interview", "Johnson", "Boris Johnson", ("Johnson",)),
            Q("This is a new government with a very exciting agenda", "direct", None, None, "Boris Johnson",
              ("Johnson",)),
            Q("smash and grab on our democracy", "direct", "called", "Labour Party leader Jeremy Corbyn",
              "Jeremy Corbyn"),
            Q("However it is dressed up, it is blindingly obvious that the purpose of [suspending Parliament] now would "
              "be to stop [Parliament] debating Brexit and performing its duty in shaping a course for the country.",
              "direct", "commented", "House of Commons Speaker John Bercow", "John Bercow"),
            Q("Jeremy Corbyn wants to cancel the referendum and argue about Brexit for years [...] I am committed to "
              "leading our country forward and getting Britain out of the EU by October 31st.", "direct",
              "told the public via Twitter", "Prime Minister Johnson", "Boris Johnson", ("Johnson",)),
            Q("Boris Johnson is trying to use the Queen to concentrate power in his own hands — this is a deeply "
              "dangerous and irresponsible way to govern.", "direct", "added",
              "Member of Parliament (MP) Yvette Cooper of the Labour Party", "Yvette Cooper"),
            Q("It would be a constitutional outrage if Parliament were prevented from holding the government to "
              "account at a time of national crisis.", "direct", "commented", "Conservative MP Philip Hammond",
              "Philip Hammond"),
            Q("in the past few decades most prorogations have been for at most two weeks", "indirect", "According to",
              "the House of Commons Library", "House of Commons Library"),
        ],
        actors=[
            ("Queen Elizabeth II", "person", ["Queen of the United Kingdom", "head of state"]),
            ("Boris Johnson", "person", ["Prime Minister"]),
            ("Jeremy Corbyn", "person", ["Labour Party leader"]),
            ("John Bercow", "person", ["House of Commons Speaker"]),
            ("Yvette Cooper", "person", ["Member of Parliament", "Labour Party"]),
            ("Philip Hammond", "person", ["Conservative MP"]),
            ("House of Commons Library", "organization"),
            ("British parliament", "organization"),
        ],
        positions=[
            P("Queen Elizabeth II", "suspending Parliament", "support",
              "she will comply with the request of Prime Minister Boris Johnson to suspend Parliament"),
            P("Boris Johnson", "suspending Parliament", "support",
              "request of Prime Minister Boris Johnson to suspend Parliament for parts of September and October"),
            P("Boris Johnson", "suspending Parliament", "support",
              "this break will allow him to develop plans for his administration"),
            P("Boris Johnson", "Brexit by October 31", "support",
              "I am committed to leading our country forward and getting Britain out of the EU by October 31st."),
            P("British parliament", "no-deal Brexit", "oppose",
              "the British parliament has a majority against a no-deal Brexit"),
            P("Jeremy Corbyn", "suspending Parliament", "oppose", "smash and grab on our democracy"),
            P("John Bercow", "suspending Parliament", "oppose",
              "it is blindingly obvious that the purpose of [suspending Parliament] now would be to stop [Parliament] "
              "debating Brexit"),
            P("Yvette Cooper", "suspending Parliament", "oppose",
              "this is a deeply dangerous and irresponsible way to govern"),
            P("Philip Hammond", "suspending Parliament", "oppose",
              "It would be a constitutional outrage if Parliament were prevented from holding the government to "
              "account"),
        ],
    ),
    Article(
        "wikinews-2019-145",
        quotes=[
            Q("337 suspected users in 38 countries were arrested following an investigation of a dark web child "
              "pornography site", "indirect", "announced", UK_US, UK_US, ("authorities",)),
            Q("the site hosted a quarter million video clips containing sexual abuse of children, including toddlers "
              "and infants", "indirect", "According to", "authorities", UK_US, ("authorities",)),
            Q("Children around the world are safer because of the actions taken by U.S. and foreign law enforcement to "
              "prosecute this case and recover funds for victims […] We will continue to pursue such criminals on and "
              "off the darknet in the United States and abroad, to ensure they receive the punishment their terrible "
              "crimes deserve.", "direct", "said", "United States Attorney Jessie K. Liu", "Jessie K. Liu"),
            Q("Dark web child sex offenders — some of whom are the very worst offenders — cannot hide from law "
              "enforcement. They're not as cloaked as they think they are, they're not as safe as they think they "
              "are.", "direct", "said", "Nikki Holland of the UK's National Crime Agency (NCA)", "Nikki Holland"),
            Q("the arrest", "indirect", "announcing", "South Korea's National Police Agency", "National Police Agency",
              ("South Korea's National Police Agency",), after="when announcing"),
            Q("the site was the largest child pornography site in the world and that more than twenty active victims "
              "were rescued", "indirect", "claimed", "US authorities", "US authorities"),
            Q("arrests were made in Australia, Brazil, Canada, the Czech Republic, Germany, Ireland, Saudi Arabia, "
              "South Korea, Spain, the United Arab Emirates and the United Kingdom", "indirect", "stated", "They",
              "US authorities"),
            Q("were involved", "indirect", "said", "they", UK_US, ("authorities", "US nor British authorities"),
              after="they said"),
        ],
        actors=[
            (UK_US, "organization"),
            ("Jessie K. Liu", "person", ["United States Attorney"]),
            ("Nikki Holland", "person", ["National Crime Agency"]),
            ("National Police Agency", "organization", ["South Korea's police"]),
            ("US authorities", "organization"),
        ],
        positions=[
            P("Jessie K. Liu", "pursuing online child sexual abuse offenders", "support",
              "We will continue to pursue such criminals on and off the darknet in the United States and abroad"),
        ],
    ),
]
