"""Entity mentions: spaCy's named entities, cleaned and grouped within the article."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dossier.analyze.registry import step
from dossier.model import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from dossier.model import Article, ArticleAnalysis

_LABELS = {
    "PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE", "NORP": "NORP",
    "LOC": "LOC", "FAC": "FAC", "EVENT": "EVENT",
}  # fmt: skip
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")


@step("mentions", "dossier.mentions.v1", requires=("sentences",), assigns=("mentions",))
def find_mentions(doc: Doc, article: Article, analysis: ArticleAnalysis) -> None:
    """Named entities with possessive endings trimmed; key = normalised surface form."""
    out: list[Mention] = []
    for ent in doc.ents:
        label = _LABELS.get(ent.label_)
        if label is None:
            continue
        text = ent.text
        trimmed = _POSSESSIVE.sub("", text)
        start, end = ent.start_char, ent.start_char + len(trimmed)
        if not trimmed.strip():
            continue
        out.append(
            Mention(
                article_id=article.id,
                start=start,
                end=end,
                text=trimmed,
                label=label,
                entity_key=f"{label}:{trimmed.lower()}",
            )
        )
    analysis.mentions = out
