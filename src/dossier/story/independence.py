"""Independent sources: which articles are really one source, so corroboration is honest.

Three articles agreeing prove little when two are one outlet's pieces, when several
outlets ran the same wire story (``Article.wire``), or when one article is a near copy
of another (``dossier.corpus.dedup.near_duplicate_groups``, MinHash over shingles). All
three relations are merged with union-find; each resulting group counts once.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable

from dossier.model import Article
from dossier.story.context import outlet_name


class SourceGroups:
    """Article id -> independent source label (outlet, wire service, or merged copies)."""

    def __init__(self, labels: dict[str, str], near_duplicates_checked: bool) -> None:
        self.labels = labels
        self.near_duplicates_checked = near_duplicates_checked

    def label(self, article_id: str) -> str:
        return self.labels[article_id]

    def count(self, article_ids: Iterable[str]) -> int:
        """How many independent sources the given articles amount to."""
        return len({self.labels[a] for a in article_ids})


def _near_duplicate_groups(
    articles: list[Article], threshold: float | None
) -> list[list[str]] | None:
    """Near-duplicate groups as article ids; None when the dedup stage is not installed."""
    try:
        dedup = importlib.import_module("dossier.corpus.dedup")
    except ModuleNotFoundError:
        return None
    if threshold is None:
        threshold = dedup.DEFAULT_THRESHOLD
    groups = dedup.near_duplicate_groups(articles, threshold)
    out = []
    for group in groups:
        out.append([item if isinstance(item, str) else item.id for item in group])
    return out


def source_groups(articles: list[Article], threshold: float | None = None) -> SourceGroups:
    """Group articles that are not independent: same outlet, same wire story, near copies.

    ``threshold`` is the near-duplicate Jaccard threshold; None takes the dedup stage's own.
    """
    parent = {a.id: a.id for a in articles}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    first_by: dict[str, str] = {}
    for article in articles:
        for key in (article.outlet, f"wire:{article.wire}" if article.wire else None):
            if not key:
                continue
            key = key.casefold().strip()
            if key in first_by:
                union(first_by[key], article.id)
            else:
                first_by[key] = article.id
    near = _near_duplicate_groups(articles, threshold)
    for group in near or []:
        for other in group[1:]:
            if group[0] in parent and other in parent:
                union(group[0], other)
    members: dict[str, list[Article]] = {}
    for article in articles:
        members.setdefault(find(article.id), []).append(article)
    labels: dict[str, str] = {}
    for copies in members.values():
        wires = sorted({a.wire for a in copies if a.wire})
        outlets = sorted({outlet_name(a) for a in copies})
        label = wires[0] if wires else " / ".join(outlets)
        for article in copies:
            labels[article.id] = label
    return SourceGroups(labels, near_duplicates_checked=near is not None)
