"""Entity mentions within one article, corrected and grouped into within-article entities.

spaCy's small model makes a few systematic mistakes on news; general rules fix them:
headline-case fragments ("Trump Warns" as PERSON) are cut back to the name the body
uses; names ending in a place or organisation head noun ("... Reef", "... University")
take that type; possessive endings are trimmed; a surname tagged ORG where the article
tags it PERSON elsewhere becomes PERSON, and "people" that are a company named with its
legal suffix, a call sign in capitals or a country become things; a name stops at a
line break, a service "taken to" or owning an "account" is no person, and a
three-word "organisation" given a person's title ("spokeswoman Ann Berg Lee") is one.
Mentions are then grouped (``entity_key``), "Jr." and a home town ("of Ingleside") left
out of names, a particle opening the surname ("bin Laden", "De Niro"):
honorific + surname joins the full name ("Mr. Xi" -> Xi Jinping, "Professor Cheng" ->
Cheng Xiaohe), capitals and demonyms used as actors join their country ("Beijing
confirmed" -> China), "the North" joins the one North-named country of the article,
and unambiguous title-only references ("the Chinese president") join the person the
article gave that title to. Initials in brackets after a name are that name's ("the
Centers for Disease Control and Prevention (CDC)"), after words in lower case a term's
("acute flaccid myelitis (AFM)", no entity); an interview's "MD:" is its Matt Damon.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import pairwise
from typing import TYPE_CHECKING

from spacy.tokens import Span

from dossier.analyze.countries import country_of_capital, country_of_demonym, country_of_name
from dossier.analyze.nlp import text_of
from dossier.analyze.registry import step
from dossier.analyze.us_states import state_of_abbreviation
from dossier.model import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from dossier.model import Article, ArticleAnalysis

_LABELS = {
    "PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE", "NORP": "NORP",
    "LOC": "LOC", "FAC": "FAC", "EVENT": "EVENT",
}  # fmt: skip
HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "prof", "prof.",
              "professor", "sir", "dame", "rev.", "mx."}  # fmt: skip
TITLE_WORDS = {
    "president", "premier", "prime", "minister", "secretary", "senator", "sen.", "gov.",
    "governor", "rep.", "representative", "general", "gen.", "chancellor", "king", "queen",
    "prince", "princess", "pope", "judge", "justice", "ambassador", "leader", "chairman",
    "chairwoman", "director", "spokesman", "spokeswoman", "spokesperson", "mayor", "adviser",
    "advisor", "commander", "chief", "vice", "deputy", "foreign", "defense", "defence",
    "state", "attorney", "speaker", "senior", "envoy", "dictator", "emperor", "sheikh",
    "lt.", "col.", "adm.", "admiral", "colonel", "captain", "sergeant", "officer",
    "archbishop", "bishop", "cardinal", "rabbi", "imam", "reverend", "fellow",
}  # fmt: skip
TITLE_HEADS = {
    "president", "premier", "minister", "secretary", "senator", "governor", "chancellor",
    "king", "queen", "prince", "pope", "leader", "chairman", "chairwoman", "spokesman",
    "spokeswoman", "mayor", "ambassador", "dictator", "emperor", "nominee", "candidate",
    "director", "envoy", "professor", "commander",
}  # fmt: skip
_PLACE_HEADS = {
    "reef", "reefs", "island", "islands", "isle", "sea", "river", "lake", "mountain",
    "mountains", "mount", "bay", "strait", "straits", "peninsula", "gulf", "ocean",
    "valley", "desert", "canal", "shoal", "shoals", "atoll", "cape", "coast", "park",
    "square", "street", "avenue", "bridge", "airport", "base", "harbor", "harbour",
    "province", "county", "district", "region", "archipelago", "plateau", "beach",
}  # fmt: skip
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
_ORG_HEADS = {
    "university", "college", "institute", "center", "centre", "ministry", "department",
    "party", "council", "committee", "agency", "bank", "company", "corporation", "corp.",
    "inc.", "group", "news", "times", "post", "association", "foundation", "project",
    "army", "navy", "commission", "court", "office", "administration", "senate", "congress",
    "parliament", "union", "network", "service", "club", "fund", "program", "programme",
    "images", "pictures", "photos", "press", "studios", "records",
}  # fmt: skip
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
# A possessive inside one name: "Children's Hospital", "People's Party", "Surrogate's Court".
_PLURAL_OWNERS = {"people", "children", "women", "men", "veterans", "workers"}
_NAME_HEADS = _ORG_HEADS | _PLACE_HEADS | {
    "hospital", "school", "church", "cathedral", "museum", "hotel", "prison", "house",
}  # fmt: skip
_POSSESSIVE_TOKENS = {"'s", "’s", "'", "’"}
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_ACTOR_DEPS = {"nsubj", "nsubjpass", "agent", "poss", "csubj"}
_WORD = re.compile(r"[A-Za-z][\w’'-]*")


@dataclass
class _Raw:
    """A mention under construction: token span plus what the rules learned about it."""

    start: int  # token index
    end: int
    label: str
    start_char: int
    end_char: int
    text: str
    title: str | None = None
    key: str | None = None
    names: list[str] = field(default_factory=list)  # name words without honorific


@step("mentions", "dossier.mentions.v5", requires=("sentences",), assigns=("mentions",))
def find_mentions(doc: Doc, article: Article, analysis: ArticleAnalysis) -> None:
    """Corrected named mentions plus title-only references, grouped by ``entity_key``."""
    analysis.mentions = extract_mentions(doc, article.id)


def extract_mentions(doc: Doc, article_id: str) -> list[Mention]:
    headline_lines = _headline_line_spans(text_of(doc))
    raws = [
        r
        for ent in _joined_epithets(doc, _joined_at_plural_owners(doc))
        for of_piece in _of_pieces(doc, ent)
        for line_piece in _line_pieces(doc, of_piece)
        for colon_piece in _colon_pieces(doc, line_piece)
        for piece in _possessive_pieces(doc, colon_piece)
        if (r := _from_ent(doc, piece)) is not None
    ]
    raws = _fix_labels(doc, _suffixes_joined(doc, raws), headline_lines)
    raws.extend(_untagged_surnames(doc, raws))
    raws.extend(_north_south(doc, raws))
    raws.sort(key=lambda r: r.start)
    _assign_keys(doc, raws)
    _heads_as_names(doc, raws)
    _defined_acronyms(doc, raws)
    _defined_terms(doc, raws)
    _interview_initials(doc, raws)
    raws.extend(_title_references(doc, raws))
    raws.sort(key=lambda r: (r.start_char, r.end_char))
    return [
        Mention(
            article_id=article_id,
            start=r.start_char,
            end=r.end_char,
            text=r.text,
            label=r.label,
            entity_key=r.key,  # type: ignore[arg-type]
        )
        for r in raws
    ]


def display_names(mentions: list[Mention]) -> dict[str, str]:
    """Entity key -> the fullest name the article uses for it (honorifics dropped)."""
    best: dict[str, str] = {}
    for m in mentions:
        name = strip_honorific(m.text)  # 'professor Ann Lee' (a title in lower case) names her
        if m.entity_key is None or name[:1].islower():
            continue
        if m.text.lower().startswith("the "):
            continue
        if len(name) > len(best.get(m.entity_key, "")):
            best[m.entity_key] = name
    return best


def strip_honorific(name: str) -> str:
    """'Mr. Xi' -> 'Xi'; 'Professor Cheng' -> 'Cheng'; other names unchanged."""
    words = name.split()
    while len(words) > 1 and words[0].lower() in HONORIFICS:
        words = words[1:]
    return " ".join(words)


GENERATIONAL = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}


def person_words(name: str) -> list[str]:
    """The words of a person's name without honorific or generational suffix: 'Leslie
    Allen Merritt Jr.' is keyed and matched by 'Merritt', not by 'Jr.'."""
    words = [w.rstrip(",") for w in strip_honorific(name).split()]
    while len(words) > 1 and words[-1].lower() in GENERATIONAL:
        words.pop()
    if len(words) > 2 and words[0].lower() in ("saint", "st.", "st"):
        words = words[1:]  # "St. John the Theologian" is keyed as "John the Theologian"
    return [w for w in words if w]


