"""What the across-sources stage (claims, contradictions, outlet comparison) costs.

Runs ``brief()`` on a bundle with and without the stage in the same process, warm
(model loaded, lazy imports done), and reports the medians and the share the stage
adds. Two views: the whole ``brief()`` call (analysis included, what a user waits
for) and the story stage alone (``brief()`` given precomputed analyses).

The "without" baseline swaps the stage for one that returns nothing: the same
code path minus the comparison; with/without runs are interleaved. "Added" is the
stage's own median time (``across_sources()`` alone) over the baseline's median.
Target: the stage adds at most 20 % to ``brief()``.

    python bench/compare_speed.py [BUNDLE_DIR] [--runs 7] [--json bench/results/compare_speed.json]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "korea-2017"


def _median_seconds(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("bundle", type=Path, nargs="?", default=EXAMPLE)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument(
        "--json", type=Path, default=ROOT / "bench" / "results" / "compare_speed.json"
    )
    args = parser.parse_args()

    import dossier
    import dossier.story.build as build
    from dossier.analyze import analyze_many
    from dossier.story.across import across_sources
    from dossier.story.context import StoryInput
    from dossier.story.independence import source_groups
    from dossier.story.quotes import merge_quotes
    from dossier.story.resolve import resolve_entities

    articles = dossier.read(args.bundle)
    analyses = {a.article_id: a for a in analyze_many(articles)}
    dossier.brief(articles)  # warm-up: model, sklearn, VADER lexicon loaded

    def without_stage(*_args, **_kwargs) -> dict:
        return {}

    # Interleave with/without runs so drift in machine load hits both alike.
    samples: dict[str, dict[str, list[float]]] = {
        "with": {"brief_s": [], "story_stage_s": []},
        "without": {"brief_s": [], "story_stage_s": []},
    }
    for _ in range(args.runs):
        for label, stage in (("with", across_sources), ("without", without_stage)):
            build.across_sources = stage
            samples[label]["brief_s"].append(_median_seconds(lambda: dossier.brief(articles), 1))
            samples[label]["story_stage_s"].append(
                _median_seconds(lambda: dossier.brief(articles, analyses=analyses), 1)
            )
    build.across_sources = across_sources
    rows = {
        label: {k: statistics.median(v) for k, v in by_kind.items()}
        for label, by_kind in samples.items()
    }

    story = StoryInput(articles=articles, analyses=analyses)
    entities = resolve_entities(story)
    quotes = merge_quotes(story, entities)
    stage_alone = _median_seconds(lambda: across_sources(story, entities, quotes), args.runs)
    dedup_s = _median_seconds(lambda: source_groups(articles), args.runs)
    briefing = dossier.brief(articles, analyses=analyses)

    # The stage's own median time over the baseline: steadier than a difference of two
    # noisy medians on a shared machine.
    added_brief = stage_alone / rows["without"]["brief_s"]
    added_story = stage_alone / rows["without"]["story_stage_s"]
    result = {
        "bundle": str(args.bundle),
        "articles": len(articles),
        "words": sum(a.word_count for a in articles),
        "runs": args.runs,
        "brief_with_s": rows["with"]["brief_s"],
        "brief_without_s": rows["without"]["brief_s"],
        "story_stage_with_s": rows["with"]["story_stage_s"],
        "story_stage_without_s": rows["without"]["story_stage_s"],
        "across_sources_alone_s": stage_alone,
        "near_duplicate_check_s": dedup_s,
        "added_to_brief": added_brief,
        "added_to_story_stage": added_story,
        "claims": len(briefing.claims),
        "multi_source_claims": sum(not c.single_source for c in briefing.claims),
        "discrepancies": len(briefing.discrepancies),
        "target_met": added_brief <= 0.20,
    }
    print(f"{result['articles']} articles, {result['words']} words, median of {args.runs} runs")
    print(f"{'':32}{'with comparison':>18}{'without (baseline)':>20}{'added':>9}")
    print(
        f"{'brief() incl. analysis':32}{rows['with']['brief_s'] * 1000:>15.1f} ms"
        f"{rows['without']['brief_s'] * 1000:>17.1f} ms{added_brief:>9.1%}"
    )
    print(
        f"{'story stage (analyses given)':32}{rows['with']['story_stage_s'] * 1000:>15.1f} ms"
        f"{rows['without']['story_stage_s'] * 1000:>17.1f} ms{added_story:>9.1%}"
    )
    print(f"{'across_sources() alone':32}{stage_alone * 1000:>15.1f} ms")
    print(f"{'  of which near-duplicate check':32}{dedup_s * 1000:>15.1f} ms")
    print(f"target <= 20 % of brief(): {'met' if result['target_met'] else 'NOT met'}")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
