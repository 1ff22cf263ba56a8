"""Small questions about the dependency parse that finding and coding events both ask:
prepositional objects, conjuncts, the governing verb, purpose clauses, named places."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


SUBJ = {"nsubj", "csubj"}
RELATIVE_PRONOUNS = {"which", "who", "that", "whom"}
_PLACES = {"GPE", "LOC", "FAC"}
PLACE_NOUNS = {"town", "city", "village", "province", "region", "district", "capital", "port"}


def purpose_clause(node: Token) -> bool:
    return to_clause(node) and not any(c.dep_ in SUBJ | {"nsubjpass"} for c in node.children)


def expand(heads: list[Token]) -> list[Token]:
    out: list[Token] = []
    for head in heads:
        out.append(head)
        out.extend(head.conjuncts)
    return sorted(set(out), key=lambda t: t.i)


def pobjs(prep: Token) -> list[Token]:
    return [c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ not in ("DATE", "TIME")]


def governing_verb(tok: Token) -> Token:
    node = tok
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    return node


def is_place(tok: Token) -> bool:
    """A named place: tagged so, or named by "the town of ..." (whatever the tagger says)."""
    if tok.ent_type_ in _PLACES:
        return True
    prep = tok.head
    return tok.pos_ == "PROPN" and prep.lower_ == "of" and prep.head.lemma_.lower() in PLACE_NOUNS


def to_clause(tok: Token) -> bool:
    """ "to demand ...": an infinitival purpose clause without its own subject."""
    return tok.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def subjunctive(clause: Token) -> bool:
    """A mandative subjunctive: "insist (that) they be imprisoned in Scotland", "insisted
    that he strike a deal": what is demanded, not what is."""
    if clause.dep_ != "ccomp" or not any(c.dep_ in SUBJ | {"nsubjpass"} for c in clause.children):
        return False
    kids = list(clause.children)
    if any(c.dep_ == "aux" for c in kids):
        return False
    if clause.tag_ == "VB":
        return True
    if clause.tag_ == "VBP":  # "he strike": a singular subject with the plain form
        return any(
            c.dep_ == "nsubj" and (c.tag_ in ("NN", "NNP") or c.lower_ in ("he", "she", "it"))
            for c in kids
        )
    return clause.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lower_ == "be" for c in kids)


# News agencies whose name in brackets closes a dateline ("CAIRO, Egypt (AP)").
_AGENCIES = {"ap", "afp", "reuters", "upi", "xinhua", "dpa", "ansa", "efe", "aap", "cnn"}


def in_dateline(tok: Token) -> bool:
    """Whether ``tok`` is part of a sentence-opening dateline ("NAIROBI, Kenya (AP)"),
    which says where the story was filed: no actor, and no part of the noun phrase the
    parser joins it to ("NAIROBI, Kenya( AP) FBI agents" are not Kenyan)."""
    if not (tok.text[:1].isupper() or tok.is_punct):
        return False  # a dateline is capitalised words and punctuation only
    doc = tok.doc
    start = tok.i  # walk back to the sentence start: a cheap "no" for most tokens
    while start > 0 and not doc[start].is_sent_start:
        start -= 1
        if tok.i - start >= 12 or not (doc[start].text[:1].isupper() or doc[start].is_punct):
            return False
    for k in range(min(12, len(doc) - start)):
        cand = doc[start + k]
        if k and cand.is_sent_start:
            break
        if cand.text == ")" and k >= 2 and doc[start + k - 1].lower_ in _AGENCIES:
            return doc[start + k - 2].text == "(" and tok.i <= cand.i
        if not (cand.text[:1].isupper() or cand.is_punct):
            return False
    return False
