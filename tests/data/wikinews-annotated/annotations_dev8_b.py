"""Hand annotations of the eighth dev set, half b (Wikinews, CC BY 2.5): see README.md for the conventions."""

from build import Article, P, Q

NHC = "National Hurricane Center"
NHC_ADVISORY = 'The NHC\'s "Hurricane Humberto Intermediate Advisory Number 25A"'
SURF = ("dangerous surf conditions, with waves over 30 feet high being recorded offshore by a National Oceanic and "
        "Atmospheric Administration (NOAA) buoy")
LION_MAN = ('Van Biljon, reportedly often referred to as "The Lion Man", had been in the lions\' area attempting to mend '
            'a fence at the time')
LODGES = ("It is one of over two hundred lion lodges in South Africa, which collectively house and breed more than six "
          "thousand lions, scientists report, a population larger than that of wild lions in South Africa")
MOGANEDI_MENTION = "Connie Moganedi, a spokeswoman for the police department of nearby Cullinan"
PM_FINDINGS = (
    "premature deaths in the United States attributable to the pollution produced by power plants were "
    "disproportionately caused by coal; that race was a significant factor in who was affected; and that a substantial "
    "fraction of the deaths were from pollution crossing state lines")
PM_STUDY = ("in 2014 in the continental United States, roughly 16,000 premature deaths were attributable to power "
            "plants, an estimated 91% of those from coal")
THIND = (
    "We looked at emissions from different types of power plants — including coal, natural gas, diesel and oil power "
    "plants — and modeled how the pollutants would travel based on things like wind patterns or rain. We also consider "
    "how emissions can react in the atmosphere to form fine particle air pollution [...] That gave us a map of "
    "pollution concentrations across the country. Then we overlaid that map with data from the census to get an "
    "estimate of where people live and how this pollution results in health impacts.")
MARSHALL = "Julian Marshall"
MARSHALL_1 = (
    "We've seen in our previous research that our society is more segregated by race than by income, and now it's "
    "showing up again with air pollution from electricity generation emissions [...] These results can help local, "
    "state or national governments make more informed decisions that will improve everyone's air quality and quality "
    "of life.")
MARSHALL_2 = ("It's especially relevant these days because of what the federal government is doing — or actually not "
              "doing — around air pollution and around these issues in general[.]")
DAUGHTER = 'he "left home four–five hours ago after leaving words like a will, with his phone currently off."'
LITON = ('arson has been used "as a weapon to evict poor slum dwellers and squatters from government or private '
         'property" by developers')
ARSON = "deliberately setting fires to clear slums for redevelopment"
AVHERALD = "Aviation Herald"
AVHERALD_MISTAKE = ("the failed landing at Fath, which has a much shorter runway than Payam, was a mistake and the jet was "
                    "supposed to land at Payam")
BOEING_CONDOLENCES = (
    'the company "extends its profound condolences to the families and friends of those lost[...] as well as our best '
    'wishes for the recovery of those injured."')
LOST52 = "Lost 52 Project"
GRAYBACK = ("a sunken World War II-era submarine wreck they found last June was the remains of the U.S.S. Grayback")
NYT_LOCATION = ("its probable location according to the New York Times about 100 miles from Okinawa, to the "
                "east-southeast")
TAYLOR = ("It was amazing. Everyone was excited [...] Then you realize there are 80 men buried there, and it's a sobering "
          "experience.")
PSU_RESEARCHERS = "researchers mostly from Pennsylvania State University (Penn State) in the U.S."
COATING = ("the invention of a new coating that could reduce bacterial growth, water waste, and odor when sprayed onto an "
           "ordinary house toilet by rendering its surface too slippery for anything to remain attached for long")
WATER = ("half of all people worldwide are affected by limits on their water supply, while daily fresh water usage to "
         "flush the planet's roughly 1 billion toilets and flush urinals is upwards of 141 billion liters (about 37 "
         "billion U.S. gallons, 31 billion imperial gallons)")
REASON = ("Inventions that render the facilities more water-efficient, they reason, could have a profound impact on "
          "wastewater management, sustainable water use, and sanitation, possibly cutting the amount of water used to "
          "flush waste by, reportedly, a factor of two")
WONG = "Tak-Sing Wong"
WONG_1 = ("has developed a robust bio-inspired, liquid, sludge-, and bacteria-repellent coating that can essentially "
          "make a toilet self-cleaning[.]")
WONG_2 = ("As a researcher in an academic setting, my goal is to invent things that everyone can benefit from [...] As "
          "a Penn Stater, I see this culture being amplified through entrepreneurship, and I'm excited to contribute.")
JING_WANG = ("When we put that coating on a toilet in the lab and dump synthetic fecal matter on it, [the synthetic fecal "
             "matter] just completely slides down and nothing sticks to [the coated surface.]")
