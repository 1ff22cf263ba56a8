"""Stance cues: verbs that attribute a position, plan or judgement rather than words.

News attributes far more than speech: "Trump vowed to cut taxes", "Clinton cited his
remarks as examples of ...", "rivals see an opening", "voters support a ban". PolNeAR
annotates these as attributions, with the argument of the verb (object, prepositional
object or infinitive) as content. They are reported with a lower ``confidence`` than
speech so a briefing can list what was said and leave stances out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.analyze.quotes.speech_verbs import OBJECT_CUES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

STANCE_VERBS = {
    "plan", "seek", "hope", "oppose", "endorse", "back", "view",
    "expect", "question", "accuse", "blame", "cite", "mention", "reject",
    "dismiss", "denounce", "criticize", "attack", "blast", "slam", "praise", "defend",
    "vow", "pledge", "promise", "refuse", "decline", "decide", "agree", "call",
    "discuss", "talk", "express", "offer", "propose", "tout",
    "highlight", "prefer", "threaten", "urge",
    "demand", "emphasize", "acknowledge", "admit", "deny", "reference", "echo", "liken",
    "compare", "describe", "label", "characterize", "portray", "condemn", "applaud",
    "declare", "deem", "term",
    "champion", "advocate", "dispute", "challenge", "doubt", "pitch",
    "recommend", "warn", "ask", "reveal", "signal", "suggest", "criticise",
    "lambaste", "ridicule", "mock", "deride", "rip", "knock", "fault", "credit", "thank",
    "congratulate", "commend", "hail", "lament", "decry", "bemoan", "protest",
    "complain", "argue", "insist", "predict", "forecast", "rule", "float", "unveil",
    "announce", "outline", "lay", "detail", "note", "report", "show", "find",
    "estimate", "project", "confirm", "reaffirm", "stress", "respond", "react",
    "reply", "explain", "claim", "assert", "allege", "tweet", "post",
    "say", "recall", "repeat", "reiterate", "concede", "joke", "brag", "boast", "pray",
}  # fmt: skip
"""Lemmas that attribute their argument to their subject: PolNeAR train cues whose
argument matched gold content at least a third of the time ('want', 'support', 'vote'
are annotated too, but their objects match too rarely to be worth reporting)."""
WEAK_CLAUSE_CUES = {"know", "see", "feel", "want", "expect"}
"""Verbs whose 'that' clause is seldom an attribution ('I know he left', 'we see that')."""

_STOP_DEPS = {"punct", "cc", "conj", "advcl", "advmod", "npadvmod", "mark", "relcl", "parataxis"}
_ARG_PREPS = {
    "as", "for", "of", "about", "against", "with", "to", "that", "over", "on", "compared",
}  # fmt: skip
"""Prepositions that introduce part of the attributed content ('cited X as Y',
'blamed X for Y'), unlike time and place adjuncts ('in Ohio', 'at the debate')."""
_MISLEMMATIZED = {"hopes": "hope", "hoped": "hope", "hoping": "hope"}


def cue_lemma(tok: Token) -> str:
    """The lemma, mended where the small model gets it wrong ('hopes' -> 'hop')."""
    return _MISLEMMATIZED.get(tok.lower_, tok.lemma_)


_QUOTE_MARKS = {'"', "“", "”", "''", "«", "»"}
_OPENING_MARKS = {'"', "“", "«"}
_DASHES = {"-", "--", "—", "–", "―"}
_ARG_DEPS = {"dobj", "prep", "xcomp", "oprd", "attr", "acomp", "dative", "ccomp", "pcomp"}


def argument_span(verb: Token) -> tuple[int, int] | None:
    """Token span [start, end) of the verb's argument: its object with the
    prepositional phrases that complete it, an infinitive, or a verb-selected
    preposition ('talked about X', 'voted for Y'); time and place adjuncts excluded."""
    rights = [c for c in verb.rights if c.dep_ != "prt"]
    start = end = None
    for n, child in enumerate(rights):
        if child.dep_ == "punct" and child.text in _QUOTE_MARKS:
            continue  # 'called the system "rotten to the core"'
        if child.text == "," and _closes_quotation(child):
            continue  # 'rated X as "pants on fire," compared to Y': the quotation's comma
        if child.dep_ == "cc" and start is not None and _second_object(rights[n + 1 :]):
            continue  # 'condemned X as "A" and a "B"': the parser hung B on the verb
        if start is not None and _quoted_complement(child, end):
            end = child.right_edge.i + 1  # 'declaring it "another fine Saturday"'
            continue
        if start is not None and _adjunct_before_quoted(child, rights[n + 1 :]):
            continue  # 'called the column Sunday a "smear"': the date, then what was said
        if start is not None and _adjunct_holding_quoted(child):
            end = child.right_edge.i + 1  # 'described X during a broadcast as "Y"'
            continue
        if child.dep_ in _STOP_DEPS:
            if start is not None:
                break
            continue
        if child.dep_ not in _ARG_DEPS:
            if start is not None:
                break
            continue
        if child.dep_ == "dative" and start is None and child.lower_ not in _ARG_PREPS:
            continue  # 'told reporters ...': the hearer is not the content
        if (
            child.dep_ == "prep"
            and start is not None
            and child.lower_ not in _ARG_PREPS
            and not _opens_quotation(verb.doc[child.i - 1])  # 'called it "beyond ..."'
        ):
            break
        if child.dep_ == "prep" and start is None and child.lower_ in ("in", "at", "during"):
            break
        if start is None:
            start = child.left_edge.i if child.dep_ != "prep" else child.i + 1
        end = child.right_edge.i + 1
    if start is None or end is None or end <= start:
        return None
    doc = verb.doc
    for tok in doc[start + 1 : end]:  # 'X as "burning the Constitution" - a charge that ...'
        if tok.text in _DASHES and tok.whitespace_ and doc[tok.i - 1].whitespace_:
            end = tok.i
            break
        if _relative_aside(tok, start):
            end = tok.i - 1 if doc[tok.i - 1].text == "," else tok.i
            break
    return start, _before_adjunct(doc, start, end)


_ADJUNCT_DEPS = {"npadvmod", "advmod", "prep"}


def _adjunct_before_quoted(child: Token, rest: list[Token]) -> bool:
    """'called that column Sunday a "pathetic smear"' / 'described the council during a
    broadcast as "a relic"': a time or place adjunct between the object and the quoted
    words said of it does not end the argument; the quotation completes it."""
    if child.dep_ not in _ADJUNCT_DEPS or (child.dep_ == "prep" and child.lower_ in _ARG_PREPS):
        return False
    doc = child.doc
    if any(t.text in _QUOTE_MARKS for t in child.subtree) or doc[child.i - 1].text == ",":
        return False
    following = [c for c in rest if not (c.dep_ == "punct" and c.text in _QUOTE_MARKS)]
    if not following:
        return False
    nxt = following[0]
    if nxt.dep_ not in ("oprd", "dobj", "attr", "xcomp", "prep"):
        return False
    if nxt.dep_ == "prep" and nxt.lower_ not in ("as", "for"):
        return False
    words = doc[nxt.left_edge.i - 1 : nxt.right_edge.i + 1]
    return any(t.text in _QUOTE_MARKS for t in words)


def _quoted_complement(child: Token, end: int | None) -> bool:
    """'declaring it "another fine Saturday for our show"': quoted words right after
    the object, which the parser hung on the verb as an adverbial noun, are what the
    object was called (an object complement), not an adjunct."""
    return (
        child.dep_ in ("npadvmod", "advmod", "dep")
        and child.left_edge.i == end
        and _opens_quotation(child.doc[child.left_edge.i])
    )


def _adjunct_holding_quoted(child: Token) -> bool:
    """'described the council during a broadcast as "a relic"': the parser hangs the
    quoted 'as' phrase on the adjunct's noun; it completes the verb's argument."""
    if child.dep_ != "prep" or child.lower_ in _ARG_PREPS or child.doc[child.i - 1].text == ",":
        return False
    return any(
        t.dep_ == "prep"
        and t.lower_ == "as"
        and t.i > child.i
        and t.right_edge.i == child.right_edge.i
        and any(m.text in _QUOTE_MARKS for m in t.subtree)
        and not any(m.text in _QUOTE_MARKS for m in child.doc[child.i : t.i])
        for t in child.subtree
    )


def argument_parts(verb: Token) -> list[tuple[int, int]] | None:
    """The verb's argument (``argument_span``), after what a relative object stands for
    when the argument quotes words ('the plan, which she called "a gift"')."""
    found = argument_span(verb)
    if found is None:
        return None
    relative = _relative_object(verb)
    doc = verb.doc
    if relative is None or not any(t.text in _QUOTE_MARKS for t in doc[found[0] : found[1]]):
        return [found]
    return [relative, found]


_RELATIVE_TAGS = {"WP", "WDT"}


def _relative_object(verb: Token) -> tuple[int, int] | None:
    """'what she calls "a gift"' / 'a bill that he described as "reckless"': when a naming
    cue's object is a relative pronoun before its subject, the quoted words are said of
    what the pronoun stands for, and a reader needs it ('"reckless"' alone says nothing
    about what): the pronoun ('what', 'which', 'whom'), or for 'that', which says nothing
    by itself, the noun phrase up to it ('a bill that'), as PolNeAR marks them."""
    subjects = [c.i for c in verb.lefts if c.dep_ in ("nsubj", "nsubjpass")]
    if verb.dep_ == "ROOT" or verb.lemma_ not in OBJECT_CUES:
        return None  # 'What do you call "X"?' asks; it relates nothing
    for child in verb.lefts:
        if not (
            child.dep_ == "dobj"
            and (child.tag_ in _RELATIVE_TAGS or child.lower_ == "that")
            and subjects
            and child.i < min(subjects)
        ):
            continue
        noun = verb.head
        if child.lower_ != "that" or verb.dep_ != "relcl" or noun.i > child.i:
            return child.i, child.i + 1
        return noun.left_edge.i, child.i + 1
    return None


_ASIDE_RELATIVES = {"which", "where"}


def _relative_aside(tok: Token, start: int) -> bool:
    """'the judge as "Spanish," which is what ...': a relative clause set off by a comma
    after quoted words comments on them; it is the writer's aside, not what was said."""
    doc = tok.doc
    if tok.lower_ not in _ASIDE_RELATIVES or tok.head.dep_ != "relcl" or tok.i < start + 2:
        return False
    before = doc[tok.i - 1]
    if before.text in _QUOTE_MARKS:  # '"Spanish," which'
        before = doc[tok.i - 2]
    return before.text == "," and any(t.text in _QUOTE_MARKS for t in doc[start : tok.i])


