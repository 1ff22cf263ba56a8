"""Initials the article defines or uses for someone it names.

Initials in brackets after a name are that name's ("the Centers for Disease Control and
Prevention (CDC)"), after words in lower case a term's ("acute flaccid myelitis (AFM)",
no entity); an interview's "MD:" is its Matt Damon, not Maryland.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dossier.analyze.mentions.edges import opens_line
from dossier.analyze.mentions.raw import RawMention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_ACRONYM_TOKEN = re.compile(r"(?:[A-Z]\.?){2,6}")


def defined_acronyms(doc: Doc, raws: list[RawMention]) -> None:
    """'the Centers for Disease Control and Prevention (CDC)': the article defines the
    initials, which need not be every word's ("CDCP"); the acronym in brackets takes the
    name's key, and other articles' "CDC" joins it through the story's acronyms. The
    first letters must agree, so a bracketed country or party ("Smith (R)") is left."""
    at = {r.start: r for r in raws}
    for r in list(raws):
        if r.label not in ("ORG", "FAC", "GPE", "NORP", "EVENT") or r.key is None:
            continue
        i = r.end
        if i + 2 >= len(doc) or doc[i].text != "(" or doc[i + 2].text != ")":
            continue
        tok = doc[i + 1]
        first = next((w for w in r.text.split() if w[:1].isupper() and w != "The"), "")
        if not _ACRONYM_TOKEN.fullmatch(tok.text) or tok.text[0] != first[:1]:
            continue
        if not _in_order(tok.text.replace(".", "").lower(), r.text.lower()):
            continue  # a dateline's "Austria (AP)": the wire, no initials of Austria
        acronym = at.get(tok.i)
        if acronym is None:
            acronym = RawMention(
                tok.i, tok.i + 1, r.label, tok.idx, tok.idx + len(tok.text), tok.text
            )
            raws.append(acronym)
        if acronym.end == tok.i + 1:
            acronym.label, acronym.key = r.label, r.key
    raws.sort(key=lambda r: r.start)


def defined_terms(doc: Doc, raws: list[RawMention]) -> None:
    """'acute flaccid myelitis (AFM)', 'hyperkinetic disorder, or HKD': initials the
    article defines by words in lower case abbreviate a term, not a name. The mention
    stays (or is added where the tagger missed it), without a key, so the story can
    tell the term's other mentions apart."""
    at = {r.start for r in raws}
    for tok in doc[1:-1]:
        if tok.i not in at and doc[tok.i - 1].text == "(" and _ACRONYM_TOKEN.fullmatch(tok.text):
            end = tok.idx + len(tok.text)
            raws.append(RawMention(tok.i, tok.i + 1, "ORG", tok.idx, end, tok.text, key=""))
    for r in raws:
        if r.end - r.start != 1 or not _ACRONYM_TOKEN.fullmatch(r.text) or r.start < 3:
            continue
        if doc[r.start - 1].text == "(" and r.end < len(doc) and doc[r.end].text == ")":
            end = r.start - 1
        elif doc[r.start - 1].lower_ == "or" and doc[r.start - 2].text == ",":
            end = r.start - 2
        else:
            continue
        letters = r.text.replace(".", "").lower()
        for size in range(min(len(letters), end), 1, -1):
            words = doc[end - size : end]
            if all(t.is_lower and t.is_alpha for t in words) and _abbreviates(letters, words):
                r.key = None
                break
    raws[:] = [r for r in raws if r.key != ""]  # a bracketed word that is no term
    raws.sort(key=lambda r: r.start)


def _in_order(letters: str, text: str) -> bool:
    """Every letter found in the text, in order."""
    at = 0
    for letter in letters:
        at = text.find(letter, at) + 1
        if at == 0:
            return False
    return True


def _abbreviates(letters: str, words: Span) -> bool:
    """'hkd' and 'hyperkinetic disorder': the first and last words' initials, and every
    letter in order."""
    joined = "".join(t.lower_ for t in words)
    if letters[0] != joined[0] or words[-1].lower_[0] not in letters[1:]:
        return False
    return _in_order(letters, joined)


def interview_initials(doc: Doc, raws: list[RawMention]) -> None:
    """'MD: That was smart.' opening a line of an interview is the one person of the
    article with those initials (Matt Damon), not Maryland."""
    initials: dict[str, set[str]] = {}
    for r in raws:
        if r.label == "PERSON" and r.key and len(r.names) >= 2:
            letters = "".join(w[0] for w in r.names if w[:1].isupper())
            initials.setdefault(letters, set()).add(r.key)
    if not initials:
        return
    at = {r.start: r for r in raws}
    for tok in doc[:-1]:
        keys = initials.get(tok.text, set())
        if len(keys) != 1 or doc[tok.i + 1].text != ":" or not opens_line(doc, tok.i):
            continue
        found = at.get(tok.i)
        if found is None:
            found = RawMention(
                tok.i, tok.i + 1, "PERSON", tok.idx, tok.idx + len(tok.text), tok.text
            )
            raws.append(found)
        if found.end == tok.i + 1:
            found.label, found.key = "PERSON", next(iter(keys))
    raws.sort(key=lambda r: r.start)
