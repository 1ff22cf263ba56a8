"""Which people of an article the article itself calls 'he' or 'she'.

A pronoun speaker ('she said') takes the nearest compatible person, and without this
evidence every person is compatible with every pronoun: 'Lee and his wife split. ...
Instead, she alleges ...' gave the quote to Lee. The evidence is the article's own
pronouns: in a sentence that names one person, as its subject, and no other, a
third-person pronoun after the name ('Lee and his wife split', 'Lee said he ...') is
that person's. A person the article speaks of both ways gets the majority, and a tie
leaves it open; pronouns inside quotation marks are the speaker's words about others.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from dossier.model import Mention

_PRONOUNS = {
    "he": "m", "him": "m", "his": "m", "himself": "m",
    "she": "f", "her": "f", "hers": "f", "herself": "f",
}  # fmt: skip
_SUBJECT = ("nsubj", "nsubjpass")


def pronoun_genders(
    doc: Doc, mentions: list[Mention], quoted: list[tuple[int, int]]
) -> dict[str, str]:
    """Entity key -> 'm' / 'f' where the article's own pronouns say so."""
    people = [m for m in mentions if m.label == "PERSON" and m.entity_key]
    if not people:
        return {}
    votes: dict[str, dict[str, int]] = defaultdict(lambda: {"m": 0, "f": 0})
    sentences = list(doc.sents)
    starts = [sent.start_char for sent in sentences]
    by_sentence: dict[int, list[Mention]] = defaultdict(list)
    for m in people:
        by_sentence[bisect.bisect_right(starts, m.start) - 1].append(m)
    for n, named in by_sentence.items():
        if n < 0 or len({m.entity_key for m in named}) != 1:
            continue
        subject = next((m for m in named if _is_subject(doc, m)), None)
        if subject is None:
            continue
        for tok in sentences[n]:
            if tok.idx < subject.end or tok.lower_ not in _PRONOUNS:
                continue
            if any(s <= tok.idx < e for s, e in quoted):
                continue
            votes[subject.entity_key][_PRONOUNS[tok.lower_]] += 1  # type: ignore[index]
            break  # the first pronoun after the name is the safest reading
    out = {}
    for key, count in votes.items():
        if count["m"] > count["f"]:
            out[key] = "m"
        elif count["f"] > count["m"]:
            out[key] = "f"
    return out


def _is_subject(doc: Doc, mention: Mention) -> bool:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    return span.root.dep_ in _SUBJECT