def _opens_quotation(mark: Token) -> bool:
    """An opening mark: set off from the word before it (a straight mark also closes,
    glued to the quoted word before it)."""
    doc = mark.doc
    return mark.text in _OPENING_MARKS and (mark.i == 0 or bool(doc[mark.i - 1].whitespace_))


def _closes_quotation(comma: Token) -> bool:
    """The comma sits inside quotation marks, right before the closing one ('...,"')."""
    doc = comma.doc
    return comma.i + 1 < len(doc) and doc[comma.i + 1].text in _QUOTE_MARKS - {"“", "«"}


def _second_object(rest: list[Token]) -> bool:
    """The verb's next child after a conjunction is a second object ('and a "B"'),
    not a coordinated verb of its own."""
    following = [c for c in rest if not (c.dep_ == "punct" and c.text in _QUOTE_MARKS)]
    return bool(following) and following[0].dep_ == "dobj"


_ADJUNCT_PREPS = {"during", "at", "on", "in", "while", "after", "before"}


def _before_adjunct(doc: Doc, start: int, end: int) -> int:
    """'called X a "crazy system" during a stop in Flint' / '... "a disgrace" Wednesday on
    a radio show': the time or place after the quoted words is not what was said."""
    marks = [t.i for t in doc[start:end] if t.text in _QUOTE_MARKS]
    if len(marks) < 2 or marks[-1] + 1 >= end:
        return end
    after = doc[marks[-1] + 1]
    if after.is_punct and marks[-1] + 2 < end:
        after = doc[marks[-1] + 2]
    if (
        after.lower_ in _ADJUNCT_PREPS and after.dep_ == "prep" and _names_when_or_where(after)
    ) or (after.ent_type_ in ("DATE", "TIME") and after.dep_ in ("npadvmod", "compound")):
        return marks[-1] + 1
    return end


