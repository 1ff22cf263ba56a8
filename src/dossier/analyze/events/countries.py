"""Which country an event's actors belong to when the text does not say: a state's
police, courts or army acting on its own people, protests and violence directed at
where they happen, the country across a border, and which same-country pairs count."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from dossier.analyze.countries import country_of_demonym, country_of_name
from dossier.analyze.events import verbs as ev
from dossier.analyze.events.actors import Actor, ActorCoder
from dossier.analyze.events.candidates import Found
from dossier.analyze.events.codes import PROTEST_ROOT
from dossier.analyze.events.syntax import PLACE_NOUNS, governing_verb, is_place, pobjs

if TYPE_CHECKING:
    from spacy.tokens import Token


LOCATION_PREPS = {"in", "at", "near", "off", "outside", "inside"}
_HOME_ROOTS = {PROTEST_ROOT, "17", "18", "19", "20"}
STATE_ROLES = {"GOV", "LEG", "JUD", "COP", "MIL"}


def coercing_own(code: str, source: Actor, target: Actor) -> bool:
    """ "Turkish authorities imposed a curfew in Cizre": a state body restricting or
    threatening its own country's people (the codebook's examples for 1723, 1724, 1324)."""
    return (
        code.startswith(("17", "132"))
        and source.code[3:6] in STATE_ROLES
        and len(target.code) == 3
    )


def across_border(clause: Token, coder: ActorCoder, source: Actor | None) -> Actor | None:
    """ "Israel strengthened its forces along the Lebanese border": the country across the
    border the action faces (named by a demonym, a possessor or "the border with X")."""
    if source is None:
        return None
    for tok in clause.subtree:
        if tok.lemma_.lower() not in ev.BORDER_NOUNS or governing_verb(tok).i != clause.i:
            continue
        sides = [c for c in tok.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
        sides += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"
                  for p in pobjs(c)]  # fmt: skip
        for side in sides:
            country = coder.code(side) or coder.owner(side)
            if country is None:
                found = country_of_demonym(side.text) or country_of_name(side.text)
                country = Actor(found, side.text, side.idx, side.idx + len(side.text)) if (
                    found) else None  # fmt: skip
            if country is not None and country.country not in (source.country, "---"):
                return Actor(country.country, side.text, side.idx, side.idx + len(side.text))
    return None


def own_people(source: Actor | None) -> bool:
    return (
        source is not None
        and not source.code.startswith("---")
        and source.code[3:6] in NON_STATE_ROLES
    )


def home_action(found: Found, source: Actor | None) -> bool:
    """A protest or violence by a country's own people or rebels (not its state) is
    directed at where it happens, which may be in their own country."""
    return found.code[:2] in _HOME_ROOTS and own_people(source)


def home_place(tok: Token, source: Actor | None) -> Actor | None:
    """The country of a town we cannot place, in a home action: the actors' own."""
    if source is None:
        return None
    return Actor(source.country, tok.text, tok.idx, tok.idx + len(tok.text))


