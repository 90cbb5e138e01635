"""Hand annotations of the test articles (Wikinews, CC BY 2.5): never tune rules on these. See README.md."""

from build import Article, P, Q

ARTICLES = [
    Article(
        "wikinews-2019-015",
        quotes=[
            Q("this is for security reasons", "indirect", "saying", "officials", "German officials",
              ("officials",)),
            Q("The airline transports weapons and fighters across the Middle East, supporting the Iranian regime's "
              "destructive ambitions around the region,", "direct", "according to a tweet",
              "US Secretary of State Mike Pompeo", "Mike Pompeo"),
            Q("The Federal Aviation Office of Germany has suspended Mahan's permit", "indirect", "said",
              "German officials", "German officials", ("officials",)),
            Q("Mahan's director, Hamid Arabnejad Khanooki, has alleged ties to the Islamic Revolutionary Guard Corps "
              "of Iran", "indirect", "reports", "Rudaw", "Rudaw"),
            Q('it is possible "that this airline carries out transports to Germany that affect our security concerns," '
              "and the ban followed discussions within Europe and with the US", "indirect", "said",
              "German Chancellor Angela Merkel's spokesperson, Steffen Seibert", "Steffen Seibert"),
            Q('Mahan had "contributed to incredible human suffering, violence, and political instability felt across '
              'the world," by supporting Syrian President Bashar al-Assad', "indirect", "alleged",
              "US Ambassador to Germany Richard Grenell", "Richard Grenell"),
            Q("Mahan flies fighters and cargo to Syria in support of al-Assad", "indirect", "claims",
              "The United States government", "United States government", ("US",)),
            Q("plans to pull out of the Middle Eastern nation", "indirect", "announced",
              "German firms including Deutsche Bahn, Deutsche Telekom, Daimler, and Siemens", "German firms",
              ("Deutsche Bahn", "Deutsche Telekom", "Daimler", "Siemens")),
            Q("the ban on Mahan Air is not part of any broader plan to increase sanctions on Iran", "indirect", "said",
              "a German government source", None),
        ],
        actors=[
            ("Germany", "place"),
            ("German officials", "organization"),
            ("Mike Pompeo", "person", ["US Secretary of State"]),
            ("United States government", "organization"),
            ("Steffen Seibert", "person", ["spokesperson of German Chancellor Angela Merkel"]),
            ("Richard Grenell", "person", ["US Ambassador to Germany"]),
            ("Donald Trump", "person", ["US President"]),
            ("European Union", "organization"),
            ("German firms", "organization"),
            ("Rudaw", "organization"),
            ("Reuters", "organization"),
            ("Mahan Air", "organization", ["Iranian airline"]),
        ],
        positions=[
            P("Germany", "ban on Mahan Air", "support",
              "Germany on Monday banned Iranian airline Mahan Air from flying in the European nation"),
            P("Mike Pompeo", "Mahan Air's operations", "oppose",
              "The airline transports weapons and fighters across the Middle East, supporting the Iranian regime's "
              "destructive ambitions around the region"),
            P("United States government", "restricting Mahan Air's operations", "support",
              "The US has been encouraging allies such as Germany to restrict Mahan's operations"),
            P("Steffen Seibert", "ban on Mahan Air", "support",
              "that this airline carries out transports to Germany that affect our security concerns"),
            P("Richard Grenell", "Mahan Air's operations", "oppose",
              "contributed to incredible human suffering, violence, and political instability felt across the world"),
            P("European Union", "sanctions on Iran", "support", "the European Union sanctioned Iran"),
            P("Donald Trump", "nuclear treaty with Iran", "oppose",
              "withdrew the US from a nuclear nonproliferation treaty with Iran"),
            P("Germany", "nuclear treaty with Iran", "support",
              "has been taking a lead in efforts by the remaining signatories to keep the deal operational"),
        ],
    ),
    Article(
        "wikinews-2019-022",
        quotes=[
            Q("she was gang raped by Quirin, Redouane, and an unidentified third officer", "indirect", "testified",
              "she", "Emily Spanton"),
            Q("she was forced to drink whiskey and perform oral sex on the men before being raped", "indirect",
              "told the court", "She", "Emily Spanton"),
            Q("they raped me", "direct", "told", "She", "Emily Spanton"),
            Q("Spanton first complained of theft (vol), not rape (viol)", "indirect", "claimed", "The defendants",
              "Antoine Quirin", ("Nicolas Redouane", "The defendants")),
            Q("any sexual activity", "indirect", "denied", "Quirin", "Antoine Quirin"),
            Q("sex had been consensual", "indirect", "claimed", "he", "Antoine Quirin"),
            Q("sex was consensual", "indirect", "claimed", "Redouane", "Nicolas Redouane"),
            Q("My client is of course very relieved with the verdict and is glad that she withstood the very arduous "
              "process that led to today. She is glad that she did her part in allowing justice to unfold.", "direct",
              "told the BBC", "Howard Rubel", "Howard Rubel"),
            Q("Women in France who have been raped don't have to justify their private life. The court has found that "
              "Mme Spanton did not lie, she is not a liar. She was portrayed as a liar, she did not lie.", "direct",
              "told reporters", "Sophie Obadia", "Sophie Obadia"),
            Q("they would appeal", "indirect", "indicated", "Both officers", "Antoine Quirin",
              ("Nicolas Redouane", "Both officers")),
            Q("Basic investigations weren't done.", "direct", "told the court",
              "The head of the police's internal investigators", None),
            Q("I regret we weren’t called immediately. If we had been, I could have made efforts to secure the scene. "
              "We could also have heard the officers more rapidly.", "direct", "said", "She", None),
            Q("they would seek suspension of their imprisonment pending their appeals", "indirect", "indicated",
              "They", "Antoine Quirin", ("Nicolas Redouane", "The officers")),
        ],
        actors=[
            ("Emily Spanton", "person", ["Canadian tourist", "victim"]),
            ("Antoine Quirin", "person", ["police officer", "defendant"]),
            ("Nicolas Redouane", "person", ["police officer", "defendant"]),
            ("Howard Rubel", "person", ["Toronto lawyer representing Spanton"]),
            ("Sophie Obadia", "person", ["lawyer for the victim"]),
            ("BBC", "organization"),
            ("Brigade de Recherche et d’Intervention", "organization", ["elite anti-gang unit"]),
        ],
        positions=[
            P("Emily Spanton", "prosecution of the officers", "support",
              "an appeal by Spanton and prosecutors secured the opportunity to present the evidence to a jury"),
            P("Howard Rubel", "the guilty verdict", "support", "My client is of course very relieved with the verdict"),
            P("Sophie Obadia", "questioning rape victims about their private life", "oppose",
              "Women in France who have been raped don't have to justify their private life"),
            P("Antoine Quirin", "the guilty verdict", "oppose", "they would appeal"),
            P("Nicolas Redouane", "the guilty verdict", "oppose", "they would appeal"),
        ],
    ),
    Article(
        "wikinews-2019-045",
        quotes=[
            Q("converting Hagia Sophia, formerly a Greek Orthodox church and now a museum, to a mosque", "indirect",
              "pledged", "the Turkish President Recep Tayyip Erdoğan", "Recep Tayyip Erdoğan"),
            Q("his authority to make the change", "indirect", "questioned",
              "the Greek foreign minister and United Nations Educational, Scientific and Cultural Organization (UNESCO)",
              "George Katrougalos", ("UNESCO", "United Nations Educational, Scientific and Cultural Organization")),
            Q("After elections, we will change Hagia Sophia's name from museum to mosque[...] We have some plans and we "
              "are going to implement these plans.", "direct", "said", "Erdogan", "Recep Tayyip Erdoğan"),
            Q("Ayasofya [Haghia Sophia] will no longer be called a museum. Its status will change. We will call it a "
              "mosque", "direct", "said", "President Erdogan", "Recep Tayyip Erdoğan"),
            Q("the requirement of approval by UNESCO", "indirect", "emphasized",
              "Greek Foreign Minister George Katrougalos", "George Katrougalos"),
            Q("It [Haghia Sophia] is not only a great temple of Christendom — the largest for many centuries — it also "
              "belongs to humanity. It has been recognized by UNESCO, as part of our global cultural heritage. So any "
              "questioning of this status is not just an insult to the sentiments of Christians, it is an insult to "
              "the international community and international law", "direct", "saying",
              "Greek Foreign Minister George Katrougalos", "George Katrougalos"),
            Q("this change would require its approval", "indirect", "said", "UNESCO",
              "United Nations Educational, Scientific and Cultural Organization", ("UNESCO",)),
            Q("to maintain the status of the monument as a museum", "indirect", "recommending",
              "the United States Commission on International Religious Freedom (USCIRF)",
              "United States Commission on International Religious Freedom", ("USCIRF",)),
            Q("Hagia Sophia bears profound historical and spiritual significance to Muslims and Christians alike, and "
              "its status as a museum must be maintained", "direct", "said", "They",
              "United States Commission on International Religious Freedom", ("USCIRF",)),
            Q("Those who remain silent when Masjid Al-Aqsa is attacked, trampled, its windows smashed, cannot tell us "
              "what to do about the status of Ayasofya[...] Unfortunately, Trump is behaving like a bully boy[...] How "
              "can you do this despite the United Nations? What are you doing? Being at the helm of a state like the "
              "U.S. does not give you such a right.", "direct", "said", "President Erdogan", "Recep Tayyip Erdoğan"),
            Q("he might rename the monument", "indirect", "said", "Erdogan", "Recep Tayyip Erdoğan"),
            Q("Constantinople will never exist again[...] The name of this area is Islambol [full of Islam] and you "
              "know that.", "direct", "said", "he", "Recep Tayyip Erdoğan"),
            Q("a change of name of a world heritage site would required approval from the World Heritage Committee",
              "indirect", "reportedly said", "UNESCO", "United Nations Educational, Scientific and Cultural Organization",
              ("UNESCO",)),
        ],
        actors=[
            ("Recep Tayyip Erdoğan", "person", ["Turkish President"]),
            ("George Katrougalos", "person", ["Greek Foreign Minister"]),
            ("United Nations Educational, Scientific and Cultural Organization", "organization"),
            ("United States Commission on International Religious Freedom", "organization"),
            ("Donald Trump", "person", ["President of the United States"]),
            ("Hurriyet Daily News", "organization"),
            ("Greek Reporter", "organization"),
            ("Sputnik News", "organization"),
        ],
        positions=[
            P("Recep Tayyip Erdoğan", "converting Hagia Sophia to a mosque", "support",
              "converting Hagia Sophia, formerly a Greek Orthodox church and now a museum, to a mosque"),
            P("George Katrougalos", "converting Hagia Sophia to a mosque", "oppose",
              "any questioning of this status is not just an insult to the sentiments of Christians"),
            P("United Nations Educational, Scientific and Cultural Organization", "converting Hagia Sophia to a mosque",
              "oppose", "this change would require its approval"),
            P("United States Commission on International Religious Freedom", "converting Hagia Sophia to a mosque",
              "oppose", "its status as a museum must be maintained"),
            P("Recep Tayyip Erdoğan", "Golan Heights as Israeli territory", "oppose",
              "attacked the proclamation of Golan Heights as official Israeli territory"),
            P("Donald Trump", "Golan Heights as Israeli territory", "support",
              "the proclamation of Golan Heights as official Israeli territory by the President of the United States "
              "Donald Trump"),
        ],
    ),
    Article(
        "wikinews-2019-056",
        quotes=[
            Q("intent to impose stricter punishment for child sexual abuse", "indirect", "publicly declared",
              "Polish leader Jarosław Kaczyński", "Jarosław Kaczyński"),
            Q("the party was ready with amendments to the penal code for sentencing up to 30-year prison terms for "
              "child sexual abuse", "indirect", "said", "Kaczyński", "Jarosław Kaczyński"),
            Q("We prepared changes to the penal code meaning this crime will be punished very severely [...] there "
              "will be no suspended sentences, there will be severe penalties, maybe even up to 30 years in prison",
              "direct", "said", "Kaczyński", "Jarosław Kaczyński"),
            Q("I am deeply disturbed by what I saw in Tomasz Sekielski's film.  The enormous suffering of those who "
              "have been hurt gives rise to pain and shame [...] I am sorry for every wound inflicted by people of the "
              "church.", "direct", "said", "the topmost senior Polish archbishop Wojciech Polak", "Wojciech Polak"),
            Q("just another apology", "direct", "Calling it as", "Anna Franowska", "Anna Franowska"),
            Q("it almost appears as if the statement was prepared before the church officials saw the movie", "direct",
              "told Reuters", "Anna Franowska", "Anna Franowska"),
        ],
        actors=[
            ("Jarosław Kaczyński", "person", ["Polish leader", "Law and Justice Party"]),
            ("Wojciech Polak", "person", ["topmost senior Polish archbishop"]),
            ("Anna Franowska", "person", ["Have no fear, an abuse victim support charity"]),
            ("Pope Francis", "person", ["leader of Roman Catholic Christianity"]),
            ("Law and Justice Party", "organization"),
            ("Have no fear", "organization", ["abuse victim support charity"]),
            ("Reuters", "organization"),
        ],
        positions=[
            P("Jarosław Kaczyński", "stricter punishment for child sexual abuse", "support",
              "intent to impose stricter punishment for child sexual abuse"),
            P("Jarosław Kaczyński", "suspended sentences for child sexual abuse", "oppose",
              "there will be no suspended sentences"),
            P("Wojciech Polak", "sexual abuse by priests", "oppose",
              "I am sorry for every wound inflicted by people of the church"),
            P("Anna Franowska", "the church's apology", "oppose", "just another apology"),
            P("Pope Francis", "mandatory reporting of sexual abuse in the church", "support",
              "imposed a law mandating Catholic priests and nuns to report cases of sexual abuse"),
        ],
    ),
    Article(
        "wikinews-2019-059",
        quotes=[
            Q("[I]t's still not full marriage rights; we still need to fight for co-adoption rights, and we are not "
              "sure about foreigner and Taiwanese marriage, and also gender equality education.", "direct", "said",
              "Jennifer Lu of Marriage Equality Coalition Taiwan", "Jennifer Lu"),
            Q("The Chinese government has pointed to cultural tradition as a reason for same-sex marriage being "
              "unsuitable in China. But the decision in Taiwan, which shares a cultural tradition with us, proves that "
              "Chinese culture can be open, diverse and progressive.", "direct", "commented",
              "Xiaogang Wei of the Beijing Gender Health Education Institute", "Xiaogang Wei"),
            Q('not allowing gay citizens to marry constituted "different treatment" incompatible with the '
              "constitution", "indirect", "said", "Taiwan's Constitutional Court", "Constitutional Court",
              ("Taiwan's Constitutional Court",)),
        ],
        actors=[
            ("Legislative Yuan", "organization", ["legislature of Taiwan"]),
            ("Jennifer Lu", "person", ["Marriage Equality Coalition Taiwan"]),
            ("Marriage Equality Coalition Taiwan", "organization"),
            ("Xiaogang Wei", "person", ["Beijing Gender Health Education Institute"]),
            ("Beijing Gender Health Education Institute", "organization"),
            ("Constitutional Court", "organization", ["Taiwan's Constitutional Court"]),
            ("Chinese government", "organization"),
            ("conservatives", "organization"),
        ],
        positions=[
            P("Legislative Yuan", "same-sex marriage", "support", "voted 66 to 27 to legalize same-sex marriage"),
            P("Jennifer Lu", "co-adoption rights for same-sex couples", "support",
              "we still need to fight for co-adoption rights"),
            P("Xiaogang Wei", "same-sex marriage", "support",
              "the decision in Taiwan, which shares a cultural tradition with us, proves that Chinese culture can be "
              "open, diverse and progressive"),
            P("Chinese government", "same-sex marriage", "oppose",
              "The Chinese government has pointed to cultural tradition as a reason for same-sex marriage being "
              "unsuitable in China"),
            P("Constitutional Court", "same-sex marriage", "support",
              'not allowing gay citizens to marry constituted "different treatment" incompatible with the '
              "constitution"),
            P("conservatives", "same-sex marriage", "oppose", "conservatives opposing recognition of gay marriage"),
        ],
    ),
    Article(
        "wikinews-2019-069",
        quotes=[
            Q("it planned to join the AfCFTA", "indirect", "announced", "Nigeria", "Nigeria"),
            Q("Benin was to join", "indirect", "announced", "AU trade and industry commissioner Albert Muchanga",
              "Albert Muchanga"),
            Q("We haven't yet agreed on rules of origin and tariff con[c]essions, but the framework we have is enough "
              "to start trading on July 1, 2020", "direct", "said", "The commissioner", "Albert Muchanga"),
            Q("Nigeria is Africa's biggest economy and most populous country. Without Nigeria the free trade zone "
              "would've been handicapped.", "direct", "said", "Niger's president Mahamadou Issoufou",
              "Mahamadou Issoufou"),
            Q("The success of the AfCFTA will be the real test to achieve the economic growth that will turn our "
              "people's dream of welfare and quality of life into a reality", "direct", "said",
              "AU chairperson President Abdel Fattah el-Sisi of Egypt", "Abdel Fattah el-Sisi"),
            Q("an electronic pan-African payment system", "indirect", "announced", "the AU", "African Union",
              ("AU",)),
            Q('the use of third-party currencies "costs Africa between $5 and $7 billion,"', "indirect", "said",
              "African Export–Import Bank president Okey Oramah", "Okey Oramah"),
            Q("Beyond that, it also reduces trade because Africa has a scarcity of foreign exchange.", "direct",
              "further saying", "Okey Oramah", "Okey Oramah"),
            Q('the AfCFTA might be for African countries comparable to the European and North American trade blocs as '
              'an "economic game changer"', "indirect", "said", "The International Monetary Fund",
              "International Monetary Fund"),
        ],
        actors=[
            ("Muhammadu Buhari", "person", ["President of Nigeria"]),
            ("Patrice Talon", "person", ["President of Benin"]),
            ("Albert Muchanga", "person", ["AU trade and industry commissioner"]),
            ("Mahamadou Issoufou", "person", ["Niger's president"]),
            ("Abdel Fattah el-Sisi", "person", ["AU chairperson", "President of Egypt"]),
            ("Okey Oramah", "person", ["African Export–Import Bank president"]),
            ("African Union", "organization"),
            ("International Monetary Fund", "organization"),
            ("African Export–Import Bank", "organization"),
            ("Nigeria", "place"),
        ],
        positions=[
            P("Muhammadu Buhari", "African Continental Free Trade Area", "support",
              "signed the African Continental Free Trade Area (AfCFTA) agreement"),
            P("Patrice Talon", "African Continental Free Trade Area", "support",
              "signed the African Continental Free Trade Area (AfCFTA) agreement"),
            P("Albert Muchanga", "African Continental Free Trade Area", "support",
              "the framework we have is enough to start trading on July 1, 2020"),
            P("Mahamadou Issoufou", "Nigeria joining the free trade area", "support",
              "Without Nigeria the free trade zone would've been handicapped."),
            P("Abdel Fattah el-Sisi", "African Continental Free Trade Area", "support",
              "The success of the AfCFTA will be the real test to achieve the economic growth"),
            P("Okey Oramah", "use of third-party currencies in African trade", "oppose",
              'the use of third-party currencies "costs Africa between $5 and $7 billion,"'),
            P("African Union", "a pan-African payment system", "support",
              "the AU announced an electronic pan-African payment system"),
            P("International Monetary Fund", "African Continental Free Trade Area", "support",
              "economic game changer"),
        ],
    ),
    Article(
        "wikinews-2019-077",
        quotes=[
            Q("his resignation", "indirect", "announced", "Ricardo Rosselló Nevares, Puerto Rico's governor",
              "Ricardo Rosselló Nevares", after="Ricardo Rosselló Nevares, Puerto Rico's governor"),
            Q("he is to leave office next month on August 2 at 5 p.m. local time (2100 UTC)", "indirect", "said",
              "Rosselló", "Ricardo Rosselló Nevares"),
            Q("Despite having the democratic mandate of the people who elected me, today I feel that to continue in "
              "this position represents difficulty in allowing achieved success to endure.", "direct", "said",
              "Rosselló", "Ricardo Rosselló Nevares"),
            Q("Rosselló's resignation", "indirect", "called for", "Protesters", "Protesters"),
            Q("I understand he made the right decision, for the good of both his family and for Puerto Rico, as I let "
              "him know [...] He just announced that this resignation will not be effective today. We will be working "
              "together to have a responsible and transparent transition process.", "direct", "said", "Vázquez",
              "Wanda Vázquez Garced"),
            Q("his resignation effective next Wednesday, July 31", "indirect", "announced",
              "Ricardo Llerandi, Rosselló's chief of staff", "Ricardo Llerandi"),
            Q("he would resign leadership of the New Progressive Party", "indirect", "announced", "Rosselló",
              "Ricardo Rosselló Nevares"),
        ],
        actors=[
            ("Ricardo Rosselló Nevares", "person", ["Puerto Rico's governor"]),
            ("Wanda Vázquez Garced", "person", ["Secretary of Justice for Puerto Rico"]),
            ("Ricardo Llerandi", "person", ["Rosselló's chief of staff"]),
            ("Protesters", "organization"),
            ("Puerto Rico Center for Investigative Journalism", "organization"),
        ],
        positions=[
            P("Protesters", "Rosselló's resignation", "support", "Protesters called for Rosselló's resignation"),
            P("Wanda Vázquez Garced", "Rosselló's resignation", "support", "I understand he made the right decision"),
        ],
    ),
    Article(
        "wikinews-2019-104",
        quotes=[
            Q("it to be unlawful", "indirect", "finding", "the Court of Session in Scotland", "Court of Session"),
            Q('Johnson\'s advice to the Queen "was motivated by the improper purpose of stymying Parliament and that it, '
              'and what has followed from it, is unlawful."', "indirect", "found", "The three-judge court",
              "Court of Session"),
            Q("that although advice to HM [Her Majesty] the Queen on the exercise of the royal prerogative of "
              "prorogating Parliament was not reviewable on the normal grounds of judicial review, it would "
              "nevertheless be unlawful if its purpose was to stymie parliamentary scrutiny of the executive",
              "direct", "decided", "Colin Sutherland, Lord Carloway, the Lord President of the court",
              "Colin Sutherland", ("Lord Carloway",)),
            Q("The Court will accordingly make an Order declaring that the Prime Minister’s advice to HM the Queen and "
              "the prorogation which followed thereon was unlawful and is thus null and of no effect.", "direct",
              "concluded with the statement", "The court's summary", "Court of Session"),
            Q("Today's Court of Session judgment is of huge constitutional significance — but the immediate political "
              "implications are clear. Court says prorogation was unlawful and null and void — so Parliament must be "
              "recalled immediately to allow the essential work of scrutiny to continue.", "direct", "said via Twitter",
              "First Minister of Scotland Nicola Sturgeon", "Nicola Sturgeon"),
            Q("Now, for every moment Parliament remains prorogued, the British government are breaking the law.",
              "direct", "said", "Cherry, who led the petition", "Joanna Cherry"),
            Q("disappointment and that the prime minister's office intends to appeal", "indirect", "expressed",
              "a spokeman for 10 Downing Street", "10 Downing Street"),
            Q("The UK government needs to bring forward a strong domestic legislative agenda. Proroguing Parliament is "
              "the legal and necessary way of delivering this.", "direct", None, None, "10 Downing Street"),
        ],
        actors=[
            ("Court of Session", "organization", ["highest civil court in Scotland"]),
            ("Joanna Cherry", "person", ["Scottish National Party", "member of UK parliament"]),
            ("Colin Sutherland", "person", ["Lord Carloway", "Lord President of the court"]),
            ("Nicola Sturgeon", "person", ["First Minister of Scotland"]),
            ("Boris Johnson", "person", ["Prime Minister"]),
            ("10 Downing Street", "organization", ["prime minister's office"]),
            ("Scottish National Party", "organization"),
            ("BBC", "organization"),
        ],
        positions=[
            P("Court of Session", "prorogation of Parliament", "oppose", "finding it to be unlawful"),
            P("Joanna Cherry", "prorogation of Parliament", "oppose",
              "for every moment Parliament remains prorogued, the British government are breaking the law"),
            P("Nicola Sturgeon", "recall of Parliament", "support", "Parliament must be recalled immediately"),
            P("10 Downing Street", "prorogation of Parliament", "support",
              "Proroguing Parliament is the legal and necessary way of delivering this."),
            P("Boris Johnson", "prorogation of Parliament", "support",
              "at the request of Prime Minister Boris Johnson"),
        ],
    ),
    Article(
        "wikinews-2019-114",
        quotes=[
            Q('if the goal is peace and security, then foreign powers should "get out of the region" as their presence '
              "could cause an arms race", "indirect", "said", "President Hassan Rouhani of Iran", "Hassan Rouhani"),
            Q("a new security initiative for the Persian Gulf, the Gulf of Oman and the Strait of Hormuz to be unveiled "
              "at the United Nations General Assembly later this week", "indirect", "announced", "He",
              "Hassan Rouhani"),
            Q("The presence of foreign forces can be dangerous for the region, international waters, as well as the "
              "security of shipping lines and energy, but our path is to create unity and coordination with regional "
              "countries,", "direct", "said", "he", "Hassan Rouhani"),
            Q("Those who want to link the region’s incidents to the Islamic Republic of Iran are lying like their past "
              "lies that have been revealed [...] If they are truthful and really seek security in the region, they "
              "must not send weapons, fighter jets, bombs and dangerous arms to the region.", "direct", None, None,
              "Hassan Rouhani"),
            Q("Your presence has always been a calamity for this region and the farther you go from our region and our "
              "nations, the more security would come for our region", "direct", "continued", "he", "Hassan Rouhani"),
            Q("Iran has increased cooperation in the last few years with the navies of China, India, Oman, Pakistan, "
              "and Russia", "indirect", "According to", "the Associated Press", "Associated Press"),
            Q("Iranian involvement", "indirect", "have alleged", "both Saudi Arabia and the United States",
              "Saudi Arabia", ("United States",)),
            Q("the attack included cruise missles which could not have originated in Yemen", "indirect", "said",
              "the Saudi government", "Saudi government"),
            Q("Iran for the attack", "indirect", "blaming", "The United States", "United States"),
            Q("a naval coalition to patrol the Persian Gulf", "indirect", "announced", "the United States",
              "United States"),
        ],
        actors=[
            ("Hassan Rouhani", "person", ["President of Iran"]),
            ("Associated Press", "organization"),
            ("Saudi Arabia", "place"),
            ("Saudi government", "organization"),
            ("United States", "place"),
            ("Houthi movement", "organization"),
        ],
        positions=[
            P("Hassan Rouhani", "foreign military presence in the Gulf region", "oppose",
              'foreign powers should "get out of the region"'),
            P("Hassan Rouhani", "Iran-led regional security initiative", "support",
              "a new security initiative for the Persian Gulf, the Gulf of Oman and the Strait of Hormuz"),
            P("United States", "Iran", "oppose", "blaming Iran for the attack"),
            P("United States", "naval coalition in the Persian Gulf", "support",
              "the United States announced a naval coalition to patrol the Persian Gulf"),
        ],
    ),
    Article(
        "wikinews-2019-120",
        quotes=[
            Q("the killers of Khashoggi to be brought to justice", "indirect", "calling",
              "Hatice Cengiz, fiancée of journalist Jamal Khashoggi", "Hatice Cengiz"),
            Q("in December, Crown Prince Mohammad bin Salman of Saudi Arabia accepted responsibility for the murder of "
              "journalist Jamal Khashoggi but did not say he'd ordered it", "indirect", "revealed",
              "television broadcaster PBS", "PBS"),
            Q("It happened under my watch. I get all the responsibility, because it happened under my watch.", "direct",
              "said", "he", "Mohammad bin Salman"),
            Q("rogue operatives within the Saudi government committed the murder", "indirect", "official position",
              "The official position", "Saudi Arabia", ("Saudi government",)),
            Q("Mohammad bin Salman is the de facto Saudi ruler", "indirect", "According to", "Reuters and NBC",
              "Reuters", ("NBC",)),
            Q("political maneuver.", "direct", "called", "Cengiz", "Hatice Cengiz"),
            Q("By confessing this, he's also distancing himself from the killing of Jamal [...] He's saying that it "
              "happened under his watch but he means he is not involved in this crime.", "direct", "explained", "She",
              "Hatice Cengiz"),
            Q("news media with keeping the story alive", "indirect", "credited", "She", "Hatice Cengiz"),
            Q("His fellow journalists did their best that so no one could push this under the carpet [...] But at the "
              "end of the day, all of these efforts did not persuade world leaders to sanction Saudi Arabia. That is "
              "so sad", "direct", "said", "she", "Hatice Cengiz"),
            Q("What is so sad for me", "direct", "said", "Cengiz", "Hatice Cengiz"),
            Q("is not seeing the punishment of the perpetrators [...] Imagine that the entire world remains silent "
              "over Jamal's killing. This silence and inertia created huge disappointment on my side.", "direct",
              "said", "Cengiz", "Hatice Cengiz"),
            Q("justice does not come swiftly", "indirect", "cautioned", "Agnès Callamard", "Agnès Callamard"),
            Q("True justice takes time and I know it's painful, but that's the reality of the world we live in,",
              "direct", "said", "she", "Agnès Callamard"),
            Q('Cengiz to be "patient and resilient."', "indirect", "asking", "she", "Agnès Callamard"),
            Q("the crown prince ordered Khashoggi's killing", "indirect", "reportedly believe",
              "The CIA and other intelligence agencies", "CIA", ("other intelligence agencies",)),
            Q("the CIA to release the files from their investigation", "indirect", "encouraged", "Callamard",
              "Agnès Callamard"),
            Q("all claims that Khashoggi was slain", "indirect", "denied", "Saudi Arabia", "Saudi Arabia"),
            Q("evidence supported his murder and dismemberment inside the consulate by Saudi agents", "indirect",
              "concluded", "a UN report", "United Nations", ("UN",)),
        ],
        actors=[
            ("Hatice Cengiz", "person", ["fiancée of journalist Jamal Khashoggi"]),
            ("Mohammad bin Salman", "person", ["Crown Prince of Saudi Arabia", "de facto Saudi ruler"]),
            ("Agnès Callamard", "person", ["UN rapporteur for the Office of the UN High Commissioner for Human Rights"]),
            ("PBS", "organization", ["television broadcaster"]),
            ("Reuters", "organization"),
            ("NBC", "organization"),
            ("CIA", "organization"),
            ("Saudi Arabia", "place"),
            ("United Nations", "organization"),
        ],
        positions=[
            P("Hatice Cengiz", "justice for Khashoggi's killers", "support",
              "the killers of Khashoggi to be brought to justice"),
            P("Hatice Cengiz", "Mohammad bin Salman's admission", "oppose", "political maneuver."),
            P("Hatice Cengiz", "sanctions on Saudi Arabia", "support",
              "all of these efforts did not persuade world leaders to sanction Saudi Arabia. That is so sad"),
            P("Agnès Callamard", "release of the CIA's files", "support",
              "Callamard encouraged the CIA to release the files from their investigation"),
            P("Agnès Callamard", "the Saudi murder trial", "oppose", "Callamard did not give it any credence"),
        ],
    ),
    Article(
        "wikinews-2019-137",
        quotes=[
            Q("the United States to waive diplomatic immunity for Anne Sacoolas", "indirect", "asking",
              "United Kingdom officials", "United Kingdom officials", ("Boris Johnson",)),
            Q("I think everybody's sympathies are very much with the family of Harry Dunn and our condolences to them "
              "for their tragic loss. I must answer you directly, I do not think that it can be right to use the "
              "process of diplomatic immunity for this type of purpose.", "direct", "said", "He", "Boris Johnson"),
            Q("And I hope that Anne Sacoolas will come back and will engage properly with the processes of law as they "
              "are carried out in this country. That's a point that we've raised or are raising today with the "
              "American ambassador here in the UK and I hope it will be resolved very shortly. And to anticipate a "
              "question you might want to raise, if we can't resolve it then of course I will be raising it myself "
              "personally with the White House.", "direct", "continued", "Johnson", "Boris Johnson"),
            Q('she had diplomatic immunity, but "that she had no plans to leave the country in the near future"',
              "indirect", "informed", "She", "Anne Sacoolas"),
            Q("she and her husband Jonathan Socoolas left the country", "indirect", "revealed", "police",
              "Northamptonshire police", ("police",)),
            Q("to waive her diplomatic immunity", "indirect", "asking", "Northamptonshire's chief constable Nick "
              "Adderley", "Nick Adderley"),
            Q("the immunity be waived", "indirect", "urged",
              "Both he and the county's Police and Crime Commissioner Stephen Mold", "Nick Adderley",
              ("Stephen Mold",)),
            Q("the Socoolas family left per advice from the United States Department of State", "indirect", "said",
              "The embassy", "US Embassy in London", ("US Embassy", "embassy")),
            Q("the embassy to reconsider", "indirect", "urged", "Foreign Secretary Dominic Raab", "Dominic Raab"),
            Q("deepest sympathies", "direct", "gave", "The State Department", "United States Department of State",
              ("State Department",)),
            Q('immunity cases were afforded "intense attention at senior levels and are considered carefully given the '
              'global impact such decisions carry"', "indirect", "said", "The State Department",
              "United States Department of State", ("State Department",)),
            Q("She didn't purposely drive on the other side of the road... if she'd have stayed and faced us as a "
              "family we could have found that forgiveness... but forgiving her for leaving, I'm nowhere near.",
              "direct", "said on TV", "Dunn's mother, Charlotte Charles", "Charlotte Charles"),
            Q("All we need to do is ask her to come back. It’s not much to ask. She’s left a family in complete ruin. "
              "We’re broken.", "direct", "told the Daily Mail", "Charles", "Charlotte Charles"),
        ],
        actors=[
            ("Boris Johnson", "person", ["Prime Minister"]),
            ("United Kingdom officials", "organization"),
            ("Anne Sacoolas", "person", ["diplomat's wife"]),
            ("Northamptonshire police", "organization"),
            ("Nick Adderley", "person", ["Northamptonshire's chief constable"]),
            ("Stephen Mold", "person", ["Police and Crime Commissioner"]),
            ("US Embassy in London", "organization"),
            ("Dominic Raab", "person", ["Foreign Secretary"]),
            ("United States Department of State", "organization"),
            ("Charlotte Charles", "person", ["Dunn's mother"]),
            ("Daily Mail", "organization"),
        ],
        positions=[
            P("Boris Johnson", "waiving Anne Sacoolas's diplomatic immunity", "support",
              "I do not think that it can be right to use the process of diplomatic immunity for this type of purpose"),
            P("United Kingdom officials", "waiving Anne Sacoolas's diplomatic immunity", "support",
              "asking the United States to waive diplomatic immunity for Anne Sacoolas"),
            P("Nick Adderley", "waiving Anne Sacoolas's diplomatic immunity", "support",
              "asking to waive her diplomatic immunity"),
            P("Stephen Mold", "waiving Anne Sacoolas's diplomatic immunity", "support", "urged the immunity be waived"),
            P("US Embassy in London", "waiving Anne Sacoolas's diplomatic immunity", "oppose",
              "The embassy declined the request"),
            P("Dominic Raab", "waiving Anne Sacoolas's diplomatic immunity", "support", "urged the embassy to reconsider"),
            P("Charlotte Charles", "Anne Sacoolas's return to the UK", "support",
              "All we need to do is ask her to come back"),
        ],
    ),
    Article(
        "wikinews-2020-027",
        quotes=[
            Q("he is to send a bill to the congress in the next ten days which aims to legalise abortion of human "
              "pregnancy", "indirect", "announced", "President of Argentina Alberto Fernández", "Alberto Fernández"),
            Q("a matter of public health", "direct", "called", "The president", "Alberto Fernández"),
            Q("[W]ithin the next 10 days, I will present a bill for the voluntary interruption of pregnancy that "
              "legalises abortion at the initial time of pregnancy and allows women to access the health system when "
              "they make the decision to abort", "direct", "said", "Fernández", "Alberto Fernández"),
            Q('the law has "condemned many women, generally of limited resources, to resort to abortive practices in '
              'absolute secrecy, putting their health and sometimes their lives at risk"', "indirect", "said",
              "Fernández", "Alberto Fernández"),
            Q("about 350 thousand illegal abortions are carried out in the country each year", "indirect", "state",
              "Estimates by the Argentinian government", "Argentinian government"),
            Q("there are many abortions despite the criminal threat", "direct", "Saying", "President Fernández",
              "Alberto Fernández"),
            Q("A state that is present must protect citizens in general and obviously women in particular.  And in the "
              "21st Century, every society needs to respect the individual choice of its members to decide freely "
              "about their bodies ((es))Spanish language: \u200dEn el siglo XXI, toda sociedad necesita respetar la "
              "decisión individual de sus miembros para disponer libremente de sus cuerpos", "direct", "elaborated",
              "President Fernández", "Alberto Fernández"),
            Q('the president had "heard the demands of women, adolescents and girls"', "indirect", "said",
              "the director of Argentina's Amnesty International, Mariela Belski", "Mariela Belski"),
            Q("culture of death", "direct", "Calling", "the archbishop", "Jorge Eduardo Scheinig"),
            Q("We need to pray so that in Argentina, the yes to life is stronger than death.", "direct", "said",
              "the archbishop", "Jorge Eduardo Scheinig"),
        ],
        actors=[
            ("Alberto Fernández", "person", ["President of Argentina"]),
            ("Mariela Belski", "person", ["director of Argentina's Amnesty International"]),
            ("Jorge Eduardo Scheinig", "person", ["archbishop"]),
            ("Amnesty International", "organization"),
            ("Argentinian government", "organization"),
            ("Argentine congress", "organization"),
            ("senate", "organization"),
        ],
        positions=[
            P("Alberto Fernández", "legalising abortion", "support",
              "he is to send a bill to the congress in the next ten days which aims to legalise abortion of human "
              "pregnancy"),
            P("Mariela Belski", "legalising abortion", "support",
              'the president had "heard the demands of women, adolescents and girls"'),
            P("Jorge Eduardo Scheinig", "legalising abortion", "oppose", "culture of death"),
            P("Argentine congress", "legalising abortion", "support",
              "the Argentine congress approved a bill legalising abortion"),
            P("senate", "legalising abortion", "oppose", "it was dismissed by the senate"),
        ],
    ),
]
