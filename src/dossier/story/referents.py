"""Who "he" is in a shown passage: pronoun speakers the quote extractor resolved.

A timeline entry or claim is an exact clause of its article, so "In April, he said ..."
leaves the reader asking who spoke. The article's quotes know: a quote whose cue's
speaker is written as a pronoun carries the resolved name. Renderers show it the way
journalists do, "he [Donald Trump] said", while the record's text stays the source
text. Pronouns no quote resolved get nothing: no referent is guessed. Likewise a quote whose
words open with a relative pronoun ('which the mayor has said is unfair') names what the
analysis found it stands for: "which [the new levy] ... is unfair".
"""

from __future__ import annotations

import re

from dossier.model import Entity, Quote, Referent
from dossier.story.context import StoryInput
from dossier.story.resolve import entity_index

SpeakerNames = dict[tuple[str, str], str]
"""(article id, within-article speaker key) -> the story entity's name."""

_SUBJECT_PRONOUN = re.compile(r"(?:he|she|they)", re.IGNORECASE)
_OPENING_RELATIVE = re.compile(r"\W*(which|who|whom|that)\b", re.IGNORECASE)
_ANY_PRONOUN = re.compile(
    r"(?:he|she|they|him|her|them|it|i|we|you|his|hers|their|theirs|its|one)", re.IGNORECASE
)


def speaker_names(story: StoryInput, entities: list[Entity]) -> SpeakerNames:
    """Each article's speaker keys to the names the briefing uses for those entities, so
    a referent reads "[Donald Trump]" as the entity table and Who said what do."""
    names = {e.id: e.name for e in entities}
    return {pair: names[eid] for pair, eid in entity_index(story).items() if eid in names}


def is_pronoun(text: str) -> bool:
    """A speaker given only as a pronoun ("they", "their"): nobody a reader can look up."""
    return bool(_ANY_PRONOUN.fullmatch(" ".join(text.split())))


def _resolved_name(quote: Quote, names: SpeakerNames) -> str | None:
    """The quote's speaker name, when it is a name and not another pronoun."""
    if quote.speaker_key and (quote.article_id, quote.speaker_key) in names:
        return names[(quote.article_id, quote.speaker_key)]
    name = " ".join((quote.speaker or "").split())
    if not name or is_pronoun(name):
        return None
    return name


def _whole_word(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or after.isalnum())


def find_referents(
    story: StoryInput, article_id: str, start: int, end: int, names: SpeakerNames | None = None
) -> list[Referent]:
    """Resolved pronoun speakers inside ``[start, end)`` of an article, as offsets
    relative to ``start``: the first pronoun per name, and none for a name the passage
    already gives before it."""
    text = story.by_id[article_id].text
    analysis = story.analyses.get(article_id)
    if analysis is None:
        return []
    out: list[Referent] = []
    named: set[str] = set()
    quotes = [q for q in analysis.quotes if q.speaker_start is not None]
    for quote in sorted(quotes, key=lambda q: (q.speaker_start or 0, q.speaker_end or 0)):
        s, e = quote.speaker_start, quote.speaker_end
        if s is None or e is None or not (start <= s and e <= end):
            continue
        if not _SUBJECT_PRONOUN.fullmatch(text[s:e]) or not _whole_word(text, s, e):
            continue
        name = _resolved_name(quote, names or {})
        if name is None or name in named or name in text[start:s]:
            continue
        if out and out[-1].end > s - start:  # one name per pronoun
            continue
        named.add(name)
        out.append(Referent(start=s - start, end=e - start, name=name))
    return out


def relative_referents(quote: Quote, words: str, article_text: str) -> list[Referent]:
    """The antecedent of the relative pronoun that opens ``words`` (the quote's spoken
    words), as the analysis recorded it on ``quote``; none when it recorded none."""
    s, e = quote.antecedent_start, quote.antecedent_end
    found = _OPENING_RELATIVE.match(words)
    if s is None or e is None or found is None:
        return []
    name = " ".join(article_text[s:e].split())
    if not name:
        return []
    return [Referent(start=found.start(1), end=found.end(1), name=name)]
