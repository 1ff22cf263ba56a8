"""Story clustering quality: B-cubed P/R/F1 and ARI on a labelled stream, ours vs baselines.

Usage:
    .venv/bin/python bench/cluster_eval.py PATH [PATH ...] [--set NAME=VALUE ...]

PATH is a JSON Lines (.gz) file of ``{"id", "title", "text", "date", "source", "cluster"}``
records (e.g. ../shared/data/duc2004_clustering/articles.jsonl.gz). Articles are streamed
in date order (stable on file order for ties or missing dates). Compared in the same run:

- ours: ``dossier.corpus.cluster.StoryClusterer`` with its default global settings, and
  the same without the date fade (``date_scale_days=0``) to show what dates add;
- single-pass TF-IDF: each article joins the most similar cluster centroid (cosine) when
  >= t, else starts one; TF-IDF fitted on the whole set (an advantage ours does not get);
- agglomerative: average-linkage on TF-IDF cosine distance, all articles at once.
Both baselines are reported at the best threshold on a grid (oracle-tuned, an upper bound
for them) and single-pass also at a fixed t = 0.3.

Two ceilings computed from the gold labels themselves (no system): a record can sit in
two gold clusters under one text, so (1) any clustering that keeps identical texts
together scores at most "gold, identical texts together"; (2) "gold, clusters sharing a
text merged" is what a clusterer gets that is otherwise perfect but cannot split two gold
events that share articles.

Writes bench/results/cluster_eval.json.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import gzip
import json
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np
from sklearn.cluster import AgglomerativeClustering
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import adjusted_rand_score

from dossier.corpus.cluster import ClusterSettings, StoryClusterer
from dossier.ingest.ids import article_id
from dossier.model import Article

RESULTS = Path(__file__).resolve().parent / "results" / "cluster_eval.json"
GRID = [round(0.05 * i, 2) for i in range(1, 19)]


def load(path: Path) -> tuple[list[Article], list[str]]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    order = sorted(range(len(rows)), key=lambda i: (rows[i].get("date") or "", i))
    articles, labels = [], []
    for i in order:
        row = rows[i]
        published = dt.date.fromisoformat(row["date"]) if row.get("date") else None
        articles.append(
            Article(
                id=article_id(row["text"]) + f"-{i}",
                text=row["text"],
                title=row.get("title"),
                outlet=row.get("source"),
                published=published,
            )
        )
        labels.append(str(row["cluster"]))
    return articles, labels


def bcubed(gold: list[str], pred: list[str]) -> tuple[float, float, float]:
    """Item-averaged B-cubed precision, recall and F1 (Amigó et al. 2009)."""
    pairs = Counter(zip(gold, pred, strict=True))
    gold_sizes, pred_sizes = Counter(gold), Counter(pred)
    precision = recall = 0.0
    for g, p in zip(gold, pred, strict=True):
        both = pairs[(g, p)]
        precision += both / pred_sizes[p]
        recall += both / gold_sizes[g]
    precision, recall = precision / len(gold), recall / len(gold)
    return precision, recall, 2 * precision * recall / (precision + recall)


def scores(gold: list[str], pred: list[str], seconds: float) -> dict[str, float]:
    p, r, f = bcubed(gold, pred)
    return {
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(f, 4),
        "ari": round(float(adjusted_rand_score(gold, pred)), 4),
        "clusters": len(set(pred)),
        "seconds": round(seconds, 2),
    }


def ours(articles: list[Article], settings: ClusterSettings) -> list[str]:
    clusterer = StoryClusterer(settings)
    return [clusterer.add(a) for a in articles]


def identical_texts_together(articles: list[Article], gold: list[str]) -> list[str]:
    """Gold labels, except that every copy of a text takes its first copy's label."""
    first: dict[str, str] = {}
    return [first.setdefault(a.text, g) for a, g in zip(articles, gold, strict=True)]


def sharing_clusters_merged(articles: list[Article], gold: list[str]) -> list[str]:
    """Gold labels with clusters that share an identical text merged (union-find)."""
    parent: dict[str, str] = {g: g for g in gold}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    first: dict[str, str] = {}
    for article, label in zip(articles, gold, strict=True):
        other = first.setdefault(article.text, label)
        parent[root(label)] = root(other)
    return [root(g) for g in gold]


