"""Actor coding: a noun phrase -> a CAMEO-style actor code (ISO-3 country + role).

"Chinese officials" -> CHNGOV, "an American guided-missile destroyer" -> USAMIL,
"the White House" -> USAGOV, "rebels" -> ---REB (role, country unknown). People are
coded through their roles: first from what the article itself says about them
("Prime Minister Shinzo Abe of Japan" -> JPNGOV, learned once per article and reused
for "Mr. Abe"), then from a small table of well-known office holders. A person the
text gives no public role (an expert, a victim) is not an actor, so events about
them are not coded: PETRARCH and ICEWS make the same choice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from dossier.analyze.countries import country_of_capital, country_of_demonym, country_of_name
from dossier.analyze.events.actor_tables import (
    GENERIC_ROLES,
    NGO_HEADS,
    NGO_MODIFIERS,
    ORGANISATIONS,
    PEOPLE,
    PLACES,
    QUANTITY_HEADS,
    ROLE_WORDS,
    STATELESS_ROLES,
    UNPLACED_ROLES,
    WEAPONS,
)
from dossier.analyze.events.syntax import in_dateline
from dossier.analyze.nlp import text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from dossier.model import Mention


# Organisation names padded once, to be found as whole words in a padded phrase
# (" un " in " the un envoy "), in the table's order: the first match wins.
_PADDED_ORGANISATIONS = [(f" {name} ", name, code) for name, code in ORGANISATIONS.items()]
# Those a person's title can name ("UN Secretary-General"): international bodies.
_PADDED_BODIES = [(padded, code) for padded, _, code in _PADDED_ORGANISATIONS
                  if code.startswith(("IGO", "NGO"))]  # fmt: skip

_TITLE_CUT = re.compile(
    r"^(?:mr|mrs|ms|dr|prof|president|premier|prime minister|"
    r"chancellor|secretary|minister|king|queen|general|gen)\.?\s+",
    re.I,
)


class ActorDictionary:
    """A user's own actors ("ARNOR" -> ARN, "ITHILEN MILITARY" -> ITHMIL), PETRARCH style.

    Phrases are matched at word starts, case-insensitively; a phrase ending in "_"
    must end at a word end, others also match longer words ("ERIADOR" ->
    "Eriadori"), as in PETRARCH's actor dictionaries.
    """

    def __init__(self, entries: dict[str, str]) -> None:
        self.entries = {k: v.upper() for k, v in entries.items() if k.strip("_ ") and v.strip()}
        self._single = {k.rstrip("_"): v for k, v in self.entries.items()
                        if " " not in k.strip("_").replace("_", " ")}  # fmt: skip

    @classmethod
    def from_petrarch_json(cls, path: str) -> ActorDictionary:
        import json

        with open(path, encoding="utf-8") as fh:
            rows = json.load(fh)
        entries: dict[str, str] = {}
        for row in rows:
            code = (str(row.get("code") or "").split() or [""])[0]
            if not re.fullmatch(r"[A-Za-z-]{3,}", code):
                continue  # dated or alternative codes ("HOB < 950601", "ELR/GAL")
            for phrase in [row.get("phrase", ""), *row.get("synonyms", [])]:
                words = phrase.lower().replace("_", " ").strip()
                # "THE_HERMIT_KINGDOM", "THE_AU": a name, matched without its article (as
                # noun phrases are) but as whole words ("the AU" is not "Austrian")
                exact = phrase.endswith("_") or words.startswith("the ")
                words = words.removeprefix("the ")
                if words:
                    entries[words + ("_" if exact else "")] = code
        return cls(entries)

    def _matches(self, phrase: str, words: str) -> bool:
        exact = phrase.endswith("_")
        phrase = phrase.rstrip("_")
        pattern = r"(?:^|\s)" + re.escape(phrase) + (r"(?=\s|$)" if exact else "")
        return re.search(pattern, words) is not None

    def lookup(self, text: str) -> str | None:
        """Code of the longest phrase found in ``text``."""
        words = " ".join(text.lower().replace("_", " ").split())
        best = None
        for phrase, code in self.entries.items():
            if (best is None or len(phrase) > len(best[0])) and self._matches(phrase, words):
                best = (phrase, code)
        return best[1] if best else None

    def country(self, word: str) -> str | None:
        """Code of a one-word country-like entry this word starts with."""
        low = word.lower()
        for phrase, code in self._single.items():
            if len(code) == 3 and self._matches(phrase, low):
                return code
        return None


@dataclass(frozen=True)
class Actor:
    code: str
    text: str
    start: int
    end: int
    person: bool = False
    plural: bool = False

    @property
    def country(self) -> str:
        return self.code[:3]


def _compound_name(head: Token) -> str:
    """A proper name with its compound words ("Sri Lanka", "Burkina Faso")."""
    words = [t.text for t in head.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
    return " ".join([*words, head.text])


def _np_tokens(head: Token) -> list[Token]:
    """The noun phrase's own words: left modifiers, head, and an ``of``-phrase."""
    toks = [t for t in head.lefts for t in t.subtree if t.dep_ not in ("punct", "cc")]
    toks.append(head)
    for child in head.rights:
        if child.dep_ in ("compound", "amod", "nmod") or (
            # "the ministers of India": not "the agency of backing the Taliban", a clause
            # the parser hung on the noun ("accused the agency of backing ...")
            child.dep_ == "prep"
            and child.lower_ == "of"
            and not any(c.dep_ == "pcomp" for c in child.children)
        ):
            toks.extend(child.subtree)
    # "NAIROBI, Kenya (AP) FBI agents"; asked first, the cheap question spares finding
    # the sentence for the many phrases without a dateline
    if any(in_dateline(t) for t in toks) and toks[0].i < head.sent.start + 12:
        toks = [t for t in toks if not in_dateline(t)]
    return sorted(set(toks), key=lambda t: t.i)


