"""Title-only references: unambiguous ones ("the Chinese president") join the person the
article gave that title to, before the name ("Chinese President Xi Jinping") or as its
appositive ("Mr. Xi, the Chinese president").
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from dossier.analyze.mentions.names import TITLE_HEADS
from dossier.analyze.mentions.raw import RawMention
from dossier.analyze.nlp import text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def title_references(doc: Doc, raws: list[RawMention]) -> list[RawMention]:
    """'the Chinese president' -> the one person the article gave that title to."""
    titles: dict[str, set[str]] = {}
    person_at: dict[int, RawMention] = {}
    for r in raws:
        if r.label == "PERSON" and r.key:
            for i in range(r.start, r.end):
                person_at[i] = r
            if r.title:
                titles.setdefault(r.title, set()).add(r.key)
    out: list[RawMention] = []
    for r in sorted({id(r): r for r in person_at.values()}.values(), key=lambda r: r.start):
        found = _appositive_title(doc, doc[r.start : r.end].root, person_at)
        if found and r.key:
            phrase, det, noun = found
            titles.setdefault(phrase, set()).add(r.key)
            start_char, end_char = doc[det].idx, noun.idx + len(noun.text)
            out.append(  # "Mr. Xi, the Chinese president": the appositive names him too
                RawMention(
                    start=det,
                    end=noun.i + 1,
                    label="PERSON",
                    start_char=start_char,
                    end_char=end_char,
                    text=text_of(doc)[start_char:end_char],
                    key=r.key,
                )
            )
    if not titles:
        return out
    counts = Counter(r.key for r in raws if r.label == "PERSON")
    for tok in doc:
        if tok.text not in TITLE_HEADS or tok.pos_ not in ("NOUN", "PROPN") or tok.i in person_at:
            continue
        if any(c.dep_ == "appos" and c.i in person_at for c in tok.children):
            continue
        if tok.dep_ == "appos" and tok.head.i in person_at:
            continue
        if tok.i + 1 < len(doc) and doc[tok.i + 1].i in person_at:
            continue  # "Chinese premier Xi Jinping": a prefix title, not a reference
        start = _definite_start(doc, tok)
        if start is None:
            continue
        det = start
        words = [t.lower_ for t in doc[det + 1 : tok.i + 1] if not t.is_punct]
        key = _title_owner(" ".join(words), tok.lower_, titles, counts)
        if key is None:
            continue
        start_char, end_char = doc[det].idx, tok.idx + len(tok.text)
        out.append(
            RawMention(
                start=det,
                end=tok.i + 1,
                label="PERSON",
                start_char=start_char,
                end_char=end_char,
                text=text_of(doc)[start_char:end_char],
                key=key,
            )
        )
    return out


def _definite_start(doc: Doc, head: Token) -> int | None:
    """Index of the 'the' opening a short title phrase ending at ``head``, if any."""
    j = head.i - 1
    while j >= 0 and head.i - j <= 4 and doc[j].pos_ in ("ADJ", "PROPN", "NOUN"):
        j -= 1
    return j if j >= 0 and doc[j].lower_ == "the" else None


def _appositive_title(
    doc: Doc, root: Token, person_at: dict[int, RawMention]
) -> tuple[str, int, Token] | None:
    """'Mr. Xi, the Chinese president' / 'the president, Moon Jae-in' -> 'chinese president'."""
    nouns = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        nouns.append(root.head)
    for noun in nouns:
        if noun.i in person_at or noun.lower_ not in TITLE_HEADS:
            continue
        det = [c for c in noun.children if c.dep_ == "det"]
        if not det or det[0].lower_ != "the":
            continue
        words = [t.lower_ for t in doc[det[0].i + 1 : noun.i + 1] if not t.is_punct]
        return " ".join(words), det[0].i, noun
    return None


def _title_owner(
    phrase: str, head: str, titles: dict[str, set[str]], counts: Counter
) -> str | None:
    """Who a title phrase refers to: its one holder, or a clearly dominant one."""
    holders = sorted(titles.get(phrase, ()))
    if not holders and phrase == head:
        holders = sorted({k for t, ks in titles.items() if t.split()[-1] == head for k in ks})
    if not holders:
        return None
    ranked = sorted(holders, key=lambda k: -counts[k])
    if len(ranked) == 1 or counts[ranked[0]] >= 2 * counts[ranked[1]]:
        return ranked[0]
    return None
