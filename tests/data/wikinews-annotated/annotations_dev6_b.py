"""Hand annotations of the sixth dev set, half b (Wikinews, CC BY 2.5): see README.md for the conventions."""

from build import Article, P, Q

CALFIRE = "California Department of Forestry and Fire Protection"
PGE = "Pacific Gas and Electric"
NTSB = "National Transportation Safety Board"
CUMMINGS = "Elijah Eugene Cummings"
NDRRMC = "National Disaster Risk Reduction and Management Council"
PHIVOLCS = "Philippine Institute of Volcanology and Seismology"
DISPATCH = ('''And there's 33 people on board the vessel that's on fire, they can't get off? [...] Roger, are they locked '''
            '''inside the boat? [...] Roger, can you get back on board and unlock the boat, unlock the door so they can '''
            '''get off? [...] Roger, you don't have any firefighting gear at all? No fire extinguishers or anything?" '''
            '''[...] Was that all the crew that jumped off? [...] Roger, is the vessel fully engulfed right now [...] '''
            '''Roger, and there's no escape hatch for any of the people on board?''')

ARTICLES = [
    Article(
        "wikinews-2019-063",
        quotes=[
            Q("U.S. heiress Gloria Vanderbilt died on Monday at the age of 95", "indirect", "announced",
              "her son Anderson Cooper", "Anderson Cooper"),
            Q("Gloria Vanderbilt was an extraordinary woman, who loved life, and lived it on her own terms [...] She was "
              "a painter, a writer, and designer but also a remarkable mother, wife, and friend. She was 95 years old, "
              "but ask anyone close to her, and they'd tell you, she was the youngest person they knew, the coolest, and "
              "most modern.", "direct", "stated", "Anderson Cooper", "Anderson Cooper"),
            Q("The thing that really made Gloria Vanderbilt penetrate the American consciousness was the blue jeans war "
              "of the late '70s and early 1980s [...] The jeans moved from being functional clothes to designer jeans "
              "[...] it was her attempt to take something that was so unglamorous and invest it in high fashion style.",
              "direct", "remarked", "Syracuse University pop culture professor Robert Thompson", "Robert Thompson"),
            Q("also had some degree of romantic involvement with, amongst others, Errol Flynn, Frank Sinatra, and Marlon "
              "Brando", "indirect", "according to", "her memoirs", "Gloria Vanderbilt", ("Vanderbilt",)),
            Q("her union with Cooper was her only happy marriage", "indirect", "say", "She", "Gloria Vanderbilt",
              ("Vanderbilt",)),
            Q("the steamiest book ever written by an octogenarian.", "direct", "called", "the New York Times",
              "New York Times"),
        ],
        actors=[
            ("Anderson Cooper", "person", ["son of Gloria Vanderbilt", "CNN"]),
            ("Robert Thompson", "person", ["Syracuse University pop culture professor"]),
            ("Gloria Vanderbilt", "person", ["heiress", "designer", "author"]),
            ("New York Times", "organization"),
        ],
        positions=[],
    ),
    Article(
        "wikinews-2020-060",
        quotes=[
            Q("several acres of land burned before the flames were extinguished", "indirect", "said",
              "The California Department of Forestry and Fire Protection (CalFire)", CALFIRE, ("CalFire",)),
            Q("power line de-energisation during the emergency", "indirect", "requested", "CalFire", CALFIRE,
              ("CalFire",)),
            Q("the injuries were minor", "indirect", "indicated", "CalFire", CALFIRE, ("CalFire",)),
            Q("power was restored by 20:21 following delays caused by warm weather at the time", "indirect", "said",
              "The company", PGE, ("PG&E",)),
            Q('they were "not traveling to the crash scene at this time."', "indirect", "confirming", "the latter", NTSB,
              ("NTSB",)),
            Q('the firm was working to install "100 miles of stronger poles and covered power lines [and manage] '
              'vegetation along 890 miles of our system to reduce wildfire risk."', "indirect", "said",
              "PG&E President and CEO Andy Vesey", "Andy Vesey", ("Vesey",)),
            Q("equipment is being added to lines to aid in shutdowns", "indirect", "indicated", "Vesey", "Andy Vesey",
              ("Vesey",)),
        ],
        actors=[
            (CALFIRE, "organization"),
            (PGE, "organization"),
            (NTSB, "organization"),
            ("Andy Vesey", "person", ["PG&E President and CEO"]),
        ],
        positions=[],
    ),
    Article(
        "wikinews-2019-094",
        quotes=[
            Q("This is probably the worst-case scenario you can possibly have,", "direct", "said",
              "Santa Barbara County Sheriff Bill Brown", "Bill Brown", ("Brown",)),
            Q("You have a vessel that's on the open sea, that is in the middle of the night. I mean, it's 3:30 in the "
              "morning.", "direct", None, None, "Bill Brown", ("Brown",)),
            Q("20 bodies had been recovered, eleven women and nine men", "indirect", "according to", "Brown",
              "Bill Brown", ("Brown",)),
            Q("a nearly 24-hour search mission involving three helicopters covering 160 square miles (~415 km2) had "
              "discovered no further signs in the water", "indirect", "told", "USCG Captain Monica Rochester",
              "Monica Rochester", ("Rochester",)),
            Q("It is never an easy decision to suspend search efforts,", "direct", "said", "she", "Monica Rochester",
              ("Rochester",)),
            Q("We know that this is a very difficult time for families and friends of the victims.", "direct", None,
              None, "Monica Rochester", ("Rochester",)),
            Q(DISPATCH, "direct", None, "USCG dispatcher", None),
            Q('the situation had "a lot of adrenaline, a lot of confusion. [...] [The dispatcher] was trying to ask for '
              'information."', "indirect", "said", "Captain Rochester", "Monica Rochester", ("Rochester",)),
            Q("there are no locked doors in accommodation spaces", "direct", "added", "she", "Monica Rochester",
              ("Rochester",)),
            Q("Both companies have been in operation since the 1970s", "indirect", "according to", "USA Today",
              "USA Today"),
        ],
        actors=[
            ("Bill Brown", "person", ["Santa Barbara County Sheriff"]),
            ("Monica Rochester", "person", ["USCG Captain"]),
            ("USA Today", "organization"),
        ],
        positions=[],
    ),
    Article(
        "wikinews-2019-146",
        quotes=[
            Q("intent to become a lawyer", "indirect", "expressed", "Cummings", CUMMINGS,
              ("Elijah Cummings", "Cummings")),
            Q("his resignation", "indirect", "announced",
              "Representative Kweisi Mfume of Maryland's seventh Congressional District", "Kweisi Mfume"),
            Q("Cummings had been sick and was missing from Capitol Hill", "indirect", "reported", "The Baltimore Sun",
              "Baltimore Sun"),
            Q("he died at Gilchrist Hospice Care", "indirect", "said", "his office", CUMMINGS,
              ("Elijah Cummings", "Cummings", "his office")),
            Q('Cummings "worked until his last breath"', "indirect", "said", "Maya Rockeymoore Cummings",
              "Maya Rockeymoore Cummings"),
            Q("the Capitol's flags be lowered to half staff", "indirect", "ordered", "Nancy Pelosi", "Nancy Pelosi"),
            Q('Cummings "was a great man,"', "indirect", "told", "Democrat Chuck Schumer", "Chuck Schumer"),
            Q('his "strength, passion and wisdom"', "indirect", "noted", "Republican President Trump", "Trump"),
            Q("the process to select the next permanent chair had not yet been announced", "indirect", "according to",
              "the Baltimore Sun", "Baltimore Sun"),
        ],
        actors=[
            (CUMMINGS, "person", ["United States Representative", "chairman of the House Oversight and Reform Committee"]),
            ("Kweisi Mfume", "person", ["Representative"]),
            ("Baltimore Sun", "organization"),
            ("Maya Rockeymoore Cummings", "person", ["wife of Elijah Cummings",
                                                     "chairwoman of the Maryland Democratic Party"]),
            ("Nancy Pelosi", "person", ["Speaker of the House of Representatives"]),
            ("Chuck Schumer", "person", ["Democrat", "Senate minority leader"]),
            ("Trump", "person", ["Republican", "President"]),
        ],
        positions=[
            P(CUMMINGS, "the Iraq War", "oppose", "voted against the Iraq War"),
        ],
    ),
    Article(
        "wikinews-2019-031",
        quotes=[
            Q("At least seventeen people died and 35 were rescued", "indirect", "according to", "officials", None),
            Q("two Buddhist pilgrims from Myanmar also died", "indirect", "confirmed", "the Myanma embassy",
              "Myanma embassy"),
            Q("wooden panels led to corridors becoming unusable for escape", "indirect", "said", "a fire officer", None),
            Q("most of the deceased suffocated", "indirect", "reported", "Local media", None),
            Q("One child was, according to the fire service, among the dead", "indirect", "according to",
              "the fire service", "fire service"),
            Q("120 people were in the 25-year-old building at the time", "indirect", "estimated", "The hotel's website",
              "Hotel Arpit Palace", ("hotel's website",)),
            Q("A judicial inquiry was ordered", "indirect", "according to", "police", "police"),
            Q("Deeply saddened by the loss of lives", "direct", "tweeted", "Prime Minister Narendra Modi",
              "Narendra Modi"),
            Q("condolences to the families of those who lost their lives. May the injured recover soon.", "direct",
              "offered", "Prime Minister Narendra Modi", "Narendra Modi"),
            Q("the deceased child and his mother were among victims who leapt from the burning hotel", "indirect",
              "According to", "eyewitnesses", None),
            Q("Buildings can only be constructed up to four floors in Delhi[...] This hotel had been built up to six "
              "floors. It's gross negligence on the part of the officers who allowed the extra floors to be built. The "
              "entire hotel has wooden panelling, this shows carelessness on the part of the owner.", "direct", "said",
              "Satyendra Jain", "Satyendra Jain"),
            Q("safety standards are routinely ignored", "indirect", "claim", "Activists", None),
        ],
        actors=[
            ("Myanma embassy", "organization"),
            ("fire service", "organization"),
            ("Hotel Arpit Palace", "organization"),
            ("police", "organization"),
            ("Narendra Modi", "person", ["Prime Minister"]),
            ("Satyendra Jain", "person", ["the city's home minister"]),
        ],
        positions=[
            P("Satyendra Jain", "officers allowing the hotel's extra floors to be built", "oppose",
              "It's gross negligence on the part of the officers who allowed the extra floors to be built"),
            P("Satyendra Jain", "the hotel owner's fire safety (wooden panelling)", "oppose",
              "this shows carelessness on the part of the owner"),
        ],
    ),
    Article(
        "wikinews-2019-016",
        quotes=[
            Q("witnessing 35 bodies in one hospital, with some casualties, both alive and dead, transported to Kabul",
              "indirect", "described", "Sharif Hotak", "Sharif Hotak", ("Hotak",)),
            Q("The explosion was very powerful. The whole building has collapsed,", "direct", "said", "he",
              "Sharif Hotak", ("Hotak",)),
            Q('the central government are "hiding accurate casualty figures to prevent a further dip in morale of the '
              'Afghan forces", whose US-built armoured vehicle was used to breach the compound\'s defences', "indirect",
              "alleged", "Hotak", "Sharif Hotak", ("Hotak",)),
            Q("I have been told not to make the death toll figures public. It is frustrating to hide the facts[.]",
              "direct", "said", "A source within the central Interior Ministry", None),
            Q("responsibility", "indirect", "have claimed", "The Taliban", "Taliban"),
            Q("190 were dead", "indirect", "claimed", "Taliban spokesperson Zabiullah Mujahid", "Zabiullah Mujahid"),
            Q("150 security forces, 95 civilians, and hundreds of Taliban killed", "indirect", "reporting", "officials",
              None),
            Q("the attack had killed twelve and injured twelve more", "indirect", "said", "Abdurrahman Mangal",
              "Abdurrahman Mangal"),
        ],
        actors=[
            ("Sharif Hotak", "person", ["Maidan Wardak provincial council"]),
            ("Taliban", "organization"),
            ("Zabiullah Mujahid", "person", ["Taliban spokesperson"]),
            ("Abdurrahman Mangal", "person", ["spokesperson for the provincial governor"]),
        ],
        positions=[
            P("Sharif Hotak", "the central government's concealment of casualty figures", "oppose",
              'hiding accurate casualty figures to prevent a further dip in morale of the Afghan forces'),
            P("Taliban", "their version of Sharia law in Afghanistan", "support",
              "seeks to retake control and reimpose their version of Sharia law"),
            P("Taliban", "withdrawal of foreign forces from Afghanistan", "support",
              "the Taliban wants foreign forces to leave"),
            P("Taliban", "exclusion of the Afghan government from peace talks", "support",
              "the Afghan government shut out of peace talks"),
        ],
    ),
    Article(
        "wikinews-2019-148",
        quotes=[
            Q("the previous death toll to six following the landslide caused by the 5.0 earthquake", "indirect",
              "increased", "The National Disaster Risk Reduction and Management Council (NDRRMC) of the Philippines",
              NDRRMC, ("NDRRMC",)),
            Q("Wednesday's quake affected the Bangsamoro Autonomous Region in Muslim Mindanao, Region 11 and Region 12",
              "indirect", "said", "reports", None),
            Q("76 villages were affected", "indirect", "according to", "NDRRMC report", NDRRMC, ("NDRRMC",)),
            Q("21 injured individuals in Davao del Sur, 36 in North Cotabato, 29 in South Cotabato and seven in General "
              "Santos City", "indirect", "figured", "which", NDRRMC, ("NDRRMC",)),
            Q("Numbers of affected residents fear to return home due to the series of aftershocks", "indirect",
              "according to", "CNN Philippines", "CNN Philippines"),
            Q("Wednesday's tremor damaged 143 buildings including 70 schools, 40 houses, seven health facilities, two "
              "worshiping areas, and ten commercial buildings", "indirect", "situational report", "NDRRMC", NDRRMC,
              ("NDRRMC",)),
            Q("three malls in Davao City and Gaisano Mall in Digos City were damaged following aftershocks", "indirect",
              "reported", "Rappler", "Rappler"),
            Q("the first quake occurred at 7:37 p.m. local time (1137 UTC) on Wednesday", "indirect", "reported",
              "The Philippine Institute of Volcanology and Seismology (Phivolcs)", PHIVOLCS, ("Phivolcs",)),
            Q("Magnitude 6.3", "indirect", "according to", "Phivolcs", PHIVOLCS, ("Phivolcs",)),
            Q("Wednesday's earthquake, at 6.3, was the strongest recorded impacting Kidapawan City", "indirect",
              "According to", "Manila Bulletin", "Manila Bulletin"),
            Q("classes for students ranging from kindergarten to high school, public and private, would be cancelled",
              "indirect", "announced", "Charles Federic Plotena", "Charles Federic Plotena"),
            Q("the western extension of Mindanao Fault makes the province seismically active, while the nearby Cotabato "
              "Trench contributes to earthquakes regionally", "indirect", "said", "Phivolcs", PHIVOLCS, ("Phivolcs",)),
        ],
        actors=[
            (NDRRMC, "organization"),
            ("CNN Philippines", "organization"),
            ("Rappler", "organization"),
            (PHIVOLCS, "organization"),
            ("Manila Bulletin", "organization"),
            ("Charles Federic Plotena", "person", ["mayor of Esperanza, Sultan Kudarat"]),
            ("Makilala", "place"),
        ],
        positions=[
            P("Makilala", "a state of calamity after the earthquake", "support", "declared a state of calamity"),
        ],
    ),
    Article(
        "wikinews-2019-033",
        quotes=[
            Q("three days of mourning for D'Souza", "indirect", "announced", "Goa's government", "Goa's government"),
            Q('D\'Souza had been an "iconic" leader of the party', "indirect", "said", "Damodar Naik", "Damodar Naik"),
            Q('he was "[e]xtremely pained to hear about the demise of my dear childhood friend, colleague and former '
              'Deputy Chief Minister (Dy CM) of Goa advocate Francis D\'Souza. A wonderful human being and a leader '
              'loved by all. He devoted himself to public service. His demise is a great personal loss"', "indirect",
              "tweeted", "Chief Minister Manohar Parrikar", "Manohar Parrikar"),
            Q("humble and soft-spoken", "direct", "called", "State Congress President Girish Chodankar",
              "Girish Chodankar"),
            Q('he was a "gentleman politician"', "indirect", "said", "The Aam Aadmi Party in Goa", "Aam Aadmi Party"),
        ],
        actors=[
            ("Goa's government", "organization"),
            ("Damodar Naik", "person", ["spokesperson for the Bharatiya Janata Party"]),
            ("Manohar Parrikar", "person", ["Chief Minister"]),
            ("Girish Chodankar", "person", ["State Congress President"]),
            ("Aam Aadmi Party", "organization", ["Goa"]),
        ],
        positions=[],
    ),
]
