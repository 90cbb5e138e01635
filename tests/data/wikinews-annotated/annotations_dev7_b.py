"""Hand annotations of the seventh dev set, half b (Wikinews, CC BY 2.5): see README.md for the conventions."""

from build import Article, P, Q

DOD = "United States Department of Defense"
DOD_STATEMENT = ("At the direction of the President, the U.S. military has taken decisive defensive action to protect "
                 "U.S. personnel abroad by killing Qasem Soleimani, the head of the Islamic Revolutionary Guard "
                 "Corps-Quds Force, a U.S.-designated Foreign Terrorist Organization. General Soleimani was actively "
                 "developing plans to attack American diplomats and service members in Iraq and throughout the region. "
                 "General Soleimani and his Quds Force were responsible for the deaths of hundreds of American and "
                 "coalition service members and the wounding of thousands more. He had orchestrated attacks on "
                 "coalition bases in Iraq over the last several months – including the attack on December 27th – "
                 "culminating in the death and wounding of additional American and Iraqi personnel. General Soleimani "
                 "also approved the attacks on the U.S. Embassy in Baghdad that took place this week. This strike was "
                 "aimed at deterring future Iranian attack plans. The United States will continue to take all "
                 "necessary action to protect our people and our interests wherever they are around the world.")
KHAMENEI = "Sayyid Ali Hosseini Khamenei"
KHAMENEI_MESSAGE = ("He was a stellar example of those educated and nurtured in Islam and the school of Imam Khomeini "
                    "(ra). He spent his entire life engaging in jihad in the path of God. Martyrdom was his reward for "
                    "years of implacable efforts [...] Shahid Soleymani is the international face of the resistance and "
                    "all who have a heart-felt connection to the resistance seek his blood revenge.")
EMBASSY = "United States Embassy in Iraq"
IRGC = "Iranian Revolutionary Guard Corps"
STRIKE = "the US airstrike that killed Qasem Soleimani"
AFAD = "Disaster and Emergency Management Presidency"
IHME = "Institute for Health Metrics and Evaluation"
SCIENTISTS = ("authors", "researchers", "team")

