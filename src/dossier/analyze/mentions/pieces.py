"""The tagger's entities cut and joined into one name each, before any is trimmed.

The small model runs names together and cuts single names apart: a person and her home
town ("Mollie Olgin of Ingleside"), a photo credit and the next paragraph's first word,
two speakers over a colon, an owner and a name after its possessive ("the University of
Toulouse's Young-Ho Eom") are two; "St. Jude Children's Research Hospital" and "John the
Baptist" are one.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from spacy.tokens import Span

from dossier.analyze.countries import country_of_demonym, country_of_name
from dossier.analyze.mentions.names import (
    NAME_HEADS,
    ORG_HEADS,
    PLURAL_OWNERS,
    POSSESSIVE_TOKENS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def joined_at_plural_owners(doc: Doc) -> list[Span]:
    """The tagger cuts "St. Jude Children's Research Hospital" after "Children's": a name
    ending in such a possessive and a name right after it are one name."""
    out: list[Span] = []
    for ent in doc.ents:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.end == ent.start
            and len(prev) >= 2
            and prev[-1].text in POSSESSIVE_TOKENS
            and prev[-2].lower_ in PLURAL_OWNERS
            and ent.label_ in ("ORG", "FAC")
        ):
            out[-1] = Span(doc, prev.start, ent.end, label=ent.label_)
        else:
            out.append(ent)
    return out


_EPITHET_LEADS = {"saint", "st.", "st", "king", "queen", "emperor", "empress", "tsar", "czar"}


def joined_epithets(doc: Doc, ents: list[Span]) -> list[Span]:
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


def of_pieces(doc: Doc, ent: Span) -> list[Span]:
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


def line_pieces(doc: Doc, ent: Span) -> list[Span]:
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


def colon_pieces(doc: Doc, ent: Span) -> list[Span]:
    """A name does not run over a colon: the tagger joins 'for Lee: Park said' into one
    entity, which would merge two people (or a speaker and a headline) into one."""
    cuts = [t.i for t in ent if t.text == ":"]
    if not cuts:
        return [ent]
    bounds = [ent.start, *cuts, ent.end]
    pieces = [(a + (a != ent.start), b) for a, b in pairwise(bounds)]
    return [Span(doc, a, b, label=ent.label_) for a, b in pieces if b > a]


def possessive_pieces(doc: Doc, ent: Span) -> list[Span]:
    """'the University of Toulouse's Young-Ho Eom' is two names: the owner keeps the
    tagger's label (a country is a country), and a following run of proper nouns is a
    person unless it ends in an organisation's head word ("Harvard's Medical School")."""
    cut = next(
        (t.i for t in ent[1:-1] if t.text in POSSESSIVE_TOKENS and t.tag_ == "POS"), None
    )
    if cut is None:
        return [ent]
    owner, rest = doc[ent.start : cut], doc[cut + 1 : ent.end]
    if not all(t.pos_ == "PROPN" or t.text == "-" for t in rest):
        return [ent]
    if owner[-1].lower_ in PLURAL_OWNERS or (len(rest) == 1 and rest[0].lower_ in NAME_HEADS):
        return [ent]  # "the Cambodian People's Party", "the Sheriff's Department": one name
    label = "ORG" if rest[-1].lower_ in ORG_HEADS else "PERSON"
    owner_label = "GPE" if country_of_name(owner.text) else ent.label_  # "Britain's ..."
    return [
        Span(doc, owner.start, owner.end, label=owner_label),
        Span(doc, rest.start, rest.end, label=label),
    ]
