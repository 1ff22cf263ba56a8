"""A two-word name that ends the longer name of one person: "Alexander Volkov" in one
article is the "Cyril Alexander Volkov" of another, "Kristene Chapa" the "Mary Kristene
Chapa" of the same article, "Del Toro" the "Benicio Del Toro" of a review.

People go by a middle name and surnames run over two words, while the within-article
keys keep only the first and last word ("PERSON:cyril volkov"), so such forms stay apart
unless their words are compared. The short form joins only when exactly one longer name
of the story ends with both its words, and when no article names both: "Stephen
Humphrey Bogart" beside "Humphrey Bogart" is the son beside the father.
"""

from __future__ import annotations

from collections import defaultdict


def longer_name_links(
    words_by_key: dict[str, set[tuple[str, ...]]], keys_by_article: dict[str, set[str]]
) -> dict[str, str]:
    """"PERSON:alexander volkov" -> "PERSON:cyril volkov" over the name words each person
    key was written with (lowercased, honorific and "Jr." dropped) and the person keys
    of each article."""
    together = {(a, b) for keys in keys_by_article.values() for a in keys for b in keys}
    endings: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for key, forms in words_by_key.items():
        for words in forms:
            if len(words) >= 3:
                endings[words[-2:]].add(key)
    links: dict[str, str] = {}
    for key, forms in sorted(words_by_key.items()):
        if any(len(words) >= 3 for words in forms):
            continue  # itself written in full somewhere
        tails = {words for words in forms if len(words) == 2}
        if len(tails) != 1:
            continue
        fits = endings.get(tails.pop(), set()) - {key}
        if len(fits) == 1 and (key, next(iter(fits))) not in together:
            links[key] = fits.pop()
    return links
