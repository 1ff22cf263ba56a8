"""Quotation-mark spans of a text: curly and straight marks, quotes over several paragraphs.

News convention for a quote that runs over paragraphs: each continued paragraph opens
with a quote mark and only the last one closes it. Such pieces come back as one
``QuotedText`` with several parts, so a speaker found for the first covers them all.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

OPEN_MARKS = "“«"
CLOSE_MARKS = "”»"
STRAIGHT = '"'
ALL_MARKS = OPEN_MARKS + CLOSE_MARKS + STRAIGHT
_MARKUP = re.compile(r"</?[A-Za-z][\w-]*(?:\s+[\w-]+=\"[^\"\n]*\")*\s*/?>")
"""An HTML/XML tag left in scraped text ('<tweet author="@x">'): its quotes are not speech."""


@dataclass(frozen=True)
class QuotedText:
    """One quotation: ``parts`` are [start, end) spans including their marks."""

    parts: tuple[tuple[int, int], ...]

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]


def markup_spans(text: str) -> list[tuple[int, int]]:
    """Where HTML/XML tags left in scraped text sit: no one says a tag's words."""
    return [(m.start(), m.end()) for m in _MARKUP.finditer(text)]


def outside_markup(
    parts: list[tuple[int, int]], tags: list[tuple[int, int]], text: str
) -> list[tuple[int, int]]:
    """``parts`` with the tags cut out ('... https://t.co/x<tweet/>' ends before the tag);
    pieces left with no word are dropped."""
    out: list[tuple[int, int]] = []
    for start, end in parts:
        pieces = [(start, end)]
        for t_start, t_end in tags:
            pieces = [
                piece
                for s, e in pieces
                for piece in ((s, min(e, t_start)), (max(s, t_end), e))
                if piece[0] < piece[1]
            ]
        out.extend((s, e) for s, e in pieces if any(ch.isalnum() for ch in text[s:e]))
    return out


def find_quoted(text: str) -> list[QuotedText]:
    """Every quotation in ``text``, paragraph-spanning ones merged, in text order."""
    text = _MARKUP.sub(lambda m: " " * len(m.group()), text)  # attribute values
    out: list[QuotedText] = []
    carry: list[tuple[int, int]] = []
    for p_start, p_end in _paragraphs(text):
        spans, dangling = _spans_in(text, p_start, p_end)
        first = _first_char(text, p_start, p_end)
        if carry:
            if spans and spans[0][0] == first:
                out.append(QuotedText((*carry, spans.pop(0))))
                carry = []
            elif dangling == first and not spans:
                carry.append((first, _rstrip(text, first, p_end)))
                continue
            else:
                out.append(QuotedText(tuple(carry)))
                carry = []
        out.extend(QuotedText((span,)) for span in spans)
        if dangling is not None and _opens_speech(text, first, dangling):
            carry = [(dangling, _rstrip(text, dangling, p_end))]
        elif dangling is not None:
            out.append(QuotedText(((dangling, _rstrip(text, dangling, p_end)),)))
    if carry:
        out.append(QuotedText(tuple(carry)))
    out.sort(key=lambda q: q.start)
    return out


def _opens_speech(text: str, paragraph_start: int, mark: int) -> bool:
    """An unclosed quotation runs on into the next paragraph only when it opens the
    paragraph or follows ':' or ','; an unclosed mark mid-sentence is a typo."""
    before = text[paragraph_start:mark].rstrip()
    return not before or before[-1] in ":,"


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _first_char(text: str, start: int, end: int) -> int:
    """First visible character: past spaces and invisible format characters (a
    left-to-right mark pasted in with a social-media post, '\u202a”Sorry ...')."""
    while start < end and (text[start].isspace() or unicodedata.category(text[start]) == "Cf"):
        start += 1
    return start


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _spans_in(text: str, start: int, end: int) -> tuple[list[tuple[int, int]], int | None]:
    """Closed quotations in one paragraph, and where an unclosed one opens (if any).

    Curly marks nest (a quoted tweet quoting a slogan) when the paragraph balances;
    otherwise an opening mark restarts the quotation, which survives stray marks."""
    nested = _nested_spans(text, start, end)
    if nested is not None:
        return nested, None
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    skip = False
    first = _first_char(text, start, end)
    skip_to = -1
    for i in range(start, end):
        if skip:
            skip = False
            continue
        if i <= skip_to:
            continue
        ch = text[i]
        if ch == "'" and text.startswith("''", i):
            ch, skip = STRAIGHT, True  # '' as a double quotation mark (NYT archive style)
        if ch == "“" and open_at is not None and text[open_at] == STRAIGHT:
            inner = _nested_close(text, i, end, open_at)
            if inner is not None:
                skip_to = inner  # '"He called it “a farce” today," she said.'
                continue
        if ch in OPEN_MARKS and open_at is not None and _closes(text, i, end):
            spans.append((open_at, i + 1))  # '"Apparently not,“ he said': a typo for ”
            open_at = None
        elif ch in OPEN_MARKS or (ch in CLOSE_MARKS and open_at is None and i == first):
            open_at = i  # a paragraph opening with a closing mark: a typo for an opening one
        elif ch in CLOSE_MARKS:
            if open_at is not None:
                spans.append((open_at, i + 1))
                open_at = None
        elif ch == STRAIGHT:
            if open_at is None:
                open_at = i
            else:
                spans.append((open_at, i + (2 if skip else 1)))
                open_at = None
    return spans, open_at


def _nested_close(text: str, i: int, end: int, open_at: int) -> int | None:
    """Where a curly quotation nested in an open straight one closes: before the next
    straight mark, which closes the outer quotation in the same paragraph. (Left open, the
    straight mark may wrap a whole excerpt or transcript whose inner quotations are the
    speech, so the curly mark then restarts the quotation as before.)"""
    close = text.find("”", i + 1, end)
    straight = text.find(STRAIGHT, i + 1, end)
    wraps = not text[open_at + 1 : i].strip()  # '"“X,” she said."': a quoted paragraph
    if wraps or close < 0 or (0 <= straight < close) or "“" in text[i + 1 : close]:
        return None
    return close if straight > close else None


def _closes(text: str, i: int, end: int) -> bool:
    """An opening mark glued to the word or punctuation before it and followed by a space
    or the paragraph end sits where a closing mark belongs."""
    return (
        i > 0
        and not text[i - 1].isspace()
        and text[i - 1] not in ALL_MARKS + "([—–-"
        and (i + 1 >= end or text[i + 1].isspace())
    )


def _nested_spans(text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """Outermost curly quotations when every opening mark in the paragraph is closed."""
    if "“" not in text[start:end] or STRAIGHT in text[start:end]:
        return None
    spans: list[tuple[int, int]] = []
    stack: list[int] = []
    first = _first_char(text, start, end)
    for i in range(start, end):
        ch = text[i]
        if ch in OPEN_MARKS or (ch in CLOSE_MARKS and i == first):
            stack.append(i)  # a paragraph opening with a closing mark: a typo, as above
        elif ch in CLOSE_MARKS and stack:
            opened = stack.pop()
            if not stack:
                spans.append((opened, i + 1))
    if stack or not any(e - s for s, e in spans):
        return None
    return spans
