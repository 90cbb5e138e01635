"""Hand annotations of the ninth dev set, half b (Wikinews, CC BY 2.5): see README.md for the conventions."""

from build import Article, P, Q

# wikinews-2019-014
MENDEZ = "Tony Mendez"
MENDEZ_ALIASES = ("Mendez",)
MORELL = ("Tony was one of the best officers to ever serve at CIA. His work was unique, and it help to protect our nation "
          "in significant ways. He will be missed. May he Rest In Peace.")
JONNA = ("He could be Pakistani, he could be Mexican, he could be from a lot of different countries[...] It was "
         "incredible to work with my husband.")
AFFLECK = (
    "Tony Mendez was a true American hero. He was a man of extraordinary grace, decency, humility and kindness. He never "
    "sought the spotlight for his actions, he merely sought to serve his country. I'm so proud to have worked for him "
    "and to have told one of his stories.")

# wikinews-2019-062
GUPTA_HOSPITAL = "Gupta was transported to a local hospital and originally listed in critical condition"
SECRET_SERVICE_CONFIRMED = "a single male was transported to a local hospital and the response took place within seconds"
MCPD = "Montgomery County Police Department"

# wikinews-2019-070
EDWARDS = "John Bel Edwards"
EDWARDS_1 = ("No one should take this storm lightly. As we know all too well in Louisiana, low intensity does not "
             "necessarily mean low impact.")
EDWARDS_2 = (
    "he has arranged for 3000 of the National Guard to be available and has search and rescue teams at the ready and has "
    "requested U.S. President Donald Trump declare a state of emergency in Lousiana on the federal level")
FEDERAL_REQUEST = ("requested U.S. President Donald Trump declare a state of emergency in Lousiana on the federal "
                   "level")
NHC = "United States National Hurricane Center"
NWS = "National Weather Service"
LEVEES = ("they are not concerned about the levees, which have about five or six feet of leeway for rising water")

# wikinews-2019-080
ZAPATA = "Franky Zapata"
ZAPATA_ALIASES = ("Zapata",)

# wikinews-2019-100
PLANE_CRASHED = ("a propeller plane in Nevada, United States crashed following departure from Henderson Executive "
                 "Airport, near Las Vegas")
PLANE_VICTIMS = "one was pronounced dead at the crash site, with the other three being taken to a nearby hospital"
PLANE_ROUTE = ("the single-engine propeller plane, a Beechcraft Sierra, was flying to Gillespie Field airport, located "
               "near San Diego in El Cajon, California")
NTSB = "National Transportation Safety Board"
HOLLOWAY_SAID = ("their investigation could last as long as two years but a preliminary report would likely be "
                 "available in the next few weeks")

# wikinews-2019-111
BTP = "British Transport Police"
BTP_ALIASES = ("BTP",)
TFL = "Transport for London"
TFL_ALIASES = ("TfL",)
BTP_RESPONDERS = ("London Ambulance Service and London Fire Brigade were the first responders and already there when BTP "
                  "arrived")
TFL_TOLD = "morning rush-hour passengers to take a longer way around instead of the travelator"
GOUGH = "This is a truly tragic incident, and our deepest condolences are with the man\u2019s family."
TFL_OFFICIAL = ("We are working with colleagues in the British Transport Police following an incident at Waterloo "
                "station in the early hours of this morning.")

# wikinews-2019-142
KOSGEI = "Brigid Kosgei"
RADCLIFFE = "Paula Radcliffe"
RADCLIFFE_QUOTE = ("[...] I always knew this time would come \u2014 and when I saw how fast Brigid was running I knew the "
                   "record would go if she could maintain her pace")

# wikinews-2020-010
USGS = "United States Geological Survey"
USGS_ALIASES = ("USGS", "U.S. Geological Survey")
GEIGER = (
    "The past several weeks we've had hundreds of small earthquakes in the same region [...] It began on Dec. 28, when "
    "we had a 4.7-magnitude [earthquake] there. Since the 4.7, we've had over 400 magnitude 2+ earthquakes.")
