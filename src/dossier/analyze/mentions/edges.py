"""Where one entity's name starts and ends: an entity trimmed to a ``RawMention``.

A name loses what the tagger glued to it: a clock time, an interview's "Q.", a line's
opening verb, a possessive ending, a title before a person's name (kept as the mention's
``title``), a slash or spaced dash after it ("Jane Doe/Invision/AP"), a date ("Comedy
Central October 29th") and a rank that opens the next person's name ("San Diego Police
Sgt. Tom Sullivan"); a surname particle and an honorific before it join it, as does a
"Jr." the tagger cut off.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dossier.analyze.mentions.names import (
    GENERATIONAL,
    HONORIFICS,
    ORG_HEADS,
    POSSESSIVE_TOKENS,
    SURNAME_PARTICLES,
    TITLE_WORDS,
)
from dossier.analyze.mentions.raw import RawMention
from dossier.analyze.nlp import text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_LABELS = {
    "PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE", "NORP": "NORP",
    "LOC": "LOC", "FAC": "FAC", "EVENT": "EVENT",
}  # fmt: skip
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")


def suffixes_joined(doc: Doc, raws: list[RawMention]) -> list[RawMention]:
    """The tagger cuts "Lon Chaney Jr." into "Chaney" and "Jr.": a generational suffix
    tagged alone belongs to the name before it, and names nobody on its own."""
    out: list[RawMention] = []
    for r in raws:
        if r.text.lower() not in GENERATIONAL:
            out.append(r)
            continue
        prev = out[-1] if out else None
        if prev is None or prev.label != "PERSON":
            continue
        gap = doc[prev.end : r.start]
        if len(gap) <= 1 and all(t.text == "," for t in gap):
            prev.end, prev.end_char = r.end, r.end_char
            prev.text = text_of(doc)[prev.start_char : r.end_char]
    return out


def from_ent(doc: Doc, ent: Span) -> RawMention | None:
    label = _LABELS.get(ent.label_)
    if label is None:
        return None
    start, end = ent.start, ent.end
    while start < end and _is_clock(doc[start]):
        start += 1  # a live blog's "12:55 A.M. Hamas says ..."
    if end - start > 1 and doc[start].text == "Q." and opens_line(doc, start):
        start += 1  # an interview's question: "Q. Mobil is the second-biggest ..."
    if all(t.lower_ in _TIME_ZONES or t.is_punct for t in doc[start:end]):
        return None  # "GMT", "5:57pm PDT"
    if _cuts_a_code(doc, start, end):
        return None  # "EV" of a virus "EV-D68"
    if (
        end - start > 1
        and doc[start].pos_ in _NOT_NAME_POS
        and (doc[start].is_sent_start or opens_line(doc, start))
        and all(t.pos_ == "PROPN" for t in doc[start + 1 : end])
    ):
        start += 1  # a line's "Add Donald Trump to alerts", "Inside Hamas, ..."
    while end > start and doc[end - 1].text in POSSESSIVE_TOKENS:
        end -= 1
    while end > start and doc[end - 1].is_punct:
        end -= 1
    title_words: list[str] = []
    if label == "PERSON":
        while end - start > 1 and (doc[start].lower_ in TITLE_WORDS or _first_lady(doc, start)):
            title_words.append(doc[start].lower_)
            start += 1
        title_end = _title_phrase_end(doc, start, end)
        title_words += [t.lower_ for t in doc[start:title_end]]
        start = title_end
        title_words = _preceding_title(doc, start) + title_words
        while start > 0 and doc[start - 1].text in SURNAME_PARTICLES:
            start -= 1  # "F.W. de Klerk" the tagger cut to "Klerk": the surname is "de Klerk"
        if (
            start > 0
            and doc[start - 1].lower_ in HONORIFICS
            and doc[start].lower_ not in HONORIFICS
        ):
            start -= 1
    if label == "PERSON":
        end = _name_break(doc, start, end)
        if end - start > 1 and _rank_before_person(doc, end - 1):
            end -= 1  # "Springfield Lt. Mary Hodges": the town's officer, then the woman
            label = _label_elsewhere(doc, doc[start:end].text) or "ORG"
    if end <= start or (label == "PERSON" and end - start == 1 and _is_rank(doc[start])):
        return None  # "Sgt." alone names nobody
    if label != "PERSON":
        end = _date_break(doc, start, end)
    if label == "ORG":
        end = max(start + 1, _org_end(doc, end))
        while end - start > 1 and _rank_before_person(doc, end - 1):
            end -= 1  # "San Diego Police Sgt. Tom Sullivan": the force, then the man
    text = text_of(doc)[doc[start].idx : doc[end - 1].idx + len(doc[end - 1].text)]
    text = _POSSESSIVE.sub("", text)
    if not text.strip():
        return None
    return RawMention(
        start=start, end=end, label=label, start_char=doc[start].idx,
        end_char=doc[start].idx + len(text), text=text,
        title=" ".join(title_words) or None,
    )  # fmt: skip


def _first_lady(doc: Doc, i: int) -> bool:
    """"(First) Lady Melania Trump": "First Lady" is her title, not her name ("Lady Gaga"
    keeps it); left in, it keyed her as "lady trump", and the bare "Trump"s after it
    went to her."""
    word = doc[i].lower_
    if word == "first":
        return i + 1 < len(doc) and doc[i + 1].lower_ == "lady"
    return word == "lady" and i > 0 and doc[i - 1].lower_ == "first"


def _title_phrase_end(doc: Doc, start: int, end: int) -> int:
    """"Medical Fellow Hayley Goldbach", "Senior Research Fellow Ann Lee": capitalised
    words ending in a title word before a name of two words or more are the title."""
    last = max(
        (t.i for t in doc[start : end - 2] if t.lower_ in TITLE_WORDS), default=None
    )
    if last is None or not all(t.is_title for t in doc[start : last + 1]):
        return start
    return last + 1


_MONTHS = {
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "jan.", "feb.", "aug.", "sept.",
    "oct.", "nov.", "dec.",
}  # fmt: skip
_DAY = re.compile(r"\d{1,2}(?:st|nd|rd|th)?")


def _date_break(doc: Doc, start: int, end: int) -> int:
    """A name does not run into a date: "airs on Comedy Central October 29th"."""
    for tok in doc[start + 1 : end]:
        after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if tok.lower_ in _MONTHS and after is not None and _DAY.fullmatch(after.text):
            return tok.i
    return end


_DASHES = {"-", "–", "—"}


def _name_break(doc: Doc, start: int, end: int) -> int:
    """A person's name does not run over a slash or a spaced dash: a photo credit "Jane
    Doe/Invision/AP" or a signature "Dana W. White - DoD" ends at the name."""
    for tok in doc[start + 1 : end]:
        if tok.text == "/" or (tok.text in _DASHES and doc[tok.i - 1].whitespace_):
            return tok.i
    return end


