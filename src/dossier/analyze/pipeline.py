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
    docs = nlp.pipe((a.text for a in pending), batch_size=batch_size)
    for article, doc in zip(pending, docs, strict=True):
        yield _run_steps(doc, article, chosen, pipeline)


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
