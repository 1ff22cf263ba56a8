"""TempEval-3 Task A (time expressions) on a TE3 JSONL file: ours beside a dateparser baseline.

Usage: python bench/timex_te3.py PATH/te3_platinum.jsonl.gz [--limit N] [--errors N]

Tune on tbaq_cleaned.jsonl.gz; run the platinum test file only to measure. Each
document is parsed once by the project's spaCy pipeline; ours is the registered
``timex`` step (rule finder + tense), the baseline is dateparser 1.5 applied to
spaCy's DATE/TIME entities (relative base = the document creation time, prefer past,
granularity from dateparser's period). Also reported: the time the timex step takes
as a share of the whole ``analyze`` (spaCy + every default step) on the same texts.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import time
from pathlib import Path

from dossier.analyze.nlp import load_nlp
from dossier.analyze.pipeline import DEFAULT_STEPS
from dossier.analyze.registry import build_steps
from dossier.evaluate.timex import Timex, score
from dossier.model import Article, ArticleAnalysis

RESULTS = Path(__file__).resolve().parent / "results" / "timex_te3.json"


def load(path: str, limit: int | None) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        docs = [json.loads(line) for line in fh]
    return docs[:limit] if limit else docs


def dct(doc: dict) -> dt.date:
    return dt.date.fromisoformat(doc["dct"][:10])


def gold(doc: dict) -> list[Timex]:
    return [Timex(start=t["start"], end=t["end"], type=t["type"], value=t["value"])
            for t in doc["timexes"]]  # fmt: skip


def baseline(spacy_doc, anchor: dt.date) -> list[Timex]:
    from dateparser.date import DateDataParser

    settings = {"RELATIVE_BASE": dt.datetime.combine(anchor, dt.time(12)),
                "PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}  # fmt: skip
    parser = DateDataParser(languages=["en"], settings=settings)
    out = []
    for ent in spacy_doc.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        data = parser.get_date_data(ent.text)
        value = ""
        if data and data.date_obj:
            d = data.date_obj
            by_period = {"year": f"{d:%Y}", "month": f"{d:%Y-%m}", "week": d.strftime("%G-W%V"),
                         "time": f"{d:%Y-%m-%dT%H:%M}"}  # fmt: skip
            value = by_period.get(data.period or "day", f"{d:%Y-%m-%d}")
        out.append(Timex(start=ent.start_char, end=ent.end_char, type=ent.label_, value=value))
    return out


def run(docs: list[dict], errors: int) -> dict:
    nlp = load_nlp()
    steps = build_steps(DEFAULT_STEPS)
    ours_pairs, base_pairs = [], []
    spacy_s, step_s = 0.0, dict.fromkeys(DEFAULT_STEPS, 0.0)
    shown = 0
    for doc in docs:
        anchor = dct(doc)
        article = Article(id=doc["id"], text=doc["text"], published=anchor)
        t0 = time.perf_counter()
        parsed = nlp(doc["text"])
        spacy_s += time.perf_counter() - t0
        analysis = ArticleAnalysis(article_id=article.id)
        for s in steps:
            t0 = time.perf_counter()
            s.run(parsed, article, analysis)
            step_s[s.name] += time.perf_counter() - t0
        ours = [Timex(start=t.start, end=t.end, type=t.type, value=t.value)
                for t in analysis.time_expressions]  # fmt: skip
        g = gold(doc)
        ours_pairs.append((g, ours))
        base_pairs.append((g, baseline(parsed, anchor)))
        if shown < errors:
            shown += show_errors(doc, g, analysis.time_expressions)
    total = spacy_s + sum(step_s.values())
    return {
        "documents": len(docs),
        "ours": score(ours_pairs).summary(),
        "baseline_dateparser_on_spacy": score(base_pairs).summary(),
        "timing": {
            "spacy_s": round(spacy_s, 3),
            "steps_s": {k: round(v, 3) for k, v in step_s.items()},
            "timex_share_of_analyze_pct": round(100 * step_s["timex"] / total, 2),
        },
    }


def show_errors(doc: dict, g: list[Timex], predicted) -> int:
    shown = 0
    anchor = doc["dct"][:10]
    for t in doc["timexes"]:
        hit = [p for p in predicted if p.start < t["end"] and t["start"] < p.end]
        if not hit:
            print(f"MISS  {anchor} {t['type']:8} {t['text']!r} {t['value']}")
        elif hit[0].value != t["value"] or (hit[0].start, hit[0].end) != (t["start"], t["end"]):
            p = hit[0]
            print(
                f"DIFF  {anchor} {t['type']:8} {t['text']!r} {t['value']}  "
                f"<- {p.type} {p.text!r} {p.value} [{p.tense}]"
            )
        else:
            continue
        shown += 1
    for p in predicted:
        if not any(p.start < t["end"] and t["start"] < p.end for t in doc["timexes"]):
            ctx = doc["text"][max(0, p.start - 30) : p.end + 20].replace("\n", " ")
            print(f"EXTRA {anchor} {p.type:8} {p.text!r} {p.value}   …{ctx}…")
            shown += 1
    return shown


def print_table(result: dict) -> None:
    cols = ["strict_p", "strict_r", "strict_f1", "relaxed_p", "relaxed_r", "relaxed_f1",
            "type_accuracy", "value_accuracy", "value_f1"]  # fmt: skip
    print(f"{'system':32}" + "".join(f"{c:>15}" for c in cols))
    for name in ("ours", "baseline_dateparser_on_spacy"):
        print(f"{name:32}" + "".join(f"{result[name][c]:>15.2f}" for c in cols))
    print(
        f"{'HeidelTime (TE3 reported)':32}"
        + f"{'':>45}{'':>30}{90.30:>15.2f}{'':>30}{77.61:>15.2f}"
    )
    timing = result["timing"]
    print(
        f"\ntimex step: {timing['steps_s']['timex']:.3f} s = "
        f"{timing['timex_share_of_analyze_pct']:.2f} % of analyze "
        f"(spaCy {timing['spacy_s']:.2f} s + steps {sum(timing['steps_s'].values()):.2f} s)"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path")
    ap.add_argument("--limit", type=int, default=None, help="first N documents only")
    ap.add_argument("--errors", type=int, default=0, help="print up to N errors (tuning data only)")
    ap.add_argument("--out", default=str(RESULTS))
    args = ap.parse_args()
    result = run(load(args.path, args.limit), args.errors)
    result["data"] = Path(args.path).name
    print_table(result)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2, sort_keys=True) + "\n")
    print(f"\nwrote {out}")


if __name__ == "__main__":
    main()
