"""People the tagger named as things in some articles: "Cardoso is preparing ..." tagged
a place, "Ranariddh" and "Prince Norodom Ranariddh" tagged an organisation, in a story
whose other articles name President Fernando Henrique Cardoso or Norodom Ranariddh.

Within an article the mentions step already does this; here it crosses articles. A
one-word name joins the one person of the story with that surname (two people sharing
it join neither); a longer name joins a person only when title words before it were
dropped ("Prince Norodom Ranariddh"), or when it ends with a two-word surname that an
honorific marks as a person's ("Benicio Del Toro" tagged an organisation, "Del Toro" a
place, beside "Mr. Del Toro"), or when the same two words are tagged a person at least
as often ("Kid Cudi" as a person and as an organisation), so a company named after its
founder ("Walt Disney") and named as the company more often stays a company.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from dossier.analyze.countries import country_of_demonym
from dossier.analyze.mentions import HONORIFICS, TITLE_WORDS

_THING_LABELS = ("ORG:", "LOC:", "FAC:", "NORP:")


def person_links(mentions: Counter[str], honoured: set[str]) -> dict[str, str]:
    """Story key of a name tagged as a thing -> the person key it names (``PERSON:first
    last``, lowercased), for the keys where exactly one person fits. ``mentions`` counts
    the mentions of each story key: a surname tagged a thing more than twice as often as
    its person was tagged a person is a thing the tagger once took for a person (a
    shuttle "Endeavour" beside the "Aboard Endeavour" of a sentence start). ``honoured``
    holds the person keys written with an honorific ("Mr. Del Toro")."""
    keys = set(mentions)
    people = {k for k in keys if k.startswith("PERSON:") and " " in k}
    by_surname: dict[str, list[str]] = defaultdict(list)
    for k in sorted(people):
        by_surname[k.split()[-1]].append(k)
    as_thing: Counter[str] = Counter()
    for key in keys:
        name = key.split(":", 1)[1]
        if key.startswith(_THING_LABELS) and " " not in name:
            as_thing[name] += mentions[key]
    links: dict[str, str] = {}
    for key in sorted(keys):
        words = key.split(":", 1)[1].split()
        if key.startswith("GPE:") and len(words) == 2:
            for as_person in _surname_keys(words):
                if as_person in honoured:
                    links[key] = as_person  # "Del Toro" as a place beside "Mr. Del Toro"
        if not key.startswith(_THING_LABELS):
            continue
        if len(words) == 1:
            fits = by_surname.get(words[0], [])
            if (
                len(fits) == 1
                and country_of_demonym(words[0]) is None
                and as_thing[words[0]] <= 2 * mentions[fits[0]]
            ):
                links[key] = fits[0]
            continue
        if len(words) == 2 and f"PERSON:{' '.join(words)}" in people:
            person = f"PERSON:{' '.join(words)}"
            if mentions[person] >= mentions[key]:
                links[key] = person  # "Kid Cudi" a person as often as an organisation
                continue
        titled = False
        while len(words) > 2 and words[0] in TITLE_WORDS | HONORIFICS | {"prince", "princess"}:
            words, titled = words[1:], True
        person = f"PERSON:{words[0]} {words[-1]}"
        surnames = [k for k in _surname_keys(words[-2:]) if k in honoured]
        if titled and person in people:
            links[key] = person
        elif surnames and (" " not in surnames[0] or surnames[0] in people):
            links[key] = surnames[0]
    return links


def _surname_keys(words: list[str]) -> list[str]:
    """How a two-word surname is keyed: as given and family name ("PERSON:del toro") or,
    opened by a particle, as one surname ("PERSON:del_toro")."""
    return [f"PERSON:{' '.join(words)}", f"PERSON:{'_'.join(words)}"]
