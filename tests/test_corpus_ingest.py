"""Corpus ingest: resumable after kill -9, idempotent, runs on a real Dask LocalCluster."""

from __future__ import annotations

import gc
import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
import weakref
from pathlib import Path

import psutil
import pytest

from dossier.corpus.distributed import (
    DaskExecutor,
    LocalExecutor,
    ProcessExecutor,
    _worker_memory_budget,
    analyze_batch_on_worker,
    in_analysis_process,
    restart_if_over,
    worker_environment,
)
from dossier.corpus.heap import LONG_RUN_GEN0, long_run_collector
from dossier.corpus.ingest import SNAPSHOT_KEY, CorpusState, ingest
from dossier.corpus.store import Store
from dossier.model import Article

PLACES = ["Lisbon", "Oslo", "Nairobi", "Quito", "Hanoi", "Perth", "Dakar", "Riga"]
PEOPLE = ["Maria Costa", "Jonas Berg", "Amina Odhiambo", "Luis Vera", "Linh Tran", "Kate Moss"]
TOPICS = ["a flood along the river", "a strike at the port", "a fire in a warehouse",
          "an election for mayor", "a new metro line", "a drought on the farms"]


def _record(i: int) -> dict:
    """A small, distinct article written from templates (no shared data)."""
    rng = random.Random(i)
    place, person, topic = rng.choice(PLACES), rng.choice(PEOPLE), rng.choice(TOPICS)
    text = (
        f"Officials in {place} reported {topic} on Monday, item {i}.\n"
        f"“We are doing everything we can,” said {person}, a city spokesperson.\n"
        f"Residents said they expected more news by Friday, and {rng.randint(2, 900)} people "
        f"were affected according to the regional office."
    )
    return {"text": text, "title": f"{topic.capitalize()} in {place}", "outlet": f"Outlet {i % 3}",
            "published": f"2024-03-{1 + i % 20:02d}"}


def _write_stream(path: Path, n: int, bad_lines: int = 0) -> Path:
    with path.open("w") as handle:
        for i in range(n):
            handle.write(json.dumps(_record(i)) + "\n")
            if i < bad_lines:
                handle.write("{not json\n")
    return path


RUNNER = """
import sys
from dossier.corpus.heap import LONG_RUN_GEN0, long_run_collector
from dossier.corpus.ingest import SNAPSHOT_KEY, CorpusState, ingest
ingest([sys.argv[1]], sys.argv[2], batch_size=2, snapshot_every=3,
       progress=lambda done, step: print(done, flush=True))
print("finished", flush=True)
"""


def _table_counts(db: Path) -> dict[str, int]:
    with Store(db, read_only=True) as store:
        return {t: store.count(t) for t in ("articles", "sentences", "mentions", "quotes",
                                            "terms")}


@pytest.mark.slow
def test_ingest_killed_at_random_points_resumes_with_every_article_once(tmp_path) -> None:
    total = 40
    stream = _write_stream(tmp_path / "feed.jsonl", total, bad_lines=2)
    db = tmp_path / "corpus.duckdb"
    rng = random.Random(1234)
    kills = 0
    for _ in range(3):
        stop_after = rng.randint(1, 4)  # kill after this many committed batches (of 20)
        proc = subprocess.Popen([sys.executable, "-c", RUNNER, str(stream), str(db)],
                                stdout=subprocess.PIPE, text=True)
        assert proc.stdout is not None
        for seen, _line in enumerate(proc.stdout, start=1):
            if seen >= stop_after:
                proc.kill()
                kills += 1
                break
        proc.wait()
    assert kills >= 2
    with Store(db, read_only=True) as store:
        partly = store.count("articles")
    assert 0 < partly < total

    report = ingest([stream], db, batch_size=2)
    assert report.already_stored == partly
    assert report.stored == total - partly
    assert {s.problem.split(":")[0] for s in report.skipped} == {"malformed JSON"}

    clean = tmp_path / "clean.duckdb"
    ingest([stream], clean, batch_size=5)
    assert _table_counts(db) == _table_counts(clean)
    with Store(db, read_only=True) as store:
        rows = store.con.execute(
            "SELECT count(*), count(DISTINCT id), count(DISTINCT seq) FROM articles"
        ).fetchone()
        dup_mentions = store.con.execute(
            "SELECT count(*) FROM (SELECT article_id, start_char, end_char, count(*) c "
            "FROM mentions GROUP BY ALL HAVING c > 1)"
        ).fetchone()
    assert rows == (total, total, total)
    assert dup_mentions == (0,)
    # resumed from snapshots taken mid-run, the decisions are an uninterrupted run's
    assert _decisions(db) == _decisions(clean)


def _decisions(db: Path) -> list[tuple]:
    with Store(db, read_only=True) as store:
        return store.con.execute(
            "SELECT id, story_id, duplicate_of, duplicate_kind FROM articles ORDER BY id"
        ).fetchall()