ARTICLES = [
    Article(
        "wikinews-2019-105",
        quotes=[
            Q("certain wavelengths of light, which are usually absorbed by water, weakened when the planet was in the "
              "way, indicating not only does K2-18b have an atmosphere, but the atmosphere contains water in vapour "
              "form", "indirect", "found", "They", "Montreal team"),
            Q("This is the first potentially habitable planet where the temperature is right and where we now know there "
              "is water,", "direct", "said", "UCL astronomer Angelos Tsiaras", "Angelos Tsiaras"),
            Q("It's the best candidate for habitability right now.", "direct", None, None, "Angelos Tsiaras"),
            Q("It's a good sign", "direct", "said",
              "Ryan Cloutier of the Harvard–Smithsonian Center for Astrophysics", "Ryan Cloutier"),
            Q("Overall,", "direct", "continued", "he", "Ryan Cloutier"),
            Q("the presence of water in its atmosphere certainly improves the prospect of K2-18b being a potentially "
              "habitable planet, but further observations will be required to say for sure.", "direct", "continued",
              "he", "Ryan Cloutier"),
            Q("astronomers were optimistic that NASA's James Webb space telescope — scheduled for launch in 2021 — and "
              "the European Space Agency's 2028 ARIEL program, could reveal more about exoplanets like K2-18b",
              "indirect", "According to", "The Guardian", "Guardian"),
        ],
        actors=[
            ("Montreal team", "organization", ["team of scientists from the University of Montreal",
                                               "led by Björn Benneke"]),
            ("Angelos Tsiaras", "person", ["UCL astronomer"]),
            ("Ryan Cloutier", "person", ["Harvard–Smithsonian Center for Astrophysics"]),
            ("Guardian", "organization"),
        ],
        positions=[],
    ),
    Article(
        "wikinews-2020-066",
        quotes=[
            Q("a police constable, reportedly one Vijayaragavan, saw the twelve with the dead jackal in Trichy, decided "
              "to question them after they aroused suspicion at a tea stall, and learned they were responsible for the "
              "jackal's death", "indirect", "said", "Officials", None),
            Q("the constable found the jackal's bagged carcass after inquiring", "indirect", "According to",
              "local news sources", None),
            Q("the killing occurred in Jeeyapuram forest in a bid to gain jackal meat and teeth", "indirect", "said",
              "Authorities", None),
            Q("authorities seized 126 skins, eight tails, 16 skulls and two live jackals from 2013 to 2019", "indirect",
              "noted", "One study in the Journal of Threatened Taxa from March", None),
            Q('over 370 "jackal horns" seized in the same period', "indirect", "noted", "The same study", None),
            Q("they believed a fruit filled with firecrackers had exploded in the elephant's mouth, damaging her jaw and "
              "ultimately leading to her death", "indirect", "said", "Authorities", None),
        ],
        actors=[],
        positions=[],
    ),
    Article(
        "wikinews-2020-001",
        quotes=[
            Q("the attack consisted of three rockets launched from helicopters", "indirect", "reported",
              "The Daily Telegraph", "Daily Telegraph"),
            Q("defensive", "direct", "justified", "the United States Department of Defense", DOD,
              after="justified the strike"),
            Q(DOD_STATEMENT, "direct", "justified", "the United States Department of Defense", DOD),
            Q("the rocket strikes were carried out by sympathizers of the PMF", "indirect", "reported",
              "Business Insider", "Business Insider"),
            Q("both Israel and the United States for the attack", "indirect", "blamed",
              "Ahmed al-Assadi, a spokesman for the PMF", "Ahmed al-Assadi"),
            Q('Soleimani was "martyred" by the airstrike', "indirect", "declared",
              "The Iranian Revolutionary Guard Corps (IRGC)", IRGC, ("IRGC",)),
            Q("three days of public mourning", "indirect", "ordered",
              "Sayyid Ali Hosseini Khamenei, the Supreme Leader of Iran", KHAMENEI),
            Q(KHAMENEI_MESSAGE, "direct", "appreciated", "he", KHAMENEI),
            Q("U.S. citizens to leave the country immediately", "indirect", "advised", "The United States Embassy in Iraq",
              EMBASSY),
            Q("U.S. citizens not approach the Embassy, and if in need for travel documents, to use the consulate in "
              "Erbil", "indirect", "asked", "The office", EMBASSY),
            Q("an aggression on Iraq as a state, government and people", "direct", "calling",
              "Adil Abdul-Mahdi, the acting Prime Minister of Iraq", "Adil Abdul-Mahdi"),
        ],
        actors=[
            ("United States", "place"),
            ("Daily Telegraph", "organization"),
            (DOD, "organization"),
            ("Donald Trump", "person", ["President"]),
            ("Business Insider", "organization"),
            ("Ahmed al-Assadi", "person", ["spokesman for the Popular Mobilization Forces (PMF)"]),
            (IRGC, "organization"),
            (KHAMENEI, "person", ["Supreme Leader of Iran"]),
            ("Benjamin Netanyahu", "person", ["Israeli Prime Minister"]),
            (EMBASSY, "organization"),
            ("Adil Abdul-Mahdi", "person", ["acting Prime Minister of Iraq"]),
            ("United States Department of State", "organization"),
        ],
        positions=[
            P("United States", STRIKE, "support", "The United States called its actions defensive in nature"),
            P(DOD, STRIKE, "support", "justified the strike"),
            P("Donald Trump", STRIKE, "support", "which was approved by President Donald Trump"),
            P("Ahmed al-Assadi", STRIKE + " (blamed on Israel and the United States)", "oppose",
              "blamed both Israel and the United States for the attack"),
            P(KHAMENEI, "Qasem Soleimani and his record", "support",
              "He was a stellar example of those educated and nurtured in Islam"),
            P(KHAMENEI, "revenge for the killing of Qasem Soleimani", "support", "seek his blood revenge"),
            P("Benjamin Netanyahu", STRIKE, "support",
              "found the air strike justified and called Trump's order swift, forceful and decisive"),
            P(EMBASSY, "U.S. citizens leaving Iraq", "support", "advised U.S. citizens to leave the country immediately"),
            P("Adil Abdul-Mahdi", STRIKE, "oppose", "spoke out against the attack"),
            P("United States", "Qasem Soleimani", "oppose",
              "labeled Soleimani as a terrorist and levied sanctions against him"),
            P("United States Department of State", "the Islamic Revolutionary Guard Corps", "oppose",
              "designated the IRGC as a terrorist organization"),
            P("United States", "Abu Mahdi al-Muhandis", "oppose", "levied individual sanctions against al-Muhandis"),
        ],
    ),
    Article(
        "wikinews-2020-110",
        quotes=[
            Q("they were officially ending the search of survivors of the earthquake in the Aegean Sea", "indirect",
              "declared", "the Tuskish government", "Tuskish government"),
            Q("at least 116 people died due to this earthquake, while the number of casualties rose to at least 1,035 "
              "in Turkey and about 19 in Greece", "indirect", "said", "Reports", None),
            Q("the magnitude of the earthquake was 6.6 and, as of Wednesday, 1885 aftershocks had occurred since the "
              "earthquake", "indirect", "reported", "Turkey's Disaster and Emergency Management Presidency", AFAD,
              ("Turkey's Disaster and Emergency Management Presidency",)),
            Q("it was of 7.0 magnitude", "indirect", "reported", "The US Geological Survey", "US Geological Survey"),
            Q("about 20 buildings collapsed", "indirect", "said", "Local officials", None),
            Q("police and people used simple tools such as chainsaws to rescue people who were trapped", "indirect",
              "suggested", "Early reports", None),
            Q("their willingness to help each other", "indirect", "expressed", "the leaders of the two countries",
              "leaders", ("leaders of the two countries",)),
        ],
        actors=[
            ("Tuskish government", "organization"),
            (AFAD, "organization", ["Turkey's"]),
            ("US Geological Survey", "organization"),
            ("leaders", "person", ["leaders of Turkey and Greece"]),
        ],
        positions=[
            P("leaders", "Turkey and Greece helping each other after the earthquake", "support",
              "publicly expressed their willingness to help each other"),
        ],
    ),
    Article(
        "wikinews-2019-028",
        quotes=[
            Q("Walter was the most brilliant scientist I have ever known,", "direct", "said",
              "University of California, San Diego's chancellor, Pradeep Khosla", "Pradeep Khosla", ("Khosla",)),
            Q("countless discoveries that put the university on the map as a great research institution", "direct",
              "talked of", "Khosla", "Pradeep Khosla", ("Khosla",)),
            Q("his global leadership on the great scientific issues of our time.", "direct", "talked of", "Khosla",
              "Pradeep Khosla", ("Khosla",)),
            Q("Munk has been a world treasure for ocean science and geophysics.", "direct", "said",
              "Scripps Oceanography director Margaret Leinen", "Margaret Leinen"),
            Q("a guiding force, a stimulating force, a provocative force in science for 80 years", "direct",
              "described", "She", "Margaret Leinen"),
            Q("one of the most distinguished and honored scientists in the world", "direct", "described", "She",
              "Margaret Leinen"),
            Q("always interested in sparking a discussion about what's coming next.", "direct", "described", "She",
              "Margaret Leinen"),
            Q("We thought he would live forever. His legacy will be his passion for the ocean, which was endless.",
              "direct", "said", "His wife Mary", "Mary"),
        ],
        actors=[
            ("Pradeep Khosla", "person", ["chancellor of the University of California, San Diego"]),
            ("Margaret Leinen", "person", ["Scripps Oceanography director"]),
            ("Mary", "person", ["wife of Walter Munk"]),
        ],
        positions=[],
    ),
    Article(
        "wikinews-2020-057",
        quotes=[
            Q("the total number of confirmed deaths linked to SARS-CoV-2 coronavirus infections surpassed 100,000 in "
              "the United States", "indirect", "indicated", "Johns Hopkins University data", "Johns Hopkins University"),
            Q("37,542 deaths", "indirect", "reporting", "the United Kingdom", "United Kingdom"),
            Q("the coronavirus may cause roughly 32,000 more deaths in the United States by August 4", "indirect",
              "According to", "the University of Washington's Institute for Health Metrics and Evaluation", IHME,
              ("University of Washington's Institute for Health Metrics and Evaluation",)),
        ],
        actors=[
            ("Johns Hopkins University", "organization"),
            ("United Kingdom", "place"),
            (IHME, "organization", ["University of Washington"]),
        ],
        positions=[],
    ),
    Article(
        "wikinews-2019-053",
        quotes=[
            Q("bird flight may have evolved from wing-flapping by running dinosaurs", "indirect", "reported",
              "scientists from China's Tsinghua University and the Chinese Academy of Sciences", "scientists",
              SCIENTISTS),
            Q("in Caudipteryx, from a mechanical perspective, two-legged running automatically induced wing flapping",
              "indirect", "proposed", "The authors", "scientists", SCIENTISTS),
            Q("it had a top speed of about 18 mph (8 m/s)", "indirect", "estimate", "the researchers", "scientists",
              SCIENTISTS),
            Q("Our work shows that the motion of flapping feathered wings was developed passively and naturally as the "
              "dinosaur ran on the ground[...] Although this flapping motion could not lift the dinosaur into the air at "
              "that time, the motion of flapping wings may have developed earlier than gliding.", "direct", "said",
              "Co-author Jing-Shan Zhao", "Jing-Shan Zhao"),
            Q("the faster each ostrich ran, the more it tended to flap, with larger wings providing more lift",
              "indirect", "found", "They", "scientists", SCIENTISTS),
            Q("Caudipteryx might have dealt with the vibrations by holding its forelimbs tight against its body instead "
              "of flapping", "indirect", "saying",
              "John Hutchinson, an evolutionary biomechanicist at London's Royal Veterinary College", "John Hutchinson"),
            Q("However,", "direct", "told", "he", "John Hutchinson"),
            Q("this study does lay groundwork that could be built upon and tested more rigorously. So perhaps it will "
              "inspire deeper insight in the future.", "direct", "told", "he", "John Hutchinson"),
            Q("birds as we understand them evolved from theropod dinosaurs", "indirect", "says",
              "current consensus among scientists", None),
            Q("flight grew up from the ground, from runners", "indirect", "say", "some", None),
        ],
        actors=[
            ("scientists", "organization", ["scientists from China's Tsinghua University and the Chinese Academy of "
                                            "Sciences", "authors of the study"]),
            ("Jing-Shan Zhao", "person", ["co-author"]),
            ("John Hutchinson", "person", ["evolutionary biomechanicist at London's Royal Veterinary College"]),
        ],
        positions=[
            P("John Hutchinson", "the study's finding that running induced wing flapping", "oppose",
              "questioned the findings"),
        ],
    ),
    Article(
        "wikinews-2019-163",
        quotes=[
            Q("two of Khan's victims died, and three others were seriously injured", "indirect", "By", "reports",
              None),
            Q("they received the first call about the attack at Fishmongers' Hall around 2:00 p.m. local time",
              "indirect", "According to", "police", "police"),
            Q("Khan reportedly started attacking people there, and one of them died inside of the hall", "indirect",
              "according to", "The Times", "Times"),
            Q("the attacker exited the Hall and continued to attack others", "indirect", "reported", "Police",
              "police"),
            Q("people approached Khan armed with the fire extinguisher and the narwhal tusk and forced him to lie on the "
              "ground, after which a third person removed his knife", "indirect", "According to",
              "videos posted on social media", None),
            Q("the police then surrounded the attacker aiming at him with their guns, moved a last bystander out of the "
              "way, and shot Khan", "indirect", "According to", "these videos and NPR", "NPR"),
            Q("the five-foot (one and two thirds meters) marine mammal tusk came from the wall in Fishmongers' Hall",
              "indirect", "According to", "a Twitter post by Amy Cook", "Amy Cook"),
            Q("The guy with the whale tusk is a Polish chef named Luckasz. Worth noting this for the next time someone "
              "says, 'we've let too many Eastern Europeans into this country'.", "direct", "commented",
              "Broadcaster Piers Morgan", "Piers Morgan"),
            Q("Khan had appeared to be wearing a suicide vest", "indirect", "said", "Police", "police"),
            Q("'one in, all in'. I did what any Londoner would do and tried to put a stop to it.", "direct", "cited",
              "who", "Thomas Gray"),
            Q("I am in awe of the people who ran towards danger to keep us all safe", "direct", "tweeted",
              "Mayor of London Sadiq Khan", "Sadiq Khan"),
            Q("The bravery of the emergency services and ordinary Londoners is incredible.", "direct", None, None,
              "Sadiq Khan"),
            Q("[Khan] had been released a year ago on the provision that he had agreed to wear an electronic tag, submit "
              "to curfews and restrictions to his movements", "direct", "told", "Lucy Fischer of The Times",
              "Lucy Fischer"),
            Q("In the US there is a phenomenon 'suicide by cop'", "direct", "told",
              "Birmingham City University criminology professor David Wilson", "David Wilson"),
            Q("[I]ncreasingly what we are seeing is some attackers wear pretend suicide vests as they prefer martyrdom "
              "than getting a sentence. I wonder if what we are seeing is another version of suicide by cop.", "direct",
              None, None, "David Wilson"),
        ],
        actors=[
            ("police", "organization"),
            ("Times", "organization"),
            ("NPR", "organization"),
            ("Amy Cook", "person", ["director of the Learning Together event"]),
            ("Piers Morgan", "person", ["broadcaster"]),
            ("Thomas Gray", "person", ["tour manager"]),
            ("Sadiq Khan", "person", ["Mayor of London"]),
            ("Lucy Fischer", "person", ["The Times"]),
            ("David Wilson", "person", ["Birmingham City University criminology professor"]),
        ],
        positions=[
            P("Piers Morgan", "Eastern European immigration into the UK", "support",
              "Worth noting this for the next time someone says, 'we've let too many Eastern Europeans into this "
              "country'"),
        ],
    ),
]