VAZQUEZ = "Wanda V\u00e1zquez Garced"
ORTIZ = "Jos\u00e9 Ortiz"

# wikinews-2020-041
PALUH = "Daniel Paluh"
PALUH_QUOTE = (
    "Superficially, frogs may look similar, but when you look at their skulls, you see drastic differences [...] Some of "
    "the weirdest skulls are found in frogs that eat birds and mammals, use their heads as a shield, or in a few rare "
    "cases, are venomous. Their skulls show how strange and diverse frogs can be.")
FROGS_FOUND = (
    "frogs that had similar ecological niches \u2014 meaning they either acquired food in the same way or defended "
    "themselves from predators in the same way \u2014 tended to develop skulls with similar grooves, spikes, or "
    "specialized jaw joints regardless of whether they were ancestrally related to each other")
STUDY_SAYS = ("skulls with spikes, grooves or ridges \u2014 called hyperossification \u2014 often accompanied frogs "
              "eating very large prey relative to their own body size")
SPECULATED = ("the spikes make it dangerous for predators to hit the frog's head, as the spikes would break venom sacs "
              "under the frog's skin")
BLACKBURN = "David Blackburn"
BLACKBURN_SAID = ("the frequency of spiky skulls evolving in otherwise unrelated frogs suggested some deep pattern frogs "
                  "fell into as circumstances arose")
BLACKBURN_QUOTE = "Somehow, these frogs are turning on some ancient developmental machinery in their DNA."
RESEARCHERS_ALIASES = ("scientists",)

