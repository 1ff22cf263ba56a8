"""``analyze``: one article in, one ``ArticleAnalysis`` out; spaCy never leaves here."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from dossier.analyze import events, mentions, quotes, sentences, timex  # noqa: F401  (register steps)
from dossier.analyze.nlp import MAX_CHARS, TEXT_KEY, load_nlp, model_version
from dossier.analyze.registry import Step, build_steps
from dossier.errors import BadArticleError
from dossier.model import Article, ArticleAnalysis

if TYPE_CHECKING:
    from spacy.tokens import Doc

DEFAULT_STEPS = ["sentences", "mentions", "quotes", "timex", "events"]

PARSE_BATCH_CHARS = 40_000
"""Most characters spaCy parses in one batch (besides at most ``batch_size`` articles).

Why: a batch's parse allocates arrays in proportion to its tokens for a moment, so the
longest batches of a run set a worker's peak memory, and a run of long articles raised
it: 16 articles at a time took a process from 160 to 480 MB, and to 720 MB on the
longest articles of the ingest bench's corpus; batches of at most 40,000 characters
peaked at 300 and 440 MB, at the same CPU per word. An article longer than this is
parsed alone."""


def analyze(article: Article, steps: list[str] | None = None) -> ArticleAnalysis:
    """Sentences, mentions, quotes and time expressions of one article."""
    return next(analyze_many([article], steps=steps))


def analyze_many(
    articles: Iterable[Article], steps: list[str] | None = None, batch_size: int = 16
) -> Iterator[ArticleAnalysis]:
    """Analyse articles in order with one spaCy pass each (``nlp.pipe`` batching)."""
    chosen = build_steps(steps or DEFAULT_STEPS)
    nlp = load_nlp()
    pipeline = {"spacy": model_version(), **{s.name: s.version for s in chosen}}
    pending = list(articles)
    for article in pending:
        if len(article.text) > MAX_CHARS:
            raise BadArticleError(
                article.source_path or article.id,
                f"article text is {len(article.text):,} characters, over the {MAX_CHARS:,} limit",
            )
    docs = (
        doc
        for batch in parse_batches(pending, batch_size, PARSE_BATCH_CHARS)
        for doc in nlp.pipe((a.text for a in batch), batch_size=len(batch))
    )
    for article, doc in zip(pending, docs, strict=True):
        yield _run_steps(doc, article, chosen, pipeline)


def parse_batches(articles: list[Article], size: int, max_chars: int) -> Iterator[list[Article]]:
    """Consecutive batches of at most ``size`` articles and ``max_chars`` characters (an
    article over ``max_chars`` makes a batch of its own), in input order."""
    batch: list[Article] = []
    chars = 0
    for article in articles:
        if batch and (len(batch) >= size or chars + len(article.text) > max_chars):
            yield batch
            batch, chars = [], 0
        batch.append(article)
        chars += len(article.text)
    if batch:
        yield batch


def _run_steps(
    doc: Doc, article: Article, chosen: list[Step], pipeline: dict[str, str]
) -> ArticleAnalysis:
    # spaCy keeps the text it was given exactly; caching it spares ``text_of`` a join
    # over every token (~0.5 ms an article)
    doc.user_data[TEXT_KEY] = article.text
    analysis = ArticleAnalysis(article_id=article.id, pipeline=dict(pipeline))
    for found in chosen:
        found.run(doc, article, analysis)
    return analysis
