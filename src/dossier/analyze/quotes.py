"""Quotes: who said what in one article, direct, mixed and indirect.

Two paths meet at the cue (the speech verb):
- quotation marks: a quotation is speech when a cue sits right after it ('"...," said
  X', '"...," she added, "..."') or right before it ('he wrote: "..."'); a
  quotation with no cue of its own continues the last attributed one when it follows
  in the same paragraph or opens the next one (quotes over several paragraphs);
- clauses: a cue verb's clausal complement ('X said that ...', '..., officials said',
  'As the Post reported, ...') and 'according to X' give indirect quotes; a complement
  that contains quotation marks is a mixed quote, and a clause that wraps a quotation
  with words of its own is one mixed quote (PolNeAR's convention);
- stances (``quote_cues``): 'vowed to ...', 'cited X as Y', 'X's claim that ...',
  'is expected to ...', headline and transcript labels ('Poll: ...'); these carry a
  ``confidence`` below ``SPEECH_CONFIDENCE`` unless they report words, so a briefing
  can leave them out.
Quotation marks with no cue (terms, titles, scare quotes: the "One China" policy) are
not speech. Speakers are resolved by ``speakers.SpeakerResolver``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from dossier.analyze.nlp import text_of
from dossier.analyze.quote_cues import (
    NOMINAL_CUES,
    STANCE_VERBS,
    WEAK_CLAUSE_CUES,
    argument_span,
    cue_lemma,
    nominal_content,
    raised_content,
)
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
    "interrupt", "offer", "begin", "chant", "sing", "vent", "put", "confess", "bark",
    "exhort", "scream", "gush", "snap", "marvel", "mutter", "sneer", "rave", "cry", "beam",
    "shoot", "fire", "riff", "holler", "crow", "gripe", "go", "fume", "chide", "react",
}  # fmt: skip
_PARTICLE_CUES = {"point": "out", "shoot": "back", "fire": "back", "go": "on"}
"""Verbs that cue speech only with their particle: 'pointed out', 'shot back'."""
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
SPEECH_CONFIDENCE = 0.8
"""Quotes below this confidence are stances ('vowed to ...', 'cited X'), not speech."""
_CUE_DEPS = {"ccomp", "xcomp"}
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_WORD = re.compile(r"\w+")
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
    confidence: float = 1.0


@step("quotes", "dossier.quotes.v3", requires=("mentions",), assigns=("quotes",))
def find_quotes(doc: Doc, article: Article, analysis: ArticleAnalysis) -> None:
    """Direct, mixed and indirect quotes with cue, content span(s) and resolved speaker."""
    analysis.quotes = extract_quotes(doc, article.id, analysis.mentions)


def extract_quotes(doc: Doc, article_id: str, mentions: list) -> list[Quote]:
    text = text_of(doc)
    paragraphs = _paragraph_starts(text)
    quoted = find_quoted(text)
    direct = _direct_attributions(doc, quoted, paragraphs)
    indirect = _clause_attributions(doc, paragraphs) + _label_lines(doc, paragraphs)
    for a in indirect:
        a.parts = _close_open_quotations(a.parts, quoted)
    indirect = [a for a in indirect if not _within_quotation(a, quoted, text)]
    merged = _drop_repeats(_merge(direct, indirect), text)
    _attach_following_quotations(doc, merged, quoted, text)
    resolver = SpeakerResolver(doc, mentions)
    quote_starts = [q.start for q in quoted]
    out: list[Quote] = []
    for a in sorted(merged, key=lambda a: a.parts[0][0]):
        if a.speaker_head is not None:
            a.speaker = resolver.resolve(a.speaker_head)
            if a.direct or a.confidence >= SPEECH_CONFIDENCE:  # a stance is not a turn
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
        if _is_title(doc, q) or _modifies_noun(doc, q):
            continue
        if last is not None and last.parts[-1][1] <= q.start and q.end <= last.cue_start:
            continue  # '"...," X, wearing "Ted Cruz" pins, said': part of the speaker
        after, before = _cue_after(doc, q), _cue_before(doc, q, paragraphs)
        if (
            after is not None
            and (before is not None or _reports_own_clause(after[0]))
            and _closes_sentence(text_of(doc), q)
        ):
            after = None  # 'but said "the question is the timing." X said ...': X's is next
        cue = after or before or _colon_label(doc, q) or _dash_label(doc, q) or _words_of(doc, q)
        if cue is None:
            cue = _bare_cue_sentence(doc, q, paragraphs)
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


def _bare_cue_sentence(
    doc: Doc, q: QuotedText, paragraphs: list[int]
) -> tuple[Token, Token | None] | None:
    """'X said in a statement. "..."' / 'Y agreed.\n\n"..."': a sentence whose speech
    verb reports nothing of its own (no clause, no object, no quotation) introduces the
    quotation right after it, in its paragraph or opening the next one."""
    text = text_of(doc)
    k = _token_from(doc, q.start) - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    if k < 1 or doc[k].text not in (".", ":"):
        return None
    para = _paragraph_of(paragraphs, q.start)
    if _paragraph_of(paragraphs, doc[k].idx) not in (para, para - 1):
        return None
    if _paragraph_of(paragraphs, doc[k].idx) == para - 1 and q.start != paragraphs[para]:
        return None
    sent = doc[k].sent
    verb = sent.root
    if (
        not _is_cue(verb, speech_only=True)
        or any(m in text[sent.start_char : doc[k].idx] for m in _MARK_CHARS)
        or any(c.dep_ in ("ccomp", "xcomp", "dobj", "advcl", "conj") for c in verb.children)
    ):
        return None
    subject = _subject(verb)
    if subject is None or subject.i > verb.i:
        return None
    return verb, subject


def _reports_own_clause(verb: Token) -> bool:
    """'... "security guards." He said that is a "distortion"': a cue with a clause of
    its own after it opens the next report; it does not close the quotation before it."""
    return any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)


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
    span = doc.char_span(q.start, q.start + 1, alignment_mode="expand")
    if span is None:
        return False
    k = span.start - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    if k < 0:
        return False
    before = doc[k]
    if before.text == "," and k > 0 and cue_lemma(doc[k - 1]) in _WORKS:
        return True  # 'in his 2012 book, "An American Son"'
    return before.lower_ in _TITLE_PREPS or before.tag_ == "POS" or cue_lemma(before) in _WORKS


def _modifies_noun(doc: Doc, q: QuotedText) -> bool:
    """'the "Never Trump" movement continues' / 'the "Avatar" star posted': a quotation
    with no punctuation of its own, hung on the common noun right after it, names or
    labels that noun; the cue after it is the noun's, not the quoted words'."""
    if len(q.parts) > 1:
        return False
    inner = text_of(doc)[q.start : q.end].rstrip(ALL_MARKS + "'’ ")
    if not inner or inner[-1] in ",.!?;:":
        return False
    i = _token_from(doc, q.end)
    while i < len(doc) and doc[i].idx < q.end:
        i += 1
    if i >= len(doc) or doc[i].pos_ != "NOUN" or not doc[i].text[:1].islower():
        return False
    noun = doc[i]
    inside = [t for t in doc[_token_from(doc, q.start) : i] if t.is_alpha]
    return bool(inside) and all(t.i in range(noun.left_edge.i, noun.i) for t in inside)


def _cue_after(doc: Doc, q: QuotedText) -> tuple[Token, Token | None] | None:
    """'"...," said X' / '"...," X said' / '"...," a spokesman, X, said'."""
    first_end = q.parts[0][1]
    i = _token_from(doc, first_end)
    while i < len(doc) and (doc[i].is_punct or doc[i].is_space) and doc[i].text not in '“"':
        if doc[i].idx >= first_end and "\n" in doc[i].text:
            return None
        i += 1
    if i >= len(doc) or doc[i].idx < first_end:
        return None
    start = doc[i]
    skip_to = i
    for tok in doc[i : min(len(doc), i + 30)]:
        if tok.i < skip_to:
            continue
        if "\n" in tok.text or (tok.text in '“"' and tok.i > i):
            past = _past_short_quotation(doc, tok)
            if past is None:
                break
            skip_to = past
            continue
        if _is_cue(tok, speech_only=True) and tok.tag_ != "VBG":  # ', adding, "..."' opens
            subject = _subject(tok)
            if tok.i == start.i and (subject is None or subject.i < i):
                subject = _subject_after(tok, i) or _inverted_subject(tok) or subject
            elif subject is not None and subject.i < i:  # the parser hung a quoted word on it
                subject = _subject_after(tok, i) or subject
            if tok.i == start.i and subject is not None and subject.i > tok.i:
                return tok, subject  # "said X"
            if subject is not None and subject.left_edge.i <= start.i <= subject.i:
                return tok, subject  # "X said" (the parser may hang quoted words on X)
            if subject is None and tok.i == start.i:
                return tok, None
            if tok.i > i and (subject is None or subject.i < i):
                between = _noun_between(doc, i, tok.i)  # parser missed the subject
                if between is not None:
                    return tok, between
        if _mistagged_cue(tok) and tok.i > i:  # '"...," the email read.'
            nouns = [t for t in doc[i : tok.i] if t.pos_ in ("NOUN", "PROPN", "PRON")]
            if nouns:
                return tok, nouns[-1]
        if (
            tok.pos_ == "VERB"
            and tok.i > i
            and tok.dep_ not in ("relcl", "acl", "amod", "pcomp")
            and tok.lemma_ not in SPEECH_VERBS
            and not (tok.tag_ in ("VBG", "VBN") and doc[tok.i - 1].text == ",")
        ):
            break  # (', wearing a hat,' describes the speaker)
    return None


def _past_short_quotation(doc: Doc, mark: Token) -> int | None:
    """Index after a quoted name of at most four words that opens at ``mark`` ('X,
    wearing "Ted Cruz" pins, said'), so the search for a cue goes on past it; None when
    ``mark`` opens more than that (the next quoted sentence)."""
    if "\n" in mark.text:
        return None
    for tok in doc[mark.i + 1 : min(len(doc), mark.i + 6)]:
        if tok.text in ALL_MARKS:
            words = [t for t in doc[mark.i + 1 : tok.i] if not t.is_punct]
            return tok.i + 1 if words and not doc[tok.i - 1].is_punct else None
        if "\n" in tok.text:
            return None
    return None


def _subject_after(verb: Token, start: int) -> Token | None:
    """A subject of ``verb`` at or after token ``start``: after '"... it will ...," said
    X' the parser may give 'said' two subjects, a quoted word and X."""
    return next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS and c.i >= start), None)


