"""The grammar of time expressions: one regex per kind of expression, each with the
function that turns its match into a TIMEX3 (type, value).

HeidelTime-style rules written for English news and the TimeML annotation
conventions (the span includes determiners and modifiers such as "the past",
"early", "more than"; prepositions stay outside). A rule may match words of context
around the expression: the span reported is the named group ``t`` when present.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from dossier.analyze.timex import calendar as cal
from dossier.analyze.timex.lexicon import (
    MONTHS,
    NUMBER,
    NUMBER_WORD,
    ORDINALS,
    PARTS_OF_DAY,
    SEASONS,
    UNITS,
    WEEKDAYS,
    parse_number,
)

Result = tuple[str, str] | None
"""(TIMEX3 type, value), or None when the match is not a time expression after all."""


@dataclass
class Context:
    """What a rule needs besides its match: the anchor date and the verb's direction."""

    anchor: dt.date | None
    direction_of: Callable[[], str]

    @cached_property
    def direction(self) -> str:
        return self.direction_of()


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    handle: Callable[[re.Match[str], Context], Result]


MON = (
    r"(?-i:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?"
    r"|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)(?![a-z])"
)
WD = r"(?-i:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
DAYN = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)"
YR = r"(?:1[6-9]\d\d|20\d\d)(?![\d%]|[.,]\d|-(?:year|month|day|week))"
UNIT = r"(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur(?:y|ie))"
VAGUE = (
    r"(?:several|a\s+few|few|many|a\s+couple\s+of|a\s+couple|couple\s+of|a\s+number\s+of"
    r"|some|numerous)"
)
APPROX = (
    r"(?:about|almost|nearly|some|roughly|around|approximately|more\s+than|less\s+than|fewer\s+than"
    r"|at\s+least|at\s+most|up\s+to|over(?=\s+an?\b)|under|just|only|no\s+more\s+than|no\s+less\s+than"
    r"|barely|well\s+over|the\s+better\s+part\s+of)"
)
EDGE = (
    r"(?:early|late|mid-?|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of)"
)
PART = r"(?:morning|afternoon|evening|night)"
CLOCK = (
    r"(?:(?P<h>\d{1,2})(?:[:.](?P<mi>\d\d))?\s*(?P<ap>[ap]\.?\s?m\b\.?)"
    r"(?:\s+(?:EST|EDT|GMT|PST|PDT|CST|CDT|UTC|ET|local\s+time))?|(?P<noon>noon|midnight|midday))"
)
PREPOSITIONS = {
    "in", "since", "until", "till", "by", "of", "from", "to", "through", "before", "after",
    "during", "and", "or", "last", "next", "this", "early", "late", "mid", "between", "for",
}  # fmt: skip
BARE_ABBR_PRE = {
    "in", "since", "until", "till", "through", "during", "before", "after", "early", "late",
    "mid", "last", "next", "this",
}  # fmt: skip
"""Words before which an abbreviated month with no day is still a month ("since Jan.");
not "from", "by", "to" or "and", after which "Jan." is as likely a person."""
SEASON_PRE = {
    "in", "since", "until", "till", "by", "of", "from", "through", "before", "after", "during",
    "and", "or", "this", "last", "next", "early", "late", "that", "each", "every", "into",
    "over", "throughout", "for",
}  # fmt: skip


