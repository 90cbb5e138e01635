"""Actors: people, organisations, places and groups named in an article, with roles and affiliations.

Names are runs of capitalised words outside quotations and headings. A title in front of a name ("German
Foreign Minister Annalena Baerbock") or an apposition after it ("Harry Smith, director of ...") makes it a
person and gives the role and affiliation. A surname used alone resolves to the fullest name the article uses,
and an actor's id hashes its type and normalised canonical name, so the same person gets the same id in every
article.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache

from worker.extract import caseless
from worker.extract.names import (
    AUXILIARIES,
    FUNCTION_WORDS,
    MEMBER_LINK,
    NAME,
    NAME_REST,
    NAME_WORD_AFTER_CAPITAL,
    NICKNAME,
    PARTICLE_NAME_WORD,
    PARTICLES,
    SPOKESPERSON_FOR,
    UPPER,
)
from worker.extract.lexicon import (
    demonyms,
    first_name_genders,
    group_heads,
    organisation_words,
    participle_before_short_form,
    person_nouns,
    places,
    role_words,
    speech_verb_forms,
)
from worker.extract.text import Span, is_abbreviation, within
from worker.models import Actor

# A run of name words not inside a word: ``(?={UPPER})(?<![\w’'.-]){NAME}``, written to open with the class of
# capitals (the engine skips ahead to one) and to check the character before it by a look-behind over both.
_NAME_RUN = re.compile(rf"{UPPER}(?<![\w’'.-].){NAME_WORD_AFTER_CAPITAL}{NAME_REST}")
_LOWER_ROLE_BEFORE = re.compile(
    r"(?:(?P<modifier>(?:[A-Z][\w.\-]{0,30}\s){0,3}(?:[a-z][\w\-]{0,20}\s){0,2}))(?P<role>[a-z][\w\-]{1,25})\s$"
)
_APPOSITION_ROLE = re.compile(r",\s(?:the\s|a\s|an\s)?(?P<role>[^,;:“”\"\n()]{2,90}?)(?=[,.;])")
# A determiner opening a phrase ("the board", "his aides"); attribution strips the same ones.
LEADING_DETERMINER = caseless.compile(r"^(?:the|a|an|his|her|their|its)\s", re.IGNORECASE)
_POSSESSIVE = re.compile(r"[’']s?$")
_HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "prof", "prof."})
_FEMALE = frozenset(
    "mrs mrs. ms ms. dame lady queen princess chairwoman spokeswoman mother wife daughter sister grandmother "
    "alumna actress congresswoman".split()
)
_MALE = frozenset(
    "mr mr. sir lord king prince chairman spokesman father husband son brother grandfather alumnus fisherman "
    "congressman".split()
)
_GROUP_AFTER_DEMONYM = re.compile(r"\s(?P<modifier>[a-z][\w\-]{1,20}\s)?(?P<head>[a-z][\w\-]{2,25}s)\b")
_GROUP_BEFORE_COUNTRIES = re.compile(
    r"(?P<modifier>[a-z][\w\-]{1,20}\s)?(?P<head>[a-z][\w\-]{2,25}s)\sfrom\s(?:[\w\-]{1,20}\s){0,2}$"
)
_NON_PERSON_START = frozenset(
    {"new", "north", "south", "east", "west", "united", "saint", "lake", "mount", "san", "los", "las", "fort", "port", "cape"}
    | {"hurricane", "typhoon", "cyclone", "storm"}  # a storm's name ("Hurricane Dorian")
)

# How many mentions back an antecedent is looked for: a pronoun's, "the group"'s, "the company"'s.
ANTECEDENT_LOOKBACK_MENTIONS = 60


@dataclass
class _Entity:
    name: str
    type: str
    roles: list[str] = field(default_factory=list)
    affiliations: list[str] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)
    mentions: list[Span] = field(default_factory=list)
    gender: str | None = None


@dataclass(frozen=True)
class Cast:
    """The actors of one article and where each is mentioned, for speaker resolution."""

    actors: list[Actor]
    by_alias: dict[str, Actor]
    mentions: list[tuple[int, int, Actor]]  # (start, end, actor), sorted by start
    starts: list[int]
    genders: dict[str, str]

    def actor_named(self, text: str) -> Actor | None:
        """The actor a name refers to: exact name or alias, else by its longest known ending ("Oslo-based Harbour
        Forces", "Envoy Ann Lee"), down to its last word (a surname)."""
        key = normalise(text)
        if key in self.by_alias:
            return self.by_alias[key]
        words = key.split()
        for start in range(1, len(words)):
            ending = " ".join(words[start:])
            if ending in self.by_alias:
                return self.by_alias[ending]
        return None

    def mentioned_before(
        self, offset: int, types: tuple[str, ...], gender: str | None = None, within: int | None = None
    ) -> Actor | None:
        """The last actor of one of ``types`` mentioned before ``offset`` (at most ``within`` characters before
        it), compatible with ``gender``."""
        index = bisect_right(self.starts, offset) - 1
        seen = 0
        while index >= 0 and seen < ANTECEDENT_LOOKBACK_MENTIONS:
            if within is not None and offset - self.mentions[index][0] > within:
                return None
            actor = self.mentions[index][2]
            if actor.type in types and (gender is None or self.genders.get(actor.id) in (None, gender)):
                return actor
            index -= 1
            seen += 1
        return None


@lru_cache(maxsize=8192)
def normalise(name: str) -> str:
    """Case-folded, accent-free, punctuation-free form of a name, without a possessive 's."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(char for char in text if not unicodedata.combining(char)).casefold()
    text = re.sub(r"[’']s\b", "", text)
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


@lru_cache(maxsize=8192)
def actor_id(name: str, actor_type: str) -> str:
    """Stable id: the same canonical name and type give the same id in every article (remembered: the same names
    recur across articles, and each id is a hash)."""
    digest = hashlib.sha256(f"{actor_type}\x1f{normalise(name)}".encode("utf-8", "surrogatepass")).hexdigest()
    return f"{actor_type}:{digest[:16]}"


def _strip_possessive(text: str) -> str:
    return _POSSESSIVE.sub("", text) if text.endswith(("’s", "'s", "’", "'")) else text


def _known_acronym(word: str) -> bool:
    """An organisation's acronym that is also a function word ("WHO")."""
    return word.isupper() and len(word) >= 3 and word.lower() in organisation_words()


def _is_acronym(word: str) -> bool:
    letters = word.replace(".", "")
    return 2 <= len(letters) <= 6 and letters.isupper() and letters.isalpha() and letters not in _COMMON_ACRONYMS


# Capitalised abbreviations that name no organisation: time zones ("1500 UTC"), things and conditions ("DNA", "HIV",
# "a DVD"), technology ("a URL", "DRM"), people by role or standing ("VIP", "CEO"), British honours ("an OBE"), a
# district ("D.C.") and Roman numerals ("stage IV").
_COMMON_ACRONYMS = frozenset(
    """UTC GMT CET CEST EET EEST WET BST EST EDT CST CDT MST MDT PST PDT AKST AKDT HST AEST AEDT ACST AWST NZST NZDT
    JST KST HKT SGT MSK DNA RNA HIV AIDS SARS MERS COVID GDP DVD CD TV PC ID IQ GPS SUV ATM UFO ICU MRI CCTV PTSD ADHD
    URL PDF USB SMS HTML HTTP HTTPS API VPN LED LCD DRM GMO CPU GPU SIM FAQ
    LGBT LGBTQ LGBTI LGBTQI VIP CEO CFO COO CTO OBE MBE CBE KBE DBE DC II III IV VI VII VIII IX XI XII XIII XIV XV XX""".split()
)


def _split_title(words: list[str]) -> tuple[list[str], list[str]]:
    """Split "German Foreign Minister Annalena Baerbock" into its title words and its name words; an occupation
    opening a sentence counts as a title when a name of two words or more follows it ("Immunologist Ann Lee")."""
    roles = role_words()
    if _POSSESSIVE.sub("", words[-1]).lower() in organisation_words() or words[-1].lower() in _BUILDING_HEADS or _without_inside(words):
        return [], words  # "Lakeside General Hospital", "the Auditor General Office": an organisation's name; "the
        # Sultan Omar Mosque": a building's
    last_title = -1
    for index, word in enumerate(words[:-1]):
        if word.lower() == "general" and index and words[index - 1].lower() in organisation_words():
            continue  # "Directorate General": an organisation's name, no military title
        if word.lower() in roles or word.lower().rstrip(".") in roles or _plural_role(word):
            last_title = index
    if any(words[index + 1].lower() in ("of", "for") and words[index].lower() in organisation_words() for index in range(last_title)):
        return [], words  # "the Lakeland Association of Head Teachers": a body's name, which a title word ends
    if last_title < 0 and len(words) >= 3 and (_occupation(words[0]) or words[0].lower() in _PARTY_LABELS):
        last_title = 0  # "Immunologist Ann Lee", "Democrat Ann Lee": what the person is, before the name
    if last_title >= 0 and words[last_title] in _REGNAL_TITLES and _regnal_name(words[last_title + 1 :]):
        return words[: last_title + 1], words[last_title:]  # "Pope Gregor", "Queen Mathilde II": the title is in the name
    return words[: last_title + 1], words[last_title + 1 :]


# Titles that, before a single given name (and a regnal number), are part of the name the person goes by ("Pope
# Gregor", "Queen Mathilde II", "King Olaf"); still the person's role ("the queen said" finds her).
_REGNAL_TITLES = frozenset("Pope King Queen Emperor Empress".split())
_ROMAN_NUMERAL = re.compile(r"[IVX]{1,5}")


def _regnal_name(words: list[str]) -> bool:
    """One given name, with or without a regnal number: what a monarch or a pope is called by after the title."""
    return 1 <= len(words) <= 2 and words[0][:1].isupper() and words[0][1:].islower() and (
        len(words) == 1 or _ROMAN_NUMERAL.fullmatch(words[1]) is not None
    )


def _without_inside(words: list[str] | tuple[str, ...]) -> bool:
    """A capitalised "Without" between the words of a name: a group's name ("Lawyers Without Walls", "Nurses
    Without Frontiers"), whose first word is no title and whose words name no person."""
    return "Without" in words[1:-1]


def _plural_role(word: str) -> bool:
    """A title in the plural, which names several people after it ("Senators Ann Lee and Ivo Marsh")."""
    lowered = word.lower()
    return lowered.endswith("s") and lowered not in role_words() and lowered[:-1] in role_words() and len(lowered) > 4


_OCCUPATION_END = re.compile(r"(?:ologist|ographer|ician)$")
# A party member's label before a name ("Republican Ann Lee"): no part of the name.
_PARTY_LABELS = frozenset({"democrat", "republican", "conservative", "liberal", "tory", "libertarian"})


def _occupation(word: str) -> bool:
    """A word for a person's occupation or standing ("Broadcaster", "Co-author", "Epidemiologist")."""
    lowered = word.lower().removeprefix("co-")
    return lowered in person_nouns() or bool(_OCCUPATION_END.search(lowered))


@lru_cache(maxsize=4096)
def _title_role(title: tuple[str, ...]) -> tuple[str | None, tuple[str, ...], str | None]:
    """The role, affiliations and gender a title gives ("US President" -> "President", ["United States"])."""
    table = demonyms()
    affiliations: list[str] = []
    rest: list[str] = []
    index = 0
    while index < len(title):
        pair = " ".join(title[index : index + 2])
        if index + 1 < len(title) and pair in table:
            affiliations.append(table[pair])
            index += 2
            continue
        if index + 1 < len(title) and pair in places():
            rest += title[index : index + 2]  # "British Columbia Premier": a place's name, whose first word is no demonym
            index += 2
            continue
        if title[index] in table:
            affiliations.append(table[title[index]])
        elif title[index].lower() not in _HONORIFICS:
            rest.append(title[index])
        index += 1
    lowered = {word.lower() for word in title}
    gender = "female" if lowered & _FEMALE else "male" if lowered & _MALE else None
    return (" ".join(rest) or None), tuple(affiliations), gender


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    """One-word country names (from the demonym table)."""
    return frozenset(place for place in demonyms().values() if " " not in place)


# One word with a capital inside it after four or more letters: a brand's or an organisation's name.
_CAMEL_CASE = re.compile(r"[A-Z][a-z]{3,}[A-Z][A-Za-z]*")


# Last words of names of awards, events, laws and agreements, which name no actor ("the Harbour Safety Act", "the
# Lakeland Accord").
_NO_ACTOR_HEADS = frozenset(
    {"prize", "prizes", "award", "awards", "medal", "trophy", "crisis", "syndrome", "act", "acts", "code", "treaty",
     "accord", "accords", "amendment", "protocol", "directive"}
)


def _names_no_actor(name: str) -> bool:
    """Whether a name ends with the head of an award's, an event's, a law's or an agreement's name."""
    return name.rsplit(" ", 1)[-1].lower() in _NO_ACTOR_HEADS


@lru_cache(maxsize=16384)
def _classify(words: tuple[str, ...], titled: bool) -> str | None:
    """The type a name's words tell: a person after a title, a known place, an organisation (by an organisation
    word, an acronym, a country's body or a brand's spelling); "person?" for another name of two words or more
    and "surname?" for one word, which the rest of the article settles; None for a name with a demonym."""
    name = " ".join(words)
    lowered = [word.lower() for word in words]
    orgs = organisation_words()
    if titled:
        return "person"
    if len(words) >= 2 and _names_no_actor(name):
        return None  # "the Harbour Prize", "the Lakeland Hostage Crisis": an award or an event, nobody who acts
    if name in places() or _is_acronym(name) and name in demonyms():
        return "place"
    if len(words) >= 3 and (lowered[-1] in _REMIT_HEADS or lowered[-1] in _SERVICE_REMITS) and "and" in lowered:
        return "organization"  # "the Health and Safety Executive", "Dunmore Fire and Rescue"
    if len(words) >= 3 and lowered[1] == "and" and lowered[-1] in role_words():
        return None  # "the Police and Crime Commissioner, Ann Lee,": an office's title before its holder's name
    if name.lower() in orgs or any(word in orgs for word in lowered) or any(_is_acronym(w) for w in words) or "&" in words or _without_inside(words):
        return "organization"
    if len(words) >= 3 and lowered[0] in _MUNICIPALITIES and lowered[1] == "of":
        return "organization"  # "City of Lakeside": the city's government
    if len(words) >= 2 and words[-1] == "United":
        return "organization"  # a club, "Lakeside United" (first, the word opens places: "United States")
    if len(words) >= 2 and (lowered[-1] in _PLACE_HEADS or lowered[-1] in _BUILDING_HEADS):
        return "place"  # "Lakeland Fourth District", "Norland Province": a place, never a person
    if any(word in demonyms() for word in words):
        return None
    if len(words) >= 3 and words[0] in _countries() and lowered[0] not in first_name_genders():
        return "organization"  # "Lakeland Red Cross", "Norway Rail Authority": a country's body, no person
    if len(words) >= 2 and lowered[0] not in _NON_PERSON_START:
        return "person?"
    if len(words) == 1 and _CAMEL_CASE.fullmatch(name):
        return "organization"  # "TransLink", "SaskPower": a brand's name, unlike "McCallum" or "LeBlanc"
    return "surname?" if len(words) == 1 else None


@dataclass(frozen=True)
class _Run:
    """What a run of capitalised words names: where the name starts in the run and how long it is written,
    the canonical name and its key, the type, and what a title in front of it says."""

    offset: int
    length: int
    name: str
    key: str
    kind: str | None
    titled: bool
    role: str | None
    affiliations: tuple[str, ...]
    gender: str | None
    plural: bool = False  # the title is plural: it goes with the names coordinated after this one


# A generation after a person's name, part of the name but never its surname.
_GENERATIONAL = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
# Letters after a person's name for a rank or an honour ("Ann Lee QC", "Tom Reyes OBE"): no part of the name.
POST_NOMINALS = frozenset({"QC", "KC", "SC", "OBE", "MBE", "CBE", "KBE", "DBE"})


def _without_generation(words: list[str]) -> list[str]:
    return words[:-1] if len(words) > 2 and words[-1] in _GENERATIONAL else words


# Words that open a run but no name: function words, interjections opening an answer ("Oh, ...", "Well, ..."),
# and "Former", which describes the name after it ("Former CIA deputy director ...").
_LEADING_NON_NAMES = FUNCTION_WORDS - {"mr", "mrs", "ms", "dr"} | {
    "whereas", "lastly", "oh", "yes", "well", "okay", "hey", "please", "thanks", "former"
} | {f"i{mark}{end}" for mark in "’'" for end in ("m", "ve", "d", "ll")}  # "I'm Ann Lee and I ...": an introduction
# A platform named after "on" before a name, which a run of capitalised words takes in ("on Twitter Ann Lee wrote").
_PLATFORM_FIRST = re.compile(r"(?:Twitter|Facebook|Instagram|YouTube|TikTok|Telegram)\s(?=[A-Z])")
# Last words of photo credits, which captions glue to the name they caption ("Getty Images Ann Lee at ...",
# "The Harbour Press Prime Minister ..."): a name starts after them.
_CREDIT_WORDS = frozenset({"images", "photo", "photos", "pictures", "press", "handout"})
_WORD_START = re.compile(r"\S+")
_MEMBER_LINK = re.compile(MEMBER_LINK)


@lru_cache(maxsize=16384)
def _parse_run(run: str, after_role_link: bool = False) -> _Run | None:
    """Split a run of capitalised words into title and name, skipping an owner ("Lakeside's Ann Lee"), a
    photo credit ("Getty Images Ann Lee"), leading function words ("The", "But") and compound adjectives
    ("Oslo-based"); ``after_role_link`` says the run follows "<role> of/for/to", whose place or organisation it may
    begin with. Cached: the same runs recur within and across articles."""
    words = _strip_possessive(run).split()
    if len(words) >= 3 and words[-1].lower() in _GENERATIONAL:  # "Martin Luther King Jr.": no title "King"
        base = _parse_run(run[: run.rindex(words[-1])].rstrip(), after_role_link)
        if base is None or base.kind not in ("person", "person?"):
            return base
        name = f"{base.name} {words[-1]}"
        return replace(base, length=len(_strip_possessive(run)) - base.offset, name=name, key=normalise(name))
    if len(words) >= 3 and words[-1] in POST_NOMINALS:  # "Judge Ann Lee QC": the letters are her rank, no name
        base = _parse_run(run[: run.rindex(words[-1])].rstrip(), after_role_link)
        if base is not None and base.kind in ("person", "person?"):
            return replace(base, length=len(_strip_possessive(run)) - base.offset)
    offsets = [match.start() for match in _WORD_START.finditer(run)][: len(words)]
    first = 1 + max(
        (
            i
            for i, word in enumerate(words[:-1])
            if word.endswith(("’s", "'s")) and not _common_owner(word)
            or i and word.lower() in _CREDIT_WORDS and words[i + 1].lower() not in organisation_words()  # "Lakeland Press Agency"
        ),
        default=-1,
    )
    while first < len(words) and words[first].lower().rstrip(".") in _LEADING_NON_NAMES and not _known_acronym(words[first]):
        first += 1
    if first == 0 and len(words) == 2 and participle_before_short_form(words[0], words[1]):
        first = 1  # "Listed US states were ...", "Retired FBI agents said ...": a participle opening the sentence
    if first == len(words):
        return None
    first = max(first, 1 + max((i for i in range(first, len(words) - 1) if _COMPOUND_ADJECTIVE.match(words[i])), default=-1))
    title, name_words = _split_title(words[first:])
    if title and " ".join(name_words) in places():
        title = []  # "the Republican Lakeland primary": a party's label or a title before a place describes no person
    elif title and " ".join(words[first:]) in places():
        title, name_words = [], words[first:]  # "Prince George": a town, whose name opens with a title
    if not name_words or len(name_words) == 1 and name_words[0].lower() in role_words():
        return None
    if all(word.lower() in FUNCTION_WORDS and not _known_acronym(word) for word in name_words):
        return None  # an interview's label before an answer ("MS We did not ..."): a title, then no name
    person = _person_start(name_words, after_role_link)
    name_words, first = name_words[person:], first + person
    written = " ".join(name_words)
    name = demonyms()[written] if _is_acronym(written) and written in demonyms() else written  # "US"
    plural = bool(title) and _plural_role(title[-1])
    if plural:
        title = [*title[:-1], title[-1][:-1]]  # "Senators" gives each of them the role "Senator"
    role, affiliations, gender = _title_role(tuple(title)) if title else (None, (), None)
    kind = _classify(tuple(name_words), bool(title))
    return _Run(
        offsets[first + len(title)], len(written), name, normalise(name), kind, bool(title), role, affiliations, gender, plural
    )


def _role_only(name: str) -> bool:
    """A name that ends in a role word and holds no given name: a capitalised title with nobody's name after it
    ("Senate Majority Leader", "Chief Technical Officer"); a surname that is a role word keeps its given name ("Ann
    Judge", "Tom Marshal"), and a body's name its link word ("Office of the Attorney General"). The last word is
    looked up first, before the name is split: most names end in no role word."""
    if name.rpartition(" ")[2].lower() not in role_words():
        return False
    words = name.split()
    if len(words) < 2:
        return False
    names = first_name_genders()
    return not any(word.lower() in names or word.islower() for word in words[:-1])


_APPOSITION_OPENING = (", ", ", the ", ", a ", ", an ")


def _apposed_to_name(body: str, named: list[tuple[int, int, str]], start: int) -> bool:
    """The run at ``start`` opens an apposition right after the last name ("Ivo Marsh, the Republican Senate
    Majority Leader, said"): it describes that name, and a title there is no one of its own (a pronoun after it is
    Ivo Marsh's). A title standing alone stays a speaker ("The Harbour Budget Officer released ...")."""
    if not named:
        return False
    end = named[-1][1]
    return 0 < start - end <= len(", the ") and body[end:start] in _APPOSITION_OPENING


# The labels before a caption's credit ("Image: Harbour Press", "Photo: Ann Lee"), which a page's text may glue to the
# name the caption shows, with or without a space ("Ivo MarshImage: ...").
_CAPTION_LABELS = ("Image", "Photo")


# A compound adjective in a run ("the Lakeland-led Harbour Forces", "New Lakeland-based Northwind"): it and the
# words before it describe the name after it and are no part of it.
_COMPOUND_ADJECTIVE = re.compile(r"[A-Z][\w’'\-]{0,30}-(?:[a-z]{1,20}ed|led|run|born|built|held|made|old)$")


def _person_start(words: list[str], after_role_link: bool) -> int:
    """Where a person's name starts in name words that a role phrase glues to it: after a place or an
    organisation that ends the role phrase ("Special Envoy for Lakeland Ann Lee", "director of Harbour Trust
    Ann Lee", "Secretary of State Ann Lee", the run coming right after "<role> of/for/to"), or after an
    organisation and a title the lexicon does not know ("Harbour Committee Delegate Ann Lee": from the known
    first name on). Else 0."""
    if len(words) < 3 or "&" in words or _without_inside(words):
        return 0  # "a spokesman for Pike & Dale", "Lawyers Without Walls": a firm's or a group's name, no glued person
    names = first_name_genders()
    orgs = organisation_words()
    last_org = max((index for index, word in enumerate(words) if word.lower() in orgs), default=-1)
    # After an organisation, or anywhere in a run that a role phrase leads into ("Secretary of State Ann Lee").
    for index in range(1 + (last_org if last_org >= 0 or after_role_link else len(words)), len(words) - 1):
        if words[index].lower() in names:
            return index
    if after_role_link:
        known = places()
        place = max((size for size in range(1, len(words) - 1) if " ".join(words[:size]) in known), default=0)
        if place and last_org < place:
            return place  # (not "the Lakeland Democratic Party": the place begins the organisation's name)
        if 0 <= last_org < len(words) - 2 and not words[last_org + 1].islower():
            return last_org + 1  # (not "School of Law": the remit after "of" goes on with the name)
        if last_org < 0 and len(words) == 3:
            return 1  # "Senator from Lakeland Ivo Marsh": a place of one word, then a name of two
    return 0


def find_actors(body: str, excluded: list[Span], speakers: list[Span] = ()) -> Cast:
    """Actors named outside the ``excluded`` spans (quotations, headings); ``speakers`` are the subjects of
    speech cues, which make names persons and plural noun phrases ("European ministers") groups."""
    is_excluded = within(excluded)
    entities: dict[str, _Entity] = {}
    raw_mentions: list[tuple[int, int, str]] = []
    acronyms: dict[str, str] = {}
    nicknames: dict[str, str] = {}
    demonym_names = demonyms()
    named: list[tuple[int, int, str]] = []  # the runs naming someone or something, in order
    plural_titles: dict[int, tuple[str | None, tuple[str, ...]]] = {}  # where a run opens with a plural title
    for start, end in _name_runs(body):
        platform = _PLATFORM_FIRST.match(body, start, end) if body.startswith("on ", max(0, start - 3)) else None
        start = platform.end() if platform else start
        text = body[start:end]
        nickname = _NICKNAME.search(text) if "“" in text or '"' in text or "‘" in text else None
        if nickname is not None:
            text = _NICKNAME.sub(" ", text)  # "Ann “Nick” Lee" is Ann Lee
        run = _parse_run(text, text.count(" ") >= 2 and _after_role_link(body, start))  # a glued name has 3 words
        if run is None:
            continue
        if nickname is not None:
            # (the person may go by the nickname and surname elsewhere: "Nick Lee" is Ann Lee)
            nicknames[normalise(nickname.group("nickname") + " " + text.rsplit(" ", 1)[-1])] = run.key
        if is_excluded(start) or (start == 0 or body[start - 1] == "\n") and _label_or_dateline(body, start, end):
            continue
        if run.kind == "organization" and run.name.lower() in _COMMON_BODY_NOUNS and _common_noun_before_role(body, start, end):
            continue  # "Union leader Karl Benn told ...", "Police chief Ann Lee": a common noun opening the sentence
        if run.kind is None and run.name in demonym_names:
            group = _group_around(body, start, end, run.name)
            if group is not None:
                name, span = group
                entities.setdefault(normalise(name), _Entity(name, "group"))
                raw_mentions.append((span[0], span[1], normalise(name)))
            continue
        kind, role, affiliations, gender = run.kind, run.role, run.affiliations, run.gender
        following = body[end : end + 2]
        # a titled name's apposition describes it too ("Dr. Ann Lee, a professor of law at Harbour University, said")
        apposed = _role_around(body, start, end, following) if run.titled and following == ", " else (None, ())
        if not run.titled:
            role, affiliations = _role_around(body, start, end, following)
            if role is not None and kind == "organization" and run.name.rsplit(" ", 1)[-1].lower() in organisation_words():
                role, affiliations = None, ()  # "Norland broadcaster NTV Corporation": a body's description, no person's role
            if (
                kind == "place" and body.endswith((" of ", " from ", ", "), max(0, start - 6), start)
                or kind == "organization" and body.endswith(_PERSON_TO_BODY_LINKS, max(0, start - 10), start)
            ):
                # "Ivo Marsh of Vermont, the first member to ...", "Dr. Ann Lee of Harbour College London, a
                # researcher": the apposition describes the person; "the mayor of Lakeside, Norland, said": the
                # place is the town's
                role, affiliations = None, ()
            if role is not None and not affiliations and _ITS_ROLE_BEFORE.search(body, max(0, start - 60), start):
                owner = _organisation_named_last(entities, raw_mentions, start)  # "... Its president, Ann Lee, said"
                affiliations = (owner,) if owner else ()
            kind = "person" if role is not None else kind
            gender = gender_of(role) if role else None
            if role is None and _organisation_noun_before(body, start) and run.key.split()[0] not in first_name_genders():
                kind = "organization"  # "the media company Northwind", "tech giant Lakebyte"
        # "Harbour Development Agency (HDA)": a name of several words followed by its acronym is an organisation,
        # and so is a name in apposition with one ("Clean Harbour, the group that ...").
        acronym = None
        if kind != "person" and following in (" (", ", ") and not _names_no_actor(run.name):
            acronym = _ACRONYM_AFTER.match(body, end) if following == " (" and " " in run.name else None
            if acronym is not None or following == ", " and _ORGANISATION_APPOSITION.match(body, end):
                kind = "organization"
        if kind is None or (
            kind != "organization" and _role_only(run.name) and _apposed_to_name(body, named, start)
        ):
            continue
        entity = entities.get(run.key)
        if entity is None:
            entity = entities[run.key] = _Entity(run.name, kind)
        elif kind == "person" or entity.type == "person?":
            entity.type = kind if entity.type != "person" else "person"
        if role or affiliations or gender:
            _add_description(entity, role, affiliations, gender)
        if apposed[0] is not None:
            _add_description(entity, *apposed, None)
        name_start = start + run.offset
        raw_mentions.append((name_start, name_start + run.length, run.key))
        named.append((start, name_start + run.length, run.key))  # from a title on ("and Dr. Ivo Marsh")
        if run.plural:
            plural_titles[start] = (run.role, run.affiliations)
        if acronym is not None:
            acronyms[normalise(acronym.group(1))] = run.key
    for span_start, span_end, acronym_at in _spelled_out_acronyms(body):
        # (the acronym as its run names it: "PG" of "PG&E")
        acronym = next((key for start, _, key in raw_mentions if start == acronym_at), None)
        # (an acronym already given to the last words of the span, a run the "and" inside the name cut short, goes
        # to the whole name: "National Disaster Risk Reduction and Management Council (NDRRMC)", not "Management
        # Council")
        cut_short = acronym in acronyms and any(
            key == acronyms[acronym] and span_start < start and end == span_end for start, end, key in raw_mentions
        )
        if acronym is not None and _names_no_actor(body[span_start:span_end]):
            # "the Harbour Safety Act (HSA)": a law and its acronym name no actor
            entities.pop(acronym, None)
            raw_mentions = [mention for mention in raw_mentions if mention[2] != acronym]
            named = [mention for mention in named if mention[2] != acronym]
        elif acronym is not None and (acronym not in acronyms or cut_short) and not is_excluded(span_start):
            raw_mentions = _one_organisation(entities, raw_mentions, body[span_start:span_end], span_start, span_end)
            acronyms[acronym] = normalise(body[span_start:span_end])
            named = [mention for mention in named if not span_start <= mention[0] < span_end]
    chains = _coordinated_names(body, named)
    for chain in chains:
        if chain[0][0] in plural_titles:  # "Senators Ann Lee and Ivo Marsh": the title goes with each name
            role, affiliations = plural_titles[chain[0][0]]
            for _, _, key in chain[1:]:
                entities[key].type = "person"
                _add_description(entities[key], role, affiliations, None)
        elif _people_before_list(body, chain[0][0]):
            for _, _, key in chain:  # "her Norland and Eastland counterparts, Ivo Marsh and Bo Chen,": people
                if entities[key].type == "person?":
                    entities[key].type = "person"
    for start, end in speakers:
        words = LEADING_DETERMINER.sub("", body[start:end]).split()
        if (
            len(words) >= 2
            and words[-1].islower()
            and words[-1].endswith("s")
            and not words[-1].endswith("ss")
            and words[-1] not in _AUXILIARY_FORMS  # "The charge was denied by ...": a passive's subject, no group
        ):
            name = " ".join(words)
            entities.setdefault(normalise(name), _Entity(name, "group"))
            raw_mentions.append((end - len(name), end, normalise(name)))
    acting: set[str] = set()  # untyped names that act like people somewhere
    for _, end, key in raw_mentions:
        if key not in acting and entities[key].type in ("person?", "surname?") and _acts(body, end):
            acting.add(key)
    # untyped names that modify an organisation's noun somewhere ("the Bright Harbour council"): a place's or a
    # body's name, which its last word acting alone does not make a person's
    modifiers = {key for _, end, key in raw_mentions if entities[key].type == "person?" and _modifies_organisation(body, end)}
    # untyped names of three words or more after "the" somewhere ("the Ann Lee Hour"): a show's or a thing's, no person's
    the_named = {key for start, _, key in raw_mentions if entities[key].type == "person?" and key.count(" ") >= 2 and after_the(body, start)}
    referred: dict[str, str] = {}
    looked: dict[str, int] = {}  # sentences looked at per name, a few at most: the check is a long regex
    for _, end, key in raw_mentions:
        if key in acting and key not in referred and entities[key].type == "person?" and looked.get(key, 0) < 4:
            looked[key] = looked.get(key, 0) + 1
            if gender := _pronoun_after(body, end):
                referred[key] = gender
    coordinated = [[key for _, _, key in chain] for chain in chains]
    # names written somewhere after an owner ("Norland's Foreign Ministry"): a body of that owner, whatever other
    # body the article names with a country before the same words
    def owned(key: str) -> bool:
        return any(
            named == key and body.endswith(("’s ", "'s ", "s’ ", "s' "), max(0, start - 3), start) for start, _, named in raw_mentions
        )

    return _cast(
        entities, raw_mentions, _speaker_names(body, speakers, raw_mentions), nicknames | acronyms, acting, referred, modifiers, coordinated,
        the_named, owned,
    )


_COORDINATORS = frozenset({", ", " and ", ", and "})
# A plural noun for people right before a list of names in apposition: "her counterparts, ", "the three judges, ".
_PLURAL_BEFORE_LIST = re.compile(r"\b([a-z][a-z\-]{2,30}s),[ \t]$")
_PEOPLE_BEFORE_LIST_CHARS = 34
# Nouns for people that say how they stand to someone else, not what they are, so they are no person nouns of their
# own ("Ann Lee, her counterpart" does not describe Lee); before a list of names they still make each one a person.
_PEER_NOUNS = frozenset({"counterpart", "colleague"})


def _people_before_list(body: str, start: int) -> bool:
    """A list of names at ``start`` follows a plural noun for people, whose apposition it is ("his Lakeland and
    Norland counterparts, Ivo Marsh and Bo Chen"): each name is a person's, known first names or not."""
    noun = _PLURAL_BEFORE_LIST.search(body, max(0, start - _PEOPLE_BEFORE_LIST_CHARS), start)
    singular = noun.group(1)[:-1] if noun is not None else ""
    return singular in person_nouns() or singular in _PEER_NOUNS


def _coordinated_names(body: str, named: list[tuple[int, int, str]]) -> list[list[tuple[int, int, str]]]:
    """Runs of names joined by commas and a last "and" ("Ann Lee, Ivo Marsh and Bo Chen"): each a list of its
    mentions. Names joined only by commas ("Ann Lee, Lakeside") are no such list."""
    chains: list[list[tuple[int, int, str]]] = []
    current: list[tuple[int, int, str]] = []
    for mention in [*named, (-1, -1, "")]:
        between = body[current[-1][1] : mention[0]] if current and mention[0] >= 0 else None
        if between in _COORDINATORS:
            current.append(mention)
            continue
        if len(current) > 1 and body[current[-2][1] : current[-1][0]] != ", ":
            chains.append(current)
        current = [mention]
    return chains


def _speaker_names(body: str, speakers: list[Span], raw_mentions: list[tuple[int, int, str]]) -> set[str]:
    """The names that speak: each cue subject, except that in "Ann Lee of the Harbour Trust said" the person
    named before "of" speaks, not the organisation or place after it (as attribution decides too), and in "the
    director of the Harbour Trust Ann Lee said" the name ending the description speaks."""
    named_ends = {end: start for start, end, _ in raw_mentions}
    names = set()
    for start, end in speakers:
        if SPOKESPERSON_FOR.fullmatch(body, start, end):
            continue  # "a spokesperson for Northwind Ferries said": the name after "for" is no person
        apposed = _name_before_role_of(body, max(0, start - 90), start)
        if apposed is not None and apposed.group("role").lower() in role_words():
            names.add(apposed.group("name"))  # "Ann Lee, Dean of Lakeside School of Law said": Ann Lee speaks
            continue
        link = _MEMBER_LINK.search(body, max(0, start - 36), start)
        owner = named_ends.get(link.start()) if link else None
        person = body[owner : link.start()] if owner is not None and link else ""
        if person.rsplit(" ", 1)[-1].lower() in role_words():
            person = ""  # "Lakeland Secretary of State Ann Lee said": a title before "of", no person
        described = _DESCRIBED_MEMBER.match(body, start, end) if " " not in person else None
        if described is not None:
            person = described.group("name")  # "ecologist Ann Lee of Lakeside University said"
        if " " not in person and named_ends.get(end, start) > start:
            person = body[named_ends[end] : end]
        names.add(person if " " in person else body[start:end])
    return names


# A name, then its role at a place up to a subject that the place's name ends, the closing comma left out ("Ann Lee,
# Dean of Lakeside School of Law said").
_NAME_BEFORE_ROLE_OF = re.compile(
    rf"(?P<name>{NAME}),\s(?:the\s)?(?:[a-z\-]+\s){{0,2}}?(?P<role>[A-Za-z\-]+)\s(?:of|at|for)\s(?:the\s)?[^,;:“”\"().!?]*$"
)
# What _NAME_BEFORE_ROLE_OF needs after its comma, the last of the text: "of", "at" or "for" between spaces.
_NAME_BEFORE_ROLE_OF_LINK = re.compile(r"\s(?:of|at|for)\s")


def _name_before_role_of(body: str, start: int, end: int) -> re.Match[str] | None:
    """``_NAME_BEFORE_ROLE_OF.search(body, start, end)``, searched only where the text after its last comma holds
    the link word (the pattern's comma is the last one: no comma follows it), a test that most speakers fail."""
    comma = body.rfind(",", start, end)
    if comma < 0 or _NAME_BEFORE_ROLE_OF_LINK.search(body, comma, end) is None:
        return None
    return _NAME_BEFORE_ROLE_OF.search(body, start, end)


# A speaker described in lower case, named, then placed: "ecologist Ann Lee of Lakeside University".
_DESCRIBED_MEMBER = re.compile(rf"(?:(?:the|a|an)\s)?(?:[a-z][\w\-]*\s){{1,3}}(?P<name>{NAME})(?=\s(?:of|with|at|from)\s)")
_OWNER_WORD = re.compile(rf"\S+[’']s(?=[ \t\u00a0]+{UPPER})")


def _name_runs(body: str) -> Iterator[Span]:
    """Runs of capitalised words, split after an owner ("Ann Lee’s Harbour Trust" names Ann Lee and the
    Harbour Trust), and joined to the "of" or "for" phrase that completes an organisation's name ("Department
    of Fisheries", "Institute for Harbour Research")."""
    joined_until = -1
    for match in _NAME_RUN.finditer(body):
        if match.start() < joined_until:
            continue  # the words after "of" in a name already given
        start = match.start()
        run = match.group()
        owners = _OWNER_WORD.finditer(body, start, match.end()) if "’s" in run or "'s" in run else ()
        for owner in owners:
            if _common_owner(owner.group()):
                continue  # "the Lakeside Sheriff's Office", "Children's Hospital": one name
            yield start, owner.end()
            start = owner.end() + 1
            while body[start] in " \t\u00a0":
                start += 1
        end = match.end()
        if body.startswith(":", end) and run.endswith(_CAPTION_LABELS):
            # "Ann Lee Image: Harbour Press", "Ann LeeImage: ...": a caption's credit label glued to the name it captions
            label = next(label for label in _CAPTION_LABELS if run.endswith(label))
            end = start + len(body[start : end - len(label)].rstrip())
            if end <= start:
                continue
        pronoun = _PRONOUN_I_END.search(body, start, end) if run.endswith(("I", "m", "ve", "d", "ll")) else None
        if pronoun is not None and (pronoun.group("contraction") or _LOWER_WORD_NEXT.match(body, end) and not _regnal(body[start : pronoun.start()])):
            end = pronoun.start()  # "Michael Lee I am ...", "Do I’m ...": an answer's label or a word, then "I"
            if end <= start:
                continue
        following = body[end : end + 2]
        nicknamed = _NICKNAMED_REST.match(body, end) if following in _NICKNAME_OPENINGS else None
        if nicknamed is not None and run.rsplit(None, 1)[-1].lower() in first_name_genders():
            joined_until = nicknamed.end()  # "Ann “Nick” Lee": one person, the nickname inside the name
            yield start, joined_until
            continue
        # Each step below needs ", ", " & ", " and ", " for ", " of ", " on " or a space and a digit right after the
        # run: a run followed by none of them (most) is given as it is, without the tests.
        if following not in _RUN_GOES_ON and not (following[:1] == " " and following[1:].isdigit()):
            joined_until = end
            yield start, end
            continue
        # Each pattern below opens with literal text: tested first, so most runs (followed by none of it) cost no
        # regex call.
        listed = (
            _LISTED_NAME_REST.match(body, end)
            if body.startswith(", ", end) and (run.startswith("The ") or after_the(body, start))
            else None
        )
        if listed is not None and _listed_organisation(listed.group()):
            end = listed.end()  # "the Seismology, Hydrology and Weather Agency": one organisation
        numbered = _NUMBER_IN_NAME.match(body, end) if body.startswith(" ", end) and body[end + 1 : end + 2].isdigit() else None
        if numbered is not None and numbered.group("last").lower() in organisation_words() and run.split()[-1].lower() not in FUNCTION_WORDS:
            end = joined_until = numbered.end()  # "the Lost 52 Project", "Channel 4 News": a number inside the name
        ampersand = _AMPERSAND_REST.match(body, end) if body.startswith(" & ", end) else None
        if ampersand is not None:
            end = joined_until = ampersand.end()  # "Pike & Dale": one firm's name
        modifier = _COORDINATED_MODIFIER.match(body, end) if body.startswith(" and ", end) else None
        if modifier is not None and " " in body[start:end]:
            end = body.rindex(" ", start, end)  # "the Harbourline Trust and Safety team": "Trust" modifies "team"
        coordinated = _coordinated_organisation(body, start, end)
        if coordinated is not None:
            first_word, end = coordinated
            if _PLURAL_OWNER_END.search(body, start, first_word):
                yield start, first_word - 1  # "the Lakeland Ports' Trade and ...": the owner is a name of its own
                start = first_word
        elif body.startswith(" and ", end):
            end = joined_until = _coordinated_place_end(body, start, end) or end  # "Trinidad and Tobago": one country
        linked = _linked_organisation_end(body, start, end) if body.startswith(" for ", end) else None
        if linked is not None:
            end = linked  # "the Cinema for Peace Foundation": one organisation, not "Cinema" and "Peace Foundation"
        joined_until = _organisation_end(body, start, end) if body.startswith((" of ", " for ", " on "), end) else end
        yield start, joined_until


# A nickname in quotation marks after a given name, and the rest of the name after it (" “Nick” Lee").
_NICKNAME_OPENINGS = frozenset({" “", ' "', " ‘"})
_NICKNAMED_REST = re.compile(NICKNAME + NAME)
_NICKNAME = re.compile(NICKNAME)
# The two characters after a run that one of the steps joining words to it needs: ", " (a listed organisation), " &"
# (a firm), " a" (" and ": a coordinated modifier or organisation), " f" (" for ": a linked organisation or a remit),
# " o" (" of ", " on ": a remit); and a space before a digit (a number inside the name).
_RUN_GOES_ON = frozenset({", ", " &", " a", " f", " o"})
# The pronoun "I" (or "I’m", "I’ve", "I’d", "I’ll") ending a run of capitalised words, not a regnal or war number
# ("World War I", "King Charles I"); a bare "I" is the pronoun when a lower-case word follows it.
_PRONOUN_I_END = re.compile(r"[ \t]I(?P<contraction>[’'](?:m|ve|d|ll))?$")
_NUMBERED_BY_I = frozenset({"War", "King", "Queen", "Pope", "Emperor", "Tsar", "Czar", "Pharaoh"})
_LOWER_WORD_NEXT = re.compile(r"[ \t]+[a-z]")


def _regnal(before: str) -> bool:
    """The words before a final "I" take it as a number ("World War", "King Charles")."""
    words = before.split()
    return words[-1] in _NUMBERED_BY_I or len(words) >= 2 and words[-2] in _NUMBERED_BY_I
# A number of at most three digits and the capitalised words after it, which go on with the name of one capitalised
# word before it when they end with an organisation word ("the Lost 52 Project").
_NUMBER_IN_NAME = re.compile(rf" \d{{1,3}} (?:{UPPER}[\w\-]{{0,30}} ){{0,2}}(?P<last>{UPPER}[\w\-]{{0,30}})\b(?![’'\-])")
# " & " and the capitalised words after it, which go on with a firm's name ("Pike & Dale", "Lee & Sons").
_AMPERSAND_REST = re.compile(rf" & (?={UPPER}){NAME}")
# " and " and one capitalised word before a lower-case noun: the word ending a run is coordinated with it into a
# modifier of that noun ("the Harbourline Trust and Safety team", "its Research and Development unit").
_COORDINATED_MODIFIER = re.compile(rf" and {UPPER}[a-z\-]{{1,30}} (?:team|unit|department|division|office|group|staff|desk|teams|units|departments|divisions)\b")
# A list of single capitalised words, then " and " and capitalised words, after a name's first word: ", Hydrology
# and Weather Agency".
_LISTED_NAME_REST = re.compile(rf"(?:, {UPPER}[\w\-]{{1,30}}){{1,3}},? and {UPPER}[\w\-]{{1,30}}(?: {UPPER}[\w\-]{{1,30}}){{0,3}}")
_THE_BEFORE = re.compile(r"\b[Tt]he $")


def after_the(body: str, at: int) -> bool:
    """Whether the word "the" (or "The") and a space end right at ``at``: what ``_THE_BEFORE`` finds in the four
    characters before it, searched only where they are those words."""
    return at >= 4 and body.startswith(("the ", "The "), at - 4) and _THE_BEFORE.search(body, at - 4, at) is not None


def _listed_organisation(rest: str) -> bool:
    """The words after a name's first word list the subjects of one organisation ("the Seismology, Hydrology and
    Weather Agency"): they end in an organisation word, and none of them is a place, a demonym or a first name."""
    words = rest.replace(",", " ").split()
    names = [word for word in words if word != "and"]
    if _POSSESSIVE.sub("", names[-1]).lower() not in organisation_words():
        return False
    return not any(word in places() or word in demonyms() or word.lower() in first_name_genders() for word in names)


# " for " and the capitalised words after it ("... for Peace Foundation").
_LINKED_NAME_REST = re.compile(rf" for (?={UPPER}){NAME}")


def _linked_organisation_end(body: str, start: int, end: int) -> int | None:
    """The end of an organisation's name that a run of common words opens and "for" and capitalised words
    ending in an organisation word close ("the Cinema for Peace Foundation", "the Open Roads for Lakeland
    Alliance"): one name, not two. None when the run names a person, a place, a role or a person's standing
    ("Ann Lee for Harbour Trust", "Lakeland for Harbour Council", "Minister for Harbour Council"), when one word
    opens a sentence ("Support for Harbour Council grew"), and when the words after "for" name no organisation
    ("a prize for Ann Lee") or have an owner ("Sam Wilson for Lakeside's Harbour Council"). Not over "of", after
    which a person's name of two words, with a first name the lexicon may not know, most often names the
    organisation the person belongs to ("Sam Wilson of Harbour Trust")."""
    rest = _LINKED_NAME_REST.match(body, end)
    if rest is None or "’" in rest.group() or "'" in rest.group() or rest.group().rsplit(" ", 1)[-1].lower() not in organisation_words():
        return None
    words = body[start:end].split()
    while words and words[0].lower() in FUNCTION_WORDS:
        words = words[1:]
    if not words or len(words) > 2 or len(words) == 1 and _sentence_start(body, end - len(words[0])):
        return None  # "Support for Harbour Council grew": a sentence's first word may be a common noun
    tail_first = rest.group().split()[1].lower()
    names, roles, people, known = first_name_genders(), role_words(), person_nouns(), places()
    if tail_first in FUNCTION_WORDS or tail_first in names:
        return None
    for word in words:
        lowered = word.lower()
        if lowered in names or lowered in roles or lowered in people or word in known or word in demonyms():
            return None
        if _plural_role(word) or _POSSESSIVE.search(word) or lowered in organisation_words() or _is_acronym(word):
            return None
    return rest.end()


# Organisation words that are common nouns, capitalised only where they open a sentence ("Union leader Karl Benn",
# "Police chief Ann Lee", "Party chairman Ivo Marsh"); not names of one body ("Senate", "Congress", "Taliban").
_COMMON_BODY_NOUNS = frozenset(
    "union party police government council ministry committee team army navy court board company agency department "
    "office bureau hospital university school club league church coalition group unit press".split()
)
# One or two lower-case words after a word, the last a person's noun: "leader", "press officer", "deputy chief".
_LOWER_ROLE_AFTER = re.compile(r" (?:[a-z][\w\-]{1,20} )?(?P<role>[a-z][\w\-]{1,25})(?![\w\-])")


def _common_noun_before_role(body: str, start: int, end: int) -> bool:
    """The capitalised word at ``start`` opens a sentence and a lower-case role follows it ("Union leader Karl Benn
    told ...", "Police press officer Ann Lee said"): a common noun describing the role, no name of a body."""
    if not body.startswith(" ", end) or not body[end + 1 : end + 2].islower() or not _sentence_start(body, start):
        return False
    role = _LOWER_ROLE_AFTER.match(body, end)
    return role is not None and role.group("role") in person_nouns()


def _sentence_start(body: str, at: int) -> bool:
    """Whether ``at`` opens the text, a line or a sentence (after ". ", "! ", "? " or an opening quote)."""
    before = body[max(0, at - 2) : at]
    return at == 0 or before.endswith(("\n", "“", '"')) or before in (". ", "! ", "? ")


# " and " and the capitalised words after it, ending in an organisation word ("... and Wildlife Service").
_AND_NAME_REST = re.compile(rf" and (?={UPPER}){NAME}")
_PLURAL_OWNER_END = re.compile(r"s[’'] $")


def _coordinated_organisation(body: str, start: int, end: int) -> tuple[int, int] | None:
    """The start of the last word of a run and the end of the name it opens when " and " joins that word to
    capitalised words ending in an organisation word ("Fish and Wildlife Service", "the Lakeland Ports' Trade
    and Shipping Authority"): one organisation, not two names. Only a lone word, or one behind a plural owner
    or a function word, opens such a name; a place or an acronym does not ("Canada and Harbour Authority
    officials")."""
    if not body.startswith(" and ", end):
        return None
    rest = _AND_NAME_REST.match(body, end)
    words = rest.group().split()[1:] if rest else []
    portfolio = _portfolio_title_end(body, start, end, rest, words)
    if portfolio is not None:
        return start, portfolio
    head = _POSSESSIVE.sub("", words[-1]).lower() if words else ""
    service = len(words) == 1 and head in _SERVICE_REMITS  # "Rogaland Fire and Rescue": a service named by its remits
    if not service and (len(words) < 2 or head not in organisation_words() and head not in _REMIT_HEADS or head.endswith("s")):
        return None  # a plural head names members or a firm ("Lee and Democrats", "Acme and Harbour Industries")
    if any(_POSSESSIVE.search(word) for word in words[:-1]):
        return None  # "the Greens and People's Party": a name with an owner of its own is a second name
    if words[0] in places() or words[0] in demonyms():
        return None  # "the Coast Guard and US Harbour Police": a second name, with the area it serves
    first_word = max(body.rfind(" ", start, end) + 1, start)
    before = body[start:first_word]
    word = body[first_word:end]
    if word in places() or word in demonyms() or word.lower() in FUNCTION_WORDS or word.isupper():
        return None  # an acronym is a name of its own ("HBC and Harbour Radio")
    if before and before.strip().lower() not in FUNCTION_WORDS and not _PLURAL_OWNER_END.search(before) and not _service_area(before.strip()):
        return None  # "Ann Lee and Harbour Authority staff": the words before belong to another name; not the area
        # whose service it is ("North Lakeland Fire and Rescue Service", "US Fish and Wildlife Service")
    return first_word, rest.end()


def _coordinated_place_end(body: str, start: int, end: int) -> int | None:
    """The end of the capitalised words after " and " when the run's last word or two and the first of them name
    one known place ("Trinidad and Tobago", "Bosnia and Herzegovina’s minister", "the Trinidad and Tobago Police
    Service"): one name, not two."""
    rest = _AND_NAME_REST.match(body, end)
    if rest is None:
        return None
    before = body[start:end].split()[-2:]
    after = [_POSSESSIVE.sub("", word) for word in rest.group().split()[1:3]]
    known = places()
    for first in (before[-1:], before):
        for second in (after[:1], after):
            if " ".join([*first, "and", *second]) in known:
                return rest.end()
    return None


# Heads that make a body's name only after a coordinated remit ("the Health and Safety Executive"); alone before a
# name they are a title ("Executive Director Ann Lee").
_REMIT_HEADS = frozenset({"executive"})
# Remits that close a service's name on their own after another remit and "and" ("Dunmore Fire and Rescue", "the
# Lakeside Parks and Recreation"), but that open no name alone ("Rescue workers", "Recreation grounds").
_SERVICE_REMITS = frozenset({"rescue", "recreation"})
# A determiner or an owner right before a capitalised word: what opens an office's title ("the county's Police and
# Crime Commissioner"), not the name of someone coordinated with a title ("Ann Lee and Finance Minister Ivo Marsh").
_DETERMINER_BEFORE = caseless.compile(r"(?:(?<![\w’'])(?:the|its|his|her|their|our)|[\w][’']s)\s$", re.IGNORECASE)


def _portfolio_title_end(body: str, start: int, end: int, rest: re.Match[str] | None, words: list[str]) -> int | None:
    """The end of an office whose portfolio joins two remits before its title, with the holder's name if one follows
    ("the Police and Crime Commissioner", "the county's Health and Social Care Secretary Ann Lee"): one title, whose
    first word is no organisation. Only one word after a determiner or an owner opens such a title."""
    if rest is None or " " in body[start:end] or body[start:end].lower() in role_words():
        return None  # ("the Ambassador and Foreign Minister Ivo Marsh": two people)
    if not _DETERMINER_BEFORE.search(body, max(0, start - 12), start):
        return None
    title_at = next((index for index, word in enumerate(words[1:], 1) if word.lower() in role_words()), None)
    if title_at is None or any(word in places() or word in demonyms() for word in words[:title_at]):
        return None
    return rest.end()


_COMPASS = re.compile(r"^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central)\s")
_LEADING_THE = re.compile(r"^[Tt]he\s")


def _service_area(words: str) -> bool:
    """Words before a coordinated service's name that name the area it serves: a known place or country
    ("North Lakeland", "US"), or one word that is no first name ("Dunmore Fire and Rescue Service"), unlike
    a person's given name before a surname ("Ann Lee and Harbour Authority staff")."""
    area = _COMPASS.sub("", _LEADING_THE.sub("", words))
    return area in places() or area in demonyms() or " " not in area and area.lower() not in first_name_genders()


_COMMON_OWNERS = frozenset({"children", "women", "men", "people", "peoples", "veterans", "citizens"})


def _common_owner(word: str) -> bool:
    """An owner that is a common noun (a role or a kind of people: "Sheriff's", "Women's") belongs to the name
    it starts, unlike a name's owner ("Ann Lee's")."""
    lowered = word[word.rfind(" ") + 1 : -2].lower()
    return lowered in person_nouns() or lowered in _COMMON_OWNERS


# Words that, capitalised before "of", name a local government ("the City of Lakeside", "the Town of Hollis").
_MUNICIPALITIES = frozenset({"city", "town", "county", "township", "municipality", "village", "borough"})
# Last words that make a capitalised name a place ("Harbour County", "Lakeland Fourth District").
_PLACE_HEADS = frozenset(
    {"district", "county", "province", "region", "island", "islands", "peninsula", "oblast", "prefecture", "territory", "governorate"}
)
# Last words of the names of buildings and sites, which are places, even after a title ("the Sultan Omar Mosque",
# "Lakeside Airport"): never a person's surname.
_BUILDING_HEADS = frozenset({"mosque", "cathedral", "basilica", "stadium", "airport", "airfield", "bridge", "station", "square"})
_ORGANISATION_LINK = re.compile(rf" (?:of|for|on) (?:the )?(?={UPPER})")
_MAX_ORGANISATION_LINKS = 2
_ABBREVIATED_DATE = re.compile(r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mon|Tues?|Wed|Thu|Thurs|Fri|Sat|Sun)")


def _organisation_end(body: str, start: int, end: int) -> int:
    """Where the name of a run ending at ``end`` ends: a run ending in an organisation word goes on over "of",
    "for" or "on" and the capitalised words after it ("Ministry of Trade of Lakeland", "Committee on Harbour
    Safety"), else it ends at ``end``."""
    last_space = body.rfind(" ", start, end)
    last_word = body[max(start, last_space + 1) : end].lower()
    if last_word == "general" and last_space > start:
        last_word = body[max(start, body.rfind(" ", start, last_space) + 1) : last_space].lower()  # "Directorate General of"
    if last_word not in organisation_words() and not (last_word in _MUNICIPALITIES and body[start:end].istitle()):
        return end
    for _ in range(_MAX_ORGANISATION_LINKS):
        link = _ORGANISATION_LINK.match(body, end)
        tail = _NAME_RUN.match(body, link.end()) if link else None
        if tail is None or tail.group().split()[0].lower() in FUNCTION_WORDS or _ABBREVIATED_DATE.fullmatch(tail.group()):
            break  # "the Harbour Council on Nov. 3": a date, not the council's remit
        end = tail.end()
        more = _AND_REMIT.match(body, end)
        if more is not None and not any(_no_remit(word) for word in more.group("words").split()):
            end = more.end()  # "Department of Health and Human Services", "Institute of Volcanology and Seismology"
        elif more is not None and tail.group() in places() and more.group("words") in places() and body[more.end() : more.end() + 1] not in "’'":
            end = more.end()  # "the High Court of Lakeland and Norland": one jurisdiction of two places
    return end


# " and " and one or two capitalised words that end an organisation's remit, before a lower-case word, a bracket or
# punctuation: "... of Fisheries and Oceans said"; whole words only (not "... and Harbour Shar" of "Harbour Shark
# Tours", which goes on with a third capitalised word).
_AND_REMIT = re.compile(rf" and (?P<words>{UPPER}[\w\-]{{1,30}}(?: {UPPER}[\w\-]{{1,30}})?)(?![\w\-])(?=[ \t]*(?:[a-z(,.;:’'\n]|$))")


def _no_remit(word: str) -> bool:
    """A word that starts a name of its own rather than ending a remit: a first name, a place, a demonym."""
    return word.lower() in first_name_genders() or word in places() or word in demonyms()


# "<role> of|for|to|from (the)" right before a run: "Special Envoy for Lakeland Ann Lee", "Ambassador to the UN Ann
# Lee", "Senator from Lakeland Ann Lee".
_ROLE_LINK_BEFORE = re.compile(r"(?<![\w\-])(?P<role>[A-Za-z][\w\-]{1,25})\s(?:of|for|to|from)\s(?:the\s)?$")


def _after_role_link(body: str, start: int) -> bool:
    """A run at ``start`` follows "<role> of|for|to (the)" ("director of the Harbour Trust ...")."""
    if not body.endswith((" of ", " for ", " to ", " from ", " the "), max(0, start - 6), start):
        return False  # cheap test before the regex
    link = _ROLE_LINK_BEFORE.search(body, max(0, start - 40), start)
    return link is not None and link.group("role").lower() in role_words()
_ORGANISATION_APPOSITION = re.compile(
    r",\s(?:the|a|an)\s(?:[\w\-]{1,20}\s){0,3}?(?:group|company|firm|agency|organization|organisation|association|"
    r"union|charity|coalition|network|think[\s\-]tank|party|corporation|non-profit|nonprofit|institute)(?![’'\w\-])"
)
_ACRONYM_AFTER = re.compile(r"\s\(([A-Z][A-Z.&]{1,9})\)")
# _ACRONYM_AFTER's matches in a body, each starting one character later: opening on the bracket (a literal the engine
# skips ahead to), with the space before it a look-behind, the scan is not entered at every space of the body.
_BRACKETED_ACRONYM = re.compile(r"\((?<=\s\()([A-Z][A-Z.&]{1,9})\)")
_LABEL_END = re.compile(r":|,\s[A-Z][\w.]{0,12}\s[—–-]|\s[—–-]\s")


def _label_or_dateline(body: str, start: int, end: int) -> bool:
    """A run in capitals opening a paragraph (at ``start``) and ending in a colon or a dash is a label ("READ
    MORE:", "WATCH BELOW:") or a dateline ("OTTAWA —", "MILTON, Ont. —"), which names no actor."""
    return body[start:end].isupper() and bool(_LABEL_END.match(body, end))


def _group_around(body: str, start: int, end: int, demonym: str) -> tuple[str, Span] | None:
    """A group named by a demonym and a plural role noun: "European foreign ministers", or "foreign ministers
    from seven European countries" (named the first way), with the span of the phrase."""
    if body.startswith(" countries", end):
        before = _GROUP_BEFORE_COUNTRIES.search(body, max(0, start - 80), start)
        if before and before.group("head") in group_heads():
            return f"{demonym} {before.group('modifier') or ''}{before.group('head')}", (before.start("head"), end + 10)
    after = _GROUP_AFTER_DEMONYM.match(body, end, end + 60)
    if after and after.group("head") in group_heads():
        return f"{demonym} {after.group('modifier') or ''}{after.group('head')}", (start, after.end())
    return None


# Lower-case nouns that say what kind of organisation the name right after them is: "the media company Northwind".
_ORGANISATION_KINDS = frozenset(
    "company firm agency group organization organisation network union bank corporation retailer broadcaster startup "
    "start-up airline charity insurer automaker carmaker manufacturer publisher conglomerate giant watchdog regulator "
    "nonprofit non-profit consultancy utility".split()
)


def _organisation_noun_before(body: str, start: int) -> bool:
    """The word right before ``start`` is a lower-case noun for a kind of organisation."""
    space = body.rfind(" ", max(0, start - 20), start - 1)
    return body[space + 1 : start - 1] in _ORGANISATION_KINDS and body[start - 1] == " "


def _add_description(entity: _Entity, role: str | None, affiliations: tuple[str, ...], gender: str | None) -> None:
    """What one mention says of an entity: a role and affiliations (each kept once) and a gender (the first)."""
    if role and role not in entity.roles:
        entity.roles.append(role)
    for affiliation in affiliations:
        if affiliation not in entity.affiliations:
            entity.affiliations.append(affiliation)
    entity.gender = entity.gender or gender


def _role_around(body: str, start: int, end: int, following: str) -> tuple[str | None, tuple[str, ...]]:
    """A lower-case role before the name ("foreign minister Ri"), a description the name is in apposition with
    ("his father, Joseph,") or an apposition after it (``following`` are the two characters after the name)."""
    space = body.rfind(" ", start - 30 if start > 30 else 0, start - 1)
    word_before = body[space + 1 : start].strip()
    if word_before in person_nouns() or word_before.endswith(_OCCUPATION_ENDINGS):  # cheap test before the regex
        before = _LOWER_ROLE_BEFORE.search(body, max(0, start - 60), start)
        if before and (before.group("role") in person_nouns() or before.group("role").endswith(_OCCUPATION_ENDINGS)):
            modifier = _modifier_of_role(before.group("modifier").split())
            role, affiliations, _ = _title_role(tuple(modifier + [before.group("role")]))
            return role, affiliations
    if following[:1] == "," and word_before.endswith(",") and word_before[:-1] in person_nouns():
        # "Lee's father, Joseph, said": the name in apposition with a description, with the role's own modifiers ("The
        # company's chief executive, Omar Ruiz,")
        words = body[max(0, start - 60) : start - 2].split()[-3:]
        first = len(words) - 1
        while first > 0 and words[first - 1].isalpha() and words[first - 1].islower() and words[first - 1] not in _NO_ROLE_MODIFIER:
            first -= 1
        return " ".join(words[first:]), ()
    if following[:1] == "," and word_before.endswith(",") and body.startswith(", ", start - 2):
        # "The mayor of Lakeland, Ann Lee, said": the name in apposition with a role of a place or body
        role_of = _ROLE_OF_BEFORE_NAME.search(body, max(0, start - 90), start)
        if role_of and role_of.group("role").split()[-1] in person_nouns():
            return body[role_of.start("role") : role_of.end("body")], _body_of_role(role_of.group("role"), role_of.group("body"))
    # An apposition's role starts in lower case: after ", " only a lower-case letter (or more space) may come, or
    # an owner's name before a lower-case role ("Ann Lee, Ivo Marsh's lawyer,").
    if following[:1] != ",":
        return None, ()
    if body[end + 2 : end + 3].isdigit():
        age = _AGE_APPOSITION.match(body, end)
        if age is None:
            return None, ()
        end = age.end()  # "John Smith, 45, a retired teacher, said": the apposition after the age
    owned = False
    if not (body[end + 2 : end + 3].islower() or body[end + 2 : end + 3].isspace()):
        owned = _OWNER_BEFORE_ROLE.match(body, end + 2) is not None
        if not owned:
            return None, ()
    after = _APPOSITION_ROLE.match(body, end, min(len(body), end + 100))
    if after and not _NEXT_CONJUNCT.match(after.group("role")):  # (", and Dr. Ivo Marsh": the next name)
        phrase = _apposed_description(after.group("role"))
        words = phrase.split() if phrase else []
        # After an article a role may be a capitalised title: "Ann Lee, the Prime Minister of Arland,".
        titled = after.group().startswith((", the ", ", a ", ", an ")) and words and words[0][0].isupper()
        if words and (words[0][0].islower() or titled or owned) and any(word.lower() in person_nouns() for word in words[:4]):
            of_body = _BODY_AFTER_LINK.search(phrase)  # "spokeswoman for the Lakeland Port Authority": that body
            body_of = _body_of_role(phrase[: of_body.start()], of_body.group("body")) if of_body else ()
            return phrase, tuple(demonyms()[word] for word in words if word in demonyms()) + body_of
    return None, ()


# What links a person to the body named after it, whose apposition is the person's ("Ann Lee of Harbour College, a
# biologist").
_PERSON_TO_BODY_LINKS = (" of ", " from ", " at ", " of the ", " from the ", " at the ")
# "Its" opening a sentence and a role in apposition with the name after it: "Its president, ", "Its head of policy, ".
_ITS_ROLE_BEFORE = re.compile(r"(?:^|[.!?]\s|\n)Its\s(?:[a-z][\w\-]*\s){0,3}[a-z][\w\-]*,\s$")
# How far back the organisation that "Its" stands for may be named: the sentence before.
_ITS_OWNER_CHARS = 300


def _organisation_named_last(entities: dict[str, _Entity], raw_mentions: list[tuple[int, int, str]], start: int) -> str | None:
    """The organisation named last before ``start``, within the sentence or so before it: whom "Its president, Ann
    Lee," works for ("The Harbour Trust opposed the levy. Its president, Ann Lee, said ..."); none when a place or
    another thing was named after it ("Ann Lee toured Lakeside. Its mayor, ...")."""
    for mention_start, _, key in reversed(raw_mentions):
        if mention_start < start - _ITS_OWNER_CHARS:
            return None
        if entities[key].type != "person":
            return entities[key].name if entities[key].type == "organization" else None
    return None


# A person's age in apposition after the name, before another apposition: ", 45" of "John Smith, 45, a teacher,".
_AGE_APPOSITION = re.compile(r", \d{1,3}(?=, )")


def _body_of_role(role: str, body_name: str) -> tuple[str, ...]:
    """The place or body a role "of", "for" or "at" it belongs to, as an affiliation: only after a person's noun
    ("chief executive of Harbour Bank", "professor of economics at Harbour University", not "the Department of
    Justice"), and not a relative's or a client's ("wife of Ann Lee", "lawyer for Ivo Marsh")."""
    head = _FIELD_AFTER_HEAD.sub("", role).rsplit(" ", 1)[-1].lower()
    return (body_name,) if head in person_nouns() and head not in _RELATION_NOUNS else ()


# A field after a person's noun, before the body: "professor of economics (at ...)", "lecturer in law (at ...)".
_FIELD_AFTER_HEAD = re.compile(r"\s(?:of|in)\s[a-z][a-z\s\-]{0,40}$")
# Nouns of a person's relation to another person, whose "of" names no body: "wife of", "lawyer for", "friend of".
_RELATION_NOUNS = frozenset(
    "wife husband son daughter father mother brother sister boyfriend girlfriend partner widow widower friend cousin "
    "uncle aunt nephew niece grandson granddaughter grandfather grandmother fiancé fiancée child stepson stepdaughter "
    "lawyer attorney employee".split()
)
# The capitalised name of the place or body a role belongs to, after "of", "for" or "at" (and "the"): "Harbour Bank",
# "Lakeland Port Authority", "University of Lakeside".
_BODY_NAME = rf"(?P<body>{UPPER}[\w’'.\-&]*(?:\s(?:of\s|and\s|for\s)?{UPPER}[\w’'.\-&]*){{0,6}})"
# "The mayor of Lakeland, " or "the head of the Harbour Board, " right before a name: a role of a place or body.
_ROLE_OF_BEFORE_NAME = re.compile(
    rf"(?:^|(?<=[\s(]))(?:[Tt]he|[Aa]n?)\s(?P<role>(?:[a-z][\w\-]*\s){{0,2}}[a-z][\w\-]*)\s(?P<link>of|for|at)\s(?:the\s)?"
    rf"{_BODY_NAME},\s$"
)
# The capitalised body a role belongs to: "chief executive of Harbour Bank", "spokeswoman for the Port Authority".
_BODY_AFTER_LINK = re.compile(rf"\s(?:of|for|at)\s(?:the\s)?{_BODY_NAME}$")


_NEXT_CONJUNCT = re.compile(rf"(?:and|or)\s{UPPER}")
# An owner's name and a lower-case word after it, which open an apposition: "Ivo Marsh's lawyer".
_OWNER_BEFORE_ROLE = re.compile(rf"{UPPER}[\w\-]{{0,30}}[’']s\s[a-z]")
# Endings of lower-case words for an occupation before a name ("ophthalmologist Ann Lee", "statistician Ivo Marsh").
_OCCUPATION_ENDINGS = ("ologist", "ographer", "ician")
# Words that end the words before a lower-case role rather than describe it: function words ("with his brother
# Ivo", "which his wife Ann", "as bus driver Ivo Marsh"), auxiliaries ("Another was tour manager Ivo Marsh") and the
# participles of a passive ("survived by wife Ann", "backed by investor Ivo Marsh").
_NO_ROLE_MODIFIER = FUNCTION_WORDS - {"current"} | frozenset(AUXILIARIES) | {"by"}


def _modifier_of_role(words: list[str]) -> list[str]:
    """The words before a lower-case role that describe it ("Lakeland wildlife" of "Lakeland wildlife officer Ann
    Lee"): those after the last word that ends a clause or a phrase before it (a function word, an auxiliary, the
    speech verb of an inverted attribution: "said union president Ann Lee"), or a sentence ("in the Senate.
    Party leader Ann Lee")."""
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        if word.lower() in _NO_ROLE_MODIFIER or word.lower().endswith("ed") or word in _SAY:
            return words[index + 1 :]
        if word.endswith(".") and not is_abbreviation(word, len(word)):
            return words[index + 1 :]
    return words


# Adverbs of time opening an apposition ("Ann Lee, previously the mayor of Lakeside,"): "previously" and "formerly"
# make the role a former one, "currently" and "now" say nothing.
_FORMER_ADVERBS = frozenset({"previously", "formerly"})
_SAY = frozenset({"said", "says", "told", "tells"})
_RELATIVE_WORDS = frozenset({"who", "whose", "whom", "which", "that"})
_CLAUSE_AUXILIARIES = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would"})
_PRESENT_ADVERBS = frozenset({"currently", "now"})
_ARTICLE = re.compile(r"(?:the|a|an)\s")


def _apposed_description(phrase: str) -> str | None:
    """The description in an apposition after a name, or None when the phrase after the comma is no apposition
    but a relative clause ("who served as mayor ...", "which ..."), a predicate ("was previously ...", "is also the
    head ...", "led by ...", "also known as ..."), a prepositional phrase ("with Governor Ivo Marsh following suit")
    or a clause of its own ("his daughter said ..."). "previously the mayor of Lakeside" is "former mayor of
    Lakeside"."""
    first, _, rest = phrase.partition(" ")
    lowered = first.lower()
    if lowered in _FORMER_ADVERBS or lowered in _PRESENT_ADVERBS:
        rest = rest[_ARTICLE.match(rest).end() :] if _ARTICLE.match(rest) else rest
        return ("former " + rest if lowered in _FORMER_ADVERBS else rest) or None
    if lowered in _NO_APPOSITION_START or lowered.endswith("ed") and rest.startswith("by "):
        return None
    words = phrase.split()
    if any(word in _SAY for word in words[1:]):
        return None  # "Ivo Marsh, his daughter said, ...": a clause that reports speech
    for index, word in enumerate(words[1:], 1):
        if word in _RELATIVE_WORDS:
            words = words[:index]
            phrase = " ".join(words)  # "a lawyer who was at the scene": the description before its relative clause
            break
        if word in _CLAUSE_AUXILIARIES:
            return None  # "According to a report seen by Harbour Wire, the driver was drunk": a clause of its own
    if phrase[-1:].isalpha() and _described_name(words):
        return None  # "Ann Lee, businessman John Smith, and ...": the next name of a list, with its own description
    return phrase


def _described_name(words: list[str]) -> bool:
    """Words that end in a name right after a lower-case noun for a person ("businessman John Smith", "state senator
    Omar Ruiz"): a person of their own, described, not a description of the name before them."""
    named = len(words)
    while named > 0 and words[named - 1][:1].isupper():
        named -= 1
    return 0 < named < len(words) and words[named - 1] in person_nouns()


# First words of what follows a name and a comma that is no apposition: relative pronouns, auxiliaries, prepositions,
# conjunctions and other function words (but a possessive determiner opens one: "his father", "their coach").
_NO_APPOSITION_START = (FUNCTION_WORDS | frozenset(AUXILIARIES)) - {"his", "her", "their", "its", "our", "one", "two", "three", "current"}


def gender_of(role: str | None) -> str | None:
    """The gender a description gives ("his grandmother", "a father of two"), from its first four words."""
    words = {word.lower().strip(",.") for word in role.split()[:4]} if role else set()
    return "female" if words & _FEMALE else "male" if words & _MALE else None


def _fuller_names(entities: dict[str, _Entity]) -> dict[str, str]:
    """Shorter forms of multi-word person names mapped to the fullest name: its trailing words ("Mora Vidal",
    "Vidal": a surname, maybe preceded by a particle or a second surname; a generation such as "Jr." left
    out), its first word, and then an inner word ("Ana Mora Vidal" is "Mora" too: a paternal surname)."""
    fullest: dict[str, str] = {}
    people = [(key, key.split()) for key, entity in entities.items() if entity.type in ("person", "person?")]
    people = sorted(((key, _without_generation(words)) for key, words in people if len(words) >= 2), key=lambda item: -len(item[1]))
    for key, words in people:
        for size in range(1, len(words)):
            fullest.setdefault(" ".join(words[-size:]), key)
        fullest.setdefault(words[0], key)
        if len(words) >= 3:
            fullest.setdefault(f"{words[0]} {words[-1]}", key)  # "Ann Lee" for "Ann Mary Lee": no middle name
    for key, words in people:
        for word in words[1:-1]:
            if len(word) > 2 and word not in FUNCTION_WORDS:
                fullest.setdefault(word, key)
    return fullest


_NEXT_LOWER_WORD = re.compile(r"[ \t](?P<word>[a-z]{2,20})\b")


def _modifies_organisation(body: str, end: int) -> bool:
    """A name followed by a lower-case organisation word modifies it ("the Bright Harbour council")."""
    after = _NEXT_LOWER_WORD.match(body, end)
    return after is not None and after.group("word") in organisation_words()


_FINITE_VERB = re.compile(r"[ \t](?P<verb>[a-z]{2,20})\b")
_AGE = re.compile(r",[ \t]\d{1,3},")
# After a name, the words of a clause whose subject it is: a singular auxiliary ("Lee has") or "also".
_ACTING_WORDS = frozenset("is was has had will would could can did does also".split())


def _acts(body: str, end: int) -> bool:
    """A name followed by a finite verb ("Lee has", "Lee argued") or an age ("Lee, 49,") names someone who
    acts, as people do; a name followed by a noun ("the Lee Park council") modifies it."""
    if _AGE.match(body, end):
        return True
    after = _FINITE_VERB.match(body, end)
    if after is None:
        return False
    verb = after.group("verb")
    return verb in _ACTING_WORDS or verb in speech_verb_forms() or verb.endswith("ed")


_NAME_SHAPED = re.compile(rf"{UPPER}[a-zà-ÿ’'\-]+")
_AUXILIARY_FORMS = frozenset(AUXILIARIES) | {"shall"}  # never a word of a name ("Does", "Shall")


def _name_shaped(word: str) -> bool:
    """A word shaped like a part of a person's name: a capital then lower-case letters ("Marsh", "O'Neil"), no
    participle ("Regarding", "Participating"), auxiliary ("Does"), function word, place, demonym, organisation word or
    role, and no camel case or digits ("CentOS", "Under-8")."""
    lowered = word.lower()
    return (
        _NAME_SHAPED.fullmatch(word) is not None
        and not lowered.endswith("ing")
        and lowered not in _AUXILIARY_FORMS
        and lowered not in FUNCTION_WORDS
        and lowered not in organisation_words()
        and lowered not in role_words()
        and lowered.removesuffix("s") not in role_words()  # "Representatives"
        and lowered not in _NON_PERSON_START
        and word not in places()
        and word not in demonyms()
    )


# A legislature's chamber named alone, which is no short form of a body named after it ("the House" is not the "House
# Judiciary Committee"), only of its own full name ("House of Representatives", "Senate of Arland").
_CHAMBERS = frozenset({"house", "senate"})


def _organisation_short_forms(entities: dict[str, _Entity], fullest: dict[str, str]) -> dict[str, str]:
    """Untyped names that are the first words of one organisation's name ("Lakeview Collegiate" for "Lakeview
    Collegiate Institute", "Northwind" for "Northwind Energy"): its short forms, mapped to it; not a person's name
    that an organisation bears, nor the short form of a person's name ("Lee" of "Ann Lee" beside the "Lee Harbour
    Foundation")."""
    # the organisations (of two words or more) by each of their word prefixes: "northwind" and "northwind energy" for
    # "northwind energy group", in the entities' order (a key has single spaces: ``normalise``)
    longer_than: dict[str, list[str]] = {}
    for key, entity in entities.items():
        if entity.type == "organization" and " " in key:
            for space in (at for at, char in enumerate(key) if char == " "):
                longer_than.setdefault(key[:space], []).append(key)
    short_forms: dict[str, str] = {}
    for key, entity in entities.items():
        if entity.type not in ("person?", "surname?"):
            continue
        if " " in key and key.split()[0] in first_name_genders():
            continue  # "Ann Lee" is the person the "Ann Lee Harbour Foundation" is named after
        if key in fullest and entities[fullest[key]].type == "person":
            continue
        longer = longer_than.get(key, ())
        if len(longer) == 1 and (key not in _CHAMBERS or longer[0].startswith(key + " of ")):
            short_forms[key] = longer[0]
    return short_forms


# Organisation words that stand alone for a body the article names in full ("the Department", "the Commission");
# not a legislature or a force, which a bare word may name apart from the named one ("the Senate" of a state
# beside the "U.S. Senate").
_ANAPHORIC_HEADS = frozenset(
    "department ministry commission agency committee council authority board institute foundation association "
    "federation bureau office".split()
)


def _organisation_heads(entities: dict[str, _Entity]) -> dict[str, str]:
    """A lone organisation word ("the Department", "the Commission") mapped to the one longer organisation name it
    heads ("California Department of Parks", "European Commission"), which it stands for."""
    heads: dict[str, list[str]] = {}
    for key, entity in entities.items():
        words = key.split(" of ")[0].split(" for ")[0].split()
        if entity.type == "organization" and len(key.split()) > 1 and words[-1] in _ANAPHORIC_HEADS:
            heads.setdefault(words[-1], []).append(key)
    return {
        key: heads[key][0]
        for key, entity in entities.items()
        if entity.type == "organization" and " " not in key and len(heads.get(key, ())) == 1
    }


def _placed_organisations(entities: dict[str, _Entity], owned: Callable[[str], bool]) -> dict[str, str]:
    """An organisation's name of two words or more ("Air Force", "Foreign Ministry") mapped to the one longer
    organisation name that is the same words after a country, its people's adjective or a place ("United States Air
    Force", "Turkish Foreign Ministry", "US Supreme Court"): the body the article named in full. None where two such
    bodies are named ("the Lakeland and Norland navies") or the short name follows an owner ("Norland's Foreign
    Ministry"), a body of another country."""
    table = demonyms()
    known = places()
    placed: dict[str, list[str]] = {}
    for key, entity in entities.items():
        if entity.type != "organization" or key.count(" ") < 2:
            continue
        words = entity.name.split()
        for size in (1, 2, 3):
            prefix = " ".join(words[:size])
            if len(words) - size >= 2 and (prefix in table or prefix in known):
                placed.setdefault(normalise(" ".join(words[size:])), []).append(key)
    if not placed:
        return {}
    return {
        key: placed[key][0]
        for key, entity in entities.items()
        if entity.type == "organization" and len(placed.get(key, ())) == 1 and not owned(key)
    }


_ACRONYM_WORD = re.compile(r"[\w’'\-]+|,")


def _spelled_out_acronyms(body: str) -> Iterator[tuple[int, int, int]]:
    """Where an acronym in brackets ("(HEDR)") follows the capitalised words it abbreviates, with lower-case
    links and commas between them ("Institute of Harbour, Estuary Defence and Research (HEDR)", "Pike Gas and
    Electric (PG&E)"): their span and where the acronym starts."""
    for found in _BRACKETED_ACRONYM.finditer(body):
        letters = found.group(1).replace(".", "").replace("&", "")
        space = found.start() - 1  # where _ACRONYM_AFTER's match starts
        line = body.rfind("\n", max(0, space - 150), space) + 1
        words = list(_ACRONYM_WORD.finditer(body, max(line, space - 150), space))
        initials = ""
        for word in reversed(words):
            text = word.group()
            if text == "," or text.lower() in _INITIAL_SKIPS and text.islower():
                continue
            if not text[:1].isupper():
                break
            initials = text[0] + initials
            if initials == letters:
                if text.lower() not in FUNCTION_WORDS and len(letters) >= 3:
                    yield word.start(), words[-1].end(), found.start(1)
                break
            if not letters.endswith(initials):
                break


def _one_organisation(
    entities: dict[str, _Entity], raw_mentions: list[tuple[int, int, str]], name: str, start: int, end: int
) -> list[tuple[int, int, str]]:
    """The names mentioned between ``start`` and ``end`` made one organisation's ``name``; a name mentioned only
    there is no actor of its own. Returns the mentions."""
    inside = {key for mention_start, mention_end, key in raw_mentions if start <= mention_start and mention_end <= end}
    kept = [mention for mention in raw_mentions if not start <= mention[0] < end]
    key = normalise(name)
    for lone in inside - {mention[2] for mention in kept} - {key}:
        del entities[lone]
    entity = entities.setdefault(key, _Entity(name, "organization"))
    entity.type = "organization"
    return [*kept, (start, end, key)]


_INITIAL_SKIPS = frozenset({"of", "and", "the", "for", "on", "de", "du", "des", "la", "le", "&"})


def _initialisms(entities: dict[str, _Entity], merged: dict[str, str]) -> dict[str, str]:
    """Acronyms the article never spells out in brackets, mapped to the one longer name whose capitalised words
    they are the initials of ("PBO" for "Parliamentary Budget Officer", "RCMP" for "Royal Canadian Mounted
    Police")."""
    by_initials: dict[str, list[str]] = {}
    for key, entity in entities.items():
        words = [word for word in entity.name.split() if word.lower() not in _INITIAL_SKIPS]
        if len(words) >= 2 and entity.type in ("organization", "person?") and all(word[:1].isupper() for word in words):
            by_initials.setdefault("".join(word[0] for word in words), []).append(key)
    found = {}
    for key, entity in entities.items():
        letters = entity.name.replace(".", "")
        if key in merged or not _is_acronym(entity.name) or entity.type != "organization":
            continue
        targets = by_initials.get(letters, [])
        if len(targets) == 1 and targets[0] != key:
            found[key] = targets[0]
    return found


_REST_OF_SENTENCE = re.compile(r"[^.!?\n]{0,200}?\b(?P<pronoun>[Hh]e|[Hh]im|[Hh]is|[Ss]he|[Hh]er)\b")


def _known_person(key: str, referred: dict[str, str], speaker_keys: set[str]) -> bool:
    """A run of capitalised words is a person once it (or its surname alone) speaks, when it starts with a known
    first name, or when "he" or "she" refers to it in its sentence."""
    if key.split()[0] in first_name_genders() or key in referred or key in speaker_keys:
        return True
    return _without_generation(key.split())[-1] in speaker_keys


def _pronoun_after(body: str, end: int) -> str | None:
    """The gender of a personal pronoun later in the sentence of a name that acts ("Ann Lee was at work when
    she heard it"): the name is a person's."""
    found = _REST_OF_SENTENCE.match(body, end)
    if found is None:
        return None
    return "female" if found.group("pronoun").lower() in ("she", "her") else "male"


_INITIAL = re.compile(rf"{UPPER}\.")


def _paternal_surnames(entities: dict[str, _Entity], the_named: set[str]) -> dict[str, str]:
    """People named by an inner word of one longer person's name, alone or after its first word ("Governor Mora",
    "Ana Mora" for "Ana Mora Vidal": a paternal surname without the maternal one), mapped to that name; only where no
    other such name holds the word, the word is no common given name, every word of the longer name is a name's word
    or an initial ("John Lee" is not the "John Lee Voting Rights Act") and no mention of it follows "the" (``the_named``:
    "Ann Lee" is not "the Ann Lee Show")."""
    longer = [
        (key, key.split())
        for key, entity in entities.items()
        if entity.type in ("person", "person?")
        and key not in the_named
        and len(key.split()) >= 3
        and all(_name_shaped(word) or _INITIAL.fullmatch(word) for word in entity.name.split())
    ]
    found: dict[str, str] = {}
    for key, entity in entities.items():
        words = key.split()
        if entity.type not in ("person", "person?") or len(words) > 2 or words[-1] in first_name_genders():
            continue
        targets = [
            target
            for target, target_words in longer
            if words[-1] in target_words[1:-1] and (len(words) == 1 or words[0] == target_words[0])
        ]
        if len(targets) == 1:
            found[key] = targets[0]
    return found


def _merged_names(
    entities: dict[str, _Entity],
    acronyms: dict[str, str],
    acting: set[str],
    modifiers: set[str],
    the_named: set[str] = frozenset(),
    owned: Callable[[str], bool] = lambda key: False,
) -> dict[str, str]:
    """The entity each shorter name, short form or acronym is merged into, by key: its fullest name. The fuller
    entity takes the shorter one's name as an alias and what it tells of its type and gender."""
    fullest = _fuller_names(entities)
    merged: dict[str, str] = {key: target for key, target in acronyms.items() if key in entities and key != target}
    merged.update(_organisation_short_forms(entities, fullest))
    for key, target in _organisation_heads(entities).items():
        merged.setdefault(key, target)
    for key, target in _placed_organisations(entities, owned).items():
        merged.setdefault(key, target)
    for key, target in _initialisms(entities, merged).items():
        merged[key] = target
        if entities[target].type == "person?":
            entities[target].type = "organization"  # "the Parliamentary Budget Officer ... the PBO": an office
    for key in merged:
        entities[merged[key]].aliases.add(entities[key].name)
    # (the words of people's names after their first: "Lee" of "Ann Lee", "Mora" of "Ana Mora Vidal")
    later_words = {word for key, entity in entities.items() if entity.type in ("person", "person?") for word in key.split()[1:]}
    paternal = _paternal_surnames(entities, the_named)
    for key, entity in entities.items():
        target = paternal.get(key) or fullest.get(key)
        target = merged.get(target, target)  # ("Lee" of "Nick Lee", who is Ann “Nick” Lee: Ann Lee)
        if not target or target == key or key in merged:
            continue
        # (a person named by the first word of a name of three words or more is that person when no name holds the
        # word further on and it is no common given name, which a relative named alone goes by: "Dr Meera" for
        # "Meera Sabin Karim", but not "his father, Joseph," beside a "Joseph Kamau", nor "Governor Ruiz" for "Ruiz
        # Garced", two surnames)
        titled_first = (
            entity.type == "person"
            and target.startswith(key + " ")
            and (target.count(" ") >= 2 or bool(entity.roles))
            and key not in later_words
            and key not in first_name_genders()
        )
        words, fuller_words = key.split(), _without_generation(target.split())
        no_middle = len(words) == 2 and len(fuller_words) >= 3 and words == [fuller_words[0], fuller_words[-1]]
        if entity.type in ("person?", "surname?") or entity.type == "person" and target.endswith(" " + key) or titled_first or no_middle or key in paternal:
            merged[key] = target
            fuller = entities[target]
            fuller.aliases.add(entity.name)
            # A short form makes the full name a person when it is one ("Dr. Lee"), or when the full name acts
            # like one ("Ann Lee scored") rather than only modifying a noun ("the Lee Park council"), or its surname
            # alone does ("Ivo Marsh's seat ... after Marsh was elected").
            surname_acts = (
                key in acting
                and target not in modifiers
                and target.endswith(" " + key)
                and (" " not in key or key.split()[0] in PARTICLES)
                and all(map(_name_shaped, entities[target].name.split()))
            )
            if fuller.type == "person?" and (entity.type == "person" or target in acting or surname_acts):
                fuller.type = "person"
            fuller.gender = fuller.gender or entity.gender
    return merged


def _cast(
    entities: dict[str, _Entity],
    raw_mentions: list[tuple[int, int, str]],
    speaker_names: set[str],
    acronyms: dict[str, str],
    acting: set[str],
    referred: dict[str, str],
    modifiers: set[str] = frozenset(),
    coordinated: list[list[str]] = (),
    the_named: set[str] = frozenset(),
    owned: Callable[[str], bool] = lambda key: False,
) -> Cast:
    """The actors from the entities found, with shorter names and acronyms ("Harbour Development Agency (HDA)")
    merged into the fullest name."""
    merged = _merged_names(entities, acronyms, acting, modifiers, the_named, owned)
    counts: dict[str, int] = {}
    for _, _, key in raw_mentions:
        target = merged.get(key, key)
        counts[target] = counts.get(target, 0) + 1
    # Only names speak as names: "the city said" must not make "Lakeside City" a person; each of two names
    # speaking together ("Lee and Okafor said") speaks.
    conjuncts = [part for name in speaker_names for part in name.split(" and ")]
    named_speakers = [
        name for name in conjuncts if all(word[:1].isupper() or word in PARTICLES or PARTICLE_NAME_WORD.match(word) for word in name.split())
    ]  # ("Karem al-Rashidi": a surname behind a particle and a hyphen)
    speaker_keys = {normalise(name) for name in named_speakers}
    speaker_keys |= {key.split()[-1] for key in speaker_keys if key}
    known = {key for key, entity in entities.items() if entity.type == "person?" and _known_person(key, referred, speaker_keys)}
    for chain in coordinated:
        # names listed or coordinated with a person's are people's too ("Ivo Marsh and Dr. Bo Chen", "Ann Lee,
        # Ivo Marsh and Bo Chen" with one of them known): like is coordinated with like
        targets = [merged.get(key, key) for key in chain]
        if any(entities[target].type == "person" or target in known for target in targets):
            for target in targets:
                if entities[target].type == "person?" and all(map(_name_shaped, entities[target].name.split())):
                    entities[target].type = "person"
    actors: dict[str, Actor] = {}
    genders: dict[str, str] = {}
    for key, entity in entities.items():
        if key in merged:
            continue
        kind = entity.type
        if kind == "surname?":
            continue  # a lone capitalised word that names nobody we know
        if kind == "person?":
            kind = "person" if key in known else None  # (_known_person)
            # a known first name tells the gender better than a pronoun after the name in its sentence, which may
            # stand for someone else ("Dave Lee tweeted after hearing of her death")
            entity.gender = entity.gender or first_name_genders().get(key.split()[0]) or referred.get(key)
        if kind is None:
            continue
        actor = Actor(
            id=actor_id(entity.name, kind),
            name=entity.name,
            type=kind,  # type: ignore[arg-type]
            roles=entity.roles,
            affiliations=entity.affiliations,
            aliases=sorted(entity.aliases),
            mention_count=counts.get(key, 0),
        )
        actors[key] = actor
        gender = entity.gender or (first_name_genders().get(key.split()[0]) if kind == "person" and " " in key else None)
        if gender:
            genders[actor.id] = gender
    by_alias: dict[str, Actor] = {}
    for key, actor in actors.items():
        by_alias[key] = actor
        for alias in actor.aliases:
            by_alias.setdefault(normalise(alias), actor)
    for key, actor in actors.items():
        if actor.type == "person" and " " in key:
            by_alias.setdefault(_without_generation(key.split())[-1], actor)  # the surname alone
    mentions = sorted(
        ((start, end, actors[merged.get(key, key)]) for start, end, key in raw_mentions if merged.get(key, key) in actors),
        key=lambda mention: mention[0],
    )
    ordered = sorted(actors.values(), key=lambda actor: -actor.mention_count)
    return Cast(ordered, by_alias, mentions, [start for start, _, _ in mentions], genders)
