"""Contradictions: the same fact stated with different numbers, dates, titles or names.

A reported contradiction costs the reader's trust when it is not one, so each kind
needs two things to agree before it is reported: that both passages are about the same
fact, and that their values cannot both be true.

- number: the same unit with ranges that do not overlap (hedges such as 'more than'
  widen a value), named once in each clause and with no different year in sight, in
  clauses that either align as one claim, or share a rare actor (one named in few
  clauses of the story) and a word right by both figures, of one magnitude;
- title: one person given two different current offices ('premier' vs 'president');
- name: one quotation attributed to two different people;
- date: clauses aligned closely (one event, told alike) pinned to two different days.

When the articles were published on different days the note says so, since the later
one may be an update (a figure that grew, an office that changed) or a correction.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from itertools import combinations

from dossier.model import Discrepancy, DiscrepancySide, Quote, Span
from dossier.story.claims import Alignment
from dossier.story.context import StoryInput
from dossier.story.facts import ActorIndex, FactUnit, Quantity, content_stems, normalize_name, stem
from dossier.story.titles import TitleObservation

RARE_ACTOR_SHARE = 0.08
NEAR_WORDS = 5
DATE_SIMILARITY = 0.5
MAX_RATIO = 1.5
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d,.]*")
_TIME_UNITS = {"second", "minute", "hour", "day", "week", "month", "year", "decade"}
_FULL_DATE = 10  # len("2017-07-02")


def _side(story: StoryInput, value: str, article_id: str, start: int, end: int) -> DiscrepancySide:
    article = story.by_id[article_id]
    return DiscrepancySide(
        value=value,
        text=article.text[start:end].strip(),
        source=Span(article_id=article_id, start=start, end=end),
        outlet=article.outlet,
        published=article.published,
    )


def _sorted_sides(sides: list[DiscrepancySide]) -> list[DiscrepancySide]:
    return sorted(
        sides, key=lambda s: (s.published or dt.date.max, s.source.article_id, s.source.start)
    )


def update_note(sides: list[DiscrepancySide], kind: str) -> str | None:
    """Say when the later article may be an update of the earlier one."""
    dated = [s for s in sides if s.published]
    if len({s.published for s in dated}) < 2:
        return None
    first, last = dated[0], dated[-1]
    days = (last.published - first.published).days  # type: ignore[operator]
    apart = f"{days} day{'s' if days != 1 else ''} apart"
    later = f"{last.outlet or 'the later article'}, {last.published}"
    if kind == "title":
        return (
            f"Published {apart} ({later} is later): it may be an update if the office "
            "changed in between; otherwise one of them is wrong."
        )
    return f"Published {apart}: the later article ({later}) may be an update or a correction."


def _number_note(first: Quantity, later: Quantity, sides: list[DiscrepancySide]) -> str | None:
    note = update_note(sides, "number")
    if note and first.unit in _TIME_UNITS and later.value < first.value:
        note += " Its figure is lower, so time passing does not explain the difference."
    return note


def _conflict(a: Quantity, b: Quantity) -> bool:
    return a.unit == b.unit and (a.high < b.low or b.high < a.low)


def number_discrepancies(
    story: StoryInput, units: list[FactUnit], alignment: Alignment, actors: ActorIndex
) -> list[Discrepancy]:
    """Same unit, incompatible values, same fact (aligned clauses, or rare actor + word)."""
    aligned_pairs = {(id(a), id(b)) for a, b in alignment.conflicts}
    aligned_pairs |= {(id(b), id(a)) for a, b in aligned_pairs}
    actor_units = Counter(a for u in units for a in u.actors)
    rare_limit = max(2, RARE_ACTOR_SHARE * len(units))
    with_numbers = [u for u in units if _comparable(u)]
    found: dict[tuple, Discrepancy] = {}
    for u, v in combinations(with_numbers, 2):
        if u.article_id == v.article_id or _years(u.text) != _years(v.text):
            continue
        rare = sorted(a for a in u.actors & v.actors if actor_units[a] <= rare_limit)
        for qa in _comparable(u):
            for qb in _comparable(v):
                if not _conflict(qa, qb):
                    continue
                aligned = (id(u), id(v)) in aligned_pairs
                if not ((aligned or rare) and _same_measure(u, qa, v, qb)):
                    continue
                if _different_people(u.text, v.text) or _different_persons(u, v, actors):
                    continue
                subject_actor = actors.name(rare[0]) if rare else None
                subject = _number_subject(subject_actor, qa, u, v)
                key = ("number", subject, frozenset({qa.value, qb.value}))
                if key in found:
                    continue
                sides = _sorted_sides(
                    [
                        _side(story, qa.text, u.article_id, u.start, u.end),
                        _side(story, qb.text, v.article_id, v.start, v.end),
                    ]
                )
                first, later = (qa, qb) if sides[0].source.article_id == u.article_id else (qb, qa)
                found[key] = Discrepancy(
                    kind="number",
                    subject=subject,
                    sides=sides,
                    note=_number_note(first, later, sides),
                )
    return list(found.values())


_YEAR = re.compile(r"\b(?:1[89]|20)\d{2}\b")


def _near_stems(unit: FactUnit, q: Quantity) -> set[str]:
    """Content stems within ``NEAR_WORDS`` words of a quantity: what it measures."""
    words = list(_WORD.finditer(unit.text))
    q_start, q_end = q.start - unit.start, q.end - unit.start
    inside = [i for i, w in enumerate(words) if w.start() < q_end and w.end() > q_start]
    if not inside:
        return set()
    lo, hi = max(0, inside[0] - NEAR_WORDS), inside[-1] + NEAR_WORDS + 1
    near = " ".join(w.group() for k, w in enumerate(words[lo:hi], lo) if k not in inside)
    # Units are not context: in '240 kilometers (150 miles)' the other unit of the
    # conversion sits by every figure and names no shared thing.
    units = {x.unit.split("-")[0] for x in unit.quantities}
    return {s for s in content_stems(near) if _singular(s) not in units} - {q.unit}


def _singular(word: str) -> str:
    return stem(word[:-1] if word.endswith("s") and not word.endswith("ss") else word)


def _same_measure(u: FactUnit, qa: Quantity, v: FactUnit, qb: Quantity) -> bool:
    """Two figures measure one thing only when a word right by each names the same thing
    ('18 months of captivity', 'held captive ... for 17 months') and they are close:
    misreports and updates of one figure stay within half of it again (60 vs 65 dead,
    17 vs 18 months), while a wider gap ('97 rockets hit' against '300 rockets fired',
    '125 miles' to a first orbit against '240 miles' to the station) nearly always
    means two different measures."""
    if max(qa.value, qb.value) > MAX_RATIO * max(min(qa.value, qb.value), 1e-9):
        return False
    return bool(_near_stems(u, qa) & _near_stems(v, qb))


_MASCULINE = re.compile(r"\b(?:he|him|his|himself)\b", re.IGNORECASE)
_FEMININE = re.compile(r"\b(?:she|her|hers|herself)\b", re.IGNORECASE)


def _different_people(a: str, b: str) -> bool:
    """'His bond was set at $200,000' and 'Her bond ... $100,000' are about two people."""

    def gender(text: str) -> str | None:
        m, f = bool(_MASCULINE.search(text)), bool(_FEMININE.search(text))
        return "m" if m and not f else "f" if f and not m else None

    ga, gb = gender(a), gender(b)
    return ga is not None and gb is not None and ga != gb


def _different_persons(u: FactUnit, v: FactUnit, actors: ActorIndex) -> bool:
    """Each clause names people and none in common: 'signed Shevchenko for about £30m'
    and 'signed Suarez for £22.7m' are two transfers, not one fee told twice."""
    pu, pv = u.actors & actors.person_keys, v.actors & actors.person_keys
    return bool(pu) and bool(pv) and not (pu & pv)


def _years(text: str) -> set[str]:
    """Years a clause names: a figure 'in 2004' and a figure now are not one fact."""
    return set(_YEAR.findall(text))


def _comparable(unit: FactUnit) -> list[Quantity]:
    """Quantities whose unit occurs once in the clause.

    'Seven cases last year, 32 this year' states two facts in one unit; which of them
    another article's figure answers is anyone's guess, so neither is compared.
    """
    counts = Counter(q.unit for q in unit.quantities)
    return [q for q in unit.quantities if counts[q.unit] == 1]


_MONEY = {"usd": "US dollars", "eur": "euros", "gbp": "pounds", "jpy": "yen", "cny": "yuan"}


def _number_subject(actor: str | None, q: Quantity, u: FactUnit, v: FactUnit) -> str:
    """'Otto F. Warmbier: months (captivity)': who, what is counted, and about what."""
    if q.unit in _MONEY or q.unit == "percent":
        unit = _MONEY.get(q.unit, "percent")
    else:  # the unit as written: 'months', 'people', 'missiles'
        unit = re.split(r"[\s-]+", q.text.strip())[-1].lower()
    near = _near_stems(u, q) & set(v.stems)
    words = sorted({_surface(u.text, s) for s in near or (set(u.stems) & set(v.stems))} - {unit})
    about = f" ({', '.join(words[:3])})" if words else ""
    return f"{actor}: {unit}{about}" if actor else f"{unit.capitalize()}{about}"


def _surface(text: str, stemmed: str) -> str:
    """The word of ``text`` that has stem ``stemmed`` (for a readable subject)."""
    for word in re.findall(r"[A-Za-z][A-Za-z'’-]*", text):
        if content_stems(word) == [stemmed]:
            return word.lower()
    return stemmed


def title_discrepancies(
    story: StoryInput, titles: list[TitleObservation], actors: ActorIndex
) -> list[Discrepancy]:
    """One person, two different current offices across articles."""
    by_person: dict[str, list[TitleObservation]] = defaultdict(list)
    for t in titles:
        if t.current:
            by_person[t.person].append(t)
    out = []
    for person, observations in sorted(by_person.items()):
        offices = {t.office for t in observations}
        if len(offices) < 2 or len({t.article_id for t in observations}) < 2:
            continue
        # One side per office and outlet: ten copies of 'Prime Minister' add nothing.
        first_per: dict[tuple[str, str], TitleObservation] = {}
        for t in observations:
            first_per.setdefault((t.office, story.outlet(t.article_id)), t)
        sides = _sorted_sides(
            [
                _side(story, t.title, t.article_id, t.sentence_start, t.sentence_end)
                for t in first_per.values()
            ]
        )
        out.append(
            Discrepancy(
                kind="title",
                subject=actors.name(person),
                sides=sides,
                note=update_note(sides, "title"),
            )
        )
    return out


def name_discrepancies(story: StoryInput, actors: ActorIndex) -> list[Discrepancy]:
    """The same quotation (same words) attributed to different people in different articles."""
    from dossier.story.quotes import quote_key

    groups: dict[str, list[Quote]] = defaultdict(list)
    for article in story.articles:
        for quote in story.analyses[article.id].quotes:
            if quote.speaker and len(quote.text.split()) >= 4:
                groups[quote_key(quote.text)].append(quote)
    out = []
    for occurrences in groups.values():
        by_speaker: dict[str, Quote] = {}
        for q in occurrences:
            name = normalize_name(q.speaker or "")
            key = actors.keys.get(name, name)
            # A named person, written at the quote: not 'a forensic investigator', and not
            # a 'he' the quote step resolved (an inference, not what the article states).
            if key in actors.person_keys and not _pronoun(q.speaker_text):
                by_speaker.setdefault(key, q)
        if len(by_speaker) < 2 or len({q.article_id for q in by_speaker.values()}) < 2:
            continue
        names = list(by_speaker)
        if len({n.split()[-1] for n in names}) < len(names):
            continue  # 'DC Bird' and 'Tim Bird': one person under two forms, or kin
        if any(set(a.split()) <= set(b.split()) for a, b in combinations(names, 2)) or any(
            set(b.split()) <= set(a.split()) for a, b in combinations(names, 2)
        ):
            continue
        sides = _sorted_sides(
            [
                _side(story, q.speaker or "", q.article_id, *_quote_extent(q))
                for q in by_speaker.values()
            ]
        )
        first = occurrences[0]
        out.append(
            Discrepancy(
                kind="name",
                subject=f"Who said “{first.text[:80]}”",
                sides=sides,
                note=update_note(sides, "name"),
            )
        )
    return out


_PRONOUNS = frozenset(
    ["he", "she", "they", "i", "we", "it", "him", "her", "them", "his", "hers", "their"]
)


def _pronoun(text: str | None) -> bool:
    return (text or "").strip().lower() in _PRONOUNS


def _quote_extent(quote: Quote) -> tuple[int, int]:
    """The quotation with its speaker, so the cited passage shows who is credited."""
    starts = [quote.start] + ([quote.speaker_start] if quote.speaker_start is not None else [])
    ends = [quote.end] + ([quote.speaker_end] if quote.speaker_end is not None else [])
    return min(starts), max(ends)


def date_discrepancies(story: StoryInput, alignment: Alignment) -> list[Discrepancy]:
    """Aligned clauses (one fact) each pinned to exactly one day, and the days differ."""
    out = []
    for claim in alignment.claims:
        if claim.similarity < DATE_SIMILARITY:
            continue
        days = {}
        for unit in claim.units:
            full = [d for d in unit.dates if len(d) == _FULL_DATE and d[4] == "-"]
            if len(full) == 1:
                days[unit.article_id] = (full[0], unit)
        if len({d for d, _ in days.values()}) < 2:
            continue
        sides = _sorted_sides(
            [_side(story, d, u.article_id, u.start, u.end) for d, u in days.values()]
        )
        out.append(
            Discrepancy(
                kind="date",
                subject=claim.claim.text[:100],
                sides=sides,
                note=update_note(sides, "date"),
            )
        )
    return out


def find_discrepancies(
    story: StoryInput,
    units: list[FactUnit],
    alignment: Alignment,
    titles: list[TitleObservation],
    actors: ActorIndex,
) -> list[Discrepancy]:
    """Every kind of contradiction, in a stable order (kind, subject)."""
    found = (
        number_discrepancies(story, units, alignment, actors)
        + date_discrepancies(story, alignment)
        + title_discrepancies(story, titles, actors)
        + name_discrepancies(story, actors)
    )
    order = {"number": 0, "date": 1, "title": 2, "name": 3}
    return sorted(found, key=lambda d: (order[d.kind], d.subject))
