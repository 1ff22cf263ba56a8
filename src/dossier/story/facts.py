"""Fact units: the clauses of every article, with the words, actors and quantities they state.

Claims, discrepancies and the outlet comparison all compare articles at this grain, so
the units are cut once here. Everything is derived from ``ArticleAnalysis`` (sentences
and mentions) and plain text rules: spaCy never runs in the story stage.

A clause is a sentence, or a part of one cut at ``;`` or at ``, and``/``, but`` when both
sides are long enough to state something on their own ("the State Department introduced
sanctions, and greenlighted a $1.4 billion arms sale" holds two facts).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections import Counter
from dataclasses import dataclass, field

from dossier.model import Mention
from dossier.story.captions import is_caption
from dossier.story.context import StoryInput

MIN_CLAUSE_WORDS = 4

STOPWORDS = frozenset(
    """
    a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each
    few for from further had has have having he her here hers herself him himself his
    how i if in into is it its itself just me more most my myself no nor not now of off
    on once only or other our ours out over own same she should so some such than that
    the their theirs them themselves then there these they this those through to too
    under until up very was we were what when where which while who whom why will with
    would you your yours mr mrs ms dr said says say told according per via s t like may
    might must shall also us one it's last next ago later earlier recent recently still
    even much just only time times week weeks month months year years day days today
    yesterday tomorrow official officials leader leaders government administration
    people new former senior thousand million billion trillion two three four five six
    seven eight nine ten
    """.split()  # noqa: SIM905 (a word list reads better as text)
)
_HONORIFIC = re.compile(
    r"^(?:the\s+)?(?:mr|mrs|ms|dr|prof|professor|president|premier|prime minister|secretary|"
    r"gen|general|sen|senator|rep|gov|governor|judge|justice|king|queen|prince|"
    r"chancellor|minister)\.?\s+",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d,]*(?:\.\d+)?")
_SUFFIXES = (
    "ational",
    "ization",
    "fulness",
    "ousness",
    "iveness",
    "ations",
    "ation",
    "ities",
    "ments",
    "ingly",
    "ively",
    "ement",
    "ment",
    "ness",
    "ings",
    "able",
    "ible",
    "ance",
    "ence",
    "ing",
    "ity",
    "ive",
    "ion",
    "ies",
    "ied",
    "ers",
    "ed",
    "es",
    "er",
    "ly",
    "al",
    "s",
)
_CLAUSE_CUT = re.compile(r";\s+|,\s+(?:and|but|while|whereas)\s+(?!(?:a|an|the|two|three)\s+\S+,)")

# Demonyms and alternative names for actors that outlets use interchangeably.
ACTOR_ALIASES = {
    "american": "united states",
    "americans": "united states",
    "u.s.": "united states",
    "us": "united states",
    "america": "united states",
    "usa": "united states",
    "chinese": "china",
    "japanese": "japan",
    "russian": "russia",
    "russians": "russia",
    "north korean": "north korea",
    "north koreans": "north korea",
    "south korean": "south korea",
    "south koreans": "south korea",
    "taiwanese": "taiwan",
    "british": "united kingdom",
    "britain": "united kingdom",
    "u.k.": "united kingdom",
    "french": "france",
    "german": "germany",
    "iranian": "iran",
    "israeli": "israel",
    "indian": "india",
    "ukrainian": "ukraine",
    "korean": "korea",
    "european": "europe",
    "syrian": "syria",
    "turkish": "turkey",
}


@functools.lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude suffix stripper: enough to meet 'captive' and 'captivity', 'sale' and 'sales'.

    A word ending in 'e' only loses the 'e', and a stripped stem loses a final 'e' too,
    so 'release' and 'released' meet, and 'captive' is not cut to 'capt'.
    """
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    if word.endswith("e"):
        return _drop_e(word)
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return _drop_e(word[: -len(suffix)])
    return word


def _drop_e(word: str) -> str:
    return word[:-1] if word.endswith("e") and len(word) > 4 else word


def content_stems(text: str, skip: list[tuple[int, int]] | None = None) -> list[str]:
    """Stems of the content words of ``text`` (no stopwords, no bare numbers).

    ``skip`` holds spans (offsets into ``text``) of names: an actor counts once, as an
    actor key, rather than once per word of its name.
    """
    out = []
    for match in _TOKEN.finditer(text):
        if skip and any(s <= match.start() < e for s, e in skip):
            continue
        low = match.group().lower().replace("’", "'")
        if low.endswith("'s"):
            low = low[:-2]
        if low in STOPWORDS or low[0].isdigit() or len(low) < 2:
            continue
        out.append(low if match.group()[0].isupper() and match.start() > 0 else stem(low))
    return out


