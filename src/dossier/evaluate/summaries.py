"""``dossier eval summaries``: every system over a cluster dataset, one budget, ROUGE.

Dataset: gzipped or plain JSON Lines, one cluster per line,
``{"id", "documents": [{"text", "date"?}], "summaries": [str, ...]}``. Each system returns
sentences best first (ours: its chosen sentences in chronological order, then one filler
sentence); every summary is then cut to the budget exactly as ROUGE-1.5.5's ``-l``/``-b``
does, and scored against all references with the same cut (DUC 2004 protocol).

The calibration check scores published DUC 2004 system outputs with our ROUGE and sets
the figures beside ROUGE-1.5.5's own (``sumrepo_rouge155_reference.json``).
"""

from __future__ import annotations

import gzip
import json
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from pydantic import BaseModel, Field, ValidationError
from threadpoolctl import threadpool_limits

from dossier.errors import InputError
from dossier.evaluate import rouge
from dossier.evaluate.baselines import BASELINES
from dossier.story.summary_raw import RawDocument, summarize_documents

OURS = "dossier"
METRICS = ("rouge-1", "rouge-2", "rouge-l")


class Cluster(BaseModel):
    id: str
    documents: list[RawDocument]
    summaries: list[str]


class ClusterResult(BaseModel):
    cluster: str
    system: str
    summary: list[str]
    seconds: float
    scores: dict[str, rouge.Score]


class SystemAverage(BaseModel):
    system: str
    scores: dict[str, rouge.Average]
    seconds_per_cluster: float


class SummaryReport(BaseModel):
    dataset: str
    clusters: int
    words: int | None
    bytes: int | None
    systems: list[SystemAverage]
    per_cluster: list[ClusterResult] = Field(default_factory=list)
    total_seconds: float = 0.0


class CalibrationRow(BaseModel):
    system: str
    ours: dict[str, float]
    reference: dict[str, float]

    @property
    def max_gap(self) -> float:
        return max(abs(self.ours[k] - self.reference[k]) for k in self.reference)


def _open(path: Path) -> Iterator[str]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        yield from fh


