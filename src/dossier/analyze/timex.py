"""Time expressions: spaCy DATE/TIME spans normalised against the article's date.

First version: dateparser resolves each span relative to the publication date; values
it cannot pin to a day, month or year are left out rather than guessed.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from dossier.analyze.registry import step
from dossier.model import TimeExpression

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from dossier.model import Article, ArticleAnalysis


@step("timex", "dossier.timex.v1", assigns=("time_expressions",))
def find_time_expressions(doc: Doc, article: Article, analysis: ArticleAnalysis) -> None:
    import dateparser

    anchor = article.published
    out: list[TimeExpression] = []
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        settings = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
        if anchor is not None:
            settings["RELATIVE_BASE"] = dt.datetime.combine(anchor, dt.time(12))
        parsed = dateparser.parse(ent.text, languages=["en"], settings=settings)
        if parsed is None:
            continue
        value = parsed.date().isoformat()
        out.append(
            TimeExpression(
                article_id=article.id,
                start=ent.start_char,
                end=ent.end_char,
                text=ent.text,
                type="DATE" if ent.label_ == "DATE" else "TIME",
                value=value,
                anchor=anchor,
                uncertain=anchor is None,
            )
        )
    analysis.time_expressions = out
