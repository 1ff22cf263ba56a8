"""Entity mentions within one article, corrected and grouped into within-article entities.

spaCy's small model makes a few systematic mistakes on news; general rules fix them:
headline-case fragments ("Trump Warns" as PERSON) are cut back to the name the body
uses; names ending in a place or organisation head noun ("... Reef", "... University")
take that type; possessive endings are trimmed; a surname tagged ORG where the article
tags it PERSON elsewhere becomes PERSON, and "people" that are a company named with its
legal suffix, a call sign in capitals or a country become things; a name stops at a
line break, a service "taken to" or owning an "account" is no person, and a
three-word "organisation" given a person's title ("spokeswoman Ann Berg Lee") is one.
Mentions are then grouped (``entity_key``), "Jr." and a home town ("of Ingleside") left
out of names, a particle opening the surname ("bin Laden", "De Niro"):
honorific + surname joins the full name ("Mr. Xi" -> Xi Jinping, "Professor Cheng" ->
Cheng Xiaohe), capitals and demonyms used as actors join their country ("Beijing
confirmed" -> China), "the North" joins the one North-named country of the article,
and unambiguous title-only references ("the Chinese president") join the person the
article gave that title to. Initials in brackets after a name are that name's ("the
Centers for Disease Control and Prevention (CDC)"), after words in lower case a term's
("acute flaccid myelitis (AFM)", no entity); an interview's "MD:" is its Matt Damon.

This package entry only sequences the rules: the tagger's entities are cut and joined
(``pieces``) and trimmed to names (``edges``), their labels fixed (``labels``), mentions
the tagger missed added (``untagged``), keys assigned (``keys``, people's by ``people``),
initials tied to what they abbreviate (``initials``) and title-only references found
(``titles``). ``names`` holds the words and spellings of names that the story stage
matches across articles too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.analyze.mentions.edges import from_ent, suffixes_joined
from dossier.analyze.mentions.initials import (
    defined_acronyms,
    defined_terms,
    interview_initials,
)
from dossier.analyze.mentions.keys import assign_keys, heads_as_names, is_actor
from dossier.analyze.mentions.labels import fix_labels, headline_line_spans
from dossier.analyze.mentions.names import (
    GENERATIONAL,
    HONORIFICS,
    TITLE_HEADS,
    TITLE_WORDS,
    display_names,
    has_corporate_suffix,
    name_key,
    name_units,
    person_words,
    strip_honorific,
    without_the,
)
from dossier.analyze.mentions.pieces import (
    colon_pieces,
    joined_at_plural_owners,
    joined_epithets,
    line_pieces,
    of_pieces,
    possessive_pieces,
)
from dossier.analyze.mentions.titles import title_references
from dossier.analyze.mentions.untagged import north_south, untagged_surnames
from dossier.analyze.nlp import text_of
from dossier.analyze.registry import step
from dossier.model import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from dossier.model import Article, ArticleAnalysis

__all__ = [
    "GENERATIONAL",
    "HONORIFICS",
    "TITLE_HEADS",
    "TITLE_WORDS",
    "display_names",
    "extract_mentions",
    "find_mentions",
    "has_corporate_suffix",
    "is_actor",
    "name_key",
    "name_units",
    "person_words",
    "strip_honorific",
    "without_the",
]


@step("mentions", "dossier.mentions.v5", requires=("sentences",), assigns=("mentions",))
def find_mentions(doc: Doc, article: Article, analysis: ArticleAnalysis) -> None:
    """Corrected named mentions plus title-only references, grouped by ``entity_key``."""
    analysis.mentions = extract_mentions(doc, article.id)


def extract_mentions(doc: Doc, article_id: str) -> list[Mention]:
    headline_lines = headline_line_spans(text_of(doc))
    raws = [
        r
        for ent in joined_epithets(doc, joined_at_plural_owners(doc))
        for of_piece in of_pieces(doc, ent)
        for line_piece in line_pieces(doc, of_piece)
        for colon_piece in colon_pieces(doc, line_piece)
        for piece in possessive_pieces(doc, colon_piece)
        if (r := from_ent(doc, piece)) is not None
    ]
    raws = fix_labels(doc, suffixes_joined(doc, raws), headline_lines)
    raws.extend(untagged_surnames(doc, raws))
    raws.extend(north_south(doc, raws))
    raws.sort(key=lambda r: r.start)
    assign_keys(doc, raws)
    heads_as_names(doc, raws)
    defined_acronyms(doc, raws)
    defined_terms(doc, raws)
    interview_initials(doc, raws)
    raws.extend(title_references(doc, raws))
    raws.sort(key=lambda r: (r.start_char, r.end_char))
    return [
        Mention(
            article_id=article_id,
            start=r.start_char,
            end=r.end_char,
            text=r.text,
            label=r.label,
            entity_key=r.key,  # type: ignore[arg-type]
        )
        for r in raws
    ]
