"""Hand annotations of the ninth dev set, half a (Wikinews, CC BY 2.5): see README.md for the conventions."""

from build import Article, P, Q

DUDA = "Andrzej Duda"
DUDA_ALIASES = ("Duda",)
DUDA_VICTIMS = ('the victims were "joyful girls starting out in life [who] have had life torn away from them" in an '
                '"appalling tragedy"')
BRUDZINSKI = "Joachim Brudziński"
BRUDZINSKI_ALIASES = ("Brudzinski",)
BRUDZINSKI_CHECKS = "he had ordered fire safety checks on escape rooms across Poland by the State Fire Brigade"
KOSIEC = "Monika Kosiec"
KOSIEC_ALIASES = ("Kosiec",)

FALCONER = "Rebecca Falconer"
FALCONER_ALIASES = ("Falconer",)
GALLEGO = "Christopher Gallego-Lazo"
GALLEGO_ALIASES = ("Gallego-Lazo",)
SLUG_STEPS = ("new steps toward using natural adhesives made by the dusky Arion slug (Arion subfuscus) in medical "
              "applications such as in closing skin wounds and reducing scarring")
FALCONER_QUOTE = (
    "Typical sutures like staples and stitches often lead to scarring and create holes in the skin that could increase "
    "the chance of infection after surgery [...] Understanding the roles of adhesive proteins in the slug glue would "
    "aid in the creation of a medical adhesive that can move and stretch yet still retain its strength and "
    "adhesiveness.")
GALLEGO_QUOTE = (
    "Few studies on biological adhesives have identified the exact nature of the bonds holding the glue together [...] "
    "This knowledge can guide the development of an organic synthetic adhesive that would reduce the risk of infection "
    "and scarring compared to stitches and staples and could be applied rapidly and simply.")

ZHUKOVSKYY = "Volodoymyr Zhukovskyy"
ZHUKOVSKYY_ALIASES = ("Zhukovskyy",)
ZHUKOVSKYY_DRIVING = (
    'Zhukovskyy was driving a pickup truck "erratically and across the double-yellow center line" on U.S. Route 2 in '
    "Randolph, New Hampshire on the night of June 21 and struck a group of motorcycles, killing seven riders and "
    "injuring three more")
HOOD_QUOTE = (
    "I don't really don't know what he was doing [...] The truck pretty much was like in the middle of the yellow line, "
    "and the guy pretty much cleaned out the whole — the bikes were riding side-by-side, and the guy cleaned out pretty "
    "much every bike that was there besides one of them.")
BAYTOWN = "police in Baytown, Texas"

WINCH = "Joshua Winch"
WINCH_ALIASES = ("Winch",)
WINCH_TIRED = ("he has produced a great deal of horror-comedy films, but grew tired of reading reviews that his films "
               "weren't horror because they had comedic elements")

ZAMPERONI_FOUND = ("Andrea Zamperoni, the head chef of New York City's Cipriani Dolci restaurant, was discovered dead "
                   "on Wednesday in Queens, New York")
DALLORSO = "Fernando Dallorso"
DALLORSO_ALIASES = ("Dallorso",)
ROOMMATES_SAW = "they last saw him on the preceding Saturday, August 17, after his shift at Cipriani Dolci in Manhattan"

TRUMP = "Donald Trump"
TRUMP_ALIASES = ("Trump",)
TRUMP_SAID = ("Hamza bin Laden, son of the late Al-Qaeda founder Osama bin Laden, has been killed in a US "
              "counter-terrorism operation")
TRUMP_STATEMENT = (
    "Hamza bin Ladin, the high-ranking al-Qa’ida member and son of Usama bin Ladin, was killed in a United States "
    "counterterrorism operation in the Afghanistan/Pakistan region.  The loss of Hamza bin Ladin not only deprives "
    "al-Qa’ida of important leadership skills and the symbolic connection to his father, but undermines important "
    "operational activities of the group.  Hamza bin Ladin was responsible for planning and dealing with various "
    "terrorist groups.")
TRUMP_LOSS = (
    "The loss of Hamza bin Ladin not only deprives al-Qa’ida of important leadership skills and the symbolic connection "
    "to his father, but undermines important operational activities of the group.")
SOURCES_SAID = ("he died within two years before, perhaps within a few months, but the US had only recently come to "
                "believe he was dead")
SOUFAN = "Ali Soufan"
SOUFAN_ALIASES = ("Soufan",)
SOUFAN_TOLD = ("Hamza bin Laden had appeared in Al-Qaeda videos since he was a young boy and his father saw a "
               "leadership role for him")
