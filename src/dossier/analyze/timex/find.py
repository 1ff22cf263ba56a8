"""Find time expressions in raw text: every rule scans the text, the longest match wins.

Each rule only searches the pieces of text that can hold its matches (``gate``), which
finds the same matches as a scan of the whole text at a fraction of the cost.

Working on the text rather than on spaCy's DATE/TIME entities catches what the
statistical model misses ("the past two months", "now", "every week") and keeps
TimeML's span conventions; spaCy is only consulted for the verb's tense.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import NamedTuple

from dossier.analyze.timex.anaphora import resolve_anaphora
from dossier.analyze.timex.gate import Gate, Scanner
from dossier.analyze.timex.rules import RULES, Context, Rule

GATES = [Gate(rule) for rule in RULES]


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


Scanned = list[tuple[int, Rule, int, int, re.Match[str]]]
"""Every rule's raw matches in a text: (priority, rule, start, end, match)."""


def scan(text: str) -> Scanned:
    """The regex pass of ``find_in_text``; it does not depend on the anchor, so one scan
    serves both the anchor estimate of an undated article and the resolution."""
    out: Scanned = []
    scanner = Scanner(text)
    for priority, gate in enumerate(GATES):
        rule = gate.rule
        has_t = "t" in rule.pattern.groupindex
        for match in scanner.matches(gate):
            start, end = match.span("t") if has_t else match.span()
            if end > start:
                out.append((priority, rule, start, end, match))
    return out


def find_in_text(
    text: str,
    anchor: dt.date | None,
    direction_at: DirectionAt | None = None,
    scanned: Scanned | None = None,
) -> list[Found]:
    """All time expressions of ``text`` resolved against ``anchor``, in text order.

    ``direction_at(start, end)`` gives the tense governing a span ("past", "future",
    "present", "unknown"); it is only called for expressions whose value depends on it.
    ``scanned`` is ``scan(text)`` when the caller already has it.
    """
    direction_at = direction_at or _unknown
    candidates: list[tuple[int, int, int, Found]] = []
    for priority, rule, start, end, match in scan(text) if scanned is None else scanned:
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