def _label_elsewhere(doc: Doc, text: str) -> str | None:
    """The label other than PERSON the tagger gives these words elsewhere in the text."""
    labels = (_LABELS.get(e.label_) for e in doc.ents if e.text == text)
    return next((label for label in labels if label and label != "PERSON"), None)


_CLOCK = re.compile(r"\d{1,2}(?::\d\d)?[ap]\.?m\.?|\d{1,2}:\d\d|[ap]\.?m\.?", re.IGNORECASE)
_TIME_ZONES = {
    "gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "bst", "cet",
    "cest", "ist", "jst", "kst", "aest",
}  # fmt: skip


_NOT_NAME_POS = {"VERB", "ADP", "SCONJ", "PRON", "ADV"}


_RANKS = {
    "sgt", "sergeant", "lt", "lieutenant", "capt", "captain", "cpl", "corporal", "det",
    "col", "maj", "gen", "adm", "cmdr", "brig",
    "detective", "officer", "chief", "sheriff", "deputy", "commissioner", "spokesman",
    "spokeswoman", "spokesperson", "director", "president", "chairman", "chairwoman",
}  # fmt: skip


def _is_rank(tok: Token) -> bool:
    return tok.lower_.rstrip(".") in _RANKS


def _rank_before_person(doc: Doc, i: int) -> bool:
    """A rank or title ending an organisation's name and followed by a person's."""
    if not _is_rank(doc[i]):
        return False
    j = i + 1
    while j < len(doc) and doc[j].text == ".":
        j += 1
    return j < len(doc) and doc[j].ent_type_ == "PERSON" and doc[j].ent_iob_ == "B"


def _cuts_a_code(doc: Doc, start: int, end: int) -> bool:
    """A name ending or starting inside a hyphenated code with a digit ("EV" or "D68" of
    "EV-D68"): the tagger read a part of a strain's or a model's code as a name."""
    after = doc[end : end + 2] if end + 1 < len(doc) else None
    if after is not None and not doc[end - 1].whitespace_ and after[0].text == "-":
        whole = doc[start : end + 2]
        return not after[0].whitespace_ and any(c.isdigit() for c in whole.text)
    if start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_:
        whole = doc[start - 2 : end]
        return not doc[start - 2].whitespace_ and any(c.isdigit() for c in whole.text)
    return False


def opens_line(doc: Doc, i: int) -> bool:
    return i == 0 or "\n" in doc[i - 1].text or "\n" in doc[i - 1].whitespace_


def _is_clock(tok: Token) -> bool:
    """A clock time or its "a.m."/"P.M." the tagger glued to the name after it."""
    return _CLOCK.fullmatch(tok.text) is not None


def _org_end(doc: Doc, end: int) -> int:
    """The tagger stops short of a number that ends a name: "the Group" or "the Group of"
    in "the Group of 20"; a name left ending in "of" is cut back to its head otherwise."""
    last = doc[end - 1].lower_
    if end < len(doc) and last == "of" and doc[end].like_num:
        return end + 1
    if end + 1 < len(doc) and last in ORG_HEADS and doc[end].lower_ == "of":
        return end + 2 if doc[end + 1].like_num else end
    return end - 1 if last in ("of", "for", "and") and end > 1 else end


def _preceding_title(doc: Doc, start: int) -> list[str]:
    """Title words right before a name: 'President', 'Chinese premier', 'Prime Minister'."""
    words: list[str] = []
    i = start - 1
    while i >= 0 and start - i <= 4:
        tok = doc[i]
        if tok.lower_ in TITLE_WORDS or (words and tok.ent_type_ == "NORP"):
            words.insert(0, tok.lower_)
            i -= 1
            continue
        break
    if words and words[-1] in {"vice", "deputy", "foreign", "state", "senior", "chief"}:
        return []
    return words
