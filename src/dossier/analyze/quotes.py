"""Quotes: who said what in one article, direct, mixed and indirect.

Two paths meet at the cue (the speech verb):
- quotation marks: a quotation is speech when a cue sits right after it ('"...," said
  X', '"...," she added, "..."') or right before it ('he wrote: "..."'); a
  quotation with no cue of its own continues the last attributed one when it follows
  in the same paragraph or opens the next one (quotes over several paragraphs);
- clauses: a cue verb's clausal complement ('X said that ...', '..., officials said')
  and 'according to X' give indirect quotes; a complement that contains quotation
  marks is a mixed quote.
Quotation marks with no cue (terms, titles, scare quotes: the "One China" policy) are
not speech. Speakers are resolved by ``speakers.SpeakerResolver``.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from dossier.analyze.nlp import text_of
from dossier.analyze.quotemarks import ALL_MARKS, QuotedText, find_quoted
from dossier.analyze.registry import step
from dossier.analyze.speakers import Speaker, SpeakerResolver
from dossier.model import Quote

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from dossier.model import Article, ArticleAnalysis

SPEECH_VERBS = {
    "say", "tell", "add", "write", "state", "argue", "ask", "explain", "note", "insist",
    "warn", "claim", "declare", "announce", "reply", "respond", "remark", "acknowledge",
    "admit", "contend", "predict", "suggest", "urge", "tweet", "recall", "observe",
    "report", "emphasize", "emphasise", "stress", "continue", "conclude", "complain",
    "concede", "deny", "confirm", "testify", "assert", "maintain", "allege", "agree",
    "joke", "quip", "mention", "caution", "vow", "promise", "boast", "lament", "counter",
    "retort", "shout", "yell", "post", "reveal", "disclose", "repeat", "recount", "muse",
    "pledge", "threaten", "hint", "proclaim", "exclaim", "whisper", "scoff", "charge",
    "opine", "tout", "brag", "grumble", "plead", "demand", "point", "chime", "interject",
    "concur", "reiterate", "affirm", "assure", "inform", "advise", "signal", "indicate",
    "estimate", "speculate", "wonder", "highlight", "blast", "slam", "elaborate",
    "describe", "accuse", "criticize", "question", "propose", "recommend", "request",
    "remind", "notify", "quote", "cite", "read", "forecast", "answer", "press",
    "interrupt", "offer", "begin",
}  # fmt: skip
BELIEF_VERBS = {
    "think", "believe", "feel", "hope", "fear", "expect", "worry", "know", "doubt",
    "suspect", "assume", "learn", "find", "show", "realize", "recognize", "understand",
    "argue", "predict", "guess", "imagine", "figure", "sense", "insist",
}  # fmt: skip
OBJECT_CUES = {
    "call", "describe", "label", "dub", "brand", "refer", "announce", "propose", "praise",
    "criticize", "attack", "mock", "defend", "endorse", "demand", "promise", "threaten",
}  # fmt: skip
"""Cues whose content is their object: 'called Cruz "a liar"', 'announced a plan'."""
_CUE_DEPS = {"ccomp", "xcomp"}
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_MAX_GAP = 8  # tokens allowed between a cue and the quotation it introduces


@dataclass
class _Attribution:
    cue: Token | None
    cue_text: str
    cue_start: int
    cue_end: int
    parts: list[tuple[int, int]]
    speaker_head: Token | None
    direct: bool
    paragraph: int
    speaker: Speaker | None = None
    extra: list[tuple[int, int]] = field(default_factory=list)


@step("quotes", "dossier.quotes.v2", requires=("mentions",), assigns=("quotes",))
def find_quotes(doc: Doc, article: Article, analysis: ArticleAnalysis) -> None:
    """Direct, mixed and indirect quotes with cue, content span(s) and resolved speaker."""
    analysis.quotes = extract_quotes(doc, article.id, analysis.mentions)


def extract_quotes(doc: Doc, article_id: str, mentions: list) -> list[Quote]:
    text = text_of(doc)
    paragraphs = _paragraph_starts(text)
    quoted = find_quoted(text)
    direct = _direct_attributions(doc, quoted, paragraphs)
    indirect = _clause_attributions(doc, paragraphs)
    for a in indirect:
        a.parts = _close_open_quotations(a.parts, quoted)
    merged = _merge(direct, indirect)
    resolver = SpeakerResolver(doc, mentions)
    quote_starts = [q.start for q in quoted]
    out: list[Quote] = []
    for a in sorted(merged, key=lambda a: a.parts[0][0]):
        if a.speaker_head is not None:
            a.speaker = resolver.resolve(a.speaker_head)
            resolver.note_speaker(a.speaker.start, a.speaker.key)
        out.append(_to_quote(a, article_id, text, quoted, quote_starts))
    return out


# --- direct quotes ------------------------------------------------------------------------


def _direct_attributions(
    doc: Doc, quoted: list[QuotedText], paragraphs: list[int]
) -> list[_Attribution]:
    out: list[_Attribution] = []
    last: _Attribution | None = None
    for q in quoted:
        para = _paragraph_of(paragraphs, q.start)
        after = _cue_after(doc, q)
        cue = after or _cue_before(doc, q, paragraphs) or _colon_label(doc, q)
        if cue is not None:
            verb, subject = cue
            attribution = _Attribution(
                cue=verb, cue_text=_cue_text(verb), cue_start=verb.idx,
                cue_end=verb.idx + len(verb.text), parts=list(q.parts),
                speaker_head=subject, direct=True, paragraph=_paragraph_of(paragraphs, q.end - 1),
            )  # fmt: skip
            if last is not None and last.cue is not None and last.cue.i == verb.i:
                last.parts.extend(q.parts)  # '"X," she said, "Y."'
                last.paragraph = attribution.paragraph
                continue
            out.append(attribution)
            last = attribution
            continue
        if last is not None and _continues(doc, last, q, para, paragraphs):
            last.parts.extend(q.parts)
            last.paragraph = _paragraph_of(paragraphs, q.end - 1)
    return out


def _cue_after(doc: Doc, q: QuotedText) -> tuple[Token, Token | None] | None:
    """'"...," said X' / '"...," X said' / '"...," a spokesman, X, said'."""
    first_end = q.parts[0][1]
    span = doc.char_span(first_end, min(len(text_of(doc)), first_end + 1), alignment_mode="expand")
    if span is None:
        return None
    i = span.start
    while i < len(doc) and (doc[i].is_punct or doc[i].is_space) and doc[i].text not in '“"':
        if doc[i].idx >= first_end and "\n" in doc[i].text:
            return None
        i += 1
    if i >= len(doc) or doc[i].idx < first_end:
        return None
    start = doc[i]
    for tok in doc[i : min(len(doc), i + 30)]:
        if "\n" in tok.text or (tok.text in '“"' and tok.i > i):
            break
        if _is_cue(tok, speech_only=True) and tok.tag_ != "VBG":  # ', adding, "..."' opens
            subject = _subject(tok)
            if tok.i == start.i and subject is not None and subject.i > tok.i:
                return tok, subject  # "said X"
            if subject is not None and subject.left_edge.i == start.i:
                return tok, subject  # "X said"
            if subject is None and tok.i == start.i:
                return tok, None
            if tok.i > i and (subject is None or subject.i < i):
                between = doc[i : tok.i].root  # parser missed the subject: the NP between
                if between.pos_ in ("NOUN", "PROPN", "PRON"):
                    return tok, between
        if (
            tok.pos_ == "VERB"
            and tok.i > i
            and tok.dep_ not in ("relcl", "acl", "amod")
            and tok.lemma_ not in SPEECH_VERBS
        ):
            break
    return None


def _cue_before(
    doc: Doc, q: QuotedText, paragraphs: list[int]
) -> tuple[Token, Token | None] | None:
    """'he wrote, "..."' / 'X said: "..."' / a paragraph ending in ':' before the quote."""
    span = doc.char_span(q.start, q.start + 1, alignment_mode="expand")
    if span is None or span.start == 0:
        return None
    j = span.start - 1
    while j >= 0 and doc[j].is_space:
        j -= 1
    if j < 0 or (doc[j].text not in (",", ":", "—") and not _is_cue(doc[j], speech_only=True)):
        return None
    lower = max(0, j - _MAX_GAP)
    for k in range(j, lower - 1, -1):
        tok = doc[k]
        if tok.text in ALL_MARKS:
            break
        if "\n" in tok.text and doc[j].text != ":":
            break
        if _is_cue(tok, speech_only=True):
            return tok, _subject(tok)
    if doc[j].text == ":":  # 'A footnote in the report makes that clear: "..."'
        for k in range(j - 1, max(doc[j].sent.start, j - 25) - 1, -1):
            verb = doc[k]
            if verb.text in ALL_MARKS:
                break
            if verb.pos_ in ("VERB", "AUX") and verb.lemma_ != "be" and _subject(verb) is not None:
                return verb, _subject(verb)
    return None


def _colon_label(doc: Doc, q: QuotedText) -> tuple[Token, Token | None] | None:
    """'Rep. Trey Gowdy (R-S.C.): "..."': a verbless name before a colon introduces a quote."""
    span = doc.char_span(q.start, q.start + 1, alignment_mode="expand")
    if span is None or span.start == 0:
        return None
    j = span.start - 1
    while j >= 0 and doc[j].is_space:
        j -= 1
    if j < 1 or doc[j].text != ":":
        return None
    k = j - 1
    while k >= 0 and not doc[k].is_space and "\n" not in doc[k].text and doc[k].text not in ".!?":
        if doc[k].pos_ in ("VERB", "AUX") or doc[k].text in ALL_MARKS:
            return None
        k -= 1
    label = doc[k + 1 : j]
    if not 1 <= len(label) <= 12 or not any(t.pos_ == "PROPN" for t in label):
        return None
    return doc[j], label.root


def _continues(
    doc: Doc, last: _Attribution, q: QuotedText, para: int, paragraphs: list[int]
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
        return True
    if not _starts_sentence(text_of(doc), q.start):
        return False
    if para == last.paragraph:
        return last.parts[-1][1] <= q.start
    if para == last.paragraph + 1:
        return q.start == paragraphs[para]
    return False


def _starts_sentence(text: str, char: int) -> bool:
    """True when only sentence-ending punctuation or a paragraph break precedes ``char``."""
    raw = text[max(0, char - 6) : char]
    if "\n" in raw:
        return True
    before = raw.rstrip()
    return not before or before[-1] in '.!?\n”"' or before.endswith(":")


# --- indirect quotes ----------------------------------------------------------------------


def _clause_attributions(doc: Doc, paragraphs: list[int]) -> list[_Attribution]:
    out: list[_Attribution] = []
    for tok in doc:
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            found = _according_to(doc, tok)
        elif _is_cue(tok, speech_only=False):
            found = _complement(doc, tok)
        else:
            continue
        if found is None:
            continue
        parts, subject = found
        parts = [p for p in (_trim(doc, s, e) for s, e in parts) if p is not None]
        if not parts:
            continue
        chars = [(doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)) for s, e in parts]
        cue_end = doc[tok.i + 1] if tok.lower_ == "according" else tok
        out.append(
            _Attribution(
                cue=tok,
                cue_text=_cue_text(tok),
                cue_start=tok.idx,
                cue_end=cue_end.idx + len(cue_end.text),
                parts=chars,
                speaker_head=subject,
                direct=False,
                paragraph=_paragraph_of(paragraphs, tok.idx),
            )
        )
    return out


def _close_open_quotations(
    parts: list[tuple[int, int]], quoted: list[QuotedText]
) -> list[tuple[int, int]]:
    """A clause that opens a quotation runs to its closing mark ('said he "was sure. It
    will pass."'): the parser's sentence end is not where the quoted words end."""
    start, end = parts[-1]
    for q in quoted:
        if start <= q.start < end < q.end and len(q.parts) == 1:
            return [*parts[:-1], (start, q.end)]
    return parts


def _complement(doc: Doc, verb: Token) -> tuple[list[tuple[int, int]], Token | None] | None:
    """Content of a cue verb: its clausal complement, or the clause it is inserted into."""
    subject = _subject(verb)
    comps = [c for c in verb.children if c.dep_ in _CUE_DEPS]
    if verb.lemma_ not in SPEECH_VERBS:
        comps = [c for c in comps if c.dep_ == "ccomp"]
    # a complement that is itself an attribution ('X said ...; doctors said') is not ours
    comps = [
        c
        for c in comps
        if not (c.i < verb.i and _is_cue(c, speech_only=True) and _subject(c) is not None)
    ]
    if comps:
        comp = comps[0]
        if comp.dep_ == "xcomp" and not any(c.dep_ == "dobj" for c in verb.children):
            return None  # "wants to go" is not an attribution
        end = _clause_end(comp)
        for conj in verb.children:  # 'said that X, but was referring to Y': one content
            if (
                conj.dep_ == "conj"
                and conj.i > comp.i
                and not _is_cue(conj, speech_only=False)
                and not any(c.dep_ in _SUBJECT_DEPS for c in conj.children)
            ):
                end = max(end, conj.right_edge.i + 1)
        return [(comp.left_edge.i, end)], subject
    if verb.lemma_ in OBJECT_CUES and subject is not None:
        rights = [
            c
            for c in verb.rights
            if not c.is_punct and c.dep_ not in ("advmod", "npadvmod", "cc", "conj")
        ]
        if rights and rights[0].dep_ in ("dobj", "prep", "oprd", "xcomp", "prt", "dative"):
            first = (
                rights[0] if rights[0].dep_ != "prt" else (rights[1] if len(rights) > 1 else None)
            )
            if first is not None:
                return [(first.left_edge.i, rights[-1].right_edge.i + 1)], subject
    if verb.dep_ in ("ccomp", "parataxis") and subject is not None and verb.head.i != verb.i:
        head = verb.head
        if head.pos_ not in ("VERB", "AUX") or not _bare_inserted(verb):
            return None
        left, right = verb.left_edge.i, verb.right_edge.i + 1
        parts = []
        if head.left_edge.i < left:  # 'Back then, Ms. Ripert said, she found ...'
            parts.append((head.left_edge.i, left))
        if head.i >= right or any(c.i >= right and not c.is_punct for c in head.children):
            parts.append((right, head.right_edge.i + 1))
        return parts, subject
    return None


def _clause_end(comp: Token) -> int:
    """End of a complement, cut before a coordinated cue verb ('he makes $41,000 a year
    and questioned how ...': the second verb is the speaker's, not the content's)."""
    for child in comp.rights:
        if child.dep_ == "conj" and _is_cue(child, speech_only=True):
            cut = child.left_edge.i
            while cut > comp.i and (comp.doc[cut - 1].dep_ == "cc" or comp.doc[cut - 1].is_punct):
                cut -= 1
            return cut
    return comp.right_edge.i + 1


def _bare_inserted(verb: Token) -> bool:
    """'..., sources said.' / '..., they said, ...': a bare cue set off by punctuation."""
    if any(c.dep_ in ("dobj", "mark", "ccomp", "xcomp") for c in verb.children):
        return False
    subject = _subject(verb)
    first = subject.left_edge.i if subject is not None and subject.i < verb.i else verb.i
    before = first - 1
    return before >= 0 and verb.doc[before].is_punct


def _according_to(doc: Doc, according: Token) -> tuple[list[tuple[int, int]], Token | None] | None:
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
    return parts, objects[0]


# --- shared helpers -----------------------------------------------------------------------


def _is_cue(tok: Token, *, speech_only: bool) -> bool:
    if tok.pos_ not in ("VERB", "AUX") or tok.lemma_ == "be":
        return False
    if tok.lemma_ in SPEECH_VERBS or (not speech_only and tok.lemma_ in OBJECT_CUES):
        return tok.lemma_ != "point" or any(c.lower_ == "out" for c in tok.children)
    return not speech_only and tok.lemma_ in BELIEF_VERBS and _subject(tok) is not None


def _subject(verb: Token) -> Token | None:
    """Subject of a cue verb, inherited through coordination ('... and said')."""
    tok = verb
    for _ in range(5):
        for child in tok.children:
            if child.dep_ in _SUBJECT_DEPS:
                if child.lower_ in ("who", "that") and tok.dep_ == "relcl":
                    return tok.head
                return child
        for child in tok.children:
            if child.dep_ == "agent":
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects:
                    return objects[0]
        if tok.dep_ in ("conj", "xcomp", "advcl") and tok.head.i != tok.i:
            tok = tok.head
            continue
        break
    return None


def _cue_text(verb: Token) -> str:
    if verb.lower_ == "according":
        return "according to"
    if verb.text == ":":
        return ":"
    particles = [c.text for c in verb.children if c.dep_ == "prt"]
    return " ".join([verb.text, *particles])


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """Drop leading/trailing punctuation and spaces (keep quotation marks)."""
    while (
        start < end
        and (doc[start].is_space or doc[start].is_punct)
        and doc[start].text not in ALL_MARKS
    ):
        start += 1
    while (
        end > start
        and (doc[end - 1].is_space or doc[end - 1].is_punct)
        and (doc[end - 1].text not in ALL_MARKS)
    ):
        end -= 1
    if end - start < 2:
        return None
    return start, end


def _merge(direct: list[_Attribution], indirect: list[_Attribution]) -> list[_Attribution]:
    """One attribution per cue: a quotation next to its cue wins over the cue's clause;
    a clause that contains quotations absorbs them (a mixed quote)."""
    by_cue = {a.cue.i: a for a in direct if a.cue is not None}
    out = list(direct)
    covered = [p for a in direct for p in a.parts]
    for a in indirect:
        if a.cue is not None and a.cue.i in by_cue:
            d = by_cue[a.cue.i]
            if any(_overlap(p, c) for p in a.parts for c in d.parts):
                continue  # the cue sits next to its quotation: a direct quote
            if any(ch in ALL_MARKS for s, e in a.parts for ch in _chars(a, s, e)):
                continue
            out.append(a)  # '"...," she told X that ...': a quote and a report
            continue
        inside = [p for p in covered if any(s <= p[0] and p[1] <= e for s, e in a.parts)]
        if any(_overlap(p, c) for p in a.parts for c in covered) and not inside:
            continue
        if inside:
            for d in direct:
                if d.parts and all(p in inside for p in d.parts) and d in out:
                    out.remove(d)
        out.append(a)
    return out


def _chars(a: _Attribution, start: int, end: int) -> str:
    return text_of(a.cue.doc)[start:end] if a.cue is not None else ""


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _to_quote(
    a: _Attribution, article_id: str, text: str, quoted: list[QuotedText], starts: list[int]
) -> Quote:
    """``start``..``end`` cover the content (inside the outer quotation marks of a direct
    quote) and ``text`` is exactly that passage; ``parts`` list the pieces of a split or
    multi-paragraph quote, which ``spoken_words`` joins."""
    parts = sorted(a.parts)
    if a.direct:
        kind = "direct"
        parts = [_inside_marks(text, s, e) for s, e in parts]
    else:
        has_mark = any(ch in ALL_MARKS for s, e in parts for ch in text[s:e])
        kind = "mixed" if has_mark else "indirect"
    start, end = parts[0][0], parts[-1][1]
    speaker = a.speaker
    return Quote(
        article_id=article_id, start=start, end=end, text=text[start:end], kind=kind,
        cue=a.cue_text, cue_start=a.cue_start, cue_end=a.cue_end,
        speaker=speaker.name or speaker.text if speaker else None,
        speaker_text=speaker.text if speaker else None,
        speaker_start=speaker.start if speaker else None,
        speaker_end=speaker.end if speaker else None,
        speaker_key=speaker.key if speaker else None,
        speaker_description=speaker.description if speaker else None,
        parts=parts if len(parts) > 1 else [],
    )  # fmt: skip


def _inside_marks(text: str, start: int, end: int) -> tuple[int, int]:
    if text.startswith("''", start):
        start += 2
    elif start < end and text[start] in ALL_MARKS:
        start += 1
    if end - start >= 2 and text[end - 2 : end] == "''":
        end -= 2
    elif end > start and text[end - 1] in ALL_MARKS:
        end -= 1
    return start, end


def spoken_words(quote: Quote, article_text: str) -> str:
    """The quoted words without the cue between the pieces of a split quote."""
    if not quote.parts:
        return quote.text
    return " ".join(article_text[s:e].strip() for s, e in quote.parts)


def _paragraph_starts(text: str) -> list[int]:
    starts = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            starts.append(pos + len(line) - len(line.lstrip()))
        pos += len(line) + 1
    return starts or [0]


def _paragraph_of(starts: list[int], char: int) -> int:
    return max(0, bisect.bisect_right(starts, char) - 1)
