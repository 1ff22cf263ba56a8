"""Nominal cues: nouns that report what someone said, holds or promised ("Trump's claim
that ...", "her remark during the hearing that ...", "his promise to stay 'neutral'"),
with the content they introduce and who holds it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.analyze.quotes.speech_verbs import BELIEF_VERBS, SPEECH_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token


NOMINAL_CUES = {
    "claim", "remark", "statement", "comment", "assertion", "argument", "promise",
    "pledge", "warning", "suggestion", "charge", "accusation", "allegation", "insistence",
    "belief", "view", "contention", "declaration", "vow", "threat", "message", "notion",
    "assurance", "admission", "announcement", "prediction", "complaint", "criticism",
    "insinuation", "implication", "boast", "concern", "fear", "hope", "idea", "opinion",
    "conclusion",
}  # fmt: skip
"""Nouns that report what someone said or holds: "his claim that ...", "her remark that"."""


def nominal_content(noun: Token) -> tuple[list[tuple[int, int]], Token | None, float] | None:
    """Content of a nominal cue: its 'that' clause ("Trump's claim that there have been
    ..."), with its holder as source; surer when a source is named. A phrase between
    the noun and its clause ('her remark during the hearing that ...', 'the claim by
    the mayor that ...') makes the parser hang the clause on that phrase's noun; no
    such noun takes a 'that' clause of its own, so it is the cue's. Also a clause a
    copula predicates of it ('her claim is that ...') and a promise's infinitive."""
    clause = next((c for c in noun.rights if _that_clause(c) is not None), None)
    if clause is None:
        clause = _detached_that_clause(noun) or _predicate_clause(noun) or _infinitive(noun)
    if clause is None:
        return None
    owner = _holder(noun)
    return [(clause.left_edge.i, clause.right_edge.i + 1)], owner, 0.8 if owner else 0.5


_HOLDER_ENTS = {"PERSON", "ORG", "NORP", "GPE"}


def _holder(noun: Token) -> Token | None:
    """Whose claim: the possessor ('her claim'), a 'by' or 'of' phrase right after the
    noun ('the claim by the mayor'), a name before it ('Clinton campaign claims'), or
    the subject of a verb that utters it ('she made a promise', 'the vow he made')."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner
    doc = noun.doc
    after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if after is not None and after.lower_ in ("by", "of") and after.head.i == noun.i:
        found = next((c for c in after.children if c.dep_ == "pobj"), None)
        if found is not None and (found.ent_type_ in _HOLDER_ENTS or after.lower_ == "by"):
            return found
    compounds = [c for c in noun.lefts if c.dep_ == "compound"]
    if (
        compounds
        and compounds[-1].ent_type_ in _HOLDER_ENTS | {""}
        and any(t.ent_type_ in _HOLDER_ENTS for t in compounds[-1].subtree)
    ):
        return compounds[-1]
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_ in _UTTERING:  # 'she made a promise to ...'
        return next((c for c in verb.children if c.dep_ == "nsubj"), None)
    for clause in noun.rights:  # 'the promise she made is that ...'
        if clause.dep_ == "relcl" and clause.lemma_ in _UTTERING:
            return next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return None


_UTTERING = {
    "make", "deliver", "issue", "repeat", "reiterate", "renew", "voice", "express", "keep",
    "break", "offer", "raise", "level", "lodge", "file", "float", "air",
}  # fmt: skip
"""Verbs whose subject is the one who made the claim or promise that is their object
('she made a promise to ...', 'he repeated his warning'), unlike 'rejected the claim'."""


_COMMITMENTS = {"promise", "pledge", "vow", "threat", "warning"}


def _infinitive(noun: Token) -> Token | None:
    """'his promise to stay "neutral"': what a promise, vow or threat commits to."""
    if noun.lemma_.lower() not in _COMMITMENTS:
        return None
    for child in noun.rights:
        if child.dep_ in ("acl", "relcl") and child.left_edge.tag_ == "TO":
            return child
    return None


def _predicate_clause(noun: Token) -> Token | None:
    """'Her main claim is that the count was "rigged"': the 'that' clause a copula
    predicates of the noun is its content."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_ != "be" or verb.i < noun.i:
        return None
    return next((c for c in verb.rights if _that_clause(c) is not None), None)


_PHRASE_POS = {"ADP", "DET", "ADJ", "NOUN", "PROPN", "NUM", "PART", "PRON"}


def _detached_that_clause(noun: Token) -> Token | None:
    """The 'that' clause right after a phrase that follows the noun ('her remark during
    the hearing that ...'), which the parser hung on the phrase's noun or on the verb."""
    doc = noun.doc
    for tok in doc[noun.i + 1 : min(len(doc), noun.i + 14)]:
        if tok.lower_ == "that" and tok.dep_ == "mark":
            clause = _that_clause(tok.head)
            verb = tok.head.head
            if clause is None or verb.lemma_ in SPEECH_VERBS or verb.lemma_ in BELIEF_VERBS:
                return None  # ('told the board that ...': the verb's own clause)
            return clause
        if tok.pos_ not in _PHRASE_POS or (tok.pos_ == "PRON" and tok.dep_ != "poss"):
            return None
    return None


def _that_clause(tok: Token) -> Token | None:
    """``tok`` heads a clause opened by 'that' with a subject of its own (a content
    clause, not a relative one, whose 'that' would be its subject or object)."""
    if tok.dep_ not in ("acl", "ccomp", "relcl", "appos"):
        return None
    marks = [c for c in tok.children if c.dep_ == "mark" and c.lower_ == "that"]
    if not marks or marks[0].i != tok.left_edge.i:
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children):
        return None
    return tok