def _inverted_subject(verb: Token) -> Token | None:
    """'"...," tweeted a user from Ohio': right after a quotation the parser may take the
    speaker after the cue for its object; a noun object opening right after the verb."""
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and c.left_edge.i == verb.i + 1
        ),
        None,
    )


def _noun_between(doc: Doc, start: int, end: int) -> Token | None:
    """The phrase between a quotation and its cue when the parser found no subject: its
    root when nominal, else its last name or noun ('Tulsa police Chief X said', with
    'Tulsa' tagged a verb)."""
    span = doc[start:end]
    person = next((e for e in span.ents if e.label_ == "PERSON"), None)
    if person is not None:
        return person[-1]  # 'Tulsa police Chief Chuck Jordan said': the person named
    if span.root.pos_ in ("NOUN", "PROPN", "PRON"):
        return span.root
    comma = next((t.i for t in span if t.text == ","), end)
    head = doc[start:comma]  # 'X, wearing a hat, said': the name before the comma
    if any(
        t.pos_ in ("VERB", "AUX") and t.dep_ not in ("dep", "amod", "compound")
        for t in head
        if t.i != span.root.i
    ):
        return None
    nouns = [t for t in head if t.pos_ in ("NOUN", "PROPN")]
    return nouns[-1] if nouns else None


_CUE_FORMS = {
    "said", "says", "read", "reads", "wrote", "writes", "added", "adds", "told", "states",
    "stated", "affirms", "affirmed", "notes", "noted", "declares", "declared",
}  # fmt: skip


def _mistagged_cue(tok: Token) -> bool:
    """A past or present form of a speech verb the tagger took for a noun, closing the
    clause after a quotation ('the email read.')."""
    doc = tok.doc
    return (
        tok.pos_ not in ("VERB", "AUX")
        and tok.lower_ in _CUE_FORMS
        and (tok.i + 1 == len(doc) or doc[tok.i + 1].is_punct)
    )


def _token_from(doc: Doc, char: int) -> int:
    """Index of the first token that ends after ``char`` (``doc.char_span`` gives None
    on a lone space, which follows every '...,"' quotation)."""
    lo, hi = 0, len(doc)
    while lo < hi:
        mid = (lo + hi) // 2
        if doc[mid].idx + len(doc[mid].text) <= char:
            lo = mid + 1
        else:
            hi = mid
    return lo


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
    if j > 0 and doc[j - 1].text == "-" and not doc[j - 1].whitespace_:
        return None  # 'a self-described "geeky kid"': a compound adjective, not a cue
    lower = max(0, j - _MAX_GAP)
    for k in range(j, lower - 1, -1):
        tok = doc[k]
        if tok.text in ALL_MARKS:
            break
        if "\n" in tok.text and doc[j].text != ":":
            break
        if _is_cue(tok, speech_only=True):
            return tok, _subject(tok)
    if doc[j].text == ":" and j > 1 and _mistagged_cue(doc[j - 1]):  # 'Article 33 affirms:'
        verb = doc[j - 1]
        subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
        if subjects or doc[j - 2].pos_ in ("NOUN", "PROPN", "NUM"):
            return verb, subjects[0] if subjects else doc[j - 2]
    if doc[j].text == ":":  # 'A footnote in the report makes that clear: "..."'
        for k in range(j - 1, max(doc[j].sent.start, j - 25) - 1, -1):
            verb = doc[k]
            if verb.text in ALL_MARKS or (verb.text in (*_DASHES, "-") and verb.whitespace_):
                break  # 'HEADLINE - Name: "..."' is a label, not the headline's verb
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
        if (doc[k].text in _DASHES or doc[k].text == "-") and doc[k].whitespace_:
            break  # 'HEADLINE - Michael P. McDonald: "..."': the label follows the dash
        if doc[k].pos_ in ("VERB", "AUX") or doc[k].text in ALL_MARKS:
            return None
        k -= 1
    label = doc[k + 1 : j]
    if not 1 <= len(label) <= 12:
        return None
    if label[0].lower_ == "from" or (len(label) > 1 and label[1].lower_ == "from"):
        nouns = [t for t in label if t.pos_ in ("NOUN", "PROPN")]  # 'From the report: "..."'
        return (doc[j], nouns[-1]) if nouns else None
    if not any(t.pos_ == "PROPN" for t in label):
        return None
    return doc[j], label.root


