"""Calendar arithmetic for TIMEX3 values: weeks, months, weekdays and years near an anchor.

Relative expressions name a point near the article's date; which one depends on the
direction of the governing verb (``past`` looks back, ``future`` forward, otherwise
the nearest is taken, or the latest not after the anchor for news defaults).
"""

from __future__ import annotations

import datetime as dt

Direction = str  # "past" | "future" | "present" | "unknown"


def day_value(day: dt.date) -> str:
    return day.isoformat()


def week_value(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def shift_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def resolve_weekday(
    anchor: dt.date, weekday: int, direction: Direction, relation: str = ""
) -> dt.date:
    """The day named by a weekday (ISO 1=Monday) near ``anchor``.

    The anchor itself when it is that weekday (news says "on Thursday" of the day it
    reports), unless "last"/"next" asks for another week; otherwise the last such day
    for past events, the next one for announced ones.
    """
    today = anchor.isoweekday()
    back = (today - weekday) % 7
    ahead = (weekday - today) % 7
    if relation == "last":
        return anchor - dt.timedelta(days=back or 7)
    if relation == "next":
        return anchor + dt.timedelta(days=ahead or 7)
    if relation == "this":
        return anchor + dt.timedelta(days=weekday - today)
    if back == 0:
        return anchor
    if direction == "future":
        return anchor + dt.timedelta(days=ahead)
    return anchor - dt.timedelta(days=back)


def resolve_year_of(anchor: dt.date, month: int, day: int | None, direction: Direction,
                    relation: str = "") -> int:  # fmt: skip
    """Year of a month (and day) written without one: this year unless the tense or
    "last"/"next" points across the year boundary."""
    year = anchor.year
    point = (month, day or 15)
    here = (anchor.month, anchor.day if day else 15)
    if relation == "last":
        return year if point < here and (month != anchor.month or day) else year - 1
    if relation == "next":
        return year if point > here else year + 1
    if relation == "this":
        return year
    months_ahead = (month - anchor.month) % 12
    months_back = (anchor.month - month) % 12
    # tense moves a month across the year boundary only when it stays near: a parse
    # error should not send "April" of a June story to next April, nor a day within
    # a week of the article's date to another year ("said ... on Oct. 6" of Oct. 4)
    near = day is not None and _near(anchor, point)
    if direction == "past" and point > here and months_back <= 9 and not near:
        return year - 1
    if direction == "future" and point < here and months_ahead <= 6 and not near:
        return year + 1
    if direction not in ("past", "future"):
        # nearest of last, this and next year's occurrence
        if point > here and months_ahead > 6:
            return year - 1
        if point < here and months_back > 7:
            return year + 1
    return year


NEAR_DAYS = 7
"""A day this close to the anchor is in the anchor's year whatever the tense says."""


def _near(anchor: dt.date, point: tuple[int, int]) -> bool:
    day = safe_date(anchor.year, point[0], point[1])
    return day is not None and abs((day - anchor).days) <= NEAR_DAYS


def quarter_of(day: dt.date) -> int:
    return (day.month - 1) // 3 + 1


SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def resolve_season_year(anchor: dt.date, season: str, direction: Direction, relation: str) -> int:
    """Year of the season occurrence meant (winter belongs to the year of its December)."""
    starts = []
    for year in (anchor.year - 2, anchor.year - 1, anchor.year, anchor.year + 1):
        start = dt.date(year, SEASON_START[season], 1)
        end = shift_months(year, SEASON_START[season], 3)
        starts.append((year, start, dt.date(end[0], end[1], 1)))
    current = next((y for y, s, e in starts if s <= anchor < e), None)
    before = [y for y, s, e in starts if e <= anchor]
    after = [y for y, s, e in starts if s > anchor]
    if relation == "last" or (relation != "this" and direction == "past" and current is None):
        return before[-1]
    if relation == "next" or (relation != "this" and direction == "future" and current is None):
        return after[0]
    if current is not None:
        return current
    # nearest occurrence
    last_end = next(e for y, s, e in starts if y == before[-1])
    next_start = next(s for y, s, e in starts if y == after[0])
    return before[-1] if (anchor - last_end) < (next_start - anchor) else after[0]