# Words that open a surname: "Osama bin Laden", "Charles de Gaulle", "Robert De Niro".
_PARTICLES = {
    "bin", "ibn", "bint", "de", "del", "della", "der", "den", "di", "du", "da", "dos",
    "das", "van", "von", "le", "la", "ter", "ten", "al", "el",
}  # fmt: skip
# Particles that are no given name when they open a name in capitals ("Bin Laden", "De
# Niro"); "Al Gore", "Van Jones", "Le Duc Tho" start with a given name or a family name.
# Lower-case particles before a capitalised word open a surname ("F.W. de Klerk"); "ten"
# before one is as often a number ("ten Democrats").
_SURNAME_PARTICLES = _PARTICLES - {"ten"}
_LEADING_PARTICLES = {"bin", "ibn", "de", "del", "della", "der", "den", "du", "dos", "von"}


def name_units(words: list[str]) -> list[str]:
    """A person's name words with a surname particle joined to the word after it:
    "Osama bin Laden" -> ["Osama", "bin_Laden"], "bin Laden" and "Bin Laden" ->
    ["bin_Laden"]. Keys built from the units make "bin Laden" the surname, as it is,
    not a given name "bin" with the surname "Laden"."""
    out: list[str] = []
    i = 0
    while i < len(words):
        word = words[i]
        j = i  # "van der Sar": particles run on to the capitalised word
        while j < len(words) - 1 and words[j].lower() in _PARTICLES and (
            words[j].islower() or j > 0 or words[j].lower() in _LEADING_PARTICLES
        ):
            j += 1
        if j > i and words[j][:1].isupper():
            out.append("_".join(words[i : j + 1]))
            i = j + 1
            continue
        out.append(word)
        i += 1
    return out


# --- building raw mentions -------------------------------------------------------------


def _joined_at_plural_owners(doc: Doc) -> list[Span]:
    """The tagger cuts "St. Jude Children's Research Hospital" after "Children's": a name
    ending in such a possessive and a name right after it are one name."""
    out: list[Span] = []
    for ent in doc.ents:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.end == ent.start
            and len(prev) >= 2
            and prev[-1].text in _POSSESSIVE_TOKENS
            and prev[-2].lower_ in _PLURAL_OWNERS
            and ent.label_ in ("ORG", "FAC")
        ):
            out[-1] = Span(doc, prev.start, ent.end, label=ent.label_)
        else:
            out.append(ent)
    return out


_EPITHET_LEADS = {"saint", "st.", "st", "king", "queen", "emperor", "empress", "tsar", "czar"}


