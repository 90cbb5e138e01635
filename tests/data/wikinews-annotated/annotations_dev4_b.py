"""Hand annotations of the fourth dev set, half b (Wikinews, CC BY 2.5): see README.md for the conventions."""

from build import Article, P, Q

TRANSITION = "the presidential transition to Joe Biden"
BIDEN_WIN = "Joe Biden's victory in the 2020 election"
GOVT_OFFICE = "Matovič's government office"

ARTICLES = [
    Article(
        "wikinews-2020-120",
        quotes=[
            Q("he had tested positive for COVID-19, and intended to isolate for ten days", "indirect", "announcing",
              "Prime Minister Igor Matovič of the Slovak Republic", "Igor Matovič", ("Matovič",)),
            Q("he has cancelled all near upcoming events", "indirect", "has said",
              "47-year-old Matovič's government office", GOVT_OFFICE),
            Q("safety procedure had been followed and only Macron and Matovič were known to have tested positive",
              "indirect", "told", "Council spokesperson Barend Leyts", "Barend Leyts"),
            Q("having an idiot as economy minister.", "direct", "apologised", "the Prime Minister", "Igor Matovič",
              ("Matovič",)),
        ],
        actors=[
            ("Igor Matovič", "person", ["Prime Minister of the Slovak Republic"]),
            (GOVT_OFFICE, "organization"),
            ("Barend Leyts", "person", ["Council spokesperson"]),
        ],
        positions=[
            P("Igor Matovič", "Richard Sulík as economy minister", "oppose", "having an idiot as economy minister"),
        ],
    ),
    Article(
        "wikinews-2019-058",
        quotes=[
            Q("the bill was not enforceable under the current interpretation of the US Constitution established by the "
              "US Supreme Court ruling in the Roe v. Wade case", "indirect", "remarked",
              "Republican state representative Terri Collins", "Terri Collins", ("Terri",)),
            Q("the bill would become enforceable after the Supreme Court revisits the case", "indirect", "said",
              "Terri", "Terri Collins", ("Terri",)),
            Q("their plans to oppose the bill by lawsuit", "indirect", "have announced",
              "Planned Parenthood, along with the American Civil Liberties Union", "Planned Parenthood",
              ("American Civil Liberties Union",)),
            Q("Today, I signed into law the Alabama Human Life Protection Act. To the bill’s many supporters, this "
              "legislation stands as a powerful testament to Alabamians’ deeply held belief that every life is "
              "precious & that every life is a sacred gift from God.", "direct", "saying", "The governor",
              "Kay Ivey"),
        ],
        actors=[
            ("Kay Ivey", "person", ["Governor of Alabama"]),
            ("Senate of the state", "organization", ["Alabama Senate"]),
            ("Terri Collins", "person", ["Republican state representative", "sponsor of the bill"]),
            ("Planned Parenthood", "organization"),
            ("American Civil Liberties Union", "organization"),
        ],
        positions=[
            P("Kay Ivey", "the Alabama Human Life Protection Act (abortion ban)", "support",
              "Governor Kay Ivey signed the Alabama Human Life Protection Act"),
            P("Senate of the state", "the Alabama Human Life Protection Act (abortion ban)", "support",
              "This bill passed the Senate of the state"),
            P("Terri Collins", "the Alabama Human Life Protection Act (abortion ban)", "support",
              "Terri Collins who sponsored the bill"),
            P("Planned Parenthood", "the Alabama Human Life Protection Act (abortion ban)", "oppose",
              "their plans to oppose the bill by lawsuit"),
            P("American Civil Liberties Union", "the Alabama Human Life Protection Act (abortion ban)", "oppose",
              "their plans to oppose the bill by lawsuit"),
            P("Kay Ivey", "the Alabama Human Life Protection Act (abortion ban)", "support",
              "this legislation stands as a powerful testament to Alabamians’ deeply held belief that every life is "
              "precious & that every life is a sacred gift from God"),
        ],
    ),
    Article(
        "wikinews-2019-165",
        quotes=[
            Q('its selection of climate change activist Greta Thunberg as their 2019 "Person of the Year"', "indirect",
              "announced", "Time magazine", "Time magazine", ("Time",)),
            Q("for better or for worse [...] the most to influence the events of the year", "direct", "credits", "Time",
              "Time magazine", ("Time",)),
            Q("protests every week until Sweden joined the Paris Agreement", "indirect", "promised", "Thunberg",
              "Greta Thunberg", ("Thunberg",)),
            Q("the largest climate change demonstration ever held to date, on September 20 of this year", "indirect",
              "according to", "Time", "Time magazine", ("Time",)),
            Q('some were using the slogan "Make the World Greta Again"', "indirect", "reported", "Time",
              "Time magazine", ("Time",)),
            Q("climate change action", "indirect", "advocating", "Thunberg", "Greta Thunberg", ("Thunberg",),
              after="world leaders advocating"),
            Q("Time also considered the United States Speaker of the House Nancy Pelosi, United States President Donald "
              "Trump, protesters in Hong Kong over Chinese extradition, and a United States whistleblower who revealed "
              "an alleged illicit interaction between Trump and Ukraine President Volodymyr Zelensky", "indirect",
              "According to", "NBC", "NBC"),
        ],
        actors=[
            ("Time magazine", "organization"),
            ("Greta Thunberg", "person", ["climate change activist"]),
            ("NBC", "organization"),
        ],
        positions=[
            P("Greta Thunberg", "climate change action", "support", "Thunberg began her climate protest"),
            P("Greta Thunberg", "Sweden joining the Paris Agreement", "support",
              "promised protests every week until Sweden joined the Paris Agreement"),
            P("Greta Thunberg", "climate change action", "support",
              "Thunberg then led, according to Time, the largest climate change demonstration"),
            P("Greta Thunberg", "climate change action", "support", "advocating climate change action"),
        ],
    ),
    Article(
        "wikinews-2019-166",
        quotes=[
            Q('he was "humbled" by the results', "indirect", "said",
              "Conservative Party leader and Prime Minister Boris Johnson", "Boris Johnson", ("Johnson",)),
            Q("...I and we will never take your support for granted. And I will make it my mission to work night and "
              "day, flat out, to prove you right in voting for me this time and to earn your support in the future.",
              "direct", "said", "Conservative Party leader and Prime Minister Boris Johnson", "Boris Johnson",
              ("Johnson",)),
            Q("historic mandate", "direct", "described", "Johnson", "Boris Johnson", ("Johnson",)),
            Q("he intends to leave the EU by the end of January", "indirect", "saying", "Johnson", "Boris Johnson",
              ("Johnson",)),
            Q("he will not seek the party's leadership position in the next general election cycle", "indirect",
              "announced", "The Labour Party's leader, Jeremy Corbyn", "Jeremy Corbyn"),
        ],
        actors=[
            ("Boris Johnson", "person", ["Conservative Party leader", "Prime Minister"]),
            ("Jeremy Corbyn", "person", ["Labour Party leader"]),
        ],
        positions=[
            P("Boris Johnson", "leaving the European Union by the end of January", "support",
              "he intends to leave the EU by the end of January"),
        ],
    ),
    Article(
        "wikinews-2020-038",
        quotes=[
            Q("The move gives the federal government access to around US$50 billion in extra funding to combat the "
              "pandemic", "indirect", "according to", "NBC News", "NBC News"),
            Q("the COVID-19 outbreak in the United States constitutes a national emergency", "direct", "said",
              "The proclamation", "Donald Trump", ("Trump", "The proclamation", "proclamation")),
            Q("the national emergency began on March 1, almost two weeks before the proclamation itself", "indirect",
              "said", "The proclamation", "Donald Trump", ("Trump", "The proclamation", "proclamation")),
            Q("public health emergency", "direct", "declared",
              "The United States Department of Health and Human Services",
              "United States Department of Health and Human Services"),
            Q("left some experts in disaster management disappointed", "indirect", "reported", "Politico", "Politico"),
            Q("FEMA has an important role in coordinating the larger response to the crisis", "direct", "saying",
              "Tim Manning, formerly a deputy administrator at FEMA", "Tim Manning"),
            Q("[i]f there's an emergency, FEMA needs to be involved.", "direct", "saying",
              "Tim Manning, formerly a deputy administrator at FEMA", "Tim Manning"),
            Q("other efforts in response to COVID-19, including waiving the interest it collects on federal student "
              "loans and increasing U.S. strategic oil reserve oil purchases", "indirect", "announced",
              "The Trump administration", "Trump administration"),
        ],
        actors=[
            ("Donald Trump", "person", ["United States President"]),
            ("NBC News", "organization"),
            ("United States Department of Health and Human Services", "organization"),
            ("Politico", "organization"),
            ("Tim Manning", "person", ["formerly a deputy administrator at FEMA"]),
            ("Trump administration", "organization"),
        ],
        positions=[
            P("Donald Trump", "a national emergency over COVID-19", "support",
              "Donald Trump declared a national emergency in response to the ongoing coronavirus outbreak"),
            P("United States Department of Health and Human Services", "a public health emergency over COVID-19",
              "support", 'declared the outbreak a "public health emergency"'),
            P("Tim Manning", "FEMA's involvement in the COVID-19 response", "support",
              "[i]f there's an emergency, FEMA needs to be involved."),
            P("Trump administration", "waiving interest on federal student loans", "support",
              "waiving the interest it collects on federal student loans"),
            P("Trump administration", "increasing strategic oil reserve purchases", "support",
              "increasing U.S. strategic oil reserve oil purchases"),
        ],
    ),
    Article(
        "wikinews-2020-011",
        quotes=[
            Q('Zelensky "has a very primitive understanding of economic processes."', "indirect", "says",
              "someone, seemingly Honcharuk", "Oleksiy Honcharuk", ("Honcharuk",)),
            Q('Zelensky is "a model of honesty for me"', "indirect", "said", "He", "Oleksiy Honcharuk",
              ("Honcharuk",)),
            Q("to remove any doubts about our respect and trust in the president, I wrote a resignation offer", "direct",
              "added", "he", "Oleksiy Honcharuk", ("Honcharuk",)),
            Q("I decided to give you and your government a chance if you'll be able to fix some issues that are very "
              "important now and really worry our society", "direct", "said", "Zelensky", "Volodymyr Zelensky",
              ("Zelensky",)),
            Q("security agencies to investigate who leaked the recording", "indirect", "instructed", "He",
              "Volodymyr Zelensky", ("Zelensky",)),
        ],
        actors=[
            ("Volodymyr Zelensky", "person", ["Ukrainian President"]),
            ("Oleksiy Honcharuk", "person", ["Prime Minister"]),
        ],
        positions=[
            P("Volodymyr Zelensky", "Oleksiy Honcharuk's resignation", "oppose",
              "declined Prime Minister Oleksiy Honcharuk's offer to resign"),
            P("Oleksiy Honcharuk", "Volodymyr Zelensky's understanding of economics", "oppose",
              "has a very primitive understanding of economic processes"),
            P("Oleksiy Honcharuk", "Volodymyr Zelensky", "support", "a model of honesty for me"),
            P("Volodymyr Zelensky", "Oleksiy Honcharuk's resignation", "oppose",
              "I decided to give you and your government a chance"),
            P("Volodymyr Zelensky", "investigating the leak of the recording", "support",
              "instructed security agencies to investigate who leaked the recording"),
        ],
    ),
    Article(
        "wikinews-2020-114",
        quotes=[
            Q("former US Vice President Joe Biden won against incumbent US President Donald Trump", "indirect",
              "have projected", "multiple national news outlets", None),
            Q("she made this decision without influence from the White House", "indirect", "claimed", "Murphy",
              "Emily W. Murphy", ("Murphy",)),
            Q('she was "never directly or indirectly pressured by any Executive Branch official"', "indirect",
              "insisting", "Murphy", "Emily W. Murphy", ("Murphy",)),
            Q("she and her family had received violent threats due to her involvement in the process of allowing the "
              "incoming president elect access to federal documents", "indirect", "claimed", "she", "Emily W. Murphy",
              ("Murphy",)),
            Q('the beginning of a presidential transition process "in the best interests of the country"', "indirect",
              "calling for", "President Trump", "Donald Trump", ("Trump",)),
            Q("he had won the election", "indirect", "asserted", "he", "Donald Trump", ("Trump",)),
            Q('to keep fighting "the good fight" with court cases challenging the election results in swing states',
              "indirect", "vowed", "The president", "Donald Trump", ("Trump",)),
            Q("the delayed transition process could potentially be a threat to national security, in withholding "
              "resources from Biden and his team", "indirect", "warned", "Biden and others in the Democratic Party",
              "Joe Biden", ("Biden", "others in the Democratic Party")),
            Q("the president's tweets Monday are likely as near as the US public will ever have to an official "
              "concession from the president", "indirect", "commented", "Senate minority leader Chuck Schumer",
              "Chuck Schumer"),
            Q("him to move forward with the presidential transition", "indirect", "have urged", "Other Republicans",
              "Other Republicans", ("Republicans",)),
            Q("national embarrassment", "direct", "denounced", "former New Jersey governor Chris Christie",
              "Chris Christie"),
            Q('the president should accept the election outcome and "move on"', "indirect", "said",
              "businessman and Trump loyalist Stephen Schwarzman", "Stephen Schwarzman"),
            Q("Republican officials to push the president to concede the election", "indirect", "urging",
              "an open letter", "Over 100 Republican national security experts",
              ("Republican national security experts", "an open letter", "open letter")),
        ],
        actors=[
            ("Emily W. Murphy", "person", ["United States General Services Administration administrator"]),
            ("Donald Trump", "person", ["incumbent US President"]),
            ("Joe Biden", "person", ["President-elect", "former US Vice President"]),
            ("others in the Democratic Party", "organization", ["Democratic Party"]),
            ("Chuck Schumer", "person", ["Senate minority leader"]),
            ("Other Republicans", "organization", ["Republicans who have broken with Trump"]),
            ("Chris Christie", "person", ["former New Jersey governor", "Republican"]),
            ("Stephen Schwarzman", "person", ["businessman", "Trump loyalist"]),
            ("Over 100 Republican national security experts", "organization", ["signatories of an open letter"]),
        ],
        positions=[
            P("Emily W. Murphy", TRANSITION, "support",
              "giving them permission to access what she described as post-election resources for a presidential "
              "transition process"),
            P("Donald Trump", TRANSITION, "support", "calling for the beginning of a presidential transition process"),
            P("Donald Trump", BIDEN_WIN, "oppose", "he asserted he had won the election"),
            P("Donald Trump", BIDEN_WIN, "oppose",
              'vowed to keep fighting "the good fight" with court cases challenging the election results'),
            P("Donald Trump", "Pennsylvania certifying its election results", "oppose",
              "a Trump lawsuit attempting to prevent the state of Pennsylvania from certifying their results"),
            P("Joe Biden", "the delayed presidential transition", "oppose",
              "the delayed transition process could potentially be a threat to national security"),
            P("others in the Democratic Party", "the delayed presidential transition", "oppose",
              "the delayed transition process could potentially be a threat to national security"),
            P("Other Republicans", TRANSITION, "support", "urged him to move forward with the presidential transition"),
            P("Chris Christie", "the Trump legal team's claims of election fraud", "oppose",
              'denounced the Trump legal team\'s claims as a "national embarrassment"'),
            P("Stephen Schwarzman", "Trump accepting the election outcome", "support",
              "the president should accept the election outcome"),
            P("Over 100 Republican national security experts", "Trump conceding the election", "support",
              "signed an open letter urging Republican officials to push the president to concede the election"),
        ],
    ),
    Article(
        "wikinews-2019-144",
        quotes=[
            Q("any acts that advocate Hong Kong’s independence and threaten the country’s sovereignty, security and "
              "development interests will not be tolerated.", "direct", "said", "Lam", "Carrie Lam", ("Lam",)),
            Q("So long as Hong Kong remains impeded by unresolved disputes, ongoing violence, confrontation and discord, "
              "our city cannot embark on the road to reconciliation and people will lose faith in the future […] We "
              "have to put aside differences and stop attacking each other", "direct", "stated", "She", "Carrie Lam",
              ("Lam",)),
            Q("The Hong Kong economy has already slipped into a technical recession since the third quarter. In "
              "mid-August, the government lowered the economic growth forecast for 2019 to 0 – 1%", "direct", "said",
              "she", "Carrie Lam", ("Lam",)),
            Q("it was the worst their economy had performed since 2009", "indirect", "noting", "she", "Carrie Lam",
              ("Lam",)),
            Q("I really urge [Lam], if she can’t govern Hong Kong, and has no determination to govern Hong Kong, and no "
              "ability or even capability of administrating Hong Kong, to please step down. This is the only way we "
              "can have a good future, the only way Hong Kong can go forward. Please, please Carrie Lam, please don’t "
              "let us suffer anymore. Please go.", "direct", "spoke to the press", "Legislator Tanya Chan",
              "Tanya Chan"),
            Q("The behavior of my colleagues in disrupting the delivery of the policy address by the chief executive is "
              "anti-democratic and oppressive of the rights of the chief executive, and the rights and freedoms of "
              "myself and colleagues who want to listen to the policy address", "direct", "said in a press conference",
              "Regina Ip from the pro-Beijing camp", "Regina Ip"),
        ],
        actors=[
            ("Carrie Lam", "person", ["Chief Executive of Hong Kong"]),
            ("Lawmakers from the pro-democracy camp", "organization", ["protesting legislators"]),
            ("Tanya Chan", "person", ["Legislator"]),
            ("Regina Ip", "person", ["pro-Beijing camp"]),
        ],
        positions=[
            P("Lawmakers from the pro-democracy camp", "Carrie Lam's policy address", "oppose",
              "Lawmakers from the pro-democracy camp shouted at Lam and projected slogans onto the walls of the council "
              "chambers"),
            P("Carrie Lam", "Hong Kong independence", "oppose",
              "any acts that advocate Hong Kong’s independence and threaten the country’s sovereignty, security and "
              "development interests will not be tolerated"),
            P("Carrie Lam", "reconciliation in Hong Kong", "support",
              "We have to put aside differences and stop attacking each other"),
            P("Carrie Lam", "housing and property initiatives", "support",
              "Lam also introduced housing and property initiatives to address concerns about rising prices"),
            P("Tanya Chan", "Carrie Lam stepping down", "support",
              "I really urge [Lam], if she can’t govern Hong Kong, and has no determination to govern Hong Kong, and no "
              "ability or even capability of administrating Hong Kong, to please step down"),
            P("Regina Ip", "the disruption of Carrie Lam's policy address", "oppose",
              "The behavior of my colleagues in disrupting the delivery of the policy address by the chief executive is "
              "anti-democratic and oppressive"),
        ],
    ),
]