def _words_of(doc: Doc, q: QuotedText) -> tuple[Token, Token | None] | None:
    """'in Forbes' words, "..."' / 'in the words of X, "..."': the words are X's."""
    span = doc.char_span(q.start, q.start + 1, alignment_mode="expand")
    if span is None or span.start < 3:
        return None
    j = span.start - 1
    while j >= 0 and doc[j].is_space:
        j -= 1
    if doc[j].text not in (",", ":"):
        return None
    for tok in doc[max(0, j - 10) : j]:
        if tok.lower_ != "words" or tok.head.lower_ != "in":
            continue
        owners = [c for c in tok.children if c.dep_ == "poss"] or [
            g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children if g.dep_ == "pobj"
        ]  # fmt: skip
        if owners:
            return tok, owners[0]
    return None


_DASHES = ("―", "—", "–", "--")


def _dash_label(doc: Doc, q: QuotedText) -> tuple[Token, Token | None] | None:
    """'"..." ― Jane Doe' at the end of a line, or on the next line ('"..."\n\n- Jane
    Doe.', fact-check style): a dash and a name sign the quotation."""
    text = text_of(doc)
    i = q.end
    while i < len(text) and text[i] in " \t\xa0":
        i += 1
    dash = next((d for d in _DASHES if text.startswith(d, i)), None)
    if dash is None and text.startswith("\n", i):  # '"..."\n\n- Jane Doe.': a byline line
        while i < len(text) and text[i].isspace():
            i += 1
        dash = next((d for d in (*_DASHES, "-") if text.startswith(d + " ", i)), None)
    if dash is None:
        return None
    line_end = text.find("\n", i)
    line_end = len(text) if line_end < 0 else line_end
    label = doc.char_span(i + len(dash), line_end, alignment_mode="expand")
    dash_span = doc.char_span(i, i + len(dash), alignment_mode="expand")
    if label is None or dash_span is None:
        return None
    words = [t for t in label if not (t.is_punct or t.is_space)]
    if not 1 <= len(words) <= 8 or not all(t.text[:1].isupper() for t in words if t.is_alpha):
        return None
    people = [t for t in words if t.ent_type_ == "PERSON"] or [
        t for t in words if t.pos_ == "PROPN"
    ]
    if not people:
        return None
    return dash_span[0], people[-1]


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


def _attach_following_quotations(
    doc: Doc, attributions: list[_Attribution], quoted: list[QuotedText], text: str
) -> None:
    """'Valastro praised Christie's leadership.\n\n"We need someone who ..."': a
    quotation with no cue of its own, right after the sentence of a reported clause,
    goes on with that report (PolNeAR joins them), also across the report's own cue
    after its content ('X "did well" in Ohio, said Y. "That was ..."')."""
    taken = [p for a in attributions for p in a.parts]
    ends = sorted(
        (a.parts[-1][1], n)
        for n, a in enumerate(attributions)
        if not a.direct and a.speaker_head is not None and a.confidence >= 0.5
    )
    keys = [e for e, _ in ends]
    for q in quoted:
        if any(_overlap(p, t) for p in q.parts for t in taken):
            continue
        if len(text[q.start : q.end].split()) < 3:
            continue
        k = bisect.bisect_right(keys, q.start) - 1
        if k < 0:
            continue
        a = attributions[ends[k][1]]
        gap = text[a.parts[-1][1] : q.start]
        if "\n\n\n" in gap or (
            gap.strip() not in (".", "")
            and not (a.cue_start >= a.parts[-1][1] and _sentence_rest(doc, a.parts[-1][1], gap))
        ):
            continue
        a.parts.extend(q.parts)


def _sentence_rest(doc: Doc, end: int, gap: str) -> bool:
    """``gap``, the text from ``end`` on, holds at most the rest of the sentence that
    ends there: no quotation marks and no sentence break before its last full stop."""
    if any(m in gap for m in _MARK_CHARS) or "\n" in gap.rstrip():
        return False
    tok = doc[_token_from(doc, max(0, end - 1))]
    return tok.sent.end_char >= end + len(gap.rstrip()) and gap.rstrip().endswith(".")


# --- indirect quotes ----------------------------------------------------------------------


def _clause_attributions(doc: Doc, paragraphs: list[int]) -> list[_Attribution]:
    out: list[_Attribution] = []
    for tok in doc:
        found = _clause_content(doc, tok)
        if found is None:
            continue
        parts, subject, confidence = found
        parts = [p for p in (_trim(doc, s, e) for s, e in parts) if p is not None]
        if not parts or (len(parts) == 1 and parts[0][1] - parts[0][0] < 2):
            continue  # one word alone ('said so') is too little to report
        chars = [(doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)) for s, e in parts]
        chars = _within_paragraph(chars, paragraphs, tok.idx, text_of(doc))
        if not chars:
            continue
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
                confidence=confidence,
            )
        )
    return out


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
    if _is_cue(tok, speech_only=False):
        found = _complement(doc, tok)  # else 'proclaimed a goal of "X"': a stance
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


_MARK_CHARS = (*ALL_MARKS, "''")
_PLAIN_VERBS = {"be", "have", "do", "get", "make", "take", "go", "come", "use", "include"}


def _quoted_argument(verb: Token) -> tuple[list[tuple[int, int]], Token | None, float] | None:
    """'Trump blasted Disney for its "outrageous practices"' / 'took credit for "being
    right"': a verb whose argument quotes words attributes them to its subject, whatever
    the verb (PolNeAR annotates nearly any such stance); a low-confidence stance."""
    edge = verb.right_edge
    after = text_of(verb.doc)[verb.idx : edge.idx + len(edge.text)]
    if verb.lemma_ in _PLAIN_VERBS or not any(m in after for m in _MARK_CHARS):
        return None
    subject = _subject(verb)
    found = argument_span(verb)
    if subject is None or found is None or not _agent_like(subject):
        return None
    start, end = found
    doc = verb.doc
    marks = [t.i for t in doc[start:end] if t.text in ALL_MARKS or t.text == "''"]
    closing = marks[1::2]
    if len(marks) % 2 == 1 and not doc[marks[-1] - 1].is_punct and _closes_after(doc, end):
        return [found], subject, 0.3  # 'admires X as a "great leader," comparing him'
    if not any(i + 1 >= len(doc) or doc[i + 1].pos_ not in ("NOUN", "PROPN") for i in closing):
        return None  # only terms: 'the "One China" policy'
    return [found], subject, 0.3


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


