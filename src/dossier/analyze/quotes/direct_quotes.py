"""Direct quotes: quotation marks that are speech (not titles, terms or names), each
tied to its cue, with split quotations and quotations over several paragraphs joined
to the quote they continue."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.analyze.nlp import text_of
from dossier.analyze.quotes.cue_grammar import cue_subject, is_cue
from dossier.analyze.quotes.cues import cue_lemma
from dossier.analyze.quotes.direct_cues import (
    colon_label,
    cue_after,
    cue_before,
    dash_label,
    words_of,
)
from dossier.analyze.quotes.marks import ALL_MARKS, QuotedText
from dossier.analyze.quotes.spans import (
    MARK_CHARS,
    Attribution,
    before_opening,
    paragraph_of,
    token_from,
)
from dossier.analyze.quotes.speech_verbs import cue_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def direct_attributions(
    doc: Doc, quoted: list[QuotedText], paragraphs: list[int]
) -> list[Attribution]:
    out: list[Attribution] = []
    last: Attribution | None = None
    title_end = -1
    text = text_of(doc)
    for q in quoted:
        para = paragraph_of(paragraphs, q.start)
        if _is_title(doc, q) or _next_title(text, q, title_end):
            title_end = q.end
            continue
        if _modifies_noun(doc, q):
            continue
        if last is not None and last.parts[-1][1] <= q.start and q.end <= last.cue_start:
            continue  # '"...," X, wearing "Ted Cruz" pins, said': part of the speaker
        after, before = cue_after(doc, q), cue_before(doc, q, paragraphs)
        if (
            after is not None
            and (before is not None or _reports_own_clause(after[0], text_of(doc), q))
            and _closes_sentence(text_of(doc), q)
        ):
            after = None  # 'but said "the question is the timing." X said ...': X's is next
        if after is not None and _opens_next_quotation(doc, q, after[0]):
            after = None  # '"Why now?" Her aide wrote back, "Soon."': the aide's is next
        cue = after or before or colon_label(doc, q) or dash_label(doc, q) or words_of(doc, q)
        if cue is None:
            cue = _bare_cue_sentence(doc, q, paragraphs)
        if cue is not None:
            verb, subject = cue
            attribution = Attribution(
                cue=verb, cue_text=cue_text(verb), cue_start=verb.idx,
                cue_end=verb.idx + len(verb.text), parts=list(q.parts),
                speaker_head=subject, direct=True, paragraph=paragraph_of(paragraphs, q.end - 1),
            )  # fmt: skip
            if last is not None and last.cue is not None and last.cue.i == verb.i:
                last.parts.extend(q.parts)  # '"X," she said, "Y."'
                last.paragraph = attribution.paragraph
                continue
            tail = _clause_tail(doc, q, verb) if cue is before else None
            if tail is not None:
                attribution.parts = [(q.start, tail)]
                attribution.direct = False  # quoted words inside a clause: a mixed quote
            out.append(attribution)
            last = attribution
            continue
        if last is not None and _continues(doc, last, q, para, paragraphs):
            last.parts.extend(q.parts)
            last.paragraph = paragraph_of(paragraphs, q.end - 1)
        elif last is not None and para == last.paragraph:
            lead = _lead_in_continuation(doc, last, q)
            if lead is not None:
                last.parts.append((lead, q.parts[0][1]))
                last.parts.extend(q.parts[1:])
    return out


_TAIL_END = ".!?;:,'" + ALL_MARKS


def _clause_tail(doc: Doc, q: QuotedText, cue: Token) -> int | None:
    """'As the coach put it, "the best thing we have" is that ...': quoted words that
    close without punctuation of their own and go on in the clause they sit in (a word
    after the closing mark hangs on a quoted word, or a quoted word on a word after it)
    are part of that clause; returns where the clause ends (the sentence's end)."""
    if len(q.parts) > 1:
        return None
    text = text_of(doc)
    inner = text[q.start : q.end].rstrip(ALL_MARKS + "'’ ")
    if not inner or not inner[-1].isalnum():
        return None
    first, after = token_from(doc, q.start), token_from(doc, q.end)
    while after < len(doc) and doc[after].idx < q.end:
        after += 1
    if after >= len(doc) or not doc[after].is_lower or not doc[after].is_alpha:
        return None
    sent = doc[after].sent
    if doc[first].sent != sent or any(
        c.dep_ in ("ccomp", "xcomp") and c.left_edge.i <= first <= c.right_edge.i
        for c in cue.children
    ):
        return None  # (the cue's own clause around it is a mixed quote already)
    inside = range(first, after)
    tail = doc[after : sent.end]
    linked = any(t.head.i in inside for t in tail) or any(
        doc[i].head.i >= after and doc[i].head.i != cue.i for i in inside
    )
    if not linked:
        return None
    end = tail[-1].idx + len(tail[-1].text)
    while end > q.end and (text[end - 1] in _TAIL_END or text[end - 1].isspace()):
        end -= 1
    return end if "\n" not in text[q.end : end] else None


def _bare_cue_sentence(
    doc: Doc, q: QuotedText, paragraphs: list[int]
) -> tuple[Token, Token | None] | None:
    """'X said in a statement. "..."' / 'Y agreed.\n\n"..."': a sentence whose speech
    verb reports nothing of its own (no clause, no object, no quotation) introduces the
    quotation right after it, in its paragraph or opening the next one."""
    text = text_of(doc)
    k = token_from(doc, q.start) - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    if k < 1 or doc[k].text not in (".", ":"):
        return None
    para = paragraph_of(paragraphs, q.start)
    if paragraph_of(paragraphs, doc[k].idx) not in (para, para - 1):
        return None
    if paragraph_of(paragraphs, doc[k].idx) == para - 1 and q.start != paragraphs[para]:
        return None
    sent = doc[k].sent
    verb = sent.root
    if (
        not is_cue(verb, speech_only=True)
        or any(m in text[sent.start_char : doc[k].idx] for m in MARK_CHARS)
        or any(c.dep_ in ("ccomp", "xcomp", "dobj", "advcl", "conj") for c in verb.children)
    ):
        return None
    subject = cue_subject(verb)
    if subject is None or subject.i > verb.i:
        return None
    return verb, subject


def _reports_own_clause(verb: Token, text: str, q: QuotedText) -> bool:
    """'... "security guards." He said that is a "distortion"' / '"... on Sundays." She
    noted a new club ...': a cue with a clause of its own after it, or an object when a
    new sentence opens after the quotation, opens the next report; it does not close the
    quotation before it ('"I'm done." he told reporters' is a typo for a comma)."""
    deps = ("ccomp", "dobj") if text[q.end :].lstrip()[:1].isupper() else ("ccomp",)
    return any(c.dep_ in deps and c.i > verb.i for c in verb.children)


def _opens_next_quotation(doc: Doc, q: QuotedText, verb: Token) -> bool:
    """'"Why now? Is it the trip?" Her aide then wrote back, "You look fine."': after a
    quotation that ends its sentence, a new sentence whose cue opens the next quotation
    (a comma or colon and an opening mark right after the cue phrase) introduces that
    one; the question before it was someone else's words."""
    text = text_of(doc)
    inner = text[q.start : q.end].rstrip(ALL_MARKS + "'’ ")
    if not inner.endswith(("?", "!", ".")) or inner.endswith("..."):
        return False
    following = text[q.end : verb.idx].lstrip()
    if not following[:1].isupper():
        return False  # '"Why?" she asked, "..."': the cue closes this one
    end = verb.idx + len(verb.text)
    opening = min((i for i in (text.find(m, end) for m in "“\"") if i >= 0), default=-1)
    between = text[end:opening].rstrip()
    return (
        0 <= opening - end <= 30
        and not any(ch in between for ch in ".!?\n")
        and between.endswith((",", ":"))
    )


def _closes_sentence(text: str, q: QuotedText) -> bool:
    """The quotation ends with a full stop inside its marks: a cue after it opens the
    next sentence, unless no cue comes before it ('"I'm done." he said.' is a typo)."""
    inner = text[q.start : q.end].rstrip(ALL_MARKS + "'’ ")
    return inner.endswith(".") and not inner.endswith("...")


_WORKS = {
    "book", "memoir", "novel", "film", "movie", "documentary", "show", "program", "series",
    "song", "album", "ad", "article", "column", "essay", "op-ed", "play", "podcast",
}  # fmt: skip
"""Nouns naming a work: the short quotation right after one is its title."""
_TITLE_PREPS = {"on", "in", "of", "to", "at", "from", "titled", "called", "dubbed", "named"}


def _is_title(doc: Doc, q: QuotedText) -> bool:
    """'told Fox News's "Hannity,"' / 'said on "Meet the Press"': a short quotation right
    after a preposition or a possessive names a show or a work; it is not speech."""
    if len(q.parts) > 1 or len(text_of(doc)[q.start : q.end].split()) > 6:
        return False
    found = before_opening(doc, q)
    if found is None:
        return False
    k = found[1]
    if k < 0:
        return False
    before = doc[k]
    if before.text == "," and k > 0 and cue_lemma(doc[k - 1]) in _WORKS:
        return True  # 'in his 2012 book, "An American Son"'
    return before.lower_ in _TITLE_PREPS or before.tag_ == "POS" or cue_lemma(before) in _WORKS


_LIST_JOINS = {",", "and", ", and", "or", ", or", "&"}
_TITLE_SMALL_WORDS = {
    "a", "an", "the", "of", "and", "or", "in", "on", "to", "for", "with", "at", "by",
    "from", "as", "but", "nor", "vs",
}  # fmt: skip


def work_titles(doc: Doc, quoted: list[QuotedText]) -> set[tuple[int, int]]:
    """Quotations that name a show, book or song ('on NBC's "Morning Desk"', 'a guest on
    "The Hour" and "Late Talk"'): a short quotation in title case after
    a preposition, a possessive or a noun naming a work (or listed after such a title).
    Nobody said those words, so a clause holding only such quotations quotes no one."""
    text = text_of(doc)
    out: set[tuple[int, int]] = set()
    title_end = -1
    for q in quoted:
        if not _title_case(text[q.start : q.end]):
            continue
        if _is_title(doc, q) or _next_title(text, q, title_end):
            out.add((q.start, q.end))
            title_end = q.end
    return out


def _title_case(quotation: str) -> bool:
    """Every word capitalized but the small ones ('The Late Hour with Ann Cole'),
    and no sentence inside ('"We Will Win!"' is a slogan shouted, not a title)."""
    inner = quotation.strip(ALL_MARKS + "'’ ").rstrip(",.")
    words = [w for w in inner.split() if any(ch.isalpha() for ch in w)]
    if not words or len(words) > 6 or any(ch in inner for ch in "!?;:"):
        return False
    first = words[0].lstrip("(['‘")
    return first[:1].isupper() and all(
        w.lstrip("(['‘")[:1].isupper() or w.lower() in _TITLE_SMALL_WORDS for w in words
    )


def _next_title(text: str, q: QuotedText, title_end: int) -> bool:
    """'starred in "Parks and Recreation" and "The Office"': a short quotation listed
    right after a title is a title too."""
    if title_end < 0 or len(q.parts) > 1 or len(text[q.start : q.end].split()) > 6:
        return False
    return 0 <= q.start - title_end <= 6 and text[title_end : q.start].strip() in _LIST_JOINS


def _modifies_noun(doc: Doc, q: QuotedText) -> bool:
    """'the "Never Trump" movement continues' / 'the "Avatar" star posted': a quotation
    with no punctuation of its own, hung on the common noun right after it, names or
    labels that noun; the cue after it is the noun's, not the quoted words'."""
    if len(q.parts) > 1:
        return False
    inner = text_of(doc)[q.start : q.end].rstrip(ALL_MARKS + "'’ ")
    if not inner or inner[-1] in ",.!?;:":
        return False
    i = token_from(doc, q.end)
    while i < len(doc) and doc[i].idx < q.end:
        i += 1
    if i >= len(doc) or doc[i].pos_ != "NOUN" or not doc[i].text[:1].islower():
        return False
    noun = doc[i]
    inside = [t for t in doc[token_from(doc, q.start) : i] if t.is_alpha]
    return bool(inside) and all(t.i in range(noun.left_edge.i, noun.i) for t in inside)


def _continues(
    doc: Doc, last: Attribution, q: QuotedText, para: int, paragraphs: list[int]
) -> bool:
    """A quotation without a cue of its own continues the previous attributed quote when
    it follows it in the same paragraph or opens the next paragraph, or when it follows
    the cue in the cue's own sentence ('"X," Thiel wrote in a statement, "but Y."')."""
    if len(text_of(doc)[q.start : q.end].split()) < 3:
        return False
    cue = last.cue
    if (
        last.direct
        and cue is not None
        and cue.text != ":"
        and last.parts[-1][1] <= cue.idx < q.start < cue.sent.end_char
    ):
        return not _reported_by_another(doc, cue, q)
    if not _starts_sentence(text_of(doc), q.start):
        return False
    if para == last.paragraph:
        return last.parts[-1][1] <= q.start
    if para == last.paragraph + 1:
        return q.start == paragraphs[para]
    return False


_MAX_LEAD_IN = 4


def _lead_in_continuation(doc: Doc, last: Attribution, q: QuotedText) -> int | None:
    """'"X," he said. But "Y."' / '"X," said Aida. Biden "kind of misspoke."': the sentence
    right after a direct quote's cue sentence, a few words and then a quotation that closes
    it, with no cue of its own, goes on with the quote (PolNeAR joins it, lead-in words
    and all); returns where that sentence starts."""
    cue = last.cue
    if not last.direct or cue is None or cue.text == ":" or last.parts[-1][1] > cue.idx:
        return None
    if len(text_of(doc)[q.start : q.end].split()) < 3:
        return None
    sent = doc[token_from(doc, q.start)].sent
    if sent.start != cue.sent.end or sent.start_char >= q.start:
        return None
    lead = doc[sent.start : token_from(doc, q.start)]
    tail = text_of(doc)[q.end : sent.end_char]
    if len(lead) > _MAX_LEAD_IN or tail.strip(" .!?") or any(t.pos_ == "VERB" for t in lead):
        return None
    return sent.start_char


def _reported_by_another(doc: Doc, cue: Token, q: QuotedText) -> bool:
    """'"X," Fiorina said, adding that the way to win "is to attack her record."': a
    quotation inside the clause of a later cue in the sentence is that cue's report,
    not a continuation of the quote before it."""
    first = token_from(doc, q.start)
    return any(
        is_cue(tok, speech_only=True) and tok.left_edge.i <= first <= tok.right_edge.i
        for tok in doc[cue.i + 1 : first]
    )


def _starts_sentence(text: str, char: int) -> bool:
    """True when only sentence-ending punctuation or a paragraph break precedes ``char``."""
    raw = text[max(0, char - 6) : char]
    if "\n" in raw:
        return True
    before = raw.rstrip()
    return not before or before[-1] in '.!?\n”"' or before.endswith(":")
