"""ROUGE-N and ROUGE-L as ROUGE-1.5.5 computes them, in pure Python.

Reproduces ``ROUGE-1.5.5.pl -n 4 -x -m -l 100 -p 0.5 -c 95 -r 1000 -f A -t 0 -a -d``
(the DUC 2004 settings) so that figures compare with published tables:

- text is lower-cased and cut to the first ``word_limit`` whitespace tokens (``-l``) or
  ``byte_limit`` characters (``-b``) *before* punctuation is removed, for peers and
  models alike;
- ``-`` becomes a token of its own and every other character outside ``[A-Za-z0-9]``
  becomes a space; tokens not starting with ``[a-z0-9]`` are dropped;
- tokens longer than 3 characters are Porter-stemmed (``-m``); no stopword removal;
- n-grams run across sentence boundaries; hits are clipped per model;
- ``-f A``: per cluster, hits and counts are summed over the models, so recall is
  total hits / total model n-grams and precision total hits / (peer n-grams x models);
- ``-t 0``: the reported figure is the mean of the per-cluster scores, each rounded to
  five decimals as the Perl script does.

Like ROUGE-1.5.5, tokens are first looked up in WordNet's irregular-form exception lists
(``said`` -> ``say``); we ship WordNet 3.0's lists where the Perl script used 2.0's.
``dossier eval summaries --calibrate`` measures the remaining gap against the Perl
script's own output on 13 DUC 2004 systems (under 0.1 points).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np
from pydantic import BaseModel

_NON_ALNUM = re.compile(r"[^A-Za-z0-9\-]")
_HYPHEN = re.compile(r"-")


class Score(BaseModel):
    """Recall, precision and F (alpha-weighted harmonic mean), as fractions."""

    recall: float
    precision: float
    f1: float


@dataclass(frozen=True)
class RougeSettings:
    """The ROUGE-1.5.5 options that change numbers; defaults are the DUC 2004 ones."""

    max_n: int = 2
    word_limit: int | None = 100
    byte_limit: int | None = None
    stem: bool = True
    alpha: float = 0.5
    lcs: bool = True

    def __post_init__(self) -> None:
        if self.word_limit and self.byte_limit:
            raise ValueError("give a word limit or a byte limit, not both (as ROUGE-1.5.5)")


@lru_cache(maxsize=1)
def _stemmer():
    from dossier._vendor.porter import PorterStemmer

    # Martin Porter's own reference implementation is what ROUGE-1.5.5 embeds.
    return PorterStemmer(mode=PorterStemmer.MARTIN_EXTENSIONS)


@lru_cache(maxsize=1)
def _exceptions() -> dict[str, str]:
    path = resources.files("dossier").joinpath("data", "wordnet_exceptions.tsv")
    text = path.read_text("utf-8")
    pairs = (line.split("\t") for line in text.splitlines() if line and line[0] != "#")
    return {k: v for k, v in pairs}


@lru_cache(maxsize=200_000)
def _stem(token: str) -> str:
    """ROUGE-1.5.5's MorphStem, applied only to tokens longer than 3 characters."""
    if len(token) <= 3:
        return token
    return _exceptions().get(token) or _stemmer().stem(token)


def truncate(sentences: Sequence[str], settings: RougeSettings) -> list[str]:
    """Lower-case and cut to the length limit exactly as ROUGE-1.5.5's readText does."""
    lines = [s.lower() for s in sentences if s]
    out: list[str] = []
    if settings.word_limit:
        used = 0
        for line in lines:
            toks = line.split()
            if used + len(toks) < settings.word_limit:
                out.append(line)
                used += len(toks)
            else:
                out.append(" ".join(toks[: settings.word_limit - used]))
                break
    elif settings.byte_limit:
        used = 0
        for line in lines:
            if used + len(line) < settings.byte_limit:
                out.append(line)
                used += len(line)
            else:
                out.append(line[: settings.byte_limit - used])
                break
    else:
        out = lines
    return out


def tokenize(text: str, stem: bool = True) -> list[str]:
    """ROUGE-1.5.5 tokens of already lower-cased, truncated text."""
    text = _NON_ALNUM.sub(" ", _HYPHEN.sub(" - ", text))
    toks = [t for t in text.split() if t[0].isalnum()]
    return [_stem(t) for t in toks] if stem else toks


def _ngrams(tokens: list[str], n: int) -> Counter[tuple[str, ...]]:
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def _prf(hits: float, model_count: float, peer_count: float, alpha: float) -> Score:
    r = round(hits / model_count, 5) if model_count else 0.0
    p = round(hits / peer_count, 5) if peer_count else 0.0
    denom = (1 - alpha) * p + alpha * r
    f = round(p * r / denom, 5) if denom > 0 else 0.0
    return Score(recall=r, precision=p, f1=f)