# Prepositions that say where a group is from or acts ("students throughout Indonesia").
_FROM_PLACE = {"in", "from", "at", "throughout", "across"}


def _place_phrase(head: Token, role: str | None) -> list[Token]:
    """ "rebels in eastern Congo", "dissidents from Myanmar", "journalists at Sudan's
    largest newspaper", "members of parliament from Kenya": where a role-holder is from
    (``role``: the head's, from ``_role_in``)."""
    if role is None:
        return []
    return [t for c in head.rights if c.dep_ == "prep" and c.lower_ in _FROM_PLACE
            for t in c.subtree]  # fmt: skip


# "North Kivu", "South Kordofan", "Upper Nile": a part of a place named by its direction.
_COMPASS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western",
            "central", "upper", "lower"}  # fmt: skip


def _place_part(words: str) -> str | None:
    """Country of a region named as a direction of a known place ("South Kordofan"); only
    the place table, so "Northern Ireland" is not Ireland."""
    first, _, rest = words.partition(" ")
    return _place_name(rest) if first.lower() in _COMPASS and rest else None


def _named_after_place(doc: Doc, ent: Span) -> str | None:
    """ "students at Tehran University", "workers of the Cairo Transport Authority": an
    institution named after its city is in that city's country (for where people are)."""
    first = doc[ent.start]
    if first.lower_ == "the" and ent.end - ent.start > 1:
        first = doc[ent.start + 1]
    if first.i == ent.end - 1:
        return None
    return country_of_capital(first.text) or PLACES.get(first.lower_)


def _country_in(
    doc: Doc, toks: list[Token], extra: ActorDictionary | None = None, where: bool = False
) -> tuple[str | None, bool]:
    """Country named by these tokens, and whether it came from a capital/name (not a demonym).
    ``where``: the tokens say where people are, so an institution named after a city
    places them."""
    seen: set[int] = set()
    for tok in toks:
        if tok.i in seen or (tok.dep_ == "npadvmod" and tok.head.lower_ in _BACKING):
            continue  # "Russian-backed separatists" are not Russia's
        if _ethnic(tok):
            continue  # "ethnic Albanian rebels" in Kosovo are not Albania's
        if extra is not None:
            found = extra.country(tok.text)
            if found:
                return found, True
        ent = _ent_of(doc, tok)
        if ent is not None and tok.ent_type_ in ("GPE", "NORP", "LOC", "ORG"):
            seen.update(range(ent.start, ent.end))
            words = ent.text
            whole = _country_word(words)
            if whole and len(ent) > 1:  # "the Republic of Korea", "East German"
                return whole, True
            # An organisation named after a country is not that country's actor, unless
            # it is its government body ("the Chinese Foreign Ministry") or a body of its
            # people named by their role ("the Nigerian Union of Teachers").
            if (
                tok.ent_type_ == "ORG"
                and words.lower().removeprefix("the ") not in ORGANISATIONS
                and not any(_org_role(w) for w in words.split())
            ):
                # ... but a misread "British Defence" or "war-torn Mozambique" still is
                if tok.i == ent.start and country_of_demonym(tok.text):
                    return country_of_demonym(tok.text), True
                if where and tok.i == ent.start and _named_after_place(doc, ent):
                    return _named_after_place(doc, ent), True
                last = doc[ent.end - 1]
                if tok.i == last.i and "of" not in words.lower().split():
                    # ... and so is a city the tagger took for one ("police in Karachi")
                    named = country_of_name(tok.text) or PLACES.get(tok.lower_)
                    if named:
                        return named, True
                continue
            pieces = [words, *words.split()[:1]]
            if tok.ent_type_ == "ORG":  # "the Lebanese Parliament": a state body's country
                pieces += words.split()[1:]
            for piece in pieces:
                found = (_country_word(piece) or country_of_capital(piece) or _place_name(piece)
                         or _place_part(piece))  # fmt: skip
                if found:
                    return found, True
        if not tok.text[:1].isupper():
            continue  # a country's name or people is capitalised
        found = _country_word(tok.text)
        if found:
            return found, True
        if tok.text.lower() in ("u.s.", "us"):
            return "USA", True
    return None, False


