"""Quotes: who said what in one article, direct, mixed and indirect.

Two paths meet at the cue (the speech verb):
- quotation marks: a quotation is speech when a cue sits right after it ('"...," said
  X', '"...," she added, "..."') or right before it ('he wrote: "..."'); a
  quotation with no cue of its own continues the last attributed one when it follows
  in the same paragraph or opens the next one (quotes over several paragraphs);
- clauses: a cue verb's clausal complement ('X said that ...', '..., officials said',
  'As the Post reported, ...') and 'according to X' give indirect quotes; a complement
  that contains quotation marks is a mixed quote, and a clause that wraps a quotation
  with words of its own is one mixed quote (PolNeAR's convention);
- stances (``cues``, ``nominal_cues``): 'vowed to ...', 'cited X as Y', 'X's claim that ...',
  'is expected to ...', headline and transcript labels ('Poll: ...'); these carry a
  ``confidence`` below ``SPEECH_CONFIDENCE`` unless they report words, so a briefing
  can leave them out.
Quotation marks with no cue (terms, titles, scare quotes: the "One China" policy) are
not speech, nor are a name given in the passive, what evidence shows, what someone would
not say, the writer's hedges and label lines naming no one (``not_speech``, kept below
``SPEECH_CONFIDENCE`` and no turn for a later pronoun). Speakers are resolved by
``speakers.SpeakerResolver``, with the genders the article's own pronouns give
(``genders``); a pronoun after an unnamed speaker ('a spokesman') or an organisation
('it said') speaks for them.

This package entry only sequences the finders (``direct_quotes``, ``clause_quotes``), their
merge (``joins``) and speaker resolution, and builds the ``Quote`` records (with the
antecedent of an opening relative pronoun, ``antecedents``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.analyze.nlp import text_of
from dossier.analyze.quotes.antecedents import relative_antecedent
from dossier.analyze.quotes.clause_quotes import clause_attributions, label_lines
from dossier.analyze.quotes.content import after_dateline, close_open_quotations, inside_marks
from dossier.analyze.quotes.direct_quotes import direct_attributions, work_titles
from dossier.analyze.quotes.genders import pronoun_genders
from dossier.analyze.quotes.joins import (
    attach_following_quotations,
    drop_repeats,
    merge_attributions,
    within_quotation,
)
from dossier.analyze.quotes.marks import (
    ALL_MARKS,
    find_quoted,
    markup_spans,
    outside_markup,
)
from dossier.analyze.quotes.not_speech import a_link, not_reported
from dossier.analyze.quotes.spans import Attribution, paragraph_starts
from dossier.analyze.quotes.speakers import Speaker, SpeakerResolver
from dossier.analyze.registry import step
from dossier.model import Quote

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from dossier.model import Article, ArticleAnalysis


SPEECH_CONFIDENCE = 0.8
"""Quotes below this confidence are stances ('vowed to ...', 'cited X'), not speech."""
NAME_CONFIDENCE = 0.5
"""A name or what evidence shows: kept for what the article attributes (PolNeAR annotates
it), below ``SPEECH_CONFIDENCE`` since no one is known to have said it."""


@step("quotes", "dossier.quotes.v8", requires=("mentions",), assigns=("quotes",))
def find_quotes(doc: Doc, article: Article, analysis: ArticleAnalysis) -> None:
    """Direct, mixed and indirect quotes with cue, content span(s) and resolved speaker."""
    analysis.quotes = extract_quotes(doc, article.id, analysis.mentions)


def extract_quotes(doc: Doc, article_id: str, mentions: list) -> list[Quote]:
    text = text_of(doc)
    paragraphs = paragraph_starts(text)
    quoted = find_quoted(text)
    direct = direct_attributions(doc, quoted, paragraphs)
    indirect = clause_attributions(doc, paragraphs) + label_lines(doc, paragraphs)
    for a in indirect:
        a.parts = close_open_quotations(a.parts, quoted)
    indirect = [a for a in indirect if not within_quotation(a, quoted, text)]
    merged = drop_repeats(merge_attributions(direct, indirect), text)
    tags = markup_spans(text)
    if tags:  # a tag's attributes ('<tweet author="x">') are neither cue nor content
        for a in merged:
            a.parts = outside_markup(a.parts, tags, text)
        merged = [a for a in merged if a.parts and not any(s <= a.cue_start < e for s, e in tags)]
    attach_following_quotations(doc, merged, quoted, text)
    resolver = SpeakerResolver(
        doc, mentions, gender=pronoun_genders(doc, mentions, [(q.start, q.end) for q in quoted])
    )
    titles = work_titles(doc, quoted)  # quoted names of works: not what anyone said
    out: list[Quote] = []
    for a in sorted(merged, key=lambda a: a.parts[0][0]):
        quote = _to_quote(a, article_id, text, titles)
        unsaid = a.cue is not None and (
            not_reported(a.cue, direct=a.direct) or a_link(text, a.cue_start)
        )
        if a.speaker_head is not None:
            a.speaker = resolver.resolve(a.speaker_head)
            if (a.direct or a.confidence >= SPEECH_CONFIDENCE) and not unsaid:  # not a turn
                resolver.note_speaker(a.speaker.start, a.speaker, a.speaker_head)
            _with_speaker(quote, a.speaker)
        if unsaid:
            quote.confidence = min(quote.confidence, NAME_CONFIDENCE)
        antecedent = relative_antecedent(doc, quote.start, quote.end)
        if antecedent is not None:
            quote.antecedent_start, quote.antecedent_end = antecedent
        out.append(quote)
    _first_person_in_turns(out)
    return out


_FIRST_PERSON = {"i", "we"}


def _first_person_in_turns(quotes: list[Quote]) -> None:
    """'TRUMP: ... I think it should be straight': an 'I' (or 'we') who speaks inside
    someone's quoted words or transcript turn is the one speaking them (the innermost)."""
    for quote in quotes:
        at = quote.speaker_start
        if at is None or quote.speaker_key:
            continue
        if (quote.speaker_text or "").lower() not in _FIRST_PERSON:
            continue
        holding = [
            (s, o)
            for o in quotes
            if o is not quote and o.speaker_key and o.confidence >= SPEECH_CONFIDENCE
            for s, e in (o.parts or [(o.start, o.end)])
            if s <= at < e
        ]
        if not holding:
            continue
        outer = max(holding, key=lambda h: h[0])[1]
        quote.speaker, quote.speaker_key = outer.speaker, outer.speaker_key
        quote.speaker_description = outer.speaker_description


