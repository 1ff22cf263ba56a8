"""Exact and near-duplicate articles: wire copies, syndicated reprints, re-headlined copies.

Why: counts of "how many sources say X" are only honest when copies of one text count
once. Two articles are duplicates when their *bodies* are alike; titles, outlets and
dates are ignored, so a reprint under a new headline is still caught.

- **exact**: the same body after lower-casing and collapsing non-word characters
  (``body_fingerprint``), so whitespace, punctuation and case edits do not hide a copy;
- **near**: estimated Jaccard similarity of word 5-shingles >= ``threshold``, found with
  datasketch MinHash LSH (sub-linear candidate search) and then checked pairwise on the
  MinHash estimate, so the LSH banding does not decide on its own.

API::

    near_duplicate_groups(articles, threshold=0.5) -> list[list[str]]   # batch
    DuplicateIndex(threshold=0.5).add(article_id, text, published) -> DuplicateMatch | None

Why the stream index forgets: copies follow their original within days, so the index
keeps only articles published within ``window_days`` of the newest one seen (and at most
``max_entries``). Its memory is then bounded by the window, not by the corpus, which is
what lets ``ingest`` run for millions of articles at a flat footprint.

Groups hold article ids in input order: the first id of a group is the earliest copy
seen (the "original" for later counting); singletons are not returned. Output is
deterministic (fixed MinHash seed, stable ordering).
"""

from __future__ import annotations

import base64
import datetime as dt
import functools
import hashlib
import re
import zlib
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

from dossier.model import Article

__all__ = [
    "DEFAULT_THRESHOLD",
    "DuplicateIndex",
    "DuplicateMatch",
    "body_fingerprint",
    "minhash",
    "near_duplicate_groups",
    "shingles",
]

DEFAULT_THRESHOLD = 0.5
DEFAULT_WINDOW_DAYS = 30
DEFAULT_MAX_ENTRIES = 50_000
SHINGLE_WORDS = 5
NUM_PERM = 128
SEED = 7
_WORD = re.compile(r"\w+")
_SCHEME = MinHash(num_perm=1, seed=SEED).scheme


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def body_fingerprint(text: str) -> str:
    """Hash of the body's words only: equal for copies that differ in case, spacing, marks."""
    return hashlib.sha1(" ".join(_words(text)).encode("utf-8")).hexdigest()


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    """Word ``size``-grams of the body; a short body falls back to one shingle of all words."""
    words = _words(text)
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


@functools.cache
def _permutations(num_perm: int) -> tuple[np.ndarray, np.ndarray]:
    """The seeded permutation parameters, drawn once (datasketch redraws them per sketch)."""
    template = MinHash(num_perm=num_perm, seed=SEED)
    a, b = template.permutations
    return a, b


def minhash(text: str, num_perm: int = NUM_PERM) -> MinHash:
    """MinHash of the body's shingles with a fixed seed, so results are reproducible.
    Shingles are hashed with CRC-32 (C, deterministic), not datasketch's default SHA-1
    in Python, which was most of the duplicate check's cost; the seeded permutations
    that follow make the minima independent across the sketch as before."""
    sketch = MinHash(
        num_perm=num_perm,
        seed=SEED,
        hashfunc=zlib.crc32,
        permutations=_permutations(num_perm),
        scheme=_SCHEME,
    )
    sketch.update_batch([s.encode("utf-8") for s in shingles(text)])
    return sketch


@dataclass(frozen=True)
class DuplicateMatch:
    """The earlier article a new one copies, and how (``exact`` or ``near`` + similarity)."""

    original_id: str
    kind: str
    similarity: float


def _band_key(band: bytes) -> bytes:
    """8 bytes per LSH band instead of the band's 40 raw bytes (a smaller index)."""
    return hashlib.blake2b(band, digest_size=8).digest()


@dataclass(frozen=True)
class _Entry:
    key: str
    article_id: str
    fingerprint: str
    day: int | None
    """Ordinal of the publication date (or of the newest date when it had none)."""


