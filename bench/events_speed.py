"""What event coding adds to ``analyze`` time (target: at most 15 %).

Usage: python bench/events_speed.py [PATHS...] [--runs 5]

Parses each article once per run (spaCy, the bulk of ``analyze``), then times every
default analysis step on it; reports the events step as a share of the whole
analyze time (parse + all steps) and of the time without it. Defaults to the
example bundle. Median over runs.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from dossier import read
from dossier.analyze.nlp import load_nlp
from dossier.analyze.pipeline import DEFAULT_STEPS
from dossier.analyze.registry import build_steps
from dossier.model import ArticleAnalysis

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "korea-2017" / "bundle.json"


def one_run(articles, steps) -> dict[str, float]:
    nlp = load_nlp()
    spent = {"parse": 0.0, **{s.name: 0.0 for s in steps}}
    for article in articles:
        t0 = time.perf_counter()
        doc = nlp(article.text)
        spent["parse"] += time.perf_counter() - t0
        analysis = ArticleAnalysis(article_id=article.id)
        for found in steps:
            t0 = time.perf_counter()
            found.run(doc, article, analysis)
            spent[found.name] += time.perf_counter() - t0
    return spent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", default=[str(EXAMPLE)])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--out", default="bench/results/events_speed.json")
    args = parser.parse_args()
    articles = read(*args.paths)
    names = list(dict.fromkeys([*DEFAULT_STEPS, "events"]))
    steps = build_steps(names)
    one_run(articles[:1], steps)  # warm up: model load, lookup tables
    runs = [one_run(articles, steps) for _ in range(args.runs)]
    median = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
    total = sum(median.values())
    events = median["events"]
    words = sum(a.word_count for a in articles)
    result = {
        "articles": len(articles),
        "words": words,
        "runs": args.runs,
        "median_seconds": {k: round(v, 4) for k, v in median.items()},
        "events_share_of_analyze_pct": round(100 * events / total, 1),
        "events_added_to_analyze_without_it_pct": round(100 * events / (total - events), 1),
    }
    for key, value in result["median_seconds"].items():
        print(f"{key:<12} {value:>8.4f} s")
    print(f"events step: {result['events_share_of_analyze_pct']} % of analyze; adds "
          f"{result['events_added_to_analyze_without_it_pct']} % to analyze without it")
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, indent=1))
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