STATE_DEPT = "US State Department"

HIDALGO = "Anne Hidalgo"
HIDALGO_QUOTE = (
    "Paris is mourning its family this afternoon after this appalling attack on the [Police Prefecture]. The toll is "
    "heavy, several police lost their lives. In my name and that of the Parisians, my first thoughts go to the "
    "families of the victims and their relatives.")

CBEARING = "Crystal C'Bearing"
CBEARING_QUOTE = ("With everything that's happened to our people, our language, our culture, we feel that bringing the "
                  "buffalo back here is going to heal us[,]")
ARAPAHO = "Northern Arapaho Tribe"
ARAPAHO_ALIASES = ("Arapaho",)
ARAPAHO_POOLING = ("they are considering eventually pooling resources with the nearby Eastern Shoshone Tribe, who "
                   "currently have a herd of 33 buffalo")
OLDMAN = "Devin Oldman"
OLDMAN_1 = ("I think [working with the Eastern Shoshone]'s definitely a possibility. There's no sense in having two "
            "private herds[,]")
OLDMAN_2 = ("I would think that we would try to get our numbers up to one or two hundred before we do that so we have "
            "a nice strong herd.")

ATTACK_ACCOUNT = ("a man wearing a fake suicide vest entered a store, grabbed a large knife, ran outside with it and "
                  "began to stab people")
EYEWITNESS = (
    "I was crossing the road when I saw a man with a machete and silver canisters on his chest being chased by what I "
    "assume was an undercover police officer [...] The man was then shot. I think I heard three gunshots but I can't "
    "quite remember.")
AMMAN = "Sudesh Amman"
AMMAN_ALIASES = ("Amman",)
AMMAN_QUOTE = (
    "If you can't make a bomb because family, friends or spies are watching or suspecting you, take a knife, molotov, "
    "sound bombs or a car at night and attack the tourists (crusaders), police and soldiers of taghut [idolatry], or "
    "western embassies in every country you are in this planet.")
AMMAN_ATTACK = (
    "take a knife, molotov, sound bombs or a car at night and attack the tourists (crusaders), police and soldiers of "
    "taghut [idolatry], or western embassies in every country you are in this planet.")
BOON = "Alexis Boon"
BOON_MENTION = "Alexis Boon, the head of the Metropolitan Police Counter Terrorism Command"
BOON_QUOTE = (
    "His fascination with dying in the name of terrorism was clear in a notepad we recovered from his home. Amman had "
    "scrawled his 'life goals' in the notepad and top of the list, above family activities, was dying a martyr and "
    "going to 'Jannah' — the afterlife. It's not clear how Amman became radicalised but it is apparent from his "
    "messages that it had been at least a year in development. Whatever the circumstances, this case is a reminder of "
    "the need to be vigilant to signs of radicalisation and report it.")
BOON_VIGILANT = "this case is a reminder of the need to be vigilant to signs of radicalisation and report it."
KHAN = "Sadiq Khan"
KHAN_ALIASES = ("Khan",)
KHAN_THANKS = "the police, security and emergency services staff for their swift and courageous response"
JOHNSON = "Boris Johnson"
JOHNSON_QUOTE = (
    "Thank you to all emergency services responding to the incident in Streatham, which the police have now declared "
    "as terrorism-related. My thoughts are with the injured and all those affected.")
EMERGENCY_RESPONSE = "the emergency services' response to the Streatham attack"

RAILWAYS = "Indian Railways"
RAILWAYS_EVENT = ("launched this event ahead of International Women's Day, for promoting gender equality at work "
                  "places")
PARVATHI = "B Shiva Parvathi"
PARVATHI_QUOTE = ("It is a proud moment for me to be steering this train today along with my Loco Pilot Rangoli and the "
                  "all-women staff")
GARG = "Aparna Garg"
GARG_ALIASES = ("Garg",)
GARG_TOLD = ("only 10% of the employees in the Mysore Division were women, which constitutes about 650 female "
             "employees")
GARG_QUOTE = (
    "The theme 'Equal for All' is an effort of the Railways to promote more women workforce and empower them.  Women of "
    "today are no less to any men, be it in any field.  I hope through such initiatives, more number of women are "
    "motivated to take up jobs in their respective fields of interest")
GARG_HOPE = ("I hope through such initiatives, more number of women are motivated to take up jobs in their respective "
             "fields of interest")
HINDU_REPORT = ("Various activities are being conducted in this period, including health check-ups, yoga, sports "
                "competition and trekking")

