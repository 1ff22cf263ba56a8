"""Merge every article's resolved dates into one story timeline.

An entry is what the clause holding a date says happened (or is announced) on that
date. The same happening told by several outlets merges into one entry with every
source: entries on the same date whose clauses share enough content words are one.
Status comes from the governing verb's tense and the article's date (a dinner that
"will" happen after publication is announced, not past). Articles without a date
take the date estimated from their contents (done in ``analyze``) or, failing that,
the middle date of the other articles; values resolved against such an anchor are
marked uncertain. Pronoun speakers in the shown clause that a quote resolved are
attached as referents, so renderers can say who "he" is without changing the text.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from dossier.analyze.timex import find_in_text
from dossier.model import Article, Referent, Span, TimeExpression, TimelineEntry
from dossier.story.captions import is_caption
from dossier.story.context import StoryInput
from dossier.story.facts import content_stems, split_clauses
from dossier.story.happening import Happening, happening
from dossier.story.referents import SpeakerNames, find_referents

_DAY = re.compile(r"^(\d{4})-(\d\d)-(\d\d)(?:T.*)?$")
_WEEK = re.compile(r"^(\d{4})-W(\d\d)(?:-WE)?$")
_MONTH = re.compile(r"^(\d{4})-(\d\d)$")
SAME_HAPPENING = 0.25
"""Jaccard overlap of content stems above which two clauses on one date are one entry."""


def start_day(value: str) -> dt.date | None:
    """First day of a day, week or month value; None for years, durations and refs."""
    try:
        if m := _DAY.match(value):
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        if m := _WEEK.match(value):
            return dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        if m := _MONTH.match(value):
            return dt.date(int(m[1]), int(m[2]), 1)
    except ValueError:
        return None
    return None


def _period_end(value: str, start: dt.date) -> dt.date:
    if _DAY.match(value):
        return start
    if _WEEK.match(value):
        return start + dt.timedelta(days=6)
    nxt = dt.date(start.year + start.month // 12, start.month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def status_of(value: str, tense: str, published: dt.date | None) -> str:
    """past / future / ongoing relative to the article's date, tense breaking ties."""
    start = start_day(value)
    if start is None or published is None:
        return "future" if tense == "future" else "past"
    end = _period_end(value, start)
    if start > published or (tense == "future" and start < end and end > published):
        return "future"
    if end < published or tense == "past":
        return "past"
    return "ongoing"


@dataclass
class _Group:
    value: str
    day: dt.date
    status: str
    uncertain: bool
    stems: set[str]
    text: str
    sources: list[Span] = field(default_factory=list)
    happenings: list[Happening] = field(default_factory=list)  # one per source
    referents: list[Referent] = field(default_factory=list)  # within `text`


