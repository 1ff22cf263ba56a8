"""Sentence selection for extractive multi-document summaries: concept coverage by ILP.

The core follows Gillick & Favre's ICSI summariser (2009): concepts are stemmed word
bigrams; a concept's weight is the number of documents that contain it (what several
sources report counts more than what one source repeats); the summary is the set of
sentences that maximises the total weight of the concepts it covers within the length
budget, solved exactly as an integer linear programme (``scipy.optimize.milp``). Each
concept counts once however many chosen sentences contain it, so redundancy costs
budget and buys nothing; pairs of near-duplicate sentences are also forbidden outright.

Two additions to ICSISumm, both unsupervised and fixed in advance (not fitted to any
test set): a document's early sentences count extra when weighting concepts (the news
lead states the event), and candidate sentences that open with a pronoun or connective
whose antecedent would be missing are not eligible.

The module knows nothing of spaCy or briefings: it takes sentences as plain strings with
their document and position, so the same core serves ``summary.summarize`` (spaCy
sentence spans) and the evaluation on raw cluster documents (``split_sentences``).
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

# Opening words that need an antecedent in the previous sentence.
DANGLING_START = re.compile(
    r"^[\"'“‘(]*(he|she|it|they|him|them|his|her|hers|its|their|theirs|this|that|these|"
    r"those|but|and|or|so|also|still|yet|however|meanwhile|instead|then|thus|therefore|"
    r"moreover|furthermore|besides|otherwise|nevertheless|nonetheless|likewise|similarly|"
    r"accordingly|consequently|hence|later|afterward|afterwards|there|here|such|both|"
    r"neither|another|others|the\s+latter|the\s+former|the\s+other)\b",
    re.IGNORECASE,
)
# Phrases that point back to something the sentence does not say itself.
NEEDS_CONTEXT = re.compile(
    r"\b(said|says|say|did|do|does) (as much|so)\b|\bthe (same|latter|former)\b", re.IGNORECASE
)
_OPENS_QUOTE = re.compile(r"^[\"“]")
_ATTRIBUTION = re.compile(
    r"\b(said|says|told|tells|according to|asked|added|wrote|writes|stated)\b", re.IGNORECASE
)
_WORD = re.compile(r"[a-z0-9]+")
# A trailing ", <speaker> said (Tuesday)." whose speaker is named (not a pronoun).
_TRAILING_ATTRIBUTION = re.compile(
    r",\s*(?!(?:he|she|they|it|we|i)\s)(?:[A-Za-z][^,;\"“”]{0,60}?)\s+"
    r"(?:said|says|reported|announced)(?:\s+(?:on\s+)?[A-Z][a-z]+day)?(?:\s+in\s+a\s+statement)?\.$"
)
_FIRST_SECOND_PERSON = re.compile(r"\b(i|we|our|ours|us|my|me|you|your)\b", re.IGNORECASE)
_QUOTE_MARK = re.compile(r"[\"“”]|''|``")
_END = re.compile(r"[.!?][\"'”’)]*$")


@dataclass(frozen=True)
class SelectSettings:
    """The handful of global settings of the selector (chosen a priori, listed in the report)."""

    min_words: int = 6
    max_words: int = 55
    lead_sentences: int = 3
    lead_bonus: float = 1.0
    min_doc_freq: int = 2
    max_concepts: int = 250
    duplicate_cosine: float = 0.5
    time_limit: float = 10.0
    compress: bool = True
    unigram_weight: float = 0.0

    @property
    def unigrams(self) -> bool:
        return self.unigram_weight > 0

@dataclass
class Unit:
    """One candidate sentence: its text, which document it is from, and where."""

    text: str
    doc: int
    position: int
    words: int = field(init=False)
    bytes: int = field(init=False)

    def __post_init__(self) -> None:
        self.words = len(self.text.split())
        self.bytes = len(self.text.encode("utf-8"))


def compress(text: str, min_words: int = 8) -> str:
    """Drop a trailing attribution (", the commission said Saturday.") from a reported
    fact, keeping the words otherwise intact. Quotes keep theirs: a sentence with quote
    marks or first/second-person words is somebody's statement, not a fact."""
    m = _TRAILING_ATTRIBUTION.search(text)
    if not m or _QUOTE_MARK.search(text):
        return text
    kept = text[: m.start()]
    if len(kept.split()) < min_words or _FIRST_SECOND_PERSON.search(kept):
        return text
    return kept + "."


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return frozenset(ENGLISH_STOP_WORDS) | {"said", "says", "say", "mr", "mrs", "ms"}


