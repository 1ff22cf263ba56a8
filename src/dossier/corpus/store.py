"""The DuckDB corpus store: one embedded file holding articles, their analyses and stories.

Why DuckDB: a single file a laptop user can copy, columnar scans for corpus statistics,
and Parquet export for pandas / Spark users. Every table that holds an extracted item
carries ``article_id`` and a character span ``[start_char, end_char)`` into
``articles.text`` (provenance). The full reference is ``docs/store.md``.

Schema (version ``STORE_SCHEMA``)::

    meta(key PK, value)                      schema version, cluster settings
    articles(id PK, seq, title, outlet, published, url, author, wire, source_path,
             text, word_count, story_id, duplicate_of, duplicate_kind,
             duplicate_similarity, pipeline JSON, ingested_at, date_source,
             removed_lines[])
    sentences(article_id, idx, start_char, end_char)
    mentions(article_id, start_char, end_char, text, label, entity_key)
    quotes(article_id, start_char, end_char, text, kind, cue, speaker, speaker_text,
           speaker_description, confidence, cue_start, cue_end, speaker_start,
           speaker_end, speaker_key, parts[][2], antecedent_start, antecedent_end)
    time_expressions(article_id, start_char, end_char, text, type, value, anchor, tense,
                     uncertain)
    events(article_id, start_char, end_char, date, source_actor, source_text,
           target_actor, target_text, action, cameo_code, cameo_name, root_code,
           goldstein, quad_class, location, status, confidence)      flat, GDELT-like
    stories(id PK, headline, size, independent_sources, outlets, first_date, last_date,
            keywords)
    terms(term, article_id, tf)              inverted index behind ``search``
    skipped(path, problem, seen_at)          bad records, reported and kept for audit

Atomicity: ``write_batch`` stores a batch of articles and every row derived from them in
one transaction; ``articles.id`` is the primary key. So after any interruption the set of
ids in ``articles`` is exactly what was stored, and resuming skips just those.

A store of an older schema is upgraded in place when opened for writing (columns are
only ever added, at the end of a table); read-only it is refused with that advice.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pyarrow as pa

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

__all__ = ["STORE_SCHEMA", "Placement", "Store", "search_terms"]

STORE_SCHEMA = "2"

_DDL = """
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY, seq BIGINT NOT NULL, title VARCHAR, outlet VARCHAR,
    published DATE, url VARCHAR, author VARCHAR, wire VARCHAR, source_path VARCHAR,
    text VARCHAR NOT NULL, word_count INTEGER, story_id VARCHAR, duplicate_of VARCHAR,
    duplicate_kind VARCHAR, duplicate_similarity DOUBLE, pipeline VARCHAR,
    ingested_at TIMESTAMP, date_source VARCHAR, removed_lines VARCHAR[]);
CREATE TABLE IF NOT EXISTS sentences (
    article_id VARCHAR, idx INTEGER, start_char INTEGER, end_char INTEGER);
CREATE TABLE IF NOT EXISTS mentions (
    article_id VARCHAR, start_char INTEGER, end_char INTEGER, text VARCHAR, label VARCHAR,
    entity_key VARCHAR);
CREATE TABLE IF NOT EXISTS quotes (
    article_id VARCHAR, start_char INTEGER, end_char INTEGER, text VARCHAR, kind VARCHAR,
    cue VARCHAR, speaker VARCHAR, speaker_text VARCHAR, speaker_description VARCHAR,
    confidence DOUBLE, cue_start INTEGER, cue_end INTEGER, speaker_start INTEGER,
    speaker_end INTEGER, speaker_key VARCHAR, parts INTEGER[][], antecedent_start INTEGER,
    antecedent_end INTEGER);
CREATE TABLE IF NOT EXISTS time_expressions (
    article_id VARCHAR, start_char INTEGER, end_char INTEGER, text VARCHAR, type VARCHAR,
    value VARCHAR, anchor DATE, tense VARCHAR, uncertain BOOLEAN);
CREATE TABLE IF NOT EXISTS events (
    article_id VARCHAR, start_char INTEGER, end_char INTEGER, date VARCHAR,
    source_actor VARCHAR, source_text VARCHAR, target_actor VARCHAR, target_text VARCHAR,
    action VARCHAR, cameo_code VARCHAR, cameo_name VARCHAR, root_code VARCHAR,
    goldstein DOUBLE, quad_class INTEGER, location VARCHAR, status VARCHAR,
    confidence DOUBLE);
