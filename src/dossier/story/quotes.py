"""Merge per-article quotes into story quotes: the same words in several outlets once.

Two quotes are the same utterance when their normalised words are equal, or when one
outlet quotes a stretch of at least ``MIN_SHARED_WORDS`` words that another quotes in
full (outlets trim quotes differently). The speaker is the story entity the quote's
within-article speaker resolves to, with the description an article gives. Stances
('vowed to veto the bill', below ``SPEECH_CONFIDENCE``) stay in the article analysis
but are not what anyone said, so they are left out here. A quote opening with a relative
pronoun carries, as a referent, what the pronoun stands for.
"""

from __future__ import annotations

import hashlib
import re

from dossier.analyze.quotes import SPEECH_CONFIDENCE, spoken_words
from dossier.model import Entity, Quote, StoryQuote
from dossier.story.context import StoryInput
from dossier.story.referents import relative_referents
from dossier.story.resolve import entity_index

_NORM = re.compile(r"[^\w]+")
MIN_SHARED_WORDS = 8
_KIND_RANK = {"direct": 0, "mixed": 1, "indirect": 2}


def quote_key(text: str) -> str:
    return _NORM.sub(" ", text.lower()).strip()


def merge_quotes(story: StoryInput, entities: list[Entity]) -> list[StoryQuote]:
    """Story quotes in story order (article date, position), each with all its outlets."""
    index = entity_index(story)
    by_id = {e.id: e for e in entities}
    groups: list[list[Quote]] = []
    keys: list[str] = []
    for article in story.articles:
        for quote in story.analyses[article.id].quotes:
            if quote.confidence < SPEECH_CONFIDENCE:
                continue
            key = quote_key(spoken_words(quote, article.text))
            target = _same_utterance(key, keys)
            if target is None:
                groups.append([quote])
                keys.append(key)
            else:
                groups[target].append(quote)
                if len(key) > len(keys[target]):
                    keys[target] = key
    return [_story_quote(story, occurrences, index, by_id) for occurrences in groups]


def _same_utterance(key: str, keys: list[str]) -> int | None:
    for i, other in enumerate(keys):
        if key == other:
            return i
        shorter, longer = (key, other) if len(key) <= len(other) else (other, key)
        if len(shorter.split()) >= MIN_SHARED_WORDS and f" {shorter} " in f" {longer} ":
            return i
    return None


def _story_quote(
    story: StoryInput, occurrences: list[Quote], index: dict, by_id: dict[str, Entity]
) -> StoryQuote:
    first = min(occurrences, key=lambda q: (_KIND_RANK[q.kind], -len(q.text)))
    entity = None
    for q in occurrences:
        if q.speaker_key:
            entity = by_id.get(index.get((q.article_id, q.speaker_key), ""))
            if entity is not None:
                break
    speaker = entity.name if entity else next((q.speaker for q in occurrences if _named(q)), None)
    description = next((q.speaker_description for q in occurrences if q.speaker_description), None)
    if description is None and entity is not None and entity.descriptions:
        description = entity.descriptions[0]
    article_text = story.by_id[first.article_id].text
    words = spoken_words(first, article_text)
    key = quote_key(words)
    return StoryQuote(
        id="q-" + hashlib.sha1(key.encode()).hexdigest()[:10],
        speaker=speaker,
        speaker_entity_id=entity.id if entity else None,
        speaker_description=description,
        text=words,
        kind=first.kind,
        outlets=story.outlets({q.article_id for q in occurrences}),
        occurrences=occurrences,
        referents=relative_referents(first, words, article_text),
    )


def _named(quote: Quote) -> bool:
    """A speaker with at least one letter: a list bullet ("•") taken as a speaker names
    nobody."""
    return any(ch.isalnum() for ch in quote.speaker or "")