def _joined_epithets(doc: Doc, ents: list[Span]) -> list[Span]:
    """"John the Baptist", "Catherine the Great": a single name, "the" and one capitalised
    word are one person. The tagger cuts them as "John the" + "Baptist" (NORP) or "John" +
    "Apostle"; a name left ending in "the" loses it."""
    out: list[Span] = []
    skip_to = -1
    for n, ent in enumerate(ents):
        if ent.start < skip_to:
            continue  # the epithet, already joined to the name before it
        start = _epithet_owner(doc, ent)
        if start is not None:  # "Saint John the" untagged or a place, "Theologian" a group
            while out and out[-1].end > start:
                start = min(start, out.pop().start)
            out.append(Span(doc, start, ent.end, label="PERSON"))
            continue
        names = [t for t in ent if t.lower_ not in _EPITHET_LEADS]
        the = ent.end - 1 if ent[-1].text == "the" else ent.end
        if ent.label_ != "PERSON" or len(names) - (the < ent.end) != 1 or the >= len(doc) - 1:
            out.append(ent)
            continue
        word, name = doc[the + 1], doc[the - 1]
        # a name the tagger ended in "the" wants its epithet; an object's "the" may start
        # the verb's next argument ("told Obama the Democrats had lost")
        tagged_the = the < ent.end
        if (
            doc[the].text == "the"
            and _epithet(doc, word)
            and (tagged_the or name.dep_ not in ("dobj", "dative", "iobj"))
        ):
            out.append(Span(doc, ent.start, word.i + 1, label="PERSON"))
            nxt = ents[n + 1] if n + 1 < len(ents) else None
            skip_to = word.i + 1 if nxt is not None and nxt.start == word.i else -1
        elif tagged_the:
            out.append(Span(doc, ent.start, the, label="PERSON"))
        else:
            out.append(ent)
    return out


def _epithet_owner(doc: Doc, ent: Span) -> int | None:
    """Where the name starts that a group word after "the" is the epithet of: "John the
    Baptist", "St. John the Theologian"; a people ("Alexander the Macedonian") is none."""
    if ent.label_ != "NORP" or len(ent) != 1 or ent.start < 2 or doc[ent.start - 1].text != "the":
        return None
    if country_of_demonym(ent.text) is not None or not ent[0].is_title:
        return None
    if ent[0].tag_ in ("NNS", "NNPS") or doc[ent.start - 2].dep_ in ("dobj", "dative", "iobj"):
        return None  # "told Obama the Democrats had lost": the verb's next argument
    i, start = ent.start - 2, None
    while i >= 0 and (
        (doc[i].is_title and doc[i].pos_ == "PROPN") or doc[i].lower_ in _EPITHET_LEADS
    ):
        start, i = i, i - 1
    if start is None or all(t.lower_ in _EPITHET_LEADS for t in doc[start : ent.start - 1]):
        return None
    return start


def _epithet(doc: Doc, word: Token) -> bool:
    """One capitalised word after "the", singular and no date, with no further name
    after it ("the Apostle's grave", "the Great built"): an epithet, not the start of
    another name."""
    after = doc[word.i + 1] if word.i + 1 < len(doc) else None
    return (
        word.is_alpha
        and word.is_title
        and word.tag_ in ("NNP", "NN", "JJ")  # not "Obama the Democrats"
        and word.ent_type_ not in ("DATE", "TIME")
        and not (after is not None and after.is_title and after.pos_ == "PROPN")
    )


def _of_pieces(doc: Doc, ent: Span) -> list[Span]:
    """'Mollie Olgin of Ingleside' is a woman and her home town: a person's name does not
    run over 'of' after two words. The town takes the label the tagger gives the same
    words elsewhere in the article, else GPE. After one word ('Clark of Netscape') it
    cuts only when the article names the words after 'of' on their own as a thing:
    'Joan of Arc' stays whole."""
    if ent.label_ != "PERSON":
        return [ent]
    of = next((t.i for t in ent[1:-1] if t.lower_ == "of"), None)
    if of is None or not all(t.pos_ == "PROPN" for t in doc[of + 1 : ent.end]):
        return [ent]
    place = doc[of + 1 : ent.end]
    elsewhere = [e.label_ for e in doc.ents if e.text == place.text and e.start != place.start]
    if of == ent.start + 1 and not [label for label in elsewhere if label != "PERSON"]:
        return [ent]
    label = next((label for label in elsewhere if label != "PERSON"), "GPE")
    return [
        Span(doc, ent.start, of, label="PERSON"),
        Span(doc, place.start, place.end, label=label),
    ]


def _line_pieces(doc: Doc, ent: Span) -> list[Span]:
    """A name does not run over a line break: a photo credit and the next paragraph's
    first word ("Hayne Palmour IV" / "Cigarette smoke ...") are two things."""
    cuts = [t.i for t in ent if t.is_space and "\n" in t.text]
    if not cuts:
        return [ent]
    bounds = [ent.start - 1, *cuts, ent.end]
    pieces = [(a + 1, b) for a, b in pairwise(bounds) if b > a + 1]
    lower = {t.text for t in doc if t.is_lower}
    return [
        Span(doc, a, b, label=ent.label_)
        for a, b in pieces
        if a == ent.start or b - a > 1 or doc[a].text.lower() not in lower
    ]  # a line's first word the article writes in lower case elsewhere is no name


def _colon_pieces(doc: Doc, ent: Span) -> list[Span]:
    """A name does not run over a colon: the tagger joins 'for Lee: Park said' into one
    entity, which would merge two people (or a speaker and a headline) into one."""
    cuts = [t.i for t in ent if t.text == ":"]
    if not cuts:
        return [ent]
    bounds = [ent.start, *cuts, ent.end]
    pieces = [(a + (a != ent.start), b) for a, b in pairwise(bounds)]
    return [Span(doc, a, b, label=ent.label_) for a, b in pieces if b > a]


