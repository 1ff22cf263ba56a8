"""Which CAMEO code an action gets in its context: event nouns and their conditions (a
"call" that is a phone call, a hunger strike), intents and threats ("agreed to meet",
"threatened to strike"), bombings, and the code classes (protest, reciprocal) the other
stages ask about."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.analyze.events import verbs as ev
from dossier.analyze.events.syntax import pobjs, purpose_clause

if TYPE_CHECKING:
    from spacy.tokens import Token


PROTEST_ROOT = "14"
_EASE_DISSENT = "082"
MEDIATE = "045"  # a mediator acts on both sides "between" it
_REFLEXIVES = {"himself", "herself", "themselves", "itself"}


def intent_or_threat(verb: Token, code: str) -> str:
    """ "agreed to meet" is an intent to meet (036); "threatened to strike" a threat (138);
    also through a purpose clause ("willing to send troops to help Chad": an intent)."""
    while purpose_clause(verb):
        verb = verb.head
    if verb.dep_ != "xcomp":
        return code
    head = verb.head.lemma_.lower()
    if head in ev.INTENT_VERBS:
        if code[:2] in ev.THREAT_OF_ROOT and code[:2] != "12":
            # "is prepared to impose martial law", "vowed to attack": a threat (1324, 138)
            return threat_code(code)
        return ev.INTENT_OF_ROOT.get(code[:2], code)
    if head == "threaten":
        return threat_code(code)
    return code


def threat_code(code: str) -> str:
    """The threat of an action: CAMEO's 132x threaten the 172x restrictions (1724 -> 1324)."""
    if code.startswith("172") and len(code) == 4:
        return "132" + code[3]
    return ev.THREAT_OF_ROOT.get(code[:2], "130")


def bombing_code(verb: Token, code: str) -> str:
    """ "killed two soldiers in a bomb attack": a non-military bombing (183, 1831-1833)."""
    if code[:2] not in ("17", "18", "19"):
        return code
    kids = list(verb.children)
    if code == "1712" and any(k.dep_ == "dobj" and k.lower_ in _REFLEXIVES for k in kids):
        return "1831"  # "blew themselves up"
    if code[:2] == "17":
        return code
    for subj in (k for k in kids if k.dep_ == "nsubj"):  # "suicide bombers killed ..."
        if subj.lemma_.lower() in ("bomber", "attacker") and any(
            c.lower_ == "suicide" for c in subj.children if c.dep_ in ("compound", "amod")
        ):
            return "1831"
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "with", "by"):
            continue
        for obj in pobjs(prep):
            mods = {c.lower_ for c in obj.children if c.dep_ in ("compound", "amod")}
            mods |= {t.lower_ for c in obj.children if c.dep_ == "compound" for t in c.children}
            if obj.lemma_.lower() in ev.BOMBING_NOUNS or (
                obj.lemma_.lower() == "attack" and mods & (ev.BOMBING_NOUNS | {"suicide"})
            ):
                kinds = [ev.BOMBING_KINDS[m] for m in mods if m in ev.BOMBING_KINDS]
                return min(kinds) if kinds else "183"
    return code


def is_dissent(code: str) -> bool:
    """Protests and their ending: coded with a target found anywhere in the phrase."""
    return code[:2] == PROTEST_ROOT or code == _EASE_DISSENT


def is_reciprocal(code: str) -> bool:
    return code[:2] in ev.RECIPROCAL_ROOTS or code in ev.RECIPROCAL_CODES


def event_noun_code(noun: Token) -> str | None:
    lemma = noun.lemma_.lower()
    code = ev.NOUNS.get(lemma) or ev.NOUNS.get(noun.lower_)
    if not code and lemma not in ev.EFFORT_HEADS:
        return None  # most nouns: decided before looking at their children
    compounds = [c for c in noun.children if c.dep_ == "compound" and c.i < noun.i]
    if lemma == "fire" and any(c.lower_ == "cease" for c in compounds):
        return ev.NOUNS["ceasefire"]  # "a cease-fire", split by the tokenizer
    if not code and lemma in ev.EFFORT_HEADS:  # "ended mediation efforts": mediation
        code = next((ev.NOUNS[m.lemma_.lower()] for m in compounds
                     if m.lemma_.lower() in ev.NOUNS
                     and m.lemma_.lower() not in ev.NOUN_NEEDS), None)  # fmt: skip
    if not code:
        return None
    if code[:2] == "19":  # "a diplomatic offensive" is no force, "a verbal attack" criticism
        mods = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound")}
        if mods & ev.VERBAL_MODS:
            return "111"
        if mods & ev.NON_MILITARY_MODS:
            return None
    if code == "150" and any(t.lower_ == "joint" for c in noun.lefts for t in c.subtree):
        # also "joint military exercises" parsed with "joint" on "military"
        return "062"  # joint exercises are military cooperation, not a show of force
    if code == "172" and any(  # "import restrictions" are an embargo, not a ban
        c.lower_ in ("trade", "import", "export", "economic") for c in noun.children
    ):
        return "163"
    if (
        code == "190"
        and lemma in ("fire", "gunfire")
        and any(c.lower_ in ("artillery", "tank", "mortar") for c in noun.children)
    ):
        return "194"  # artillery and tank fire
    if lemma == "strike":  # a hunger strike or a general strike is a protest, not force
        mods = {c.lemma_.lower() for c in noun.children if c.dep_ in ("amod", "compound")}
        if "hunger" in mods:
            return "142"
        if mods & {"general", "labor", "labour", "worker", "nationwide", "national", "teacher"}:
            return "143"
    needs = ev.NOUN_NEEDS.get(lemma) or ev.NOUN_NEEDS.get(noun.lower_)
    if needs:
        words = {t.lemma_.lower() for t in noun.subtree} | {t.lower_ for t in noun.subtree}
        if lemma == "call" and _call_like(noun):
            return code
        if not words & needs:
            return None
    return code


def verbal_force(code: str, objects: list[Token]) -> str:
    """Force aimed at words is criticism: "hit back at Turkey's criticism", "attacked the
    government's decision" (111)."""
    if code[:2] == "19" and any(o.lemma_.lower() in ev.SPEECH_NOUNS for o in objects):
        return "111"
    return code


def _call_like(noun: Token) -> bool:
    """A "call" that is a phone call: to/with/from someone, or by telephone."""
    preps = {c.lower_ for c in noun.children if c.dep_ == "prep"}
    mods = {c.lower_ for c in noun.children if c.dep_ in ("compound", "amod")}
    return bool(mods & {"phone", "telephone"}) or bool(preps & {"with", "to", "from"})
