"""An article's reference date when it has none: estimated from the dates it spells out.

The latest fully written day ("June 21, 2017") is the best guess of when a news
article was written; failing that, the latest month or year it names. Values that
depend on an estimated anchor are marked uncertain.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from dossier.analyze.timex.find import Scanned, find_in_text

_DAY = re.compile(r"^(\d{4})-(\d\d)-(\d\d)$")
_MONTH = re.compile(r"^(\d{4})-(\d\d)$")
_YEAR = re.compile(r"^(\d{4})$")


Precision = Literal["day", "month", "year"]
_RANK = {"day": 0, "month": 1, "year": 2}


def estimate_anchor(text: str, scanned: Scanned | None = None) -> dt.date | None:
    """Latest explicit day, else latest explicit month (its 15th), else year (July 1).

    ``scanned`` is ``find.scan(text)`` when the caller has it (saves a second scan)."""
    found = estimate_anchor_precision(text, scanned)
    return found[0] if found else None


def estimate_anchor_precision(
    text: str, scanned: Scanned | None = None
) -> tuple[dt.date, Precision] | None:
    """``estimate_anchor`` with how much of it the text gave: a day, a month or a year."""
    days, months, years = [], [], []
    for found in find_in_text(text, None, scanned=scanned):
        if m := _DAY.match(found.value):
            days.append(dt.date(int(m[1]), int(m[2]), int(m[3])))
        elif m := _MONTH.match(found.value):
            months.append(dt.date(int(m[1]), int(m[2]), 15))
        elif m := _YEAR.match(found.value):
            years.append(dt.date(int(m[1]), 7, 1))
    pools: tuple[tuple[list[dt.date], Precision], ...] = (
        (days, "day"), (months, "month"), (years, "year")
    )  # fmt: skip
    for pool, precision in pools:
        if pool:
            return max(pool), precision
    return None


def within_precision(text: str, value: str, precision: Precision) -> str | None:
    """The value of ``text`` that an anchor known only to ``precision`` supports.

    An anchor estimated from a year alone cannot say which Monday "Monday" was, or which
    day "yesterday" was: such a value falls back to what the words alone give
    ("XXXX-WXX-1") or to nothing. A value whose finer parts are written out ("June 21"
    against a year) keeps them: only its year came from the anchor."""
    from dossier.analyze.timex import normalize  # the package imports this module

    if precision == "day":
        return value
    free = normalize(text, None)
    free_value = free.value if free else None
    if free_value and free_value.startswith("XXXX-") and "W" not in free_value:
        return value  # month and day are written; the anchor gave the year
    if _RANK[_granularity(value)] >= _RANK[precision]:
        return value
    return free_value


def _granularity(value: str) -> Precision:
    if _YEAR.match(value):
        return "year"
    if _MONTH.match(value):
        return "month"
    return "day"  # days, weeks, times of day


def depends_on_anchor(text: str, value: str) -> bool:
    """Whether ``value`` was computed from the anchor rather than written out in ``text``."""
    if value.startswith("P") or value.startswith("XXXX") or value.endswith("_REF"):
        return False
    return not re.search(r"\d{4}|'\d0s", text)
