"""Where the cue of a quotation sits: after it ('"...," said X'), before it ('X said:
"..."'), a name label before a colon, a dash byline after it, or 'in X's words'."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.analyze.nlp import text_of
from dossier.analyze.quotes.cue_grammar import SUBJECT_DEPS, cue_subject, is_cue
from dossier.analyze.quotes.marks import ALL_MARKS, QuotedText
from dossier.analyze.quotes.spans import before_opening, token_from
from dossier.analyze.quotes.speech_verbs import SPEECH_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


_MAX_GAP = 8  # tokens allowed between a cue and the quotation it introduces


def cue_after(doc: Doc, q: QuotedText) -> tuple[Token, Token | None] | None:
    """'"...," said X' / '"...," X said' / '"...," a spokesman, X, said'."""
    first_end = q.parts[0][1]
    i = token_from(doc, first_end)
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
        if is_cue(tok, speech_only=True) and tok.tag_ != "VBG":  # ', adding, "..."' opens
            subject = cue_subject(tok)
            if tok.i == start.i and (subject is None or subject.i < i):
                subject = (
                    _subject_after(tok, i) or _inverted_subject(tok) or _noun_after(tok) or subject
                )
            elif subject is not None and subject.i < i:  # the parser hung a quoted word on it
                subject = _subject_after(tok, i) or subject
            if tok.i == start.i and subject is not None and subject.i > tok.i:
                return tok, _subject_after(tok, tok.i + 1) or subject  # "said X"
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
            before = doc[tok.i - 1]
            if not nouns and before.pos_ == "ADJ" and doc[before.i - 1].pos_ == "DET":
                nouns = [before]  # '"...," the editorial read.': tagged wrong as well
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
    X' the parser may give 'said' two subjects, a quoted word and X; and it may split
    'says study co-author X' into two, of which the person is the speaker."""
    found = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i >= start]
    return next((c for c in found if c.ent_type_ == "PERSON"), found[0] if found else None)


_NOUN_PHRASE_POS = {"DET", "ADJ", "NOUN", "PROPN", "NUM"}


def _noun_after(verb: Token) -> Token | None:
    """'"...," said Lee, a neighbor whose son has been ...' / '"...," added health
    professor Ann Lee, another of ...': the parser may read the speaker after the cue as
    the subject of a clause of its own, or hang it nowhere; a noun phrase alone between
    the cue and a comma or the sentence's end is the speaker (its person, else its last
    noun)."""
    doc = verb.doc
    end = verb.i + 1
    while end < min(len(doc), verb.i + 9) and (
        doc[end].pos_ in _NOUN_PHRASE_POS or doc[end].text in ("-", "'s", "’s")
    ):
        end += 1
    if end == verb.i + 1 or (end < len(doc) and doc[end].text not in (",", ".", ";")):
        return None
    span = doc[verb.i + 1 : end]
    if any(t.ent_type_ in ("DATE", "TIME") for t in span):
        return None
    person = next((e for e in span.ents if e.label_ == "PERSON"), None)
    if person is not None:
        return person[-1]
    nouns = [t for t in span if t.pos_ in ("NOUN", "PROPN")]
    return nouns[-1] if nouns else None


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
        and tok.text.islower()  # not 'the United States,'
        and tok.lower_ in _CUE_FORMS
        and (tok.i + 1 == len(doc) or doc[tok.i + 1].is_punct)
        and (tok.i == 0 or doc[tok.i - 1].lower_ not in ("the", "a", "an"))  # 'the states.'
    )


_PARTICIPLES = {"reading", "saying", "stating", "declaring", "proclaiming"}


def _mistagged_participle(tok: Token) -> bool:
    """'a sign reading, "..."': a speech verb's participle the tagger took for a noun
    compounded with the noun before it, which is what carries the words."""
    doc = tok.doc
    return (
        tok.lower_ in _PARTICIPLES
        and tok.pos_ == "NOUN"
        and tok.i > 0
        and doc[tok.i - 1].pos_ in ("NOUN", "PROPN")
    )


def cue_before(
    doc: Doc, q: QuotedText, paragraphs: list[int]
) -> tuple[Token, Token | None] | None:
    """'he wrote, "..."' / 'X said: "..."' / a paragraph ending in ':' before the quote."""
    found = before_opening(doc, q)
    if found is None or found[0] == 0:
        return None
    j = found[1]
    if j < 0 or (doc[j].text not in (",", ":", "—") and not is_cue(doc[j], speech_only=True)):
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
        if is_cue(tok, speech_only=True):
            return tok, cue_subject(tok)
    if j > 1 and doc[j].text in (",", ":") and _mistagged_participle(doc[j - 1]):
        return doc[j - 1], doc[j - 2]  # 'a hat reading, "..."' ('reading' tagged a noun)
    if doc[j].text == ":" and j > 1 and _mistagged_cue(doc[j - 1]):  # 'Article 33 affirms:'
        verb = doc[j - 1]
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        if subjects or doc[j - 2].pos_ in ("NOUN", "PROPN", "NUM"):
            return verb, subjects[0] if subjects else doc[j - 2]
    if doc[j].text == ":":  # 'A footnote in the report makes that clear: "..."'
        for k in range(j - 1, max(doc[j].sent.start, j - 25) - 1, -1):
            verb = doc[k]
            if verb.text in ALL_MARKS or (verb.text in (*_DASHES, "-") and verb.whitespace_):
                break  # 'HEADLINE - Name: "..."' is a label, not the headline's verb
            if (
                verb.pos_ in ("VERB", "AUX")
                and verb.lemma_ != "be"
                and cue_subject(verb) is not None
            ):
                return verb, cue_subject(verb)
    return None


def colon_label(doc: Doc, q: QuotedText) -> tuple[Token, Token | None] | None:
    """'Rep. Trey Gowdy (R-S.C.): "..."': a verbless name before a colon introduces a quote."""
    found = before_opening(doc, q)
    if found is None or found[0] == 0:
        return None
    j = found[1]
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


def words_of(doc: Doc, q: QuotedText) -> tuple[Token, Token | None] | None:
    """'in Forbes' words, "..."' / 'in the words of X, "..."': the words are X's."""
    found = before_opening(doc, q)
    if found is None or found[0] < 3:
        return None
    j = found[1]
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


def dash_label(doc: Doc, q: QuotedText) -> tuple[Token, Token | None] | None:
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
