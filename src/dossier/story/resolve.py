"""Resolve within-article entities into canonical entities across the story's articles.

Each article's ``analyze`` step already grouped its mentions (``Mention.entity_key``):
"Mr. Xi", "Xi Jinping" and "the Chinese president" share a key, and capitals or
demonyms used as actors carry their country's key ("GPE:CHN"). Here the groups of all
articles merge: same key -> same entity; a surname-only person ("PERSON:trump" in an
article that never gives the full name) joins the one full name of the story that
ends (or, for East Asian order, starts) with it, a name by middle and last word the
one longer name it ends, an acronym ("IOC") the one name of the story whose initials
it is, a company's first word ("Tyson") the company named with its legal suffix, and
a plural group ("Muslims") its singular, a force its "Department", and one person's
name spelled with and without a hyphen ("Kim Dae-jung") is one; initials an article
defined as a term ("acute flaccid myelitis (AFM)") are no entity. Each entity gets a
canonical name, type, aliases, the descriptions the articles give, an ISO-3 country
and mention counts per article and outlet.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict

from dossier.analyze.countries import (
    country_name,
    country_of_capital,
    country_of_demonym,
    country_of_name,
)
from dossier.analyze.mentions import (
    HONORIFICS,
    TITLE_WORDS,
    has_corporate_suffix,
    name_key,
    name_units,
    person_words,
    strip_honorific,
    without_the,
)
from dossier.analyze.us_states import state_name
from dossier.model import Entity, Mention, Span
from dossier.story.acronyms import acronym_links
from dossier.story.context import StoryInput, names_itself
from dossier.story.given_names import given_name_links
from dossier.story.longer_names import longer_name_links
from dossier.story.named_as_things import person_links
from dossier.story.spellings import spelling_links

EntityIndex = dict[tuple[str, str], str]
"""(article id, within-article entity key) -> story entity id."""


def story_keys(story: StoryInput) -> dict[tuple[str, str], str]:
    """(article id, within-article key) -> story-wide key: surnames joined to full names,
    short given names to the full form ("Jeff" -> "Jeffrey"), acronyms to the one name
    of the story they abbreviate ("IOC"), and one name the tagger labelled two ways
    ("White House" as ORG and FAC) to its more frequent label."""
    texts: dict[tuple[str, str], set[str]] = defaultdict(set)
    counts: Counter[tuple[str, str]] = Counter()
    titled: set[tuple[str, str]] = set()
    for a in story.articles:
        for m in story.analyses[a.id].mentions:
            if m.entity_key:
                texts[(a.id, m.entity_key)].add(m.text)
                counts[(a.id, m.entity_key)] += 1
                if _after_title(a.text, m.start, m.text):
                    titled.add((a.id, m.entity_key))
    spelled = _spelled_alike(texts, counts)
    local = sorted({(a, spelled.get(k, k)) for a, k in texts})
    linked = _surname_links(local, {(a, spelled.get(k, k)) for a, k in titled})
    out = {(a, k): linked[(a, spelled.get(k, k))] for a, k in texts}
    out |= _countries_as_people(out, counts, titled)
    by_article: dict[str, set[str]] = defaultdict(set)
    for (article_id, _), key in out.items():
        by_article[article_id].add(key)
    out = _relinked(out, longer_name_links(_name_words(out, texts), by_article))
    people: dict[str, set[str]] = defaultdict(set)
    for (article_id, _), key in out.items():
        if key.startswith("PERSON:") and " " in key:
            people[article_id].add(key)
    given = given_name_links(people)
    for _ in range(3):  # "Chris" -> "Christoph" -> "Christopher"
        out = _relinked(out, given)
    honoured = {out[pair] for pair, names in texts.items() if _with_honorific(names)}
    out = _relinked(out, person_links(_mention_counts(out, counts), honoured))
    out = _relinked(out, acronym_links(_texts_by_key(out, texts)))
    out = _relinked(out, _plural_links(set(out.values())))
    out = _relinked(out, _department_links(set(out.values())))
    out = _relinked(out, _label_links(_mention_counts(out, counts)))
    return _relinked(out, _company_links(_texts_by_key(out, texts)))


Keys = dict[tuple[str, str], str]


def _relinked(keys: Keys, links: dict[str, str]) -> Keys:
    return {pair: links.get(key, key) for pair, key in keys.items()}


def _texts_by_key(keys: Keys, texts: dict[tuple[str, str], set[str]]) -> dict[str, set[str]]:
    """Story key -> every way the articles wrote it."""
    out: dict[str, set[str]] = defaultdict(set)
    for pair, key in keys.items():
        out[key] |= texts[pair]
    return out


def _mention_counts(keys: Keys, counts: Counter[tuple[str, str]]) -> Counter[str]:
    """Mentions per story key."""
    total: Counter[str] = Counter()
    for pair, key in keys.items():
        total[key] += counts[pair]
    return total


def _surname_links(
    local: list[tuple[str, str]], titled: set[tuple[str, str]]
) -> dict[tuple[str, str], str]:
    """A surname-only person ("PERSON:trump") joins the story's one full name ending with
    it, or starting with it: a surname in East Asian order ("President Xi" -> "Xi
    Jinping", known by the title before it), or a given name in an article that names
    the family ("Arthur Wagner, whose wife, Betty" -> "Betty Wagner"). A lone given name
    without either ("his bride, Hilary") is as likely someone else of that name."""
    full = sorted({k for _, k in local if k.startswith("PERSON:") and " " in k})
    family: dict[str, set[str]] = defaultdict(set)
    for article_id, key in local:
        if key.startswith("PERSON:"):
            family[article_id].add(key.split()[-1].split(":")[-1])
    out: dict[tuple[str, str], str] = {}
    for article_id, key in local:
        out[(article_id, key)] = key
        if key.startswith("PERSON:") and " " not in key:
            word = key.split(":", 1)[1]
            matches = [f for f in full if f.split(":", 1)[1].split()[-1] == word]
            if not matches:
                matches = [
                    f for f in full
                    if f.split(":", 1)[1].split()[0] == word
                    and ((article_id, key) in titled or f.split()[-1] in family[article_id])
                ]  # fmt: skip
            if len(matches) == 1:
                out[(article_id, key)] = matches[0]
    return out


def _spelled_alike(
    texts: dict[tuple[str, str], set[str]], counts: Counter[tuple[str, str]]
) -> dict[str, str]:
    """Person keys of names spelled alike but for hyphens and spaces ("Kim Dae-jung")."""
    forms: dict[str, set[str]] = defaultdict(set)
    total: Counter[str] = Counter()
    for pair, names in texts.items():
        forms[pair[1]] |= {strip_honorific(n) for n in names}
        total[pair[1]] += counts[pair]
    return spelling_links(forms, total)


def _with_honorific(texts: set[str]) -> bool:
    return any(strip_honorific(t) != t for t in texts)


def _countries_as_people(
    keys: Keys, counts: Counter[tuple[str, str]], titled: set[tuple[str, str]]
) -> Keys:
    """A lone "Mali" the tagger called a person in one article is the country the story
    names more often than any person of that name ("Landlocked Mali" at a sentence
    start). "Jordan" stays the player of a story that names Michael Jordan most."""
    total = _mention_counts(keys, counts)
    out: Keys = {}
    for pair in keys:
        label, name = pair[1].split(":", 1)
        code = country_of_name(name) if label == "PERSON" and " " not in name else None
        if code is None or pair in titled:
            continue
        people = sum(
            n for (_, local), n in counts.items()
            if local.startswith("PERSON:") and local.endswith(f" {name}")
        )  # fmt: skip
        if total[f"GPE:{code}"] > people:
            out[pair] = f"GPE:{code}"
    return out


def _after_title(text: str, start: int, mention: str) -> bool:
    """'Mr. Xi', 'President Xi': an honorific in the mention or a title word before it."""
    words = mention.split()
    if len(words) > 1 and words[0].lower() in HONORIFICS:
        return True
    before = text[max(0, start - 30) : start].split()
    return bool(before) and before[-1].lower() in TITLE_WORDS | HONORIFICS


def _name_words(
    keys: Keys, texts: dict[tuple[str, str], set[str]]
) -> dict[str, set[tuple[str, ...]]]:
    """Person story key -> the name words it was written with ("the president" left out)."""
    out: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for pair, key in keys.items():
        if not key.startswith("PERSON:"):
            continue
        for text in texts[pair]:
            if text[:1].isupper() and not text.lower().startswith("the "):
                out[key].add(tuple(w.lower() for w in name_units(person_words(text))))
    return dict(out)


def _company_links(texts_by_key: dict[str, set[str]]) -> dict[str, str]:
    """"Tyson" -> "Tyson Foods Inc.": a one-word organisation (or building, as the tagger
    often has it) is the one company of the story whose name starts with it, when that
    company is named with its legal suffix somewhere; "Samsung" beside "Samsung Account"
    stays apart, as nothing says the longer one is the company. Two such companies that
    differ only by a plural "s" are one, written two ways."""
    companies: dict[str, list[str]] = defaultdict(list)
    for key, texts in texts_by_key.items():
        name = key.split(":", 1)[1]
        if key.startswith("ORG:") and " " in name and any(map(has_corporate_suffix, texts)):
            companies[name.split()[0]].append(key)
    links: dict[str, str] = {}
    for first, keys in companies.items():
        if len(keys) > 1 and len({_singular_words(k) for k in keys}) == 1:
            # "Netscape Communication Corp." beside "Netscape Communications Corp."
            main = max(sorted(keys), key=lambda k: len(texts_by_key[k]))
            links |= {k: main for k in keys if k != main}
            companies[first] = [main]
    for key in texts_by_key:
        label, name = key.split(":", 1)
        if label in ("ORG", "FAC") and " " not in name and len(companies.get(name, [])) == 1:
            links[key] = companies[name][0]
    return links


def _singular_words(key: str) -> str:
    return " ".join(w.removesuffix("s") for w in key.split())


def _plural_links(keys: set[str]) -> dict[str, str]:
    """"NORP:muslims" -> "NORP:muslim", "NORP:republicans" -> "NORP:republican": a group
    and its members' adjective or singular are one entry when the story uses both."""
    return {
        k: k[:-1] for k in keys if k.startswith("NORP:") and k.endswith("s") and k[:-1] in keys
    }


# The tagger's labels for one name of several words: "the Asian Games" as an event and
# an organisation, "the Capital Beltway" as a place and an organisation.
def _department_links(keys: set[str]) -> dict[str, str]:
    """"ORG:chicago police" -> "ORG:chicago police department": a force or service named
    without the word "Department" the story also writes."""
    return {
        k: f"{k} department"
        for k in keys
        if k.startswith("ORG:") and " " in k and f"{k} department" in keys
    }


_LABEL_FAMILIES = ({"ORG", "FAC", "EVENT", "GPE", "LOC"},)
_ANY_LABEL = {"PERSON", "ORG", "FAC", "GPE", "LOC", "NORP"}


def _label_links(mentions: Counter[str]) -> dict[str, str]:
    """"FAC:white house" -> "ORG:white house" when the ORG form is mentioned more: the
    small tagger labels one name differently from sentence to sentence ("Asian Games" an
    event, then an organisation; "Capital Beltway" a place, then an organisation). A
    one-word name left unresolved ("Chimerix" as PERSON, then GPE; a shuttle "Endeavour" as ORG, GPE
    and NORP) is one entity whatever the labels: people of the story were already
    joined to their full names, so a lone word under two labels is one thing mislabelled.
    The label mentioned most wins, but never PERSON over a thing: a word the story never
    gives a first name and the tagger also calls a place or an organisation is one
    ("Hamas says ..." at a live blog's line start reads as a person to it)."""
    by_name: dict[tuple[int, str], list[str]] = defaultdict(list)
    for key in mentions:
        label, name = key.split(":", 1)
        if name.isupper():  # "GPE:CHN", a country resolved to its code
            continue
        families = [f for f, labels in enumerate(_LABEL_FAMILIES) if label in labels]
        if " " not in name and label in _ANY_LABEL:
            families = [len(_LABEL_FAMILIES)]
        for family in families:
            by_name[(family, name)].append(key)
    links: dict[str, str] = {}
    for keys in by_name.values():
        if len(keys) > 1:
            main = max(
                sorted(keys), key=lambda k: (not k.startswith("PERSON:"), mentions[k])
            )
            links |= {k: main for k in keys if k != main}
    return links


def resolve_entities(story: StoryInput) -> list[Entity]:
    """Canonical entities of the story, most mentioned first (ties by name)."""
    keys = story_keys(story)
    groups: dict[str, list[Mention]] = defaultdict(list)
    for article in story.articles:
        for m in story.analyses[article.id].mentions:
            if m.entity_key:
                groups[keys[(article.id, m.entity_key)]].append(m)
    descriptions = _descriptions(story, keys)
    entities = [
        _entity(story, key, items, descriptions.get(key, [])) for key, items in groups.items()
    ]
    terms = _defined_terms(story)
    entities = [
        e for e in entities
        if not _self_reference(story, e) and not {e.name, *e.aliases} <= terms
    ]  # fmt: skip
    entities.sort(key=lambda e: (-e.mention_count, e.name, e.id))
    return entities


def _defined_terms(story: StoryInput) -> set[str]:
    """Initials an article defined as a term ("acute flaccid myelitis (AFM)"): the
    mentions step left them without a key, and the story's other "AFM"s are no entity."""
    return {
        m.text
        for a in story.articles
        for m in story.analyses[a.id].mentions
        if m.entity_key is None and m.text.isupper()
    }


def _self_reference(story: StoryInput, entity: Entity) -> bool:
    """An outlet naming itself ("told ThinkProgress", "the Ledger reported")."""
    return entity.type == "ORG" and names_itself(
        [entity.name, *entity.aliases], story.outlets(list(entity.mentions_by_article))
    )


def entity_index(story: StoryInput) -> EntityIndex:
    """Map each article's within-article keys to the story entity ids."""
    return {pair: entity_id(key) for pair, key in story_keys(story).items()}


def entity_id(story_key: str) -> str:
    return "e-" + hashlib.sha1(story_key.encode()).hexdigest()[:10]


def _entity(story: StoryInput, key: str, items: list[Mention], descriptions: list[str]) -> Entity:
    label = key.split(":", 1)[0]
    labels = Counter(m.label for m in items)
    etype = label if label in labels or label in ("GPE", "PERSON") else labels.most_common(1)[0][0]
    country = _country(key, items)
    name = _name(key, items, country)
    by_article = Counter(m.article_id for m in items)
    by_outlet: Counter[str] = Counter()
    for aid, n in by_article.items():
        by_outlet[story.outlet(aid)] += n
    aliases = sorted({m.text for m in items} - {name})
    return Entity(
        id=entity_id(key), name=name, type=etype,  # type: ignore[arg-type]
        aliases=aliases, descriptions=descriptions, country=country,
        mention_count=len(items),
        mentions_by_article=dict(sorted(by_article.items())),
        mentions_by_outlet=dict(sorted(by_outlet.items())),
        mentions=[Span(article_id=m.article_id, start=m.start, end=m.end) for m in items],
    )  # fmt: skip


def _name(key: str, items: list[Mention], country: str | None) -> str:
    if key.startswith("GPE:") and country and len(key) == 7:
        return country_name(country)
    names = [strip_honorific(m.text) for m in items if not m.text.lower().startswith("the ")]
    names = [n for n in names if n[:1].isupper()] or [m.text for m in items]
    if key.startswith("PERSON:"):
        # as a person ("Norodom Ranariddh"), not as tagged a thing ("Prince Norodom ...")
        # unless the thing only adds a given name to a surname ("Benicio" to "Mr. Del Toro")
        tagged = {strip_honorific(m.text) for m in items if m.label == "PERSON"}
        surnames = {strip_honorific(m.text) for m in items if strip_honorific(m.text) != m.text}
        known = max((t.count(" ") for t in tagged), default=0)
        fuller = {
            n for n in names
            if n.split()[0].lower() not in TITLE_WORDS
            and any(
                n.endswith(" " + t) and n.count(" ") == t.count(" ") + 1 > known
                for t in surnames
            )
        }  # fmt: skip
        return max(sorted(set(names) & tagged | fuller or set(names)), key=len)
    keyed = key.split(":", 1)[1]  # an acronym's group is keyed by the name it abbreviates
    spelled = [without_the(m.text) for m in items if name_key(m.text) == keyed]
    if spelled:
        names = [n for n in names if name_key(n) == keyed] or spelled
    elif key.startswith("GPE:") and (state := state_name(keyed)):
        return state  # "Richmond, Calif." names California
    counts = Counter(without_the(n) for n in names)
    return sorted(counts.items(), key=lambda kv: (_shouted(kv[0], counts), -kv[1], kv[0]))[0][0]


def _shouted(name: str, counts: Counter[str]) -> bool:
    """An all-capitals form (a dateline's 'WASHINGTON') when the article also writes the
    name in normal case; acronyms ('NATO') have no such variant and keep their form."""
    return name.isupper() and any(o != name and o.upper() == name for o in counts)


def _country(key: str, items: list[Mention]) -> str | None:
    """ISO-3 affiliation: the country itself, a demonym's country, or a title's demonym."""
    if key.startswith("GPE:") and len(key) == 7 and key[4:].isupper():
        return key[4:]
    if key.startswith("NORP:"):
        return country_of_demonym(key[5:])
    if key.startswith("GPE:"):  # a country, or a capital's country ('Beijing' -> CHN)
        return country_of_name(key[4:]) or country_of_capital(key[4:])
    votes: Counter[str] = Counter()
    for m in items:
        for word in m.text.replace("’s", "").split():
            code = country_of_demonym(word) if word[:1].isupper() else None
            if code:
                votes[code] += 1
    return votes.most_common(1)[0][0] if votes else None


def _descriptions(story: StoryInput, keys: dict[tuple[str, str], str]) -> dict[str, list[str]]:
    """Roles as the articles give them: speaker descriptions and title-only references."""
    out: dict[str, list[str]] = defaultdict(list)
    for article in story.articles:
        analysis = story.analyses[article.id]
        found: list[tuple[str, str]] = []
        for q in analysis.quotes:
            if q.speaker_key and q.speaker_description:
                found.append((q.speaker_key, q.speaker_description))
        for m in analysis.mentions:
            if m.entity_key and m.label == "PERSON" and m.text.lower().startswith("the "):
                found.append((m.entity_key, m.text[4:]))
        for local, text in found:
            story_key = keys.get((article.id, local), local)
            if text not in out[story_key]:
                out[story_key].append(text)
    return dict(out)
