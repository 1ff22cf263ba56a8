"""The DuckDB store: what goes in comes back out, once, with provenance; queries work."""

from __future__ import annotations

import datetime as dt

import duckdb
import pytest

from dossier.corpus.store import Placement, Store
from dossier.errors import InputError
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


def test_real_analyses_come_back_whole(tmp_path, korea_articles, korea_analyses) -> None:
    """Every field a briefing uses (a quote's pieces, cue and speaker spans and entity key;
    where an article's date came from) survives the store: a briefing from the store is
    the briefing from the files."""
    items = [(a, korea_analyses[a.id], Placement("s1")) for a in korea_articles]
    assert any(q.parts and q.speaker_key for _, an, _ in items for q in an.quotes)
    with Store(tmp_path / "c.duckdb") as store:
        store.write_batch(items)
    with Store(tmp_path / "c.duckdb", read_only=True) as store:
        assert [a for a, _ in store.iter_articles()] == korea_articles
        back = store.analyses([a.id for a in korea_articles])
    for article in korea_articles:
        original = korea_analyses[article.id]
        assert back[article.id].quotes == original.quotes
        assert back[article.id] == original


def _as_schema_1(path) -> None:
    con = duckdb.connect(str(path))
    for column in ("date_source", "removed_lines"):
        con.execute(f"ALTER TABLE articles DROP COLUMN {column}")
    for column in ("cue_start", "cue_end", "speaker_start", "speaker_end", "speaker_key",
                   "parts"):
        con.execute(f"ALTER TABLE quotes DROP COLUMN {column}")
    con.execute("UPDATE meta SET value = '1' WHERE key = 'schema'")
    con.close()


def test_a_schema_1_store_is_upgraded_when_written_and_refused_read_only(tmp_path) -> None:
    path = tmp_path / "old.duckdb"
    a, an = _pair("a1", TEXT_A)
    with Store(path) as store:
        store.write_batch([(a, an, Placement("s1"))])
    _as_schema_1(path)
    with pytest.raises(InputError, match=r"schema 1.*dossier ingest"):
        Store(path, read_only=True)
    b, bn = _pair("b2", TEXT_B)
    bn.quotes[0].parts = [(bn.quotes[0].start, bn.quotes[0].start + 5)]
    with Store(path) as store:
        assert store.write_batch([(b, bn, Placement("s1"))]) == 1
    with Store(path, read_only=True) as store:
        back = store.analyses(["a1", "b2"])
    assert back["b2"] == bn and back["a1"].quotes[0].text == an.quotes[0].text