@lru_cache(maxsize=1)
def _porter():  # noqa: ANN202 - nltk is untyped
    from nltk.stem.porter import PorterStemmer

    return PorterStemmer(mode=PorterStemmer.MARTIN_EXTENSIONS)


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    return _porter().stem(word) if len(word) > 3 else word


def words(text: str) -> list[str]:
    """Lower-cased alphanumeric words (hyphens split words, as ROUGE does)."""
    return _WORD.findall(text.lower())


@lru_cache(maxsize=50_000)
def concepts(text: str, unigrams: bool = False) -> frozenset[tuple[str, ...]]:
    """Stemmed bigrams of a sentence, leaving out those made only of stopwords; with
    ``unigrams``, also its stemmed content words as one-word concepts."""
    stop = _stopwords()
    ws = words(text)
    stems = [stem(w) for w in ws]
    out: set[tuple[str, ...]] = {
        (stems[i], stems[i + 1])
        for i in range(len(ws) - 1)
        if not (ws[i] in stop and ws[i + 1] in stop)
    }
    if unigrams:
        out |= {(s,) for w, s in zip(ws, stems, strict=True) if w not in stop}
    return frozenset(out)


def content_stems(text: str) -> Counter[str]:
    stop = _stopwords()
    return Counter(stem(w) for w in words(text) if w not in stop)


def eligible(unit: Unit, settings: SelectSettings) -> bool:
    """A sentence that can stand alone in a summary: complete, of useful length, no
    dangling opener or back-reference, not a question, not a quote without its speaker."""
    text = unit.text.strip()
    if not settings.min_words <= unit.words <= settings.max_words:
        return False
    if not _END.search(text) or text.rstrip("\"'”’)").endswith("?"):
        return False
    if _OPENS_QUOTE.match(text) and not _ATTRIBUTION.search(text):
        return False
    return not (DANGLING_START.match(text) or NEEDS_CONTEXT.search(text))


def concept_weights(units: Sequence[Unit], settings: SelectSettings) -> dict[tuple, float]:
    """Concept -> weight: documents containing it, plus a bonus for a document's lead."""
    n_docs = len({u.doc for u in units})
    per_doc: dict[tuple, dict[int, float]] = defaultdict(dict)
    tf: Counter[tuple] = Counter()
    for u in units:
        lead = u.position < settings.lead_sentences
        for c in concepts(u.text, settings.unigrams):
            tf[c] += 1
            credit = 1.0 + (settings.lead_bonus if lead else 0.0)
            per_doc[c][u.doc] = max(per_doc[c].get(u.doc, 0.0), credit)
    weights: dict[tuple, float] = {}
    for c, docs in per_doc.items():
        # With few documents, frequency within them has to stand in for agreement.
        support = len(docs) if n_docs >= 3 else tf[c]
        if support >= settings.min_doc_freq:
            weight = sum(docs.values()) + (0.0 if n_docs >= 3 else tf[c] - len(docs))
            weights[c] = weight * (settings.unigram_weight if len(c) == 1 else 1.0)
    top = sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[: settings.max_concepts]
    return dict(top)


def _duplicate_pairs(texts: Sequence[str], threshold: float) -> list[tuple[int, int]]:
    vecs = [content_stems(t) for t in texts]
    norms = [math.sqrt(sum(v * v for v in c.values())) or 1.0 for c in vecs]
    pairs = []
    for i in range(len(vecs)):
        for j in range(i + 1, len(vecs)):
            a, b = vecs[i], vecs[j]
            if len(a) > len(b):
                a, b = b, a
            dot = sum(v * b[k] for k, v in a.items() if k in b)
            if dot / (norms[i] * norms[j]) > threshold:
                pairs.append((i, j))
    return pairs


def select(
    units: Sequence[Unit],
    words_budget: int | None = 100,
    bytes_budget: int | None = None,
    settings: SelectSettings | None = None,
) -> list[int]:
    """Indices of the chosen units (into ``units``), in chronological/document order.

    ``units`` must list every sentence of every document in order (positions matter);
    only eligible ones are candidates.
    """
    settings = settings or SelectSettings()
    weights = concept_weights(units, settings)
    cands = [
        i for i, u in enumerate(units)
        if eligible(u, settings) and _fits(u, words_budget, bytes_budget)
    ]  # fmt: skip
    if not cands:
        return []
    cand_concepts = [set(concepts(units[i].text, settings.unigrams)) & weights.keys() for i in cands]
    keep = [k for k, cs in enumerate(cand_concepts) if cs]
    if not keep:
        keep = list(range(len(cands)))
    cands = [cands[k] for k in keep]
    cand_concepts = [cand_concepts[k] for k in keep]
    chosen = _solve(units, cands, cand_concepts, weights, words_budget, bytes_budget, settings)
    return sorted(chosen, key=lambda i: (units[i].doc, units[i].position))