def _possessive_pieces(doc: Doc, ent: Span) -> list[Span]:
    """'the University of Toulouse's Young-Ho Eom' is two names: the owner keeps the
    tagger's label (a country is a country), and a following run of proper nouns is a
    person unless it ends in an organisation's head word ("Harvard's Medical School")."""
    cut = next(
        (t.i for t in ent[1:-1] if t.text in _POSSESSIVE_TOKENS and t.tag_ == "POS"), None
    )
    if cut is None:
        return [ent]
    owner, rest = doc[ent.start : cut], doc[cut + 1 : ent.end]
    if not all(t.pos_ == "PROPN" or t.text == "-" for t in rest):
        return [ent]
    if owner[-1].lower_ in _PLURAL_OWNERS or (len(rest) == 1 and rest[0].lower_ in _NAME_HEADS):
        return [ent]  # "the Cambodian People's Party", "the Sheriff's Department": one name
    label = "ORG" if rest[-1].lower_ in _ORG_HEADS else "PERSON"
    owner_label = "GPE" if country_of_name(owner.text) else ent.label_  # "Britain's ..."
    return [
        Span(doc, owner.start, owner.end, label=owner_label),
        Span(doc, rest.start, rest.end, label=label),
    ]


def _suffixes_joined(doc: Doc, raws: list[_Raw]) -> list[_Raw]:
    """The tagger cuts "Lon Chaney Jr." into "Chaney" and "Jr.": a generational suffix
    tagged alone belongs to the name before it, and names nobody on its own."""
    out: list[_Raw] = []
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


def _from_ent(doc: Doc, ent: Span) -> _Raw | None:
    label = _LABELS.get(ent.label_)
    if label is None:
        return None
    start, end = ent.start, ent.end
    while start < end and _is_clock(doc[start]):
        start += 1  # a live blog's "12:55 A.M. Hamas says ..."
    if end - start > 1 and doc[start].text == "Q." and _opens_line(doc, start):
        start += 1  # an interview's question: "Q. Mobil is the second-biggest ..."
    if all(t.lower_ in _TIME_ZONES or t.is_punct for t in doc[start:end]):
        return None  # "GMT", "5:57pm PDT"
    if _cuts_a_code(doc, start, end):
        return None  # "EV" of a virus "EV-D68"
    if (
        end - start > 1
        and doc[start].pos_ in _NOT_NAME_POS
        and (doc[start].is_sent_start or _opens_line(doc, start))
        and all(t.pos_ == "PROPN" for t in doc[start + 1 : end])
    ):
        start += 1  # a line's "Add Donald Trump to alerts", "Inside Hamas, ..."
    while end > start and doc[end - 1].text in _POSSESSIVE_TOKENS:
        end -= 1
    while end > start and doc[end - 1].is_punct:
        end -= 1
    title_words: list[str] = []
    if label == "PERSON":
        while end - start > 1 and doc[start].lower_ in TITLE_WORDS:
            title_words.append(doc[start].lower_)
            start += 1
        title_end = _title_phrase_end(doc, start, end)
        title_words += [t.lower_ for t in doc[start:title_end]]
        start = title_end
        title_words = _preceding_title(doc, start) + title_words
        while start > 0 and doc[start - 1].text in _SURNAME_PARTICLES:
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
    return _Raw(
        start=start, end=end, label=label, start_char=doc[start].idx,
        end_char=doc[start].idx + len(text), text=text,
        title=" ".join(title_words) or None,
    )  # fmt: skip


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


def _opens_line(doc: Doc, i: int) -> bool:
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
    if end + 1 < len(doc) and last in _ORG_HEADS and doc[end].lower_ == "of":
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


def _headline_line_spans(text: str) -> list[tuple[int, int]]:
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


def _fix_labels(doc: Doc, raws: list[_Raw], headlines: list[tuple[int, int]]) -> list[_Raw]:
    def in_headline(r: _Raw) -> bool:
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
    out: list[_Raw] = []
    for r in raws:
        tokens = doc[r.start : r.end]
        last = tokens[-1].lower_
        if r.label == "PERSON" and r.text in not_people:
            r.label = not_people[r.text]
        if r.label == "PERSON" and last in _PLACE_HEADS and _named_as_place(doc, r, last):
            r.label = "LOC"
        elif r.label == "PERSON" and last in _ORG_HEADS:
            r.label = "ORG"
        elif r.label == "FAC" and tokens.root.lower_ in _ORG_HEADS:
            r.label = "ORG"  # "the Center for American Progress" is a body, not a building
        elif r.label == "ORG" and len(tokens) > 1 and last in _ROADS:
            r.label = "FAC"  # "Mira Mesa Boulevard" is a road, not a body
        elif r.label != "PERSON" and len(tokens) > 1:
            r.label = _HEAD_LABELS.get(last, r.label)  # "Contra Costa County" is a place
        if r.label in ("ORG", "PERSON", "FAC", "NORP") and _home_town(doc, r):
            r.label = "GPE"
        if r.label != "NORP" and not any(t.pos_ == "PROPN" for t in tokens):
            continue  # "Impatience" at a sentence start is not a name
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


def _home_town(doc: Doc, r: _Raw) -> bool:
    """"Ann Lee, 45, of Becket, was charged": after a person's age, 'of' gives a town."""
    if r.start < 3 or doc[r.start - 1].lower_ != "of" or doc[r.start - 2].text != ",":
        return False
    last = doc[r.end - 1].lower_
    return (
        doc[r.start - 3].like_num
        and last not in _ORG_HEADS
        and not has_corporate_suffix(r.text)
        and r.end < len(doc) and doc[r.end].text in (",", ".")
    )


