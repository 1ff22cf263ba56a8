"""Cues that attribute words to no one: a name in the passive, what evidence shows,
what someone would not say, did next or wants to find out, and page labels.

'The trail was called "Easy" Pass' gives the trail a name, and 'Timing shows people
moved ...' reports a finding; PolNeAR annotates both as attributions, so the finders keep
them, but a briefing's Who said what must not list 'the trail' or 'Timing' as speakers.
The same holds for 'declined to say how many', 'went on to make "The Big Sleep"', 'to
understand what happened', 'a force thought to be ...', 'the players were asked
whether ...' (the hearer is no speaker) and labels such as 'Step 1:' or
'TODAY IN THE SKY:'.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.analyze.quotes.speech_verbs import HEARER_VERBS, SPEECH_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token

_NAMING = {"call", "name", "dub", "nickname", "title", "term", "label", "brand"}
_EVIDENCE = {"show", "indicate", "demonstrate", "suggest"}
_ACTORS = {"PERSON", "ORG", "GPE", "NORP"}
_RAISING = {"seem", "appear"}
# a name that suggests something is proposing it ('Lindt suggested its rival ...')
_THINGS = {False: ("NOUN", "PROPN"), True: ("NOUN",)}


def not_said(cue: Token) -> bool:
    return (
        passive_naming(cue)
        or shown_by_a_thing(cue)
        or story_highlights(cue)
        or reduced_passive(cue)
        or wanting_to_know(cue)
        or saying_in_general(cue)
        or addressed(cue)
    )


def not_reported(cue: Token, *, direct: bool) -> bool:
    """Beyond ``not_said``: what someone would not say ('declined to say how many', 'did
    not comment') is no report of words, unless the words are quoted anyway; a label line
    that names no one ('Step 1:', 'Update, 21 April:') is page furniture."""
    if cue.text == ":":
        return label_names_no_one(cue)
    if direct:
        return not_said(cue) or took_up_doing(cue)
    return not_said(cue) or withheld(cue) or what_happened_next(cue)


def withheld(cue: Token) -> bool:
    """'would not say what ...', 'declined to discuss ...', 'refused to confirm ...'."""
    if any(c.dep_ == "neg" for c in cue.children):
        return True
    return cue.dep_ == "xcomp" and cue.head.lemma_ in _REFUSING


_REFUSING = {"decline", "refuse"}
_ASPECT = {"begin", "continue", "go", "start"}


def what_happened_next(cue: Token) -> bool:
    """'Bacall continued making movies', 'Warren began her questioning', 'the trial began
    ...': verbs of going on that cue speech only when they govern a speech verb ('began by
    saying') or quote words themselves ('"...," he continued'); a report hung on them with
    no speech verb is the parser's guess."""
    if cue.lemma_ not in _ASPECT:
        return False
    governed = [c for c in cue.children if c.dep_ in ("xcomp", "advcl", "ccomp", "dobj")]
    core = [c for c in governed if c.dep_ != "advcl"]
    if core:  # 'began her questioning (by citing ...)': the report is the parser's guess
        return not any(_speech_verb(c) for c in core)
    if governed:
        return False
    said_by = [g for c in cue.children if c.lower_ == "by" for g in c.children]
    return not any(_speech_verb(c) for c in said_by)  # 'began by saying'


def _speech_verb(tok: Token) -> bool:
    return tok.pos_ == "VERB" and tok.lemma_ in SPEECH_VERBS


def took_up_doing(cue: Token) -> bool:
    """'they went on to make three movies — "The Big Sleep," ...': a verb of going on with
    a non-speech verb of its own quotes titles, not words."""
    if cue.lemma_ not in _ASPECT:
        return False
    return any(
        c.dep_ in ("xcomp", "advcl")
        and c.pos_ == "VERB"
        and c.lemma_ not in SPEECH_VERBS
        and any(a.tag_ == "TO" for a in c.children)  # not '"...," he continued — before ...'
        for c in cue.children
    )


_FINDING_OUT = {"understand", "know", "learn", "find", "determine", "imagine", "figure"}


def saying_in_general(cue: Token) -> bool:
    """'It is safe to say ...', 'we are sorry to say ...', 'needless to say': 'say' after an
    adjective is the writer's hedge, not anyone's report."""
    if cue.lemma_ != "say" or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in cue.children):
        return False
    head = cue.head
    return head.pos_ == "ADJ" or (
        head.pos_ == "AUX" and any(c.dep_ == "acomp" for c in head.children)
    )


def wanting_to_know(cue: Token) -> bool:
    """'working with investigators to understand what happened', 'If you imagine it
    roaring': a belief verb in an infinitive of purpose or under 'if' is what someone
    wants to find out or pictures, not what anyone holds."""
    if cue.lemma_ not in _FINDING_OUT:
        return False
    to = any(c.dep_ == "aux" and c.tag_ == "TO" for c in cue.children)
    if_clause = any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in cue.children)
    return if_clause or (to and cue.dep_ in ("advcl", "xcomp", "acl"))


_HEARSAY = {"think", "believe", "know", "say", "report", "rumor", "consider", "suppose", "allege"}