def _story_anchor(story: StoryInput) -> dt.date | None:
    dates = sorted(a.published for a in story.articles if a.published)
    return dates[len(dates) // 2] if dates else None


def _expressions(article: Article, found: list[TimeExpression], fallback: dt.date | None):
    """The article's time expressions; re-resolved against the story's date when the
    article had neither a date nor one estimable from its own text."""
    if article.published or any(t.anchor for t in found) or fallback is None:
        return [(t, t.uncertain) for t in found]
    tense = {(t.start, t.end): t.tense for t in found}
    out = []
    for f in find_in_text(article.text, fallback, lambda s, e: tense.get((s, e), "unknown")):
        record = TimeExpression(
            article_id=article.id, start=f.start, end=f.end, text=f.text, type=f.type,
            value=f.value, anchor=fallback, tense=tense.get((f.start, f.end), "unknown"),
            uncertain=True,
        )  # fmt: skip
        out.append((record, True))
    return out


def _clause(text: str, start: int, end: int, at: int) -> tuple[int, int]:
    for s, e in split_clauses(text, start, end):
        if s <= at < e:
            return s, e
    return start, end


def build_timeline(story: StoryInput, names: SpeakerNames | None = None) -> list[TimelineEntry]:
    """One entry per happening and date, sorted by date; all its sources attached;
    ``names`` gives pronoun referents the story's entity names."""
    fallback = _story_anchor(story)
    groups: list[_Group] = []
    for article in story.articles:  # StoryInput orders them by (date, id): deterministic
        analysis = story.analyses[article.id]
        sentences = sorted(analysis.sentences, key=lambda s: s.start)
        seen: set[tuple[str, int]] = set()
        for timex, uncertain in _expressions(article, analysis.time_expressions, fallback):
            if timex.type not in ("DATE", "TIME"):
                continue
            day = start_day(timex.value)
            if day is None:
                continue
            sentence = next((s for s in sentences if s.start <= timex.start < s.end), None)
            if sentence is None or is_caption(article.text[sentence.start : sentence.end]):
                continue  # a photo caption's date is when the picture was taken
            s, e = _clause(article.text, sentence.start, sentence.end, timex.start)
            if (timex.value, s) in seen:
                continue
            seen.add((timex.value, s))
            text = article.text[s:e]
            dates = [
                (t.start - s, t.end - s)
                for t in analysis.time_expressions
                if s <= t.start < e
            ]  # fmt: skip
            stems = set(content_stems(text))
            what = happening(text, dates, (timex.start - s, timex.end - s))
            span = Span(article_id=article.id, start=s, end=e)
            published = article.published or timex.anchor
            status = status_of(timex.value, timex.tense, published)
            group = _same(groups, timex.value, stems)
            if group is None:
                referents = find_referents(story, article.id, s, e, names)
                groups.append(
                    _Group(
                        timex.value, day, status, uncertain, stems, text, [span], [what],
                        referents,
                    )
                )
            else:
                group.sources.append(span)
                group.happenings.append(what)
                group.stems |= stems
                group.uncertain = group.uncertain and uncertain
    groups = _merge_happenings(groups)
    groups.sort(key=lambda g: (g.day, g.value, g.text))
    return [
        TimelineEntry(
            value=g.value,
            date=g.day,
            text=g.text,
            status=g.status,
            uncertain=g.uncertain,
            sources=g.sources,
            outlets=story.outlets({s.article_id for s in g.sources}),
            referents=g.referents,
        )
        for g in groups
    ]


def _same(groups: list[_Group], value: str, stems: set[str]) -> _Group | None:
    best, best_score = None, SAME_HAPPENING
    for group in groups:
        if group.value[:10] != value[:10] or not stems or not group.stems:
            continue
        score = len(stems & group.stems) / len(stems | group.stems)
        if score >= best_score:
            best, best_score = group, score
    return best


def _merge_happenings(groups: list[_Group]) -> list[_Group]:
    """Join entries on one day that tell one happening in different words (after the
    whole-clause merge, so that merge's entries stay as they were); the joined entry
    reads as the earlier one unless that is a fragment and the other is not."""
    out: list[_Group] = []
    for group in groups:
        into = next((g for g in out if _one_happening(g, group)), None)
        if into is None:
            out.append(group)
            continue
        keep, other = (group, into) if _fragment(into.text) > _fragment(group.text) else (
            into, group
        )  # fmt: skip
        keep.sources = keep.sources + other.sources
        keep.happenings = keep.happenings + other.happenings
        keep.stems = keep.stems | other.stems
        keep.uncertain = keep.uncertain and other.uncertain
        out[out.index(into)] = keep
    return out


def _fragment(text: str) -> bool:
    """A clause cut from the middle of a sentence ("is to go on trial Nov. 2.")."""
    return not text[:1].isupper() and not text[:1].isdigit() and text[:1] not in "\"'“‘"


def _one_happening(a: _Group, b: _Group) -> bool:
    if not (_DAY.match(a.value) and _DAY.match(b.value) and _same_day(a.value, b.value)):
        return False  # a month or week holds too many happenings to tell by a word
    return any(x.same(y) for x in a.happenings for y in b.happenings)


def _same_day(a: str, b: str) -> bool:
    """One day, and no two different parts of it ("Wednesday morning" is not "Wednesday
    night"; a plain "Wednesday" may be either)."""
    return a[:10] == b[:10] and (a == b or len(a) == 10 or len(b) == 10)