def _within_paragraph(
    parts: list[tuple[int, int]], paragraphs: list[int], cue: int, text: str
) -> list[tuple[int, int]]:
    """Parts clipped to the cue's paragraph: the parser's sentences sometimes run over a
    paragraph break, reported speech does not."""
    para = _paragraph_of(paragraphs, cue)
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


_NOT_SPEAKERS = {
    "update", "note", "photo", "photos", "related", "read", "watch", "video", "editor",
    "correction", "clarification", "disclosure", "image", "credit",
}  # fmt: skip


def _label_lines(doc: Doc, paragraphs: list[int]) -> list[_Attribution]:
    """'Poll: Sanders Leads in Iowa' / 'WALLACE: Do you really ...': a paragraph that opens
    with a short name and a colon (headlines, transcripts) gives the rest to the name."""
    text = text_of(doc)
    out: list[_Attribution] = []
    for n, start in enumerate(paragraphs):
        end = paragraphs[n + 1] if n + 1 < len(paragraphs) else len(text)
        colon = text.find(":", start, min(end, start + 60))
        if colon < 0 or "\n" in text[start:colon]:
            continue
        label = doc.char_span(start, colon, alignment_mode="contract")
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
        content = doc.char_span(colon + 1, end, alignment_mode="contract")
        if content is None:
            continue
        trimmed = _trim(doc, content.start, content.end)
        if trimmed is None or trimmed[1] - trimmed[0] < 3:
            continue
        s, e = trimmed
        person = any(t.ent_type_ == "PERSON" for t in label) or label.text.isupper()
        out.append(
            _Attribution(
                cue=cue[0],
                cue_text=":",
                cue_start=colon,
                cue_end=colon + 1,
                parts=[(doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text))],
                speaker_head=label.root,
                direct=False,
                paragraph=n,
                confidence=1.0 if person else 0.8,
            )
        )
    return out


def _within_quotation(a: _Attribution, quoted: list[QuotedText], text: str) -> bool:
    """'"We think the economy will grow ..."': a cue inside quoted words, reporting no
    quoted words of its own, is part of what the quoted speaker said, not a report; nor
    is one whose content reaches back before the quotation its cue sits in ('news, Kall
    said: "I feel like ..."': 'feel' reports nothing outside the marks)."""
    around = [(s, e) for q in quoted for s, e in q.parts if s < a.cue_start and a.cue_end < e]
    if not around:
        return False
    if any(ps < around[0][0] for ps, _ in a.parts):
        return True
    start, end = around[0]
    if all(start <= s and e <= end for s, e in a.parts):
        return True  # '"Now that it is resolved, we've agreed on X," she said': all quoted
    return not any(ch in ALL_MARKS for s, e in a.parts for ch in text[s:e])


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


def _complement(doc: Doc, verb: Token) -> tuple[list[tuple[int, int]], Token | None, float] | None:
    """Content of a cue verb: its clausal complement, the clause it is inserted into, or
    (stance cues) its object or infinitive; with how sure it is speech."""
    subject = _subject(verb)
    lemma = cue_lemma(verb)
    speech = lemma in SPEECH_VERBS
    comps = [c for c in verb.children if c.dep_ in _CUE_DEPS]
    if speech and not comps:
        comps = _adverbial_that_clauses(verb)
    if lemma not in STANCE_VERBS:  # 'continued to grow' reports nobody's words
        comps = [c for c in comps if c.dep_ == "ccomp"]
    if speech and not comps:
        misparsed = _misparsed_clause_before(verb)
        if misparsed is not None:
            comps, subject = [misparsed[0]], misparsed[1]
    if not speech and lemma in WEAK_CLAUSE_CUES:
        comps = []
    comps = [c for c in comps if not _across_paragraphs(c, verb)]
    # a complement that is itself an attribution ('X said ...; doctors said') is not ours
    comps = [
        c
        for c in comps
        if not (
            c.i < verb.i
            and _is_cue(c, speech_only=True)
            and _subject(c) is not None
            and any(g.dep_ == "ccomp" for g in c.children)  # not 'He may add to ..., he said'
        )
        and not (c.dep_ == "xcomp" and (lemma == "say" or verb.dep_ == "parataxis"))
        and not _set_off_before(c, verb, subject)
        and not _coordinated_before(c, verb, subject)
    ]
    # a clause before a clause ('said legalizing it could ...'), and of two clauses the
    # one opened by 'that' ('Claiming X is Y, he told Fox that ...': the parser took the
    # opening phrase for a complement too), then the one after the cue ('X is calm — in
    # fact, she said it "helps"': the sentence before the dash is no complement)
    comps.sort(key=lambda c: (c.dep_ != "ccomp", not _marked_that(c), c.i < verb.i))
    if comps:
        comp = comps[0]
        if comp.dep_ == "xcomp" and subject is None:
            return None
        end = _clause_end(comp)
        for conj in verb.children:  # 'said that X, but was referring to Y': one content
            if (
                conj.dep_ == "conj"
                and conj.i > comp.i
                and not _is_cue(conj, speech_only=False)
                and not any(c.dep_ in _SUBJECT_DEPS for c in conj.children)
            ) or (
                conj.dep_ == "conj"
                and conj.i > comp.i
                and (_marked_that(conj) or _pronoun_clause(conj) or _opens_quoted(conj))
            ):
                end = max(end, conj.right_edge.i + 1)  # '... and that Freddy had struggled'
        if comp.i > verb.i:
            end = _split_complement_end(verb, comp, _past_quoted_comma(verb, end))

        confidence = (1.0 if speech else 0.8) if comp.dep_ in ("ccomp", "dep", "nsubj") else 0.5
        start = comp.left_edge.i
        if start < verb.i < end:  # 'Climate change, Mr. Obama says, is ...': around the cue
            cue_start = (
                subject.left_edge.i if subject is not None and subject.i < verb.i else verb.i
            )
            return [(start, cue_start), (verb.i + 1, end)], subject, confidence
        return [(start, end)], subject, confidence
    if speech and subject is not None:
        quoted_order = _quoted_infinitive(verb)
        if quoted_order is not None:  # 'told his supporters to "go vote"'
            return [quoted_order], subject, 1.0
        clause = _misattached_that_clause(verb)
        if clause is not None:
            return [clause], subject, 1.0
        if _inserted_relative(verb, subject):  # 'the 1920 election, we might recall, was ...'
            sent = verb.sent
            left, right = verb.left_edge.i, verb.right_edge.i + 1
            return [(sent.start, left), (right, sent.end)], subject, 1.0
    if (
        verb.dep_ in ("ccomp", "parataxis", "advcl")
        and subject is not None
        and verb.head.i != verb.i
        and verb.head.pos_ in ("VERB", "AUX")
        and (_bare_inserted(verb) if verb.dep_ != "advcl" else _as_clause(verb))
    ):
        head = verb.head
        left, right = verb.left_edge.i, verb.right_edge.i + 1
        parts = []
        if head.left_edge.i < left:  # 'Back then, Ms. Ripert said, she found ...'
            parts.append((head.left_edge.i, left))
        if head.i >= right or any(c.i >= right and not c.is_punct for c in head.children):
            parts.append((right, head.right_edge.i + 1))
        return parts, subject, 1.0 if speech else 0.8
    if subject is not None and (lemma in OBJECT_CUES or lemma in STANCE_VERBS):
        found = argument_span(verb)
        if found is not None:
            return [found], subject, 0.5
    return None