def reduced_passive(cue: Token) -> bool:
    """'dark energy, that mysterious force thought to be stretching ...', 'the memo, said to
    contain ...', 'he is believed to have fled': a participle hung on a noun, or a passive
    of hearsay before 'to be'/'to have', tells what is held of the noun; no one is named
    as having said it."""
    if cue.dep_ == "acl" and cue.tag_ == "VBN":
        return True
    doc = cue.doc
    after = doc[cue.i + 1 : cue.i + 3]
    return (
        cue.lemma_ in _HEARSAY
        and cue.tag_ in ("VBD", "VBN")
        and len(after) == 2
        and after[0].lower_ == "to"
        and after[1].lemma_ in ("be", "have")
    )


def addressed(cue: Token) -> bool:
    """'The players were asked whether they had eaten', 'Asked about the delay, Smith
    said ...', 'residents were told that ...': the passive of a verb of asking or telling
    makes the hearer its subject; with no 'by' phrase no one is named as speaking."""
    if cue.lemma_ not in HEARER_VERBS or any(c.dep_ == "agent" for c in cue.children):
        return False
    if any(c.dep_ == "nsubjpass" for c in cue.children):
        return True
    return put_to_someone(cue)


_OWN_SUBJECT = {"nsubj", "nsubjpass", "aux", "auxpass", "agent"}


def put_to_someone(verb: Token) -> bool:
    """'Asked whether ..., X says "No"': a participle of asking with no subject of its own
    opens the sentence with what someone else put to the speaker."""
    return (
        verb.lemma_ in HEARER_VERBS
        and verb.tag_ == "VBN"
        and verb.dep_ in ("ROOT", "advcl")
        and not any(c.dep_ in _OWN_SUBJECT for c in verb.children)
        and verb.i == verb.sent.start
    )


def story_highlights(cue: Token) -> bool:
    """'Story highlights Hamas TV says ...' / 'Story continues below advertisement': a news
    page's boxes read as a sentence whose subject is a bare 'Story'."""
    return any(
        c.dep_ == "nsubj" and c.text == "Story" and not list(c.children) for c in cue.children
    )


def passive_naming(cue: Token) -> bool:
    """A naming verb in the passive with no one doing the naming ('was called "X"',
    not 'was called "X" by the mayor')."""
    return (
        cue.lemma_ in _NAMING
        and any(c.dep_ == "nsubjpass" for c in cue.children)
        and not any(c.dep_ == "agent" for c in cue.children)
    )


def shown_by_a_thing(cue: Token) -> bool:
    """'Timing shows people moved ...' / 'the emptiness of the streets suggested ...':
    evidence, not anyone's words; a named actor ('the EPA shows') or a pronoun may still
    be a speaker."""
    verb = cue  # 'which seems to suggest ...': the subject is that of 'seems'
    if cue.dep_ == "xcomp" and cue.head.lemma_ in _RAISING:
        verb = cue.head
    elif cue.dep_ == "advcl" and cue.tag_ == "VBG" and not _subjects(cue):
        verb = cue.head  # 'the stains are uneven, suggesting ...': what the stains suggest
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    if verb.dep_ == "acl" or (  # 'numbers indicating ...', 'evidence that indicates ...'
        verb.dep_ == "relcl" and all(s.tag_ in ("WDT", "WP") for s in subjects)
    ):
        subjects = [verb.head]
    things = _THINGS[cue.lemma_ == "suggest"]
    return (
        cue.lemma_ in _EVIDENCE
        and bool(subjects)
        and all(s.pos_ in things or s.tag_ == "VBG" for s in subjects)
        and not any(t.ent_type_ in _ACTORS for s in subjects for t in s.subtree)
    )


def _subjects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]


_PREPOSITIONS = {"in", "on", "at", "from", "to", "for", "with", "about", "by", "into", "after"}
_PAGE_WORDS = {"update", "updated", "step", "citations", "citation", "sources", "source"}
_ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP"}


def label_names_no_one(colon: Token) -> bool:
    """The words before a label line's colon name no speaker: a number or date ('Step 1',
    'Update, 21 April'), a page word ('Citations'), capitals with a preposition ('TODAY IN
    THE SKY', 'FROM COINAGE'), or words naming no person or organisation ('Incredible
    Technology'). Transcript labels ('OKONJO:', 'JON STEWART:') and names stay."""
    doc = colon.doc
    label = []
    for i in range(colon.i - 1, -1, -1):
        if "\n" in doc[i].text:
            break
        label.append(doc[i])
    words = [t for t in reversed(label) if t.is_alpha]
    if not words or any(t.like_num or t.ent_type_ in ("DATE", "TIME") for t in label):
        return True
    if words[0].lower_ in _PAGE_WORDS or words[-1].lower_ in _PAGE_WORDS:
        return True
    if all(w.text.isupper() for w in words):
        return any(w.lower_ in _PREPOSITIONS for w in words)
    return not any(t.ent_type_ in _ACTOR_LABELS for t in label)


def a_link(text: str, at: int) -> bool:
    """'Jeb Bush says "stuff happens" as left calls for gun control Read more': the line
    of the cue at ``at`` is a link to another story, its headline read as a report."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return text[start : end if end >= 0 else len(text)].rstrip(" .)]").endswith("Read more")
