"""The words of names and how a name is spelled in a key, shared by the rules of this
package and by the story stage, which matches names across articles by the same words.

Honorifics, titles, surname particles ("bin Laden", "De Niro") and generational suffixes
("Jr.") are no part of what identifies a person; a last word such as "Reef" or
"University" says what a name is; a legal suffix ("Tyson Foods Inc.") marks a company.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dossier.model import Mention

HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "prof", "prof.",
              "professor", "sir", "dame", "rev.", "mx."}  # fmt: skip
TITLE_WORDS = {
    "president", "premier", "prime", "minister", "secretary", "senator", "sen.", "gov.",
    "governor", "rep.", "representative", "general", "gen.", "chancellor", "king", "queen",
    "prince", "princess", "pope", "judge", "justice", "ambassador", "leader", "chairman",
    "chairwoman", "director", "spokesman", "spokeswoman", "spokesperson", "mayor", "adviser",
    "advisor", "commander", "chief", "vice", "deputy", "foreign", "defense", "defence",
    "state", "attorney", "speaker", "senior", "envoy", "dictator", "emperor", "sheikh",
    "lt.", "col.", "adm.", "admiral", "colonel", "captain", "sergeant", "officer",
    "archbishop", "bishop", "cardinal", "rabbi", "imam", "reverend", "fellow",
}  # fmt: skip
TITLE_HEADS = {
    "president", "premier", "minister", "secretary", "senator", "governor", "chancellor",
    "king", "queen", "prince", "pope", "leader", "chairman", "chairwoman", "spokesman",
    "spokeswoman", "mayor", "ambassador", "dictator", "emperor", "nominee", "candidate",
    "director", "envoy", "professor", "commander",
}  # fmt: skip
PLACE_HEADS = {
    "reef", "reefs", "island", "islands", "isle", "sea", "river", "lake", "mountain",
    "mountains", "mount", "bay", "strait", "straits", "peninsula", "gulf", "ocean",
    "valley", "desert", "canal", "shoal", "shoals", "atoll", "cape", "coast", "park",
    "square", "street", "avenue", "bridge", "airport", "base", "harbor", "harbour",
    "province", "county", "district", "region", "archipelago", "plateau", "beach",
}  # fmt: skip
ORG_HEADS = {
    "university", "college", "institute", "center", "centre", "ministry", "department",
    "party", "council", "committee", "agency", "bank", "company", "corporation", "corp.",
    "inc.", "group", "news", "times", "post", "association", "foundation", "project",
    "army", "navy", "commission", "court", "office", "administration", "senate", "congress",
    "parliament", "union", "network", "service", "club", "fund", "program", "programme",
    "images", "pictures", "photos", "press", "studios", "records",
}  # fmt: skip
# A possessive inside one name: "Children's Hospital", "People's Party", "Surrogate's Court".
PLURAL_OWNERS = {"people", "children", "women", "men", "veterans", "workers"}
NAME_HEADS = ORG_HEADS | PLACE_HEADS | {
    "hospital", "school", "church", "cathedral", "museum", "hotel", "prison", "house",
}  # fmt: skip
POSSESSIVE_TOKENS = {"'s", "’s", "'", "’"}


def display_names(mentions: list[Mention]) -> dict[str, str]:
    """Entity key -> the fullest name the article uses for it (honorifics dropped)."""
    best: dict[str, str] = {}
    for m in mentions:
        name = strip_honorific(m.text)  # 'professor Ann Lee' (a title in lower case) names her
        if m.entity_key is None or name[:1].islower():
            continue
        if m.text.lower().startswith("the "):
            continue
        if len(name) > len(best.get(m.entity_key, "")):
            best[m.entity_key] = name
    return best


def strip_honorific(name: str) -> str:
    """'Mr. Xi' -> 'Xi'; 'Professor Cheng' -> 'Cheng'; other names unchanged."""
    words = name.split()
    while len(words) > 1 and words[0].lower() in HONORIFICS:
        words = words[1:]
    return " ".join(words)


GENERATIONAL = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}


def person_words(name: str) -> list[str]:
    """The words of a person's name without honorific or generational suffix: 'Leslie
    Allen Merritt Jr.' is keyed and matched by 'Merritt', not by 'Jr.'."""
    words = [w.rstrip(",") for w in strip_honorific(name).split()]
    while len(words) > 1 and words[-1].lower() in GENERATIONAL:
        words.pop()
    if len(words) > 2 and words[0].lower() in ("saint", "st.", "st"):
        words = words[1:]  # "St. John the Theologian" is keyed as "John the Theologian"
    return [w for w in words if w]


# Words that open a surname: "Osama bin Laden", "Charles de Gaulle", "Robert De Niro".
_PARTICLES = {
    "bin", "ibn", "bint", "de", "del", "della", "der", "den", "di", "du", "da", "dos",
    "das", "van", "von", "le", "la", "ter", "ten", "al", "el",
}  # fmt: skip
# Particles that are no given name when they open a name in capitals ("Bin Laden", "De
# Niro"); "Al Gore", "Van Jones", "Le Duc Tho" start with a given name or a family name.
# Lower-case particles before a capitalised word open a surname ("F.W. de Klerk"); "ten"
# before one is as often a number ("ten Democrats").
SURNAME_PARTICLES = _PARTICLES - {"ten"}
_LEADING_PARTICLES = {"bin", "ibn", "de", "del", "della", "der", "den", "du", "dos", "von"}


def name_units(words: list[str]) -> list[str]:
    """A person's name words with a surname particle joined to the word after it:
    "Osama bin Laden" -> ["Osama", "bin_Laden"], "bin Laden" and "Bin Laden" ->
    ["bin_Laden"]. Keys built from the units make "bin Laden" the surname, as it is,
    not a given name "bin" with the surname "Laden"."""
    out: list[str] = []
    i = 0
    while i < len(words):
        word = words[i]
        j = i  # "van der Sar": particles run on to the capitalised word
        while j < len(words) - 1 and words[j].lower() in _PARTICLES and (
            words[j].islower() or j > 0 or words[j].lower() in _LEADING_PARTICLES
        ):
            j += 1
        if j > i and words[j][:1].isupper():
            out.append("_".join(words[i : j + 1]))
            i = j + 1
            continue
        out.append(word)
        i += 1
    return out


# "Tyson Foods Inc." and "Tyson Foods" are one company, "WL Ross & Co." and "WL Ross",
# "Ford Motor Company" and "Ford Motor".
CORPORATE_SUFFIX = re.compile(
    r",?\s+(?:(?:&|and)\s+)?(?:inc|corp|co|company|ltd|llc|plc|lp|l\.p|s\.a|n\.v|ag|gmbh)\.?$"
)


def has_corporate_suffix(name: str) -> bool:
    """'Tyson Foods Inc.', 'WL Ross & Co.': the name of a company."""
    return CORPORATE_SUFFIX.search(name.lower()) is not None


def without_the(text: str) -> str:
    """'the White House' -> 'White House'; 'a Super Bowl' -> 'Super Bowl' (a lower-case
    article only: 'A Tribe Called Quest' keeps its 'A')."""
    if text.lower().startswith("the "):
        return text[4:]
    for article in ("a ", "an "):
        if text.startswith(article) and text[len(article) : len(article) + 1].isupper():
            return text[len(article) :]
    return text


def name_key(text: str) -> str:
    """How a non-person entity key spells a name: lower case, one space, no article, a
    straight apostrophe ("Children’s" and "Children's" are one spelling)."""
    return " ".join(without_the(" ".join(text.split())).lower().replace("’", "'").split())
