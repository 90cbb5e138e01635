"""The speech cue and what every part of the stage shares: the ``Cue``, pronouns, the classes of verbs the rules
ask about (verbs that report nothing, verbs of telling, of people speaking, of requests), the name patterns, the
bounds of the windows looked at, the characters trimmed off reported content and two small tests of text.

Apart so that each module of the stage can import them without importing another's rules.
"""

from __future__ import annotations

from dataclasses import dataclass

from worker.extract.names import AUXILIARIES
from worker.extract.text import Span

PRONOUNS = frozenset("he she they it we i".split())
# Verbs whose following phrase is never reported content: "described it as “X”" only attributes the quote.
NON_REPORTING = frozenset(
    {"describe", "characterize", "call", "term", "denounce", "label", "brand", "dub", "refer", "believe", "continue", "read", "ask", "wonder", "answer"}
)
_TELL_LIKE = frozenset({"tell", "inform", "assure", "reassure", "remind", "advise", "notify"})
_LOOKBACK = 300
# Reported content longer than this is cut: clauses are shorter, and the bound keeps run-on text linear.
_MAX_CONTENT = 1200
# Real sentences hold a handful of speech verbs; looking at no more keeps run-on text ("said said said ...") fast.
_MAX_VERBS_PER_SENTENCE = 12

_DET = r"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ne|[Tt]wo|[Ss]everal|[Mm]any|[Ss]ome|[Oo]ther|[Tt]hose|[Tt]hese|[Tt]his|[Tt]hat)"
_MODIFIER = r"[\w’'.\-]{1,30}"
_AUXILIARY = "(?:" + "|".join(AUXILIARIES) + ")"
_FINITE = frozenset(AUXILIARIES)
# Words that may stand between a subject and its verb and are no part of the subject: adverbs, auxiliaries and
# "been" ("Ann Lee has repeatedly said", "Police had earlier told"). The subject's words end before them.
_BEFORE_VERB_WORDS = frozenset(
    """also later then has have had would will reportedly previously earlier again once further recently repeatedly
    publicly quickly already never often always did does do could may might can should not just only first last
    finally told been initially subsequently immediately simply flatly separately privately angrily bluntly long
    still even since too""".split()
)


@dataclass(frozen=True)
class Cue:
    """One speech cue in a sentence; ``content`` is the reported span (None when nothing is reported)."""

    verb: Span
    lemma: str
    subject: Span | None
    content: Span | None
    content_before: bool
    sentence: Span


# Verbs that report a request only with the act requested in a "to" infinitive, and the particles they take:
# "called on/for X to Y", "asked (for) X to Y"; without one they name or question ("called it a sham").
_DIRECTIVE_PARTICLES = {"call": ("for", "on", "upon"), "ask": ("", "for")}
_DIRECTIVE_LEMMAS = frozenset({"call for", "call on", "call upon", "ask to", "ask for"})

# Verbs of people speaking, unlike "suggest", "show" or "boast", which data and things do too.
_PERSONAL_SPEECH = frozenset(
    """say tell add claim explain insist argue note write complain recall warn admit acknowledge concede confirm
    deny announce reply respond answer agree allege accuse urge demand advise inform assure remind
    joke quip shout yell whisper chant exclaim lament""".split() + ["point out"]
) | _DIRECTIVE_LEMMAS


def _ends_with_comma(prefix: str) -> bool:
    """The words before a cue end with a comma, maybe inside closing quotation marks ("“like snipers,” he said", also
    « » and „ “)."""
    return prefix.rstrip("\"”’'»“").endswith(",")


_CONTENT_TRIM = " \t\n,;:–—-.!?"


def _nonempty(span: Span | None) -> Span | None:
    """A content span worth reporting: at least two words."""
    if span is None or span[1] - span[0] < 6:
        return None
    return span