def month_number(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")[:3] if not word.lower().startswith("sept") else "sep"]


def weekday_number(word: str) -> int:
    return WEEKDAYS[word.lower()]


def _relation(word: str | None) -> str:
    if not word:
        return ""
    word = " ".join(word.lower().split())
    if word in ("last", "past", "previous", "this past"):
        return "last"
    if word in ("next", "coming", "this coming", "following"):
        return "next"
    if word in ("this", "current"):
        return "this"
    return ""


def _anchored(ctx: Context) -> dt.date | None:
    return ctx.anchor


def _direction(ctx: Context, present: str = "future") -> str:
    """Present tense on a month usually announces ("the vote is in June"); on a weekday
    it is as often a past day ("Friday's close"), so weekdays pass ``present="unknown"``."""
    d = ctx.direction
    return present if d == "present" else d


# --- handlers ---------------------------------------------------------------------------


def _iso(m: re.Match, ctx: Context) -> Result:
    day = cal.safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return ("DATE", day.isoformat()) if day else None


def _slash(m: re.Match, ctx: Context) -> Result:
    year = int(m["y"])
    if year < 100:
        year += 1900 if year > 30 else 2000
    day = cal.safe_date(year, int(m["m"]), int(m["d"]))
    return ("DATE", day.isoformat()) if day else None


def _leading_int(text: str) -> int:
    """The number a matched group starts with ("21st" -> 21); the patterns guarantee digits."""
    digits = re.match(r"\d+", text)
    return int(digits.group()) if digits else 0


def _month_day(m: re.Match, ctx: Context) -> Result:
    month = month_number(m["mon"])
    day = _leading_int(m["d"])
    if m["y"]:
        year = int(m["y"])
    elif ctx.anchor:
        year = cal.resolve_year_of(ctx.anchor, month, day, _direction(ctx))
    else:
        return ("DATE", f"XXXX-{month:02d}-{day:02d}")
    found = cal.safe_date(year, month, day)
    return ("DATE", found.isoformat()) if found else None


def _month_year(m: re.Match, ctx: Context) -> Result:
    return ("DATE", cal.month_value(int(m["y"]), month_number(m["mon"])))


def _month(m: re.Match, ctx: Context) -> Result:
    word = m["mon"]
    rel = m["rel"]
    ambiguous = word.rstrip(".") in ("May", "March", "Mar")  # a modal, a verb
    if not rel and ambiguous and (m["pre"] or "").strip().lower() not in PREPOSITIONS:
        return None
    if len(word) == 3 and word not in ("May",):
        return None  # "Jan Kavan": an abbreviation needs its period or a day
    if word.endswith(".") and not rel and (m["pre"] or "").strip().lower() not in BARE_ABBR_PRE:
        return None  # "bought it from Jan.": news abbreviates a month only before a day
    month = month_number(word)
    if not ctx.anchor:
        return ("DATE", f"XXXX-{month:02d}")
    year = cal.resolve_year_of(ctx.anchor, month, None, _direction(ctx), _relation(rel))
    return ("DATE", cal.month_value(year, month))


def _year(m: re.Match, ctx: Context) -> Result:
    if m["pre"]:
        return None
    year = int(m["y"])
    rel = (m["rel"] or "").lower()
    if rel in SEASONS:
        return ("DATE", f"{year}-{SEASONS[rel]}")
    return ("DATE", str(year))


def _decade(m: re.Match, ctx: Context) -> Result:
    if m["d2"]:
        return ("DATE", f"19{m['d2']}")
    return ("DATE", f"{m['c']}{m['d']}")


CENTURY_WORDS = {
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty first": 21,
}  # fmt: skip


def _century(m: re.Match, ctx: Context) -> Result:
    word = m["n"].lower()
    n = CENTURY_WORDS.get(word) or _leading_int(word)
    return ("DATE", f"{n - 1:02d}")


def _season(m: re.Match, ctx: Context) -> Result:
    rel = " ".join((m["rel"] or "").lower().split())
    pre = (m["pre"] or "").strip().lower()
    if not rel and pre not in SEASON_PRE:
        return None
    if rel == "the" and pre not in SEASON_PRE:
        return None
    season = SEASONS[m["s"].lower()]
    if not ctx.anchor:
        return ("DATE", f"XXXX-{season}")
    year = cal.resolve_season_year(ctx.anchor, season, _direction(ctx), _relation(rel))
    return ("DATE", f"{year}-{season}")


def _quarter(m: re.Match, ctx: Context) -> Result:
    q = ORDINALS[m["q"].lower()]
    if m["half"]:
        unit, n = "H", min(q, 2)
    else:
        unit, n = "Q", q
    if m["y"]:
        return ("DATE", f"{m['y']}-{unit}{n}")
    if not ctx.anchor:
        return ("DATE", f"XXXX-{unit}{n}")
    year = ctx.anchor.year
    rel = (m["rel"] or "").lower()
    current = cal.quarter_of(ctx.anchor) if unit == "Q" else (ctx.anchor.month - 1) // 6 + 1
    if rel in ("year-earlier", "year-ago"):
        year -= 1
    elif rel in ("last", "past", "previous") or (rel == "" and _direction(ctx) == "past"):
        if n > current or (rel and n == current):
            year -= 1
    elif _direction(ctx) == "future" and n < current:
        year += 1
    return ("DATE", f"{year}-{unit}{n}")


def _this_quarter(m: re.Match, ctx: Context) -> Result:
    """ "this quarter", "last quarter"; "the quarter" of a results story is the one just
    reported (the previous one) unless the verb looks ahead; "the year-ago quarter" is
    that quarter a year before."""
    if not ctx.anchor:
        return None
    year, q = ctx.anchor.year, cal.quarter_of(ctx.anchor)
    rel = " ".join((m["rel"] or "").lower().split())
    shift = {"last": -1, "next": 1}.get(_relation(rel), 0)
    if rel in ("the", "the latest", "the year-earlier", "the year-ago"):
        shift = 0 if _direction(ctx) == "future" else -1
        if rel != "the" and rel != "the latest":
            shift -= 4
    index = year * 4 + q - 1 + shift
    return ("DATE", f"{index // 4}-Q{index % 4 + 1}")


def _relday(m: re.Match, ctx: Context) -> Result:
    word = " ".join(m["w"].lower().split())
    if not ctx.anchor:
        return None
    offset = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0, "last night": -1}[word]
    day = ctx.anchor + dt.timedelta(days=offset)
    part = m["part"].lower() if m["part"] else ("night" if word in ("last night",) else None)
    if part:
        return ("TIME", f"{day.isoformat()}T{PARTS_OF_DAY[part]}")
    return ("DATE", day.isoformat())


