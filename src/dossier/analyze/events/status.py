"""Whether an event happened: negated ("not", "refused to"), hypothetical (modals,
conditions, wants, predictions, "considering ..."), future ("will", "plans to") or
actual, read from the clause and the words that govern it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.analyze.events import verbs as ev
from dossier.analyze.events.syntax import SUBJ, subjunctive

if TYPE_CHECKING:
    from spacy.tokens import Token


def plain_future(verb: Token) -> bool:
    """A plain future of the actor's own ("will give", "is going to visit", "said it
    would give")."""
    kids = list(verb.children)
    if any(k.dep_ == "neg" for k in kids):
        return False
    modals = {k.lower_ for k in kids if k.dep_ == "aux"}
    return (
        bool(modals & ev.FUTURE_MODALS)
        or any(k.lower_ == "going" for k in kids)
        or bool(modals & _BACKSHIFTED and reported_clause(verb))
    )


_BACKSHIFTED = {"would", "'d"}


def reported_clause(verb: Token) -> bool:
    """Whether the clause is what a sayer said (its "would" is a backshifted "will")."""
    return (
        verb.dep_ == "ccomp"
        and verb.head.lemma_.lower() in ev.SAYING_VERBS | {"warn", "vow", "pledge", "promise"}
        and not any(k.dep_ == "mark" and k.lower_ in ("if", "whether") for k in verb.children)
    )


def status_of(clause: Token, anchor: Token) -> str:
    if (
        anchor.pos_ == "NOUN"
        and anchor.i == clause.i
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in anchor.children)
    ):
        return "hypothetical"  # "interested in a meeting between X and Y": none yet
    if subjunctive(clause):
        return "hypothetical"  # "insisted that he strike a deal": demanded, not done
    chain = [(anchor, False)] if anchor.i != clause.i else []
    node = clause
    chain.append((node, False))
    # Modality and negation reach down through complements ("could put off arms
    # sales", "would not give permission to help"), not across adverbial or relative
    # clauses; past a that-clause only the governing verb's meaning counts ("wants
    # Putin to attack", "denied that ...").
    crossed = False
    while node.head.i != node.i:
        dep = node.dep_
        if _noun_content(node):
            return "hypothetical"  # "demanded an admission that Soviet forces murdered ..."
        infinitival = dep == "acl" and any(c.lower_ == "to" for c in node.children)
        if dep == "ccomp":
            crossed = True
        elif dep not in ("xcomp", "conj", "pcomp", "pobj", "prep", "dobj") and not infinitival:
            if _condition_of_unrealised(node):
                return "hypothetical"
            break
        node = node.head
        chain.append((node, crossed))
    future = False  # a future is kept until no governing word makes it hypothetical
    for depth, (tok, past_clause) in enumerate(chain):
        kids = list(tok.children) if not past_clause else []
        if any(k.dep_ == "neg" for k in kids) or any(
            k.dep_ == "det" and k.lower_ in ("no",) for k in kids
        ):
            return "negated"
        if tok.i == clause.i == anchor.i and any(
            k.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ == "no" for d in k.children)
            for k in kids
        ):
            return "negated"  # "ordered no investigation", "gave no aid to"
        if depth and tok.pos_ == "ADJ" and any(k.lower_ == "too" for k in kids):
            return "hypothetical"  # "too sick to be extradited", "too ill to travel"
        if depth and tok.lemma_ == "be" and tok.i == clause.head.i and clause.dep_ == "xcomp":
            future = True  # "under the accord, Israel is to hand over ...": not yet done
        if any(k.dep_ in SUBJ | {"nsubjpass"} and any(c.lower_ == "neither" for c in k.children)
               for k in kids):  # fmt: skip
            return "negated"  # "Neither India nor Pakistan has agreed to ..."
        if any(k.dep_ == "mark" and k.lower_ in ("if", "unless", "whether") for k in kids):
            return "hypothetical"
        modals = {k.lower_ for k in kids if k.dep_ == "aux" and k.tag_ == "MD"}
        if modals and modals <= _BACKSHIFTED and reported_clause(tok):
            future = True  # "said it would send troops": a reported "will", not a condition
        elif modals & ev.HYPOTHETICAL_MODALS:
            return "hypothetical"
        if modals & ev.FUTURE_MODALS or any(k.lower_ == "going" for k in kids):
            future = True
        lemma = _phrasal_lemma(tok)
        if depth and tok.pos_ == "ADJ" and lemma in ev.HYPOTHETICAL_ADJECTIVES:
            return "hypothetical"  # "was unlikely to attack"
        if depth and tok.pos_ in ("VERB", "AUX"):
            if lemma in ev.NEGATING_HEADS and not (
                tok.i == clause.i and lemma in ev.STOPPING_VERBS  # "halted aid": the action
            ):
                return "negated"
            if lemma in ev.HYPOTHETICAL_HEADS or lemma in ev.ALLEGING_HEADS:
                return "hypothetical"
            if (
                lemma in ev.PREDICTING_HEADS
                and not any(k.dep_ == "nsubjpass" for k in kids)
                and (past_clause or any(k.dep_ == "dobj" for k in kids))
            ):
                return "hypothetical"  # "diplomats expect China to ...": a prediction
            if lemma in ev.FUTURE_HEADS:
                future = True
        if tok.i == clause.i != anchor.i and lemma in ev.CONSIDERING:
            return "hypothetical"
    return "future" if future else "actual"


