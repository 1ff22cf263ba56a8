"""Who said what, grouped by speaker: a reader scans voices, not a flat list of quotes.

The briefing's JSON keeps one record per utterance (``Briefing.quotes``); Markdown and
HTML show each speaker once, with their role, outlets and every quote under them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from dossier.model import StoryQuote
from dossier.story.referents import is_pronoun

UNATTRIBUTED = "Unattributed"
UNRESOLVED = "“{}” (speaker not resolved)"


@dataclass
class SpeakerQuotes:
    """One speaker's quotes, in story order."""

    speaker: str
    description: str | None
    quotes: list[StoryQuote] = field(default_factory=list)

    @property
    def outlets(self) -> list[str]:
        return list(dict.fromkeys(o for q in self.quotes for o in q.outlets))


def quotes_by_speaker(quotes: list[StoryQuote]) -> list[SpeakerQuotes]:
    """Groups by resolved entity, else by the speaker's words within one article ("officials"
    in two articles need not be the same people); most-quoted first, ties in story order,
    and quotes with no speaker last so they are not read as the previous speaker's."""
    groups: dict[str, SpeakerQuotes] = {}
    unnamed: set[str] = {""}
    for quote in quotes:
        key = _speaker_key(quote)
        group = groups.get(key)
        if group is None:
            group = groups[key] = SpeakerQuotes(_label(quote), None)
            if quote.speaker and not quote.speaker_entity_id and is_pronoun(quote.speaker):
                unnamed.add(key)
        group.description = group.description or quote.speaker_description
        group.quotes.append(quote)
    order = {key: i for i, key in enumerate(groups)}
    return [
        groups[key]
        for key in sorted(
            groups, key=lambda k: (k == "", k in unnamed, -len(groups[k].quotes), order[k])
        )
    ]


def _label(quote: StoryQuote) -> str:
    """The speaker as shown: a bare pronoun the analysis could not resolve ("they") is
    marked as such instead of standing as if it were a name."""
    if not quote.speaker:
        return UNATTRIBUTED
    if not quote.speaker_entity_id and is_pronoun(quote.speaker):
        return UNRESOLVED.format(" ".join(quote.speaker.split()))
    return quote.speaker


def _speaker_key(quote: StoryQuote) -> str:
    if quote.speaker_entity_id:
        return "entity:" + quote.speaker_entity_id
    if quote.speaker:
        article = quote.occurrences[0].article_id if quote.occurrences else ""
        return f"name:{article}:" + " ".join(quote.speaker.lower().split())
    return ""