def normalize_name(text: str) -> str:
    """Lower-case name without honorifics, a leading 'the' or a possessive ending."""
    name = _POSSESSIVE.sub("", text.strip())
    previous = None
    while previous != name:
        previous = name
        name = _HONORIFIC.sub("", name)
    name = re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)
    return " ".join(name.lower().split())


@dataclass
class ActorIndex:
    """Story-wide actor keys: 'Mr. Xi', 'Xi' and 'Xi Jinping' share one key.

    A person name maps to the one longest person name of the story that contains all its
    words; an ORG or LOC mention whose text is such a person's name is that person (the
    tagger sometimes calls 'Trump' an organisation); demonyms map to their country.
    """

    keys: dict[str, str] = field(default_factory=dict)
    display: dict[str, str] = field(default_factory=dict)
    person_keys: set[str] = field(default_factory=set)
    _memo: dict[tuple[str, str], str | None] = field(default_factory=dict, repr=False)

    @classmethod
    def build(cls, story: StoryInput) -> ActorIndex:
        index = cls()
        people: Counter[str] = Counter()
        surface: dict[str, Counter[str]] = {}
        all_mentions = [m for a in story.articles for m in story.analyses[a.id].mentions]
        for m in all_mentions:
            if m.label == "PERSON":
                people[normalize_name(m.text)] += 1
        full = [p for p in people if p]
        for name in full:
            words = set(name.split())
            longer = [p for p in full if p != name and words < set(p.split())]
            maximal = [
                p for p in longer if not any(set(p.split()) < set(q.split()) for q in longer)
            ]
            index.keys[name] = maximal[0] if len(maximal) == 1 else name
        index.person_keys = set(index.keys.values())
        for m in all_mentions:
            key = index.key(m)
            if key:
                surface.setdefault(key, Counter())[_POSSESSIVE.sub("", m.text.strip())] += 1
        for key, forms in surface.items():
            # The name as written, without honorifics: 'Xi Jinping', not 'Mr. Xi'.
            plain: Counter[str] = Counter()
            for form, n in forms.items():
                bare = form
                while _HONORIFIC.match(bare):
                    bare = _HONORIFIC.sub("", bare, count=1)
                plain[re.sub(r"^the\s+", "", bare, flags=re.IGNORECASE)] += n
            exact = {f: n for f, n in plain.items() if normalize_name(f) == key}
            pool = exact or plain
            index.display[key] = max(pool.items(), key=lambda kv: (kv[1], len(kv[0]), kv[0]))[0]
        return index

    def key(self, mention: Mention) -> str | None:
        """The actor key of a mention (memoised: every stage asks for every mention)."""
        memo = (mention.text, mention.label)
        if memo not in self._memo:
            self._memo[memo] = self._key(mention)
        return self._memo[memo]

    def _key(self, mention: Mention) -> str | None:
        name = normalize_name(mention.text)
        if not name:
            return None
        if name in self.keys:
            return self.keys[name]
        if mention.label in ("GPE", "NORP", "LOC"):
            return ACTOR_ALIASES.get(name, name)
        return name

    def name(self, key: str) -> str:
        return self.display.get(key, key.title())


@dataclass(frozen=True)
class Quantity:
    """A number with its unit, e.g. 18 months, $1.4 billion, 45 percent."""

    value: float
    unit: str
    low: float
    high: float
    start: int
    end: int
    text: str


@dataclass
class FactUnit:
    """One clause of one article, with what it states."""

    article_id: str
    start: int
    end: int
    text: str
    sentence_start: int
    sentence_end: int
    stems: list[str]
    actors: set[str]
    quantities: list[Quantity]
    dates: list[str] = field(default_factory=list)  # values of explicitly written days
    quoted: float = 0.0

    @property
    def words(self) -> int:
        return len(self.text.split())


