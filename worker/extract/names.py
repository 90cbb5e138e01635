"""Regular-expression pieces for proper names, and the closed word classes (auxiliaries, the forms of "be",
function words) that cue, actor, attribution and position detection share, so that they agree on them.

A name word is a capitalised word, an initial ("J.", "U.S.") or an abbreviated title ("Mr."); a word's own
period is never swallowed, so "Zelensky. The" stays two sentences. Repetitions are bounded.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# A capital letter, accented ones included ("Łukasz", "Ömer", "Émile"): Latin-1 and Latin Extended-A.
UPPER = "[A-Z" + "".join(char for char in map(chr, range(0xC0, 0x180)) if char.isupper()) + "]"
# Abbreviated titles before a person's name ("Sgt. Ann Lee", "Const. Omar Ruiz", a Canadian councillor's "Coun. Ivo Marsh").
PERSON_TITLE_WORDS = "Mr Mrs Ms Dr Sen Rep Gov Gen Lt Col Sgt Capt Prof Rev Supt Insp Det Const Cst Cpl Coun".split()
PERSON_TITLES = "(?:" + "|".join(PERSON_TITLE_WORDS) + ")"
NAME_WORD = (
    rf"(?:(?:{PERSON_TITLES}|St|Jr|Sr|Mt|Ft)\.(?=\s)"
    rf"|(?:[A-Z]\.){{1,3}}(?=[\s,’'])|{UPPER}[\w’'\-]{{0,30}})"
)
# Lower-case words inside a name ("Ana de la Cruz", "Arnel dela Vega", "Bashar al-Assad").
_PARTICLE_WORDS = "de da di du del dela della van von der den le la al bin ibn el dos das".split()
PARTICLES = frozenset(_PARTICLE_WORDS)
PARTICLE = "(?:" + "|".join(_PARTICLE_WORDS) + ")"
# A name word behind a particle and a hyphen ("al-Assad"), which starts in lower case.
PARTICLE_WORD = rf"{PARTICLE}-{UPPER}"
# The days of the week and the months, which time adjuncts name ("on Monday", "in early March").
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
PARTICLE_NAME_WORD = re.compile(PARTICLE_WORD)  # matched at a word's start by actors, attribution and cues
# Later words may follow particles ("Ana de la Cruz") or carry one with a hyphen ("Bashar al-Assad").
NAME_REST = rf"(?:[ \t\u00a0]{{1,2}}(?:{PARTICLE} ){{0,2}}(?:{PARTICLE}-)?{NAME_WORD}){{0,7}}"  # the words after the first
NAME = NAME_WORD + NAME_REST
# A nickname in quotation marks inside a person's name, between the given name and the rest ("Ann “Nick” Lee").
NICKNAME = rf" [“\"‘](?P<nickname>{UPPER}[\w.\-]{{0,20}}(?: {UPPER}[\w.\-]{{0,20}}){{0,2}})[”\"’] (?={UPPER})"
# A name word after its first character, which the pattern has read as an UPPER: each alternative of NAME_WORD
# checks that character by a look-behind (a title's letter, an initial's A-Z), so that a scan for names can open
# with the class of capitals, which the engine skips ahead to, instead of a look-ahead tried at every character.
# The titles' alternatives, a look-behind each, are tried only where what every title's rest is follows (lower-case
# letters, no more than the longest rest holds, a period and a space): a look-ahead that fails at most capitals.
_ABBREVIATED_WORDS = [*PERSON_TITLE_WORDS, "St", "Jr", "Sr", "Mt", "Ft"]
NAME_WORD_AFTER_CAPITAL = (
    rf"(?:(?=[a-z]{{1,{max(map(len, _ABBREVIATED_WORDS)) - 1}}}\.\s)"
    rf"(?:{'|'.join(f'(?<={title[0]}){title[1:]}' for title in _ABBREVIATED_WORDS)})\.(?=\s)"
    rf"|(?<=[A-Z])\.(?:[A-Z]\.){{0,2}}(?=[\s,’'])|[\w’'\-]{{0,30}})"
)
# The auxiliaries and modals (finite forms of "be", "have", "do", and "will", "can" ...): a clause's verb when
# they open it or follow its subject. One set, so that every pattern that looks for a clause agrees on its verb.
AUXILIARIES = ("is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may", "might", "must",
               "should", "did", "does", "do")
# The forms of "be": BE any of them, a copula or a passive's auxiliary ("is against", "was described", "will be
# named"); BE_INFLECTED all but the bare "be", for the passives that leave a modal's "be" out ("should be scrapped").
BE_FORMS = ("is", "are", "was", "were", "be", "been", "being")
BE = "(?:" + "|".join(BE_FORMS) + ")"
BE_INFLECTED_FORMS = tuple(form for form in BE_FORMS if form != "be")
BE_INFLECTED = "(?:" + "|".join(BE_INFLECTED_FORMS) + ")"


def opening_with_first_letters(alternatives: Sequence[str]) -> str:
    """``\\b(?:A|B|...)`` written to open with the class of its alternatives' first characters: the word boundary
    tested by a look-behind after that character, and each alternative behind a look-behind for its own first
    character, in the same order (so the same match is found). A pattern that opens with ``\\b`` gives the engine
    nothing to skip to, so it is entered at every character of the text searched; one that opens with a class is
    entered only at the characters of that class. Each alternative opens with an ASCII letter (the boundary: no
    word character before it) or with ``['’]`` (the boundary: a word character before it); no alternative holds a
    top-level ``|`` or opens with a letter that a quantifier follows."""
    firsts: list[str] = []
    parts: list[str] = []
    letters: list[str] = []
    for alternative in alternatives:
        if alternative.startswith("['’]"):
            if letters:
                parts.append(r"(?<!\w.)(?:" + "|".join(letters) + ")")
                letters = []
            parts.append(r"(?<=\w['’])" + alternative[4:])
            firsts += ["'", "’"]
            continue
        first, rest = alternative[:1], alternative[1:]
        if not (first.isascii() and first.isalpha()) or rest[:1] in ("?", "*", "+", "{"):
            raise ValueError(f"not an alternative opening with a letter: {alternative!r}")
        letters.append(f"(?<={first}){rest}")
        firsts.append(first)
    if letters:
        parts.append(r"(?<!\w.)(?:" + "|".join(letters) + ")")
    return "[" + "".join(dict.fromkeys(firsts)) + "](?:" + "|".join(parts) + ")"


# BE_INFLECTED after a word boundary, opening with its first letters.
BE_INFLECTED_WORD = opening_with_first_letters(BE_INFLECTED_FORMS)
# A link ending the text before a name that a person belongs to: "Ann Lee of the Harbour Trust", "Ann Lee
# with the Harbour Board", "Ann Lee of the navy's Northern Command".
MEMBER_LINK = r"[ \t](?:with|of|from|at)[ \t](?:[Tt]he[ \t])?(?:[a-z][\w\-]{0,20}[’'][s][ \t])?$"
# A spokesperson of a named body, who speaks for it: "a spokesperson for Northwind Ferries", "a spokesman of the
# Harbour Trust".
SPOKESPERSON_FOR = re.compile(
    r"(?:[Aa]n?|[Oo]ne)\s(?:[a-z][\w\-]*\s){0,2}spokes(?:person|man|woman)\s(?:for|of|from)\s(?:the\s)?(?P<name>[A-Z][^,;:]{0,80})"
)
# Capitalised words that start sentences or headlines but are never a name on their own.
FUNCTION_WORDS = frozenset(
    """the a an and but or so yet if in on at to of for from by with after before during while when where
    as since until though although because this that these those it its he she they we i his her their our
    there here what who which how why then also even only however meanwhile still now today yesterday last next
    according both many most some several other another all each every no not one two three
    unlike like despite amid among against between through without within under over about across around
    following including except beyond behind toward towards instead amongst whilst upon
    later earlier previously subsequently separately additionally afterwards moreover furthermore nevertheless
    similarly likewise recently currently initially eventually finally current shortly immediately soon thereafter
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december""".split()
)