ARTICLES = [
    Article(
        "wikinews-2019-014",
        quotes=[
            Q(MORELL, "direct", "praised", "Former CIA deputy director Michael Morell", "Michael Morell"),
            Q('he considered himself "an artist first."', "indirect", "told", "Mendez", MENDEZ, MENDEZ_ALIASES),
            Q(JONNA, "direct", "said", "Mendez's wife Jonna Mendez", "Jonna Mendez", ("Jonna",)),
            Q(AFFLECK, "direct", "tweeted", "Affleck", "Ben Affleck", ("Affleck",)),
            Q("Mendez died of Parkinson's disease", "indirect", "According to", "his publicist", None),
        ],
        actors=[
            (MENDEZ, "person", ["former Central Intelligence Agency agent", "architect of the Argo rescue"]),
            ("Michael Morell", "person", ["former CIA deputy director"]),
            ("Jonna Mendez", "person", ["Tony Mendez's wife", "CIA"]),
            ("Ben Affleck", "person", ["director and star of Argo"]),
        ],
        positions=[],
    ),
    Article(
        "wikinews-2019-062",
        quotes=[
            Q(GUPTA_HOSPITAL, "indirect", "according to", "officials", None),
            Q(SECRET_SERVICE_CONFIRMED, "indirect", "confirmed", "The Secret Service", "Secret Service"),
            Q("Gupta's family members filed a missing persons report", "indirect", "according to",
              "the Montgomery County Police Department", MCPD),
        ],
        actors=[
            ("Secret Service", "organization", ["emergency responder"]),
            (MCPD, "organization"),
        ],
        positions=[],
    ),
    Article(
        "wikinews-2019-070",
        quotes=[
            Q(EDWARDS_1, "direct", "addressed", "Governor John Bel Edwards", EDWARDS),
            Q(EDWARDS_2, "indirect", "said", "He", EDWARDS),
            Q("residents of her city to make plans and shelter in place", "indirect", "advised",
              "The mayor of New Orleans, LaToya Cantrell", "LaToya Cantrell"),
            Q("Tropical Storm Barry could develop into a hurricane as soon as Friday", "indirect", "According to",
              "the United States National Hurricane Center", NHC, ("National Hurricane Center",)),
            Q("landfall Saturday morning", "indirect", "predict", "Meteorologists", None),
            Q("a flash flood warning covering an area from Gulfport, Mississippi, to New Orleans", "indirect", "issued",
              "the National Weather Service", NWS),
            Q("a storm surge of three to six feet (one to two meters)", "indirect", "predicted", "other forecasters",
              None),
            Q(LEVEES, "indirect", "said", "New Orleans and Jefferson Parish officials", None),
        ],
        actors=[
            (EDWARDS, "person", ["Governor of Louisiana"]),
            ("LaToya Cantrell", "person", ["mayor of New Orleans"]),
            (NHC, "organization"),
            (NWS, "organization"),
            ("Louisiana", "place", ["U.S. state under a state of emergency"]),
        ],
        positions=[
            P(EDWARDS, "state of emergency in Louisiana over Tropical Storm Barry", "support",
              "declared a state of emergency for the state on Thursday"),
            P(EDWARDS, "federal state of emergency for Louisiana", "support", FEDERAL_REQUEST),
            P("LaToya Cantrell", "New Orleans residents sheltering in place for Tropical Storm Barry", "support",
              "advised residents of her city to make plans and shelter in place"),
        ],
    ),
    Article(
        "wikinews-2019-080",
        quotes=[
            Q("Once I managed to stick my heels into the boat, I knew I had done 90% of the work,", "direct", "told",
              "Zapata", ZAPATA, ZAPATA_ALIASES),
            Q("Strong winds over the Channel presented difficulty during the crossing", "indirect", "said", "Zapata",
              ZAPATA, ZAPATA_ALIASES),
            Q("it required much endurance to manage to stay airborne", "indirect", "adding", "Zapata", ZAPATA,
              ZAPATA_ALIASES),
            Q("It's an isometric exercise for the thighs, so it burns \u2014 it's quite hard.", "direct", None, None,
              ZAPATA, ZAPATA_ALIASES),
            Q("We made a machine three years ago... and now we've crossed the Channel, it's crazy.", "direct", "told",
              "Zapata", ZAPATA, ZAPATA_ALIASES),
        ],
        actors=[
            (ZAPATA, "person", ["French inventor", "inventor of the Flyboard Air"]),
        ],
        positions=[],
    ),
    Article(
        "wikinews-2019-100",
        quotes=[
            Q(PLANE_CRASHED, "indirect", "according to", "investigators", None),
            Q(PLANE_VICTIMS, "indirect", "according to", "investigators", None),
            Q(PLANE_ROUTE, "indirect", "said", "Officials", None),
            Q(HOLLOWAY_SAID, "indirect", "told", "Keith Holloway, an NTSB spokesman", "Keith Holloway",
              (NTSB, "NTSB")),
        ],
        actors=[
            ("Keith Holloway", "person", ["NTSB spokesman"]),
            (NTSB, "organization", ["investigator of the crash"]),
        ],
        positions=[],
    ),
    Article(
        "wikinews-2019-111",
        quotes=[
            Q("Emergency services received the call at about 2:20 a.m. local time (0120 UTC)", "indirect",
              "according to", "British Transport Police (BTP)", BTP, BTP_ALIASES),
            Q(BTP_RESPONDERS, "indirect", "by BTP's report", "BTP", BTP, BTP_ALIASES),
            Q(TFL_TOLD, "indirect", "told", "Transport for London (TfL)", TFL, TFL_ALIASES),
            Q(GOUGH, "direct", "said", "Detective Inspector Darren Gough", "Darren Gough"),
            Q(TFL_OFFICIAL, "direct", "stated", "An official from TfL", TFL, TFL_ALIASES),
            Q("An urgent enquiry into what happened is underway to ensure it cannot happen again.", "direct", "adding",
              "The mayor of London, Sadiq Khan", "Sadiq Khan"),
        ],
        actors=[
            (BTP, "organization", ["investigator of the death"]),
            (TFL, "organization", ["operator of the London Underground"]),
            ("Darren Gough", "person", ["Detective Inspector", "British Transport Police"]),
            ("Sadiq Khan", "person", ["Mayor of London"]),
        ],
        positions=[
            P(TFL, "passengers avoiding the Waterloo travelator after the death", "support",
              "told morning rush-hour passengers to take a longer way around instead of the travelator"),
        ],
    ),
    Article(
        "wikinews-2019-142",
        quotes=[
            Q("I was not expecting this", "direct", "said", "Kosgei", KOSGEI, ("Kosgei",)),
            Q("But I felt my body was moving, moving, moving so I went for it. This is amazing for me.", "direct", None,
              None, KOSGEI, ("Kosgei",)),
            Q(RADCLIFFE_QUOTE, "direct", "said", "Radcliffe", RADCLIFFE, ("Radcliffe",)),
        ],
        actors=[
            (KOSGEI, "person", ["Kenyan marathon runner", "winner of the 2019 Chicago Marathon"]),
            (RADCLIFFE, "person", ["former holder of the mixed-sex marathon world record"]),
        ],
        positions=[],
    ),
    Article(
        "wikinews-2020-010",
        quotes=[
            Q("the epicenter of the quake about eight kilometers (five miles) southwest of the town of Guenica",
              "indirect", "placed", "The United States Geological Survey (USGS)", USGS, USGS_ALIASES),
            Q("We're used to it.", "direct", "told", "One resident", None),
            Q(GEIGER, "direct", "told", "John Geiger of USGS", "John Geiger", ("Geiger",)),
            Q("fixing the island's largest power plant, which was damaged by the quake, may take a year", "indirect",
              "said", "Jos\u00e9 Ortiz of the island's power authority", ORTIZ),
            Q("the earthquakes may continue into early February", "indirect", "said", "the U.S. Geological Survey",
              USGS, USGS_ALIASES),
        ],
        actors=[
            (USGS, "organization"),
            ("John Geiger", "person", ["United States Geological Survey"]),
            (ORTIZ, "person", ["Puerto Rico's power authority"]),
            (VAZQUEZ, "person", ["Governor of Puerto Rico"]),
        ],
        positions=[
            P(VAZQUEZ, "state of emergency in Puerto Rico over the earthquakes", "support",
              "declared a state of emergency"),
        ],
    ),
    Article(
        "wikinews-2020-041",
        quotes=[
            Q("spiky skulls evolved at least 25 separate times in different kinds of frogs", "indirect", "report",
              "scientists", "researchers", RESEARCHERS_ALIASES),
            Q(PALUH_QUOTE, "direct", "said", "Lead author Daniel Paluh, a Ph.D. candidate at the University of Florida",
              PALUH, ("Paluh",)),
            Q("smaller frogs would tend to develop spiky skulls", "indirect", "suggested", "Some scientists", None),
            Q(FROGS_FOUND, "indirect", "found", "They", "researchers", RESEARCHERS_ALIASES),
            Q(STUDY_SAYS, "indirect", "According to", "the study", "researchers", RESEARCHERS_ALIASES),
            Q(SPECULATED, "indirect", "speculated", "The researchers", "researchers", RESEARCHERS_ALIASES),
            Q(BLACKBURN_SAID, "indirect", "told", "herpetologist David Blackburn", BLACKBURN, ("Blackburn",)),
            Q(BLACKBURN_QUOTE, "direct", "told", "herpetologist David Blackburn", BLACKBURN, ("Blackburn",)),
        ],
        actors=[
            ("researchers", "organization", ["authors of the frog skull study", "Florida Museum of Natural History"]),
            (PALUH, "person", ["lead author", "Ph.D. candidate at the University of Florida"]),
            (BLACKBURN, "person", ["herpetologist", "one of the study's authors"]),
        ],
        positions=[],
    ),
]
