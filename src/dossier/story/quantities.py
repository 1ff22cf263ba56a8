"""Quantities stated in text: '18 months', '$1.4 billion', 'about 45 percent', 'two citizens'.

Only numbers with a unit are kept: a bare number (an age after a name, a year, a day of
the month, 'Group of 20') states nothing comparable across articles. Hedges ('about',
'more than', 'nearly') widen the value into a range ('more than 12' is open above), so
'17 months' and 'more than 12 months' do not contradict each other.
"""

from __future__ import annotations

import math
import re

from dossier.story.facts import Quantity, stem

_WORD_NUMBERS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "hundred": 100,
    "dozen": 12,
}
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_ABBREVIATED_SCALES = {"k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "tn": 1e12}
_CURRENCY = {"$": "usd", "€": "eur", "£": "gbp", "¥": "jpy"}
_CURRENCY_WORDS = {"dollar": "usd", "euro": "eur", "pound": "gbp", "yuan": "cny", "yen": "jpy"}
_PERCENT = {"percent", "per cent", "%", "percentage point", "percentage points"}
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|" + "|".join(_WORD_NUMBERS)
_QUANTITY = re.compile(
    r"(?P<hedge>\b(?:about|around|roughly|nearly|almost|approximately|some|over|more than|"
    r"less than|fewer than|at least|at most|up to|as many as|as much as|north of|south of|"
    r"upwards of|in excess of|above|below|under|close to|an estimated|estimated)\s+)?"
    r"(?P<cur>[$€£¥])?(?P<num>\b(?:" + _NUMBER + r"))(?:(?P<abbr>bn|mn|m|k|tn)\b|\b)"
    r"(?:[\s-]*(?P<scale>thousand|million|billion|trillion)\b)?"
    r"(?P<pct>\s*%|\s+per\s?cent\b|\s+percentage points?\b)?"
    r"(?-i:(?P<rest>[-\s]+(?:[A-Z][\w.-]*\s+){0,2}(?P<unit>[a-z][a-z-]*)))?",
    re.IGNORECASE,
)
_NOT_UNITS = frozenset(
    """
    of and or to in on at for by from with as than the a an that which who it its is was
    were are be been has have had said says he she they we i this these those after
    before since ago later earlier more less times
    """.split()  # noqa: SIM905 (a word list reads better as text)
)
_HEDGE_RANGE = {
    "about": (0.9, 1.1),
    "around": (0.9, 1.1),
    "roughly": (0.9, 1.1),
    "approximately": (0.9, 1.1),
    "some": (0.9, 1.1),
    "nearly": (0.85, 1.0),
    "almost": (0.85, 1.0),
    "over": (1.0, math.inf),
    "more than": (1.0, math.inf),
    "at least": (1.0, math.inf),
    "as many as": (0.0, 1.0),
    "as much as": (0.0, 1.0),
    "less than": (0.0, 1.0),
    "fewer than": (0.0, 1.0),
    "at most": (0.0, 1.0),
    "up to": (0.0, 1.0),
    "north of": (1.0, math.inf),
    "upwards of": (1.0, math.inf),
    "in excess of": (1.0, math.inf),
    "above": (1.0, math.inf),
    "south of": (0.0, 1.0),
    "below": (0.0, 1.0),
    "under": (0.0, 1.0),
    "close to": (0.85, 1.0),
    "an estimated": (0.9, 1.1),
    "estimated": (0.9, 1.1),
}


def _number(token: str) -> float | None:
    low = token.lower()
    if low in _WORD_NUMBERS:
        return float(_WORD_NUMBERS[low])
    try:
        return float(low.replace(",", ""))
    except ValueError:
        return None


def _is_calendar(text: str, start: int, end: int, value: float, has_unit: bool) -> bool:
    """Days of the month, years and 'Group of 20'-style names are not quantities."""
    before = text[max(0, start - 12) : start].lower()
    if re.search(r"\b(?:" + _MONTHS + r")\.?\s+$", before):
        return True
    if re.search(r"[A-Z][\w-]*\s+of\s+$", text[max(0, start - 20) : start]):
        return True
    return 1800 <= value <= 2100 and value.is_integer() and not has_unit


def _rounding(value: float) -> tuple[float, float]:
    """A large round figure ('four million', '$2 billion') is itself approximate."""
    if value >= 1000:
        digits = f"{value:.6e}".split("e")[0].rstrip("0").rstrip(".")
        if len(digits.replace(".", "").replace("-", "")) == 1:
            return (0.85, 1.15)
    return (1.0, 1.0)


_SERIES = re.compile(
    r"(?:\d[\d,.]*|\b(?:" + "|".join(_WORD_NUMBERS) + r"))"
    r"(?:\s*(?:thousand|million|billion|trillion|bn|m)\b)?(?:-|\s*%)?\s*(?:,|and|or|to|-)\s*$",
    re.IGNORECASE,
)


def _in_series(text: str, start: int) -> bool:
    """'sentenced to 11 and 12 years', '13-, 12- and 11-year terms', '4.5 to 5 million':
    the last figure of a list or range shares its unit with the others, and which one
    answers another article's figure cannot be told, so none is compared."""
    return bool(_SERIES.search(text[max(0, start - 24) : start]))


def _is_clock_time(text: str, start: int, end: int) -> bool:
    """'6:57 p.m.', '10:30': the digits of a time of day."""
    if text[start - 1 : start] == ":" or text[end : end + 1] == ":":
        return True
    return bool(re.match(r"\s*[ap]\.?m\b", text[end : end + 6], re.IGNORECASE))


def find_quantities(text: str, start: int, end: int) -> list[Quantity]:
    """Quantities with a unit inside ``text[start:end]``; offsets index ``text``."""
    out: list[Quantity] = []
    for match in _QUANTITY.finditer(text, start, end):
        value = _number(match.group("num"))
        if value is None:
            continue
        if match.group("abbr"):
            if not match.group("cur"):
                continue  # '5k run', '3m tall': not money, and too ambiguous to compare
            value *= _ABBREVIATED_SCALES[match.group("abbr").lower()]
        if match.group("scale"):
            value *= _SCALES[match.group("scale").lower()]
        if _is_clock_time(text, match.start("num"), match.end("num")):
            continue
        if _in_series(text, match.start()):
            continue
        unit = _unit(match)
        q_start = match.start("hedge") if match.group("hedge") else match.start()
        if not unit or _is_calendar(text, match.start("num"), match.end(), value, bool(unit)):
            continue
        from_word = match.group("cur") is None and match.group("pct") is None
        q_end = (
            match.end("unit")
            if from_word
            else match.end("pct")
            if match.group("pct")
            else (
                match.end("scale")
                if match.group("scale")
                else match.end("abbr")
                if match.group("abbr")
                else match.end("num")
            )
        )
        hedge = " ".join((match.group("hedge") or "").lower().split())
        lo_f, hi_f = _HEDGE_RANGE.get(hedge, _rounding(value))
        out.append(
            Quantity(
                value=value,
                unit=unit,
                low=value * lo_f,
                high=math.inf if hi_f == math.inf else value * hi_f,
                start=q_start,
                end=q_end,
                text=text[q_start:q_end],
            )
        )
    return out


def _unit(match: re.Match[str]) -> str | None:
    if match.group("cur"):
        return _CURRENCY[match.group("cur")]
    if match.group("pct"):
        return "percent"
    word = (match.group("unit") or "").lower()
    if not word or word in _NOT_UNITS:
        return None
    if word.endswith("-old"):
        return None  # '7-year-old': an age describes one person, not a shared figure
    head = word.split("-")[0] if "-" in word else word
    if head in _NOT_UNITS:
        return None
    if head in _CURRENCY_WORDS or head.rstrip("s") in _CURRENCY_WORDS:
        return _CURRENCY_WORDS.get(head, _CURRENCY_WORDS.get(head.rstrip("s")))
    if head in ("percent", "per"):
        return "percent"
    singular = head[:-1] if head.endswith("s") and not head.endswith("ss") else head
    scale = re.match(r"\s+(fahrenheit|celsius|kelvin|f|c)\b", match.string[match.end() :], re.I)
    if scale:  # '2,500 degrees Fahrenheit' is not comparable with bare '1,400 degrees'
        return stem(singular) + "-" + scale.group(1).lower()[0]
    return stem(singular)
