"""Hand annotations of the eighth dev set, half a (Wikinews, CC BY 2.5): see README.md for the conventions."""

from build import Article, P, Q

RITTENHOUSE = "Kyle Rittenhouse"
RITTENHOUSE_ALIASES = ("Rittenhouse",)
RITTENHOUSE_WEAPON = (
    "to have obtained his weapon by having an older friend purchase it on his behalf using stimulus money Rittenhouse "
    "received from the state during the coronavirus lockdown")
RITTENHOUSE_CHARGES = "the charges against Rittenhouse over the Kenosha shootings"
GT_MENTION = ("researchers from the Georgia Institute of Technology (GT) and University of South Carolina Beaufort, both "
              "in the United States")
GT_FINDINGS = (
    "warming seas appear to decrease the efficacy of the chemical compounds that corals release into the water to "
    "defend themselves from bacteria and encroaching seaweed, but these losses may be mitigated if there are large "
    "numbers of hungry fish around")
HAY_1 = (
    "There is a lot of argument now about whether local management can help in the face of global stresses — whether "
    "what a Fijian village does matters when people in London and Los Angeles burn fossil fuels to drive to work")
HAY_2 = (
    "Our work indicates that local management provides a degree of insurance against global stresses, but there are "
    "likely higher temperatures that render the insurance ineffective.")
FISH_FOUND = (
    "when fish were plentiful, they would eat algae and seaweed off the corals, which appeared to leave them more "
    "resistant to the bacterium Vibrio coralliilyticus, a bacterium associated with bleaching")
ALGAE_SUGGESTED = (
    "the algae, like warming temperatures, might render the corals' chemical defenses less effective, and the fish "
    "were protecting the coral by removing the algae")
MACROALGAE = (
    "Macroalgae are suggested to disrupt coral microbiomes via transfer of allelochemicals or microbes or release of "
    "dissolved organic carbon that affects microbial growth")
BAVARIA = "Bavarian State Ministry of Public Health and Health Care"
WHO = "World Health Organization"
WHO_CASES = (
    "there had been 2741 confirmed cases, 80 deaths, 461 severe cases, and 5794 suspected cases in China, 37 confirmed "
    "cases in other countries")
WHO_INCUBATION = (
    "they are uncertain whether it may possible for the infected individuals to be infectious before symptoms show, "
    "during the incubation period")
ERYANI = "Moammar al-Eryani"
ERYANI_ALIASES = ("al-Eryani",)
TAMIM = "Ali bin Tamim"
TAMIM_ALIASES = ("Tamim",)
MOKHA_BLAME = "the Mokha bombing (blamed on Houthi rebels)"
BOMB_PLACED = ("The bomb was placed on a motorcycle in a market, stated Minister of Information Moammar al-Eryani, and "
               "was left outside a restaurant")
POHIVA = "Akilisi Pohiva"
PRASETYO = "Dedi Prasetyo"
PRASETYO_MENTION = "Dedi Prasetyo, a spokesperson for the Indonesian National Police"
GUNAWAN_CLAIM = ("the suspects were linked to the Jamaah Ansharut Daulah network, which itself was related to the "
                 "Islamic State")
FHP_SEQUENCE = (
    "The accident sequence began, Florida Highway Patrol described, in the northbound lanes of Interstate 75 close to "
    "Alachua when the initial collision between the car and truck occurred")
TROY_ROBERTS = "Troy Roberts"
ROAD_EXAMINED = "the road itself, which is straight in the vicinity, will be examined as part of investigations"
NTSB = "National Transportation Safety Board"
MATTY_ROBERTS = "Matty Roberts"
EVENT_PLANS = (
    "Friday was when, according to earlier event plans, millions of people were to storm Area 51, a classified "
    "facility within the United States Air Force's Nevada Test and Training Range, and the world was to finally learn "
    "of its secrets")
