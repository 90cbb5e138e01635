"""Signed pull quotes: a paragraph of someone's words set off from the story and signed with the name alone
("... no family here. Ann Lee"), and embedded posts closed by their author ("— Ann Lee (@annlee)").

Apart because they are found in the body's paragraphs as a whole, not from a speech verb.
"""

from __future__ import annotations

import re
from itertools import accumulate

from worker.extract.cues.model import Cue
from worker.extract.text import trim

# A pull quote: a paragraph of someone's words set off from the story and signed with the name alone, maybe with
# an affiliation ("... no family here. Ann Lee", "... knocking on their doors. Omar Ruiz, Harbour Rentals"). The
# name ends the paragraph without a period of its own, which tells it from a sentence that ends in a name.
_PULL_QUOTE = re.compile(
    r"^(?P<content>[^\S\n]*[^\s“\"‘'][^\n]{14,700}?[.!?…])[ \t]+"
    r"(?P<name>[A-Z][\w’'\-]{1,20}(?:[ \t][A-Z][\w’'\-]{1,20}){1,3})(?:,[ \t][A-Z][^,.\n]{1,40}(?:\.[a-z]{2,3})?)?[ \t]*$",
    re.MULTILINE,
)


# An embedded post: its text, maybe a link, then "— Ann Lee (@annlee) January 15, 2019" closing the paragraph.
_EMBEDDED_POST = re.compile(
    r"^(?P<content>[^\S\n]*[^\s—][^\n]{14,700}?)(?:[ \t]+(?:pic\.twitter\.com/|https?://t\.co/)[\w/]{1,40})?[ \t]+[—–-][ \t]"
    r"(?P<name>[A-Z][\w’'.\-]{0,20}(?:[ \t][A-Z][\w’'.\-]{0,20}){0,3})[ \t]\(@\w{1,30}\)(?:[ \t][A-Z][a-z]{2,8}[ \t]\d{1,2},[ \t]\d{4})?[ \t]*$",
    re.MULTILINE,
)


# The shortest line _PULL_QUOTE matches: 16 characters of content, a space and a name of two words of two letters.
_SHORTEST_PULL_QUOTE = 22


def _pull_quotes(body: str) -> list[Cue]:
    """The pull quotes of a body whose signer the story names elsewhere, and the posts it embeds: each a cue whose
    content comes before it."""
    found = []
    # What _PULL_QUOTE.finditer(body) finds, tried only at the lines long enough for it that do not end in a
    # period (a signed line ends in a name or an affiliation): most paragraphs, and the blank lines between
    # them, are skipped without the pattern's lazy walk through them.
    lines = body.split("\n")
    line_starts = accumulate(map(len, lines), lambda at, length: at + length + 1, initial=0)
    tried = (
        _PULL_QUOTE.match(body, at)
        for at, line in zip(line_starts, lines)
        if len(line) >= _SHORTEST_PULL_QUOTE and not line.rstrip(" \t").endswith(".")
    )
    for match in filter(None, tried):
        name = match.group("name")
        if name.split()[0] in _NOT_SIGNING or body.count(name.split()[-1]) < 2:
            continue  # (a pull quote is someone's the story quotes; "The Harbour Press" signs no words)
        found.append(_signed(body, match))
    if "(@" in body:
        found.extend(_signed(body, match) for match in _EMBEDDED_POST.finditer(body))
    return found


def _signed(body: str, match: re.Match[str]) -> Cue:
    """The cue of words that a name signs after them."""
    content = trim(body, match.span("content"), " \t")
    end = content[1] - 1 if body[content[1] - 1] == "." else content[1]
    return Cue(match.span("name"), "say", match.span("name"), (content[0], end), True, (match.start(), match.end()))


_NOT_SIGNING = frozenset("The A An This That With By Photo Image Source Credit".split())
