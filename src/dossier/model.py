"""The one schema of Dossier: every record that crosses a stage boundary.

Data flows one way: ``Article`` (ingest) -> ``ArticleAnalysis`` (analyze) ->
``Briefing`` (story). Every extracted item carries provenance, an article id and a
character span ``[start, end)`` into that article's ``text``, so a reader can jump
from any sentence, quote, date or claim to the exact source passage.

The JSON Schema printed by ``dossier schema`` is generated from these models; bump
``SCHEMA_VERSION`` on any incompatible change.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

SCHEMA_VERSION = "1.0.0"

EntityType = Literal["PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "OTHER"]
QuoteKind = Literal["direct", "indirect", "mixed"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
Tense = Literal["past", "present", "future", "unknown"]


class Record(BaseModel):
    """Base for all records: strict about unknown fields so typos fail loudly."""

    model_config = ConfigDict(extra="forbid")


class Span(Record):
    """A passage of one article: the unit of provenance."""

    article_id: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} before start {self.start}")
        return self


class Article(Record):
    """One news article, cleaned: ``text`` is the body that every span indexes into."""

    id: str = Field(description="Stable id derived from the cleaned text.")
    text: str
    title: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    url: str | None = None
    author: str | None = None
    source_path: str | None = Field(default=None, description="File the article was read from.")
    date_source: str | None = Field(
        default=None, description="Where `published` came from: manifest, byline, html, json."
    )
    wire: str | None = Field(
        default=None, description="Wire service credited, e.g. 'Associated Press'."
    )
    removed_lines: list[str] = Field(
        default_factory=list, description="Boilerplate and byline lines dropped from the body."
    )

    @property
    def word_count(self) -> int:
        return len(self.text.split())


class Sentence(Record):
    start: int
    end: int


class Mention(Record):
    """A named or titled reference to an entity inside one article."""

    article_id: str
    start: int
    end: int
    text: str
    label: EntityType
    entity_key: str | None = Field(
        default=None, description="Within-article cluster key; mentions sharing it co-refer."
    )


class Quote(Record):
    """Something a speaker said, in one article."""

    article_id: str
    start: int = Field(description="Start of the quoted content.")
    end: int
    text: str
    kind: QuoteKind
    cue: str | None = Field(default=None, description="Speech verb or phrase, e.g. 'said'.")
    cue_start: int | None = None
    cue_end: int | None = None
    speaker: str | None = Field(
        default=None, description="Speaker, resolved to a full name if possible."
    )
    speaker_text: str | None = Field(default=None, description="Speaker as written at the cue.")
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_key: str | None = Field(
        default=None, description="Within-article entity key of the speaker."
    )
    speaker_description: str | None = Field(
        default=None, description="The speaker's role as the article gives it."
    )
    confidence: float = 1.0
    parts: list[tuple[int, int]] = Field(
        default_factory=list,
        description="Content pieces [start, end) when the quote is split by its cue or runs "
        "over several paragraphs; empty when `start`..`end` is one piece.",
    )
    antecedent_start: int | None = Field(
        default=None,
        description="Start of what the relative pronoun opening the content stands for "
        "('the new levy' in '..., which the mayor said is unfair'); None otherwise.",
    )
    antecedent_end: int | None = Field(default=None, description="End of the antecedent.")


class TimeExpression(Record):
    """A time expression normalised to a TIMEX3 value relative to its article's date."""

    article_id: str
    start: int
    end: int
    text: str
    type: TimexType
    value: str = Field(description="TIMEX3 value, e.g. 2017-07-02, 2017-W27, P17M, PAST_REF.")
    anchor: dt.date | None = Field(default=None, description="Date the value was resolved against.")
    tense: Tense = "unknown"
    uncertain: bool = Field(default=False, description="True when the anchor date was estimated.")


class Event(Record):
    """Who did what to whom, CAMEO-coded (filled by the events stage)."""

    article_id: str
    start: int
    end: int
    source_actor: str
    target_actor: str | None = None
    source_text: str | None = None
    target_text: str | None = None
    action: str
    cameo_code: str
    cameo_name: str
    root_code: str
    goldstein: float
    quad_class: int
    date: str | None = None
    location: str | None = None
    status: Literal["actual", "negated", "hypothetical", "future"] = "actual"
    confidence: float = 1.0