_SETTINGS = {"DATE", "TIME", "GPE", "LOC", "FAC", "ORG", "EVENT"}


def _names_when_or_where(prep: Token) -> bool:
    """'during a stop' / 'in Ohio' / 'on Fox News': a time, place or outlet; not 'in global
    efforts to ...', which goes on with what was said."""
    if prep.lower_ not in ("in", "on"):
        return True
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return any(o.tag_ in ("WDT", "WP") for o in objects) or any(  # 'in which ...'
        t.ent_type_ in _SETTINGS for o in objects for t in _head_words(o)
    )


def _head_words(noun: Token) -> list[Token]:
    """The noun and the words that name it with it ('on Fox News', 'in the Oval Office'),
    not a possessor inside the phrase ('on America's working families' names no place)."""
    return [noun, *(c for c in noun.children if c.dep_ in ("compound", "nmod", "amod"))]


RAISING_VERBS = {"seem", "appear"}
PASSIVE_REPORT_VERBS = {
    "expect", "say", "believe", "think", "report", "project", "predict", "rumor",
    "rumour", "consider", "know", "estimate", "suppose", "allege", "see",
}  # fmt: skip


def raised_content(verb: Token) -> tuple[list[tuple[int, int]], Token | None, float] | None:
    """'The House is expected to pass the bill' / 'Clinton appeared to assuage ...': an
    unnamed or 'by'-named holder's view of the subject; content is the subject and the
    predicate around the cue (PolNeAR's convention)."""
    lemma = verb.lemma_.lower()
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if not (lemma in RAISING_VERBS or (passive and lemma in PASSIVE_REPORT_VERBS)):
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    comp = next(
        (c for c in verb.rights if c.dep_ in ("xcomp", "acomp", "oprd", "attr", "ccomp")), None
    )
    if subject is None or comp is None or subject.lower_ in ("it", "there", "that", "which"):
        return None
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    holder = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    parts = [
        (subject.left_edge.i, subject.right_edge.i + 1),
        (comp.left_edge.i, comp.right_edge.i + 1),
    ]
    return parts, holder, 0.3