def _across_paragraphs(comp: Token, verb: Token) -> bool:
    """'"That would end the party."\\n\\nIn a speech, X compared Y to a "takeover"': the
    parser may run one sentence over a paragraph break and make the last paragraph's
    quotation the cue's complement; reported words do not cross paragraphs."""
    lo, hi = (comp.right_edge.i, verb.i) if comp.i < verb.i else (verb.i, comp.left_edge.i)
    return any(t.is_space and "\n" in t.text for t in verb.doc[lo:hi])


def _adverbial_that_clauses(verb: Token) -> list[Token]:
    """'saying in his statement only that he was "..."': after a phrase between the cue
    and 'that', the parser may make the reported clause adverbial; a clause opened by
    'that' with a subject of its own after a speech verb is what was said."""
    return [
        c
        for c in verb.rights
        if c.dep_ == "advcl"
        and _marked_that(c)
        and any(d.dep_ in _SUBJECT_DEPS for d in c.children)
    ]


def _misparsed_clause_before(verb: Token) -> tuple[Token, Token] | None:
    """'The ban marks "the start of a long fight" for unions, said X': quotation marks
    inside a reported clause often make the parser take the clause for a second subject
    of the cue (or leave it unlabelled) rather than its complement. A clause from the
    sentence start to the comma right before a cue whose subject follows it is the
    complement all the same; returns it with that subject."""
    doc = verb.doc
    after = [c for c in verb.rights if c.dep_ in _SUBJECT_DEPS]
    if not after or verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    for c in verb.lefts:
        if (
            c.dep_ in ("nsubj", "dep")
            and c.left_edge.i == verb.sent.start
            and c.right_edge.i + 1 == verb.i - 1
            and c.right_edge.i - c.left_edge.i >= 3
        ):
            return c, after[0]
    return None


def _past_quoted_comma(verb: Token, end: int) -> int:
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
        or any(_is_cue(t, speech_only=True) for t in tail.subtree)
    ):
        return end
    return tail.right_edge.i + 1


def _split_complement_end(verb: Token, comp: Token, end: int) -> int:
    """'said X has "deep respect" for Y and his Z was W': the parser may split one clause
    that quotes words into two complements of the cue, the second starting right where
    the first ends, with no punctuation between; the content runs over both."""
    doc = verb.doc
    if not any(t.text in _MARK_CHARS for t in doc[comp.left_edge.i : end]):
        return end
    for other in verb.rights:
        if (
            other.dep_ == "ccomp"
            and other.i > comp.i
            and other.left_edge.i == end
            and not (doc[end - 1].is_punct or doc[end].is_punct)
        ):
            end = _clause_end(other)
    return end


_BREAKS = {":", ";", "—", "–", "--", "―", "-"}


def _set_off_before(comp: Token, verb: Token, subject: Token | None) -> bool:
    """'X sounded equivocal: Y called it "Z"' / 'she drew his ire - he called her "weak"':
    a clause before the cue, cut off from its subject by a colon or dash, is a sentence
    of its own when the cue has an object after it; the object is what was said."""
    if comp.i > verb.i or not any(c.dep_ in ("dobj", "dative") for c in verb.rights):
        return False
    first = subject.left_edge.i if subject is not None and subject.i < verb.i else verb.i
    return any(t.text in _BREAKS for t in verb.doc[comp.right_edge.i + 1 : first])


_CLAUSE_CCS = {"nor", "but", "and", "yet", "or"}
_AUXILIARIES = {"be", "have", "do", "will", "would", "can", "could", "may", "might", "shall"}


def _coordinated_before(comp: Token, verb: Token, subject: Token | None) -> bool:
    """'X has not announced Y, nor have traders in Z, the port town, reported W': the
    parser may take the clause before 'nor'/'but'/'and' for the complement of the cue of
    the clause after it. When the words between the conjunction and the cue's subject
    have no verb, or only the auxiliary the cue needs ('nor have X reported'), the cue is
    the verb of that second clause, and the first clause is coordinated with it, not what
    its speaker said."""
    if comp.i > verb.i:
        return False
    doc = verb.doc
    first = subject.left_edge.i if subject is not None and subject.i < verb.i else verb.i
    ccs = [
        t
        for t in doc[comp.i + 1 : first]
        if t.dep_ == "cc" and t.lower_ in _CLAUSE_CCS and t.head.pos_ in ("VERB", "AUX")
    ]
    if not ccs:
        return False
    between = doc[ccs[-1].i + 1 : first]
    if (
        not len(between)
        or doc[ccs[-1].i - 1].text not in (",", ";")  # clause level: ', nor' / ', but'
        or any(any(m in t.text for m in _MARK_CHARS) for t in between)
    ):
        return False
    if between[0].lemma_ in _AUXILIARIES:  # 'nor have X reported': the cue's auxiliary
        if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            return False
        between = between[1:]
    return not any(t.pos_ in ("VERB", "AUX") for t in between)


def _quoted_infinitive(verb: Token) -> tuple[int, int] | None:
    """'told his supporters to "go to your place and vote"' / 'urged them to "vote your
    conscience"': a speech verb's infinitive that quotes words reports them."""
    text = text_of(verb.doc)
    for child in verb.rights:
        infinitive = child.dep_ == "advcl" and child.left_edge.lower_ == "to"
        if child.dep_ != "xcomp" and not infinitive:  # ('told them at a rally to "..."')
            continue
        start, end = child.left_edge.i, _clause_end(child)
        words = text[verb.doc[start].idx : verb.doc[end - 1].idx + len(verb.doc[end - 1].text)]
        if any(m in words for m in _MARK_CHARS):
            return start, end
    return None


_RELATIVIZERS = {"WDT", "WP", "WP$"}


def _inserted_relative(verb: Token, subject: Token) -> bool:
    """A speech verb the parser took for a relative clause though nothing relativizes it,
    with no object and set off by commas: an inserted cue ('X, we might recall, was Y')."""
    doc = verb.doc
    left, right = verb.left_edge.i, verb.right_edge.i
    before = left if doc[left].text == "," else left - 1
    after = right if doc[right].text == "," else right + 1
    return (
        verb.dep_ == "relcl"
        and subject.i < verb.i
        and subject.tag_ not in _RELATIVIZERS
        and subject.lower_ != "that"
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "dative") for c in verb.children)
        and 0 <= before < after < len(doc)
        and doc[before].text == ","
        and doc[after].text == ","
    )


