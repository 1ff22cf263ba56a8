"""Indirect and mixed quotes from clauses: a cue's complement, 'according to X', 'in a
poll, ...', a quoted argument of any verb (a stance), and label lines ('WALLACE: ...',
'Poll: ...'), each as an attribution with its content clipped to the paragraph."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dossier.analyze.nlp import text_of
from dossier.analyze.quotes.content import clause_end, trim, within_paragraph
from dossier.analyze.quotes.cue_complements import cue_complement
from dossier.analyze.quotes.cue_grammar import cue_subject, is_cue
from dossier.analyze.quotes.cues import argument_parts, cue_lemma, raised_content
from dossier.analyze.quotes.hyphens import past_hyphens
from dossier.analyze.quotes.marks import ALL_MARKS
from dossier.analyze.quotes.nominal_cues import NOMINAL_CUES, nominal_content
from dossier.analyze.quotes.spans import MARK_CHARS, Attribution, paragraph_of
from dossier.analyze.quotes.speech_verbs import cue_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def clause_attributions(doc: Doc, paragraphs: list[int]) -> list[Attribution]:
    out: list[Attribution] = []
    for tok in doc:
        found = _clause_content(doc, tok)
        if found is None:
            continue
        parts, subject, confidence = found
        parts = [p for p in (trim(doc, s, e) for s, e in parts) if p is not None]
        parts = [(s, past_hyphens(doc, e - 1, _next_start(parts, s)) + 1) for s, e in parts]
        if not parts or (len(parts) == 1 and parts[0][1] - parts[0][0] < 2):
            continue  # one word alone ('said so') is too little to report
        chars = [(doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)) for s, e in parts]
        chars = within_paragraph(chars, paragraphs, tok.idx, text_of(doc))
        if not chars:
            continue
        cue_end = doc[tok.i + 1] if tok.lower_ == "according" else tok
        out.append(
            Attribution(
                cue=tok,
                cue_text=cue_text(tok),
                cue_start=tok.idx,
                cue_end=cue_end.idx + len(cue_end.text),
                parts=chars,
                speaker_head=subject,
                direct=False,
                paragraph=paragraph_of(paragraphs, tok.idx),
                confidence=confidence,
            )
        )
    return out


def _next_start(parts: list[tuple[int, int]], start: int) -> int | None:
    """Where the next content piece starts: a piece taken past a hyphen stops there."""
    later = [s for s, _ in parts if s > start]
    return min(later) if later else None


def _clause_content(
    doc: Doc, tok: Token
) -> tuple[list[tuple[int, int]], Token | None, float] | None:
    """Content token spans, speaker head and confidence of the attribution cued by
    ``tok``, if it cues one."""
    if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
        return _according_to(doc, tok)
    if tok.lower_ == "in" and tok.dep_ == "prep":
        return _in_source(doc, tok)
    if tok.pos_ in ("VERB", "AUX"):
        raised = raised_content(tok)
        if raised is not None:
            return raised
    if is_cue(tok, speech_only=False):
        found = cue_complement(doc, tok)  # else 'proclaimed a goal of "X"': a stance
        return found if found is not None or tok.pos_ != "VERB" else _quoted_argument(tok)
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in NOMINAL_CUES:
        return nominal_content(tok)
    if tok.pos_ == "VERB":
        return _quoted_argument(tok)
    return None


def _agent_like(tok: Token) -> bool:
    """A person, group or organisation: someone who can hold a stance."""
    if tok.pos_ == "PRON":
        return tok.lower_ in ("he", "she", "they", "i", "we", "you", "who")
    return tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")


_PLAIN_VERBS = {"be", "have", "do", "get", "make", "take", "go", "come", "use", "include"}


def _quoted_argument(verb: Token) -> tuple[list[tuple[int, int]], Token | None, float] | None:
    """'Trump blasted Disney for its "outrageous practices"' / 'took credit for "being
    right"': a verb whose argument quotes words attributes them to its subject, whatever
    the verb (PolNeAR annotates nearly any such stance); a low-confidence stance."""
    edge = verb.right_edge
    after = text_of(verb.doc)[verb.idx : edge.idx + len(edge.text)]
    if verb.lemma_ in _PLAIN_VERBS or not any(m in after for m in MARK_CHARS):
        return None
    subject = cue_subject(verb)
    found = argument_parts(verb)
    if subject is None or found is None or not _agent_like(subject):
        return None
    start, end = found[-1]
    doc = verb.doc
    marks = [t.i for t in doc[start:end] if t.text in ALL_MARKS or t.text == "''"]
    closing = marks[1::2]
    if len(marks) % 2 == 1 and not doc[marks[-1] - 1].is_punct and _closes_after(doc, end):
        return found, subject, 0.3  # 'admires X as a "great leader," comparing him'
    if not any(i + 1 >= len(doc) or doc[i + 1].pos_ not in ("NOUN", "PROPN") for i in closing):
        return None  # only terms: 'the "One China" policy'
    return found, subject, 0.3


def _closes_after(doc: Doc, end: int) -> bool:
    """The quotation left open at the end of an argument closes right after it, past its
    own comma or full stop: the parser hung the punctuation and closing mark on the verb
    ('admires X as a "great leader," comparing him to Y'), so its words end there. (A
    quotation opened after punctuation, 'saying, "..."', is a direct quote of its own.)"""
    tail = doc[end : end + 2]
    return len(tail) > 0 and (
        tail[0].text in _CLOSING_MARKS
        or (tail[0].is_punct and len(tail) > 1 and tail[1].text in _CLOSING_MARKS)
    )


_CLOSING_MARKS = {'"', "”", "''", "»"}

_NOT_SPEAKERS = {
    "update", "note", "photo", "photos", "related", "read", "watch", "video", "editor",
    "correction", "clarification", "disclosure", "image", "credit",
    # fields of fact boxes, reviews and profiles ('Rating: PG-13', 'Source: Wikimedia')
    "source", "sources", "rating", "stars", "starring", "cast", "director", "producer",
    "writer", "distributor", "genre", "runtime", "occupation", "born", "education",
    "location", "venue", "address", "website", "price", "tickets", "admission", "hours",
    "category", "categories", "tags", "topics", "filed", "posted", "published", "updated",
    "caption", "facts",
    # links and boxes ('SEE ALSO: ...', 'Slideshow: ...', 'Read more: ...')
    "also", "more", "slideshow", "gallery",
}  # fmt: skip


def label_lines(doc: Doc, paragraphs: list[int]) -> list[Attribution]:
    """'Poll: Sanders Leads in Iowa' / 'WALLACE: Do you really ...': a paragraph that opens
    with a short name and a colon (headlines, transcripts) gives the rest to the name."""
    text = text_of(doc)
    out: list[Attribution] = []
    for n, start in enumerate(paragraphs):
        end = paragraphs[n + 1] if n + 1 < len(paragraphs) else len(text)
        colon = text.find(":", start, min(end, start + 60))
        if colon < 0 or "\n" in text[start:colon]:
            continue
        label = doc.char_span(start, colon, alignment_mode="contract")
        while label is not None and len(label) > 1 and not label[0].is_alpha:
            label = label[1:]  # a list bullet or quote marker ('• ', '> ') is no name
        cue = doc.char_span(colon, colon + 1, alignment_mode="expand")
        words = [t for t in label if t.is_alpha] if label is not None else []
        if label is None or cue is None or not 1 <= len(words) <= 5:
            continue
        if not all(t.text[:1].isupper() for t in words) or any(
            t.pos_ in ("VERB", "AUX") and not t.text.isupper() for t in label
        ):
            continue
        if words[-1].lower_ in _NOT_SPEAKERS or text[colon + 1 : colon + 2] not in " \xa0":
            continue
        person = any(t.ent_type_ == "PERSON" for t in label) or label.text.isupper()
        turns = [(label, colon)]
        if label.text.isupper():  # 'RYAN: I'm just a reporter. TRUMP: Well, ...': one a turn
            turns += _inline_turns(doc, colon + 1, end)
        for (who, at), nxt in zip(turns, [*turns[1:], None], strict=False):
            stop = nxt[0].start_char if nxt is not None else end
            turn = _label_turn(doc, who, at, stop, n, 1.0 if person else 0.8)
            if turn is not None:
                out.append(turn)
    return out


_INLINE_LABEL = re.compile(r"(?<=[.?!\u2014] )([A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3}):\s")


def _inline_turns(doc: Doc, start: int, end: int) -> list[tuple[Span, int]]:
    """Transcript labels in capitals inside a labelled paragraph, after a sentence's end."""
    text = text_of(doc)
    found = []
    for m in _INLINE_LABEL.finditer(text, start, end):
        label = doc.char_span(m.start(1), m.end(1), alignment_mode="contract")
        if label is not None and len(label):
            found.append((label, m.end(1)))
    return found


