"""Acronyms and the names they abbreviate: "IOC" is the International Olympic Committee.

News introduces an organisation once by name and then uses its initials, often in
another article than the one that spelled it out. Matching is by initials only, and
only when exactly one name of the story fits, so two organisations that share initials
are never merged. An article that writes the acronym in brackets after the name ("the
Centers for Disease Control and Prevention (CDC)") defines it, whatever the initials.
"""

from __future__ import annotations

import re

from dossier.analyze.mentions import without_the

_ACRONYM = re.compile(r"(?:[A-Z]\.?){2,6}")
_SKIPPED = {"of", "the", "and", "for", "on", "in", "to", "at", "&", "de", "du", "la", "des"}
_NAME_LABELS = ("ORG", "NORP", "FAC", "GPE")


def acronym_of(text: str) -> str | None:
    """The letters of an all-capitals acronym ("IOC", "U.N." -> "UN"), else None."""
    bare = without_the(text).strip()
    if not _ACRONYM.fullmatch(bare):
        return None
    return bare.replace(".", "")


def initials(name: str) -> set[str]:
    """The acronyms a multi-word name may be written as: the initials of its words with
    the small function words skipped ("International Olympic Committee" -> "IOC"), and
    with them kept ("Bank of England" -> "BOE"); an abbreviation inside the name gives
    all its letters ("U.S. Olympic Committee" -> "USOC")."""
    words = [w for w in re.split(r"[\s\-]+", name.strip()) if w]
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) < 2 or not all(w[0].isupper() or w.lower() in _SKIPPED for w in words):
        return set()
    out = set()
    for skip in (True, False):
        letters = ""
        for w in words:
            if skip and w.lower() in _SKIPPED:
                continue
            abbreviation = acronym_of(w)
            letters += abbreviation if abbreviation else w[0].upper()
        if len(letters) >= 2:
            out.add(letters)
    return out


def acronym_links(texts_by_key: dict[str, set[str]]) -> dict[str, str]:
    """Story key of an acronym -> story key of the one full name it abbreviates.

    ``texts_by_key`` holds the surface forms seen for each key ("ORG:ioc" -> {"IOC"})."""
    names: dict[str, list[str]] = {}
    for key, texts in texts_by_key.items():
        if not key.startswith(_NAME_LABELS):
            continue
        spelled = any(acronym_of(t) is None for t in texts)
        for text in texts:
            found = initials(text)
            defined = acronym_of(text) if spelled else None
            if defined:  # the article's own "(CDC)" after the name, whatever the initials
                found = {defined}
            for letters in found:
                if key not in names.setdefault(letters, []):
                    names[letters].append(key)
    links: dict[str, str] = {}
    for key, texts in texts_by_key.items():
        if not key.startswith(_NAME_LABELS) or _is_country_key(key):
            continue
        forms = {acronym_of(t) or "" for t in texts}
        if len(forms) != 1 or "" in forms:
            continue
        targets = [k for k in names.get(forms.pop(), []) if k != key]
        if len(targets) == 1:
            links[key] = targets[0]
    return links


def _is_country_key(key: str) -> bool:
    """"GPE:USA": a country already resolved to its ISO code."""
    code = key.split(":", 1)[1]
    return len(code) == 3 and code.isupper()