def split_clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut a sentence ``text[start:end]`` into clauses that each hold enough words."""
    sentence = text[start:end]
    quoted = quoted_ranges(sentence)  # a speaker's "X, while Y" is one statement
    cuts = [0]
    for match in _CLAUSE_CUT.finditer(sentence):
        if any(s < match.start() < e for s, e in quoted):
            continue
        cuts.append(match.start())
        cuts.append(match.end())
    cuts.append(len(sentence))
    pieces = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts), 2)]
    merged: list[list[int]] = []
    for s, e in pieces:
        if merged and (
            len(sentence[s:e].split()) < MIN_CLAUSE_WORDS
            or len(sentence[merged[-1][0] : merged[-1][1]].split()) < MIN_CLAUSE_WORDS
        ):
            merged[-1][1] = e
        else:
            merged.append([s, e])
    return [(start + s, start + e) for s, e in merged]


_EXPLICIT_DAY = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|"
    r"\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|"
    r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b",
    re.IGNORECASE,
)


_DAY_RANGE = re.compile(r"\s*[-–]\s*\d")  # 'Nov. 12-18': a span of days, not one day


def explicit_day(text: str) -> bool:
    """True for 'May 24' or '2017-05-24'; false for 'April' or 'Sunday', whose day is inferred."""
    return bool(_EXPLICIT_DAY.search(text))


def quoted_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges inside quotation marks, over the whole article.

    Quotes often run across sentences ("It's not an either-or. We operate ..."), so
    quotedness is decided on the article, then measured per clause.
    """
    ranges = []
    for match in re.finditer(r"“[^”]*”|\"[^\"]*\"", text):
        ranges.append((match.start(), match.end()))
    return ranges


def quoted_prefix(text: str) -> list[int]:
    """Running count of quoted characters: ``p[j] - p[i]`` is how many of ``[i, j)`` are."""
    mask = bytearray(len(text))
    for s, e in quoted_ranges(text):
        mask[s:e] = b"\x01" * (e - s)
    return [0, *itertools.accumulate(mask)]


def quoted_share(prefix: list[int], start: int, end: int) -> float:
    """Share of ``[start, end)`` inside quotation marks (a quote is a voice, not a fact)."""
    return (prefix[end] - prefix[start]) / max(1, end - start)


_APPOSITION_AFTER = re.compile(r",\s+((?:the|a|an)\s+[^,;:“”\"]{3,60}?),")
_APPOSITION_BEFORE = re.compile(r"(?:^|,\s+)((?:the|a|an)\s+[^,;:“”\"]{3,60}?),\s+$")


def appositions(clause: str, names: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of descriptions set off by commas next to a person's name ('Billy Hunter,
    the union's executive director,'): they say who someone is, not what happened, and
    a story repeats them in every other clause."""
    out = []
    for s, e in names:
        after = _APPOSITION_AFTER.match(clause, e)
        if after:
            out.append(after.span(1))
        before = _APPOSITION_BEFORE.search(clause[:s])
        if before:
            out.append(before.span(1))
    return out


def _blank_names(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the given spans turned to spaces, offsets unchanged."""
    for s, e in spans:
        text = text[:s] + " " * (e - s) + text[e:]
    return text


def build_units(story: StoryInput, actors: ActorIndex) -> list[FactUnit]:
    """Every clause of every article, in story order."""
    from dossier.story.quantities import find_quantities

    units: list[FactUnit] = []
    for article in story.articles:
        analysis = story.analyses[article.id]
        text = article.text
        mentions = sorted(analysis.mentions, key=lambda m: m.start)
        starts = [m.start for m in mentions]
        timexes = sorted(analysis.time_expressions, key=lambda t: t.start)
        quoted = quoted_prefix(text)
        for sentence in analysis.sentences:
            if is_caption(text[sentence.start : sentence.end]):
                continue  # a photo caption describes a picture, not what outlets report
            for s, e in split_clauses(text, sentence.start, sentence.end):
                clause = text[s:e]
                if len(clause.split()) < MIN_CLAUSE_WORDS:
                    continue
                first = bisect.bisect_left(starts, s)
                inside = [m for m in mentions[first:] if m.start < e and m.end <= e]
                keys = {actors.key(m) for m in inside}
                names = [(m.start - s, m.end - s) for m in inside]
                people = [(m.start - s, m.end - s) for m in inside if m.label == "PERSON"]
                units.append(
                    FactUnit(
                        article_id=article.id,
                        start=s,
                        end=e,
                        text=clause,
                        sentence_start=sentence.start,
                        sentence_end=sentence.end,
                        stems=content_stems(
                            _blank_names(clause, names + appositions(clause, people))
                        ),
                        actors={k for k in keys if k},
                        quantities=find_quantities(text, s, e),
                        dates=[
                            t.value
                            for t in timexes
                            if s <= t.start
                            and t.end <= e
                            and explicit_day(t.text)
                            and not _DAY_RANGE.match(text, t.end)
                        ],
                        quoted=quoted_share(quoted, s, e),
                    )
                )
    return units
