"""Event coding on the PETRARCH-2 validation sentences (real news, gold CAMEO triples).

Usage: python bench/events_petrarch.py PATH/petr2_gsr_validation.jsonl.gz [--limit N]
       python bench/events_petrarch.py bench/data/events_dev_sentences.tsv --own [--show]
       python bench/events_petrarch.py PATH/cameo_codebook.jsonl.gz --codebook [--show]
       python bench/events_petrarch.py PATH/petr_unittest.jsonl.gz --unittest \
           --actors PATH/petr_validate_actors.json [--show]

With --unittest, PETRARCH's unit-test suite (fictional states, its own test
dictionaries) is scored as a behaviour specification: a test passes on the dyad when
every gold (source, target) pair is coded with some action (and, for tests expecting
none, when nothing is coded); on root/exact when the codes match too. Its actor
dictionary is loaded as the user's own actors; the suite's verb codes are partly
artificial, so the dyad figure is the one to develop argument finding on.

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

from dossier.analyze import events as _events
from dossier.analyze.events.actors import ActorCoder, ActorDictionary
from dossier.analyze.events.cameo import cameo_table
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


def ours(
    records: list[dict], actors: ActorDictionary | None = None
) -> dict[str, list[tuple[str, str, str]]]:
    nlp = load_nlp()
    chosen = build_steps(STEPS[:-1])
    out: dict[str, list[tuple[str, str, str]]] = {}
    for rec in records:
        article = Article(id=rec["id"], text=rec["text"], published=rec.get("date"))
        doc = nlp(article.text)
        analysis = _run_steps(doc, article, chosen, {})
        events = _events.extract_events(
            doc, article.id, analysis.mentions, analysis.time_expressions, actors
        )
        counted = [e for e in events if e.status in COUNTED]
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
        matched_pred += sum(any(_same_root_countries(p, g) for g in gold) for p in pred)
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


def score_unittests(records: list[dict], coded: dict[str, list[tuple[str, str, str]]]) -> dict:
    """Pass counts per test: dyads found, dyads with root code, exact triples."""
    tests = [r for r in records if not r.get("expect_error")]
    dyad = root = exact = 0
    empty_ok = empty_n = 0
    for rec in tests:
        pred = coded.get(rec["id"], [])
        if rec["expect_no_events"] or not rec["gold_events"]:
            empty_n += 1
            empty_ok += not pred
            continue
        gold = [(g["source"], g["target"], g["event"]) for g in rec["gold_events"]]
        dyad += all(any(p[:2] == g[:2] for p in pred) for g in gold)
        root += all(any(p[:2] == g[:2] and p[2][:2] == g[2][:2] for p in pred) for g in gold)
        exact += all(g in pred for g in gold)
    n = len(tests) - empty_n
    return {
        "tests_with_events": n,
        "dyads_pass": dyad,
        "dyads_and_root_pass": root,
        "exact_pass": exact,
        "no_event_tests": empty_n,
        "no_event_pass": empty_ok,
    }


def run_codebook(args: argparse.Namespace) -> None:
    """The codebook's example leads (real news, code known, actors not given): how many
    get an event with the example's root code, and with its exact code."""
    with gzip.open(args.path, "rt", encoding="utf-8") as fh:
        entries = [json.loads(line) for line in fh]
    records = []
    for entry in entries:
        text = (entry.get("example") or "").split(" Note:")[0].strip()
        if text and entry["level"] > 1:
            records.append({"id": entry["code"], "text": text, "date": None})
    coded = ours(records)
    root = sum(any(p[2][:2] == r["id"][:2] for p in coded[r["id"]]) for r in records)
    exact = sum(any(p[2] == r["id"] for p in coded[r["id"]]) for r in records)
    anything = sum(bool(coded[r["id"]]) for r in records)
    print(f"examples {len(records)}  any event {anything}  root code {root}  exact code {exact}")
    _write(args, "_codebook", {"examples": len(records), "any_event": anything,
                               "root_code": root, "exact_code": exact, "coded": coded})  # fmt: skip
    if args.show:
        for r in records:
            if not any(p[2][:2] == r["id"][:2] for p in coded[r["id"]]):
                print(f"-- {r['id']}: {r['text'][:140]}\n   ours {coded[r['id']]}")


