"""The tagger's labels corrected by what the article itself shows.

Headline-case fragments ("Trump Warns" as PERSON) are cut back to the name the body
uses; names ending in a place or organisation head noun ("... Reef", "... University")
take that type; a surname tagged ORG where the article tags it PERSON elsewhere becomes
PERSON, and "people" that are a company named with its legal suffix, a call sign in
capitals, a service "taken to" or owning an "account", or a country become things; a
home town after a person's age ("of Becket") is a place, and a three-word
"organisation" given a person's title ("spokeswoman Ann Berg Lee") is a person.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dossier.analyze.countries import country_of_capital, country_of_demonym, country_of_name
from dossier.analyze.mentions.names import (
    CORPORATE_SUFFIX,
    HONORIFICS,
    NAME_HEADS,
    ORG_HEADS,
    PLACE_HEADS,
    has_corporate_suffix,
    name_key,
    person_words,
    strip_honorific,
)
from dossier.analyze.mentions.raw import RawMention
from dossier.analyze.nlp import text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Roads the tagger calls organisations ("Wall Street", "Downing Street" often stand for
# a body, so streets are left to it).
_ROADS = {
    "boulevard", "avenue", "road", "highway", "freeway", "expressway", "parkway",
    "turnpike", "beltway",
}  # fmt: skip
# Place heads that are also common surnames ("John Park", "Ricki Lake"): a PERSON ending
# in one becomes a place only where the words before it say so ("in Gorky Park").
_SURNAME_PLACE_HEADS = {"park", "lake", "bay", "street", "bridge", "beach", "rivers"}
_LOCATIVE_WORDS = {"the", "in", "at", "near", "outside", "inside", "across", "through", "into"}
# Last words that decide what a name of several words is, whatever the tagger said:
# "Marin County" is a place, not a body; "the Secret Service" and "the Kent District
# Court" are bodies, not places; "San Diego Bay" is water, not a building.
_HEAD_LABELS = {
    **dict.fromkeys(("county", "province"), "GPE"),
    **dict.fromkeys(("bay", "river", "lake", "sea", "ocean", "gulf", "strait"), "LOC"),
    **dict.fromkeys(
        ("university", "college", "institute", "ministry", "department", "party", "council",
         "committee", "agency", "commission", "court", "administration", "senate",
         "parliament", "service", "foundation", "association"),
        "ORG",
    ),
}  # fmt: skip
_WORD = re.compile(r"[A-Za-z][\w’'-]*")


def headline_line_spans(text: str) -> list[tuple[int, int]]:
    """Lines written in headline case: most longer words capitalised, no full stop."""
    spans = []
    pos = 0
    for line in text.split("\n"):
        words = [w for w in _WORD.findall(line) if len(w) >= 4]
        if len(words) >= 3 and not line.rstrip().endswith("."):
            capital = sum(w[0].isupper() for w in words)
            if capital / len(words) >= 0.75:
                spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def fix_labels(
    doc: Doc, raws: list[RawMention], headlines: list[tuple[int, int]]
) -> list[RawMention]:
    def in_headline(r: RawMention) -> bool:
        return any(s <= r.start_char < e for s, e in headlines)

    for r in raws:
        if r.label == "ORG" and _titled_like_a_person(doc, r):
            r.label = "PERSON"  # "daycare spokeswoman Lissa Druss Christman"
    not_people = _one_word_non_people(doc, raws) | _companies_as_people(raws)
    not_people |= {r.text: "ORG" for r in raws if r.label == "PERSON" and _shouted_initials(doc, r)}
    body_person_words = {
        w.lower()
        for r in raws
        if r.label == "PERSON" and not in_headline(r) and r.text not in not_people
        for w in strip_honorific(r.text).split()
    }
    out: list[RawMention] = []
    for r in raws:
        tokens = doc[r.start : r.end]
        last = tokens[-1].lower_
        if r.label == "PERSON" and r.text in not_people:
            r.label = not_people[r.text]
        if r.label == "PERSON" and last in PLACE_HEADS and _named_as_place(doc, r, last):
            r.label = "LOC"
        elif r.label == "PERSON" and last in ORG_HEADS:
            r.label = "ORG"
        elif r.label == "FAC" and tokens.root.lower_ in ORG_HEADS:
            r.label = "ORG"  # "the Center for American Progress" is a body, not a building
        elif r.label == "ORG" and len(tokens) > 1 and last in _ROADS:
            r.label = "FAC"  # "Mira Mesa Boulevard" is a road, not a body
        elif r.label != "PERSON" and len(tokens) > 1:
            r.label = _HEAD_LABELS.get(last, r.label)  # "Contra Costa County" is a place
        if r.label in ("ORG", "PERSON", "FAC", "NORP") and _home_town(doc, r):
            r.label = "GPE"
        if (
            r.label != "NORP"
            and not any(t.pos_ == "PROPN" for t in tokens)
            and not (r.label == "PERSON" and r.text.lower() in body_person_words)
        ):
            continue  # "Impatience" at a sentence start is not a name; "Trump" is when
            # the article names a person with that word ("Trump said" tagged a noun)
        if r.text.islower():
            continue  # "took acetaminophen": a name has a capital somewhere
        if r.label == "PERSON" and in_headline(r):
            cut = _cut_to_known(doc, r, body_person_words)
            if cut is None:
                continue
            r = cut
        if (
            r.label in ("ORG", "GPE", "NORP", "LOC")
            and r.end - r.start == 1
            and r.text.lower() in body_person_words
            and country_of_name(r.text) is None
            and country_of_capital(r.text) is None
            and country_of_demonym(r.text) is None
        ):
            # "the Trump administration": the person, not an org; "Joklik said" tagged
            # as a nationality is the surname of the article's Frank Joklik
            r.label = "PERSON"
        out.append(r)
    return out


def _home_town(doc: Doc, r: RawMention) -> bool:
    """"Ann Lee, 45, of Becket, was charged": after a person's age, 'of' gives a town."""
    if r.start < 3 or doc[r.start - 1].lower_ != "of" or doc[r.start - 2].text != ",":
        return False
    last = doc[r.end - 1].lower_
    return (
        doc[r.start - 3].like_num
        and last not in ORG_HEADS
        and not has_corporate_suffix(r.text)
        and r.end < len(doc) and doc[r.end].text in (",", ".")
    )


