"""One person's name spelled with and without hyphens, spaces or a doubled letter: "Kim
Dae-jung" in one article is the "Kim Dae Jung" of another, "Sean O’Neil" the "Sean
O'Neil", "Mohammed Morsi" the "Mohamed Morsi" of another transliteration.

Within-article keys keep the first and last word ("PERSON:kim jung" against
"PERSON:kim dae-jung"), so such forms stay apart and leave the bare "Kim" between two
candidates. Names of two words or more that spell the same letters are one name.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

_JOINERS = re.compile(r"[\s\-‐–_.'’]+")


def spelling_links(forms_by_key: dict[str, set[str]], mentions: Counter[str]) -> dict[str, str]:
    """Person key -> the most mentioned person key written with the same letters, over
    the written forms of each key ("Kim Dae Jung")."""
    by_letters: dict[str, set[str]] = defaultdict(set)
    for key, forms in forms_by_key.items():
        if not key.startswith("PERSON:"):
            continue
        for form in forms:
            if len(form.split()) >= 2 and form[:1].isupper():
                by_letters[_letters(form)].add(key)
        if " " in key:  # its first and last name: "Joseph E. Van Wert" is "Joseph VanWert"
            by_letters[_letters(key.split(":", 1)[1])].add(key)
    links: dict[str, str] = {}
    for keys in by_letters.values():
        if len(keys) > 1:
            main = max(sorted(keys), key=lambda k: mentions[k])
            links |= {k: main for k in keys if k != main and k not in links}
    return {k: _last(links, k) for k in links}


def _last(links: dict[str, str], key: str) -> str:
    """Where a chain of links ends: "Clarissa Dickson-Wright" -> "Clarissa Dickson
    Wright", which the article's "Ms. Dickson Wright" spells like the story's bare
    "Dickson Wright", leads on to that key."""
    seen = {key}
    while links.get(key, key) not in seen:
        key = links[key]
        seen.add(key)
    return key


def _letters(name: str) -> str:
    """The name's letters, lower case, with no joiners and doubled letters written once
    ("Mohammed Morsi" and "Mohamed Morsi", "Phillip" and "Philip")."""
    return re.sub(r"(.)\1+", r"\1", _JOINERS.sub("", name).lower())
