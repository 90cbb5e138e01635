"""Hand annotations of the fifth dev set, half a (Wikinews, CC BY 2.5): see README.md for the conventions."""

from build import Article, P, Q

ACADEMY = "Royal Swedish Academy of Sciences"
WHO_GIVES = "Who Gives a Crap"
NHC = "National Hurricane Center"
TVP = "Thames Valley Police"
EMERCOM = "Emergency Situations Ministry"
LIVERMORE_FOOD = (
    "[...] Rather — and unpalatably — the likeliest route of transmission for ESBL-E. coli is directly from human to "
    "human, with faecal particles from one person reaching the mouth of another.  We need to carry on cooking chicken "
    "well and never to alternately handle raw meat and salad. There are plenty of important food-poisoning bacteria, "
    "including other strains of E. coli, that do go down the food chain. But here — in the case of ESBL-E. coli — it's "
    "much more important to wash your hands after going to the toilet.")
MINNIS_ABACO = (
    "The southern aspect of Abaco has suffered less devastation than the north. The Sandy Point area and progressing "
    "north has not suffered as much devastation that was seen in the Marsh Harbour vicinity. The international airport "
    "on Abaco is under water. The runway is currently flooded. In fact, the area around the airport now looks like a "
    "lake.")
HAMPSHIRE = (
    "We were called at 8.10am today, 10 September, to reports of a serious collision on Wellhouse Lane, Winchester, "
    "after a school bus collided with a railway bridge causing significant damage to the top of the bus. [...] 13 "
    "students with minor injuries have been dealt with at the scene. [...] We are working in cooperation with the "
    "school and Hampshire County Council children's services to provide support to the students and their parents.")