def _titled_like_a_person(doc: Doc, r: _Raw) -> bool:
    """An "organisation" of two or three capitalised words given a person's title: right
    after it ("spokeswoman Ann Berg Lee said") or as its appositive ("Ann Berg Lee, a
    spokeswoman for the centre")."""
    tokens = doc[r.start : r.end]
    if not 2 <= len(tokens) <= 3 or not all(t.is_alpha and t.is_title for t in tokens):
        return False
    if tokens[-1].lower_ in _NAME_HEADS or any(
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


def _companies_as_people(raws: list[_Raw]) -> dict[str, str]:
    """'WL Ross picked up the assets' beside 'WL Ross & Co.': the tagger's person is the
    company the article names with its legal suffix."""
    companies = {
        _CORPORATE_SUFFIX.sub("", name_key(r.text))
        for r in raws
        if r.label == "ORG" and has_corporate_suffix(r.text)
    }
    return {
        r.text: "ORG" for r in raws if r.label == "PERSON" and name_key(r.text) in companies
    }


def _shouted_initials(doc: Doc, r: _Raw) -> bool:
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


def _one_word_non_people(doc: Doc, raws: list[_Raw]) -> dict[str, str]:
    """One-word "people" the article never treats as people: no full name, honorific or
    title with the word, and found put 'on'/'via' a medium ("posted on Twitter": an ORG) or
    'in'/'near' ("held in Nagano": a place). The small model tags both as PERSON. A
    country found 'in', or tagged a place elsewhere in the article, is a place even
    beside a "full name" with it: that is the tagger again ("Landlocked Mali has ...")."""
    full_name_words = {w.lower() for words in _full_names(raws) for w in words}
    usages: dict[str, list[_Raw]] = {}
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


def _full_names(raws: list[_Raw]) -> list[list[str]]:
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


def _untagged_surnames(doc: Doc, raws: list[_Raw]) -> list[_Raw]:
    """The small model often misses a bare surname ('Lopez said ...' at a line start) after
    tagging the full name; the article's own full names say such a word is that person."""
    surnames = {words[-1] for words in _full_names(raws)}
    if not surnames:
        return []
    covered = {i for r in raws for i in range(r.start, r.end)}
    found: list[_Raw] = []
    for tok in doc:
        if (
            tok.text not in surnames
            or tok.i in covered
            or tok.pos_ != "PROPN"
            or (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN")
        ):
            continue
        start = tok.i - 1 if tok.i > 0 and doc[tok.i - 1].text in _SURNAME_PARTICLES else tok.i
        start = start - 1 if start > 0 and doc[start - 1].lower_ in HONORIFICS else start
        if start in covered:
            continue
        end_char = tok.idx + len(tok.text)
        text = text_of(doc)[doc[start].idx : end_char]
        found.append(_Raw(start, tok.i + 1, "PERSON", doc[start].idx, end_char, text))
    return found


def _named_as_place(doc: Doc, r: _Raw, head: str) -> bool:
    """'Mischief Reef' is a place wherever it stands; 'Park' ends place names and Korean
    surnames alike, so only a locative word before it makes 'X Park' a place."""
    if head not in _SURNAME_PLACE_HEADS:
        return True
    return r.start > 0 and doc[r.start - 1].lower_ in _LOCATIVE_WORDS


def _cut_to_known(doc: Doc, r: _Raw, known: set[str]) -> _Raw | None:
    """Keep the leading words of a headline-case PERSON that the body uses as a name."""
    end = r.start
    while end < r.end and (doc[end].lower_ in known or doc[end].lower_ in HONORIFICS):
        end += 1
    if end == r.start:
        return None
    if end == r.end:
        return r
    text = text_of(doc)[doc[r.start].idx : doc[end - 1].idx + len(doc[end - 1].text)]
    return _Raw(
        start=r.start, end=end, label=r.label, start_char=r.start_char,
        end_char=r.start_char + len(text), text=text, title=r.title,
    )  # fmt: skip


def _north_south(doc: Doc, raws: list[_Raw]) -> list[_Raw]:
    """'the North' / 'the South' for the one such country the article names."""
    text = text_of(doc)
    if "North" not in text and "South" not in text:
        return []  # the token loop below is a visible cost on long articles
    countries = {country_of_name(r.text) for r in raws if r.label == "GPE"} - {None}
    if not countries:
        return []
    added: list[_Raw] = []
    taken = {r.start for r in raws if r.label != "LOC"}
    for tok in doc:
        if tok.text not in ("North", "South") or tok.i == 0 or doc[tok.i - 1].lower_ != "the":
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and (nxt.pos_ == "PROPN" or nxt.text[:1].isupper()):
            continue
        if tok.i in taken:
            continue
        matches = {c for c in countries if c and _country_starts_with(c, tok.text)}
        if len(matches) == 1:
            code = matches.pop()
            for r in [r for r in raws if r.start == tok.i]:
                raws.remove(r)
            added.append(
                _Raw(
                    start=tok.i,
                    end=tok.i + 1,
                    label="GPE",
                    start_char=tok.idx,
                    end_char=tok.idx + len(tok.text),
                    text=tok.text,
                    key=f"GPE:{code}",
                )
            )
    return added


def _country_starts_with(code: str, word: str) -> bool:
    from dossier.analyze.countries import country_name

    return country_name(code).split()[0] == word


# --- grouping -----------------------------------------------------------------------------


def is_actor(tok: Token) -> bool:
    """True when the token acts in its clause: subject, agent, possessor (or their conj)."""
    seen = 0
    while tok.dep_ == "conj" and seen < 5:
        tok = tok.head
        seen += 1
    if tok.dep_ in _ACTOR_DEPS:
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ == "by"


def _assign_keys(doc: Doc, raws: list[_Raw]) -> None:
    for r in raws:
        if r.key is not None:
            continue
        root = doc[r.start : r.end].root
        if r.label in ("GPE", "LOC"):
            code = country_of_name(r.text)
            if code is None and is_actor(root):
                code = country_of_capital(r.text)
            if code is not None:
                r.label, r.key = "GPE", f"GPE:{code}"
                continue
        if r.label == "NORP":
            code = country_of_demonym(r.text)
            if code is not None and _demonym_as_actor(doc, r):
                r.label, r.key = "GPE", f"GPE:{code}"
                continue
        if r.label == "ORG":
            r.key = f"ORG:{_CORPORATE_SUFFIX.sub('', name_key(r.text))}"
        elif r.label == "NORP":
            r.key = f"NORP:{_singular_demonym(name_key(r.text))}"
        elif r.label == "GPE":
            r.key = f"GPE:{state_of_abbreviation(r.text) or name_key(r.text)}"
        elif r.label != "PERSON":
            r.key = f"{r.label}:{name_key(r.text)}"
    _group_people(doc, raws)


# Head words that stand alone for a name said before ("the Commission"); a legislature
# or a house ("the Senate", "the House") is as often another one than the one named.
_HEADS_ALONE = (_ORG_HEADS | {"church", "hospital", "school", "museum", "prison"}) - {
    "senate", "congress", "parliament", "house", "news", "times", "post", "press",
    "images", "pictures", "photos",
}  # fmt: skip


def _heads_as_names(doc: Doc, raws: list[_Raw]) -> None:
    """"the Truth Commission ... the Commission said": a head word alone, capitalised as
    a name, is the nearest organisation before it whose name has that head ("the
    Church" after "the Church of England")."""
    for i, r in enumerate(raws):
        word = r.text.lower().removeprefix("the ")
        if r.label != "ORG" or " " in word or word not in _HEADS_ALONE:
            continue
        named = (
            o for o in reversed(raws[:i])
            if o.label == "ORG" and o.key and o.end - o.start > 1
            and doc[o.start : o.end].root.lower_ == word
        )  # fmt: skip
        full = next(named, None)
        if full is not None:
            r.key = full.key


def _singular_demonym(name: str) -> str:
    """"palestinians" -> "palestinian": the people and their adjective are one group."""
    if name.endswith("s") and country_of_demonym(name[:-1]) is not None:
        return name[:-1]
    return name


def _demonym_as_actor(doc: Doc, r: _Raw) -> bool:
    """'The Chinese said' / 'rankled the Chinese': a demonym used as a noun."""
    root = doc[r.start : r.end].root
    if root.dep_ in ("amod", "compound"):
        return False
    before = doc[r.start - 1].lower_ if r.start > 0 else ""
    return r.text.lower().startswith("the ") or before == "the"


# "Tyson Foods Inc." and "Tyson Foods" are one company, "WL Ross & Co." and "WL Ross",
# "Ford Motor Company" and "Ford Motor".
_CORPORATE_SUFFIX = re.compile(
    r",?\s+(?:(?:&|and)\s+)?(?:inc|corp|co|company|ltd|llc|plc|lp|l\.p|s\.a|n\.v|ag|gmbh)\.?$"
)


def has_corporate_suffix(name: str) -> bool:
    """'Tyson Foods Inc.', 'WL Ross & Co.': the name of a company."""
    return _CORPORATE_SUFFIX.search(name.lower()) is not None


def without_the(text: str) -> str:
    """'the White House' -> 'White House'; 'a Super Bowl' -> 'Super Bowl' (a lower-case
    article only: 'A Tribe Called Quest' keeps its 'A')."""
    if text.lower().startswith("the "):
        return text[4:]
    for article in ("a ", "an "):
        if text.startswith(article) and text[len(article) : len(article) + 1].isupper():
            return text[len(article) :]
    return text


def name_key(text: str) -> str:
    """How a non-person entity key spells a name: lower case, one space, no article, a
    straight apostrophe ("Children’s" and "Children's" are one spelling)."""
    return " ".join(without_the(" ".join(text.split())).lower().replace("’", "'").split())


def _group_people(doc: Doc, raws: list[_Raw]) -> None:
    people = [r for r in raws if r.label == "PERSON"]
    for r in people:
        r.names = name_units(person_words(r.text))
    for r in people:  # "Van Wert" after "Joseph E. Van Wert": the surname, particle first
        if len(r.names) == 2 and "_".join(r.names).lower() in {
            f.names[-1].lower() for f in people if len(f.names) >= 2
        }:
            r.names = ["_".join(r.names)]
    full = [r for r in people if len(r.names) >= 2]
    double = {  # "Laura E. Crotty Alexander": after the initial, a two-word surname
        tuple(w.lower() for w in f.names[-2:]): _full_key(f.names)
        for f in full
        if len(f.names) >= 4 and re.fullmatch(r"[A-Z]\.", f.names[-3])
    }
    double |= _honoured_surnames(people)
    key_of = {  # "Crotty Alexander said" is hers
        id(f): double.get(tuple(w.lower() for w in f.names)) or _full_key(f.names) for f in full
    }
    counts = Counter(key_of.values())
    for r in people:
        if len(r.names) >= 2:
            r.key = "PERSON:" + key_of[id(r)]
            continue
        word = r.names[0].lower() if r.names else r.text.lower()
        by_last = [f for f in full if f.names[-1].lower() == word]
        candidates = by_last or [f for f in full if f.names[0].lower() == word]
        if not candidates:
            r.key = f"PERSON:{word}"
            continue
        candidates = _same_gender(doc, r, candidates, people) or candidates
        before = [f for f in candidates if f.start < r.start]
        if before:
            chosen = key_of[id(before[-1])]
        else:
            chosen = max(sorted({key_of[id(f)] for f in candidates}), key=counts.__getitem__)
        r.key = f"PERSON:{chosen}"


_GENDER_OF_HONORIFIC = {
    "mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f",
}  # fmt: skip


def _same_gender(doc: Doc, r: _Raw, candidates: list[_Raw], people: list[_Raw]) -> list[_Raw]:
    """"George Bush met his wife Barbara Bush ... Mr. Bush": of the full names that end
    with the surname, those whose pronouns ("his", "she") agree with the honorific."""
    first = r.text.split()[0].lower()
    wanted = _GENDER_OF_HONORIFIC.get(first) if len(r.text.split()) > 1 else None
    if wanted is None:
        return []
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for f in candidates:
        gender = _pronoun_after(doc, f, people)
        if gender:
            votes[_full_key(f.names)][gender] += 1
    return [
        f for f in candidates
        if (v := votes.get(_full_key(f.names))) and v.most_common(1)[0][0] == wanted
    ]  # fmt: skip


def _pronoun_after(doc: Doc, f: _Raw, people: list[_Raw]) -> str | None:
    """'m' or 'f': the first 'he'/'his' or 'she'/'her (book)' after the name, before the
    next person's name; object pronouns ("thanked him") are as often someone else."""
    stop = min((p.start for p in people if p.start >= f.end), default=len(doc))
    for tok in doc[f.end : min(stop, f.end + 25)]:
        if tok.lower_ in ("he", "his", "himself"):
            return "m"
        if tok.lower_ in ("she", "hers", "herself") or (tok.lower_ == "her" and tok.tag_ == "PRP$"):
            return "f"
    return None


def _honoured_surnames(people: list[_Raw]) -> dict[tuple[str, ...], str]:
    """"Ms. Dickson Wright" after "Anna Dickson Wright": an honorific before two words
    marks them as one surname, that of the longer name ending with them; of several such
    names ("Dr. Arthur Dickson Wright", her father), the one the article names most."""
    full_keys = Counter(_full_key(f.names) for f in people if len(f.names) >= 3)
    out: dict[tuple[str, ...], str] = {}
    for r in people:
        if len(r.names) != 2 or strip_honorific(r.text) == r.text:
            continue
        tail = tuple(w.lower() for w in r.names)
        fits = sorted(
            {_full_key(f.names) for f in people
             if len(f.names) >= 3 and tuple(w.lower() for w in f.names[-2:]) == tail}
        )  # fmt: skip
        if fits:
            out[tail] = max(fits, key=full_keys.__getitem__)
    return out


def _full_key(names: list[str]) -> str:
    """First and last name, lowercased: 'Otto F. Warmbier' and 'Otto Warmbier' agree."""
    return f"{names[0]} {names[-1]}".lower()


_ACRONYM_TOKEN = re.compile(r"(?:[A-Z]\.?){2,6}")


def _defined_acronyms(doc: Doc, raws: list[_Raw]) -> None:
    """'the Centers for Disease Control and Prevention (CDC)': the article defines the
    initials, which need not be every word's ("CDCP"); the acronym in brackets takes the
    name's key, and other articles' "CDC" joins it through the story's acronyms. The
    first letters must agree, so a bracketed country or party ("Smith (R)") is left."""
    at = {r.start: r for r in raws}
    for r in list(raws):
        if r.label not in ("ORG", "FAC", "GPE", "NORP", "EVENT") or r.key is None:
            continue
        i = r.end
        if i + 2 >= len(doc) or doc[i].text != "(" or doc[i + 2].text != ")":
            continue
        tok = doc[i + 1]
        first = next((w for w in r.text.split() if w[:1].isupper() and w != "The"), "")
        if not _ACRONYM_TOKEN.fullmatch(tok.text) or tok.text[0] != first[:1]:
            continue
        if not _in_order(tok.text.replace(".", "").lower(), r.text.lower()):
            continue  # a dateline's "Austria (AP)": the wire, no initials of Austria
        acronym = at.get(tok.i)
        if acronym is None:
            acronym = _Raw(tok.i, tok.i + 1, r.label, tok.idx, tok.idx + len(tok.text), tok.text)
            raws.append(acronym)
        if acronym.end == tok.i + 1:
            acronym.label, acronym.key = r.label, r.key
    raws.sort(key=lambda r: r.start)


def _defined_terms(doc: Doc, raws: list[_Raw]) -> None:
    """'acute flaccid myelitis (AFM)', 'hyperkinetic disorder, or HKD': initials the
    article defines by words in lower case abbreviate a term, not a name. The mention
    stays (or is added where the tagger missed it), without a key, so the story can
    tell the term's other mentions apart."""
    at = {r.start for r in raws}
    for tok in doc[1:-1]:
        if tok.i not in at and doc[tok.i - 1].text == "(" and _ACRONYM_TOKEN.fullmatch(tok.text):
            end = tok.idx + len(tok.text)
            raws.append(_Raw(tok.i, tok.i + 1, "ORG", tok.idx, end, tok.text, key=""))
    for r in raws:
        if r.end - r.start != 1 or not _ACRONYM_TOKEN.fullmatch(r.text) or r.start < 3:
            continue
        if doc[r.start - 1].text == "(" and r.end < len(doc) and doc[r.end].text == ")":
            end = r.start - 1
        elif doc[r.start - 1].lower_ == "or" and doc[r.start - 2].text == ",":
            end = r.start - 2
        else:
            continue
        letters = r.text.replace(".", "").lower()
        for size in range(min(len(letters), end), 1, -1):
            words = doc[end - size : end]
            if all(t.is_lower and t.is_alpha for t in words) and _abbreviates(letters, words):
                r.key = None
                break
    raws[:] = [r for r in raws if r.key != ""]  # a bracketed word that is no term
    raws.sort(key=lambda r: r.start)


def _in_order(letters: str, text: str) -> bool:
    """Every letter found in the text, in order."""
    at = 0
    for letter in letters:
        at = text.find(letter, at) + 1
        if at == 0:
            return False
    return True


def _abbreviates(letters: str, words: Span) -> bool:
    """'hkd' and 'hyperkinetic disorder': the first and last words' initials, and every
    letter in order."""
    joined = "".join(t.lower_ for t in words)
    if letters[0] != joined[0] or words[-1].lower_[0] not in letters[1:]:
        return False
    return _in_order(letters, joined)


def _interview_initials(doc: Doc, raws: list[_Raw]) -> None:
    """'MD: That was smart.' opening a line of an interview is the one person of the
    article with those initials (Matt Damon), not Maryland."""
    initials: dict[str, set[str]] = {}
    for r in raws:
        if r.label == "PERSON" and r.key and len(r.names) >= 2:
            letters = "".join(w[0] for w in r.names if w[:1].isupper())
            initials.setdefault(letters, set()).add(r.key)
    if not initials:
        return
    at = {r.start: r for r in raws}
    for tok in doc[:-1]:
        keys = initials.get(tok.text, set())
        if len(keys) != 1 or doc[tok.i + 1].text != ":" or not _opens_line(doc, tok.i):
            continue
        found = at.get(tok.i)
        if found is None:
            found = _Raw(tok.i, tok.i + 1, "PERSON", tok.idx, tok.idx + len(tok.text), tok.text)
            raws.append(found)
        if found.end == tok.i + 1:
            found.label, found.key = "PERSON", next(iter(keys))
    raws.sort(key=lambda r: r.start)


# --- title-only references ------------------------------------------------------------------


def _title_references(doc: Doc, raws: list[_Raw]) -> list[_Raw]:
    """'the Chinese president' -> the one person the article gave that title to."""
    titles: dict[str, set[str]] = {}
    person_at: dict[int, _Raw] = {}
    for r in raws:
        if r.label == "PERSON" and r.key:
            for i in range(r.start, r.end):
                person_at[i] = r
            if r.title:
                titles.setdefault(r.title, set()).add(r.key)
    out: list[_Raw] = []
    for r in sorted({id(r): r for r in person_at.values()}.values(), key=lambda r: r.start):
        found = _appositive_title(doc, doc[r.start : r.end].root, person_at)
        if found and r.key:
            phrase, det, noun = found
            titles.setdefault(phrase, set()).add(r.key)
            start_char, end_char = doc[det].idx, noun.idx + len(noun.text)
            out.append(  # "Mr. Xi, the Chinese president": the appositive names him too
                _Raw(
                    start=det,
                    end=noun.i + 1,
                    label="PERSON",
                    start_char=start_char,
                    end_char=end_char,
                    text=text_of(doc)[start_char:end_char],
                    key=r.key,
                )
            )
    if not titles:
        return out
    counts = Counter(r.key for r in raws if r.label == "PERSON")
    for tok in doc:
        if tok.text not in TITLE_HEADS or tok.pos_ not in ("NOUN", "PROPN") or tok.i in person_at:
            continue
        if any(c.dep_ == "appos" and c.i in person_at for c in tok.children):
            continue
        if tok.dep_ == "appos" and tok.head.i in person_at:
            continue
        if tok.i + 1 < len(doc) and doc[tok.i + 1].i in person_at:
            continue  # "Chinese premier Xi Jinping": a prefix title, not a reference
        start = _definite_start(doc, tok)
        if start is None:
            continue
        det = start
        words = [t.lower_ for t in doc[det + 1 : tok.i + 1] if not t.is_punct]
        key = _title_owner(" ".join(words), tok.lower_, titles, counts)
        if key is None:
            continue
        start_char, end_char = doc[det].idx, tok.idx + len(tok.text)
        out.append(
            _Raw(
                start=det,
                end=tok.i + 1,
                label="PERSON",
                start_char=start_char,
                end_char=end_char,
                text=text_of(doc)[start_char:end_char],
                key=key,
            )
        )
    return out


def _definite_start(doc: Doc, head: Token) -> int | None:
    """Index of the 'the' opening a short title phrase ending at ``head``, if any."""
    j = head.i - 1
    while j >= 0 and head.i - j <= 4 and doc[j].pos_ in ("ADJ", "PROPN", "NOUN"):
        j -= 1
    return j if j >= 0 and doc[j].lower_ == "the" else None


def _appositive_title(
    doc: Doc, root: Token, person_at: dict[int, _Raw]
) -> tuple[str, int, Token] | None:
    """'Mr. Xi, the Chinese president' / 'the president, Moon Jae-in' -> 'chinese president'."""
    nouns = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        nouns.append(root.head)
    for noun in nouns:
        if noun.i in person_at or noun.lower_ not in TITLE_HEADS:
            continue
        det = [c for c in noun.children if c.dep_ == "det"]
        if not det or det[0].lower_ != "the":
            continue
        words = [t.lower_ for t in doc[det[0].i + 1 : noun.i + 1] if not t.is_punct]
        return " ".join(words), det[0].i, noun
    return None


def _title_owner(
    phrase: str, head: str, titles: dict[str, set[str]], counts: Counter
) -> str | None:
    """Who a title phrase refers to: its one holder, or a clearly dominant one."""
    holders = sorted(titles.get(phrase, ()))
    if not holders and phrase == head:
        holders = sorted({k for t, ks in titles.items() if t.split()[-1] == head for k in ks})
    if not holders:
        return None
    ranked = sorted(holders, key=lambda k: -counts[k])
    if len(ranked) == 1 or counts[ranked[0]] >= 2 * counts[ranked[1]]:
        return ranked[0]
    return None
