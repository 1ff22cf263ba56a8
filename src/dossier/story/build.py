"""``brief``: sequence the story-stage steps; each is a plain function of the input."""

from __future__ import annotations

from collections.abc import Iterable

from dossier import __version__
from dossier.analyze import analyze_many
from dossier.errors import InputError
from dossier.model import Article, ArticleAnalysis, Briefing, BriefingArticle, Skipped
from dossier.story.across import across_sources
from dossier.story.context import StoryInput
from dossier.story.events import story_events
from dossier.story.quotes import merge_quotes
from dossier.story.referents import speaker_names
from dossier.story.resolve import resolve_entities
from dossier.story.summary import headline, summarize
from dossier.story.timeline import build_timeline


def brief(
    articles: Iterable[Article],
    summary_words: int = 120,
    *,
    analyses: dict[str, ArticleAnalysis] | None = None,
    story: str | None = None,
    skipped: list[Skipped] | None = None,
) -> Briefing:
    """Analyse (unless analyses are given) and synthesise a briefing for one story."""
    articles = list(articles)
    if not articles:
        raise InputError("(input)", "no usable articles to brief")
    analyses = dict(analyses or {})
    todo = [a for a in articles if a.id not in analyses]
    for analysis in analyze_many(todo):
        analyses[analysis.article_id] = analysis
    ctx = StoryInput(articles=articles, analyses=analyses)
    entities = resolve_entities(ctx)
    pipeline = next(iter(analyses.values())).pipeline if analyses else {}
    quotes = merge_quotes(ctx, entities)
    names = speaker_names(ctx, entities)
    events, dyads = story_events(ctx)
    return Briefing(
        generator={"dossier": __version__, **pipeline},
        story=story,
        headline=headline(ctx),
        articles=[_briefing_article(a) for a in ctx.articles],
        summary=summarize(ctx, summary_words),
        entities=entities,
        quotes=quotes,
        timeline=build_timeline(ctx, names),
        **across_sources(ctx, entities, quotes, names),
        events=events,
        dyads=dyads,
        skipped=list(skipped or []),
    )


def _briefing_article(article: Article) -> BriefingArticle:
    """The cited form of an article: metadata plus the text every span indexes."""
    return BriefingArticle(
        id=article.id,
        title=article.title,
        outlet=article.outlet,
        published=article.published,
        url=article.url,
        author=article.author,
        word_count=article.word_count,
        text=article.text,
    )
