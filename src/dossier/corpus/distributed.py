"""Run the per-article stage on this process, on local processes, or on Dask workers.

Why one interface (``Executor.map_batches``): ingest should not care where spaCy runs.
Every executor takes an iterator of article batches and yields, *in input order*, one list
of results per batch, so story clustering downstream stays deterministic whatever the
parallelism. At most ``2 x workers`` batches are in flight, so memory stays flat however
long the stream is. spaCy is loaded once per worker process (``load_nlp`` is cached).

A result is an ``ArticleAnalysis`` or, for an article the analysis refused or crashed
on, a ``Skipped`` naming it; one bad article never sinks its batch.

    LocalExecutor()                       in this process (workers=1, tests, debugging)
    ProcessExecutor(workers)              concurrent.futures process pool
    DaskExecutor("local", workers) / DaskExecutor("tcp://host:8786")
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, TypeVar, cast

from dossier.errors import ConfigError, DossierError
from dossier.model import Article, ArticleAnalysis, Skipped

__all__ = [
    "WORKER_ENVIRONMENT",
    "DaskExecutor",
    "Executor",
    "LocalExecutor",
    "ProcessExecutor",
    "Result",
    "analyze_batch",
    "in_analysis_process",
    "make_executor",
    "worker_environment",
]

Result = ArticleAnalysis | Skipped
T = TypeVar("T")

WORKER_ENVIRONMENT = {
    "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1",
    "MALLOC_MMAP_THRESHOLD_": str(4 * 2**20), "MALLOC_TRIM_THRESHOLD_": str(128 * 2**20),
}  # fmt: skip
"""Environment of worker processes.

One BLAS thread each: the small model's matrices are tiny, so a second BLAS thread only
spins; with it, parsing ran 10-12 % slower on 1 and 2 processes of 2 cores. It must be
set before numpy loads: limiting threads afterwards (threadpoolctl) did not recover it.

Fixed glibc malloc thresholds: parsing a batch allocates a few hundred MB of arrays for
a moment. By default glibc raises its mmap threshold after the first large free, so
later arrays of up to 32 MB come from the heap, which fragments: a worker's peak grew
from 425 to 616 MB over 2,000 articles. With arrays over 4 MB always mapped and freed
back, and the heap trimmed only past 128 MB (a low trim threshold costs page faults on
every batch), the peak was 394 -> 507 MB in the same run, at the same CPU per article."""


@contextlib.contextmanager
def worker_environment() -> Iterator[None]:
    """``WORKER_ENVIRONMENT`` in ``os.environ`` while worker processes start (they inherit
    it); a variable the user has set wins, and the parent's own environment is restored."""
    added = {k: v for k, v in WORKER_ENVIRONMENT.items() if k not in os.environ}
    os.environ.update(added)
    try:
        yield
    finally:
        for key in added:
            os.environ.pop(key, None)


def analyze_batch(articles: list[Article]) -> list[Result]:
    """Analyse a batch with one spaCy pass; isolate the article that fails, if any."""
    from dossier.analyze import analyze_many

    try:
        return list(analyze_many(articles))
    except Exception:
        if len(articles) == 1:
            return [_skipped_for(articles[0])]
    out: list[Result] = []
    for article in articles:
        try:
            out.extend(analyze_many([article]))
        except Exception:
            out.append(_skipped_for(article))
    return out


def _skipped_for(article: Article) -> Skipped:
    import sys

    exc = sys.exc_info()[1]
    where = article.source_path or article.id
    problem = exc.problem if isinstance(exc, DossierError) and hasattr(exc, "problem") else (
        f"analysis failed: {type(exc).__name__}: {exc}"
    )
    return Skipped(path=f"{where}#{article.id}", problem=str(problem))


class Executor:
    """Base: ``map_batches`` in order with a bounded window of pending batches."""

    workers = 1

    def submit(self, batch: list[Article]) -> Any:
        raise NotImplementedError

    def result(self, handle: Any) -> list[Result]:
        raise NotImplementedError

    def map_batches(self, batches: Iterable[list[Article]]) -> Iterator[list[Result]]:
        window: deque[Any] = deque()
        limit = max(2, 2 * self.workers)
        for batch in batches:
            window.append(self.submit(batch))
            if len(window) >= limit:
                yield self.result(window.popleft())
        while window:
            yield self.result(window.popleft())

    def close(self) -> None:
        """Release workers."""

    def __enter__(self) -> Executor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class LocalExecutor(Executor):
    """Analyse in this process; batches are computed lazily when their result is asked."""

    def submit(self, batch: list[Article]) -> list[Article]:
        return batch

    def result(self, handle: list[Article]) -> list[Result]:
        return analyze_batch(handle)


def _warm() -> int:
    """Load spaCy and the analysis steps in a worker, then exempt them from collection."""
    from dossier.analyze.nlp import load_nlp
    from dossier.analyze.pipeline import analyze_many  # noqa: F401  (imports every step)
    from dossier.corpus.heap import settle_worker

    load_nlp()
    settle_worker()
    return os.getpid()


