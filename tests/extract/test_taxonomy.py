"""The issue taxonomy: the default data, user files that extend or replace it, and validation."""

from __future__ import annotations

import dataclasses
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from worker.extract import caseless
from worker.extract.exceptions import TaxonomyError
from worker.extract.taxonomy import (
    _pattern_openers,
    by_first_letter,
    cue_expression,
    default_taxonomy,
    load_taxonomy,
)

CAP_MAJOR_TOPICS = {
    "macroeconomics", "civil-rights", "health", "agriculture", "labor", "education", "environment", "energy",
    "immigration", "transportation", "law-and-crime", "social-welfare", "housing", "domestic-commerce", "defense",
    "technology", "foreign-trade", "international-affairs", "government-operations", "public-lands", "culture",
}


def test_default_taxonomy_has_the_cap_major_topics_at_the_top():
    taxonomy = default_taxonomy()
    top = {issue.id for issue in taxonomy.issues if issue.parent is None}
    assert top == CAP_MAJOR_TOPICS
    assert all(taxonomy.get(issue.parent) for issue in taxonomy.issues if issue.parent)
    assert default_taxonomy() is taxonomy


def test_taxonomy_is_immutable():
    with pytest.raises(dataclasses.FrozenInstanceError):
        default_taxonomy().definitions = ()


@pytest.mark.parametrize(
    ("text", "issue_id"),
    [
        ("The council voted to raise the carbon tax next spring.", "climate"),
        ("She said the Supreme Court ruling was a setback.", "courts"),
        ("Talks on a ceasefire resumed in Doha.", "peace-talks"),
        ("There can be no negotiations about us without us.", "talks-inclusion"),
        ("Finland's bid to join NATO was approved.", "nato-membership"),
        ("The minister wants to cut tariffs on steel imports.", "foreign-trade"),
        ("Landlords pushed back against rent control.", "housing"),
        ("The opposition demanded the minister resign.", "political-leadership"),
    ],
)
def test_detect_prefers_the_longest_and_most_specific_cue(text, issue_id):
    assert default_taxonomy().best(text).id == issue_id


def test_cue_wildcards_apostrophes_and_word_boundaries():
    import re

    assert re.search(cue_expression("negotiat*"), "Negotiations stalled", re.I)
    assert re.search(cue_expression("Ukraine's borders"), "Ukraine’s  borders", re.I)
    assert not re.search(cue_expression("tax"), "taxi drivers", re.I)
    assert default_taxonomy().best("The weather was pleasant.") is None


def test_an_articles_topic_is_the_issue_it_mentions_most_not_its_longest_cue():
    text = (
        "The election campaign entered its last week. Voters will elect a new mayor on Sunday, and the candidates "
        "debated the election rules. One candidate mentioned the stay-at-home order of last spring."
    )
    taxonomy = default_taxonomy()
    assert taxonomy.best(text).id == "emergency-measures"
    assert taxonomy.most_mentioned(text).id == "elections"
    assert taxonomy.most_mentioned("The weather was pleasant.") is None


def test_user_file_extends_or_replaces_the_default(tmp_path):
    path = tmp_path / "issues.toml"
    path.write_text(
        '[[issue]]\nid = "fishing-rights"\nlabel = "Fishing rights"\nparent = "agriculture"\n'
        'cues = ["fishing rights", "lobster*"]\n\n'
        '[[issue]]\nid = "housing"\nlabel = "Homes"\ncues = ["homes"]\n',
        encoding="utf-8",
    )
    extended = load_taxonomy(path)
    assert extended.best("a dispute over lobster fishing").id == "fishing-rights"
    assert extended.get("housing").label == "Homes"
    assert extended.get("health") is not None
    with pytest.raises(TaxonomyError, match="unknown parent 'agriculture'"):
        load_taxonomy(path, replace=True)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('[[issue]]\nid = "Bad Id"\nlabel = "x"\ncues = ["x"]\n', "lowercase slug"),
        ('[[issue]]\nid = "a"\ncues = ["x"]\n', "label"),
        ('[[issue]]\nid = "a"\nlabel = "A"\n', "at least one cue"),
        ('[[issue]]\nid = "a"\nlabel = "A"\npatterns = ["(unclosed"]\n', "not a valid regular expression"),
        ('[[issue]]\nid = "a"\nlabel = "A"\ncues = ["x"]\ncolour = "red"\n', "unknown keys"),
        ('[[issue]]\nid = "a"\nlabel = "A"\ncues = ["x"]\nparent = "b"\n[[issue]]\nid = "b"\nlabel = "B"\ncues = ["y"]\nparent = "a"\n', "cycle"),
        ('[[issue]]\nid = "a"\nlabel = "A"\ncues = ["x"]\n[[issue]]\nid = "a"\nlabel = "A"\ncues = ["y"]\n', "defined twice"),
        ("[[issue]\n", "not valid TOML"),
    ],
)
def test_invalid_files_are_rejected_with_clear_errors(tmp_path, content, message):
    path = tmp_path / "bad.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(TaxonomyError, match=message):
        load_taxonomy(path, replace=True)


