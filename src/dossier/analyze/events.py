"""Events: who did what to whom, CAMEO-coded, from the dependency parse of one article.

For each sentence, an event verb ("condemned"), a light verb with an event noun
("imposed sanctions on") or an event noun alone ("Mr. Trump's phone call to Mr. Xi",
"talks between India and Pakistan") gives the action (``event_verbs.py``); its
subject, passive agent or possessor is the source, its object or prepositional
object the target. Both must be actors (``actors.py``): an event needs a dyad, as in
PETRARCH. When the object is a thing, its owner is the target ("criticized the
Turkish incursion" -> TUR); the subject of a that-clause is the addressee of a demand.
Conjoined actors give one event each, both ways for reciprocal actions ("X and Y
signed a treaty"). Pronouns ("It imposed ...") take the most recent fitting actor of
the sentence or the two before. Each event keeps its status: modal, conditional,
wanted and "considering ..." actions are hypothetical, "will"/"plans to" future,
"not"/"refused to" negated, so "could put off arms sales" is not an arms sale.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from dossier.analyze import event_verbs as ev
from dossier.analyze.actors import Actor, ActorCoder
from dossier.analyze.cameo import cameo
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
_NOUN_TARGET_PREPS = {"on", "against", "to", "with", "toward", "towards", "from", "into", "at"}
_SUBJECT_CONTROL = {"use", "promise", "take", "need", "spend"}


@dataclass
class _Found:
    code: str
    anchor: Token  # the word that carries the action (verb or event noun)
    clause: Token  # the verb whose clause decides status and date
    source: Token
    target: Token
    nominal: bool = False


@step(
    "events", "dossier.events.v1", requires=("mentions", "time_expressions"), assigns=("events",)
)
def find_events(doc: Doc, article: Article, analysis: ArticleAnalysis) -> None:
    analysis.events = extract_events(doc, article.id, analysis.mentions, analysis.time_expressions)


def extract_events(
    doc: Doc, article_id: str, mentions: list, timexes: list[TimeExpression] | None = None
) -> list[Event]:
    """All coded events of one parsed article, in text order, without duplicates."""
    coder = ActorCoder(doc, mentions)
    sents = list(doc.sents)
    out: list[Event] = []
    seen: set[tuple] = set()
    for index, sent in enumerate(sents):
        context = sents[max(0, index - 2) : index]
        for found in _candidates(sent):
            for event in _code(found, coder, sent, context, article_id, timexes or []):
                key = (event.start, event.source_actor, event.target_actor, event.root_code)
                if key not in seen:
                    seen.add(key)
                    out.append(event)
    return out


# --- finding actions and their arguments -------------------------------------------


def _candidates(sent: Span) -> Iterator[_Found]:
    for tok in sent:
        if tok.pos_ in ("VERB", "AUX") or (tok.pos_ == "NOUN" and tok.dep_ == "ROOT"):
            yield from _verb_events(tok)
        elif tok.pos_ in ("NOUN", "PROPN") and _noun_code(tok):
            found = _free_noun_event(tok)
            if found:
                yield found


def _verb_events(verb: Token) -> Iterator[_Found]:
    lemma = verb.lemma_.lower()
    prt = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    if prt and (lemma, prt) in ev.VERB_PREPS:
        code = ev.VERB_PREPS[(lemma, prt)]
        if not code:
            return
        yield from _with_args(verb, code, _verb_targets(verb))
        return
    if lemma in ev.NAMING_VERBS and _condemning_complement(verb):
        yield from _with_args(verb, "111", [c for c in verb.children if c.dep_ == "dobj"][:1])
        return
    if lemma in ev.LIGHT_VERBS:
        for obj in _objects(verb):
            noun_code = _noun_code(obj)
            if noun_code:
                code = ev.LIGHT_OVERRIDES.get((lemma, noun_code), noun_code)
                targets = _noun_targets(obj) or _verb_targets(verb, objects=False)
                incoming = _incoming(obj)
                for found in _with_args(verb, code, targets, nominal_anchor=obj):
                    if incoming:  # "took a call from the Taiwanese president"
                        found.source, found.target = found.target, found.source
                    yield found
    for prep in (c for c in verb.children if c.dep_ in ("prep", "agent")):
        prep_code = ev.VERB_PREPS.get((lemma, prep.lower_))
        if prep_code:
            objs = _pobjs(prep)
            yield from _with_args(verb, prep_code, objs + [c for o in objs for c in _claimants(o)])
            return
    verb_code = ev.VERBS.get(lemma)
    if verb_code:
        code = _intent_or_threat(verb, verb_code)
        yield from _with_args(verb, code, _verb_targets(verb))


def _condemning_complement(verb: Token) -> bool:
    for child in verb.children:
        if child.dep_ in ("oprd", "xcomp", "attr", "ccomp", "dobj") and child.i > verb.i:
            for tok in child.subtree:
                if tok.lemma_.lower() in ev.CONDEMNING_NOUNS and tok.pos_ == "NOUN":
                    return child.dep_ != "dobj" or tok.i != child.i
    return False


def _incoming(noun: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "from" for c in noun.children)


def _intent_or_threat(verb: Token, code: str) -> str:
    """"agreed to meet" is an intent to meet (036); "threatened to strike" a threat (138)."""
    if verb.dep_ != "xcomp":
        return code
    head = verb.head.lemma_.lower()
    if head in ev.INTENT_VERBS:
        return ev.INTENT_OF_ROOT.get(code[:2], code)
    if head == "threaten":
        return ev.THREAT_OF_ROOT.get(code[:2], "130")
    return code


def _with_args(verb: Token, code: str, targets: list[Token], nominal_anchor: Token | None = None):
    passive = any(c.dep_ == "nsubjpass" for c in verb.children)
    if passive:
        sources = [p for a in verb.children if a.dep_ == "agent" for p in _pobjs(a)]
        targets = [c for c in verb.children if c.dep_ == "nsubjpass"] + targets
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
                    yield _Found(code, anchor, verb, src, tgt, nominal=nominal)
    for src in sources:
        for tgt in _expand(targets):
            if tgt.i != src.i:
                yield _Found(code, anchor, verb, src, tgt, nominal=nominal)


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
        # "urged China to stop": the object controls the infinitive.
        obj = [c for c in head.children if c.dep_ in ("dobj", "dative")]
        return obj if obj and head.lemma_.lower() not in _SUBJECT_CONTROL else _subjects(head)
    if verb.dep_ in ("conj", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
        return _subjects(verb.head)
    if verb.dep_ == "relcl":
        return [verb.head]
    return []


def _objects(verb: Token) -> list[Token]:
    objs = [c for c in verb.children if c.dep_ in ("dobj", "attr", "nsubjpass")]
    for obj in list(objs):  # "pledged $500 million in aid": the event is the aid
        if obj.pos_ in ("NUM", "SYM") or obj.ent_type_ in ("MONEY", "QUANTITY", "CARDINAL"):
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
           or (c.dep_ == "dative" and (objects or c.pos_ == "ADP"))]  # fmt: skip
    # "sent a delegation to Pyongyang": a prepositional dative names the target
    out = [p for c in out for p in (_pobjs(c) if c.pos_ == "ADP" else [c])]
    if not out:
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ in ev.TARGET_PREPS:
                out.extend(_pobjs(prep))
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
    for child in noun.subtree:
        if (
            child.dep_ == "prep"
            and child.lower_ in _NOUN_TARGET_PREPS
            and noun.i in (child.head.i, child.head.head.i)
        ):
            out.extend(_pobjs(child))
    return out


def _claimants(place: Token) -> list[Token]:
    out = []
    for tok in place.subtree:
        if tok.dep_ == "agent" and tok.head.lemma_.lower() in ("claim", "control", "hold"):
            out.extend(_pobjs(tok))
        if tok.dep_ == "poss" and tok.head.lemma_.lower() in ("water", "waters", "territory",
                                                              "airspace", "island", "claim"):
            out.append(tok)
    return out


def _noun_code(noun: Token) -> str | None:
    lemma = noun.lemma_.lower()
    code = ev.NOUNS.get(lemma) or ev.NOUNS.get(noun.lower_)
    if not code:
        return None
    if code == "150" and any(c.lower_ == "joint" for c in noun.children):
        return "062"  # joint exercises are military cooperation, not a show of force
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
    code = _noun_code(noun)
    if not code:
        return None
    targets = _noun_targets(noun)
    incoming = _incoming(noun)
    between = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "between"
               for p in _expand(_pobjs(c))]  # fmt: skip
    if len(between) == 2:  # "talks between India and Pakistan": dated by its own words
        return _Found(code, noun, noun, between[0], between[1], nominal=True)
    source = next((c for c in noun.children if c.dep_ == "poss"), None)
    if source is None:  # "the visit by the Chinese premier to Washington"
        source = next((p for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"
                       for p in _pobjs(c)), None)  # fmt: skip
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
        return _Found(code, noun, clause, targets[0], source, nominal=True)
    return _Found(code, noun, clause, source, targets[0], nominal=True)


def _governing_verb(tok: Token) -> Token:
    node = tok
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    return node


# --- coding, status, date, place ----------------------------------------------------


def _code(found: _Found, coder: ActorCoder, sent: Span, context: list[Span], article_id: str,
          timexes: list[TimeExpression]) -> Iterator[Event]:  # fmt: skip
    source, src_conf = _actor(found.source, coder, sent, context)
    target, tgt_conf = _actor(found.target, coder, sent, context, source.code if source else None)
    if target is None and found.target.dep_ in ("dobj", "pobj"):
        # "criticized the Turkish incursion", "welcomed Iran's decision"
        target, tgt_conf = coder.owner(found.target), 0.8
    if target is None and found.target.dep_ == "dobj" and not found.nominal:
        # "offered military support to Lebanon": the object's recipient
        deeper = [p for c in found.target.children
                  if c.dep_ == "prep" and c.lower_ in _NOUN_TARGET_PREPS for p in _pobjs(c)]
        target = next((a for a in map(coder.code, deeper) if a is not None), None)
        tgt_conf = 0.7
    if source is None or target is None or source.code == target.code:
        return
    if source.code.startswith("---") and target.code.startswith("---"):
        return
    if source.country == target.country and (len(source.code) == 3 or len(target.code) == 3):
        return  # "the United States ... the drone": a country does not act on itself
    code = found.code
    if code[:2] == _MOVEMENT_ROOT and not source.code.endswith("MIL") and code == "150":
        return  # only armed forces "sail past" as a show of force
    entry = cameo(code)
    status = _status(found.clause, found.anchor)
    confidence = 0.9 * src_conf * tgt_conf * (0.8 if found.nominal else 1.0)
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
    return coder.code(tok), 1.0


def _antecedent(pron: Token, coder: ActorCoder, sent: Span, context: list[Span],
                other: str | None) -> Actor | None:  # fmt: skip
    """Most recent fitting actor: subjects first, this sentence then the two before."""
    word = pron.lower_
    want_person = word in ("he", "him", "his", "she", "her")
    want_plural = word in ("they", "them", "their")
    pools = [[t for t in sent if t.i < pron.i]] + [list(s) for s in reversed(context)]
    for pool in pools:
        ranked = sorted(pool, key=lambda t: (t.dep_ not in ("nsubj", "nsubjpass"), -t.i))
        for tok in ranked:
            if tok.i in coder.resolved and tok.lower_ == word:
                actor = coder.resolved[tok.i]  # "It ... . It ...": one chain
            elif tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ in ("compound", "poss", "amod"):
                continue
            else:
                actor = coder.code(tok)
            if actor is None or actor.person != want_person or actor.code == other:
                continue
            if not want_person and actor.plural != want_plural and actor.code[3:]:
                continue
            return actor
    return None


def _status(clause: Token, anchor: Token) -> str:
    if anchor.pos_ == "NOUN" and anchor.i == clause.i and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in anchor.children
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
    for depth, (tok, past_clause) in enumerate(chain):
        kids = list(tok.children) if not past_clause else []
        if any(k.dep_ == "neg" for k in kids) or any(
            k.dep_ == "det" and k.lower_ in ("no",) for k in kids
        ):
            return "negated"
        if any(k.dep_ == "mark" and k.lower_ in ("if", "unless", "whether") for k in kids):
            return "hypothetical"
        modals = {k.lower_ for k in kids if k.dep_ == "aux" and k.tag_ == "MD"}
        if modals & ev.HYPOTHETICAL_MODALS:
            return "hypothetical"
        if modals & ev.FUTURE_MODALS or any(k.lower_ == "going" for k in kids):
            return "future"
        lemma = tok.lemma_.lower()
        if depth and tok.pos_ in ("VERB", "AUX"):
            if lemma in ev.NEGATING_HEADS:
                return "negated"
            if lemma in ev.HYPOTHETICAL_HEADS:
                return "hypothetical"
            if lemma in ev.FUTURE_HEADS:
                return "future"
        if tok.i == clause.i and lemma in ev.CONSIDERING:
            return "hypothetical"
    return "actual"


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


def _action_text(found: _Found) -> str:
    words = [found.clause.text]
    if found.anchor.i != found.clause.i:
        words.append(found.anchor.text)
    return " ".join(words)