def _pronoun_clause(tok: Token) -> bool:
    """'said A, but beyond that, he doesn't want B': a coordinated clause about a pronoun
    and no speech verb of its own goes on with the reported content."""
    subjects = [c for c in tok.children if c.dep_ in _SUBJECT_DEPS]
    return (
        len(subjects) == 1
        and subjects[0].pos_ == "PRON"
        and subjects[0].lower_ not in ("who", "which", "that")
        and not _is_cue(tok, speech_only=True)
    )


def _opens_quoted(tok: Token) -> bool:
    """'said she had offers for the land, but "the offers were ..."': a coordinated clause
    that opens with a quotation mark, with no speech verb of its own, goes on with the
    speaker's words (the quotation has no cue of its own to take it)."""
    doc = tok.doc
    return doc[tok.left_edge.i].text in _MARK_CHARS and not any(
        _is_cue(t, speech_only=True) for t in tok.subtree
    )


def _marked_that(tok: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children)


def _misattached_that_clause(verb: Token) -> tuple[int, int] | None:
    """'telling customers at a breakfast spot that "I need you"': the parser hangs the
    'that' clause on the nearest noun as a relative clause; a relative clause never has a
    'that' complementizer, so it is the cue's complement."""
    for tok in verb.subtree:
        if tok.i <= verb.i or tok.dep_ not in ("relcl", "acl"):
            continue
        marks = [c for c in tok.children if c.dep_ == "mark" and c.lower_ == "that"]
        if marks and any(c.dep_ in _SUBJECT_DEPS for c in tok.children):
            return marks[0].i, _clause_end(tok)
    return None


def _clause_end(comp: Token) -> int:
    """End of a complement, cut before a coordinated cue verb ('he makes $41,000 a year
    and questioned how ...': the second verb is the speaker's, not the content's)."""
    for child in comp.rights:
        if (
            child.dep_ == "conj"
            and _is_cue(child, speech_only=True)
            and not any(c.dep_ == "mark" for c in child.children)
        ):
            cut = child.left_edge.i
            while cut > comp.i and (comp.doc[cut - 1].dep_ == "cc" or comp.doc[cut - 1].is_punct):
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


_ASIDE_DASHES = {"—", "–", "--", "―"}


_ASIDE_MARKS = {"although", "though", "even"}


def _after_quoted_words(comp: Token, hyphen: Token) -> bool:
    """'said it "risks inflation" - except that ...': a spaced hyphen after quoted words
    opens the writer's aside, as a dash does (elsewhere a hyphen may join the clause)."""
    doc = comp.doc
    return bool(doc[hyphen.i - 1].whitespace_) and any(
        t.text in _MARK_CHARS for t in doc[comp.left_edge.i : hyphen.i]
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
    if tok.dep_ == "relcl":
        return left.lower_ in ("which", "who")
    if tok.dep_ in ("advcl", "acl"):
        lead = doc[left.i : tok.i]  # ', implicitly putting ...'
        return (tok.tag_ == "VBG" and all(t.pos_ == "ADV" for t in lead)) or (
            left.lower_ in _ASIDE_MARKS
        )
    return False


def _clause_right(tok: Token) -> int:
    """End (exclusive) of the clause ``tok`` sits in: the subtree of its nearest verb."""
    head = tok
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    return head.right_edge.i + 1


def _as_clause(verb: Token) -> bool:
    """'As The Washington Post reported, ...' / '..., as one adviser pointed out, ...'."""
    marks = [c for c in verb.children if c.dep_ == "mark"]
    return (
        len(marks) == 1
        and marks[0].lower_ == "as"
        and not any(c.dep_ in ("dobj", "ccomp") for c in verb.children)
    )


def _bare_inserted(verb: Token) -> bool:
    """'..., sources said.' / '..., they said, ...': a bare cue set off by punctuation."""
    if any(
        c.dep_ in ("mark", "ccomp") or (c.dep_ == "dobj" and not _hearer(verb, c))
        for c in verb.children
    ):
        return False
    subject = _subject(verb)
    first = subject.left_edge.i if subject is not None and subject.i < verb.i else verb.i
    before = first - 1
    return before >= 0 and verb.doc[before].is_punct


def _hearer(verb: Token, obj: Token) -> bool:
    """'Instead, the mayor told CNN, her plan ...': the object of an inserted 'tell', set
    off by a comma, is who heard the words, not what was said."""
    after = obj.right_edge.i + 1
    return verb.lemma_ == "tell" and after < len(verb.doc) and verb.doc[after].text == ","


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
        or _is_cue(head, speech_only=False)
        or prep.i > head.i
    ):
        return None
    left, right = prep.left_edge.i, prep.right_edge.i + 1
    end = _clause_end(head)
    parts = []
    if head.left_edge.i < left:
        parts.append((head.left_edge.i, left))
    if right < end:
        parts.append((right, end))
    return parts, objects[0], 0.5


# --- shared helpers -----------------------------------------------------------------------


def _is_cue(tok: Token, *, speech_only: bool) -> bool:
    if tok.pos_ not in ("VERB", "AUX") or tok.lemma_ == "be":
        return False
    if cue_lemma(tok) != tok.lemma_:
        return not speech_only and _subject(tok) is not None
    if tok.lemma_ in SPEECH_VERBS or (not speech_only and tok.lemma_ in OBJECT_CUES):
        if tok.lemma_ == "put":  # 'as Mr. Obama put it, "..."'
            return any(c.lower_ == "it" and c.dep_ == "dobj" for c in tok.children)
        particle = _PARTICLE_CUES.get(tok.lemma_)
        return particle is None or any(c.lower_ == particle for c in tok.children)
    if speech_only:
        return False
    return (tok.lemma_ in BELIEF_VERBS or tok.lemma_ in STANCE_VERBS) and _subject(tok) is not None


def _subject(verb: Token) -> Token | None:
    """Subject of a cue verb, inherited through coordination ('... and said'); one on an
    earlier line gives way to the noun phrase that opens the verb's own line."""
    found = _parsed_subject(verb)
    if found is None or found.i > verb.i:
        return found
    found = _described_noun(found, verb) or found
    doc = verb.doc
    breaks = [t.i for t in doc[found.i : verb.i] if t.is_space and "\n" in t.text]
    return _line_opening_noun(doc, breaks[-1] + 1, verb.i) if breaks else found