def test_missing_file_is_a_taxonomy_error(tmp_path):
    with pytest.raises(TaxonomyError, match="cannot read"):
        load_taxonomy(tmp_path / "absent.toml")


def _full_scan(taxonomy, text):
    """What detect finds when every issue's expressions scan the whole text (the index must agree)."""
    found = []
    for definition in taxonomy.definitions:
        matchers = [m for m in (definition.cue_matcher, definition.pattern_matcher) if m is not None]
        spans = [(m.start(), m.end()) for matcher in matchers for m in matcher.finditer(text) if m.end() > m.start()]
        if spans:
            start, end = max(spans, key=lambda s: (s[1] - s[0], -s[0]))
            found.append((-(end - start), -definition.depth, start, definition.issue.id, end))
    return [(issue_id, start, end) for _, _, start, issue_id, end in sorted(found, key=lambda f: f[:3])]


@pytest.mark.parametrize(
    "text",
    [
        "NEGOTIATIONS on the Treaty stalled; Finland’s bid to join NATO and the carbon-tax rebate were debated.",
        "The 2% of GDP target, net-zero by 2050 and the minister's tax-cuts: renters and farmers protested.",
        "Talks between Washington and Moscow resumed after the US and Russia spoke by phone.",
        "No deal without us. Ukraine must participate in all negotiations.",
        # words between non-ASCII characters, other spaces, an underscore and a lone surrogate
        "“NATO”\u00a0talks,\ttariffs’ rise; _talks, éNATO and carbon\udc80tax: NATO’s\u2009negotiations.",
        "",
    ],
)
def test_detect_by_first_words_finds_what_a_full_scan_finds(text):
    taxonomy = default_taxonomy()
    assert [(m.issue.id, m.start, m.end) for m in taxonomy.detect(text)] == _full_scan(taxonomy, text)


_PATTERNED_ISSUES = """
[[issue]]
id = "harbour-fees"
label = "Harbour fees"
patterns = ['\\b(harbou?r|port)\\s+(fees?|dues)\\b', '\\b(?-i:HF)\\b[^.]{0,20}\\bdues\\b']

[[issue]]
id = "ferry-talks"
label = "Ferry talks"
patterns = ['\\bferr(y|ies)\\b[^.]{0,40}\\btalks\\b', '\\b[st]ail(ing|ed)\\b']

[[issue]]
id = "tolls"
label = "Tolls"
cues = ["toll*"]
patterns = ['(?a:\\bfee)\\b', '\\d+ ?% (rise|cut)']
"""


@pytest.mark.parametrize(
    "text",
    [
        "Harbour fees rose; the HF board said dues would follow. Ferry operators broke off talks.",
        "PORT DUES and ferries: talks stalled, sailing resumed, a 5% rise in tolls and one fee.",
        "Teaport fees, hf dues, xferry talks and ﬁve ſailing ships (no match inside words).",
        "",
    ],
)
def test_patterns_tried_only_at_their_first_words_find_what_a_full_scan_finds(tmp_path, text):
    path = tmp_path / "issues.toml"
    path.write_text(_PATTERNED_ISSUES, encoding="utf-8")
    taxonomy = load_taxonomy(path, replace=True)
    assert [(m.issue.id, m.start, m.end) for m in taxonomy.detect(text)] == _full_scan(taxonomy, text)


