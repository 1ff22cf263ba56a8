"""The story stage's input: articles with their analyses, and lookups over them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from dossier.model import Article, ArticleAnalysis, BriefingArticle, Span


def outlet_name(article: Article | BriefingArticle) -> str:
    """The outlet an article is shown under: its outlet, else its web site, else its id.
    Never its title: a headline (or a caption taken for one) is no outlet's name, and as
    a table column or "in ..." it reads as if it were."""
    if article.outlet:
        return article.outlet
    host = urlsplit(article.url or "").hostname or ""
    return host.removeprefix("www.") or article.id


@dataclass
class StoryInput:
    """Articles of one story, each with its analysis, in a stable order (date, id)."""

    articles: list[Article]
    analyses: dict[str, ArticleAnalysis]
    by_id: dict[str, Article] = field(init=False)

    def __post_init__(self) -> None:
        self.articles = sorted(
            self.articles, key=lambda a: (a.published is None, a.published or 0, a.id)
        )
        self.by_id = {a.id: a for a in self.articles}

    def outlet(self, article_id: str) -> str:
        return outlet_name(self.by_id[article_id])

    def text(self, span: Span) -> str:
        return self.by_id[span.article_id].text[span.start : span.end]

    def outlets(self, article_ids: list[str] | set[str]) -> list[str]:
        return sorted({self.outlet(a) for a in article_ids})


def names_itself(names: Iterable[str], outlets: Iterable[str]) -> bool:
    """Only outlets of that name mention it ("told ThinkProgress" in ThinkProgress): the
    reporter, not a player; named by another outlet it is a player."""
    own = {n.casefold() for n in names}
    return all(o.casefold() in own for o in outlets)
