"""People's keys: a full name's first and last word, and a surname alone joins the name.

Honorific + surname joins the full name ("Mr. Xi" -> Xi Jinping, "Professor Cheng" ->
Cheng Xiaohe), of several with that surname the one whose pronouns agree with the
honorific ("Mr. Bush" is not Barbara Bush); a particle opens the surname ("bin Laden",
"De Niro") and two words after an initial or an honorific may be one ("Ms. Dickson
Wright").
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from dossier.analyze.mentions.names import name_units, person_words, strip_honorific

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from dossier.analyze.mentions.raw import RawMention


def group_people(doc: Doc, raws: list[RawMention]) -> None:
    people = [r for r in raws if r.label == "PERSON"]
    for r in people:
        r.names = name_units(person_words(r.text))
    for r in people:  # "Van Wert" after "Joseph E. Van Wert": the surname, particle first
        if len(r.names) == 2 and "_".join(r.names).lower() in {
            f.names[-1].lower() for f in people if len(f.names) >= 2
        }:
            r.names = ["_".join(r.names)]
    full = [r for r in people if len(r.names) >= 2]
    double = {  # "Laura E. Crotty Alexander": after the initial, a two-word surname
        tuple(w.lower() for w in f.names[-2:]): _full_key(f.names)
        for f in full
        if len(f.names) >= 4 and re.fullmatch(r"[A-Z]\.", f.names[-3])
    }
    double |= _honoured_surnames(people)
    key_of = {  # "Crotty Alexander said" is hers
        id(f): double.get(tuple(w.lower() for w in f.names)) or _full_key(f.names) for f in full
    }
    counts = Counter(key_of.values())
    for r in people:
        if len(r.names) >= 2:
            r.key = "PERSON:" + key_of[id(r)]
            continue
        word = r.names[0].lower() if r.names else r.text.lower()
        by_last = [f for f in full if f.names[-1].lower() == word]
        candidates = by_last or [f for f in full if f.names[0].lower() == word]
        if not candidates:
            r.key = f"PERSON:{word}"
            continue
        candidates = _same_gender(doc, r, candidates, people) or candidates
        before = [f for f in candidates if f.start < r.start]
        if before:
            chosen = key_of[id(before[-1])]
        else:
            chosen = max(sorted({key_of[id(f)] for f in candidates}), key=counts.__getitem__)
        r.key = f"PERSON:{chosen}"


_GENDER_OF_HONORIFIC = {
    "mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f",
}  # fmt: skip


def _same_gender(
    doc: Doc, r: RawMention, candidates: list[RawMention], people: list[RawMention]
) -> list[RawMention]:
    """"George Bush met his wife Barbara Bush ... Mr. Bush": of the full names that end
    with the surname, those whose pronouns ("his", "she") agree with the honorific."""
    first = r.text.split()[0].lower()
    wanted = _GENDER_OF_HONORIFIC.get(first) if len(r.text.split()) > 1 else None
    if wanted is None:
        return []
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for f in candidates:
        gender = _pronoun_after(doc, f, people)
        if gender:
            votes[_full_key(f.names)][gender] += 1
    return [
        f for f in candidates
        if (v := votes.get(_full_key(f.names))) and v.most_common(1)[0][0] == wanted
    ]  # fmt: skip


def _pronoun_after(doc: Doc, f: RawMention, people: list[RawMention]) -> str | None:
    """'m' or 'f': the first 'he'/'his' or 'she'/'her (book)' after the name, before the
    next person's name; object pronouns ("thanked him") are as often someone else."""
    stop = min((p.start for p in people if p.start >= f.end), default=len(doc))
    for tok in doc[f.end : min(stop, f.end + 25)]:
        if tok.lower_ in ("he", "his", "himself"):
            return "m"
        if tok.lower_ in ("she", "hers", "herself") or (tok.lower_ == "her" and tok.tag_ == "PRP$"):
            return "f"
    return None


def _honoured_surnames(people: list[RawMention]) -> dict[tuple[str, ...], str]:
    """"Ms. Dickson Wright" after "Anna Dickson Wright": an honorific before two words
    marks them as one surname, that of the longer name ending with them; of several such
    names ("Dr. Arthur Dickson Wright", her father), the one the article names most."""
    full_keys = Counter(_full_key(f.names) for f in people if len(f.names) >= 3)
    out: dict[tuple[str, ...], str] = {}
    for r in people:
        if len(r.names) != 2 or strip_honorific(r.text) == r.text:
            continue
        tail = tuple(w.lower() for w in r.names)
        fits = sorted(
            {_full_key(f.names) for f in people
             if len(f.names) >= 3 and tuple(w.lower() for w in f.names[-2:]) == tail}
        )  # fmt: skip
        if fits:
            out[tail] = max(fits, key=full_keys.__getitem__)
    return out


def _full_key(names: list[str]) -> str:
    """First and last name, lowercased: 'Otto F. Warmbier' and 'Otto Warmbier' agree."""
    return f"{names[0]} {names[-1]}".lower()
