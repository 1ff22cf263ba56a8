"""Batching of the spaCy pass: bounded by characters, invisible in the results."""

from __future__ import annotations

from dossier.analyze.pipeline import PARSE_BATCH_CHARS, analyze_many, parse_batches
from dossier.model import Article


def _article(i: int, chars: int) -> Article:
    return Article(id=f"a{i}", text="x" * chars)


def test_parse_batches_respect_count_and_character_limits_in_order():
    articles = [_article(i, n) for i, n in enumerate([10, 10, 10, 50, 10, 200, 10])]

    batches = list(parse_batches(articles, size=2, max_chars=60))

    assert [[a.id for a in b] for b in batches] == [
        ["a0", "a1"], ["a2", "a3"], ["a4"], ["a5"], ["a6"]]
    assert [a for b in batches for a in b] == articles  # every article once, in order


def test_a_batch_of_long_articles_is_parsed_in_pieces_with_the_same_results(korea_articles):
    # a long article (over the parse budget) between two ordinary ones: the batching
    # that bounds memory must not change what any article's analysis says
    paragraphs = "\n\n".join(a.text for a in korea_articles)
    long_text = paragraphs
    while len(long_text) <= PARSE_BATCH_CHARS:
        long_text += "\n\n" + paragraphs
    long_article = korea_articles[0].model_copy(update={"id": "long", "text": long_text})
    batch = [korea_articles[1], long_article, korea_articles[2]]
    assert len(list(parse_batches(batch, 16, PARSE_BATCH_CHARS))) == 3

    together = list(analyze_many(batch))
    alone = [next(analyze_many([article])) for article in batch]

    assert [a.article_id for a in together] == [a.id for a in batch]
    for got, expected in zip(together, alone, strict=True):
        assert got.model_dump() == expected.model_dump()
    assert len(together[1].sentences) > 3 * len(alone[0].sentences)
