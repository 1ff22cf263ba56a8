"""Resolve entity mentions into canonical entities across the story's articles.

First version: within an article, a one-word person mention joins the longest person
name ending with that word; across articles, entities with the same label and
canonical name merge.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict

from dossier.model import Entity, Mention, Span
from dossier.story.context import StoryInput

_HONORIFICS = ("Mr. ", "Mrs. ", "Ms. ", "Dr. ", "Professor ", "President ", "Mr ", "Ms ")


def canonical_forms(mentions: list[Mention]) -> dict[int, str]:
    """Map each mention index to the canonical name within its article."""
    full_people = [m.text for m in mentions if m.label == "PERSON" and " " in _strip(m.text)]
    out: dict[int, str] = {}
    for i, m in enumerate(mentions):
        name = _strip(m.text)
        if m.label == "PERSON" and " " not in name:
            longer = [p for p in full_people if _strip(p).split()[-1] == name]
            if longer:
                name = _strip(max(longer, key=len))
        out[i] = name
    return out


def _strip(name: str) -> str:
    for prefix in _HONORIFICS:
        if name.startswith(prefix):
            return name[len(prefix) :]
    return name


def resolve_entities(story: StoryInput) -> list[Entity]:
    groups: dict[tuple[str, str], list[tuple[Mention, str]]] = defaultdict(list)
    for article in story.articles:
        mentions = story.analyses[article.id].mentions
        names = canonical_forms(mentions)
        for i, m in enumerate(mentions):
            groups[(m.label, names[i])].append((m, names[i]))
    entities: list[Entity] = []
    for (label, name), items in groups.items():
        by_article = Counter(m.article_id for m, _ in items)
        by_outlet: Counter[str] = Counter()
        for aid, n in by_article.items():
            by_outlet[story.outlet(aid)] += n
        aliases = sorted({m.text for m, _ in items} - {name})
        entities.append(
            Entity(
                id="e-" + hashlib.sha1(f"{label}:{name}".encode()).hexdigest()[:10],
                name=name,
                type=label,  # type: ignore[arg-type]
                aliases=aliases,
                mention_count=len(items),
                mentions_by_article=dict(sorted(by_article.items())),
                mentions_by_outlet=dict(sorted(by_outlet.items())),
                mentions=[Span(article_id=m.article_id, start=m.start, end=m.end) for m, _ in items],
            )
        )
    entities.sort(key=lambda e: (-e.mention_count, e.name))
    return entities