ARTICLES = [
    Article(
        "wikinews-2019-002",
        quotes=[
            Q(DUDA_VICTIMS, "indirect", "said", "President Andrzej Duda", DUDA, DUDA_ALIASES),
            Q(BRUDZINSKI_CHECKS, "indirect", "wrote", "Interior Minister Joachim Brudziński", BRUDZINSKI,
              BRUDZINSKI_ALIASES),
            Q("I want to express my sympathy and regrets to the families of the victims of the fire", "direct",
              "tweeted", "He", BRUDZINSKI, BRUDZINSKI_ALIASES),
            Q("crushing", "direct", "characterised", "Duda", DUDA, DUDA_ALIASES),
            Q("May God protect their parents and loved ones.", "direct", "wrote", "Duda", DUDA, DUDA_ALIASES),
            Q('the male victim is in intensive care with "severe burns"', "indirect", "told",
              "Tomasz Kubiak, a fire service spokesman", "Tomasz Kubiak"),
            Q("police believe him to be aged 25", "indirect", "stated", "Police press officer Monika Kosiec", KOSIEC,
              KOSIEC_ALIASES),
            Q("police have been unable to question him", "indirect", "revealed", "Kosiec", KOSIEC, KOSIEC_ALIASES),
            Q("all five deaths were caused by carbon monoxide poisoning", "indirect", "has reported being told", None,
              None),
            Q("the installation of safety improvements at the facilities", "indirect", "ordered", "Brudzinski",
              BRUDZINSKI, BRUDZINSKI_ALIASES),
        ],
        actors=[
            (DUDA, "person", ["President of Poland"]),
            (BRUDZINSKI, "person", ["Interior Minister"]),
            ("Tomasz Kubiak", "person", ["fire service spokesman"]),
            (KOSIEC, "person", ["police press officer"]),
        ],
        positions=[
            P(BRUDZINSKI, "fire safety checks on escape rooms in Poland", "support", BRUDZINSKI_CHECKS),
            P(BRUDZINSKI, "safety improvements at escape rooms", "support",
              "Brudzinski also ordered the installation of safety improvements at the facilities"),
        ],
    ),
    Article(
        "wikinews-2019-047",
        quotes=[
            Q(SLUG_STEPS, "indirect", "disclosed", "scientists", "scientists"),
            Q(FALCONER_QUOTE, "direct", "said", "Scientist Rebecca Falconer", FALCONER, FALCONER_ALIASES),
            Q("slight changes in these chemical bonds could alter the strength of the slug glue", "indirect", "found",
              "Gallego-Lazo", GALLEGO, GALLEGO_ALIASES),
            Q(GALLEGO_QUOTE, "direct", "said", "Gallego-Lazo", GALLEGO, GALLEGO_ALIASES),
        ],
        actors=[
            ("scientists", "organization", ["authors of two studies presented at the annual meeting of the American "
                                            "Society for Biochemistry and Molecular Biology"]),
            (FALCONER, "person", ["scientist", "Ithaca College undergraduate", "led one of the two studies"]),
            (GALLEGO, "person", ["Ithaca College undergraduate"]),
        ],
    ),
    Article(
        "wikinews-2019-066",
        quotes=[
            Q("not guilty on Tuesday to seven counts of negligent homicide", "indirect", "pleaded", ZHUKOVSKYY,
              ZHUKOVSKYY, ZHUKOVSKYY_ALIASES),
            Q(ZHUKOVSKYY_DRIVING, "indirect", "According to", "police and county officials", "police",
              ("county officials",)),
            Q(HOOD_QUOTE, "direct", "said", "Travis Hood", "Travis Hood"),
            Q("Zhukovskyy has been involved in traffic collisions before", "indirect", "According to", BAYTOWN,
              BAYTOWN),
            Q("he had over-corrected after being cut off by another driver", "indirect", "said", "Zhukovskyy",
              ZHUKOVSKYY, ZHUKOVSKYY_ALIASES),
            Q("he was not cited for the incident", "indirect", "According to", "investigators", None),
            Q("Zhukovskyy has also been stopped for suspicion of driving while inebriated", "indirect", "reports",
              "The Associated Press", "Associated Press"),
            Q("Zhukovskyy's driving history rendered him a danger to himself or to the public", "indirect",
              "determined", "The court", "court"),
        ],
        actors=[
            (ZHUKOVSKYY, "person", ["driver charged with negligent homicide"]),
            ("police", "organization"),
            ("Travis Hood", "person", ["witness of the collision"]),
            (BAYTOWN, "organization"),
            ("Associated Press", "organization"),
            ("court", "organization"),
        ],
        positions=[
            P(ZHUKOVSKYY, "the negligent homicide charges against Zhukovskyy", "oppose",
              "pleaded not guilty on Tuesday to seven counts of negligent homicide"),
        ],
    ),
    Article(
        "wikinews-2019-079",
        quotes=[
            Q("he began acting in theater 20 years ago and also worked on several film projects as a Production "
              "Assistant", "indirect", "told", "Winch", WINCH, WINCH_ALIASES),
            Q(WINCH_TIRED, "indirect", "said", "Winch", WINCH, WINCH_ALIASES),
            Q("I want you to make a pure horror movie.", "direct", "said", "He", WINCH, WINCH_ALIASES),
            Q("the film has been screened at 14 film festivals and he was named Best Actor at one of those events",
              "indirect", "said", "Winch", WINCH, WINCH_ALIASES),
        ],
        actors=[
            (WINCH, "person", ["local actor and producer"]),
        ],
    ),
    Article(
        "wikinews-2019-087",
        quotes=[
            Q(ZAMPERONI_FOUND, "indirect", "according to", "police", "police"),
            Q(ROOMMATES_SAW, "indirect", "said", "his roommates", "roommates", ("his roommates",)),
            Q("for days Zamperoni's phone was off and Zamperoni had not used his bank cards", "indirect",
              "According to", "Dallorso", DALLORSO, DALLORSO_ALIASES),
        ],
        actors=[
            ("police", "organization"),
            ("roommates", "organization", ["Andrea Zamperoni's roommates"]),
            (DALLORSO, "person", ["general manager of Cipriani Dolci"]),
        ],
    ),
    Article(
        "wikinews-2019-108",
        quotes=[
            Q(TRUMP_SAID, "indirect", "said", "US President Donald Trump", TRUMP, TRUMP_ALIASES),
            Q(TRUMP_STATEMENT, "direct", "read", "Trump's statement", TRUMP, TRUMP_ALIASES),
            Q("Hamza bin Laden to be dead", "indirect", "reported", "multiple news outlets", None),
            Q(SOURCES_SAID, "indirect", "said", "the sources", None),
            Q(SOUFAN_TOLD, "indirect", "told", "Retired FBI agent and terrorism specialist Ali Soufan", SOUFAN,
              SOUFAN_ALIASES),
            Q("Hamza bridged a generational gap between newer Al-Qaeda members and veteran members", "indirect",
              "according to", "Soufan", SOUFAN, SOUFAN_ALIASES),
            Q("emerging", "direct", "described", "The US State Department", STATE_DEPT),
        ],
        actors=[
            (TRUMP, "person", ["President of the United States"]),
            (SOUFAN, "person", ["retired FBI agent", "terrorism specialist"]),
            (STATE_DEPT, "organization"),
        ],
        positions=[
            P(TRUMP, "al-Qaeda", "oppose", TRUMP_LOSS),
            P(STATE_DEPT, "capture of Hamza bin Laden", "support",
              "they offered a one million US dollar reward for information leading to his capture"),
        ],
    ),
    Article(
        "wikinews-2019-128",
        quotes=[
            Q("the three officers were stabbed with a kitchen knife in their offices", "indirect", "said", "Officials",
              None),
            Q("the suspect's wife was taken into custody", "indirect", "said", "Local prosecutor Remy Heitz",
              "Remy Heitz"),
            Q("the man was 45 years old and born in the French territory of Martinique", "indirect", "said",
              "Officials", None),
            Q("the man had converted to Islam a year-and-a-half ago", "indirect", "According to",
              "sources close to the investigation", None),
            Q(HIDALGO_QUOTE, "direct", "wrote", "The mayor of Paris, Anne Hidalgo", HIDALGO),
        ],
        actors=[
            ("Remy Heitz", "person", ["local prosecutor"]),
            (HIDALGO, "person", ["mayor of Paris"]),
        ],
    ),
    Article(
        "wikinews-2019-147",
        quotes=[
            Q(CBEARING_QUOTE, "direct", "told",
              "Crystal C'Bearing of the Northern Arapaho tribal historic preservation office", CBEARING),
            Q(ARAPAHO_POOLING, "indirect", "report", "The Arapaho", ARAPAHO, ARAPAHO_ALIASES),
            Q(OLDMAN_1, "direct", "said", "Devin Oldman", OLDMAN),
            Q(OLDMAN_2, "direct", None, None, OLDMAN),
        ],
        actors=[
            (CBEARING, "person", ["Northern Arapaho tribal historic preservation office"]),
            (ARAPAHO, "organization", ["Native American tribe on the Wind River Reservation"]),
            (OLDMAN, "person", ["helped manage the delivery of the buffalo"]),
        ],
        positions=[
            P(CBEARING, "bringing the buffalo back to the Wind River Reservation", "support",
              "we feel that bringing the buffalo back here is going to heal us"),
            P(ARAPAHO, "widening the buffalo's range", "support",
              "The Arapaho have plans to widen the buffalo's range to 600 acres"),
            P(OLDMAN, "pooling the herd with the Eastern Shoshone Tribe", "support",
              "There's no sense in having two private herds"),
        ],
    ),
    Article(
        "wikinews-2020-015",
        quotes=[
            Q(ATTACK_ACCOUNT, "indirect", "according to", "witness accounts and authorities", None),
            Q("terrorist-related", "direct", "declared", "the police", "police", after="in what the police declared"),
            Q(EYEWITNESS, "direct", "stating", "An eyewitness", None),
            Q("Two women and a man were injured", "indirect", "according to", "the reports", None),
            Q("not life-threatening", "direct", None, None, None),
            Q("knife-obsessed", "direct", "described", "the police", "police"),
            Q('her to kill her "kuffar" (non-Muslim) parents', "indirect", "advised", "Amman", AMMAN, AMMAN_ALIASES),
            Q(AMMAN_QUOTE, "direct", "told", "He", AMMAN, AMMAN_ALIASES),
            Q(BOON_QUOTE, "direct", "said", BOON_MENTION, BOON),
            Q(KHAN_THANKS, "direct", "thanked", "The mayor of London, Sadiq Khan", KHAN, KHAN_ALIASES),
            Q("Terrorists seek to divide us and to destroy our way of life,", "direct", "said", "Khan", KHAN,
              KHAN_ALIASES),
            Q("here in London we will never let them succeed.", "direct", "said", "Khan", KHAN, KHAN_ALIASES),
            Q(JOHNSON_QUOTE, "direct", "tweeted", "The prime minister, Boris Johnson", JOHNSON),
        ],
        actors=[
            ("police", "organization", ["Metropolitan Police"]),
            (AMMAN, "person", ["attacker", "convicted of 13 terror offenses"]),
            (BOON, "person", ["head of the Metropolitan Police Counter Terrorism Command"]),
            (KHAN, "person", ["mayor of London"]),
            (JOHNSON, "person", ["Prime Minister of the United Kingdom"]),
        ],
        positions=[
            P(AMMAN, "killing her non-Muslim parents", "support", 'advised her to kill her "kuffar" (non-Muslim) parents'),
            P(AMMAN, "terrorist attacks on tourists, police, soldiers and western embassies", "support", AMMAN_ATTACK),
            P(BOON, "vigilance against radicalisation", "support", BOON_VIGILANT),
            P(KHAN, EMERGENCY_RESPONSE, "support", "thanked \"the police, security and emergency services staff for "
              "their swift and courageous response\""),
            P(KHAN, "terrorism", "oppose", "here in London we will never let them succeed."),
            P(JOHNSON, EMERGENCY_RESPONSE, "support",
              "Thank you to all emergency services responding to the incident in Streatham"),
        ],
    ),
    Article(
        "wikinews-2020-029",
        quotes=[
            Q("International Women's Day Celebration", "direct", "mentioned", "banners", None),
            Q(PARVATHI_QUOTE, "direct", "said", PARVATHI, PARVATHI),
            Q(GARG_TOLD, "indirect", "told", "Mysore Divisional Railway Manager Aparna Garg", GARG, GARG_ALIASES),
            Q(HINDU_REPORT, "indirect", "reported", "newspaper The Hindu", "The Hindu"),
            Q(GARG_QUOTE, "direct", "told", "Garg", GARG, GARG_ALIASES),
        ],
        actors=[
            (RAILWAYS, "organization", ["state-run railway operator"]),
            (PARVATHI, "person", ["loco pilot"]),
            (GARG, "person", ["Mysore Divisional Railway Manager"]),
            ("The Hindu", "organization", ["newspaper"]),
        ],
        positions=[
            P(RAILWAYS, "gender equality at work places", "support", RAILWAYS_EVENT),
            P(GARG, "more women in the railway workforce", "support", GARG_HOPE),
        ],
    ),
]
