"""Photo captions left in an article's text by extraction.

A caption describes a picture, not the news: "FILE - In this 2012 photo, the mayor ..."
or a present-tense scene that ends on its full date ("Protesters hold flowers in Manama,
Bahrain, Saturday, Feb. 19, 2011."). Its date is when the photo was taken, so it belongs
neither in the summary nor on the timeline.
"""

from __future__ import annotations

import re

_FILE_PHOTO = re.compile(r"^\s*(?:FILE|PHOTO|AP PHOTO)\s*(?:--|[-—–:])", re.IGNORECASE)
_ENDS_ON_FULL_DATE = re.compile(
    r",\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}\.$"
)
_THIS_PHOTO = re.compile(
    r"\b(?:in|is shown in|are shown in|seen in) this\b(?:[^,.]|\.(?=\s*\d)|,\s*\d{4}|"
    r"(?<=[A-Z][a-z])\.){0,50}?\b(?:photo|photograph|image|picture|handout photo|video still)s?"
    r"(?:,|\s+(?:released|provided|taken|made|shot|obtained|courtesy|distributed)\b)",
    re.IGNORECASE,
)


def is_caption(sentence: str) -> bool:
    """True for a sentence that reads as a photo caption."""
    text = sentence.strip()
    return bool(
        _FILE_PHOTO.match(text) or _ENDS_ON_FULL_DATE.search(text) or _THIS_PHOTO.search(text)
    )