def single_pass(matrix: np.ndarray, threshold: float) -> list[str]:
    centroids = np.zeros_like(matrix)
    norms = np.zeros(len(matrix))
    count = 0
    out = []
    for row in matrix:
        if count:
            sims = centroids[:count] @ row / np.maximum(norms[:count], 1e-12)
            best = int(np.argmax(sims))
            if sims[best] >= threshold:
                centroids[best] += row
                norms[best] = np.linalg.norm(centroids[best])
                out.append(str(best))
                continue
        centroids[count] = row
        norms[count] = np.linalg.norm(row)
        count += 1
        out.append(str(count - 1))
    return out


def agglomerative(matrix: np.ndarray, threshold: float) -> list[str]:
    model = AgglomerativeClustering(
        n_clusters=None, metric="cosine", linkage="average", distance_threshold=1 - threshold
    )
    return [str(x) for x in model.fit_predict(matrix)]


def best_of(gold: list[str], run, matrix: np.ndarray) -> dict[str, float]:
    best: dict[str, float] | None = None
    start = time.perf_counter()
    for t in GRID:
        result = scores(gold, run(matrix, t), 0.0)
        result["threshold"] = t
        if best is None or result["f1"] > best["f1"]:
            best = result
    assert best is not None
    best["seconds"] = round((time.perf_counter() - start) / len(GRID), 2)
    return best


def evaluate(
    path: Path, settings: ClusterSettings, baselines: bool = True
) -> dict[str, dict[str, float]]:
    articles, gold = load(path)
    rows: dict[str, dict[str, float]] = {}
    start = time.perf_counter()
    predicted = ours(articles, settings)
    rows["ours (StoryClusterer)"] = scores(gold, predicted, time.perf_counter() - start)
    start = time.perf_counter()
    no_fade = ours(articles, dataclasses.replace(settings, date_scale_days=0.0))
    rows["ours without date fade"] = scores(gold, no_fade, time.perf_counter() - start)
    if not baselines:
        return rows
    docs = [f"{a.title or ''}\n{a.text}" for a in articles]
    matrix = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(docs).toarray()
    start = time.perf_counter()
    rows["single-pass TF-IDF t=0.3"] = scores(
        gold, single_pass(matrix, 0.3), time.perf_counter() - start
    )
    rows["single-pass TF-IDF (best t, oracle)"] = best_of(gold, single_pass, matrix)
    rows["agglomerative TF-IDF (best t, oracle)"] = best_of(gold, agglomerative, matrix)
    rows["ceiling: gold, identical texts together"] = scores(
        gold, identical_texts_together(articles, gold), 0.0
    )
    rows["ceiling: gold, clusters sharing a text merged"] = scores(
        gold, sharing_clusters_merged(articles, gold), 0.0
    )
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--threshold", type=float, default=None, help="override ours")
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                        help="override one ClusterSettings field (sensitivity checks)")
    parser.add_argument("--no-baselines", action="store_true", help="only ours (quick look)")
    args = parser.parse_args(argv)
    settings = ClusterSettings()
    if args.threshold is not None:
        settings = dataclasses.replace(settings, threshold=args.threshold)
    for item in args.set:
        name, _, value = item.partition("=")
        kind = type(getattr(settings, name))
        settings = dataclasses.replace(settings, **{name: kind(value)})
    report = {"settings": settings.__dict__, "datasets": {}}
    for path in args.paths:
        rows = evaluate(path, settings, baselines=not args.no_baselines)
        report["datasets"][str(path)] = rows
        print(f"\n{path}")
        print(f"{'system':46} {'P':>6} {'R':>6} {'F1':>6} {'ARI':>6} {'k':>4} {'t':>5} {'s':>6}")
        for name, row in rows.items():
            t = row.get("threshold", "")
            print(
                f"{name:46} {row['precision']:6.3f} {row['recall']:6.3f} {row['f1']:6.3f} "
                f"{row['ari']:6.3f} {row['clusters']:4d} {t!s:>5} {row['seconds']:6.2f}"
            )
    if args.threshold is None and not args.set and not args.no_baselines:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(report, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
