"""Extractive multi-document summary whose every sentence cites its supporting passages.

Selection is ``summary_select``'s concept-coverage ILP over the spaCy sentence spans of
the story's articles (see that module for why). Here the chosen sentences get their
provenance: the passage they were taken from, every passage of any article that states
the same content (high overlap of content words and word pairs), the outlets behind
those passages, and ``single_source`` when only one outlet reports it. Sentences are
ordered by article date, then position, so the summary reads as the story unfolded; a
sentence opening with a pronoun or connective appears only right after the sentence it
follows in its article. Briefing sentences are never compressed: each one's text is
exactly the passage it cites (compression is used only on the raw-document path); only
a wire dateline before the sentence is left out of the passage.
"""

from __future__ import annotations

import math
from collections import Counter

from dossier.model import Span, SummarySentence
from dossier.story.context import StoryInput
from dossier.story.summary_select import (
    SelectSettings,
    Unit,
    concept_weights,
    concepts,
    content_stems,
    dateline_length,
    inside_quotations,
    select,
)

SUPPORT_COSINE = 0.45
"""Content-word cosine above which another passage states the same thing."""
SUPPORT_SHARED_PAIRS = 2
"""...provided it also shares at least this many word pairs (bigram concepts)."""


def _units(story: StoryInput) -> tuple[list[Unit], list[Span]]:
    units: list[Unit] = []
    spans: list[Span] = []
    for d, article in enumerate(story.articles):
        sentences = story.analyses[article.id].sentences
        quoted = inside_quotations(article.text, [(s.start, s.end) for s in sentences])
        for p, s in enumerate(sentences):
            # A wire dateline ("SEOUL (AP) — ") is left outside the cited passage.
            start = s.start + dateline_length(article.text[s.start : s.end])
            text = article.text[start : s.end]
            units.append(Unit(text=text, doc=d, position=p, inside_quote=quoted[p]))
            spans.append(Span(article_id=article.id, start=start, end=s.end))
    return units, spans


def _cosine(a: Counter[str], b: Counter[str]) -> float:
    if not a or not b:
        return 0.0
    dot = sum(v * b[k] for k, v in a.items() if k in b)
    na = math.sqrt(sum(v * v for v in a.values()))
    nb = math.sqrt(sum(v * v for v in b.values()))
    return dot / (na * nb)


def supporting_passages(units: list[Unit], spans: list[Span], i: int) -> list[Span]:
    """The passage itself, then every other passage stating the same content."""
    stems_i, pairs_i = content_stems(units[i].text), concepts(units[i].text)
    support = [spans[i]]
    for j, u in enumerate(units):
        if j == i or spans[j].article_id == spans[i].article_id:
            continue
        if len(pairs_i & concepts(u.text)) < SUPPORT_SHARED_PAIRS:
            continue
        if _cosine(stems_i, content_stems(u.text)) >= SUPPORT_COSINE:
            support.append(spans[j])
    return support


def summarize(
    story: StoryInput,
    words: int = 120,
    *,
    budget_bytes: int | None = None,
    settings: SelectSettings | None = None,
) -> list[SummarySentence]:
    """The story's summary within ``words`` (and ``budget_bytes`` if given)."""
    units, spans = _units(story)
    if not units:
        return []
    chosen = select(units, words, budget_bytes, settings)
    out = []
    for i in chosen:
        support = supporting_passages(units, spans, i)
        outlets = story.outlets({s.article_id for s in support})
        out.append(
            SummarySentence(
                text=units[i].text,
                source=spans[i],
                supporting=support,
                outlets=outlets,
                single_source=len(outlets) == 1,
            )
        )
    return out


def headline(story: StoryInput) -> str:
    """The title that covers the most of what the articles share; else the opening
    sentence of the earliest article."""
    titles = [a.title for a in story.articles if a.title]
    if titles:
        units, _ = _units(story)
        weights = concept_weights(units, SelectSettings()) if units else {}
        return max(
            titles,
            key=lambda t: (sum(weights.get(c, 0.0) for c in concepts(t)), -titles.index(t)),
        )
    first = story.articles[0]
    sentences = story.analyses[first.id].sentences if first.id in story.analyses else []
    if sentences:
        return shortened(first.text[sentences[0].start : sentences[0].end])
    return shortened(first.text.split("\n")[0])


def shortened(text: str, limit: int = 160) -> str:
    """``text`` cut at a word boundary within ``limit`` characters, with an ellipsis to
    say it was cut (a headline stopped mid-word, "a case of internat", misleads)."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if text[limit - 1] != " " and " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:—–-") + "…"
