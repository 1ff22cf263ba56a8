"""Offices the articles give people: 'President Xi Jinping', 'Mr. Xi, the Chinese president'.

Only titles written right next to a name count: before it ('Chinese premier Xi
Jinping', 'The president, Moon Jae-in,') or as an apposition after it ('Moon Jae-in,
South Korea's new president'). Offices are normalised ('premier' and 'prime minister'
are one office) so two articles can be compared; titles marked as past or pending
('former', 'then-', '-elect') are kept but flagged, since they do not state a current
office.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dossier.story.context import StoryInput
from dossier.story.facts import STOPWORDS, ActorIndex, quoted_prefix

# Surface form -> normalised office. Longer forms first so 'vice president' wins.
_OFFICES = {
    "vice president": "vice president",
    "vice-president": "vice president",
    "prime minister": "prime minister",
    "premier": "prime minister",
    "president": "president",
    "chancellor": "chancellor",
    "supreme leader": "supreme leader",
    "king": "king",
    "queen": "queen",
    "emperor": "emperor",
    "secretary of state": "secretary of state",
    "secretary-general": "secretary-general",
    "secretary general": "secretary-general",
    "foreign minister": "foreign minister",
    "defense secretary": "defense secretary",
    "defence secretary": "defense secretary",
    "secretary of defense": "defense secretary",
    "defense minister": "defense minister",
    "defence minister": "defense minister",
    "national security adviser": "national security adviser",
    "national security advisor": "national security adviser",
    "treasury secretary": "treasury secretary",
    "finance minister": "finance minister",
    "attorney general": "attorney general",
    "governor": "governor",
    "senator": "senator",
    "mayor": "mayor",
    "ambassador": "ambassador",
}
_OFFICE_RE = "|".join(sorted((re.escape(o) for o in _OFFICES), key=len, reverse=True))
_PAST = re.compile(r"\b(?:former|then|ex|late|onetime|outgoing|acting|incoming)\b[\s-]*", re.I)
_QUALIFIER = r"(?:(?:[A-Z][\w.’'-]*|new|de facto|longtime)\s+){0,3}"
_BEFORE = re.compile(
    r"(?P<title>(?i:\b(?:former|then|ex|late|onetime|outgoing|acting|incoming)[\s-]+)?"
    + _QUALIFIER
    + r"\b(?P<office>(?i:"
    + _OFFICE_RE
    + r")))(?P<elect>-elect)?(?P<comma>,)?\s+$"
)
_AFTER = re.compile(
    r"^,\s+(?:the\s+|a\s+|an\s+)?(?P<title>(?i:(?:former|then|ex|late|onetime|outgoing|acting|"
    r"incoming)[\s-]+)?" + _QUALIFIER + r"(?P<office>(?i:" + _OFFICE_RE + r")))(?P<elect>-elect)?\b"
    r"(?!\s+(?:of|for|at)\s+(?:the\s+)?[A-Z][\w]*\s+(?:Center|Institute|University|Council|"
    r"Foundation|Company|Corporation|Bank|Group|Project|Association))"
    # 'with Primakov, Foreign Minister Igor Ivanov and ...': a list, the title is Ivanov's.
    r"(?!\s+(?:[A-Z][\w.’'-]*\s+)*[A-Z][\w’'-]+(?:\s|,|\.|$))"
)


@dataclass(frozen=True)
class TitleObservation:
    """One office given to one person at one place of one article."""

    person: str
    office: str
    title: str
    current: bool
    article_id: str
    start: int
    end: int
    sentence_start: int
    sentence_end: int


def find_titles(story: StoryInput, actors: ActorIndex) -> list[TitleObservation]:
    """Every office written next to a person's name, in story order."""
    out: list[TitleObservation] = []
    for article in story.articles:
        analysis = story.analyses[article.id]
        text = article.text
        sentences = sorted((s.start, s.end) for s in analysis.sentences)
        quoted = quoted_prefix(text)
        for mention in analysis.mentions:
            key = actors.key(mention)
            if key not in actors.person_keys:
                continue
            if quoted[mention.end] - quoted[mention.start]:
                continue  # 'introduced her as "President Clinton"': a voice, not the outlet
            sentence = next(
                ((s, e) for s, e in sentences if s <= mention.start < e), (0, len(text))
            )
            found = _before(text, mention.start, mention.end, sentence[0]) or _after(
                text, mention.end, sentence[1]
            )
            if found is None:
                continue
            title, office, t_start, t_end, current = found
            out.append(
                TitleObservation(
                    person=key,
                    office=office,
                    title=title,
                    current=current,
                    article_id=article.id,
                    start=min(t_start, mention.start),
                    end=max(t_end, mention.end),
                    sentence_start=sentence[0],
                    sentence_end=sentence[1],
                )
            )
    return out


