"""Hand annotations of the second held-out set, half b (Wikinews, CC BY 2.5): see README.md for the conventions."""

from build import Article, P, Q

MILLER = ("Miller",)
WADDOUPS = ("Waddoups",)
SAMOA_GOVERNMENT = ("The government of American Samoa",)
US_GOVERNMENT = ("The United States government", "the government", "government")
SUPREME_COURT = ("Supreme Court", "the Supreme Court", "the Court")
SUPREME_DECISION = SUPREME_COURT + ("the Supreme Court decision",)
TRUMP = ("Trump",)

ARTICLES = [
    Article(
        "wikinews-2019-167",
        quotes=[
            Q("people born in American Samoa are United States citizens and not merely U.S. nationals", "indirect",
              "decision", "his", "Clark Waddoups", WADDOUPS),
            Q("denying American Samoans citizenship violated the Fourteenth Amendment to the United States "
              "Constitution, which established the country's policy of citizenship for every person born on its soil",
              "indirect", "wrote", "Waddoups", "Clark Waddoups", WADDOUPS),
            Q("citizenship in United States territories can only be resolved by Congress", "indirect", "said",
              "A 2015 federal court decision", "2015 federal court decision", ("federal court decision",)),
            Q("the issue should be decided by Congress and not by judges", "indirect", "issued a statement agreeing",
              "The government of American Samoa", "government of American Samoa", SAMOA_GOVERNMENT),
            Q("imposition of citizenship by judicial fiat would fail to recognize American Samoa's sovereignty and the "
              "importance of the fa'a Samoa [the Samoan way of life].", "direct", "issued a statement",
              "The government of American Samoa", "government of American Samoa", SAMOA_GOVERNMENT),
            Q("imposition of citizenship over American Samoan's objections violates fundamental principles of "
              "self-determination.", "direct", "read", "Their statement", "government of American Samoa",
              SAMOA_GOVERNMENT),
            Q("Because the residents of American Samoa have vibrant democratic processes and already had a path to "
              "citizenship that I had worked to make even more accessible, the ruling is particularly unwelcome and "
              "inappropriate[.]", "direct", "told the press",
              "The American Samoan delegate to the U.S. House of Representatives, Aumua Amata", "Aumua Amata"),
        ],
        actors=[
            ("Clark Waddoups", "person", ["United States District Judge"]),
            ("2015 federal court decision", "organization", ["document"]),
            ("Pale Tuli", "person", ["plaintiff"]),
            ("Rosavita Tuli", "person", ["plaintiff"]),
            ("John Fitisemanu", "person", ["plaintiff"]),
            ("Equally American", "organization"),
            ("government of American Samoa", "organization"),
            ("Aumua Amata", "person", ["American Samoan delegate to the U.S. House of Representatives"]),
        ],
        positions=[
            P("Clark Waddoups", "US citizenship for American Samoans by court ruling", "support",
              "people born in American Samoa are United States citizens and not merely U.S. nationals"),
            P("Clark Waddoups", "US citizenship for American Samoans by court ruling", "support",
              "denying American Samoans citizenship violated the Fourteenth Amendment"),
            P("2015 federal court decision", "US citizenship for American Samoans by court ruling", "oppose",
              "citizenship in United States territories can only be resolved by Congress"),
            P("Pale Tuli", "US citizenship for American Samoans by court ruling", "support",
              "sued to be allowed to vote and apply for government jobs that require citizenship"),
            P("Rosavita Tuli", "US citizenship for American Samoans by court ruling", "support",
              "sued to be allowed to vote and apply for government jobs that require citizenship"),
            P("John Fitisemanu", "US citizenship for American Samoans by court ruling", "support",
              "sued to be allowed to vote and apply for government jobs that require citizenship"),
            P("government of American Samoa", "US citizenship for American Samoans by court ruling", "oppose",
              "the issue should be decided by Congress and not by judges"),
            P("government of American Samoa", "US citizenship for American Samoans by court ruling", "oppose",
              "imposition of citizenship by judicial fiat would fail to recognize American Samoa's sovereignty"),
            P("government of American Samoa", "US citizenship for American Samoans by court ruling", "oppose",
              "imposition of citizenship over American Samoan's objections violates fundamental principles of "
              "self-determination"),
            P("Aumua Amata", "US citizenship for American Samoans by court ruling", "oppose",
              "the ruling is particularly unwelcome and inappropriate"),
        ],
    ),
    Article(
        "wikinews-2020-019",
        quotes=[
            Q("Avenatti of trying of pressure Nike for about 15–25 million dollars, threatening to give a news "
              "conference that would damage the company's stock price, as well as its reputation", "indirect",
              "accused", "The United States government", "United States government", US_GOVERNMENT),
            Q("not guilty to the charges", "indirect", "pled", "Avenatti", "Michael Avenatti", ("Avenatti",)),
            Q("he simply represented his client, Gary Franklin, in a negotiation", "indirect", "argued",
              "His legal team", "Avenatti's legal team", ("legal team",)),
            Q("Avenatti's debt was a factor in his decision making", "indirect", "suggested", "The government",
              "United States government", US_GOVERNMENT),
            Q("he owed over $850,000 to the Internal Revenue Service, as well as penalties and interest, and in total "
              "was at least $11 million in debt at the time", "indirect", "according to", "prosecutors",
              "prosecutors"),
            Q("Avenatti is to be sentenced in June", "indirect", "reported", "NBC News", "NBC News"),
            Q("Avenatti intended to appeal the conviction", "indirect", "announced",
              "Scott Srebnick, a member of Avenatti's legal team", "Scott Srebnick"),
        ],
        actors=[
            ("Michael Avenatti", "person", ["California lawyer"]),
            ("United States government", "organization"),
            ("Avenatti's legal team", "organization"),
            ("prosecutors", "organization"),
            ("NBC News", "organization"),
            ("Scott Srebnick", "person", ["member of Avenatti's legal team"]),
            ("Nike", "organization", ["athletic equipment company"]),
        ],
        positions=[
            P("United States government", "Avenatti's attempt to extort Nike", "oppose",
              "accused Avenatti of trying of pressure Nike"),
            P("Michael Avenatti", "the extortion charges against Avenatti", "oppose", "pled not guilty to the charges"),
            P("Avenatti's legal team", "the extortion charges against Avenatti", "oppose",
              "he simply represented his client, Gary Franklin, in a negotiation"),
            P("Michael Avenatti", "Avenatti's conviction", "oppose", "Avenatti intended to appeal the conviction"),
        ],
    ),
    Article(
        "wikinews-2019-154",
        quotes=[
            Q("the upcoming vote", "indirect", "announced", "Nancy Pelosi, the Democratic Speaker of the House",
              "Nancy Pelosi", ("Pelosi",)),
            Q("highlighted the significance of the resolution", "indirect", "noted", "CBS", "CBS"),
            Q("Soviet-style", "direct", "calling", "Steve Scalise of Louisiana", "Steve Scalise"),
            Q("a blatant and obvious coup to unseat a sitting president of the United States", "direct", "calling",
              "Ross Spano of Florida", "Ross Spano"),
            Q("witch hunt", "direct", "called", "Trump", "Donald Trump", TRUMP),
            Q("The Impeachment Hoax", "direct", "referred to the vote as", "Trump", "Donald Trump", TRUMP),
            Q("proceeding with such a trial", "indirect", "committed to",
              "Mitch McConnell, the Republican Senate Majority Leader", "Mitch McConnell"),
        ],
        actors=[
            ("United States House of Representatives", "organization"),
            ("Nancy Pelosi", "person", ["Democratic Speaker of the House"]),
            ("CBS", "organization"),
            ("Adam Schiff", "person", ["Democratic chairman of the House Intelligence Committee"]),
            ("Democrats", "organization"),
            ("Republicans", "organization"),
            ("two Democrats", "organization"),
            ("one independent", "person"),
            ("Republican Representatives", "organization"),
            ("Steve Scalise", "person", ["Republican Representative", "Louisiana"]),
            ("Ross Spano", "person", ["Republican Representative", "Florida"]),
            ("Donald Trump", "person", ["President"]),
            ("Mitch McConnell", "person", ["Republican Senate Majority Leader"]),
        ],
        positions=[
            P("United States House of Representatives", "the resolution setting rules for the impeachment inquiry",
              "support", "passed a resolution to establish procedural rules for the next, public phase of the ongoing "
              "impeachment investigation"),
            P("Democrats", "the resolution setting rules for the impeachment inquiry", "support",
              "231 Democrats supporting the resolution"),
            P("Republicans", "the resolution setting rules for the impeachment inquiry", "oppose",
              "194 Republicans opposing it"),
            P("two Democrats", "the resolution setting rules for the impeachment inquiry", "oppose",
              "two Democrats opposed"),
            P("one independent", "the resolution setting rules for the impeachment inquiry", "support",
              "one independent supported"),
            P("Republican Representatives", "the impeachment inquiry into Donald Trump", "oppose",
              "Republican Representatives attacked the impeachment inquiry"),
            P("Steve Scalise", "the impeachment inquiry into Donald Trump", "oppose",
              'calling the investigation into Trump "Soviet-style"'),
            P("Ross Spano", "the impeachment inquiry into Donald Trump", "oppose",
              'calling the process "a blatant and obvious coup to unseat a sitting president of the United States"'),
            P("Donald Trump", "the impeachment inquiry into Donald Trump", "oppose",
              'called the Democrats\' investigation a "witch hunt"'),
            P("Donald Trump", "the impeachment inquiry into Donald Trump", "oppose",
              'referred to the vote as "The Impeachment Hoax"'),
            P("Mitch McConnell", "a Senate trial of Donald Trump", "support",
              "previously committed to proceeding with such a trial"),
        ],
    ),
    Article(
        "wikinews-2019-037",
        quotes=[
            Q("the United States federal government's practice of registering men but not women for the draft, or "
              "military conscription, is unconstitutional", "indirect", "ruled", "a federal judge in Texas",
              "Gray Miller", MILLER),
            Q("the male-only draft violated the Due Process Clause of the United States Constitution", "indirect",
              "ruled", "U.S. District Judge Gray Miller", "Gray Miller", MILLER),
            Q("the rationale for difference along gender lines from a previous Supreme Court ruling, that women were "
              "ineligible to serve in combat, no longer applies", "indirect", "said", "He", "Gray Miller", MILLER),
            Q("who make up 16% of the U.S. military enlisted and 18% of officers as of 2016", "indirect",
              "according to", "nonprofit CNA", "CNA"),
            Q("While historical restrictions on women in the military may have justified past discrimination,",
              "direct", "reads", "Judge Miller's statement", "Gray Miller", MILLER),
            Q("men and women are now 'similarly situated for purposes of a draft or registration for a draft.' [...] "
              "If there ever was a time to discuss 'the place of women in the Armed Services,' that time has passed.",
              "direct", "reads", "Judge Miller's statement", "Gray Miller", MILLER),
            Q("the average woman could conceivably be better suited physically for some of today's combat positions "
              "than the average man, depending on which skills the position required. Combat roles no longer "
              "uniformly require sheer size or muscle.", "direct", "reads", "Part of the judge's statement",
              "Gray Miller", MILLER),
            Q("Judge Miller to delay his ruling until after they made their recommendations", "indirect", "asked",
              "the government", "United States federal government", ("the government", "government")),
            Q("the commission's scope allows it to advise including women in the draft or eliminating the draft "
              "entirely", "indirect", "noted", "USA Today", "USA Today"),
        ],
        actors=[
            ("Gray Miller", "person", ["U.S. District Judge", "federal judge in Texas"]),
            ("National Coalition for Men", "organization", ["men's rights group"]),
            ("CNA", "organization", ["nonprofit"]),
            ("United States federal government", "organization"),
            ("USA Today", "organization"),
        ],
        positions=[
            P("Gray Miller", "the male-only military draft", "oppose",
              "ruled the United States federal government's practice of registering men but not women for the draft, "
              "or military conscription, is unconstitutional"),
            P("Gray Miller", "the male-only military draft", "oppose",
              "ruled the male-only draft violated the Due Process Clause of the United States Constitution"),
            P("Gray Miller", "the male-only military draft", "oppose",
              "If there ever was a time to discuss 'the place of women in the Armed Services,' that time has passed."),
            P("National Coalition for Men", "the male-only military draft", "oppose",
              "a lawsuit by the men's rights group National Coalition for Men"),
            P("United States federal government", "delaying the ruling on the male-only draft", "support",
              "asked Judge Miller to delay his ruling"),
            P("Gray Miller", "delaying the ruling on the male-only draft", "oppose", "but he declined"),
        ],
    ),
    Article(
        "wikinews-2019-085",
        quotes=[
            Q("1.7 million Hongkongers", "indirect", "estimated", "organizers", "organizers"),
            Q("Even though the weather was so bad, even in the face of threats of the People's Liberation Army and "
              "water cannons, Hong Kong people never back down. [...] For as long as the government doesn't respond, "
              "there will only be more large-scale protests.", "direct", "said", "A university student named Wong",
              "Wong"),
            Q("complete dismissal of the bill, an investigation of police misconduct during the protests, and greater "
              "democratic reform, including a more representative process of electing Hong Kong's leaders",
              "indirect", "demands", "protesters'", "protesters"),
        ],
        actors=[
            ("organizers", "organization"),
            ("protesters", "organization", ["Hongkongers"]),
            ("Civil Human Rights Front", "organization", ["march organizer"]),
            ("police", "organization", ["Hong Kong police"]),
            ("Wong", "person", ["university student"]),
            ("government", "organization", ["Hong Kong government"]),
        ],
        positions=[
            P("protesters", "Chinese government encroachment on Hong Kong's rights and freedoms", "oppose",
              "pro-Democracy protests against Chinese government encroachment on Hong Kong's rights and freedoms"),
            P("Civil Human Rights Front", "the march from Victoria Park", "support",
              "had sent the police a plan for yesterday's march"),
            P("police", "the march from Victoria Park", "oppose",
              "which they rejected, approving only a gathering in Victoria Park"),
            P("Wong", "the pro-democracy protests", "support", "Hong Kong people never back down"),
            P("government", "the extradition bill", "support",
              "their government proposed a bill that would have allowed the central Chinese government to extradite "
              "people"),
            P("protesters", "the extradition bill", "oppose",
              "protesters' demands have expanded to complete dismissal of the bill"),
            P("protesters", "an investigation of police misconduct", "support",
              "an investigation of police misconduct during the protests"),
            P("protesters", "democratic reform in Hong Kong", "support",
              "greater democratic reform, including a more representative process of electing Hong Kong's leaders"),
        ],
    ),
    Article(
        "wikinews-2020-028",
        quotes=[
            Q("Sanders secured a plurality of the vote in four states, including his home state of Vermont",
              "indirect", "according to", "CNN's projections", "CNN"),
            Q("he won, in addition to Vermont, also the primaries in Colorado, Utah, and California", "indirect",
              "indicated", "Projections by CNN and NPR", "CNN", ("NPR",)),
            Q("he won in Virginia, North Carolina, Alabama, Oklahoma, Tennessee, Minnesota, Arkansas, Massachusetts, "
              "Texas, and Maine", "indirect", "According to", "projections by CNN and NPR", "CNN", ("NPR",)),
            Q("Three months ago,", "direct", "said", "he", "Michael Bloomberg", ("Bloomberg",)),
            Q("I entered the race for President to defeat Donald Trump. Today, I am leaving the race for the same "
              "reason: to defeat Donald Trump – because it is clear to me that staying in would make achieving that "
              "goal more difficult [...] I've always believed that defeating Donald Trump starts with uniting behind "
              "the candidate with the best shot to do it. After yesterday's vote, it is clear that candidate is my "
              "friend and a great American, Joe Biden. [...] Today I am glad to endorse him – and I will work to make "
              "him the next President of the United States.", "direct", "said", "he", "Michael Bloomberg",
              ("Bloomberg",)),
            Q("Warren would be suspending her campaign", "indirect", "reported", "NBC News", "NBC News"),
            Q("before she ended her campaign, Klobuchar was leading in the polls in Minnesota", "indirect",
              "reported", "NPR", "NPR"),
            Q("the Democratic Party is scheduled to continue its primary season on March 10, with primary elections in "
              "Idaho, Michigan, Mississippi, Missouri, North Dakota, and Washington", "indirect", "According to",
              "the National Conference of State Legislatures", "National Conference of State Legislatures"),
        ],
        actors=[
            ("Michael Bloomberg", "person", ["formerly the mayor of New York City"]),
            ("CNN", "organization"),
            ("NPR", "organization"),
            ("NBC News", "organization"),
            ("National Conference of State Legislatures", "organization"),
        ],
        positions=[
            P("Michael Bloomberg", "Joe Biden's presidential candidacy", "support",
              "Bloomberg endorsed his former rival, Joe Biden"),
            P("Michael Bloomberg", "Donald Trump", "oppose", "I entered the race for President to defeat Donald Trump"),
            P("Michael Bloomberg", "Joe Biden's presidential candidacy", "support",
              "Today I am glad to endorse him – and I will work to make him the next President of the United States."),
        ],
    ),
    Article(
        "wikinews-2020-053",
        quotes=[
            Q("ground to a halt", "direct", "put it", "the Supreme Court decision", "United States Supreme Court",
              SUPREME_DECISION),
            Q("they were reducing the number of dedicated lanes to conduct a traffic study", "indirect", "claimed",
              "The public officials who ordered that change", "public officials",
              ("The public officials", "The public officials who ordered that change")),
            Q("they did so for a political reason: to punish the mayor of Fort Lee for refusing to support the New "
              "Jersey Governor’s reelection bid", "indirect", "stated", "The Supreme Court decision",
              "United States Supreme Court", SUPREME_DECISION),
            Q("their actions did not qualify", "indirect", "decided", "The unanimous court",
              "United States Supreme Court", SUPREME_COURT),
            Q("not every corrupt act by state or local officials is a federal crime. Because the scheme here did not "
              "aim to obtain money or property, Baroni and Kelly could not have violated the federal-program fraud or "
              "wire fraud laws.", "direct", "declared", "Supreme Court Justice Elena Kagan", "Elena Kagan"),
        ],
        actors=[
            ("United States Supreme Court", "organization"),
            ("public officials", "organization", ["officials who ordered the lane closures"]),
            ("Elena Kagan", "person", ["Supreme Court Justice"]),
            ("Bridget Anne Kelly", "person", ["deputy chief of staff to New Jersey Governor Chris Christie"]),
            ("William Baroni", "person", ["deputy executive director of the Port Authority of New York and New Jersey"]),
        ],
        positions=[
            P("United States Supreme Court", "the fraud convictions of Kelly and Baroni", "oppose",
              "overturned the criminal convictions of Bridget Anne Kelly and William Baroni"),
            P("United States Supreme Court", "the fraud convictions of Kelly and Baroni", "oppose",
              "their actions did not qualify, reversing the convictions"),
            P("Elena Kagan", "the fraud convictions of Kelly and Baroni", "oppose",
              "Baroni and Kelly could not have violated the federal-program fraud or wire fraud laws"),
        ],
    ),
    Article(
        "wikinews-2020-094",
        quotes=[
            Q("he and his wife First Lady Melania Trump tested positive for COVID-19", "indirect", "reported",
              "the United States President Donald Trump", "Donald Trump", TRUMP),
            Q("the Trumps' 14-year-old son Barron tested negative as did First Family and Senior Advisors Jared "
              "Kushner and Ivanka Trump", "indirect", "said", "Officials", None),
            Q("Tonight, [Melania] and I tested positive for COVID-19. We will begin our quarantine and recovery "
              "process immediately. We will get through this TOGETHER!", "direct", "posting", "Trump", "Donald Trump",
              TRUMP),
            Q('both were showing "mild symptoms"', "indirect", "said", "Reports", None),
            Q("Trump has been given zinc, vitamin D, Pepcid and a daily Aspirin", "indirect",
              "issued a statement saying", "Presidential physician Sean Conley", "Sean Conley", ("Conley",)),
            Q("Trump, now operating from the WRNMMC, is to continue performing his duties as president during a "
              "14-day quarantine", "indirect", "According to", "official statements", None),
        ],
        actors=[
            ("Donald Trump", "person", ["United States President"]),
            ("Sean Conley", "person", ["Presidential physician"]),
        ],
    ),
]
