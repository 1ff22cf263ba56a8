"""Story events: the same event from several articles or outlets counted once.

GDELT codes each article on its own, so one event reported by twenty outlets counts
twenty times. Here per-article events merge when they have the same source and target
actor codes, the same base CAMEO code and status, and dates that agree (undated
mentions join the one dated event of their kind, if there is exactly one); one
sentence giving one action several targets is one event. Each story event keeps
every passage and outlet. Dyads sum the actual events of an actor pair: count, mean Goldstein, and
counts per date for a small chart.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter, defaultdict

from dossier.model import Dyad, DyadPoint, Event, Span, StoryEvent
from dossier.story.context import StoryInput

_DATE_WINDOW_DAYS = 3
_UNCOUNTRIED = ("---", "IGO", "IMG", "NGO")


def party(code: str | None) -> str:
    """The actor a dyad counts: the country, or the whole code when there is none."""
    if not code:
        return ""
    return code if code[:3] in _UNCOUNTRIED else code[:3]


def story_events(story: StoryInput) -> tuple[list[StoryEvent], list[Dyad]]:
    """Merged events of the story (by date, then id) and their dyads."""
    events = [e for a in story.articles if a.id in story.analyses
              for e in story.analyses[a.id].events]  # fmt: skip
    parent = list(range(len(events)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # One sentence naming several targets of one action ("sanctions against two
    # citizens, a company and a bank") reports one event.
    same_sentence: dict[tuple, int] = {}
    for i, e in enumerate(events):
        key = (e.article_id, e.start, party(e.source_actor), e.cameo_code[:3], e.status)
        parent[find(i)] = find(same_sentence.setdefault(key, i))
    groups: dict[tuple, list[int]] = defaultdict(list)
    for i, e in enumerate(events):
        groups[(e.source_actor, e.target_actor, e.cameo_code[:3], e.status)].append(i)
    for members in groups.values():
        for cluster in _by_date([events[i] for i in members], members):
            for i in cluster[1:]:
                parent[find(i)] = find(cluster[0])
    clusters: dict[int, list[Event]] = defaultdict(list)
    for i, e in enumerate(events):
        clusters[find(i)].append(e)
    merged = [_merge(story, c) for c in clusters.values()]
    merged.sort(key=lambda e: (e.date is None, e.date or "", e.id))
    return merged, _dyads(story, merged)


def _day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value and len(value) >= 10 else None
    except ValueError:
        return None


def _by_date(events: list[Event], ids: list[int]) -> list[list[int]]:
    """Indices grouped by agreeing dates; undated ones join a lone dated group."""
    dated: list[tuple[dt.date, int, int]] = []
    for e, i in zip(events, ids, strict=True):
        day = _day(e.date)
        if day is not None:
            dated.append((day, e.start, i))
    dated.sort()
    clusters: list[list[int]] = []
    last: dt.date | None = None
    for day, _, i in dated:
        if clusters and last is not None and (day - last).days <= _DATE_WINDOW_DAYS:
            clusters[-1].append(i)
        else:
            clusters.append([i])
        last = day
    undated = [i for e, i in zip(events, ids, strict=True) if not _day(e.date)]
    if undated and len(clusters) == 1:
        clusters[0].extend(undated)
    elif undated:
        clusters.append(undated)
    return clusters


def _merge(story: StoryInput, events: list[Event]) -> StoryEvent:
    order = {a.id: i for i, a in enumerate(story.articles)}
    events = sorted(events, key=lambda e: (order.get(e.article_id, 0), e.start))
    first = events[0]
    dates = Counter(e.date for e in events if e.date)
    date = min(dates, key=lambda d: (-dates[d], d)) if dates else None
    spans = sorted({(e.article_id, e.start, e.end) for e in events},
                   key=lambda s: (order.get(s[0], 0), s[1]))  # fmt: skip
    src = Counter(e.source_actor for e in events)
    tgt = Counter(e.target_actor for e in events if e.target_actor)
    codes = Counter(e.cameo_code for e in events)
    code = min(codes, key=lambda c: (-codes[c], c))
    chosen = next(e for e in events if e.cameo_code == code)
    article_ids = sorted({e.article_id for e in events}, key=lambda a: order.get(a, 0))
    where = f"{spans[0][0]}:{spans[0][1]}"
    ident = "|".join([party(first.source_actor), party(first.target_actor), code[:3],
                      first.status, date or "", where])  # fmt: skip
    return StoryEvent(
        id="ev-" + hashlib.sha1(ident.encode()).hexdigest()[:10],
        source_actor=min(src, key=lambda c: (-src[c], -len(c), c)),
        target_actor=min(tgt, key=lambda c: (-tgt[c], -len(c), c)) if tgt else None,
        source_text=first.source_text,
        target_text=first.target_text,
        action=chosen.action,
        cameo_code=code,
        cameo_name=chosen.cameo_name,
        root_code=chosen.root_code,
        goldstein=chosen.goldstein,
        quad_class=chosen.quad_class,
        date=date,
        location=next((e.location for e in events if e.location), None),
        status=first.status,
        confidence=max(e.confidence for e in events),
        mention_count=len(spans),
        outlets=story.outlets(article_ids),
        article_ids=article_ids,
        sources=[Span(article_id=a, start=s, end=e) for a, s, e in spans],
    )


def _when(story: StoryInput, event: StoryEvent) -> str:
    """The event's date, else the earliest publication date of its articles."""
    if event.date and _day(event.date):
        return event.date[:10]
    published = sorted(str(story.by_id[a].published) for a in event.article_ids
                       if story.by_id[a].published)  # fmt: skip
    return published[0] if published else "undated"


def _dyads(story: StoryInput, events: list[StoryEvent]) -> list[Dyad]:
    pairs: dict[tuple[str, str], list[StoryEvent]] = defaultdict(list)
    for event in events:
        if event.status == "actual" and event.target_actor:
            pairs[(party(event.source_actor), party(event.target_actor))].append(event)
    out: list[Dyad] = []
    for (source, target), members in pairs.items():
        per_date: dict[str, list[float]] = defaultdict(list)
        for event in members:
            per_date[_when(story, event)].append(event.goldstein)
        points = [DyadPoint(date=d, events=len(g), mean_goldstein=round(sum(g) / len(g), 2))
                  for d, g in sorted(per_date.items())]  # fmt: skip
        out.append(
            Dyad(
                source_actor=source,
                target_actor=target,
                event_count=len(members),
                mention_count=sum(e.mention_count for e in members),
                mean_goldstein=round(sum(e.goldstein for e in members) / len(members), 2),
                quad_counts=dict(sorted(Counter(e.quad_class for e in members).items())),
                over_time=points,
                event_ids=[e.id for e in members],
            )
        )
    out.sort(key=lambda d: (-d.event_count, d.source_actor, d.target_actor))
    return out