def _weekday(m: re.Match, ctx: Context) -> Result:
    wd = weekday_number(m["wd"])
    part = PARTS_OF_DAY[m["part"].lower()] if m["part"] else None
    if m["plural"]:
        return ("SET", f"XXXX-WXX-{wd}" + (f"T{part}" if part else ""))
    if not ctx.anchor:
        return ("DATE", f"XXXX-WXX-{wd}")
    day = cal.resolve_weekday(ctx.anchor, wd, _direction(ctx, "unknown"), _relation(m["rel"]))
    if part:
        return ("TIME", f"{day.isoformat()}T{part}")
    return ("DATE", day.isoformat())


def _clock(m: re.Match, ctx: Context) -> Result:
    if m["noon"]:
        hour, minute = {"noon": (12, 0), "midday": (12, 0), "midnight": (24, 0)}[m["noon"].lower()]
    else:
        hour, minute = int(m["h"]), int(m["mi"] or 0)
        if hour > 12 or minute > 59:
            return None
        pm = m["ap"].lower().startswith("p")
        hour = (hour % 12) + (12 if pm else 0)
    day: str | None = None
    if m["y"] or m["mon"]:
        found = _month_day(m, ctx)
        day = found[1] if found else None
    elif ctx.anchor:
        date = ctx.anchor
        if m["wd"]:
            date = cal.resolve_weekday(ctx.anchor, weekday_number(m["wd"]), _direction(ctx))
        elif m["rd"]:
            offset = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0}[m["rd"].lower()]
            date = ctx.anchor + dt.timedelta(days=offset)
        day = date.isoformat()
    prefix = day if day else "XXXX-XX-XX"
    return ("TIME", f"{prefix}T{hour:02d}:{minute:02d}")


def _part_of_day(m: re.Match, ctx: Context) -> Result:
    if not ctx.anchor:
        return None
    return ("TIME", f"{ctx.anchor.isoformat()}T{PARTS_OF_DAY[m['part'].lower()]}")


