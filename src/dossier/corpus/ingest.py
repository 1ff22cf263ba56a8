"""``ingest``: read -> analyse -> dedup -> cluster -> store, resumable and idempotent.

Why it is safe to kill at any moment: articles are committed in batches, each batch with
every row derived from it in one DuckDB transaction, and the set of ids already in
``articles`` decides what is left to do. A rerun therefore skips what was stored and
stores what was not, so nothing is lost and nothing is stored twice.

Why the corpus stage runs here, in the parent: duplicate marking and story clustering are
decisions in stream order; they are cheap next to spaCy, so the parent takes analysed
batches back in input order (``distributed.Executor``) and decides one article at a
time. On start the parent restores the duplicate index and the clusterer from the last
snapshot in the store and replays the articles stored after it with their stored
decisions, so story ids stay stable across runs (``CorpusState``).
"""

from __future__ import annotations

import gzip
import json
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from dossier.corpus.cluster import ClusterSettings, StoryClusterer
from dossier.corpus.dedup import DEFAULT_THRESHOLD, DuplicateIndex
from dossier.corpus.distributed import Executor, chunked, make_executor
from dossier.corpus.heap import long_run_collector
from dossier.corpus.store import Placement, Store
from dossier.errors import InputError
from dossier.ingest import iter_articles
from dossier.model import Article, ArticleAnalysis, Skipped

__all__ = ["SNAPSHOT_EVERY", "CorpusState", "IngestReport", "count_records", "ingest"]

ProgressCallback = Callable[[int, int], None]


@dataclass
class IngestReport:
    """What one ingest run did."""

    stored: int = 0
    already_stored: int = 0
    duplicates: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    seconds: float = 0.0
    words: int = 0
    read_errors: int = 0

    @property
    def articles_per_second(self) -> float:
        return self.stored / self.seconds if self.seconds else 0.0


SNAPSHOT_KEY = "corpus_state"
SNAPSHOT_VERSION = 1
SNAPSHOT_EVERY = 20_000
"""Articles stored between snapshots of the corpus state (and one at the end of a run)."""


class CorpusState:
    """The stream-order decisions: duplicate index and story clusterer, rebuilt from a store.

    Why snapshots: rebuilding by replaying every stored article costs ~2 ms an article,
    over half an hour per million, at the start of every run. ``ingest`` stores the
    state (as JSON: a store may come from someone else, so nothing is unpickled) with the
    sequence number of the last article it covers; a run loads it and replays only the
    articles stored after it, which gives the state an uninterrupted run would have.
    """

    def __init__(self, settings: ClusterSettings | None = None,
                 dedup_threshold: float = DEFAULT_THRESHOLD) -> None:
        self.duplicates = DuplicateIndex(threshold=dedup_threshold)
        self.clusterer = StoryClusterer(settings)
        self.story_of: dict[str, str] = {}
        self.replayed = 0
        """Stored articles replayed to build this state (those after the snapshot)."""
        self.snapshot_seq = -1
        """Sequence number of the last article the loaded snapshot covered (-1: none)."""

    @classmethod
    def from_store(
        cls, store: Store, settings: ClusterSettings | None = None, use_snapshot: bool = True
    ) -> CorpusState:
        state = cls._from_snapshot(store, settings) if use_snapshot else None
        if state is None:
            state = cls(settings)
        for article, story_id in store.iter_articles(after_seq=state.snapshot_seq):
            state.duplicates.add(article.id, article.text, article.published)
            state.story_of[article.id] = state.clusterer.add(article, story_id=story_id)
            state._forget_stories()
            state.replayed += 1
        return state

    def to_json(self, last: tuple[int, str]) -> str:
        """This state after the stored article ``last`` = (seq, id)."""
        return json.dumps({
            "version": SNAPSHOT_VERSION,
            "seq": last[0],
            "article_id": last[1],
            "settings": self.clusterer.settings.__dict__,
            "duplicates": self.duplicates.to_state(),
            "clusterer": self.clusterer.to_state(),
            "story_of": self.story_of,
        }, separators=(",", ":"))  # fmt: skip

    @classmethod
    def _from_snapshot(cls, store: Store, settings: ClusterSettings | None
                       ) -> CorpusState | None:  # fmt: skip
        """The stored snapshot, if it belongs to this store and these settings; else None
        (the caller replays everything)."""
        raw = store.get_meta(SNAPSHOT_KEY)
        if not raw:
            return None
        settings = settings or ClusterSettings()
        try:
            data = json.loads(raw)
            if (
                data.get("version") != SNAPSHOT_VERSION
                or data.get("settings") != json.loads(json.dumps(settings.__dict__))
                or store.article_at(int(data["seq"])) != data["article_id"]
            ):
                return None
            state = cls(settings)
            state.duplicates = DuplicateIndex.from_state(data["duplicates"])
            state.clusterer = StoryClusterer.from_state(data["clusterer"], settings)
            state.story_of = {str(k): str(v) for k, v in data["story_of"].items()}
            state.snapshot_seq = int(data["seq"])
        except (KeyError, TypeError, ValueError, AttributeError):
            return None  # damaged or foreign: replaying the store is always right
        return state

    def save(self, store: Store) -> None:
        """Snapshot this state into ``store``; call only when every article the state has
        placed is stored (after a committed batch), so the two agree."""
        last = store.last_article()
        if last is not None:
            store.set_meta(SNAPSHOT_KEY, self.to_json(last))

    def place(self, article: Article, analysis: ArticleAnalysis | None) -> Placement:
        """Mark duplicates, then cluster; a copy always joins its original's story."""
        match = self.duplicates.add(article.id, article.text, article.published)
        known = self.story_of.get(match.original_id) if match is not None else None
        story_id = self.clusterer.add(article, story_id=known)
        self.story_of[article.id] = story_id
        self._forget_stories()
        if match is None:
            return Placement(story_id=story_id)
        return Placement(story_id, match.original_id, match.kind, round(match.similarity, 4))

    def _forget_stories(self) -> None:
        """Keep story ids only for articles a copy can still point to (bounded memory)."""
        if len(self.story_of) > 2 * len(self.duplicates) + 1000:
            self.story_of = {k: v for k, v in self.story_of.items() if k in self.duplicates}

    def keywords(self, story_ids: Iterable[str]) -> dict[str, list[str]]:
        stories = self.clusterer.stories
        return {s: stories[s].keywords() for s in story_ids if s in stories}


