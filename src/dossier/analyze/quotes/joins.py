"""Joining the finders' attributions into one report per content: a cue's quotation
against its clause (mixed quotes), repeats and nested reports dropped, cue-less
quotations attached to the report they go on with, cues inside quoted words ignored."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from dossier.analyze.nlp import text_of
from dossier.analyze.quotes.marks import ALL_MARKS, QuotedText
from dossier.analyze.quotes.spans import MARK_CHARS, Attribution, overlap, token_from

if TYPE_CHECKING:
    from spacy.tokens import Doc


_WORD = re.compile(r"\w+")
_THAT = re.compile(r"that\b", re.IGNORECASE)


def attach_following_quotations(
    doc: Doc, attributions: list[Attribution], quoted: list[QuotedText], text: str
) -> None:
    """'Valastro praised Christie's leadership.\n\n"We need someone who ..."': a
    quotation with no cue of its own, right after the sentence of a reported clause,
    goes on with that report (PolNeAR joins them), also across the report's own cue
    after its content ('X "did well" in Ohio, said Y. "That was ..."')."""
    taken = [p for a in attributions for p in a.parts]
    ends = sorted(
        (a.parts[-1][1], n)
        for n, a in enumerate(attributions)
        if not a.direct and a.speaker_head is not None and a.confidence >= 0.5
    )
    keys = [e for e, _ in ends]
    for q in quoted:
        if any(overlap(p, t) for p in q.parts for t in taken):
            continue
        if len(text[q.start : q.end].split()) < 3:
            continue
        k = bisect.bisect_right(keys, q.start) - 1
        if k < 0:
            continue
        a = attributions[ends[k][1]]
        gap = text[a.parts[-1][1] : q.start]
        if "\n\n\n" in gap or (
            gap.strip() not in (".", "")
            and not (a.cue_start >= a.parts[-1][1] and _sentence_rest(doc, a.parts[-1][1], gap))
        ):
            continue
        a.parts.extend(q.parts)


def _sentence_rest(doc: Doc, end: int, gap: str) -> bool:
    """``gap``, the text from ``end`` on, holds at most the rest of the sentence that
    ends there: no quotation marks and no sentence break before its last full stop."""
    if any(m in gap for m in MARK_CHARS) or "\n" in gap.rstrip():
        return False
    tok = doc[token_from(doc, max(0, end - 1))]
    return tok.sent.end_char >= end + len(gap.rstrip()) and gap.rstrip().endswith(".")


def within_quotation(a: Attribution, quoted: list[QuotedText], text: str) -> bool:
    """'"We think the economy will grow ..."': a cue inside quoted words, reporting no
    quoted words of its own, is part of what the quoted speaker said, not a report; nor
    is one whose content reaches back before the quotation its cue sits in ('news, Kall
    said: "I feel like ..."': 'feel' reports nothing outside the marks)."""
    around = [(s, e) for q in quoted for s, e in q.parts if s < a.cue_start and a.cue_end < e]
    if not around:
        return False
    if any(ps < around[0][0] for ps, _ in a.parts):
        return True
    start, end = around[0]
    if all(start <= s and e <= end for s, e in a.parts):
        return True  # '"Now that it is resolved, we've agreed on X," she said': all quoted
    return not any(ch in ALL_MARKS for s, e in a.parts for ch in text[s:e])


def merge_attributions(direct: list[Attribution], indirect: list[Attribution]) -> list[Attribution]:
    """One attribution per cue: a quotation next to its cue wins over the cue's clause,
    unless the clause holds words of its own around it ('said that, "Of course ..."
    against what ...'); a clause that contains quotations absorbs them (a mixed quote)."""
    by_cue = {a.cue.i: a for a in direct if a.cue is not None}
    out = list(direct)
    for a in indirect:
        covered = [p for d in out if d.direct for p in d.parts]
        if a.cue is not None and a.cue.i in by_cue:
            d = by_cue[a.cue.i]
            if any(overlap(p, c) for p in a.parts for c in d.parts):
                if d in out and _wraps(a, d):
                    out.remove(d)
                    a.parts = _with_marks(a.parts, d.parts)
                    out.append(a)
                continue  # the cue sits next to its quotation: a direct quote
            if any(ch in ALL_MARKS for s, e in a.parts for ch in _chars(a, s, e)):
                continue
            head = d.speaker_head
            if head is not None and any(s <= head.idx < e for s, e in a.parts):
                continue  # '"...," tweeted a user': the verb's object is the speaker
            if d.parts and _chars(a, a.parts[-1][1], d.parts[0][0]).strip() == ":":
                continue  # 'X stressed one idea: "...," she said': the colon opens the quote
            out.append(a)  # '"...," she told X that ...': a quote and a report
            continue
        inside = [p for p in covered if any(s <= p[0] and p[1] <= e for s, e in a.parts)]
        if any(overlap(p, c) for p in a.parts for c in covered) and not inside:
            continue
        for d in [d for d in out if d.direct and any(p in inside for p in d.parts)]:
            d.parts = [p for p in d.parts if p not in inside]  # the clause absorbs them
            if not d.parts:
                out.remove(d)
        out.append(a)
    return out


_NESTED_SHARE = 0.1


def drop_repeats(attributions: list[Attribution], text: str) -> list[Attribution]:
    """One report per content. An attribution whose cue sits inside another's content and
    whose words are part of it ('said he thinks X': 'thinks X' inside 'he thinks X')
    repeats the report it belongs to, unless it is surer speech than its frame ('rejected
    the mayor's claim that X'); PolNeAR keeps the outer one, and so does a reader. Two
    cues sharing most of one content ('told X ... when asked about concerns that Y')
    keep the surer one, the first in the article on a tie."""
    words = [_word_starts(text, a.parts) for a in attributions]
    kept: list[int] = []
    for i in sorted(range(len(attributions)), key=lambda i: -attributions[i].confidence):
        a, w = attributions[i], words[i]
        if a.direct:
            kept.append(i)
            continue
        nested = any(
            j != i
            and o.confidence >= a.confidence
            and any(s <= a.cue_start < e for s, e in o.parts)
            and len(w & words[j]) >= _NESTED_SHARE * len(words[j])
            for j, o in enumerate(attributions)
        )
        repeated = any(
            not attributions[k].direct and 2 * len(w & words[k]) >= max(len(w), len(words[k]))
            for k in kept
        )
        if w and not nested and not repeated:
            kept.append(i)
    return [attributions[i] for i in sorted(kept)]


def _word_starts(text: str, parts: list[tuple[int, int]]) -> set[int]:
    out: set[int] = set()
    for s, e in parts:
        out.update(m.start() for m in _WORD.finditer(text, s, e))
    return out


def _with_marks(
    parts: list[tuple[int, int]], quoted: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Clause parts stretched to take in the marks of the quotations they hold."""
    out = []
    for s, e in parts:
        for qs, qe in quoted:
            if s <= qs + 1 and qe - 1 <= e:
                s, e = min(s, qs), max(e, qe)
        out.append((s, e))
    return out


def _wraps(clause: Attribution, quote: Attribution) -> bool:
    """The clause contains every piece of the quotation and at least three words outside
    them and away from the cue ('said that, "Of course ..." against what ...'): the
    content is the whole clause, quotation marks included."""
    if not all(any(s <= p[0] + 1 and p[1] - 1 <= e for s, e in clause.parts) for p in quote.parts):
        return False  # (a clause may stop short of the quotation's marks)
    text = text_of(clause.cue.doc) if clause.cue is not None else ""
    first = quote.parts[0][0]
    if clause.cue_start >= quote.parts[-1][1] and text[:first].rstrip().endswith(":"):
        return False  # 'X declared the need for Y: "...," she said': the colon opens it
    outside = 0
    for s, e in clause.parts:
        if not any(s <= ps + 1 and pe - 1 <= e for ps, pe in quote.parts):
            continue  # words in another piece ('"X," she told Y. (...)') do not count
        chunk = list(text[s:e])
        for ps, pe in quote.parts:
            if s <= ps + 1 and pe - 1 <= e:
                lo, hi = max(ps, s), min(pe, e)
                if clause.cue_start >= pe:  # nor the words between it and the cue
                    hi = min(e, clause.cue_start)
                elif clause.cue_end <= ps and not _THAT.match(text, s):
                    lo = max(s, clause.cue_end)  # (but 'said that in this climate, "..."'
                    # opens the reported clause before the quotation: its words count)
                chunk[lo - s : hi - s] = [" "] * (hi - lo)
        outside += len("".join(chunk).split())
    return outside >= 3


def _chars(a: Attribution, start: int, end: int) -> str:
    return text_of(a.cue.doc)[start:end] if a.cue is not None else ""