_TIME_MARKS = {"until", "after", "before", "once"}


def _condition_of_unrealised(clause: Token) -> bool:
    """ "would release him only after Italy extradited Ocalan", "not to free the hostage
    until Italy agreed": a time clause that sets the condition of an action not done (a
    modal or negated head) has not happened either; "pressed them to agree before he
    leaves" only dates the leaving."""
    if clause.dep_ != "advcl" or not any(
        c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in clause.children
    ):
        return False
    return any(
        (k.dep_ == "aux" and k.lower_ in ev.HYPOTHETICAL_MODALS | ev.FUTURE_MODALS)
        or k.dep_ == "neg"
        for k in clause.head.children
    )


def _noun_content(verb: Token) -> bool:
    """A that-clause on a noun ("reports / an admission / fears that X attacked Y") is
    what the noun says, asserted by no one here (but "the fact that" is a fact)."""
    return (
        verb.dep_ in ("acl", "ccomp")  # the parser hangs some on the noun as ccomp
        and verb.head.pos_ == "NOUN"
        and verb.head.lemma_.lower() not in ("fact", "news")
        and any(c.dep_ == "mark" and c.lower_ in ("that", "whether") for c in verb.children)
    )


def _phrasal_lemma(tok: Token) -> str:
    """ "called off" reads as "cancel" (not as "call", which would make it an appeal);
    a lemma the tagger got wrong ("hoping" as "hop") by regular de-inflection."""
    lemma = tok.lemma_.lower()
    if tok.pos_ in ("VERB", "AUX") and lemma not in _GOVERNING:
        word = tok.lower_
        for suffix in ("ing", "ed", "es", "s"):
            stem = word[: -len(suffix)]
            if word.endswith(suffix) and stem + "e" in _GOVERNING and len(stem) > 2:
                lemma = stem + "e"
                break
    prt = next((c.lower_ for c in tok.children if c.dep_ == "prt"), None)
    return ev.PHRASAL_ALIASES.get((lemma, prt or ""), lemma)


# Every governing verb the status reads, for de-inflecting a mis-lemmatised one.
_GOVERNING = (
    ev.NEGATING_HEADS | ev.HYPOTHETICAL_HEADS | ev.ALLEGING_HEADS | ev.PREDICTING_HEADS
    | ev.FUTURE_HEADS | ev.CONSIDERING
)
