"""TempEval-3 Task A metrics for time expressions, as the official evaluate_entities.py
computes them.

Strict: a predicted span counts when it equals a gold span. Relaxed: a predicted
span counts when it overlaps a gold one (precision), a gold span when some
prediction overlaps it (recall). Type and value accuracy are taken over the gold
timexes matched in the relaxed sense (the first overlapping prediction); value F1
combines value correctness with relaxed detection: P = correct values / predicted,
R = correct values / gold. The TE3 overview ranks Task A by value F1.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from pydantic import BaseModel


class Timex(BaseModel):
    """One TIMEX3, gold or predicted, in one document."""

    start: int
    end: int
    type: str
    value: str


class TimexScores(BaseModel):
    gold: int = 0
    predicted: int = 0
    strict_matched: int = 0
    relaxed_pred_matched: int = 0
    relaxed_gold_matched: int = 0
    type_correct: int = 0
    value_correct: int = 0

    @staticmethod
    def _f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    def _ratio(self, a: int, b: int) -> float:
        return a / b if b else 0.0

    def summary(self) -> dict[str, float]:
        """Percentages, as TempEval-3 reports them."""
        sp = self._ratio(self.strict_matched, self.predicted)
        sr = self._ratio(self.strict_matched, self.gold)
        rp = self._ratio(self.relaxed_pred_matched, self.predicted)
        rr = self._ratio(self.relaxed_gold_matched, self.gold)
        vp = self._ratio(self.value_correct, self.predicted)
        vr = self._ratio(self.value_correct, self.gold)
        tp = self._ratio(self.type_correct, self.predicted)
        tr = self._ratio(self.type_correct, self.gold)
        out = {
            "strict_p": sp, "strict_r": sr, "strict_f1": self._f1(sp, sr),
            "relaxed_p": rp, "relaxed_r": rr, "relaxed_f1": self._f1(rp, rr),
            "type_accuracy": self._ratio(self.type_correct, self.relaxed_gold_matched),
            "value_accuracy": self._ratio(self.value_correct, self.relaxed_gold_matched),
            "type_f1": self._f1(tp, tr), "value_f1": self._f1(vp, vr),
        }  # fmt: skip
        return {k: round(100 * v, 2) for k, v in out.items()}


def _overlaps(a: Timex, b: Timex) -> bool:
    return a.start < b.end and b.start < a.end


def score_document(gold: Sequence[Timex], predicted: Sequence[Timex], into: TimexScores) -> None:
    """Add one document's counts to ``into``."""
    into.gold += len(gold)
    into.predicted += len(predicted)
    gold_spans = {(g.start, g.end) for g in gold}
    into.strict_matched += sum((p.start, p.end) in gold_spans for p in predicted)
    into.relaxed_pred_matched += sum(any(_overlaps(p, g) for g in gold) for p in predicted)
    for g in gold:
        match = next((p for p in sorted(predicted, key=lambda p: p.start) if _overlaps(p, g)), None)
        if match is None:
            continue
        into.relaxed_gold_matched += 1
        into.type_correct += match.type == g.type
        into.value_correct += match.value == g.value


def score(pairs: Iterable[tuple[Sequence[Timex], Sequence[Timex]]]) -> TimexScores:
    """Scores over documents given as (gold, predicted) pairs."""
    total = TimexScores()
    for gold, predicted in pairs:
        score_document(gold, predicted, total)
    return total