def _described_noun(subject: Token, verb: Token) -> Token | None:
    """'nor have traders in Z, the port town on the border, reported': a common noun
    phrase set off by commas right after a noun describes that noun; when the parser
    makes it the cue's subject and leaves the noun it describes hanging on an auxiliary
    or on the cue itself, the speaker is that noun ('traders'), not the description."""
    doc = verb.doc
    left, right = subject.left_edge.i, subject.right_edge.i
    while right > subject.i and doc[right].is_punct:
        right -= 1
    if (
        subject.pos_ != "NOUN"
        or subject.ent_type_ == "PERSON"
        or any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in subject.children)
        or left < 2
        or doc[left - 1].text != ","
        or right + 1 >= verb.i
        or doc[right + 1].text != ","
    ):
        return None
    tok = doc[left - 2]
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    while True:
        if tok.dep_ in ("compound", "flat") and tok.head.i > tok.i:
            tok = tok.head
        elif (
            tok.dep_ == "pobj"
            and tok.head.dep_ == "prep"
            and tok.head.head.pos_ in ("NOUN", "PROPN")
        ):
            tok = tok.head.head
        elif tok.dep_ == "pobj" and tok.head.head.lemma_ in _AUXILIARIES:
            owner = tok.head.head  # 'have traders in Z': the phrase hangs on the auxiliary
            nouns = [
                c for c in owner.children
                if c.dep_ in ("dobj", "nsubj", "attr") and c.i < tok.head.i
                and c.pos_ in ("NOUN", "PROPN")
            ]  # fmt: skip
            if not nouns:
                return None
            tok = nouns[-1]
            break
        else:
            break
    if tok.ent_type_ in ("DATE", "TIME") or not (
        (tok.head.i == verb.i and tok.dep_ in ("nsubj", "nsubjpass", "dep"))
        or (
            tok.head.lemma_ in _AUXILIARIES
            and tok.dep_ in ("dobj", "attr")
            and tok.head.dep_ == "conj"
        )
    ):
        return None
    return tok


def _line_opening_noun(doc: Doc, start: int, verb: int) -> Token | None:
    """'9:15 a.m.\\n\\nThe mayor's aide says ...' / '... into the U.S.\\nJane Roe added':
    the parser ran the sentence over the line break and took a word on the line before
    for the subject; the noun phrase from the line's start to the cue is the speaker."""
    span = doc[start:verb]
    heads = [t for t in span if not start <= t.head.i < verb]
    if len(heads) == 1 and heads[0].pos_ in ("NOUN", "PROPN", "PRON"):
        return heads[0]
    return None


def _verbless_sentence_subject(verb: Token) -> Token | None:
    """'Ortiz, a Brown ally, called X "strong."': after an apposition the parser may take
    the past-tense cue for a participle ('a campaign called X') and leave the sentence
    with no verb; a sentence needs one, so the cue is its verb and the nominal root its
    subject."""
    root = verb.sent.root
    if (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and verb.i > 0
        and verb.doc[verb.i - 1].text == ","
        and root.pos_ in ("NOUN", "PROPN")
        and root.i < verb.i
    ):
        return root
    return None


def _parsed_subject(verb: Token) -> Token | None:
    verbless = _verbless_sentence_subject(verb)
    if verbless is not None:
        return verbless
    tok = verb
    for _ in range(5):
        subjects = [c for c in tok.children if c.dep_ in _SUBJECT_DEPS]
        if len(subjects) > 1:  # '12:15 p.m.\n\nX says': the parser's extra subject is
            subjects.sort(key=lambda c: (c.i > tok.i, -c.i if c.i < tok.i else c.i))
        for child in subjects[:1]:  # farther from the verb; the nearest one is its own
            if child.lower_ in ("who", "that") and tok.dep_ == "relcl":
                return tok.head
            return child
        for child in tok.children:
            if child.dep_ == "agent":
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects:
                    return objects[0]
        if tok.dep_ == "conj" and tok.head.i != tok.i:
            inverted = _inverted_after_nor(tok)
            if inverted is not None:
                return inverted
        if tok.dep_ in ("conj", "xcomp", "advcl") and tok.head.i != tok.i:
            tok = _reporting_verb(tok) or tok.head
            continue
        return _subject_of_first_verb(tok, verb) if tok is not verb or verb.dep_ == "ROOT" else None
    return None


_FINITE_TAGS = {"VBD", "VBZ", "VBP"}


def _subject_of_first_verb(head: Token, cue: Token) -> Token | None:
    """'Ortiz accused X of Y, threatened Z, and said that ...': the parser may make the
    first verb of a series an adverbial clause of the second and leave the series with
    no subject; a main verb needs one, so it is the subject of the finite clause hung on
    it before it, with no subordinator ('When Y left, ...' is not the series' start)."""
    if any(c.dep_ in _SUBJECT_DEPS for c in head.children) or head.pos_ not in ("VERB", "AUX"):
        return None
    for child in sorted(head.lefts, key=lambda c: -c.i):
        if (
            child.dep_ == "advcl"
            and child.tag_ in _FINITE_TAGS
            and not any(c.dep_ in ("mark", "aux") or c.tag_ == "WRB" for c in child.children)
            and child.i < cue.i
        ):
            return next((c for c in child.lefts if c.dep_ in _SUBJECT_DEPS), None)
    return None


_INVERTING_CCS = {"nor", "neither"}


def _inverted_after_nor(verb: Token) -> Token | None:
    """'X has not announced Y, nor have traders in Z reported W': after 'nor' the
    auxiliary comes before the subject, and the parser may take the subject for the
    auxiliary's object and coordinate the cue with the first clause; the noun right after
    the auxiliary is the cue's subject, not the first clause's."""
    doc = verb.doc
    ccs = [c for c in verb.head.children if c.dep_ == "cc" and c.i < verb.i]
    ccs += [c for c in verb.lefts if c.dep_ == "cc"]
    if not ccs:
        return None
    cc = max(ccs, key=lambda c: c.i)
    if cc.lower_ not in _INVERTING_CCS or cc.i + 2 >= verb.i:
        return None
    aux = doc[cc.i + 1]
    noun = doc[cc.i + 2]
    if aux.lemma_ not in _AUXILIARIES or noun.head.i not in (aux.i, verb.i):
        noun = next((t for t in doc[cc.i + 2 : verb.i] if t.head.i in (aux.i, verb.i)), noun)
    if aux.lemma_ not in _AUXILIARIES or noun.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    if noun.head.i not in (aux.i, verb.i) or noun.dep_ not in ("dobj", "nsubj", "attr", "dep"):
        return None
    return noun


def _reporting_verb(tok: Token) -> Token | None:
    """'Smith said the plan would fail and added that ...': the parser may coordinate a
    subjectless speech verb with the reported clause instead of the verb reporting it;
    the speaker who 'added' is the one who 'said', not the clause's subject ('the plan')."""
    clause = tok.head
    if (
        tok.dep_ == "conj"
        and tok.lemma_ in SPEECH_VERBS
        and clause.dep_ == "ccomp"
        and clause.head.i < clause.i < tok.i
        and clause.head.lemma_ in SPEECH_VERBS
        and _parsed_subject(clause.head) is not None  # else the clause's is the best guess
    ):
        return clause.head
    return None


def _cue_text(verb: Token) -> str:
    if verb.lower_ == "according":
        return "according to"
    if verb.text == ":":
        return ":"
    particles = [c.text for c in verb.children if c.dep_ == "prt"]
    return " ".join([verb.text, *particles])


