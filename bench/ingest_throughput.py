"""End-to-end ingest throughput (read, analyse, store) vs bare spaCy, and clustering cost.

Usage:
    .venv/bin/python bench/ingest_throughput.py DUC_ARTICLES WIKIREF_ARTICLES \
        [--size 20000] [--cluster-size 20000] [--modes 1,2,dask]

How the corpus is built (``build_corpus``): the 720 articles of the two clustering sets
are the seeds. Synthetic article k of round r takes a seed article's gold cluster and
draws its sentences from two or three articles of that cluster (seeded RNG), so each
synthetic article is distinct (not a near-duplicate) yet on the seed's story; its date is
the seed's date plus r x 120 days, so later rounds form new stories over time (undated
WikiRef seeds are first spread over the DUC dates, ``spread_undated``, so every part of
the corpus mixes short and long articles alike). Written as
JSON Lines under a temporary directory; never into the repository.

Measured for each mode (1 local process, 2 local processes, Dask LocalCluster of 2
workers): wall time of ``dossier.corpus.ingest.ingest`` into a fresh DuckDB file,
articles/s and words/s, peak RSS summed over the process tree (sampled every 0.2 s) and,
by quarter of the run, this process's RSS and the largest child's USS.
Baseline: bare stock spaCy ``nlp.pipe`` over the same texts with the same number of
processes, started as ingest starts its workers (forkserver, ``WORKER_ENVIRONMENT``: one
BLAS thread per process; on 1 process both run in this process as it is)
(``--bare-sample K`` times it on every K-th article: the same words/s in a
K-th of the time). Also timed: Dossier's own NLP pass alone (the same model with its
identical, faster rule components, ``dossier.analyze.fastpipes``), so the table shows both
the ratio to stock spaCy (the target) and what ingest costs beyond the parse it runs.
Clustering: ``StoryClusterer`` alone, milliseconds per 1,000 articles measured for the
1,000 articles ending at 5k, 10k and 20k.

Writes bench/results/ingest_throughput.json (``--out`` to write elsewhere).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import gzip
import json
import random
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path

import psutil

RESULTS = Path(__file__).resolve().parent / "results" / "ingest_throughput.json"


def _load(path: Path) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def build_corpus(seeds: list[dict], size: int, seed: int = 7) -> list[dict]:
    """``size`` distinct synthetic articles recombined from seed articles of one cluster."""
    rng = random.Random(seed)
    seeds = spread_undated(seeds)
    by_cluster: dict[str, list[dict]] = defaultdict(list)
    for row in seeds:
        by_cluster[row["cluster"]].append(row)
    out = []
    for k in range(size):
        rnd, row = divmod(k, len(seeds))
        base = seeds[row]
        peers = by_cluster[base["cluster"]]
        donors = [base, *rng.sample(peers, min(len(peers), 2))]
        sentences = [s for d in donors for s in d["text"].split("\n") if s.strip()]
        take = max(3, int(len(sentences) * 0.4))
        text = "\n".join(rng.sample(sentences, min(take, len(sentences))))
        date = dt.date.fromisoformat(base["date"]) + dt.timedelta(days=120 * rnd)
        out.append({"text": text, "title": base.get("title"), "outlet": base.get("source"),
                    "published": date.isoformat(), "cluster": f"{base['cluster']}#{rnd}"})
    out.sort(key=lambda r: r["published"])
    return out


def spread_undated(seeds: list[dict]) -> list[dict]:
    """Seeds without a date (WikiRef's) dated evenly over the dated seeds' range, a topic's
    articles on one day: so every stretch of the date-sorted corpus mixes both sets alike.
    With one fixed date for them, the last third of the corpus was all WikiRef's longer
    articles (mean 980 words a quarter against 696), which raised the memory peaks of the
    late quarters for a reason that has nothing to do with the corpus growing."""
    dated = sorted(dt.date.fromisoformat(r["date"]) for r in seeds if r.get("date"))
    first, last = (dated[0], dated[-1]) if dated else (dt.date(2015, 1, 1),) * 2
    topics = sorted({r["cluster"] for r in seeds if not r.get("date")})
    step = (last - first) / max(1, len(topics))
    day = {topic: first + step * (i + 0.5) for i, topic in enumerate(topics)}
    return [r if r.get("date") else {**r, "date": day[r["cluster"]].isoformat()} for r in seeds]


def quarters(items: list) -> list[list]:
    """``items`` cut into four consecutive parts of (nearly) equal length."""
    n = len(items)
    return [items[n * q // 4: n * (q + 1) // 4] for q in range(4)]


def quarter_mean_words(rows: list[dict]) -> list[float]:
    """Mean words an article in each quarter of the corpus, as ingested (date order)."""
    return [round(sum(len(r["text"].split()) for r in p) / max(1, len(p)), 1)
            for p in quarters(rows)]


class PeakMemory:
    """Peak RSS of this process and all its descendants, sampled in a thread; every 2 s
    also this process's RSS and the largest child's unique memory (USS: pages no other
    process shares, so a worker's own growth shows without the shared model pages that
    the tree sum counts once per process)."""

    def __init__(self) -> None:
        self.peak = 0
        self.samples: list[int] = []
        self.parent_rss: list[int] = []
        self.child_uss: list[int] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        me = psutil.Process()
        tick = 0
        while not self._stop.is_set():
            total = 0
            children = me.children(recursive=True)
            for proc in [me, *children]:
                with contextlib.suppress(psutil.Error):
                    total += proc.memory_info().rss
            self.peak = max(self.peak, total)
            self.samples.append(total)
            if tick % 10 == 0:
                self.parent_rss.append(me.memory_info().rss)
                uss = [0]
                for proc in children:
                    with contextlib.suppress(psutil.Error):
                        uss.append(proc.memory_full_info().uss)
                self.child_uss.append(max(uss))
            tick += 1
            self._stop.wait(0.2)

    @staticmethod
    def _quarters(samples: list[int]) -> list[float]:
        if len(samples) < 4:
            return []
        return [round(max(part) / 2**20, 1) for part in quarters(samples)]

    def by_quarter(self) -> list[float]:
        """Highest tree RSS (MB) in each quarter of the run: flat when memory does not grow."""
        return self._quarters(self.samples)

    def parts_by_quarter(self) -> dict[str, list[float]]:
        """The same for this process's RSS and for the largest child's USS."""
        return {"this_process_rss_mb": self._quarters(self.parent_rss),
                "largest_child_uss_mb": self._quarters(self.child_uss)}

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


_STOCK: list = []


def _nlp(stock: bool):
    """Stock spaCy as installed (the target's reference), or Dossier's loaded pipeline
    (same model, faster identical rule components)."""
    if not stock:
        from dossier.analyze.nlp import load_nlp

        return load_nlp()
    if not _STOCK:
        import spacy

        from dossier.analyze.nlp import MODEL_NAME

        _STOCK.append(spacy.load(MODEL_NAME))
    return _STOCK[0]


def _bare_chunk(texts: list[str], stock: bool = True) -> int:
    return sum(len(doc) for doc in _nlp(stock).pipe(texts, batch_size=32))


def bare_spacy(
    texts: list[str], processes: int, stock: bool = True
) -> tuple[float, float | None]:
    """Wall seconds for nlp.pipe over ``texts`` on ``processes`` processes (model load
    excluded), and on 1 process also its CPU seconds."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from dossier.corpus.distributed import worker_environment

    if processes == 1:
        _nlp(stock)
        start, cpu = time.perf_counter(), time.process_time()
        _bare_chunk(texts, stock)
        return time.perf_counter() - start, time.process_time() - cpu
    # started like ingest's workers (forkserver, one BLAS thread each), so the baseline
    # runs under the same conditions as the ingest it is compared with
    with worker_environment(), ProcessPoolExecutor(
        processes, mp_context=multiprocessing.get_context("forkserver")
    ) as pool:
        list(pool.map(_bare_chunk, [["warm up"]] * processes, [stock] * processes))
        chunks = [texts[i::processes] for i in range(processes)]
        start = time.perf_counter()
        list(pool.map(_bare_chunk, chunks, [stock] * len(chunks)))
        return time.perf_counter() - start, None


def analysis_only(rows: list[dict]) -> tuple[float, float]:
    """Wall and CPU seconds for ``analyze_many`` alone in this process (spaCy plus steps)."""
    from dossier.analyze import analyze_many
    from dossier.analyze.nlp import load_nlp
    from dossier.ingest.formats import article_from_record

    articles = [article_from_record(r, f"row{i}") for i, r in enumerate(rows)]
    load_nlp()
    start, cpu = time.perf_counter(), time.process_time()
    for _ in analyze_many(articles):
        pass
    return time.perf_counter() - start, time.process_time() - cpu


def run_ingest(path: Path, mode: str, workdir: Path, batch_size: int) -> dict:
    from dossier.corpus.distributed import make_executor
    from dossier.corpus.ingest import ingest

    executor = make_executor(workers=2, dask="local") if mode == "dask" else make_executor(
        workers=int(mode))
    db = workdir / f"bench-{mode}.duckdb"
    db.unlink(missing_ok=True)
    try:
        with PeakMemory() as memory:
            start, cpu = time.perf_counter(), time.process_time()
            report = ingest([path], db, executor=executor, batch_size=batch_size)
            seconds = time.perf_counter() - start
            cpu_seconds = time.process_time() - cpu
    finally:
        executor.close()
    return {"articles": report.stored, "seconds": round(seconds, 2),
            "articles_per_s": round(report.stored / seconds, 2),
            "words_per_s": round(report.words / seconds, 1),
            "peak_rss_mb": round(memory.peak / 2**20, 1),
            "peak_rss_mb_by_quarter": memory.by_quarter(), "words": report.words,
            "memory_parts_by_quarter": memory.parts_by_quarter(),
            # this process only: the whole ingest on 1 process (plus the memory sampler)
            "cpu_seconds_this_process": round(cpu_seconds, 2)}


def cluster_cost(rows: list[dict], size: int) -> dict[str, float]:
    from dossier.corpus.cluster import StoryClusterer
    from dossier.model import Article

    clusterer = StoryClusterer()
    marks = {5000, 10000, 20000} | ({size} if size < 5000 else set())
    out: dict[str, float] = {}
    window_start = time.perf_counter()
    for i in range(size):
        row = rows[i]
        article = Article(id=f"a{i}", text=row["text"], title=row["title"],
                          published=dt.date.fromisoformat(row["published"]))
        if (i + 1) % 1000 == 1:
            window_start = time.perf_counter()
        clusterer.add(article)
        if i + 1 in marks:
            out[f"ms_per_1000_at_{i + 1}"] = round((time.perf_counter() - window_start) * 1000, 1)
    out["open_stories_at_end"] = len(clusterer.stories)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("datasets", nargs="+", type=Path)
    parser.add_argument("--size", type=int, default=20000, help="articles ingested per mode")
    parser.add_argument("--cluster-size", type=int, default=20000)
    parser.add_argument("--modes", default="1,2,dask")
    parser.add_argument("--batch-size", type=int, default=32,
                        help="articles per analysis task and store transaction "
                             "(32, as `dossier ingest`)")
    parser.add_argument("--analysis-floor", action="store_true",
                        help="also time analyze_many alone on 1 process (where the time goes)")
    parser.add_argument("--bare-sample", type=int, default=1,
                        help="time bare spaCy on every K-th article only (same words/s, "
                             "less time; the ingest always takes the whole corpus)")
    parser.add_argument("--out", type=Path, default=RESULTS, help="where to write the JSON")
    args = parser.parse_args(argv)
    seeds = [r for p in args.datasets for r in _load(p)]
    rows = build_corpus(seeds, max(args.size, args.cluster_size))
    report: dict = {"size": args.size, "cluster_size": args.cluster_size,
                    "batch_size": args.batch_size, "modes": {}}
    print(f"cluster cost over {args.cluster_size} synthetic articles ...", flush=True)
    report["clustering"] = cluster_cost(rows, args.cluster_size)
    print(json.dumps(report["clustering"]), flush=True)
    sample = rows[: args.size]
    report["corpus_mean_words_by_quarter"] = quarter_mean_words(sample)
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        path = workdir / "corpus.jsonl"
        with path.open("w") as handle:
            for row in sample:
                handle.write(json.dumps({k: v for k, v in row.items() if k != "cluster"}) + "\n")
        texts = [r["text"] for r in sample]
        words = sum(len(t.split()) for t in texts)
        if args.analysis_floor:
            rows_in = [{k: v for k, v in r.items() if k != "cluster"} for r in sample]
            seconds, cpu = analysis_only(rows_in)
            report["analysis_only_1_process_words_per_s"] = round(words / seconds, 1)
            report["analysis_only_1_process_cpu_words_per_s"] = round(words / cpu, 1)
            print("analyze_many alone, 1 process:", round(words / seconds, 1), "words/s,",
                  round(words / cpu, 1), "words per CPU second")
        bare_texts = texts[:: args.bare_sample]
        bare_words = sum(len(t.split()) for t in bare_texts)
        report["bare_sample"] = {"every": args.bare_sample, "articles": len(bare_texts),
                                 "words": bare_words}
        for mode in [m for m in args.modes.split(",") if m]:
            processes = 2 if mode == "dask" else int(mode)
            bare, bare_cpu = bare_spacy(bare_texts, processes)
            ours_nlp, _ = bare_spacy(bare_texts, processes, stock=False)
            result = run_ingest(path, mode, workdir, args.batch_size)
            result["bare_spacy_words_per_s"] = round(bare_words / bare, 1)
            result["ratio_to_bare"] = round(result["words_per_s"] / (bare_words / bare), 3)
            # Dossier's own NLP pass (identical annotations, faster rule components):
            # what the rest of ingest costs on top of the parse it actually runs
            result["our_nlp_pass_words_per_s"] = round(bare_words / ours_nlp, 1)
            result["ratio_to_our_nlp_pass"] = round(
                result["words_per_s"] / (bare_words / ours_nlp), 3)
            if bare_cpu is not None and args.bare_sample == 1:
                # on a shared machine CPU time is the steadier measure
                result["bare_spacy_cpu_seconds"] = round(bare_cpu, 2)
                ingest_cpu = result["cpu_seconds_this_process"]
                result["cpu_ratio_to_bare"] = round(bare_cpu / ingest_cpu, 3)
            report["modes"][mode] = result
            print(mode, json.dumps(result), flush=True)
    print(f"\n{'mode':8} {'articles':>8} {'art/s':>7} {'words/s':>8} {'bare w/s':>8} "
          f"{'ratio':>6} {'nlp w/s':>8} {'ratio':>6} {'peak MB':>8}")
    for mode, r in report["modes"].items():
        print(f"{mode:8} {r['articles']:8d} {r['articles_per_s']:7.2f} {r['words_per_s']:8.0f} "
              f"{r['bare_spacy_words_per_s']:8.0f} {r['ratio_to_bare']:6.2f} "
              f"{r['our_nlp_pass_words_per_s']:8.0f} {r['ratio_to_our_nlp_pass']:6.2f} "
              f"{r['peak_rss_mb']:8.0f}  by quarter of the run: {r['peak_rss_mb_by_quarter']}")
        parts = r["memory_parts_by_quarter"]
        print(f"{'':8} by quarter: this process RSS {parts['this_process_rss_mb']}, "
              f"largest child USS {parts['largest_child_uss_mb']}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
