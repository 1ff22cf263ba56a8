"""Cue grammar: whether a token cues speech (or a belief or stance), and who its subject
is, repairing the parses news sentences commonly get wrong (coordination, inversion
after 'nor', appositions, subjects run over line breaks)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.analyze.quotes.cues import STANCE_VERBS, cue_lemma
from dossier.analyze.quotes.speech_verbs import (
    BELIEF_VERBS,
    HEARER_VERBS,
    OBJECT_CUES,
    PARTICLE_CUES,
    SPEECH_VERBS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


SUBJECT_DEPS = ("nsubj", "nsubjpass")

AUXILIARIES = {"be", "have", "do", "will", "would", "can", "could", "may", "might", "shall"}


def is_cue(tok: Token, *, speech_only: bool) -> bool:
    if tok.pos_ not in ("VERB", "AUX") or tok.lemma_ == "be":
        return False
    if cue_lemma(tok) != tok.lemma_:
        return not speech_only and cue_subject(tok) is not None
    if tok.lemma_ in SPEECH_VERBS or (not speech_only and tok.lemma_ in OBJECT_CUES):
        if tok.lemma_ == "put":  # 'as Mr. Obama put it, "..."'
            return any(c.lower_ == "it" and c.dep_ == "dobj" for c in tok.children)
        particle = PARTICLE_CUES.get(tok.lemma_)
        return particle is None or any(c.lower_ == particle for c in tok.children)
    if speech_only:
        return False
    stance = tok.lemma_ in BELIEF_VERBS or tok.lemma_ in STANCE_VERBS
    return stance and cue_subject(tok) is not None


def cue_subject(verb: Token) -> Token | None:
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
        elif tok.dep_ == "pobj" and tok.head.head.lemma_ in AUXILIARIES:
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
            tok.head.lemma_ in AUXILIARIES
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
    heads = [t for t in span if not start <= t.head.i < verb and not t.is_punct]
    nouns = [t for t in heads if t.pos_ in ("NOUN", "PROPN", "PRON")]
    if len(nouns) != 1:
        return None
    # 'Mr Lee, of the Lands Association, said': a phrase after the name hung elsewhere
    if all(t is nouns[0] or (t.pos_ == "ADP" and t.i > nouns[0].i) for t in heads):
        return nouns[0]
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


_NAMING = {"call", "label", "dub", "brand"}
_COMPLEMENT_DEPS = {"dobj", "oprd", "attr"}


def _active_naming_participle(verb: Token) -> Token | None:
    """'one lawmaker called Trump "the orange prince"': the parser may read a naming cue
    as a participle of the noun before it ('a man called Trump'); a participle names
    with one complement, so a naming verb with a second one that quotes words is the
    noun's own verb, and the noun is its subject."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.lemma_ not in _NAMING:
        return None
    if any(c.dep_ in ("aux", "auxpass", "agent") for c in verb.children):
        return None
    complements = [c for c in verb.rights if c.dep_ in _COMPLEMENT_DEPS]
    if len(complements) < 2 or not _quotes_words(complements[-1]):
        return None
    noun = verb.head
    return noun if noun.pos_ in ("NOUN", "PROPN") and noun.i < verb.i else None


def _parsed_subject(verb: Token) -> Token | None:
    verbless = _verbless_sentence_subject(verb) or _active_naming_participle(verb)
    if verbless is not None:
        return verbless
    lost = _second_object_subject(verb)
    if lost is not None:
        return lost
    if verb.lemma_ in HEARER_VERBS and any(c.dep_ == "nsubjpass" for c in verb.children):
        agents = [o for c in verb.children if c.dep_ == "agent" for o in c.children]
        if agents and agents[0].dep_ == "pobj":  # 'were told by the principal that ...'
            return agents[0]
    tok = verb
    for _ in range(5):
        subjects = [c for c in tok.children if c.dep_ in SUBJECT_DEPS]
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
        controller = _object_controller(tok) if tok is verb else None
        if controller is not None:  # 'which prompts him to mutter "..."': he mutters
            return controller
        if tok.dep_ in ("conj", "xcomp", "advcl") and tok.head.i != tok.i:
            tok = _reporting_verb(tok) or tok.head
            continue
        if _adjunct_gerund(tok):  # 'responded by calling X "Y"': the responder calls
            tok = tok.head.head
            continue
        return _subject_of_first_verb(tok, verb) if tok is not verb or verb.dep_ == "ROOT" else None
    return None