def _unit_value(anchor: dt.date, unit: str, shift: int) -> str | None:
    if unit in ("week", "weekend"):
        value = cal.week_value(anchor + dt.timedelta(weeks=shift))
        return value + "-WE" if unit == "weekend" else value
    if unit == "month":
        return cal.month_value(*cal.shift_months(anchor.year, anchor.month, shift))
    if unit == "year":
        return str(anchor.year + shift)
    if unit == "decade":
        return str(anchor.year // 10 + shift)
    if unit == "century":
        return f"{anchor.year // 100 + shift:02d}"
    if unit == "day":
        return (anchor + dt.timedelta(days=shift)).isoformat()
    return None


def _relative_unit(m: re.Match, ctx: Context) -> Result:
    unit = m["u"].lower()
    rel = _relation(m["rel"])
    the = bool(m["the"])
    if m["rel"][0].isupper() and m["u"][0].isupper():
        return None  # a title: ABC's "This Week"
    if the and not m["edge"] and rel in ("last", "next") and unit not in ("weekend",):
        n = {"decade": (10, "Y"), "century": (100, "Y"), "week": (1, "W"), "month": (1, "M"),
             "year": (1, "Y"), "day": (1, "D")}[unit]  # fmt: skip
        return ("DURATION", f"P{n[0]}{n[1]}")
    if not ctx.anchor:
        return None
    if unit == "decade" and rel == "last" and not m["edge"]:
        return ("DURATION", "P10Y")
    shift = {"last": -1, "next": 1, "this": 0}[rel]
    value = _unit_value(ctx.anchor, unit, shift)
    return ("DATE", value) if value else None


def _edge_of_unit(m: re.Match, ctx: Context) -> Result:
    """ "the end of the year", "earlier this month": the unit the edge belongs to."""
    if not ctx.anchor:
        return None
    shift = {"last": -1, "next": 1}.get(_relation(m["rel"]), 0)
    value = _unit_value(ctx.anchor, m["u"].lower(), shift)
    return ("DATE", value) if value else None


def _unit_letter(unit: str) -> str:
    unit = unit.lower()
    return UNITS.get(unit) or UNITS.get(unit.rstrip("s")) or UNITS[unit[:-1]]


def duration_value(n: float | None, unit: str) -> str:
    """TIMEX3 duration for ``n`` units (None = unspecified, "X")."""
    letter = _unit_letter(unit)
    scale = 1
    if letter == "DE":
        letter, scale = "Y", 10
    elif letter == "CE":
        letter, scale = "Y", 100
    elif letter == "WE":
        letter, scale = "D", 2
    elif unit.lower().startswith("fortnight"):
        scale = 2
    timed = unit.lower().startswith(("second", "minute", "hour"))
    prefix = "PT" if timed else "P"
    if n is None:
        vague = {"Y": "Y", "D": "D"}.get(letter, letter)
        if scale == 10:
            vague = "DE"
        elif scale == 100:
            vague = "CE"
        return f"{prefix}X{vague}"
    n *= scale
    if n == int(n):
        return f"{prefix}{int(n)}{letter}"
    whole, frac = int(n), n - int(n)
    smaller = {"Y": (12, "M"), "M": (30, "D"), "W": (7, "D"), "D": (24, "H"), "H": (60, "M")}
    if timed and letter == "M":
        return f"PT{whole}M{round(frac * 60)}S" if whole else f"PT{round(frac * 60)}S"
    if letter in smaller:
        k, sub = smaller[letter]
        part = round(frac * k)
        if letter == "D":
            return f"P{whole}DT{part}H" if whole else f"PT{part}H"
        if timed:
            return f"PT{whole}H{part}M" if whole else f"PT{part}M"
        return f"P{whole}{letter}{part}{sub}" if whole else f"P{part}{sub}"
    return f"{prefix}{n:g}{letter}"


def _count(text: str) -> float | None:
    text = " ".join(text.lower().split())
    if text in ("half a", "half an"):
        return 0.5
    if text in ("a couple of", "couple of", "a couple"):
        return 2.0
    if re.fullmatch(VAGUE, text):
        return None
    return parse_number(text)


_RATE_BEFORE = re.compile(
    r"(?:\d|million|billion|percent|times|once|twice|cents?|dollars?)\W*$"
    rf"|\b(?:\d[\d,.]*|{NUMBER_WORD})\s+[a-z]+s\s*$",
    re.I,
)


def _duration(m: re.Match, ctx: Context) -> Result:
    unit = m["u"]
    n = _count(m["n"])
    if n is not None and m["half2"]:
        n += 0.5
    if m["n"].lower() in ("a", "an") and unit.lower() == "second":
        return None  # "a second group"
    after = m.string[m.end() : m.end() + 4]
    if unit.lower().startswith("quarter") and after.startswith(" of") and n is not None and n <= 3:
        return None  # "three-quarters of its food": a fraction
    if n is None and not re.fullmatch(VAGUE, " ".join(m["n"].lower().split())):
        return None
    if m["n"].lower() in ("a", "an") and not (m["approx"] or m["the"] or m["rel"]):
        before = m.string[max(0, m.start() - 20) : m.start()]
        if _RATE_BEFORE.search(before):
            return ("SET", duration_value(1, unit))
    return ("DURATION", duration_value(n, unit))


def _ago(m: re.Match, ctx: Context) -> Result:
    n = _count(m["n"])
    unit = m["u"].lower()
    later = m["dir"].lower() in ("from now", "hence", "later")
    if m["dir"].lower() in ("earlier", "before", "later"):
        if n is not None and n == int(n) and unit.startswith("year") and ctx.anchor:
            # "a year earlier" in news names the year, counted from the article's
            return ("DATE", str(ctx.anchor.year + (1 if later else -1) * int(n)))
        return ("DURATION", duration_value(n, unit))
    if n is None:
        return ("DATE", "FUTURE_REF" if later else "PAST_REF")
    if not ctx.anchor:
        return None
    sign = 1 if later else -1
    whole = round(n)
    letter = _unit_letter(unit)
    a = ctx.anchor
    if letter == "Y":
        return ("DATE", str(a.year + sign * whole))
    if letter == "DE":
        return ("DATE", str(a.year + sign * whole * 10))
    if letter == "M":
        return ("DATE", cal.month_value(*cal.shift_months(a.year, a.month, sign * whole)))
    if letter == "Q":
        return ("DATE", cal.month_value(*cal.shift_months(a.year, a.month, sign * whole * 3)))
    if letter == "W":
        return ("DATE", (a + dt.timedelta(weeks=sign * n)).isoformat())
    if letter == "D" and unit.startswith("day"):
        return ("DATE", (a + dt.timedelta(days=sign * whole)).isoformat())
    return ("DURATION", duration_value(n, unit))


def _vague_plural(m: re.Match, ctx: Context) -> Result:
    rel = (m["rel"] or "").lower()
    unit = m["u"].lower()
    if rel == "recent" and unit == "year":
        return ("DATE", "PAST_REF")
    return ("DURATION", duration_value(None, unit))


def _bare_plural(m: re.Match, ctx: Context) -> Result:
    return ("DURATION", duration_value(None, m["u"]))


SET_ADVERBS = {
    "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W", "monthly": "P1M",
    "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H",
}  # fmt: skip


def _set(m: re.Match, ctx: Context) -> Result:
    if m["adv"]:
        return ("SET", SET_ADVERBS[m["adv"].lower()])
    unit = m["u"] or m["u2"]
    if re.fullmatch(WD, unit):
        return ("SET", f"XXXX-WXX-{weekday_number(unit)}")
    if re.fullmatch(MON, unit):
        return ("SET", f"XXXX-{month_number(unit):02d}")
    n = m["n"]
    count = 2.0 if n and n.lower() == "other" else (_count(n) if n else 1.0)
    return ("SET", duration_value(count or 1.0, unit))


# Left out on the training annotation's evidence: "previously", "formerly", and the
# adjectives "recent" and "future" are annotated less often than not.
REFS = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF",
    "current": "PRESENT_REF", "at present": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "these days": "PRESENT_REF", "presently": "PRESENT_REF",
    "recently": "PAST_REF", "the past": "PAST_REF", "lately": "PAST_REF",
    "more recently": "PAST_REF",
    "the future": "FUTURE_REF", "soon": "FUTURE_REF",
    "the near future": "FUTURE_REF", "the near term": "FUTURE_REF", "the short term": "FUTURE_REF",
    "the long term": "FUTURE_REF", "the longer term": "FUTURE_REF",
    "the coming months": "FUTURE_REF", "coming months": "FUTURE_REF",
    "the coming years": "FUTURE_REF", "coming years": "FUTURE_REF",
    "as soon as possible": "FUTURE_REF",
}  # fmt: skip


