"""Merge every article's resolved dates into one story timeline."""

from __future__ import annotations

import datetime as dt
import re

from dossier.model import Span, TimelineEntry
from dossier.story.context import StoryInput

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def build_timeline(story: StoryInput) -> list[TimelineEntry]:
    """One entry per (day, sentence); entries sharing a day and wording merge."""
    entries: dict[tuple[str, str], TimelineEntry] = {}
    for article in story.articles:
        analysis = story.analyses[article.id]
        for timex in analysis.time_expressions:
            if timex.type != "DATE" or not _DAY.match(timex.value):
                continue
            sentence = next(
                (s for s in analysis.sentences if s.start <= timex.start < s.end), None
            )
            if sentence is None:
                continue
            text = article.text[sentence.start : sentence.end]
            day = dt.date.fromisoformat(timex.value)
            status = "future" if article.published and day > article.published else "past"
            key = (timex.value, text)
            span = Span(article_id=article.id, start=sentence.start, end=sentence.end)
            if key in entries:
                entries[key].sources.append(span)
            else:
                entries[key] = TimelineEntry(
                    value=timex.value, date=day, text=text, status=status,
                    uncertain=timex.uncertain, sources=[span],
                )  # fmt: skip
    out = sorted(entries.values(), key=lambda e: (e.date or dt.date.min, e.text))
    for entry in out:
        entry.outlets = story.outlets({s.article_id for s in entry.sources})
    return out