@pytest.mark.parametrize(
    ("pattern", "openers"),
    [
        (r"\b(talks|negotiations)\b[^.]{0,40}\bwithout\b", {"talks", "negotiations"}),
        (r"\bspend(ing)? more\b", {"spend"}),
        (r"\b((?-i:US|U\.S\.)|harbour)\b", {"US", "U", "harbour"}),
        (r"\b[st]ail", {"s", "t"}),
        (r"spend\b", None),  # no word boundary first: a match may start inside a word
        (r"(?a)\bfee", None),  # an ASCII boundary may fall inside a word of the text
        (r"\b(x|)y", None),
        (r"\b\w+ment", None),
    ],
)
def test_a_pattern_is_indexed_by_its_literal_first_words_only_when_every_match_starts_with_one(pattern, openers):
    assert _pattern_openers(pattern) == openers


def test_ancestors_are_nearest_first():
    taxonomy = default_taxonomy()
    assert taxonomy.ancestors("talks-inclusion") == ["peace-talks", "international-affairs"]
    assert taxonomy.ancestors("health") == []


def test_loading_a_user_file_builds_once_and_is_cheap(tmp_path):
    import time

    path = tmp_path / "issues.toml"
    path.write_text('[[issue]]\nid = "fishing-rights"\nlabel = "Fishing rights"\ncues = ["lobster*"]\n', encoding="utf-8")
    started = time.process_time()
    taxonomy = load_taxonomy(path)
    assert time.process_time() - started < 0.5
    assert taxonomy.best("Lobster fishers rallied.").id == "fishing-rights"


# Order matters in these alternations ("back" before "backed" would stop early), one alternative opens with an
# optional part, one with an upper-case letter, one with a character class.
_ALTERNATIVES = ["(?:co-?)?sponsors?", "back", "backed", "Block(?:ed|s)?", "[rR]eject(?:s|ed)?", "bar", "urged?"]
_TEXTS = [
    "The council backed the plan", "BACKED", "they co-sponsor it", "blocked and barred", "Rejects", "urge; urged",
    "sponsoring", "Kestria backs nothing", "Blocks", "", "unrelated words only",
]


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_by_first_letter_finds_what_the_plain_alternation_finds(flags: int) -> None:
    plain = re.compile(rf"\b(?:{'|'.join(_ALTERNATIVES)})", flags)
    grouped = re.compile(rf"\b(?:{by_first_letter(_ALTERNATIVES)})", flags)
    assert "b(?:ack|acked)" in grouped.pattern  # the alternatives are grouped by their first letter, joined after it
    for text in _TEXTS:
        assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)], text
        assert [grouped.match(text, at) and grouped.match(text, at).span() for at in range(len(text))] == [
            plain.match(text, at) and plain.match(text, at).span() for at in range(len(text))
        ], text


def test_by_first_letter_keeps_alternatives_with_groups_as_they_are() -> None:
    assert by_first_letter(["(back)", "bar"]) == "(back)|bar"  # repeating a group would renumber the groups


# Alternatives that a letter group must keep exact: a look-behind or an optional part first, a top-level "|" whose
# branches share a letter, a quantified first letter, a class, a look-ahead on the first letter, an upper case
# (alternatives open with ASCII, as the triggers do: "ſun" and "sx*" would each claim the text's "ſ" under IGNORECASE).
_TRICKY_ALTERNATIVES = [
    "(?<!got )back", "(?:co-?)?sponsor", "sa|sb", "s?ky", "s{2}x", "sx*", "Block(?:ed|s)?", "ban(?:s|ned)?", "bar",
    "[rR]eject", "i(?=n)n", "kin", "sun(?!ny)", r"\bin", "is against", r"back(?!\s+to)",
]
_TRICKY_TEXT = ["back", "got ", "co-sponsor", "sponsor", "sa", "sb", "ky", "sky", "ssx", "sxx", "Blocked", "bans", "bar",
                "Reject", "in", "KIN", "ſun", "sunny", "SUN", "is against", " ", "x", "to", "İn", "ıs"]


