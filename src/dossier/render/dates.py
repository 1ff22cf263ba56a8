"""TIMEX3 values as a reader says them: '2017-W26' is 'week of 26 Jun 2017'.

The JSON keeps the TIMEX3 value (it sorts and compares); Markdown and HTML show this
label, since few readers know ISO week numbers or TIMEX3's 'TNI' for night.
"""

from __future__ import annotations

import datetime as dt
import re

_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]  # fmt: skip
_PARTS = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime"}
_SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
_REFS = {"PRESENT_REF": "now", "PAST_REF": "in the past", "FUTURE_REF": "in the future"}

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2})|T(MO|AF|EV|NI|DT))?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_DECADE = re.compile(r"^(\d{3})X?$")


def readable_date(value: str) -> str:
    """A reader's label for a TIMEX3 value; the value itself when it has no plainer form."""
    if value in _REFS:
        return _REFS[value]
    if m := _DAY.match(value):
        day = f"{m[1]}-{m[2]}-{m[3]}"
        if m[4]:
            return f"{day} {m[4]}"
        return f"{day}, {_PARTS[m[5]]}" if m[5] else day
    if m := _MONTH.match(value):
        month = int(m[2])
        return f"{_MONTHS[month - 1]} {m[1]}" if 1 <= month <= 12 else value
    if m := _WEEK.match(value):
        try:
            monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        except ValueError:
            return value
        return f"week of {monday.day} {_MONTHS[monday.month - 1][:3]} {monday.year}"
    if m := _QUARTER.match(value):
        return f"Q{m[2]} {m[1]}"
    if m := _SEASON.match(value):
        return f"{_SEASONS[m[2]]} {m[1]}"
    if m := _DECADE.match(value):
        return f"the {m[1]}0s"
    return value
