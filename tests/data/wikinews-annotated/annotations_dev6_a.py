"""Hand annotations of the sixth dev set, half a (Wikinews, CC BY 2.5): see README.md for the conventions."""

from build import Article, P, Q

MUGABE = "Robert Gabriel Mugabe"
MUGABE_ALIASES = ("Robert Mugabe", "Mugabe")
MNANGAGWA_LETTER = (
    "It is with the utmost sadness that I announce the passing on of Zimbabwe's founding father and former President, "
    "Cde [comrade] Robert Mugabe. [...] Cde Mugabe was an icon of liberation, a pan-Africanist who dedicated his life "
    "to the emancipation and empowerment of his people. His contribution to the history of our nation and continent "
    "will never be forgotten. May his soul rest in eternal peace")
PUTIN = (
    "Many important dates in Zimbabwe’s modern history are tied to the name of Robert Mugabe. He made a great personal "
    "contribution to the battle for your country’s independence, to the building of Zimbabwean State institutions.")
BUMHIRA = (
    "For my generation, Mr Robert Mugabe should be remembered for what he was to us. He was a dictator. He was "
    "ruthless. He is the author of the current economic and political challenges we're facing as a nation")
BRUDZINSKI = (
    "I can’t find the words, an explanation, for this kind of act. Especially since the finale of the Great Orchestra "
    "of Christmas Charity has for the last 27 years always been associated with good, with something joyful, positive.")
DUDA = (
    "Today I am unconditionally with him and his loved ones, just as I hope all of us compatriots are. I pray for his "
    "return to health and full strength.")
CIARKA = (
    "a press badge was used by the assailant, reported by The Guardian as convicted of assaults and by Associated Press "
    "of bank robberies, to gain entry")
BAKER = (
    "I'd never sat behind a kit before, but I sat down — and I could play! One of the musicians turned round and said, "
    "'Bloody hell, we've got a drummer', and I thought, 'Bloody hell, I'm a drummer'")
MCCARTNEY = (
    "Ginger Baker, great drummer, wild and lovely guy. We worked together on the 'Band on the Run' album in his ARC "
    "Studio, Lagos, Nigeria. Sad to hear that he died but the memories never will.")
WINWOOD_1 = (
    "A very sad loss, and my condolences to his family and friends. A loss also for his contribution to music. He was "
    "well-grounded in jazz from very early on,")
WINWOOD_2 = (
    "Beneath his somewhat abrasive exterior, there was a very sensitive human being with a heart of gold. He’ll be "
    "missed.")
JAGGER = (
    "Sad news hearing that Ginger Baker has died, I remember playing with him very early on in Alexis Korner's Blues "
    "Incorporated. He was a fiery but extremely talented and innovative drummer.")
WOLF = (
    "We received a mass casualty alert following the plane crash that took place near Bradley International Airport "
    "this morning. As a Level 1 Trauma Center, Saint Francis Hospital department has deployed all the necessary "
    "preparations in order to be ready to receive any number of patients.")
LAMONT = (
    "My heart really goes out to the families and we're going to give them the best information we can, as soon as we "
    "can, in an honest way [...] We're doing everything we can, and we've got an amazing group of people who are going "
    "to get to the bottom of this as soon as we can. You're in our prayers.")
NTSB = "National Transportation Safety Board"
MAKUEI = (
    "It is a great loss to the people of South Sudan, because John Luk had contributed a lot, and him and myself has "
    "done a lot in the legal sector and in the negotiations and in all aspects of governance system in South Sudan. So "
    "his death is not only a loss to the community, but a loss to the people and the government of South Sudan")
NYANDENG = (
    "John Luk was very honest, hardworking and a brilliant person who devoted his entire life to fight for South Sudan "
    "during the liberation processes until his death. He is a person the whole country will miss.")