def read_clusters(path: str | Path, limit: int | None = None) -> list[Cluster]:
    """Clusters of a JSON Lines dataset; a malformed line is an InputError naming it."""
    path = Path(path)
    if not path.exists():
        raise InputError(str(path), "no such dataset file")
    out: list[Cluster] = []
    for n, line in enumerate(_open(path), 1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            docs = [RawDocument(text=d["text"], date=d.get("date")) for d in raw["documents"]]
            out.append(Cluster(id=str(raw["id"]), documents=docs, summaries=raw["summaries"]))
        except (ValueError, KeyError, TypeError, ValidationError) as exc:
            raise InputError(f"{path}:{n}", f"not a cluster record ({exc})") from None
        if limit and len(out) >= limit:
            break
    return out


def ours(
    documents: Sequence[RawDocument], words: int | None, bytes_: int | None = None
) -> list[str]:
    """Dossier's summary of raw documents, plus one filler sentence for the exact cut."""
    return [s.text for s in summarize_documents(documents, words, bytes_, fill=True)]


SYSTEMS: dict[str, Callable[..., list[str]]] = {OURS: ours, **BASELINES}


def cut(sentences: Sequence[str], words: int | None, bytes_: int | None) -> list[str]:
    """Keep sentences until the budget, cutting the last one (whitespace words or bytes)."""
    out: list[str] = []
    used = 0
    for s in sentences:
        s = " ".join(s.split())
        if words:
            toks = s.split()
            if used + len(toks) >= words:
                out.append(" ".join(toks[: words - used]))
                break
            used += len(toks)
        elif bytes_:
            if used + len(s) >= bytes_:
                out.append(s[: bytes_ - used])
                break
            used += len(s) + 1
        out.append(s)
    return [s for s in out if s]


def run(
    dataset: str | Path,
    words: int | None = 100,
    bytes_: int | None = None,
    systems: Sequence[str] | None = None,
    limit: int | None = None,
    progress: Callable[[str], None] | None = None,
) -> SummaryReport:
    """Summarise every cluster with every system and score them with calibrated ROUGE."""
    if not words and not bytes_:
        raise InputError("--words/--bytes", "give a length budget")
    names = list(systems or SYSTEMS)
    unknown = [n for n in names if n not in SYSTEMS]
    if unknown:
        raise InputError("--system", f"unknown system(s) {unknown}; known: {sorted(SYSTEMS)}")
    clusters = read_clusters(dataset, limit)
    settings = rouge.RougeSettings(
        max_n=2, word_limit=words if not bytes_ else None, byte_limit=bytes_
    )
    start = time.perf_counter()
    results: list[ClusterResult] = []
    # One BLAS thread: LSA's SVD is small, and spinning threads on a shared 2-core
    # machine made it six times slower.
    with threadpool_limits(1):
        for name in names:
            results += _run_system(name, clusters, words, bytes_, settings, progress)
    averages = []
    for name in names:
        mine = [r for r in results if r.system == name]
        averages.append(
            SystemAverage(
                system=name,
                scores={m: rouge.average([r.scores[m] for r in mine]) for m in METRICS},
                seconds_per_cluster=sum(r.seconds for r in mine) / max(len(mine), 1),
            )
        )
    return SummaryReport(
        dataset=str(dataset), clusters=len(clusters), words=words, bytes=bytes_,
        systems=averages, per_cluster=results, total_seconds=time.perf_counter() - start,
    )  # fmt: skip


def _run_system(
    name: str,
    clusters: list[Cluster],
    words: int | None,
    bytes_: int | None,
    settings: rouge.RougeSettings,
    progress: Callable[[str], None] | None,
) -> list[ClusterResult]:
    if progress:
        progress(name)
    results = []
    for cluster in clusters:
        t0 = time.perf_counter()
        if name == OURS:
            sentences = ours(cluster.documents, words, bytes_)
        else:
            sentences = SYSTEMS[name](cluster.documents, words or (bytes_ or 600) // 6)
        summary = cut(sentences, words if not bytes_ else None, bytes_)
        seconds = time.perf_counter() - t0
        scores = rouge.score(summary, cluster.summaries, settings)
        results.append(
            ClusterResult(
                cluster=cluster.id, system=name, summary=summary, seconds=seconds, scores=scores
            )
        )
    return results


def calibrate(
    peers: str | Path, reference: str | Path, dataset: str | Path, words: int = 100
) -> list[CalibrationRow]:
    """Our ROUGE-1/2 R/P/F on published DUC 2004 peers beside ROUGE-1.5.5's figures."""
    refs = {c.id: c.summaries for c in read_clusters(dataset)}
    published = json.loads(Path(reference).read_text())["scores"]
    settings = rouge.RougeSettings(max_n=2, word_limit=words, lcs=False)
    by_system: dict[str, list[dict[str, rouge.Score]]] = {}
    for line in _open(Path(peers)):
        if line.strip():
            peer = json.loads(line)
            scores = rouge.score(peer["summary"], refs[peer["id"]], settings)
            by_system.setdefault(peer["system"], []).append(scores)
    rows = []
    for system in sorted(by_system):
        ours_: dict[str, float] = {}
        theirs: dict[str, float] = {}
        for n in (1, 2):
            avg = rouge.average([s[f"rouge-{n}"] for s in by_system[system]], resamples=0)
            for key, value in (("R", avg.recall), ("P", avg.precision), ("F", avg.f1)):
                ours_[f"R{n}-{key}"] = round(100 * value, 2)
                value = published[system][f"ROUGE-{n}"][key]["value"]
                theirs[f"R{n}-{key}"] = round(100 * value, 2)
        rows.append(CalibrationRow(system=system, ours=ours_, reference=theirs))
    return rows
