"""An article's reference date when it has none: estimated from the dates it spells out.

The latest fully written day ("June 21, 2017") is the best guess of when a news
article was written; failing that, the latest month or year it names. Values that
depend on an estimated anchor are marked uncertain.
"""

from __future__ import annotations

import datetime as dt
import re

from dossier.analyze.timex.find import Scanned, find_in_text

_DAY = re.compile(r"^(\d{4})-(\d\d)-(\d\d)$")
_MONTH = re.compile(r"^(\d{4})-(\d\d)$")
_YEAR = re.compile(r"^(\d{4})$")


def estimate_anchor(text: str, scanned: Scanned | None = None) -> dt.date | None:
    """Latest explicit day, else latest explicit month (its 15th), else year (July 1).

    ``scanned`` is ``find.scan(text)`` when the caller has it (saves a second scan)."""
    days, months, years = [], [], []
    for found in find_in_text(text, None, scanned=scanned):
        if m := _DAY.match(found.value):
            days.append(dt.date(int(m[1]), int(m[2]), int(m[3])))
        elif m := _MONTH.match(found.value):
            months.append(dt.date(int(m[1]), int(m[2]), 15))
        elif m := _YEAR.match(found.value):
            years.append(dt.date(int(m[1]), 7, 1))
    for pool in (days, months, years):
        if pool:
            return max(pool)
    return None


def depends_on_anchor(text: str, value: str) -> bool:
    """Whether ``value`` was computed from the anchor rather than written out in ``text``."""
    if value.startswith("P") or value.startswith("XXXX") or value.endswith("_REF"):
        return False
    return not re.search(r"\d{4}|'\d0s", text)
