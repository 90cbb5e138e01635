"""The pure extraction core: ``enrich(raw) -> EnrichedArticle``.

Stages are small pure modules composed here; nothing in this package does I/O or imports Kafka, faust,
prometheus or the CLI, so it runs and is tested without a broker. Order matters: quotation marks first (they
protect sentences from splitting inside quotes) and an interview's question and answer labels (no part of the
sentences they open), then speech cues, actors, attribution (with the answers as the interviewee's quotes), and
positions last, once quotes and actors are final.
"""

from __future__ import annotations

from worker import __version__
from worker.extract.actors import find_actors
from worker.extract.attribution import attribute
from worker.extract.cues import find_cues
from worker.extract.html import html_to_text
from worker.extract.interview import answer_quotes, find_interview, interviewee
from worker.extract.positions import find_positions
from worker.extract.quotes import find_direct_quotes, with_english_marks
from worker.extract.sections import section_index_at, split_sections
from worker.extract.taxonomy import Taxonomy, default_taxonomy
from worker.extract.text import after_datelines, captions, paragraphs, quoted_headings, sentences, within, wire_datelines
from worker.models import EnrichedArticle, Extractor, Position, Quote, RawArticle, Speaker

EXTRACTOR = Extractor(name="newswire-rules", version=__version__)


def enrich(raw: RawArticle, taxonomy: Taxonomy | None = None) -> EnrichedArticle:
    """Extract sections, quotes, speakers, actors and positions (on ``taxonomy``, else the default one)."""
    article_id = raw.article_id
    if raw.content_type == "text/html":
        body, html_headings = html_to_text(raw.body)
        body = body or " "  # markup without text still yields a (blank) body to point into
        sections = split_sections(body, html_headings)
    else:
        body = raw.body
        sections = split_sections(body)
    marks = find_direct_quotes(body)
    # the rules read English quotation marks: « » and „ “ are analysed as “ ” (same offsets); outputs quote the body
    text = with_english_marks(body, marks)
    quoted = [(mark.open_mark, mark.close_mark + 1 if mark.close_mark is not None else mark.end) for mark in marks]
    paragraph_spans = paragraphs(text)
    interview = find_interview(text, paragraph_spans)
    # a question's or answer's label is no part of its first sentence ("((WN)) During ..., X said"), nor is a wire
    # dateline ("LAKESIDE, Norland (Harbour Wire) — Police said ...")
    datelines = wire_datelines(text, paragraph_spans)
    sentence_spans = sentences(text, quoted, after_datelines(interview.without_labels(paragraph_spans), datelines))
    cues = find_cues(text, sentence_spans, marks)
    # a caption reports no speech of the story: its cues and quotations are no quotes ("X said Y. (Photo/Agency)")
    in_caption = within(captions(text, paragraph_spans))
    in_heading = within(quoted_headings(text, paragraph_spans))  # ("'Too many boats, too little pier'")
    # an interview's answers are quotes of the interviewee as a whole, marks and cues inside them included
    in_answer = within([turn.span for turn in interview.answers])
    story_marks = [
        mark for mark in marks if not in_caption(mark.open_mark) and not in_heading(mark.open_mark) and not in_answer(mark.open_mark)
    ]
    story_cues = [cue for cue in cues if not in_caption(cue.verb[0]) and not in_answer(cue.verb[0])]
    headings = [(section.heading_start, section.start) for section in sections if section.heading_start is not None]
    # the interviewer's labels ("((WN))", "Q:") name no actor
    excluded = sorted(quoted + headings + interview.interviewer_labels + datelines)
    cast = find_actors(text, excluded, [cue.subject for cue in cues if cue.subject])
    questions = [turn.span for turn in interview.questions]
    found_quotes = attribute(
        text, story_marks, story_cues, cast, paragraph_spans, sentence_spans, questions, interviewee(text, cast, interview)
    ) + answer_quotes(text, interview, cast)
    quotes = [
        Quote(
            id=f"{article_id}:q{number}",
            kind=found.kind,  # type: ignore[arg-type]
            text=body[found.span[0] : found.span[1]],
            start=found.span[0],
            end=found.span[1],
            cue=found.cue,
            section_index=section_index_at(sections, found.span[0]),
            speaker=Speaker(name=found.speaker_name, actor_id=found.actor.id if found.actor else None, mention=found.mention)
            if found.speaker_name
            else None,
            confidence=found.confidence,
        )
        for number, found in enumerate(sorted(found_quotes, key=lambda found: found.span))
    ]
    answers = [turn.span for turn in interview.answers]
    stances = find_positions(
        text, quotes, cast.actors, taxonomy or default_taxonomy(), sentence_spans, headings, answers, questions
    )
    positions = stances.positions if text is body else [_quoting_body(position, body) for position in stances.positions]
    return EnrichedArticle(
        article_id=article_id,
        title=raw.title,
        url=raw.url,
        source=raw.source,
        published_at=raw.published_at,
        language=raw.language,
        body=body,
        extractor=EXTRACTOR,
        sections=sections,
        quotes=quotes,
        actors=cast.actors + stances.groups,
        positions=positions,
    )


def _quoting_body(position: Position, body: str) -> Position:
    """The position with its evidence's text taken from the body, not from the analysed copy with English marks."""
    evidence = position.evidence
    return position.model_copy(update={"evidence": evidence.model_copy(update={"text": body[evidence.start : evidence.end]})})