HENSMAN_1 = ("the ingredients in the sprays are also found in commonly used products like — in the case of the first "
             "spray — toothpaste, and are unlikely to pollute nearby water supplies")
HENSMAN_2 = ("because the spray wears off, it was unlikely to be used widely in developing countries as the researchers "
             "claim to hope")
NBA = "National Basketball Association"
NBA_ARENA = ("he was not present at Chesapeake Energy Arena in Oklahoma City, where the Utah Jazz were to play against "
             "the Oklahoma City Thunder")
NBA_RELEASE = ('the NBA was "suspending game play following the conclusion of [Wednesday\'s] schedule of games until '
               'further notice."')
CDCR = "California Department of Corrections and Rehabilitation"
CDCR_STATEMENT = (
    "There was an assault on an inmate on Friday, August 30 at Richard J. Donovan Correctional Facility at 2:21 p.m. "
    "[...] Officers responded quickly and found an inmate with stab wound injuries [...] He was transported to an "
    "outside hospital for medical care, and is currently in stable condition.")
SIRHAN = "Sirhan Sirhan"
RFK = "Robert F. Kennedy"

ARTICLES = [
    Article(
        "wikinews-2019-110",
        quotes=[
            Q("a hurricane warning for Hurricane Humberto, a category 3 hurricane, was in effect for Bermuda", "indirect",
              "confirmed", "the National Hurricane Center (NHC)", NHC, ("NHC",)),
            Q("Humberto 75 miles (120 kilometers) north of Bermuda", "indirect", "placed", NHC_ADVISORY, NHC,
              ("NHC", "advisory")),
            Q("Humberto would pass by Bermuda Wednesday night, before beginning to weaken on Thursday", "indirect",
              "predicted", "The NHC", NHC, ("NHC",)),
            Q(SURF, "indirect", "noted", "The advisory", NHC, ("NHC", "advisory")),
            Q("a possibility of coastal flooding", "indirect", "warning", "The advisory", NHC, ("NHC", "advisory")),
            Q("Bermuda was rarely hit by hurricanes", "indirect", "according to", "CNN", "CNN"),
            Q("over the last century, only 21 hurricanes reached within 100 miles of the islands", "indirect", "reported",
              "CNN", "CNN"),
        ],
        actors=[
            (NHC, "organization"),
            ("CNN", "organization"),
        ],
        positions=[],
    ),
    Article(
        "wikinews-2019-086",
        quotes=[
            Q(LION_MAN, "indirect", "according to", "local news media", None),
            Q(LODGES, "indirect", "report", "scientists", None),
            Q("neighbors from other lodges nearby attempted, but were unable, to save van Biljon", "indirect", "told",
              MOGANEDI_MENTION, "Connie Moganedi"),
            Q("the lions were killed", "indirect", "said", "Connie Moganedi", "Connie Moganedi"),
        ],
        actors=[
            ("Connie Moganedi", "person", ["spokeswoman for the police department of Cullinan"]),
        ],
        positions=[],
    ),
    Article(
        "wikinews-2019-161",
        quotes=[
            Q(PM_FINDINGS, "indirect", "reported",
              "researchers from the University of Washington and Stanford University", "researchers"),
            Q(PM_STUDY, "indirect", "According to", "the study", "researchers", ("the study", "study")),
            Q("in 36 states most of the people who died were affected by pollution generated in another state",
              "indirect", "found", "The researchers", "researchers"),
            Q(THIND, "direct", "said", "The study's lead author, doctoral candidate Maninder Thind", "Maninder Thind"),
            Q(MARSHALL_1, "direct", "said",
              "Another co-author, civil and environmental engineering professor Julian Marshall", MARSHALL,
              ("Marshall",)),
            Q(MARSHALL_2, "direct", "noted", "Marshall", MARSHALL, ("Marshall",)),
        ],
        actors=[
            ("researchers", "organization", ["researchers from the University of Washington and Stanford University",
                                             "authors of the study"]),
            ("Maninder Thind", "person", ["the study's lead author", "doctoral candidate"]),
            (MARSHALL, "person", ["co-author", "civil and environmental engineering professor"]),
        ],
        positions=[
            P(MARSHALL, "the federal government's action on air pollution", "oppose",
              "what the federal government is doing — or actually not doing — around air pollution"),
        ],
    ),
    Article(
        "wikinews-2020-076",
        quotes=[
            Q("Park Won-soon, the mayor of Seoul, South Korea, was found dead", "indirect", "reported", "police",
              "police"),
            Q("the police have been investigating the specifics about the cause of his death", "indirect",
              "According to", "initial reports", None),
            Q("the 64-year-old mayor left his home a quarter before 11 a.m. on Thursday with a backpack", "indirect",
              "According to", "local reports", None),
            Q(DAUGHTER, "indirect", "reported", "his daughter", None),
            Q("Park's phone was last active in the north-east region of Seoul in Seongbuk-gu", "indirect", "reported",
              "The Korea Herald", "Korea Herald"),
            Q("Park had cancelled his entire Thursday schedule", "indirect", "said", "The Seoul government",
              "Seoul government"),
            Q("they would be investigating the allegations", "indirect", "said", "the police", "police"),
        ],
        actors=[
            ("police", "organization", ["South Korean police"]),
            ("Korea Herald", "organization"),
            ("Seoul government", "organization"),
        ],
        positions=[],
    ),
    Article(
        "wikinews-2019-034",
        quotes=[
            Q("it killed nine people and injured at least 50 more", "indirect", "said", "Officials", None),
            Q("four victims were from a single family", "indirect", "told",
              "Jasim Uddin, a spokesperson for the fire service", "Jasim Uddin"),
            Q("fires have in the past been deliberately set to clear away slum buildings for redevelopment", "indirect",
              "claimed", "local activists", "local activists", ("activists",)),
            Q(LITON, "indirect", "told", "One activist, Nur Khan Liton", "Nur Khan Liton"),
        ],
        actors=[
            ("Jasim Uddin", "person", ["spokesperson for the fire service"]),
            ("local activists", "organization"),
            ("Nur Khan Liton", "person", ["activist"]),
        ],
        positions=[
            P("local activists", ARSON, "oppose",
              "fires have in the past been deliberately set to clear away slum buildings for redevelopment"),
            P("Nur Khan Liton", ARSON, "oppose",
              "as a weapon to evict poor slum dwellers and squatters from government or private property"),
        ],
    ),
    Article(
        "wikinews-2019-012",
        quotes=[
            Q("no-one was in the houses", "indirect", "reporting", "local media", None),
            Q("the cockpit voice recorder was recovered", "indirect", "reported", "State media", None),
            Q('the plane was bringing meat from Bishkek, Kyrgyzstan "to help the country\'s economy."', "indirect", "said",
              "The army", "army"),
            Q("the crash involved pilot error", "indirect", "said", "Fars News", "Fars News"),
            Q("The entire crew were Iranians", "indirect", "said", "the army", "army"),
            Q("the crash was followed by a fire", "indirect", "said", "Press TV", "Press TV"),
            Q(AVHERALD_MISTAKE, "indirect", "reported", "The Aviation Herald", AVHERALD),
            Q("the aircraft overran the runway and broke through a perimeter barrier", "indirect", "stated",
              "The industry publication", AVHERALD, ("industry publication",)),
            Q("Saha Airlines owned the plane", "indirect", "stating", "the Air Force", "Air Force"),
            Q("a reported sixteenth death", "indirect", "claimed", "It", AVHERALD),
            Q('another aircraft confused the two airports, performing an emergency go around at "very low height"',
              "indirect", "according to", "The Aviation Herald", AVHERALD),
            Q("it runs flights with Boeing 707s and Airbus A300s, but uses Boeing 747s for freight", "indirect",
              "states", "The Centre for Aviation's database of air carriers", "Centre for Aviation"),
            Q("the aircraft uses the A300 and 747 as well as the Boeing 737", "indirect", "states", "Airfleets",
              "Airfleets"),
            Q("the 707 was a freighter", "indirect", "states", "The Aviation Herald", AVHERALD),
            Q(BOEING_CONDOLENCES, "indirect", "telling", "Boeing", "Boeing"),
            Q("cargo plane", "direct", "referred", "Boeing", "Boeing", after="Boeing referred"),
        ],
        actors=[
            ("army", "organization", ["Iranian military"]),
            ("Fars News", "organization"),
            ("Press TV", "organization"),
            (AVHERALD, "organization", ["industry publication"]),
            ("Air Force", "organization", ["Iran"]),
            ("Centre for Aviation", "organization"),
            ("Airfleets", "organization", ["database detailing the aircraft operated by commercial carriers"]),
            ("Boeing", "organization"),
        ],
        positions=[],
    ),
    Article(
        "wikinews-2019-158",
        quotes=[
            Q(GRAYBACK, "indirect", "announced", "The Lost 52 Project", LOST52, ("Lost 52",)),
            Q("the discovery", "indirect", "confirmed", "The United States Navy", "United States Navy",
              ("U.S. Navy", "Navy")),
            Q(NYT_LOCATION, "indirect", "according to", "the New York Times", "New York Times"),
            Q(TAYLOR, "direct", "told", "Team leader Tim Taylor", "Tim Taylor"),
        ],
        actors=[
            (LOST52, "organization"),
            ("United States Navy", "organization"),
            ("New York Times", "organization"),
            ("Tim Taylor", "person", ["team leader of the Lost 52 Project"]),
        ],
        positions=[],
    ),
    Article(
        "wikinews-2019-160",
        quotes=[
            Q(COATING, "indirect", "reported", PSU_RESEARCHERS, "researchers"),
            Q(WATER, "indirect", "According to", "the research team", "researchers", ("research team", "team")),
            Q("is several times larger than the total rate of water consumption for the continent of Africa",
              "indirect", "note", "they", "researchers"),
            Q(REASON, "indirect", "reason", "they", "researchers"),
            Q("Our team", "direct", "said", "study co-author Tak-Sing Wong", WONG, ("Wong",)),
            Q(WONG_1, "direct", "said", "study co-author Tak-Sing Wong", WONG, ("Wong",)),
            Q(JING_WANG, "direct", "recounted", "Co-developer Jing Wang", "Jing Wang", ("Wang",)),
            Q("inventing a coating good at resisting substances that are sticky and vary profoundly in viscosity across "
              "their mass—like human fecal matter", "indirect", "reported", "The researchers", "researchers"),
            Q("the coating repels bacteria, which has implications for preventing the spread of disease and certainly "
              "reduces smells", "indirect", "reported", "They", "researchers"),
            Q("the two-spray process is complete in under five minutes and lasts for roughly 500 flushes before "
              "requiring reapplication", "indirect", "According to", "the report", "researchers", ("the report", "report")),
            Q(HENSMAN_1, "indirect", "noted", "Carl Hensman of the Bill and Melinda Gates Foundation", "Carl Hensman"),
            Q(HENSMAN_2, "indirect", "remarked", "he", "Carl Hensman"),
            Q(WONG_2, "direct", "remarked", "He", WONG, ("Wong",)),
        ],
        actors=[
            ("researchers", "organization", ["researchers mostly from Pennsylvania State University",
                                             "authors of the study"]),
            (WONG, "person", ["study co-author", "Penn State's Wormley Early Career Professor of Engineering",
                              "associate professor of mechanical engineering and biomedical engineering"]),
            ("Jing Wang", "person", ["co-developer"]),
            ("Carl Hensman", "person", ["Bill and Melinda Gates Foundation"]),
        ],
        positions=[],
    ),
    Article(
        "wikinews-2020-033",
        quotes=[
            Q(NBA_ARENA, "indirect", "say", "They", NBA, ("NBA",)),
            Q(NBA_RELEASE, "indirect", "According to", "its press release", NBA, ("NBA", "its press release",
                                                                                   "press release")),
            Q("Other games scheduled for Wednesday were still held", "indirect", "according to", "NBC News", "NBC News"),
            Q("as of Wednesday, there were at least 1,279 confirmed cases of COVID-19 in the United States", "indirect",
              "According to", "Johns Hopkins University", "Johns Hopkins University"),
            Q("there were at least 118,381 cases worldwide", "indirect", "reported", "CNBC", "CNBC"),
        ],
        actors=[
            (NBA, "organization"),
            ("NBC News", "organization"),
            ("Johns Hopkins University", "organization"),
            ("CNBC", "organization"),
        ],
        positions=[],
    ),
    Article(
        "wikinews-2019-093",
        quotes=[
            Q("Sirhan Sirhan was stabbed in the neck while in prison", "indirect", "reported", None, None),
            Q("his identity", "indirect", "confirmed", "government sources", None),
            Q("an inmate had been stabbed", "indirect", "issued a statement", "The Department", CDCR,
              ("CDCR", "Department")),
            Q(CDCR_STATEMENT, "direct", "issued a statement", "The Department", CDCR, ("CDCR", "Department")),
            Q("they believed they had identified the attacker, who was being held in isolation pending investigation",
              "indirect", "said", "They", CDCR, ("CDCR", "Department")),
            Q("to have no memory of the night Kennedy was shot or of his own confession to the crime", "indirect",
              "claimed", "Sirhan", SIRHAN, ("Sirhan",)),
        ],
        actors=[
            (CDCR, "organization"),
            (SIRHAN, "person", ["assassin of Robert F. Kennedy", "inmate"]),
            (RFK, "person", ["United States senator", "presidential candidate"]),
            ("California", "place"),
        ],
        positions=[
            P(SIRHAN, "Robert F. Kennedy's pro-Israel position", "oppose",
              "opposed Senator Kennedy's pro-Israel position"),
            P(RFK, "Israel", "support", "Senator Kennedy's pro-Israel position"),
            P("California", "the death penalty", "oppose", "California outlawed the death penalty"),
        ],
    ),
]
