"""Attribution metrics: precision, recall and F1 of quote content, and speaker accuracy.

A predicted attribution matches a gold one when their content tokens (words, by
character position, so discontinuous spans work) overlap by at least ``threshold`` of
the larger of the two: both cover at least half of each other at 0.5. Matching is
one-to-one, greedy by overlap. On matched pairs the speaker is right when the
predicted speaker span overlaps the gold source span, or when the entity the
predicted speaker resolves to is the entity of a mention inside the gold source span
(a pronoun source "he" resolved to "Mr. Trump"). Scores are reported for all
attributions and for direct quotes (content with a quotation mark), as PolNeAR and
GenderGapTracker report them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from pydantic import BaseModel, Field

Spans = Sequence[tuple[int, int]]
_WORD = re.compile(r"\w+")
QUOTE_MARKS = '"“”«»'


class Attribution(BaseModel):
    """One attribution, gold or predicted, in one document."""

    content: list[tuple[int, int]]
    source: list[tuple[int, int]] = Field(default_factory=list)
    direct: bool = False
    source_keys: list[str] = Field(
        default_factory=list, description="Entity keys the speaker resolves to (predictions)."
    )


class Scores(BaseModel):
    gold: int = 0
    predicted: int = 0
    matched_gold: int = 0
    matched_predicted: int = 0
    speaker_scored: int = 0
    speaker_correct: int = 0

    @property
    def precision(self) -> float:
        return self.matched_predicted / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched_gold / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_correct / self.speaker_scored if self.speaker_scored else 0.0

    def add(self, other: Scores) -> None:
        for name in type(self).model_fields:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def summary(self) -> dict[str, float | int]:
        return {
            "precision": round(100 * self.precision, 1),
            "recall": round(100 * self.recall, 1),
            "f1": round(100 * self.f1, 1),
            "speaker_accuracy": round(100 * self.speaker_accuracy, 1),
            "gold": self.gold,
            "predicted": self.predicted,
            "matched": self.matched_gold,
            "speaker_scored": self.speaker_scored,
        }


def has_quote_mark(text: str, spans: Spans) -> bool:
    return any(ch in QUOTE_MARKS for s, e in spans for ch in text[s:e])


def word_positions(text: str, spans: Spans) -> frozenset[int]:
    """Start offsets of the words inside ``spans``."""
    out: set[int] = set()
    for s, e in spans:
        out.update(m.start() for m in _WORD.finditer(text, s, e))
    return frozenset(out)


def overlap(a: frozenset[int], b: frozenset[int]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / max(len(a), len(b))


def match(
    text: str, predicted: Sequence[Attribution], gold: Sequence[Attribution], threshold: float = 0.5
) -> list[tuple[int, int]]:
    """One-to-one (predicted index, gold index) pairs, best overlaps first."""
    p_words = [word_positions(text, p.content) for p in predicted]
    g_words = [word_positions(text, g.content) for g in gold]
    pairs = []
    for i, pw in enumerate(p_words):
        for j, gw in enumerate(g_words):
            if pw & gw:
                score = overlap(pw, gw)
                if score >= threshold:
                    pairs.append((-score, i, j))
    pairs.sort()
    used_p: set[int] = set()
    used_g: set[int] = set()
    out = []
    for _, i, j in pairs:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            out.append((i, j))
    return out


def speaker_correct(pred: Attribution, gold: Attribution, gold_keys: Iterable[str]) -> bool:
    if any(ps < ge and gs < pe for ps, pe in pred.source for gs, ge in gold.source):
        return True
    return bool(set(pred.source_keys) & set(gold_keys))


def score_document(
    text: str,
    predicted: Sequence[Attribution],
    gold: Sequence[Attribution],
    gold_keys: Sequence[list[str]] | None = None,
    threshold: float = 0.5,
) -> dict[str, Scores]:
    """Scores for 'all' attributions and for 'direct' ones (content has a quote mark)."""
    gold_keys = gold_keys or [[] for _ in gold]
    pairs = match(text, predicted, gold, threshold)
    out = {"all": Scores(), "direct": Scores()}
    for name, keep_p, keep_g in (
        ("all", lambda p: True, lambda g: True),
        ("direct", lambda p: p.direct, lambda g: g.direct),
    ):
        s = out[name]
        s.gold = sum(1 for g in gold if keep_g(g))
        s.predicted = sum(1 for p in predicted if keep_p(p))
        for i, j in pairs:
            if keep_p(predicted[i]):
                s.matched_predicted += 1
            if keep_g(gold[j]):
                s.matched_gold += 1
                if gold[j].source:
                    s.speaker_scored += 1
                    s.speaker_correct += speaker_correct(predicted[i], gold[j], gold_keys[j])
    return out
