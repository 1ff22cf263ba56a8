"""Words that name times: months, weekdays, seasons, units, numbers, and their parsing.

Kept apart from the grammar so the patterns in ``rules`` read as patterns and the
vocabulary can grow without touching them.
"""

from __future__ import annotations

import re

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4,
    "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11,
    "dec": 12, "december": 12,
}  # fmt: skip
WEEKDAYS = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
    "sunday": 7, "mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4,
    "fri": 5, "sat": 6, "sun": 7,
}  # fmt: skip
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
PARTS_OF_DAY = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
    "midday": "MI", "mid-afternoon": "AF", "mid afternoon": "AF",
}  # fmt: skip
UNITS = {
    "second": "S", "minute": "M", "hour": "H", "day": "D", "night": "D", "week": "W",
    "fortnight": "W", "month": "M", "quarter": "Q", "year": "Y", "decade": "DE",
    "century": "CE", "centurie": "CE", "weekend": "WE",
}  # fmt: skip
"""Unit word (singular stem) -> TIMEX3 unit letter; DE, CE and WE are expanded by the caller."""

ONES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
    "last": 4, "final": 4,
}  # fmt: skip
VAGUE = {"a few", "few", "several", "many", "some", "a couple of", "couple of", "numerous",
         "recent", "coming", "the coming", "a number of"}  # fmt: skip


def alternation(words) -> str:
    """Regex alternation of ``words``, longest first so the longest wins."""
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )


NUMBER_WORD = alternation([*ONES, *TENS, "hundred", "thousand", "dozen"])
NUMBER = (
    rf"(?:(?!(?:1[6-9]|20)\d\d\b)\d+(?:\.\d+)?(?:\s+1/2)?|(?:an?\s+(?=hundred|thousand|dozen))?(?:{NUMBER_WORD})(?:(?:-|\s+|\s+and\s+)(?:{NUMBER_WORD}))*"
    r"|an?(?![-\w]))"
)


def parse_number(text: str) -> float | None:
    """Number written in digits or English words ("twenty-four", "2 1/2", "a"); None if not."""
    text = text.lower().strip()
    half = 0.0
    if text.endswith("1/2"):
        half, text = 0.5, text[:-3].strip()
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        return float(text) + half
    total, current = 0.0, 0.0
    for word in re.split(r"[-\s]+", text):
        if word in ("and", ""):
            continue
        if word in ("a", "an"):
            current += 1
        elif word in ONES:
            current += ONES[word]
        elif word in TENS:
            current += TENS[word]
        elif word == "dozen":
            current = (current or 1) * 12
        elif word == "hundred":
            current = (current or 1) * 100
        elif word == "thousand":
            total, current = total + (current or 1) * 1000, 0
        elif word == "half":
            current = (current or 1) * 0.5 if current else 0.5
        else:
            return None
    value = total + current + half
    return value if value else None
