"""Cosine similarity of TF-IDF vectors over pre-tokenised texts, with numpy and scipy only."""

from __future__ import annotations

import math
from collections import Counter

import numpy as np


def tfidf_cosine(docs: list[list[str]]) -> np.ndarray | None:
    """Pairwise cosine of sublinear-TF, smoothed-IDF, L2-normalised vectors.

    Matches scikit-learn's ``TfidfVectorizer(sublinear_tf=True)`` on the same tokens;
    returns None when no document has a token.
    """
    from scipy.sparse import csr_matrix

    vocab: dict[str, int] = {}
    counts = [Counter(doc) for doc in docs]
    df: Counter[str] = Counter()
    for count in counts:
        df.update(count.keys())
        for token in count:
            vocab.setdefault(token, len(vocab))
    if not vocab:
        return None
    n = len(docs)
    idf = {t: math.log((1 + n) / (1 + df[t])) + 1.0 for t in vocab}
    rows, cols, vals = [], [], []
    for i, count in enumerate(counts):
        weights = {t: (1.0 + math.log(c)) * idf[t] for t, c in count.items()}
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        for token, weight in weights.items():
            rows.append(i)
            cols.append(vocab[token])
            vals.append(weight / norm)
    matrix = csr_matrix((vals, (rows, cols)), shape=(n, len(vocab)))
    return (matrix @ matrix.T).toarray()