class StoryEvent(Record):
    """One event of the story, merged over every article and outlet that reports it."""

    id: str
    source_actor: str
    target_actor: str | None = None
    source_text: str | None = Field(default=None, description="Source as first written.")
    target_text: str | None = None
    action: str
    cameo_code: str
    cameo_name: str
    root_code: str
    goldstein: float
    quad_class: int
    date: str | None = Field(default=None, description="Resolved date of the event, if given.")
    location: str | None = None
    status: Literal["actual", "negated", "hypothetical", "future"] = "actual"
    confidence: float = 1.0
    mention_count: int = Field(default=1, description="Passages reporting it, all articles.")
    outlets: list[str] = Field(default_factory=list)
    article_ids: list[str] = Field(default_factory=list)
    sources: list[Span] = Field(default_factory=list, description="Sentence of each mention.")


class DyadPoint(Record):
    """Events of one actor pair on one date (or in one article's date when undated)."""

    date: str
    events: int
    mean_goldstein: float


class Dyad(Record):
    """An actor pair and the relation its events add up to (actual events only)."""

    source_actor: str
    target_actor: str
    event_count: int
    mention_count: int
    mean_goldstein: float
    quad_counts: dict[int, int] = Field(default_factory=dict, description="Quad class -> events.")
    over_time: list[DyadPoint] = Field(default_factory=list)
    event_ids: list[str] = Field(default_factory=list)


class ArticleAnalysis(Record):
    """Everything learned from one article alone (the per-article, parallel stage)."""

    article_id: str
    sentences: list[Sentence] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    time_expressions: list[TimeExpression] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    pipeline: dict[str, str] = Field(
        default_factory=dict, description="Component name -> implementation version."
    )


class Entity(Record):
    """One real-world entity, resolved across the story's articles."""

    id: str
    name: str
    type: EntityType
    aliases: list[str] = Field(default_factory=list)
    descriptions: list[str] = Field(default_factory=list)
    country: str | None = Field(default=None, description="ISO 3166 alpha-3 of its affiliation.")
    mention_count: int = 0
    mentions_by_article: dict[str, int] = Field(default_factory=dict)
    mentions_by_outlet: dict[str, int] = Field(default_factory=dict)
    mentions: list[Span] = Field(default_factory=list)


class StoryQuote(Record):
    """One utterance, merged over every article that carries it."""

    id: str
    speaker: str | None
    speaker_entity_id: str | None = None
    speaker_description: str | None = None
    text: str
    kind: QuoteKind
    outlets: list[str] = Field(default_factory=list)
    occurrences: list[Quote] = Field(default_factory=list)
    referents: list[Referent] = Field(
        default_factory=list,
        description="What an opening relative pronoun of `text` stands for, to show as "
        "'which [the new levy] ...'; offsets within `text`.",
    )

    @model_validator(mode="after")
    def _referents_in_text(self) -> StoryQuote:
        _referents_inside(self.text, self.referents)
        return self


class Referent(Record):
    """Who a pronoun in a shown passage is, as the article's quote extractor resolved it.

    Display-time clarification ("he [Donald Trump] said"): the passage's text stays the
    exact source text, and renderers insert the name after ``text[start:end]``.
    """

    start: int = Field(ge=0, description="Start of the pronoun within the record's `text`.")
    end: int = Field(ge=0, description="End of the pronoun within the record's `text`.")
    name: str = Field(description="Resolved name the pronoun refers to.")

    @model_validator(mode="after")
    def _ordered(self) -> Referent:
        if self.end < self.start:
            raise ValueError(f"referent end {self.end} before start {self.start}")
        return self


def _referents_inside(text: str, referents: list[Referent]) -> None:
    for r in referents:
        if r.end > len(text):
            raise ValueError(f"referent {r.start}..{r.end} outside text of {len(text)} chars")


class TimelineEntry(Record):
    """What happened (or is announced) on one resolved date."""

    value: str = Field(description="TIMEX3 value of the date.")
    date: dt.date | None = Field(default=None, description="Sortable start day of `value`.")
    text: str = Field(description="The clause or sentence the date belongs to.")
    status: Literal["past", "future", "ongoing"] = "past"
    uncertain: bool = False
    sources: list[Span] = Field(default_factory=list)
    outlets: list[str] = Field(default_factory=list)
    referents: list[Referent] = Field(
        default_factory=list,
        description="Pronouns in `text` that a quote resolved to a speaker, first per name.",
    )

    @model_validator(mode="after")
    def _referents_in_text(self) -> TimelineEntry:
        _referents_inside(self.text, self.referents)
        return self