def _ref(m: re.Match, ctx: Context) -> Result:
    return ("DATE", REFS[" ".join(m["t"].lower().split())])


HOLIDAYS = {
    "christmas day": (12, 25), "christmas eve": (12, 24), "christmas": (12, 25),
    "new year's day": (1, 1), "new year's eve": (12, 31), "independence day": (7, 4),
    "the fourth of july": (7, 4), "july fourth": (7, 4), "halloween": (10, 31),
    "valentine's day": (2, 14), "veterans day": (11, 11), "boxing day": (12, 26),
}  # fmt: skip


MOVABLE = {
    "thanksgiving day": (11, 4, 4), "thanksgiving": (11, 4, 4), "labor day": (9, 1, 1),
    "memorial day": (5, 1, -1), "martin luther king day": (1, 1, 3),
}  # fmt: skip
"""Holiday -> (month, ISO weekday, nth; -1 = last)."""


def _movable(m: re.Match, ctx: Context) -> Result:
    month, weekday, nth = MOVABLE[" ".join(m["name"].lower().split())]
    if m["y"]:
        year = int(m["y"])
    elif ctx.anchor:
        year = cal.resolve_year_of(ctx.anchor, month, 15, _direction(ctx), _relation(m["rel"]))
    else:
        return None
    first = dt.date(year, month, 1)
    offset = (weekday - first.isoweekday()) % 7
    if nth > 0:
        day = first + dt.timedelta(days=offset + 7 * (nth - 1))
    else:
        nxt = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
        day = nxt - dt.timedelta(days=(nxt.isoweekday() - weekday) % 7)
    return ("DATE", day.isoformat())