EVENT_DESCRIPTION = (
    "We will all meet up at the Area 51 Alien Center tourist attraction and coordinate our entry [...] If we Naruto "
    "run, we can move faster than their bullets. Let's see them aliens.")
AIR_FORCE = "United States Air Force"
TEDROS = "Tedros Adhanom Ghebreyesus"
TEDROS_ALIASES = ("Ghebreyesus",)
TEDROS_1 = (
    "All countries can still change the course of this pandemic. If countries detect, test, treat, isolate, trace and "
    "mobilize their people in the response,")
TEDROS_2 = ("We are deeply concerned both by the alarming levels of spread and severity and by the alarming levels of "
            "inaction.")
FRIEDEN_MENTION = ("Dr. Tom Frieden, formerly the director of the United States' Centers for Disease Control and "
                   "Prevention")
FAUCI_MENTION = ("The United States' National Institute of Allergy and Infectious Disease's director, Dr. Anthony "
                 "Fauci")
GOVERNMENT_ACTION = "governments acting against the COVID-19 pandemic"
IMUS = "Don Imus"
IMUS_ALIASES = ("Imus",)
IMUS_FAMILY = "Imus family"
IMUS_DEATH = (
    "United States radio personality, television host, and philanthropist Don Imus, known to fans as the I-Man, died "
    "on Friday at the Baylor Scott and White Medical Center in College Station, Texas after being hospitalized since "
    "Christmas Eve")
FAMILY_STATEMENT = (
    "Don loved and adored Deirdre, who unconditionally loved him back, loved spending his time watching Wyatt become a "
    "highly skilled, champion rodeo rider and calf roper and loved and supported Zachary (Cates), who first met the "
    "Imus family at age 10 when he participated in the Imus Ranch program for kids with cancer, having battled and "
    "overcome leukemia, eventually becoming a member of the Imus family and Don and Deirdre's second son")
BARTLETT = (
    "He was a rebel, an unapologetic decrier of bullshit, a harsh critic of human behavior & yet an unfailing champion "
    "of the underdog, especially sick children. A hermit and humanitarian. Brilliant and maddening & someone you loved "
    "to hate and hated to love but when you told him you did he’d say you were a phony. Every professional success "
    "I’ve enjoyed is a direct result of my association with the I-Man. I‘m beyond grateful to him for being my boss, "
    "my mentor, & my friend. My heart breaks for Deirdre, Wyatt & Zach. Rest easy Cowboy. You’ve earned it.")
BERNIE_SID = "Bernie and Sid Show"
BERNIE_SID_ALIASES = ("The Bernie and Sid Show", "Bernard McGuirk", "Sid Rosenberg")
RUTGERS_REMARK = "Imus's remark about the Rutgers University women's basketball team"
IMUS_RANCH = ("donations to the Imus Ranch Foundation, which provides support for families with children suffering "
              "from serious diseases")