_LEADING_CC = {"but", "and", "so", "yet", "or"}


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
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


def _merge(direct: list[_Attribution], indirect: list[_Attribution]) -> list[_Attribution]:
    """One attribution per cue: a quotation next to its cue wins over the cue's clause,
    unless the clause holds words of its own around it ('said that, "Of course ..."
    against what ...'); a clause that contains quotations absorbs them (a mixed quote)."""
    by_cue = {a.cue.i: a for a in direct if a.cue is not None}
    out = list(direct)
    for a in indirect:
        covered = [p for d in out if d.direct for p in d.parts]
        if a.cue is not None and a.cue.i in by_cue:
            d = by_cue[a.cue.i]
            if any(_overlap(p, c) for p in a.parts for c in d.parts):
                if d in out and _wraps(a, d):
                    out.remove(d)
                    a.parts = _with_marks(a.parts, d.parts)
                    out.append(a)
                continue  # the cue sits next to its quotation: a direct quote
            if any(ch in ALL_MARKS for s, e in a.parts for ch in _chars(a, s, e)):
                continue
            head = d.speaker_head
            if head is not None and any(s <= head.idx < e for s, e in a.parts):
                continue  # '"...," tweeted a user': the verb's object is the speaker
            if d.parts and _chars(a, a.parts[-1][1], d.parts[0][0]).strip() == ":":
                continue  # 'X stressed one idea: "...," she said': the colon opens the quote
            out.append(a)  # '"...," she told X that ...': a quote and a report
            continue
        inside = [p for p in covered if any(s <= p[0] and p[1] <= e for s, e in a.parts)]
        if any(_overlap(p, c) for p in a.parts for c in covered) and not inside:
            continue
        for d in [d for d in out if d.direct and any(p in inside for p in d.parts)]:
            d.parts = [p for p in d.parts if p not in inside]  # the clause absorbs them
            if not d.parts:
                out.remove(d)
        out.append(a)
    return out


_NESTED_SHARE = 0.1


def _drop_repeats(attributions: list[_Attribution], text: str) -> list[_Attribution]:
    """One report per content. An attribution whose cue sits inside another's content and
    whose words are part of it ('said he thinks X': 'thinks X' inside 'he thinks X')
    repeats the report it belongs to, unless it is surer speech than its frame ('rejected
    the mayor's claim that X'); PolNeAR keeps the outer one, and so does a reader. Two
    cues sharing most of one content ('told X ... when asked about concerns that Y')
    keep the surer one, the first in the article on a tie."""
    words = [_word_starts(text, a.parts) for a in attributions]
    kept: list[int] = []
    for i in sorted(range(len(attributions)), key=lambda i: -attributions[i].confidence):
        a, w = attributions[i], words[i]
        if a.direct:
            kept.append(i)
            continue
        nested = any(
            j != i
            and o.confidence >= a.confidence
            and any(s <= a.cue_start < e for s, e in o.parts)
            and len(w & words[j]) >= _NESTED_SHARE * len(words[j])
            for j, o in enumerate(attributions)
        )
        repeated = any(
            not attributions[k].direct and 2 * len(w & words[k]) >= max(len(w), len(words[k]))
            for k in kept
        )
        if w and not nested and not repeated:
            kept.append(i)
    return [attributions[i] for i in sorted(kept)]


def _word_starts(text: str, parts: list[tuple[int, int]]) -> set[int]:
    out: set[int] = set()
    for s, e in parts:
        out.update(m.start() for m in _WORD.finditer(text, s, e))
    return out


def _with_marks(
    parts: list[tuple[int, int]], quoted: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Clause parts stretched to take in the marks of the quotations they hold."""
    out = []
    for s, e in parts:
        for qs, qe in quoted:
            if s <= qs + 1 and qe - 1 <= e:
                s, e = min(s, qs), max(e, qe)
        out.append((s, e))
    return out


def _wraps(clause: _Attribution, quote: _Attribution) -> bool:
    """The clause contains every piece of the quotation and at least three words outside
    them and away from the cue ('said that, "Of course ..." against what ...'): the
    content is the whole clause, quotation marks included."""
    if not all(any(s <= p[0] + 1 and p[1] - 1 <= e for s, e in clause.parts) for p in quote.parts):
        return False  # (a clause may stop short of the quotation's marks)
    text = text_of(clause.cue.doc) if clause.cue is not None else ""
    first = quote.parts[0][0]
    if clause.cue_start >= quote.parts[-1][1] and text[:first].rstrip().endswith(":"):
        return False  # 'X declared the need for Y: "...," she said': the colon opens it
    outside = 0
    for s, e in clause.parts:
        if not any(s <= ps + 1 and pe - 1 <= e for ps, pe in quote.parts):
            continue  # words in another piece ('"X," she told Y. (...)') do not count
        chunk = list(text[s:e])
        for ps, pe in quote.parts:
            if s <= ps + 1 and pe - 1 <= e:
                lo, hi = max(ps, s), min(pe, e)
                if clause.cue_start >= pe:  # nor the words between it and the cue
                    hi = min(e, clause.cue_start)
                elif clause.cue_end <= ps:
                    lo = max(s, clause.cue_end)
                chunk[lo - s : hi - s] = [" "] * (hi - lo)
        outside += len("".join(chunk).split())
    return outside >= 3


def _chars(a: _Attribution, start: int, end: int) -> str:
    return text_of(a.cue.doc)[start:end] if a.cue is not None else ""


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


_DATELINE = re.compile(
    r"[A-Z][A-Z.'’ -]{2,40}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)? +[—–-]+ +"
)
"""'WASHINGTON — ' or 'BEIJING, China -- ' opening a wire story: a place line, not content."""


def _after_dateline(text: str, start: int, end: int) -> tuple[int, int]:
    """Skip a dateline that opens the content's paragraph, so the content is what was said."""
    if start == 0 or text[start - 1] == "\n":
        found = _DATELINE.match(text, start, end)
        if found and found.end() < end:
            return found.end(), end
    return start, end


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
        parts[0] = _after_dateline(text, *parts[0])
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
        confidence=1.0 if kind != "indirect" and a.confidence >= 0.5 else a.confidence,
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
    """The quoted words without the cue between the pieces of a split quote. Where words
    were left out between two pieces (the cue: '"X," she said, "Y."') the join is marked
    with an ellipsis, so a reader copying the quote neither takes the pieces for one run of
    speech ('approach, They will') nor misses the cut; pieces that only a paragraph break
    or quotation marks separate are joined with a space."""
    if not quote.parts:
        return quote.text
    pieces = [article_text[s:e].strip() for s, e in quote.parts]
    out = pieces[0]
    for (_, end), (start, _), piece in zip(quote.parts, quote.parts[1:], pieces[1:], strict=False):
        elided = any(ch.isalnum() for ch in article_text[end:start])
        out += (" … " if elided else " ") + piece
    return out


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
