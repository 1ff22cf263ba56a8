"""Incremental story clustering: each new article joins an open story or starts one.

Why single-pass: a newsroom stream never ends, so clustering must decide per article in
time proportional to the open stories it could join, never re-cluster everything. Each
story keeps a centroid of its members' vectors; an article joins the most similar story
still open (last article within ``window_days`` of it) when the cosine similarity reaches
``threshold``, and otherwise starts a new story whose id is derived from its first
article's id, so story ids are stable: replaying the same stream gives the same ids,
and a later run that continues a store keeps the ids already given.

An article's vector mixes three kinds of feature, each L2-normalised and weighted:

- **words** of body and title (title counted twice), stop words dropped, sublinear tf
  times an IDF learnt incrementally from the stream itself (no outside corpus);
- **entities**: the article's named mentions when an ``ArticleAnalysis`` is given, else
  runs of capitalised words (a cheap stand-in that needs no spaCy), plus the title's
  capitalised runs counted twice; rare entities weigh more through the same IDF;
- **dates** bound the search (only stories active within the window are candidates) and
  fade the similarity: the cosine is multiplied by ``exp(-gap / date_scale_days)``, where
  gap is the days between the article and the story's nearest member. Two events on one
  topic weeks apart (a second bombing, a new round of talks) then stay apart, while an
  article continuing a story the same week joins it.

Candidate stories are found through an inverted index from feature to story, so the cost
per article grows with the number of open stories that share a feature, not with the
corpus size.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import hashlib
import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from dossier.model import Article, ArticleAnalysis
from dossier.stopwords import ENGLISH_STOP_WORDS

__all__ = ["ClusterSettings", "StoryClusterer", "StoryState", "article_features", "story_id_for"]

_WORD = re.compile(r"[a-z][a-z0-9'’-]*[a-z0-9]|[a-z]")
_CAPS = re.compile(r"\b[A-Z][\w'’.-]*(?:\s+(?:of\s+|de\s+|al-)?[A-Z][\w'’.-]*)*")
_STOP = frozenset(ENGLISH_STOP_WORDS) | {"said", "says", "say", "told", "mr", "mrs", "ms"}
_ENTITY_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT"}


@dataclass(frozen=True)
class ClusterSettings:
    """Global settings (not fitted per dataset); see bench/RESULTS.md for how they were set."""

    threshold: float = 0.12
    window_days: int = 90
    entity_weight: float = 1.0
    max_terms: int = 200
    half_life_days: float = 0.0
    """Older members of a story fade with this half-life (0 = no fading)."""
    probe_terms: int = 30
    """Stories sharing one of the article's top ``probe_terms`` features are candidates."""
    max_candidates: int = 25
    """Only the stories sharing most probe features get an exact cosine (bounds the cost)."""
    date_scale_days: float = 15.0
    """Similarity fades by a factor e per this many days to the story's nearest member."""
    max_vocabulary: int = 500_000
    """Document frequencies kept; past this the rarest terms are forgotten (bounds memory
    on an endless stream, where new names and typos keep arriving)."""


def story_id_for(first_article_id: str) -> str:
    """Stable story id: a hash of the story's first article id."""
    return "s" + hashlib.sha256(first_article_id.encode("utf-8")).hexdigest()[:12]


@functools.lru_cache(maxsize=200_000)
def _stem(word: str) -> str:
    word = word.replace("’", "'").removesuffix("'s")
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _words(text: str) -> list[str]:
    return [stem for word in _WORD.findall(text.lower()) if (stem := _feature_word(word))]


@functools.lru_cache(maxsize=200_000)
def _feature_word(word: str) -> str | None:
    """The stem a word counts as, or None for stop words, numbers and short words."""
    stem = _stem(word)
    return stem if len(stem) >= 3 and stem not in _STOP and not stem.isdigit() else None


def _word_counts(text: str) -> Counter[str]:
    """Stem counts of a text; each distinct word is looked up once (half the words of an
    article repeat)."""
    counts: Counter[str] = Counter()
    for word, n in Counter(_WORD.findall(text.lower())).items():
        if stem := _feature_word(word):
            counts[stem] += n
    return counts


@functools.lru_cache(maxsize=200_000)
def _entity_key(text: str) -> str | None:
    words = [w for w in _words(text) if w]
    return "e:" + " ".join(words) if words else None


def _capitalised_runs(text: str, entities: Counter[str], weight: int = 1) -> None:
    for match in _CAPS.finditer(text):
        span = match.group(0)
        if len(span.split()) == 1 and span.lower() in _STOP:
            continue
        if key := _entity_key(span):
            entities[key] += weight