ARTICLES = [
    Article(
        "wikinews-2020-113",
        quotes=[
            Q("assistance in raising funds for her brother's bail", "indirect", "made public requests", "His sister",
              None),
            Q(RITTENHOUSE_WEAPON, "indirect", "claimed", "He", RITTENHOUSE, RITTENHOUSE_ALIASES),
            Q("the defendant acted in self defense", "indirect", "claimed", "his lawyers", "lawyers",
              ("his lawyers",)),
            Q("he considered Rittenhouse a flight risk", "indirect", "said", "Court Commissioner Loren Keating",
              "Loren Keating"),
            Q("he would have died had he not been armed that night", "indirect", "contended", "Rittenhouse",
              RITTENHOUSE, RITTENHOUSE_ALIASES),
        ],
        actors=[
            (RITTENHOUSE, "person", ["suspect in the Kenosha shootings", "resident of Antioch, Illinois"]),
            ("lawyers", "organization", ["Kyle Rittenhouse's lawyers"]),
            ("Loren Keating", "person", ["Court Commissioner"]),
            ("conservative groups", "organization"),
        ],
        positions=[
            P(RITTENHOUSE, RITTENHOUSE_CHARGES, "oppose", "his lawyers have claimed the defendant acted in self defense"),
            P(RITTENHOUSE, RITTENHOUSE_CHARGES, "oppose",
              "contended he would have died had he not been armed that night"),
            P("conservative groups", "Kyle Rittenhouse in the Kenosha shootings case", "support",
              "Some conservative groups have come to Rittenhouse's defense regarding the incident"),
        ],
    ),
    Article(
        "wikinews-2019-129",
        quotes=[
            Q(GT_FINDINGS, "indirect", "reported", GT_MENTION, "researchers"),
            Q(HAY_1, "direct", "said", "who", "Mark Hay", ("Hay",)),
            Q(HAY_2, "direct", "added", "Hay", "Mark Hay", ("Hay",)),
            Q(FISH_FOUND, "indirect", "found", "The researchers", "researchers"),
            Q(ALGAE_SUGGESTED, "indirect", "suggested", "The researchers", "researchers"),
            Q(MACROALGAE, "direct", "reported", "They", "researchers"),
        ],
        actors=[
            ("researchers", "organization", ["researchers from the Georgia Institute of Technology and University of "
                                             "South Carolina Beaufort", "authors of the study in Science Advances"]),
            ("Mark Hay", "person", ["marine ecologist", "Regents Professor at GT", "leader of the research"]),
        ],
        positions=[
            P("Mark Hay", "local management of coral reefs against global stresses", "support",
              "local management provides a degree of insurance against global stresses"),
        ],
    ),
    Article(
        "wikinews-2020-013",
        quotes=[
            Q("a case of coronavirus infection in a man from Starnberg district", "indirect", "confirmed",
              "the Bavarian State Ministry of Public Health and Health Care in Munich, Germany", BAVARIA),
            Q("The man has been isolated and is in good condition", "indirect", "said", "the report", BAVARIA,
              ("report",)),
            Q('the 2019-nCoV coronavirus global risk assessment from "moderate" to "high"', "indirect", "raised",
              "the World Health Organization (WHO)", WHO, ("WHO",)),
            Q(WHO_CASES, "indirect", "According to", "the official WHO report", WHO, ("WHO",)),
            Q(WHO_INCUBATION, "indirect", "said", "WHO", WHO, ("WHO",)),
        ],
        actors=[
            (BAVARIA, "organization", ["Munich, Germany"]),
            (WHO, "organization"),
        ],
    ),
    Article(
        "wikinews-2019-020",
        quotes=[
            Q(BOMB_PLACED, "indirect", "stated", "Minister of Information Moammar al-Eryani", ERYANI, ERYANI_ALIASES),
            Q("the bombing to Houthi rebels", "indirect", "attributed",
              "the general manager of Abu Dhabi Media, Dr Ali bin Tamim", TAMIM, TAMIM_ALIASES),
            Q("Houthis have attacked journalists previously", "indirect", "claimed", "Tamim", TAMIM, TAMIM_ALIASES),
            Q("sixteen other journalist deaths in the nation since 2015", "indirect", "reports",
              "The Committee to Protect Journalists", "Committee to Protect Journalists"),
            Q("the rebels are backed by Iran", "indirect", "According to", "al-Eryani", ERYANI, ERYANI_ALIASES),
        ],
        actors=[
            (ERYANI, "person", ["Minister of Information of Yemen"]),
            (TAMIM, "person", ["general manager of Abu Dhabi Media"]),
            ("Saba", "organization", ["state news firm"]),
            ("Committee to Protect Journalists", "organization"),
            ("coalition", "organization", ["anti-Houthi, pro-government coalition in Mokha"]),
        ],
        positions=[
            P(TAMIM, MOKHA_BLAME, "oppose", "attributed the bombing to Houthi rebels"),
            P("Saba", MOKHA_BLAME, "oppose",
              "Similar attributions of responsibility were made by state news firm Saba and al-Eryani"),
            P(ERYANI, MOKHA_BLAME, "oppose",
              "Similar attributions of responsibility were made by state news firm Saba and al-Eryani"),
            P(TAMIM, "Houthi attacks on journalists", "oppose", "claimed Houthis have attacked journalists previously"),
            P("coalition", "the Houthis", "oppose", "an anti-Houthi, pro-government coalition fighting the Houthis"),
            P("coalition", "the government of Yemen", "support", "pro-government coalition"),
        ],
    ),
    Article(
        "wikinews-2019-102",
        quotes=[
            Q("Pohiva received medical treatment in New Zealand for problems with his liver this year", "indirect",
              "reported", "ABC", "ABC"),
            Q("Tonga's parliament, the Legislative Assembly, was suspended indefinitely", "indirect", "according to",
              "local media", None),
            Q("Pohiva was a long-time advocate for democratization in Tonga", "indirect", "reported", "The Guardian",
              "Guardian", ("The Guardian",)),
        ],
        actors=[
            ("ABC", "organization"),
            ("Guardian", "organization"),
            (POHIVA, "person", ["prime minister of Tonga"]),
        ],
        positions=[
            P(POHIVA, "democratization in Tonga", "support",
              "Pohiva was a long-time advocate for democratization in Tonga"),
        ],
    ),
    Article(
        "wikinews-2019-138",
        quotes=[
            Q("Indonesia's security minister Wiranto was stabbed", "indirect", "according to", "government authorities",
              None),
            Q('Wiranto suffered "two deep wounds" in the attack', "indirect", "according to",
              "a hospital spokesperson", None),
            Q("Wiranto was flown to a hospital in Jakarta, and that his condition was stable", "indirect", "reported",
              "Al Jazeera", "Al Jazeera"),
            Q("two suspects were arrested", "indirect", "confirmed", PRASETYO_MENTION, PRASETYO,
              ("Indonesian National Police",)),
            Q('police suspect the attackers had been "exposed to radicalism"', "indirect", "told", "He", PRASETYO,
              ("Indonesian National Police",)),
            Q(GUNAWAN_CLAIM, "indirect", "saying", "Budi Gunawan, chief of the Indonesian State Intelligence Agency",
              "Budi Gunawan"),
            Q("Widodo was planning to visit Wiranto, who was being treated at the Gatot Soebroto Army Hospital",
              "indirect", "reported", "Al Jazeera", "Al Jazeera"),
        ],
        actors=[
            ("Al Jazeera", "organization"),
            (PRASETYO, "person", ["spokesperson for the Indonesian National Police"]),
            ("Budi Gunawan", "person", ["chief of the Indonesian State Intelligence Agency"]),
        ],
    ),
    Article(
        "wikinews-2019-003",
        quotes=[
            Q("around 50 gallons of diesel fuel, officials said, spilled and ignited", "indirect", "said", "officials",
              None),
            Q(FHP_SEQUENCE, "indirect", "described", "Florida Highway Patrol", "Florida Highway Patrol"),
            Q("this vehicle may have struck victims lying on the roadway", "indirect", "indicate", "Reports", None),
            Q("within probably 15 to 20 seconds of it all, it exploded. I mean, just a ball of flames.", "direct",
              "According to", "eyewitness Vinnie DeVita", "Vinnie DeVita", ("DeVita",)),
            Q('the response "required all hands on deck."', "indirect", "tweeted", "The Alachua Sheriff's Office",
              "Alachua Sheriff's Office"),
            Q("the road was damaged by the fire's ferocity", "indirect", "stated", "Authorities", None),
            Q("a homicide probe is ongoing", "indirect", "indicated", "Emergency workers", None),
            Q('extensive tire marks and "insane" heat', "indirect", "described", "Another eyewitness, Nicole Towarek",
              "Nicole Towarek"),
            Q(ROAD_EXAMINED, "indirect", "said", "Florida Department of Transportation official Troy Roberts",
              TROY_ROBERTS, ("Roberts",)),
            Q("Guardrails can only take so much.", "direct", "said", "He", TROY_ROBERTS, ("Roberts",)),
            Q("The guardrail would be examined, Roberts said, to determine if it had performed as designed", "indirect",
              "said", "Roberts", TROY_ROBERTS, ("Roberts",)),
            Q("its operations center is still accepting accident notifications", "indirect", "notes", "its website",
              NTSB),
        ],
        actors=[
            ("Florida Highway Patrol", "organization"),
            ("Vinnie DeVita", "person", ["eyewitness"]),
            ("Alachua Sheriff's Office", "organization"),
            ("Nicole Towarek", "person", ["eyewitness"]),
            (TROY_ROBERTS, "person", ["Florida Department of Transportation official"]),
            (NTSB, "organization"),
        ],
    ),
    Article(
        "wikinews-2019-113",
        quotes=[
            Q(EVENT_PLANS, "indirect", "according to", "earlier event plans", MATTY_ROBERTS, ("Roberts",)),
            Q("they would attend", "indirect", "replied", "More than two million people", None),
            Q("interest in the event", "indirect", "expressed", "an additional million-and-a-half", None),
            Q('his event, "Storm Area 51, They Can\'t Stop All of Us", was posted as a joke', "indirect", "says",
              "Roberts", MATTY_ROBERTS, ("Roberts",)),
            Q(EVENT_DESCRIPTION, "direct", "read", "The event description", MATTY_ROBERTS,
              ("Roberts", "event description")),
            Q('even one percent of Facebook users attending "would be more overwhelming than we can handle"',
              "indirect", "told", "County sheriff Kerry Lee", "Kerry Lee", ("Lee",)),
            Q("attempts to enter the restricted zone of the base", "indirect", "issued warnings", "The Air Force",
              AIR_FORCE, ("Air Force",)),
            Q("it was dangerous", "indirect", "saying", "The Air Force", AIR_FORCE, ("Air Force",)),
            Q("they arrested one person for urinating in public, technically indecent exposure", "indirect", "said",
              "Sheriff Lee", "Kerry Lee", ("Lee",)),
            Q("suspicion of trespassing", "direct", None, None, "Kerry Lee", ("Lee",)),
        ],
        actors=[
            (MATTY_ROBERTS, "person", ["creator of the Storm Area 51 Facebook event", "from Bakersfield, California"]),
            ("Kerry Lee", "person", ["Lincoln County sheriff"]),
            (AIR_FORCE, "organization"),
        ],
        positions=[
            P(AIR_FORCE, "attempts to enter the restricted zone of Area 51", "oppose",
              "issued warnings against attempts to enter the restricted zone of the base"),
        ],
    ),
    Article(
        "wikinews-2020-035",
        quotes=[
            Q("the need to drive governments to action", "indirect", "noted", "the WHO", WHO, ("WHO",)),
            Q(TEDROS_1, "direct", "said", "Tedros Adhanom Ghebreyesus, the Director-General of the WHO", TEDROS,
              TEDROS_ALIASES),
            Q(TEDROS_2, "direct", None, None, TEDROS, TEDROS_ALIASES),
            Q('the pandemic is "unprecedented."', "indirect", "According to", FRIEDEN_MENTION, "Tom Frieden"),
            Q("[o]ther than influenza, no other respiratory virus has been tracked from emergence to continuous global "
              "spread.", "direct", "said", "He", "Tom Frieden"),
            Q("[w]e have never before seen a pandemic sparked by a coronavirus.", "direct", "saying", "Ghebreyesus",
              TEDROS, TEDROS_ALIASES),
            Q("[a]nd we have never before seen a pandemic that can be controlled at the same time.", "direct",
              "continued", "He", TEDROS, TEDROS_ALIASES),
            Q("[b]ottom line, it's going to get worse.", "direct", "said", FAUCI_MENTION, "Anthony Fauci"),
            Q("there were at least 126,000 cases of COVID-19 worldwide, resulting in over 4,600 deaths", "indirect",
              "reported", "Associated Press", "Associated Press"),
        ],
        actors=[
            (WHO, "organization"),
            (TEDROS, "person", ["Director-General of the WHO"]),
            ("Tom Frieden", "person", ["former director of the United States' Centers for Disease Control and "
                                       "Prevention"]),
            ("Anthony Fauci", "person", ["director of the National Institute of Allergy and Infectious Disease"]),
            ("Associated Press", "organization"),
        ],
        positions=[
            P(WHO, GOVERNMENT_ACTION, "support", "the WHO noted the need to drive governments to action"),
            P(TEDROS, GOVERNMENT_ACTION, "support",
              "If countries detect, test, treat, isolate, trace and mobilize their people in the response"),
            P(WHO, "a public health emergency of international concern over the COVID-19 outbreak", "support",
              "the WHO's decision in January to declare the outbreak a public health emergency of international "
              "concern"),
        ],
    ),
    Article(
        "wikinews-2019-170",
        quotes=[
            Q(IMUS_DEATH, "indirect", "reported", "his family", IMUS_FAMILY, ("family",)),
            Q("his cause of death as complications from lung disease", "indirect", "reported", "Associated Press",
              "Associated Press"),
            Q("nappy headed hos.", "direct", "referred", "he", IMUS, IMUS_ALIASES),
            Q("the comment", "indirect", "apologized for", "He", IMUS, IMUS_ALIASES),
            Q(FAMILY_STATEMENT, "direct", "read", "The family's statement on the death", IMUS_FAMILY, ("family",)),
            Q(BARTLETT, "direct", "tweeted", "Longtime Imus in the Morning writer and performer Rob Bartlett",
              "Rob Bartlett"),
            Q("I-Man. We salute you. You paved the way for us and many more. A radio legend indeed. RIP #Imus",
              "direct", "tweeted", "The account for The Bernie and Sid Show", BERNIE_SID, BERNIE_SID_ALIASES),
            Q("he was open to having Imus as a guest on his show", "indirect", "said", "Stern", "Howard Stern",
              ("Stern",)),
            Q("they planned to have a private funeral service for Imus", "indirect", "said", "The family", IMUS_FAMILY,
              ("family",)),
            Q(IMUS_RANCH, "indirect", "asked for", "The family", IMUS_FAMILY, ("family",)),
        ],
        actors=[
            (IMUS_FAMILY, "organization", ["family of Don Imus"]),
            ("Associated Press", "organization"),
            (IMUS, "person", ["radio personality", "television host", "philanthropist", "shock jock"]),
            ("MSNBC", "organization"),
            ("CBS Radio", "organization"),
            ("Rob Bartlett", "person", ["Imus in the Morning writer and performer"]),
            (BERNIE_SID, "organization", ["radio show hosted by Bernard McGuirk and Sid Rosenberg"]),
            ("Howard Stern", "person", ["shock jock", "former coworker and rival of Imus"]),
        ],
        positions=[
            P("MSNBC", RUTGERS_REMARK, "oppose", "Imus was dropped in 2007 by MSNBC and CBS Radio"),
            P("CBS Radio", RUTGERS_REMARK, "oppose", "Imus was dropped in 2007 by MSNBC and CBS Radio"),
            P(IMUS, RUTGERS_REMARK, "oppose", "He later apologized for the comment"),
            P("Howard Stern", "having Imus as a guest on Stern's show", "support",
              "he was open to having Imus as a guest on his show"),
            P(IMUS_FAMILY, "donations to the Imus Ranch Foundation", "support",
              "asked for donations to the Imus Ranch Foundation"),
        ],
    ),
]
