"""The words that are an action's arguments in the parse: the subjects that act (also
through control, relative and conjoined clauses) and the objects, recipients and
prepositional objects that are its targets, for verbs and for event nouns."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.analyze.events import verbs as ev
from dossier.analyze.events.codes import MEDIATE, event_noun_code
from dossier.analyze.events.syntax import (
    RELATIVE_PRONOUNS,
    SUBJ,
    expand,
    in_dateline,
    is_place,
    pobjs,
)

if TYPE_CHECKING:
    from spacy.tokens import Token


NOUN_TARGET_PREPS = {"on", "against", "to", "with", "toward", "towards", "from", "into", "at"}
# Protests, coercion and violence with no other target are directed at where they happen
# (codebook, 141: "the location of a demonstration sometimes represents the target").
PLACE_TARGET_ROOTS = {"14", "17", "18", "19", "20"}
PLACE_PREPS = {"in", "at", "near", "inside"}
SETTING_PREPS = {
    "in",
    "at",
    "near",
    "after",
    "before",
    "during",
    "since",
    "until",
    "despite",
    "amid",
    "like",
    "as",
    "of",
    "by",
    "because",
    "following",
    "inside",
    "within",
    "through",
    "via",
    "over",
    "across",
    "along",
    "around",
    "under",
    "per",
}
_RECIPIENT_PREPS = {"to", "with", "against", "toward", "towards", "upon", "on"}
_SUBJECT_CONTROL = {"use", "promise", "take", "need", "spend"}


def subjects_of(verb: Token) -> list[Token]:
    subj = [c for c in verb.children if c.dep_ in SUBJ]
    if any(in_dateline(c) for c in subj):
        # "VIENNA, Austria (AP) Turkish Foreign Minister Arslan met ...": the parser makes
        # the dateline the subject and the actor its appositive
        subj = [a for c in subj for a in (c, *(x for x in c.children if x.dep_ == "appos"))
                if not in_dateline(a)]  # fmt: skip
    if subj:
        if subj[0].lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            return [verb.head]
        return subj
    if verb.dep_ == "xcomp":
        head = verb.head
        if head.pos_ == "ADJ" and head.dep_ in ("acomp", "xcomp"):
            head = head.head  # "Arnor is about to restore ties": the copula's subject
        raised = [c for c in head.children if c.dep_ == "nsubjpass"]
        if raised:  # "is expected to visit Japan"
            return raised
        # "urged China to stop": the object controls the infinitive.
        obj = [c for c in head.children if c.dep_ in ("dobj", "dative")]
        return obj if obj and head.lemma_.lower() not in _SUBJECT_CONTROL else subjects_of(head)
    if verb.dep_ in ("conj", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
        if _said_and(verb):
            return subjects_of(verb.head.head)
        return subjects_of(verb.head)
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and issued_document(verb.head):
        # "issued a declaration demanding that ...": whoever issued it demands
        return subjects_of(verb.head.head) or [verb.head]
    if verb.dep_ == "relcl" or (verb.dep_ == "acl" and verb.tag_ == "VBG"):
        return [verb.head]  # "rebels attacking the city"
    return []


# Documents that speak for whoever issues them ("a statement condemning ...").
_DOCUMENTS = {"declaration", "statement", "letter", "petition", "resolution", "communique",
              "communiqué", "manifesto", "motion"}  # fmt: skip


def issued_document(noun: Token) -> bool:
    """ "issued a declaration demanding ...": a document that speaks for its issuer."""
    return (
        noun.lemma_.lower() in _DOCUMENTS
        and noun.dep_ == "dobj"
        and noun.head.pos_ in ("VERB", "AUX")
    )


def _said_and(verb: Token) -> bool:
    """ "The ministry said the purchase was illegal and urged Tokyo to ...": a past verb
    joined to a copular that-clause is the sayer's second action (the parser hangs it
    on the clause, whose subject, a thing judged, cannot urge anyone)."""
    head = verb.head
    return (
        verb.dep_ == "conj"
        and verb.tag_ == "VBD"
        and not any(c.dep_ in ("aux", "nsubj") for c in verb.children)
        and head.dep_ == "ccomp"
        # "... was illegal and urged", "... had lost its legitimacy and called on"
        and (head.lemma_.lower() == "be" or any(c.dep_ == "aux" for c in head.children))
        and head.head.lemma_.lower() in ev.SAYING_VERBS
    )


def action_objects(verb: Token) -> list[Token]:
    objs = [c for c in verb.children if c.dep_ in ("dobj", "attr", "nsubjpass")]
    for obj in list(objs):  # "pledged $500 million in aid": the event is the aid
        if (
            obj.pos_ in ("NUM", "SYM")
            or obj.ent_type_ in ("MONEY", "QUANTITY", "CARDINAL")
            or any(c.dep_ == "nummod" for c in obj.children)
        ):
            objs.extend(p for c in obj.children if c.dep_ == "prep" and c.lower_ in ("in", "of")
                        for p in pobjs(c))  # fmt: skip
    for prep in verb.children:  # "agreed to the call", "carried out attacks on"
        if prep.dep_ == "prep" and prep.lower_ in ("to", "with", "on", "in"):
            objs.extend(c for c in prep.children if c.dep_ == "pobj")
    if verb.dep_ == "relcl" and verb.head.pos_ == "NOUN":  # "sanctions that it imposed"
        objs.append(verb.head)
    return expand(objs)


def verb_targets(verb: Token, objects: bool = True) -> list[Token]:
    out = [c for c in verb.children if (c.dep_ == "dobj" and objects)
           or c.dep_ == "dative"]  # fmt: skip
    # "sent a delegation to Pyongyang": a prepositional dative names the target
    out = [p for c in out for p in (pobjs(c) if c.pos_ == "ADP" else [c])]
    # "supplied weapons to Hezbollah": a recipient beside a thing as object
    preps = ev.TARGET_PREPS if not out else _RECIPIENT_PREPS
    if ev.VERBS.get(verb.lemma_.lower(), "")[:2] == "04":
        preps = preps - PLACE_PREPS  # "met in Cairo": where they met, not with whom
    for prep in verb.rights:  # a fronted "on a visit to Tokyo, ..." is the setting
        if prep.dep_ == "prep" and prep.lower_ in preps:
            out.extend(pobjs(prep))
    if not out:  # PETRARCH takes the first actor after the verb: any role-like phrase
        out.extend(p for c in verb.rights if c.dep_ == "prep" and c.lower_ not in SETTING_PREPS
                   for p in pobjs(c))  # fmt: skip
    if not out and verb.lemma_.lower() in ev.VERBS:
        # "demanded that Paraguay release ...": the addressee is the clause's subject.
        for clause in verb.children:
            if clause.dep_ == "ccomp":
                out.extend(c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass"))
    # "sailed near territory claimed by Beijing": the claimant is the target.
    for obj in list(out):
        out.extend(claimants(obj))
    return out


def noun_targets(noun: Token) -> list[Token]:
    out: list[Token] = []
    code = event_noun_code(noun) or ""
    # "the blockade of Gaza", "the invasion of Iraq": force nouns take their of-object
    preps = NOUN_TARGET_PREPS | ({"of"} if code[:2] >= "15" else set())
    if code == MEDIATE:  # "mediation between Syria and the PLO": both sides
        preps = preps | {"between"}
    # "a state of emergency in Cairo": force and protest take the place as target,
    # as their verbs do
    places = code[:2] in PLACE_TARGET_ROOTS
    own = ev.NOUN_NEEDS.get(noun.lemma_.lower(), set())
    for child in noun.subtree:
        if child.dep_ == "prep" and noun.i in (child.head.i, child.head.head.i):
            if child.lower_ in preps:  # not the noun's own words ("a state of emergency")
                out.extend(p for p in pobjs(child) if p.lemma_.lower() not in own)
            elif places and child.lower_ in PLACE_PREPS:
                out.extend(p for p in pobjs(child) if is_place(p))
    return out


def claimants(place: Token) -> list[Token]:
    out = []
    for tok in place.subtree:
        if tok.dep_ == "agent" and tok.head.lemma_.lower() in ("claim", "control", "hold"):
            out.extend(pobjs(tok))
        if tok.dep_ == "poss" and tok.head.lemma_.lower() in (
            "water",
            "waters",
            "territory",
            "airspace",
            "island",
            "claim",
        ):
            out.append(tok)
    return out
