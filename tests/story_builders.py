"""Builders for small multi-outlet stories the tests write themselves (no shared data)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from dossier.analyze.timex import find_in_text
from dossier.model import Article, ArticleAnalysis, Quote, Sentence, TimeExpression


def article(
    n: int, outlet: str, day: int, text: str, *, title: str | None = None, wire: str | None = None
) -> Article:
    """One article of a March 2024 story, dated ``day``."""
    return Article(
        id=f"fixture-{n}",
        text=text,
        outlet=outlet,
        published=dt.date(2024, 3, day),
        title=title,
        wire=wire,
    )


def line_analysis(
    a: Article, future_words: tuple[str, ...] = ("will",), quotes: Sequence[Quote] = ()
) -> ArticleAnalysis:
    """An analysis without spaCy: sentences are lines, dates come from the real time
    expression finder (tense future when the line holds one of ``future_words``), and
    ``quotes`` are given, so a test controls exactly what the story stage sees."""
    sentences = [Sentence(start=m.start(), end=m.end()) for m in re.finditer(r"[^\n]+", a.text)]

    def tense(start: int, end: int) -> str:
        line = next(s for s in sentences if s.start <= start < s.end)
        words = a.text[line.start : line.end].split()
        return "future" if any(w in words for w in future_words) else "past"

    found = find_in_text(a.text, a.published, tense)
    timexes = [
        TimeExpression(
            article_id=a.id, start=f.start, end=f.end, text=f.text, type=f.type, value=f.value,
            anchor=a.published, tense=f.direction, uncertain=a.published is None,
        )
        for f in found
    ]  # fmt: skip
    return ArticleAnalysis(
        article_id=a.id, sentences=sentences, time_expressions=timexes, quotes=list(quotes)
    )


def transit_story() -> list[Article]:
    """Four outlets on one council vote: two carry one wire story, two disagree on facts.

    Written so that each rule has one case that must fire and one that must not:
    the budget is corroborated; the delay is 14 months in one outlet and 19 in another
    (a contradiction) while 'more than 12 months' agrees with both; the mayor is called
    'Prime Minister' by one outlet; one quotation is given to two different people.
    """
    return [
        article(1, "Daily Ledger", 4, (
            "The city council approved a $2.5 billion budget for the new transit line on Monday.\n"
            "Mayor Maria Lopez said the line would open in 2027.\n"
            "“We will not back down from this fight,” said Maria Lopez, the mayor.\n"
            "The project has been delayed for 14 months because of a dispute over land.\n"
            "Maria Lopez called the vote a wonderful, generous and brilliant victory for the city."
        )),
        article(2, "Evening Post", 5, (
            "On Monday the council voted for a $2.5 billion transit budget that pays for the "
            "new line.\n"
            "“We will not back down from this fight,” said John Smith, a council member.\n"
            "Officials said the dispute over land had delayed the project by 19 months.\n"
            "Prime Minister Maria Lopez praised the vote.\n"
            "Maria Lopez was accused of a reckless, wasteful and corrupt failure by angry "
            "residents."
        )),
        article(3, "Harbor Times", 6, (
            "The city council approved a $2.5 billion budget for the new transit line on Monday.\n"
            "The project has been delayed for more than 12 months because of a dispute over land."
        ), wire="Associated Press"),
        article(4, "Valley News", 6, (
            "The city council approved a $2.5 billion budget for the new transit line on Monday.\n"
            "The project has been delayed for more than 12 months because of a dispute over land."
        ), wire="Associated Press"),
    ]  # fmt: skip
