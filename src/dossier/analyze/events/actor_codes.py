"""The actor an argument word stands for: pronouns resolved to the most recent fitting
actor, "its troops" to whose troops, and PETRARCH's first actor inside a verb phrase or
noun phrase when no argument word names one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.analyze.events.actors import Actor, ActorCoder
from dossier.analyze.events.arguments import PLACE_PREPS, SETTING_PREPS
from dossier.analyze.events.countries import STATE_ROLES, domestic_pair, home_place
from dossier.analyze.events.syntax import PLACE_NOUNS, RELATIVE_PRONOUNS, is_place, to_clause

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


_PRONOUNS = {"it", "its", "he", "him", "his", "she", "her", "they", "them", "their"}
_NP_LINKS = {"prep", "pobj", "poss", "nmod"}
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
    "acl",  # "cordoned off the roads leading into Mordor"
}


def phrase_actor(
    verb: Token,
    coder: ActorCoder,
    source: Actor | None,
    places: bool = False,
    home: bool = False,
    protest: Token | None = None,
    threat: bool = False,
) -> Actor | None:
    """First actor after the verb inside its own phrase, as PETRARCH finds targets;
    not inside clauses with their own subject, nor in time or manner adjuncts. With
    ``home``, a place of the source's own country counts ("Kenyan opposition
    supporters blocked roads in Kisumu": a domestic protest at Kenya). A protest
    (``protest`` is its clause) is also directed at whom its purpose clause names,
    their own state included ("rallied to demand the resignation of the government"). A
    ``threat`` is against whom its infinitive names ("threatened to secede from X")."""

    def linked(tok: Token) -> bool:
        if tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX"):
            return False  # "condemned the bombing and warned Ukraine": another action's
        if tok.dep_ == "acl" and tok.tag_ != "VBG":
            return False  # "roads leading into Mordor", not "suspects linked to an attack"
        return tok.dep_ in _VP_LINKS or ((protest is not None or threat) and to_clause(tok))

    heads = [verb] if protest is None or protest.i == verb.i else [verb, protest]
    frontier = [c for h in heads for c in h.rights if linked(c)]
    seen = 0
    while frontier and seen < 40:
        tok = min(frontier, key=lambda t: t.i)
        frontier.remove(tok)
        seen += 1
        if tok.pos_ in ("NOUN", "PROPN") and tok.ent_type_ not in ("DATE", "TIME"):
            actor = coder.code(tok)
            if actor is None and home and is_place(tok):
                actor = home_place(tok, source)
            if (
                actor is not None
                and actor.country != "---"
                and (
                    source is None
                    or actor.country != source.country
                    or (home and len(actor.code) == 3 and is_place(tok))
                    or (
                        protest is not None
                        and actor.code != source.code
                        and actor.code[3:6] in STATE_ROLES
                    )
                    # "Palestinian police confiscated weapons from Palestinian armed groups"
                    or domestic_pair(source.code[3:6], actor.code[3:6], True)
                )
            ):
                return actor
        if tok.pos_ in ("VERB", "AUX") and any(
            c.dep_ in ("nsubj", "nsubjpass") for c in tok.children
        ):
            continue
        if (
            tok.dep_ == "prep"
            and tok.lower_ in SETTING_PREPS
            and not (places and tok.lower_ in PLACE_PREPS)
            and not (places and tok.lower_ == "of" and tok.head.lemma_.lower() in PLACE_NOUNS)
        ):
            continue  # "in Gaza", "after the talks": where and when, not whom
        frontier.extend(c for c in tok.children if linked(c))
    return None


def actors_within(
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


def actor_of(
    tok: Token, coder: ActorCoder, sent: Span, context: list[Span], other: str | None = None
) -> tuple[Actor | None, float]:
    if tok.lower_ in _PRONOUNS and tok.pos_ == "PRON":
        if tok.i in coder.resolved:
            return coder.resolved[tok.i], 0.7
        found = _antecedent(tok, coder, sent, context, other)
        coder.resolved[tok.i] = found
        return found, 0.7
    if tok.lower_ in RELATIVE_PRONOUNS and tok.head.dep_ == "relcl":
        return coder.code(tok.head.head), 0.9
    actor = coder.code(tok)
    owner = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
    if actor is not None and actor.code.startswith("---") and owner is not None:
        # "its troops", "their army": the role of whoever the pronoun stands for
        whose, _ = actor_of(owner, coder, sent, context, other)
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
