"""The DuckDB store: what goes in comes back out, once, with provenance; queries work."""

from __future__ import annotations

import datetime as dt

import duckdb
import pytest

from dossier.corpus.store import Placement, Store
from dossier.model import (
    Article,
    ArticleAnalysis,
    Event,
    Mention,
    Quote,
    Sentence,
    Skipped,
    TimeExpression,
)

TEXT_A = "Mayor Ana Ruiz said the bridge will reopen on Friday. Engineers found cracks."
TEXT_B = "Engineers inspected the old bridge again. Ruiz promised repairs before winter."


def _pair(article_id: str, text: str) -> tuple[Article, ArticleAnalysis]:
    article = Article(id=article_id, text=text, title=f"Bridge {article_id}", outlet="Ledger",
                      published=dt.date(2024, 5, 2))
    start = text.index("Ruiz")
    analysis = ArticleAnalysis(
        article_id=article_id,
        sentences=[Sentence(start=0, end=text.index(".") + 1)],
        mentions=[Mention(article_id=article_id, start=start, end=start + 4, text="Ruiz",
                          label="PERSON", entity_key="PERSON:ruiz")],
        quotes=[Quote(article_id=article_id, start=start + 10, end=len(text) - 1,
                      text=text[start + 10 : -1], kind="indirect", cue="said",
                      speaker="Ana Ruiz", speaker_text="Ruiz")],
        time_expressions=[TimeExpression(article_id=article_id, start=0, end=6, text="Friday",
                                         type="DATE", value="2024-05-03",
                                         anchor=dt.date(2024, 5, 2), tense="future")],
        events=[Event(article_id=article_id, start=0, end=10, source_actor="USAGOV",
                      action="promised", cameo_code="030", cameo_name="Express intent",
                      root_code="03", goldstein=4.0, quad_class=1)],
        pipeline={"spacy": "test-1"},
    )
    return article, analysis


def test_round_trip_returns_every_row_with_its_provenance(tmp_path) -> None:
    a, an = _pair("a1", TEXT_A)
    with Store(tmp_path / "c.duckdb") as store:
        assert store.write_batch([(a, an, Placement(story_id="s1"))]) == 1
    with Store(tmp_path / "c.duckdb", read_only=True) as store:
        (back, story_id), = list(store.iter_articles())
        assert back == a and story_id == "s1"
        assert store.analyses(["a1"])["a1"] == an
        assert store.stories()[0].size == 1


def test_same_article_twice_is_stored_once(tmp_path) -> None:
    a, an = _pair("a1", TEXT_A)
    b, bn = _pair("b2", TEXT_B)
    with Store(tmp_path / "c.duckdb") as store:
        store.write_batch([(a, an, Placement("s1"))])
        assert store.write_batch([(a, an, Placement("s1")), (b, bn, Placement("s1"))]) == 1
        assert store.count("articles") == 2
        assert store.count("mentions") == 2
        assert store.stories()[0].size == 2


def test_failed_batch_leaves_nothing_behind(tmp_path) -> None:
    a, an = _pair("a1", TEXT_A)
    bad = ArticleAnalysis(article_id="a1")
    with Store(tmp_path / "c.duckdb") as store:
        with pytest.raises((duckdb.Error, TypeError, ValueError)):
            store.write_batch([(a, an, Placement("s1"))], skipped=[Skipped(path="x", problem="y")],
                              story_keywords={"s1": object()})  # type: ignore[dict-item]
        assert store.count("articles") == 0 and store.count("mentions") == 0
        assert store.count("skipped") == 0
        assert store.write_batch([(a, bad, Placement("s1"))]) == 1


def test_queries_search_entities_quotes_and_parquet(tmp_path) -> None:
    with Store(tmp_path / "c.duckdb") as store:
        store.write_batch([(*_pair("a1", TEXT_A), Placement("s1")),
                           (*_pair("b2", TEXT_B), Placement("s1"))])
        hits = store.search("reopen Friday")
        assert [h[0] for h in hits] == ["a1"]
        assert {h[0] for h in store.search("engineers bridge")} == {"a1", "b2"}
        assert store.search("tunnel") == []
        assert {m.article_id for m in store.entities("ruiz")} == {"a1", "b2"}
        assert all(q.speaker == "Ana Ruiz" for q in store.quotes_by("ana"))
        assert store.quotes_by("nobody") == []
        paths = store.export_parquet(tmp_path / "pq")
    rows = duckdb.sql(f"SELECT count(*) FROM '{tmp_path / 'pq' / 'articles.parquet'}'").fetchall()
    assert rows == [(2,)]
    assert len(paths) >= 9
