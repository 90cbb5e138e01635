"""Hand annotations of the seventh dev set, half a (Wikinews, CC BY 2.5): see README.md for the conventions."""

from build import Article, P, Q

RCMP = "Royal Canadian Mounted Police"
RCMP_STATEMENT = (
    "In B.C., this has been considered a public health emergency since April 2016. Unfortunately this means issues "
    "like found needles and drugs are something that all parents must be mindful of while in public settings.")
KAMLOOPS_MOTHER = (
    "A mother called the police in Kamloops, British Columbia (B.C.), Canada on Sunday morning after her 11-month "
    "daughter discovered a bag full of a substance that appeared to be fentanyl, a dangerous opioid drug, according to "
    "Kamloops Police, at the McDonald Park playground")
HUGHES = "Bob Hughes"
JYRKKANEN = "Michaela Jyrkkanen"
CERB_LINK = "CERB payments as a factor in the spike in overdose deaths"
CU_RESEARCHERS = ("researchers from the University of Colorado at Boulder (CU Boulder) in Colorado and the College of "
                  "Wooster in Ohio")
SCAMBOS_MENTION = ("study co-author Ted Scambos of CU Boulder's Cooperative Institute for Research in Environmental "
                   "Sciences (CIRES)")
SALLING = "Salling Group"
SALLING_PLANS = ("it seeks to improve its coverage in Southern Poland and, over 18 months at a cost of one billion "
                 "złotys, intends to merge these stores into its currently 386 strong Netto chain")
TESCO_FIGURES = ("its Polish branch had a 24 million pounds operating loss with a 1368 million pounds turnover; to which "
                 "the sold units contributed with a 947 million pounds turnover for a 107 million loss")
FIRE_SERVICE = "North Wales Fire and Rescue Service"
FIRE_RESOURCES = (
    "Resources sent included appliances from Dolgellau, Harlech, Barmouth, Bala, and Blaenau Ffestiniog according to a "
    "fire service statement, as well as an aerial ladder platform, high volume pump, and the service's incident command "
    "unit")
CLAY_MENTION = ("The then-manager of Barmouth Publicity and Director of Mid Wales Tourism Partnership, David Clay")
TONG = "Tong Yung-soo"
TONG_ALIASES = ("Mr Tong", "Tong", "Tongs")
HALL_CONVERSION = "converting Bontddu Hall from a hotel into a private residence"
IEDCR = "Institute of Epidemiology, Disease Control and Research"
FLORA = "Meerjady Sabrina Flora"
NTSC = "National Transportation Safety Committee"
DEVICE = ('The device was located and recovered "broken into two pieces" from under eight metres (about 25 feet) of '
          'mud')
LION_AIR_FEATURE = (
    "a new feature on the 737 Max, which had not suffered a crash before, was forcing the nose down in an erroneous "
    "attempt to prevent an aerodynamic stall, while the pilots tried and failed to correct this")
PHIVOLCS = "Philippine Institute of Volcanology and Seismology"
EPICENTER = ("the epicenter was located roughly nine kilometers (about six miles) east of Carrascal, 73 km (45 miles) "
             "north of Tandag City, the capital of Surigao del Sur")
MADRID_HOSPITAL = (
    "Madrid District Hospital in the town of Madrid, which sustained cracks on concrete walls with some pieces falling "
    "to the ground, treated 25 wounded people who evacuated to the hospital")
WEIBL = (
    "The name 'Alan Kurdi' shall be a reminder of what our work is really about. It is not about ships, captains, NGOs "
    "[Non-Governmental Organizations] and clashes with misguided politicians. It is about actual persons, like Alan, "
    "[and his brother and mother], who drown in the Mediterranean daily[, and] it is about the endless pain and grief "
    "their loved ones have to feel.")