ARTICLES = [
    Article(
        "wikinews-2019-099",
        quotes=[
            Q("Robert Mugabe, former president of Zimbabwe, has died", "indirect", "according to",
              "current president Emmerson Mnangagwa", "Emmerson Mnangagwa", ("Mnangagwa",)),
            Q("he died at Gleneagles Hospital in the morning", "indirect", "according to",
              "the Ministry of Foreign Affairs", "Ministry of Foreign Affairs"),
            Q("independence from the United Kingdom", "indirect", "declared", "which", "Rhodesia"),
            Q('was called the "breadbasket" of southern Africa', "indirect", "according to", "CNN", "CNN"),
            Q("victory in the presidential vote", "indirect", "claimed", "both Mugabe and Tsvangirai", MUGABE,
              MUGABE_ALIASES + ("Morgan Tsvangirai", "Tsvangirai")),
            Q("Only God who appointed me will remove me — not the MDC, not the British,", "direct", "declared", "he",
              MUGABE, MUGABE_ALIASES),
            Q("he was preparing his wife — four decades his junior — to become his successor", "indirect",
              "circulated", "rumors", None),
            Q(MNANGAGWA_LETTER, "direct", "wrote", "President Mnangagwa", "Emmerson Mnangagwa", ("Mnangagwa",)),
            Q(PUTIN, "direct", "said", "Vladimir Putin, president of Russia", "Vladimir Putin"),
            Q(BUMHIRA, "direct", "said", "Ashton Bumhira, director of Youth Forum Zimbabwe", "Ashton Bumhira"),
        ],
        actors=[
            (MUGABE, "person", ["former president of Zimbabwe", "first prime minister of Zimbabwe",
                                "co-founder of the Zimbabwe African National Union"]),
            ("Emmerson Mnangagwa", "person", ["president of Zimbabwe"]),
            ("Ministry of Foreign Affairs", "organization"),
            ("Rhodesia", "place"),
            ("CNN", "organization"),
            ("Morgan Tsvangirai", "person", ["Movement for Democratic Change", "prime minister"]),
            ("European Union", "organization"),
            ("United States", "place"),
            ("Vladimir Putin", "person", ["president of Russia"]),
            ("Ashton Bumhira", "person", ["director of Youth Forum Zimbabwe"]),
        ],
        positions=[
            P("Rhodesia", "independence from the United Kingdom", "support",
              "declared independence from the United Kingdom"),
            P(MUGABE, "Marxism", "support", "He embraced Marxism"),
            P(MUGABE, "white minority rule", "oppose", "to oppose the white minority rule"),
            P(MUGABE, "Ian Smith's government", "oppose",
              "led a militant guerrilla movement against Ian Smith's government"),
            P(MUGABE, "education", "support", "He supported education, healthcare, and peasant farming"),
            P(MUGABE, "healthcare", "support", "He supported education, healthcare, and peasant farming"),
            P(MUGABE, "peasant farming", "support", "He supported education, healthcare, and peasant farming"),
            P(MUGABE, "confiscating land from white farm-owners and redistributing it", "support",
              "instituted a policy of confiscating land from white farm-owners and redistributing it"),
            P("European Union", "the result of the 2000 presidential election", "oppose",
              "neither the European Union nor the United States would endorse the result"),
            P("United States", "the result of the 2000 presidential election", "oppose",
              "neither the European Union nor the United States would endorse the result"),
            P(MUGABE, "Mugabe giving up power", "oppose", "Refusing to give up power"),
            P(MUGABE, "power-sharing with the MDC", "support", "Mugabe agreed to power-sharing"),
            P(MUGABE, "Mugabe's removal from power", "oppose",
              "Only God who appointed me will remove me — not the MDC, not the British"),
            P("Emmerson Mnangagwa", "Robert Mugabe and his legacy", "support",
              "Cde Mugabe was an icon of liberation, a pan-Africanist who dedicated his life to the emancipation and "
              "empowerment of his people"),
            P("Vladimir Putin", "Robert Mugabe and his legacy", "support",
              "He made a great personal contribution to the battle for your country’s independence"),
            P("Ashton Bumhira", "Robert Mugabe and his legacy", "oppose",
              "He was a dictator. He was ruthless. He is the author of the current economic and political challenges"),
        ],
    ),
    Article(
        "wikinews-2019-011",
        quotes=[
            Q("he was wrongfully imprisoned under Adamowicz's former party Civic Platform's time in government",
              "indirect", "claimed", "The attacker", "Stefan W"),
            Q("Let's all pray for Mayor Adamowicz. Paweł, we are with you.", "direct", "wrote",
              "Ex-Prime Minister Donald Tusk, the current President of the European Council", "Donald Tusk", ("Tusk",)),
            Q("an act of inexplicable barbarity.", "direct", "called", "Interior Minister Joachim Brudziński",
              "Joachim Brudziński", ("Brudziński",)),
            Q(BRUDZINSKI, "direct", "said", "He", "Joachim Brudziński", ("Brudziński",)),
            Q('Adamowicz required resuscitation, and was in a "serious" condition', "indirect", "said", "Brudziński",
              "Joachim Brudziński", ("Brudziński",)),
            Q("he received surgery", "indirect", "reported", "TVN24", "TVN24"),
            Q("We are with Mayor Adamowicz in our thoughts and prayers.", "direct", "tweeted",
              "Prime Minister Mateusz Morawiecki", "Mateusz Morawiecki"),
            Q(DUDA, "direct", "remarked", "President Andrzej Duda", "Andrzej Duda", ("Duda",)),
            Q('Adamowicz\'s heart was restarted by doctors "and there is hope, but his condition is very difficult."',
              "indirect", "told", "Duda", "Andrzej Duda", ("Duda",)),
            Q(CIARKA, "indirect", "said", "Police spokesman Mariusz Ciarka", "Mariusz Ciarka"),
            Q("Adamowicz remained alive", "indirect", "announcing", "Dr. Tomasz Stefaniak", "Tomasz Stefaniak",
              ("Stefaniak",)),
            Q("The next hours will decide everything,", "direct", "said", "Stefaniak", "Tomasz Stefaniak",
              ("Stefaniak",)),
            Q("We couldn’t win,", "direct", "said", "Health Minister Łukasz Szumowski", "Łukasz Szumowski"),
            Q("anti-semitism", "indirect", "condemned", "He", "Paweł Adamowicz", ("Adamowicz",)),
            Q("psychiatric assessments will be carried out to confirm if Stefan W is fit for trial", "indirect", "told",
              "Prosecutor Krzysztof Sierak", "Krzysztof Sierak"),
        ],
        actors=[
            ("Stefan W", "person", ["detained suspect"]),
            ("Donald Tusk", "person", ["President of the European Council", "former Prime Minister",
                                       "founding Civic Platform member"]),
            ("Joachim Brudziński", "person", ["Interior Minister"]),
            ("TVN24", "organization"),
            ("Mateusz Morawiecki", "person", ["Prime Minister"]),
            ("Andrzej Duda", "person", ["President"]),
            ("Mariusz Ciarka", "person", ["police spokesman"]),
            ("Tomasz Stefaniak", "person", ["doctor at the Medical University of Gdańsk"]),
            ("Łukasz Szumowski", "person", ["Health Minister"]),
            ("Paweł Adamowicz", "person", ["mayor of Gdańsk"]),
            ("Krzysztof Sierak", "person", ["prosecutor"]),
        ],
        positions=[
            P("Paweł Adamowicz", "democracy", "support", "Adamowicz was an early supporter of democracy"),
            P("Joachim Brudziński", "the stabbing of Paweł Adamowicz", "oppose", "an act of inexplicable barbarity"),
            P("Paweł Adamowicz", "LGBT rights", "support", "has supported LGBT rights"),
            P("Paweł Adamowicz", "the inclusion of minority groups", "support", "the inclusion of minority groups"),
            P("Paweł Adamowicz", "anti-semitism", "oppose", "He recently condemned anti-semitism"),
        ],
    ),
    Article(
        "wikinews-2019-131",
        quotes=[
            Q("he died in Britain", "indirect", "said", "his daughter", "Nettie Baker"),
            Q("he had a habit of tapping on school desks", "indirect", "told", "he", "Ginger Baker", ("Baker",)),
            Q(BAKER, "direct", "recalled", "he", "Ginger Baker", ("Baker",)),
            Q("Baker to be his replacement", "indirect", "recommended", "Watts", "Charlie Watts", ("Watts",)),
            Q(MCCARTNEY, "direct", "wrote", "Paul McCartney", "Paul McCartney"),
            Q(WINWOOD_1, "direct", "wrote", "Steve Winwood", "Steve Winwood"),
            Q(WINWOOD_2, "direct", None, None, "Steve Winwood"),
            Q(JAGGER, "direct", "reacted", "Mick Jagger of The Rolling Stones", "Mick Jagger"),
        ],
        actors=[
            ("Nettie Baker", "person", ["Ginger Baker's daughter"]),
            ("Ginger Baker", "person", ["drummer", "co-founder of Cream"]),
            ("Charlie Watts", "person", ["drummer", "The Rolling Stones"]),
            ("Paul McCartney", "person", ["The Beatles"]),
            ("Steve Winwood", "person", ["Blind Faith"]),
            ("Mick Jagger", "person", ["The Rolling Stones"]),
        ],
    ),
    Article(
        "wikinews-2019-118",
        quotes=[
            Q("was due to memory problems", "indirect", "said", "his wife Bernadette", "Bernadette"),
            Q("Jacques Chirac is part of the history of France", "direct", "said", "Assembly president Richard Ferrand",
              "Richard Ferrand"),
            Q("He incarnated a France that was true to its universal values and to its historic role", "direct",
              "said", "Former president Nicolas Sarkozy", "Nicolas Sarkozy"),
        ],
        actors=[
            ("Jacques Chirac", "person", ["former President of France", "former prime minister",
                                          "former mayor of Paris"]),
            ("Bernadette", "person", ["Jacques Chirac's wife"]),
            ("Richard Ferrand", "person", ["president of the National Assembly"]),
            ("Nicolas Sarkozy", "person", ["former president of France"]),
        ],
        positions=[
            P("Jacques Chirac", "ending mandatory military service", "support",
              "he ended mandatory military service"),
            P("Jacques Chirac", "shortening presidential terms to five years", "support",
              "cut two years off the length of presidential terms"),
            P("Jacques Chirac", "European integration", "support", "He favored European integration"),
            P("Jacques Chirac", "a more federal European Union", "support", "sought a more federal European Union"),
            P("Jacques Chirac", "the United States-led Iraq War", "oppose",
              "Chirac was also an outspoken opponent of the United States-led Iraq War"),
        ],
    ),
    Article(
        "wikinews-2020-004",
        quotes=[
            Q("more than half of those were filled", "indirect", "said", "reports", None),
            Q("the fire started in a recalled 2005 Opel Zafira", "indirect", "reported", "news broadcaster NRK", "NRK"),
            Q("they questioned the car's owner", "indirect", "said", "Police", "police"),
            Q("there was danger the building might collapse", "indirect", "said", "local officials", None),
            Q("no personnel would be sent into the building", "indirect", "said",
              "Nils-Erik Haagenrud of Rogaland Fire and Rescue", "Nils-Erik Haagenrud"),
            Q("support and equipment from other fire departments", "indirect", "requested",
              "Rogaland Fire and Rescue", "Rogaland Fire and Rescue"),
            Q("people in the general vicinity to stay inside and close exterior vents and windows", "indirect",
              "warned", "local police", "local police"),
            Q("places to eat for the seven hour drive from Stavanger to the capital of Oslo", "indirect", "asking",
              "Solberg", "Erna Solberg", ("Solberg",)),
            Q("an estimated two to three hundred vehicles had been damaged or destroyed, but no humans had been hurt",
              "indirect", "said", "Reports", None),
        ],
        actors=[
            ("NRK", "organization", ["news broadcaster"]),
            ("police", "organization"),
            ("Nils-Erik Haagenrud", "person", ["Rogaland Fire and Rescue"]),
            ("Rogaland Fire and Rescue", "organization"),
            ("local police", "organization"),
            ("Erna Solberg", "person", ["Prime Minister of Norway"]),
        ],
        positions=[
            P("local police", "people near the fire staying inside with vents and windows closed", "support",
              "warned people in the general vicinity to stay inside and close exterior vents and windows"),
        ],
    ),
    Article(
        "wikinews-2020-069",
        quotes=[
            Q("they were treating it as a terrorist incident", "indirect", "announced", "Police",
              "Thames Valley Police", ("Police",)),
            Q("mental health may be a factor in the attack", "indirect", "cited", "a security source", None),
            Q("a man approached and attacked a group of middle-aged men, using a knife", "indirect", "said",
              "Witnesses", None),
            Q("the police found nothing inconsistent with the attacker acting alone", "indirect", "said",
              "The head of the UK's counter terror police, Neil Basu", "Neil Basu", ("Basu",)),
            Q("there is no suggestion of specific increased threat towards people in crowded places from terrorists",
              "indirect", "said", "He", "Neil Basu", ("Basu",)),
            Q("this was not connected to the crime", "indirect", "stated", "Basu", "Neil Basu", ("Basu",)),
        ],
        actors=[
            ("Thames Valley Police", "organization"),
            ("Neil Basu", "person", ["head of the UK's counter terror police"]),
        ],
    ),
    Article(
        "wikinews-2019-126",
        quotes=[
            Q("The plane crashed near the end of a runway at 9:54 a.m. ET (1354 UTC) during an attempted landing, and "
              "struck a deicing facility at the airport", "indirect", "according to", "officials", None),
            Q("Fourteen people were injured in the crash, including all on board the plane, and one airport worker on "
              "the ground", "indirect", "according to",
              "Commissioner James Rovella of the Connecticut Department of Emergency Services and Public Protection",
              "James Rovella"),
            Q("there were ten passengers and three crew members aboard the aircraft", "indirect", "According to",
              "Windsor Locks' first selectman, Chris Kervick", "Chris Kervick"),
            Q(WOLF, "direct", "said", "Dr. Steven Wolf at Saint Francis", "Steven Wolf"),
            Q(LAMONT, "direct", "said", "Connecticut Governor Ned Lamont", "Ned Lamont"),
            Q("The aircraft, a Boeing B-17 Flying Fortress, is registered in Middlesex County, Massachusetts, and was "
              "manufactured in 1944", "indirect", "according to", "Federal Aviation Administration records",
              "Federal Aviation Administration"),
            Q("the same aircraft was involved in an incident in Beaver Falls, Pennsylvania on August 23, 1987",
              "indirect", "According to", "a 1989 report from the National Transportation Safety Board (NTSB)", NTSB,
              ("NTSB",)),
            Q("there was one passenger seriously injured, and two more with minor injuries; no crew were injured",
              "indirect", "said", "The report", NTSB, ("NTSB",)),
            Q("the involved airplane is one of eighteen B-17s still in the United States", "indirect", "According to",
              "Connecticut Senator Richard Blumenthal", "Richard Blumenthal", ("Blumenthal",)),
            Q("the NTSB would begin an investigation at Bradley Airport, led by Board Member Jennifer Homendy",
              "indirect", "said", "Blumenthal", "Richard Blumenthal", ("Blumenthal",)),
        ],
        actors=[
            ("James Rovella", "person",
             ["Commissioner of the Connecticut Department of Emergency Services and Public Protection"]),
            ("Chris Kervick", "person", ["first selectman of Windsor Locks"]),
            ("Steven Wolf", "person", ["doctor at Saint Francis Hospital"]),
            ("Ned Lamont", "person", ["Governor of Connecticut"]),
            ("Federal Aviation Administration", "organization"),
            (NTSB, "organization"),
            ("Richard Blumenthal", "person", ["Senator from Connecticut"]),
        ],
    ),
    Article(
        "wikinews-2020-059",
        quotes=[
            Q("Luk, reportedly aged about 68, had suffered a prolonged illness", "indirect", "according to",
              "a family spokesperson", None),
            Q(MAKUEI, "direct", "said", "He", "Michael Makuei"),
            Q(NYANDENG, "direct", "said", "She", "Rebecca Nyandeng De Mabior"),
        ],
        actors=[
            ("Michael Makuei", "person", ["Information Minister of South Sudan"]),
            ("Rebecca Nyandeng De Mabior", "person", ["Vice President of South Sudan"]),
        ],
    ),
]
