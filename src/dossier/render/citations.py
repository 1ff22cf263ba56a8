"""Numbered citations shared by the Markdown and HTML renderers."""

from __future__ import annotations

import re

from dossier.model import Briefing, BriefingArticle, Span
from dossier.story.context import outlet_name

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>|#])")


def md_escape(text: str) -> str:
    """Escape Markdown syntax and collapse newlines so article text cannot inject markup."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def entity_table_outlets(briefing: Briefing) -> list[str]:
    """The entity table's outlet columns, in the order the sources are numbered."""
    named = {o for e in briefing.entities for o in e.mentions_by_outlet}
    ordered = list(dict.fromkeys(outlet_name(a) for a in briefing.articles))
    return [o for o in ordered if o in named] + sorted(named - set(ordered))


def article_numbers(briefing: Briefing) -> dict[str, int]:
    """Articles are cited as [1], [2], ... in briefing order (date, then id)."""
    return {a.id: i + 1 for i, a in enumerate(briefing.articles)}


def outlet_label(article: BriefingArticle) -> str:
    parts = [article.outlet or "Unknown outlet"]
    if article.published:
        parts.append(article.published.isoformat())
    return ", ".join(parts)


def cited_articles(spans: list[Span]) -> list[str]:
    """Distinct article ids in first-cited order."""
    seen: list[str] = []
    for span in spans:
        if span.article_id not in seen:
            seen.append(span.article_id)
    return seen


def single_source_label(spans: list[Span]) -> str:
    """Badge of a passage one source backs: several articles of one outlet (or one wire
    story) are still one source, and the reader sees both numbers."""
    articles = len(cited_articles(spans))
    return f"{articles} articles, 1 source" if articles > 1 else "single source"