class DuplicateIndex:
    """Incremental duplicate finder for a stream: each article is compared to those before
    it that are still in the window (published within ``window_days`` of the newest).

    Memory per indexed article: one lean MinHash (``num_perm`` 64-bit values), its LSH band
    keys and a fingerprint; articles leave the index as the window moves on.
    """

    def __init__(
        self,
        threshold: float = DEFAULT_THRESHOLD,
        num_perm: int = NUM_PERM,
        window_days: int = DEFAULT_WINDOW_DAYS,
        max_entries: int = DEFAULT_MAX_ENTRIES,
    ) -> None:
        if not 0.0 < threshold <= 1.0:
            raise ValueError(f"threshold must be in (0, 1], got {threshold}")
        if window_days < 0 or max_entries < 1:
            raise ValueError("window_days must be >= 0 and max_entries >= 1")
        self.threshold = threshold
        self.num_perm = num_perm
        self.window_days = window_days
        self.max_entries = max_entries
        self._lsh = MinHashLSH(threshold=threshold, num_perm=num_perm, hashfunc=_band_key)
        self._sketches: dict[str, LeanMinHash] = {}
        self._ids_by_key: dict[str, str] = {}
        self._exact: dict[str, str] = {}
        self._original: dict[str, str] = {}
        self._entries: dict[str, _Entry] = {}
        self._queue: deque[_Entry] = deque()
        self._next_key = 0
        self._newest: int | None = None

    def __contains__(self, article_id: str) -> bool:
        return article_id in self._entries

    def __len__(self) -> int:
        return len(self._entries)

    def add(
        self, article_id: str, text: str, published: dt.date | None = None
    ) -> DuplicateMatch | None:
        """Index one article; return what it duplicates (earliest original), or None."""
        if article_id in self._entries:
            original = self._original.get(article_id, article_id)
            return DuplicateMatch(original, "exact", 1.0) if original != article_id else None
        day = published.toordinal() if published is not None else self._newest
        if day is not None and (self._newest is None or day > self._newest):
            self._newest = day
        self._forget_old()
        fingerprint = body_fingerprint(text)
        key = str(self._next_key)
        self._next_key += 1
        entry = _Entry(key, article_id, fingerprint, day)
        self._entries[article_id] = entry
        self._queue.append(entry)
        if fingerprint in self._exact:
            original = self._exact[fingerprint]
            self._original[article_id] = original
            return DuplicateMatch(original, "exact", 1.0)
        self._exact[fingerprint] = article_id
        sketch = LeanMinHash(minhash(text, self.num_perm))
        match = self._best_near(sketch)
        self._lsh.insert(key, sketch)
        self._sketches[key] = sketch
        self._ids_by_key[key] = article_id
        if match is None:
            return None
        original = self._original.get(match[0], match[0])
        self._original[article_id] = original
        return DuplicateMatch(original, "near", match[1])

    def _forget_old(self) -> None:
        """Drop articles that fell out of the window (or beyond ``max_entries``)."""
        horizon = None if self._newest is None else self._newest - self.window_days
        queue = self._queue
        while queue and (
            len(queue) >= self.max_entries
            or (horizon is not None and queue[0].day is not None and queue[0].day < horizon)
        ):
            entry = queue.popleft()
            del self._entries[entry.article_id]
            self._original.pop(entry.article_id, None)
            if self._exact.get(entry.fingerprint) == entry.article_id:
                del self._exact[entry.fingerprint]
            if self._sketches.pop(entry.key, None) is not None:
                del self._ids_by_key[entry.key]
                self._lsh.remove(entry.key)

    def to_state(self) -> dict[str, Any]:
        """Everything the index holds, as JSON values (MinHash values base64-encoded), so
        a later run can continue from it (``from_state``) instead of re-reading articles."""
        return {
            "threshold": self.threshold,
            "num_perm": self.num_perm,
            "window_days": self.window_days,
            "max_entries": self.max_entries,
            "next_key": self._next_key,
            "newest": self._newest,
            "entries": [[e.key, e.article_id, e.fingerprint, e.day] for e in self._queue],
            "exact": self._exact,
            "original": self._original,
            "sketches": {
                key: base64.b64encode(sketch.hashvalues.astype("<u8").tobytes()).decode("ascii")
                for key, sketch in self._sketches.items()
            },
        }

    @classmethod
    def from_state(cls, state: dict[str, Any]) -> DuplicateIndex:
        """The index ``to_state`` described; sketches re-enter the LSH in their first order."""
        index = cls(state["threshold"], state["num_perm"], state["window_days"],
                    state["max_entries"])  # fmt: skip
        index._next_key = int(state["next_key"])
        index._newest = state["newest"]
        sketches: dict[str, str] = state["sketches"]
        for key, article_id, fingerprint, day in state["entries"]:
            entry = _Entry(str(key), str(article_id), str(fingerprint), day)
            index._entries[entry.article_id] = entry
            index._queue.append(entry)
            if (raw := sketches.get(entry.key)) is not None:
                values = np.frombuffer(base64.b64decode(raw), dtype="<u8").astype(np.uint64)
                if len(values) != index.num_perm:
                    raise ValueError(f"sketch {entry.key} has {len(values)} values")
                sketch = LeanMinHash(seed=SEED, hashvalues=values, scheme=_SCHEME)
                index._lsh.insert(entry.key, sketch)
                index._sketches[entry.key] = sketch
                index._ids_by_key[entry.key] = entry.article_id
        index._exact = dict(state["exact"])
        index._original = dict(state["original"])
        return index

    def _best_near(self, sketch: LeanMinHash) -> tuple[str, float] | None:
        best: tuple[str, float] | None = None
        for key in sorted(self._lsh.query(sketch), key=int):
            similarity = float(sketch.jaccard(self._sketches[key]))
            if similarity >= self.threshold and (best is None or similarity > best[1]):
                best = (self._ids_by_key[key], similarity)
        return best


def near_duplicate_groups(
    articles: Sequence[Article], threshold: float = DEFAULT_THRESHOLD
) -> list[list[str]]:
    """Groups (size >= 2) of ids of exact or near-duplicate articles, compared by body.

    Each group lists ids in input order; groups are ordered by their first member.
    Repeated ids in the input are reported once.
    """
    # a bundle is compared whole, whatever its dates
    index = DuplicateIndex(threshold, window_days=10**6, max_entries=len(articles) + 1)
    groups: dict[str, list[str]] = {}
    for article in articles:
        if article.id in index:
            continue
        match = index.add(article.id, article.text, article.published)
        if match is not None:
            groups.setdefault(match.original_id, [match.original_id]).append(article.id)
    position = {a.id: i for i, a in reversed(list(enumerate(articles)))}
    return sorted(groups.values(), key=lambda group: position[group[0]])
