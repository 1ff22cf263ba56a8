"""What a cue verb reports: its clausal complement, the clause it is inserted into, or a
stance cue's object, with how sure that is speech; guards against the parses that
would hand a cue a clause that is not its own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.analyze.nlp import text_of
from dossier.analyze.quotes.content import (
    clause_end,
    past_quoted_comma,
    reason_after,
    split_complement_end,
)
from dossier.analyze.quotes.cue_grammar import AUXILIARIES, SUBJECT_DEPS, cue_subject, is_cue
from dossier.analyze.quotes.cues import STANCE_VERBS, WEAK_CLAUSE_CUES, argument_parts, cue_lemma
from dossier.analyze.quotes.not_speech import put_to_someone
from dossier.analyze.quotes.spans import MARK_CHARS
from dossier.analyze.quotes.speech_verbs import OBJECT_CUES, SPEECH_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


_CUE_DEPS = {"ccomp", "xcomp"}


def cue_complement(
    doc: Doc, verb: Token
) -> tuple[list[tuple[int, int]], Token | None, float] | None:
    """Content of a cue verb: its clausal complement, the clause it is inserted into, or
    (stance cues) its object or infinitive; with how sure it is speech."""
    subject = cue_subject(verb)
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
            and is_cue(c, speech_only=True)
            and cue_subject(c) is not None
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
        end = clause_end(comp)
        for conj in verb.children:  # 'said that X, but was referring to Y': one content
            if (
                conj.dep_ == "conj"
                and conj.i > comp.i
                and not is_cue(conj, speech_only=False)
                and not any(c.dep_ in SUBJECT_DEPS for c in conj.children)
            ) or (
                conj.dep_ == "conj"
                and conj.i > comp.i
                and (_marked_that(conj) or _pronoun_clause(conj) or _opens_quoted(conj))
            ):
                end = max(end, conj.right_edge.i + 1)  # '... and that Freddy had struggled'
        if comp.i > verb.i:
            end = split_complement_end(verb, comp, past_quoted_comma(verb, end))
            end = reason_after(verb, end)

        confidence = (1.0 if speech else 0.8) if comp.dep_ in ("ccomp", "dep", "nsubj") else 0.5
        start = comp.left_edge.i
        if comp.i > verb.i:
            start = _stranded_subject_start(verb, comp, start)
        if start < verb.i < end:  # 'Climate change, Mr. Obama says, is ...': around the cue
            cue_start = (
                subject.left_edge.i if subject is not None and subject.i < verb.i else verb.i
            )
            return [(start, cue_start), (verb.i + 1, end)], subject, confidence
        pronoun = _relative_subject(verb, comp, subject)
        if pronoun is not None:  # 'the vote, which she said was a mistake'
            return [(pronoun.i, pronoun.i + 1), (start, end)], subject, confidence
        host = _host_subject(verb, comp, subject)
        if host is not None:  # 'Ms. Ortiz, one aide said, now doubts ...'
            return [host, (start, end)], subject, confidence
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
        and not put_to_someone(verb.head)  # 'Asked whether ..., X says "No."'
    ):
        head = verb.head
        left, right = _inserted_start(verb, subject), verb.right_edge.i + 1
        parts = []
        if head.left_edge.i < left:  # 'Back then, Ms. Ripert said, she found ...'
            parts.append((head.left_edge.i, left))
        if head.i >= right or any(c.i >= right and not c.is_punct for c in head.children):
            parts.append((right, head.right_edge.i + 1))
        return parts, subject, 1.0 if speech else 0.8
    if subject is not None and (lemma in OBJECT_CUES or lemma in STANCE_VERBS):
        found = argument_parts(verb)
        if found is not None:
            return [*found[:-1], (found[-1][0], reason_after(verb, found[-1][1]))], subject, 0.5
    return None


def _host_subject(verb: Token, comp: Token, subject: Token | None) -> tuple[int, int] | None:
    """The subject of the reported clause when the parser hung it on the cue instead:
    a second subject before the speaker, set off by a comma, with the clause after the
    cue left subjectless."""
    if subject is None or comp.i < verb.i or subject.i > verb.i:
        return None
    if any(c.dep_ in SUBJECT_DEPS for c in comp.children):
        return None
    start = _inserted_start(verb, subject)
    if start == verb.left_edge.i:
        return None
    first = verb.left_edge.i
    end = start
    while end > first and verb.doc[end - 1].is_punct:
        end -= 1
    words = verb.doc[first:end]
    if first != verb.sent.start or not 0 < len(words) <= 12:
        return None  # the host's subject opens the sentence
    if any(m in words.text for m in (*MARK_CHARS, "<", ">", "=", "(", ")")):
        return None  # a noun phrase, not markup, a quotation or an aside
    return first, end


def _inserted_start(verb: Token, subject: Token) -> int:
    """Where an inserted cue begins. 'Mr. Lee, one official said, now has ...': the parser
    hangs the host clause's subject on the cue as a second subject before a comma; it
    belongs to the reported clause, and the cue starts at its own subject."""
    start = verb.left_edge.i
    earlier = [
        c
        for c in verb.children
        if c.dep_ == "nsubj" and c.i < subject.left_edge.i and c.i != subject.i
    ]
    if earlier and any(t.text == "," for t in verb.doc[earlier[-1].i : subject.left_edge.i]):
        return subject.left_edge.i
    return start


_STRANDED_DEPS = {"dobj", "npadvmod"}


def _stranded_subject_start(verb: Token, comp: Token, start: int) -> int:
    """'said the days when the country had "one story" are gone': the parser hangs a long
    subject on the cue as its object and leaves the clause after it subjectless; that
    subject opens the reported clause (not 'told reporters it failed': that clause has a
    subject of its own, and not a date, 'said Monday')."""
    if any(c.dep_ in SUBJECT_DEPS for c in comp.children):
        return start
    for child in verb.children:
        if (
            child.dep_ in _STRANDED_DEPS
            and verb.i < child.i < start
            and _phrase_end(verb, child) == start
            and not all(t.ent_type_ in ("DATE", "TIME") for t in child.subtree)
        ):
            return child.left_edge.i
    return start


def _phrase_end(verb: Token, child: Token) -> int:
    """Where ``child``'s phrase ends, with the prepositional phrases the parser hung on
    the cue right after it ('found wage hikes in the 1990s caused ...': 'in the 1990s'
    goes with the stranded subject)."""
    end = child.right_edge.i + 1
    for prep in verb.rights:
        if prep.i > child.i and prep.dep_ == "prep" and prep.left_edge.i == end:
            end = prep.right_edge.i + 1
    return end


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
        and any(d.dep_ in SUBJECT_DEPS for d in c.children)
    ]


def _misparsed_clause_before(verb: Token) -> tuple[Token, Token] | None:
    """'The ban marks "the start of a long fight" for unions, said X': quotation marks
    inside a reported clause often make the parser take the clause for a second subject
    of the cue (or leave it unlabelled) rather than its complement. A clause from the
    sentence start to the comma right before a cue whose subject follows it is the
    complement all the same; returns it with that subject."""
    doc = verb.doc
    after = [c for c in verb.rights if c.dep_ in SUBJECT_DEPS]
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
        or any(any(m in t.text for m in MARK_CHARS) for t in between)
    ):
        return False
    if between[0].lemma_ in AUXILIARIES:  # 'nor have X reported': the cue's auxiliary
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
        start, end = child.left_edge.i, clause_end(child)
        words = text[verb.doc[start].idx : verb.doc[end - 1].idx + len(verb.doc[end - 1].text)]
        if any(m in words for m in MARK_CHARS):
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
        and not any(  # 'X, who boasts of Y, said ...': a true relative clause
            c.dep_ in SUBJECT_DEPS and (c.tag_ in _RELATIVIZERS or c.lower_ == "that")
            for c in verb.children
        )
        and 0 <= before < after < len(doc)
        and doc[before].text == ","
        and doc[after].text == ","
    )


_RELATIVE_WORDS = {"which", "who", "whom", "that"}


def _relative_subject(verb: Token, comp: Token, subject: Token | None) -> Token | None:
    """'the vote, which she has said was a mistake': the parser makes the relative
    pronoun the object of a cue in a relative clause and leaves the reported clause after
    the cue subjectless; the pronoun is that clause's subject, and without it the content
    ('was a mistake') says nothing about what. PolNeAR marks the pronoun alone as the
    first piece of the content, not the noun it stands for."""
    if comp.i < verb.i or any(c.dep_ in (*SUBJECT_DEPS, "expl") for c in comp.children):
        return None
    if subject is None or subject.i > verb.i or verb.dep_ != "relcl":
        return None
    for child in verb.lefts:
        if child.dep_ == "dobj" and child.lower_ in _RELATIVE_WORDS and child.i < subject.i:
            return child
    return None


def _pronoun_clause(tok: Token) -> bool:
    """'said A, but beyond that, he doesn't want B': a coordinated clause about a pronoun
    and no speech verb of its own goes on with the reported content."""
    subjects = [c for c in tok.children if c.dep_ in SUBJECT_DEPS]
    return (
        len(subjects) == 1
        and subjects[0].pos_ == "PRON"
        and subjects[0].lower_ not in ("who", "which", "that")
        and not is_cue(tok, speech_only=True)
    )


def _opens_quoted(tok: Token) -> bool:
    """'said she had offers for the land, but "the offers were ..."': a coordinated clause
    that opens with a quotation mark, with no speech verb of its own, goes on with the
    speaker's words (the quotation has no cue of its own to take it)."""
    doc = tok.doc
    return doc[tok.left_edge.i].text in MARK_CHARS and not any(
        is_cue(t, speech_only=True) for t in tok.subtree
    )