@dataclass
class _Prepared:
    sentences: list[list[str]]  # tokens per sentence, for ROUGE-L
    tokens: list[str]  # all tokens, for ROUGE-N


def _prepare(summary: str | Sequence[str], settings: RougeSettings) -> _Prepared:
    sentences = [summary] if isinstance(summary, str) else list(summary)
    lines = truncate([s.strip() for s in sentences if s.strip()], settings)
    per_sentence = [tokenize(line, settings.stem) for line in lines]
    return _Prepared(per_sentence, tokenize(" ".join(lines), settings.stem))


def _lcs_mask(model: list[str], peer: list[str], mask: list[bool]) -> None:
    """Mark the model positions of one LCS (ROUGE-1.5.5's tie-breaking: prefer 'up')."""
    m, n = len(model), len(peer)
    if not m or not n:
        return
    c = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(1, m + 1):
        ci, cp, mi = c[i], c[i - 1], model[i - 1]
        for j in range(1, n + 1):
            if mi == peer[j - 1]:
                ci[j] = cp[j - 1] + 1
            else:
                up, left = cp[j], ci[j - 1]
                ci[j] = up if up >= left else left
    i, j = m, n
    while i and j:
        if model[i - 1] == peer[j - 1]:
            i -= 1
            j -= 1
            mask[i] = True
        elif c[i - 1][j] >= c[i][j - 1]:
            i -= 1
        else:
            j -= 1


def _lcs_hits(model: _Prepared, peer: _Prepared) -> tuple[int, int]:
    """Summary-level union LCS hits, clipped by unigram counts; and the model length."""
    model_left = Counter(model.tokens)
    peer_left = Counter(peer.tokens)
    hits = base = 0
    for sent in model.sentences:
        base += len(sent)
        mask = [False] * len(sent)
        for psent in peer.sentences:
            _lcs_mask(sent, psent, mask)
        for tok, hit in zip(sent, mask, strict=True):
            if hit and model_left[tok] > 0 and peer_left[tok] > 0:
                hits += 1
                model_left[tok] -= 1
                peer_left[tok] -= 1
    return hits, base


def score(
    peer: str | Sequence[str],
    models: Iterable[str | Sequence[str]],
    settings: RougeSettings | None = None,
) -> dict[str, Score]:
    """ROUGE-1..max_n (and ROUGE-L) of one peer summary against its reference summaries.

    A summary is a string or a list of sentences (sentences only matter for ROUGE-L).
    """
    settings = settings or RougeSettings()
    p = _prepare(peer, settings)
    ms = [_prepare(m, settings) for m in models]
    out: dict[str, Score] = {}
    for n in range(1, settings.max_n + 1):
        pg = _ngrams(p.tokens, n)
        p_count = sum(pg.values())
        hits = m_count = p_total = 0
        for m in ms:
            mg = _ngrams(m.tokens, n)
            hits += sum(min(c, pg[g]) for g, c in mg.items() if g in pg)
            m_count += sum(mg.values())
            p_total += p_count
        out[f"rouge-{n}"] = _prf(hits, m_count, p_total, settings.alpha)
    if settings.lcs:
        hits = m_count = p_total = 0
        for m in ms:
            h, base = _lcs_hits(m, p)
            hits += h
            m_count += base
            p_total += len(p.tokens)
        out["rouge-l"] = _prf(hits, m_count, p_total, settings.alpha)
    return out


class Average(BaseModel):
    """Mean of per-cluster scores with a seeded bootstrap 95 % interval."""

    recall: float
    precision: float
    f1: float
    recall_ci: tuple[float, float]
    f1_ci: tuple[float, float]
    n: int


def average(scores: Sequence[Score], resamples: int = 1000, seed: int = 0) -> Average:
    """Average per-cluster scores as ROUGE-1.5.5 ``-t 0`` does (macro mean, bootstrap CI)."""
    if not scores:
        return Average(recall=0, precision=0, f1=0, recall_ci=(0, 0), f1_ci=(0, 0), n=0)
    arr = np.array([[s.recall, s.precision, s.f1] for s in scores])
    mean = arr.mean(axis=0)
    lo = hi = mean
    if resamples:
        rng = np.random.default_rng(seed)
        idx = rng.integers(0, len(arr), size=(resamples, len(arr)))
        lo, hi = np.percentile(arr[idx].mean(axis=1), [2.5, 97.5], axis=0)
    return Average(
        recall=float(mean[0]), precision=float(mean[1]), f1=float(mean[2]),
        recall_ci=(float(lo[0]), float(hi[0])), f1_ci=(float(lo[2]), float(hi[2])),
        n=len(arr),
    )  # fmt: skip
