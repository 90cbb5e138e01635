"""Hand annotations of the dev articles (Wikinews, CC BY 2.5): see README.md for the conventions."""

from build import Article, P, Q

ARTICLES = [
    Article(
        "wikinews-2019-006",
        quotes=[
            Q("he can and may declare a national state of emergency", "indirect", "said",
              "United States President Donald Trump", "Donald Trump"),
            Q("would allow him to act without approval from Congress and allocate funding for the construction of a "
              "wall along the country's border with Mexico", "indirect", "said", "he", "Donald Trump"),
            Q("the budget include funding for the wall", "indirect", "insists", "The President", "Donald Trump"),
            Q("I can do it [call a national emergency] if I want. I may do it.", "direct", "said", "Trump",
              "Donald Trump"),
            Q("he would prefer to agree a solution with the opposition", "indirect", "said", "Trump", "Donald Trump"),
            Q("I never threaten anybody.", "direct", "said", "He", "Donald Trump"),
            Q("the wall was a crucial part of America's border security", "indirect", "claimed", "He",
              "Donald Trump"),
            Q('the United States is "in the midst of a crisis on our southern border."', "indirect", "said",
              "Mike Pence", "Mike Pence"),
            Q("We are committed to keeping our border safe. We can do that best when government is open. We made "
              "that clear to the president.", "direct", "said", "Nancy Pelosi", "Nancy Pelosi"),
            Q("We made a plea to the president once again: don't hold hundreds of thousands of federal workers "
              "hostage", "direct", "said", "Chuck Schumer", "Chuck Schumer"),
            Q("So we told the president we needed the government open. He resisted.", "direct", "said",
              "Chuck Schumer", "Chuck Schumer"),
            Q("the President's power to do as he proposed", "indirect", "questioned",
              "Senate Minority Whip Dick Durbin and incoming chair of the House Intelligence Committee Represenative "
              "Adam Schiff", "Dick Durbin", ("Adam Schiff",)),
            Q("a non-starter", "direct", "called", "Schiff", "Adam Schiff"),
            Q("I can just tell you, I don't know what he's basing this on, but he's faced so many lawsuits when he "
              "ignores the law and ignores tradition and precedent and just goes forward without any concern",
              "direct", "said", "Durbin", "Dick Durbin"),
            Q('he would be okay if the impasse over the shutdown went on for "years."', "indirect", "claims",
              "President Trump", "Donald Trump"),
            Q("citizens to continue paying their federal taxes", "indirect", "advises",
              "The Internal Revenue Service website", "Internal Revenue Service"),
        ],
        actors=[
            ("Donald Trump", "person", ["United States President"]),
            ("Mike Pence", "person", ["Vice President"]),
            ("Nancy Pelosi", "person", ["Speaker of the House"]),
            ("Chuck Schumer", "person", ["Senate Minority Leader"]),
            ("Dick Durbin", "person", ["Senate Minority Whip"]),
            ("Adam Schiff", "person", ["incoming chair of the House Intelligence Committee", "Representative"]),
            ("Congress", "organization"),
            ("Internal Revenue Service", "organization"),
        ],
        positions=[
            P("Donald Trump", "national emergency to build the border wall", "support",
              "he can and may declare a national state of emergency"),
            P("Donald Trump", "funding for the border wall", "support", "the budget include funding for the wall"),
            P("Congress", "Trump's proposed budget", "oppose", "Congress has not passed his proposed budget"),
            P("Nancy Pelosi", "reopening the government", "support",
              "We can do that best when government is open"),
            P("Chuck Schumer", "reopening the government", "support", "we needed the government open"),
            P("Dick Durbin", "national emergency to build the border wall", "oppose",
              "questioned the President's power to do as he proposed"),
            P("Adam Schiff", "national emergency to build the border wall", "oppose", "a non-starter"),
        ],
    ),
    Article(
        "wikinews-2019-035",
        quotes=[
            Q("Trump's declaration is unconstitutional, and that the states filing suit have standing to do so because "
              "building the wall would divert funding away from programs that would otherwise be performed to the "
              "benefit of these states", "indirect", "claims", "The motion", "attorneys general from sixteen states",
              ("the motion", "sixteen states", "attorneys general")),
            Q("the declaration of state of emergency violates the United States Constitution's separation of powers "
              "clause", "indirect", "reads", "the motion", "attorneys general from sixteen states",
              ("the motion", "sixteen states", "attorneys general")),
            Q("US$3.6 billion from a Pentagon construction budget, $2.5 billion from anti-drug programs, and $601 "
              "million from a forfeiture fund within the U.S. Treasury Department", "indirect", "according to",
              "Al Jazeera", "Al Jazeera"),
            Q("President Trump treats the rule of law with utter contempt,", "direct", "said",
              "California Attorney General Xavier Becerra", "Xavier Becerra"),
            Q("He knows there is no border crisis, he knows his emergency declaration is unwarranted, and he admits "
              "that he will likely lose this case in court.", "direct", None, None, "Xavier Becerra"),
            Q("this would stem illegal immigration", "indirect", "claiming", "President Trump", "Donald Trump"),
            Q("the state of emergency is unconstitutional and violated their property rights", "indirect", "claiming",
              "an environmental group and private property owners from the border state of Texas",
              "an environmental group and private property owners from the border state of Texas",
              ("an environmental group", "environmental group", "private property owners")),
        ],
        actors=[
            ("Donald Trump", "person", ["United States President"]),
            ("Xavier Becerra", "person", ["California Attorney General"]),
            ("attorneys general from sixteen states", "organization", ["plaintiffs"]),
            ("Congress", "organization"),
            ("Al Jazeera", "organization"),
            ("an environmental group and private property owners from the border state of Texas", "organization",
             ["plaintiffs"]),
        ],
        positions=[
            P("attorneys general from sixteen states", "Trump's state of emergency for the border wall", "oppose",
              "filed a combined lawsuit against the state of emergency"),
            P("Xavier Becerra", "Trump's state of emergency for the border wall", "oppose",
              "he knows his emergency declaration is unwarranted"),
            P("Donald Trump", "border wall", "support",
              "President Trump declared a state of emergency so he could begin the construction of additional wall"),
            P("Congress", "funding for the border wall", "oppose", "Congress has repeatedly denied funding for such a wall"),
            P("an environmental group and private property owners from the border state of Texas",
              "Trump's state of emergency for the border wall", "oppose",
              "the state of emergency is unconstitutional and violated their property rights"),
        ],
    ),
    Article(
        "wikinews-2019-043",
        quotes=[
            Q('roughly one million people marched in London on Saturday during an anti-Brexit ("British exit") march, '
              "protesting the pending exit of the United Kingdom from the European Union (EU)", "indirect",
              "indicate", "Estimates by event organizers", "event organizers", ("organizers",)),
            Q("the government to revoke Article 50", "indirect", "asking", "placards", "Protesters"),
            Q("Here in London, thousands of people from across our city and country have come together with "
              "@peoplesvote-uk to send a clear message: Enough is enough - it's time to give the British public the "
              "final say on Brexit.", "direct", "tweeted", "The mayor of London, Sadiq Khan", "Sadiq Khan"),
            Q("lousy", "direct", "called", "Tom Watson", "Tom Watson"),
            Q("he would only vote for it if the British people could also vote for or against it", "indirect",
              "said", "Tom Watson", "Tom Watson"),
            Q('it was "the moment of maximum opportunity" for stopping a no-deal Brexit', "indirect", "said",
              "Nicola Sturgeon", "Nicola Sturgeon"),
            Q('they had gone to "defend [their] children\'s right to live and work in Europe" and "secure [their own] '
              'right to work in the EU"', "indirect", "said", "Some of the protesters Wikinews interviewed",
              "Protesters", ("protesters", "Some of the protesters")),
            Q("people changed their minds", "indirect", "said", "One interviewee", None),
            Q("they wanted the politicians to stop ignoring them", "indirect", "said", "several", "Protesters",
              ("protesters",)),
            Q("We know that 16 million people wanted to stay in the EU, and some of those would still like to stay in "
              "the EU, and within that quite a few would like to have another go and have another referendum — but it "
              "was always a minority", "direct", "told", "One MP", None),
            Q("put it to the people", "direct", "saying", "a banner from People's Vote", "People's Vote"),
            Q("united in diversity", "direct", "saying", "a banner", None),
        ],
        actors=[
            ("Sadiq Khan", "person", ["mayor of London"]),
            ("Nicola Sturgeon", "person", ["First Minister of Scotland"]),
            ("Tom Watson", "person", ["Labour MP"]),
            ("Protesters", "organization"),
            ("People's Vote", "organization"),
            ("event organizers", "organization"),
            ("BBC", "organization"),
        ],
        positions=[
            P("Protesters", "Brexit", "oppose",
              "protesting the pending exit of the United Kingdom from the European Union"),
            P("Protesters", "revoking Article 50", "support", "the government to revoke Article 50"),
            P("Sadiq Khan", "a public vote on Brexit", "support",
              "it's time to give the British public the final say on Brexit"),
            P("Tom Watson", "Theresa May's Brexit deal", "oppose", "Theresa May's proposed Brexit deal \"lousy\""),
            P("Tom Watson", "a public vote on the Brexit deal", "support",
              "he would only vote for it if the British people could also vote for or against it"),
            P("Nicola Sturgeon", "no-deal Brexit", "oppose",
              'it was "the moment of maximum opportunity" for stopping a no-deal Brexit'),
            P("People's Vote", "a public vote on Brexit", "support", "put it to the people"),
        ],
    ),
    Article(
        "wikinews-2019-068",
        quotes=[
            Q("Chahed signed a government decree that bars any person with an undisclosed face from access to public "
              "headquarters, administrations, institutions, for security reasons", "direct", "said",
              "a government official", None),
            Q("the suicide bomber wore a face veil covering, the niqab", "indirect", "According to",
              "eyewitness reports", None),
            Q("responsibility for all three attacks", "indirect", "claimed",
              "The militant organisation, the Islamic State of Iraq and the Levant",
              "Islamic State of Iraq and the Levant"),
            Q("We are for the freedom to dress, but today with the current situation and the terrorist threats in "
              "Tunisia and across the region we find justifications for this decision", "direct", "said",
              "the president of the Tunisian League for the Defence of Human Rights, Jamel Msallem", "Jamel Msallem"),
            Q("Tunisia is facing terrorist attacks, so every measure which is led by security motives is "
              "understandable", "direct", "said", "Samir Dilou", "Samir Dilou"),
            Q("We proposed a bill in 2016 about this subject and it has still not been debated [...] Maybe it is time "
              "now.", "direct", "said", "Souhail Alouini, a member of Parliament", "Souhail Alouini"),
        ],
        actors=[
            ("Youssef Chahed", "person", ["Prime Minister of Tunisia"]),
            ("Jamel Msallem", "person", ["president of the Tunisian League for the Defence of Human Rights"]),
            ("Samir Dilou", "person", ["member of the Tunisian Parliament"]),
            ("Souhail Alouini", "person", ["member of Parliament"]),
            ("Tunisian League for the Defence of Human Rights", "organization"),
            ("Agence France-Presse", "organization"),
            ("Islamic State of Iraq and the Levant", "organization", ["militant organisation"]),
        ],
        positions=[
            P("Youssef Chahed", "ban on the niqab in public institutions", "support",
              "signed a government decree banning anyone wearing a niqab from entering a public institution or "
              "government offices"),
            P("Jamel Msallem", "ban on the niqab in public institutions", "support",
              "we find justifications for this decision"),
            P("Samir Dilou", "ban on the niqab in public institutions", "support",
              "every measure which is led by security motives is understandable"),
            P("Souhail Alouini", "ban on the niqab in public institutions", "support", "Maybe it is time now."),
        ],
    ),
    Article(
        "wikinews-2019-088",
        quotes=[
            Q("G7 action to correct what he named the international crisis of wildfires currently destroying Amazon "
              "rainforest in and around Brazil", "indirect", "called for", "French President Emmanuel Macron",
              "Emmanuel Macron"),
            Q("Our house is burning. Literally. The Amazon rainforest — the lungs which produces 20 percent of our "
              "planet's oxygen — is on fire. It is an international crisis. Members of the G7 Summit, let's discuss "
              "this emergency first order in two days!", "direct", "told the world", "Macron", "Emmanuel Macron"),
            Q("the fires be added to the agenda", "indirect", "seconded Macron's recommendation", "Merkel",
              "Angela Merkel"),
            Q("We stand ready", "direct", "tweeted", "Johnson", "Boris Johnson"),
            Q("to provide whatever help we can to bring them under control and help protect one of Earth's greatest "
              "wonders.", "direct", "tweeted", "Johnson", "Boris Johnson"),
            Q("The French president's suggestion that Amazon issues be discussed at the G-7 without participation by "
              "the countries in the region evokes a colonialist mentality that is out of place in the 21st century[.]",
              "direct", "opposed", "Brazilian President Jair Bolsonaro", "Jair Bolsonaro"),
            Q("there have been 85% more wildfires in Brazil in 2019 than there were in 2018", "indirect",
              "has reported", "Brazil's National Institute for Space Research", "National Institute for Space Research"),
            Q("the Amazon rainforest should be opened up to agriculture, amongst other economic uses", "indirect",
              "has said publicly", "Bolsonaro", "Jair Bolsonaro"),
            Q("him for encouraging farmers and agrobusiness to set fires", "indirect", "blame",
              "his critics, which include non-governmental environmental activism group Greenpeace", "Greenpeace",
              ("his critics", "critics")),
            Q("this to human activity", "indirect", "attribute", "Experts", None),
            Q("This year we do not have an extreme drought, as there was in 2015 and 2016 [...] In 2017 and 2018 we had "
              "a sufficient rainy season. In 2019, we have no weather events that affect droughts, such as El Niño "
              "[...] There's no way the weather can explain this increase.", "direct", "said",
              "Amazon Environmental Research Institute Director Ane Alencar", "Ane Alencar"),
        ],
        actors=[
            ("Emmanuel Macron", "person", ["French President"]),
            ("Angela Merkel", "person", ["German Chancellor"]),
            ("Boris Johnson", "person", ["British Prime Minister"]),
            ("Jair Bolsonaro", "person", ["Brazilian President"]),
            ("Ane Alencar", "person", ["Amazon Environmental Research Institute Director"]),
            ("Greenpeace", "organization", ["non-governmental environmental activism group"]),
            ("National Institute for Space Research", "organization"),
            ("G7", "organization"),
            ("UOL.com.br", "organization"),
        ],
        positions=[
            P("Emmanuel Macron", "G7 action on the Amazon fires", "support",
              "G7 action to correct what he named the international crisis of wildfires currently destroying Amazon "
              "rainforest in and around Brazil"),
            P("Angela Merkel", "G7 action on the Amazon fires", "support",
              "Merkel seconded Macron's recommendation the fires be added to the agenda"),
            P("Boris Johnson", "G7 action on the Amazon fires", "support",
              "to provide whatever help we can to bring them under control"),
            P("Jair Bolsonaro", "G7 action on the Amazon fires", "oppose",
              "evokes a colonialist mentality that is out of place in the 21st century"),
            P("Jair Bolsonaro", "opening the Amazon rainforest to agriculture", "support",
              "the Amazon rainforest should be opened up to agriculture"),
            P("Greenpeace", "Bolsonaro's Amazon policy", "oppose",
              "blame him for encouraging farmers and agrobusiness to set fires"),
        ],
    ),
    Article(
        "wikinews-2019-096",
        quotes=[
            Q("her government will officially withdraw a proposed bill that would have allowed China to extradite "
              "accused criminals from Hong Kong to be tried under the mainland's criminal justice system", "indirect",
              "announced", "Carrie Lam, the chief executive of Hong Kong", "Carrie Lam"),
            Q("The government will fully withdraw the bill in order to fully allay public concerns,", "direct",
              "said", "Lam", "Carrie Lam"),
            Q("Our citizens, police and reporters have been injured during violent incidents,", "direct", "continued",
              "Lam", "Carrie Lam"),
            Q("There have been chaotic scenes at the airport and [mass transit railway] stations; roads and tunnels "
              "have been suddenly blocked. Visitors wonder whether our city is still a safe place for travel or "
              "business. Families and friends have been under stress, and arguments have flared. For many people, "
              "Hong Kong has become an unfamiliar place.", "direct", None, None, "Carrie Lam"),
            Q("Whenever there are signs of sending a palm branch,", "direct", "wrote", "student protester Joshua Wong",
              "Joshua Wong"),
            Q("They always come with a far tighter grip on exercising civil rights[.] They have conceded nothing in "
              "fact, and a full-scale clampdown is on the way.", "direct", "wrote", "student protester Joshua Wong",
              "Joshua Wong"),
            Q("She's just doing this to try and disintegrate the movement. A lot of people think that,", "direct",
              "said", "a protester using the pseudonym Katya", "Katya"),
            Q("The situation has escalated to a point where not even Beijing knows how to sort this. So they're using "
              "different tricks and lies. Hong Kong people have learned to ignore her.", "direct", None, None, "Katya"),
            Q("This announcement cannot change the fact that the Hong Kong authorities have chosen to suppress "
              "protests in a grossly unlawful way that has seriously damaged the people's trust and sense of "
              "legitimacy of the government,", "direct", "said in a statement",
              "Hong Kong director of Amnesty International Man-kei Tam", "Man-kei Tam"),
            Q("More than 1000 people have been arrested since the protests began in June", "indirect", "according to",
              "The Guardian", "The Guardian"),
        ],
        actors=[
            ("Carrie Lam", "person", ["chief executive of Hong Kong"]),
            ("Joshua Wong", "person", ["student protester"]),
            ("Katya", "person", ["protester (pseudonym)"]),
            ("Man-kei Tam", "person", ["Hong Kong director of Amnesty International"]),
            ("protesters", "organization"),
            ("Amnesty International", "organization"),
            ("The Guardian", "organization"),
        ],
        positions=[
            P("Carrie Lam", "withdrawing the extradition bill", "support", "The government will fully withdraw the bill"),
            P("Carrie Lam", "an independent investigation of the police", "oppose",
              "did not accede to protesters' demands for a new judge-led investigation independent of the government"),
            P("protesters", "an independent investigation of the police", "support",
              "protesters' demands for a new judge-led investigation independent of the government"),
            P("Joshua Wong", "the Hong Kong government's concession", "oppose",
              "They have conceded nothing in fact, and a full-scale clampdown is on the way"),
            P("Katya", "Carrie Lam's withdrawal of the bill", "oppose",
              "She's just doing this to try and disintegrate the movement"),
            P("Man-kei Tam", "the suppression of protests", "oppose",
              "the Hong Kong authorities have chosen to suppress protests in a grossly unlawful way"),
        ],
    ),
    Article(
        "wikinews-2019-103",
        quotes=[
            Q("he had asked for national security advisor John R. Bolton's resignation Monday night, and that Bolton "
              "tendered it the next morning", "indirect", "announced", "United States President Donald Trump",
              "Donald Trump"),
            Q("I informed John Bolton last night that his services are no longer needed at the White House. I "
              "disagreed strongly with many of his suggestions, as did others in the Administration,", "direct",
              "wrote", "Trump", "Donald Trump"),
            Q("and therefore I asked John for his resignation, which was given to me this morning. I thank John very "
              "much for his service. I will be naming a new National Security Advisor next week.", "direct", "wrote",
              "Trump", "Donald Trump"),
            Q("I offered to resign last night and President Trump said, 'Let's talk about it tomorrow.'", "direct",
              "speaking via Twitter", "Bolton", "John R. Bolton", ("John Bolton",)),
            Q("I don't think that any leader around the world should make any assumption that because some one of us "
              "departs that President Trump’s foreign policy will change in a material way", "direct",
              "told the press", "Pompeo", "Mike Pompeo"),
            Q("There were many times that Ambassador Bolton and I disagreed. That's to be sure.", "direct", None, None,
              "Mike Pompeo"),
        ],
        actors=[
            ("Donald Trump", "person", ["United States President"]),
            ("John R. Bolton", "person", ["national security advisor", "former US ambassador to the United Nations"]),
            ("Mike Pompeo", "person", ["secretary of state"]),
        ],
        positions=[
            P("Donald Trump", "John Bolton's policy suggestions", "oppose",
              "I disagreed strongly with many of his suggestions"),
            P("Mike Pompeo", "continuity of Trump's foreign policy", "support",
              "I don't think that any leader around the world should make any assumption that because some one of us "
              "departs that President Trump’s foreign policy will change in a material way"),
            P("John R. Bolton", "Russia", "oppose", "Bolton was also much more of a critic of Russia"),
        ],
    ),
    Article(
        "wikinews-2019-117",
        quotes=[
            Q("she would be launching an impeachment inquiry into the conduct of United States President Donald Trump",
              "indirect", "announced", "Nancy Pelosi, the Speaker of the House of Representatives", "Nancy Pelosi"),
            Q("breach of his Constitutional responsibilities,", "direct", "called", "Pelosi", "Nancy Pelosi"),
            Q("[T]he House of Representatives is moving forward with an official impeachment inquiry,", "direct",
              "announced", "she", "Nancy Pelosi"),
            Q('she was directing six of the House\'s committees to "proceed with their investigations under [the] '
              'umbrella" of impeachment', "indirect", "directing", "she", "Nancy Pelosi"),
            Q("Until the full House votes to authorize an inquiry, nobody is conducting a formal inquiry.", "direct",
              "said on Twitter", "Republican committee member Doug Collins of Georgia", "Doug Collins"),
            Q("an impeachment inquiry is what the committee is already doing", "indirect", "has repeatedly maintained",
              "Democratic committee chairman Jerrold Nadler of New York", "Jerrold Nadler"),
            Q("in a phone call in late July, Trump might have encouraged newly elected Ukrainian president Volodymyr "
              "Zelensky to investigate Hunter Biden", "indirect", "reported", "The New York Times",
              "The New York Times"),
            Q("perfectly fine and routine.", "direct", "characterized", "Trump", "Donald Trump"),
            Q("Witch Hunt garbage.", "direct", "attacked", "Trump", "Donald Trump"),
            Q('officials are removed from office after being impeached for, and convicted of, "Treason, Bribery, or '
              'other high Crimes and Misdemeanors."', "indirect", "specifies", "The United States Constitution",
              "United States Constitution"),
        ],
        actors=[
            ("Nancy Pelosi", "person", ["Speaker of the House of Representatives"]),
            ("Donald Trump", "person", ["United States President"]),
            ("Doug Collins", "person", ["Republican committee member", "Georgia"]),
            ("Jerrold Nadler", "person", ["Democratic committee chairman", "New York"]),
            ("The New York Times", "organization"),
            ("NBC", "organization"),
            ("House Judiciary Committee", "organization"),
            ("United States Constitution", "organization", ["document"]),
        ],
        positions=[
            P("Nancy Pelosi", "impeachment inquiry into Donald Trump", "support",
              "she would be launching an impeachment inquiry into the conduct of United States President Donald Trump"),
            P("Nancy Pelosi", "impeachment inquiry into Donald Trump", "oppose",
              "Pelosi had previously opposed impeachment proceedings"),
            P("Nancy Pelosi", "Donald Trump's conduct", "oppose", "breach of his Constitutional responsibilities"),
            P("Doug Collins", "impeachment inquiry into Donald Trump", "oppose",
              "Until the full House votes to authorize an inquiry, nobody is conducting a formal inquiry."),
            P("Jerrold Nadler", "impeachment inquiry into Donald Trump", "support",
              "an impeachment inquiry is what the committee is already doing"),
            P("Donald Trump", "impeachment inquiry into Donald Trump", "oppose", "Witch Hunt garbage."),
        ],
    ),
    Article(
        "wikinews-2019-119",
        quotes=[
            Q("It follows decades of work from women's rights campaigners, activists and people in the Parliament",
              "direct", "said", "Alex Greenwich", "Alex Greenwich"),
            Q('a law allowing the termination of a life marked a "sad day for NSW"', "indirect", "said",
              "Member of parliament (MP) Kevin Conolly", "Kevin Conolly"),
            Q("It is a license for sex-selection abortions. It is a license for late-term abortion [...] It is "
              "effectively infanticide on demand.", "direct", "said", "Former prime minister Tony Abbott",
              "Tony Abbott"),
            Q("The current law has meant women and doctors have a threat of 10 years in jail for making this decision "
              "and that's not okay", "direct", "said", "MP Penny Sharpe, who co-sponsored the bill", "Penny Sharpe"),
            Q("We have moved the bill to a better place", "direct", "said", "Early opponent MP Tanya Davies",
              "Tanya Davies"),
        ],
        actors=[
            ("Parliament of New South Wales", "organization"),
            ("Alex Greenwich", "person", ["drafted the bill"]),
            ("Kevin Conolly", "person", ["Member of parliament"]),
            ("Tony Abbott", "person", ["Former prime minister"]),
            ("Penny Sharpe", "person", ["MP", "co-sponsor of the bill"]),
            ("Tanya Davies", "person", ["MP"]),
        ],
        positions=[
            P("Parliament of New South Wales", "decriminalising abortion", "support",
              'voted to pass the "Reproductive Health Care Reform Bill 2019" which decriminalized abortion'),
            P("Alex Greenwich", "decriminalising abortion", "support", "The bill was drafted by Alex Greenwich"),
            P("Kevin Conolly", "decriminalising abortion", "oppose", 'marked a "sad day for NSW"'),
            P("Tony Abbott", "decriminalising abortion", "oppose", "It is effectively infanticide on demand."),
            P("Penny Sharpe", "decriminalising abortion", "support",
              "The current law has meant women and doctors have a threat of 10 years in jail for making this decision "
              "and that's not okay"),
            P("Tanya Davies", "decriminalising abortion", "oppose", "Early opponent MP Tanya Davies"),
        ],
    ),
    Article(
        "wikinews-2019-143",
        quotes=[
            Q("it had entered into an agreement with the government of Syria", "indirect", "announced",
              "the Kurdish-led Syrian Democratic Forces (SDF)", "Syrian Democratic Forces", ("SDF",)),
            Q("government forces began deploying into previously SDF controlled territory yesterday", "indirect",
              "According to", "Syrian state media", "Syrian state media", ("state media",)),
            Q("a complete withdrawal from the region", "indirect", "announced", "the United States", "United States",
              ("US",)),
            Q("immediate area", "direct", "announced", "the United States", "United States", ("US",)),
            Q("An agreement has been reached with the Syrian government — whose duty it is to protect the country's "
              "borders and preserve Syrian sovereignty — for the Syrian Army to enter and deploy along the "
              "Syrian-Turkish border to help the [SDF] stop [the Turkish] aggression", "direct", "said", "the SDF",
              "Syrian Democratic Forces", ("SDF",)),
            Q("The Syrian Army — whose commander-in-chief is President Bashar al-Assad — entered Tell Tamer and Ain "
              "Issa yesterday", "indirect", "according to", "state media", "Syrian state media", ("state media",)),
            Q("hundreds of ISIS (Islamic State of Iraq and Syria) fighters escaped following Turkish airstrikes from a "
              "camp at Ain Issa", "indirect", "said", "The SDF", "Syrian Democratic Forces", ("SDF",)),
            Q("an imminent incursion into northeast Syria", "indirect", "speaking of", "both nations",
              "United States", ("US", "Turkey")),
            Q("Turkey assuming the duty of guarding captured ISIS militants", "indirect", "spoke of",
              "the US statement", "United States", ("US",)),
            Q('the invasion was "to prevent the creation of a terror corridor across our southern border, and to bring '
              'peace to the area."', "indirect", "said", "Erdoğan", "Recep Tayyip Erdoğan"),
            Q("both the Kurdistan Workers' Party (PKK) and People's Protection Units (YPG) as terrorists", "indirect",
              "named", "He", "Recep Tayyip Erdoğan"),
            Q("supportive of the PKK", "indirect", "according to", "Turkey", "Turkey"),
            Q("They need to stand by us", "direct", "said", "Erdoğan", "Recep Tayyip Erdoğan"),
            Q("I count on Turkey to act with restraint & ensure that the gains we have made in the fight against ISIS "
              "are not jeopardised.", "direct", "wrote", "NATO Secretary-General Jens Stoltenberg",
              "Jens Stoltenberg"),
        ],
        actors=[
            ("Syrian Democratic Forces", "organization", ["Kurdish-led"]),
            ("Syrian state media", "organization"),
            ("United States", "place"),
            ("Turkey", "place"),
            ("Recep Tayyip Erdoğan", "person", ["Turkish President"]),
            ("Jens Stoltenberg", "person", ["NATO Secretary-General"]),
            ("European Union", "organization"),
        ],
        positions=[
            P("Syrian Democratic Forces", "agreement with the Syrian government", "support",
              "An agreement has been reached with the Syrian government"),
            P("Syrian Democratic Forces", "Turkish offensive in Syria", "oppose",
              "help the [SDF] stop [the Turkish] aggression"),
            P("United States", "withdrawal of US troops from Syria", "support",
              "the United States announced a complete withdrawal from the region"),
            P("Recep Tayyip Erdoğan", "Turkish offensive in Syria", "support",
              'the invasion was "to prevent the creation of a terror corridor across our southern border, and to bring '
              'peace to the area."'),
            P("Recep Tayyip Erdoğan", "Kurdish militias PKK and YPG", "oppose",
              "named both the Kurdistan Workers' Party (PKK) and People's Protection Units (YPG) as terrorists"),
            P("European Union", "Turkish offensive in Syria", "oppose",
              "The operation was condemned by members of the European Union"),
            P("Jens Stoltenberg", "Turkish restraint in Syria", "support", "I count on Turkey to act with restraint"),
        ],
    ),
    Article(
        "wikinews-2020-052",
        quotes=[
            Q("no person, firm, company, association, or corporation shall construct, install, establish, or operate a "
              "radio transmitting station, or radio receiving station used for commercial purposes, or a radio "
              "broadcasting station, without having first obtained a franchise therefor from the Congress of the "
              "Philippines.", "direct", "states", "Republic Act No. 3846", "Republic Act No. 3846",
              ("Radio Control Law",)),
            Q('the move as a "grave abuse of governmental power" and "contrary to law"', "indirect", "citing",
              "A number of Senators", "Senators"),
            Q("was due to a lack of airtime", "indirect", "said", "they", "ABS-CBN Corporation", ("ABS-CBN",)),
            Q('the network of "swindling"', "indirect", "accused", "he", "Rodrigo Duterte"),
            Q("the network of violating its franchise", "indirect", "accusing", "Solicitor General Jose Calida",
              "Jose Calida"),
            Q("refunds for Duterte's unaired political ads were offered, of which some were not accepted by his "
              "campaign", "indirect", "said", "ABS-CBN CEO Carlo Katigbak", "Carlo Katigbak"),
            Q("which the President accepted", "indirect", "according to a statement",
              "the Presidential Spokesperson Harry Roque", "Harry Roque"),
            Q("the cease and desist order did not cover their news channel's franchise", "indirect", "claims",
              "the network", "ABS-CBN Corporation", ("ABS-CBN",)),
        ],
        actors=[
            ("ABS-CBN Corporation", "organization", ["broadcasting company"]),
            ("National Telecommunications Commission", "organization"),
            ("Senators", "organization"),
            ("Rodrigo Duterte", "person", ["Philippine President"]),
            ("Jose Calida", "person", ["Solicitor General"]),
            ("Carlo Katigbak", "person", ["ABS-CBN CEO"]),
            ("Harry Roque", "person", ["Presidential Spokesperson"]),
            ("Republic Act No. 3846", "organization", ["law"]),
        ],
        positions=[
            P("National Telecommunications Commission", "ABS-CBN's broadcasting", "oppose",
              "issued a cease and desist order to the network"),
            P("Senators", "the shut-down of ABS-CBN", "oppose", "A number of Senators condemned the act of the NTC"),
            P("Rodrigo Duterte", "ABS-CBN's franchise renewal", "oppose", "threatened the network's franchise renewal"),
            P("Jose Calida", "ABS-CBN's franchise", "oppose", "accusing the network of violating its franchise"),
            P("ABS-CBN Corporation", "ABS-CBN's franchise renewal", "support",
              "The network tried to renew their franchise as early as July 2019"),
        ],
    ),
    Article(
        "wikinews-2020-072",
        quotes=[
            Q("Iran issued arrest warrants on 36 people believed to have been involved in the assassination of the "
              "general Qasem Soleimani in January and demanded from Interpol to publish a red notice for US president "
              "Donald Trump", "indirect", "reported", "state-owned Iranian news agency Fars", "Fars"),
            Q('the 36 must face "murder and terrorism charges"', "indirect", "said",
              "the prosecutor general of Tehran, Ali Alghasi Mehr", "Ali Alghasi Mehr"),
            Q("Iran will pursue the prosecution of Trump even after he ends serving as president of the US",
              "indirect", "adding", "Ali Alghasi Mehr", "Ali Alghasi Mehr"),
            Q('Interpol\'s constitution prohibits "any intervention or activities of a political, military, religious '
              'or racial character,"', "indirect", "stated", "an Interpol spokesperson", "Interpol"),
            Q('they "would not consider requests of this nature"', "indirect", "added", "The spokesperson",
              "Interpol"),
            Q("This is a political nature. This has nothing to do with national security, international peace or "
              "promoting stability", "direct", "said", "US Special Representative for Iran Brian Hook", "Brian Hook"),
            Q("It is a propaganda stunt that no-one takes seriously.", "direct", "added", "He", "Brian Hook"),
        ],
        actors=[
            ("Fars", "organization", ["state-owned Iranian news agency"]),
            ("ISNA", "organization", ["semi-official news agency"]),
            ("Ali Alghasi Mehr", "person", ["prosecutor general of Tehran"]),
            ("Interpol", "organization"),
            ("Brian Hook", "person", ["US Special Representative for Iran"]),
            ("Iran", "place"),
        ],
        positions=[
            P("Iran", "prosecution of Donald Trump", "support",
              "demanded from Interpol to publish a red notice for US president Donald Trump"),
            P("Ali Alghasi Mehr", "prosecution of Donald Trump", "support",
              "Iran will pursue the prosecution of Trump even after he ends serving as president of the US"),
            P("Interpol", "Iran's red notice request", "oppose", 'would not consider requests of this nature'),
            P("Brian Hook", "Iran's arrest warrants", "oppose", "It is a propaganda stunt that no-one takes seriously."),
        ],
    ),
]