def _write(args: argparse.Namespace, suffix: str, results: dict) -> None:
    out = Path(args.out.replace(".json", f"{suffix}.json"))
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=1, sort_keys=True))
    print(f"wrote {out}")


def load_own(path: str) -> list[dict]:
    """Our own sentences: text, then SOURCE>TARGET:ROOT;... or "-" (see the file header)."""
    records = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines()):
        if not line.strip() or line.startswith("#"):
            continue
        text, want = line.split("\t")
        gold = []
        for item in want.split(";") if want.strip() != "-" else []:
            dyad, root = item.split(":")
            src, tgt = dyad.split(">")
            gold.append({"source": src, "target": tgt, "event": root})
        records.append({"id": f"own-{n}", "text": text, "gold_events": gold,
                        "expect_no_events": not gold})  # fmt: skip
    return records


def run_own(args: argparse.Namespace) -> None:
    """Per sentence: every expected (source country, target country, root) found?"""
    records = load_own(args.path)
    coded = ours(records)
    passed = false = gold_n = found_n = 0
    for rec in records:
        pred = coded[rec["id"]]
        if rec["expect_no_events"]:
            false += len(pred)
            ok = not pred
        else:
            hits = [any(p[0][:3] == g["source"][:3] and p[1][:3] == g["target"][:3]
                        and g["event"] in ("-", p[2][:2]) for p in pred)
                    for g in rec["gold_events"]]  # fmt: skip
            gold_n += len(hits)
            found_n += sum(hits)
            ok = all(hits)
        passed += ok
        if args.show and not ok:
            gold = [(g["source"], g["target"], g["event"]) for g in rec["gold_events"]]
            print(f"-- {rec['text']}\n   want {gold}\n   ours {pred}")
    print(
        f"sentences {len(records)}  all expected found {passed}  "
        f"expected events found {found_n}/{gold_n}  events on no-event sentences {false}"
    )
    _write(args, "_own", {"sentences": len(records), "all_expected_found": passed,
                          "expected_found": found_n, "expected": gold_n,
                          "events_on_no_event_sentences": false, "coded": coded})  # fmt: skip


def run_unittests(args: argparse.Namespace, records: list[dict]) -> None:
    actors = ActorDictionary.from_petrarch_json(args.actors) if args.actors else None
    coded = ours(records, actors)
    results = {"dataset": Path(args.path).name, **score_unittests(records, coded)}
    for key, value in results.items():
        print(f"{key:<24} {value}")
    if args.show:
        for rec in records:
            gold = sorted((g["source"], g["target"], g["event"]) for g in rec["gold_events"])
            pred = coded.get(rec["id"], [])
            mark = "ok" if {g[:2] for g in gold} <= {p[:2] for p in pred} else "--"
            print(f"{mark} {rec['id']}: {rec['text'][:110]}\n   gold {gold}\n   ours {pred}")
    out = Path(args.out.replace(".json", "_unittest.json"))
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({**results, "coded": coded}, indent=1, sort_keys=True))
    print(f"wrote {out}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--out", default="bench/results/events_petrarch.json")
    parser.add_argument("--unittest", action="store_true", help="score as a unit-test suite")
    parser.add_argument("--actors", default=None, help="PETRARCH-style actor dictionary (JSON)")
    parser.add_argument("--show", action="store_true", help="print every test with our codes")
    parser.add_argument("--own", action="store_true", help="PATH is our own sentences (TSV)")
    parser.add_argument("--codebook", action="store_true", help="PATH is the CAMEO codebook")
    args = parser.parse_args()
    if args.own:
        run_own(args)
        return
    if args.codebook:
        run_codebook(args)
        return
    records = load(args.path, args.limit)
    if args.unittest:
        run_unittests(args, records)
        return
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
