"""Which way a time expression points: the tense of the verb that governs it.

"will host a dinner ... on Thursday" is the coming Thursday, "said on Sunday" the last
one. Only spaCy's parse is used (tags and dependencies), so this runs inside
``analyze``; the result is stored on each ``TimeExpression`` so later stages can
re-resolve a value against another anchor without spaCy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

FUTURE_AUX = {"will", "'ll", "shall", "wo", "ll"}
FORWARD_MODALS = {"would", "should", "may", "might", "must"}
"""Modals that put a plain infinitive ahead of the time they are said ("said he would
see him Monday" is the coming Monday); "could"/"can" also report past ability."""
FUTURE_HEADS = {
    "plan", "schedule", "expect", "intend", "prepare", "aim", "hope", "set", "going", "due",
    "want", "seek", "promise", "pledge", "vow", "threaten", "agree", "decide", "suppose",
    "urge",
}  # fmt: skip
PAST_TAGS = {"VBD"}
PRESENT_TAGS = {"VBZ", "VBP"}
MAX_CLIMB = 6


def direction_at(doc: Doc, start: int, end: int) -> str:
    """Tense of the verb governing the characters ``[start, end)`` of ``doc``."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return "unknown"
    before = span.start - 1
    if before > 0 and doc[before].lower_ == "the":
        before -= 1
    if before >= 0 and doc[before].lower_ == "since":
        return "past"  # "since (the) Oct. 1 ..." is behind whatever the verb says
    tok = span.root
    for _ in range(MAX_CLIMB):
        if tok.pos_ in ("VERB", "AUX") and tok not in span:
            break
        if tok.head is tok:
            break
        tok = tok.head
    if tok.pos_ not in ("VERB", "AUX"):
        return "unknown"
    return verb_direction(tok)


def verb_direction(verb: Token, depth: int = 0) -> str:
    auxes = [k for k in verb.children if k.dep_ in ("aux", "auxpass")]
    lowers = {a.lower_.replace("’", "'") for a in auxes}
    perfect = any(a.lemma_.lower() == "have" for a in auxes)
    if lowers & FUTURE_AUX:
        return "future"
    if lowers & FORWARD_MODALS and not perfect:
        return "future"
    if any(a.tag_ == "MD" for a in auxes):
        return "unknown"
    if "to" in lowers and verb.dep_ in ("relcl", "acl"):
        return "future"  # "talks to resume Monday", "a report to be published in January"
    if verb.lemma_ == "be" and any(
        k.dep_ == "xcomp" and any(a.lower_ == "to" for a in k.children) for k in verb.children
    ):
        return "future"  # "is to go on trial Thursday"
    if verb.dep_ == "conj" and verb.tag_ == "VB" and not auxes and depth < 3:
        return verb_direction(verb.head, depth + 1)  # "will debate ... and hold ..."
    if verb.tag_ in ("VB", "VBG") and verb.dep_ in ("xcomp", "ccomp", "advcl") and depth < 3:
        head = verb.head
        if head.lemma_.lower() in FUTURE_HEADS:
            return "future"
        if verb.tag_ == "VB" or not auxes:
            return verb_direction(head, depth + 1)
    if verb.tag_ in PAST_TAGS or any(a.tag_ in PAST_TAGS for a in auxes):
        return "past"
    if verb.lemma_.lower() in FUTURE_HEADS:
        return "future"
    if verb.tag_ == "VBN" and not perfect and any(a.tag_ in PRESENT_TAGS for a in auxes):
        return "present"  # "are being urged": a present passive, not a past
    if verb.tag_ == "VBN":
        return "past"
    if verb.tag_ in PRESENT_TAGS or any(a.tag_ in PRESENT_TAGS for a in auxes):
        return "present"
    return "unknown"