def count_records(paths: Sequence[str | Path]) -> int:
    """Cheap upper bound of the articles in ``paths`` for a progress bar's total and ETA."""
    total = 0
    for raw in paths:
        path = Path(raw)
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            name = file.name.lower()
            if name.endswith((".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz", ".json.gz")):
                opener = gzip.open if name.endswith(".gz") else open
                with opener(file, "rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            elif file.exists():
                total += 1
    return total


def _fresh_articles(
    paths: Sequence[str | Path], store: Store, report: IngestReport, pending: list[Skipped]
) -> Iterator[Article]:
    """Articles not yet stored, in input order; bad records go to ``pending``."""
    seen: set[str] = set()
    for batch in chunked(iter_articles(paths), 256):
        errors = [i for i in batch if isinstance(i, InputError)]
        articles = [i for i in batch if isinstance(i, Article)]
        for error in errors:
            skip = Skipped(path=error.path, problem=error.problem)
            report.skipped.append(skip)
            report.read_errors += 1
            pending.append(skip)
        stored = store.stored_ids(a.id for a in articles)
        for article in articles:
            if article.id in stored or article.id in seen:
                report.already_stored += 1
                continue
            seen.add(article.id)
            yield article


def ingest(
    paths: Sequence[str | Path],
    db: str | Path,
    *,
    workers: int = 1,
    dask: str | None = None,
    batch_size: int = 32,
    settings: ClusterSettings | None = None,
    progress: ProgressCallback | None = None,
    executor: Executor | None = None,
    snapshot_every: int = SNAPSHOT_EVERY,
) -> IngestReport:
    """Ingest ``paths`` into the DuckDB file ``db``; safe to interrupt and run again."""
    report = IngestReport()
    start = time.perf_counter()
    with Store(db) as store:
        settings = settings or _stored_settings(store)
        store.set_meta("cluster_settings", json.dumps(settings.__dict__, sort_keys=True))
        state = CorpusState.from_store(store, settings)
        pending: list[Skipped] = []
        done = reported = since_snapshot = 0
        fresh = _fresh_articles(paths, store, report, pending)
        own = executor is None
        runner = executor or make_executor(workers, dask)
        with long_run_collector():
            try:
                for batch, results in _zip_batches(chunked(fresh, batch_size), runner):
                    items = []
                    for article, result in zip(batch, results, strict=True):
                        if isinstance(result, Skipped):
                            report.skipped.append(result)
                            pending.append(result)
                            continue
                        placement = state.place(article, result)
                        report.duplicates += placement.duplicate_of is not None
                        items.append((article, result, placement))
                    touched = {p.story_id for _, _, p in items if p.story_id}
                    stored = store.write_batch(items, pending, state.keywords(touched))
                    report.stored += stored
                    since_snapshot += stored
                    if since_snapshot >= snapshot_every:
                        state.save(store)
                        since_snapshot = 0
                    report.words += sum(a.word_count for a, _, _ in items)
                    pending.clear()
                    done += len(batch)
                    if progress is not None:
                        # records already stored or unreadable count as handled, so the bar
                        # of a resumed run ends at 100 % too
                        handled = done + report.already_stored + report.read_errors
                        progress(handled, handled - reported)
                        reported = handled
                if pending:
                    store.write_batch([], pending)
                if since_snapshot or state.replayed:
                    state.save(store)  # the next run starts here without a replay
                handled = done + report.already_stored + report.read_errors
                if progress is not None and handled > reported:
                    progress(handled, handled - reported)
            finally:
                if own:
                    runner.close()
    report.seconds = time.perf_counter() - start
    return report


def _zip_batches(
    batches: Iterable[list[Article]], runner: Executor
) -> Iterator[tuple[list[Article], list]]:
    """Pair each batch with its results; batches are remembered only while in flight."""
    in_flight: list[list[Article]] = []

    def remember() -> Iterator[list[Article]]:
        for batch in batches:
            in_flight.append(batch)
            yield batch

    for results in runner.map_batches(remember()):
        yield in_flight.pop(0), results


def _stored_settings(store: Store) -> ClusterSettings:
    """Keep the settings a store was started with, so a resumed run decides the same way."""
    raw = store.get_meta("cluster_settings")
    return ClusterSettings(**json.loads(raw)) if raw else ClusterSettings()