def _country_word(text: str) -> str | None:
    """Country a name or a demonym stands for ("Russia", "Chinese")."""
    return country_of_name(text) or country_of_demonym(text)


def _ethnic(tok: Token) -> bool:
    """A people word naming descent, not citizenship: "ethnic Albanian rebels", "the
    country's ethnic Chinese" (PETRARCH's ethnic codes are not countries either)."""
    if not tok.text[:1].isupper():
        return False
    near = [*tok.children, *(c for c in tok.head.children if c.i < tok.i)]
    return any(c.lower_ == "ethnic" and c.dep_ in ("amod", "compound") for c in near)


# "the Lebanese Parliament", "the Serbian Supreme Court": a state body named as an ORG.
_STATE_BODY_ROLES = {"GOV", "LEG", "JUD", "MIL", "COP"}

_BACKING = {"backed", "supported", "funded", "sponsored", "armed", "trained", "allied",
            "aligned", "financed", "inspired", "influenced", "held", "controlled"}  # fmt: skip


def _org_role(word: str) -> str | None:
    """Role a word of an organisation's name gives it: a state body ("Ministry", "Court")
    or a body of people ("Teachers"); not a company's ("Bank of Korea"), nor "Union",
    which also names parties and movements ("National Union for the ... of Angola")."""
    low = word.lower()
    if low == "union":
        return None
    role = ROLE_WORDS.get(low) or (ROLE_WORDS.get(low[:-1]) if low.endswith("s") else None)
    return role if role in _STATE_BODY_ROLES | UNPLACED_ROLES - {"CVL"} else None


def _place_name(text: str) -> str | None:
    """Country of a place in the table, named with or without its article ("the Soviet
    Union", "the Gaza Strip") or as a possessor."""
    key = text.lower().replace("\u2019", "'").removesuffix("'s")
    return PLACES.get(key.removeprefix("the "))


def _ent_of(doc: Doc, tok: Token) -> Span | None:
    if not tok.ent_type_:
        return None
    start = tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def _role_word(tok: Token) -> str | None:
    """Role of one word; a capitalised plural the tagger took for a name ("Rebels in
    Mali" at a sentence start) is looked up in the singular, names ("United States") not."""
    if (tok.pos_ == "ADJ" or tok.ent_type_ == "ORG") and tok.lower_ in _ADJECTIVE_NOT_ROLE:
        return None  # "a general strike", "the national team", "the National Association"
    # the word before its lemma: "fighters" are armed men (REB), a "fighter" a jet (MIL)
    role = ROLE_WORDS.get(tok.lower_) or ROLE_WORDS.get(tok.lemma_.lower())
    if (
        role is None
        and tok.pos_ == "PROPN"
        and tok.ent_type_ in ("", "ORG")  # "the Association of Teachers"
        and tok.lower_.endswith("s")
    ):
        role = ROLE_WORDS.get(tok.lower_[:-1])
    return role


_ADJECTIVE_NOT_ROLE = {"general", "national"}


def _role_in(toks: list[Token], head: Token) -> str | None:
    if head.lemma_.lower() in NGO_HEADS and any(
        t.lower_ in NGO_MODIFIERS for t in toks if t.i < head.i and t.dep_ in ("compound", "amod")
    ):
        return "NGO"
    if head.lemma_.lower() in ("group", "faction", "gang", "band") and any(
        t.lower_ == "armed" and t.dep_ == "amod" and t.head.i == head.i for t in toks
    ):
        return "REB"  # "armed groups"
    if head.lemma_.lower() in _GROUP_HEADS:  # "rebel leaders", "opposition officials"
        for tok in toks:
            role = _role_word(tok) if tok.head.i == head.i else None
            if role and role != "GOV" and tok.dep_ in ("compound", "amod", "nmod"):
                return role
        for group in (o for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                      for o in p.children if o.dep_ == "pobj"):  # fmt: skip
            # "leaders of the opposition coalition", "officials of the rebel movement"
            role = _role_in(_np_tokens(group), group) if group.pos_ == "NOUN" else None
            if role and role != "GOV":
                return role
    if head.lemma_.lower() in _WEAK_HEADS:  # "rebel fighters", "police officers"
        for tok in toks:
            role = _role_word(tok) if tok.head.i == head.i and tok.i < head.i else None
            if role in _MODIFIER_ROLES and tok.dep_ in ("compound", "amod", "nmod"):
                return role
    if _role_word(head):
        return _role_word(head)
    for tok in reversed(toks):
        if tok.ent_type_ in ("GPE", "LOC") and tok.i != head.i:
            continue  # a word of a place's name: "the West Bank town of ..." is no bank's
        role = _role_word(tok)
        if role and tok.dep_ in ("compound", "amod", "nmod", "pobj", "nsubj", "dobj"):
            return role
    return None


