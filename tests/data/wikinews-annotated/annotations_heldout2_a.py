"""Hand annotations of the test2 articles, half a (Wikinews, CC BY 2.5): see README.md for the conventions.

Annotated blind: no extraction was run on these articles before this file and its other half were committed.
"""

from build import Article, P, Q

ARTICLES = [
    Article(
        "wikinews-2020-081",
        quotes=[
            Q("Kamala Harris as his choice for running mate in the 2020 United States presidential election",
              "indirect", "announced",
              "Joe Biden, the Democratic Party's presumptive nominee for President of the United States", "Joe Biden",
              ("Biden",)),
            Q("I've decided that Kamala Harris is the best person to help me take this fight to Trump and Mike Pence "
              "and then to lead this nation starting in January 2021", "direct", "wrote", "Biden", "Joe Biden",
              ("Biden",)),
            Q("his plan to choose a woman to be his running mate", "indirect", "announced", "Biden", "Joe Biden",
              ("Biden",)),
            Q("I commit that I will in fact pick a woman to be vice president", "direct", "saying", "Biden",
              "Joe Biden", ("Biden",)),
            Q("My running mate will be a woman. #DemDebate", "direct", "saying",
              "A tweet sent from Biden's Twitter account", "Joe Biden", ("Biden",)),
        ],
        actors=[
            ("Joe Biden", "person", ["Democratic Party's presumptive nominee for President of the United States",
                                     "vice president from 2009 to 2017"]),
        ],
        positions=[
            P("Joe Biden", "Kamala Harris as his running mate", "support",
              "I've decided that Kamala Harris is the best person to help me take this fight to Trump and Mike Pence "
              "and then to lead this nation"),
            P("Joe Biden", "a woman as his running mate", "support",
              "I commit that I will in fact pick a woman to be vice president"),
            P("Joe Biden", "a woman as his running mate", "support", "My running mate will be a woman."),
        ],
    ),
    Article(
        "wikinews-2020-111",
        quotes=[
            Q("fireworks and flash bangs were used", "indirect", "alleged", "A report", None),
            Q("twenty people were arrested, and two police officers were injured", "indirect", "according to",
              "a report citing the mayor's office", "the mayor's office"),
            Q('her of "not doing her job"', "indirect", "accusing", "President Trump", "Donald Trump",
              ("President Trump", "Trump")),
            Q("Democratic leadership for violence and unrest in various US cities throughout 2020", "indirect",
              "blamed", "The president", "Donald Trump", ("President Trump", "Trump")),
            Q("widespread voter fraud with mail-in ballots", "indirect", "claimed", "The president", "Donald Trump",
              ("President Trump", "Trump")),
            Q("there is currently no evidence to support the President's claims of widespread voter fraud", "indirect",
              "stated", "State and federal election officials", "State and federal election officials",
              ("election officials",)),
        ],
        actors=[
            ("several thousand people", "organization", ["pro-Trump demonstrators at Freedom Plaza"]),
            ("Donald Trump", "person", ["US President"]),
            ("Muriel Bowser", "person", ["Democratic mayor of Washington, DC"]),
            ("the mayor's office", "organization"),
            ("State and federal election officials", "organization"),
        ],
        positions=[
            P("several thousand people", "Donald Trump", "support",
              "rallied at Freedom Plaza in the US capital city of Washington, DC in support of US President Donald "
              "Trump"),
            P("several thousand people", "the results of the 2020 US presidential election", "oppose",
              "to protest the results of the 2020 US Presidential Election"),
            P("Donald Trump", "Muriel Bowser's handling of the unrest", "oppose",
              "lashed out at the capital city's Democratic mayor Muriel Bowser on Twitter, accusing her of \"not doing "
              "her job\""),
            P("Donald Trump", "Democratic leadership of US cities", "oppose",
              "blamed Democratic leadership for violence and unrest"),
            P("Donald Trump", "the results of the 2020 US presidential election", "oppose",
              "The president has not yet conceded the election, and has claimed widespread voter fraud with mail-in "
              "ballots, and made various legal challenges"),
            P("State and federal election officials", "claims of widespread voter fraud", "oppose",
              "there is currently no evidence to support the President's claims of widespread voter fraud"),
        ],
    ),
    Article(
        "wikinews-2020-008",
        quotes=[
            Q('their government had "unintentionally" shot down a Ukrainian passenger jet near Tehran', "indirect",
              "acknowledged", "representatives from Iran", "Iran", ("representatives from Iran",)),
            Q('"human error" and the fear of aggression from the United States', "indirect", "blaming",
              "representatives from Iran", "Iran", ("representatives from Iran",)),
            Q("The Islamic Republic of Iran deeply regrets this disastrous mistake. My thoughts and prayers go to all "
              "the mourning families", "direct", "said", "Iranian President Hassan Rouhani", "Hassan Rouhani"),
            Q('the crash was "likely" Iran\'s doing', "indirect", "said", "US Secretary of State Mike Pompeo",
              "Mike Pompeo"),
            Q("the accusation", "indirect", "denied", "Iran", "Iran"),
            Q("We expect from Iran assurances of their readiness for a full and open investigation, bringing those "
              "responsible to justice, the return of the bodies of the dead, the payment of compensation, official "
              "apologies through diplomatic channels", "direct", "said", "President of Ukraine Volodymyr Zelenskyy",
              "Volodymyr Zelenskyy"),
        ],
        actors=[
            ("Iran", "place"),
            ("Hassan Rouhani", "person", ["Iranian President"]),
            ("Mike Pompeo", "person", ["US Secretary of State"]),
            ("Volodymyr Zelenskyy", "person", ["President of Ukraine"]),
        ],
        positions=[
            P("Hassan Rouhani", "Iran's downing of the Ukrainian jet", "oppose",
              "The Islamic Republic of Iran deeply regrets this disastrous mistake"),
            P("Volodymyr Zelenskyy", "an investigation of the crash, justice and compensation from Iran", "support",
              "We expect from Iran assurances of their readiness for a full and open investigation, bringing those "
              "responsible to justice, the return of the bodies of the dead, the payment of compensation, official "
              "apologies through diplomatic channels"),
        ],
    ),
    Article(
        "wikinews-2019-026",
        quotes=[
            Q("It's been a long, hard fight. I'm starting to see some of the fruits of not just my labor, but the labor "
              "of so many other people whose names I don't know,", "direct", "remarked",
              "State Senator Patricia Ann Spearman", "Patricia Ann Spearman", ("Spearman",)),
            Q("Women in Nevada have said, 'It's time to do away with the patriarchy that that holds people down. It's "
              "just time to do away with it.'", "direct", "further remarking", "State Senator Patricia Ann Spearman",
              "Patricia Ann Spearman", ("Spearman",)),
            Q("It's really exciting to be part of this female majority, but also to be a Latina sitting in that "
              "majority[...] And when you have students that are recognizing, maybe for the first time, that they too "
              "have the ability to be involved and run for office, it truly highlights the importance.", "direct",
              "said", "Newly elected Assemblywoman Selena Torres", "Selena Torres"),
            Q("Women hold fewer than 30 percent of state legislative seats across the country, fewer than 25 percent "
              "of congressional seats, so getting to 50 percent in any one place is something significant.", "direct",
              "According to", "Rutgers University political scholar Kelly Dittmar", "Kelly Dittmar", ("Dittmar",)),
            Q("If we want to see parity, it means that we also need to increase the number of Republican women, because "
              "we're not going to get to gender parity in most places if we don't fare better in both parties.",
              "direct", "went on to add", "Dittmar", "Kelly Dittmar", ("Dittmar",)),
            Q("Before I ran for office I did look at the makeup and think, 'There's just not as many females in the "
              "Republican Party, and how do we change that?'", "direct", "commented",
              "A Republican Assemblywoman, Jill Tolles", "Jill Tolles"),
        ],
        actors=[
            ("Patricia Ann Spearman", "person", ["State Senator", "Democrat", "minister", "former Army colonel"]),
            ("Selena Torres", "person", ["Assemblywoman"]),
            ("Kelly Dittmar", "person", ["Rutgers University political scholar"]),
            ("Jill Tolles", "person", ["Republican Assemblywoman"]),
        ],
        positions=[
            P("Patricia Ann Spearman", "the patriarchy", "oppose",
              "It's time to do away with the patriarchy that that holds people down"),
            P("Selena Torres", "a female majority in the legislature", "support",
              "It's really exciting to be part of this female majority"),
            P("Kelly Dittmar", "more Republican women in legislatures", "support",
              "If we want to see parity, it means that we also need to increase the number of Republican women"),
            P("Jill Tolles", "more women in the Republican Party", "support",
              "There's just not as many females in the Republican Party, and how do we change that?"),
        ],
    ),
    Article(
        "wikinews-2019-151",
        quotes=[
            Q("new restrictions on flights to Cuba", "indirect", "announced",
              "the United States Department of Transportation", "United States Department of Transportation"),
            Q("the new rules", "indirect", "requesting", "US Secretary of State Mike Pompeo", "Mike Pompeo",
              ("Pompeo",), after="sent a letter requesting"),
            Q('the Cuban government\'s "ongoing repression of the Cuban people and its support for Nicolás Maduro in '
              'Venezuela"', "indirect", "cited", "Pompeo", "Mike Pompeo", ("Pompeo",)),
            Q("an exemption", "indirect", "requested", "Pompeo", "Mike Pompeo", ("Pompeo",)),
            Q("I strongly reject new #US blockade measure that bans #US airlines' flights to 9 Cuban airports [...] "
              "they won't extract any concession from us. We shall overcome!", "direct", "responded",
              "Bruno Parrilla, the foreign affairs minister of Cuba", "Bruno Parrilla"),
            Q("the delayed implementation of the new policy provides airlines with 45 days to wind down Cuban "
              "operations", "indirect", "According to", "CBS", "CBS"),
        ],
        actors=[
            ("United States Department of Transportation", "organization"),
            ("Mike Pompeo", "person", ["US Secretary of State"]),
            ("Bruno Parrilla", "person", ["foreign affairs minister of Cuba"]),
            ("CBS", "organization"),
        ],
        positions=[
            P("United States Department of Transportation", "US restrictions on flights to Cuba", "support",
              "announced new restrictions on flights to Cuba"),
            P("Mike Pompeo", "US restrictions on flights to Cuba", "support", "sent a letter requesting the new rules"),
            P("Mike Pompeo", "the Cuban government's repression and support for Maduro", "oppose",
              'cited the Cuban government\'s "ongoing repression of the Cuban people and its support for Nicolás '
              'Maduro in Venezuela"'),
            P("Mike Pompeo", "exempting José Martí International Airport from the restrictions", "support",
              "Pompeo requested an exemption"),
            P("Bruno Parrilla", "US restrictions on flights to Cuba", "oppose",
              "I strongly reject new #US blockade measure that bans #US airlines' flights to 9 Cuban airports"),
        ],
    ),
    Article(
        "wikinews-2019-067",
        quotes=[
            Q("his history of mental illness", "indirect", "argued", "Fields' lawyers", "Fields' lawyers"),
            Q("she considered the deal acceptable", "indirect", "told reporters", "Susan Bro, Heather Heyer's mother",
              "Susan Bro"),
            Q("executing Fields would not bring her daughter back", "indirect", "saying",
              "Susan Bro, Heather Heyer's mother", "Susan Bro"),
            Q('there were "fine people on both sides,"', "indirect", "claimed", "President Donald Trump",
              "Donald Trump"),
        ],
        actors=[
            ("Fields' lawyers", "organization", ["lawyers of James Alex Fields"]),
            ("Susan Bro", "person", ["Heather Heyer's mother"]),
            ("Donald Trump", "person", ["President"]),
            ("counter-protesters", "organization"),
        ],
        positions=[
            P("Fields' lawyers", "leniency for James Alex Fields", "support", "requests for leniency"),
            P("Susan Bro", "the plea deal sparing Fields the death penalty", "support",
              "she considered the deal acceptable, saying executing Fields would not bring her daughter back"),
            P("counter-protesters", "white supremacists", "oppose", "counter-protesting against white supremacists"),
        ],
    ),
    Article(
        "wikinews-2020-045",
        quotes=[
            Q("he had secured around 300 delegates fewer than former Vice President of the United States Joe Biden",
              "indirect", "pointing out", "Sanders", "Bernie Sanders", ("Sanders",)),
            Q("the path toward victory is virtually impossible", "direct", "saying", "Sanders", "Bernie Sanders",
              ("Sanders",)),
            Q("I do not make this decision lightly", "direct", "said", "Sanders", "Bernie Sanders", ("Sanders",)),
            Q("difficult and painful decision", "direct", "calling", "Sanders", "Bernie Sanders", ("Sanders",)),
            Q("while the campaign ends, the struggle for justice continues on", "direct", "wrote in a tweet", "He",
              "Bernie Sanders", ("Sanders",)),
            Q("decent man", "direct", "called", "Sanders", "Bernie Sanders", ("Sanders",)),
        ],
        actors=[
            ("Bernie Sanders", "person", ["United States Senator from Vermont"]),
        ],
        positions=[
            P("Bernie Sanders", "the struggle for justice", "support", "the struggle for justice continues on"),
            P("Bernie Sanders", "Joe Biden", "support", 'Sanders called Biden a "decent man"'),
        ],
    ),
    Article(
        "wikinews-2019-112",
        quotes=[
            Q("I feel like I have contributed all I can to this primary election, and it’s clearly not my time, so I’m "
              "going to end my presidential campaign, continue my work as mayor of New York City and I’m going to keep "
              "speaking up for working people.", "direct", "made the announcement", "Mayor de Blasio",
              "Bill de Blasio", ("de Blasio",)),
            Q("Oh no, really big political news, perhaps the biggest story in years! Part time Mayor of New York City, "
              "[Bill de Blasio], who was polling at a solid ZERO but had tremendous room for growth, has shocking[ly] "
              "dropped out of the Presidential race.", "direct", "took a parting shot",
              "Incumbent President Donald Trump", "Donald Trump"),
            Q("Thank you [Bill de Blasio] for making working families the center of your campaign. This is our moment "
              "to fight for an America that works for all of us — not just the people at the top. Let's keep "
              "fighting", "direct", "wrote", "Elizabeth Warren", "Elizabeth Warren", ("Warren",)),
            Q("Congratulations to [Bill de Blasio] on running a campaign to lift up working people and push for bold "
              "solutions we need, including making health care a right through Medicare for All.", "direct", "wrote",
              "Bernie Sanders", "Bernie Sanders", ("Sanders",)),
        ],
        actors=[
            ("Bill de Blasio", "person", ["mayor of New York", "member of the Democratic Party"]),
            ("Donald Trump", "person", ["Incumbent President"]),
            ("Elizabeth Warren", "person", ["Democratic presidential candidate"]),
            ("Bernie Sanders", "person", ["Democratic presidential candidate"]),
        ],
        positions=[
            P("Bill de Blasio", "working people", "support", "I’m going to keep speaking up for working people"),
            P("Donald Trump", "Bill de Blasio's presidential campaign", "oppose",
              "Part time Mayor of New York City, [Bill de Blasio], who was polling at a solid ZERO"),
            P("Elizabeth Warren", "Bill de Blasio's presidential campaign", "support",
              "Thank you [Bill de Blasio] for making working families the center of your campaign"),
            P("Elizabeth Warren", "an economy that works for everyone", "support",
              "This is our moment to fight for an America that works for all of us — not just the people at the top"),
            P("Bernie Sanders", "Bill de Blasio's presidential campaign", "support",
              "Congratulations to [Bill de Blasio] on running a campaign to lift up working people"),
            P("Bernie Sanders", "Medicare for All", "support", "making health care a right through Medicare for All"),
        ],
    ),
]