def article_features(
    article: Article, analysis: ArticleAnalysis | None = None
) -> tuple[Counter[str], Counter[str]]:
    """(word counts, entity counts) of one article; titles count twice."""
    words = _word_counts(article.text)
    entities: Counter[str] = Counter()
    if article.title:
        for word in _words(article.title):
            words[word] += 2
        _capitalised_runs(article.title, entities, 2)
    if analysis is not None and analysis.mentions:
        for mention in analysis.mentions:
            if mention.label in _ENTITY_LABELS and (key := _entity_key(mention.text)):
                entities[key] += 1
    else:
        _capitalised_runs(article.text, entities)
    return words, entities


@dataclass
class StoryState:
    """One open story: centroid (sum of member vectors) and what it is about."""

    id: str
    first: dt.date | None
    last: dt.date | None
    size: int = 0
    centroid: dict[str, float] = field(default_factory=dict)
    norm2: float = 0.0
    days: list[dt.date] = field(default_factory=list)
    """Distinct member dates, sorted: the nearest member date fades similarity."""

    def add(
        self, vector: dict[str, float], published: dt.date | None, half_life: float = 0.0
    ) -> None:
        if half_life and published is not None and self.last is not None and published > self.last:
            fade = 0.5 ** ((published - self.last).days / half_life)
            self.centroid = {t: w * fade for t, w in self.centroid.items()}
            self.norm2 *= fade * fade
        for term, weight in vector.items():
            old = self.centroid.get(term, 0.0)
            new = old + weight
            self.centroid[term] = new
            self.norm2 += new * new - old * old
        self.size += 1
        if published is not None:
            self.first = min(self.first or published, published)
            self.last = max(self.last or published, published)
            at = bisect.bisect_left(self.days, published)
            if at == len(self.days) or self.days[at] != published:
                self.days.insert(at, published)

    def gap_days(self, published: dt.date | None) -> int:
        """Days from ``published`` to the nearest member's date (0 when either is unknown)."""
        if published is None or not self.days:
            return 0
        at = bisect.bisect_left(self.days, published)
        near = self.days[max(at - 1, 0) : at + 1]
        return min(abs((published - day).days) for day in near)

    def keywords(self, n: int = 8) -> list[str]:
        ranked = sorted(self.centroid.items(), key=lambda kv: (-kv[1], kv[0]))
        return [t for t, _ in ranked if not t.startswith("e:")][:n]


