"""History told to explain the news: an action the sentence itself dates a year or more
before the article ("Israel's 1982 invasion of Lebanon", "the Security Council imposed
sanctions on Libya in 1992", "In the past, Greece has accused Turkey ...") happened, but
it is background, not an event of the story; a reader of the story's "who did what to
whom" takes every line for news. Only a date that belongs to the action counts: "the
first such incursion since 1995" dates the comparison, not the incursion."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import TYPE_CHECKING

from dossier.analyze.events.codes import event_noun_code

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from dossier.analyze.events.candidates import Found
    from dossier.model import TimeExpression

_DAYS_BACK = 365
_DATING_PREPS = {"in", "since", "during", "on", "at", "by", "of"}
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?=$|T)")


def told_as_history(found: Found, sent: Span, timexes: list[TimeExpression]) -> bool:
    """Whether a date of the action's own lies a year or more before the article's date
    (or is "the past")."""
    doc = found.anchor.doc
    for tx in timexes:
        if tx.type != "DATE" or not sent.start_char <= tx.start < sent.end_char:
            continue
        words = [t for t in doc[sent.start : sent.end] if tx.start <= t.idx < tx.end]
        head = next((t for t in words if not tx.start <= t.head.idx < tx.end), None)
        if head is not None and _dates_action(head, found) and _long_before(tx):
            return True
    return False


def _dates_action(word: Token, found: Found) -> bool:
    """Whether the time word hangs on the action (its anchor or clause) before any other
    verb or event noun ("the 1982 invasion", "imposed ... in 1992"), through a
    preposition that dates ("in", "since", ...; "the invasion of June 1982")."""
    own = {found.anchor.i, found.clause.i}
    if found.anchor.dep_ in ("nsubj", "nsubjpass", "dobj"):
        own.add(found.anchor.head.i)  # "talks between Syria and Israel broke off in 1996"
    node = word
    while node.head.i != node.i:
        node = node.head
        if node.dep_ == "prep" and node.lower_ not in _DATING_PREPS:
            return False  # "a trade protocol for 1990": what the year is for, not when
        if node.i in own:
            return True
        if node.pos_ in ("VERB", "AUX") or (node.pos_ == "NOUN" and event_noun_code(node)):
            return False
    return False


def _long_before(tx: TimeExpression) -> bool:
    if tx.value == "PAST_REF":
        return "past" in tx.text.lower()  # "in the past", not "recently"
    match = _DATE.match(tx.value)
    if match is None or tx.anchor is None:
        return False
    year, month, day = (int(g) if g else None for g in match.groups())
    assert year is not None
    month_end = month or 12
    last = dt.date(year, month_end, day or calendar.monthrange(year, month_end)[1])
    return (tx.anchor - last).days >= _DAYS_BACK
