"""Merge per-article quotes into story quotes: the same words in several outlets once."""

from __future__ import annotations

import hashlib
import re

from dossier.model import Entity, Quote, StoryQuote
from dossier.story.context import StoryInput

_NORM = re.compile(r"[^\w]+")


def quote_key(text: str) -> str:
    return _NORM.sub(" ", text.lower()).strip()


def merge_quotes(story: StoryInput, entities: list[Entity]) -> list[StoryQuote]:
    by_name = {e.name: e for e in entities if e.type == "PERSON"}
    for e in entities:
        for alias in e.aliases:
            by_name.setdefault(alias, e)
    groups: dict[str, list[Quote]] = {}
    for article in story.articles:
        for quote in story.analyses[article.id].quotes:
            groups.setdefault(quote_key(quote.text), []).append(quote)
    merged: list[StoryQuote] = []
    for key, occurrences in groups.items():
        first = occurrences[0]
        speaker = next((q.speaker for q in occurrences if q.speaker), None)
        entity = by_name.get(speaker) if speaker else None
        merged.append(
            StoryQuote(
                id="q-" + hashlib.sha1(key.encode()).hexdigest()[:10],
                speaker=entity.name if entity else speaker,
                speaker_entity_id=entity.id if entity else None,
                speaker_description=next(
                    (q.speaker_description for q in occurrences if q.speaker_description), None
                ),
                text=first.text,
                kind=first.kind,
                outlets=story.outlets({q.article_id for q in occurrences}),
                occurrences=occurrences,
            )
        )
    return merged