def _to_quote(a: Attribution, article_id: str, text: str, titles: set[tuple[int, int]]) -> Quote:
    """``start``..``end`` cover the content (inside the outer quotation marks of a direct
    quote) and ``text`` is exactly that passage; ``parts`` list the pieces of a split or
    multi-paragraph quote, which ``spoken_words`` joins. A clause whose only quotation
    marks enclose a title ('plans to appear on NBC's "Morning Desk"') is indirect: the
    title is nobody's words."""
    parts = sorted(a.parts)
    if a.direct:
        kind = "direct"
        parts = [inside_marks(text, s, e) for s, e in parts]
    else:
        has_mark = any(
            ch in ALL_MARKS and not any(ts <= i < te for ts, te in titles)
            for s, e in parts
            for i, ch in enumerate(text[s:e], start=s)
        )
        kind = "mixed" if has_mark else "indirect"
        parts[0] = after_dateline(text, *parts[0])
    start, end = parts[0][0], parts[-1][1]
    return Quote(
        article_id=article_id, start=start, end=end, text=text[start:end], kind=kind,
        cue=a.cue_text, cue_start=a.cue_start, cue_end=a.cue_end,
        parts=parts if len(parts) > 1 else [],
        confidence=1.0 if kind != "indirect" and a.confidence >= 0.5 else a.confidence,
    )  # fmt: skip


def _with_speaker(quote: Quote, speaker: Speaker) -> None:
    quote.speaker = speaker.name or speaker.text
    quote.speaker_text = speaker.text
    quote.speaker_start, quote.speaker_end = speaker.start, speaker.end
    quote.speaker_key, quote.speaker_description = speaker.key, speaker.description


def spoken_words(quote: Quote, article_text: str) -> str:
    """The quoted words without the cue between the pieces of a split quote. Where words
    were left out between two pieces (the cue: '"X," she said, "Y."') the join is marked
    with an ellipsis, so a reader copying the quote neither takes the pieces for one run of
    speech ('approach, They will') nor misses the cut; pieces that only a paragraph break
    or quotation marks separate are joined with a space."""
    if not quote.parts:
        return quote.text
    pieces = [article_text[s:e].strip() for s, e in quote.parts]
    out = pieces[0]
    for (_, end), (start, _), piece in zip(quote.parts, quote.parts[1:], pieces[1:], strict=False):
        elided = any(ch.isalnum() for ch in article_text[end:start])
        out += (" … " if elided else " ") + piece
    return out
