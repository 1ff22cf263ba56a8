"""Events: who did what to whom, CAMEO-coded, from the dependency parse of one article.

For each sentence, an event verb ("condemned"), a light verb with an event noun
("imposed sanctions on") or an event noun alone ("Mr. Trump's phone call to Mr. Xi",
"talks between India and Pakistan") gives the action (``event_verbs.py``); its
subject, passive agent or possessor is the source, its object or prepositional
object the target. Both must be actors (``actors.py``): an event needs a dyad, as in
PETRARCH. When the object is a thing, its owner is the target ("criticized the
Turkish incursion" -> TUR); the subject of a that-clause is the addressee of a demand.
When neither the object nor a preposition names an actor, the first actor inside
the verb phrase is the target, as in PETRARCH (time and place adjuncts excepted, but
places are targets of protests and violence). Conjoined actors, and conjoined
modifiers ("Russian and Chinese leaders"), give one event each, both ways for
reciprocal actions ("X and Y signed a treaty"); the codebook's reciprocal codes
(meetings, calls, talks, signed agreements) add the reverse event. Pronouns ("It
imposed ...") take the most recent fitting actor of the sentence or the two before.
Each event keeps its status: modal, conditional, wanted and "considering ..." actions
are hypothetical, "will"/"plans to" future, "not"/"refused to" negated, so "could put
off arms sales" is not an arms sale.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from dossier.analyze import event_verbs as ev
from dossier.analyze.actors import Actor, ActorCoder, ActorDictionary
from dossier.analyze.cameo import cameo
from dossier.analyze.countries import country_of_demonym, country_of_name
from dossier.analyze.nlp import text_of
from dossier.analyze.registry import step
from dossier.model import Event

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from dossier.model import Article, ArticleAnalysis, TimeExpression

_SUBJ = {"nsubj", "csubj"}
_CALENDAR = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?(?=$|T)")
_PRONOUNS = {"it", "its", "he", "him", "his", "she", "her", "they", "them", "their"}
_RELATIVE = {"which", "who", "that", "whom"}
_LOCATION_PREPS = {"in", "at", "near", "off", "outside", "inside"}
_MOVEMENT_ROOT = "15"
_PROTEST_ROOT = "14"
_EASE_DISSENT = "082"
_MEDIATE = "045"  # a mediator acts on both sides "between" it
_RETURN = "084"
_AID = "070"
_PLACES = {"GPE", "LOC", "FAC"}
_HOME_ROOTS = {_PROTEST_ROOT, "17", "18", "19", "20"}
_STATE_ROLES = {"GOV", "LEG", "JUD", "COP", "MIL"}
_NOUN_TARGET_PREPS = {"on", "against", "to", "with", "toward", "towards", "from", "into", "at"}
# Protests, coercion and violence with no other target are directed at where they happen
# (codebook, 141: "the location of a demonstration sometimes represents the target").
_PLACE_TARGET_ROOTS = {"14", "17", "18", "19", "20"}
_PLACE_PREPS = {"in", "at", "near", "inside"}
_REFLEXIVES = {"himself", "herself", "themselves", "itself"}
_PLACE_NOUNS = {"town", "city", "village", "province", "region", "district", "capital", "port"}
# "concern over X", "regret at Y": what a phrase is about belongs to its target.
_TOPIC_PREPS = {"over", "about", "at", "on", "with", "to", "against", "toward", "towards",
                "for", "of", "into", "from"}  # fmt: skip
_SETTING_PREPS = {
    "in",
    "at",
    "near",
    "after",
    "before",
    "during",
    "since",
    "until",
    "despite",
    "amid",
    "like",
    "as",
    "of",
    "by",
    "because",
    "following",
    "inside",
    "within",
    "through",
    "via",
    "over",
    "across",
    "along",
    "around",
    "under",
    "per",
}
_RECIPIENT_PREPS = {"to", "with", "against", "toward", "towards", "upon", "on"}
_SUBJECT_CONTROL = {"use", "promise", "take", "need", "spend"}
_PREP_VERBS = {verb for verb, _ in ev.VERB_PREPS}


@dataclass
class _Found:
    code: str
    anchor: Token  # the word that carries the action (verb or event noun)
    clause: Token  # the verb whose clause decides status and date
    source: Token
    target: Token
    nominal: bool = False
    reciprocal: bool = False  # one of "X and Y did it": dropped if the action has a target
    had_target: bool = False  # its target was an actor (even if the event was then dropped)
    free: bool = False  # an event noun outside a light verb ("the visit by X to Y")


@step("events", "dossier.events.v1", requires=("mentions", "time_expressions"), assigns=("events",))
def find_events(doc: Doc, article: Article, analysis: ArticleAnalysis) -> None:
    analysis.events = extract_events(doc, article.id, analysis.mentions, analysis.time_expressions)


def extract_events(
    doc: Doc,
    article_id: str,
    mentions: list,
    timexes: list[TimeExpression] | None = None,
    actors: ActorDictionary | None = None,
) -> list[Event]:
    """All coded events of one parsed article, in text order, without duplicates.

    ``actors`` adds a user's own actor dictionary to the built-in tables.
    """
    coder = ActorCoder(doc, mentions, actors)
    sents = list(doc.sents)
    out: list[Event] = []
    seen: set[tuple] = set()
    for index, sent in enumerate(sents):
        context = sents[max(0, index - 2) : index]
        founds = list(_candidates(sent))
        coded = [
            (found, event)
            for found in founds
            for event in _code(found, coder, sent, context, article_id, timexes or [])
        ]
        done = {found.anchor.i for found, _ in coded}
        done |= {found.anchor.i for found in founds if found.had_target}
        for found in founds:  # nothing coded: PETRARCH's first actor in the verb phrase
            if found.anchor.i not in done and not (
                (found.nominal and not _dissent(found.code))
                or found.reciprocal
                or found.had_target
            ):
                done.add(found.anchor.i)
                coded.extend(
                    (found, event)
                    for event in _code(
                        found, coder, sent, context, article_id, timexes or [], whole_phrase=True
                    )
                )
        coded = _subordinate_dropped(_background_dropped(coded))
        # "X and Y welcomed ties with Z": with a target, conjoined sources act on it only.
        targeted = {found.anchor.i for found, _ in coded if not found.reciprocal}
        for found, event in coded:
            if found.reciprocal and found.anchor.i in targeted:
                continue
            for one in (event, *_linked(event)):
                key = (one.start, one.source_actor, one.target_actor, one.root_code)
                if key not in seen:
                    seen.add(key)
                    out.append(one)
    return out


def _background_dropped(coded: list[tuple[_Found, Event]]) -> list[tuple[_Found, Event]]:
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


def _about_subject(found: _Found) -> bool:
    """ "Russian President Medvedev, who met Hu Jintao last week, said ...": a relative
    clause on the sentence's subject says who the subject is, never what the sentence
    reports (PETRARCH-2 codes no event inside a subject noun phrase)."""
    node = found.clause
    while node.dep_ in ("conj", "xcomp") and node.head.pos_ in ("VERB", "AUX"):
        node = node.head
    return node.dep_ == "relcl" and node.head.dep_ in ("nsubj", "nsubjpass")


def _subordinate_dropped(coded: list[tuple[_Found, Event]]) -> list[tuple[_Found, Event]]:
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
        and not (f.free and {f.clause.i, _governing_verb(f.anchor).i} & clauses)
    ]


def _subordinate(found: _Found) -> bool:
    return _in_purpose(found) or _in_background(found)


def _in_background(found: _Found) -> bool:
    """ "Arnor is about to restore ties with Gondor five years after crowds trashed its
    embassy", "... ambushed a patrol, killing three soldiers": PETRARCH-2 reads a verb
    phrase's clauses only when the phrase itself codes nothing (its VerbPhrase
    get_meaning), so an adverbial clause is not coded beside the main action."""
    node = found.clause
    while node.dep_ in ("conj", "xcomp") and node.head.i != node.i:
        node = node.head
    return node.dep_ == "advcl"


def _in_purpose(found: _Found) -> bool:
    """Whether the action is told in an infinitival adverbial clause of another verb
    ("... to discuss Israeli strikes"), the purpose of the verb it hangs on."""
    node = found.clause
    while node.dep_ in ("conj", "xcomp") and node.head.i != node.i:
        node = node.head
    return _purpose_clause(node)


def _purpose_clause(node: Token) -> bool:
    return _purpose(node) and not any(c.dep_ in _SUBJ | {"nsubjpass"} for c in node.children)


def _attributive(found: _Found) -> bool:
    """Whether the action is told in a relative clause about its subject ("who have long
    accused ...", "guerrillas who overran it"); not one telling what an event noun was
    ("a maneuver in which a destroyer sailed near ...")."""
    node = found.clause
    while node.dep_ in ("conj", "xcomp") and node.head.pos_ in ("VERB", "AUX"):
        node = node.head  # "who attacked the town and killed ...": the same clause
    return node.dep_ == "relcl" and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "which", "that")
        for c in node.children
    )


def _linked(event: Event) -> list[Event]:
    """The codebook's paired events: meetings, calls, talks and signed agreements are
    reciprocal (040, 041, 044, 046, 057); a visit (042) goes with hosting it (043)."""
    if not event.target_actor or event.target_actor.startswith("---"):
        return []
    code = ev.LINKED_CODES.get(event.cameo_code)
    if code is None:
        return []
    entry = cameo(code)
    return [event.model_copy(update={
        "source_actor": event.target_actor, "target_actor": event.source_actor,
        "source_text": event.target_text, "target_text": event.source_text,
        "cameo_code": entry.code, "cameo_name": entry.name, "root_code": entry.root_code,
        "goldstein": entry.goldstein, "quad_class": entry.quad_class,
        "confidence": round(event.confidence * 0.9, 3)})]  # fmt: skip


# --- finding actions and their arguments -------------------------------------------


def _candidates(sent: Span) -> Iterator[_Found]:
    for tok in sent:
        if tok.pos_ in ("VERB", "AUX") or (tok.pos_ == "NOUN" and tok.dep_ == "ROOT"):
            yield from _verb_events(tok)
        elif tok.pos_ in ("NOUN", "PROPN") and _noun_code(tok):
            found = _free_noun_event(tok)
            if found:
                yield found


def _known_verb(lemma: str) -> bool:
    return (lemma in ev.VERBS or lemma in ev.LIGHT_VERBS or lemma in ev.SAYING_VERBS
            or lemma in _PREP_VERBS)  # fmt: skip


def verb_lemma(verb: Token) -> str:
    """The verb's lemma; when the tagger's is unknown to the event dictionary, a regular
    de-inflection of the word that is ("staged" was lemmatised as "stag")."""
    lemma = verb.lemma_.lower()
    lemma = ev.VERB_ALIASES.get(lemma, lemma)
    if _known_verb(lemma):
        return lemma
    word = verb.lower_
    for suffix, ends in (("ed", ("e", "")), ("ing", ("e", "")), ("es", ("e", "")), ("s", ("",))):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            for end in ends:
                guess = word[: -len(suffix)] + end
                if _known_verb(guess):
                    return guess
    return lemma


def _verb_events(verb: Token) -> Iterator[_Found]:
    lemma = verb_lemma(verb)
    if lemma in ev.SAYING_VERBS or lemma in ev.WANTING_VERBS:
        yield from _demands(verb, lemma)
    prt = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    if prt and (lemma, prt) in ev.PHRASAL_ALIASES:
        lemma, prt = ev.PHRASAL_ALIASES[(lemma, prt)], None
    if prt and (lemma, prt) in ev.VERB_PREPS:
        code = ev.VERB_PREPS[(lemma, prt)]
        if not code:
            return
        if code == _RETURN and any(_aid_goods(o) for o in verb.children if o.dep_ == "dobj"):
            code = _AID  # "handed over 700 kg of medicine to the Red Crescent"
        yield from _with_args(verb, code, _verb_targets(verb))
        return
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
        sense = ev.OBJECT_SENSES.get((lemma, obj.lemma_.lower()))
        if sense:  # "met the rebels' demands": the demands' owner is the target
            yield from _with_args(verb, sense, _noun_targets(obj) or [obj])
            return
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        phrase_code = ev.VERB_OBJECTS.get((lemma, obj.lemma_.lower()))
        if phrase_code:  # "opened fire on", "cut ties with": the phrase is the action
            topic = [p for c in obj.children if c.dep_ == "prep" and c.lower_ in _TOPIC_PREPS
                     for p in _pobjs(c)]  # fmt: skip
            targets = topic + _verb_targets(verb, objects=False)
            closed_to = [p for c in [*obj.children, *verb.children]
                         if c.dep_ == "prep" and c.lower_ == "to" for p in _pobjs(c)]  # fmt: skip
            named = obj.lemma_.lower() in ev.BORDER_NOUNS and bool(closed_to)
            if named:
                targets = closed_to  # "closed its border with Serbia to migrants": on them
            for found in _with_args(verb, phrase_code, targets):
                found.had_target = found.had_target or named  # no other target then
                yield found
            return
    if lemma in ev.NAMING_VERBS and _condemning_complement(verb):
        yield from _with_args(verb, "111", [c for c in verb.children if c.dep_ == "dobj"][:1])
        return
    stopped = False  # "suspended its aid", "broke the ceasefire with": that is the action
    if lemma in ev.LIGHT_VERBS:
        for obj in _objects(verb):
            noun_code = _noun_code(obj)
            if lemma in ev.STOPPING_VERBS and noun_code == "190" and _labour_strike(obj):
                noun_code = "143"
            if noun_code and (
                lemma not in ev.STOPPING_VERBS or (lemma, noun_code) in ev.LIGHT_OVERRIDES
            ):
                code = ev.LIGHT_OVERRIDES.get((lemma, noun_code), noun_code)
                targets = _noun_targets(obj) or _verb_targets(verb, objects=False)
                incoming = _incoming(obj) and code == noun_code  # not "accepted demands from"
                for found in _with_args(verb, code, targets, nominal_anchor=obj):
                    if incoming:  # "took a call from the Taiwanese president"
                        found.source, found.target = found.target, found.source
                    stopped = stopped or lemma in ev.STOPPING_VERBS
                    yield found
    if stopped:
        return
    objects = [c for c in verb.children if c.dep_ == "dobj" and lemma not in ev.VERBS]
    preps = [c for v in [verb, *objects] for c in v.children if c.dep_ in ("prep", "agent")]
    for prep in preps:  # "fired shells at Seoul": the preposition may hang on the object
        prep_code = ev.VERB_PREPS.get((lemma, prep.lower_))
        objs = _pobjs(prep)
        if prep_code and not objs and prep.i == verb.i + 1:
            # "called on Energy Minister X to resign", parsed with X as the verb's object
            # or as the subject of "to resign"
            objs = [c for c in verb.children if c.dep_ == "dobj" and c.i > prep.i] or [
                s for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.i > prep.i
                for s in c.children if s.dep_ == "nsubj"
            ]
        if prep_code and objs:  # not "fired on Thursday"
            direct = [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.pos_ != "ADP"]
            targets = direct + objs + [c for o in objs for c in _claimants(o)]
            yield from _with_args(verb, prep_code, targets)
            return
    verb_code = ev.VERBS.get(lemma)
    if lemma in ev.INTRANSITIVE_CODES and not any(c.dep_ == "dobj" for c in verb.children):
        verb_code = ev.INTRANSITIVE_CODES[lemma]  # "protesters rallied": a demonstration
    if verb_code:
        yield from _with_args(verb, verb_code, _verb_targets(verb))


def _demands(verb: Token, lemma: str) -> Iterator[_Found]:
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
        if code and subjects and subjects[0].lower_ not in _RELATIVE:
            for source in _expand(_subjects(verb)):
                for target in _expand(subjects[:1]):
                    yield _Found(code, verb, verb, source, target)


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
                    for p in _pobjs(c))]  # fmt: skip
    return any(h.lemma_.lower() in ev.AID_GOODS for h in heads)


def _labour_strike(noun: Token) -> bool:
    """An ended "strike" with no military modifier and no target ("called off their
    strike") is a labour strike, not an attack."""
    return noun.lemma_.lower() == "strike" and not any(
        (c.dep_ in ("amod", "compound") and c.lower_ in ev.MILITARY_STRIKE_MODS)
        or (c.dep_ == "prep" and c.lower_ in ("on", "against"))
        for c in noun.children
    )


def _incoming(noun: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "from" for c in noun.children)


def _intent_or_threat(verb: Token, code: str) -> str:
    """ "agreed to meet" is an intent to meet (036); "threatened to strike" a threat (138);
    also through a purpose clause ("willing to send troops to help Chad": an intent)."""
    while _purpose_clause(verb):
        verb = verb.head
    if verb.dep_ != "xcomp":
        return code
    head = verb.head.lemma_.lower()
    if head in ev.INTENT_VERBS:
        if code[:2] in ev.THREAT_OF_ROOT and code[:2] != "12":
            # "is prepared to impose martial law", "vowed to attack": a threat (1324, 138)
            return _threat(code)
        return ev.INTENT_OF_ROOT.get(code[:2], code)
    if head == "threaten":
        return _threat(code)
    return code


def _threat(code: str) -> str:
    """The threat of an action: CAMEO's 132x threaten the 172x restrictions (1724 -> 1324)."""
    if code.startswith("172") and len(code) == 4:
        return "132" + code[3]
    return ev.THREAT_OF_ROOT.get(code[:2], "130")


def _bombing(verb: Token, code: str) -> str:
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
        for obj in _pobjs(prep):
            mods = {c.lower_ for c in obj.children if c.dep_ in ("compound", "amod")}
            mods |= {t.lower_ for c in obj.children if c.dep_ == "compound" for t in c.children}
            if obj.lemma_.lower() in ev.BOMBING_NOUNS or (
                obj.lemma_.lower() == "attack" and mods & (ev.BOMBING_NOUNS | {"suicide"})
            ):
                kinds = [ev.BOMBING_KINDS[m] for m in mods if m in ev.BOMBING_KINDS]
                return min(kinds) if kinds else "183"
    return code


def _with_args(verb: Token, code: str, targets: list[Token], nominal_anchor: Token | None = None):
    code = _intent_or_threat(verb, _bombing(verb, code) if nominal_anchor is None else code)
    passive = any(c.dep_ == "nsubjpass" for c in verb.children)
    reduced = verb.dep_ == "acl" and verb.tag_ == "VBN"  # "the warrant issued by the court"
    if passive or reduced:
        sources = [p for a in verb.children if a.dep_ == "agent" for p in _pobjs(a)]
        if not sources and code[:2] >= "18":  # "a mortar was fired at it from the Gaza
            # Strip": PETRARCH's passive source is a by-phrase, else a from-phrase (only
            # for force: "was recalled from Moscow" names where from, not who)
            sources = [p for a in verb.children if a.dep_ == "prep" and a.lower_ == "from"
                       for p in _pobjs(a)]  # fmt: skip
        targets = [c for c in verb.children if c.dep_ == "nsubjpass"] + targets
        if reduced and not targets:
            targets = [verb.head]
    else:
        sources = _subjects(verb)
    anchor = nominal_anchor or verb
    nominal = nominal_anchor is not None
    sources = _expand(sources)
    if len(sources) > 1 and _reciprocal(code):
        # "Germany and France signed an agreement": each does it with the other.
        for src in sources:
            for tgt in sources:
                if tgt.i != src.i:
                    yield _Found(code, anchor, verb, src, tgt, nominal=nominal, reciprocal=True)
    for src in sources:
        for tgt in _expand(targets):
            if tgt.i != src.i:
                yield _Found(code, anchor, verb, src, tgt, nominal=nominal)
        if not targets and (not nominal or _dissent(code)):
            # no target word: the verb phrase may hold one ("staged a rally in Belgrade")
            yield _Found(code, anchor, verb, src, anchor, nominal=nominal)


def _dissent(code: str) -> bool:
    """Protests and their ending: coded with a target found anywhere in the phrase."""
    return code[:2] == _PROTEST_ROOT or code == _EASE_DISSENT


def _reciprocal(code: str) -> bool:
    return code[:2] in ev.RECIPROCAL_ROOTS or code in ev.RECIPROCAL_CODES


def _expand(heads: list[Token]) -> list[Token]:
    out: list[Token] = []
    for head in heads:
        out.append(head)
        out.extend(head.conjuncts)
    return sorted(set(out), key=lambda t: t.i)


def _subjects(verb: Token) -> list[Token]:
    subj = [c for c in verb.children if c.dep_ in _SUBJ]
    if subj:
        if subj[0].lower_ in _RELATIVE and verb.dep_ == "relcl":
            return [verb.head]
        return subj
    if verb.dep_ == "xcomp":
        head = verb.head
        if head.pos_ == "ADJ" and head.dep_ in ("acomp", "xcomp"):
            head = head.head  # "Arnor is about to restore ties": the copula's subject
        raised = [c for c in head.children if c.dep_ == "nsubjpass"]
        if raised:  # "is expected to visit Japan"
            return raised
        # "urged China to stop": the object controls the infinitive.
        obj = [c for c in head.children if c.dep_ in ("dobj", "dative")]
        return obj if obj and head.lemma_.lower() not in _SUBJECT_CONTROL else _subjects(head)
    if verb.dep_ in ("conj", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
        if _said_and(verb):
            return _subjects(verb.head.head)
        return _subjects(verb.head)
    if verb.dep_ == "relcl" or (verb.dep_ == "acl" and verb.tag_ == "VBG"):
        return [verb.head]  # "rebels attacking the city"
    return []


def _said_and(verb: Token) -> bool:
    """ "The ministry said the purchase was illegal and urged Tokyo to ...": a past verb
    joined to a copular that-clause is the sayer's second action (the parser hangs it
    on the clause, whose subject, a thing judged, cannot urge anyone)."""
    head = verb.head
    return (
        verb.dep_ == "conj"
        and verb.tag_ == "VBD"
        and not any(c.dep_ in ("aux", "nsubj") for c in verb.children)
        and head.dep_ == "ccomp"
        # "... was illegal and urged", "... had lost its legitimacy and called on"
        and (head.lemma_.lower() == "be" or any(c.dep_ == "aux" for c in head.children))
        and head.head.lemma_.lower() in ev.SAYING_VERBS
    )


def _objects(verb: Token) -> list[Token]:
    objs = [c for c in verb.children if c.dep_ in ("dobj", "attr", "nsubjpass")]
    for obj in list(objs):  # "pledged $500 million in aid": the event is the aid
        if (
            obj.pos_ in ("NUM", "SYM")
            or obj.ent_type_ in ("MONEY", "QUANTITY", "CARDINAL")
            or any(c.dep_ == "nummod" for c in obj.children)
        ):
            objs.extend(p for c in obj.children if c.dep_ == "prep" and c.lower_ in ("in", "of")
                        for p in _pobjs(c))  # fmt: skip
    for prep in verb.children:  # "agreed to the call", "carried out attacks on"
        if prep.dep_ == "prep" and prep.lower_ in ("to", "with", "on", "in"):
            objs.extend(c for c in prep.children if c.dep_ == "pobj")
    if verb.dep_ == "relcl" and verb.head.pos_ == "NOUN":  # "sanctions that it imposed"
        objs.append(verb.head)
    return _expand(objs)


def _pobjs(prep: Token) -> list[Token]:
    return [c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ not in ("DATE", "TIME")]


def _verb_targets(verb: Token, objects: bool = True) -> list[Token]:
    out = [c for c in verb.children if (c.dep_ == "dobj" and objects)
           or c.dep_ == "dative"]  # fmt: skip
    # "sent a delegation to Pyongyang": a prepositional dative names the target
    out = [p for c in out for p in (_pobjs(c) if c.pos_ == "ADP" else [c])]
    # "supplied weapons to Hezbollah": a recipient beside a thing as object
    preps = ev.TARGET_PREPS if not out else _RECIPIENT_PREPS
    if ev.VERBS.get(verb.lemma_.lower(), "")[:2] == "04":
        preps = preps - _PLACE_PREPS  # "met in Cairo": where they met, not with whom
    for prep in verb.rights:  # a fronted "on a visit to Tokyo, ..." is the setting
        if prep.dep_ == "prep" and prep.lower_ in preps:
            out.extend(_pobjs(prep))
    if not out:  # PETRARCH takes the first actor after the verb: any role-like phrase
        out.extend(p for c in verb.rights if c.dep_ == "prep" and c.lower_ not in _SETTING_PREPS
                   for p in _pobjs(c))  # fmt: skip
    if not out and verb.lemma_.lower() in ev.VERBS:
        # "demanded that Paraguay release ...": the addressee is the clause's subject.
        for clause in verb.children:
            if clause.dep_ == "ccomp":
                out.extend(c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass"))
    # "sailed near territory claimed by Beijing": the claimant is the target.
    for obj in list(out):
        out.extend(_claimants(obj))
    return out


def _noun_targets(noun: Token) -> list[Token]:
    out: list[Token] = []
    code = _noun_code(noun) or ""
    # "the blockade of Gaza", "the invasion of Iraq": force nouns take their of-object
    preps = _NOUN_TARGET_PREPS | ({"of"} if code[:2] >= "15" else set())
    if code == _MEDIATE:  # "mediation between Syria and the PLO": both sides
        preps = preps | {"between"}
    # "a state of emergency in Cairo": force and protest take the place as target,
    # as their verbs do
    places = code[:2] in _PLACE_TARGET_ROOTS
    own = ev.NOUN_NEEDS.get(noun.lemma_.lower(), set())
    for child in noun.subtree:
        if child.dep_ == "prep" and noun.i in (child.head.i, child.head.head.i):
            if child.lower_ in preps:  # not the noun's own words ("a state of emergency")
                out.extend(p for p in _pobjs(child) if p.lemma_.lower() not in own)
            elif places and child.lower_ in _PLACE_PREPS:
                out.extend(p for p in _pobjs(child) if _is_place(p))
    return out


def _claimants(place: Token) -> list[Token]:
    out = []
    for tok in place.subtree:
        if tok.dep_ == "agent" and tok.head.lemma_.lower() in ("claim", "control", "hold"):
            out.extend(_pobjs(tok))
        if tok.dep_ == "poss" and tok.head.lemma_.lower() in (
            "water",
            "waters",
            "territory",
            "airspace",
            "island",
            "claim",
        ):
            out.append(tok)
    return out


def _noun_code(noun: Token) -> str | None:
    lemma = noun.lemma_.lower()
    code = ev.NOUNS.get(lemma) or ev.NOUNS.get(noun.lower_)
    compounds = [c for c in noun.children if c.dep_ == "compound" and c.i < noun.i]
    if lemma == "fire" and any(c.lower_ == "cease" for c in compounds):
        return ev.NOUNS["ceasefire"]  # "a cease-fire", split by the tokenizer
    if not code and lemma in ev.EFFORT_HEADS:  # "ended mediation efforts": mediation
        code = next((ev.NOUNS[m.lemma_.lower()] for m in compounds
                     if m.lemma_.lower() in ev.NOUNS
                     and m.lemma_.lower() not in ev.NOUN_NEEDS), None)  # fmt: skip
    if not code:
        return None
    if code == "150" and any(c.lower_ == "joint" for c in noun.children):
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


def _call_like(noun: Token) -> bool:
    """A "call" that is a phone call: to/with/from someone, or by telephone."""
    preps = {c.lower_ for c in noun.children if c.dep_ == "prep"}
    mods = {c.lower_ for c in noun.children if c.dep_ in ("compound", "amod")}
    return bool(mods & {"phone", "telephone"}) or bool(preps & {"with", "to", "from"})


def _free_noun_event(noun: Token) -> _Found | None:
    """An event noun outside a light verb: "Mr. Trump's phone call to Mr. Xi"."""
    if noun.dep_ in ("dobj", "attr") and noun.head.lemma_.lower() in ev.LIGHT_VERBS:
        return None  # the light verb codes it
    amount = noun.head.head  # "provided $5 million in aid": the light verb codes it
    if (
        noun.head.lower_ in ("in", "of")
        and amount.dep_ == "dobj"
        and amount.head.lemma_.lower() in ev.LIGHT_VERBS
        and noun in _objects(amount.head)
    ):
        return None
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_.lower() in ev.JUDGING_HEADS:
        return None  # "the visit was seen as a chance to ...": commentary on an event
    code = _noun_code(noun)
    if not code:
        return None
    targets = _noun_targets(noun)
    incoming = _incoming(noun)
    between = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "between"
               for p in _expand(_pobjs(c))]  # fmt: skip
    if len(between) == 2 and _reciprocal(code) and code != _MEDIATE:  # "talks between"
        return _Found(code, noun, noun, between[0], between[1], nominal=True, free=True)
    targets = targets or between  # "a mediation mission between Syria and the PLO"
    source = next((c for c in noun.children if c.dep_ == "poss"), None)
    if source is None:  # "the visit by the Chinese premier to Washington"
        source = next((p for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"
                       for p in _pobjs(c)), None)  # fmt: skip
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
                       for p in _pobjs(c)]  # fmt: skip
        source = next((c for c in node.children if c.dep_ == "poss"), None)
        if node.pos_ in ("VERB", "AUX"):
            if clause.i == noun.i:
                clause = node
            if node.dep_ == "acl":  # "a warning, delivered in a call": climb to the noun
                continue
            if source is None and node.lemma_.lower() in ev.LIGHT_VERBS | {"request", "hold"}:
                subj = _subjects(node)
                source = subj[0] if subj else None
            break
    if clause.i == noun.i:
        clause = _governing_verb(noun)
    if source is None or not targets:
        return None
    if incoming:  # "a call from the Taiwanese president": the caller is the source
        return _Found(code, noun, clause, targets[0], source, nominal=True, free=True)
    return _Found(code, noun, clause, source, targets[0], nominal=True, free=True)


def _governing_verb(tok: Token) -> Token:
    node = tok
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    return node


# --- coding, status, date, place ----------------------------------------------------


def _code(found: _Found, coder: ActorCoder, sent: Span, context: list[Span], article_id: str,
          timexes: list[TimeExpression], whole_phrase: bool = False,
          fixed: tuple[Actor, float] | None = None) -> Iterator[Event]:  # fmt: skip
    no_target = found.target.i == found.anchor.i and not whole_phrase
    if fixed is None and found.source.pos_ in ("NOUN", "PROPN"):
        sources = coder.variants(found.source)  # "Russian and Chinese leaders"
        if len(sources) > 1:
            made: list[Event] = []
            for one in sources if not no_target else []:
                made.extend(_code(found, coder, sent, context, article_id, timexes,
                                  whole_phrase, fixed=(one, 1.0)))  # fmt: skip
            if not made and _reciprocal(found.code) and not whole_phrase:
                for one in sources:  # "U.S. and Iraqi negotiators reached a deal"
                    for other in sources:
                        if other.code != one.code:
                            made.extend(_event(found, one, other, 0.8, sent, coder,
                                               article_id, timexes))  # fmt: skip
            yield from made
            return
    if no_target:
        return
    source, src_conf = fixed or _actor(found.source, coder, sent, context)
    if source is None and found.source.pos_ in ("NOUN", "PROPN"):
        # "the head of Russia's delegation", "a spokesman for the Israeli army"
        inner = _actors_within(found.source, coder, None, {"of", "for", "from"})
        source, src_conf = (inner[0], 0.7) if inner else (None, 0.0)
    target, tgt_conf = _actor(found.target, coder, sent, context, source.code if source else None)
    home = _home_action(found, source)
    if target is None and home and _is_place(found.target):
        target, tgt_conf = _home_place(found.target, source), 0.7  # "into La Paz"
    if target is None and found.target.dep_ in ("dobj", "pobj"):
        # "criticized the Turkish incursion", "welcomed Iran's decision"
        target, tgt_conf = coder.owner(found.target), 0.8
    if target is None and found.target.dep_ == "dobj" and not found.nominal:
        # "offered military support to Lebanon": the object's recipient
        deeper = [
            p
            for c in found.target.children
            if c.dep_ == "prep" and c.lower_ in _NOUN_TARGET_PREPS
            for p in _pobjs(c)
        ]
        target = next((a for a in map(coder.code, deeper) if a is not None), None)
        tgt_conf = 0.7
    if (
        target is not None
        and target.code.startswith("---")
        and found.code in ev.BORDER_CODES
        and not whole_phrase
    ):  # "deployed tanks near the Ukrainian border": its own forces are no target
        target = _across_border(found.clause, coder, source) or target
    if whole_phrase:
        protest = found.clause if found.code[:2] == _PROTEST_ROOT else None
        places = found.code[:2] in _PLACE_TARGET_ROOTS
        target = _phrase_actor(found.anchor, coder, source, places, home, protest)
        tgt_conf = 0.5
        if target is None and found.code in ev.BORDER_CODES:
            target = _across_border(found.clause, coder, source)
        if target is None and _dissent(found.code) and _own_people(source):
            # "Egyptian demonstrators rioted", "Bangladeshi garment workers called off
            # their strike": a country's own people protest to (or ease dissent towards)
            # their own state, as the codebook's examples for 145 and 082
            assert source is not None
            target = Actor(source.country, source.text, source.start, source.end)
    found.had_target = found.had_target or target is not None
    targets = [target] if target is not None else []
    if target is not None and not whole_phrase and found.target.pos_ in ("NOUN", "PROPN"):
        several = coder.variants(found.target)  # "met Russian and Chinese leaders"
        if len(several) > 1 and target.code in {a.code for a in several}:
            targets = several
    if not targets and found.target.dep_ in ("dobj", "pobj", "nsubjpass"):
        # "welcomed a resumption of ties with Osgiliath": the first actor in the object
        targets, tgt_conf = _actors_within(found.target, coder, source), 0.6
    for target in targets:
        yield from _event(found, source, target, src_conf * tgt_conf, sent, coder, article_id,
                          timexes)  # fmt: skip


def _event(found: _Found, source: Actor | None, target: Actor, conf: float, sent: Span,
           coder: ActorCoder, article_id: str,
           timexes: list[TimeExpression]) -> Iterator[Event]:  # fmt: skip
    if source is None or source.code == target.code:
        return
    if source.code.startswith("---") and target.code.startswith("---"):
        # "riot police dispersed opposition supporters in Kinshasa": both of that place
        here = _place_country(found, coder)
        roles = (source.code[3:6], target.code[3:6])
        if here is None or not (_domestic_pair(*roles) or _insurgency(*roles)):
            return
        source = replace(source, code=here + source.code[3:])
        target = replace(target, code=here + target.code[3:])
    if source.code.startswith("---") != target.code.startswith("---"):
        # "police fired at opposition supporters in Nairobi": a domestic actor of
        # unknown country belongs where the action happens, if that is the other's country
        here = _place_country(found, coder)
        if here is not None and here in (source.country, target.country):
            if source.code.startswith("---"):
                source = Actor(here + source.code[3:], source.text, source.start, source.end)
            else:
                target = Actor(here + target.code[3:], target.text, target.start, target.end)
        source, target = _domestic(source, target)
    if "---GOV" in (source.code[:6], target.code[:6]):
        return  # "the government" of no country named: no actor PETRARCH could code
    if (
        source.country == target.country
        and (len(source.code) == 3 or len(target.code) == 3)
        and not {source.code[3:6], target.code[3:6]} & _NON_STATE_ROLES
        and not _coercing_own(found.code, source, target)
    ):
        return  # "the United States ... the drone": a state does not act on itself
    code = found.code
    if code == "111" and found.anchor.lemma_.lower() == "protest" and (
        source.code[3:6] in _NON_STATE_ROLES
    ):
        code = "141"  # students' or activists' protests are demonstrations, a state's not
    if code[:2] == _MOVEMENT_ROOT and not source.code.endswith("MIL") and code == "150":
        return  # only armed forces "sail past" as a show of force
    status = _status(found.clause, found.anchor)
    if status == "future" and code[:2] in _INTENT_ROOTS and _will(found.clause):
        # "Finland will give Tanzania a grant": an expressed intent (03), as coded in
        # the codebook's examples for 0331, 0333 and 036.
        code, status = ev.INTENT_OF_ROOT[code[:2]], "actual"
    elif (
        status == "future"
        and code[:2] in ev.THREAT_OF_ROOT
        and code[:2] != "12"
        and _reported(found.clause)
        and _will(found.clause)
    ):
        # "said it would attack": PETRARCH's transformation of SAY + WILL_ATTACK (138)
        code, status = _threat(code), "actual"
    entry = cameo(code)
    confidence = 0.9 * conf * (0.8 if found.nominal else 1.0)
    yield Event(
        article_id=article_id,
        start=sent.start_char,
        end=sent.end_char,
        source_actor=source.code,
        target_actor=target.code,
        source_text=source.text,
        target_text=target.text,
        action=_action_text(found),
        cameo_code=entry.code,
        cameo_name=entry.name,
        root_code=entry.root_code,
        goldstein=entry.goldstein,
        quad_class=entry.quad_class,
        date=_date(found, sent, timexes),
        location=_location(found, coder),
        status=status,
        confidence=round(confidence, 3),
    )


def _coercing_own(code: str, source: Actor, target: Actor) -> bool:
    """ "Turkish authorities imposed a curfew in Cizre": a state body restricting or
    threatening its own country's people (the codebook's examples for 1723, 1724, 1324)."""
    return (
        code.startswith(("17", "132"))
        and source.code[3:6] in _STATE_ROLES
        and len(target.code) == 3
    )


def _across_border(clause: Token, coder: ActorCoder, source: Actor | None) -> Actor | None:
    """ "Israel strengthened its forces along the Lebanese border": the country across the
    border the action faces (named by a demonym, a possessor or "the border with X")."""
    if source is None:
        return None
    for tok in clause.subtree:
        if tok.lemma_.lower() not in ev.BORDER_NOUNS or _governing_verb(tok).i != clause.i:
            continue
        sides = [c for c in tok.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
        sides += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"
                  for p in _pobjs(c)]  # fmt: skip
        for side in sides:
            country = coder.code(side) or coder.owner(side)
            if country is None:
                found = country_of_demonym(side.text) or country_of_name(side.text)
                country = Actor(found, side.text, side.idx, side.idx + len(side.text)) if (
                    found) else None  # fmt: skip
            if country is not None and country.country not in (source.country, "---"):
                return Actor(country.country, side.text, side.idx, side.idx + len(side.text))
    return None


def _own_people(source: Actor | None) -> bool:
    return (
        source is not None
        and not source.code.startswith("---")
        and source.code[3:6] in _NON_STATE_ROLES
    )


def _home_action(found: _Found, source: Actor | None) -> bool:
    """A protest or violence by a country's own people or rebels (not its state) is
    directed at where it happens, which may be in their own country."""
    return found.code[:2] in _HOME_ROOTS and _own_people(source)


def _is_place(tok: Token) -> bool:
    """A named place: tagged so, or named by "the town of ..." (whatever the tagger says)."""
    if tok.ent_type_ in _PLACES:
        return True
    prep = tok.head
    return tok.pos_ == "PROPN" and prep.lower_ == "of" and prep.head.lemma_.lower() in _PLACE_NOUNS


def _home_place(tok: Token, source: Actor | None) -> Actor | None:
    """The country of a town we cannot place, in a home action: the actors' own."""
    if source is None:
        return None
    return Actor(source.country, tok.text, tok.idx, tok.idx + len(tok.text))


def _domestic(source: Actor, target: Actor) -> tuple[Actor, Actor]:
    """ "Belarusian police arrested activists": a state's police, courts, government or
    (against protesters and the press) army act on that country's own people, and
    protesters act on their own state (civilians facing an army may be foreign)."""
    def moved(actor: Actor, country: str) -> Actor:
        return replace(actor, code=country + actor.code[3:])

    src, tgt = source.code[3:6], target.code[3:6]
    if target.code.startswith("---") and _domestic_pair(src, tgt, True) and len(source.code) >= 6:
        return source, moved(target, source.country)
    if source.code.startswith("---") and _domestic_pair(tgt, src) and len(target.code) >= 6:
        return moved(source, target.country), target
    if target.code.startswith("---") and _domestic_pair(tgt, src) and len(source.code) >= 6:
        return source, moved(target, source.country)  # "Kenyan clerics urged the government"
    return source, target


def _insurgency(one: str, other: str) -> bool:
    """ "communist rebels ambushed an army patrol in the province of Davao": rebels and
    a state's forces of no country named fight where they are."""
    return "REB" in (one, other) and bool({one, other} & {"MIL", "COP", "GOV"})


def _domestic_pair(state: str, people: str, acting: bool = False) -> bool:
    """Whether a state body and a group are of one country. ``acting``: the state acts
    on the group, so rebels are its own ("the Rwandan government accepted demands from
    rebels"); rebels attacking a state's forces may come from abroad."""
    if state in ("GOV", "COP", "JUD"):
        return people in (_PEOPLE_ROLES | {"REB"} if acting else _PEOPLE_ROLES)
    return state == "MIL" and people in _PEOPLE_ROLES - {"CVL"}


_PEOPLE_ROLES = {"OPP", "CVL", "MED", "EDU", "CRM", "HLH", "REL", "LAB"}
# "al-Shabab fighters attacked the Somali capital": non-state actors do act on their state.
_NON_STATE_ROLES = _PEOPLE_ROLES | {"REB", "REF"}
_NP_LINKS = {"prep", "pobj", "poss", "nmod"}
_INTENT_ROOTS = {"04", "05", "06", "07", "08"}


def _will(verb: Token) -> bool:
    """A plain future of the actor's own ("will give", "is going to visit", "said it
    would give")."""
    kids = list(verb.children)
    if any(k.dep_ == "neg" for k in kids):
        return False
    modals = {k.lower_ for k in kids if k.dep_ == "aux"}
    return (
        bool(modals & ev.FUTURE_MODALS)
        or any(k.lower_ == "going" for k in kids)
        or bool(modals & _BACKSHIFTED and _reported(verb))
    )


_BACKSHIFTED = {"would", "'d"}


def _reported(verb: Token) -> bool:
    """Whether the clause is what a sayer said (its "would" is a backshifted "will")."""
    return (
        verb.dep_ == "ccomp"
        and verb.head.lemma_.lower() in ev.SAYING_VERBS | {"warn", "vow", "pledge", "promise"}
        and not any(k.dep_ == "mark" and k.lower_ in ("if", "whether") for k in verb.children)
    )


_VP_LINKS = {
    "prep",
    "pobj",
    "dobj",
    "dative",
    "attr",
    "oprd",
    "xcomp",
    "acomp",
    "pcomp",
    "agent",
    "poss",
    "nmod",
    "appos",
    "conj",
}


def _phrase_actor(
    verb: Token,
    coder: ActorCoder,
    source: Actor | None,
    places: bool = False,
    home: bool = False,
    protest: Token | None = None,
) -> Actor | None:
    """First actor after the verb inside its own phrase, as PETRARCH finds targets;
    not inside clauses with their own subject, nor in time or manner adjuncts. With
    ``home``, a place of the source's own country counts ("Kenyan opposition
    supporters blocked roads in Kisumu": a domestic protest at Kenya). A protest
    (``protest`` is its clause) is also directed at whom its purpose clause names,
    their own state included ("rallied to demand the resignation of the government")."""

    def linked(tok: Token) -> bool:
        return tok.dep_ in _VP_LINKS or (protest is not None and _purpose(tok))

    heads = [verb] if protest is None or protest.i == verb.i else [verb, protest]
    frontier = [c for h in heads for c in h.rights if linked(c)]
    seen = 0
    while frontier and seen < 40:
        tok = min(frontier, key=lambda t: t.i)
        frontier.remove(tok)
        seen += 1
        if tok.pos_ in ("NOUN", "PROPN") and tok.ent_type_ not in ("DATE", "TIME"):
            actor = coder.code(tok)
            if actor is None and home and _is_place(tok):
                actor = _home_place(tok, source)
            if (
                actor is not None
                and actor.country != "---"
                and (
                    source is None
                    or actor.country != source.country
                    or (home and len(actor.code) == 3 and _is_place(tok))
                    or (
                        protest is not None
                        and actor.code != source.code
                        and actor.code[3:6] in _STATE_ROLES
                    )
                    # "Palestinian police confiscated weapons from Palestinian armed groups"
                    or _domestic_pair(source.code[3:6], actor.code[3:6], True)
                )
            ):
                return actor
        if tok.pos_ in ("VERB", "AUX") and any(
            c.dep_ in ("nsubj", "nsubjpass") for c in tok.children
        ):
            continue
        if (
            tok.dep_ == "prep"
            and tok.lower_ in _SETTING_PREPS
            and not (places and tok.lower_ in _PLACE_PREPS)
            and not (places and tok.lower_ == "of" and tok.head.lemma_.lower() in _PLACE_NOUNS)
        ):
            continue  # "in Gaza", "after the talks": where and when, not whom
        frontier.extend(c for c in tok.children if linked(c))
    return None


def _purpose(tok: Token) -> bool:
    """ "to demand ...": an infinitival purpose clause without its own subject."""
    return tok.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _actors_within(
    head: Token, coder: ActorCoder, source: Actor | None, preps: set[str] | None = None
) -> list[Actor]:
    """The nearest actor inside a noun phrase (breadth first, through prepositions and
    possessors only), with its conjuncts ("a ceasefire between Israel and Hamas")."""

    def link(tok: Token) -> bool:
        return tok.dep_ in _NP_LINKS and (
            preps is None or tok.dep_ != "prep" or tok.lower_ in preps
        )

    frontier = [c for c in head.children if link(c)]
    for _ in range(4):
        nxt: list[Token] = []
        for tok in frontier:
            if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("pobj", "poss", "nmod"):
                actor = coder.code(tok)
                if actor is not None and (source is None or actor.code != source.code):
                    more = [coder.code(c) for c in tok.conjuncts]
                    return [actor, *(a for a in more if a is not None)]
            nxt.extend(c for c in tok.children if link(c))
        frontier = nxt
    return []


def _actor(
    tok: Token, coder: ActorCoder, sent: Span, context: list[Span], other: str | None = None
) -> tuple[Actor | None, float]:
    if tok.lower_ in _PRONOUNS and tok.pos_ == "PRON":
        if tok.i in coder.resolved:
            return coder.resolved[tok.i], 0.7
        found = _antecedent(tok, coder, sent, context, other)
        coder.resolved[tok.i] = found
        return found, 0.7
    if tok.lower_ in _RELATIVE and tok.head.dep_ == "relcl":
        return coder.code(tok.head.head), 0.9
    actor = coder.code(tok)
    owner = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
    if actor is not None and actor.code.startswith("---") and owner is not None:
        # "its troops", "their army": the role of whoever the pronoun stands for
        whose, _ = _actor(owner, coder, sent, context, other)
        if whose is not None and len(whose.code) >= 3 and not whose.code.startswith("---"):
            role = actor.code[3:]
            return Actor(whose.code[:3] + role, actor.text, actor.start, actor.end), 0.7
    return actor, 1.0


_PERSON_TITLES = {"president", "minister", "premier", "chancellor", "leader", "spokesman",
                  "spokeswoman", "spokesperson", "king", "queen", "envoy", "ambassador",
                  "diplomat", "official", "secretary", "governor", "mayor", "general",
                  "commander", "emir", "sultan", "prince", "monarch", "judge", "prosecutor",
                  "chief", "head"}  # fmt: skip


def _antecedent(pron: Token, coder: ActorCoder, sent: Span, context: list[Span],
                other: str | None) -> Actor | None:  # fmt: skip
    """Most recent fitting actor: subjects first, this sentence then the two before."""
    word = pron.lower_
    want_person = word in ("he", "him", "his", "she", "her")
    want_plural = word in ("they", "them", "their")
    pools = [[t for t in sent if t.i < pron.i]] + [list(s) for s in reversed(context)]
    for pool in pools:
        # subjects first, main clauses before embedded ones, then the most recent
        ranked = sorted(pool, key=lambda t: (t.dep_ not in ("nsubj", "nsubjpass"),
                                             t.head.dep_ != "ROOT", -t.i))  # fmt: skip
        for tok in ranked:
            if tok.i in coder.resolved and tok.lower_ == word:
                actor = coder.resolved[tok.i]  # "It ... . It ...": one chain
            elif tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ in ("compound", "poss", "amod"):
                continue
            else:
                actor = coder.code(tok)
            if actor is None or actor.code == other:
                continue
            # "the Indonesian president said he ...": a titled person is a "he" or "she"
            person = actor.person or (tok.lemma_.lower() in _PERSON_TITLES and tok.tag_ == "NN")
            if person != want_person:
                continue
            if not want_person and actor.plural != want_plural and actor.code[3:]:
                continue
            return actor
    return None


def _status(clause: Token, anchor: Token) -> str:
    if (
        anchor.pos_ == "NOUN"
        and anchor.i == clause.i
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in anchor.children)
    ):
        return "hypothetical"  # "interested in a meeting between X and Y": none yet
    chain = [(anchor, False)] if anchor.i != clause.i else []
    node = clause
    chain.append((node, False))
    # Modality and negation reach down through complements ("could put off arms
    # sales", "would not give permission to help"), not across adverbial or relative
    # clauses; past a that-clause only the governing verb's meaning counts ("wants
    # Putin to attack", "denied that ...").
    crossed = False
    while node.head.i != node.i:
        dep = node.dep_
        infinitival = dep == "acl" and any(c.lower_ == "to" for c in node.children)
        if dep == "ccomp":
            crossed = True
        elif dep not in ("xcomp", "conj", "pcomp", "pobj", "prep", "dobj") and not infinitival:
            break
        node = node.head
        chain.append((node, crossed))
    future = False  # a future is kept until no governing word makes it hypothetical
    for depth, (tok, past_clause) in enumerate(chain):
        kids = list(tok.children) if not past_clause else []
        if any(k.dep_ == "neg" for k in kids) or any(
            k.dep_ == "det" and k.lower_ in ("no",) for k in kids
        ):
            return "negated"
        if any(k.dep_ in _SUBJ | {"nsubjpass"} and any(c.lower_ == "neither" for c in k.children)
               for k in kids):  # fmt: skip
            return "negated"  # "Neither India nor Pakistan has agreed to ..."
        if any(k.dep_ == "mark" and k.lower_ in ("if", "unless", "whether") for k in kids):
            return "hypothetical"
        modals = {k.lower_ for k in kids if k.dep_ == "aux" and k.tag_ == "MD"}
        if modals and modals <= _BACKSHIFTED and _reported(tok):
            future = True  # "said it would send troops": a reported "will", not a condition
        elif modals & ev.HYPOTHETICAL_MODALS:
            return "hypothetical"
        if modals & ev.FUTURE_MODALS or any(k.lower_ == "going" for k in kids):
            future = True
        lemma = _phrasal_lemma(tok)
        if depth and tok.pos_ == "ADJ" and lemma in ev.HYPOTHETICAL_ADJECTIVES:
            return "hypothetical"  # "was unlikely to attack"
        if depth and tok.pos_ in ("VERB", "AUX"):
            if lemma in ev.NEGATING_HEADS and not (
                tok.i == clause.i and lemma in ev.STOPPING_VERBS  # "halted aid": the action
            ):
                return "negated"
            if lemma in ev.HYPOTHETICAL_HEADS or lemma in ev.ALLEGING_HEADS:
                return "hypothetical"
            if (
                lemma in ev.PREDICTING_HEADS
                and not any(k.dep_ == "nsubjpass" for k in kids)
                and (past_clause or any(k.dep_ == "dobj" for k in kids))
            ):
                return "hypothetical"  # "diplomats expect China to ...": a prediction
            if lemma in ev.FUTURE_HEADS:
                future = True
        if tok.i == clause.i != anchor.i and lemma in ev.CONSIDERING:
            return "hypothetical"
    return "future" if future else "actual"


def _phrasal_lemma(tok: Token) -> str:
    """ "called off" reads as "cancel" (not as "call", which would make it an appeal)."""
    lemma = tok.lemma_.lower()
    prt = next((c.lower_ for c in tok.children if c.dep_ == "prt"), None)
    return ev.PHRASAL_ALIASES.get((lemma, prt or ""), lemma)


def _date(found: _Found, sent: Span, timexes: list[TimeExpression]) -> str | None:
    lo, hi = sent.start_char, sent.end_char
    inside = {t.idx for t in found.clause.subtree} | {t.idx for t in found.anchor.subtree}
    for tx in timexes:
        if tx.type in ("DATE", "TIME") and lo <= tx.start < hi and tx.start in inside:
            calendar = _CALENDAR.match(tx.value)  # "2017-07-02TNI" -> "2017-07-02"
            if calendar:
                return calendar.group(0)
    return None


def _location(found: _Found, coder: ActorCoder) -> str | None:
    """The first place named in the action's clause ("in the South China Sea")."""
    for head in (found.anchor, found.clause):
        for prep in head.subtree:
            if prep.dep_ != "prep" or prep.lower_ not in _LOCATION_PREPS:
                continue
            for obj in _pobjs(prep):
                if obj.ent_type_ in ("GPE", "LOC", "FAC") and obj.i != found.target.i:
                    ent = [t for t in obj.subtree if t.ent_type_ in ("GPE", "LOC", "FAC")]
                    return text_of(coder.doc)[ent[0].idx : ent[-1].idx + len(ent[-1].text)]
    return None


def _place_country(found: _Found, coder: ActorCoder) -> str | None:
    """Country of the first place named in the action's clause ("in Nairobi")."""
    for prep in found.clause.subtree:
        if prep.dep_ == "prep" and prep.lower_ in _LOCATION_PREPS:
            objs = _pobjs(prep)  # "in the province of Davao": the province's name
            objs += [p for o in objs if o.lemma_.lower() in _PLACE_NOUNS for c in o.children
                     if c.dep_ == "prep" and c.lower_ == "of" for p in _pobjs(c)]  # fmt: skip
            for obj in objs:
                if obj.ent_type_ in ("GPE", "LOC") or _is_place(obj):
                    actor = coder.code(obj)
                    if actor is not None and len(actor.code) == 3:
                        return actor.code
    return None


def _action_text(found: _Found) -> str:
    words = [found.clause.text]
    if found.anchor.i != found.clause.i:
        words.append(found.anchor.text)
    return " ".join(words)
