"""Where a rule can match: the text pieces worth handing to its regex.

Running every rule over the whole text was the costly part of the timex step (each
regex tries its alternations at every word). Two facts let a rule skip most of the
text without changing what it finds:

- *stop characters*: punctuation the rule's pattern can neither consume nor look at
  (worked out from the compiled pattern, lookarounds included). No match crosses one,
  and at a stop character the pattern behaves exactly as at the end of the string, so
  the pieces between stop characters can be searched separately with ``pos``/``endpos``;
- *keywords*: words every match of the rule contains ("year", "ago", a month name).
  A piece that holds none of them cannot match.

So a rule only scans the pieces between its stop characters that hold its keywords, and
finds exactly the matches a scan of the whole text finds.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

try:  # Python 3.11+: the parser moved under ``re``
    from re import _constants as sre_c  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_constants as sre_c  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

from dossier.analyze.timex.rules import HOLIDAYS, MOVABLE, REFS, SET_ADVERBS, Rule

_CANDIDATE_STOPS = ",.;:!?\"“”‘’'()[]{}—–-/\\|&*+=<>@~^%$#£€"
"""Characters that may stop a rule; none is a word character, so ``\\b`` treats a stop
character like the end of the string."""

_FOLDS_TO_ASCII = set("İıſK")
"""Non-ASCII letters that match ASCII ones under IGNORECASE (or change length when
lowered); a text holding one is scanned whole, since the keyword test lowercases."""

_UNITS = ("second", "minute", "hour", "day", "night", "week", "fortnight", "month",
          "quarter", "year", "decade", "centur")  # fmt: skip
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_DIGITS = tuple("0123456789")


def _core(name: str) -> str:
    """The longest run of letters in a multi-word name: a literal every match contains."""
    return max(re.findall(r"[a-z0-9]+", name.lower()), key=len)


KEYWORDS: dict[str, tuple[tuple[str, ...], ...]] = {
    "iso": (("-",),),
    "slash": (("/",),),
    "month_day": (_MONTHS,),
    "day_month": (_MONTHS,),
    "month_year": (_MONTHS,),
    "month": (_MONTHS,),
    "year": (("1", "2"),),
    "decade": (("0s", "0'", "0’"),),
    "century": (("century",),),
    "season": (("spring", "summer", "fall", "autumn", "winter"),),
    "quarter": (("quarter", "half"),),
    "this_quarter": (("quarter",),),
    "relday": (("yesterday", "today", "tomorrow", "night"),),
    "weekday": (("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),),
    "clock": ((*_DIGITS, "noon", "midnight", "midday"),),
    "part_of_day": (("morning", "afternoon", "evening"),),
    "relative_unit": (("week", "month", "year", "decade", "century"),),
    "weekend": (("weekend",),),
    "anaphor": (("day", "week", "month", "year", "morning", "afternoon", "evening", "night"),),
    "ahead": (("ahead",),),
    "reporting_period": (("year", "period"),),
    "fiscal_year": (("year",),),
    "year_end": (("year",),),
    "edge_of_unit": (("week", "month", "year", "decade", "century"),),
    "ago": (("ago", "earlier", "before", "later", "now", "hence"), _UNITS),
    "duration": (_UNITS,),
    "vague_plural": (_UNITS,),
    "bare_plural": (_UNITS,),
    "set": (("every", "each", "per", "once", "twice", "times", *SET_ADVERBS),),
    "ref": (tuple(_core(r) for r in REFS),),
    "holiday": (tuple(_core(h) for h in HOLIDAYS),),
    "movable_holiday": (tuple(_core(h) for h in MOVABLE),),
}
"""Rule name -> groups of keywords; every match holds one keyword of each group (as a
lowercase substring). Rules not listed always scan the whole text."""

_CATEGORY_TEST = {
    sre_c.CATEGORY_DIGIT: re.compile(r"\d"),
    sre_c.CATEGORY_NOT_DIGIT: re.compile(r"\D"),
    sre_c.CATEGORY_SPACE: re.compile(r"\s"),
    sre_c.CATEGORY_NOT_SPACE: re.compile(r"\S"),
    sre_c.CATEGORY_WORD: re.compile(r"\w"),
    sre_c.CATEGORY_NOT_WORD: re.compile(r"\W"),
}


class _Ungateable(Exception):
    """The pattern uses a construct whose behaviour at a piece's edge may differ."""


