"""Two forms of one person's given name: "Jeff Chapa" in one article is the "Jeffrey
Chapa" of another, "Bill Clinton" the "William Clinton" of a formal mention.

A short form joins a longer one only when it is a prefix of it (three letters at least)
or a common English hypocorism, when exactly one full name of the story with the same
surname fits, and when no article uses both (an article that names "Dan Ruiz" and
"Danielle Ruiz" is telling two relatives apart). A hypocorism is the exception: no one
names a brother "Steve" beside a "Stephen", so "Stephen Lane Vogelsang, ..., Steve
Vogelsang" in one article is one man.
"""

from __future__ import annotations

from collections import defaultdict

_HYPOCORISMS = {
    "bill": {"william"}, "will": {"william"}, "billy": {"william"},
    "bob": {"robert"}, "bobby": {"robert"}, "rob": {"robert"},
    "dick": {"richard"}, "rick": {"richard"}, "rich": {"richard"},
    "jim": {"james"}, "jimmy": {"james"}, "mike": {"michael"}, "tom": {"thomas"},
    "joe": {"joseph"}, "ted": {"edward"}, "ed": {"edward"}, "tony": {"anthony"},
    "jack": {"john"}, "chuck": {"charles"}, "hank": {"henry"}, "larry": {"lawrence"},
    "jerry": {"gerald", "jerome"}, "steve": {"stephen", "steven"},
    "liz": {"elizabeth"}, "beth": {"elizabeth"}, "betty": {"elizabeth"},
    "peggy": {"margaret"}, "meg": {"margaret"}, "kate": {"katherine", "catherine"},
    "sue": {"susan"}, "nick": {"nicholas"}, "andy": {"andrew"}, "pete": {"peter"},
    "dave": {"david"}, "chris": {"christopher"}, "matt": {"matthew"}, "sam": {"samuel"},
}  # fmt: skip


def _short_for(short: str, full: str) -> bool:
    if full in _HYPOCORISMS.get(short, ()):
        return True
    return len(short) >= 3 and len(full) > len(short) and full.startswith(short)


def given_name_links(keys_by_article: dict[str, set[str]]) -> dict[str, str]:
    """"PERSON:jeff chapa" -> "PERSON:jeffrey chapa" over each article's full-name keys
    (``PERSON:first last``, lowercased)."""
    together = {(a, b) for keys in keys_by_article.values() for a in keys for b in keys}
    by_surname: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for key in sorted(set().union(*keys_by_article.values())):
        words = key.split(":", 1)[1].split()
        if len(words) >= 2:
            by_surname[words[-1]].append((words[0], key))
    links: dict[str, str] = {}
    for people in by_surname.values():
        for first, key in people:
            fits = {
                k
                for f, k in people
                if k != key
                and _short_for(first, f)
                and ((key, k) not in together or f in _HYPOCORISMS.get(first, ()))
            }
            if len(fits) == 1:
                links[key] = fits.pop()
    return links