def _second_object_subject(verb: Token) -> Token | None:
    """'On Friday CBS News, citing officials, reported that ...': the parser may take the
    subject for a second object of the opening preposition and leave the cue with no
    subject; a preposition has one object, so a second noun after it is the subject."""
    if any(c.dep_ in (*SUBJECT_DEPS, "agent", "expl") for c in verb.children):
        return None
    for prep in verb.lefts:
        objects = [c for c in prep.children if c.dep_ == "pobj"] if prep.dep_ == "prep" else []
        if len(objects) >= 2 and objects[-1].pos_ in ("PROPN", "NOUN"):
            return objects[-1]
    return None


def _object_controller(verb: Token) -> Token | None:
    """The object of the verb an infinitive cue complements ('prompted him to mutter',
    'asked the minister to explain'): the one who is to speak, not the subject."""
    if verb.dep_ != "xcomp" or not any(c.tag_ == "TO" for c in verb.children):
        return None
    objects = [c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i]
    if len(objects) != 1 or objects[0].pos_ not in ("PRON", "PROPN"):
        return None
    return objects[0]


_GERUND_PREPS = {"by", "after", "before", "without", "upon", "in", "while", "since"}


def _adjunct_gerund(tok: Token) -> bool:
    """'Lee responded by calling Park "dopey"' / 'after saying that ...': a gerund in a
    'by', 'after', 'without' ... phrase of a verb has that verb's subject. Only when it
    reports a clause or quotes words: 'began by emphasizing X' is a stance at most."""
    prep = tok.head
    return (
        tok.dep_ == "pcomp"
        and tok.tag_ == "VBG"
        and (_quotes_words(tok) or any(c.dep_ == "ccomp" for c in tok.children))
        and prep.dep_ == "prep"
        and prep.lower_ in _GERUND_PREPS
        and prep.head.pos_ in ("VERB", "AUX")
    )


def _quotes_words(verb: Token) -> bool:
    return any(t.text in ('"', "“", "”", "''") for t in verb.subtree)


_FINITE_TAGS = {"VBD", "VBZ", "VBP"}


def _subject_of_first_verb(head: Token, cue: Token) -> Token | None:
    """'Ortiz accused X of Y, threatened Z, and said that ...': the parser may make the
    first verb of a series an adverbial clause of the second and leave the series with
    no subject; a main verb needs one, so it is the subject of the finite clause hung on
    it before it, with no subordinator ('When Y left, ...' is not the series' start)."""
    if any(c.dep_ in SUBJECT_DEPS for c in head.children) or head.pos_ not in ("VERB", "AUX"):
        return None
    for child in sorted(head.lefts, key=lambda c: -c.i):
        if (
            child.dep_ == "advcl"
            and child.tag_ in _FINITE_TAGS
            and not any(c.dep_ in ("mark", "aux") or c.tag_ == "WRB" for c in child.children)
            and child.i < cue.i
        ):
            return next((c for c in child.lefts if c.dep_ in SUBJECT_DEPS), None)
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
    if aux.lemma_ not in AUXILIARIES or noun.head.i not in (aux.i, verb.i):
        noun = next((t for t in doc[cc.i + 2 : verb.i] if t.head.i in (aux.i, verb.i)), noun)
    if aux.lemma_ not in AUXILIARIES or noun.pos_ not in ("NOUN", "PROPN", "PRON"):
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