def _copy_feed(path: Path, n: int, start: int) -> Path:
    """Articles ``start`` .. ``start + n``, plus a reprint of the first under a new title."""
    records = [_record(i) for i in range(start, start + n)]
    records.append({**records[0], "title": "Reprinted: " + records[0]["title"],
                    "text": records[0]["text"] + " Reprinted with permission."})
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    return path


def test_a_run_continues_from_the_snapshot_with_an_uninterrupted_runs_decisions(
    tmp_path,
) -> None:
    first = _copy_feed(tmp_path / "day1.jsonl", 14, 0)
    second = _copy_feed(tmp_path / "day2.jsonl", 14, 14)
    db = tmp_path / "daily.duckdb"
    ingest([first], db, batch_size=4, snapshot_every=5)
    with Store(db, read_only=True) as store:
        restored = CorpusState.from_store(store)
        replayed = CorpusState.from_store(store, use_snapshot=False)
        last = store.last_article()
    assert last is not None
    assert restored.replayed == 0 and replayed.replayed == 15  # nothing re-read
    assert restored.to_json(last) == replayed.to_json(last)  # the same state, exactly

    ingest([second], db, batch_size=4, snapshot_every=5)
    together = tmp_path / "together.duckdb"
    ingest([first, second], together, batch_size=4)
    assert _decisions(db) == _decisions(together)
    with Store(db, read_only=True) as store:
        reprints = store.con.execute(
            "SELECT duplicate_kind FROM articles WHERE title LIKE 'Reprinted: %'"
        ).fetchall()
    assert reprints == [("near",), ("near",)]  # the second day's reprint found across runs


def test_a_snapshot_that_does_not_match_the_store_is_ignored(tmp_path) -> None:
    db = tmp_path / "corpus.duckdb"
    ingest([_copy_feed(tmp_path / "feed.jsonl", 6, 0)], db, batch_size=4)
    with Store(db) as store:
        store.set_meta(SNAPSHOT_KEY, '{"version": 1, "seq": 99, "article_id": "x"}')
        assert CorpusState.from_store(store).replayed == 7  # foreign: replay everything
        store.set_meta(SNAPSHOT_KEY, "{not json")
        assert CorpusState.from_store(store).replayed == 7


def test_ingest_twice_stores_nothing_twice_and_reports_bad_records(tmp_path) -> None:
    stream = _write_stream(tmp_path / "feed.jsonl", 4, bad_lines=1)
    db = tmp_path / "c.duckdb"
    first = ingest([stream], db, executor=LocalExecutor())
    second = ingest([stream], db, executor=LocalExecutor())
    assert (first.stored, len(first.skipped)) == (4, 1)
    assert (second.stored, second.already_stored) == (0, 4)
    with Store(db, read_only=True) as store:
        assert store.count("articles") == 4
        assert sum(s.size for s in store.stories()) == 4