def _in_set(items: list, char: str) -> bool:
    code, negate, hit = ord(char), False, False
    for op, av in items:
        if op is sre_c.NEGATE:
            negate = True
        elif op is sre_c.LITERAL:
            hit |= code == av
        elif op is sre_c.RANGE:
            hit |= av[0] <= code <= av[1]
        elif op is sre_c.CATEGORY and av in _CATEGORY_TEST:
            hit |= bool(_CATEGORY_TEST[av].match(char))
        else:
            raise _Ungateable(op)
    return hit != negate


def _touched(tree: sre_parse.SubPattern | list, chars: frozenset[str]) -> set[str]:
    """Which of ``chars`` any part of the pattern (lookarounds included) can match; one
    walk of the tree for all candidates, since this runs for every rule at import."""
    hit: set[str] = set()
    for op, av in tree:
        if op is sre_c.LITERAL:
            if chr(av) in chars:
                hit.add(chr(av))
        elif op is sre_c.NOT_LITERAL or op is sre_c.ANY:
            return set(chars)
        elif op is sre_c.IN:
            hit.update(c for c in chars if _in_set(av, c))
        elif op is sre_c.AT:
            if av not in (sre_c.AT_BOUNDARY, sre_c.AT_NON_BOUNDARY):
                raise _Ungateable(av)
        elif op is sre_c.BRANCH:
            for branch in av[1]:
                hit |= _touched(branch, chars)
        elif op is sre_c.SUBPATTERN:
            hit |= _touched(av[3], chars)
        elif op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT):
            hit |= _touched(av[2], chars)
        elif op in (sre_c.ASSERT, sre_c.ASSERT_NOT):
            hit |= _touched(av[1], chars)
        else:
            raise _Ungateable(op)
    return hit


def stop_characters(pattern: re.Pattern[str]) -> str | None:
    """The candidate stop characters ``pattern`` cannot touch; None if it cannot be gated."""
    try:
        tree = sre_parse.parse(pattern.pattern, pattern.flags)
        touched = _touched(tree, frozenset(_CANDIDATE_STOPS))
    except _Ungateable:
        return None
    return "".join(c for c in _CANDIDATE_STOPS if c not in touched)


class Gate:
    """A rule's stop characters and keywords, fixed once at import."""

    def __init__(self, rule: Rule) -> None:
        self.rule = rule
        self.keywords = KEYWORDS.get(rule.name)
        stops = stop_characters(rule.pattern) if self.keywords else None
        self.stops = re.compile(f"[{re.escape(stops)}]") if stops else None


class Scanner:
    """One text prepared for gated scans: lowercased once, stop positions cached."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.whole = not text.isascii() and any(c in _FOLDS_TO_ASCII for c in text)
        self.lower = text if self.whole else text.lower()
        self._stops: dict[str, list[int]] = {}
        self._hits: dict[str, list[int]] = {}

    def _stop_positions(self, stops: re.Pattern[str]) -> list[int]:
        found = self._stops.get(stops.pattern)
        if found is None:
            found = [m.start() for m in stops.finditer(self.text)]
            self._stops[stops.pattern] = found
        return found

    def _occurrences(self, word: str) -> list[int]:
        found = self._hits.get(word)
        if found is None:
            found, at = [], self.lower.find(word)
            while at != -1:
                found.append(at)
                at = self.lower.find(word, at + 1)
            self._hits[word] = found
        return found

    def matches(self, gate: Gate) -> Iterator[re.Match[str]]:
        """Exactly what ``gate.rule.pattern.finditer(text)`` yields."""
        pattern, text = gate.rule.pattern, self.text
        if self.whole or gate.keywords is None or gate.stops is None:
            yield from pattern.finditer(text)
            return
        stops = self._stop_positions(gate.stops)
        pieces: set[int] | None = None
        for group in gate.keywords:
            holding: set[int] = set()
            for word in group:
                for at in self._occurrences(word):
                    piece = bisect_left(stops, at)
                    if piece == bisect_left(stops, at + len(word) - 1, piece):
                        holding.add(piece)
            pieces = holding if pieces is None else pieces & holding
            if not pieces:
                return
        assert pieces is not None
        for piece in sorted(pieces):
            start = stops[piece - 1] + 1 if piece else 0
            end = stops[piece] if piece < len(stops) else len(text)
            yield from pattern.finditer(text, start, end)