class StoryClusterer:
    """Assign articles to stories one at a time, in stream (date) order."""

    def __init__(self, settings: ClusterSettings | None = None) -> None:
        self.settings = settings or ClusterSettings()
        self.stories: dict[str, StoryState] = {}
        self._df: Counter[str] = Counter()
        self._docs = 0
        self._postings: dict[str, set[str]] = {}
        self._latest: dt.date | None = None

    def _vector(self, words: Counter[str], entities: Counter[str]) -> dict[str, float]:
        self._docs += 1
        for term in (*words, *entities):
            self._df[term] += 1
        if len(self._df) > self.settings.max_vocabulary:
            self._forget_rare_terms()
        vector: dict[str, float] = {}
        for counts, weight in ((words, 1.0), (entities, self.settings.entity_weight)):
            part = {
                t: (1.0 + math.log(c)) * (1.0 + math.log((1 + self._docs) / (1 + self._df[t])))
                for t, c in counts.items()
            }
            part = dict(sorted(part.items(), key=lambda kv: (-kv[1], kv[0]))[
                : self.settings.max_terms
            ])
            norm = math.sqrt(sum(v * v for v in part.values())) or 1.0
            for t, v in part.items():
                if v > 0:
                    vector[t] = weight * v / norm
        # Unit length, so every member weighs the same in a story's centroid.
        total = math.sqrt(sum(v * v for v in vector.values())) or 1.0
        return {t: v / total for t, v in vector.items()}

    @property
    def vocabulary_size(self) -> int:
        """Terms whose document frequency is remembered (at most ``max_vocabulary``)."""
        return len(self._df)

    def _forget_rare_terms(self) -> None:
        """Drop the rarest terms until the table is at most 3/4 of its cap. A forgotten term
        weighs as unseen when it comes back, the highest IDF, which is nearly what it had
        (it was among the rarest). Deterministic, so replaying a stream gives the same
        decisions."""
        keep = self.settings.max_vocabulary * 3 // 4
        floor = 1
        while len(self._df) > keep:
            self._df = Counter({t: c for t, c in self._df.items() if c > floor})
            floor += 1

    def _open(self, story: StoryState, published: dt.date | None) -> bool:
        if published is None or story.last is None:
            return True
        return abs((published - story.last).days) <= self.settings.window_days

    def _best(self, vector: dict[str, float], published: dt.date | None) -> tuple[str, float]:
        probes = sorted(vector.items(), key=lambda kv: (-kv[1], kv[0]))[: self.settings.probe_terms]
        hits: Counter[str] = Counter()
        for term, _ in probes:
            hits.update(self._postings.get(term, ()))
        ranked = sorted(hits.items(), key=lambda kv: (-kv[1], kv[0]))
        candidates = sorted(sid for sid, _ in ranked[: self.settings.max_candidates])
        norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
        best = ("", 0.0)
        for sid in candidates:
            story = self.stories[sid]
            if not self._open(story, published):
                continue
            centroid = story.centroid
            dot = sum(w * centroid.get(t, 0.0) for t, w in vector.items())
            cosine = dot / (norm * math.sqrt(story.norm2 or 1.0))
            if self.settings.date_scale_days > 0:
                gap = story.gap_days(published)
                cosine *= math.exp(-gap / self.settings.date_scale_days)
            if cosine > best[1]:
                best = (sid, cosine)
        return best

    def add(
        self,
        article: Article,
        analysis: ArticleAnalysis | None = None,
        story_id: str | None = None,
    ) -> str:
        """Place one article; return its story id. ``story_id`` replays a stored decision."""
        vector = self._vector(*article_features(article, analysis))
        if story_id is None:
            sid, similarity = self._best(vector, article.published)
            story_id = sid if sid and similarity >= self.settings.threshold else None
        if story_id is None:
            story_id = story_id_for(article.id)
        story = self.stories.get(story_id)
        if story is None:
            story = self.stories[story_id] = StoryState(story_id, None, None)
        story.add(vector, article.published, self.settings.half_life_days)
        for term in vector:
            self._postings.setdefault(term, set()).add(story_id)
        if article.published is not None:
            self._latest = max(self._latest or article.published, article.published)
            self._close_old()
        return story_id

    def _close_old(self) -> None:
        """Drop stories that can no longer be joined from the inverted index (bounds memory)."""
        if self._latest is None or self._docs % 500:
            return
        horizon = self._latest - dt.timedelta(days=self.settings.window_days)
        for sid, story in list(self.stories.items()):
            if story.last is not None and story.last < horizon:
                for term in story.centroid:
                    postings = self._postings.get(term)
                    if postings is not None:
                        postings.discard(sid)
                        if not postings:
                            del self._postings[term]
                del self.stories[sid]

    def to_state(self) -> dict[str, Any]:
        """The clusterer's stream state as JSON values (IDF counts and the stories it still
        holds), so a later run continues from it (``from_state``) without a replay."""
        return {
            "docs": self._docs,
            "latest": self._latest.isoformat() if self._latest else None,
            "df": dict(self._df),
            "stories": [
                {
                    "id": story.id,
                    "first": story.first.isoformat() if story.first else None,
                    "last": story.last.isoformat() if story.last else None,
                    "size": story.size,
                    "centroid": story.centroid,
                    "norm2": story.norm2,
                    "days": [day.isoformat() for day in story.days],
                }
                for story in self.stories.values()
            ],
        }

    @classmethod
    def from_state(cls, state: dict[str, Any], settings: ClusterSettings | None = None
                   ) -> StoryClusterer:  # fmt: skip
        """The clusterer ``to_state`` described; the candidate index is rebuilt from the
        stories' terms, which is what adding their members had put there."""
        clusterer = cls(settings)
        clusterer._docs = int(state["docs"])
        clusterer._latest = _date(state["latest"])
        clusterer._df = Counter({str(t): int(c) for t, c in state["df"].items()})
        for row in state["stories"]:
            story = StoryState(
                id=str(row["id"]),
                first=_date(row["first"]),
                last=_date(row["last"]),
                size=int(row["size"]),
                centroid={str(t): float(w) for t, w in row["centroid"].items()},
                norm2=float(row["norm2"]),
                days=[dt.date.fromisoformat(day) for day in row["days"]],
            )
            clusterer.stories[story.id] = story
            for term in story.centroid:
                clusterer._postings.setdefault(term, set()).add(story.id)
        return clusterer

    def add_many(
        self, articles: Iterable[Article], analyses: dict[str, ArticleAnalysis] | None = None
    ) -> dict[str, str]:
        """Article id -> story id for a stream, in the order given."""
        analyses = analyses or {}
        return {a.id: self.add(a, analyses.get(a.id)) for a in articles}


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None
