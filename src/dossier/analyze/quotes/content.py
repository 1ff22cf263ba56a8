"""Where reported content starts and ends: trimming stray punctuation and conjunctions,
cutting at the writer's asides and paragraph or quotation boundaries, and stepping
inside quotation marks or past a dateline."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dossier.analyze.quotes.cue_grammar import is_cue
from dossier.analyze.quotes.marks import ALL_MARKS, QuotedText
from dossier.analyze.quotes.spans import MARK_CHARS, paragraph_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def within_paragraph(
    parts: list[tuple[int, int]], paragraphs: list[int], cue: int, text: str
) -> list[tuple[int, int]]:
    """Parts clipped to the cue's paragraph: the parser's sentences sometimes run over a
    paragraph break, reported speech does not."""
    para = paragraph_of(paragraphs, cue)
    lo = paragraphs[para]
    hi = paragraphs[para + 1] if para + 1 < len(paragraphs) else len(text)
    out = []
    for s, e in parts:
        s, e = max(s, lo), min(e, hi)
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def close_open_quotations(
    parts: list[tuple[int, int]], quoted: list[QuotedText]
) -> list[tuple[int, int]]:
    """A clause that opens a quotation runs to its closing mark ('said he "was sure. It
    will pass."'): the parser's sentence end is not where the quoted words end."""
    start, end = parts[-1]
    for q in quoted:
        if start <= q.start < end < q.end and len(q.parts) == 1:
            return [*parts[:-1], (start, q.end)]
    return parts


def past_quoted_comma(verb: Token, end: int) -> int:
    """'said there remains a "big difference," when it comes to X': a clause that ends at
    a quotation's own comma ('...,"') goes on with the phrase after it, which the parser
    hangs on the cue; the comma belongs to the quoted words, not to the sentence."""
    doc = verb.doc
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].text not in ALL_MARKS:
        return end
    tail = doc[end + 2]
    while tail.head.i not in (tail.i, verb.i):
        tail = tail.head
    if (
        tail.head.i != verb.i
        or tail.dep_ not in ("advcl", "prep")
        or tail.left_edge.i != end + 2
        or any(is_cue(t, speech_only=True) for t in tail.subtree)
        or (tail.tag_ == "VBG" and tail.left_edge.i == tail.i)  # ', sparking ...': an aside
    ):
        return end
    return tail.right_edge.i + 1


def reason_after(verb: Token, end: int) -> int:
    """'called them "very boring" because "I remain ..."' / 'said it was "futile,"
    because ...': a 'because' clause the parser hangs on the cue, right after the content
    (past a comma or closing mark), gives the speaker's reason; PolNeAR keeps it in."""
    doc = verb.doc
    k = end
    while k < len(doc) and (doc[k].text == "," or doc[k].text in ALL_MARKS) and k < end + 2:
        k += 1
    for child in verb.rights:
        if (
            child.dep_ == "advcl"
            and child.left_edge.i == k
            and doc[k].lower_ == "because"
            and not any(is_cue(t, speech_only=False) for t in child.subtree)
        ):  # ('because they felt ...' is an attribution of its own)
            return child.right_edge.i + 1
    return end


def split_complement_end(verb: Token, comp: Token, end: int) -> int:
    """'said X has "deep respect" for Y and his Z was W': the parser may split one clause
    that quotes words into two complements of the cue, the second starting right where
    the first ends, with no punctuation between; the content runs over both."""
    doc = verb.doc
    if not any(t.text in MARK_CHARS for t in doc[comp.left_edge.i : end]):
        return end
    for other in verb.rights:
        if (
            other.dep_ == "ccomp"
            and other.i > comp.i
            and other.left_edge.i == end
            and not (doc[end - 1].is_punct or doc[end].is_punct)
        ):
            end = clause_end(other)
    return end


def clause_end(comp: Token) -> int:
    """End of a complement, cut before a coordinated cue verb ('he makes $41,000 a year
    and questioned how ...': the second verb is the speaker's, not the content's)."""
    rights = list(comp.rights)
    for child in rights:
        if child.dep_ == "conj" and _under_same_modal(comp, child):
            rights.extend(child.rights)  # (its own next verb may be the speaker's again)
    for child in rights:
        if (
            child.dep_ == "conj"
            and is_cue(child, speech_only=True)
            and not any(c.dep_ == "mark" for c in child.children)
            and not _under_same_modal(comp, child)
        ):
            cut = child.left_edge.i
            while cut > comp.i and (comp.doc[cut - 1].dep_ == "cc" or comp.doc[cut - 1].is_punct):
                cut -= 1
            return cut
        if child.dep_ in ("prep", "advcl") and _reports_own_clause(child):
            cut = child.left_edge.i  # '... "kept us safe" before claiming that ...'
            while cut > comp.i and comp.doc[cut - 1].is_punct:
                cut -= 1
            return cut
    end = comp.right_edge.i + 1
    doc = comp.doc
    for tok in doc[comp.i + 1 : end]:
        if _trailing_aside(tok):
            return tok.left_edge.i
    dashes = [
        t.i
        for t in doc[comp.i + 1 : end]
        if t.text in _ASIDE_DASHES or (t.text == "-" and _after_quoted_words(comp, t))
    ]
    if len(dashes) == 1 and doc[dashes[0]].whitespace_:
        return dashes[0]  # '... "anchor (not) baby" — a play on words ...': an aside
    return end


