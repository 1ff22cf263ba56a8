"""The record every quote finder fills in (cue, content spans, speaker head) and the
character, token and paragraph positions they share, so finders agree on offsets."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from dossier.analyze.quotes.marks import ALL_MARKS, QuotedText
from dossier.analyze.quotes.speakers import Speaker

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


@dataclass
class Attribution:
    """One cue and what it reports, as the finders see it before merging: content
    ``parts`` (character spans), the speaker's head token and how sure it is speech."""

    cue: Token | None
    cue_text: str
    cue_start: int
    cue_end: int
    parts: list[tuple[int, int]]
    speaker_head: Token | None
    direct: bool
    paragraph: int
    speaker: Speaker | None = None
    extra: list[tuple[int, int]] = field(default_factory=list)
    confidence: float = 1.0


def token_from(doc: Doc, char: int) -> int:
    """Index of the first token that ends after ``char`` (``doc.char_span`` gives None
    on a lone space, which follows every '...,"' quotation)."""
    lo, hi = 0, len(doc)
    while lo < hi:
        mid = (lo + hi) // 2
        if doc[mid].idx + len(doc[mid].text) <= char:
            lo = mid + 1
        else:
            hi = mid
    return lo


MARK_CHARS = (*ALL_MARKS, "''")


def overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def paragraph_starts(text: str) -> list[int]:
    starts = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            starts.append(pos + len(line) - len(line.lstrip()))
        pos += len(line) + 1
    return starts or [0]


def paragraph_of(starts: list[int], char: int) -> int:
    return max(0, bisect.bisect_right(starts, char) - 1)


def before_opening(doc: Doc, q: QuotedText) -> tuple[int, int] | None:
    """The index of a quotation's first token and of the last non-space token before it
    (-1 if none): where the finders look for a cue, a label or a title word."""
    span = doc.char_span(q.start, q.start + 1, alignment_mode="expand")
    if span is None:
        return None
    j = span.start - 1
    while j >= 0 and doc[j].is_space:
        j -= 1
    return span.start, j
