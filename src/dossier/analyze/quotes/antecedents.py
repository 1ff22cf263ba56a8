"""What a quote's opening relative pronoun stands for: '..., which X has said is unfair'.

PolNeAR's content of '... the new levy, which the mayor has said is unfair' starts at
'which', so the quote alone does not say what is unfair. The parse does: the pronoun
opens a relative clause (``relcl``) whose head noun is the antecedent. The antecedent is
kept short, the noun with its determiners, possessives, adjectives, numbers and compounds
('the new levy', not 'a plan the mayor announced'), for renderers to show as journalists
do: 'which [the new levy] ... is unfair'. The content span itself is left as it is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.analyze.nlp import text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

RELATIVE_PRONOUNS = frozenset({"which", "who", "whom", "that"})
_RELATIVE_TAGS = frozenset({"WDT", "WP"})
_NOUN_POS = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
_MODIFIERS = frozenset({"det", "predet", "poss", "amod", "compound", "nummod", "nmod"})


def relative_antecedent(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """Character span of the antecedent when the content ``[start, end)`` opens with a
    relative pronoun, else None."""
    pronoun = _first_word(doc, start, end)
    if pronoun is None or pronoun.lower_ not in RELATIVE_PRONOUNS:
        return None
    if pronoun.tag_ not in _RELATIVE_TAGS or pronoun.dep_ == "mark":
        return None  # a complementizer ('told the officers that ...'), not a pronoun
    clause = _relative_clause(pronoun)
    if clause is None:
        return None
    noun = clause.head
    if noun.pos_ not in _NOUN_POS or noun.i >= pronoun.i:
        return None
    first = _left_edge(noun)
    return doc[first].idx, noun.idx + len(noun.text)


def _first_word(doc: Doc, start: int, end: int) -> Token | None:
    """The content's first token that is not punctuation (an opening quotation mark)."""
    span = doc.char_span(start, min(end, len(text_of(doc))), alignment_mode="expand")
    if span is None:
        return None
    return next((t for t in span if t.idx >= start and not t.is_punct), None)


def _relative_clause(pronoun: Token) -> Token | None:
    """The head of the relative clause the pronoun opens ('which X has indicated is ...':
    the pronoun may hang from a verb inside it)."""
    for head in [pronoun, *pronoun.ancestors]:
        if head.dep_ == "relcl":
            return head if head.left_edge.i == pronoun.i else None
    return None


def _left_edge(noun: Token) -> int:
    """Token index where the noun's pre-modifiers begin, stopping at the first left
    child that is not a modifier or would leave a gap."""
    first = noun.i
    for child in reversed(list(noun.lefts)):
        if child.dep_ not in _MODIFIERS or child.right_edge.i != first - 1:
            break
        first = child.left_edge.i
    return first