def _fits(u: Unit, words_budget: int | None, bytes_budget: int | None) -> bool:
    return (words_budget is None or u.words <= words_budget) and (
        bytes_budget is None or u.bytes <= bytes_budget
    )


def _solve(
    units: Sequence[Unit],
    cands: list[int],
    cand_concepts: list[set[tuple]],
    weights: dict[tuple, float],
    words_budget: int | None,
    bytes_budget: int | None,
    settings: SelectSettings,
) -> list[int]:
    from scipy.optimize import Bounds, LinearConstraint, milp
    from scipy.sparse import coo_matrix

    used = sorted({c for cs in cand_concepts for c in cs})
    col = {c: k for k, c in enumerate(used)}
    m, n = len(used), len(cands)
    # Objective: concept weights; a tiny preference for early sentences breaks ties
    # deterministically towards the lead.
    tie = np.array([1e-3 / (1 + units[i].position) for i in cands])
    cost = -np.concatenate([np.array([weights[c] for c in used]), tie])
    rows, cols, vals, lo, hi = [], [], [], [], []
    r = 0

    def add(entries: list[tuple[int, float]], lower: float, upper: float) -> None:
        nonlocal r
        for c, v in entries:
            rows.append(r)
            cols.append(c)
            vals.append(v)
        lo.append(lower)
        hi.append(upper)
        r += 1

    if words_budget is not None:
        add([(m + j, units[i].words) for j, i in enumerate(cands)], -np.inf, words_budget)
    if bytes_budget is not None:
        # Sentences are joined by one space.
        add([(m + j, units[i].bytes + 1) for j, i in enumerate(cands)], -np.inf, bytes_budget + 1)
    holders: dict[int, list[int]] = defaultdict(list)
    for j, cs in enumerate(cand_concepts):
        for c in cs:
            holders[col[c]].append(j)
            add([(m + j, 1.0), (col[c], -1.0)], -np.inf, 0.0)  # sentence in => concept on
    for k, js in holders.items():
        add([(k, 1.0)] + [(m + j, -1.0) for j in js], -np.inf, 0.0)  # concept on => a holder
    for a, b in _duplicate_pairs([units[i].text for i in cands], settings.duplicate_cosine):
        add([(m + a, 1.0), (m + b, 1.0)], -np.inf, 1.0)
    matrix = coo_matrix((vals, (rows, cols)), shape=(r, m + n)).tocsr()
    res = milp(
        cost,
        constraints=LinearConstraint(matrix, np.array(lo), np.array(hi)),
        integrality=np.ones(m + n),
        bounds=Bounds(0, 1),
        options={"time_limit": settings.time_limit, "disp": False},
    )
    if res.x is None:
        return _greedy(units, cands, cand_concepts, weights, words_budget, bytes_budget)
    return [cands[j] for j in range(n) if res.x[m + j] > 0.5]


def _greedy(
    units: Sequence[Unit],
    cands: list[int],
    cand_concepts: list[set[tuple]],
    weights: dict[tuple, float],
    words_budget: int | None,
    bytes_budget: int | None,
) -> list[int]:
    """Fallback when the solver finds nothing in time: best gain per word, in turn."""
    covered: set[tuple] = set()
    chosen: list[int] = []
    w = b = 0
    left = list(range(len(cands)))
    while left:
        def gain(j: int) -> float:
            return sum(weights[c] for c in cand_concepts[j] - covered) / units[cands[j]].words

        best = max(left, key=lambda j: (gain(j), -j))
        left.remove(best)
        u = units[cands[best]]
        if gain(best) <= 0:
            break
        if (words_budget and w + u.words > words_budget) or (
            bytes_budget and b + u.bytes + 1 > bytes_budget + 1
        ):
            continue
        chosen.append(cands[best])
        covered |= cand_concepts[best]
        w += u.words
        b += u.bytes + 1
    return chosen