def _marked_that(tok: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children)


def _misattached_that_clause(verb: Token) -> tuple[int, int] | None:
    """'telling customers at a breakfast spot that "I need you"': the parser hangs the
    'that' clause on the nearest noun as a relative clause; a relative clause never has a
    'that' complementizer, so it is the cue's complement."""
    for tok in verb.subtree:
        if tok.i <= verb.i or tok.dep_ not in ("relcl", "acl") or _answered(verb, tok.head):
            continue
        if _under_other_verb(tok.head, verb):  # 'reports X, adding weight to claims that'
            continue
        marks = [c for c in tok.children if c.dep_ == "mark" and c.lower_ == "that"]
        if marks and any(c.dep_ in SUBJECT_DEPS for c in tok.children):
            return marks[0].i, clause_end(tok)
    return None


def _under_other_verb(noun: Token, verb: Token) -> bool:
    """A noun in the phrase of another verb under the cue ('reports the Daily News,
    adding weight to claims that ...'): its 'that' clause belongs to that verb's phrase."""
    tok = noun
    while tok.i != verb.i and tok.head.i != tok.i:
        tok = tok.head
        if tok.i != verb.i and tok.pos_ == "VERB":
            return True
    return False


_ANSWERING = {"react", "respond", "reply", "add", "object"}


def _answered(verb: Token, noun: Token) -> bool:
    """'responded to reports that a man was armed', 'reacted to news that ...', 'adds to
    fears that ...': the object of 'to' after a verb of answering or adding is what was
    answered or added to; its 'that' clause is that noun's, not the cue's words."""
    prep = noun.head
    return (
        cue_lemma(verb) in _ANSWERING
        and noun.dep_ == "pobj"
        and prep.lower_ == "to"
        and prep.head.i == verb.i
    )


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
    subject = cue_subject(verb)
    first = subject.left_edge.i if subject is not None and subject.i < verb.i else verb.i
    before = first - 1
    return before >= 0 and verb.doc[before].is_punct


def _hearer(verb: Token, obj: Token) -> bool:
    """'Instead, the mayor told CNN, her plan ...': the object of an inserted 'tell', set
    off by a comma, is who heard the words, not what was said."""
    after = obj.right_edge.i + 1
    return verb.lemma_ == "tell" and after < len(verb.doc) and verb.doc[after].text == ","