class SummarySentence(Record):
    text: str
    source: Span = Field(description="Where the sentence was taken from.")
    supporting: list[Span] = Field(
        default_factory=list, description="Every passage (any article) stating the same content."
    )
    outlets: list[str] = Field(default_factory=list)
    single_source: bool = False


class Claim(Record):
    """A fact stated in one or more articles, aligned across them."""

    id: str
    text: str
    cut_before: bool = Field(
        default=False, description="`text` is a clause its sentence runs on before."
    )
    cut_after: bool = Field(default=False, description="... and after (show an ellipsis).")
    sources: list[Span] = Field(default_factory=list)
    outlets: list[str] = Field(default_factory=list)
    independent_sources: int = 1
    single_source: bool = True
    referents: list[Referent] = Field(
        default_factory=list,
        description="Pronouns in `text` that a quote resolved to a speaker, first per name.",
    )

    @model_validator(mode="after")
    def _referents_in_text(self) -> Claim:
        _referents_inside(self.text, self.referents)
        return self


class DiscrepancySide(Record):
    value: str
    text: str
    source: Span
    outlet: str | None = None
    published: dt.date | None = None


class Discrepancy(Record):
    """Two passages that state the same fact differently."""

    kind: Literal["number", "date", "title", "name"]
    subject: str
    sides: list[DiscrepancySide]
    note: str | None = Field(default=None, description="e.g. the later article may be an update.")


class SourceProfile(Record):
    """How one outlet covers the story compared with the others."""

    outlet: str
    article_ids: list[str] = Field(default_factory=list)
    independent_of: list[str] = Field(default_factory=list)
    exclusive_claims: list[str] = Field(default_factory=list)
    exclusive_entities: list[str] = Field(default_factory=list)
    exclusive_quotes: list[str] = Field(default_factory=list)
    speakers_quoted: dict[str, int] = Field(default_factory=dict)
    actor_mentions: dict[str, int] = Field(default_factory=dict)
    actor_tone: dict[str, float] = Field(default_factory=dict)
    speaker_roles: dict[str, str] = Field(
        default_factory=dict,
        description="Speaker quoted -> role: official, expert, foreign government...",
    )


class Skipped(Record):
    """An input that could not be used, and why: nothing is dropped silently."""

    path: str
    problem: str


class BriefingArticle(Record):
    """An article as the briefing cites it (the full text makes spans checkable)."""

    id: str
    title: str | None
    outlet: str | None
    published: dt.date | None
    url: str | None
    author: str | None
    word_count: int
    text: str


class Briefing(Record):
    """The sourced briefing for one story."""

    schema_version: str = SCHEMA_VERSION
    generator: dict[str, str] = Field(
        default_factory=dict, description="Dossier version and each component's implementation."
    )
    story: str | None = Field(default=None, description="Story name given by the user or manifest.")
    headline: str
    articles: list[BriefingArticle]
    summary: list[SummarySentence] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    quotes: list[StoryQuote] = Field(default_factory=list)
    timeline: list[TimelineEntry] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    discrepancies: list[Discrepancy] = Field(default_factory=list)
    sources: list[SourceProfile] = Field(default_factory=list)
    main_actors: list[str] = Field(
        default_factory=list,
        description="Most covered actors: the columns of the outlet-by-actor matrix.",
    )
    events: list[StoryEvent] = Field(default_factory=list)
    dyads: list[Dyad] = Field(default_factory=list)
    skipped: list[Skipped] = Field(default_factory=list)

    def article(self, article_id: str) -> BriefingArticle:
        for article in self.articles:
            if article.id == article_id:
                return article
        raise KeyError(article_id)


def json_schema() -> dict:
    """JSON Schema of the briefing, the published contract for other tools."""
    schema = Briefing.model_json_schema()
    schema["$id"] = f"https://dossier.invalid/schema/briefing-{SCHEMA_VERSION}.json"
    schema["title"] = "Dossier briefing"
    return schema