ARTICLES = [
    Article(
        "wikinews-2020-075",
        quotes=[
            Q(KAMLOOPS_MOTHER, "indirect", "according to", "Kamloops Police", "Kamloops Police"),
            Q("they seized the substance", "indirect", "confirmed", "the Royal Canadian Mounted Police (RCMP)", RCMP,
              ("RCMP",)),
            Q(RCMP_STATEMENT, "direct", "stating", "the Royal Canadian Mounted Police (RCMP)", RCMP, ("RCMP",)),
            Q("fentanyl had become a popular drug in Kamloops because it was potent, and colors such as purple were "
              "used as a signature by traffickers", "indirect", "said", "Kamloops RCMP Constable Gary Gray",
              "Gary Gray"),
            Q("the opioid crisis claimed 15,393 lives in Canada between January 2016 and December 2019", "indirect",
              "according to", "the Canadian Public Health Infobase", "Canadian Public Health Infobase"),
            Q("the border closure between New York State and Quebec drove up the prices of illicit drugs, and "
              "traffickers had been stretching their products further", "indirect", "stated",
              "provincial police Detective Constable Daniel Dubé", "Daniel Dubé"),
            Q("heroin, which had normally been laced with fentanyl, had been mixed with the sedative etizolam, or "
              "benzos, another drug of the nervous system depressant class", "indirect", "explained", "He",
              "Daniel Dubé"),
            Q("CERB (Canada Emergency Response Benefit) payments, a program related to the COVID-19 pandemic, "
              "presented an additional factor in a spike in overdose deaths this year", "indirect", "told",
              "The Executive director of the Ask Wellness Society, Bob Hughes", HUGHES),
            Q("there were 170 suspected deaths in May alone, shortly after the CERB payments started, resulting from "
              "the abuse of illicit drugs", "indirect", "According to", "the B.C. Coroners Service",
              "B.C. Coroners Service"),
            Q("the correlation between the overdoses and the CERB payments", "indirect", "disagreed",
              "Clinic and advocacy manager Michaela Jyrkkanen, of Christian anti-poverty organization The Mustard Seed "
              "Kamloops", JYRKKANEN),
            Q("the cost of the accurate test strip kit was 75 cents", "indirect", "said",
              "Dr Sukhpreet Klaire, the lead author of the study and an addiction medicine specialist",
              "Sukhpreet Klaire"),
            Q("they would use the strip kits again", "indirect", "indicated",
              "More than 95% of the participants in her study", "participants"),
        ],
        actors=[
            ("Kamloops Police", "organization"),
            (RCMP, "organization"),
            ("Gary Gray", "person", ["Kamloops RCMP Constable"]),
            ("Canadian Public Health Infobase", "organization"),
            ("Daniel Dubé", "person", ["provincial police Detective Constable"]),
            (HUGHES, "person", ["Executive director of the Ask Wellness Society"]),
            ("B.C. Coroners Service", "organization"),
            (JYRKKANEN, "person", ["Clinic and advocacy manager", "The Mustard Seed Kamloops"]),
            ("Sukhpreet Klaire", "person", ["lead author of the study", "addiction medicine specialist"]),
            ("participants", "organization", ["participants in the test strip study"]),
        ],
        positions=[
            P(RCMP, "parents watching for found needles and drugs in public settings", "support",
              "all parents must be mindful of while in public settings"),
            P(HUGHES, CERB_LINK, "support",
              "presented an additional factor in a spike in overdose deaths this year"),
            P(JYRKKANEN, CERB_LINK, "oppose",
              "disagreed with the correlation between the overdoses and the CERB payments"),
        ],
    ),
    Article(
        "wikinews-2019-140",
        quotes=[
            Q("a new mechanism by which warm ocean currents erode the ice shelves along the coast of Antarctica, "
              "contributing to the planet's rising oceans", "indirect", "reported", CU_RESEARCHERS, "researchers"),
            Q("Warm water circulation is attacking the undersides of these ice shelves at their most vulnerable "
              "points,", "direct", "said", "study co-author Karen Alley", "Karen Alley"),
            Q("These effects matter [...] But exactly how much, we don't yet know. We need to.", "direct", "added",
              "The Wooster professor", "Karen Alley"),
            Q("occurred in the same places every year", "indirect", "observed", "they", "researchers",
              after="called polynyas"),
            Q("warm water was reaching the ice sheets in the same places every year as well", "indirect", "concluded",
              "they", "researchers"),
            Q('it rises above cooler water, creating what the scientists describe as an "upside-down river" flowing '
              'underneath the layers of ice', "indirect", "says", "the study", "researchers", ("the study", "study")),
            Q("Now we're seeing a new process, where warm water cuts into the shelf from below,", "direct", "said",
              SCAMBOS_MENTION, "Ted Scambos"),
            Q("Like scoring a plate of glass, the trough renders the shelf weak, and in a few decades, it's gone, "
              "freeing the ice sheet to ride out faster into the ocean.", "direct", None, None, "Ted Scambos"),
        ],
        actors=[
            ("researchers", "organization", ["researchers from the University of Colorado at Boulder and the College "
                                             "of Wooster", "authors of the study"]),
            ("Karen Alley", "person", ["study co-author", "Wooster professor"]),
            ("Ted Scambos", "person", ["study co-author",
                                       "CU Boulder's Cooperative Institute for Research in Environmental Sciences"]),
        ],
    ),
    Article(
        "wikinews-2020-068",
        quotes=[
            Q("their agreement over selling a large portion of Tesco's Polish operation to Salling Group", "indirect",
              "announced", "UK-based retailer Tesco and Denmark-based retailer Salling Group", "Tesco",
              (SALLING, "Salling")),
            Q("its intention to leave the Polish market altogether", "indirect", "stated", "Tesco", "Tesco"),
            Q("its intention to strengthen its Netto chain in Poland", "indirect", "stated", "Salling", SALLING,
              ("Salling",)),
            Q(SALLING_PLANS, "indirect", "said", "Salling", SALLING, ("Salling",)),
            Q(TESCO_FIGURES, "indirect", "said", "Tesco", "Tesco"),
            Q("they expect a decision this year", "indirect", "said", "The parties", "Tesco",
              (SALLING, "Salling", "parties")),
            Q("some discount stores resorted to offer postal services, a loophole which allows Sunday opening hours",
              "indirect", "According to", "Notes from Poland (NFP)", "Notes from Poland", ("NFP",)),
            Q("only 0.5% of Polish grocery turnover comes from this segment, compared to 7% in the United Kingdom",
              "indirect", "reports", "Gazeta Prawna", "Gazeta Prawna"),
            Q("62 Tesco outlets had closed within a year", "indirect", "reported", "Deutsche Welle (DW)",
              "Deutsche Welle", ("DW",)),
            Q("leaving its joint venture with China Resources Holdings", "indirect", "announced", "Tesco", "Tesco"),
            Q("the company held a 4% share of the Polish retail market, compared to its 16% share in Hungary",
              "indirect", "explained", "Matt Simister, Tesco’s CEO for Central Europe", "Matt Simister"),
            Q("they want to stay in Hungary", "indirect", "stated", "Matt Simister, Tesco’s CEO for Central Europe",
              "Matt Simister"),
            Q("they did not have intentions of leaving Thailand or Poland", "indirect", "stated",
              "Dave Lewis, CEO of Tesco", "Dave Lewis"),
            Q("Tesco's Polish operation, according to Gazeta Wyborcza in March, is too big for a single monolithic "
              "sale", "indirect", "according to", "Gazeta Wyborcza", "Gazeta Wyborcza"),
            Q("22 sold units in the past year and a half, for around 200 million pounds", "indirect", "reported",
              "The chain's press release", "Tesco", ("The chain's press release", "press release")),
        ],
        actors=[
            ("Tesco", "organization", ["UK-based retailer"]),
            (SALLING, "organization", ["Denmark-based retailer"]),
            ("Notes from Poland", "organization"),
            ("Gazeta Prawna", "organization"),
            ("Deutsche Welle", "organization"),
            ("Matt Simister", "person", ["Tesco's CEO for Central Europe"]),
            ("Dave Lewis", "person", ["CEO of Tesco"]),
            ("Gazeta Wyborcza", "organization"),
        ],
    ),
    Article(
        "wikinews-2020-063",
        quotes=[
            Q(FIRE_RESOURCES, "indirect", "according to", "a fire service statement", FIRE_SERVICE,
              ("fire service",)),
            Q("an investigation working alongside North Wales Police was underway", "indirect", "indicated",
              "The fire service", FIRE_SERVICE, ("fire service",)),
            Q("then-new owner Tong Yung-soo, who had purchased Bontddu Hall in 2001, and his wife applied to make it a "
              "residence once more", "indirect", "reporting", "local press", None),
            Q("fury", "direct", "called", "WalesOnline", "WalesOnline"),
            Q("a retrograde step", "direct", "called", CLAY_MENTION, "David Clay", ("Clay",)),
            Q("[a]n area like this cannot afford to lose such a quality hotel.", "direct", "said", CLAY_MENTION,
              "David Clay", ("Clay",)),
            Q("issues staffing the hotel", "indirect", "indicated", "The Tongs", TONG, TONG_ALIASES),
            Q('they intended to "restore the hall to its former glory."', "indirect", "said", "Mr Tong", TONG,
              TONG_ALIASES),
        ],
        actors=[
            (FIRE_SERVICE, "organization"),
            ("WalesOnline", "organization"),
            ("David Clay", "person", ["then-manager of Barmouth Publicity",
                                      "Director of Mid Wales Tourism Partnership"]),
            (TONG, "person", ["owner of Bontddu Hall"]),
            ("local tourism chiefs", "organization"),
        ],
        positions=[
            P(TONG, HALL_CONVERSION, "support", "applied to make it a residence once more"),
            P("local tourism chiefs", HALL_CONVERSION, "oppose",
              'The move was met with what WalesOnline called "fury" from local tourism chiefs'),
            P("David Clay", HALL_CONVERSION, "oppose",
              'a retrograde step" and said "[a]n area like this cannot afford to lose such a quality hotel'),
        ],
    ),
    Article(
        "wikinews-2020-044",
        quotes=[
            Q("five new deaths due to COVID-19 on the day", "indirect", "confirmed", "Bangladesh", "Bangladesh"),
            Q("the number of recorded infected cases included 114 active cases and 33 recovered cases who were staying "
              "home", "indirect", "reported", "Bangladesh's Institute of Epidemiology, Disease Control and Research "
              "(IEDCR)", IEDCR, ("IEDCR",)),
            Q("the fatalities included four males and one female", "indirect", "said",
              "the director of IEDCR, Dr Meerjady Sabrina Flora", FLORA, ("Meerjady",)),
            Q("two cases were aged above 60, two between 51 and 60, and one 41-50 years old", "indirect",
              "According to", "Dr Meerjady", FLORA, ("Meerjady",)),
            Q("two of the victims were from Dhaka", "indirect", "said", "She", FLORA, ("Meerjady",)),
            Q("one of the deceased was Jalal Saifur Rahman, a director of Bengali Anti-Corruption Commission, who was "
              "cared for at the Kuwait Maitree Hospital", "indirect", "told", "A hospital official", None),
            Q("public transport would be shut down for longer than initially planned, until this coming Saturday",
              "indirect", "said", "Bangladeshi Road Transport and Bridges Minister Obaidul Quader", "Obaidul Quader"),
        ],
        actors=[
            ("Bangladesh", "place"),
            (IEDCR, "organization"),
            (FLORA, "person", ["director of IEDCR"]),
            ("Obaidul Quader", "person", ["Bangladeshi Road Transport and Bridges Minister"]),
        ],
        positions=[
            P("Obaidul Quader", "extending the public transport shutdown against COVID-19", "support",
              "public transport would be shut down for longer than initially planned"),
        ],
    ),
    Article(
        "wikinews-2019-013",
        quotes=[
            Q("the cockpit voice recorder from Lion Air Flight 610 has been recovered from the Java Sea", "indirect",
              "announced", "The National Transportation Safety Committee of Indonesia", NTSC),
            Q(DEVICE, "indirect", "according to", "investigators", "investigators"),
            Q("The new Boeing 737 Max was not airworthy, investigators have said, and should not have taken off",
              "indirect", "said", "investigators", "investigators"),
            Q("they found human remains nearby the second recorder", "indirect", "said", "Authorities", None),
            Q(LION_AIR_FEATURE, "indirect", "suggest", "Preliminary investigations", None),
        ],
        actors=[
            (NTSC, "organization", ["Indonesia"]),
            ("investigators", "organization"),
        ],
        positions=[
            P("investigators", "the Lion Air Flight 610 aircraft taking off", "oppose",
              "was not airworthy, investigators have said, and should not have taken off"),
        ],
    ),
    Article(
        "wikinews-2019-071",
        quotes=[
            Q("an earthquake struck Surigao del Sur, Philippines, injuring at least 25 people and damaging churches, "
              "houses, and other infrastructure", "indirect", "according to", "Philippine officials", None),
            Q("the towns damaged were primarily Carrascal, Cantilan, Madrid, Carmen, Lanuza, and Cortes", "indirect",
              "told", "Governor Alexander Pimentel", "Alexander Pimentel"),
            Q(EPICENTER, "indirect", "According to", "the Philippine Institute of Volcanology and Seismology (Phivolcs)",
              PHIVOLCS, ("Phivolcs",)),
            Q("the earthquake's magnitude was 5.5", "indirect", "reported", "Phivolcs", PHIVOLCS, ("Phivolcs",)),
            Q("5.8", "indirect", "reported", "United States Geological Survey (USGS)", "United States Geological Survey",
              ("USGS",)),
            Q(MADRID_HOSPITAL, "indirect", "said", "the governor", "Alexander Pimentel"),
        ],
        actors=[
            ("Alexander Pimentel", "person", ["Governor of Surigao del Sur"]),
            (PHIVOLCS, "organization"),
            ("United States Geological Survey", "organization"),
        ],
    ),
    Article(
        "wikinews-2019-030",
        quotes=[
            Q("they had, his surviving father says, paid people smugglers to take them from Turkey to Greece in a small "
              "inflatable boat", "indirect", "says", "his surviving father", "Abdullah Kurdi"),
            Q("This day is very hard for me, as I re-experience many memories,", "direct", "said",
              "his father, Abdullah Kurdi", "Abdullah Kurdi"),
            Q("It's people with good heart in this organization. So my boy's name stands for something good and his "
              "little soul can find ... peace.", "direct", None, None, "Abdullah Kurdi"),
            Q(WEIBL, "direct", "said", "Sea-Eye spokesperson Carlotta Weibl", "Carlotta Weibl"),
            Q("around 14,000 lives saved during 60 rescues since commencing work in 2016", "indirect", "credit",
              "Sea-Eye", "Sea-Eye"),
        ],
        actors=[
            ("Abdullah Kurdi", "person", ["father of Alan Kurdi"]),
            ("Carlotta Weibl", "person", ["Sea-Eye spokesperson"]),
            ("Sea-Eye", "organization", ["German migrant marine rescue charity"]),
        ],
        positions=[
            P("Abdullah Kurdi", "Sea-Eye and its migrant rescue work", "support",
              "It's people with good heart in this organization"),
            P("Carlotta Weibl", "politicians clashing with migrant rescue NGOs", "oppose",
              "clashes with misguided politicians"),
        ],
    ),
]
