"""Find time expressions in raw text: every rule scans the text, the longest match wins.

Working on the text rather than on spaCy's DATE/TIME entities catches what the
statistical model misses ("the past two months", "now", "every week") and keeps
TimeML's span conventions; spaCy is only consulted for the verb's tense.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import NamedTuple

from dossier.analyze.timex.anaphora import resolve_anaphora
from dossier.analyze.timex.rules import RULES, Context


class Found(NamedTuple):
    """One time expression: span ``[start, end)`` in the text, TIMEX3 type and value."""

    start: int
    end: int
    text: str
    type: str
    value: str
    rule: str
    direction: str


DirectionAt = Callable[[int, int], str]


def _unknown(start: int, end: int) -> str:
    return "unknown"


def find_in_text(
    text: str, anchor: dt.date | None, direction_at: DirectionAt | None = None
) -> list[Found]:
    """All time expressions of ``text`` resolved against ``anchor``, in text order.

    ``direction_at(start, end)`` gives the tense governing a span ("past", "future",
    "present", "unknown"); it is only called for expressions whose value depends on it.
    """
    direction_at = direction_at or _unknown
    candidates: list[tuple[int, int, int, Found]] = []
    for priority, rule in enumerate(RULES):
        has_t = "t" in rule.pattern.groupindex
        for match in rule.pattern.finditer(text):
            start, end = match.span("t") if has_t else match.span()
            if end <= start:
                continue
            seen: list[str] = []

            def direction(s: int = start, e: int = end, seen: list[str] = seen) -> str:
                seen.append(direction_at(s, e))
                return seen[-1]

            result = rule.handle(match, Context(anchor, direction))
            if result is None:
                continue
            kind, value = result
            found = Found(
                start, end, text[start:end], kind, value, rule.name, seen[-1] if seen else "unknown"
            )
            candidates.append((-(end - start), priority, start, found))
    candidates.sort(key=lambda c: c[:3])
    taken: list[Found] = []
    used = bytearray(len(text))
    for _, _, _, found in candidates:
        if any(used[found.start : found.end]):
            continue
        used[found.start : found.end] = b"\x01" * (found.end - found.start)
        taken.append(found)
    return resolve_anaphora(sorted(taken, key=lambda f: f.start))