def _titled_like_a_person(doc: Doc, r: RawMention) -> bool:
    """An "organisation" of two or three capitalised words given a person's title: right
    after it ("spokeswoman Ann Berg Lee said") or as its appositive ("Ann Berg Lee, a
    spokeswoman for the centre")."""
    tokens = doc[r.start : r.end]
    if not 2 <= len(tokens) <= 3 or not all(t.is_alpha and t.is_title for t in tokens):
        return False
    if tokens[-1].lower_ in NAME_HEADS or any(
        country_of_name(t.text) or country_of_demonym(t.text) for t in tokens
    ):
        return False
    before = doc[r.start - 1] if r.start > 0 else None
    if before is not None and before.text in _PERSON_TITLES:
        return True
    nouns = [c for c in tokens.root.children if c.dep_ == "appos" and c.i >= r.end]
    return any(n.text in _PERSON_TITLES for n in nouns)


# Titles only people hold ("the leader in its market" may be a company).
_PERSON_TITLES = {
    "spokesman", "spokeswoman", "spokesperson", "professor", "senator", "governor",
    "mayor", "chairman", "chairwoman", "ambassador", "minister", "president", "secretary",
}  # fmt: skip


def _companies_as_people(raws: list[RawMention]) -> dict[str, str]:
    """'WL Ross picked up the assets' beside 'WL Ross & Co.': the tagger's person is the
    company the article names with its legal suffix."""
    companies = {
        CORPORATE_SUFFIX.sub("", name_key(r.text))
        for r in raws
        if r.label == "ORG" and has_corporate_suffix(r.text)
    }
    return {
        r.text: "ORG" for r in raws if r.label == "PERSON" and name_key(r.text) in companies
    }


def _shouted_initials(doc: Doc, r: RawMention) -> bool:
    """'JANA said', 'WOFL reported': one word in capitals the article never writes in
    normal case is an agency's or a station's call sign, not a person. Shorter ones may
    be a person's initials ('JFK')."""
    if r.end - r.start != 1 or not r.text.isupper() or len(r.text) < 4:
        return False
    return re.search(rf"\b{re.escape(r.text.capitalize())}\b", text_of(doc)) is None


