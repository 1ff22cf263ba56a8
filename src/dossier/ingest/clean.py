"""Clean an article body: drop boilerplate lines and bylines, keep the prose exact.

Cleaning only ever removes whole lines (photo placeholders, credits, share and
subscribe prompts, bylines); it never rewrites a sentence, so every character span
later computed on the body is a span of the text the outlet published.
"""

from __future__ import annotations

import datetime as dt
import re

from pydantic import BaseModel, Field

_BOILERPLATE = [
    r"(placeholder\s+)?(photo|image|video|picture|graphic|gallery)s?",
    r"(photo|image|picture)\s*(credit)?\s*[:|].{0,120}",
    r"credit\s*[:|].{0,120}",
    r"\(?(photo|image|picture)s?\s+(by|courtesy of|via)\b.{0,120}",
    r".{0,80}\b(AP|Getty Images|Reuters|AFP|EPA|Shutterstock)\s+Photo\b.{0,60}",
    r"(share|tweet|email|print|comment)(\s+(this|on|via)\b.{0,40})?",
    r"share\s+(this|on).{0,60}",
    r"(subscribe|sign up|click here|follow us|like us)\b.{0,120}",
    r"(advertisement|supported by|continue reading( the main story)?|read more)\.?:?.{0,0}",
    r"(related|read more|see also)\s*:.{0,160}",
    r"(listen|watch)\s+(to\s+)?(this|the)\s+(article|story|video).{0,60}",
    r"\d+\s+comments?",
    r"(this|the) (article|story) (has been|was) (updated|corrected).{0,200}",
    # staff credits: "Associated Press writer Jane Doe in Boston contributed to this
    # report.", "Reporting by Jane Doe; Editing by John Roe": the names are the outlet's
    # staff, not people of the story
    r".{0,160}\bcontributed\s+(reporting\s+)?(to|for)\s+this\s+(report|story|article)\.?",
    r"(additional\s+)?reporting\s+by\s+[^.;]{1,120};\s*(writing|editing)\s+by\s+.{1,120}",
]
_BOILERPLATE_RE = re.compile(r"^\s*(?:" + "|".join(_BOILERPLATE) + r")\s*$", re.IGNORECASE)

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH_RE = (
    r"(?P<month>(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
    r"aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?))\.?"
)
_NAME = r"[A-Z][\w'’.\-]*(?:\s+(?:[A-Z][\w'’.\-]*|de|van|von|da|al|bin|and))*"
_BYLINE_RE = re.compile(
    r"^\s*By\s+(?P<author>" + _NAME + r")"
    r"(?:\s*[,|·•—–-]?\s*" + _MONTH_RE + r"\s+(?P<day>\d{1,2}),?\s+(?P<year>\d{4}))?"
    r"(?:\s*(?:,|\bin\b|\bfor\b|[|·•—–-])\s*(?P<outlet>[A-Z][\w'’&.\- ]{1,60}?))?\s*\.?\s*$",
)
_WIRE_RE = re.compile(
    r"\((?P<wire>AP|Reuters|AFP|Bloomberg|Xinhua|UPI|dpa)\)"
    r"|^\s*(?:—|-|–)?\s*"
    r"(?P<wire2>The Associated Press|Associated Press|Reuters|Agence France-Presse)\s*$",
    re.MULTILINE,
)
_WIRE_NAMES = {
    "AP": "Associated Press",
    "The Associated Press": "Associated Press",
    "AFP": "Agence France-Presse",
}


class Byline(BaseModel):
    author: str | None = None
    published: dt.date | None = None
    outlet: str | None = None


class CleanText(BaseModel):
    """A cleaned body with what cleaning found and what it removed."""

    text: str
    title: str | None = None
    byline: Byline = Field(default_factory=Byline)
    wire: str | None = None
    removed_lines: list[str] = Field(default_factory=list)


def is_boilerplate(line: str) -> bool:
    """True for a line that is page furniture rather than article prose."""
    stripped = line.strip()
    if not stripped or len(stripped) > 200:
        return False
    return bool(_BOILERPLATE_RE.match(stripped))


def parse_byline(line: str) -> Byline | None:
    """Parse 'By NAME [DATE] [in OUTLET]'; None when the line is not a byline."""
    stripped = line.strip()
    if len(stripped) > 160:
        return None
    match = _BYLINE_RE.match(stripped)
    if not match:
        return None
    author = match.group("author").strip()
    if author.isupper():
        author = author.title()
    published = None
    if match.group("year"):
        month = _MONTHS[match.group("month").lower()[:3]]
        try:
            published = dt.date(int(match.group("year")), month, int(match.group("day")))
        except ValueError:
            published = None
    outlet = match.group("outlet")
    return Byline(author=author, published=published, outlet=outlet.strip() if outlet else None)


def _split_glued_byline(lines: list[str]) -> list[str]:
    """Split 'By X JUN. 15, 2017 in The New York TimesNext Headline' run into one line."""
    out: list[str] = []
    glued = re.compile(r"^(\s*By\s.{3,120}?\d{4}\s+in\s+[A-Z][\w.\- ]*?[a-z])([A-Z][a-z].*)$")
    for line in lines:
        match = glued.match(line)
        if match and parse_byline(match.group(1)):
            out.extend([match.group(1), match.group(2)])
        else:
            out.append(line)
    return out


def clean_text(raw: str, *, has_title: bool = False, edge_lines: int = 4) -> CleanText:
    """Remove boilerplate and bylines; take the first prose line as title unless given.

    Bylines are looked for among the first and last ``edge_lines`` non-empty lines only,
    so a sentence starting with 'By' in the middle of an article is never removed.
    """
    lines = _split_glued_byline(raw.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    removed: list[str] = []
    byline = Byline()
    nonempty = [i for i, line in enumerate(lines) if line.strip()]
    edges = set(nonempty[:edge_lines]) | set(nonempty[-edge_lines:])
    keep: list[str] = []
    for i, line in enumerate(lines):
        if line.strip() and is_boilerplate(line):
            removed.append(line.strip())
            continue
        if i in edges:
            found = parse_byline(line)
            if found is not None:
                removed.append(line.strip())
                byline = Byline(
                    author=byline.author or found.author,
                    published=byline.published or found.published,
                    outlet=byline.outlet or found.outlet,
                )
                continue
        keep.append(line.rstrip())
    title = None
    if not has_title and sum(1 for line in keep if line.strip()) > 1:  # a lone line is the text
        for i, line in enumerate(keep):
            if line.strip():
                candidate = line.strip()
                if (
                    (len(candidate) <= 200
                    and not candidate.endswith((".", "”", '"')))
                    or len(candidate) <= 120
                ):
                    title = candidate
                    del keep[i]
                break
    body = "\n".join(keep).strip("\n")
    body = re.sub(r"\n{3,}", "\n\n", body)
    wire_match = _WIRE_RE.search(body[:400]) or _WIRE_RE.search(body[-200:])
    wire = None
    if wire_match:
        name = wire_match.group("wire") or wire_match.group("wire2")
        wire = _WIRE_NAMES.get(name, name)
    return CleanText(text=body, title=title, byline=byline, wire=wire, removed_lines=removed)
