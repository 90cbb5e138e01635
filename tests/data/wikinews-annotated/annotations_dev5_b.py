"""Hand annotations of the fifth dev set, half b (Wikinews, CC BY 2.5): see README.md for the conventions."""

from build import Article, P, Q

SAREA = ("Saree", "Sarea")
ATTACKS = "the drone attacks on Saudi Aramco's oil facilities"
BOSEMAN_STATEMENT = "statement posted to his official Twitter account"
WASEEM = ("Waseem",)

ARTICLES = [
    Article(
        "wikinews-2019-106",
        quotes=[
            Q("were under control", "indirect", "said", "state media", None),
            Q("responsibility for the attacks", "indirect", "claimed", "The Yemen-based Houthi movement",
              "Houthi movement"),
            Q("the attacks occurred at 4:00 A.M. local time (0100 UTC) and struck the largest processing plant at Abqaiq "
              "and the Khurais oil field", "indirect", "According to", "the Saudi Press Agency", "Saudi Press Agency",
              ("The agency",)),
            Q("exports were continuing", "indirect", "said", "The agency", "Saudi Press Agency", ("The agency",)),
            Q("both production and export of oil had been disrupted", "indirect", "reported", "Reuters", "Reuters"),
            Q("5.7  million barrels of per-day production had been disrupted", "indirect", "said", "Saudi officials",
              None),
            Q("it had carried out the attack using ten drones", "indirect", "said",
              "Houthi military spokesperson Yahya Sarea", "Yahya Sarea", SAREA),
            Q('it was among the largest Houthi operations inside of Saudi Arabia and was accomplished with the help of '
              '"honourable people inside the kingdom"', "indirect", "According to", "him", "Yahya Sarea", SAREA),
            Q("These attacks are our right, and we warn the Saudis that our targets will keep expanding", "direct",
              "said", "Saree", "Yahya Sarea", SAREA),
            Q("We have the right to strike back in retaliation to the air strikes and the targeting of our civilians for "
              "the last five years.", "direct", None, None, "Yahya Sarea", SAREA),
            Q("Iran for the attacks", "indirect", "blaming", "US Secretary of State Mike Pompeo", "Mike Pompeo",
              ("Pompeo",)),
            Q('there was "no evidence the attacks came from Yemen."', "indirect", "saying",
              "US Secretary of State Mike Pompeo", "Mike Pompeo", ("Pompeo",)),
            Q("questions remain how much direct Iranian assistance is received by the Houthis who are ideologically "
              "aligned with Iran", "indirect", "said", "BBC's Jonathan Marcus", "Jonathan Marcus"),
        ],
        actors=[
            ("Houthi movement", "organization", ["Yemen-based"]),
            ("Saudi Press Agency", "organization", ["Saudi state news agency"]),
            ("Reuters", "organization"),
            ("Yahya Sarea", "person", ["Houthi military spokesperson"]),
            ("Mike Pompeo", "person", ["US Secretary of State"]),
            ("Jonathan Marcus", "person", ["BBC"]),
            ("Saudi Arabia", "place"),
        ],
        positions=[
            P("Yahya Sarea", ATTACKS, "support", "These attacks are our right"),
            P("Mike Pompeo", "Iran, blamed for the attacks on Saudi Aramco's oil facilities", "oppose",
              "blaming Iran for the attacks"),
            P("Saudi Arabia", "the government of Abdrabbuh Mansur Hadi against the Houthi rebellion", "support",
              "Saudi Arabia started supporting the government of Abdrabbuh Mansur Hadi against the Houthi rebellion"),
        ],
    ),
    Article(
        "wikinews-2020-087",
        quotes=[
            Q("We turned up here knowing we'd be in for a battle", "direct", "said", "University coach Brad Tronc",
              "Brad Tronc", ("Tronc",)),
            Q("They pushed [reigning premiers] Caloundra and they pushed Noosa. We knew the were looking for a scalp. To "
              "Maroochydore's credit, they've made some big improvements since last season. I think as the season goes "
              "on they'll keep getting better and better, as well.", "direct", None, None, "Brad Tronc", ("Tronc",)),
            Q("The game was a hard, physical match", "indirect", "according to",
              "Maroochydore assistant coach Ben Radmall", "Ben Radmall", ("Radmall",)),
            Q("It was pretty set piece dominated there for the last twenty minutes", "direct", "said", "Radmall",
              "Ben Radmall", ("Radmall",)),
            Q("[It was] a pretty physical game out there this afternoon. It was a good hit out. We're sore after that "
              "one.", "direct", None, None, "Ben Radmall", ("Radmall",)),
            Q("The two guys that set [Uni's final try] up were an 18 year old half back and an 18 year old five eighth,",
              "direct", "said", "Tronc", "Brad Tronc", ("Tronc",)),
            Q("his side needed to work on some things", "indirect", "conceded", "Radmall", "Ben Radmall", ("Radmall",)),
            Q("We had our opportunities in the 22 in that last twenty minutes", "direct", "said", "he", "Ben Radmall",
              ("Radmall",)),
            Q("Just some management, couple of set pieces let us down. We couldn't execute there and they exited pretty "
              "well. They slowed the game down pretty well in that last ten minutes to dance up the field and then score "
              "a try at the end there.", "direct", None, None, "Ben Radmall", ("Radmall",)),
        ],
        actors=[
            ("Brad Tronc", "person", ["University coach"]),
            ("Ben Radmall", "person", ["Maroochydore assistant coach"]),
        ],
    ),
    Article(
        "wikinews-2019-039",
        quotes=[
            Q("It's fun working with a new partner that approaches the problem in a slightly different way. They don't "
              "carry the same background that we did in NASA, and they don't approach the design exactly the same way we "
              "do. [...] And that's cool. I mean, that's really neat.", "direct", "spoke", "Bill Gerstenmaier of NASA",
              "Bill Gerstenmaier"),
            Q("To be frank I'm a little emotionally exhausted because that was super stressful. But it worked — so far,",
              "direct", "told", "SpaceX founder Elon Musk", "Elon Musk"),
            Q("We have to dock to the station, and we have to come back, but so far it's worked. [...] We've passed some "
              "of the riskiest items.", "direct", None, None, "Elon Musk"),
            Q("the goal is to render space accessible to many customers and, through commercial competition, do so at a "
              "lower cost than the space shuttle missions, which ran about US$1.5 billion apiece", "indirect",
              "according to", "NASA administrator Jim Bridenstine", "Jim Bridenstine"),
            Q("might take place this summer", "indirect", "said", "NASA", "NASA"),
        ],
        actors=[
            ("Bill Gerstenmaier", "person", ["NASA"]),
            ("Elon Musk", "person", ["SpaceX founder"]),
            ("Jim Bridenstine", "person", ["NASA administrator"]),
            ("NASA", "organization"),
        ],
        positions=[
            P("Bill Gerstenmaier", "NASA's collaboration with SpaceX", "support",
              "It's fun working with a new partner that approaches the problem in a slightly different way"),
            P("Jim Bridenstine", "commercial competition to make spaceflight accessible at lower cost", "support",
              "the goal is to render space accessible to many customers and, through commercial competition, do so at a "
              "lower cost"),
        ],
    ),
    Article(
        "wikinews-2020-088",
        quotes=[
            Q("Boseman died at home on August 28 in the company of his wife and family", "indirect", "according to",
              "a statement posted to his official Twitter account", BOSEMAN_STATEMENT, ("statement",)),
            Q("he was in stage IV of his cancer which had been diagnosed in 2016", "indirect", "stated", "It",
              BOSEMAN_STATEMENT, ("statement",)),
            Q("I noticed then that Chad was an anomaly", "direct", "wrote", "Ryan Coogler", "Ryan Coogler",
              ("Coogler",)),
            Q("He was calm. Assured. Constantly studying. But also kind, comforting, had the warmest laugh in the world, "
              "and eyes that [saw] much beyond his years, but could still sparkle like a child seeing something for the "
              "first time.", "direct", None, None, "Ryan Coogler", ("Coogler",)),
            Q("He was a gentle soul and a brilliant artist, who will stay with us for eternity through his iconic "
              "performances over his short yet illustrious career […] God bless Chadwick Boseman.", "direct", "stated",
              "Actor Denzel Washington", "Denzel Washington"),
            Q("It is with profound sadness that we mourn the loss of alumnus Chadwick Boseman who passed away this "
              "evening. His incredible talent will forever be immortalized through his characters and through his own "
              "personal journey from student to superhero! Rest in Power, Chadwick!", "direct", "wrote",
              "Wayne A. I. Frederick, president of Howard University", "Wayne A. I. Frederick"),
            Q("He was having this immense success, in a strata of his own, humble hardworking, always smile on his face "
              "[…] Black Panther was hands down the crowning achievement of the Marvel Universe. The one where people got "
              "to vote with ticket sales we require this. It is a fantastic movie that leveled the playing field.",
              "direct", "said", "Downey", "Robert Downey Jr.", ("Downey",)),
        ],
        actors=[
            (BOSEMAN_STATEMENT, "organization"),
            ("Ryan Coogler", "person", ["director of Black Panther"]),
            ("Denzel Washington", "person", ["actor"]),
            ("Wayne A. I. Frederick", "person", ["president of Howard University"]),
            ("Robert Downey Jr.", "person", ["actor"]),
        ],
    ),
    Article(
        "wikinews-2019-083",
        quotes=[
            Q("a trial of four possible Ebola drugs was stopped early because two of them had already shown considerable "
              "progress in treating the disease and saving the lives of those infected", "indirect", "announced",
              "Director Anthony Fauci of the United States National Institute of Allergy and Infectious Diseases (NIAID)",
              "Anthony Fauci"),
            Q("From now on, we will no longer say that Ebola is incurable[.]", "direct", "said",
              "Professor Jean-Jacques Muyembe", "Jean-Jacques Muyembe", ("Muyembe",)),
            Q("thousands of deaths could be prevented", "indirect", "went on to say", "He", "Jean-Jacques Muyembe",
              ("Muyembe",)),
            Q("it had less benefit than sought in preventing death", "indirect", "indicated", "formal studies", None),
            Q("the new drugs were only part of the solution", "indirect", "told", "Mike Ryan of the World Health "
              "Organization (WHO)", "Mike Ryan", ("Ryan",)),
            Q("What will stop Ebola, under professor Muyembe's leadership and that of the government of the DRC, is good "
              "surveillance, good infection prevention and control, good community engagement, excellent vaccinations, "
              "and the use of these therapeutics in the most effective way possible.", "direct", "told",
              "Mike Ryan of the World Health Organization (WHO)", "Mike Ryan", ("Ryan",)),
            Q("Past EVD outbreak mortality rates have been at least 25%, as high as 90%, and averaged around 50%",
              "indirect", "according to", "WHO's statistics", "World Health Organization", ("WHO",)),
            Q("many people do not seek treatment because they see their friends and relatives die after entering a care "
              "facility", "indirect", "According to", "Muyembe", "Jean-Jacques Muyembe", ("Muyembe",)),
            Q("Now that 90% of their patients can go into the treatment center and come out completely cured,",
              "direct", "told", "he", "Jean-Jacques Muyembe", ("Muyembe",)),
            Q("they will start believing it and building trust in the population and community[.]", "direct", "told",
              "he", "Jean-Jacques Muyembe", ("Muyembe",)),
        ],
        actors=[
            ("Anthony Fauci", "person", ["Director of the United States National Institute of Allergy and Infectious "
                                         "Diseases"]),
            ("Jean-Jacques Muyembe", "person", ["Director General of the DRC's Institut National de Recherche "
                                                "Biomédicale"]),
            ("Mike Ryan", "person", ["World Health Organization"]),
            ("World Health Organization", "organization"),
        ],
        positions=[
            P("Mike Ryan", "a broad Ebola response (surveillance, infection control, community engagement, vaccination, "
              "therapeutics)", "support",
              "What will stop Ebola, under professor Muyembe's leadership and that of the government of the DRC, is good "
              "surveillance"),
        ],
    ),
    Article(
        "wikinews-2020-085",
        quotes=[
            Q("It's a better performance than what we put on last week", "direct", "said", "Wynnum coach Matt Myers",
              "Matt Myers", ("Myers",)),
            Q("We're a forty or fifty minute team at the moment, not an eighty minute team. [Just need to] stay in the "
              "fight and take [games] a bit deeper.", "direct", None, None, "Matt Myers", ("Myers",)),
            Q("We were able to turn the momentum around after their first two", "direct", "said", "Myers", "Matt Myers",
              ("Myers",)),
            Q("They had it all over us in the first fifteen or so and we turned the momentum around.", "direct", None,
              None, "Matt Myers", ("Myers",)),
            Q("Yeah it was a good start from us, probably the best start from us in a while", "direct", "said",
              "Kidston", "Jarrod Kidston", ("Kidston",)),
            Q("Then we just made a couple of mistakes and let them back in the game. They're a good outfit so they put "
              "points on pretty quick.", "direct", None, None, "Jarrod Kidston", ("Kidston",)),
            Q("We got back on even and managed to go try for try for a couple", "direct", "said", "Myers", "Matt Myers",
              ("Myers",)),
            Q("[We] let them [have the] momentum [and they were] over the top, they got a roll on", "direct", None, None,
              "Matt Myers", ("Myers",)),
            Q("Fitness was a big factor in that", "indirect", "according to", "Kidston", "Jarrod Kidston",
              ("Kidston",)),
            Q("We've been working hard on our fitness so it was pretty good to get the points at the back end",
              "direct", "said", "he", "Jarrod Kidston", ("Kidston",)),
        ],
        actors=[
            ("Matt Myers", "person", ["Wynnum coach"]),
            ("Jarrod Kidston", "person", ["Caloundra half back"]),
        ],
    ),
    Article(
        "wikinews-2019-121",
        quotes=[
            Q("killing his sister by strangling her in 2016", "indirect", "confessed", "Waseem", "Mohammed Waseem",
              WASEEM),
            Q("she believed he was innocent", "indirect", "said", "Baloch and Waseem's mother, Anwar", "Anwar"),
            Q("they forgave him for the killing", "indirect", "saying", "the parents", "parents", ("the parents",)),
            Q("acting alone", "indirect", "confessed", "Waseem", "Mohammed Waseem", WASEEM),
            Q("inciting the murder in some way", "indirect", "denied", "he", "Mufti Abdul Qawi", ("Qawi",)),
            Q("family honor", "indirect", "mentioned", "he", "Mohammed Waseem", WASEEM),
            Q("his initial confession was forced", "indirect", "said", "He", "Mohammed Waseem", WASEEM),
            Q("As women we must stand up for ourselves. As women we must stand up for each other[,]", "direct", "wrote",
              "Baloch", "Qandeel Baloch", ("Baloch",)),
            Q("I believe I am a modern day feminist.", "direct", None, None, "Qandeel Baloch", ("Baloch",)),
            Q("to disrobe if Pakistan defeated India in a then-upcoming cricket match", "indirect", "offering", "her",
              "Qandeel Baloch", ("Baloch",)),
            Q("as a teenager she was forced into an abusive marriage by her family", "indirect", "said", "she",
              "Qandeel Baloch", ("Baloch",)),
            Q("her much-older husband attempted to disfigure her with acid", "indirect", "said", "She", "Qandeel Baloch",
              ("Baloch",)),
        ],
        actors=[
            ("Mohammed Waseem", "person", ["brother of Qandeel Baloch"]),
            ("Anwar", "person", ["mother of Qandeel Baloch and Mohammed Waseem"]),
            ("parents", "person", ["parents of Qandeel Baloch and Mohammed Waseem"]),
            ("Mufti Abdul Qawi", "person", ["Muslim cleric"]),
            ("Qandeel Baloch", "person", ["social media personality", "feminist"]),
        ],
        positions=[
            P("Anwar", "Mohammed Waseem's conviction", "oppose", "she believed he was innocent"),
            P("parents", "Mohammed Waseem's release", "support",
              "the parents tried to have Waseem released by saying they forgave him for the killing"),
            P("Qandeel Baloch", "women standing up for themselves (feminism)", "support",
              "As women we must stand up for ourselves"),
        ],
    ),
    Article(
        "wikinews-2019-038",
        quotes=[
            Q('they "appear not to have shown any respect for the minimum standards of decent behaviour."', "indirect",
              "said", "Judge Durham Hall QC", "Durham Hall"),
            Q('the victims were "ripe and vulnerable to manipulation" and had been used "to satisfy [the accused\'s] '
              'sexual desires"', "indirect", "said", "Prosecutor Kama Melly QC", "Kama Melly"),
            Q('she did this to show victims "there is nothing to be ashamed of"', "indirect", "said", "She", None),
            Q('the men thought they were "nothing but a toy to play with"', "indirect", "said", "One of the victims",
              None),
            Q("The Safeguarding Board will look closely at this case to see if there are any lessons we can learn that "
              "could help us keep young people safer", "direct", "stated", "Bradford Council", "Bradford Council"),
        ],
        actors=[
            ("Durham Hall", "person", ["Judge", "QC"]),
            ("Kama Melly", "person", ["Prosecutor", "QC"]),
            ("Bradford Council", "organization"),
        ],
        positions=[],
    ),
]