_PLACE_PREPOSITIONS = {"in", "near"}
_MEDIUM_PREPOSITIONS = {"on", "via"}
# What is put "on"/"via" a medium: "posted on Twitter", "a video on YouTube" (not "relied on
# Smith").
_ON_A_MEDIUM = {
    "post", "write", "say", "share", "tweet", "announce", "publish", "upload", "stream",
    "broadcast", "air", "appear", "video", "message", "page", "account", "statement",
    "photo", "picture", "clip", "live", "comment",
}  # fmt: skip


def _one_word_non_people(doc: Doc, raws: list[RawMention]) -> dict[str, str]:
    """One-word "people" the article never treats as people: no full name, honorific or
    title with the word, and found put 'on'/'via' a medium ("posted on Twitter": an ORG) or
    'in'/'near' ("held in Nagano": a place). The small model tags both as PERSON. A
    country found 'in', or tagged a place elsewhere in the article, is a place even
    beside a "full name" with it: that is the tagger again ("Landlocked Mali has ...")."""
    full_name_words = {w.lower() for words in full_names(raws) for w in words}
    usages: dict[str, list[RawMention]] = {}
    places = {r.text for r in raws if r.label == "GPE"}
    for r in raws:
        if r.label == "PERSON" and r.end - r.start == 1:
            usages.setdefault(r.text, []).append(r)
    found: dict[str, str] = {}
    for text, rs in usages.items():
        country = country_of_name(text) is not None
        if (text.lower() in full_name_words and not country) or any(r.title for r in rs):
            continue
        if any(r.start > 0 and doc[r.start - 1].lower_ in HONORIFICS for r in rs):
            continue
        labels = {label for r in rs if (label := _non_person_label(doc[r.start]))}
        if country and text in places:
            labels.add("GPE")  # the tagger's own "Mali" as a place elsewhere
        if len(labels) == 1 and (labels == {"GPE"} or text.lower() not in full_name_words):
            found[text] = labels.pop()
    return found


def full_names(raws: list[RawMention]) -> list[list[str]]:
    """The words of each person mention that gives a full name (honorific dropped)."""
    names = (person_words(r.text) for r in raws if r.label == "PERSON")
    return [words for words in names if len(words) >= 2]


def _non_person_label(tok: Token) -> str | None:
    """GPE for the object of 'in'/'near', ORG for something put 'on' a medium, taken to
    ("took to Twitter") or owning an account ("her Twitter account")."""
    if tok.dep_ == "compound" and tok.head.lemma_.lower() in _MEDIUM_PARTS:
        return "ORG"
    if tok.dep_ != "pobj":
        return None
    prep = tok.head
    if prep.lower_ in _PLACE_PREPOSITIONS:
        return "GPE"
    if prep.lower_ in _MEDIUM_PREPOSITIONS and prep.head.lemma_.lower() in _ON_A_MEDIUM:
        return "ORG"
    if prep.lower_ == "to" and prep.head.lemma_.lower() == "take":
        return "ORG"
    return None


_MEDIUM_PARTS = {"account", "feed", "page", "channel", "handle", "profile", "followers"}


def _named_as_place(doc: Doc, r: RawMention, head: str) -> bool:
    """'Mischief Reef' is a place wherever it stands; 'Park' ends place names and Korean
    surnames alike, so only a locative word before it makes 'X Park' a place."""
    if head not in _SURNAME_PLACE_HEADS:
        return True
    return r.start > 0 and doc[r.start - 1].lower_ in _LOCATIVE_WORDS


def _cut_to_known(doc: Doc, r: RawMention, known: set[str]) -> RawMention | None:
    """Keep the leading words of a headline-case PERSON that the body uses as a name."""
    end = r.start
    while end < r.end and (doc[end].lower_ in known or doc[end].lower_ in HONORIFICS):
        end += 1
    if end == r.start:
        return None
    if end == r.end:
        return r
    text = text_of(doc)[doc[r.start].idx : doc[end - 1].idx + len(doc[end - 1].text)]
    return RawMention(
        start=r.start, end=end, label=r.label, start_char=r.start_char,
        end_char=r.start_char + len(text), text=text, title=r.title,
    )  # fmt: skip
