"""The faster attribute ruler and lemmatizer must annotate exactly as spaCy's own."""

from __future__ import annotations

import pytest
import spacy

from dossier.analyze.fastpipes import FastAttributeRuler, FastLemmatizer
from dossier.analyze.nlp import load_nlp, load_unaccelerated

# Spellings that exercise the ruler's multi-token, regex and NOT_IN rules
# ("ai n't", "gon na", "y' all", "there 's", auxiliaries, determiners, spaces).
TRICKY = [
    "He ain't gonna wait, and y'all can't make him. Let's go! C'mon, there's nothin' left.",
    "There were    three of them.\n\nGot ta run; she's been told what to do, hasn't she?",
    "Which one? That one: the one that all of them wanted, whatever it costs.",
    "",
]


def _annotations(doc: spacy.tokens.Doc) -> list[tuple]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in doc]


@pytest.fixture(scope="module")
def stock() -> spacy.language.Language:
    return load_unaccelerated()


def test_pipeline_uses_the_fast_components_under_spacys_names() -> None:
    nlp = load_nlp()
    assert isinstance(nlp.get_pipe("attribute_ruler"), FastAttributeRuler)
    assert isinstance(nlp.get_pipe("lemmatizer"), FastLemmatizer)


def test_fast_components_annotate_exactly_like_spacy(korea_articles, stock) -> None:
    texts = [a.text for a in korea_articles] + TRICKY
    ours = list(load_nlp().pipe(texts))
    theirs = list(stock.pipe(texts))
    for mine, reference in zip(ours, theirs, strict=True):
        assert _annotations(mine) == _annotations(reference)
    # the tricky spellings did reach the rules that are not plain tag lookups
    tricky = ours[-len(TRICKY)]
    assert [t.lemma_ for t in tricky if t.lower_ in {"ai", "gon", "na"}] == ["be", "go", "to"]
