"""Claims across articles: clauses that state the same fact, aligned, with their sources.

Clauses (``facts.FactUnit``) are compared with TF-IDF over content-word stems, actor keys
(one token per actor, so a long name does not outweigh the verb) and quantity tokens
('usd:1.4e9'), fitted on the story itself. Two clauses of different articles align
when they are similar enough *and* share evidence beyond names: two content words, a
quantity, or many actors plus a word. Aligned clauses merge into a claim only while
every pair in it stays related (complete linkage, one clause per article), so a chain
of loose resemblances never glues unrelated facts together. Agreement also needs one
clause to be mostly stated by the other (IDF-weighted coverage of its content, so the
story's recurring names and titles count little) and the same polarity; the text shown
is the clause the others state best, so a claim never shows more than its sources say.

Direct quotations are left to the quotes section: a voice is not a reported fact.
Unaligned clauses are kept as single-source claims only when checkable (a quantity or a
dated event): a reader wants to know which figures rest on one outlet.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from dossier.model import Claim, Span
from dossier.story.context import StoryInput
from dossier.story.facts import FactUnit
from dossier.story.independence import SourceGroups
from dossier.story.referents import SpeakerNames, find_referents

ALIGN_SIMILARITY = 0.30
LINK_SIMILARITY = 0.18
MIN_COVERAGE = 0.5  # share of the shorter clause's content the longer one must state
MAX_QUOTED_SHARE = 0.5
MIN_CLAIM_WORDS = 5
_DANGLING = re.compile(
    r"^(?:he|she|it|they|his|her|its|their|this|that|these|those|but|and|so|also|still|yet|"
    r"however|meanwhile|instead|then)\b",
    re.IGNORECASE,
)
_NEGATION = re.compile(r"\b(?:not|no|never|neither|nor|without|none|nothing)\b|n[’']t\b", re.I)
_SPECIFIC_DATE = re.compile(r"^\d{4}-\d{2}(?:-\d{2})?$")


@dataclass
class AlignedClaim:
    """A claim with the fact units behind it (kept for discrepancy detection)."""

    claim: Claim
    units: list[FactUnit]
    similarity: float = 1.0  # lowest similarity between two of its clauses


@dataclass
class Alignment:
    """Claims, and pairs of clauses that align but disagree on a figure."""

    claims: list[AlignedClaim] = field(default_factory=list)
    conflicts: list[tuple[FactUnit, FactUnit]] = field(default_factory=list)


def negated(text: str) -> bool:
    """The clause denies something ('has no evidence', 'may not be'): the opposite fact."""
    return bool(_NEGATION.search(text))


def features(unit: FactUnit) -> list[str]:
    """Tokens the alignment compares: word stems, actor keys, quantities."""
    return (
        unit.stems
        + ["@" + a for a in sorted(unit.actors)]
        + [f"#{q.unit}:{q.value:g}" for q in unit.quantities]
    )


def similarity_matrix(units: list[FactUnit]):
    """Cosine similarity of the units' TF-IDF vectors (IDF from the story itself).

    Sublinear TF, smoothed IDF, L2 norm: scikit-learn's TfidfVectorizer settings,
    computed here so the briefing path does not pay scikit-learn's import time.
    """
    from dossier.story.tfidf import tfidf_cosine

    if not units:
        return None
    return tfidf_cosine([features(u) for u in units])


def shares_evidence(a: FactUnit, b: FactUnit) -> bool:
    """Beyond similarity, a reason to believe two clauses state one fact."""
    words = len(set(a.stems) & set(b.stems))
    quantities = {(q.unit, q.value) for q in a.quantities} & {
        (q.unit, q.value) for q in b.quantities
    }
    actors = len(a.actors & b.actors)
    return words >= 2 or (bool(quantities) and words >= 1) or (actors >= 3 and words >= 1)


Weights = dict[str, float]


def content(unit: FactUnit) -> set[str]:
    """What a clause states, as a set: word stems, actor keys and figures."""
    return set(features(unit))


def content_weights(units: list[FactUnit]) -> Weights:
    """Smoothed IDF of each content token over the story's clauses: the story's subject
    ('the union's executive director, Billy Hunter', in every other clause) weighs little,
    the words that say what happened weigh much."""
    df: Counter[str] = Counter(t for u in units for t in content(u))
    n = len(units)
    return {t: math.log((1 + n) / (1 + k)) + 1 for t, k in df.items()}


def coverage(unit: FactUnit, other: FactUnit, weights: Weights | None = None) -> float:
    """Weighted share of what ``unit`` states that ``other`` states too."""
    w = weights or {}
    mine = content(unit)
    total = sum(w.get(t, 1.0) for t in mine)
    return sum(w.get(t, 1.0) for t in mine & content(other)) / max(total, 1e-9)


def corroborates(a: FactUnit, b: FactUnit, weights: Weights | None = None) -> bool:
    """Two clauses state one fact: one of them is mostly stated by the other, and they
    agree in polarity. A long sentence that shares only its relative clause with a short
    one, or two sentences that share a name and a couple of words, are not one fact; nor
    are 'X was charged' and 'there is no evidence of X'."""
    return (
        max(coverage(a, b, weights), coverage(b, a, weights)) >= MIN_COVERAGE
        and negated(a.text) == negated(b.text)
    )


def claim_units(units: list[FactUnit]) -> list[FactUnit]:
    """Units that can be claims: reported (not quoted) statements of some length."""
    return [u for u in units if u.quoted < MAX_QUOTED_SHARE and u.words >= MIN_CLAIM_WORDS]


def conflicting(a: FactUnit, b: FactUnit) -> bool:
    """Both state a figure in the same unit and the figures cannot both be true."""
    return any(
        qa.unit == qb.unit and (qa.high < qb.low or qb.high < qa.low)
        for qa in a.quantities
        for qb in b.quantities
    )


def align(units: list[FactUnit]) -> tuple[list[list[int]], list[tuple[int, int]], Any]:
    """Groups of unit indexes stating one fact (at most one unit per article), and the
    pairs that would align but state conflicting figures: those are not corroboration,
    they are candidate contradictions; and the similarity matrix."""
    sims = similarity_matrix(units)
    if sims is None:
        return [], [], None
    weights = content_weights(units)
    pairs = []
    conflicts = []
    for i in range(len(units)):
        for j in range(i + 1, len(units)):
            if units[i].article_id == units[j].article_id or sims[i, j] < ALIGN_SIMILARITY:
                continue
            if not shares_evidence(units[i], units[j]):
                continue
            if conflicting(units[i], units[j]):
                conflicts.append((i, j))
            elif corroborates(units[i], units[j], weights):
                pairs.append((-sims[i, j], i, j))
    pairs.sort()
    group_of = {i: [i] for i in range(len(units))}
    for _, i, j in pairs:
        gi, gj = group_of[i], group_of[j]
        if gi is gj:
            continue
        if {units[k].article_id for k in gi} & {units[k].article_id for k in gj}:
            continue
        if any(
            sims[a, b] < LINK_SIMILARITY
            or conflicting(units[a], units[b])
            or negated(units[a].text) != negated(units[b].text)
            for a in gi
            for b in gj
        ):
            continue
        merged = sorted(gi + gj)
        for k in merged:
            group_of[k] = merged
    seen: set[int] = set()
    groups = []
    for group in group_of.values():
        if id(group) not in seen and len(group) > 1:
            seen.add(id(group))
            groups.append(group)
    return groups, conflicts, sims


def checkable(unit: FactUnit) -> bool:
    """A single-source clause worth listing: it states a figure or a dated event."""
    return bool(unit.quantities) or any(_SPECIFIC_DATE.match(d) for d in unit.dates)


def _representative(
    story: StoryInput, units: list[FactUnit], weights: Weights | None = None
) -> FactUnit:
    """The clause every other clause of the claim states best (so the shown text says no
    more than its sources), then the one that reads best alone: not starting with a
    pronoun, then earliest."""
    rank = {a.id: k for k, a in enumerate(story.articles)}
    covered = {
        id(u): min((coverage(u, v, weights) for v in units if v is not u), default=1.0)
        for u in units
    }
    best = max(covered.values())
    return min(
        [u for u in units if covered[id(u)] == best],
        key=lambda u: (
            bool(_DANGLING.match(u.text)),
            not u.text[:1].isupper(),
            rank[u.article_id],
            u.start,
        ),
    )


def _cuts(unit: FactUnit) -> tuple[bool, bool]:
    """Whether the clause's sentence goes on before and after it: a claim cut from
    '..., and the State Department introduced sanctions' is shown as part of a sentence."""
    lead = len(unit.text) - len(unit.text.lstrip())
    ends_sentence = unit.text.rstrip().endswith((".", "!", "?", "”", '"'))
    return unit.start + lead > unit.sentence_start, unit.end < unit.sentence_end and not (
        ends_sentence
    )


def _claim(
    story: StoryInput,
    units: list[FactUnit],
    groups: SourceGroups,
    names: SpeakerNames | None,
    weights: Weights | None = None,
) -> Claim:
    rank = {a.id: k for k, a in enumerate(story.articles)}
    units = sorted(units, key=lambda u: (rank[u.article_id], u.start))
    spans = [Span(article_id=u.article_id, start=u.start, end=u.end) for u in units]
    key = "|".join(f"{s.article_id}:{s.start}:{s.end}" for s in spans)
    independent = groups.count(u.article_id for u in units)
    shown = _representative(story, units, weights)
    cut_before, cut_after = _cuts(shown)
    text = shown.text.strip()
    at = shown.start + len(shown.text) - len(shown.text.lstrip())
    return Claim(
        id="c-" + hashlib.sha1(key.encode()).hexdigest()[:10],
        text=text,
        cut_before=cut_before,
        cut_after=cut_after,
        sources=spans,
        outlets=story.outlets({u.article_id for u in units}),
        independent_sources=independent,
        single_source=independent <= 1,
        referents=find_referents(story, shown.article_id, at, at + len(text), names),
    )


def align_claims(
    story: StoryInput,
    units: list[FactUnit],
    groups: SourceGroups,
    names: SpeakerNames | None = None,
) -> Alignment:
    """Claims carried by several articles, then checkable single-source claims.

    Ordered by independent sources, then articles, then story order, so the best
    corroborated facts come first and the output is deterministic.
    """
    candidates = claim_units(units)
    aligned, conflicts, sims = align(candidates)
    weights = content_weights(candidates)
    used = {i for group in aligned for i in group}
    out = [
        AlignedClaim(
            _claim(story, [candidates[i] for i in g], groups, names, weights),
            [candidates[i] for i in g],
            similarity=float(min(sims[a, b] for a in g for b in g if a != b)),
        )
        for g in aligned
    ]
    for i, unit in enumerate(candidates):
        if i not in used and checkable(unit):
            out.append(AlignedClaim(_claim(story, [unit], groups, names), [unit]))
    rank = {a.id: k for k, a in enumerate(story.articles)}
    out.sort(
        key=lambda c: (
            -c.claim.independent_sources,
            -len(c.claim.sources),
            rank[c.claim.sources[0].article_id],
            c.claim.sources[0].start,
        )
    )
    return Alignment(out, [(candidates[i], candidates[j]) for i, j in conflicts])