CREATE TABLE IF NOT EXISTS stories (
    id VARCHAR PRIMARY KEY, headline VARCHAR, size INTEGER, independent_sources INTEGER,
    outlets VARCHAR[], first_date DATE, last_date DATE, keywords VARCHAR[]);
CREATE TABLE IF NOT EXISTS terms (term VARCHAR, article_id VARCHAR, tf INTEGER);
CREATE TABLE IF NOT EXISTS skipped (path VARCHAR, problem VARCHAR, seen_at TIMESTAMP);
"""

# Columns added since schema 1, in table order: what upgrading a schema-1 store adds.
_ADDED_IN_2 = {
    "articles": ["date_source VARCHAR", "removed_lines VARCHAR[]"],
    "quotes": [
        "cue_start INTEGER", "cue_end INTEGER", "speaker_start INTEGER", "speaker_end INTEGER",
        "speaker_key VARCHAR", "parts INTEGER[][]", "antecedent_start INTEGER",
        "antecedent_end INTEGER",
    ],
}  # fmt: skip

_QUOTE_COLUMNS = (
    "article_id, start_char, end_char, text, kind, cue, speaker, speaker_text, "
    "speaker_description, confidence, cue_start, cue_end, speaker_start, speaker_end, "
    "speaker_key, parts, antecedent_start, antecedent_end"
)
"""``quotes`` columns as rows are built and read: named, so a store upgraded in place
whose columns sit in another order still reads and writes the right ones."""

TABLES = [
    "articles", "sentences", "mentions", "quotes", "time_expressions", "events", "stories",
    "terms", "skipped", "meta",
]

_TERM = re.compile(r"\w+")


def search_terms(text: str) -> list[str]:
    """Lower-cased word tokens, as indexed in ``terms`` and looked up by ``search``."""
    return [t for t in _TERM.findall(text.casefold()) if len(t) > 1]


@dataclass(frozen=True)
class Placement:
    """Where the corpus stage put one article: its story and what it duplicates."""

    story_id: str | None = None
    duplicate_of: str | None = None
    duplicate_kind: str | None = None
    duplicate_similarity: float | None = None


@dataclass(frozen=True)
class StorySummary:
    id: str
    headline: str | None
    size: int
    independent_sources: int
    outlets: list[str]
    first_date: dt.date | None
    last_date: dt.date | None
    keywords: list[str]


MEMORY_LIMIT = "256MB"
"""DuckDB's buffer pool otherwise may grow to 80 % of RAM as the store grows; beyond this
it spills to disk, so a long ingest keeps a bounded footprint."""


class Store:
    """A DuckDB corpus file. Use as a context manager; one writer at a time."""

    def __init__(self, path: str | Path, read_only: bool = False) -> None:
        self.path = Path(path)
        self._seq: int | None = None
        try:
            self.con = duckdb.connect(
                str(self.path), read_only=read_only, config={"memory_limit": MEMORY_LIMIT}
            )
        except duckdb.Error as exc:  # not a DuckDB file, or another process writes to it
            problem = str(exc).splitlines()[0].removeprefix("IO Error: ")
            raise InputError(str(self.path), f"cannot open the store: {problem}") from None
        schema = self._schema()
        if not read_only:
            if schema == "1":
                self._upgrade_from_1()
            elif schema not in (None, STORE_SCHEMA):
                self.con.close()
                raise InputError(
                    str(self.path), f"store of schema {schema}, newer than this Dossier's "
                    f"{STORE_SCHEMA}: upgrade Dossier"
                )
            self.con.execute(_DDL)
            self.con.execute(
                "INSERT OR REPLACE INTO meta VALUES ('schema', ?)", [STORE_SCHEMA]
            )
            return
        if schema != STORE_SCHEMA:
            self.con.close()
            found = "no Dossier tables" if schema is None else f"schema {schema}"
            advice = "; open it for writing once (dossier ingest) to upgrade" * (schema == "1")
            raise InputError(
                str(self.path), f"not a Dossier store of schema {STORE_SCHEMA} ({found}){advice}"
            )

    def _schema(self) -> str | None:
        try:
            row = self._one("SELECT value FROM meta WHERE key = 'schema'")
        except duckdb.CatalogException:
            return None
        return str(row[0]) if row else None

    def _upgrade_from_1(self) -> None:
        """Schema 1 kept neither a quote's pieces, cue, speaker and antecedent spans nor an
        article's date source and removed lines; add those columns (empty for rows already
        stored)."""
        self.con.execute("BEGIN TRANSACTION")
        for table, columns in _ADDED_IN_2.items():
            for column in columns:
                self.con.execute(f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS {column}")
        self.con.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", [STORE_SCHEMA])
        self.con.execute("COMMIT")

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    # ---- writing -------------------------------------------------------------------

    def set_meta(self, key: str, value: str) -> None:
        self.con.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", [key, value])

    def get_meta(self, key: str) -> str | None:
        row = self._one("SELECT value FROM meta WHERE key = ?", [key])
        return row[0] if row else None

    def _one(self, sql: str, params: list[object] | None = None) -> tuple | None:
        """First row of a query, fully consumed (DuckDB refuses new work on an open result)."""
        rows = self.con.execute(sql, params or []).fetchall()
        return rows[0] if rows else None

    def stored_ids(self, ids: Iterable[str] | None = None) -> set[str]:
        """Ids already stored (all of them, or those among ``ids``)."""
        if ids is None:
            return {r[0] for r in self.con.execute("SELECT id FROM articles").fetchall()}
        wanted = list(dict.fromkeys(ids))
        if not wanted:
            return set()
        rows = self.con.execute(
            "SELECT id FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))", [wanted]
        ).fetchall()
        return {r[0] for r in rows}

    def count(self, table: str = "articles") -> int:
        if table not in TABLES:
            raise ValueError(f"unknown table {table!r}; tables: {', '.join(TABLES)}")
        row = self._one(f"SELECT count(*) FROM {table}")
        return int(row[0]) if row else 0

    def write_batch(
        self,
        items: Sequence[tuple[Article, ArticleAnalysis, Placement]],
        skipped: Sequence[Skipped] = (),
        story_keywords: dict[str, list[str]] | None = None,
    ) -> int:
        """Store articles with all their rows in one transaction; return how many were new.

        Articles whose id is already stored are left alone (idempotent ingest).
        """
        self.con.execute("BEGIN TRANSACTION")
        try:
            present = self.stored_ids(a.id for a, _, _ in items)
            fresh = []
            seen: set[str] = set()
            for item in items:
                if item[0].id not in present and item[0].id not in seen:
                    seen.add(item[0].id)
                    fresh.append(item)
            if fresh:
                self._insert_rows(fresh)
                touched = {p.story_id for _, _, p in fresh if p.story_id}
                self._refresh_stories(touched, story_keywords or {})
            now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
            for skip in skipped:
                self.con.execute(
                    "INSERT INTO skipped VALUES (?, ?, ?)", [skip.path, skip.problem, now]
                )
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            self._seq = None  # the rolled-back batch did not take its numbers
            raise
        return len(fresh)

    def last_article(self) -> tuple[int, str] | None:
        """(seq, id) of the article stored last, or None for an empty store."""
        row = self._one("SELECT seq, id FROM articles ORDER BY seq DESC LIMIT 1")
        return (int(row[0]), str(row[1])) if row else None

    def article_at(self, seq: int) -> str | None:
        """Id of the article stored with sequence number ``seq``."""
        row = self._one("SELECT id FROM articles WHERE seq = ?", [seq])
        return str(row[0]) if row else None

    def _next_seq(self) -> int:
        """Next ingest sequence number, read from the table once per connection (a
        ``max(seq)`` per batch scanned a column that grows with the corpus)."""
        if self._seq is None:
            row = self._one("SELECT coalesce(max(seq), -1) FROM articles")
            self._seq = int(row[0]) + 1 if row else 0
        return self._seq

    def _insert_rows(self, items: Sequence[tuple[Article, ArticleAnalysis, Placement]]) -> None:
        seq = self._next_seq()
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        articles, sentences, mentions, quotes, timexes, events = ([] for _ in range(6))
        term_ids: list[str] = []
        term_words: list[str] = []
        term_tfs: list[int] = []
        for offset, (a, an, p) in enumerate(items):
            articles.append((
                a.id, seq + offset, a.title, a.outlet, a.published, a.url, a.author, a.wire,
                a.source_path, a.text, a.word_count, p.story_id, p.duplicate_of,
                p.duplicate_kind, p.duplicate_similarity, json.dumps(an.pipeline, sort_keys=True),
                now, a.date_source, a.removed_lines,
            ))
            sentences += [(a.id, i, s.start, s.end) for i, s in enumerate(an.sentences)]
            mentions += [
                (a.id, m.start, m.end, m.text, m.label, m.entity_key) for m in an.mentions
            ]
            quotes += [
                (a.id, q.start, q.end, q.text, q.kind, q.cue, q.speaker, q.speaker_text,
                 q.speaker_description, q.confidence, q.cue_start, q.cue_end, q.speaker_start,
                 q.speaker_end, q.speaker_key, [list(p) for p in q.parts], q.antecedent_start,
                 q.antecedent_end)
                for q in an.quotes
            ]
            timexes += [
                (a.id, t.start, t.end, t.text, t.type, t.value, t.anchor, t.tense, t.uncertain)
                for t in an.time_expressions
            ]
            events += [
                (a.id, e.start, e.end, e.date, e.source_actor, e.source_text, e.target_actor,
                 e.target_text, e.action, e.cameo_code, e.cameo_name, e.root_code, e.goldstein,
                 e.quad_class, e.location, e.status, e.confidence)
                for e in an.events
            ]
            counts = Counter(search_terms(f"{a.title or ''} {a.text}"))
            term_words.extend(counts.keys())
            term_tfs.extend(counts.values())
            term_ids.extend([a.id] * len(counts))
        self._append("articles", 19, articles)
        self._seq = seq + len(articles)
        self._append("sentences", 4, sentences)
        self._append("mentions", 6, mentions)
        self._append("quotes", 18, quotes, _QUOTE_COLUMNS)
        self._append("time_expressions", 9, timexes)
        self._append("events", 17, events)
        if term_words:  # columns built directly: ~400 terms an article, no row tuples
            batch = pa.table({"term": term_words, "article_id": term_ids, "tf": term_tfs})
            self.con.register("_terms_batch", batch)
            self.con.execute(
                "INSERT INTO terms SELECT term, article_id, tf FROM _terms_batch"
            ).fetchall()
            self.con.unregister("_terms_batch")

    def _append(self, table: str, width: int, rows: list[tuple], names: str = "") -> None:
        """Bulk insert through Arrow: one statement per table per batch, not one per row;
        into the columns ``names`` (comma-separated) when given, else in table order."""
        if not rows:
            return
        columns = list(zip(*rows, strict=True))
        assert len(columns) == width
        batch = pa.table({f"c{i}": pa.array(list(col)) for i, col in enumerate(columns)})
        self.con.register("_batch", batch)
        try:
            into = f"{table} ({names})" if names else table
            self.con.execute(f"INSERT INTO {into} SELECT * FROM _batch").fetchall()
        finally:
            self.con.unregister("_batch")

    def _refresh_stories(self, story_ids: set[str], keywords: dict[str, list[str]]) -> None:
        """Recompute the touched stories' rows with one grouped query per batch (one query
        per story scanned ``articles`` once per story and grew with the corpus)."""
        if not story_ids:
            return
        wanted = sorted(story_ids)
        rows = self.con.execute(
            """
            SELECT story_id, count(*),
                   count(DISTINCT CASE WHEN duplicate_of IS NULL
                                       THEN coalesce(wire, outlet, id) END),
                   list_sort(list_distinct(list(outlet) FILTER (outlet IS NOT NULL))),
                   min(published), max(published),
                   arg_min(coalesce(title, left(text, 120)), seq)
            FROM articles WHERE story_id IN (SELECT unnest(?::VARCHAR[]))
            GROUP BY story_id
            """,
            [wanted],
        ).fetchall()
        missing = [sid for sid in wanted if sid not in keywords]
        old: dict[str, list[str]] = {}
        if missing:
            old = {
                sid: list(kept) if kept else []
                for sid, kept in self.con.execute(
                    "SELECT id, keywords FROM stories WHERE id IN (SELECT unnest(?::VARCHAR[]))",
                    [missing],
                ).fetchall()
            }
        fresh = []
        for sid, n, sources, outlets, first, last, title in sorted(rows):
            kept = keywords.get(sid)
            fresh.append(
                (sid, _headline(title), n, sources, outlets or [], first, last,
                 old.get(sid, []) if kept is None else kept)
            )  # fmt: skip
        # one upsert for the batch: a single-row INSERT OR REPLACE costs milliseconds each
        columns = list(zip(*fresh, strict=True))
        arrays = [pa.array(list(c), type=t) for c, t in zip(columns, _STORY_TYPES, strict=True)]
        batch = pa.table(arrays, names=[f"c{i}" for i in range(len(arrays))])
        self.con.register("_stories_batch", batch)
        try:
            self.con.execute(
                "INSERT OR REPLACE INTO stories SELECT * FROM _stories_batch"
            ).fetchall()
        finally:
            self.con.unregister("_stories_batch")

    # ---- reading -------------------------------------------------------------------

    def iter_articles(
        self, story_id: str | None = None, batch_size: int = 1000, after_seq: int = -1
    ) -> Iterator[tuple[Article, str | None]]:
        """Stored articles in ingest order (those after ``after_seq``), with their story id
        (streamed in batches)."""
        sql = (
            "SELECT id, text, title, outlet, published, url, author, wire, source_path, "
            "story_id, date_source, removed_lines FROM articles WHERE seq > ?"
        )
        params: list[object] = [after_seq]
        if story_id is not None:
            sql += " AND story_id = ?"
            params.append(story_id)
        cursor = self.con.cursor()
        cursor.execute(sql + " ORDER BY seq", params)
        while rows := cursor.fetchmany(batch_size):
            for r in rows:
                article = Article(
                    id=r[0], text=r[1], title=r[2], outlet=r[3], published=r[4], url=r[5],
                    author=r[6], wire=r[7], source_path=r[8], date_source=r[10],
                    removed_lines=r[11] or [],
                )
                yield article, r[9]

    def analyses(self, article_ids: Sequence[str]) -> dict[str, ArticleAnalysis]:
        """Rebuild ``ArticleAnalysis`` records (sentences, mentions, quotes, timexes, events)."""
        ids = list(article_ids)
        out = {i: ArticleAnalysis(article_id=i) for i in ids}
        for i, pipeline in self._rows("SELECT id, pipeline FROM articles", ids, "id"):
            out[i].pipeline = json.loads(pipeline or "{}")
        for r in self._rows("SELECT * FROM sentences", ids, "article_id, idx"):
            out[r[0]].sentences.append(Sentence(start=r[2], end=r[3]))
        for r in self._rows("SELECT * FROM mentions", ids, "article_id, rowid"):
            out[r[0]].mentions.append(Mention(article_id=r[0], start=r[1], end=r[2], text=r[3],
                                              label=r[4], entity_key=r[5]))
        for r in self._rows(f"SELECT {_QUOTE_COLUMNS} FROM quotes", ids, "article_id, rowid"):
            out[r[0]].quotes.append(_quote_of(r))
        for r in self._rows("SELECT * FROM time_expressions", ids, "article_id, rowid"):
            out[r[0]].time_expressions.append(TimeExpression(
                article_id=r[0], start=r[1], end=r[2], text=r[3], type=r[4], value=r[5],
                anchor=r[6], tense=r[7], uncertain=r[8]))
        for r in self._rows("SELECT * FROM events", ids, "article_id, rowid"):
            out[r[0]].events.append(Event(
                article_id=r[0], start=r[1], end=r[2], date=r[3], source_actor=r[4],
                source_text=r[5], target_actor=r[6], target_text=r[7], action=r[8],
                cameo_code=r[9], cameo_name=r[10], root_code=r[11], goldstein=r[12],
                quad_class=r[13], location=r[14], status=r[15], confidence=r[16]))
        return out

    def _rows(self, select: str, ids: list[str], order: str) -> list[tuple]:
        """Rows of ``ids``; ordered by ``rowid`` they come back in the order the analysis
        made them (rows are only ever appended), so a rebuilt analysis equals the first."""
        column = "id" if "FROM articles" in select else "article_id"
        return self.con.execute(
            f"{select} WHERE {column} IN (SELECT unnest(?::VARCHAR[])) ORDER BY {order}", [ids]
        ).fetchall()

    def stories(
        self, limit: int | None = None, min_size: int = 1, story_id: str | None = None
    ) -> list[StorySummary]:
        """Stories, largest first (or the one ``story_id``)."""
        sql = (
            "SELECT id, headline, size, independent_sources, outlets, first_date, last_date, "
            "keywords FROM stories WHERE size >= ? AND (? IS NULL OR id = ?) "
            "ORDER BY size DESC, last_date DESC NULLS LAST, id"
        )
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        rows = self.con.execute(sql, [min_size, story_id, story_id]).fetchall()
        return [StorySummary(r[0], r[1], r[2], r[3], list(r[4] or []), r[5], r[6],
                             list(r[7] or [])) for r in rows]

    def story(self, story_id: str) -> StorySummary | None:
        found = self.stories(min_size=0, story_id=story_id)
        return found[0] if found else None

    def search(self, text: str, limit: int = 20) -> list[tuple[str, str | None, float]]:
        """(article id, title, score) ranked by BM25 over the ``terms`` index."""
        words = sorted(set(search_terms(text)))
        if not words:
            return []
        stats = self._one("SELECT count(*), coalesce(avg(word_count), 1) FROM articles")
        n, avg_len = (int(stats[0]), float(stats[1])) if stats else (0, 1.0)
        rows = self.con.execute(
            f"""
            WITH q AS (SELECT unnest(?::VARCHAR[]) AS term),
                 df AS (SELECT t.term, count(*) AS df FROM terms t JOIN q USING (term)
                        GROUP BY t.term)
            SELECT t.article_id, any_value(a.title),
                   sum(ln(1 + ({n} - df.df + 0.5) / (df.df + 0.5))
                       * t.tf * 2.2 / (t.tf + 1.2 * (0.25 + 0.75 * a.word_count / {avg_len})))
                       AS score
            FROM terms t JOIN df USING (term) JOIN articles a ON a.id = t.article_id
            GROUP BY t.article_id ORDER BY score DESC, t.article_id LIMIT {int(limit)}
            """,
            [words],
        ).fetchall()
        return [(r[0], r[1], round(float(r[2]), 4)) for r in rows]

    def entities(self, name: str, limit: int = 50) -> list[Mention]:
        """Mentions whose text contains ``name`` (case-insensitive), with provenance."""
        rows = self.con.execute(
            "SELECT article_id, start_char, end_char, text, label, entity_key FROM mentions "
            "WHERE text ILIKE ? ORDER BY article_id, start_char LIMIT ?",
            [f"%{name}%", limit],
        ).fetchall()
        return [Mention(article_id=r[0], start=r[1], end=r[2], text=r[3], label=r[4],
                        entity_key=r[5]) for r in rows]

    def quotes_by(self, speaker: str, limit: int = 50) -> list[Quote]:
        """Quotes whose resolved speaker contains ``speaker`` (case-insensitive), with
        every stored field (pieces, cue and speaker spans)."""
        rows = self.con.execute(
            f"SELECT {_QUOTE_COLUMNS} FROM quotes "
            "WHERE speaker ILIKE ? OR speaker_text ILIKE ? ORDER BY article_id, start_char "
            "LIMIT ?",
            [f"%{speaker}%", f"%{speaker}%", limit],
        ).fetchall()
        return [_quote_of(r) for r in rows]

    def article_texts(self, article_ids: Iterable[str]) -> dict[str, str]:
        """Cleaned text of the given articles: what every stored span indexes."""
        ids = sorted(set(article_ids))
        if not ids:
            return {}
        rows = self.con.execute(
            "SELECT id, text FROM articles WHERE id IN (SELECT unnest(?))", [ids]
        ).fetchall()
        return dict(rows)

    def export_parquet(self, directory: str | Path) -> list[Path]:
        """One Parquet file per table (``articles.parquet`` ...); returns the paths."""
        out = Path(directory)
        out.mkdir(parents=True, exist_ok=True)
        written = []
        for table in TABLES:
            target = out / f"{table}.parquet"
            self.con.execute(f"COPY {table} TO '{_sql_path(target)}' (FORMAT PARQUET)")
            written.append(target)
        return written


def _quote_of(r: tuple) -> Quote:
    """A quote from a row of ``_QUOTE_COLUMNS``."""
    return Quote(
        article_id=r[0], start=r[1], end=r[2], text=r[3], kind=r[4], cue=r[5],
        speaker=r[6], speaker_text=r[7], speaker_description=r[8], confidence=r[9],
        cue_start=r[10], cue_end=r[11], speaker_start=r[12], speaker_end=r[13],
        speaker_key=r[14], parts=[(a, b) for a, b in r[15] or []],
        antecedent_start=r[16], antecedent_end=r[17],
    )  # fmt: skip


_STORY_TYPES = [
    pa.string(), pa.string(), pa.int32(), pa.int32(), pa.list_(pa.string()), pa.date32(),
    pa.date32(), pa.list_(pa.string()),
]
"""Arrow types of the ``stories`` columns, in table order."""


def _headline(text: str | None) -> str | None:
    if not text:
        return None
    line = text.strip().split("\n", 1)[0]
    return line if len(line) <= 120 else line[:117].rsplit(" ", 1)[0] + "…"


def _sql_path(path: Path) -> str:
    return str(path).replace("'", "''")