def _label_turn(
    doc: Doc, label: Span, colon: int, end: int, paragraph: int, confidence: float
) -> Attribution | None:
    cue = doc.char_span(colon, colon + 1, alignment_mode="expand")
    content = doc.char_span(colon + 1, end, alignment_mode="contract")
    if cue is None or content is None:
        return None
    trimmed = trim(doc, content.start, content.end)
    if trimmed is None or trimmed[1] - trimmed[0] < 3:
        return None
    s, e = trimmed
    words = [t for t in label if t.is_alpha]
    return Attribution(
        cue=cue[0],
        cue_text=":",
        cue_start=colon,
        cue_end=colon + 1,
        parts=[(doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text))],
        speaker_head=label.root if label.root.is_alpha else words[-1],  # not '•'
        direct=False,
        paragraph=paragraph,
        confidence=confidence,
    )


def _according_to(
    doc: Doc, according: Token
) -> tuple[list[tuple[int, int]], Token | None, float] | None:
    to = doc[according.i + 1]
    objects = [c for c in to.children if c.dep_ == "pobj"] or [
        c for c in according.children if c.dep_ == "pobj"
    ]
    if not objects:
        return None
    head = according.head
    left, right = according.left_edge.i, max(according.right_edge.i, to.right_edge.i) + 1
    sent = according.sent
    if head.i == according.i:
        return None
    start, end = (head.left_edge.i, head.right_edge.i + 1) if head.dep_ != "ROOT" else (
        sent.start, sent.end
    )  # fmt: skip
    parts = []
    if start < left:
        parts.append((start, left))
    if right < end:
        parts.append((right, end))
    return parts, objects[0], 1.0


_SOURCE_NOUNS = {
    "poll", "survey", "report", "study", "analysis", "statement", "interview", "letter",
    "memo", "filing", "estimate", "projection", "forecast", "audit", "review", "count",
}  # fmt: skip


def _in_source(doc: Doc, prep: Token) -> tuple[list[tuple[int, int]], Token | None, float] | None:
    """'In a CNN poll, Clinton held a 24-point lead': a poll, report or statement as the
    source of the clause it frames (when the clause has no speech verb of its own)."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    head = prep.head
    if (
        not objects
        or cue_lemma(objects[0]) not in _SOURCE_NOUNS
        or head.pos_ not in ("VERB", "AUX")
        or is_cue(head, speech_only=False)
        or prep.i > head.i
    ):
        return None
    left, right = prep.left_edge.i, prep.right_edge.i + 1
    end = clause_end(head)
    parts = []
    if head.left_edge.i < left:
        parts.append((head.left_edge.i, left))
    if right < end:
        parts.append((right, end))
    return parts, objects[0], 0.5
