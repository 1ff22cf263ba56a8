"""Expressions that point at the previous date in the text: "that year", "the following
month", "later that day", "the next morning".

They are resolved against the latest date mentioned before them (not against the
article's date), at their own unit; with no such date they are dropped rather than
guessed.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from dossier.analyze.timex import calendar as cal
from dossier.analyze.timex.lexicon import PARTS_OF_DAY
from dossier.analyze.timex.rules import ANAPHOR

if TYPE_CHECKING:
    from dossier.analyze.timex.find import Found

_DAY = re.compile(r"^(\d{4})-(\d\d)-(\d\d)")
_MONTH = re.compile(r"^(\d{4})-(\d\d)$")
_WEEK = re.compile(r"^(\d{4})-W(\d\d)")
_YEAR = re.compile(r"^(\d{4})$")


def _reference(value: str) -> tuple[dt.date, str] | None:
    """A day inside ``value`` and its granularity (day, week, month, year)."""
    if m := _DAY.match(value):
        day = cal.safe_date(int(m[1]), int(m[2]), int(m[3]))
        return (day, "day") if day else None
    if m := _WEEK.match(value):
        return dt.date.fromisocalendar(int(m[1]), int(m[2]), 1), "week"
    if m := _MONTH.match(value):
        return dt.date(int(m[1]), int(m[2]), 1), "month"
    if m := _YEAR.match(value):
        return dt.date(int(m[1]), 1, 1), "year"
    return None


RANK = {"day": 0, "week": 1, "month": 2, "year": 3}


def _resolve(value: str, ref: tuple[dt.date, str]) -> str | None:
    unit, shift_text = value[len(ANAPHOR) :].split(":")
    shift = int(shift_text)
    day, grain = ref
    if unit in PARTS_OF_DAY:
        if grain != "day":
            return None
        return f"{(day + dt.timedelta(days=shift)).isoformat()}T{PARTS_OF_DAY[unit]}"
    if RANK[grain] > RANK[unit]:
        return None  # "that day" after "in 2015": which day is not known
    if unit == "day":
        return (day + dt.timedelta(days=shift)).isoformat()
    if unit == "week":
        return cal.week_value(day + dt.timedelta(weeks=shift))
    if unit == "month":
        return cal.month_value(*cal.shift_months(day.year, day.month, shift))
    return str(day.year + shift)


def resolve_anaphora(found: list[Found]) -> list[Found]:
    """Replace anaphoric placeholders by values; drop those with nothing to refer to."""
    out: list[Found] = []
    ref: tuple[dt.date, str] | None = None
    for f in found:
        if f.value.startswith(ANAPHOR):
            value = _resolve(f.value, ref) if ref else None
            if value is None:
                continue
            f = f._replace(value=value)
        elif f.type in ("DATE", "TIME"):
            ref = _reference(f.value) or ref
        out.append(f)
    return out
