"""Speed of the briefing path on the example bundle.

Measures, on this machine: cold CLI time (a fresh `dossier brief` process, median of
N runs), warm `brief()` time in a process that has already loaded the model (median,
analysis included, no caching), and `analyze` words/s beside bare spaCy `nlp.pipe`
over the same texts, which gives the analysis overhead over the NLP pass.

    python bench/brief_speed.py [--runs 5] [--json bench/results/brief_speed.json]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "korea-2017"


def cold_cli(runs: int) -> list[float]:
    times = []
    with tempfile.TemporaryDirectory() as out:
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "dossier", "brief", str(EXAMPLE), "--out", out, "--quiet"],
                check=True,
            )
            times.append(time.perf_counter() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--json", type=Path, default=ROOT / "bench" / "results" / "brief_speed.json"
    )
    args = parser.parse_args()

    import dossier
    from dossier.analyze import analyze_many
    from dossier.analyze.nlp import load_nlp

    articles = dossier.read(EXAMPLE)
    words = sum(a.word_count for a in articles)
    nlp = load_nlp()
    dossier.brief(articles)  # warm-up: model loaded, lazy imports done

    warm = []
    for _ in range(args.runs):
        start = time.perf_counter()
        dossier.brief(articles)
        warm.append(time.perf_counter() - start)

    bare, ours = [], []
    for _ in range(args.runs):
        start = time.perf_counter()
        list(nlp.pipe(a.text for a in articles))
        bare.append(time.perf_counter() - start)
        start = time.perf_counter()
        list(analyze_many(articles))
        ours.append(time.perf_counter() - start)

    cold = cold_cli(args.runs)
    results = {
        "articles": len(articles),
        "words": words,
        "cold_cli_s": statistics.median(cold),
        "warm_brief_s": statistics.median(warm),
        "bare_spacy_words_per_s": words / statistics.median(bare),
        "analyze_words_per_s": words / statistics.median(ours),
        "analysis_overhead_pct": 100 * (statistics.median(ours) / statistics.median(bare) - 1),
    }
    rows = [
        ("cold CLI brief (median)", f"{results['cold_cli_s']:.2f} s", "<= 3 s"),
        ("warm brief() (median)", f"{results['warm_brief_s']:.2f} s", "<= 1 s"),
        ("bare spaCy nlp.pipe", f"{results['bare_spacy_words_per_s']:,.0f} words/s", "baseline"),
        ("dossier analyze", f"{results['analyze_words_per_s']:,.0f} words/s", ""),
        ("analysis overhead over spaCy", f"{results['analysis_overhead_pct']:.1f} %", "<= 25 %"),
    ]
    print(f"Example bundle: {len(articles)} articles, {words} words, {args.runs} runs each")
    print(f"{'measure':32} {'value':>18}  target")
    for name, value, target in rows:
        print(f"{name:32} {value:>18}  {target}")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
