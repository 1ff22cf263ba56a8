"""spaCy's DATE/TIME entities as a safety net for what the rules do not cover.

Only entities that name a time unit ("the weeks", "nineteen ninety-six", "the early
years") and that no rule matched are kept; ages ("6-year-old") and bare numbers are
not time expressions. Their values come from a few coarse rules: spelled-out years,
decades in words, unspecified durations for plurals ("the weeks" = PXW).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dossier.analyze.timex.find import Found
from dossier.analyze.timex.lexicon import parse_number
from dossier.analyze.timex.rules import duration_value

if TYPE_CHECKING:
    from spacy.tokens import Doc

_TIME_WORD = re.compile(
    r"\b(?:years?|months?|weeks?|days?|nights?|morning|afternoon|evening|decades?"
    r"|centur(?:y|ies)|nineteen|thousand|nineties|eighties|seventies|sixties|quarters?"
    r"|hours?|minutes?)\b",
    re.I,
)
_AGE = re.compile(r"old\b", re.I)
_SPELLED_YEAR = re.compile(
    r"\b(?:the\s+year\s+)?(?P<c>nineteen|two\s+thousand(?:\s+and)?)(?:[-\s]+(?P<rest>[a-z][a-z\s-]*))?$",
    re.I,
)
_DECADES = {"sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9}
_PLURAL = re.compile(r"\b(?P<u>year|month|week|day|night|decade|hour|minute|quarter)s\b", re.I)


def fallback_value(text: str) -> tuple[str, str] | None:
    """(type, value) for an entity the rules missed, or None to leave it out."""
    lower = " ".join(text.lower().split())
    if m := _SPELLED_YEAR.search(lower):
        base = 1900 if m["c"] == "nineteen" else 2000
        rest = parse_number(m["rest"]) if m["rest"] else 0
        if rest is not None and rest < 100:
            return ("DATE", str(base + int(rest)))
    for word, digit in _DECADES.items():
        if word in lower:
            return ("DATE", f"19{digit}")
    if m := _PLURAL.search(lower):
        return ("DURATION", duration_value(None, m["u"]))
    # "the day", "that week", "the night of": which one needs the event they belong to;
    # on the training data these were wrong more often than right, so they stay out
    return None


def spacy_fallback(doc: Doc, found: list[Found]) -> list[Found]:
    """Entities to add to ``found`` (which they do not overlap)."""
    taken = [(f.start, f.end) for f in found]
    out = []
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        s, e = ent.start_char, ent.end_char
        if any(a < e and s < b for a, b in taken):
            continue
        if not _TIME_WORD.search(ent.text) or _AGE.search(ent.text):
            continue
        value = fallback_value(ent.text)
        if value is None:
            continue
        out.append(Found(s, e, ent.text, value[0], value[1], "spacy_fallback", "unknown"))
    return out