def _holiday(m: re.Match, ctx: Context) -> Result:
    month, day = HOLIDAYS[" ".join(m["name"].lower().replace("’", "'").split())]
    if m["y"]:
        year = int(m["y"])
    elif ctx.anchor:
        year = cal.resolve_year_of(ctx.anchor, month, day, _direction(ctx), _relation(m["rel"]))
    else:
        return ("DATE", f"XXXX-{month:02d}-{day:02d}")
    return ("DATE", f"{year}-{month:02d}-{day:02d}")


# --- the grammar ------------------------------------------------------------------------

_HOLIDAY_NAMES = "|".join(
    re.escape(h).replace(r"\ ", r"\s+").replace("'", "['’]")
    for h in sorted(HOLIDAYS, key=len, reverse=True)
)
_REF_NAMES = "|".join(
    re.escape(r).replace(r"\ ", r"\s+") for r in sorted(REFS, key=len, reverse=True)
)
_SET_ADV = "|".join(SET_ADVERBS)
_MOVABLE_NAMES = "|".join(
    re.escape(h).replace(r"\ ", r"\s+") for h in sorted(MOVABLE, key=len, reverse=True)
)


def _weekend(m: re.Match, ctx: Context) -> Result:
    """ "the weekend": the one just past early in the week, otherwise the coming one."""
    if not ctx.anchor:
        return None
    a = ctx.anchor
    back = a.isoweekday() <= 4 and _direction(ctx) != "future"
    return ("DATE", cal.week_value(a - dt.timedelta(weeks=1) if back else a) + "-WE")


def _reporting_period(m: re.Match, ctx: Context) -> Result:
    """Results-story periods: "the year-ago quarter" is the quarter just reported, a year
    earlier; "the latest period" is the quarter just reported."""
    if not ctx.anchor:
        return None
    index = ctx.anchor.year * 4 + cal.quarter_of(ctx.anchor) - 1 - 1
    if "ago" in m["t"].lower() or "earlier" in m["t"].lower():
        index -= 4
    return ("DATE", f"{index // 4}-Q{index % 4 + 1}")


def _fiscal_year(m: re.Match, ctx: Context) -> Result:
    if m["ended"]:
        return ("DURATION", "P1Y")
    if not ctx.anchor:
        return None
    return ("DATE", str(ctx.anchor.year))


def _year_end(m: re.Match, ctx: Context) -> Result:
    return ("DATE", str(ctx.anchor.year)) if ctx.anchor else None


ANAPHOR = "@"
"""Value prefix of an expression that names a time relative to the previous date in the
text ("that year", "the following month"); ``find`` resolves it, or drops it."""


def _anaphor(m: re.Match, ctx: Context) -> Result:
    rel = " ".join(m["rel"].lower().split())
    shift = {"the following": 1, "the next": 1, "the previous": -1, "the preceding": -1}.get(rel, 0)
    unit = m["u"].lower()
    kind = "TIME" if unit in ("morning", "afternoon", "evening", "night") else "DATE"
    return (kind, f"{ANAPHOR}{unit}:{shift}")


def _ahead(m: re.Match, ctx: Context) -> Result:
    return ("DURATION", duration_value(None, m["u"]))


