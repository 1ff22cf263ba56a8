"""Which coded candidates of a sentence count: PETRARCH codes one event per verb phrase,
so relative, adverbial and purpose clauses, and event nouns inside a coded phrase,
count only when the main clause codes nothing."""

from __future__ import annotations

from dossier.analyze.events.arguments import issued_document
from dossier.analyze.events.candidates import Found
from dossier.analyze.events.syntax import governing_verb, purpose_clause
from dossier.model import Event


def background_dropped(coded: list[tuple[Found, Event]]) -> list[tuple[Found, Event]]:
    """ "Turkish officials, who have long accused Syria of ..., met Syrian diplomats":
    PETRARCH codes the sentence's own verb phrases; a relative clause that says who its
    noun is counts only when they code nothing (as its fallback to lower clauses), as
    in "... a furious response from China's government, which called it a provocation"."""
    main = any(not _attributive(found) for found, _ in coded)  # even one not happened:
    # PETRARCH-2 does not look below a verb phrase that has an event of its own
    return [
        (f, e)
        for f, e in coded
        if not (_attributive(f) and (main or _about_subject(f)))
    ]


def _about_subject(found: Found) -> bool:
    """ "Russian President Medvedev, who met Hu Jintao last week, said ...": a relative
    clause on the sentence's subject says who the subject is, never what the sentence
    reports (PETRARCH-2 codes no event inside a subject noun phrase)."""
    node = found.clause
    while node.dep_ in ("conj", "xcomp") and node.head.pos_ in ("VERB", "AUX"):
        node = node.head
    if node.dep_ == "acl":
        return _attributive(found)
    return node.dep_ == "relcl" and node.head.dep_ in ("nsubj", "nsubjpass")


def subordinate_dropped(coded: list[tuple[Found, Event]]) -> list[tuple[Found, Event]]:
    """PETRARCH codes one event per verb phrase: when the main clause codes an action,
    its purpose clause tells what the actor meant to do ("demanded a meeting to discuss
    Israeli strikes", "staged a rally to demand ...") and an event noun inside the phrase
    is the action's topic or setting ("contribute troops to a peacekeeping force"), not
    further events. Either counts only when the main clause codes nothing."""
    main = [
        found
        for found, event in coded
        if event.status in ("actual", "future") and not found.free and not _subordinate(found)
    ]
    clauses = {found.clause.i for found in main}
    return [
        (f, e)
        for f, e in coded
        if not (main and _subordinate(f))
        and not (f.free and {f.clause.i, governing_verb(f.anchor).i} & clauses)
    ]


def _subordinate(found: Found) -> bool:
    return _in_purpose(found) or _in_background(found)


def _in_background(found: Found) -> bool:
    """ "Arnor is about to restore ties with Gondor five years after crowds trashed its
    embassy", "... ambushed a patrol, killing three soldiers": PETRARCH-2 reads a verb
    phrase's clauses only when the phrase itself codes nothing (its VerbPhrase
    get_meaning), so an adverbial clause is not coded beside the main action."""
    node = found.clause
    while node.dep_ in ("conj", "xcomp") and node.head.i != node.i:
        node = node.head
    return node.dep_ == "advcl"


def _in_purpose(found: Found) -> bool:
    """Whether the action is told in an infinitival adverbial clause of another verb
    ("... to discuss Israeli strikes"), the purpose of the verb it hangs on."""
    node = found.clause
    while node.dep_ in ("conj", "xcomp") and node.head.i != node.i:
        node = node.head
    return purpose_clause(node)


def _attributive(found: Found) -> bool:
    """Whether the action is told in a relative clause about its subject ("who have long
    accused ...", "guerrillas who overran it"); not one telling what an event noun was
    ("a maneuver in which a destroyer sailed near ...")."""
    node = found.clause
    while node.dep_ in ("conj", "xcomp") and node.head.pos_ in ("VERB", "AUX"):
        node = node.head  # "who attacked the town and killed ...": the same clause
    if node.dep_ == "acl" and node.tag_ == "VBG" and node.head.pos_ in ("NOUN", "PROPN"):
        # "Kurdish rebels fighting for autonomy", "a group seeking independence": what the
        # group is, told in a present participle, not an event of the sentence
        # (a document "demanding ..." speaks for whoever issued it: that is the event)
        return found.anchor.i == node.i and not issued_document(node.head)
    if node.dep_ == "acl" and node.tag_ == "VBN":
        # "Ethiopian troops backed by tanks": the participle's own action (not "Trump's
        # warning, delivered in a phone call to Xi", where the call is the event)
        return found.anchor.i == node.i and node.head.dep_ in ("nsubj", "nsubjpass")
    return node.dep_ == "relcl" and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "which", "that")
        for c in node.children
    )