@given(
    st.lists(st.sampled_from(_TRICKY_ALTERNATIVES), min_size=1, max_size=7, unique=True),
    st.lists(st.sampled_from(_TRICKY_TEXT), max_size=8).map("".join),
)
@settings(max_examples=600, deadline=None)
def test_letter_groups_match_what_the_plain_alternation_matches(alternatives: list[str], text: str) -> None:
    grouped = by_first_letter(alternatives)
    for compile_ in (re.compile, lambda pattern: re.compile(pattern, re.IGNORECASE), lambda pattern: caseless.compile(pattern, re.IGNORECASE)):
        plain, letters = compile_("|".join(alternatives)), compile_(grouped)
        for at in range(len(text) + 1):
            expected = plain.match(text, at)
            found = letters.match(text, at)
            assert (found.span() if found else None) == (expected.span() if expected else None), (grouped, text, at)


@pytest.mark.parametrize(
    ("text", "issue_id"),
    [
        # the plural of a singular cue names the same issue
        ("Two lawsuits were filed against the port.", "courts"),
        ("Both rulings were overturned.", "courts"),
        ("The province passed three bills on Monday.", "legislation"),
        ("The crimes went unpunished.", "law-and-crime"),
        ("New levies on fuel were announced.", "taxation"),
        ("Referendums are rare in the province.", "elections"),
        # and its other spellings and derivations
        ("The minister called for a full immunization of children.", "health"),
        ("The immunisation drive began in May.", "health"),
        ("They kept channels open for dialog.", "diplomacy"),
        # drilling for oil or gas
        ("The drilling off the coast must stop.", "energy"),
    ],
)
def test_plurals_and_variants_of_cues_name_their_issue(text, issue_id):
    assert default_taxonomy().best(text).id == issue_id


@pytest.mark.parametrize(
    ("text", "issue_id"),
    [
        # how a president is chosen is an election matter
        ("The Electoral College should be scrapped, the candidate said.", "elections"),
        # the judges of a high court, and changing their number
        ("She said the new justices should be chosen by lot.", "courts"),
        # the large technology firms
        ("Big tech must answer for what it hosts.", "technology"),
        ("The senator said tech companies should pay more.", "technology"),
    ],
)
def test_electoral_college_justices_and_tech_companies_name_their_issue(text, issue_id):
    assert default_taxonomy().best(text).id == issue_id


@pytest.mark.parametrize(
    "text",
    [
        # the plain words of medicine and disease are health's
        "Overusing antibiotics breeds resistant bacteria.",
        "The clinic ran out of basic medicines in March.",
        "Measles is a highly infectious disease.",
        "The outbreak spread to three villages.",
        "Veterans should keep their medical coverage.",
        "Hand washing cuts the risk of infection.",
    ],
)
def test_words_of_medicine_and_disease_name_health(text):
    assert default_taxonomy().best(text).id == "health"


# Runs of one letter whose order decides the match: a literal run, a run under a look-ahead, a literal run again.
_ORDERED_RUNS = ["a(?:b)", "(?:x|a)bc", "abcd", "(?:x|A)bcdx", "c(?:a)", "(?:co-?)?ab", "cab"]


@given(st.text(alphabet="abcdxoA- ", max_size=12))
@settings(max_examples=300, deadline=None)
def test_by_first_letter_in_one_branch_per_letter_prefers_what_the_plain_alternation_prefers(text: str) -> None:
    plain = "|".join(_ORDERED_RUNS)
    for pattern in (by_first_letter(_ORDERED_RUNS, one_branch_per_letter=True), by_first_letter(_ORDERED_RUNS)):
        for compiled, reference in (
            (re.compile(pattern), re.compile(plain)),
            (caseless.compile(pattern, re.IGNORECASE), re.compile(plain, re.IGNORECASE)),
        ):
            for at in range(len(text)):
                old, new = reference.match(text, at), compiled.match(text, at)
                assert (old and old.span()) == (new and new.span())


def test_by_first_letter_in_one_branch_per_letter_has_one_branch_for_each_letter() -> None:
    from re import _parser as regex_parser

    (branch,) = regex_parser.parse(by_first_letter(_ORDERED_RUNS, one_branch_per_letter=True)).data
    assert len(branch[1][1]) == 3  # a, c, and the alternative that may open otherwise