def _warm_start() -> None:
    """Pool initializer: every worker warms up as it starts. A failure is left for the
    submitted ``_warm`` to raise: a failing initializer would only break the pool, hiding
    the reason (a missing model, say)."""
    with contextlib.suppress(Exception):
        _warm()


class ProcessExecutor(Executor):
    """A pool of local processes, each loading spaCy once."""

    def __init__(self, workers: int) -> None:
        if workers < 1:
            raise ConfigError(f"--workers must be at least 1, got {workers}")
        self.workers = workers
        # forkserver, not fork: a forked worker inherits the parent's heap (corpus state,
        # whatever the caller holds) and copies it page by page as reference counts
        # touch it, so its memory grows over a long run; a fresh worker holds only spaCy.
        # The workers start here, inside the worker environment, and warm up as they start.
        with worker_environment():
            self.pool = ProcessPoolExecutor(
                max_workers=workers,
                mp_context=multiprocessing.get_context("forkserver"),
                initializer=_warm_start,
            )
            for future in [self.pool.submit(_warm) for _ in range(workers)]:
                future.result()

    def submit(self, batch: list[Article]) -> Future[list[Result]]:
        return self.pool.submit(analyze_batch, batch)

    def result(self, handle: Future[list[Result]]) -> list[Result]:
        return handle.result()

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


RETAINED_MESSAGES_CONFIG = {"distributed.admin.low-level-log-length": 16}
"""Dask keeps its last 1,000 messages of every batched stream (and as many transitions and
worker stimuli) for debugging. A compute message carries the task's arguments, here a batch
of articles of ~0.4 MB, so the scheduler and client held a copy of up to 1,000 batches:
the process running them grew by 250 MB over 20,000 articles. Read when a stream opens."""

LOCAL_DASK_CONFIG = {
    "distributed.nanny.pre-spawn-environ": WORKER_ENVIRONMENT,
    "distributed.worker.profile.enabled": False,
    "distributed.worker.daemon": False,  # so a worker may start its analysis process
    **RETAINED_MESSAGES_CONFIG,
}
"""Dask settings for the LocalCluster we start. Dask's defaults cost a fifth of the
throughput on spaCy work (256 articles on 2 workers: 21.2 s, 17.5 s with these, 17.1 s on
the local process pool): its workers' ``MALLOC_TRIM_THRESHOLD_`` of 64 KiB makes glibc
hand memory back to the OS as spaCy frees it, and the statistical profiler walks the task's stack
every 10 ms. Workers of a remote cluster keep their own settings (README, "A corpus")."""


class AnalysisProcessStopped(RuntimeError):
    """The analysis process died during a call (killed for memory, say)."""


class AnalysisProcess:
    """A single-threaded child process that runs functions for this process, one call at
    a time, over a pipe; it exits when the pipe closes, so a worker that dies or is
    killed leaves no process behind.

    Why (Dask workers use it): spaCy's parser takes the GIL back inside its compiled loops,
    and in a process with more than one thread (a Dask worker always has its event loop
    besides the task's thread) every take is an atomic lock operation: the same parse
    cost 15 % more CPU in a second thread than in a single-threaded process (16.7 vs
    14.4 s; a quarter of the thread's time in pthread_mutex_lock/unlock, by perf)."""

    def __init__(self) -> None:
        context = multiprocessing.get_context("spawn")  # a direct child: sees the pipe close
        self.connection, theirs = context.Pipe()
        self.process = context.Process(target=_serve, args=(theirs,), name="dossier-analysis")
        self.process.start()
        theirs.close()
        self.lock = threading.Lock()
        self.call(os.getpid)  # ready (model loaded) before the first batch

    def call(self, function: Callable[..., T], *args: Any) -> T:
        with self.lock:
            try:
                self.connection.send((function, args))
                ok, value = self.connection.recv()
            except (EOFError, OSError) as exc:
                self.process.join(timeout=5)
                raise AnalysisProcessStopped(
                    f"the analysis process stopped (exit code {self.process.exitcode})"
                ) from exc
        if not ok:
            raise value
        return cast(T, value)

    def memory(self) -> int:
        """The child's resident memory in bytes (0 once it has exited)."""
        import psutil  # comes with distributed

        try:
            return int(psutil.Process(self.process.pid).memory_info().rss)
        except psutil.Error:
            return 0

    def stop(self) -> None:
        """Close the pipe (the child exits on it) and reap the child."""
        self.connection.close()
        self.process.join(timeout=10)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()


def _serve(connection: Any) -> None:
    """The child's loop: warm up, then answer calls until the parent closes the pipe. A
    failed warm-up (a missing model, say) is the answer to every call, so the worker's
    task raises the real reason."""
    failure: Exception | None = None
    try:
        _warm()
    except Exception as exc:
        failure = exc
    while True:
        try:
            function, args = connection.recv()
        except (EOFError, OSError):
            return
        try:
            if failure is not None:
                raise failure
            reply = (True, function(*args))
        except Exception as exc:  # handed back to the caller
            reply = (False, exc)
        try:
            connection.send(reply)
        except OSError:
            return