def _title_body(toks: list[Token]) -> str | None:
    """The international body a person's title names ("NATO Secretary General ...")."""
    text = f" {' '.join(t.lower_ for t in toks if t.dep_ in _TITLE_DEPS)} "
    for padded, code in _PADDED_BODIES:
        if padded in text:
            return code
    return None


# Heads that take the role of their modifier when it names a non-state group.
_GROUP_HEADS = {"leader", "leadership", "official", "spokesman", "spokeswoman",
                "spokesperson", "chief", "head", "delegation", "envoy", "negotiator"}  # fmt: skip

# People with no role of their own ("people", "Muslim Brotherhood members"), civilians
# once an event places them.
_PEOPLE_HEADS = {"people", "member", "follower"}

# Heads whose own role gives way to a modifier naming a more specific group: "rebel
# fighters" are rebels, "police officers" police, "opposition supporters" opposition.
_WEAK_HEADS = {"fighter", "officer", "agent", "supporter", "soldier", "force", "forces",
               "unit", "squad"}  # fmt: skip
_MODIFIER_ROLES = {"REB", "COP", "OPP", "SPY", "LAB", "EDU", "HLH", "REL", "MED"}

_TITLE_DEPS = {"compound", "nmod", "amod", "appos", "pobj", "poss"}
_COUNTRY_LIKE_HEADS = {"side", "people", "nation", "country", "state", "republic", "kingdom",
                       "capital"}


def _described_as(toks: list[Token], head: Token, role: str) -> bool:
    """ "the rebel Kurdistan Workers' Party", "the opposition Movement for Democratic
    Change": a named organisation a common word before its name gives a role."""
    return head.ent_type_ == "ORG" and any(
        t.i < head.i and t.dep_ in ("amod", "compound") and t.text.islower()
        and not t.ent_type_ and _role_word(t) == role
        for t in toks
    )  # fmt: skip


def _the_country(tok: Token) -> bool:
    """ "the country", "the nation": a country named before, not "the neighbouring country"."""
    return (
        tok.lemma_.lower() in ("country", "nation")
        and tok.tag_ == "NN"  # not "the two countries"
        and _definite(tok)
        and not any(c.dep_ in ("amod", "compound", "nmod") for c in tok.children)
    )


# Offices a person leaves: "former" makes their holder one of CAMEO's elites (ELI).
_OFFICES = {"GOV", "MIL", "LEG", "JUD"}


def _former(toks: list[Token]) -> bool:
    return any(t.lower_ in ("former", "ex") and t.dep_ in ("amod", "compound") for t in toks)


# Prepositions whose object is the goal or partner of an action ("flew to Ghana",
# "talks with Syria", "too generous to the Palestinians").
_GOAL_PREPS = {"to", "toward", "towards", "with", "against", "into"}
# Nouns naming a relation to another ("a close Syria ally", "powerful neighbor Syria").
_RELATION_HEADS = {"ally", "neighbor", "neighbour", "partner", "friend", "rival", "enemy",
                   "foe", "backer", "patron"}  # fmt: skip


def _others_country(tok: Token, span: Span) -> bool:
    """A country word that belongs to someone else than the person ``span`` names: in
    another person's title ("Russian President Yeltsin"), officials acted on, the goal or
    place of an action ("flew to Ghana", "met them in Amman"), or a relation ("a Syria
    ally"); such a country says nothing about where the person holds office."""
    head = tok
    while head.dep_ in ("amod", "compound", "poss", "nmod", "appos") and head.head.i != head.i:
        if head.lemma_.lower() in _RELATION_HEADS:
            return True
        head = head.head
    if span.start <= head.i < span.end:
        return False
    if head.lemma_.lower() in _RELATION_HEADS:
        return True
    if head.dep_ == "pobj" and (
        head.head.lower_ in _GOAL_PREPS or head.head.head.pos_ in ("VERB", "AUX")
    ):
        return True  # ... or where an action takes place ("met officials in Amman")
    if head.i == tok.i:
        return False
    # another named person's title, or officials the person acts on ("met Jordanian
    # officials"); not any office ("an invitation from Lebanon's new president")
    return head.ent_type_ == "PERSON" or (
        head.dep_ in ("dobj", "dative") and _role_word(head) in ("GOV", "MIL")
    )


def _definite(tok: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children)