def _rules() -> list[Rule]:
    spec: list[tuple[str, str, Callable[[re.Match, Context], Result]]] = [
        ("iso", r"\b(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)\b", _iso),
        ("slash", r"\b(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4}|\d{2})\b", _slash),
        (
            "month_day",
            rf"\b(?:(?:{EDGE}\s+)?(?:{WD}),?\s+)?(?:{EDGE}\s+)?(?P<mon>{MON})\s+(?P<d>{DAYN})"
            rf"(?:,?\s+(?P<y>{YR}))?(?!\s*(?:%|percent|million|billion))",
            _month_day,
        ),
        (
            "day_month",
            rf"\b(?:(?:{WD}),?\s+)?(?:the\s+)?(?P<d>{DAYN})(?:\s+of)?\s+(?P<mon>{MON})(?:,?\s+(?P<y>{YR}))?",
            _month_day,
        ),
        ("month_year", rf"\b(?:{EDGE}\s*)?(?P<mon>{MON}),?\s+(?:of\s+)?(?P<y>{YR})", _month_year),
        (
            "month",
            rf"(?P<pre>\b[A-Za-z]+\s+)?(?P<t>\b(?:(?P<rel>last|next|this|early|late|mid-?|the\s+end\s+of"
            rf"|the\s+beginning\s+of|the\s+middle\s+of|the\s+start\s+of)\s*)?(?P<mon>{MON}))",
            _month,
        ),
        (
            "year",
            rf"(?P<pre>[$#£€]\s*)?(?P<t>\b(?:(?P<rel>early|late|mid-?|the\s+end\s+of|the\s+beginning\s+of"
            rf"|the\s+start\s+of|the\s+middle\s+of|fiscal(?:\s+year)?|calendar|spring|summer|fall|autumn"
            rf"|winter)\s*)?(?P<y>{YR}))(?!\s*(?:people|troops|soldiers|km|miles|tons|votes|jobs))",
            _year,
        ),
        (
            "decade",
            r"\b(?P<t>(?:the\s+)?(?:(?:early|late|mid-?)\s*)?(?:(?P<c>1[6-9]|20)(?P<d>\d)0['’]?s"
            r"|['’](?P<d2>\d)0s))",
            _decade,
        ),
        (
            "century",
            r"\b(?P<t>(?:the\s+)?(?:(?:early|late|mid-?)\s*)?(?P<n>\d{1,2}(?:st|nd|rd|th)|eighteenth|nineteenth"
            r"|twentieth|twenty[-\s]first)[-\s]century)",
            _century,
        ),
        (
            "season",
            r"(?P<pre>\b[A-Za-z]+\s+)?(?P<t>\b(?:(?P<rel>this|last|next|the|early|late|mid-?|this\s+past"
            r"|this\s+coming|the\s+coming|the\s+past)\s*)?(?P<s>spring|summer|fall|autumn|winter))\b",
            _season,
        ),
        (
            "quarter",
            rf"\b(?P<t>(?:the\s+)?(?:(?P<rel>this|last|next|past|previous|current|latest|coming"
            rf"|year-earlier|year-ago)\s+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th|final)[-\s]+"
            rf"(?:fiscal[-\s]+)?(?:quarter|(?P<half>half))(?:\s+(?:of\s+)?(?:fiscal\s+)?(?P<y>{YR}))?)",
            _quarter,
        ),
        (
            "this_quarter",
            r"\b(?P<t>(?P<rel>this|last|next|the\s+current|the\s+latest|the\s+previous|the"
            r"|the\s+year-earlier|the\s+year-ago)\s+quarter)\b(?!\s+(?:of|century))",
            _this_quarter,
        ),
        (
            "relday",
            rf"\b(?P<t>(?:(?:early|late|later|earlier)\s+)?(?P<w>yesterday|today|tomorrow|tonight"
            rf"|last\s+night)(?:\s+(?P<part>{PART}))?)\b(?<!today(?=['’]s))",  # "today's world"
            _relday,
        ),
        (
            "weekday",
            rf"\b(?P<t>(?:(?:early|late)\s+)?(?:(?P<rel>last|next|this\s+past|this\s+coming"
            rf"|this|coming|past)\s+)?(?P<wd>{WD})(?P<plural>s)?(?:\s+(?P<part>{PART}))?)\b",
            _weekday,
        ),
        (
            "clock",
            rf"\b(?P<t>{CLOCK}(?:,?\s+(?:(?:on\s+)?(?P<wd>{WD})|(?P<rd>yesterday|today|tomorrow|tonight)"
            rf"|(?P<mon>{MON})\s+(?P<d>{DAYN})(?:,?\s+(?P<y>{YR}))?))?)",
            _clock,
        ),
        (
            "part_of_day",
            r"\b(?P<t>(?:later\s+|earlier\s+)?this\s+(?P<part>morning|afternoon|evening))\b",
            _part_of_day,
        ),
        (
            "relative_unit",
            r"\b(?P<t>(?:(?P<edge>early|late|earlier|later|mid-?|the\s+end\s+of|the\s+beginning\s+of"
            r"|the\s+start\s+of|the\s+middle\s+of|the\s+rest\s+of)\s+)?(?P<the>the\s+)?(?P<rel>this\s+past"
            r"|this|last|next|past|previous|coming|current)\s+(?P<u>week|weekend|month|year|decade|century))\b",
            _relative_unit,
        ),
        ("weekend", r"\b(?P<t>the\s+weekend)\b", _weekend),
        (
            "anaphor",
            rf"\b(?P<t>(?:(?:earlier|later)\s+)?(?P<rel>that|the\s+same|the\s+following|the\s+next"
            rf"|the\s+previous|the\s+preceding)\s+(?P<u>day|week|month|year|{PART}))\b",
            _anaphor,
        ),
        ("ahead", rf"\b(?P<t>the\s+(?P<u>{UNIT})s\s+ahead)\b", _ahead),
        (
            "reporting_period",
            r"\b(?P<t>(?:the\s+)?(?:comparable\s+)?year[-\s](?:ago|earlier)\s+(?:quarter|period)"
            r"|the\s+latest\s+period|year-(?:ago|earlier)(?=\s+[a-z]))\b",
            _reporting_period,
        ),
        (
            "fiscal_year",
            r"\b(?P<t>the\s+(?:full|fiscal|current\s+fiscal)\s+year(?P<ended>(?=\s+end(?:ed|ing)))?)\b",
            _fiscal_year,
        ),
        (
            "year_end",
            r"\b(?P<t>(?:around\s+)?(?:year[-\s]end|year['’]s\s+end))\b",
            _year_end,
        ),
        (
            "edge_of_unit",
            r"\b(?P<t>(?:the\s+)?(?:end|beginning|start|middle|turn)\s+of\s+(?P<rel>the|this|last|next)\s+"
            r"(?P<u>week|month|year|decade|century))\b",
            _edge_of_unit,
        ),
        (
            "ago",
            rf"\b(?P<t>(?:{APPROX}\s+)?(?P<n>{NUMBER}|{VAGUE})\s+(?P<u>{UNIT})s?\s+(?:or\s+so\s+)?"
            rf"(?P<dir>ago|earlier|before|later|from\s+now|hence))\b",
            _ago,
        ),
        (
            "duration",
            rf"\b(?P<t>(?:(?P<approx>{APPROX})\s+)?(?:(?P<the>the|each\s+of\s+the|all\s+of\s+the)\s+(?!\w+-{UNIT}))?"
            rf"(?:(?P<rel>past|last|next|first|previous|coming|following|latest|final|recent|remaining"
            rf"|initial|ensuing|additional|prior)\s+)?(?P<n>half\s+an?|{NUMBER}|{VAGUE})"
            rf"(?:\s+(?:to|or)\s+{NUMBER})?"
            rf"(?:\s+(?:more|additional|straight|consecutive|full|long|trading|business|calendar))?[-\s]+"
            rf"(?P<u>{UNIT})s?(?P<half2>\s+and\s+a\s+half)?(?:\s+or\s+so)?)\b"
            r"(?![-\s]old\b)",  # ages are not annotated as durations
            _duration,
        ),
        (
            "vague_plural",
            rf"\b(?P<t>(?:the\s+)?(?P<rel>recent|coming|past|next|last|previous|ensuing|following)\s+"
            rf"(?:(?:few|several)\s+)?(?P<u>{UNIT})s)\b",
            _vague_plural,
        ),
        (
            "bare_plural",
            rf"\b(?:for|over|in|within|after|took|taken|takes|lasted)\s+(?P<t>(?P<u>{UNIT})s)\b"
            rf"(?!\s+(?:ago|of|later|earlier|before))",
            _bare_plural,
        ),
        (
            "set",
            rf"\b(?P<t>(?:every|each|per)\s+(?:(?P<n>other|{NUMBER})\s+)?(?P<u>{UNIT}|{WD}|{MON})s?"
            rf"|(?P<adv>{_SET_ADV})|(?:once|twice|three\s+times|\d+\s+times)\s+(?:a|an|per|every)\s+"
            rf"(?P<u2>{UNIT}))\b",
            _set,
        ),
        (
            "ref",
            rf"(?<!as\s)(?<!foreseeable\s)\b(?P<t>{_REF_NAMES})\b(?!\s+(?:as|after|before|thereafter)\b)",
            _ref,
        ),
        (
            "holiday",
            rf"\b(?P<t>(?:(?P<rel>last|next|this)\s+)?(?P<name>{_HOLIDAY_NAMES})(?:,?\s+(?P<y>{YR}))?)",
            _holiday,
        ),
        (
            "movable_holiday",
            rf"\b(?P<t>(?:(?P<rel>last|next|this)\s+)?(?P<name>{_MOVABLE_NAMES})(?:,?\s+(?P<y>{YR}))?)",
            _movable,
        ),
    ]
    return [Rule(name, re.compile(pattern, re.I), fn) for name, pattern, fn in spec]


RULES: list[Rule] = _rules()
