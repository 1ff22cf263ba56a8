"""Entity keys: which mentions of one article are one entity.

Capitals and demonyms used as actors join their country ("Beijing confirmed" -> China,
"the Chinese said"); a company with and without its legal suffix is one ("Tyson Foods
Inc."); a head word alone ("the Commission") is the organisation named with it before;
people are grouped by ``people``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.analyze.countries import country_of_capital, country_of_demonym, country_of_name
from dossier.analyze.mentions.names import CORPORATE_SUFFIX, ORG_HEADS, name_key
from dossier.analyze.mentions.people import group_people
from dossier.analyze.us_states import state_of_abbreviation

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from dossier.analyze.mentions.raw import RawMention

_ACTOR_DEPS = {"nsubj", "nsubjpass", "agent", "poss", "csubj"}


def is_actor(tok: Token) -> bool:
    """True when the token acts in its clause: subject, agent, possessor (or their conj)."""
    seen = 0
    while tok.dep_ == "conj" and seen < 5:
        tok = tok.head
        seen += 1
    if tok.dep_ in _ACTOR_DEPS:
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ == "by"


def assign_keys(doc: Doc, raws: list[RawMention]) -> None:
    for r in raws:
        if r.key is not None:
            continue
        root = doc[r.start : r.end].root
        if r.label in ("GPE", "LOC"):
            code = country_of_name(r.text)
            if code is None and is_actor(root):
                code = country_of_capital(r.text)
            if code is not None:
                r.label, r.key = "GPE", f"GPE:{code}"
                continue
        if r.label == "NORP":
            code = country_of_demonym(r.text)
            if code is not None and _demonym_as_actor(doc, r):
                r.label, r.key = "GPE", f"GPE:{code}"
                continue
        if r.label == "ORG":
            r.key = f"ORG:{CORPORATE_SUFFIX.sub('', name_key(r.text))}"
        elif r.label == "NORP":
            r.key = f"NORP:{_singular_demonym(name_key(r.text))}"
        elif r.label == "GPE":
            r.key = f"GPE:{state_of_abbreviation(r.text) or name_key(r.text)}"
        elif r.label != "PERSON":
            r.key = f"{r.label}:{name_key(r.text)}"
    group_people(doc, raws)


# Head words that stand alone for a name said before ("the Commission"); a legislature
# or a house ("the Senate", "the House") is as often another one than the one named.
_HEADS_ALONE = (ORG_HEADS | {"church", "hospital", "school", "museum", "prison"}) - {
    "senate", "congress", "parliament", "house", "news", "times", "post", "press",
    "images", "pictures", "photos",
}  # fmt: skip


def heads_as_names(doc: Doc, raws: list[RawMention]) -> None:
    """"the Truth Commission ... the Commission said": a head word alone, capitalised as
    a name, is the nearest organisation before it whose name has that head ("the
    Church" after "the Church of England")."""
    for i, r in enumerate(raws):
        word = r.text.lower().removeprefix("the ")
        if r.label != "ORG" or " " in word or word not in _HEADS_ALONE:
            continue
        named = (
            o for o in reversed(raws[:i])
            if o.label == "ORG" and o.key and o.end - o.start > 1
            and doc[o.start : o.end].root.lower_ == word
        )  # fmt: skip
        full = next(named, None)
        if full is not None:
            r.key = full.key


def _singular_demonym(name: str) -> str:
    """"palestinians" -> "palestinian": the people and their adjective are one group."""
    if name.endswith("s") and country_of_demonym(name[:-1]) is not None:
        return name[:-1]
    return name


def _demonym_as_actor(doc: Doc, r: RawMention) -> bool:
    """'The Chinese said' / 'rankled the Chinese': a demonym used as a noun."""
    root = doc[r.start : r.end].root
    if root.dep_ in ("amod", "compound"):
        return False
    before = doc[r.start - 1].lower_ if r.start > 0 else ""
    return r.text.lower().startswith("the ") or before == "the"
