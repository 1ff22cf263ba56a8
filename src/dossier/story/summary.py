"""Extractive multi-document summary whose every sentence cites its supporting articles.

First version: sentences scored by TF-IDF similarity to the story centroid, chosen
greedily without redundancy up to the word budget, ordered by article date then
position; a sentence's supporting passages are the similar sentences of other articles.
"""

from __future__ import annotations

import re

from dossier.model import Span, SummarySentence
from dossier.story.context import StoryInput

_DANGLING = re.compile(
    r"^(he|she|it|they|his|her|its|their|this|that|these|those|but|and|so|also|still|yet|"
    r"however|meanwhile|instead|then)\b",
    re.IGNORECASE,
)
SUPPORT_SIMILARITY = 0.35
REDUNDANCY_SIMILARITY = 0.5


def candidate_spans(story: StoryInput, min_words: int = 6) -> list[Span]:
    spans = []
    for article in story.articles:
        for s in story.analyses[article.id].sentences:
            text = article.text[s.start : s.end]
            if len(text.split()) >= min_words and text[-1:] in '.!?"”’':
                spans.append(Span(article_id=article.id, start=s.start, end=s.end))
    return spans


def summarize(story: StoryInput, words: int = 120) -> list[SummarySentence]:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import cosine_similarity

    spans = candidate_spans(story)
    if not spans:
        return []
    texts = [story.text(s) for s in spans]
    matrix = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(texts)
    centroid = matrix.mean(axis=0).A
    scores = cosine_similarity(matrix, centroid).ravel()
    sims = cosine_similarity(matrix)
    order = sorted(range(len(spans)), key=lambda i: -scores[i])
    chosen: list[int] = []
    used = 0
    for i in order:
        n = len(texts[i].split())
        if used + n > words or _DANGLING.match(texts[i]):
            continue
        if any(sims[i, j] > REDUNDANCY_SIMILARITY for j in chosen):
            continue
        chosen.append(i)
        used += n
    rank = {a.id: k for k, a in enumerate(story.articles)}
    chosen.sort(key=lambda i: (rank[spans[i].article_id], spans[i].start))
    out = []
    for i in chosen:
        support = [spans[i]] + [
            spans[j]
            for j in range(len(spans))
            if spans[j].article_id != spans[i].article_id and sims[i, j] >= SUPPORT_SIMILARITY
        ]
        outlets = story.outlets({s.article_id for s in support})
        out.append(
            SummarySentence(
                text=texts[i], source=spans[i], supporting=support,
                outlets=outlets, single_source=len(outlets) == 1,
            )  # fmt: skip
        )
    return out


def headline(story: StoryInput) -> str:
    """The most central article title, else the first summary-worthy sentence."""
    titles = [a.title for a in story.articles if a.title]
    return titles[0] if titles else (story.articles[0].text.split("\n")[0][:120])