ARTICLES = [
    Article(
        "wikinews-2019-135",
        quotes=[
            Q("the winners of the 2019 Nobel Prize in Physics", "indirect", "announced",
              "the Royal Swedish Academy of Sciences", ACADEMY),
            Q("over four thousand other exoplanets have been discovered", "indirect", "according to", "the academy",
              ACADEMY),
            Q("Both these prizes [...] tell us something essential, something existential about our place in the "
              "Universe", "direct", "said", "selection committee member Ulf Danielsson", "Ulf Danielsson"),
            Q("The first one, tracing the history back to an unknown origin, is so fascinating. The other one tries to "
              "answer these questions about: 'are we alone — is there life anywhere else in the Universe?'", "direct",
              None, None, "Ulf Danielsson"),
        ],
        actors=[
            (ACADEMY, "organization"),
            ("Ulf Danielsson", "person", ["selection committee member"]),
        ],
    ),
    Article(
        "wikinews-2020-034",
        quotes=[
            Q('with the four-pack restriction in place, "many stores are still selling out within an hour of '
              'delivery"', "indirect", "reported", "Coles", "Coles"),
            Q("unprecedented", "direct", "called", "Coles", "Coles"),
            Q("unexpected", "direct", "called", "ALDI", "ALDI"),
            Q('Sales went up in a "sharp increase" last week', "indirect", "according to", "a Woolworths spokesperson",
              "Woolworths"),
            Q("retailers try to raise stock, but local council restrictions on the timing of truck-deliveries make it "
              "hard", "indirect", "said",
              "Russell Zimmerman, executive director of the Australian Retailers Association", "Russell Zimmerman",
              ("Zimmerman",)),
            Q("rising production costs, as suppliers try to meet demand, and fewer specials", "indirect", "expects",
              "He", "Russell Zimmerman", ("Zimmerman",)),
            Q("following the early release of stock, some stores can't run the Wednesday special", "indirect",
              "announced", "ALDI", "ALDI"),
            Q("the stores fill the stock every night", "indirect", "said",
              "Dr Gary Mortimer, retail expert from Queensland University of Technology", "Gary Mortimer",
              ("Mortimer",)),
            Q("toilet paper is a bulky item, leading to low quantity of stocks in numbers, and, when sold out, leaves "
              "vast shelf spaces empty, hardening the feeling of a shortage", "indirect", "remarked", "He",
              "Gary Mortimer", ("Mortimer",)),
            Q("Coles and Woolworths have a view [that] if there was plenty of stuff on the shelf, if product like toilet "
              "rolls and sanitiser could be [bought] and are there in quantities, you would probably minimise the "
              "panic", "direct", "said", "Russell Zimmerman", "Russell Zimmerman", ("Zimmerman",)),
            Q("they'd run out of stock", "indirect", "said", "Recycled toilet paper producer Who Gives a Crap",
              WHO_GIVES),
            Q("they were working 24/7 to maintain the supply", "indirect", "emphasized",
              "Kimberly-Clark, which makes Kleenex Toilet Tissue, and Solaris Paper", "Kimberly-Clark",
              ("Solaris Paper",)),
            Q("some property sellers offering free toilet paper to the first bidder on auctions in Melbourne, when fewer "
              "auctions were held because of buyers having time off on the long weekend of Labour Day", "indirect",
              "reported", "Domain.com, a real estate site", "Domain.com"),
            Q("The stores were originally reluctant to impose restrictions", "indirect", "according to",
              "a report from ABC Australia", "ABC Australia"),
            Q("they had no plans to introduce restrictions on the purchases", "indirect", "said", "they", "stores"),
            Q("other products are also in high demand, including masks, sanitiser, dried goods, handwash and flour",
              "indirect", "added", "Russell Zimmerman", "Russell Zimmerman", ("Zimmerman",)),
        ],
        actors=[
            ("Coles", "organization", ["Australian store chain"]),
            ("ALDI", "organization"),
            ("Woolworths", "organization", ["Australian store chain"]),
            ("Russell Zimmerman", "person", ["executive director of the Australian Retailers Association"]),
            ("Gary Mortimer", "person", ["retail expert from Queensland University of Technology"]),
            (WHO_GIVES, "organization", ["recycled toilet paper producer"]),
            ("Kimberly-Clark", "organization"),
            ("Solaris Paper", "organization"),
            ("Domain.com", "organization", ["real estate site"]),
            ("ABC Australia", "organization"),
            ("stores", "organization", ["Australian store chains"]),
        ],
    ),
    Article(
        "wikinews-2019-095",
        quotes=[
            Q("Its wind speeds reached 185 mph (~295 km/h), tied for the strongest sustained winds at landfalling on "
              "record", "indirect", "according to", "the National Hurricane Center", NHC),
            Q("In a thirty hour period of Monday and Tuesday, Dorian only traversed thirty miles", "indirect",
              "according to", "CNN", "CNN"),
            Q("all tropical storm warnings were lifted as of yesterday morning and Dorian had also been downgraded to a "
              "Category 2 storm", "indirect", "said", "The National Hurricane Center", NHC),
            Q("residents were doing most rescue work themselves using boats and personal watercraft", "indirect",
              "According to", "the BBC", "BBC"),
            Q("twenty people have been confirmed killed", "indirect", "said", "Prime minister Hubert Minnis",
              "Hubert Minnis", ("Minnis",)),
            Q("We expect that this number will increase", "direct", "noted", "he", "Hubert Minnis", ("Minnis",)),
            Q("Parts of Abaco are decimated [...] There is severe flooding. There is severe flooding damage to homes, "
              "businesses and infrastructure", "direct", "said", "Minnis", "Hubert Minnis", ("Minnis",)),
            Q(MINNIS_ABACO, "direct", None, None, "Hubert Minnis", ("Minnis",)),
            Q("some 60 thousand people are in need of food and drinking water", "indirect", "said",
              "The United Nations", "United Nations"),
        ],
        actors=[
            (NHC, "organization"),
            ("CNN", "organization"),
            ("BBC", "organization"),
            ("Hubert Minnis", "person", ["Prime minister of the Bahamas"]),
            ("United Nations", "organization"),
        ],
    ),
    Article(
        "wikinews-2019-109",
        quotes=[
            Q("they had arrested a second man in connection with the theft of a gold toilet", "indirect", "said",
              "Thames Valley Police", TVP, ("Police",)),
            Q("We are continuing to investigate this incident and have made a second arrest in connection with it. Our "
              "priority is to locate the stolen item, and I would urge anyone with any information to contact police by "
              "calling 101", "direct", "said", "Detective Inspector Steven Jones", "Steven Jones"),
            Q("the value of the artwork in the range of five to six million US dollars", "indirect", "placed",
              "Dominic Hare, chief executive of the palace", "Dominic Hare", ("Hare",)),
            Q("they believe the theft involved a group of thieves and multiple vehicles", "indirect", "said", "Police",
              TVP, ("Police",)),
            Q("At first, when they woke me up this morning with the news, I thought it was a prank: Who's so stupid to "
              "steal a toilet?", "direct", "wrote", "Cattelan, the artist", "Maurizio Cattelan", ("Cattelan",)),
            Q("I had forgotten for a second that it was made out of gold.", "direct", None, None, "Maurizio Cattelan",
              ("Cattelan",)),
            Q('the toilet represented a "comment on the American dream"', "indirect", "said", "Dominic Hare",
              "Dominic Hare", ("Hare",)),
        ],
        actors=[
            (TVP, "organization"),
            ("Steven Jones", "person", ["Detective Inspector"]),
            ("Dominic Hare", "person", ["chief executive of Blenheim Palace"]),
            ("Maurizio Cattelan", "person", ["Italian artist"]),
        ],
    ),
    Article(
        "wikinews-2020-091",
        quotes=[
            Q(HAMPSHIRE, "direct", "said", "A Hampshire Police spokesman", "Hampshire Police"),
            Q('the roof fell in and "everyone started screaming", and "[i]t felt like \'am I going to live or am I '
              'going to die?\'\u2009"', "indirect", "said", "Fourteen-year-old Zoe", "Zoe"),
            Q("I thought we'd hit the side of the tunnel, then I saw the top of the bus falling down", "direct", "said",
              "Fifteen-year-old Robert", "Robert"),
            Q("their thoughts were with the children and their families, and they were carrying out an internal "
              "investigation", "indirect", "said", "A spokesperson for Stagecoach South", "Stagecoach South"),
        ],
        actors=[
            ("Hampshire Police", "organization"),
            ("Zoe", "person", ["fourteen-year-old passenger on the top deck"]),
            ("Robert", "person", ["fifteen-year-old passenger on the lower deck"]),
            ("Stagecoach South", "organization", ["bus operator"]),
        ],
    ),
    Article(
        "wikinews-2019-025",
        quotes=[
            Q("The occupants were going to a dance competition", "indirect", "according to", "the mayor of Yartsevo",
              None),
            Q("24 people have been hospitalised", "indirect", "said", "Local officials", None),
            Q("as many as 32 hospitalised", "indirect", "reported", "Agence France-Presse", "Agence France-Presse"),
            Q("all occupants were from Smolensk", "indirect", "stated", "The Emergency Situations Ministry", EMERCOM,
              ("Emergencies Ministry",)),
            Q("most of the injured were minors", "indirect", "said", "Officials", None),
            Q('drivers to "not forget that the health and lives of other people depend on you."', "indirect",
              "called on", "The Emergencies Ministry", EMERCOM, ("Emergencies Ministry",)),
            Q('people to "comply with the established rules of behaviour on the road."', "indirect", "urged", "It",
              EMERCOM, ("Emergencies Ministry",)),
            Q("no additional vehicles were involved", "indirect", "indicated", "The Emergency Situations Ministry",
              EMERCOM, ("Emergencies Ministry",)),
            Q("the driver lost control and left the road", "indirect", "suggested", "The Emergency Situations Ministry",
              EMERCOM, ("Emergencies Ministry",)),
        ],
        actors=[
            ("Agence France-Presse", "organization", ["news agency"]),
            (EMERCOM, "organization"),
        ],
        positions=[
            P(EMERCOM, "drivers keeping to the rules of the road", "support",
              'called on drivers to "not forget that the health and lives of other people depend on you." It also '
              'urged people to "comply with the established rules of behaviour on the road."'),
        ],
    ),
    Article(
        "wikinews-2019-150",
        quotes=[
            Q("poor hygiene by humans, specifically insufficient hand washing after defecation, is especially "
              "responsible for the spread of antibiotic-resistant — superbug — strains of Escerichia coli (E. coli) "
              "bacteria", "indirect", "established", "researchers in the United Kingdom", "researchers"),
            Q("We wanted to find out how these superbugs are spread — and whether there is a cross-over from the food "
              "chain to humans", "direct", "said",
              "lead author Professor David Livermore of the University of East Anglia's medical school",
              "David Livermore", ("Livermore",)),
            Q("[T]he strains of resistant E. coli [found in food], were almost entirely different from the types found "
              "in human faeces, sewage and bloodstream infections", "direct", "said", "Dr. Livermore",
              "David Livermore", ("Livermore",)),
            Q(LIVERMORE_FOOD, "direct", None, None, "David Livermore", ("Livermore",)),
            Q("84% of surveyed Britons did not wash their hands well enough from a hygiene perspective — at least twenty "
              "seconds with soap and water", "indirect", "According to",
              "a survey published in 2017 by the Royal Pharmaceutical Society", "Royal Pharmaceutical Society"),
            Q("If we can reduce the number of illnesses where antibiotics are needed [...] we can reduce antibiotic "
              "resistance by saving these important medicines for when they are really required.", "direct", "told",
              "Society President Ash Soni", "Ash Soni"),
        ],
        actors=[
            ("researchers", "organization", ["researchers in the United Kingdom", "authors of the study"]),
            ("David Livermore", "person", ["lead author", "Professor at the University of East Anglia's medical school"]),
            ("Royal Pharmaceutical Society", "organization"),
            ("Ash Soni", "person", ["President of the Royal Pharmaceutical Society"]),
        ],
        positions=[
            P("David Livermore", "washing hands after going to the toilet", "support",
              "it's much more important to wash your hands after going to the toilet"),
            P("David Livermore", "careful handling and cooking of raw meat", "support",
              "We need to carry on cooking chicken well and never to alternately handle raw meat and salad"),
            P("Ash Soni", "saving antibiotics for when they are really required", "support",
              "we can reduce antibiotic resistance by saving these important medicines for when they are really "
              "required"),
        ],
    ),
    Article(
        "wikinews-2019-074",
        quotes=[
            Q("over a hundred people attended the party, located in Allegheny County, four of whom were injured in the "
              "shooting", "indirect", "said", "Police", "police"),
            Q("the area is usually quiet", "indirect", "told", "Neighbors", None),
            Q("Party-goers still at the scene after the shooting fled when police arrived", "indirect", "according to",
              "county police", "county police", ("police",)),
        ],
        actors=[
            ("police", "organization", ["police in Clairton, Pennsylvania"]),
            ("county police", "organization", ["Allegheny County police"]),
        ],
    ),
]
