"""Event candidates of a sentence: an event verb, a light verb with an event noun, or an
event noun alone gives an action code, and its argument words give the source and
target (``Found``); whether they are actors is decided later, in ``coding``."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from dossier.analyze.events import verbs as ev
from dossier.analyze.events.arguments import (
    PLACE_PREPS,
    action_objects,
    claimants,
    noun_targets,
    subjects_of,
    verb_targets,
)
from dossier.analyze.events.codes import (
    MEDIATE,
    bombing_code,
    event_noun_code,
    intent_or_threat,
    is_dissent,
    is_reciprocal,
    threat_code,
    verbal_force,
)
from dossier.analyze.events.syntax import (
    RELATIVE_PRONOUNS,
    expand,
    governing_verb,
    is_place,
    pobjs,
    subjunctive,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


_RETURN = "084"
_REFUSE = "120"
_AID = "070"
# "concern over X", "regret at Y": what a phrase is about belongs to its target.
_TOPIC_PREPS = {"over", "about", "at", "on", "with", "to", "against", "toward", "towards",
                "for", "of", "into", "from"}  # fmt: skip
_PREP_VERBS = {verb for verb, _ in ev.VERB_PREPS}
# Every verb lemma some table of the event dictionary knows; any other verb ("be",
# "have", "go": most verbs of a text) codes nothing, so it is passed over at once.
_EVENT_VERBS = frozenset({
    *ev.VERBS, *ev.LIGHT_VERBS, *ev.SAYING_VERBS, *ev.WANTING_VERBS, *ev.TAKING_VERBS,
    *ev.WITH_NOUN_VERBS, *ev.NAMING_VERBS, *ev.DENYING_VERBS, *ev.INTRANSITIVE_CODES,
    *(verb for verb, _ in [*ev.VERB_PREPS, *ev.PHRASAL_ALIASES, *ev.OBJECT_SENSES,
                           *ev.VERB_OBJECTS]),
})  # fmt: skip


@dataclass
class Found:
    code: str
    anchor: Token  # the word that carries the action (verb or event noun)
    clause: Token  # the verb whose clause decides status and date
    source: Token
    target: Token
    nominal: bool = False
    reciprocal: bool = False  # one of "X and Y did it": dropped if the action has a target
    had_target: bool = False  # its target was an actor (even if the event was then dropped)
    free: bool = False  # an event noun outside a light verb ("the visit by X to Y")


def find_candidates(sent: Span) -> Iterator[Found]:
    for tok in sent:
        pos = tok.pos_
        if pos in ("VERB", "AUX") or (pos == "NOUN" and tok.dep_ == "ROOT"):
            yield from _verb_events(tok)
        elif pos in ("NOUN", "PROPN") and event_noun_code(tok):
            found = _free_noun_event(tok)
            if found:
                yield found


def _known_verb(lemma: str) -> bool:
    return (lemma in ev.VERBS or lemma in ev.LIGHT_VERBS or lemma in ev.SAYING_VERBS
            or lemma in _PREP_VERBS)  # fmt: skip


def verb_lemma(verb: Token) -> str:
    """The verb's lemma; when the tagger's is unknown to the event dictionary, a regular
    de-inflection of the word that is ("staged" was lemmatised as "stag")."""
    return _dictionary_lemma(verb.lemma_.lower(), verb.lower_)


@functools.lru_cache(maxsize=20_000)  # a pure function of two words, asked for every verb
def _dictionary_lemma(lemma: str, word: str) -> str:
    lemma = ev.VERB_ALIASES.get(lemma, lemma)
    if _known_verb(lemma):
        return lemma
    for suffix, ends in (("ed", ("e", "")), ("ing", ("e", "")), ("es", ("e", "")), ("s", ("",))):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            for end in ends:
                guess = word[: -len(suffix)] + end
                if _known_verb(guess):
                    return guess
    return lemma


def _verb_events(verb: Token) -> Iterator[Found]:
    lemma = verb_lemma(verb)
    if lemma not in _EVENT_VERBS:
        return
    if lemma in ev.SAYING_VERBS or lemma in ev.WANTING_VERBS:
        yield from _demands(verb, lemma)
    kids = list(verb.children)  # walked once: most questions below are about them
    direct = [c for c in kids if c.dep_ == "dobj"]
    prt = next((c.lower_ for c in kids if c.dep_ == "prt"), None)
    if prt and (lemma, prt) in ev.PHRASAL_ALIASES:
        lemma, prt = ev.PHRASAL_ALIASES[(lemma, prt)], None
    if prt and (lemma, prt) in ev.VERB_PREPS:
        code = ev.VERB_PREPS[(lemma, prt)]
        if not code:
            return
        if code == _RETURN and any(_aid_goods(o) for o in direct):
            code = _AID  # "handed over 700 kg of medicine to the Red Crescent"
        targets = verb_targets(verb)
        for obj in direct:
            if is_dissent(event_noun_code(obj) or ""):  # "broke up a rally by students"
                targets = _protesters(verb, obj) + targets
        yield from _with_args(verb, code, targets)
        return
    if any((lemma, o.lemma_.lower()) in ev.NON_EVENT_OBJECTS for o in direct):
        return  # "shares a border with Iran"
    if lemma in ev.TOPIC_VERBS and _topic_only(verb):
        return  # "they are talking about the arrest of Pinochet": no one talks to him
    if lemma in ev.TAKING_VERBS and any(_territory(o) for o in direct):
        yield from _with_args(verb, ev.OCCUPY, verb_targets(verb))  # "captured the town"
        return
    if lemma in ev.WITH_NOUN_VERBS:
        found = list(_with_noun(verb, lemma, direct))
        if found:  # "hit Russia with new sanctions": the sanctions are the action
            yield from found
            return
    for obj in (c for c in kids if c.dep_ in ("dobj", "nsubjpass")):
        sense = ev.OBJECT_SENSES.get((lemma, obj.lemma_.lower()))
        if sense:  # "met the rebels' demands": the demands' owner is the target
            yield from _with_args(verb, sense, noun_targets(obj) or [obj])
            return
    for obj in direct:
        phrase_code = ev.VERB_OBJECTS.get((lemma, obj.lemma_.lower()))
        if phrase_code:  # "opened fire on", "cut ties with": the phrase is the action
            topic = [p for c in obj.children if c.dep_ == "prep" and c.lower_ in _TOPIC_PREPS
                     for p in pobjs(c)]  # fmt: skip
            targets = topic + verb_targets(verb, objects=False)
            closed_to = [p for c in [*obj.children, *kids]
                         if c.dep_ == "prep" and c.lower_ == "to" for p in pobjs(c)]  # fmt: skip
            named = obj.lemma_.lower() in ev.BORDER_NOUNS and bool(closed_to)
            if named:
                targets = closed_to  # "closed its border with Serbia to migrants": on them
            for found in _with_args(verb, phrase_code, targets):
                found.had_target = found.had_target or named  # no other target then
                yield found
            return
    if lemma in ev.NAMING_VERBS and _condemning_complement(verb):
        yield from _with_args(verb, "111", direct[:1])
        return
    stopped = False  # "suspended its aid", "broke the ceasefire with": that is the action
    if lemma in ev.LIGHT_VERBS:
        for obj in action_objects(verb):
            noun_code = event_noun_code(obj)
            if (
                lemma in ev.STOPPING_VERBS | ev.LABOUR_STRIKE_VERBS
                and noun_code == "190"
                and _labour_strike(obj)
            ):
                noun_code = "143"
            if noun_code and (
                lemma not in ev.STOPPING_VERBS or (lemma, noun_code) in ev.LIGHT_OVERRIDES
            ):
                code = ev.LIGHT_OVERRIDES.get((lemma, noun_code), noun_code)
                if lemma in ev.INTENT_LIGHT_VERBS and (lemma, noun_code) not in ev.LIGHT_OVERRIDES:
                    # "offered concessions": an intent to yield (035)
                    code = ev.INTENT_OF_ROOT.get(code[:2], code)
                targets = noun_targets(obj) or verb_targets(verb, objects=False)
                if lemma in ev.WITHHOLDING_VERBS:  # "withheld gas supplies from Ukraine"
                    targets = _from_objects([verb, obj]) + targets
                if lemma in ev.PREVENTING_VERBS and code != noun_code:
                    # "prevented a rally by opposition supporters": the protesters
                    targets = _protesters(verb, obj) + targets
                incoming = _incoming(obj) and code == noun_code  # not "accepted demands from"
                givers = _givers(verb, obj) if lemma in ev.RECEIVING_VERBS else []
                if givers and code == noun_code:
                    # "received food aid from Kuwait": Kuwait gives it; "received a
                    # delegation from the EU": the receiver hosts the EU's visit
                    targets, incoming = givers, code != ev.VISIT
                    code = ev.HOST if code == ev.VISIT else code
                stopped = stopped or lemma in ev.RECEIVING_VERBS  # received aid: no host
                for found in _with_args(verb, code, targets, nominal_anchor=obj):
                    if incoming:  # "took a call from the Taiwanese president"
                        found.source, found.target = found.target, found.source
                    stopped = stopped or lemma in ev.STOPPING_VERBS
                    yield found
    if stopped:
        return
    objects = [] if lemma in ev.VERBS else direct
    on_objects = [c for o in objects for c in o.children]
    preps = [c for c in [*kids, *on_objects] if c.dep_ in ("prep", "agent")]
    for prep in preps:  # "fired shells at Seoul": the preposition may hang on the object
        prep_code = ev.VERB_PREPS.get((lemma, prep.lower_))
        if not prep_code:
            continue
        objs = pobjs(prep)
        if not objs and prep.i == verb.i + 1:
            # "called on Energy Minister X to resign", parsed with X as the verb's object
            # or as the subject of "to resign"
            objs = [c for c in direct if c.i > prep.i] or [
                s for c in kids if c.dep_ in ("ccomp", "xcomp") and c.i > prep.i
                for s in c.children if s.dep_ == "nsubj"
            ]
        if objs:  # not "fired on Thursday"
            disarmed = [_disarmed(o) for o in objects if _disarmed(o) is not None]
            if prep_code[:2] == "19" and disarmed:  # "launched a diplomatic offensive against"
                prep_code = disarmed[0]
                if not prep_code:
                    return
            recipients = [c for c in kids if c.dep_ in ("dobj", "dative") and c.pos_ != "ADP"]
            targets = recipients + objs + [c for o in objs for c in claimants(o)]
            yield from _with_args(verb, verbal_force(prep_code, objs), targets)
            return
    verb_code = ev.VERBS.get(lemma)
    if lemma in ev.CLAUSE_STATEMENT_VERBS and _states_fact(verb):
        return  # "insisted that the claims were baseless", "acknowledged that ..."
    if lemma in ev.DENYING_VERBS and _refusal(verb):
        verb_code = _REFUSE  # "denied entry to", "denied him a visa"
    if lemma in ev.INTRANSITIVE_CODES and not direct:
        verb_code = ev.INTRANSITIVE_CODES[lemma]  # "protesters rallied": a demonstration
    if verb_code:
        aimed = direct + [
            p for c in kids if c.dep_ == "prep" and c.lower_ in ("at", "on", "against")
            for p in pobjs(c)
        ]  # fmt: skip
        verb_code = verbal_force(verb_code, aimed)
        yield from _with_args(verb, verb_code, verb_targets(verb))


def _demands(verb: Token, lemma: str) -> Iterator[Found]:
    """The sayer demands or appeals to the subject of a "must" / "should" clause ("said
    Iran must halt ..."); a wanter appeals to whoever is wanted to act."""
    for clause in verb.children:
        if clause.dep_ not in ("ccomp", "xcomp") or clause.pos_ not in ("VERB", "AUX"):
            continue
        code = _obligation(clause) if lemma in ev.SAYING_VERBS else "020"
        if lemma in ev.WANTING_VERBS and not any(c.lower_ == "to" for c in clause.children):
            continue  # "wants talks", "wants that ..." are no appeal
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if lemma in ev.WANTING_VERBS and not subjects:
            subjects = [c for c in verb.children if c.dep_ == "dobj"]  # "wants Beijing to"
        if code and subjects and subjects[0].lower_ not in RELATIVE_PRONOUNS:
            for source in expand(subjects_of(verb)):
                for target in expand(subjects[:1]):
                    yield Found(code, verb, verb, source, target)


def _obligation(clause: Token) -> str | None:
    for aux in clause.children:
        if aux.dep_ == "aux" and aux.lower_ in ev.DEMAND_MODALS:
            return ev.DEMAND_MODALS[aux.lower_]
        if aux.dep_ == "aux" and aux.lower_ in ev.APPEAL_MODALS:
            return ev.APPEAL_MODALS[aux.lower_]
    head = clause.lemma_.lower()
    if head in ev.DEMAND_HEADS and any(
        c.dep_ == "xcomp" and any(t.lower_ == "to" for t in c.children) for c in clause.children
    ):
        return ev.DEMAND_HEADS[head]
    return None


def _with_noun(verb: Token, lemma: str, direct: list[Token]) -> Iterator[Found]:
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"):
        for noun in pobjs(prep):
            code = event_noun_code(noun)
            if code and code[:2] != "19" and direct:
                yield from _with_args(verb, threat_code(code) if lemma == "threaten" else code,
                                      direct)  # fmt: skip
                return


def _disarmed(obj: Token) -> str | None:
    """For a force noun whose modifier takes the force away: "" ("a diplomatic
    offensive") or its own code ("a verbal attack", 111); None for any other object."""
    base = ev.NOUNS.get(obj.lemma_.lower(), "")
    if base[:2] != "19":
        return None
    own = event_noun_code(obj) or ""
    return own if own != base else None


def _refusal(verb: Token) -> bool:
    """A denial that withholds something (an object that is neither a claim nor an event,
    or a recipient), not one that rejects a charge."""
    kids = list(verb.children)
    if any(c.dep_ == "dative" for c in kids):
        return True
    return any(
        c.dep_ == "dobj"
        and c.pos_ == "NOUN"
        and c.lemma_.lower() not in ev.ASSERTION_NOUNS
        and not event_noun_code(c)
        # "denied supporting rebels", parsed with the gerund on the noun: a deed denied
        and not any(g.tag_ == "VBG" for g in c.children)
        for c in kids
    )


def _framework(noun: Token) -> bool:
    """An event noun that frames another action ("under the accord", "as part of the
    deal between Israel and the Palestinians"): an earlier act, not this sentence's."""
    prep = noun.head
    if prep.dep_ != "prep" or noun.dep_ != "pobj":
        return False
    return prep.lower_ == "under" or (prep.lower_ == "of" and prep.head.lemma_.lower() == "part")


def _topic_only(verb: Token) -> bool:
    """Talk about something with no one named to talk with or to."""
    preps = {c.lower_ for c in verb.children if c.dep_ == "prep"}
    return "about" in preps and not preps & {"with", "to"}


def _states_fact(verb: Token) -> bool:
    """A that-clause stating a fact, as a statement ("insisted that the claims were
    baseless", "acknowledged that the officials are not certain"), not a demand in the
    subjunctive ("insist they be imprisoned in Scotland") nor an admission of one's own
    deed ("admitted that its troops fired on ...")."""
    if any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return False
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        own = any(
            s.tag_ == "PRP" or any(p.dep_ == "poss" and p.tag_ == "PRP$" for p in s.children)
            for s in subjects
        )
        if not (subjunctive(clause) or (own and ev.VERBS.get(verb.lemma_.lower()) == "015")):
            return True
    return False


def _territory(obj: Token) -> bool:
    return obj.lemma_.lower() in ev.TERRITORY_NOUNS or (is_place(obj) and obj.pos_ == "PROPN")


def _condemning_complement(verb: Token) -> bool:
    for child in verb.children:
        if child.dep_ in ("oprd", "xcomp", "attr", "ccomp", "dobj") and child.i > verb.i:
            for tok in child.subtree:
                if tok.lemma_.lower() in ev.CONDEMNING_NOUNS and tok.pos_ == "NOUN":
                    return child.dep_ != "dobj" or tok.i != child.i
    return False


def _aid_goods(obj: Token) -> bool:
    """Whether the object is goods given as aid, also through an amount ("700 kg of")."""
    heads = [obj, *(p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                    for p in pobjs(c))]  # fmt: skip
    return any(h.lemma_.lower() in ev.AID_GOODS for h in heads)


def _labour_strike(noun: Token) -> bool:
    """An ended "strike" with no military modifier and no target ("called off their
    strike") is a labour strike, not an attack."""
    return noun.lemma_.lower() == "strike" and not any(
        (c.dep_ in ("amod", "compound") and c.lower_ in ev.MILITARY_STRIKE_MODS)
        or (c.dep_ == "prep" and c.lower_ in ("on", "against"))
        for c in noun.children
    )


def _givers(verb: Token, noun: Token) -> list[Token]:
    """Who a received thing comes from: a from-phrase on the verb, on the event noun or on
    the amount before it ("received $50 million in funding from Saudi Arabia")."""
    return _from_objects([verb, noun, *(c for c in verb.children if c.dep_ == "dobj")])


def _protesters(verb: Token, noun: Token) -> list[Token]:
    """Who holds a protest: its possessor or a by-phrase on it, on the verb or on a
    participle ("the demonstration staged by students")."""
    staged = [c for c in noun.children if c.dep_ == "acl"]
    return [c for c in noun.children if c.dep_ == "poss"] + [
        p for h in (noun, verb, *staged) for c in h.children
        if c.dep_ in ("prep", "agent") and c.lower_ == "by" for p in pobjs(c)
    ]  # fmt: skip


def _from_objects(heads: list[Token]) -> list[Token]:
    return [p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "from"
            for p in pobjs(c)]  # fmt: skip


def _incoming(noun: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "from" for c in noun.children)


def _with_args(verb: Token, code: str, targets: list[Token], nominal_anchor: Token | None = None):
    code = intent_or_threat(verb, bombing_code(verb, code) if nominal_anchor is None else code)
    passive = any(c.dep_ == "nsubjpass" for c in verb.children)
    reduced = verb.dep_ == "acl" and verb.tag_ == "VBN"  # "the warrant issued by the court"
    if passive or reduced:
        sources = [p for a in verb.children if a.dep_ == "agent" for p in pobjs(a)]
        if not sources and code[:2] >= "18":  # "a mortar was fired at it from the Gaza
            # Strip": PETRARCH's passive source is a by-phrase, else a from-phrase (only
            # for force: "was recalled from Moscow" names where from, not who)
            sources = [p for a in verb.children if a.dep_ == "prep" and a.lower_ == "from"
                       for p in pobjs(a)]  # fmt: skip
        targets = [c for c in verb.children if c.dep_ == "nsubjpass"] + targets
        if reduced and not targets:
            targets = [verb.head]
    else:
        sources = subjects_of(verb)
    anchor = nominal_anchor or verb
    nominal = nominal_anchor is not None
    sources = expand(sources)
    if len(sources) > 1 and is_reciprocal(code) and not (passive or reduced):
        # (not "was met at the airport by the ambassador and U.N. officials": both met him)
        # "China and Russia held joint exercises in the Sea of Japan": where, not with whom
        targets = [t for t in targets
                   if not (t.head.dep_ == "prep" and t.head.lower_ in PLACE_PREPS)]  # fmt: skip
        # "Germany and France signed an agreement": each does it with the other.
        for src in sources:
            for tgt in sources:
                if tgt.i != src.i:
                    yield Found(code, anchor, verb, src, tgt, nominal=nominal, reciprocal=True)
    for src in sources:
        for tgt in expand(targets):
            if tgt.i != src.i:
                yield Found(code, anchor, verb, src, tgt, nominal=nominal)
        if not targets and (not nominal or is_dissent(code) or is_reciprocal(code)):
            # no target word: the verb phrase may hold one ("staged a rally in Belgrade"),
            # or the source names both sides ("the leaders of Russia and Turkey held talks")
            yield Found(code, anchor, verb, src, anchor, nominal=nominal)


def _free_noun_event(noun: Token) -> Found | None:
    """An event noun outside a light verb: "Mr. Trump's phone call to Mr. Xi"."""
    if noun.dep_ in ("dobj", "attr") and noun.head.lemma_.lower() in ev.LIGHT_VERBS:
        return None  # the light verb codes it
    amount = noun.head.head  # "provided $5 million in aid": the light verb codes it
    if (
        noun.head.lower_ in ("in", "of")
        and amount.dep_ == "dobj"
        and amount.head.lemma_.lower() in ev.LIGHT_VERBS
        and noun in action_objects(amount.head)
    ):
        return None
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_.lower() in ev.JUDGING_HEADS:
        return None  # "the visit was seen as a chance to ...": commentary on an event
    if (noun.lower_ in ev.STATE_NOUNS or noun.lemma_.lower() in ev.STATE_NOUNS) and not (
        noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in ev.CHANGE_NOUNS
    ):
        return None  # "relations between Greece and Turkey are rarely cordial": a state
    if _framework(noun):
        return None  # "under an agreement with Congo, Uganda sent troops": not the action
    code = event_noun_code(noun)
    if not code:
        return None
    targets = noun_targets(noun)
    incoming = _incoming(noun)
    between = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "between"
               for p in expand(pobjs(c))]  # fmt: skip
    if len(between) == 2 and is_reciprocal(code) and code != MEDIATE:  # "talks between"
        return Found(code, noun, noun, between[0], between[1], nominal=True, free=True)
    targets = targets or between  # "a mediation mission between Syria and the PLO"
    source = next((c for c in noun.children if c.dep_ == "poss"), None)
    if source is None:  # "the visit by the Chinese premier to Washington"
        source = next((p for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"
                       for p in pobjs(c)), None)  # fmt: skip
    if source is None and targets:  # "the Russian attack on Georgia", "Israeli airstrikes"
        source = next((c for c in noun.children if c.dep_ in ("amod", "compound")
                       and c.ent_type_ in ("NORP", "GPE", "ORG") and c.i < noun.i),
                      None)  # fmt: skip
    clause = noun
    node = noun
    for _ in range(5):  # climb to a possessor or the governing verb's subject
        if source is not None or node.head.i == node.i:
            break
        node = node.head
        if not targets:
            targets = [p for c in node.children if c.dep_ == "prep" and c.lower_ in ("to", "with")
                       for p in pobjs(c)]  # fmt: skip
        source = next((c for c in node.children if c.dep_ == "poss"), None)
        if node.pos_ in ("VERB", "AUX"):
            if clause.i == noun.i:
                clause = node
            if node.dep_ == "acl":  # "a warning, delivered in a call": climb to the noun
                continue
            if source is None and node.lemma_.lower() in ev.LIGHT_VERBS | {"request", "hold"}:
                subj = subjects_of(node)
                source = subj[0] if subj else None
            break
    if clause.i == noun.i:
        clause = governing_verb(noun)
    if source is None or not targets:
        return None
    if incoming:  # "a call from the Taiwanese president": the caller is the source
        return Found(code, noun, clause, targets[0], source, nominal=True, free=True)
    return Found(code, noun, clause, source, targets[0], nominal=True, free=True)
