"""Outlet comparison: what each outlet carries that others omit, whom it quotes, its tone.

Per outlet (a ``SourceProfile``): the claims, entities and quotes no other outlet has;
the voices it quotes by role (official, former official, foreign government, expert,
other); and, for the story's main actors, how many of its sentences mention each and
their mean VADER compound score (-1 hostile .. +1 warm), which together make the
outlet-by-actor matrix.

Speaker roles come from the descriptions the articles give (appositions, titles).
'Foreign' is relative to a home country: the ccTLD of the outlet's URL where it has
one, else ``DEFAULT_HOME`` — articles by convention qualify foreign officials by
nationality ('a Chinese Foreign Ministry spokesman') and their own by office alone.
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from urllib.parse import urlparse

from dossier.model import Entity, SourceProfile, StoryQuote
from dossier.story.claims import AlignedClaim
from dossier.story.context import StoryInput, names_itself
from dossier.story.facts import ACTOR_ALIASES, ActorIndex, normalize_name
from dossier.story.independence import SourceGroups
from dossier.story.titles import TitleObservation

DEFAULT_HOME = "united states"
MAIN_ACTORS = 6
_CCTLD_HOME = {
    "uk": "united kingdom", "de": "germany", "fr": "france", "cn": "china", "jp": "japan",
    "kr": "south korea", "in": "india", "au": "australia", "ca": "canada", "ru": "russia",
    "ie": "ireland", "nz": "new zealand", "sg": "singapore", "tw": "taiwan", "hk": "china",
}  # fmt: skip
_EXPERT = re.compile(
    r"\b(?:professor|analyst|scholar|researcher|fellow|expert|economist|think tank|university|"
    r"institute|cent(?:er|re) for|project|studies|foundation|academy|lecturer)\b",
    re.I,
)
_GOVERNMENT = re.compile(
    r"\b(?:president|premier|minister|ministry|secretary|spokes(?:man|woman|person)|officials?|"
    r"administration|white house|state department|department|ambassador|envoy|senator|governor|"
    r"advis[eo]r|council|government|general|mayor|diplomat|chancellor|king|queen|embassy|"
    r"pentagon|kremlin|congress(?:man|woman)?|lawmaker|party)\b",
    re.I,
)
_FORMER = re.compile(r"\b(?:former|served as|ex-|once|during the [\w. ]+ administration)\b", re.I)
_FOREIGN_OFFICE = re.compile(r"\bforeign (?:ministry|minister|office)\b", re.I)
_COUNTRIES = frozenset(ACTOR_ALIASES.values())
_NATIONALITY = (
    r"(?<![\w.])((?i:"
    + "|".join(sorted((re.escape(k) for k in {*ACTOR_ALIASES, *_COUNTRIES}), key=len, reverse=True))
    + r"))(?![\w])"
)
# A nationality qualifies an office only as a demonym or possessive right before it
# ('Chinese president', 'South Korea's new president') or after 'of' ('prime minister of
# Japan'): 'a China adviser' or 'an envoy on North Korea' name a topic, not an allegiance.
_DEMONYM = (
    r"(?<![\w.])((?i:"
    + "|".join(
        sorted((re.escape(k) for k in set(ACTOR_ALIASES) - _COUNTRIES), key=len, reverse=True)
    )
    + r")(?![\w])|(?i:"
    + "|".join(sorted((re.escape(k) for k in _COUNTRIES), key=len, reverse=True))
    + r")(?=['’]s))"
)
_QUALIFIED_OFFICE = re.compile(
    _DEMONYM + r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?=(?i:" + _GOVERNMENT.pattern + r"))"
)
_OFFICE_OF = re.compile(r"(?i:" + _GOVERNMENT.pattern + r")\s+of\s+" + _NATIONALITY)


@functools.cache
def _vader():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def tone(text: str) -> float:
    """VADER compound score of one sentence, -1 .. +1."""
    return float(_vader().polarity_scores(text)["compound"])


def home_country(url: str | None) -> str:
    host = urlparse(url or "").hostname or ""
    return _CCTLD_HOME.get(host.rsplit(".", 1)[-1], DEFAULT_HOME)


def speaker_role(descriptions: list[str], speaker: str, home: str) -> str:
    """official, former official, foreign government, expert or other."""
    text = " ; ".join([speaker, *descriptions])
    countries = {_country(m) for m in _QUALIFIED_OFFICE.findall(text)}
    countries |= {_country(m) for m in _OFFICE_OF.findall(text)}
    foreign = bool(_FOREIGN_OFFICE.search(text)) or bool(countries - {home})
    if _GOVERNMENT.search(text) and not _EXPERT.search(" ; ".join(descriptions)):
        if foreign and not _FORMER.search(text):
            return "foreign government"
        return "former official" if _FORMER.search(text) else "official"
    if _EXPERT.search(text):
        return "expert"
    if _country(normalize_name(speaker)) in _COUNTRIES - {home}:
        return "foreign government"
    return "other"


def _country(name: str) -> str:
    name = name.lower().removeprefix("the ")
    return ACTOR_ALIASES.get(name, name)


def main_actors(story: StoryInput, actors: ActorIndex, limit: int = MAIN_ACTORS) -> list[str]:
    """Actor keys most covered: by articles carrying them, then sentences naming them."""
    articles: dict[str, set[str]] = defaultdict(set)
    sentences: Counter[str] = Counter()
    for article in story.articles:
        analysis = story.analyses[article.id]
        for key, count in _sentence_actor_counts(analysis, actors).items():
            articles[key].add(article.id)
            sentences[key] += count
    ranked = sorted(sentences, key=lambda k: (-len(articles[k]), -sentences[k], k))
    return ranked[:limit]


def _sentence_actor_counts(analysis, actors: ActorIndex) -> Counter[str]:
    counts: Counter[str] = Counter()
    for _, keys in _sentences_with_actors(analysis, actors):
        counts.update(keys)
    return counts


def _sentences_with_actors(analysis, actors: ActorIndex) -> list[tuple[tuple[int, int], set[str]]]:
    mentions = sorted(analysis.mentions, key=lambda m: m.start)
    out = []
    i = 0
    for sentence in sorted(analysis.sentences, key=lambda s: s.start):
        while i < len(mentions) and mentions[i].start < sentence.start:
            i += 1
        keys = set()
        j = i
        while j < len(mentions) and mentions[j].start < sentence.end:
            key = actors.key(mentions[j])
            if key:
                keys.add(key)
            j += 1
        out.append(((sentence.start, sentence.end), keys))
    return out


def compare_outlets(
    story: StoryInput,
    claims: list[AlignedClaim],
    quotes: list[StoryQuote],
    actors: ActorIndex,
    groups: SourceGroups,
    titles: list[TitleObservation],
    descriptions: dict[str, list[str]],
    entities: list[Entity] | None = None,
) -> tuple[list[SourceProfile], list[str]]:
    """One profile per outlet, and the main actors (the matrix columns) as display names."""
    outlet_articles: dict[str, list[str]] = defaultdict(list)
    for article in story.articles:
        outlet_articles[story.outlet(article.id)].append(article.id)
    key_outlets: dict[str, set[str]] = defaultdict(set)
    key_mentions: Counter[str] = Counter()
    for article in story.articles:
        for mention in story.analyses[article.id].mentions:
            key = actors.key(mention)
            if key:
                key_outlets[key].add(story.outlet(article.id))
                key_mentions[key] += 1
    self_named = {k for k, outs in key_outlets.items() if names_itself([actors.name(k)], outs)}
    person_text = _person_descriptions(titles, descriptions, entities or [], actors)
    top = [k for k in main_actors(story, actors) if k not in self_named]
    profiles = []
    for outlet, article_ids in sorted(outlet_articles.items()):
        labels = {groups.label(a) for a in article_ids}
        others = {
            story.outlet(a.id): groups.label(a.id)
            for a in story.articles
            if story.outlet(a.id) != outlet
        }
        home = home_country(story.by_id[article_ids[0]].url)
        roles: dict[str, str] = {}
        role_counts: Counter[str] = Counter()
        for quote in quotes:
            if outlet not in quote.outlets:
                continue
            key = actors.keys.get(
                normalize_name(quote.speaker or ""), normalize_name(quote.speaker or "")
            )
            speaker = actors.display.get(key, quote.speaker) if quote.speaker else "Unattributed"
            if speaker not in roles:
                descs = [*person_text.get(key, []), *_quote_descriptions(quote, article_ids)]
                roles[speaker] = (
                    speaker_role(descs, speaker, home) if quote.speaker else "unattributed"
                )
            role_counts[roles[speaker]] += 1
        mentions, tones = _actor_matrix_row(story, article_ids, actors, top)
        profiles.append(
            SourceProfile(
                outlet=outlet,
                article_ids=article_ids,
                independent_of=sorted(o for o, label in others.items() if label not in labels),
                exclusive_claims=[c.claim.id for c in claims if c.claim.outlets == [outlet]],
                exclusive_entities=[
                    actors.name(k)
                    for k in sorted(key_outlets, key=lambda k: (-key_mentions[k], k))
                    if key_outlets[k] == {outlet} and _notable(actors.name(k))
                    and k not in self_named
                ],
                exclusive_quotes=[q.id for q in quotes if q.outlets == [outlet]],
                speakers_quoted=dict(sorted(role_counts.items())),
                speaker_roles=dict(sorted(roles.items())),
                actor_mentions={actors.name(k): mentions[k] for k in top},
                actor_tone={actors.name(k): tones[k] for k in top if k in tones},
            )
        )
    return profiles, [actors.name(k) for k in top]


_DIRECTIONS = frozenset(
    {"north", "south", "east", "west", "eastern", "western", "northern", "southern"}
)


def _notable(name: str) -> bool:
    """Worth listing as an entity: not a dateline in capitals, not a bare direction."""
    return not name.isupper() and name.lower() not in _DIRECTIONS and len(name) > 2


def _person_descriptions(
    titles: list[TitleObservation],
    descriptions: dict[str, list[str]],
    entities: list[Entity],
    actors: ActorIndex,
) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for key, descs in descriptions.items():
        out[key].extend(descs)
    for t in titles:
        out[t.person].append(t.title)
    for entity in entities:
        if entity.descriptions:
            key = actors.keys.get(normalize_name(entity.name), normalize_name(entity.name))
            out[key].extend(entity.descriptions)
    return out


def _quote_descriptions(quote: StoryQuote, article_ids: list[str]) -> list[str]:
    out = [quote.speaker_description] if quote.speaker_description else []
    for occ in quote.occurrences:
        if occ.article_id in article_ids and occ.speaker_text and occ.speaker_text != occ.speaker:
            out.append(occ.speaker_text)
    return out


def _actor_matrix_row(
    story: StoryInput, article_ids: list[str], actors: ActorIndex, top: list[str]
) -> tuple[Counter[str], dict[str, float]]:
    """Sentences naming each main actor in these articles, and their mean tone."""
    counts: Counter[str] = Counter()
    scores: dict[str, list[float]] = defaultdict(list)
    wanted = set(top)
    for article_id in article_ids:
        text = story.by_id[article_id].text
        for (start, end), keys in _sentences_with_actors(story.analyses[article_id], actors):
            hit = keys & wanted
            if not hit:
                continue
            score = tone(text[start:end])
            for key in hit:
                counts[key] += 1
                scores[key].append(score)
    return counts, {k: round(sum(v) / len(v), 3) for k, v in scores.items()}
