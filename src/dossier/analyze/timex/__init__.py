"""Time expressions found in the text and normalised to TIMEX3 against the article's date.

Layout (each module has one job):

- ``lexicon``: month, weekday, unit and number words;
- ``calendar``: date arithmetic near an anchor (which Thursday, which June);
- ``rules``: the grammar, one regex and one value function per kind of expression;
- ``gate``: which pieces of the text each rule needs to search;
- ``find``: runs every rule over the text, keeps the longest non-overlapping matches;
- ``tense``: the governing verb's direction from spaCy's parse;
- ``anaphora``: "that year", "the next morning" resolved against the previous date;
- ``fallback``: spaCy DATE/TIME entities the rules missed, when they name a time unit;
- ``anchor``: an estimated reference date for undated articles.

The registered analysis step is ``timex``; ``normalize`` and
``find_time_expressions_in_doc`` are the pure entry points the benchmark and the story
stage use.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, NamedTuple

from dossier.analyze.nlp import text_of
from dossier.analyze.registry import step
from dossier.analyze.timex.anchor import (
    Precision,
    depends_on_anchor,
    estimate_anchor,
    estimate_anchor_precision,
    within_precision,
)
from dossier.analyze.timex.fallback import spacy_fallback
from dossier.analyze.timex.find import Found, Scanned, find_in_text, scan
from dossier.analyze.timex.tense import direction_at
from dossier.model import TimeExpression

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from dossier.model import Article, ArticleAnalysis

__all__ = [
    "Found",
    "Normalized",
    "estimate_anchor",
    "find_in_text",
    "find_time_expressions",
    "find_time_expressions_in_doc",
    "normalize",
]

VERSION = "dossier.timex.v4"
_TENSES = {"past", "present", "future"}


class Normalized(NamedTuple):
    type: str
    value: str


def normalize(text: str, anchor: dt.date | None, tense: str = "unknown") -> Normalized | None:
    """TIMEX3 type and value of one time expression ``text`` written on ``anchor``.

    ``tense`` is the governing verb's ("past", "present", "future" or "unknown"); it
    decides which Thursday or which June is meant. None when ``text`` holds no time
    expression; when it holds several, the longest is normalised.
    """
    found = find_in_text(text, anchor, lambda s, e: tense)
    if not found:
        return None
    best = max(found, key=lambda f: (f.end - f.start, -f.start))
    return Normalized(best.type, best.value)


def find_time_expressions_in_doc(
    doc: Doc, anchor: dt.date | None, scanned: Scanned | None = None
) -> list[Found]:
    """Time expressions of a parsed document, weekdays and months resolved by tense."""
    found = find_in_text(text_of(doc), anchor, lambda s, e: direction_at(doc, s, e), scanned)
    extra = spacy_fallback(doc, found)
    return sorted([*found, *extra], key=lambda f: f.start) if extra else found


@step("timex", VERSION, assigns=("time_expressions",))
def find_time_expressions(doc: Doc, article: Article, analysis: ArticleAnalysis) -> None:
    """Fill ``analysis.time_expressions``; undated articles use an estimated anchor."""
    anchor, estimated = article.published, False
    precision: Precision = "day"
    scanned = scan(text_of(doc))
    if anchor is None and (guess := estimate_anchor_precision(text_of(doc), scanned)):
        (anchor, precision), estimated = guess, True
    out = []
    for found in find_time_expressions_in_doc(doc, anchor, scanned):
        value = within_precision(found.text, found.value, precision) if estimated else found.value
        if value is None:
            continue
        out.append(
            TimeExpression(
                article_id=article.id,
                start=found.start,
                end=found.end,
                text=found.text,
                type=found.type,
                value=value,
                anchor=anchor,
                tense=found.direction if found.direction in _TENSES else "unknown",
                uncertain=(estimated or anchor is None)
                and depends_on_anchor(found.text, found.value),
            )
        )
    analysis.time_expressions = out