def domestic_actors(
    source: Actor, target: Actor, code: str = "", placed: bool = False
) -> tuple[Actor, Actor]:
    """ "Belarusian police arrested activists": a state's police, courts, government or
    (against protesters and the press) army act on that country's own people, and
    protesters act on their own state (civilians facing an army may be foreign). When
    the clause names no place (``placed`` false), also: a state body or rebels facing
    "the government", a people facing it, and rebels facing forces of no country, are of
    one country ("lawmakers criticized the government", "thousands of Egyptians marched
    against the military government", "Maoist rebels ambushed a police patrol"),
    and a country's own people or rebels acting at home act on its people ("militants
    attacked a girls' school")."""
    def moved(actor: Actor, country: str) -> Actor:
        return replace(actor, code=country + actor.code[3:])

    src, tgt = source.code[3:6], target.code[3:6]
    repressing = code[:2] == _REPRESSION_ROOT
    if target.code.startswith("---") and (
        (repressing and len(source.code) == 3 and tgt in _PEOPLE_ROLES)  # "China arrested
        # two dissidents", "China's crackdown on organized political opposition"
        or (code[:2] == _ORDER_ROOT and src == "GOV" and tgt in ("COP", "MIL"))
        # "Hun Sen ordered police to break up the demonstrations": his own police
    ):
        return source, moved(target, source.country)
    if source.code.startswith("---") and repressing and src in STATE_ROLES and tgt == "OPP" and (
        not placed
    ):
        return moved(source, target.country), target  # "police detained the two activists"
    if target.code.startswith("---") and domestic_pair(src, tgt, True) and len(source.code) >= 6:
        return source, moved(target, source.country)
    if source.code.startswith("---") and domestic_pair(tgt, src) and len(target.code) >= 6:
        return moved(source, target.country), target
    if target.code.startswith("---") and domestic_pair(tgt, src) and len(source.code) >= 6:
        return source, moved(target, source.country)  # "Kenyan clerics urged the government"
    if placed or source.code.startswith("---") == target.code.startswith("---"):
        return source, target
    known, loose = (target, source) if source.code.startswith("---") else (source, target)
    one, other = known.code[3:6], loose.code[3:6]
    if (
        (other == "GOV" and (one in STATE_ROLES | {"REB"} or (one == "" and known.plural)))
        or (one == "REB" and other in ("MIL", "COP"))  # not "U.S. troops killed militants"
        or (one == "GOV" and other == "REB")  # "rebels demanded that the Turkish government"
        or (code[:2] in _HOME_ROOTS and known is source and own_people(source)
            and other in _PEOPLE_ROLES)
    ):
        loose = moved(loose, known.country)
        return (loose, known) if known is target else (known, loose)
    return source, target


def is_insurgency(one: str, other: str) -> bool:
    """ "communist rebels ambushed an army patrol in the province of Davao": rebels and
    a state's forces of no country named fight where they are."""
    return "REB" in (one, other) and bool({one, other} & {"MIL", "COP", "GOV"})


def domestic_pair(state: str, people: str, acting: bool = False) -> bool:
    """Whether a state body and a group are of one country. ``acting``: the state acts
    on the group, so rebels are its own ("the Rwandan government accepted demands from
    rebels"); rebels attacking a state's forces may come from abroad."""
    if state in ("GOV", "COP", "JUD"):
        return people in (_PEOPLE_ROLES | {"REB"} if acting else _PEOPLE_ROLES)
    return state == "MIL" and people in _PEOPLE_ROLES - {"CVL"}


_PEOPLE_ROLES = {"OPP", "CVL", "MED", "EDU", "CRM", "HLH", "REL", "LAB"}
_REPRESSION_ROOT = "17"
_ORDER_ROOT = "10"
# "al-Shabab fighters attacked the Somali capital": non-state actors do act on their state.
NON_STATE_ROLES = _PEOPLE_ROLES | {"REB", "REF"}


# A country's parts, named with its demonym ("the Indian state of ...").
_REGION_NOUNS = PLACE_NOUNS | {"state", "valley", "coast", "part", "north", "south", "east",
                               "west", "border", "area"}
# "went on strike across Nigeria", "protests throughout Iran": where a group acts.
_WIDE_PREPS = LOCATION_PREPS | {"across", "throughout"}


def place_country(found: Found, coder: ActorCoder, wide: bool = False) -> str | None:
    """Country of the first place named in the action's clause ("in Nairobi"); ``wide``
    also counts "across" and "throughout" (where a group of people acts)."""
    preps = _WIDE_PREPS if wide else LOCATION_PREPS
    for prep in found.clause.subtree:
        if prep.dep_ == "prep" and prep.lower_ in preps:
            objs = pobjs(prep)  # "in the province of Davao": the province's name
            for obj in objs:  # "in the Indian state of Chhattisgarh"
                owner = coder.owner(obj) if obj.lemma_.lower() in _REGION_NOUNS else None
                if owner is not None and len(owner.code) == 3:
                    return owner.code
            objs += [p for o in objs if o.lemma_.lower() in PLACE_NOUNS for c in o.children
                     if c.dep_ == "prep" and c.lower_ == "of" for p in pobjs(c)]  # fmt: skip
            for obj in objs:
                if obj.ent_type_ in ("GPE", "LOC") or is_place(obj):
                    actor = coder.code(obj)
                    if actor is not None and len(actor.code) == 3:
                        return actor.code
    return None