_ANALYSIS_PROCESS: list[AnalysisProcess | None] = []
_ANALYSIS_LOCK = threading.Lock()


def _analysis_process() -> AnalysisProcess | None:
    """This worker's analysis process, started on first use and again if it has died
    (killed for memory, say: one failed batch, not every later one); None where the worker
    may not start children (Dask's default for workers is daemonic): the analysis then
    runs in the task's thread, as before."""
    with _ANALYSIS_LOCK:
        child = _ANALYSIS_PROCESS[0] if _ANALYSIS_PROCESS else None
        if child is not None and not child.process.is_alive():
            child.stop()
            _ANALYSIS_PROCESS.clear()
        if not _ANALYSIS_PROCESS:
            try:
                child = AnalysisProcess()
            except AssertionError:  # "daemonic processes are not allowed to have children"
                child = None
                _warm()
            _ANALYSIS_PROCESS.append(child)
        return _ANALYSIS_PROCESS[0]


def in_analysis_process(function: Callable[..., T], *args: Any) -> T:
    """Run ``function(*args)`` where this Dask worker analyses articles (its child, or
    itself when it may not have one)."""
    child = _analysis_process()
    return function(*args) if child is None else child.call(function, *args)


def analyze_batch_on_worker(batch: list[Article]) -> list[Result]:
    """``analyze_batch`` in this Dask worker's analysis process. If the process dies
    during the batch, each article is analysed again alone in a fresh one, so only an
    article that kills it is lost, and that one is reported."""
    try:
        results = in_analysis_process(analyze_batch, batch)
    except AnalysisProcessStopped:
        results = [_alone_on_worker(article) for article in batch]
    restart_if_over(_worker_memory_budget())
    return results


def _alone_on_worker(article: Article) -> Result:
    try:
        return in_analysis_process(analyze_batch, [article])[0]
    except AnalysisProcessStopped:
        return _skipped_for(article)


def restart_if_over(budget: int | None) -> bool:
    """Stop this worker's analysis process if it holds more than ``budget`` bytes; the
    next batch starts a fresh one. Dask's nanny watches the worker, not its children, so
    without this a child that grew would never be recycled (only the OS would stop it)."""
    with _ANALYSIS_LOCK:
        child = _ANALYSIS_PROCESS[0] if _ANALYSIS_PROCESS else None
        if child is None or budget is None or child.memory() <= budget:
            return False
        child.stop()
        _ANALYSIS_PROCESS.clear()
        return True


def _worker_memory_budget() -> int | None:
    """The share of this Dask worker's memory limit at which Dask would pause the worker
    (``distributed.worker.memory.pause``, 80 % by default); None without a limit."""
    import dask
    from distributed import get_worker

    try:
        limit = get_worker().memory_manager.memory_limit
    except ValueError:  # not in a worker
        return None
    fraction = dask.config.get("distributed.worker.memory.pause")
    if not limit or not fraction:
        return None
    return int(limit * fraction)


def _warm_dask_worker() -> int:
    return in_analysis_process(os.getpid)


class DaskExecutor(Executor):
    """Dask distributed: ``address`` of a scheduler, or ``"local"`` for a LocalCluster."""

    def __init__(self, address: str, workers: int = 2, processes: bool = True) -> None:
        try:
            import dask
            from distributed import Client, LocalCluster
        except ImportError as exc:  # pragma: no cover - dependency is in core
            raise ConfigError("Dask needs the 'distributed' package") from exc
        self.cluster = None
        if address == "local":
            with dask.config.set(LOCAL_DASK_CONFIG):  # workers copy the config at start
                self.cluster = LocalCluster(
                    n_workers=workers,
                    threads_per_worker=1,
                    processes=processes,
                    dashboard_address=None,
                    silence_logs=40,
                )
                self.client = Client(self.cluster)
        else:
            with dask.config.set(RETAINED_MESSAGES_CONFIG):  # our side of the streams
                self.client = Client(address, timeout="20s")
        self.workers = max(1, len(self.client.scheduler_info().get("workers", {})) or workers)
        self.client.run(_warm_dask_worker)

    def submit(self, batch: list[Article]) -> Any:
        return self.client.submit(analyze_batch_on_worker, batch, pure=False)

    def result(self, handle: Any) -> list[Result]:
        out = handle.result()
        handle.release()
        return out

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def make_executor(workers: int = 1, dask: str | None = None) -> Executor:
    """The executor the options ask for: Dask if an address is given, else processes."""
    if dask:
        return DaskExecutor(dask, workers=max(workers, 2) if dask == "local" else workers)
    if workers <= 1:
        return LocalExecutor()
    return ProcessExecutor(workers)


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Consecutive lists of ``size`` items (the last may be shorter)."""
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


ProgressCallback = Callable[[int, int | None], None]
