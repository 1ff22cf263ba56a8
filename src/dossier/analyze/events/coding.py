"""From a candidate to ``Event`` records: resolve its source and target to actors, keep
the dyads PETRARCH would code, and fill in code, Goldstein score, quad class, status,
date and place; also the codebook's paired events (a meeting is mutual)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from dossier.analyze.events import verbs as ev
from dossier.analyze.events.actor_codes import actor_of, actors_within, phrase_actor
from dossier.analyze.events.actor_tables import UNPLACED_ROLES
from dossier.analyze.events.actors import Actor, ActorCoder
from dossier.analyze.events.arguments import NOUN_TARGET_PREPS, PLACE_TARGET_ROOTS
from dossier.analyze.events.background import told_as_history
from dossier.analyze.events.cameo import cameo
from dossier.analyze.events.candidates import Found
from dossier.analyze.events.codes import PROTEST_ROOT, is_dissent, is_reciprocal, threat_code
from dossier.analyze.events.countries import (
    LOCATION_PREPS,
    NON_STATE_ROLES,
    across_border,
    coercing_own,
    domestic_actors,
    domestic_pair,
    home_action,
    home_place,
    is_insurgency,
    own_people,
    place_country,
)
from dossier.analyze.events.status import plain_future, reported_clause, status_of
from dossier.analyze.events.syntax import is_place, pobjs, to_clause
from dossier.analyze.nlp import text_of
from dossier.model import Event

if TYPE_CHECKING:
    from spacy.tokens import Span

    from dossier.model import TimeExpression


_CALENDAR = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?(?=$|T)")
_MOVEMENT_ROOT = "15"
_THREAT_ROOT = "13"


def linked_events(event: Event) -> list[Event]:
    """The codebook's paired events: meetings, calls, talks and signed agreements are
    reciprocal (040, 041, 044, 046, 057); a visit (042) is not paired with hosting it."""
    if not event.target_actor or event.target_actor.startswith("---"):
        return []
    words = (event.target_text or "").lower().split()
    if words and words[-1] in ev.DOCUMENT_NOUNS:
        return []  # "China signed a key U.N. treaty": the treaty does not sign back
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


def code_found(found: Found, coder: ActorCoder, sent: Span, context: list[Span], article_id: str,
          timexes: list[TimeExpression], whole_phrase: bool = False,
          fixed: tuple[Actor, float] | None = None) -> Iterator[Event]:  # fmt: skip
    no_target = found.target.i == found.anchor.i and not whole_phrase
    if fixed is None and found.source.pos_ in ("NOUN", "PROPN"):
        sources = coder.variants(found.source)  # "Russian and Chinese leaders"
        if len(sources) > 1:
            made: list[Event] = []
            for one in sources if not no_target else []:
                made.extend(code_found(found, coder, sent, context, article_id, timexes,
                                  whole_phrase, fixed=(one, 1.0)))  # fmt: skip
            if not made and is_reciprocal(found.code) and not whole_phrase:
                for one in sources:  # "U.S. and Iraqi negotiators reached a deal"
                    for other in sources:
                        if other.code != one.code:
                            made.extend(_event(found, one, other, 0.8, sent, coder,
                                               article_id, timexes))  # fmt: skip
            yield from made
            return
    if no_target:
        return
    source, src_conf = fixed or actor_of(found.source, coder, sent, context)
    if source is None and found.source.pos_ in ("NOUN", "PROPN"):
        # "the head of Russia's delegation", "a spokesman for the Israeli army"
        inner = actors_within(found.source, coder, None, {"of", "for", "from"})
        source, src_conf = (inner[0], 0.7) if inner else (None, 0.0)
    if source is None:  # "thousands of teachers", "garment workers": placed below
        source, src_conf = coder.unplaced(found.source), 0.7
    if source is not None and source.code.startswith("---") and _directed_dissent(found):
        # "Thousands of teachers went on strike across Nigeria to demand ...": people
        # protest where they are (not a bare "students demonstrated in Tehran", which
        # says neither whom nor what about)
        here = place_country(found, coder, wide=True)
        if here is not None and source.code[3:6] in UNPLACED_ROLES | {"OPP"}:
            source = replace(source, code=here + source.code[3:])
    target, tgt_conf = actor_of(found.target, coder, sent, context, source.code if source else None)
    home = home_action(found, source)
    if target is None and home and is_place(found.target):
        target, tgt_conf = home_place(found.target, source), 0.7  # "into La Paz"
    if target is None and found.target.dep_ in ("dobj", "pobj"):
        # "criticized the Turkish incursion", "welcomed Iran's decision"
        target, tgt_conf = coder.owner(found.target), 0.8
    if target is None and found.target.dep_ == "dobj" and not found.nominal:
        # "offered military support to Lebanon": the object's recipient
        deeper = [
            p
            for c in found.target.children
            if c.dep_ == "prep" and c.lower_ in NOUN_TARGET_PREPS
            for p in pobjs(c)
        ]
        target = next((a for a in map(coder.code, deeper) if a is not None), None)
        tgt_conf = 0.7
    if (
        target is not None
        and target.code.startswith("---")
        and found.code in ev.BORDER_CODES
        and not whole_phrase
    ):  # "deployed tanks near the Ukrainian border": its own forces are no target
        target = across_border(found.clause, coder, source) or target
    if whole_phrase:
        protest = found.clause if found.code[:2] == PROTEST_ROOT else None
        places = found.code[:2] in PLACE_TARGET_ROOTS
        threat = found.code[:2] == _THREAT_ROOT
        target = phrase_actor(found.anchor, coder, source, places, home, protest, threat)
        tgt_conf = 0.5
        if target is None and found.code in ev.BORDER_CODES:
            target = across_border(found.clause, coder, source)
        if target is None and is_dissent(found.code) and own_people(source):
            # "Egyptian demonstrators rioted", "Bangladeshi garment workers called off
            # their strike": a country's own people protest to (or ease dissent towards)
            # their own state, as the codebook's examples for 145 and 082
            assert source is not None
            target = Actor(source.country, source.text, source.start, source.end)
    loose = None
    if (
        target is None
        and not whole_phrase
        and found.target.dep_ in ("dobj", "pobj")
        # "warned their citizens about Iran": the phrase may name the target
        and not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in found.target.children)
    ):
        loose = coder.unplaced(found.target)  # "fired tear gas at garment workers"
    found.had_target = found.had_target or target is not None
    targets = [target] if target is not None else []
    if loose is not None and source is not None and not source.code.startswith("---"):
        targets, tgt_conf = [loose], 0.7
    if target is not None and not whole_phrase and found.target.pos_ in ("NOUN", "PROPN"):
        several = coder.variants(found.target)  # "met Russian and Chinese leaders"
        if len(several) > 1 and target.code in {a.code for a in several}:
            targets = several
    if not targets and found.target.dep_ in ("dobj", "pobj", "nsubjpass"):
        # "welcomed a resumption of ties with Osgiliath": the first actor in the object
        targets, tgt_conf = actors_within(found.target, coder, source), 0.6
    for target in targets:
        yield from _event(found, source, target, src_conf * tgt_conf, sent, coder, article_id,
                          timexes)  # fmt: skip


_DIRECTING_PREPS = {"against", "over", "for"}


def _directed_dissent(found: Found) -> bool:
    """A protest with a purpose or an object of protest ("to demand ...", "against ...")."""
    return is_dissent(found.code) and any(
        to_clause(c) or (c.dep_ == "prep" and c.lower_ in _DIRECTING_PREPS)
        for head in {found.clause, found.anchor}
        for c in head.children
    )


def _event(found: Found, source: Actor | None, target: Actor, conf: float, sent: Span,
           coder: ActorCoder, article_id: str,
           timexes: list[TimeExpression]) -> Iterator[Event]:  # fmt: skip
    if source is None or source.code == target.code:
        return
    if told_as_history(found, sent, timexes):
        return  # "Israel's 1982 invasion of Lebanon": background, not news
    if source.code[:3] == "---" and source.code[3:6] in UNPLACED_ROLES and is_dissent(
        found.code
    ) and not _directed_dissent(found):
        return  # "thousands of students demonstrated in Tehran": neither whom nor what about
    if source.code.startswith("---") and target.code.startswith("---"):
        # "riot police dispersed opposition supporters in Kinshasa": both of that place
        here = place_country(found, coder)
        roles = (source.code[3:6], target.code[3:6])
        # ("striking miners clashed with police in Limpopo": either may be the state)
        if here is None or not (
            domestic_pair(*roles) or domestic_pair(*roles[::-1]) or is_insurgency(*roles)
        ):
            return
        source = replace(source, code=here + source.code[3:])
        target = replace(target, code=here + target.code[3:])
    if source.code.startswith("---") != target.code.startswith("---"):
        # "police fired at opposition supporters in Nairobi": a domestic actor of
        # unknown country belongs where the action happens, if that is the other's country
        here = place_country(found, coder)
        if here is not None and here in (source.country, target.country):
            if source.code.startswith("---"):
                source = Actor(here + source.code[3:], source.text, source.start, source.end)
            else:
                target = Actor(here + target.code[3:], target.text, target.start, target.end)
        source, target = domestic_actors(source, target, found.code, here is not None)
        if source.code == target.code:
            return  # "the envoy was met by the French ambassador": no dyad to show
    if "---GOV" in (source.code[:6], target.code[:6]):
        return  # "the government" of no country named: no actor PETRARCH could code
    if found.anchor.lemma_.lower() in _REMOVING and source.country == target.country:
        return  # "parliament voted to dismiss the government": removal from office
    if any(a.code[:3] == "---" and a.code[3:6] in UNPLACED_ROLES for a in (source, target)):
        return  # people of no country the event could place
    if (
        source.country == target.country
        and (len(source.code) == 3 or len(target.code) == 3)
        and not {source.code[3:6], target.code[3:6]} & NON_STATE_ROLES
        and not coercing_own(found.code, source, target)
        # "thousands of Egyptians protested against the military government": a people
        and not (found.code[:2] == PROTEST_ROOT and source.plural and len(source.code) == 3)
    ):
        return  # "the United States ... the drone": a state does not act on itself
    code = found.code
    if code == "111" and found.anchor.lemma_.lower() == "protest" and (
        source.code[3:6] in NON_STATE_ROLES
    ):
        code = "141"  # students' or activists' protests are demonstrations, a state's not
    if code[:2] == _MOVEMENT_ROOT and not source.code.endswith("MIL") and code == "150":
        return  # only armed forces "sail past" as a show of force
    status = status_of(found.clause, found.anchor)
    if status == "future" and code[:2] in _INTENT_ROOTS and plain_future(found.clause):
        # "Finland will give Tanzania a grant": an expressed intent (03), as coded in
        # the codebook's examples for 0331, 0333 and 036.
        code, status = ev.INTENT_OF_ROOT[code[:2]], "actual"
    elif (
        status == "future"
        and code[:2] in ev.THREAT_OF_ROOT
        and code[:2] != "12"
        and reported_clause(found.clause)
        and plain_future(found.clause)
    ):
        # "said it would attack": PETRARCH's transformation of SAY + WILL_ATTACK (138)
        code, status = threat_code(code), "actual"
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


_INTENT_ROOTS = {"04", "05", "06", "07", "08"}
# Verbs that reject a foreign proposal but remove one's own officials from office.
_REMOVING = {"dismiss", "sack"}


def _date(found: Found, sent: Span, timexes: list[TimeExpression]) -> str | None:
    lo, hi = sent.start_char, sent.end_char
    inside = {t.idx for t in found.clause.subtree} | {t.idx for t in found.anchor.subtree}
    for tx in timexes:
        if tx.type in ("DATE", "TIME") and lo <= tx.start < hi and tx.start in inside:
            calendar = _CALENDAR.match(tx.value)  # "2017-07-02TNI" -> "2017-07-02"
            if calendar:
                return calendar.group(0)
    return None


def _location(found: Found, coder: ActorCoder) -> str | None:
    """The first place named in the action's clause ("in the South China Sea")."""
    for head in (found.anchor, found.clause):
        for prep in head.subtree:
            if prep.dep_ != "prep" or prep.lower_ not in LOCATION_PREPS:
                continue
            for obj in pobjs(prep):
                if obj.ent_type_ in ("GPE", "LOC", "FAC") and obj.i != found.target.i:
                    ent = [t for t in obj.subtree if t.ent_type_ in ("GPE", "LOC", "FAC")]
                    return text_of(coder.doc)[ent[0].idx : ent[-1].idx + len(ent[-1].text)]
    return None


def _action_text(found: Found) -> str:
    words = [found.clause.text]
    if found.anchor.i != found.clause.i:
        words.append(found.anchor.text)
    return " ".join(words)
