"""Event coding on the PETRARCH-2 validation sentences (real news, gold CAMEO triples).

Usage: python bench/events_petrarch.py PATH/petr2_gsr_validation.jsonl.gz [--limit N]

For every gold (source, target, code) triple: exact triple match; root code found;
source and target country (first three letters of the actor code) found; and root
code with both countries in one coded event (the issue's target, >= 75 %). Also:
events coded on the sentences that expect none (target <= 2), and precision of the
coded events on the other sentences. Only events coded as having happened (status
actual or future, as PETRARCH codes tense-free) count. Beside ours, in the same run:
a baseline that looks verb lemmas up in the words of the CAMEO category names and
takes the verb's nsubj/dobj as actors (same actor coder), so the difference is the
event dictionary and argument finding.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import time
from pathlib import Path

from dossier.analyze import events as _events  # noqa: F401  (registers the step)
from dossier.analyze.actors import ActorCoder
from dossier.analyze.cameo import cameo_table
from dossier.analyze.nlp import load_nlp
from dossier.analyze.pipeline import _run_steps
from dossier.analyze.registry import build_steps
from dossier.model import Article

STEPS = ["sentences", "mentions", "timex", "events"]
COUNTED = {"actual", "future"}
_SKIP_WORDS = {"make", "engage", "express", "intent", "to", "or", "and", "a", "an", "the",
               "for", "of", "in", "on", "not", "specified", "below", "with", "by", "as",
               "such", "other", "others", "target", "use", "conduct", "provide", "demand",
               "appeal", "give", "take"}  # fmt: skip


def load(path: str, limit: int | None) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh]
    return records[:limit] if limit else records


def ours(records: list[dict]) -> dict[str, list[tuple[str, str, str]]]:
    nlp = load_nlp()
    chosen = build_steps(STEPS)
    out: dict[str, list[tuple[str, str, str]]] = {}
    for rec in records:
        article = Article(id=rec["id"], text=rec["text"], published=rec.get("date"))
        analysis = _run_steps(nlp(article.text), article, chosen, {})
        counted = [e for e in analysis.events if e.status in COUNTED]
        out[rec["id"]] = sorted({(e.source_actor, e.target_actor or "", e.cameo_code)
                                 for e in counted})  # fmt: skip
    return out


def baseline_lexicon() -> dict[str, str]:
    """Verb lemma -> code from the CAMEO names ("Criticize or denounce" -> 111)."""
    nlp = load_nlp()
    lexicon: dict[str, str] = {}
    for code, entry in sorted(cameo_table().items(), key=lambda kv: (len(kv[0]), kv[0])):
        if len(code) < 3:
            continue
        for tok in nlp(entry.name.lower()):
            word = tok.lemma_
            wordlike = re.fullmatch(r"[a-z]+", word)
            if tok.pos_ in ("VERB", "NOUN") and word not in _SKIP_WORDS and wordlike:
                lexicon.setdefault(word, code)
    return lexicon


def baseline(records: list[dict], lexicon: dict[str, str]) -> dict[str, list[tuple[str, str, str]]]:
    nlp = load_nlp()
    out: dict[str, list[tuple[str, str, str]]] = {}
    for rec in records:
        doc = nlp(rec["text"])
        coder = ActorCoder(doc, [])
        found = set()
        for tok in doc:
            code = lexicon.get(tok.lemma_.lower()) if tok.pos_ == "VERB" else None
            if not code:
                continue
            subj = [c for c in tok.children if c.dep_ == "nsubj"]
            obj = [c for c in tok.children if c.dep_ == "dobj"]
            if subj and obj:
                src, tgt = coder.code(subj[0]), coder.code(obj[0])
                if src and tgt and src.code != tgt.code:
                    found.add((src.code, tgt.code, code))
        out[rec["id"]] = sorted(found)
    return out


def _same_root_countries(pred: tuple, gold: tuple) -> bool:
    return pred[2][:2] == gold[2][:2] and pred[0][:3] == gold[0][:3] and pred[1][:3] == gold[1][:3]


def score(records: list[dict], coded: dict[str, list[tuple[str, str, str]]]) -> dict:
    gold_n = exact = root = countries = root_countries = 0
    false_on_empty = predicted = matched_pred = 0
    for rec in records:
        pred = coded.get(rec["id"], [])
        if rec["expect_no_events"]:
            false_on_empty += len(pred)
            continue
        gold = [(g["source"], g["target"], g["event"]) for g in rec["gold_events"]]
        predicted += len(pred)
        matched_pred += sum(
            any(_same_root_countries(p, g) for g in gold)
            for p in pred
        )
        for g in gold:
            gold_n += 1
            exact += g in pred
            root += any(p[2][:2] == g[2][:2] for p in pred)
            same_countries = [p for p in pred if p[0][:3] == g[0][:3] and p[1][:3] == g[1][:3]]
            countries += bool(same_countries)
            root_countries += any(p[2][:2] == g[2][:2] for p in same_countries)
    pct = lambda n: round(100.0 * n / gold_n, 1) if gold_n else 0.0  # noqa: E731
    return {
        "gold_events": gold_n,
        "exact_triple_pct": pct(exact),
        "root_code_pct": pct(root),
        "source_target_country_pct": pct(countries),
        "root_and_countries_pct": pct(root_countries),
        "false_events_on_no_event_sentences": false_on_empty,
        "no_event_sentences": sum(r["expect_no_events"] for r in records),
        "coded_events_on_event_sentences": predicted,
        "precision_root_and_countries_pct": (
            round(100.0 * matched_pred / predicted, 1) if predicted else 0.0
        ),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--out", default="bench/results/events_petrarch.json")
    args = parser.parse_args()
    records = load(args.path, args.limit)
    t0 = time.perf_counter()
    ours_coded = ours(records)
    ours_seconds = time.perf_counter() - t0
    base_coded = baseline(records, baseline_lexicon())
    results = {
        "dataset": Path(args.path).name,
        "records": len(records),
        "ours": {**score(records, ours_coded), "seconds": round(ours_seconds, 2)},
        "baseline_codebook_verb_lookup": score(records, base_coded),
        "ours_coded": ours_coded,
        "baseline_coded": base_coded,
    }
    rows = [k for k in results["ours"] if k != "seconds"]
    print(f"{'metric':<40} {'ours':>8} {'baseline':>9}")
    for key in rows:
        base = results["baseline_codebook_verb_lookup"][key]
        print(f"{key:<40} {results['ours'][key]:>8} {base:>9}")
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(results, indent=1, sort_keys=True))
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