def _under_same_modal(comp: Token, conj: Token) -> bool:
    """'says she'd bring the bankers in and warn them "no more delays"': a bare verb coordinated
    under the reported clause's modal is part of what was said, not the speaker's next
    report ('he makes $41,000 a year and questioned how ...' is)."""
    return (
        conj.tag_ == "VB"
        and not any(c.dep_ in ("nsubj", "aux") for c in conj.children)
        and any(c.dep_ == "aux" and c.tag_ == "MD" for c in comp.children)
    )


def _reports_own_clause(adjunct: Token) -> bool:
    """'said X "kept us safe" before claiming that Y': a time or manner adjunct whose
    speech verb reports a clause of its own is the speaker's next report, not the first."""
    if adjunct.doc[adjunct.left_edge.i].lower_ not in _TIME_LINKS:
        return False  # not 'is "wrong" for saying that ...': the reason goes with it
    verbs = [adjunct] if adjunct.dep_ == "advcl" else []
    verbs += [c for c in adjunct.children if c.dep_ == "pcomp"]
    return any(
        is_cue(v, speech_only=True)
        and any(c.dep_ == "ccomp" for c in v.children)
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)
        for v in verbs
    )  # not 'until Haley said she ...': another speaker's report sets the time


_TIME_LINKS = {"before", "after", "while", "when"}


_ASIDE_DASHES = {"—", "–", "--", "―"}


_ASIDE_MARKS = {"although", "though", "even"}


def _after_quoted_words(comp: Token, hyphen: Token) -> bool:
    """'said it "risks inflation" - except that ...': a spaced hyphen after quoted words
    opens the writer's aside, as a dash does (elsewhere a hyphen may join the clause)."""
    doc = comp.doc
    return bool(doc[hyphen.i - 1].whitespace_) and any(
        t.text in MARK_CHARS for t in doc[comp.left_edge.i : hyphen.i]
    )


def _trailing_aside(tok: Token) -> bool:
    """', which forced her to ...' / ', citing ...' / ', although ...': an aside set off
    by a comma closes the reported clause (PolNeAR leaves it out of the content)."""
    left = tok.left_edge
    doc = tok.doc
    before = doc[left.i - 1] if left.i > 0 else None
    if before is not None and before.text in ALL_MARKS and left.i > 1:
        before = doc[left.i - 2]  # 'wrapped up by Cleveland," referring to ...'
    if before is None or before.text != ",":
        return False
    if tok.dep_ == "appos" and tok.pos_ == "NOUN" and tok.right_edge.i + 1 >= _clause_right(tok):
        return True  # '"...," a move that could split the party': the writer's comment
    if _second_object(tok) and tok.right_edge.i + 1 >= _clause_right(tok):
        return True  # '... in rent, an acknowledgment that her aides trumpeted': the same
    if tok.dep_ == "relcl":
        return left.lower_ in ("which", "who")
    if tok.dep_ in ("advcl", "acl"):
        lead = doc[left.i : tok.i]  # ', implicitly putting ...'
        return (tok.tag_ == "VBG" and all(t.pos_ == "ADV" for t in lead)) or (
            left.lower_ in _ASIDE_MARKS
        )
    return False


def _second_object(tok: Token) -> bool:
    """A noun phrase opened by 'a'/'an' after a comma that the parser made a second
    object of a verb that has one already: a comment on the clause, not part of it."""
    if tok.dep_ not in ("dobj", "npadvmod") or tok.pos_ != "NOUN":
        return False
    if tok.left_edge.lower_ not in ("a", "an"):
        return False
    return any(
        c.dep_ in ("dobj", "attr", "acomp", "oprd") and c.i < tok.left_edge.i
        for c in tok.head.children
    )


def _clause_right(tok: Token) -> int:
    """End (exclusive) of the clause ``tok`` sits in: the subtree of its nearest verb."""
    head = tok
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    return head.right_edge.i + 1


_LEADING_CC = {"but", "and", "so", "yet", "or"}


def trim(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """Drop leading/trailing punctuation and spaces (keep quotation marks), and a leading
    conjunction ('But there is a risk, he said': the 'But' links to the story)."""
    while start < end and (
        ((doc[start].is_space or doc[start].is_punct) and doc[start].text not in ALL_MARKS)
        or (doc[start].dep_ == "cc" and doc[start].lower_ in _LEADING_CC)
    ):
        start += 1
    while (
        end > start
        and (doc[end - 1].is_space or doc[end - 1].is_punct)
        and (doc[end - 1].text not in ALL_MARKS)
    ):
        end -= 1
    if end - start < 1:
        return None
    return start, end


_DATELINE = re.compile(
    r"[A-Z][A-Z.'’ -]{2,40}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?"
    r"(?: \([A-Z][A-Za-z .&-]{0,30}\))? +[—–-]+ +"
)
"""'WASHINGTON — ', 'BEIJING, China -- ' or 'TEHRAN (Reuters) - ' opening a wire story: a
place line (with the agency), not content."""


def after_dateline(text: str, start: int, end: int) -> tuple[int, int]:
    """Skip a dateline that opens the content's paragraph, so the content is what was said."""
    if start == 0 or text[start - 1] == "\n":
        found = _DATELINE.match(text, start, end)
        if found and found.end() < end:
            return found.end(), end
    return start, end


def inside_marks(text: str, start: int, end: int) -> tuple[int, int]:
    if text.startswith("''", start):
        start += 2
    elif start < end and text[start] in ALL_MARKS:
        start += 1
    if end - start >= 2 and text[end - 2 : end] == "''":
        end -= 2
    elif end > start and text[end - 1] in ALL_MARKS:
        end -= 1
    return start, end