class ActorCoder:
    """Codes actors in one article; learns its people's roles from the article first."""

    def __init__(
        self, doc: Doc, mentions: list[Mention], extra: ActorDictionary | None = None
    ) -> None:
        self.doc = doc
        self.extra = extra
        self._key_at: dict[int, str] = {}
        for m in mentions:
            if m.label == "PERSON" and m.entity_key:
                for tok in doc.char_span(m.start, m.end, alignment_mode="expand") or []:
                    self._key_at[tok.i] = m.entity_key
        # "the North" grouped with North Korea by the mentions step: reuse its country.
        self._country_at: dict[int, str] = {}
        for m in mentions:
            key = (m.entity_key or "").split(":", 1)[-1]
            if m.label in ("GPE", "NORP") and re.fullmatch(r"[A-Z]{3}", key):
                for tok in doc.char_span(m.start, m.end, alignment_mode="expand") or []:
                    self._country_at[tok.i] = key
        self._person_codes: dict[str, str] = {}
        self.resolved: dict[int, Actor | None] = {}  # pronoun token -> antecedent actor
        self._cache: dict[tuple[int, bool], Actor | None] = {}
        for m in mentions:
            if m.label != "PERSON" or not m.entity_key or m.entity_key in self._person_codes:
                continue
            code = self._learn_person(m)
            if code:
                self._person_codes[m.entity_key] = code
        # "Kenyan Foreign Minister Amina Wekesa ... Wekesa said": the surname alone, when
        # the tagger misses it later, is the person introduced (one code per surname).
        self._surnames: dict[str, tuple[int, str | None]] = {}
        for m in mentions:
            code = self._person_codes.get(m.entity_key or "")
            words = m.text.removesuffix("'s").split()
            last = words[-1].split("-")[-1] if words else ""  # "Mensah-Boateng": its head
            if m.label != "PERSON" or not code or len(words) < 2 or not last[:1].isupper():
                continue
            start, known = self._surnames.get(last, (m.start, code))
            self._surnames[last] = (min(start, m.start), code if known == code else None)

    def _learn_person(self, mention: Mention) -> str | None:
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        return self._learn_span(span, (mention.entity_key or mention.text).split(":", 1)[-1])

    def _learn_span(self, span: Span | None, name: str) -> str | None:
        """Role from the article's description of this person, else the people table, else
        a title's role in the one country the sentence names."""
        country: str | None = None
        role: str | None = None
        former = False
        if span is not None:
            head = span.root
            toks = _np_tokens(head) + [t for c in head.children if c.dep_ == "appos"
                                       for t in c.subtree]  # fmt: skip
            if head.dep_ == "appos":  # "Lu Kang" as appositive of "a spokesman"
                toks += list(head.head.subtree)
            # not what a relative clause says of them ("a mason, X, who was killed by
            # Israeli army gunfire" is no Israeli soldier)
            told = {t.i for c in toks if c.dep_ == "relcl" for t in c.subtree}
            toks = [t for t in toks if not span.start <= t.i < span.end and t.i not in told]
            country, _ = _country_in(self.doc, toks, self.extra)
            role = next((ROLE_WORDS[t.lemma_.lower()] for t in toks
                         if t.lemma_.lower() in ROLE_WORDS and t.dep_ != "prep"), None)  # fmt: skip
            former = role in _OFFICES and _former(toks)
            if country and former:
                return country + "ELI"  # "a former Pakistani ambassador": out of office
            if country and role in ("GOV", "MIL", "LEG", "JUD", "OPP", "REB"):
                return country + role
            body = _title_body(toks)  # "UN Secretary-General Ban", "Arab League chief Moussa"
            if body:
                return body
        lowered = name.lower()
        table = PEOPLE.get(lowered) or PEOPLE.get(_TITLE_CUT.sub("", lowered))
        if table:
            return table
        parts = lowered.split()
        if len(parts) == 1 and parts[0] in PEOPLE:
            return PEOPLE[parts[0]]
        if span is not None and country is None and role in ("GOV", "MIL", "JUD"):
            country = self._sole_country(span, role)  # "Kenyan students ... President Moi"
            if country:
                return country + ("ELI" if former else role)
        return None

    def _sole_country(self, span: Span, role: str) -> str | None:
        """The one country a sentence names besides this person, if only one: where an
        untitled-by-country president or general introduced there holds office. For a
        president or general, a country that is someone else's does not count (see
        ``_others_country``); a judge acts on people of their own country ("Judge Ortiz
        opened an investigation against Peruvian officials")."""
        found: set[str] = set()
        for tok in span.sent:
            if span.start <= tok.i < span.end or not tok.text[:1].isupper():
                continue
            if role != "JUD" and _others_country(tok, span):
                continue
            country, _ = _country_in(self.doc, [tok], self.extra)
            if country:
                found.add(country)
        return found.pop() if len(found) == 1 else None

    def person_code(self, tok: Token) -> str | None:
        key = self._key_at.get(tok.i)
        if key and key in self._person_codes:
            return self._person_codes[key]
        surname = self.surname_code(tok)
        if surname:
            return surname
        if key is None and tok.ent_type_ == "PERSON":
            ent = _ent_of(self.doc, tok)
            return self._learn_span(ent, ent.text if ent is not None else tok.text)
        return PEOPLE.get(tok.lower_) if tok.text[:1].isupper() else None

    def surname_code(self, tok: Token) -> str | None:
        """Code of a person named earlier in full with a role, for their bare surname."""
        start, code = self._surnames.get(tok.text.removesuffix("'s"), (tok.idx, None))
        if code is None or start >= tok.idx or tok.pos_ != "PROPN":
            return None
        if tok.ent_type_ not in ("", "PERSON"):  # a lone name the tagger took for a body
            ent = _ent_of(self.doc, tok)
            return code if ent is not None and " " not in ent.text else None
        return code

    def _earlier_country(self, tok: Token) -> str | None:
        """The country named last before ``tok`` in its sentence ("Nepal's rebels attacked
        a post in the west of the country")."""
        for cand in reversed(self.doc[tok.sent.start : tok.i]):
            if cand.text[:1].isupper():
                country, _ = _country_in(self.doc, [cand], self.extra)
                if country:
                    return country
        return None

    def _earlier_with_role(self, head: Token, role: str) -> str | None:
        """Country of the nearest earlier actor with this role (this or the 2 sentences before)."""
        sent = head.sent
        first = sent.start
        for _ in range(2):
            if first == 0:
                break
            first = self.doc[first - 1].sent.start
        for cand in reversed(self.doc[first : head.i]):
            if cand.pos_ == "NOUN" and cand.dep_ not in ("compound", "amod"):
                actor = self.code(cand, resolve=False)
                if actor and actor.code.endswith(role) and not actor.code.startswith("---"):
                    return actor.country
        return None

    def owner(self, head: Token) -> Actor | None:
        """The actor a thing belongs to: "Iran's decision", "the Turkish incursion"."""
        return self._owner_direct(head) or self._owner_of_phrase(head)

    def _owner_direct(self, head: Token) -> Actor | None:
        for child in head.children:
            if child.dep_ == "poss":
                return self.code(child)
            if child.dep_ == "acl":  # "the warrant issued by the court": its issuer
                for agent in child.children:
                    if agent.dep_ == "agent":
                        found = [self.code(p) for p in agent.children if p.dep_ == "pobj"]
                        if found and found[0] is not None:
                            return found[0]
        mods = [t for c in head.lefts if c.dep_ in ("amod", "compound", "nmod") for t in c.subtree]
        if not mods:
            return None
        text = " ".join(t.lower_ for t in mods)
        padded_text = f" {text} "
        for padded, name, code in _PADDED_ORGANISATIONS:
            if padded in padded_text and len(name) > 2:
                return Actor(code, text, mods[0].idx, mods[-1].idx + len(mods[-1].text))
        country, _ = _country_in(self.doc, mods, self.extra)
        if country is None:
            return None
        start, end = mods[0].idx, head.idx + len(head.text)
        return Actor(country, text_of(self.doc)[start:end], start, end)

    def _owner_of_phrase(self, head: Token) -> Actor | None:
        """ "the deployment of American missiles": whoever owns the of-phrase."""
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        return self.code(obj) or self._owner_direct(obj)
        return None

    def variants(self, head: Token) -> list[Actor]:
        """One actor per country of a conjoined modifier: "Russian and Chinese leaders",
        "lawmakers in Germany and France" (else just ``code(head)``)."""
        actor = self.code(head)
        if actor is None or len(actor.code) < 3:
            return [actor] if actor else []
        role = actor.code[3:6] if len(actor.code) >= 6 else ""
        places = [t for c in head.children if c.dep_ in ("amod", "compound", "nmod")
                  and c.conjuncts for t in (c, *c.conjuncts)]  # fmt: skip
        places += [t for c in head.children if c.dep_ == "prep" and c.lower_ in ("in", "from", "of")
                   for p in c.children if p.dep_ == "pobj" and p.conjuncts
                   for t in (p, *p.conjuncts)]  # fmt: skip
        out: list[Actor] = []
        for place in places:
            country, _ = _country_in(self.doc, [place], self.extra)
            if country and all(a.code[:3] != country for a in out):
                out.append(Actor(country + role, actor.text, actor.start, actor.end,
                                 plural=actor.plural))  # fmt: skip
        return out if len(out) > 1 else [actor]

    def _placed(self, group: Token, head: Token, resolve: bool) -> Actor | None:
        """ "dozens of journalists at Sudan's largest newspaper": the place phrase of a
        quantity head gives the country its group lacks."""
        actor = self.code(group, resolve)
        if actor is not None and not actor.code.startswith("---"):
            return actor
        role = actor.code[3:] if actor is not None else _role_in(_np_tokens(group), group)
        where = [t for c in head.rights if c.dep_ == "prep" and c.lower_ in _FROM_PLACE
                 for t in c.subtree]  # fmt: skip
        country, _ = _country_in(self.doc, where, self.extra, True) if role else (None, False)
        if country is None or role is None:
            return actor
        toks = _np_tokens(group)
        start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
        return Actor(country + role, text_of(self.doc)[start:end], start, end,
                     plural=group.tag_ in ("NNS", "NNPS"))  # fmt: skip

    def unplaced(self, head: Token) -> Actor | None:
        """ "thousands of teachers", "garment workers", "people": a group of people of no
        country named, coded "---" + role for an event to place (where the action happens,
        or the state acting on them); an event that cannot place it is dropped."""
        if head.lemma_.lower() in QUANTITY_HEADS:
            for obj in (o for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                        for o in p.children if o.dep_ == "pobj"):  # fmt: skip
                return self.unplaced(obj)
        toks = _np_tokens(head)
        if head.pos_ != "NOUN" or head.lemma_.lower() in WEAPONS:
            return None
        role = _role_in(toks, head) or ("CVL" if head.lemma_.lower() in _PEOPLE_HEADS else None)
        if role not in UNPLACED_ROLES:
            return None
        start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
        return Actor("---" + role, text_of(self.doc)[start:end], start, end,
                     plural=head.tag_ == "NNS")  # fmt: skip

    def _shared_country(self, head: Token) -> str | None:
        """ "Israeli soldiers and police": a bare conjoined role noun shares the country
        modifier of the noun it is conjoined to (not "Israeli soldiers and the police")."""
        if head.dep_ != "conj" or head.pos_ != "NOUN" or any(
            c.dep_ in ("det", "amod", "compound", "nmod", "poss", "prep") for c in head.children
        ):
            return None
        first = head.head
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        if first.pos_ != "NOUN":
            return None
        mods = [t for c in first.lefts if c.dep_ in ("amod", "compound", "nmod", "poss")
                for t in c.subtree]  # fmt: skip
        country, _ = _country_in(self.doc, mods, self.extra)
        return country

    def _names_country(self, head: Token) -> bool:
        """Whether a country-like phrase is the head's own name, as in PETRARCH, where a
        common noun ("resumption", "goods") with a country in its phrase is no actor."""
        if head.pos_ == "PROPN" or head.lemma_.lower() in _COUNTRY_LIKE_HEADS:
            return True
        extra = self.extra
        return extra is not None and extra.lookup(head.lower_) is not None

    def code(self, head: Token, resolve: bool = True) -> Actor | None:
        """Actor code of the noun phrase headed by ``head``, or None if it is no actor."""
        key = (head.i, resolve)
        if key not in self._cache:
            self._cache[key] = self._code(head, resolve)
        return self._cache[key]

    def _code(self, head: Token, resolve: bool) -> Actor | None:
        doc = self.doc
        if head.lemma_.lower() in WEAPONS or in_dateline(head):  # "artillery shells" are no actor
            return None
        if head.lemma_.lower() in QUANTITY_HEADS:  # "hundreds of Palestinians"
            for prep in head.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    for obj in prep.children:
                        if obj.dep_ == "pobj":
                            return self._placed(obj, head, resolve)
        toks = _np_tokens(head)
        start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
        text = text_of(doc)[start:end]
        plural = head.tag_ in ("NNS", "NNPS")
        named = head.pos_ == "PROPN" and (
            country_of_name(head.text) or country_of_capital(head.text) or PLACES.get(head.lower_)
            or country_of_name(_compound_name(head))  # "Sri Lanka" tagged as a person
            or PLACES.get(_compound_name(head).lower())  # "the Soviet Union" untagged
        )
        ent = _ent_of(doc, head)
        if head.pos_ == "PROPN" and len(toks) > 2:
            # "the Democratic Republic of the Congo", "the Democratic People’s Republic ..."
            whole = country_of_name(text.replace("\u2019", "'"))
            if whole:
                return Actor(whole, text, start, end)
        lowered = " ".join(t.lower_ for t in toks if t.dep_ != "det" and t.tag_ != "POS")
        if self.extra is not None:
            own = self.extra.lookup(lowered)
            if own:
                role = _role_in(toks, head) if len(own) == 3 else None
                if role is None and len(own) == 3 and not self._names_country(head):
                    # "the resumption of ties with Mordor" is a thing, not Mordor
                    own = None
            if own:
                return Actor(own + (role or ""), text, start, end, plural=plural)
        if named and (head.ent_type_ not in ("GPE", "NORP", "ORG", "LOC") or len(ent or ()) == 1):
            return Actor(named, text, start, end)  # a country the tagger took for a person
        if (
            head.ent_type_ == "PERSON"
            or head.i in self._key_at
            or (head.ent_type_ in ("", "ORG", "GPE", "NORP") and self.surname_code(head))
            or (
                head.lower_ in PEOPLE and head.text[:1].isupper() and head.pos_ in ("PROPN", "NOUN")
            )
        ):
            code = self.person_code(head)
            if code:
                return Actor(code, text, start, end, person=True)
            return None
        padded = f" {lowered} {text.lower()} "  # "al - shabab fighters", "al-shabab fighters"
        for name_padded, name, code in _PADDED_ORGANISATIONS:
            if name_padded in padded and (len(name) > 3 or lowered == name):
                country, _ = _country_in(doc, toks, self.extra)
                if code[:3] == "USA" and country and country != "USA":
                    return Actor(country + code[3:], text, start, end)
                return Actor(code, text, start, end)
        for tok in toks:  # "the Trump administration", "Putin's government"
            if tok.i != head.i and tok.ent_type_ == "PERSON":
                code = self.person_code(tok)
                role = _role_in(toks, head)
                if code and role:
                    return Actor(code[:3] + role, text, start, end, plural=plural)
        country, _ = _country_in(doc, toks, self.extra)
        if country is None:
            country = next((self._country_at[t.i] for t in toks
                            if t.i in self._country_at and not _ethnic(t)), None)  # fmt: skip
        role = _role_in(toks, head)
        if country is None:
            country, _ = _country_in(doc, _place_phrase(head, role), self.extra, True)
        if country is None and _ethnic(head):  # "ethnic Albanians in south Serbia"
            where = [t for c in head.rights if c.dep_ == "prep" and c.lower_ in _FROM_PLACE
                     for t in c.subtree]  # fmt: skip
            country, _ = _country_in(doc, where, self.extra, True)
        if country is None and role is not None:
            country = self._shared_country(head)  # "Danish media and government"
        if country is None and role is not None:
            for appos in head.children:  # "the party's leader, Mahmoud Abbas": the person
                if appos.dep_ == "appos" and appos.pos_ == "PROPN":
                    named_one = self.code(appos, resolve)
                    if named_one is not None and not named_one.code.startswith("---"):
                        return replace(named_one, text=text, start=start, end=end)
        if country is None and resolve:  # "the country's police chief", "in the north
            # of the country"
            back = [t for t in (*toks, *_place_phrase(head, role)) if _the_country(t)]
            country = self._earlier_country(back[0]) if back else None
        if country is None and _ethnic(head):
            # "ethnic Albanians" placed nowhere: the people their name gives, as before
            country = country_of_demonym(head.text)
        if role in _OFFICES and _former(toks):
            role = "ELI"  # "the former defence minister": out of office
        if country:
            if head.ent_type_ in ("GPE", "NORP") or role is None:
                # "Chinese goods", "U.S. jobs": a country's things, not the country.
                if (
                    head.ent_type_ not in ("GPE", "NORP")
                    and head.pos_ != "PROPN"
                    and head.lemma_.lower() not in _COUNTRY_LIKE_HEADS  # "the republic of"
                ):
                    return None
                return Actor(country, text, start, end, plural=plural)
            return Actor(country + role, text, start, end, plural=plural)
        if role in STATELESS_ROLES and head.pos_ == "NOUN":
            return Actor(role, text, start, end, plural=plural)
        if role in GENERIC_ROLES and (head.pos_ == "NOUN" or _described_as(toks, head, role)):
            if resolve and _definite(head):
                # "the warship" after "an American destroyer": the same forces again.
                earlier = self._earlier_with_role(head, role)
                if earlier:
                    return Actor(earlier + role, text, start, end, plural=plural)
            return Actor("---" + role, text, start, end, plural=plural)
        if role == "GOV" and head.pos_ == "NOUN" and (_definite(head) or any(
            c.dep_ == "compound" and c.lemma_.lower() == "government" for c in head.children
        )):
            # "the government", "government negotiators": a state of unknown country,
            # placed by its counterpart or its place; never coded unplaced (see events).
            if resolve and _definite(head):
                earlier = self._earlier_with_role(head, role)
                if earlier:
                    return Actor(earlier + role, text, start, end, plural=plural)
            return Actor("---" + role, text, start, end, plural=plural)
        for prep in head.children:  # "the movement by the warship": its agent acts
            if prep.dep_ == "prep" and prep.lower_ == "by" and head.pos_ == "NOUN":
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        return self.code(obj, resolve)
        return None