def _before(text: str, start: int, end: int, floor: int) -> tuple[str, str, int, int, bool] | None:
    window_start = max(floor, start - 60)
    match = _BEFORE.search(text[window_start:start])
    if not match:
        return None
    if match.group("comma") and not _comma_apposition(text, window_start + match.start(), end):
        return None
    title = match.group("title").strip()
    t_start = window_start + match.start("title")
    while " " in title and title.split()[0].lower() in STOPWORDS and not _PAST.match(title):
        first = title.split()[0]
        t_start += len(first) + 1
        title = title[len(first) :].lstrip()
    current = not (_PAST.search(title) or match.group("elect"))
    return title, _OFFICES[match.group("office").lower()], t_start, start, current


def _comma_apposition(text: str, title_start: int, name_end: int) -> bool:
    """'The president, Moon Jae-in, halted' names Moon; 'for the position of foreign
    minister, Netanyahu said' does not: the title must open with a determiner and the
    name must close the apposition with a comma."""
    phrase = text[max(0, title_start - 12) : text.rfind(",", title_start, name_end)]
    opened = re.search(r"(?:^|[\s“\"(])(?:the|a|an|its|his|her|their)\s", phrase, re.I)
    opened = opened or re.search(r"\w['’]s\s", phrase)
    return bool(opened) and text[name_end : name_end + 1] == ","


def _after(text: str, end: int, ceiling: int) -> tuple[str, str, int, int, bool] | None:
    window = text[end : min(ceiling, end + 80)]
    match = _AFTER.search(window)
    if not match:
        return None
    title = match.group("title").strip()
    current = not (_PAST.search(title) or match.group("elect"))
    return (
        title,
        _OFFICES[match.group("office").lower()],
        end + match.start("title"),
        end + match.end("title"),
        current,
    )


_ROLE = re.compile(
    r"\b(?:"
    + _OFFICE_RE
    + r"|director|professor|chair(?:man|woman)?|head|chief|spokes(?:man|woman|"
    r"person)|minister|secretary|adviser|advisor|analyst|official|envoy|ambassador|founder|"
    r"executive|editor|researcher|fellow|economist|member|leader|commander|general)\b",
    re.IGNORECASE,
)
_APPOSITION = re.compile(
    r"^,\s+(?P<desc>(?:(?:a|an|the|who)\s+)?(?:[^,.;:“”\"()]|(?<=\b[A-Z])\.){3,120}?)(?=,|\.|;|$)"
)


def find_descriptions(story: StoryInput, actors: ActorIndex) -> dict[str, list[str]]:
    """Person key -> appositions the articles give ('director of China Policy at ...').

    An apposition is the comma phrase right after a name that starts with an article or
    'who', or names a role in its first words ('Melanie Hart, director of ...'); anything
    else there is a verb phrase or a list ('Mr. Trump, frustrated by ...').
    """
    out: dict[str, list[str]] = {}
    for article in story.articles:
        text = article.text
        for mention in story.analyses[article.id].mentions:
            key = actors.key(mention)
            if key not in actors.person_keys:
                continue
            match = _APPOSITION.match(text[mention.end : mention.end + 140])
            if not match:
                continue
            desc = match.group("desc").strip()
            first = desc.split()[0].lower()
            if first not in ("a", "an", "the", "who") and not _ROLE.search(
                " ".join(desc.split()[:4])
            ):
                continue
            out.setdefault(key, [])
            if desc not in out[key]:
                out[key].append(desc)
    return out