def _blas_threads() -> list[int]:
    """Thread counts of the BLAS libraries loaded in the calling process (numpy's, and
    scipy's once loaded)."""
    import numpy  # noqa: F401
    from threadpoolctl import threadpool_info

    return [lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"]


def _same_store(db: Path, reference: Path) -> None:
    assert _table_counts(db) == _table_counts(reference)
    with Store(db, read_only=True) as a, Store(reference, read_only=True) as b:
        ids = sorted(a.stored_ids())
        assert a.analyses(ids) == b.analyses(ids)
        assert [s.size for s in a.stories()] == [s.size for s in b.stories()]


@pytest.mark.slow
def test_dask_local_cluster_ingest_matches_in_process_ingest(tmp_path) -> None:
    stream = _write_stream(tmp_path / "feed.jsonl", 6)
    with DaskExecutor("local", workers=2) as executor:  # worker processes, with nannies
        report = ingest([stream], tmp_path / "dask.duckdb", batch_size=2, executor=executor)
        threads = executor.client.run(in_analysis_process, _blas_threads)
        frozen = executor.client.run(in_analysis_process, gc.get_freeze_count)
        python_threads = executor.client.run(in_analysis_process, threading.active_count)
        # where a worker recycles its analysis process (read in a task, as a batch does)
        budget = executor.client.submit(_worker_memory_budget, pure=False).result()
        # the scheduler runs in this process: it must not keep the articles it dispatched
        many = ([Article(id=f"x{i}", text=f"Rain fell on day {i}.")] for i in range(60))
        assert sum(len(results) for results in executor.map_batches(many)) == 60
        gc.collect()
        kept = sum(isinstance(o, Article) and o.id.startswith("x") for o in gc.get_objects())
    assert kept < 30
    assert budget is not None and 0 < budget < psutil.virtual_memory().total
    assert report.stored == 6
    assert [set(t) for t in threads.values()] == [{1}, {1}]  # one BLAS thread per worker
    assert all(n > 10_000 for n in frozen.values())  # the loaded model is exempt from gc
    # spaCy runs in a single-threaded process, not beside the worker's event loop
    assert list(python_threads.values()) == [1, 1]
    ingest([stream], tmp_path / "local.duckdb", batch_size=2, executor=LocalExecutor())
    _same_store(tmp_path / "dask.duckdb", tmp_path / "local.duckdb")


@pytest.mark.slow
def test_local_process_pool_ingest_matches_in_process_ingest(tmp_path, monkeypatch) -> None:
    for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        monkeypatch.delenv(name, raising=False)
    stream = _write_stream(tmp_path / "feed.jsonl", 6)
    with ProcessExecutor(2) as executor:
        report = ingest([stream], tmp_path / "pool.duckdb", batch_size=2, executor=executor)
        assert set(executor.pool.submit(_blas_threads).result()) == {1}
        assert executor.pool.submit(gc.get_freeze_count).result() > 10_000  # model exempt
        assert executor.pool.submit(gc.get_threshold).result()[0] == LONG_RUN_GEN0
    assert report.stored == 6
    assert "OPENBLAS_NUM_THREADS" not in os.environ  # the caller's environment is left as it was
    ingest([stream], tmp_path / "local.duckdb", batch_size=2, executor=LocalExecutor())
    _same_store(tmp_path / "pool.duckdb", tmp_path / "local.duckdb")


def test_a_long_run_leaves_the_callers_collector_as_it_was() -> None:
    before = gc.get_threshold()
    node = _Node()
    ref = weakref.ref(node)
    with long_run_collector():
        assert gc.get_freeze_count() > 0
        assert gc.get_threshold()[0] > before[0]
        del node  # a cycle of the caller's that becomes garbage during the run
    assert (gc.get_threshold(), gc.get_freeze_count()) == (before, 0)
    gc.collect()
    assert ref() is None  # ... is collected once the run is over


class _Node:
    def __init__(self) -> None:
        self.me = self


def test_worker_environment_keeps_a_thread_count_the_user_set(monkeypatch) -> None:
    monkeypatch.setenv("OPENBLAS_NUM_THREADS", "4")
    monkeypatch.delenv("MKL_NUM_THREADS", raising=False)
    with worker_environment():
        assert os.environ["OPENBLAS_NUM_THREADS"] == "4"
        assert os.environ["MKL_NUM_THREADS"] == "1"
    assert os.environ["OPENBLAS_NUM_THREADS"] == "4"
    assert "MKL_NUM_THREADS" not in os.environ


def _analysis_pid_in_daemon(queue) -> None:
    queue.put((in_analysis_process(os.getpid), os.getpid()))


@pytest.mark.slow
def test_a_daemonic_worker_analyses_in_its_own_process() -> None:
    # Dask's default workers are daemonic and may not start children: the analysis then
    # runs where the task runs instead of failing
    import multiprocessing

    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    daemon = context.Process(target=_analysis_pid_in_daemon, args=(queue,), daemon=True)
    daemon.start()
    analysed_in, daemon_pid = queue.get(timeout=120)
    daemon.join(timeout=30)
    assert analysed_in == daemon_pid


def _wait_for_exit(pid: int) -> None:
    for _ in range(200):
        if not psutil.pid_exists(pid) or psutil.Process(pid).status() == psutil.STATUS_ZOMBIE:
            return
        time.sleep(0.05)


@pytest.mark.slow
def test_an_analysis_process_that_died_or_grew_past_its_budget_is_replaced() -> None:
    # a child killed (by the OOM killer, say) costs one batch, not every later one; one
    # that grew past the worker's budget is recycled after its batch
    first = in_analysis_process(os.getpid)
    os.kill(first, signal.SIGKILL)
    _wait_for_exit(first)
    second = in_analysis_process(os.getpid)
    assert second != first
    assert not restart_if_over(None) and not restart_if_over(1 << 40)  # within budget
    assert in_analysis_process(os.getpid) == second
    assert restart_if_over(1 << 20)  # a child with the model loaded holds more than 1 MB
    _wait_for_exit(second)
    assert not psutil.pid_exists(second) or psutil.Process(second).status() == "zombie"
    assert in_analysis_process(os.getpid) not in (first, second)
    restart_if_over(1)  # leave no process behind


@pytest.mark.slow
def test_a_batch_whose_analysis_process_is_killed_is_analysed_in_a_new_one() -> None:
    text = " ".join(f"{PEOPLE[j % 6]} met officials in {PLACES[j % 8]} on day {j}."
                    for j in range(200))
    articles = [Article(id=f"k{i}", text=text) for i in range(12)]
    victim = in_analysis_process(os.getpid)
    results: list = []
    worker = threading.Thread(target=lambda: results.extend(analyze_batch_on_worker(articles)))
    worker.start()
    time.sleep(1.0)
    assert worker.is_alive()  # killed mid-batch
    os.kill(victim, signal.SIGKILL)
    worker.join(timeout=300)
    assert [r.article_id for r in results] == [a.id for a in articles]  # none lost
    assert in_analysis_process(os.getpid) != victim
    restart_if_over(1)  # leave no process behind
