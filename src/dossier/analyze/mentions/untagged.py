"""Mentions the tagger missed: a bare surname of a full name the article gives ("Lopez
said" after "Ana Lopez"), and "the North" for the one North-named country of the article.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.analyze.countries import country_of_name
from dossier.analyze.mentions.labels import full_names
from dossier.analyze.mentions.names import HONORIFICS, SURNAME_PARTICLES
from dossier.analyze.mentions.raw import RawMention
from dossier.analyze.nlp import text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc


def untagged_surnames(doc: Doc, raws: list[RawMention]) -> list[RawMention]:
    """The small model often misses a bare surname ('Lopez said ...' at a line start) after
    tagging the full name; the article's own full names say such a word is that person."""
    surnames = {words[-1] for words in full_names(raws)}
    if not surnames:
        return []
    covered = {i for r in raws for i in range(r.start, r.end)}
    found: list[RawMention] = []
    for tok in doc:
        if (
            tok.text not in surnames
            or tok.i in covered
            or tok.pos_ != "PROPN"
            or (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN")
        ):
            continue
        start = tok.i - 1 if tok.i > 0 and doc[tok.i - 1].text in SURNAME_PARTICLES else tok.i
        start = start - 1 if start > 0 and doc[start - 1].lower_ in HONORIFICS else start
        if start in covered:
            continue
        end_char = tok.idx + len(tok.text)
        text = text_of(doc)[doc[start].idx : end_char]
        found.append(RawMention(start, tok.i + 1, "PERSON", doc[start].idx, end_char, text))
    return found


def north_south(doc: Doc, raws: list[RawMention]) -> list[RawMention]:
    """'the North' / 'the South' for the one such country the article names."""
    text = text_of(doc)
    if "North" not in text and "South" not in text:
        return []  # the token loop below is a visible cost on long articles
    countries = {country_of_name(r.text) for r in raws if r.label == "GPE"} - {None}
    if not countries:
        return []
    added: list[RawMention] = []
    taken = {r.start for r in raws if r.label != "LOC"}
    for tok in doc:
        if tok.text not in ("North", "South") or tok.i == 0 or doc[tok.i - 1].lower_ != "the":
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and (nxt.pos_ == "PROPN" or nxt.text[:1].isupper()):
            continue
        if tok.i in taken:
            continue
        matches = {c for c in countries if c and _country_starts_with(c, tok.text)}
        if len(matches) == 1:
            code = matches.pop()
            for r in [r for r in raws if r.start == tok.i]:
                raws.remove(r)
            added.append(
                RawMention(
                    start=tok.i,
                    end=tok.i + 1,
                    label="GPE",
                    start_char=tok.idx,
                    end_char=tok.idx + len(tok.text),
                    text=tok.text,
                    key=f"GPE:{code}",
                )
            )
    return added


def _country_starts_with(code: str, word: str) -> bool:
    from dossier.analyze.countries import country_name

    return country_name(code).split()[0] == word
