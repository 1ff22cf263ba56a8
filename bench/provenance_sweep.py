"""Provenance on held-out news: brief every cluster of a JSON Lines cluster set and check
that every item of every briefing points at the exact passage it came from.

Users trust a briefing because each summary sentence, quote, speaker, date, claim,
entity mention and event can be traced to a span of an article. This script measures
that on articles we never tuned on (e.g. DUC 2004 and Multi-News clusters): it briefs
each cluster (all stages, rendered to Markdown and HTML too), then checks each item
against the article text. It prints counts per item kind and every violation, and
writes JSON.

    python bench/provenance_sweep.py ../shared/data/multinews/test_longbench200.jsonl.gz
    python bench/provenance_sweep.py ../shared/data/duc2004/task2.jsonl.gz --limit 20
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import time
import traceback
from collections import Counter
from pathlib import Path

import dossier
from dossier.model import Article, Briefing, Span
from dossier.render import render_html, render_markdown

_PRONOUN = re.compile(r"\b(he|she|they|it|his|her|their|its)\b", re.IGNORECASE)


def check_briefing(briefing: Briefing, articles: list[Article]) -> tuple[Counter, list[str]]:
    """(items checked per kind, violations) for one briefing."""
    text = {a.id: a.text for a in articles}
    checked: Counter = Counter()
    bad: list[str] = []

    def at(span: Span) -> str | None:
        body = text.get(span.article_id)
        if body is None or not 0 <= span.start < span.end <= len(body):
            return None
        return body[span.start : span.end]

    def expect(kind: str, ok: bool, detail: str) -> None:
        checked[kind] += 1
        if not ok:
            bad.append(f"{kind}: {detail[:200]}")

    for s in briefing.summary:
        source = at(s.source)
        # the sentence itself, or it with a trailing attribution cut ("..., X said.")
        ok = source is not None and (s.text == source or source.startswith(s.text[:-1]))
        expect("summary sentence", ok, f"{s.text!r} vs {source!r}")
        for span in s.supporting:
            expect("summary support", at(span) is not None, str(span))
    for q in briefing.quotes:
        for o in q.occurrences:
            body = text.get(o.article_id, "")
            expect("quote", body[o.start : o.end] == o.text, f"{o.text!r}")
            expect("quote pieces", all(o.start <= a < b <= o.end for a, b in o.parts),
                   f"{o.parts} outside {o.start}-{o.end}")  # fmt: skip
            if o.speaker_start is not None and o.speaker_end is not None:
                written = body[o.speaker_start : o.speaker_end]
                expect("speaker", written == o.speaker_text, f"{o.speaker_text!r} vs {written!r}")
    for item, kind in [(e, "timeline entry") for e in briefing.timeline] + [
        (c, "claim") for c in briefing.claims
    ]:
        found = [at(span) for span in item.sources]
        expect(kind, item.text in found, f"{item.text!r}")
        for r in item.referents:  # "he [Name]": the bracket follows a pronoun of the text
            pronoun = item.text[r.start : r.end]
            expect("referent", _PRONOUN.fullmatch(pronoun) is not None, f"{pronoun!r} {r}")
    for d in briefing.discrepancies:
        for side in d.sides:
            passage = at(side.source)
            ok = passage is not None and side.text.strip() in passage
            expect("discrepancy side", ok, f"{side.text!r} vs {passage!r}")
    for entity in briefing.entities:
        for span in entity.mentions:
            expect("entity mention", bool(at(span)), str(span))
    for event in briefing.events:
        found = [at(span) for span in event.sources]
        expect("event sentence", None not in found, str(event.sources))
        # the source as first written is in one of its sentences, unless a pronoun there
        # was resolved to it ("He protested" -> the person named before)
        named = event.source_text is None or any(event.source_text in f for f in found if f)
        if not named and any(f and _PRONOUN.search(f) for f in found):
            checked["event source via pronoun"] += 1  # resolved, not written: counted apart
            continue
        expect("event source named", named, f"{event.source_text!r} in none of {found}")
    return checked, bad


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", type=Path, help="JSON Lines clusters: {id, documents: [{text}]}")
    parser.add_argument("--limit", type=int, default=None, help="first N clusters only")
    parser.add_argument("--json", type=Path, default=None, help="results file")
    args = parser.parse_args()
    totals: Counter = Counter()
    violations: list[dict] = []
    failures: list[dict] = []
    times: list[float] = []
    with gzip.open(args.path, "rt", encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if args.limit is not None and n >= args.limit:
                break
            row = json.loads(line)
            articles = [
                Article(id=f"{row['id']}-{i}", text=doc["text"], outlet=f"outlet {i + 1}")
                for i, doc in enumerate(row["documents"])
                if doc["text"].strip()
            ]
            start = time.perf_counter()
            try:
                briefing = dossier.brief(articles)
                render_markdown(briefing)
                render_html(briefing)
            except Exception:  # a crash on real news is what this measures
                failures.append({"cluster": row["id"], "error": traceback.format_exc(limit=3)})
                continue
            finally:
                times.append(time.perf_counter() - start)
            checked, bad = check_briefing(briefing, articles)
            totals.update(checked)
            violations += [{"cluster": row["id"], "problem": b} for b in bad]
    clusters = len(times)
    mean = sum(times) / max(clusters, 1)
    print(f"{args.path.name}: {clusters} clusters briefed and rendered, "
          f"{len(failures)} raised, mean {mean:.2f} s per cluster")  # fmt: skip
    print(f"{'item':<26} {'checked':>8} {'violations':>10}")
    per_kind = Counter(v["problem"].split(":")[0] for v in violations)
    for kind, count in sorted(totals.items()):
        print(f"{kind:<26} {count:>8} {per_kind[kind]:>10}")
    for v in violations[:20]:
        print(f"  {v['cluster']}: {v['problem']}")
    for f in failures[:5]:
        print(f"  {f['cluster']} raised:\n{f['error']}")
    name = args.path.name.split(".")[0]
    out = args.json or Path(__file__).parent / "results" / f"provenance-{name}.json"
    out.write_text(json.dumps({
        "dataset": str(args.path), "clusters": clusters, "raised": failures,
        "checked": dict(totals), "violations": violations,
        "mean_seconds_per_cluster": mean,
    }, indent=1))  # fmt: skip
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
