"""Quotes: direct quotes by quotation marks, indirect ones by speech-verb clauses.

First version: a direct quote is text between matching quote marks governed by a
speech verb in its sentence (or its neighbour); the speaker is that verb's subject,
resolved through pronouns to the nearest preceding person mention.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dossier.analyze.registry import step
from dossier.model import Quote

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from dossier.model import Article, ArticleAnalysis

SPEECH_VERBS = {
    "say", "tell", "add", "write", "state", "argue", "ask", "explain", "note", "insist",
    "warn", "claim", "declare", "announce", "reply", "respond", "remark", "acknowledge",
    "admit", "contend", "predict", "suggest", "urge", "tweet", "recall", "observe",
}  # fmt: skip
_QUOTE_RE = re.compile(r"[“\"]([^“”\"]{2,}?)[”\"]")
_PRONOUNS = {"he", "she", "they", "i", "we"}


@step("quotes", "dossier.quotes.v1", requires=("mentions",), assigns=("quotes",))
def find_quotes(doc: Doc, article: Article, analysis: ArticleAnalysis) -> None:
    quotes: list[Quote] = []
    for match in _QUOTE_RE.finditer(article.text):
        start, end = match.span(1)
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        cue = _speech_verb_near(doc, span)
        if cue is None:
            continue
        speaker = _subject(cue)
        quote = Quote(
            article_id=article.id,
            start=start,
            end=end,
            text=article.text[start:end],
            kind="direct",
            cue=cue.text,
            cue_start=cue.idx,
            cue_end=cue.idx + len(cue.text),
        )
        if speaker is not None:
            quote = _with_speaker(quote, speaker, analysis)
        quotes.append(quote)
    analysis.quotes = quotes


def _speech_verb_near(doc: Doc, span: Span) -> Token | None:
    sent = span.sent
    candidates = [t for t in sent if t.lemma_ in SPEECH_VERBS and t.pos_ == "VERB"]
    outside = [t for t in candidates if not (span.start <= t.i < span.end)]
    if outside:
        return min(outside, key=lambda t: min(abs(t.i - span.start), abs(t.i - span.end)))
    if span.end < len(doc):
        nxt = doc[span.end].sent
        if nxt.start != sent.start:
            following = [t for t in nxt if t.lemma_ in SPEECH_VERBS and t.pos_ == "VERB"]
            if following and following[0].i - nxt.start < 6:
                return following[0]
    return None


def _subject(verb: Token) -> Span | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child.doc[child.left_edge.i : child.right_edge.i + 1]
    return None


def _with_speaker(quote: Quote, speaker: Span, analysis: ArticleAnalysis) -> Quote:
    text = speaker.text
    name = text
    if text.lower() in _PRONOUNS:
        before = [m for m in analysis.mentions if m.label == "PERSON" and m.end <= speaker.start_char]
        name = before[-1].text if before else None
    else:
        inside = [
            m
            for m in analysis.mentions
            if m.label == "PERSON" and speaker.start_char <= m.start < speaker.end_char
        ]
        if inside:
            name = inside[0].text
    return quote.model_copy(
        update={
            "speaker": name,
            "speaker_text": text,
            "speaker_start": speaker.start_char,
            "speaker_end": speaker.end_char,
        }
    )
